""" "Explore further" over a related story under a science article (the heading a science news desk puts over the
one story it links to, then its citation and reuse notice): the heading and the linked headline go with the page's
tail, the article stays (boilerplate.more_stories_headings). Over a list of short lines that the article's prose
goes on under (a tutorial's ideas to try), the heading and the list are the article's. The phrase inside a sentence
is text.

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


STEPS = [
    "Explore further",
    "Add a second sensor on the north wall",
    "Log the readings to a memory card",
    "Send an alert when the temperature drops",
    "Each of these changes needs only a few extra lines of code, and the finished sketches are in the project "
    "files.",
    "That is all you need for a working station. Once it runs, mount the box on a post out of direct sun.",
]


def test_explore_further_is_no_fixed_list_heading() -> None:
    # A tutorial's own section heading as often as a related link's: judged by what sits under it
    # (boilerplate.more_stories_headings), not by the phrase alone.
    assert line_rule("Explore further") is None


def test_over_a_tutorials_list_of_ideas_it_is_the_articles() -> None:
    page = ["Science Desk", "Home", "Projects", "Build a garden weather station", "May 14, 2024", *ARTICLE, *STEPS,
            "Facebook", "Twitter", "Privacy Policy"]
    kept = kept_texts(clean_lines(page))
    for line in STEPS:
        assert line in kept


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
