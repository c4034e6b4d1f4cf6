"""A headline in capitals between two paragraphs of an article is a link to another article.

Publishers set links to related stories inside the text as headlines in capitals ("FORMER MAYOR SUES THE CITY OVER
HIS PENSION, SAYS HE WAS MISLED"); between mixed-case paragraphs, with no sentence end and eight words or more, the
line went into the article. Negatives: the article's own subheadings in capitals (short: "WHAT YOU NEED TO KNOW"),
a shouted sentence or notice in capitals (it ends with its full stop or question mark), a headline in capitals
at the top of the page (no paragraph above it) and a run of capitals lines (a poem, lyrics, a list of headings).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, removed_line_rules
from stages import kept_line_set as _kept

# (header, four paragraphs, two related headlines in capitals, footer) per language.
PAGES = {
    "en": (
        ["Valley Courier", "News", "Business", "Sport", "Mill to reopen as a market hall next spring"],
        [
            "The old paper mill on the river will reopen as a covered market hall next spring, the owners said on "
            "Tuesday after the council approved the plans.",
            "About forty traders have already signed leases for stalls, most of them farmers and bakers from the "
            "villages around the town.",
            "The building's brick chimney and the iron roof trusses will be kept, while the floors get new insulation "
            "and heating.",
            "The market will be open from Thursday to Sunday, and the owners hope to add an evening food court later.",
        ],
        "COUNCIL APPROVES NEW PARKING RULES FOR THE TOWN CENTRE AFTER MONTHS OF COMPLAINTS",
        "RIVER FERRY TO RUN AGAIN FROM MAY AFTER THE OPERATOR FINDS A NEW CAPTAIN",
        ["About us", "Privacy policy", "© 2026 Valley Courier"],
    ),
    "fr": (
        ["Le Courrier du Val", "Actualités", "Économie", "Sport", "L'ancienne papeterie deviendra une halle"],
        [
            "L'ancienne papeterie au bord de la rivière rouvrira au printemps prochain sous la forme d'une halle "
            "couverte, ont annoncé mardi ses propriétaires.",
            "Une quarantaine de commerçants ont déjà signé un bail, pour la plupart des maraîchers et des boulangers "
            "des villages voisins.",
            "La cheminée en brique et la charpente métallique seront conservées, tandis que les sols seront isolés "
            "et chauffés.",
            "La halle ouvrira du jeudi au dimanche, et les propriétaires espèrent ajouter un espace de restauration.",
        ],
        "LA MAIRIE ADOPTE DE NOUVELLES RÈGLES DE STATIONNEMENT POUR LE CENTRE-VILLE",
        "LE BAC SUR LA RIVIÈRE REPRENDRA EN MAI APRÈS LE RECRUTEMENT D'UN NOUVEAU PILOTE",
        ["Mentions légales", "Confidentialité", "© 2026 Le Courrier du Val"],
    ),
    "de": (
        ["Talbote", "Nachrichten", "Wirtschaft", "Sport", "Alte Papierfabrik wird zur Markthalle"],
        [
            "Die alte Papierfabrik am Fluss soll im kommenden Frühjahr als überdachte Markthalle öffnen, teilten die "
            "Eigentümer am Dienstag mit.",
            "Rund vierzig Händler haben bereits Mietverträge für Stände unterschrieben, die meisten Bauern und Bäcker "
            "aus den umliegenden Dörfern.",
            "Der Ziegelschornstein und die eisernen Dachbinder bleiben erhalten, die Böden werden gedämmt und beheizt.",
            "Die Halle soll von Donnerstag bis Sonntag geöffnet sein; später ist ein Abendmarkt geplant.",
        ],
        "STADTRAT BESCHLIESST NEUE PARKREGELN FÜR DIE INNENSTADT NACH MONATELANGEN BESCHWERDEN",
        "FLUSSFÄHRE FÄHRT AB MAI WIEDER, NACHDEM DER BETREIBER EINEN NEUEN KAPITÄN GEFUNDEN HAT",
        ["Impressum", "Datenschutz", "© 2026 Talbote"],
    ),
    "ru": (
        ["Речной вестник", "Новости", "Экономика", "Спорт", "Старую фабрику превратят в крытый рынок"],
        [
            "Старая бумажная фабрика на берегу реки весной откроется как крытый рынок, сообщили во вторник её "
            "владельцы после одобрения проекта городским советом.",
            "Около сорока торговцев уже подписали договоры аренды, большинство из них фермеры и пекари из соседних "
            "сёл.",
            "Кирпичную трубу и железные фермы крыши сохранят, а полы утеплят и оснастят отоплением.",
            "Рынок будет работать с четверга по воскресенье, позже владельцы хотят открыть вечерний фудкорт.",
        ],
        "ГОРСОВЕТ УТВЕРДИЛ НОВЫЕ ПРАВИЛА ПАРКОВКИ В ЦЕНТРЕ ГОРОДА ПОСЛЕ МНОГОЧИСЛЕННЫХ ЖАЛОБ ЖИТЕЛЕЙ",
        "РЕЧНОЙ ПАРОМ СНОВА ПОЙДЁТ С МАЯ ПОСЛЕ ТОГО КАК ПЕРЕВОЗЧИК НАШЁЛ НОВОГО КАПИТАНА",
        ["О нас", "Политика конфиденциальности", "© 2026 Речной вестник"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_capitals_headlines_between_paragraphs_are_removed(lang: str) -> None:
    header, paras, link, link2, footer = PAGES[lang]
    doc = boilerplate_doc([*header, *paras[:2], link, paras[2], link2, paras[3], *footer], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert link not in kept
    assert link2 not in kept
    assert removed_line_rules(doc)[link] == "boilerplate:read-also"
    assert removed_line_rules(doc)[link2] == "boilerplate:read-also"


def test_a_capitals_headline_with_a_lowercase_plural_and_a_clip_label_is_removed() -> None:
    """A few lower-case letters ("CEOs") and a clip's label between it and the paragraph change nothing."""
    header, paras, _, link2, footer = PAGES["en"]
    link = "TWO FORMER CEOs OF THE MILL SAY THE TOWN SHOULD HAVE BOUGHT THE SITE, REPORT SAYS"
    doc = boilerplate_doc([*header, *paras[:2], "Video", link, paras[2], link2, paras[3], *footer], "en")
    kept = _kept(doc)
    assert set(paras) <= kept
    assert link not in kept


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "WHAT THE TRADERS SAY"),
    ("en", "HOW TO GET THERE BY TRAIN"),
    ("fr", "CE QUE DISENT LES COMMERÇANTS"),
    ("de", "WAS DIE HÄNDLER SAGEN"),
    ("ru", "ЧТО ГОВОРЯТ ТОРГОВЦЫ"),
    # A question or a sentence in capitals, however long, ends with its mark.
    ("en", "WILL THE NEW HALL BRING THE SHOPPERS BACK TO THE OLD TOWN CENTRE?"),
    ("en", "THE OWNERS SAY THE HALL WILL BE FINISHED BEFORE THE FIRST MARKET DAY IN MAY."),
    ("de", "WIRD DIE NEUE HALLE DIE KUNDEN IN DIE ALTE INNENSTADT ZURÜCKBRINGEN?"),
])
def test_the_articles_own_capitals_lines_stay(lang: str, heading: str) -> None:
    header, paras, _, _, footer = PAGES[lang]
    doc = boilerplate_doc([*header, *paras[:2], heading, *paras[2:], *footer], lang)
    kept = _kept(doc)
    assert heading in kept
    assert set(paras) <= kept


