"""The start of the article: a lead before a table of contents, article prose before a "related" box
made of two lists, and a first paragraph that opens with a dateline must not be lost; the blocks
themselves stay removed, and what only looks like them (a menu repeated in the footer, a list the text
introduces, a headline list above the article, a code listing, a teaser card with a dash or a brand in
its headline) is left as it was."""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, removed_line_rules
from stages import kept_line_texts as _kept

from cleaners.boilerplate import _in_order, _opens_with_place_dash, _toc_key, is_teaser
from cleaners.document import Document

_stage = boilerplate_doc  # segment, then boilerplate, in the given language


_rules = partial(removed_line_rules, first=True)


def _toc_lines(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule == "boilerplate:toc"]


# --- a table of contents between the lead and the body --------------------------------------------------------

# Per language: menu, title, lead paragraphs, contents label, sections (heading as the body shows it, heading
# as the contents list it, paragraph), footer.
WIKI = {
    "en": dict(
        menu=["Main page", "Recent changes", "Random article", "Donate"],
        title="Harbour bridge",
        lead=[
            "The harbour bridge is a steel footbridge over the lower harbour, opened in 2023 to replace a swing "
            "bridge that had been closed because of corrosion in its girders.",
            "It carries walkers and cyclists between the old town and the marina, and it is lit at night by lamps "
            "set into its handrails along the whole span.",
        ],
        label="Contents",
        sections=[
            ("History[edit]", "1 History", "The first crossing at this place was a ferry, which ran from the quay to "
             "the north bank until the swing bridge was built in the last years of the century."),
            ("Design[edit]", "2 Design", "The deck was built in four sections on the shore and floated down the "
             "river on a barge, each of them lifted into place at high tide in the spring."),
            ("Opening[edit]", "3 Opening", "About two thousand people crossed the bridge in its first hour, many of "
             "them families who had waited on the north bank since dawn to walk across."),
            ("See also[edit]", "4 See also", "Other crossings of the river are listed in the article on the lower "
             "harbour, together with the ferries that still run from the quay in summer."),
        ],
        footer=["Privacy policy", "About", "Disclaimers"],
    ),
    "de": dict(
        menu=["Hauptseite", "Letzte Änderungen", "Zufälliger Artikel", "Spenden"],
        title="Hafenbrücke",
        lead=[
            "Die Hafenbrücke ist eine stählerne Fußgängerbrücke über den unteren Hafen, die im Jahr 2023 eröffnet "
            "wurde und eine marode Drehbrücke ersetzt.",
            "Sie verbindet die Altstadt mit dem Jachthafen und wird nachts von Leuchten beleuchtet, die in die "
            "Geländer über die ganze Spannweite eingelassen sind.",
        ],
        label="Inhaltsverzeichnis",
        sections=[
            ("Geschichte[Bearbeiten | Quelltext bearbeiten]", "1 Geschichte", "An dieser Stelle verkehrte zuerst "
             "eine Fähre, die vom Kai zum Nordufer fuhr, bis am Ende des Jahrhunderts die Drehbrücke gebaut wurde."),
            ("Konstruktion[Bearbeiten | Quelltext bearbeiten]", "2 Konstruktion", "Das Deck wurde in vier Teilen am "
             "Ufer gebaut und auf einem Lastkahn den Fluss hinab gebracht, jedes Teil bei Flut eingehoben."),
            ("Eröffnung[Bearbeiten | Quelltext bearbeiten]", "3 Eröffnung", "In der ersten Stunde überquerten etwa "
             "zweitausend Menschen die Brücke, viele von ihnen Familien, die seit dem Morgengrauen gewartet hatten."),
            ("Siehe auch[Bearbeiten | Quelltext bearbeiten]", "4 Siehe auch", "Weitere Übergänge über den Fluss "
             "sind im Artikel über den unteren Hafen aufgeführt, zusammen mit den Fähren, die im Sommer fahren."),
        ],
        footer=["Datenschutz", "Über Wikipedia", "Impressum"],
    ),
    "fr": dict(
        menu=["Accueil", "Modifications récentes", "Article au hasard", "Faire un don"],
        title="Pont du port",
        lead=[
            "Le pont du port est une passerelle en acier sur le bas port, ouverte en 2023 pour remplacer un pont "
            "tournant fermé à cause de la corrosion de ses poutres.",
            "Il relie la vieille ville à la marina et il est éclairé la nuit par des lampes placées dans ses "
            "rambardes sur toute la longueur du tablier.",
        ],
        label="Sommaire",
        sections=[
            ("Histoire[modifier | modifier le code]", "1 Histoire", "Le premier passage à cet endroit était un bac, "
             "qui allait du quai à la rive nord jusqu'à la construction du pont tournant à la fin du siècle."),
            ("Conception[modifier | modifier le code]", "2 Conception", "Le tablier a été construit en quatre "
             "parties sur la rive et descendu sur une barge, chacune posée à marée haute au printemps."),
            ("Inauguration[modifier | modifier le code]", "3 Inauguration", "Environ deux mille personnes ont "
             "traversé le pont pendant la première heure, dont beaucoup de familles venues dès l'aube."),
            ("Voir aussi[modifier | modifier le code]", "4 Voir aussi", "Les autres passages sur le fleuve sont "
             "décrits dans l'article sur le bas port, avec les bacs qui partent encore du quai en été."),
        ],
        footer=["Politique de confidentialité", "À propos", "Avertissements"],
    ),
    "es": dict(
        menu=["Portada", "Cambios recientes", "Página aleatoria", "Donaciones"],
        title="Puente del puerto",
        lead=[
            "El puente del puerto es una pasarela de acero sobre el puerto bajo, abierta en 2023 para sustituir a "
            "un puente giratorio cerrado por la corrosión de sus vigas.",
            "Une el casco antiguo con el puerto deportivo y por la noche lo iluminan unas lámparas colocadas en "
            "sus barandillas a lo largo de todo el tablero.",
        ],
        label="Índice",
        sections=[
            ("Historia[editar]", "1 Historia", "El primer paso en este lugar fue un transbordador, que iba del "
             "muelle a la orilla norte hasta que se construyó el puente giratorio a finales del siglo."),
            ("Diseño[editar]", "2 Diseño", "El tablero se construyó en cuatro partes en la orilla y se bajó por el "
             "río en una barcaza, y cada parte se colocó con la marea alta en primavera."),
            ("Inauguración[editar]", "3 Inauguración", "Unas dos mil personas cruzaron el puente en su primera "
             "hora, muchas de ellas familias que esperaban en la orilla norte desde el amanecer."),
            ("Véase también[editar]", "4 Véase también", "Los demás pasos sobre el río se describen en el artículo "
             "sobre el puerto bajo, junto con los transbordadores que aún salen del muelle en verano."),
        ],
        footer=["Política de privacidad", "Acerca de", "Limitación de responsabilidad"],
    ),
    "ja": dict(
        menu=["メインページ", "最近の更新", "おまかせ表示", "寄付"],
        title="港橋",
        lead=[
            "港橋は下港に架かる鋼製の歩道橋で、腐食のために閉鎖された旋回橋に代わって二〇二三年に開通した。夜は手すりに"
            "埋め込まれた灯りが橋全体を照らしている。",
            "旧市街とマリーナを結び、歩行者と自転車が通行できる。開通の日には多くの家族が朝早くから北岸で待っていた。",
        ],
        label="目次",
        sections=[
            ("歴史[編集]", "1 歴史", "この場所には最初に渡し船があり、世紀の終わりに旋回橋が造られるまで岸壁から北岸へ"
             "人々を運んでいた。渡し船は夏の間だけ今も運航している。"),
            ("構造[編集]", "2 構造", "橋桁は岸で四つの部分に分けて造られ、はしけで川を下って運ばれた。それぞれの部分は"
             "春の満潮の時に持ち上げられて据え付けられた。"),
            ("開通[編集]", "3 開通", "最初の一時間に約二千人が橋を渡った。その多くは夜明けから北岸で待っていた家族で"
             "あり、市長も一緒に歩いて渡った。"),
            ("関連項目[編集]", "4 関連項目", "川に架かるほかの橋については下港の記事に一覧がある。夏に岸壁から出る"
             "渡し船についても同じ記事で説明されている。"),
        ],
        footer=["プライバシー・ポリシー", "ウィキペディアについて", "免責事項"],
    ),
}


