"""quality's typed byte counts (compiled) against their plain definition.

Compiled, text_stats counts digits, symbols, sentence stops, spaces and "… " and looks for
"  " or a tab in one typed loop over the UTF-8 bytes (_byte_counts); _byte_counts_plain is the
definition (translates and counts). Uncompiled _byte_counts is the plain code and the
comparisons hold trivially.
"""

from __future__ import annotations

import random

import pytest
from pagetexts import dev_dumps

from cleaners.quality import _byte_counts, _byte_counts_plain, text_stats

_ALPHABET = (
    [chr(c) for c in range(0x20, 0x7F)] + ["\t", "\n", " ", " ", ".", "!", "?", "\u2026", "\u2026 ", "\xa0"]
    + ["\u00e9", "\u00ab", "\u00bb", "\u00a9", "\u2019", "\u201c", "\u2014", "\u3002", "\uff01", "\u4e2d"]
    + ["\u0430", "\u2100", "\u2e80", "\U0001f600", "\u20ac", "\u00bf", "\u00c0", "\u00ff", "0", "9"]
)


@pytest.mark.parametrize("seed", range(10))
def test_byte_counts_match_plain(seed: int) -> None:
    rng = random.Random(seed)
    for size in (0, 1, 2, 3, 4, 5, 9, 40, 300):
        for _ in range(40):
            data = "".join(rng.choice(_ALPHABET) for _ in range(size)).encode("utf-8")
            assert _byte_counts(data) == _byte_counts_plain(data), data


def test_byte_counts_at_the_ends() -> None:
    for text in ["", " ", "  ", "\t", ".", ". ", "!", "? ", "\u2026", "\u2026 ", " \u2026 ", "a. b! c? d", "1 2  3"]:
        data = text.encode("utf-8")
        assert _byte_counts(data) == _byte_counts_plain(data), text


def test_text_stats_counts_on_dev_pages() -> None:
    """Every dev page's lines: the counts agree with the plain ones, and text_stats stays deterministic."""
    pages = dev_dumps()
    if not pages:
        pytest.skip("no dev dumps")
    for path in pages:
        text = path.read_bytes().decode("utf-8", "replace")
        data = text.encode("utf-8", "surrogatepass")
        assert _byte_counts(data) == _byte_counts_plain(data)
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        assert text_stats(lines) == text_stats(list(lines))
