"""A blog series' box under the post's byline: "Part 1: <title>" ... "Part 5: <title>", one a line and counting up
from one, are links to the series' posts (mark_series_links); an article's own parts, headings over prose, stay."""

from __future__ import annotations

import pytest
from stages import boilerplate_kept as _kept

PARAS = [
    "Between the old mill and the harbour the coast path climbs over three headlands, and each of them has a "
    "lookout hut that the coastguard used until the nineteen sixties, when radar made them unnecessary.",
    "The first hut is the best kept. A volunteer opens it on summer weekends, and inside there is a logbook from "
    "1931 with the names of every ship that passed in a single winter, written in a careful hand.",
    "The other two are ruins now, but the walls still stand, and from the last one you can see the whole bay on "
    "a clear day, from the lighthouse in the south to the cliffs in the north.",
]
HEADER = ["Coast Walks", "Home", "Walks", "About", "The Coast Path, Part 3: The Lookout Huts",
          "Posted on 3 December 2025 by Mair", "This post is part 3 of 4 in the series The Coast Path"]
SERIES = ["Part 1: From the Mill to the Quay", "Part 2: The Smugglers' Caves", "Part 3: The Lookout Huts",
          "Part 4: Down to the Harbour"]


@pytest.mark.parametrize("series", [SERIES, [s.replace("Part", "Teil") for s in SERIES]])
def test_the_series_box_goes_and_the_post_stays(series: list[str]) -> None:
    kept = _kept([*HEADER, *series, *PARAS, "Share this:", "Facebook"])
    assert set(PARAS) <= set(kept)
    assert not set(series) & set(kept)


def test_parts_of_the_article_over_prose_stay() -> None:
    page = [*HEADER[:5], SERIES[0], PARAS[0], SERIES[1], PARAS[1], SERIES[2], PARAS[2], "Share this:"]
    kept = _kept(page)
    assert set(SERIES[:3]) <= set(kept)


def test_parts_that_do_not_count_from_one_stay() -> None:
    """"Part 2", "Part 5", "Part 7" in a row count nothing up: no series box (a list of the article's)."""
    items = ["Part 2: The Smugglers' Caves", "Part 5: The Lookout Huts", "Part 7: Down to the Harbour"]
    page = [*HEADER[:5], PARAS[0], *items, PARAS[1], PARAS[2]]
    assert set(items) <= set(_kept(page))
