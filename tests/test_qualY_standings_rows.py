"""A standings widget under a match report is no list of the article's (boilerplate._numbered_rows_end).

"League table" over "1. Rovers 10 22", "2. Athletic 10 21", ...: numbered rows like a setlist's, but each closes
with columns of figures (played, points) after a name: the site's table, cut with the links under it. A setlist
or a recipe's numbered rows under the last paragraph are still kept."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set

STORY = [
    "Harbour Town needed a stoppage-time winner to beat Millbrook on Saturday, after an hour in which the visitors "
    "had the better of almost every duel in midfield.",
    "The hosts came alive after the changes: substitute Leo Marsh hit the post in the 78th minute and then set up "
    "the equaliser with a low cross that Tom Reyes turned in.",
    "Goals: Reyes 81, Quinn 90+2 – Abbott 30.",
]
FOOT = ["Full table", "Read also", "Millbrook coach blames the referee", "Privacy policy", "© 2026 County Sport"]


def _kept(block: list[str]) -> set[str]:
    return kept_line_set(boilerplate_doc(["Home", "Football", "Harbour Town snatch late win", *STORY, *block, *FOOT]))


def test_standings_rows_cut() -> None:
    rows = ["1. Harbour Town 10 22", "2. Millbrook 10 21", "3. Eastfield Rovers 10 19"]
    kept = _kept(["League table", *rows])
    assert set(STORY) <= kept
    assert not set(rows) & kept


@pytest.mark.parametrize(
    "rows",
    [
        ["1. Low Lights", "2. Paper Boats", "3. Salt Road", "4. Tin Roof"],
        ["1. Flour 500 g", "2. Eggs 3", "3. Butter 250 g"],  # figures that are no columns
    ],
)
def test_other_numbered_rows_kept(rows: list[str]) -> None:
    kept = _kept(["Setlist", *rows])
    assert set(rows) <= kept
