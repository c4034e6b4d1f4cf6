"""A list heading that counts its items ("3 related articles") heads that many: when the box sits right over the
article, the headline-like lines under its last item (the page's own headline, its dek, the byline) are none of its
list, whatever their shape.

From the dev set: rdb-engadget ("3 related articles" over three headlines, then the review's own headline).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, line_rules

from cleaners.boilerplate import _counted_items

HEADLINES = [
    "City to close two libraries as budget cuts bite",
    "Harbour ferry fares rise for the third time this year",
    "New cycle bridge opens after two years of delays",
]
OWN = ["Storm damage closes coastal road for a week", "Engineers say the sea wall needs urgent repairs"]
BODY = [
    "The coastal road between Northport and Elmstead will stay closed for at least a week after Saturday's storm "
    "washed away part of the sea wall, the county council said.",
    "Engineers inspecting the damage on Sunday found that a 40-metre section of the wall had collapsed, leaving the "
    "road above it unsafe for traffic.",
    "Buses are being diverted through Marsh Lane, adding about twenty minutes to journeys, and residents have been "
    "asked to avoid the area while repairs begin.",
    "The council said it would apply for emergency government funding to rebuild the wall before the winter storms "
    "that usually arrive in November.",
]


@pytest.mark.parametrize(
    ("text", "count"),
    [("3 related articles", 3), ("5 Related Stories", 5), ("2 件の関連記事", 2), ("相关文章 3 篇", 3),
     ("Related articles", 0), ("Top 10 stories", 0), ("More from 2024", 0), ("1. Related", 0)],
)
def test_the_count_a_heading_says(text: str, count: int) -> None:
    assert _counted_items(text) == count


def test_the_list_holds_as_many_items_as_its_heading_counts() -> None:
    rules = line_rules(boilerplate_doc(["Home", "News", "3 related articles", *HEADLINES, *OWN, *BODY]))
    assert all(rules[h] == "boilerplate:list" for h in HEADLINES)
    assert rules[OWN[0]] != "boilerplate:list" and rules[OWN[1]] != "boilerplate:list"


def test_buttons_among_the_items_are_not_counted() -> None:
    """"Buy Now" and "Login" (lines a rule took) between the heading and its headlines: three headlines still go."""
    rules = line_rules(boilerplate_doc(["Home", "News", "3 related articles", "Buy Now", "Login", *HEADLINES, *OWN, *BODY]))
    assert all(rules[h] == "boilerplate:list" for h in HEADLINES)
    assert rules[OWN[0]] != "boilerplate:list"


def test_the_page_s_own_headline_is_its_title() -> None:
    record = clean_lines(["Home", "News", "3 related articles", *HEADLINES, *OWN, *BODY])
    assert record["title"] == OWN[0]


def test_an_uncounted_heading_takes_its_whole_list() -> None:
    """Without a count the list runs on as before: five headlines under "Related articles" all go."""
    rules = line_rules(boilerplate_doc(["Home", "Related articles", *HEADLINES, *OWN, *BODY]))
    assert all(rules[h] == "boilerplate:list" for h in HEADLINES)
