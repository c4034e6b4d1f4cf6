"""The site's box about itself after a short article ("About the <site name>" over its mission and funding), and
full-sentence teasers under a list heading between that article and the box (mark_site_about, _prose_up_to_end).

The box's prose outscored a two-paragraph brief and won the run; the teasers under "Read next" stayed, since a list
heading over prose closes the article only after three paragraphs. Negatives: an "About <topic>" section heading
of the article (a name the masthead does not give) changes nothing. Every page here is synthetic.
"""

from __future__ import annotations

from stages import boilerplate_doc
from stages import kept_line_texts as _kept

MASTHEAD = ["Valley Courier", "Local news for the upper valley", "News", "Schools", "Business"]
BRIEF = [
    "The county's two ferries will run an hourly timetable from Monday while one of the four boats is in dry dock "
    "for its inspection, the transport office said on Tuesday.",
    "Commuters are asked to allow extra time in the morning, and the last crossing of the evening leaves the "
    "north quay at ten instead of half past eleven until the end of the month.",
]
TEASERS = [
    "Our reporter spent a winter on the night shift of the county hospital. This is what she saw there.",
    "The council wants to close two libraries next year. Readers have questions, and so do we.",
    "A new rule lets nurses move between hospitals without losing their seniority, ending years of disputes.",
]
ABOUT_BOX = [
    "The Valley Courier is an independent, nonprofit newsroom that has covered the towns and people of the upper "
    "valley since 2015. We publish reporting on local government, schools and the economy, free for everyone.",
    "Our work is funded by readers, local foundations and a small number of sponsors, none of whom have any say "
    "over what we cover. A full list of donors who gave more than $500 last year is on our transparency page.",
    "You may republish our articles online or in print under a free licence, as long as you credit the Courier, "
    "keep the byline and do not change the text except to fit your local style.",
]
FOOTER = ["Contact", "Privacy", "Corrections"]


def test_the_sites_about_box_and_the_teasers_above_it_go() -> None:
    doc = boilerplate_doc([*MASTHEAD, "Ferries cut to an hourly timetable", *BRIEF, "Read next", *TEASERS,
                           "About the Valley Courier", *ABOUT_BOX, *FOOTER])
    kept = _kept(doc)
    assert set(BRIEF) <= set(kept)
    assert not (set(TEASERS) | set(ABOUT_BOX) | {"Read next", "About the Valley Courier"}) & set(kept)


def test_an_about_section_of_the_article_is_no_site_box() -> None:
    """"About the ferries" names no site of the masthead: a section of the article, kept with it."""
    section = ABOUT_BOX[0].replace("The Valley Courier is an independent, nonprofit newsroom that has",
                                   "The two ferries were built in 1998 and have")
    doc = boilerplate_doc([*MASTHEAD, "Ferries cut to an hourly timetable", *BRIEF, "About the ferries", section,
                           *FOOTER])
    assert section in _kept(doc) and "About the ferries" in _kept(doc)
