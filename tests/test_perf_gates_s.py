"""_BYLINE_BY_INITIAL (metadata): _BYLINE_RE's alternatives split by the ASCII letter they open with. A line opening
with an ASCII character gets the pattern of its letter (or none); the match (span and name) is _BYLINE_RE's over the
probe pages' lines, the dev dumps' lines, each byline word of the pattern in several casings with names and titles
after it, and generated strings with case-folding edge characters."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import PAGES, dev_dumps, nonblank_lines
from test_boilerplate_prefilters import opening_chars

from cleaners import metadata

PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
_EDGES = "ſKİıßẞﬁﬀςΣＡａ\u0301 \t\u00a0:：-_*•|/.,0123"
# The words of the byline prefixes (read off the pattern's text) and what follows them on a line.
_PREFIX_WORDS = sorted(set(re.findall(r"[^\W\d_]+", metadata._BYLINE_PREFIX)) - {"s", "i"})
_TAILS = (" Jane Doe", ": Jane Doe", " la Dra. Ana Gómez", " Dr. Jane Doe", " the Prof Max", "  ", "", " ", ":",
          " et validée par Dr X", " médicamente por Dra. Y", "\tJane")


def _split_match(text: str) -> tuple | None:
    """parse_byline's match, as it picks the pattern."""
    first = text[0]
    if first.isascii():
        pat = metadata._BYLINE_BY_INITIAL.get(first)
        m = pat.match(text) if pat is not None else None
    else:
        m = metadata._BYLINE_RE.match(text)
    return None if m is None else (m.span(), m.group("name"))


def _full_match(text: str) -> tuple | None:
    m = metadata._BYLINE_RE.match(text)
    return None if m is None else (m.span(), m.group("name"))


def _variants(word: str) -> list[str]:
    return [word, word.upper(), word.capitalize(), word.swapcase()]


def test_initials_are_the_old_gate() -> None:
    """The letters with a pattern are those of _BYLINE_INITIALS, and no other ASCII character matches any."""
    assert set(metadata._BYLINE_BY_INITIAL) == set(metadata._BYLINE_INITIALS)
    for c in map(chr, range(128)):
        if c not in metadata._BYLINE_INITIALS:
            assert _full_match(c + "y Jane Doe") is None and _full_match(c + " Jane") is None


def _words() -> list[str]:
    """Every word of the byline list whose first character picks its letter's pattern."""
    return list(metadata._BYLINE_PLAIN_ALTS) + [w for pre, heads, _ in metadata._BYLINE_TITLED_ALTS for w in pre + heads]


def test_one_list_of_alternatives() -> None:
    """_BYLINE_RE and the split are built from one list (_BYLINE_PLAIN_ALTS, _BYLINE_TITLED_ALTS): the letter each
    word is filed under is exactly the ASCII characters its alternative may open with (read off the parse tree,
    either case), so a letter's pattern holds every alternative that may match a line opening with it."""
    for word in metadata._BYLINE_PLAIN_ALTS:
        openers = {c for c in opening_chars(re.compile(f"^(?:{word})", re.IGNORECASE)) if c.isascii()}
        initial = metadata._byline_initial(word)
        assert openers == ({initial, initial.upper()} if initial else set()), word
    for pre, heads, rest in metadata._BYLINE_TITLED_ALTS:
        for word in pre:
            openers = {c for c in opening_chars(re.compile(rf"^(?:{word}\s+)", re.IGNORECASE)) if c.isascii()}
            initial = metadata._byline_initial(word)
            assert openers == ({initial, initial.upper()} if initial else set()), word
        for word in heads:
            openers = {c for c in opening_chars(re.compile(f"^(?:{word}{rest})", re.IGNORECASE)) if c.isascii()}
            initial = metadata._byline_initial(word)
            assert openers <= {initial, initial.upper()}, word  # ("(?-i:de)" opens with "d" only)
            assert initial in openers or not initial, word
    letters = {metadata._byline_initial(w) for w in _words()} - {""}
    assert set(metadata._BYLINE_BY_INITIAL) == letters | {c.upper() for c in letters}


