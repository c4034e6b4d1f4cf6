"""The box of facts about an article after it ("About this article" over its researchers, the people it names, its
sources and how to reach the desk) ends the article (boilerplate.furniture_rule, _ABOUT_ARTICLE).

Negatives: a sentence that opens with the words, a heading that goes on ("About this article's author"), and an
article's section heading on another topic stay.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_set as _kept


@pytest.mark.parametrize(("text", "language"), [
    ("About this article", "en"), ("ABOUT THIS ARTICLE", "en"), ("Über diesen Artikel", "de"),
    ("À propos de cet article", "fr"), ("Sobre este artículo", "es"), ("Sobre este artigo:", "pt"),
    ("Informazioni su questo articolo", "it"), ("Over dit artikel", "nl"), ("Об этой статье", "ru"),
    ("この記事について", "ja"), ("关于本文", "zh"), ("이 기사에 대하여", "ko"),
])
def test_about_this_article_heading_ends_the_article(text: str, language: str) -> None:
    assert line_rule(text, language) == "article-end"


@pytest.mark.parametrize(("text", "language"), [
    ("About this article's claims, the ministry said nothing.", "en"),
    ("About this article series", "en"),
    ("À propos de cet article de loi, le Conseil a tranché", "fr"),
    ("Sobre este artículo de la Constitución", "es"),
    ("Über diesen Artikel wurde im Landtag lange gestritten.", "de"),
])
def test_lines_that_go_on_are_no_article_end(text: str, language: str) -> None:
    assert line_rule(text, language) != "article-end"


PAGES = {
    "en": (
        ["Fact Desk", "Home", "Politics", "Health", "No, bread prices have not doubled in two years"],
        [
            "A post shared widely on social media says the price of a loaf of bread has doubled since 2024.",
            "Figures from the national statistics office show that the average price rose by about 14 percent.",
            "Some bakeries in large cities raised their prices faster, as rents and energy costs went up.",
            "Our ruling: the claim is false. Bread prices went up, but they are far from having doubled.",
        ],
        ["About this article", "Researchers: Paul Reed", "Sources:",
         "National statistics office, average retail prices, March 2026",
         "Phone interview with a baker in Leeds, April 3, 2026"],
        ["Privacy policy", "© 2026 Fact Desk"],
    ),
    "de": (
        ["Faktencheck", "Startseite", "Politik", "Gesundheit", "Nein, Brot ist nicht doppelt so teuer geworden"],
        [
            "In sozialen Netzwerken wird behauptet, der Preis für ein Brot habe sich seit 2024 verdoppelt.",
            "Die Zahlen des Statistischen Amtes zeigen einen Anstieg des Durchschnittspreises um etwa 14 Prozent.",
            "Einige Bäckereien in Großstädten haben ihre Preise stärker erhöht, weil Mieten und Energie teurer wurden.",
            "Unser Fazit: Die Behauptung ist falsch. Brot ist teurer geworden, aber längst nicht doppelt so teuer.",
        ],
        ["Über diesen Artikel", "Recherche: Paula Roth", "Quellen:",
         "Statistisches Amt, Durchschnittspreise im Einzelhandel, März 2026",
         "Telefonat mit einem Bäcker in Kassel, 3. April 2026"],
        ["Impressum", "© 2026 Faktencheck"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_box_after_the_article_is_removed(lang: str) -> None:
    header, paras, box, footer = PAGES[lang]
    doc = boilerplate_doc([*header, *paras, *box, *footer], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert not set(box) & kept


# A sidebar on the series the story belongs to, between its paragraphs: the article goes on under its note.
SIDEBARS = {
"en": ("About this article", "This article is part of our series on rural schools, written with readers who sent us their stories.",
  ["The village school closed in June after 140 years, when only nine pupils were left on its register.","Parents had fought for three years to keep it open, collecting signatures and writing to the ministry.","The children now take a bus to the town school, a ride of forty minutes each way on winter mornings.","Teachers there say the newcomers have settled in well, though some still miss their old classroom.","The old building will become a library and a meeting room for the village, the council decided."]),
"de": ("Über diesen Artikel", "Dieser Artikel gehört zu unserer Serie über Dorfschulen, entstanden mit Lesern, die uns ihre Geschichten schickten.",
  ["Die Dorfschule schloss im Juni nach 140 Jahren, als nur noch neun Kinder angemeldet waren.","Die Eltern hatten drei Jahre lang für sie gekämpft, Unterschriften gesammelt und ans Ministerium geschrieben.","Die Kinder fahren nun mit dem Bus zur Schule in der Stadt, an Wintermorgen vierzig Minuten pro Strecke.","Die Lehrer dort sagen, die Neuen hätten sich gut eingelebt, auch wenn manche ihr altes Klassenzimmer vermissen.","Das alte Gebäude wird eine Bücherei und ein Treffpunkt für das Dorf, beschloss der Gemeinderat."]),
"fr": ("À propos de cet article", "Cet article fait partie de notre série sur les écoles rurales, écrite avec des lecteurs qui nous ont confié leur histoire.",
  ["L'école du village a fermé en juin après 140 ans, quand il ne restait que neuf élèves inscrits.","Les parents s'étaient battus pendant trois ans pour la garder, en recueillant des signatures.","Les enfants prennent désormais le car pour l'école de la ville, quarante minutes de trajet l'hiver.","Les enseignants disent que les nouveaux se sont bien intégrés, même si certains regrettent leur classe.","L'ancien bâtiment deviendra une bibliothèque et une salle de réunion, a décidé le conseil municipal."]),
"es": ("Sobre este artículo", "Este artículo forma parte de nuestra serie sobre escuelas rurales, escrita con lectores que nos enviaron sus historias.",
  ["La escuela del pueblo cerró en junio tras 140 años, cuando solo quedaban nueve alumnos matriculados.","Los padres lucharon durante tres años para mantenerla abierta, recogiendo firmas y escribiendo al ministerio.","Los niños toman ahora un autobús a la escuela de la ciudad, cuarenta minutos de trayecto en invierno.","Los maestros dicen que los recién llegados se han adaptado bien, aunque algunos echan de menos su aula.","El antiguo edificio será una biblioteca y una sala de reuniones, decidió el ayuntamiento."]),
"ja": ("この記事について", "この記事は、読者から寄せられた体験談をもとにした連載「村の学校」の一回です。",
  ["村の小学校は、在籍する児童が九人になった今年六月、百四十年の歴史に幕を下ろした。","保護者たちは三年間、署名を集めたり省に手紙を書いたりして存続を訴えてきた。","子どもたちは今、冬の朝には片道四十分かけてバスで町の学校に通っている。","町の学校の先生たちは、新しい仲間はすっかりなじんだが、古い教室を懐かしむ子もいると話す。","古い校舎は村の図書館と集会所に生まれ変わることが、村議会で決まった。"]),
"zh": ("关于本文", "本文是我们“乡村学校”系列报道的一部分，素材来自读者寄来的亲身经历。",
  ["这所村小在今年六月关闭，结束了一百四十年的历史，关闭时只剩九名在册学生。","家长们三年来一直为保留学校奔走，征集签名，并给教育部门写信。","孩子们现在坐校车去镇上的学校，冬天的早晨单程要四十分钟。","镇上学校的老师说，新来的孩子已经适应得很好，但也有孩子怀念原来的教室。","村委会决定，旧校舍将改建为村图书馆和活动室。"]),
}


@pytest.mark.parametrize("lang", sorted(SIDEBARS))
def test_about_this_article_sidebar_inside_the_article_keeps_the_rest(lang: str) -> None:
    heading, note, body = SIDEBARS[lang]
    lines = ["Daily Courier", "News", "City", "", "The last day of the village school", ""]
    for para in body[:3]:
        lines += [para, ""]
    lines += [heading, note, ""]
    for para in body[3:]:
        lines += [para, ""]
    kept = _kept(boilerplate_doc([*lines, "Privacy policy", "Contact"], lang))
    assert set(body) <= kept
    assert note in kept
