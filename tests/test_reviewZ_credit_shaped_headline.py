"""A headline shaped like a labelled credit row is the title when no headline is over it
(metadata._credit_under_headline).

"Essay by Jonah Whitfield" under "The unfinished sentence ..." is a credit; "Inspired by Greta Lindqvist" under a
section name ("Exhibitions") is the page's headline, which 55f685f's rule dropped (no title, the line removed)."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from test_titleX_header_rows import PAGE_ESSAY

from cleaners import clean_text
from cleaners.config import Config
from cleaners.metadata import metadata_stage

BODY = (
    "March 3, 2025\n"
    "A new exhibition at the harbour gallery brings together forty works by young painters who say the late artist "
    "changed the way they look at colour and light.\n"
    "The curators spent two years visiting studios across the region, choosing paintings, prints and two large "
    "tapestries that had never been shown in public before.\n"
    "Several of the artists will give short talks in the gallery on Saturday afternoons, and a catalogue with essays "
    "by three critics is on sale at the entrance.\n"
    "The exhibition runs until the end of June and admission is free for students and anyone under eighteen.\n"
)


@pytest.mark.parametrize("headline", ["Inspired by Greta Lindqvist", "Rescued by Coast Guard"])
def test_credit_shaped_headline_is_title(headline: str) -> None:
    r = clean_text(f"City Arts Review\nExhibitions\n{headline}\n" + BODY)
    assert r.data.get("title") == headline


def test_credit_under_headline_still_skipped() -> None:
    doc = metadata_stage(boilerplate_doc(PAGE_ESSAY, "en"), Config())
    assert doc.title == "The wall the village keeps not building"
