"""`_has_sentence_end` (compiled: one pass over the code points) against the regex it stands for."""

from __future__ import annotations

import random

from pagetexts import dev_dumps, own_pages

from cleaners import metadata


def oracle(text: str) -> bool:
    return metadata._SENTENCE_PUNCT_RE.search(text) is not None


def test_sentence_end_around_every_code_point() -> None:
    for code in range(0x110000):
        ch = chr(code)
        for text in (ch, "a." + ch, "a.”" + ch + "b", ch + "!", "x" + ch + " y"):
            assert metadata._has_sentence_end(text) == oracle(text), (hex(code), text)


def test_sentence_end_on_pages_and_random_strings() -> None:
    paths = own_pages()
    paths += dev_dumps(60, required=False)
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            assert metadata._has_sentence_end(line) == oracle(line), line
    rng = random.Random(8)
    alphabet = "a .!?…。！？\"”’»)]\n\t\u00a0\u3000x\ud800\U00020000"
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert metadata._has_sentence_end(text) == oracle(text), repr(text)
