"""The first-character lookaheads in front of the alternations of _JOINED_RE, _DEADLINE_RE and _PAGE_KIND_HEADING_RE
leave their matches as they were: the set holds the first character of every alternative (read off re's own parse of
the pattern), it matches under re.IGNORECASE every code point one of those characters matches as a literal, and the
patterns with and without it match alike over the probe pages' lines, the dev dumps' lines, the alternatives' words
in several casings and generated strings with case-folding edge characters."""

from __future__ import annotations

import re
import sys
from re import _constants as sre
from re import _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import PAGES, dev_dumps, nonblank_lines

from cleaners import metadata

_ALL_CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
_LOOKAHEAD_RE = re.compile(r"\(\?=(\[[^\]]+\])\)")
_GATED = {
    "_JOINED_RE": metadata._JOINED_RE,
    "_DEADLINE_RE": metadata._DEADLINE_RE,
    "_PAGE_KIND_HEADING_RE": metadata._PAGE_KIND_HEADING_RE,
}
# Edge characters of case folding (long s, Kelvin sign, dotted and dotless i, sharp s, ligatures, final sigma, a
# full-width letter, a combining mark) and the separators the patterns read.
_EDGES = "ſKİıßẞﬁﬀςΣＡａ\u0301 \t\u00a0:：-_*•|/.,0123"


def _lookahead(pat: re.Pattern[str]) -> str:
    found = _LOOKAHEAD_RE.findall(pat.pattern)
    assert found, pat.pattern
    return found[0]


