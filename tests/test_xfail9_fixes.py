"""Shortfalls fixed in the xfail9 session (strict XFAILs of tests/test_pages.py and smaller findings of the probe
pages), on pages of other sites, languages and layouts than the probe pages that showed them."""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts

from cleaners.metadata import parse_byline

LEDGER_MENU = ["The Daily Ledger", "Home", "Tech", "Business", "Opinion"]
LEDGER_BODY = [
    "Editors at three regional papers now run every wire story through a chatbot before it goes to the copy desk, "
    "and they say the tool catches more dropped words than their interns ever did.",
    "The software suggests headlines, flags names that are spelled two ways in one story and drafts the short "
    "summaries that run on the papers' home pages.",
    "None of the editors lets the tool publish anything on its own, and each story still passes a human editor who "
    "signs it off before it runs.",
]
LEDGER_FOOTER = ["Related", "Five tools for small newsrooms", "Why local papers are merging"]


@pytest.mark.parametrize(
    "headline",
    ["Edited By AI: How Newsrooms Use Chatbots", "By Design: How Cities Plan Their Parks",
     "Von Hand: Warum Bäcker wieder selbst kneten", "Por Amor: Historias De Parejas Que Cruzaron El Mar"],
)
def test_a_title_case_headline_opening_with_a_byline_word_and_a_colon_is_no_byline(headline: str) -> None:
    assert parse_byline(headline) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("By: Jane Doe", "Jane Doe"), ("Edited by Marta Kowalski", "Marta Kowalski"), ("By Jane Doe, Reuters", "Jane Doe"),
     ("By JANE DOE JAN. 13, 2017 12:30 PM", "JANE DOE")],
)
def test_bylines_with_a_colon_before_the_name_or_in_a_time_stay_bylines(line: str, name: str) -> None:
    assert parse_byline(line) == name


def test_a_headline_opening_with_edited_by_and_a_colon_is_the_title() -> None:
    record = clean_lines([*LEDGER_MENU, "Edited By AI: How Newsrooms Use Chatbots", "By Jane Doe", "March 3, 2025",
                          *LEDGER_BODY, *LEDGER_FOOTER])
    assert record["title"] == "Edited By AI: How Newsrooms Use Chatbots"
    assert kept_texts(record) == LEDGER_BODY