def test_split_patterns_as_written_before() -> None:
    """The patterns the list builds are those written out by hand before it (the same text, so the same matches
    at the same cost): _BYLINE_PREFIX's and three of the split's."""
    title = metadata._BYLINE_TITLE
    assert metadata._BYLINE_PREFIX.startswith(r"(?:by|von|por|par|door|av|af|przez|di|da|oleh|от|автор|текст|written\s+by|")
    assert metadata._BYLINE_PREFIX.endswith(
        r"(?-i:de)|scris[ăa]?\s+de|γράφ(?:ει|ουν)(?:\s+(?:ο|η|οι))?|"
        r"(?:author|autor|autora|autorka|auteur|autore|autrice|szerző|yazar|penulis|tác\s+giả|forfatter|författare|"
        r"kirjoittaja|συντάκτης|συγγραφέας)(?=\s*:))" + title + ")")
    tail = r"\s*:?\s+(?P<name>\S.*)$"
    assert metadata._BYLINE_BY_INITIAL["m"].pattern == (
        r"^(?:(?:medically\s+reviewed\s+by|"
        r"(?:médicamente\s+|medicamente\s+)(?:revisado|revisada|revisto|revista|verificado)\s+"
        r"(?:médicamente\s+|medicamente\s+)?por|"
        rf"medizinisch\s+geprüft\s+von|medisch\s+(?:gecontroleerd|beoordeeld)\s+door){title})" + tail)
    assert metadata._BYLINE_BY_INITIAL["r"].pattern == (
        r"^(?:reported\s+by|reviewed\s+by|rédigé\s+par|rédigée\s+par|(?:reviewed\s+by|"
        r"(?:revisado|revisada|revisto|revista)\s+(?:médicamente\s+|medicamente\s+)?por|"
        r"(?:relu|relue)(?:\s+et\s+(?:validé|validée|vérifié|vérifiée))?\s+par|"
        rf"(?:rivisto|revisionato)\s+da){title})" + tail)
    assert metadata._BYLINE_BY_INITIAL["d"].pattern == (
        rf"^(?:door|di|da|(?:duyệt\s+bởi|ditinjau\s+oleh|(?-i:de)){title})" + tail)


def test_same_match_on_real_lines() -> None:
    lines = [line.strip() for line in PROBE_LINES + DEV_LINES]
    matched = 0
    for text in lines:
        if text:
            expected = _full_match(text)
            assert _split_match(text) == expected, text
            matched += expected is not None
    assert matched >= 20


def test_same_match_on_prefix_words() -> None:
    """Every byline word and pair of them, in several casings, with names, titles and separators after it."""
    words = _PREFIX_WORDS
    texts = []
    for w in words:
        for v in _variants(w):
            texts += [v + tail for tail in _TAILS]
            texts += [v + " " + w2 + tail for w2 in words for tail in (" Jane Doe", " Dr. Jane", ":")]
    matched = 0
    for text in texts:
        expected = _full_match(text)
        assert _split_match(text) == expected, text
        matched += expected is not None
    assert matched >= 200


def test_same_match_with_edge_characters_in_front() -> None:
    """Every code point in front of a byline's tail (ASCII ones route to their letter, the others to _BYLINE_RE)."""
    for c in (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000):
        for tail in ("y Jane Doe", "on Jane Doe", "act-checked by Jane", "edically reviewed by Dr. Jane"):
            text = c + tail
            assert _split_match(text) == _full_match(text), text


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PREFIX_WORDS + list(_EDGES) + [" ", "Jane", "Dr.", "la", "et", "by"]),
                min_size=1, max_size=8))
def test_same_match_on_generated_lines(parts: list[str]) -> None:
    text = "".join(parts) if len(parts) % 2 else " ".join(parts)
    if text:
        assert _split_match(text) == _full_match(text), text
