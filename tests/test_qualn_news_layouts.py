"""qualN: English news layouts the probe pages lacked (a data story's charts, an events listing, a local reporter's tagline).

- A chart's credit row ("Chart: Name • Source: ... • Get the data • Embed") is removed as an image credit; a caption
  behind a chart label, or a row of parts without a source or a chart control, stays.
- The last item of a listing ("When: ...", "Where: ...", "Cost: ...") under the run's last paragraph goes with the
  article when the run's own items use the same labels; rows with labels the run never used stay outside.
- The reporter's tagline with a pronoun contact ("Jane Roe covers health. Reach her at jroe@paper.example.") is the
  author-contact line; a sentence naming someone to contact for a purpose stays.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_texts, line_rule


@pytest.mark.parametrize(
    "text",
    [
        "Chart: Nadia Ferrante • Source: Listing data from rental platforms, analysis by The Ledger • Get the data • "
        "Embed • Created with Datawrapper",
        "Chart: Owen Pike • Source: Regional planning statistics • Get the data • Download image",
        "Graphic by Lena Ortiz | Source: State health department | Download data",
        "Map: Sam Whitfield · Sources: County assessor, census estimates",
        "Grafik: Max Muster • Quelle: Statistisches Landesamt • Daten herunterladen",
    ],
)
def test_chart_credit_row_is_an_image_credit(text: str) -> None:
    assert line_rule(text) == "image-credit"


@pytest.mark.parametrize(
    "text",
    [
        "Map: Flow of foreign fighters to Syria",
        "Chart: Where rents rose fastest in the last year",
        "Table: Results by county • Turnout rose in every district that had a contested race this spring",
        "Map: The flood zone • What it means for homeowners",
    ],
)
def test_chart_captions_are_no_credit(text: str) -> None:
    assert line_rule(text) != "image-credit"


MENU = ["Home", "News", "Things to Do", "Food", "Arts", "Subscribe"]
INTRO = (
    "The nights are drawing in, but the city's calendar is fuller than ever. Here are our picks for the first "
    "weekend of December, with something for families, music lovers and anyone who wants to get outside."
)
ITEMS = [
    "Lantern parade on the canal",
    "More than 400 handmade lanterns will be carried along the towpath from the old mill to the harbour, "
    "accompanied by a brass band and a drumming group from the community school.",
    "When: 5:30 p.m. Friday",
    "Where: Old Mill Yard, start of the canal towpath",
    "Cost: Free",
    "Vinyl and record fair",
    "Forty dealers bring crates of records, from jazz and soul to local punk, to the exhibition hall. Early entry "
    "from 9 a.m. costs extra, and the cafe stays open all day.",
    "When: 10 a.m. to 4 p.m. Saturday",
    "Where: Riverside Exhibition Hall",
    "Cost: $4; early entry $10",
    "Guided bird walk at the reservoir",
    "A volunteer from the naturalist society leads a two-hour walk looking for the ducks and grebes that winter on "
    "the reservoir. Binoculars are available to borrow.",
]
LAST_ROWS = ["When: 9 a.m. Sunday", "Where: Reservoir car park, north entrance", "Cost: Free; booking required"]
FOOTER = ["Advertisement", "More things to do", "Where to see the best holiday lights in the region",
          "Free museum days in December", "About Us", "Privacy Policy", "Copyright © 2025 The Metro Gazette"]


def test_last_listing_item_rows_go_with_the_article() -> None:
    doc = boilerplate_doc([*MENU, INTRO, *ITEMS, *LAST_ROWS, *FOOTER])
    kept = kept_line_texts(doc)
    assert kept[-3:] == LAST_ROWS


def test_rows_with_labels_the_run_never_used_stay_outside() -> None:
    rows = ["Tags: events, weekend", "Filed under: Things to Do", "Section: Arts"]
    doc = boilerplate_doc([*MENU, INTRO, *ITEMS, *rows, *FOOTER])
    assert not set(rows) & set(kept_line_texts(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Tessa Oyelaran covers health and food safety. Reach her at toyelaran@news.example.",
        "Jane Roe is a staff reporter for the Courier. Contact her at jroe@courier.example or 555-0142.",
        "Reach him at mdiaz@paper.example.",
    ],
)
def test_reporter_tagline_with_contact_is_author_contact(text: str) -> None:
    assert line_rule(text) == "author-contact"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez covers the cost of the trips herself. Contact her at mlopez@club.example to book a place.",
        "Volunteers are still needed for the count. Contact them at birds@society.example to sign up.",
        "Jane Roe is a reporter who covers health. Follow her on X @janeroe.",
    ],
)
def test_contact_for_a_purpose_is_no_author_contact(text: str) -> None:
    assert line_rule(text) != "author-contact"


TV_MENU = ["TV & Radio", "Home", "TV guide", "Streaming", "Reviews"]
TV_HEAD = ["TV tonight: a gripping finale for the lighthouse drama", "By Mira Solberg", "Sat 6 Dec 2025 06.15 GMT",
           "Share"]
PICKS = [
    "The Keeper's Log",
    "8pm, Channel One",
    "The last episode of the best drama of the autumn does not disappoint. With the storm closing in, Agnes finally "
    "confronts the inspector about the missing logbook, and the truth about her brother's death comes out.",
    "The Great Coastal Bake",
    "8.30pm, Channel Four",
    "The bakers move to a pier for a week of seaside classics, and the wind plays havoc with the meringues in the "
    "showstopper round. Expect tears over a collapsing sandcastle cake.",
    "Wild Rivers",
    "9pm, Channel Two",
    "The nature series reaches the northern highlands, following otters through a year on a single stretch of "
    "river. The footage of a mother teaching her cubs to fish under the ice is extraordinary.",
]
TV_FOOTER = ["Most viewed", "The best TV of 2025 so far", "Ten new shows to stream this month", "About us",
             "Privacy policy"]


def test_first_listing_item_head_goes_with_the_article() -> None:
    doc = boilerplate_doc([*TV_MENU, *TV_HEAD, *PICKS, *TV_FOOTER])
    kept = kept_line_texts(doc)
    assert kept[:2] == ["The Keeper's Log", "8pm, Channel One"]


def test_a_row_of_another_shape_over_the_first_paragraph_stays_outside() -> None:
    """A menu's row with a number ("Top 10, Reviews") over the first item's paragraph has no sequel in the run."""
    picks = ["Top 10, Reviews", *PICKS[2:]]
    doc = boilerplate_doc([*TV_MENU, *TV_HEAD, *picks, *TV_FOOTER])
    assert "Top 10, Reviews" not in kept_line_texts(doc)


def test_a_date_row_over_each_story_of_an_edition_is_no_item_head() -> None:
    """A weekly edition's stories each have a byline and a date row over their lead: the header's stay outside."""
    stories = []
    for title, lead in [
        ("A trademark battle in the hardware community", "The board has been one of the biggest success stories of "
         "the open-hardware movement, but that success does not protect it from internal conflict between founders."),
        ("Mapping and data mining with a new release", "The tool provides a unified interface in which users can "
         "import, edit and analyze geographic information, and it can produce output as varied as printed maps."),
        ("A new scheduler for the kernel", "Developers have argued for years about how the scheduler should treat "
         "tasks that sleep often, and a new patch set proposes a way out of that long-running debate."),
    ]:
        stories += [title, "By Nathan Hale", "March 25, 2015", lead]
    doc = boilerplate_doc([*TV_MENU, "Weekly Edition for March 26, 2015", *stories, *TV_FOOTER])
    assert kept_line_texts(doc)[0].startswith("The board has been one of the biggest success stories")