def _wiki_page(lang: str, *, label: bool = True, numbered: bool = True) -> tuple[list[str], list[str]]:
    """A page with its lead over a table of contents; returns the page's lines and its contents entries."""
    w = WIKI[lang]
    entries = [toc if numbered else head.split("[")[0] for head, toc, _para in w["sections"]]
    page = [*w["menu"], w["title"], *w["lead"], *([w["label"]] if label else []), *entries]
    for head, _toc, para in w["sections"]:
        page += [head, para]
    return page + w["footer"], entries


@pytest.mark.parametrize("lang", sorted(WIKI))
def test_the_lead_above_a_table_of_contents_is_kept_and_the_contents_removed(lang: str) -> None:
    page, entries = _wiki_page(lang)
    doc = _stage(page, lang)
    kept = _kept(doc)
    w = WIKI[lang]
    for line in w["lead"]:
        assert line in kept
    for head, _toc, para in w["sections"][:3]:
        assert head in kept and para in kept
    rules = _rules(doc)
    for entry in [w["label"], *entries]:  # the "See also" entry too: no list heading inside the contents
        assert rules[entry] == "boilerplate:toc"
    for item in w["menu"]:
        assert item not in kept


def _page_with_closing_lists(lang: str, closing: list[tuple[str, str, list[str]]]) -> tuple[list[str], list[str]]:
    """_wiki_page with more sections at the end that head lists, not prose ("See also", "References")."""
    w = WIKI[lang]
    entries = [toc for _head, toc, _para in w["sections"]] + [toc for _head, toc, _items in closing]
    page = [*w["menu"], w["title"], *w["lead"], w["label"], *entries]
    for head, _toc, para in w["sections"]:
        page += [head, para]
    for head, _toc, items in closing:
        page += [head, *items]
    return page + w["footer"], entries


