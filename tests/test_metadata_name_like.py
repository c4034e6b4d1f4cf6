"""`_name_like` (loops) against its definition with all() and any() over generators."""

from __future__ import annotations

import random

from cleaners import metadata
from cleaners.metadata import _NAME_JOINERS, _name_like


def name_like_oracle(words: list[str], max_words: int = 6) -> bool:
    real = [w for w in words if w.casefold() not in _NAME_JOINERS]
    if not real or len(real) > max_words:
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in real) and any(w[:1].isalpha() for w in real)


WORDS = ["Jane", "Doe", "van", "der", "and", "jane", "", "Ⅻ", "ǅungla", "東京", "İstanbul", "ıi", "3rd", "_x", "É",
         "é", "Ab", "AND", "Van", "de", "ß", "ẞ", "😀", "\ud800", "'Neill", "O'Neill", "·", "Σ", "σ"]


def test_name_like_matches_its_definition() -> None:
    rng = random.Random(3)
    for _ in range(20000):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 9))]
        for max_words in (4, 6, 8):
            assert _name_like(words, max_words) == name_like_oracle(words, max_words), words


def test_name_like_on_page_lines() -> None:
    for text in ["By Jane Doe", "Jane Doe and John Roe", "the quick brown fox", "Ⅻ Ⅷ", "東京 太郎", ""]:
        words = text.split()
        assert _name_like(words) == name_like_oracle(words)
    assert metadata._name_like(["Jane", "Doe"]) is True
    assert metadata._name_like(["Ⅻ"]) is False  # upper case but no letter: not a name
