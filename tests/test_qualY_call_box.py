"""A call-to-action box closing the run is removed (boilerplate.trim_call_box).

"Check your numbers" / "Enter your six numbers to see if you have won ..." / "Check now": a short heading, one
sentence, and under the run a button that opens with the heading's verb. The sentence read as the page's prose and
the run kept the box. An article's own last section (no button repeating its heading's first word) is kept."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

STORY = [
    "The river festival drew more than twelve thousand visitors over the weekend, the organisers said on Monday, "
    "almost twice as many as last year when rain kept most families at home.",
    "Forty boats took part in the evening parade, and the lantern procession along the quay had to be run twice "
    "because the first one was so crowded that many people could not see it.",
    "The town council said it would look at closing the quay road to cars for the whole weekend next year, after "
    "complaints from residents about parking on the grass verges.",
]
FOOT = ["Privacy", "Terms", "© 2026 Quayside Herald"]


def _doc(box: list[str]):
    return boilerplate_doc(["Home", "News", "Festival draws record crowds", *STORY, *box, *FOOT])


@pytest.mark.parametrize(
    "box",
    [
        ["Check your tickets", "Enter the number on your ticket below to see whether you have won one of the prizes in the raffle, which "
         "closes at the end of the month.", "Check now"],
        ["Find your polling station", "Type your postcode below to see where you can vote on Thursday and when the "
         "polling station nearest to your home opens and closes.", "Find it"],
    ],
)
def test_call_box_removed(box: list[str]) -> None:
    doc = _doc(box)
    rules = {line.text: line.removal.rule if line.removal else None for line in doc.lines}
    assert all(rules[t] == "boilerplate:call-box" for t in box)
    assert all(rules[t] is None for t in STORY)


def test_last_section_kept() -> None:
    """A closing section whose next line repeats no verb of its heading stays the article's."""
    box = ["Road closures next year", "The council will decide on the quay road closure at its March meeting.", "Privacy"]
    doc = _doc(box[:2])
    kept = {line.text for line in doc.lines if line.removal is None}
    assert set(box[:2]) <= kept
