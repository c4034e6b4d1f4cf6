"""Review of titleD's title and date rules (cleaners.metadata): shapes that picked a wrong title or cut a headline.

- a lower-case word before a headline in title case, or before a headline opening with a two-word name, is the
  headline's own (a name or a number written in lower case, a site that writes in lower case), no desk's label
  (_desk_label_split);
- a headline in title case that goes on, all its words capitalised, after the trail's last crumb is the whole
  headline, which the trail shortened, not the crumb with a label glued after it (_repeats_trail_end);
- a chapter's heading among other chapters' headings a few lines away, parted by link rows ("Read now"), is an item
  of a table of contents, not the page's title (_chapter_heading);
- a site whose menu is written in lower case writes its headlines so: no desk label is cut (_writes_lower_case);
- Pagume, the thirteenth Ethiopian month, has a sixth day only in the year before an Ethiopian leap year's end.
"""

from __future__ import annotations

import pytest

from cleaners.document import Line
from cleaners.metadata import (
    _chapter_heading,
    _desk_label_split,
    _repeats_trail_end,
    _title_text,
    _writes_lower_case,
    parse_published,
)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(index=i, text=t, start=0, end=len(t)) for i, t in enumerate(texts)]


# -- a desk's label or the headline's own lower-case opening --------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "lumen vale Returns With a New Album and a Harbour Tour",  # a name in lower case, a title-case headline
        "three Ways the New Bike Rules Change Your Commute",  # a number word
        "mayor Jana Petrov resigns after the bike lane vote",  # a lower-case site: a two-word name follows
        "world Council Approves New Ferry Timetable",  # (a desk before a title-case headline: kept, a small leak)
    ],
)
def test_lower_case_opening_is_kept(text: str) -> None:
    assert _desk_label_split(text) == 0
    assert _title_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("world Council approves late-night ferry service", "Council approves late-night ferry service"),
        ("local news Storm closes the harbour promenade", "Storm closes the harbour promenade"),
    ],
)
def test_desk_label_before_sentence_case_headline_still_cut(text: str, expected: str) -> None:
    assert _title_text(text) == expected


# -- a trail that shortened a title-case headline ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "crumb", "glued"),
    [
        ("City Council Approves Budget After Long Debate", "City Council Approves Budget", False),
        ("Harbour Ferry Fares Rise By 2026", "Harbour Ferry Fares Rise", False),
        ("The Heron Who Waited Too Long Flower of the day", "The Heron Who Waited Too Long", True),  # a label
        ("Council approves ferry budget Most Read", "Council approves ferry budget", True),  # sentence-case crumb
    ],
)
def test_title_case_headline_going_on_is_not_glued(text: str, crumb: str, glued: bool) -> None:
    assert _repeats_trail_end(text, crumb, True) is glued


# -- a table of contents parted by link rows ----------------------------------------------------------------------

def test_contents_with_link_rows_is_no_chapter_heading() -> None:
    lines = _lines([
        "The Salt Road Cartographer", "Chapter 1: The Coast", "Read now", "Chapter 2: The Lamp", "Read now",
        "Chapter 3: The Ledger", "Read now", "Teodor found the ledger where the old woman had said it would be.",
    ])
    assert not any(_chapter_heading(lines, i, 7) for i in (1, 3, 5))


def test_chapter_page_heading_still_found() -> None:
    lines = _lines([
        "The Salt Road Cartographer", "by Mirela Voss", "Chapter 12: The Lantern Keeper", "Previous Chapter",
        "Next Chapter", "Teodor found the ledger where the old woman had said it would be.",
    ])
    assert _chapter_heading(lines, 2, 5)


# -- Pagume's sixth day --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ጳጉሜ 6 ቀን 2015 ዓ.ም.", "2023-09-11"),  # 2015 % 4 == 3: Pagume has six days
        ("ጳጉሜ 5 ቀን 2014 ዓ.ም.", "2022-09-10"),
        ("ጳጉሜ 6 ቀን 2014 ዓ.ም.", None),  # five days only: no such date
        ("ጳጉሜ 6 ቀን 2016 ዓ.ም.", None),
    ],
)
def test_pagume_sixth_day_only_in_leap_year(text: str, expected: str | None) -> None:
    assert parse_published(text) == expected


# -- a site that writes in lower case ------------------------------------------------------------------------------

def test_lower_case_site_keeps_the_headline_opening() -> None:
    lines = _lines(["skip to content", "the weekly ledger", "news", "culture", "opinion",
                    "meet Jana, the rider who maps every pothole in the old town"])
    assert _writes_lower_case(lines, 5)
    assert _title_text(lines[5].text, desk_label=False) == lines[5].text


def test_capitalised_menu_is_no_lower_case_site() -> None:
    lines = _lines(["Skip to main content", "Harbourside Chronicle", "News", "Sport", "opinion",
                    "local news Council approves late-night ferry service"])
    assert not _writes_lower_case(lines, 5)
    assert _title_text(lines[5].text) == "Council approves late-night ferry service"
