"""doc_common_words against its definition where the compiled count of short words changes strategy:
ASCII words counted by packed keys in a table (up to _PACK_LEN code points), longer ones and
non-ASCII ones in a dict, non-ASCII tokens that lower into ASCII words (the Kelvin sign, "K", lowers
to "k"), and samples with many distinct words. Uncompiled, the module runs the definition."""

from __future__ import annotations

import math
import random
from collections import Counter
from itertools import chain

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import language as L


def _definition(sample: str) -> frozenset[str]:
    parts = sample.lower().split("\n")
    counts = Counter(chain.from_iterable(dict.fromkeys(part.split()) for part in parts))
    need = max(2, math.ceil(L.COMMON_LINE_SHARE * len(parts)))
    words = [(w, n) for w, n in counts.most_common() if n >= need and len(w) <= L.COMMON_WORD_LEN and w.isalpha()]
    return frozenset(w for w, _ in words[: L.COMMON_WORDS])


_WORDS = ["a", "I", "of", "OF", "the", "And", "with", "about", "seventy", "Seventh", "eighteen", "nineteen",
          "\u212a", "k", "K", "ǅ", "ǆa", "İ", "i̇", "ß", "über", "ÜBER", "и", "НА", "a1", "x-y", "\x00a", "a\x7f"]
_SEPARATORS = [" ", "\n", "\t", "\xa0", "\x85", "\n\n", " \n"]


@pytest.mark.parametrize("word_len", [1, 4, 7, 8, 9])
def test_word_lengths_around_the_packed_length(monkeypatch: pytest.MonkeyPatch, word_len: int) -> None:
    monkeypatch.setattr(L, "COMMON_WORD_LEN", word_len)
    rng = random.Random(word_len)
    for _ in range(300):
        tokens = [rng.choice(_WORDS) for _ in range(rng.randint(0, 80))]
        sample = "".join(t + rng.choice(_SEPARATORS) for t in tokens)
        assert L.doc_common_words(sample) == _definition(sample), repr(sample)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=80))
def test_generated_samples(parts: list[tuple[str, str]]) -> None:
    sample = "".join(w + sep for w, sep in parts)
    assert L.doc_common_words(sample) == _definition(sample), repr(sample)


def test_many_distinct_words() -> None:
    """One-letter words between single spaces: the most words a sample of its length can hold."""
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for size in (0, 1, 2, 3, 50, 127, 128, 129, 2000, 5000):
        words = [rng.choice(letters) + rng.choice(letters) for _ in range(size // 3)]
        sample = "\n".join(" ".join(words[k : k + 12]) for k in range(0, len(words), 12))
        assert L.doc_common_words(sample) == _definition(sample)
        single = " ".join(rng.choice(letters) for _ in range(size // 2)) + "\n" + "a b c"
        assert L.doc_common_words(single) == _definition(single)
