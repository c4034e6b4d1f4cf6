"""The one-pass helpers of the compiled boilerplate stage give what the regexes they stand for give.

_count_sentences (the sentence count), _glue_at (where is_teaser finds a glued headline; is_teaser is
held to its plain form too) and _may_be_feed_item (the screen before FEED_ITEM_RE) are held to the
regexes: on the test pages, on the dev text dumps when present, on random text over the characters
where they could part, and (the screen) by the regex's parse tree over every code point.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pagetexts import HAVE_DEV, NO_DEV_REASON, PAGES, dev_dumps, nonblank_lines

from cleaners import boilerplate, patterns
from tests.test_boilerplate_prefilters import opening_chars
from tests.test_boilerplate_sentences import _SENT_PUNCT_RE, sentence_oracle  # the sentence-end oracle
from tests.test_boilerplate_typed import teaser_oracle

# The regexes as the pure-Python code (and tests/test_boilerplate_typed.py's oracle) spells them.
_GLUE_RE = re.compile(r"[A-Z](?<=[a-z0-9.!?’'\")\]][A-Z])(?=[a-z])")


_lines = nonblank_lines


def _glue_oracle(text: str) -> int:
    m = _GLUE_RE.search(text, 0, 200)
    return m.start() if m else -1


def _check(text: str) -> None:
    assert boilerplate._count_sentences(text) == sentence_oracle(text), repr(text)
    assert boilerplate._glue_at(text) == _glue_oracle(text), repr(text)
    for start in {1, 2, len(text) // 2, max(len(text) - 1, 0), len(text)}:
        m = _GLUE_RE.search(text, start, 200)
        assert boilerplate._glue_at(text, start) == (m.start() if m else -1), (repr(text), start)
    assert boilerplate.is_teaser(text) == teaser_oracle(text), repr(text)
    if patterns.FEED_ITEM_RE.match(text):
        assert boilerplate._may_be_feed_item(text), repr(text)


def test_the_module_regexes_are_the_oracles() -> None:
    assert boilerplate._SENT_PUNCT_RE.pattern == _SENT_PUNCT_RE.pattern
    assert boilerplate._GLUE_RE.pattern == _GLUE_RE.pattern


def test_on_the_test_pages() -> None:
    for line in _lines(sorted(PAGES.glob("*.txt"))):
        _check(line)
        _check(line.strip())


@pytest.mark.skipif(not HAVE_DEV, reason=NO_DEV_REASON)
def test_on_the_dev_dumps() -> None:
    lines = _lines(dev_dumps())
    assert len(lines) > 10_000
    for line in lines:
        _check(line)


# Where the passes could part from the regexes: the six sentence ends and the closers (in runs, at the end),
# Unicode whitespace (\s is str.isspace), a final "\n" ($ matches before it), capitals and lower case around
# the glue's look-behind class, non-ASCII letters, astral characters, lone surrogates, and the clock-time
# shapes of a feed item ("14:32", "9h05") with non-ASCII decimal digits.
ALPHABET = (
    "aZxAB09.!?。！？\"”’»)）」』'] \t\n\x0b\x1c\x85\xa0\u2028\u3000ﬁİßΣ漢あ😀\ud800:h٣５H"
)
TEXTS = st.text(ALPHABET, max_size=40)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
@example("")
@example("a.")
@example("a.\n")
@example("a.”")
@example("a.”) b")
@example("a.”x")
@example("。」")
@example("aBc")
@example("xAb")
@example("..Ab")
@example("İstanbulAnkara is")
@example("ßAa")
@example("😀.Ab")
@example("\ud800.Ab")
@example("x" * 198 + "aBc")
@example("x" * 197 + "aBc")
@example("x" * 199 + "aBc")
@example("14:32 Minister")
@example("9h05 x")
@example("٣:٠٥ x")
@example("123:45 x")
def test_on_random_text(text: str) -> None:
    _check(text)


def test_glue_near_the_200_character_bound() -> None:
    for k in range(190, 205):
        for tail in ("aBc", "aB", "1Ab", ".Ab def"):
            _check("x" * k + tail)
            _check("é" * k + tail)
            _check("😀" * k + tail)


def test_feed_item_screen_by_the_parse_tree() -> None:
    """FEED_ITEM_RE opens with \\d{1,2} then [:h]: the screen admits a first character exactly when it can
    open a match, and then exactly the characters the regex allows after one or two digits."""
    rx = patterns.FEED_ITEM_RE
    assert rx.flags & re.IGNORECASE == 0
    assert rx.pattern.startswith(r"^\d{1,2}[:h]")
    openers = opening_chars(rx)
    assert openers == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()}
    after = opening_chars(re.compile("^" + rx.pattern[len(r"^\d{1,2}"):], rx.flags))
    assert after == {":", "h"}
    admitted_second = {chr(c) for c in range(sys.maxunicode + 1) if boilerplate._may_be_feed_item("1" + chr(c) + "x")}
    assert admitted_second == after
    # After two digits the separator must follow; after three, nothing can match.
    admitted_third = {chr(c) for c in range(sys.maxunicode + 1) if boilerplate._may_be_feed_item("12" + chr(c) + "x")}
    assert admitted_third == after
    assert not boilerplate._may_be_feed_item("123:45 x")
    for ch in openers:
        assert boilerplate._may_be_feed_item(ch + ":"), hex(ord(ch))
    assert not any(boilerplate._may_be_feed_item(chr(c) + ":00 x") for c in range(sys.maxunicode + 1) if not chr(c).isdecimal())


@pytest.mark.parametrize("text", ["14:32 Minister resigns", "9h05 Le président", "٣:٠٥ خبر", "08:00\u3000x"])
def test_feed_item_examples_pass(text: str) -> None:
    assert patterns.FEED_ITEM_RE.match(text)
    assert boilerplate._may_be_feed_item(text)
