"""mark_legal_notices: a block of legal notices (copyright and reprint terms, trademark notices, disclaimers)
closing the page is removed; one notice alone, an article about such things and a page of terms are kept.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from pagetexts import dev_dumps, nonblank_lines, own_pages
from stages import boilerplate_doc
from stages import kept_line_texts as _kept

from cleaners import patterns
from cleaners.document import Document

LEGAL_RULE = "boilerplate:legal-notice"


def _legal(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule == LEGAL_RULE]


EN_TITLE = "Snack swaps for game day"
EN_ARTICLE = [
    "Game day does not have to mean a table full of fried food: a few simple swaps keep the flavour and cut "
    "the calories, and most guests will not notice the difference at all.",
    "Baked sweet potato wedges with smoked paprika take the place of chips, and a yoghurt dip with herbs "
    "replaces the usual sour cream, with half the fat and twice the protein.",
    "Plan the food before the kick-off, put the bowls away from the sofa, and drink a glass of water between "
    "snacks; small habits like these matter more than any single recipe.",
    "If you are hosting, cook one dish that you enjoy and that fits your plan, so that you are never left "
    "standing in front of the buffet with nothing to choose from.",
    "Popcorn made on the stove with a spoon of oil is a whole grain and fills the bowl for very little, while "
    "a handful of nuts goes a long way if you serve it in small cups instead of a large dish.",
    "Finally, do not skip the meal before the game: arriving hungry is the surest way to eat twice as much as "
    "you planned, whatever is on the table when the match begins.",
]
EN_FOOTER = [
    "These statements have not been evaluated by any food authority, and the products shown are not intended "
    "to diagnose, treat or prevent any disease.",
    "Consult your physician before you begin any exercise programme or change your diet.",
    "Snackwise and the Snackwise logo are registered trademarks of Snackwise Media Ltd. All rights reserved. No "
    "part of this site may be reproduced without the prior written permission of the publisher.",
]


def test_block_of_notices_after_an_english_article_is_removed() -> None:
    doc = boilerplate_doc(["Home", "Recipes", EN_TITLE, *EN_ARTICLE, *EN_FOOTER, "Contact | Terms | Privacy"])
    assert set(EN_ARTICLE) <= set(_kept(doc))
    # The caution between two notices goes with them; the last notice is the copyright rule's.
    assert _legal(doc) == EN_FOOTER[:2]
    assert EN_FOOTER[2] not in _kept(doc)
    for line in doc.lines:
        if line.removal is not None and line.removal.rule == LEGAL_RULE:
            assert line.removal.reason


ZH_TITLE = "土豆的营养价值被低估"
ZH_ARTICLE = [
    "很多人觉得土豆只是一种普通的蔬菜，其实它含有丰富的维生素和膳食纤维，营养价值远比人们想象的要高。",
    "营养专家介绍，土豆中的钾含量很高，适量食用有助于维持血压稳定，而且饱腹感强，适合作为主食的一部分。",
    "不过，土豆的吃法很重要。油炸薯条和薯片热量很高，蒸、煮或者烤的方式更健康，也能更好地保留营养。",
    "专家建议，每周吃两到三次土豆，代替一部分米饭或面条，既能丰富餐桌，又能让饮食结构更加均衡。",
    "挑选土豆时，要选表皮光滑、没有发芽和发绿的。发芽的土豆含有较多的龙葵素，食用后可能引起恶心和腹痛。",
    "买回来的土豆最好放在阴凉通风的地方，不要和苹果放在一起，也不要放进冰箱，否则口感会变差。",
    "在一些地方，土豆还被做成土豆泥、土豆饼和土豆粉，这些传统做法简单易学，深受老人和孩子的喜爱。",
]
ZH_FOOTER = [
    "版权声明：",
    "一、凡本网注明“来源：本网”的所有作品，版权均属于本报社，未经本报社书面授权，任何单位和个人不得转载、摘编或以其他方式使用。",
    "二、凡本网注明“来源：其他媒体”的作品，均转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。",
]


def test_block_of_notices_after_a_chinese_article_is_removed() -> None:
    doc = boilerplate_doc([ZH_TITLE, *ZH_ARTICLE, "（责任编辑：王林）", *ZH_FOOTER, "【打印】 【关闭】"], language="zh")
    assert set(ZH_ARTICLE) <= set(_kept(doc))
    assert _legal(doc) == ZH_FOOTER  # the heading above the block goes with it


def test_block_of_notices_after_a_spanish_article_is_removed() -> None:
    article = [
        "El ayuntamiento anunció el lunes que la biblioteca central volverá a abrir sus puertas en marzo, tras "
        "dos años de obras que renovaron el tejado y las salas de lectura.",
        "El nuevo espacio tendrá una sala infantil, ordenadores para el público y un auditorio para cien "
        "personas, según explicó la concejala de cultura de la ciudad.",
        "Los libros que se guardaron durante la reforma volverán a las estanterías en las próximas semanas, "
        "y un grupo de voluntarios ayudará a ordenar los fondos.",
        "La biblioteca abrirá de lunes a sábado de nueve de la mañana a nueve de la noche, y los domingos por "
        "la mañana habrá actividades de lectura para familias con niños pequeños.",
        "Los vecinos del barrio, que durante la obra tuvieron que ir a otra biblioteca al otro lado del río, "
        "celebraron la noticia y pidieron que el horario de verano sea también amplio.",
    ]
    footer = [
        "© Diario del Valle. Todos los derechos reservados. Prohibida su reproducción total o parcial sin "
        "autorización expresa del editor.",
        "Aviso legal: las opiniones de los colaboradores no reflejan necesariamente la línea editorial de "
        "este periódico.",
    ]
    doc = boilerplate_doc(["La biblioteca central reabre en marzo", *article, *footer], language="es")
    assert set(article) <= set(_kept(doc))
    assert set(footer) <= {line.text for line in doc.lines if line.removal is not None}
    # The opinion disclaimer has a line rule of its own (it goes even alone); either way it is small print.
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules[footer[1]] in (LEGAL_RULE, "boilerplate:disclaimer")


WIKI_FOOTERS = {
    "en": ["This page was last edited on 3 June 2023, at 18:02 (UTC).",
           "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply."],
    "es": ["Esta página se editó por última vez el 12 mar 2024 a las 10:15.",
           "El texto está disponible bajo la Licencia Creative Commons; pueden aplicarse cláusulas adicionales."],
    "de": ["Diese Seite wurde zuletzt am 12. März 2024 um 10:15 Uhr bearbeitet.",
           "Der Text ist unter der Lizenz Creative Commons Namensnennung verfügbar; Informationen zu den Urhebern."],
}


WIKI_ARTICLES = {
    "es": ["El faro de Punta Gaviota es un faro situado en el extremo occidental de la costa. Construido entre 1861 y "
           "1864, su torre de piedra es una de las más altas del litoral.",
           "Su luz, visible a veintidós millas náuticas, guía a los barcos que se acercan al puerto pesquero y marca "
           "la entrada de la ría desde hace más de siglo y medio.",
           "El proyecto fue aprobado en 1859 tras el naufragio de dos goletas en los bajos de la punta, y las obras "
           "se prolongaron tres años por las dificultades para llevar la piedra.",
           "Los últimos fareros abandonaron la casa anexa en 1989, cuando la luz pasó a funcionar de forma "
           "automática, y hoy la vivienda alberga un centro de interpretación."],
    "de": ["Der Leuchtturm von Möwenspitz steht an der westlichen Spitze der Küste. Er wurde zwischen 1861 und 1864 "
           "gebaut, und sein Turm aus Granit gehört zu den höchsten der ganzen Region.",
           "Sein Licht ist zweiundzwanzig Seemeilen weit zu sehen und führt die Schiffe sicher in den kleinen "
           "Fischereihafen des Ortes, der unterhalb der Steilküste liegt.",
           "Der Bau wurde 1859 beschlossen, nachdem zwei Schoner auf den Untiefen vor der Spitze gestrandet waren, "
           "und die Arbeiten dauerten wegen des schwierigen Geländes drei Jahre.",
           "Die letzten Leuchtturmwärter verließen das Wärterhaus im Jahr 1989, als das Licht automatisiert wurde; "
           "heute beherbergt das Haus ein kleines Museum über das Meer."],
}


@pytest.mark.parametrize("language", sorted(WIKI_FOOTERS))
def test_a_wiki_footer_of_last_edit_and_licence_is_a_block_of_notices(language: str) -> None:
    """A wiki's footer says when the page was last edited and under which licence its text is: small print."""
    # (Paragraphs of two of the sentences each: an article long enough to stand before a block.)
    paragraphs = EN_ARTICLE if language == "en" else WIKI_ARTICLES[language]
    article = [f"{a} {b}" for a, b in zip(paragraphs, paragraphs[1:] + paragraphs[:1], strict=True)]
    doc = boilerplate_doc([EN_TITLE, *article, *WIKI_FOOTERS[language]], language=language)
    assert set(article) <= set(_kept(doc))
    assert set(WIKI_FOOTERS[language]) <= set(_legal(doc))


