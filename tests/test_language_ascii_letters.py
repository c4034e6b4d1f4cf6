"""line_scripts' letter count of ASCII lines (compiled: eight bytes at a time) against a count of
str.isalpha over every ASCII code point, at every length around the eight-byte steps."""

from __future__ import annotations

import random

from cleaners import language as L


def test_ascii_letters_of_every_byte_and_length() -> None:
    rng = random.Random(5)
    ascii_chars = [chr(c) for c in range(128)]
    edges = ["@", "A", "Z", "[", "`", "a", "z", "{", "\x00", "\x1f", " ", "\x7f", "\x01", "\x1a", "\x5f", "\x3a"]
    for size in range(L.LINE_MIN_LETTERS, 70):
        for pool in (ascii_chars, edges):
            for _ in range(40):
                text = "".join(rng.choice(pool) for _ in range(size))
                _, families, letters = L.line_scripts([text])
                expected = sum(c.isalpha() for c in text)
                assert letters[0] == expected, repr(text)
                assert families[0] == ("latin" if expected else None), repr(text)
