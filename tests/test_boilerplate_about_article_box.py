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
