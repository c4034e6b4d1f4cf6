"""boilerplate._ALSO_ON_SITE_FIRST and _SHARE_PLEA_TURKIC_FIRST are read off their word lists (no hand-written
copy): the patterns built from the lists are the hand-written ones character for character, every character that can
open a match (re's own parse of the pattern, every code point tried) passes the gate, each phrase in several casings
is found, and _also_on_site answers as its ungated form over the probe pages' and the dev dumps' lines."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pagetexts import PAGES, dev_dumps, nonblank_lines
from test_boilerplate_prefilters import opening_chars

from cleaners import boilerplate, patterns
from cleaners.document import BODY

PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
ALL_LINES = PROBE_LINES + DEV_LINES
_CASES = (str.lower, str.upper, str.capitalize, str.title)

# The patterns as written by hand before the word lists built them.
_OLD_ALSO_ON_SITE = (
    r"[^\w\s]{0,3}\s*(?:also|more|read more|read it|auch|mehr|lesen sie (?:auch|mehr)|aussi|lire aussi|à lire aussi|plus|"
    r"también|más|lee más|leer más|também|mais|leia (?:também|mais)|anche|leggi (?:anche|altro)|ook|meer|lees (?:ook|meer)|"
    r"także|więcej|czytaj (?:też|także|więcej)|также|ещё|еще|читайте (?:также|ещё|еще))\s+"
    r"(?:on|at|auf|bei|sur|en|em|no|na|su|op|на)\s+(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}\b\s*[:|»›>–—-]?\s+"
)
_OLD_TURKIC = (
    r"|(?:bu\s+)?(?:podcast'?i|podkast[ıi]|bölümü|videoyu|videonu|epizodu|buraxılışı|yazını|məqaləni|resepti)\s+"
)


def test_also_on_site_pattern_is_the_hand_written_one() -> None:
    assert boilerplate._ALSO_ON_SITE_RE.pattern == _OLD_ALSO_ON_SITE
    assert boilerplate._ALSO_ON_SITE_RE.flags & re.IGNORECASE


def _passes_first_test(first: str) -> bool:
    """_also_on_site's first-character gate, as written there."""
    fs = boilerplate._ALSO_ON_SITE_FIRST
    return not (first not in fs and (first.isalnum() or first.isspace()) and first.upper() not in fs)


def test_also_on_site_first_letters_admit_every_opening_character() -> None:
    """Every character that can open a phrase (under IGNORECASE, every code point tried: "ᲄ" matches "т") passes the
    first-character gate, and each phrase's own first letter is in the set in both cases."""
    phrases = re.compile("(?:" + "|".join(boilerplate._ALSO_ON_SITE_PHRASES) + ")", re.IGNORECASE)
    openers = opening_chars(phrases)
    assert {"a", "A", "т", "Т", "ч", "Ч"} <= openers
    for ch in openers:
        assert _passes_first_test(ch), hex(ord(ch))
    for phrase in boilerplate._ALSO_ON_SITE_PHRASES:
        assert {phrase[0].lower(), phrase[0].upper()} <= boilerplate._ALSO_ON_SITE_FIRST, phrase
    # (no letter beyond them: a Latin "E" opens no phrase, the hand-written set had it)
    assert set(boilerplate._ALSO_ON_SITE_FIRST) == {c for p in boilerplate._ALSO_ON_SITE_PHRASES for c in (p[0].lower(), p[0].upper())}


@pytest.mark.parametrize("phrase", boilerplate._ALSO_ON_SITE_PHRASES)
def test_also_on_site_each_phrase_passes(phrase: str) -> None:
    """A link line with each phrase, in several casings, is found (a letter dropped from the set fails here)."""
    words = re.sub(r"\(\?:([^|)]+)[^)]*\)", r"\1", phrase)  # the first choice of a group: "lesen sie auch"
    for case in _CASES:
        on = "на" if "CYRILLIC" in unicodedata.name(phrase[0]) else "on"
        line = f"{case(words)} {on} example.com Harbour Ferry Returns"
        assert boilerplate._also_on_site(line), line


def _also_on_site_ungated(text: str) -> bool:
    """_also_on_site without its first-character gate."""
    if "." not in text:
        return False
    stripped = text.rstrip()
    if stripped[-1:] in ".。":
        return False
    m = boilerplate._ALSO_ON_SITE_RE.match(stripped)
    if m is None:
        return False
    head = stripped[m.end() : m.end() + 1]
    return head != "" and (head.isupper() or head.isdigit() or head in "\"“‘«„'")


def test_also_on_site_gated_as_ungated_on_real_lines() -> None:
    for line in ALL_LINES:
        assert boilerplate._also_on_site(line) == _also_on_site_ungated(line), line


def test_turkic_share_plea_pattern_is_the_hand_written_one() -> None:
    assert _OLD_TURKIC in patterns.SHARE_PLEA_IF_OTHER_RE.pattern


def test_turkic_share_plea_first_letters() -> None:
    """The letters are the nouns' first letters, both cases, but those _SHARE_PLEA_IF_OTHER_FIRST holds (the hand-
    written set was these), and together the two sets admit every letter that can open the Turkic branch."""
    assert sorted(boilerplate._SHARE_PLEA_TURKIC_FIRST) == sorted("PpVvEeYyMmRr")
    branch = re.compile(_OLD_TURKIC[1:], re.IGNORECASE)
    both = set(boilerplate._SHARE_PLEA_TURKIC_FIRST) | set(boilerplate._SHARE_PLEA_IF_OTHER_FIRST)
    for ch in opening_chars(branch):
        assert ch in both, hex(ord(ch))


@pytest.mark.parametrize("noun", patterns.SHARE_PLEA_TURKIC_NOUNS)
def test_turkic_share_plea_each_noun_is_a_plea(noun: str) -> None:
    word = noun.replace("'?", "'").replace("[ıi]", "ı")
    for case in (str.capitalize, str.lower):
        line = f"{case(word)} bəyəndinizsə, dostlarınızla paylaşın"
        found = boilerplate.furniture_rule(line, BODY, boilerplate.line_features(line, "az"))
        assert found is not None and found[0] == "promo", line