def test_closing_entries_over_lists_are_part_of_the_contents() -> None:
    """The last entries name sections that head lists (no prose under them): they are listed all the same."""
    closing = [
        ("Further reading[edit]", "5 Further reading", ["Bridges of the lower harbour", "River ferries"]),
        ("References[edit]", "6 References", ["^ A. Writer. Harbour crossings. 2010.", "^ B. Writer. Steel decks. 2015."]),
    ]
    page, entries = _page_with_closing_lists("en", closing)
    rules = _rules(_stage(page))
    assert [rules.get(e) for e in entries] == ["boilerplate:toc"] * len(entries)


def test_a_numbered_line_after_the_contents_that_heads_no_section_is_not_listed() -> None:
    """Only an entry whose heading comes later is part of the contents."""
    closing = [("References[edit]", "5 References", ["^ A. Writer. Harbour crossings. 2010."])]
    page, entries = _page_with_closing_lists("en", closing)
    stray = "6 Harbour tours and boat trips"
    at = page.index(entries[-1]) + 1
    page = page[:at] + [stray] + page[at:]
    assert _rules(_stage(page)).get(stray) != "boilerplate:toc"
    assert _rules(_stage(page)).get(entries[-1]) == "boilerplate:toc"


def test_an_unnumbered_table_of_contents_without_a_label() -> None:
    page, entries = _wiki_page("en", label=False, numbered=False)
    doc = _stage(page)
    kept = _kept(doc)
    assert all(line in kept for line in WIKI["en"]["lead"])
    rules = _rules(doc)
    assert [rules.get(e) for e in entries] == ["boilerplate:toc"] * len(entries)


def test_a_menu_repeated_in_the_footer_is_no_table_of_contents() -> None:
    """The footer repeats the menu as a block: no item comes back over its own section."""
    menu = ["News", "Harbour", "Transport", "Weather"]
    w = WIKI["en"]
    page = [*menu, w["title"], *w["lead"], "Photo: Harbour Courier"]
    for head, _toc, para in w["sections"][:3]:
        page += [head.split("[")[0], para]
    page += menu
    doc = _stage(page)
    assert not _toc_lines(doc)
    assert all(item not in _kept(doc)[:2] for item in menu)


def test_a_list_the_text_introduces_is_no_table_of_contents() -> None:
    """'... consists of these parts:' then the parts, each described under its own heading further down."""
    intro = ("The bridge was built by three teams working at the same time, and each of them is described in "
             "its own section below. The project consists of the following parts:")
    parts = [("Foundations", "The foundations were driven into the river bed from a floating platform over "
              "two winters, when the current was slowest."),
             ("Deck", "The deck was welded together on the shore in four sections and floated down the river "
              "on a barge at high tide."),
             ("Lighting", "The lamps were set into the handrails after the deck was in place, and they were "
              "switched on for the first time at the opening.")]
    page = ["Home", "News", WIKI["en"]["title"], *WIKI["en"]["lead"], intro, *[p for p, _ in parts]]
    for head, para in parts:
        page += [head, para]
    doc = _stage(page)
    assert intro in _kept(doc)
    assert not _toc_lines(doc)


