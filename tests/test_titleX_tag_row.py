"""A row of a post's tags or categories under its byline and date is no title (cleaners.metadata.
_tag_row_under_meta): headline, byline and date, tags ("Health Clinics Vaccines Winter"), then the body; the row
sits right over the first paragraph and shares its nouns, so it outscored the headline. Negatives: a headline in
title case under its date, with no headline over that date, stays the title; a headline over its byline is no row."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.metadata import _tag_row_under_meta, metadata_stage

BODY_EN = [
    "Flu vaccination rates among adults over 65 fell for the third winter in a row, according to figures the health "
    "agency published on Monday, and clinics in rural districts reported the steepest drop.",
    "Doctors said many older patients had struggled to book appointments after several clinics cut their opening "
    "hours, and the agency plans to send mobile vaccination teams to villages from next month.",
    "The figures show that just over half of eligible adults had received a flu vaccine by the end of January, "
    "compared with nearly two thirds three years ago.",
]
PAGE_EN = ["Menu", "Health", "Opinion", "Flu vaccination among older adults falls for a third winter",
           "By Priya Obuya On 1/13/25 at 4:00 PM EST", "Share", "Health Vaccines Clinics Winter", *BODY_EN, "About"]
# A headline that names a credit card (no photo credit) over a longer row of tags.
PAGE_EN_LONG = ["Latest", "Login", "Free flu jabs - the credit card sized vaccine pass that costs only $5 - rural "
                "clinics join in", "Priya Obuya Monday, January 13, 2025 @ 11:10 PM UTC",
                "Health Policy Vaccines Clinics Flu Winter Rural Health Agency", *BODY_EN, "About"]
BODY_DE = [
    "Die Impfquote gegen die Grippe ist bei Menschen über 65 Jahren den dritten Winter in Folge gesunken, wie die "
    "Gesundheitsbehörde am Montag mitteilte; am stärksten war der Rückgang in ländlichen Kreisen.",
    "Ärztinnen und Ärzte berichten, dass viele ältere Patienten keinen Termin bekommen hätten, nachdem mehrere "
    "Praxen ihre Öffnungszeiten gekürzt hatten. Ab dem nächsten Monat sollen mobile Impfteams in die Dörfer fahren.",
    "Bis Ende Januar hatte nur gut die Hälfte der Berechtigten eine Grippeimpfung erhalten, vor drei Jahren waren "
    "es noch fast zwei Drittel.",
]
PAGE_DE = ["Menü", "Gesundheit", "Grippeimpfung bei Älteren sinkt den dritten Winter in Folge",
           "Von Priya Obuya am 13.01.25 um 16:00 Uhr", "Teilen", "Gesundheit Impfung Praxen Winter", *BODY_DE, "Impressum"]


@pytest.mark.parametrize(("page", "language", "title"), [
    (PAGE_EN, "en", PAGE_EN[3]),
    (PAGE_EN_LONG, "en", PAGE_EN_LONG[2]),
    (PAGE_DE, "de", PAGE_DE[2]),
])
def test_a_tag_row_under_the_byline_is_not_the_title(page: list[str], language: str, title: str) -> None:
    doc = metadata_stage(boilerplate_doc(page, language), Config())
    assert doc.title == title


# The headline in title case under its date: no headline over the date, so no tag row.
PAGE_DATED_HEADLINE = ["Menu", "Health", "January 13, 2025", "Flu Vaccination Falls Again Among Older Adults",
                       *BODY_EN, "About"]


def test_a_title_case_headline_under_its_date_stays_the_title() -> None:
    doc = boilerplate_doc(PAGE_DATED_HEADLINE, "en")
    assert not _tag_row_under_meta(doc.lines, 3)
    assert metadata_stage(doc, Config()).title == PAGE_DATED_HEADLINE[3]


@pytest.mark.parametrize(("page", "i", "expected"), [
    (PAGE_EN, 6, True),
    (PAGE_DE, 5, True),
    (PAGE_EN, 3, False),  # the headline: a phrase, and no byline over it
    # a row of tags under a byline under a row of tags: no phrase heads the byline
    (["Health Vaccines Clinics", "By Priya Obuya", "Health Vaccines Winter", *BODY_EN], 2, False),
])
def test_tag_row_under_meta(page: list[str], i: int, expected: bool) -> None:
    doc = boilerplate_doc(page, "de" if page is PAGE_DE else "en")
    assert doc.lines[i].text == page[i]
    assert _tag_row_under_meta(doc.lines, i) is expected
