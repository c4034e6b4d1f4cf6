"""dedup's table-driven ASCII key (compiled: _ascii_key) against the definition, character by character.

Every ASCII character alone, between letters and next to digits, and digit runs around the
40-character threshold where they fold: hash_key must equal the letters and digits of the
case-folded text, digit runs folded to one "0" in keys of 40+ characters.
"""

from __future__ import annotations

import random
import re

from cleaners.dedup import _line_keys, hash_key
from cleaners.document import Line


def _oracle(text: str) -> str:
    key = "".join(ch for ch in text.casefold() if ch.isalnum())
    if len(key) >= 40 and not key.isalpha():
        key = re.sub(r"\d+", "0", key)
    return key


def test_every_ascii_character() -> None:
    for c in range(128):
        ch = chr(c)
        for text in (ch, f"a{ch}b", f"{ch}9{ch}", "x" * 38 + f"1{ch}2", "Y" * 39 + f"{ch}12{ch}3"):
            assert hash_key(text) == _oracle(text), repr(text)


def test_digit_runs_around_the_fold_threshold() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("aZ09 .-_/\t5") for _ in range(rng.randint(0, 70)))
        assert hash_key(text) == _oracle(text), repr(text)


def test_line_keys_of_ascii_lines() -> None:
    rng = random.Random(3)
    texts = ["".join(rng.choice("Ab1 ,.:9z") for _ in range(rng.randint(1, 90))) for _ in range(500)]
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    keys = _line_keys(lines)
    assert keys == ["" if len(t) < 12 else _oracle(t) for t in texts]
    assert all(line.notes.get("hash_key", _oracle(line.text)) == _oracle(line.text) for line in lines)
