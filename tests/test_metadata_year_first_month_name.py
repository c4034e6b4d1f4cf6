"""Dates written year first with a month name, closed by dots, as Hungarian pages write them ("2025. december 2.,
kedd 14:20"): found by the "ymon" date pattern (the European news probes' obituary page had none)."""

from __future__ import annotations

import pytest

from cleaners.metadata import _find_dates, parse_date_line


@pytest.mark.parametrize(("line", "iso"), [
    ("2025. december 2., kedd 14:20", "2025-12-02"),
    ("2024. márc. 5.", "2024-03-05"),
    ("2024. május 21. 09:15", "2024-05-21"),
    ("2023. szeptember 30.", "2023-09-30"),
])
def test_a_year_first_date_line_is_pure(line: str, iso: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.iso == iso and parsed.tier == "pure"


def test_a_year_first_date_inside_a_sentence_is_found_but_no_date_line() -> None:
    text = "A színház 2025. december 2-án nyit újra a felújítás után, közölte az igazgató."
    assert parse_date_line(text) is None
    assert [hit.day.isoformat() for hit in _find_dates(text)] == ["2025-12-02"]


@pytest.mark.parametrize("text", [
    "Budget 2025. May be revised later this year.",  # a year closing a sentence, a capitalized word after it
    "2025. december 45.",  # no such day
])
def test_what_is_no_year_first_date(text: str) -> None:
    assert _find_dates(text) == []
