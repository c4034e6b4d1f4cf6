"""A report's statistics table under its last paragraph: rows comparing two sides ("Possession 54% 46%", "Shots on
target 6 3") are table rows with figures, so the line-ups and facts over them (label rows with no figure: "Rovers:
Hart, Cole, ...", "Referee: Paul Tierney") and the stats go with the article as one table. A date, a league table's
row, a ticker's move or a sentence is no comparison row.

From tests/pages: en_match_report_lineups_stats.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set

from cleaners.boilerplate import _comparison_row, classify, line_features
from cleaners.document import Line


def _row(text: str) -> bool:
    f = line_features(text, "en")
    f.cls = classify(f)
    return _comparison_row(Line(text=text, index=0, start=0, end=len(text)), f)


@pytest.mark.parametrize("text", ["Possession 54% 46%", "Shots 14 9", "Shots on target 6 3", "Corners 7 4",
                                  "Votes 12,408 9,877", "Turnout 61.2% 58.9%", "Fouls conceded 11 14"])
def test_rows_comparing_two_sides(text: str) -> None:
    assert _row(text)


@pytest.mark.parametrize("text", ["April 10, 2018", "Nov 27, 2025", "Rovers 16 10 3 3 33", "Dow Jones 34,567 +1.2%",
                                  "FTSE 100 7,512 0.3%", "Attendance: 24,311", "The score was 2 1.",
                                  "Shots 14", "12 photos", "Page 2 of 5"])
def test_look_alikes_are_no_comparison_rows(text: str) -> None:
    assert not _row(text)


STORY = [
    "Danny Morgan's 88th-minute header gave Rovers a dramatic win over Athletic and sent them to the top of the table "
    "for the first time this season.",
    "Athletic had led through a first-half penalty from Luis Ortega, awarded after Sam Price was tripped in the area.",
    "Rovers equalised five minutes after the break when Jamal Reid curled a free kick into the top corner from 25 "
    "yards.",
    "\"It was a proper team performance,\" Rovers manager Tom Harding said. \"We kept going and got our reward.\"",
]
FACTS = ["Line-ups", "Rovers: Hart, Cole, Dawson, Mills, Reid, Price, Carter, Morgan, Lewis, Shaw, Bennett.",
         "Athletic: Novak, Ruiz, Grant, Holt, Ortega, Blake, Ford, Webb, Nash, Quinn, Stone.", "Referee: Paul Tierney",
         "Attendance: 24,311", "Match stats", "Possession 54% 46%", "Shots 14 9", "Shots on target 6 3", "Corners 7 4"]
FOOT = ["Share this article", "More on this story", "Harding hails Morgan after winner",
        "Athletic boss frustrated by late goal", "© 2025 Sports Daily"]


def test_the_line_ups_and_stats_under_a_match_report_are_its_own() -> None:
    kept = kept_line_set(boilerplate_doc(["Football", "Results", *STORY, *FACTS, *FOOT]))
    assert set(STORY) <= kept and set(FACTS[1:]) <= kept
    assert "Harding hails Morgan after winner" not in kept


def test_label_rows_without_figures_alone_are_no_table() -> None:
    """The facts without the stats rows: label rows with one figure in five are a page's facts ("Tags: ..."), not the
    article's table (as before)."""
    kept = kept_line_set(boilerplate_doc(["Football", "Results", *STORY, *FACTS[:5], *FOOT]))
    assert set(STORY) <= kept and FACTS[1] not in kept
