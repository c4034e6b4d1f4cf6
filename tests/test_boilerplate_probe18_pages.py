"""Line rules found by the English probe pages of probe18 (tests/pages): a blog's link to its previous or next
post with that post's title, an image's "Enlarge this image" / "toggle caption" controls, and a live page whose
entries are stamped with their age ("1h ago") instead of a clock time."""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize("text", [
    "← Previous: A cheap UPS for a small NAS",
    "Next: Labels for every cable in the rack →",
    "Previous post: How we moved the office without losing a single cable",
    "Next in the series: Part 4: The Tunnel and the Horse Path",
    "Previous: Field guides FAQ | Next: Spotting scopes FAQ",
    "« Previous: Notes from the winter walking festival",
])
def test_a_link_to_the_previous_or_next_post_is_removed(text: str) -> None:
    assert _line_rule(text) == "post-nav"


@pytest.mark.parametrize("text", [
    "Next: the council votes on the plan in March.",
    "Next: the council votes on the plan in March",  # no arrow, no noun, no second link: it may be a step
    "Previous attempts to fix the bridge failed because the money ran out before the work was finished.",
    "Next year the club will move to a new ground on the edge of town.",
])
def test_a_sentence_opening_with_next_or_previous_is_no_post_link(text: str) -> None:
    assert _line_rule(text) != "post-nav"


@pytest.mark.parametrize("text", ["Enlarge this image", "hide caption", "toggle caption"])
def test_an_image_control_is_furniture(text: str) -> None:
    assert _line_rule(text) == "image-control"


NAV = ["Live", "World", "Business", "Sign in", "Winter storm live updates: power cuts and road closures"]
ENTRIES = [
    ("1h ago", "Utility says power will be back by Saturday",
     "Crews from six neighboring states are helping restore power, a spokesperson for the largest utility in the "
     "region said, and most customers should be reconnected by Saturday evening."),
    ("2h ago", "Governor declares state of emergency",
     "The governor has declared a state of emergency, which allows the state to deploy the National Guard to "
     "clear roads and check on elderly residents who live alone."),
    ("3h ago", "Warming centers open in 22 towns",
     "County officials have opened warming centers in libraries, churches and high school gyms, and most of "
     "them will stay open overnight and allow pets on a leash."),
]
LEAD = ("More than 180,000 homes and businesses are without power across three states after freezing rain "
        "brought down lines overnight, and most school districts have announced closures.")
FOOTER = ["Load more updates", "You may also like", "Why freezing rain is more dangerous than snow",
          "How to keep pipes from freezing", "© 2025 National Wire Service"]


def test_entries_stamped_with_their_age_are_one_live_blog() -> None:
    """"1h ago" over each entry, a share button under it: the stamps do not cut the entries apart."""
    page = [*NAV, LEAD, *(line for stamp, head, prose in ENTRIES for line in (stamp, head, prose, "Share")), *FOOTER]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    for _, headline, prose in ENTRIES:
        assert headline in kept and prose in kept
    assert not any(text in kept for text in ("1h ago", "3h ago"))


def test_comment_ages_under_names_stay_furniture() -> None:
    """A comment thread's "2 hours ago" sits under a name: the comments do not join the article through it."""
    comments = []
    for name, (_, _, prose) in zip(["Jenny Alvarez", "Graham Pike", "Aisha K."], ENTRIES, strict=True):
        comments += [name, "2 hours ago", "I think " + prose[0].lower() + prose[1:], "Reply"]
    page = [*NAV, ENTRIES[0][1], ENTRIES[0][2], LEAD, "Comments (23)", *comments, *FOOTER]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    assert not any(text.startswith("I think") for text in kept)


MESSAGE = [
    "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]",
    "[ANNOUNCE] tilemaker 1.2.0 released",
    "From: Ada Brekke",
    "Hello everyone,",
    "I am happy to announce the release of tilemaker 1.2.0, the second feature release of the 1.x series, and a "
    "drop-in replacement for 1.1 for almost everyone.",
    "Rendering large maps is about 30% faster, thanks to a new tokenizer contributed by one of our new developers, "
    "and the command-line tool gained a watch option.",
    "Cheers,",
    "Ada",
]
LIST_FOOTER = [
    "tilemaker-users mailing list",
    "To unsubscribe, send a message with the word unsubscribe in the subject to the list's request address.",
    "Follow-Ups:",
    "Re: [ANNOUNCE] tilemaker 1.2.0 released",
]