def test_a_run_of_capitals_lines_stays() -> None:
    """Two long capitals lines in a row (a poem's lines quoted in the article, a sign's text): no paragraph on both
    sides of either, so neither is taken for a link."""
    header, paras, _, _, footer = PAGES["en"]
    verse = [
        "OLD MILL BY THE RIVER WHERE THE WATER TURNS THE WHEEL ALL DAY",
        "WE CARRIED PAPER ON OUR BACKS AND SANG UNTIL THE LIGHT WENT AWAY",
    ]
    doc = boilerplate_doc([*header, *paras[:2], *verse, *paras[2:], *footer], "en")
    kept = _kept(doc)
    assert set(verse) <= kept


def test_a_mixed_case_headline_line_between_paragraphs_is_not_taken() -> None:
    """The rule is about capitals: a mixed-case line of the same words between paragraphs is left to the others."""
    header, paras, link, _, footer = PAGES["en"]
    line = link.capitalize()
    doc = boilerplate_doc([*header, *paras[:2], line, *paras[2:], *footer], "en")
    assert removed_line_rules(doc).get(line) != "boilerplate:read-also"


# A lone long line in capitals between two paragraphs is as often the article's own as a link: links come in a series.
LONE = [
    ("en", "THIS AGREEMENT SHALL BE GOVERNED BY AND CONSTRUED IN ACCORDANCE WITH THE LAWS OF THE STATE OF NEW YORK"),
    ("en", "KEEP OUT OF THE REACH OF CHILDREN AND DO NOT EXCEED THE STATED DOSE"),
    ("en", "IN MEMORY OF THE MEN OF THIS VILLAGE WHO GAVE THEIR LIVES 1914\u20131918"),
    ("en", "WHAT THE NEW MARKET HALL MEANS FOR THE TRADERS OF THE OLD TOWN"),
    ("de", "DIESER VERTRAG UNTERLIEGT DEM RECHT DER BUNDESREPUBLIK DEUTSCHLAND UNTER AUSSCHLUSS DES UN-KAUFRECHTS"),
    ("de", "WAS DIE NEUE MARKTHALLE FÜR DIE HÄNDLER IN DER ALTSTADT WIRKLICH BEDEUTET"),
    ("fr", "LE PRÉSENT CONTRAT EST SOUMIS AU DROIT FRANÇAIS ET TOUT LITIGE RELÈVERA DES TRIBUNAUX DE PARIS"),
    ("fr", "NE PAS DÉPASSER LA DOSE RECOMMANDÉE ET TENIR HORS DE PORTÉE DES ENFANTS"),
    ("ru", "ЧТО ИЗМЕНИТСЯ ДЛЯ ТОРГОВЦЕВ СТАРОГО ГОРОДА ПОСЛЕ ОТКРЫТИЯ НОВОГО КРЫТОГО РЫНКА"),
]