def _plain(pat: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was: without its first-character lookahead."""
    return re.compile(pat.pattern.replace(f"(?={_lookahead(pat)})", "", 1), pat.flags)


def _first_chars(items: list) -> set[str] | None:
    """The characters a match of the parsed sequence may open with ("" in the set: it may be empty; None: any)."""
    out: set[str] = set()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op == sre.LITERAL:
            return out | {chr(av)}
        if op == sre.IN:
            for o, a in av:
                if o == sre.LITERAL:
                    out.add(chr(a))
                elif o == sre.RANGE:
                    out.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    return None
            return out
        if op in (sre.BRANCH, sre.SUBPATTERN, sre.MAX_REPEAT, sre.MIN_REPEAT):
            if op == sre.BRANCH:
                parts = [list(b) for b in av[1]]
            elif op == sre.SUBPATTERN:
                parts = [list(av[3])]
            else:
                parts = [list(av[2])]
            empty = op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0
            for part in parts:
                first = _first_chars(part)
                if first is None:
                    return None
                empty = empty or "" in first
                out |= first - {""}
            if not empty:
                return out
            continue
        return None
    return out | {""}


def _alternatives_first_chars(pat: re.Pattern[str]) -> set[str]:
    """The first characters of the alternation after the lookahead (the plain pattern's items after "^" and "[\\W_]*")."""
    items = list(_parser.parse(_plain(pat).pattern, pat.flags))
    k = 0
    while items[k][0] is not sre.BRANCH:
        k += 1
    first = _first_chars(items[k : k + 1])
    assert first is not None and "" not in first
    return first


@pytest.mark.parametrize("name", sorted(_GATED))
def test_lookahead_holds_every_alternatives_first_character(name: str) -> None:
    pat = _GATED[name]
    firsts = _alternatives_first_chars(pat)
    chars = set(_lookahead(pat)[1:-1])
    assert firsts <= chars, sorted(firsts - chars)


@pytest.mark.parametrize("name", sorted(_GATED))
def test_lookahead_set_matches_what_the_literals_match(name: str) -> None:
    pat = _GATED[name]
    literals = re.compile("|".join(map(re.escape, sorted(_alternatives_first_chars(pat)))), re.IGNORECASE)
    gate = re.compile(_lookahead(pat), re.IGNORECASE)
    missed = [c for c in _ALL_CHARS if literals.fullmatch(c) and not gate.fullmatch(c)]
    assert not missed, missed[:20]


def _same(pat: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    a, b = pat.match(text), plain.match(text)
    assert (a is None) == (b is None), (pat.pattern[:40], text)
    if a is not None and b is not None:
        assert a.span() == b.span() and a.groups() == b.groups(), text


def _words(pat: re.Pattern[str]) -> list[str]:
    """Texts made of the pattern's alternatives: each one's letters as written, with a separator and a date after."""
    body = _plain(pat).pattern
    words = re.findall(r"[^\W\d_][^\W\d_'’]*(?:\\s[+*]?[^\W\d_]+)*", body)
    out = []
    for w in words:
        w = w.replace(r"\s+", " ").replace(r"\s*", "").replace(r"\s", " ")
        for form in (w, w.upper(), w.title(), w.casefold()):
            out += [form, f"{form}: 3 May 2025", f"** {form} 14.03.2019", f"{form}s: x", f"({form}) 1"]
    return out


# Headings of a page's template in several languages (_PAGE_KIND_HEADING_RE), and lines like them that are no such heading.
_PAGE_KIND_SAMPLES = [
    "About this event", "Why this campaign matters", "Über dieses Projekt", "Warum diese Kampagne wichtig ist",
    "À propos de cet événement", "Pourquoi ce projet", "Sobre este curso", "Por qué esta campaña", "Por que esta vaga",
    "Perché questo progetto", "Informazioni su questo corso", "Почему этот проект", "Об этом мероприятии",
    "このイベントについて", "关于此活动", "이 행사에 대하여", "ABOUT THIS RECIPE.", "İnformazioni su questo corso",
    "ſobre este curso", "How this recipe changed my life", "Storm closes harbour promenade", "  About this event",
]


@pytest.mark.parametrize("name", sorted(_GATED))
def test_same_matches_on_lines(name: str) -> None:
    pat = _GATED[name]
    plain = _plain(pat)
    extra = _words(pat) + _PAGE_KIND_SAMPLES + [e + "oined: 1" for e in _EDGES] + list(_EDGES)
    for text in PROBE_LINES + DEV_LINES + extra:
        _same(pat, plain, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_EDGES + "joinedmbrsgiztaplcuhkwyJOINEDüзнр加注登가截申마접こ关이àо"), max_size=30))
def test_same_matches_on_generated(text: str) -> None:
    for pat in _GATED.values():
        _same(pat, _plain(pat), text)


def test_tag_token_refuses_spaced_text_as_the_regex_does() -> None:
    # " " is neither \w nor one of ".+#-": a text with one never fullmatches _TAG_RE.
    assert not re.fullmatch(r"[\w.+#-]", " ")
    for text in ("c++ x", "python 3", " tag", "tag ", "a b"):
        assert metadata._TAG_RE.fullmatch(text) is None
        assert not metadata._tag_token(text)


def _tagline_gate(text: str) -> bool:
    """_title_over_tagline's tests before _SITE_TAGLINE_RE: False only where the regex cannot match."""
    first = text[0]
    return not ((ord(first) < 128 and first not in metadata._TAGLINE_INITIALS) or (text.isascii() and "," not in text))


def test_site_tagline_gate_never_refuses_a_match() -> None:
    samples = [
        "From Wikipedia, the free encyclopedia", "De Wikipedia, la enciclopedia libre", "Aus Wikipedia, der freien Enzyklopädie",
        "From Harbourpedia — the free encyclopedia", "From Harbourpedia – the gardening wiki", "Dari Wikipedia, ensiklopedia bebas",
        "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια", "Матеріал з Вікіпедії — вільної енциклопедії",
        "Վիքիպեդիաից՝ ազատ հանրագիտարանից", "ՎիքիպեդիաԻՑ՝ ազատ հանրագիտարանից", "From the desk of the editor",
        "from wiki, the wiki", "FROM WIKIPEDIA, THE FREE ENCYCLOPEDIA.",
    ]
    matched = 0
    for text in PROBE_LINES + DEV_LINES + samples:
        if metadata._SITE_TAGLINE_RE.match(text) is not None:
            matched += 1
            assert _tagline_gate(text), text
    assert matched >= 8