def test_a_headline_list_above_the_article_stays_removed() -> None:
    """A list of other stories over the article is no table of contents, even when the same stories come back
    under the article as cards, each headline over a one-line blurb (no section of prose under each)."""
    stories = [("Council approves the new tram line", "The line will run from the station to the airport by 2027."),
               ("Storm closes the coast road again", "Drivers are asked to use the inland route for the night."),
               ("Museum reopens after two years", "The new wing is about the history of the harbour and its ships."),
               ("Ferry fares rise in the summer", "A return ticket to the island will cost two pounds more.")]
    w = WIKI["en"]
    page = ["Home", "News", "Most read", *[h for h, _ in stories], w["title"], *w["lead"]]
    for head, _toc, para in w["sections"][:3]:
        page += [head.split("[")[0], para]
    page.append("More stories")
    for head, blurb in stories:
        page += [head, blurb]
    doc = _stage(page)
    kept = _kept(doc)
    assert not {h for h, _ in stories} & set(kept[:3])
    assert all(line in kept for line in w["lead"])
    assert not _toc_lines(doc)


def test_repeated_commands_of_a_how_to_are_no_table_of_contents() -> None:
    """Lines of code or program output that come back later in a tutorial are no section headings."""
    steps = ["$ hg clone review bob", "updating to branch default", "$ cd bob"]
    prose = [
        "Bob starts by cloning the shared repository, which gives him a working copy of the latest changes that "
        "Alice has published so far.",
        "He then changes into the new directory and checks that the working copy is clean before he starts on "
        "his own feature.",
        "Every time Bob wants to start again from scratch, he repeats the same commands, and the output is the "
        "same as the first time.",
    ]
    page = ["Docs", "Download", prose[0], *steps, prose[1]]
    for step, para in zip(steps, prose, strict=True):
        page += [step, para]
    doc = _stage(page)
    assert not _toc_lines(doc)


def test_a_contents_entry_that_names_a_closing_section_does_not_end_the_article() -> None:
    """'4 Discussion' in the contents is an entry, not the comments heading that ends an article."""
    lead = [
        "This report describes how the harbour bridge was planned, built and opened, and what the first year of "
        "use has shown about the number of people who cross it every day of the week. It was written for the "
        "council's transport committee, which asked for it when the bridge opened, and it will be updated.",
        "It is based on the counts made by the city at both ends of the bridge, on a survey of the shops near "
        "the quay, and on the records of the engineers who built the deck in the spring. The survey asked the "
        "owners how their trade had changed, and most of them answered all of the questions.",
        "The figures were collected between the opening day and the end of the following summer, and they are "
        "compared with the counts made on the old swing bridge ten years before it closed. Where the old counts "
        "were missing for a month, the average of the months on either side of it was used.",
    ]
    sections = [
        ("Introduction", "The old swing bridge had carried about four thousand people a day before it was closed "
         "because of corrosion, most of them walking between the old town and the marina."),
        ("Methods", "Counters were placed at both ends of the new bridge, and every crossing was recorded in both "
         "directions, with a manual count on one day a month to check the machines."),
        ("Results", "On an average day about six thousand people crossed the new bridge, half again as many as "
         "crossed the old one, and the busiest hours were in the late afternoon."),
        ("Discussion", "The rise is larger than the city expected, and it seems to come mostly from cyclists, "
         "who could not use the old bridge at all because of its steps."),
    ]
    page = ["Home", "Reports", "Harbour bridge: the first year", *lead, "Contents",
            *[f"{k} {head}" for k, (head, _para) in enumerate(sections, 1)]]
    for head, para in sections:
        page += [head, para]
    doc = _stage(page)
    kept = _kept(doc)
    assert all(line in kept for line in lead)
    assert all(para in kept for _head, para in sections[:3])
    assert _toc_lines(doc) == ["Contents", *[f"{k} {head}" for k, (head, _para) in enumerate(sections, 1)]]


def test_toc_keys_and_the_entries_in_order() -> None:
    assert _toc_key("3.7.1 Gecko") == "Gecko"
    assert _toc_key("Gecko[edit]") == "Gecko"
    assert _toc_key("IV. Results") == "Results"
    assert _toc_key("Geschichte[Bearbeiten | Quelltext bearbeiten]") == "Geschichte"
    assert _toc_key("2019 in review") == "2019 in review"  # four digits: a year, no section number
    assert _in_order([(1, 50), (2, 90), (3, 60), (4, 70), (5, 20)]) == [(1, 50), (3, 60), (4, 70)]
    assert _in_order([]) == []


