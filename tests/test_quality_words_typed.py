"""quality's typed word n-grams (compiled: _word_ngram_ratios) against the plain definition.

Compiled, _words_and_ngrams hashes the first `max_words` whitespace-separated words of a text
while it scans it, without making the word strings, when there are _NUMPY_MIN_TOKENS or more.
The definition is top_ngram_ratios over text.split(maxsplit=limit)[:limit], counted with numpy
on hash() of the words. Uncompiled, _words_and_ngrams is that code and the comparisons hold
trivially.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from pagetexts import dev_dumps

from cleaners.quality import _NUMPY_MIN_TOKENS, _top_ngram_ratio_small, _top_ngram_ratios, _words_and_ngrams

# What str.split() splits on, ASCII and not (the typed scan must split on the same characters).
_SPACES = [" ", " ", " ", "\n", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85", "\xa0", "\u2000", "\u3000", "  "]


def _plain(text: str, max_words: int) -> dict[int, float]:
    limit = max_words if max_words > 0 else None
    tokens = text.split(maxsplit=limit)[:limit] if limit else text.split()
    total = sum(map(len, tokens))
    if len(tokens) < _NUMPY_MIN_TOKENS:
        return {n: _top_ngram_ratio_small(tokens, n, total) for n in (2, 3)}
    hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens))
    return _top_ngram_ratios(hashes, (2, 3), total, lambda first, n: sum(map(len, tokens[first : first + n])))


def _ratios(text: str, max_words: int) -> dict[int, float]:
    return _words_and_ngrams(text, text.count("\n") + 1, text.count(" "), False, max_words)[1]


@pytest.mark.parametrize("seed", range(30))
def test_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    vocab = [rng.choice(["w", "Wörd", "x", "日本", "\U0001f600", "ab"]) * rng.randint(1, 3) + str(i)
             for i in range(rng.choice([1, 2, 3, 5, 40, 3000]))]
    for size in (0, 1, 2, 3, 299, 300, 301, 302, 999, 1000, 1001, 1500):
        words = [rng.choice(vocab) for _ in range(size)]
        seps = [rng.choice(_SPACES) if rng.random() < 0.2 else " " for _ in range(size + 1)]
        text = seps[0] * rng.randint(0, 1) + "".join(w + s for w, s in zip(words, seps[1:], strict=True))
        for max_words in (1000, 0, 300, 301, 5):
            assert _ratios(text, max_words) == _plain(text, max_words), (seed, size, max_words)


def test_ties_and_lengths() -> None:
    """Two n-grams with the top count: the first seen wins, and its words' lengths give the ratio."""
    text = " ".join(["aaaa bb", "c dddddd", "x"] * 150 + ["c dddddd"] * 2)
    for max_words in (1000, 0, 400):
        assert _ratios(text, max_words) == _plain(text, max_words)


def test_dev_pages() -> None:
    pages = dev_dumps()
    if not pages:
        pytest.skip("no dev dumps")
    for path in pages:
        text = path.read_bytes().decode("utf-8", "replace")
        assert _ratios(text, 1000) == _plain(text, 1000), path.name
