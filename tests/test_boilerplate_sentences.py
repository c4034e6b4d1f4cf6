"""The capped sentence count gives what the full count gives, and never leaves a capped count behind.

classify and _list_after_heading only ask whether a line has at least one or two sentence ends, so the
compiled code stops counting there (_count_sentences_upto); LineFeatures.sentences stays the exact count.
Held to len(_SENT_PUNCT_RE.findall(text)) on the test pages, the dev text dumps when present, and random
text over the characters where the count could part (sentence ends, closers, Unicode whitespace, astral
characters, lone surrogates).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pagetexts import HAVE_DEV, NO_DEV_REASON, PAGES, dev_dumps, nonblank_lines

from cleaners import boilerplate

# Other scripts' stops count like 。; in Thai and Lao a whitespace character between a run of 20 of their
# characters and another one is a sentence end (boilerplate.CONTINUA_RUN).
_SENT_PUNCT_RE = re.compile(
    r"[.!?。！？][\"”’»)）」』]*(?:\s|$)|[。！？।॥۔؟։።፧။།។៕]|(?<=[\u0e01-\u0eff]{20})\s(?=[\u0e01-\u0eff])"
)
LIMITS = (0, 1, 2, 3)


_lines = nonblank_lines


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


ALPHABET = "aZ09.!?。！？\"”’»)）」』 \t\n\x0b\x85\xa0\u2028\u3000İßΣ漢😀\ud800।۔።។ก่าລ\u0e00\u0f00"
THAI_RUN = "กรุงเทพมหานครเป็นเมืองหลวง"  # 26 Thai characters (vowel and tone marks included)


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


@settings(max_examples=1500, deadline=None)
@given(st.text(ALPHABET, max_size=30), st.text(ALPHABET, max_size=30), st.integers(15, 25))
@example("", " ก", 20)
@example("", " ก", 19)
@example("", "\xa0ก", 20)
@example("", "\x85ลาว", 20)
@example("", "  ก", 20)
@example("", ". ก", 20)
def test_on_random_text_after_a_thai_run(before: str, after: str, run: int) -> None:
    """Around the Thai/Lao rule: a run of 15 to 25 of their characters, then anything."""
    _check(before + (THAI_RUN * 2)[:run] + after)


def test_thai_and_other_scripts_sentence_ends() -> None:
    assert boilerplate._count_sentences(THAI_RUN + " " + THAI_RUN) == 1
    assert boilerplate._count_sentences(THAI_RUN[:19] + " " + THAI_RUN) == 0  # a short run: a menu item
    assert boilerplate._count_sentences(THAI_RUN + "  " + THAI_RUN) == 0  # (as the regex: one space only)
    assert boilerplate._count_sentences(THAI_RUN + " abc") == 0
    assert boilerplate._count_sentences("ਇਹ ਪਹਿਲਾ ਵਾਕ ਹੈ। ਇਹ ਦੂਜਾ ਹੈ।") == 2
    for stop in "।॥۔؟։።፧။།។៕":
        assert boilerplate._count_sentences("abc" + stop + "def") == 1, stop