def test_one_notice_after_the_article_is_kept() -> None:
    """A single reprint notice can belong to the article (the gold of wire stories keeps it): not a block."""
    notice = "本文为作者原创作品，未经作者本人授权，任何媒体和个人不得转载或摘编，欢迎转发分享。"
    doc = boilerplate_doc([ZH_TITLE, *ZH_ARTICLE, notice], language="zh")
    assert not _legal(doc)


def test_article_about_copyright_law_is_kept() -> None:
    """The title and lead speak of copyright: the notices it quotes at its end are the article."""
    article = [
        "Court rules that copyright notices must be visible to readers",
        "A court ruled on Tuesday that a website can only enforce its copyright on articles that others copy "
        "when the notice of its rights is visible to readers on every page.",
        "The case was brought by a small publisher whose articles had been copied by a larger rival, which "
        "argued that it had never seen any notice of the publisher's rights on the pages it copied.",
        "Lawyers for the publisher said the ruling would force thousands of sites to redesign their footers, "
        "many of which hide the small print behind a link that few readers ever open.",
        "The rival said it would appeal, arguing that the court had set the bar too low, and that a reader "
        "cannot be expected to look for a few grey words at the foot of a long page.",
        "Several associations of publishers welcomed the decision, saying that it confirmed what most of their "
        "members had long assumed about the way small print works on the web.",
        "The judge quoted the footer at length: it said that no part of the site may be reproduced without the "
        "prior written permission of the publisher.",
        "It also said that the site's name and logo were registered trademarks of the company, a line that the "
        "rival had left on some of the copied pages.",
    ]
    doc = boilerplate_doc(article)
    assert not _legal(doc)
    assert set(article[1:]) <= set(_kept(doc))


