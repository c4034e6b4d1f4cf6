"""A link the dump ran into the headline's line is no part of the title (cleaners.metadata._title_text): a social
network's follow link naming the headline's own product or site ("... Update Harbour Tales on Facebook"), a teaser behind
a middle dot or bar that trails off ("... ·Free downloads, music, games……"), a "Home" link after a word in lower case.
Negatives: a headline that ends by naming a network ("Mayor attacks rival on Twitter"), its own ellipsis, its own
"Home" (after a capital or a function word) keeps its whole text."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _title_text


@pytest.mark.parametrize(("line", "title"), [
    ("Lanternfall 2.4 - The Harvest Update Lanternfall on Facebook", "Lanternfall 2.4 - The Harvest Update"),
    ("Harbour Courier launches a new app for readers Harbour Courier on Instagram",
     "Harbour Courier launches a new app for readers"),
    ("Lanternfall 2.4 bringt das Erntefest Lanternfall auf Facebook", "Lanternfall 2.4 bringt das Erntefest"),
    ("山城老茶馆的最后一个春天 ·青山P2P:高速下载免费影音、娱乐……", "山城老茶馆的最后一个春天"),
    ("Council approves the harbour wall repairs | Free games, quizzes and more...", "Council approves the harbour wall repairs"),
    ("More than 100 fishermen stranded after storm hits the coast Home",
     "More than 100 fishermen stranded after storm hits the coast"),
    ("Plus de cent pêcheurs bloqués après la tempête Accueil", "Plus de cent pêcheurs bloqués après la tempête"),
])
def test_a_glued_link_leaves_the_title(line: str, title: str) -> None:
    assert _title_text(line) == title


@pytest.mark.parametrize("line", [
    "Mayor attacks rival on Twitter",
    "Le maire répond à son rival sur Twitter",
    "Screenshot: «Harbour», «Six Nights», «The Lantern»…",
    "Coming Home",
    "How to Build a Home",
    "Why the ferry was late again...",
    "Lanternfall on Facebook",  # nothing would be left
])
def test_a_headline_keeps_its_own_tail(line: str) -> None:
    assert _title_text(line) == line


PAGE = """Lanternfall News
Blog
Archive
Lanternfall 2.4 - The Harvest Update Lanternfall on Facebook
Posted on 14 September 2025
The Harvest Update adds a farming system to Lanternfall: players can plant seeds, water crops and sell the harvest at the village market.
Crops grow in real time while the game is running, and a new weather system brings rain that waters fields for you.
The update also adds twelve new recipes, a scarecrow that keeps crows away from your fields and a barn to store tools.
"""


def test_the_record_title_and_text_leave_out_the_follow_link() -> None:
    record = clean_text(PAGE.encode(), source="update.txt")
    assert record["title"] == "Lanternfall 2.4 - The Harvest Update"
    assert not record["text"].startswith("Lanternfall 2.4 - The Harvest Update Lanternfall")
