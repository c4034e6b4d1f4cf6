"""A numbered list of other articles under a list heading ("Most read" over "1. St. Paul ...").

_list_after_heading ends the list at a line with two sentence ends; the full stop of an item's number
("1. ") is none. Counted, a headline with one abbreviation in it ("St.", "Dr.", "M.") made two, the
list was found empty, and near the top of the page the heading was let go with its items kept.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set

from cleaners.boilerplate import _item_has_sentences, line_features

TOP = ["Home", "News", "Local", "Bridge closed to lorries until the autumn", "By Jane Roe", "12 February 2025"]
BODY = [
    "The old river bridge at the edge of town has been closed to vehicles over 3.5 tonnes since Monday, after an "
    "inspection found corrosion on several of the cables that carry its deck.",
    "Lorries must now take the diversion through the industrial estate, which adds about ten kilometres to their "
    "journey. Local hauliers say the detour will cost them thousands of pounds a month.",
    "Repairs are due to start in April and to last at least five months, the council said on Tuesday evening.",
]
MOST_READ = [
    "Most read",
    "1. St. Paul's school wins national chess title",
    "2. Dr. Patel to retire after 30 years at the surgery",
    "3. Carnival: the full programme for the weekend",
    "4. Frost expected until Thursday",
]


def _kept(lines: list[str]) -> set[str]:
    return kept_line_set(boilerplate_doc(lines, "en"))


def test_a_numbered_most_read_list_over_the_article_is_removed() -> None:
    kept = _kept([*TOP, *MOST_READ, *BODY, "Share", "Related", "Bypass plans back on the table"])
    assert set(BODY) <= kept
    assert not set(MOST_READ) & kept


@pytest.mark.parametrize(("text", "two"), [
    ("1. St. Paul's school wins national chess title", False),
    ("12. M. Durand quitte la présidence du club", False),
    ("3. Frost expected until Thursday", False),
    ("5. Taxes are on the rise. These maps show where.", True),  # two sentences after the number
    ("The U.S. team lost. The coach resigned.", True),  # no number: counted as before
    ("St. Paul's school wins. Dr. Patel retires", True),
])
def test_the_number_of_an_item_is_no_sentence_end(text: str, two: bool) -> None:
    assert _item_has_sentences(line_features(text, "en"), 2) is two


def test_a_numbered_listicle_under_a_popular_heading_stays() -> None:
    """Items that are paragraphs (full sentences) still end the list: a listicle's section is the article."""
    items = [
        "1. Lisbon. The city's old trams climb hills that few buses could manage, and a day ticket covers them all.",
        "2. Porto. Cross the iron bridge at dusk, when the wine lodges on the far bank light up one by one.",
        "3. Coimbra. The university library is one of the most beautiful in Europe, and it is still in use.",
    ]
    kept = _kept(["Home", "Travel", "Where to go in Portugal this spring", *BODY[:1], "The most popular cities",
                  *items, *BODY[1:]])
    assert set(items) <= kept


RANKING = [
    "Most read",
    "1. Council votes to close the old library on the market square Readers have until June to return their books, "
    "and the building will be sold to pay for the new media centre.",
    "2. Frost expected until Thursday across the region The cold snap will end at the weekend, forecasters say, "
    "but gardeners should keep young plants covered until then.",
    "3. Bus fares to rise in March for the first time in five years Single tickets will cost 20p more, while the "
    "price of a day pass stays the same for now.",
    "4. Carnival: the full programme for the weekend The parade starts at noon on Saturday and the fireworks over "
    "the harbour close the festival on Sunday night.",
]


@pytest.mark.parametrize("where", ["after", "before"])
def test_a_ranking_of_headlines_with_summaries_under_a_bare_heading_is_a_list(where: str) -> None:
    """Each item runs a headline into its summary (two sentences, a full stop): no list item by the usual test,
    but numbered 1, 2, 3, ... in a row right under "Most read", they are the ranking of other stories."""
    lines = [*TOP, *BODY, *RANKING, "Comments"] if where == "after" else [*TOP, *RANKING, *BODY, "Comments"]
    kept = _kept(lines)
    assert set(BODY) <= kept
    assert not set(RANKING) & kept


def test_numbered_paragraphs_under_a_longer_heading_holding_the_phrase_stay() -> None:
    """"Most read books of the year" heads a section of the article: its numbered paragraphs are text."""
    items = [line.replace("Most read", "x") for line in RANKING[1:]]
    kept = _kept([*TOP, *BODY[:2], "Most read books of the year", *items, BODY[2]])
    assert set(items) <= kept


def test_numbers_out_of_sequence_are_no_ranking() -> None:
    items = [RANKING[1], RANKING[3], RANKING[2]]  # 1, 3, 2
    kept = _kept([*TOP, *BODY[:2], "Most read", *items, BODY[2]])
    assert set(items[1:]) <= kept  # no ranking: the usual list test ends at the first item, a sentence