def test_page_of_terms_is_kept() -> None:
    """A terms-of-use page is all notices: nothing stands before them, and its lead is about them."""
    page = [
        "Terms of use",
        "By using this website you agree to these terms of use, which we may change at any time without notice "
        "to you; please read them carefully before you use the site.",
        "All content on this site is protected, and no part of it may be reproduced without the prior written "
        "permission of the owner, except for private study and research.",
        "The material on this site is provided for informational purposes only and does not constitute legal "
        "advice; you should consult a lawyer about your own situation.",
        "We are not liable for any loss that arises from the use of this site, and all rights reserved by the "
        "owner remain with the owner.",
    ]
    doc = boilerplate_doc(page)
    assert not _legal(doc)


def test_notices_far_apart_are_not_a_block() -> None:
    """Two notices with article paragraphs between them: an article that mentions such things twice."""
    article = [
        *EN_ARTICLE,
        "The brand behind the dip says the recipe is no secret, registered trademarks aside: a plain mix of "
        "yoghurt, lemon and dill that anyone can make at home in five minutes.",
        "Vegetable sticks with the dip are the easiest win of all: carrots, peppers and cucumber keep their crunch "
        "for hours, and children tend to eat them when they are within reach.",
        "For dessert, a bowl of grapes frozen the night before feels like a treat on a warm afternoon and costs "
        "a fraction of the cake that usually ends the party.",
        "Nutritionists add that the advice here is for informational purposes only, and that anyone with a "
        "medical condition should ask a doctor first.",
    ]
    doc = boilerplate_doc([EN_TITLE, *article])
    assert not _legal(doc)


def test_prefilter_never_hides_a_match() -> None:
    """patterns.may_be_legal is False only where LEGAL_NOTICE_RE does not match: on the test pages, the seeds and
    the dev dumps (when present), and on notices of every language the regex names."""
    samples = [
        "Tous droits réservés", "Alle Rechte vorbehalten.", "Nachdruck verboten", "KEINE HAFTUNG",
        "Prohibida su reproducción", "Proibida a reprodução", "Riproduzione riservata", "Все права защищены",
        "Перепечатка без разрешения запрещена", "未經授權不得轉載", "無断転載を禁じます", "무단 전재 및 재배포 금지",
        "This content may not be copied.", "Reproduction interdite sans l’autorisation de l’éditeur",
        "Die Inhalte stellt keine Anlageberatung dar", "Used WITHOUT THE PRIOR WRITTEN PERMISSION of the owner",
    ]
    lines = samples + nonblank_lines(own_pages() + dev_dumps(required=False))
    for text in lines:
        if patterns.LEGAL_NOTICE_RE.search(text):
            assert patterns.may_be_legal(text), text


