"""quality's typed CJK word count (compiled) against its numpy definition, _cjk_words.

Compiled, _words_and_ngrams counts the words of CJK text and collects the first `limit` CJK code
points with _cjk_words_typed, one loop over the code points; _cjk_words does it with numpy on the
UTF-32 code points. Uncompiled, _words_and_ngrams runs the definition and the tests pass trivially.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners import quality
from cleaners.quality import _cjk_words, _top_ngram_ratios, _words_and_ngrams, has_cjk

_PAGES = Path(__file__).resolve().parent / "pages"
_ALPHABET = "a Z9_.,\n中日本語かカｶ。、！（）\u3000\u2019ßİé\U00020000\U00020001\U0003134f\U00031350\U0001f600\ud800\uffff\uf900"


def _reference(text: str, limit: int | None) -> tuple[int, dict[int, float]]:
    words, points = _cjk_words(text, limit)
    return words, _top_ngram_ratios(points, quality._NGRAM_SIZES, len(points), quality._one_char_grams)


def _check(text: str, limit: int) -> None:
    spaces = text.count(" ")
    lines = text.count("\n") + 1
    assert _words_and_ngrams(text, lines, spaces, True, limit) == _reference(text, limit if limit > 0 else None)


def _texts() -> list[str]:
    paths = dev_dumps(required=False) + sorted(_PAGES.glob("*.txt"))
    return [p.read_text("utf-8", errors="replace") for p in paths]


def test_cjk_pages() -> None:
    cjk = [t for t in _texts() if t and has_cjk(t)]
    assert cjk
    for text in cjk:
        for limit in (0, 1000, 7):
            _check(text, limit)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), min_size=1, max_size=40), st.integers(-1, 12))
def test_random_cjk_text(text: str, limit: int) -> None:
    _check(text, limit)
