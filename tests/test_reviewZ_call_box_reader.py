"""An article's last section over a "Read more" link is not a call-to-action box (boilerplate.trim_call_box).

A real box calls the reader ("Check your tickets" / "Enter the number on your ticket ..." / "Check now"); a closing
section "Read the fine print" + one sentence, with the page's "Read more" link under it, addresses nobody and stays."""

from __future__ import annotations

import pytest

from cleaners import clean_text

STORY = (
    "The city council approved a package of rules on Tuesday that changes how landlords may raise rents and how "
    "long notice periods must be for tenants in older buildings.\n"
    "Under the new rules, rents in buildings older than thirty years may rise by no more than three percent a year, "
    "and any increase must be announced four months in advance.\n"
    "Landlords who break the rules face fines of up to ten thousand euros, the council said, and tenants may ask a "
    "new city office to check their contracts free of charge.\n"
    "Opposition members said the rules would discourage owners from renovating old buildings, while tenant groups "
    "called the package overdue but welcome.\n"
)


@pytest.mark.parametrize(
    ("heading", "sentence", "button"),
    [
        ("Read the fine print", "The full text of the regulation runs to forty pages and includes several exceptions "
         "for social housing and student dormitories.", "Read more"),
        ("Find the exceptions", "Student dormitories and social housing are exempt from the cap until the end of "
         "the decade.", "Find out more"),
    ],
)
def test_closing_section_kept(heading: str, sentence: str, button: str) -> None:
    text = "New rules for tenants take effect in May\nMarch 3, 2025\n" + STORY + f"{heading}\n{sentence}\n{button}\n"
    out = clean_text(text).text
    assert heading in out
    assert sentence in out


def test_reader_box_still_removed() -> None:
    box = ("Check your tickets\nEnter the number on your ticket below to see whether you have won one of the prizes "
           "in the raffle, which closes at the end of the month.\nCheck now\n")
    text = "New rules for tenants take effect in May\nMarch 3, 2025\n" + STORY + box + "Privacy\nTerms\n"
    out = clean_text(text).text
    assert "Check your tickets" not in out
    assert "Enter the number on your ticket" not in out
