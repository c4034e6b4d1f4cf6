"""A chapter's heading far above the chapter's text, among a fiction site's menus, scores below MIN_TITLE_SCORE (the
menus between cost it) but far ahead of every other line: it is the title (cleaners.metadata._clear_winner).
Negatives: two weak lines about even, a best line at or below zero, or a short label give no title."""

from __future__ import annotations

from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.document import Line
from cleaners.metadata import _clear_winner, metadata_stage

CHAPTER = [
    "Harbourlight Fiction", "Browse", "Best Rated", "Trending", "Ongoing Fictions", "Complete", "Rising Stars",
    "Writathon", "Surprise me!", "Forums", "Member List", "Knowledge Base", "Community Help", "Support Tickets",
    "Rules", "Saltwater Saints", "by", "Pemberly Quask", "CHAPTER TWELVE: Who keeps the lighthouse lamp?",
    "Fiction Page", "Donate", "Report Chapter", "Reader Preferences", "Previous", "Chapter", "Next", "Chapter",
    "Advertisement", "Remove", "12",
    "“Were you expecting the storm to be the hardest part of the night?” Maren asked Tobin as they climbed the "
    "last flight of stairs to the lamp room, the wind rattling every window on the way up.",
    "Tobin shook his head and wiped the rain from his face. “I was expecting the ledger to be easier to read. "
    "Nobody has written in it properly since the old keeper left, and the lamp still needs its oil.”",
    "Maren lit the small lantern by the door and opened the ledger on the table. The last entry was three months "
    "old, written in a hand she did not know, and it ended halfway through a sentence about the lamp.",
    "Previous Chapter", "Next Chapter", "Comments (14)",
]


def test_a_chapter_heading_far_ahead_of_the_menus_is_the_title() -> None:
    doc = metadata_stage(boilerplate_doc(CHAPTER, "en"), Config())
    assert doc.title == "CHAPTER TWELVE: Who keeps the lighthouse lamp?"


def _line(i: int) -> Line:
    text = f"A headline of line number {i}"
    return Line(i, text, 0, len(text))


def test_clear_winner() -> None:
    a, b = _line(0), _line(1)
    assert _clear_winner([(0.1, a), (-0.5, b)], 0.1, a)
    assert _clear_winner([(0.15, a)], 0.15, a)
    assert not _clear_winner([(0.1, a), (-0.2, b)], 0.1, a)  # the runner-up is close
    assert not _clear_winner([(0.0, a), (-0.9, b)], 0.0, a)  # no line scores above zero
    assert not _clear_winner([(-0.1, a), (-0.9, b)], -0.1, a)
    label = Line(2, "In-line Mathematics", 0, 19)
    assert not _clear_winner([(0.1, label), (-0.9, b)], 0.1, label)  # a short label, no headline
