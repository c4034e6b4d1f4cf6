"""line_languages' common-word test (`_common_line_test`) at the compiled pass's early stop: it
returns at the first hit that meets COMMON_SHARE even if the rest of the line were all one-letter
tokens. These lines put that bound exactly at the edge (a hit, then as many short tokens as the
share allows and one more), with wide and non-ASCII whitespace that packs fewer tokens into the
rest. Uncompiled, the module runs the definition and the tests pass trivially."""

from __future__ import annotations

import random

from pagetexts import PAGES, dev_dumps

from cleaners import language as L


def _definition(text: str, common: frozenset[str]) -> bool:
    tokens = text.lower().split()
    hits = sum(map(common.__contains__, tokens))
    return hits >= L.COMMON_MIN_HITS and hits >= L.COMMON_SHARE * len(tokens)


_COMMON = frozenset(["the", "a", "of", "ß", "и"])
_SEPARATORS = [" ", "\t", "\n", "\x85", "\xa0", "\u3000", "  ", " \n "]
_FILLERS = ["x", "y", "Ab", "zz", "д", "ß", "THE", "\U0001f600", "\ud800", "İ"]


def test_hits_then_exactly_enough_or_one_too_many_tokens() -> None:
    for hits in range(1, 8):
        for fill in range(0, 60):
            for sep in _SEPARATORS:
                for filler in ("x", "y z", "д"):
                    text = sep.join(["the"] * hits + [filler] * fill)
                    assert L._common_line_test(text, _COMMON) == _definition(text, _COMMON), (text,)
                    text = sep.join([filler] * fill + ["of"] * hits)
                    assert L._common_line_test(text, _COMMON) == _definition(text, _COMMON), (text,)
                    text = sep.join(["a"] * hits) + sep + sep.join([filler] * fill) + sep
                    assert L._common_line_test(text, _COMMON) == _definition(text, _COMMON), (text,)


def test_random_lines_of_short_tokens() -> None:
    rng = random.Random(11)
    words = sorted(_COMMON) + _FILLERS + ["The", "OF", "A", "of\x00"]
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 80)))
        if rng.random() < 0.5:
            text = text.rstrip()
        assert L._common_line_test(text, _COMMON) == _definition(text, _COMMON), (text,)


def test_the_dev_pages_cut_as_line_languages_cuts_them() -> None:
    pages = sorted(PAGES.glob("*")) + dev_dumps(80, required=False)
    english = L.doc_common_words("the of and a to in is it that was for on with as by be this are from or at\n" * 2)
    assert len(english) > 10
    checked = 0
    for page in pages:
        if not page.is_file() or page.suffix != ".txt":
            continue
        text = page.read_text(encoding="utf-8", errors="replace")
        own = L.doc_common_words(text)  # the page's own function words, as language_stage learns them
        for line in text.splitlines():
            cut = line[: L.LINE_MAX_CHARS]
            for words in (own, english, _COMMON):
                assert L._common_line_test(cut, words) == _definition(cut, words), (cut,)
            checked += 1
    assert checked > 100
