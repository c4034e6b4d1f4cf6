"""The capped sentence count gives what the full count gives, and never leaves a capped count behind.

classify and _list_after_heading only ask whether a line has at least one or two sentence ends, so the
compiled code stops counting there (_count_sentences_upto); LineFeatures.sentences stays the exact count.
Held to len(_SENT_PUNCT_RE.findall(text)) on the test pages, the dev text dumps when present, and random
text over the characters where the count could part (sentence ends, closers, Unicode whitespace, astral
characters, lone surrogates).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pagetexts import HAVE_DEV, NO_DEV_REASON, PAGES, dev_dumps

from cleaners import boilerplate

_SENT_PUNCT_RE = re.compile(r"[.!?。！？][\"”’»)）」』]*(?:\s|$)|[。！？]")
LIMITS = (0, 1, 2, 3)


def _lines(paths: list[Path]) -> list[str]:
    return [line for path in paths for line in path.read_text(errors="replace").splitlines() if line.strip()]


def _check(text: str) -> None:
    exact = len(_SENT_PUNCT_RE.findall(text))
    for limit in LIMITS:
        assert boilerplate._count_sentences_upto(text, limit) == min(exact, limit), (text, limit)
    assert boilerplate._count_sentences(text) == exact, repr(text)
    # classify asks "at least one / two" first; the public count read afterwards is still the full one.
    # (Document lines are never empty: line_features divides by the length.)
    for language in ("en", "xx") if text else ():
        f = boilerplate.line_features(text, language)
        boilerplate.classify(f)
        assert f.sentences == exact, repr(text)


def test_the_oracle_is_the_module_regex() -> None:
    assert boilerplate._SENT_PUNCT_RE.pattern == _SENT_PUNCT_RE.pattern


def test_on_the_test_pages() -> None:
    for line in _lines(sorted(PAGES.glob("*.txt"))):
        _check(line)


@pytest.mark.skipif(not HAVE_DEV, reason=NO_DEV_REASON)
def test_on_the_dev_dumps() -> None:
    lines = _lines(dev_dumps())
    assert len(lines) > 10_000
    for line in lines:
        _check(line)


def test_long_prose_lines_that_classify_stops_early_on() -> None:
    """Lines of 150+ characters ending a sentence, with 0 to 5 sentence ends: classify's first test."""
    for ends in range(6):
        text = " ".join(["This is a clause of the paragraph" + ("." if k < ends else ",") for k in range(8)])
        _check(text)
        _check(text + ".")
        _check(text + "。")


ALPHABET = "aZ09.!?。！？\"”’»)）」』 \t\n\x0b\x85\xa0\u2028\u3000İßΣ漢😀\ud800"


@settings(max_examples=3000, deadline=None)
@given(st.text(ALPHABET, max_size=60))
@example("")
@example(".")
@example("a. b. c.")
@example("a.”) b.")
@example("。。。")
@example("a.\u3000b!\x85")
@example("😀.\ud800. ")
def test_on_random_text(text: str) -> None:
    _check(text)