# --- a "related" box of two lists inside the article ----------------------------------------------------------

ARTICLE = [
    "The footbridge over the lower harbour opened to walkers and cyclists on Saturday morning, three years after "
    "the old swing bridge was closed because of corrosion in its main girders.",
    "About two thousand people crossed it in the first hour, many of them families who had waited on the north "
    "bank since dawn to be among the first to walk across.",
    "The city engineer said the deck had been lifted into place in four sections during the spring, each of them "
    "floated down the river on a barge at high tide.",
    "The project cost a little under nine million pounds, most of it paid by the regional transport fund, and it "
    "came in slightly below the budget approved by the council.",
    "Shopkeepers on the south side of the harbour said they hoped the bridge would bring back some of the trade "
    "they had lost while the crossing was closed.",
    "A second phase, which would add a ramp down to the marina and a cycle route along the quay, is planned for "
    "next year if the council approves the money.",
]
BOX = ["Related", "Council approves the new tram line to the airport", "Storm closes the coast road for the "
       "third time this winter", "Related", "Museum reopens after two years of repairs", "Ferry fares rise "
       "again for the summer season"]


def test_prose_before_a_related_box_of_two_lists_is_kept() -> None:
    page = ["Home", "News", "Harbour bridge opens", *ARTICLE[:2], *BOX, *ARTICLE[2:], "Privacy Policy"]
    doc = _stage(page)
    kept = _kept(doc)
    assert all(p in kept for p in ARTICLE)
    assert not set(BOX) & set(kept)


def test_a_related_box_of_two_lists_above_the_article_stays_removed() -> None:
    """A teaser paragraph over the box and the article's header under it: the box is not inside an article."""
    teaser = ("The council will decide next month whether the old swing bridge is to be dismantled or kept as a "
              "monument, after a petition signed by more than four thousand people asked for it to stay where it "
              "is, and the museum offered to look after it for the city.")
    page = ["Home", "News", teaser, *BOX, "Harbour bridge opens", "By Jane Doe", *ARTICLE, "Privacy Policy"]
    doc = _stage(page)
    kept = _kept(doc)
    assert teaser not in kept
    assert not set(BOX) & set(kept)
    assert kept[: len(ARTICLE)] == ARTICLE


def test_two_lists_after_the_article_still_end_it() -> None:
    """Other stories' paragraphs after the lists (fewer than an article's) do not join the article."""
    others = [
        "In other news, the ferry company said on Monday that it would add a second boat to the island route in "
        "the summer, when the number of passengers usually doubles.",
        "The museum on the quay is to reopen its maritime gallery in June after two years of repairs to the roof "
        "and the windows, the city said in a statement.",
    ]
    page = ["Home", *ARTICLE, *BOX, *others, "Privacy Policy"]
    doc = _stage(page)
    kept = _kept(doc)
    assert kept == ARTICLE


SHORT_CS = [
    "Krajský úřad představil ve středu plán, podle kterého by do konce roku 2026 měly být opraveny všechny mosty "
    "na krajských silnicích, které jsou nyní v havarijním stavu.",
    "Kraj na opravy vyčlení zhruba 1,2 miliardy korun, část peněz chce získat z evropských fondů, uvedl náměstek "
    "hejtmana pro dopravu.",
    "Podle správy silnic je na krajských silnicích přes 900 mostů. Zhruba pětina z nich je ve špatném nebo velmi "
    "špatném stavu, většinou kvůli zatékání vody.",
    "Starostové dotčených obcí plán vítají, upozorňují ale, že některé objízdné trasy vedou přes silnice, které "
    "samy potřebují opravu.",
]
BOX_CS = ["Související články", "Uzavřený most u Zábřehova prodlužuje cestu do školy o dvacet minut",
          "Silničáři letos opravili o třetinu méně kilometrů silnic"]


def test_a_box_splitting_a_short_article_in_two_is_inside_it() -> None:
    """Two paragraphs, a "related" box, two paragraphs: as much prose after the box as before it."""
    page = ["Zprávy", "Domácí", "Kraj chce opravit mosty", "15. 11. 2023", *SHORT_CS[:2], *BOX_CS, *SHORT_CS[2:],
            "Témata:", "doprava", "Kontakty"]
    kept = _kept(_stage(page, "cs"))
    assert all(p in kept for p in SHORT_CS)
    assert not set(BOX_CS) & set(kept)


