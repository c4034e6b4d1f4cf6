"""quality's typed byte counts (compiled) against their plain definition.

Compiled, text_stats counts digits, symbols, sentence stops, spaces and "… " and looks for
"  " or a tab and for a UTF-8 lead byte of U+3000-U+9FFF in one typed loop over the code points
(_counts), without encoding the text; _byte_counts_plain and _has_cjk_leads on the UTF-8 bytes are
the definition (translates and counts). Uncompiled _counts is the plain code and the comparisons
hold trivially.
"""

from __future__ import annotations

import random

import pytest
from pagetexts import dev_dumps

from cleaners.quality import _byte_counts_plain, _counts, _has_cjk_leads, text_stats

_ALPHABET = (
    [chr(c) for c in range(0x20, 0x7F)] + ["\t", "\n", " ", " ", ".", "!", "?", "\u2026", "\u2026 ", "\xa0"]
    + ["\u00e9", "\u00ab", "\u00bb", "\u00a9", "\u2019", "\u201c", "\u2014", "\u3002", "\uff01", "\u4e2d"]
    + ["\u0430", "\u2100", "\u2e80", "\U0001f600", "\u20ac", "\u00bf", "\u00c0", "\u00ff", "0", "9"]
    + ["\u0080", "\u1fff", "\u2000", "\u2fff", "\u3000", "\u9fff", "\ua000", "\uf900", "\ud800", "\U00020000"]
)


def plain(text: str) -> tuple:
    """The counts by their definition, on the UTF-8 bytes."""
    data = text.encode("utf-8", "surrogatepass")
    return (*_byte_counts_plain(data), _has_cjk_leads(data))


@pytest.mark.parametrize("seed", range(10))
def test_counts_match_plain(seed: int) -> None:
    rng = random.Random(seed)
    for size in (0, 1, 2, 3, 4, 5, 9, 40, 300):
        for _ in range(40):
            text = "".join(rng.choice(_ALPHABET) for _ in range(size))
            assert _counts(text) == plain(text), text


def test_counts_at_the_ends() -> None:
    for text in ["", " ", "  ", "\t", ".", ". ", "!", "? ", "\u2026", "\u2026 ", " \u2026 ", "a. b! c? d", "1 2  3"]:
        assert _counts(text) == plain(text), text


def test_text_stats_counts_on_dev_pages() -> None:
    """Every dev page's lines: the counts agree with the plain ones, and text_stats stays deterministic."""
    pages = dev_dumps()
    if not pages:
        pytest.skip("no dev dumps")
    for path in pages:
        text = path.read_bytes().decode("utf-8", "replace")
        assert _counts(text) == plain(text)
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        assert text_stats(lines) == text_stats(list(lines))


def test_counts_of_every_code_point() -> None:
    """Each code point alone, before a space, after a stop and between spaces (the lead bytes and symbol ranges
    end where the UTF-8 lead bytes do)."""
    for code in range(0x110000):
        ch = chr(code)
        for text in (ch, ch + " ", ". " + ch, " " + ch + "  "):
            assert _counts(text) == plain(text), hex(code)
