""" "Explore further" over a related story under a science article (the heading a science news desk puts over the
one story it links to, then its citation and reuse notice): the heading and the linked headline go with the page's
tail, the article stays. The phrase inside a sentence is text.

From the dev set's error analysis (the linked headline, the citation and the reuse notice were kept). Synthetic text.
"""

from __future__ import annotations

from stages import clean_lines, kept_texts, line_rule

ARTICLE = [
    "Bees that forage in cities carry a wider mix of pollen than bees in farmland, a study of forty hives "
    "published on Tuesday has found.",
    "The researchers collected pollen from the legs of returning bees every week for two summers and identified "
    "the plants it came from by its DNA.",
    "Hives in parks and gardens gathered pollen from more than a hundred kinds of plant, against fewer than "
    "thirty for hives at the edge of large wheat fields, the team reported.",
    "\"We aim to find out next whether the richer diet makes the colonies healthier through the winter,\" said the "
    "study's lead author.",
]
TAIL = [
    "Explore further",
    "Wild bees lose ground as meadows shrink",
    "Citation: City bees eat a richer diet (2024, May 14) retrieved 16 May 2024 from https://science.example/news/city-bees",
    "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or "
    "research, no part may be reproduced without the written permission.",
    "Facebook",
    "Twitter",
]


def test_explore_further_heads_a_list() -> None:
    assert line_rule("Explore further") == "list-heading"
    assert line_rule("Explore further:") == "list-heading"


def test_the_related_story_under_it_goes() -> None:
    page = ["Science Desk", "Home", "Biology", "City bees eat a richer diet", "May 14, 2024", *ARTICLE, *TAIL]
    kept = kept_texts(clean_lines(page))
    for p in ARTICLE:
        assert p in kept
    assert "Wild bees lose ground as meadows shrink" not in kept
    assert "Explore further" not in kept


def test_the_phrase_in_a_sentence_is_text() -> None:
    line = "Visitors who want to explore further can take the ferry to the outer islands."
    assert line_rule(line) is None
