"""quality's typed n-gram counting (compiled) against the plain numpy / Counter definitions.

When the module is compiled, top_ngram_ratios and the CJK n-grams count n-gram keys in a typed
hash table (_typed_ngram_ratios). These tests compare it, exactly, with _top_ngram_ratios +
_most_common (numpy, the plain path for >= _NUMPY_MIN_TOKENS tokens and for CJK code points) and
with _top_ngram_ratio_small (Counter of token tuples, below that), including keys that collide.
Uncompiled, top_ngram_ratios is the plain code itself and the comparisons hold trivially.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from pagetexts import dev_dumps

from cleaners import quality
from cleaners.quality import (
    _NUMPY_MIN_TOKENS,
    _top_ngram_ratio_small,
    _top_ngram_ratios,
    text_stats,
    top_ngram_ratios,
)


def _plain(tokens: list[str], total: int) -> dict[int, float]:
    if len(tokens) < _NUMPY_MIN_TOKENS:
        return {n: _top_ngram_ratio_small(tokens, n, total) for n in (2, 3)}
    hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens))
    return _top_ngram_ratios(hashes, (2, 3), total, lambda first, n: sum(map(len, tokens[first : first + n])))


@pytest.mark.parametrize("seed", range(40))
def test_random_tokens(seed: int) -> None:
    rng = random.Random(seed)
    vocab = [f"w{i}" * rng.randint(1, 3) for i in range(rng.choice([1, 2, 3, 5, 30, 3000]))]
    for size in (0, 1, 2, 3, 4, 5, 17, 299, 300, 301, 1000, 2500):
        tokens = [rng.choice(vocab) for _ in range(size)]
        total = sum(map(len, tokens))
        assert top_ngram_ratios(tokens) == _plain(tokens, total)
        assert top_ngram_ratios(tokens, total=0) == _plain(tokens, 0)


def test_ties_go_to_the_first_seen() -> None:
    tokens = ["a", "b", "c", "d", "c", "d", "a", "b"] * 2 + ["x"] * 3
    assert top_ngram_ratios(tokens) == _plain(tokens, sum(map(len, tokens)))
    tokens = tokens * 50
    assert top_ngram_ratios(tokens) == _plain(tokens, sum(map(len, tokens)))


def test_colliding_keys() -> None:
    """Distinct n-grams with equal keys: one key for numpy (and the typed big path), two for Counter."""
    class Str(str):
        __slots__ = ()

        def __hash__(self) -> int:
            return 7  # every token hashes alike: every n-gram key collides

    for size in (10, 299, 300, 700):
        rng = random.Random(size)
        tokens = [Str(rng.choice("abcde")) for _ in range(size)]
        total = sum(map(len, tokens))
        assert top_ngram_ratios(tokens) == _plain(tokens, total)


def test_other_sizes_take_the_plain_path() -> None:
    tokens = ["a", "b", "a", "b", "c"] * 100
    total = sum(map(len, tokens))
    hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens))
    expected = _top_ngram_ratios(hashes, (2, 4), total, lambda first, n: sum(map(len, tokens[first : first + n])))
    assert top_ngram_ratios(tokens, sizes=(2, 4)) == expected
    assert list(top_ngram_ratios(tokens, sizes=(3, 2))) == [3, 2]


@pytest.mark.parametrize("seed", range(10))
def test_cjk_points(seed: int) -> None:
    rng = random.Random(seed)
    chars = [chr(0x4E00 + rng.randrange(rng.choice([2, 20, 2000]))) for _ in range(rng.choice([3, 50, 1200]))]
    text = "".join(chars)
    words, ratios = quality._words_and_ngrams(text, 1, 0, True, 1000)
    points = np.array([ord(c) for c in chars[:1000]], dtype=np.int64)
    assert ratios == _top_ngram_ratios(points, (2, 3), len(points), lambda first, n: n)


def test_dev_pages_text_stats_match_plain() -> None:
    paths = dev_dumps(120)
    if not paths:
        pytest.skip("no dev pages")
    for path in paths:
        lines = [ln.strip() for ln in path.read_text("utf-8", errors="replace").split("\n") if ln.strip()]
        tokens = "\n".join(lines).split(maxsplit=1000)[:1000]
        assert top_ngram_ratios(tokens) == _plain(tokens, sum(map(len, tokens)))
        text_stats(lines)
