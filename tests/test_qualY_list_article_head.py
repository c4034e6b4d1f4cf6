"""A list article whose title-case headline had a follow link glued after it cleans to the same text twice.

metadata._title_tail_trimmed cuts "<name> on Facebook" off a headline; the first pass took the untrimmed line in as
the list's first item (its "on" is a word in lower case), the second pass saw the trimmed title-case line, which is
no list item, so the run stopped under it and the list's top went as text outside the main block, title and all
(boilerplate._list_article_head: the first line of a cleaned list article is its title)."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners import clean_text
from cleaners.boilerplate import LineFeatures, _list_article_head, line_features

TITLE = "Lanternfish 2.4 - The Deep Water Update"  # ("... Lanternfish on Facebook" on the page)
ITEMS = [
    "Store",
    "Added Coral, Kelp, and Driftwood blocks, with polished versions",
    "Added Tide Pool Bug tracker",
    "Added Brass Hatch Account Support",
    "Added Pearl and Glow Buoy blocks",
    "Added the Sunken Lighthouse Studio on Twitter",
    "Added Seagrass Help on Twitter",
    "Added Flags",
    "Added Net Stands Try our other games!",
    "Added Wet Sand (sand where nothing grows)",
    "Added Crab mobs, with item drops Community links:",
    "Added Eel mob",
    "Added Otters, with item drops Player Forums",
    "Added Clams and Cooked Clams Lanternfish on Streams",
    "Fishers will mend nets and sell them",
    "Mossy Bricks and Cracked Bricks are now craftable",
    "Carved Shell Tiles are now craftable",
    "Boats and docks now come in all wood type variants",
    "The pump block has regained its water-draining ability and becomes dry",
    "Added a diver game mode (game mode 4)",
    "Added one new badge",
    "Added a “Reef” world type",
    "Added a hidden “Test Mode” world type",
    "Worlds can now have a tide line",
    "Added @t target selector for Signal Blocks",
    "Added /tidedata command",
    "Added /copy command",
    "Added /run command",
    "Added /flood command",
    "Added /bubble command",
    "Added /testforreef command",
    "Added /banner command",
    "Added /signal command",
    "Added /tideline command",
    "Added /counts command",
    "Chests can be locked in custom maps by using the “Seal” data tag",
    "Added logDiverCommands, showTideMessages, reducedFogInfo, sendSignalFeedback, and randomWaveSpeed game rules",
    "Added four new counters",
    "Player boats can now have two sails across the whole hull, and the left and right sails can be dyed apart",
    "Added a new diver model with longer fins, and a new diver skin called Maren",
    "Added options for choosing which parts of the diver suit are shown",
    "Blocks can now have custom visual variations in the texture packs",
    "Harbour Cloud now has an activity chart, so you can see who has been diving",
    "Harbour Cloud now lets you upload your reefs",
    "Fixed a crash when a boat sank under a bridge",
]
CLEANED = "\n\n".join([TITLE, *ITEMS]) + "\n"


def test_cleaned_list_article_is_a_fixed_point() -> None:
    """The cleaned text of such a page (its trimmed title, then the list, a blank line between every two lines)
    cleans to itself. The bug: the title and the list above 'Added four new counters' went, and that item
    became the title."""
    r = clean_text(CLEANED, source="qualY-list-head.txt")
    assert r["title"] == TITLE
    assert r.text.strip() == CLEANED.strip()


def _feats(text: str) -> tuple:
    doc = boilerplate_doc([text, "", "Added a thing"])
    return doc.lines[0], line_features(text, "en")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Lanternfish 2.4 - The Deep Water Update", True),  # a title-case headline
        ("Notes de version 2.4 du Carnet", True),
        ("Store", False),  # one word: a menu entry
        ("Harbour Cloud", False),  # two words
        ("The update adds coral, kelp and driftwood blocks to every world.", False),  # a sentence
    ],
)
def test_list_article_head_shape(text: str, head: bool) -> None:
    line, f = _feats(text)
    assert isinstance(f, LineFeatures)
    assert bool(_list_article_head(line, f)) is head