def test_lines_between_the_article_and_a_block_of_notices_leave_the_run() -> None:
    """The block's sentences scored for the run and carried it over the page furniture between the article and
    the block; with the block out, the run ends with the article, as it does on the same page without the block
    (the record's text cleaned again), so that cleaning it again changes nothing."""
    between = ["【打印本稿】 【推荐】 【关闭】", "联系电话：010-63070957 010-63070958", "［更多］"]
    page = [ZH_TITLE, *ZH_ARTICLE, *between, *ZH_FOOTER, "【打印】 【关闭】"]
    doc = boilerplate_doc(page, language="zh")
    assert set(ZH_ARTICLE) <= set(_kept(doc))
    assert _legal(doc) == ZH_FOOTER
    assert not set(between) & set(_kept(doc))
    again = boilerplate_doc(_kept(doc), language="zh")
    assert _kept(again) == _kept(doc)


def test_a_credit_closing_the_article_before_a_block_of_notices_is_cut_like_without_the_block() -> None:
    """Whatever the run does with the lines closing the article, it does the same with the block as without it."""
    credit = "（责任编辑：王林）"
    with_block = boilerplate_doc([ZH_TITLE, *ZH_ARTICLE, credit, *ZH_FOOTER], language="zh")
    without = boilerplate_doc([ZH_TITLE, *ZH_ARTICLE, credit], language="zh")
    assert _kept(with_block) == _kept(without)


def test_article_text_after_a_block_of_notices_keeps_the_run_end() -> None:
    """Notices set among the article's last lines: the paragraph after them is still the article's."""
    final = ("Dr. Maria Lopez, a dietitian at the city hospital, says the single most useful habit is to eat slowly "
             "and to stop when you feel satisfied rather than full, whatever the occasion.")
    doc = boilerplate_doc(["Home", "Recipes", EN_TITLE, *EN_ARTICLE, EN_FOOTER[0], EN_FOOTER[2], final,
                           "Contact | Terms | Privacy"])
    assert set(EN_ARTICLE) | {final} <= set(_kept(doc))


# --- a public body's footer of legal paragraphs under a short notice (probe18: the footer won the run) ----------

NOTICE_TITLE = "Library opening hours extended over the winter"
NOTICE = [
    "The county library will open until eight in the evening on weekdays from January, two hours later than now, "
    "after a survey found that most visitors work until five.",
    "The reading room on the first floor stays open on Saturdays as well, and the children's section will hold a "
    "story hour every second Sunday morning.",
]
NOTICE_LIST = ["Branches with the longer hours:", "Northgate, Millbrook, Eastfield, Church Lane and Harbour Road."]
GOV_FOOTER = [
    "This website is maintained by the County Council. The council makes every effort to keep the information on "
    "this site accurate, but it is not liable for errors or omissions, or for the content of external websites.",
    "The council does not discriminate on the basis of race, colour, national origin, sex, religion, age or "
    "disability in its services. Persons who need this page in another format should contact the library.",
    "Translation services are provided as a convenience. The English version of each page is the official one.",
]
GOV_LINKS = ["Accessibility", "Privacy", "Contact us"]


def test_a_footer_of_legal_paragraphs_does_not_outscore_a_short_notice() -> None:
    doc = boilerplate_doc(["Home", "News", NOTICE_TITLE, *NOTICE, *NOTICE_LIST, "Media inquiries", "Press Office",
                           *GOV_LINKS, *GOV_FOOTER, "© 2025 County Council"])
    kept = _kept(doc)
    assert set(NOTICE) | set(NOTICE_LIST) <= set(kept)
    assert not set(GOV_FOOTER) & set(kept)


def test_legal_paragraphs_before_other_prose_are_no_footer() -> None:
    """Prose after the notices (the article's own end): they do not close the page, and nothing changes."""
    tail = ("The library thanks the volunteers who will staff the evening desk, and it asks readers to return "
            "books through the outside slot after seven, when the front door is locked.")
    doc = boilerplate_doc(["Home", "News", NOTICE_TITLE, *NOTICE, *GOV_FOOTER[:2], tail, *GOV_LINKS])
    assert tail in _kept(doc) and NOTICE[0] in _kept(doc)


@pytest.mark.parametrize("text", GOV_FOOTER)
def test_a_public_bodys_small_print_is_a_legal_notice(text: str) -> None:
    assert patterns.may_be_legal(text) and patterns.LEGAL_NOTICE_RE.search(text)
