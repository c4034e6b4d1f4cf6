"""A bare "More:" label over a few headlines between an article's paragraphs heads a list of other articles.

"Read more:" alone on its line carried the list-heading rule; "More:" alone ("Mehr:", "Más:", "Ещё:", "更多：") is
the same label, shortened, and its headlines went into the article. Negatives: "More" with no colon (a teaser's
button), "Plus:" (a review's pros in German and Polish) and sentences opening with the word stay.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_set as _kept


@pytest.mark.parametrize(("text", "language"), [
    ("More:", "en"), ("Mehr:", "de"), ("Más:", "es"), ("Mais:", "pt"), ("Altro:", "it"), ("Meer:", "nl"),
    ("Ещё:", "ru"), ("Więcej:", "pl"), ("更多：", "zh"),
])
def test_bare_more_with_a_colon_heads_a_list(text: str, language: str) -> None:
    assert line_rule(text, language) == "list-heading"


@pytest.mark.parametrize(("text", "language"), [
    ("More", "en"), ("Mehr", "de"), ("Plus:", "de"), ("Plus :", "fr"), ("More: the council votes today", "en"),
    ("Mehr als 300 Menschen kamen:", "de"), ("Más de la mitad dijo:", "es"),
])
def test_other_lines_with_the_word_head_no_list(text: str, language: str) -> None:
    assert line_rule(text, language) != "list-heading"


PAGES = {
    "en": (
        ["Harbour Gazette", "News", "Science", "Sport", "Telescope to be built on the ridge"],
        [
            "The university will build a solar telescope on the ridge above the town next year, the rector said.",
            "The instrument will let students watch sunspots and flares on almost every day of the year.",
            "The town council has given the land and will repair the access road, which snow often blocks.",
            "Building work starts in May and the first observations are planned for the end of October.",
        ],
        ["More:", "The eclipse that will cross the country in August", "Where to watch the meteor shower"],
        ["About us", "Privacy policy", "© 2026 Harbour Gazette"],
    ),
    "de": (
        ["Bergbote", "Nachrichten", "Wissen", "Sport", "Sonnenteleskop für den Hausberg"],
        [
            "Die Universität baut im kommenden Jahr ein Sonnenteleskop auf dem Hausberg, teilte das Rektorat mit.",
            "Mit dem Gerät sollen Studierende fast an jedem Tag des Jahres Sonnenflecken beobachten können.",
            "Die Gemeinde stellt das Grundstück zur Verfügung und lässt die Zufahrt ausbessern, die im Winter oft "
            "verschneit ist.",
            "Die Bauarbeiten beginnen im Mai, die ersten Beobachtungen sind für Ende Oktober geplant.",
        ],
        ["Mehr:", "Die Sonnenfinsternis im August: Wo man sie am besten sieht", "So fotografieren Sie den Mond"],
        ["Impressum", "Datenschutz", "© 2026 Bergbote"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_more_box_between_paragraphs_is_removed_and_the_article_goes_on(lang: str) -> None:
    header, paras, box, footer = PAGES[lang]
    doc = boilerplate_doc([*header, *paras[:2], *box, *paras[2:], *footer], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert not set(box) & kept


def test_more_over_prose_keeps_the_prose() -> None:
    """A "More:" line over a paragraph (no headlines) loses its rule: the paragraph stays."""
    header, paras, _, footer = PAGES["en"]
    more = "The university also plans a small visitor centre with an exhibition on the sun, open on weekends."
    doc = boilerplate_doc([*header, *paras, "More:", more, *footer], "en")
    assert more in _kept(doc)


# "More:" inside an article over its own list, whose items go on the label's phrase in lower case.
OWN_LISTS = {
    "en": ("More:", ["bicycles on the east bridge, up 41 percent", "cargo bikes in the old town, up 60 percent",
                     "children cycling to school, up 25 percent"]),
    "es": ("Más:", ["bicicletas en el puente este, un 41 por ciento más", "bicis de carga en el casco antiguo, un 60 "
                    "por ciento más", "niños que van en bici al colegio, un 25 por ciento más"]),
    "pt": ("Mais:", ["bicicletas na ponte leste, 41 por cento a mais", "bicicletas de carga no centro histórico, 60 "
                     "por cento a mais", "crianças indo de bicicleta à escola, 25 por cento a mais"]),
    "ru": ("Ещё:", ["велосипедов на восточном мосту, на 41 процент", "грузовых велосипедов в старом городе, на 60 "
                    "процентов", "детей, едущих в школу на велосипеде, на 25 процентов"]),
    "it": ("Altro:", ["biciclette sul ponte est, il 41 per cento in più", "bici da carico nel centro storico, il 60 "
                      "per cento in più", "bambini che vanno a scuola in bici, il 25 per cento in più"]),
    "nl": ("Meer:", ["fietsen op de oostbrug, 41 procent meer", "bakfietsen in de oude binnenstad, 60 procent meer",
                     "kinderen die naar school fietsen, 25 procent meer"]),
}


@pytest.mark.parametrize("lang", sorted(OWN_LISTS))
def test_more_over_the_articles_own_phrases_keeps_them(lang: str) -> None:
    header, paras, _, footer = PAGES["en"]
    label, items = OWN_LISTS[lang]
    doc = boilerplate_doc([*header, *paras[:2], label, *[f"- {x}" for x in items], *paras[2:], *footer], lang)
    kept = _kept(doc)
    assert {f"- {x}" for x in items} <= kept
    assert set(paras) <= kept


# "More:" over the article's own enumeration in capitals (German capitalises its nouns, and any list may capitalise
# its items): the items end with a comma or a semicolon, as no headline does.
OWN_ENUMERATIONS = {
    "de": ("Mehr:", ["Radfahrer auf der Ostbrücke, plus 41 Prozent;", "Lastenräder in der Altstadt, plus 60 Prozent;",
                     "Kinder, die mit dem Rad zur Schule fahren, plus 25 Prozent."]),
    "en": ("More:", ["Bicycles on the east bridge, up 41 percent;", "Cargo bikes in the old town, up 60 percent;",
                     "Children cycling to school, up 25 percent."]),
}


@pytest.mark.parametrize("lang", sorted(OWN_ENUMERATIONS))
def test_more_over_the_articles_own_enumeration_keeps_it(lang: str) -> None:
    header, paras, _, footer = PAGES[lang]
    label, items = OWN_ENUMERATIONS[lang]
    doc = boilerplate_doc([*header, *paras[:2], label, *[f"- {x}" for x in items], *paras[2:], *footer], lang)
    kept = _kept(doc)
    assert {f"- {x}" for x in items} <= kept
    assert set(paras) <= kept


def test_more_over_headlines_with_a_comma_inside_is_still_a_list() -> None:
    """A headline may hold a comma; it does not end with one."""
    header, paras, _, footer = PAGES["de"]
    box = ["Mehr:", "Sonnenfinsternis, Meteore, Kometen: Der Himmel im August", "Warum der Mond rot wird, erklärt"]
    doc = boilerplate_doc([*header, *paras[:2], *box, *paras[2:], *footer], "de")
    kept = _kept(doc)
    assert set(paras) <= kept
    assert not set(box) & kept
