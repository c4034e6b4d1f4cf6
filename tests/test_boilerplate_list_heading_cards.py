"""Teaser cards under a list heading below a short article (boilerplate._cards_under, _cards_off_topic).

A list heading ("More on this story", "Mehr zum Thema") with a headline over a one-paragraph summary, twice or
more, under it heads other stories, even when the article above has only one or two paragraphs: the cards are
removed with it as its list, and they no longer outweigh the article in the run search. A round-up whose items
keep to its topic ("Our top picks" over products of one kind) is content and stays.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept
from stages import line_rules as _rules

PAGES = {
    "en": (
        ["Menu", "News", "Business", "Sign in", "Bridge closed after lorry strike", "12 March 2024"],
        ["The Old Mill Bridge has been closed to all traffic after a lorry hit one of its supports early on "
         "Tuesday morning.",
         "Engineers are inspecting the damage and the council said the bridge would stay closed for at least a week."],
        "More on this story",
        ["Council approves new budget after long debate",
         "The city council approved next year's spending plan on Tuesday evening after a six-hour meeting in which "
         "members argued over bus fares, library opening hours and the cost of repairing the town hall roof.",
         "Schools to get new heating systems",
         "Twelve primary schools will have their old oil boilers replaced with heat pumps over the summer holidays, "
         "the education department announced, in a programme that will cost about four million pounds.",
         "Farmers' market moves to Saturdays",
         "The weekly farmers' market will move from Thursdays to Saturdays from next month, after traders said too "
         "few people could come during working hours to make the stalls worth running."],
    ),
    "de": (
        ["Menü", "Politik", "Wirtschaft", "Anmelden", "Brücke nach Lkw-Unfall gesperrt", "12. März 2024"],
        ["Die Alte Mühlbrücke ist seit Dienstagmorgen für den gesamten Verkehr gesperrt, nachdem ein Lastwagen "
         "gegen einen ihrer Pfeiler gefahren ist.",
         "Ingenieure prüfen die Schäden, und die Stadt teilte mit, die Brücke bleibe mindestens eine Woche gesperrt."],
        "Mehr zum Thema",
        ["Stadtrat beschließt Haushalt nach langer Debatte",
         "Der Stadtrat hat am Dienstagabend nach einer sechsstündigen Sitzung den Haushalt für das kommende Jahr "
         "beschlossen, nachdem lange über Busfahrpreise und Öffnungszeiten der Bibliotheken gestritten wurde.",
         "Schulen bekommen neue Heizungen",
         "Zwölf Grundschulen erhalten in den Sommerferien Wärmepumpen statt ihrer alten Ölkessel, teilte das "
         "Schulamt mit; das Programm kostet rund vier Millionen Euro.",
         "Wochenmarkt zieht auf den Samstag",
         "Der Bauernmarkt findet vom nächsten Monat an samstags statt, weil unter der Woche zu wenige Kunden "
         "kommen konnten, wie die Händler sagten."],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_teaser_cards_under_a_list_heading_below_a_short_article_go(language: str) -> None:
    top, article, heading, cards = PAGES[language]
    doc = boilerplate_doc([*top, *article, heading, *cards, "Privacy", "Cookies"], language)
    assert set(article) <= _kept(doc)
    rules = _rules(doc)
    assert rules[heading] == "boilerplate:list-heading"
    assert all(rules[card] == "boilerplate:list" for card in cards), rules


def test_round_up_under_a_top_picks_heading_stays() -> None:
    """The items keep to the round-up's topic (coffee grinders): content, not other stories."""
    intro = ("We tested eleven coffee grinders over three months, grinding the same beans for espresso, filter "
             "coffee and the French press, to find the grinders worth your money.")
    items = [
        "Best overall coffee grinder",
        "This burr grinder produced the most even grounds for espresso and filter coffee in our tests, and its "
        "coffee tasted the sweetest in every blind tasting we ran.",
        "Best budget coffee grinder",
        "For less than half the price, this grinder makes good filter coffee grounds, although its espresso "
        "setting is too coarse for most coffee machines.",
        "Best coffee grinder for travel",
        "A hand grinder that fits in a bag: slow, but its grounds for filter coffee were as even as those of "
        "grinders ten times its size.",
    ]
    doc = boilerplate_doc(["Home", "Reviews", "The best coffee grinders", intro, "Our top picks", *items,
                           "Privacy"], "en")
    assert {intro, *items} <= _kept(doc)


def test_short_article_without_cards_under_the_heading_keeps_its_prose() -> None:
    """A heading with plain prose under it near the top is text, as before (fewer good lines than required)."""
    top, article, _heading, _cards = PAGES["en"]
    more = ("Drivers are asked to use the ring road, and buses on routes 4 and 12 will be diverted along the "
            "river until the bridge reopens.")
    doc = boilerplate_doc([*top, article[0], "More on the closure", more, article[1], "Privacy"], "en")
    assert {article[0], more, article[1]} <= _kept(doc)
