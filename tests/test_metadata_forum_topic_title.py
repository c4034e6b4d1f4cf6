"""A forum topic's title over its category, its tags (one lower-case token to a line) and the poster's name and
yearless date ("Nov 28"): the tags do not part the title from the date row (metadata._meta_adjacency), so the
title gets the bonus of a headline over its date. Words of a script without cases are no tags.

From the probe page en_forum_solved_topic_likes. Synthetic text.
"""

from __future__ import annotations

from stages import clean_lines

from cleaners.document import Line
from cleaners.metadata import _tag_line

TITLE = "Bread stays dense at 240 every time – what am I missing?"
PAGE = [
    "Bread Bakers Forum", "Latest", "Categories", "Top", "Sign Up", "Log In",
    TITLE,
    "Troubleshooting", "sourdough", "starter", "proofing",
    "loafmaker",
    "Dec 2",
    "My sourdough loaves have come out flat all week, and the kitchen is only about 17°C in the mornings. The "
    "starter doubles in six hours when it is warm, but on cold days it barely moves before I shape the dough.",
    "I feed it twice a day with equal weights of flour and water, and I bake at 240°C in a covered pot.",
    "2 Likes",
    "crumbcoach",
    "Dec 2",
    "Try proofing the dough in the oven with only the light on: it keeps it near 26°C, and your starter will "
    "double in about four hours again.",
]


def test_topic_title_over_tags_and_yearless_date_row() -> None:
    assert clean_lines(PAGE)["title"] == TITLE


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]


def test_tag_lines() -> None:
    lines = _lines(["Troubleshooting", "sourdough", "c++", "python-3.x", "Jane Roe", "やさしい", "ことば"])
    assert [_tag_line(lines, k) for k in range(len(lines))] == [False, True, True, True, False, False, False]
    assert not _tag_line(_lines(["Jane Roe", "loafmaker", "Dec 2"]), 1)  # one such line alone: a user's name