@pytest.mark.parametrize(("lang", "line"), LONE)
def test_a_lone_long_capitals_line_between_paragraphs_stays(lang: str, line: str) -> None:
    header, paras, _, _, footer = PAGES[lang]
    doc = boilerplate_doc([*header, *paras[:2], line, *paras[2:], *footer], lang)
    kept = _kept(doc)
    assert line in kept
    assert set(paras) <= kept


@pytest.mark.parametrize("pair", [
    # Placards and posts quoted in capitals.
    ("\u201cWE ARE THE TRADERS OF THIS TOWN AND WE WILL NOT BE MOVED OUT\u201d",
     "\u201cSAVE OUR MARKET HALL FROM THE DEVELOPERS AND THEIR FRIENDS ON THE COUNCIL\u201d"),
    ("\u00abNO SOMOS MERCANC\u00cdA EN MANOS DE POL\u00cdTICOS Y BANQUEROS\u00bb",
     "\u00abEL MERCADO ES DEL BARRIO Y NO DE LOS FONDOS DE INVERSI\u00d3N\u00bb"),
    # Labelled notices: a warning, the article's update.
    ("WARNING: RISK OF SERIOUS CARDIOVASCULAR AND GASTROINTESTINAL EVENTS IN OLDER PATIENTS",
     "UPDATE: THE COUNCIL HAS SINCE POSTPONED THE VOTE ON THE PARKING RULES UNTIL JUNE"),
])
def test_a_series_of_quoted_or_labelled_capitals_lines_stays(pair: tuple[str, str]) -> None:
    header, paras, _, _, footer = PAGES["en"]
    doc = boilerplate_doc([*header, *paras[:2], pair[0], paras[2], pair[1], paras[3], *footer], "en")
    kept = _kept(doc)
    assert set(pair) <= kept
    assert set(paras) <= kept
