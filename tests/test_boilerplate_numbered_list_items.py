"""A numbered list of other articles under a list heading ("Most read" over "1. St. Paul ...").

_list_after_heading ends the list at a line with two sentence ends; the full stop of an item's number
("1. ") is none. Counted, a headline with one abbreviation in it ("St.", "Dr.", "M.") made two, the
list was found empty, and near the top of the page the heading was let go with its items kept.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

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
    doc = boilerplate_doc(lines, "en")
    return {line.text for line in doc.lines if line.removal is None}


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
