"""`_may_match` against its plain definition. Compiled, the key search is one pass over the lowered text
with a filter on each key's first two characters (`_holds_key`); these tests hold it to `in`/startswith."""

from __future__ import annotations

import random

from pagetexts import dev_dumps, own_pages

from cleaners import metadata
from cleaners.metadata import _CAPTION_KEYS, _UI_CASE_EXCEPTIONS, _UI_KEYS, _UI_OPENINGS, _may_match


def may_match_oracle(text: str, keys: tuple[str, ...], openings: tuple[str, ...] = ()) -> bool:
    if any(c in text for c in _UI_CASE_EXCEPTIONS):
        return True
    low = text.lower()
    return low.startswith(openings) or any(key in low for key in keys)


KEY_SETS = [(_UI_KEYS, _UI_OPENINGS), (_CAPTION_KEYS, ()), (("ab", "x", "", "ba"), ("zz",)), (("a",), ()), ((), ())]


def _lines() -> list[str]:
    paths = own_pages()
    paths += dev_dumps(80, required=False)
    out: list[str] = []
    for path in paths:
        out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return out


def _check(text: str) -> None:
    for keys, openings in KEY_SETS:
        assert _may_match(text, keys, openings) == may_match_oracle(text, keys, openings), (text, keys)


def test_may_match_on_page_lines() -> None:
    for line in _lines():
        _check(line)


def test_may_match_on_every_key_in_context() -> None:
    for keys, openings in KEY_SETS[:2]:
        for key in keys + openings:
            for text in (key, key.upper(), "x " + key, key + " x", "Some " + key.title() + " here", key[:-1], key[1:],
                         "写真" + key, key + "\U0001f600", "İ " + key[:-1]):
                _check(text)


def test_may_match_on_random_strings() -> None:
    rng = random.Random(9)
    pieces = list(_UI_KEYS + _UI_OPENINGS + _CAPTION_KEYS) + ["a", "b", "x", " ", "É", "é", "ß", "İ", "ı", "ſ", "\u212a",
                                                               "\ud800", "\U00020000", "写", "真", "[", "]", "ab", "ba"]
    for _ in range(20000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, 6))]
        text = "".join(p[: rng.randint(0, len(p))] if rng.random() < 0.5 else p for p in parts)
        _check(text)
        _check(text.upper())


def test_may_match_empty_and_short() -> None:
    for text in ["", "a", "[", "c", "cl", "click", "CLICK", "\u0130"]:
        _check(text)
    assert metadata._may_match("Click here", _UI_KEYS, _UI_OPENINGS)
    assert not metadata._may_match("A quiet headline", _UI_KEYS, _UI_OPENINGS)
