"""The phrase regexes use prefix-factored alternations (patterns._trie_alternation): they must match
exactly where the flat alternations of patterns._alternation (the plain form) match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import patterns

PAGES = Path(__file__).parent / "pages"
PHRASE_REGEXES = {name: obj for name, obj in vars(patterns).items() if isinstance(obj, patterns.PhraseRegex)}
# Each phrase-list regex built on _trie_alternation, and its phrase list.
TRIE_LISTS = {
    "LIST_INTRO_RE": patterns.LIST_INTRO, "CTA_RE": patterns.CTA, "FURNITURE_RE": patterns.FURNITURE,
    "ARTICLE_END_RE": patterns.ARTICLE_END, "READ_ALSO_RE": patterns.LIST_INTRO,
}


# A regex built on two alternations: its phrase list in parts (LIST_INTRO_RE: its "most watched" labels apart).
TRIE_PARTS = {"LIST_INTRO_RE": (patterns._LIST_INTRO_ANYWHERE, patterns.LIST_INTRO_MOST_WATCHED)}


def _plain(name: str) -> re.Pattern[str]:
    """The regex as spelled with the flat alternation(s)."""
    rx = PHRASE_REGEXES[name].regex
    pattern = rx.pattern
    for phrases in TRIE_PARTS.get(name, (TRIE_LISTS[name],)):
        trie = patterns._trie_alternation(phrases)
        assert pattern.count(trie) == 1
        pattern = pattern.replace(trie, patterns._alternation(phrases))
    return re.compile(pattern, rx.flags)


def _lines() -> list[str]:
    lines = [line.strip() for page in sorted(PAGES.glob("*.txt")) for line in page.read_text().splitlines()]
    return [line for line in lines if line]


def _phrase_variants(phrases: list[str]) -> list[str]:
    """Each phrase alone, in other cases, cut short, run on, and inside text, as a line."""
    out = []
    for p in sorted(set(phrases)):
        for v in (p, p.upper(), p.title(), p[:-1], p + "s", p[1:]):
            out += [
                v, f"{v}!", f"{v}: Title of another story", f"» {v}", f"12 {v}", f"x{v}", f"{v}x", f"{v}の",
                f"read this {v} now", f"See {v}", f"本文{v}本文", f"{v} {p}", f"a{v}{v}", "İ" + v, v.replace("s", "ſ"),
                v.replace("i", "İ"), v.replace("i", "ı"),
            ]
    return out


@pytest.mark.parametrize("name", sorted(TRIE_LISTS))
def test_trie_alternation_matches_the_same_strings(name: str) -> None:
    """Alone (fullmatch), the factored alternation accepts exactly the phrases (any case) and nothing near them."""
    phrases = TRIE_LISTS[name]
    trie = re.compile(patterns._trie_alternation(phrases), re.IGNORECASE)
    flat = re.compile(patterns._alternation(phrases), re.IGNORECASE)
    for text in _phrase_variants(phrases):
        assert bool(trie.fullmatch(text)) == bool(flat.fullmatch(text)), text


@pytest.mark.parametrize("name", sorted(TRIE_LISTS))
def test_phrase_regex_agrees_with_its_flat_spelling(name: str) -> None:
    rx, plain = PHRASE_REGEXES[name].regex, _plain(name)
    texts = _lines() + _phrase_variants(TRIE_LISTS[name])
    for text in texts:
        for method in ("search", "match", "fullmatch"):
            assert bool(getattr(rx, method)(text)) == bool(getattr(plain, method)(text)), (name, method, text)


_FRAGMENTS = sorted({p[i:j] for p in patterns.CTA + patterns.FURNITURE + patterns.LIST_INTRO + patterns.ARTICLE_END
                     for i in (0, 1) for j in (len(p) - 1, len(p))} | {" ", "!", ":", "。", "1", "-", "X", "İ"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=6), st.text(max_size=6))
def test_phrase_regexes_agree_on_random_text(parts: list[str], noise: str) -> None:
    text = noise.join(parts)
    for name in TRIE_LISTS:
        rx, plain = PHRASE_REGEXES[name].regex, _PLAIN[name]
        assert bool(rx.search(text)) == bool(plain.search(text)), (name, text)
        assert bool(rx.match(text)) == bool(plain.match(text)), (name, text)


_PLAIN = {name: _plain(name) for name in TRIE_LISTS}
