"""A tutorial's terminal session between two paragraphs keeps the article together (boilerplate.content_like).

Commands after a shell prompt ("$ pip install psycopg") are bare words to the run search, like a menu's: a
session of a few commands and their output between the lead and the next paragraph cost as much as the lead,
and cut it off (the cleaned text of tests/pages/fr_tutoriel_terminal_psql.txt, cleaned again, lost its lead
and took a line of pip's output for its title). A prompt makes a line content-like; a menu entry with a
dollar price stays a bare word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.boilerplate import content_like, line_features

PAGE = Path(__file__).resolve().parent / "pages" / "fr_tutoriel_terminal_psql.txt"


def test_cleaning_the_cleaned_tutorial_again_keeps_its_lead() -> None:
    first = clean_text(PAGE.read_bytes(), source=PAGE.name)
    again = clean_text(first.text)
    assert again["title"] == first["title"] == "Interroger PostgreSQL depuis un environnement virtuel propre"
    assert again.text == first.text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("$ pip install psycopg", True),
        ("$ source venv/bin/activate", True),
        (">>> import psycopg", True),
        ("Tarifs", False),
        ("$5 Angebote", False),
    ],
)
def test_content_like_shell_commands(text: str, content: bool) -> None:
    assert bool(content_like(text, line_features(text, "fr"))) is content
