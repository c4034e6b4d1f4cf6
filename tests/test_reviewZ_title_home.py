"""A title-case headline's own closing "Home" is kept (metadata._title_tail_trimmed, _GLUED_HOME_RE).

The glued "Home" link follows a sentence-case headline's lower-case word ("... killed in the unrest Home"); in
"Taking the Long Road Home" the word before it is capitalised (its last letter is lower case, which the look-behind
alone took for a lower-case word)."""

from __future__ import annotations

import pytest

from cleaners.metadata import _title_text


@pytest.mark.parametrize(
    "title",
    ["Taking the Long Road Home", "Bringing the Lost Children Home", "Der lange Weg nach Hause: Zurück Home"],
)
def test_title_case_home_kept(title: str) -> None:
    assert _title_text(title) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [("Three killed in the unrest over fuel prices Home", "Three killed in the unrest over fuel prices"),
     ("Nouvelles règles pour les locataires en mai Accueil", "Nouvelles règles pour les locataires en mai")],
)
def test_glued_home_link_cut(line: str, title: str) -> None:
    assert _title_text(line) == title
