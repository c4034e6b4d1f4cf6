"""The date-line readers' first test before the caches (metadata.parse_date_line, _date_line_any_order,
_read_date_line, _matching_order): a line _parse_date_line turns away at once (empty, longer than MAX_DATE_LINE, no
digit runs a date can be made of: _may_hold_date) is turned away without the lru caches' calls. The gated readers
answer as their ungated forms over every line of the probe pages and the dev dumps, and the premise holds on each."""

from __future__ import annotations

import pytest
from pagetexts import PAGES, dev_dumps, nonblank_lines

from cleaners import metadata
from cleaners.document import Document
from cleaners.metadata import (
    MAX_DATE_LINE,
    _ambiguous_readings,
    _date_line_any_order,
    _may_hold_date,
    _parse_date_line,
    _read_date_line,
    parse_date_line,
)

PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
ALL_LINES = list(dict.fromkeys(PROBE_LINES + DEV_LINES))
# Lines with digits that no date can be made of, a long line with a date, and date lines either way round.
SAMPLES = [
    "", "Full Moons 2019", "Page 2 of 14", "Chapter 12: 2049", "x" * (MAX_DATE_LINE + 1) + " 3 March 2025",
    "March 3, 2025", "Mis à jour le 05/11/2025", "Posted 03/12/2025 at 10:15", "发布时间：2022-02-13 04:22:18",
]
TEXTS = SAMPLES + ALL_LINES


def _any_order_ungated(text: str) -> object:
    """_date_line_any_order as it was written before the gate."""
    parsed = _parse_date_line(text, None)
    if parsed is None and len(text) <= MAX_DATE_LINE and _may_hold_date(text) and _ambiguous_readings(text):
        parsed = _parse_date_line(text, None, "dmy")
    return parsed


def _turned_away(text: str) -> bool:
    return len(text) > MAX_DATE_LINE or not _may_hold_date(text)


def test_premise_a_turned_away_line_is_no_date_line_in_any_order_nor_zone() -> None:
    for text in TEXTS:
        if _turned_away(text):
            for zone in (None, "UTC"):
                assert _parse_date_line(text, zone) is None, text
                assert _parse_date_line(text, zone, "dmy") is None, text
                assert _parse_date_line(text, zone, "mdy") is None, text


def test_premise_no_digit_runs_no_reading_either_way() -> None:
    for text in TEXTS:
        if not _may_hold_date(text):
            assert _ambiguous_readings(text) == (), text


def test_gated_readers_answer_as_ungated_on_real_lines() -> None:
    for text in TEXTS:
        assert parse_date_line(text) == _parse_date_line(text, None), text
        assert parse_date_line(text, "UTC") == _parse_date_line(text, "UTC"), text
        assert _date_line_any_order(text) == _any_order_ungated(text), text


def test_read_date_line_gated_as_ungated_on_real_lines() -> None:
    doc = Document(source="t")
    for text in TEXTS:
        if not _may_hold_date(text):
            assert _read_date_line(doc, text, None, {}) is None, text


@pytest.mark.parametrize("text", ["", "Full Moons 2019", "Page 2 of 14", "x" * (MAX_DATE_LINE + 1) + " 3 March 2025"])
def test_turned_away_lines_do_not_reach_the_caches(text: str) -> None:
    """Fails without the gates: each reader called the cached parser (a miss: a key made and stored) first."""
    metadata._parse_date_line.cache_clear()
    metadata._ambiguous_readings.cache_clear()
    assert parse_date_line(text) is None
    assert parse_date_line(text, "UTC") is None
    assert _date_line_any_order(text) is None
    if not _may_hold_date(text):
        assert _read_date_line(Document(source="t"), text, None, {}) is None
    info = metadata._parse_date_line.cache_info()
    assert info.hits == 0 and info.misses == 0 and info.currsize == 0
    assert metadata._ambiguous_readings.cache_info().misses == 0


def test_a_date_line_still_reaches_the_parser() -> None:
    metadata._parse_date_line.cache_clear()
    found = parse_date_line("March 3, 2025")
    assert found is not None and found.iso == "2025-03-03"
    assert metadata._parse_date_line.cache_info().misses == 1
    assert _date_line_any_order("Mis à jour le 05/11/2025") is not None
