"""A button whose label a text dump holds twice, its icon's text and its label run together ("share share", "email
email", "Facebook Facebook", "Teilen Teilen"): furniture, as the label alone is. Negatives: a place or a word named
twice that is no button's label, and a button's word in a sentence."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

PARAS = [
    "The researchers asked thirty volunteers to learn a list of word pairs in the evening and tested them again the "
    "next morning after a full night of sleep in the laboratory.",
    "Those who reached the deepest stages of sleep for longer recalled more of the pairs, and the difference held when "
    "the team controlled for age and for how tired the volunteers said they felt.",
    "The team then repeated the test with a second group who were woken up every time their brain waves showed the "
    "slow pattern typical of deep sleep during the night.",
]


def _rules(page: list[str], language: str = "en") -> dict[str, str | None]:
    doc = boilerplate_doc(page, language)
    return {line.text: line.removal.rule if line.removal else None for line in doc.lines}


@pytest.mark.parametrize(("buttons", "language"), [
    (["email email", "share share"], "en"),
    (["Copy Copy"], "en"),
    (["E-Mail E-Mail"], "de"),
    (["مشاركة مشاركة"], "ar"),
    (["Kongsi Kongsi"], "ms"),
    (["Facebook Facebook", "Twitter Twitter"], "en"),
])
def test_a_doubled_button_label_is_furniture(buttons: list[str], language: str) -> None:
    rules = _rules(["Menu", *PARAS[:2], *buttons, PARAS[2], "Privacy"], language)
    for b in buttons:
        assert rules[b] in ("boilerplate:furniture", "boilerplate:doubled-button")


@pytest.mark.parametrize("text", ["Bora Bora", "Walla Walla", "Sing Sing", "Share, share", "Very very"])
def test_a_doubled_word_that_is_no_button_is_no_doubled_button(text: str) -> None:
    page = ["Menu", *PARAS[:2], text, PARAS[2], "Privacy"]
    assert _rules(page).get(text) not in ("boilerplate:furniture", "boilerplate:doubled-button")


def test_the_lead_over_a_doubled_share_bar_stays_with_the_article() -> None:
    # The bar is removed as a block the run search goes over: the lead above it is no line before the article.
    page = ["Menu", "Health", "How sleep shapes the memories we keep", PARAS[0], "share share", "email email", *PARAS[1:], "Privacy"]
    rules = _rules(page)
    assert rules["share share"] == rules["email email"] == "boilerplate:doubled-button"
    assert all(rules[p] is None for p in PARAS)
