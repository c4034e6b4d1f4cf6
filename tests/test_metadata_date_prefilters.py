"""The "mdy" date pattern's prefilter (_MDY_TAIL_RE) never rules out a line the pattern matches: it is the
pattern's own tail (day, suffix, year) with the day's left edge, which a month name never holds a digit at."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps, own_pages

from cleaners import metadata

_MDY = dict(metadata._DATE_PATTERNS)["mdy"]


def test_no_month_name_ends_with_a_digit() -> None:
    """The day of an "mdy" match follows the name (or its dot, or spaces): never a digit, so (?<!\\d) holds."""
    assert not [name for name in metadata._MONTHS if any(ch.isdecimal() for ch in name)]


def _lines() -> list[str]:
    out: list[str] = []
    for path in own_pages() + dev_dumps(120, required=False):
        out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return out


def test_mdy_tail_admits_every_mdy_line_of_the_pages() -> None:
    matched = 0
    for line in _lines():
        text = metadata._prepare(line)
        if _MDY.search(text):
            matched += 1
            assert metadata._MDY_TAIL_RE.search(text), line
    assert matched >= 10


DATE_PIECES = st.sampled_from(
    ["May", "mai", "Sept.", "JAN.", "ſept", "мая", "มี.ค.", "ธันวาคม", " ", "  ", ",", ".", "5", "21", "123", "2025",
     "20251", "st", "th", "ND", "e", "er", "º", "°", "x", "-", "/", "at", "5:57", "٢", "２"]
)


@settings(max_examples=4000, deadline=None)
@given(st.lists(DATE_PIECES, min_size=1, max_size=8).map("".join))
def test_mdy_tail_never_hides_a_match(text: str) -> None:
    if _MDY.search(text):
        assert metadata._MDY_TAIL_RE.search(text), repr(text)


def test_mdy_tail_examples() -> None:
    assert metadata._MDY_TAIL_RE.search("May 21, 2025")
    assert metadata._MDY_TAIL_RE.search("Sept. 5th 2019")
    assert not metadata._MDY_TAIL_RE.search("21 May 2025")
    assert not metadata._MDY_TAIL_RE.search("2025-05-21")
    assert not metadata._MDY_TAIL_RE.search("Posted in 2019")