# --- a first paragraph that opens with a dateline -------------------------------------------------------------

# A lead that opens with its dateline and names a CamelCase brand (the glue test of teaser cards sees a headline
# run together with a summary in it), then the rest of the article.
DATELINE_LEADS = {
    "en": "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal but a side effect of the way he has "
          "been playing this season.",
    "de": "BERLIN (dpa) - Die Videoplattform YouTube will künftig strenger gegen falsche Gesundheitstipps vorgehen, "
          "teilte das Unternehmen am Montag mit.",
    "fr": "PARIS (AFP) - Le PDG de TikTok a annoncé lundi une baisse des ventes de publicité en Europe, pour le "
          "deuxième trimestre de suite.",
    "es": "MADRID, 4 dic. (EUROPA PRESS) - El Grupo McDonald's abrirá este año veinte restaurantes más en España, "
          "según ha informado la compañía.",
}
DATELINE_REST = {
    "en": ["They are only a side effect of the consistent, brilliant all-around play he has been dishing out for "
           "the team since the start of the season in October.",
           "James finished with 25 points, 12 rebounds and 10 assists, and the Lakers held off a late run to win "
           "their sixth game in a row on Tuesday night.",
           "He said after the game that wins mattered more to him than numbers, and that the young players deserved "
           "most of the credit for the result."],
    "de": ["Videos mit irreführenden Aussagen über Behandlungen sollen demnach schneller gelöscht werden, wenn "
           "Fachleute sie als gefährlich einstufen.",
           "Die Plattform arbeitet dafür nach eigenen Angaben mit mehreren Kliniken und Gesundheitsbehörden in "
           "Europa und Nordamerika zusammen.",
           "Kritiker bemängeln seit Jahren, dass solche Inhalte auf der Seite zu lange stehen bleiben und von "
           "vielen Menschen gesehen werden."],
    "fr": ["Le réseau explique ce recul par la hausse des prix et par une concurrence plus forte sur le marché "
           "des téléphones haut de gamme.",
           "Les ventes ont en revanche progressé en Asie, où la marque a lancé plusieurs offres pour les étudiants "
           "et les jeunes actifs.",
           "La direction prévoit toutefois un retour de la croissance à la fin de l'année, grâce aux nouveaux "
           "modèles présentés en septembre."],
    "es": ["La empresa prevé crear unos mil puestos de trabajo con estas aperturas, la mayoría de ellos en "
           "ciudades de tamaño medio.",
           "Los nuevos locales tendrán pedidos por pantalla y una zona de juegos, según el plan presentado por la "
           "dirección de la filial.",
           "La compañía cerró el año pasado con unas ventas récord en el país, impulsadas por el servicio de "
           "entrega a domicilio."],
}


@pytest.mark.parametrize("lang", sorted(DATELINE_LEADS))
def test_a_first_paragraph_that_opens_with_a_dateline_is_kept(lang: str) -> None:
    page = ["Home", "News", "Share", "The headline of the report", "By Jane Doe", DATELINE_LEADS[lang],
            *DATELINE_REST[lang], "Privacy Policy"]
    doc = _stage(page, lang)
    assert _kept(doc)[:4] == [DATELINE_LEADS[lang], *DATELINE_REST[lang]]


@pytest.mark.parametrize(
    "text",
    [
        "LOS ANGELES (AP) — To LeBron James",
        "(Reuters) - The company said",
        "MADRID, 4 dic. (EUROPA PRESS) - La cadena",
        "NEW YORK — The city",
        "PARIS – Le groupe",
    ],
)
def test_datelines(text: str) -> None:
    assert _opens_with_place_dash(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Cruise, Katie Holmes — No Love Lost",  # a headline with a dash: no place in capitals, no source
        "The update adds support for iPhone models",
        "Council Approves 2024 Budget",
        "",
    ],
)
def test_no_datelines(text: str) -> None:
    assert not _opens_with_place_dash(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Cruise, Katie Holmes — No Love LostThe couple have not spoken since the divorce, friends of the actor "
        "said on Monday.",
        "Ferry Fares — What Changes in JuneThe return ticket to the island will cost two pounds more from the first "
        "of the month.",
    ],
)
def test_a_teaser_card_with_a_dash_or_a_brand_in_its_headline_is_still_one(text: str) -> None:
    assert is_teaser(text)
