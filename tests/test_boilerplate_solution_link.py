"""A forum topic's link to its accepted answer under the first post ("Solved by <name> in post #4"): removed, and
no boundary between the first post and the replies (rule "solution-link", one of _TRANSPARENT_RULES)."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule


@pytest.mark.parametrize("text", [
    "Solved by mashwizard in post #4", "Solution by Jo Reed in reply 12", "Accepted answer by tkoval in post #7",
])
def test_a_link_to_the_accepted_answer_is_removed(text: str) -> None:
    assert line_rule(text) == "solution-link"


@pytest.mark.parametrize("text", [
    "Solved by the council in 2019, the problem returned in the spring.",
    "Answered by phone in 10 minutes",
])
def test_a_sentence_about_solving_is_no_link(text: str) -> None:
    assert line_rule(text) != "solution-link"


POST = [
    "My sourdough starter doubled every day for two weeks, and now it barely rises at all, even when I feed it "
    "twice a day with the same flour and keep it in the same warm corner of the kitchen.",
    "I have tried a new bag of flour and filtered water instead of tap water. What else could have changed?",
]
REPLIES = [
    "Has the kitchen got colder? A starter slows down a lot below twenty degrees, and the first cold week of "
    "autumn is usually when people notice it, even if the room does not feel cold to them.",
    "That was it. The heating had been off for a week, and after two days on top of the fridge it doubled again "
    "by the evening, so thank you for the quick answer.",
]


def test_the_link_does_not_cut_the_first_post_off_the_replies() -> None:
    page = ["Baking Forum", "Latest", "Categories", "Starter stopped rising", "Troubleshooting", "crumbfan", "Nov 28",
            *POST, "2 Likes", "Solved by doughnerd in post #3", "doughnerd", "Nov 28", REPLIES[0], "crumbfan", "Nov 29",
            REPLIES[1], "Related topics", "Rye starter smells of acetone", "Powered by forum software"]
    doc = boilerplate_doc(page)
    kept = [line.text for line in doc.lines if line.removal is None]
    assert set(POST) | set(REPLIES) <= set(kept)
    assert "Solved by doughnerd in post #3" not in kept
