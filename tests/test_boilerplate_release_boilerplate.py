"""A press release closes with the issuing company's standing description ("<Name> is a leading provider of ...",
"<Name> is headquartered in ..."), often with no "About <Name>" heading over it. When the lede reads as a release's
("<Name>, a <what it is>, today announced ...", "<Name> (NASDAQ: X) today announced ...") and the description names
the lede's company near the end, it goes, with what follows it. A news story's lede, a description in the middle of
the story, another company's description and a story that goes on under it are kept.

From the dev set: aeb-c69e539d689a (a release's two boilerplate paragraphs, no heading over them).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, removed_line_rules

HEAD = ["Home", "Newsroom", "Press releases", "Northwind Robotics unveils warehouse picking arm for small retailers"]
BODY = [
    "The arm can be installed in a single day and learns new products from photographs, the company said. Early "
    "customers include two regional grocery chains and an online bookseller.",
    "\"Small retailers have been priced out of automation for a decade,\" said Maria Keane, chief executive of "
    "Northwind Robotics. \"We built PickPal so that a shop with ten employees can afford it.\"",
    "PickPal will ship in the second quarter at a list price of $24,000, with leasing options starting at $900 a "
    "month, and a trial programme will open to twenty retailers in April.",
]
ABOUT = (
    "Northwind Robotics is a leading provider of affordable warehouse automation for small and mid-sized retailers. "
    "Founded in 2016, the company employs 140 people in Seattle and Austin."
)
HQ = "Northwind Robotics is headquartered in Seattle, Washington. For more information, visit the company's website."
FOOT = ["Media contact: press@example.com", "Share this release"]

LEDES = {
    "apposition": "SEATTLE, March 3, 2025 — Northwind Robotics, a maker of low-cost automation systems, announced the "
    "launch of its PickPal arm, a compact picking robot designed for retailers with fewer than five warehouses.",
    "ticker": "SEATTLE, March 3, 2025 — Northwind Robotics Inc. (NASDAQ: NWRB) announced the launch of its PickPal "
    "arm, a compact picking robot designed for retailers with fewer than five warehouses.",
    "today": "Northwind Robotics today announced the launch of its PickPal arm, a compact picking robot designed for "
    "retailers with fewer than five warehouses, at a trade fair in Chicago.",
}


def _page(lede: str, tail: list[str]) -> list[str]:
    return [*HEAD, lede, *BODY, *tail]


@pytest.mark.parametrize("form", sorted(LEDES))
def test_a_release_loses_its_closing_company_description(form: str) -> None:
    doc = boilerplate_doc(_page(LEDES[form], [ABOUT, HQ, *FOOT]))
    kept = kept_line_set(doc)
    assert LEDES[form] in kept and set(BODY) <= kept
    assert ABOUT not in kept and HQ not in kept
    assert removed_line_rules(doc)[ABOUT] == "boilerplate:article-end"


def test_the_description_goes_with_an_about_heading_too() -> None:
    doc = boilerplate_doc(_page(LEDES["apposition"], ["About Northwind Robotics", ABOUT, HQ, *FOOT]))
    kept = kept_line_set(doc)
    assert ABOUT not in kept and HQ not in kept and set(BODY) <= kept


def test_a_news_lede_keeps_the_closing_description() -> None:
    """"Northwind Robotics announced on Tuesday ..." (no apposition, no "today", no ticker) is a reporter's lede; a
    story may close on what the company is."""
    lede = ("Northwind Robotics announced on Tuesday that it would cut a fifth of its staff after a year of falling "
            "sales to grocery chains, the latest robot maker to retrench.")
    kept = kept_line_set(boilerplate_doc(_page(lede, [ABOUT, *FOOT])))
    assert ABOUT in kept


def test_a_story_that_goes_on_under_the_description_keeps_it() -> None:
    more = ("Analysts said the price could still be too high for many independent shops, which often run on margins "
            "of less than three per cent and lease most of their equipment.")
    kept = kept_line_set(boilerplate_doc(_page(LEDES["apposition"], [ABOUT, more, *FOOT])))
    assert ABOUT in kept and more in kept


def test_a_description_right_under_the_lede_is_the_story() -> None:
    """Under the lede, "Northwind Robotics is a ..." is the story telling who the company is (the body must come
    first)."""
    page = [*HEAD, LEDES["apposition"], ABOUT, *BODY, *FOOT]
    assert ABOUT in kept_line_set(boilerplate_doc(page))


def test_another_company_s_description_is_kept() -> None:
    other = ("Harbor Logistics is a regional freight company that operates eleven warehouses in the Pacific "
             "Northwest and will test the arm first.")
    kept = kept_line_set(boilerplate_doc(_page(LEDES["apposition"], [other, *FOOT])))
    assert other in kept


def test_a_past_tense_sentence_about_the_company_is_kept() -> None:
    last = ("Northwind Robotics was the first of the city's start-ups to sell to grocery chains, and it plans to "
            "double its sales team by the end of the year.")
    kept = kept_line_set(boilerplate_doc(_page(LEDES["apposition"], [last, *FOOT])))
    assert last in kept
