"""The compiled phrase_hits walks a dense table for ASCII lines: it finds what the automaton finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import patterns

PAGES = Path(__file__).parent / "pages"


def automaton_hits(text: str) -> int:
    """The phrase lists' bits as pyahocorasick finds them (the pure-Python path of phrase_hits)."""
    automaton, _ = patterns._shared_automata()
    lowered = text.lower()
    for odd, plain in patterns._IGNORECASE_FOLD:
        lowered = lowered.replace(odd, plain)
    hits = 0
    for _, mask in automaton.iter(lowered):
        hits |= mask
    return hits


def _page_lines() -> list[str]:
    lines = [line.strip() for page in sorted(PAGES.glob("*.txt")) for line in page.read_text().splitlines()]
    return [line for line in lines if line]


NEEDLES = sorted({needle for needles in patterns._PHRASE_LISTS for needle in needles if needle.isascii()})
ASCII_TEXT = st.lists(
    st.one_of(
        st.sampled_from(NEEDLES),
        st.sampled_from(NEEDLES).map(str.upper),
        st.sampled_from(NEEDLES).map(str.title),
        st.text(st.characters(max_codepoint=127), max_size=8),
    ),
    max_size=12,
).map("".join)


def test_phrase_hits_of_the_test_pages() -> None:
    for line in _page_lines():
        assert patterns.phrase_hits(line) == automaton_hits(line), line


@settings(max_examples=500, deadline=None)
@given(ASCII_TEXT)
def test_phrase_hits_of_ascii_text(text: str) -> None:
    assert patterns.phrase_hits(text) == automaton_hits(text)


def test_every_ascii_needle_alone_and_in_capitals() -> None:
    for needle in NEEDLES:
        for text in (needle, needle.upper(), f"x {needle.title()}!", f"{needle}{needle}"):
            assert patterns.phrase_hits(text) == automaton_hits(text), text


def test_the_table_walk_in_pure_python() -> None:
    """Uncompiled, the table walk itself (compiled, it is a C function and the tests above cover it)."""
    scan = getattr(patterns, "_scan_ascii", None)
    if scan is None:
        pytest.skip("compiled: _scan_ascii is not visible")
    scanner = patterns._current_ascii_scanner()
    for line in [line for line in _page_lines() if line.isascii()][:300] + [n.upper() for n in NEEDLES]:
        assert scan(scanner, line) == automaton_hits(line), line


ALL_NEEDLES = sorted({needle for needles in patterns._PHRASE_LISTS for needle in needles})
# Characters whose lower case or fold is not plain: dotted and dotless i, long s, combining dot above, Kelvin
# sign, capital sigma and the small ones, sharp s, title-case digraphs; accented capitals, Cyrillic, CJK,
# Hangul, full-width letters and astral characters (outside the scanner's cache of U+0080-U+FFFF).
ODD = "İıſ\u0307KΣσςßẞǅǈÀÉÖÜÇŞĞАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЫЬЯ人気記事热门分享コメント댓글ＡＢ𝐀😀\u00a0\u3000 .,:!?"
WIDE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(ALL_NEEDLES),
        st.sampled_from(ALL_NEEDLES).map(str.upper),
        st.sampled_from(ALL_NEEDLES).map(str.title),
        st.text(ODD, max_size=6),
        st.text(st.characters(), max_size=4),
    ),
    min_size=1,
    max_size=12,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(WIDE_TEXT)
def test_phrase_hits_beyond_ascii(text: str) -> None:
    """Lines beyond ASCII walk the table over all needles (compiled), folding each character as the
    automaton's text is folded: the same bits as pyahocorasick."""
    assert patterns.phrase_hits(text) == automaton_hits(text)


def test_every_needle_alone_in_capitals_and_next_to_odd_characters() -> None:
    for needle in ALL_NEEDLES:
        for text in (needle, needle.upper(), f"İ{needle.title()}ſ", f"{needle}\u0307{needle}", f"Σ{needle}ς😀"):
            assert patterns.phrase_hits(text) == automaton_hits(text), text


def test_fold_classes_of_every_code_point() -> None:
    """The fold of each character alone: what str.lower() and the fold make of it in a line, as a class
    (only U+0130 lowers to two characters; capital sigma depends on its neighbours: with a needle that holds
    a small sigma, Greek "διαβάστε επίσης", its class sends the line to the automaton)."""
    scanner = patterns._current_full_scanner()
    sigma_needle = any("σ" in needle or "ς" in needle for needle in ALL_NEEDLES)
    for c in list(range(0x80, 0x3000)) + list(range(0xA000, 0x10000, 7)) + [0x1D400, 0x1F600]:
        low = chr(c).lower()
        for odd, plain in patterns._IGNORECASE_FOLD:
            low = low.replace(odd, plain)
        k = patterns._fold_class(scanner, c)
        if c == 0x3A3 and sigma_needle:
            assert k == -3  # _CONTEXT
        elif not low:
            assert k == -2  # _DROPPED (a C constant when compiled)
        else:
            assert len(low) == 1
            assert k == scanner_index(scanner).get(low, 0), hex(c)


def scanner_index(scanner: object) -> dict[str, int]:
    needles = sorted({c for needle in ALL_NEEDLES for c in needle})
    return {c: k + 1 for k, c in enumerate(needles)}


def test_the_full_table_walk_in_pure_python() -> None:
    scan = getattr(patterns, "_scan_full", None)
    if scan is None:
        pytest.skip("compiled: _scan_full is not visible")
    scanner = patterns._current_full_scanner()
    sigma_needle = any("σ" in needle or "ς" in needle for needle in ALL_NEEDLES)
    for line in _page_lines()[:600] + ALL_NEEDLES + [n.upper() for n in ALL_NEEDLES] + ["SİGN UP", "ſubscribe"]:
        found = scan(scanner, line)
        if sigma_needle and "Σ" in line:
            assert found == -1, line  # capital sigma: the automaton decides (phrase_hits falls back to it)
        else:
            assert found == automaton_hits(line), line
        assert patterns.phrase_hits(line) == automaton_hits(line), line
