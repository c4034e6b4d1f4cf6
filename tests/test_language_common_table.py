"""line_languages' common-word test (`_common_line_test`) against its definition where the compiled
pass changes strategy: ASCII tokens of up to _PACK_LEN code points looked up as packed keys in a
small table, the table past its capacity (every token then looked up in the set), tokens just over
the packed length, NUL and other control characters inside tokens, and more non-ASCII candidates
than the pass keeps aside. Uncompiled, the module runs the definition and the tests pass trivially."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import language as L


def _definition(text: str, common: frozenset[str]) -> bool:
    tokens = text.lower().split()
    hits = sum(map(common.__contains__, tokens))
    return hits >= L.COMMON_MIN_HITS and hits >= L.COMMON_SHARE * len(tokens)


_ASCII_WORDS = ["a", "of", "the", "and", "with", "about", "because", "becauses", "A\x00", "a\x00", "\x00",
                "x\x01y", "tab\x7f", "Über", "über", "İs", "i̇s", "K", "k", "ǅ", "ǆ", "σς", "ΣΣ", "日本"]
_SEPARATORS = [" ", "\t", "\n", "\x1f", "\x85", "\xa0", "\u3000", "  "]


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_ASCII_WORDS + [w.upper() for w in _ASCII_WORDS]), st.sampled_from(_SEPARATORS)),
             max_size=60),
    st.frozensets(st.sampled_from(_ASCII_WORDS + [w.lower() for w in _ASCII_WORDS]), max_size=20),
)
def test_packed_keys_match_the_definition(parts: list[tuple[str, str]], common: frozenset[str]) -> None:
    text = "".join(w + sep for w, sep in parts)
    assert L._common_line_test(text, common) == _definition(text, common), (text, common)


def _many_words(rng: random.Random, count: int, alphabet: str) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def test_tables_past_their_capacity_and_many_deferred_tokens() -> None:
    rng = random.Random(7)
    for count in (1, 40, 63, 64, 65, 66, 100, 300):
        for alphabet in ("abc", "abcdefghijklmnopqrstuvwxyzABC", "абвгдеЖЗ", "aбcΣς"):
            words = _many_words(rng, count, alphabet)
            common = frozenset(w.lower() for w in words[: count // 2 + 1])
            for _ in range(30):
                tokens = [rng.choice(words) if rng.random() < 0.7 else rng.choice(_ASCII_WORDS) for _ in range(rng.randint(0, 150))]
                text = "".join(t + rng.choice(_SEPARATORS) for t in tokens)
                assert L._common_line_test(text, common) == _definition(text, common), (text, common)


def test_edge_texts() -> None:
    for common in (frozenset(), frozenset([""]), frozenset(["a"]), frozenset(["abcdefg", "abcdefgh"]), frozenset(["ß", "ss"])):
        for text in ("", " ", "a", "A", "abcdefg", "ABCDEFGH", "abcdefgh a", "ß SS ss", "\ud800 a", "a \U0001f600",
                     "İ i̇ I i", "a\x00 a", "x" * 500, "a " * 300, "д " * 200 + "a"):
            assert L._common_line_test(text, common) == _definition(text, common), (text, common)
