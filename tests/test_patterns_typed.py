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
