"""A newsletter box set down between a story's paragraphs: its fine print may sit under the box's confirmation line
("Sign up" / "Thank you for subscribing" / "See our privacy notice"), not right under its button; and the closing
plea may end with the call and an adverb ("... Sign up to our daily newsletter here."). Both go; a story's sentence
under such a box, or a sentence that only mentions signing up, stays.

From tests/pages: en_local_news_newsletter_box_mid.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, line_rule

STORY = [
    "Plans for a two-way cycle lane along Station Road have been approved by councillors, despite more than 200 "
    "objections from residents and shop owners.",
    "The scheme, which will remove 46 parking spaces, was backed by the council's transport committee on Thursday "
    "evening by five votes to two.",
    "Council officers said the lane would link the railway station to the town centre and the new housing estate, "
    "and that surveys showed fewer than half of the parking spaces were used on weekdays.",
    "Shop owner Rita Patel told the meeting that losing the spaces would hurt trade, and that most of her customers "
    "drive to the shop from outside the town.",
]
BOX = ["Our newsletter cuts through the noise", "Sign up", "Thank you for subscribing"]


def test_fine_print_under_the_box_s_confirmation_goes() -> None:
    kept = kept_line_set(boilerplate_doc(["News", STORY[0], STORY[1], *BOX, "See our privacy notice", STORY[2], STORY[3]]))
    assert set(STORY) <= kept and "See our privacy notice" not in kept


def test_a_story_line_under_the_confirmation_stays() -> None:
    line = "The council will publish the full plans on its website next week."
    kept = kept_line_set(boilerplate_doc(["News", STORY[0], STORY[1], *BOX, line, STORY[2], STORY[3]]))
    assert line in kept


@pytest.mark.parametrize("text", [
    "Don't miss the latest news from around Millbrook. Sign up to our daily newsletter here.",
    "Get the day's headlines in your inbox. Subscribe to our newsletter now.",
])
def test_a_plea_closed_by_the_call_and_an_adverb_is_a_promo(text: str) -> None:
    assert line_rule(text) == "promo"


@pytest.mark.parametrize("text", [
    "The council meets again next month to decide on the plan, and residents can register their views online here.",
    "More than 300 people have signed up for the scheme so far, the council said on Monday.",
])
def test_a_sentence_that_only_mentions_signing_up_stays(text: str) -> None:
    assert line_rule(text) is None
