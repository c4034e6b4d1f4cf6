"""Faults found by the probe14 pages (languages other than English, new page kinds)."""

from __future__ import annotations

import pytest

from cleaners import boilerplate
from cleaners.metadata import parse_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diterbitkan: Disember 4, 2025 @ 6:45pm", "2025-12-04"),  # Malay: Disember, Ogos, Mac
        ("17 Ogos 2024", "2024-08-17"),
        ("Mac 3, 2023", "2023-03-03"),
    ],
)
def test_malay_month_names(text: str, expected: str) -> None:
    assert parse_published(text) == expected


def test_a_malay_sentence_without_a_date_has_none() -> None:
    assert parse_published("Hujan lebat pada bulan Disember menyebabkan banjir di tiga daerah.") is None


@pytest.mark.parametrize("text", ["רכיבים", "רכיבים:", "מצרכים"])
def test_hebrew_ingredients_labels(text: str) -> None:
    """"רכיבים" heads a Hebrew recipe's ingredients as often as "מצרכים"; without it the list cut the lead off."""
    assert boilerplate._recipe_label(text)