def test_a_signature_delimiter_ends_the_message() -> None:
    """"-- " under a message's prose: the list's footer under it is no part of the message."""
    kept = [line.text for line in boilerplate_doc([*MESSAGE, "-- ", *LIST_FOOTER]).lines if line.kept]
    assert MESSAGE[4] in kept and MESSAGE[5] in kept
    assert not any(text in kept for text in LIST_FOOTER)


def test_a_column_of_dashes_is_no_signature_delimiter() -> None:
    """"--" over "--" (empty cells of a table) leaves the run search as it was."""
    rows = [*MESSAGE[3:6], "--", "--", MESSAGE[5].replace("Rendering", "Drawing")]
    kept = [line.text for line in boilerplate_doc(rows).lines if line.kept]
    assert rows[-1] in kept


STORY = [
    "For most of the year, the only way to bring heavy goods into the town is by barge or by plane, and for a few "
    "weeks each winter a road built on the frozen river opens.",
    "That window is closing: the ice road opened on January 19 last winter and closed on March 1, the shortest "
    "season since records began, town officials said.",
]
LAST = ("The territorial government is studying an all-season gravel road, but the estimated cost has kept the "
        "project on hold for a decade.")


def test_the_paragraph_under_an_image_and_its_controls_is_kept() -> None:
    """"Enlarge this image", a caption, its credit, "hide caption", "toggle caption" and the credit again between
    two paragraphs: the controls do not cut the article's last paragraph off."""
    image = ["Enlarge this image", "Maureen Tallow in her hardware store, where she stocks up while the road is open.",
             "Kelsey Arnaud/Public Radio North", "hide caption", "toggle caption", "Kelsey Arnaud/Public Radio North"]
    page = [*NAV[:4], "In a warming Arctic town, the ice road season keeps getting shorter", *STORY, *image, LAST,
            "More Stories From Public Radio North", "Salmon returns hit a record low", "A small airline adds a route"]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    assert LAST in kept and STORY[0] in kept
    assert not any(text in kept for text in ("Enlarge this image", "hide caption", "toggle caption"))


# --- an unlabelled "Name/Agency" credit beside an image's control (xfail7) ----------------------------------------

CREDIT_LEAD = [
    "For most of the year the island is reached only by a ferry that runs twice a week, and in winter storms it "
    "can be cancelled for days at a time, leaving the shop without fresh food.",
    "This winter the council is trying a small plane instead, which lands on the beach at low tide and carries "
    "the post, medicine and up to two passengers at a time.",
]
CREDIT_CAPTION = "The plane lands on the beach at low tide, watched by most of the island's children."


@pytest.mark.parametrize(("credit", "removed"), [
    ("Mira Holt/Coastal Radio", True),
    ("Rain and wind/Storm season", False),  # (no capitalized words after the slash: no agency's name)
])
def test_a_slash_credit_beside_an_image_control_is_removed(credit: str, removed: bool) -> None:
    page = ["Coastal Radio", "News", "Island tries a beach plane", "Enlarge this image", CREDIT_CAPTION, credit,
            "toggle caption", *CREDIT_LEAD, "More stories", "Privacy"]
    doc = boilerplate_doc(page)
    kept = [line.text for line in doc.lines if line.removal is None]
    assert set(CREDIT_LEAD) <= set(kept)
    assert (credit not in kept) is removed


def test_a_slash_line_without_an_image_control_is_left_alone() -> None:
    """"Mira Holt/Coastal Radio" under a caption with no control beside it: the credit rule's labels decide, not this."""
    page = ["Coastal Radio", "News", "Island tries a beach plane", CREDIT_CAPTION, "Mira Holt/Coastal Radio",
            *CREDIT_LEAD, "More stories", "Privacy"]
    doc = boilerplate_doc(page)
    line = next(line for line in doc.lines if line.text == "Mira Holt/Coastal Radio")
    assert line.removal is None or line.removal.rule != "boilerplate:image-credit"
