"""patterns.IGNORECASE_EXTRA_FOLDS, the one table of re.IGNORECASE's folds beyond upper() and lower() that the
regex gates (patterns.LEGAL_TOPIC_CASE_EXCEPTIONS, boilerplate._case_variants) count, checked against re itself."""

from __future__ import annotations

import re
import sys

from cleaners import boilerplate, patterns

_EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1))
_BMP = _EVERY_CHARACTER[:0x10000]


def _ignorecase_matches(letter: str, among: str = _EVERY_CHARACTER) -> set[str]:
    """Every character (of `among`) re.IGNORECASE matches to `letter`."""
    return set(re.compile(re.escape(letter), re.IGNORECASE).findall(among))


def test_extra_folds_are_what_ignorecase_matches_beyond_upper_and_lower() -> None:
    """For every lower-case letter of U+0000-U+04FF: the table holds exactly the characters re.IGNORECASE matches
    to it that are neither the letter nor its upper() or lower(); a letter with none has no entry. (The letters
    of the table are matched over every code point, the others over the BMP: the whole range for ~500 letters
    takes half a minute.)"""
    for code in range(0x500):
        letter = chr(code)
        if not letter.isalpha() or letter.lower() != letter:
            continue
        among = _EVERY_CHARACTER if letter in patterns.IGNORECASE_EXTRA_FOLDS else _BMP
        extra = _ignorecase_matches(letter, among) - {letter, letter.upper(), letter.lower()}
        assert set(patterns.IGNORECASE_EXTRA_FOLDS.get(letter, "")) == extra, hex(code)
    assert all(ord(letter) < 0x500 for letter in patterns.IGNORECASE_EXTRA_FOLDS)


def test_legal_topic_case_exceptions_are_the_keys_folds_that_lower_elsewhere() -> None:
    assert patterns.LEGAL_TOPIC_CASE_EXCEPTIONS == "\u0130\u0131\u017f\u1c80\u1c82\u1c83\u1c84\u1c85"


def test_case_variants_of_a_letter_are_its_ignorecase_matches() -> None:
    for letter in ("i", "s", "k", "\u043e", "\u03c3", "a"):
        assert boilerplate._case_variants(letter) == _ignorecase_matches(letter), letter
