"""The month-name gate of `_find_dates`: an ASCII text whose lowered form holds none of _ASCII_MONTH_OPENINGS
skips the patterns whose every match holds a month name (dmy, mdy). These tests prove the gate from `re`
itself (which ASCII characters each letter of a month name matches under IGNORECASE) and hold it, and the
compiled key search, to the patterns on real lines and random ones."""

from __future__ import annotations

import random
import re
from pathlib import Path

from cleaners.metadata import (
    _ASCII_MONTH_OPENINGS,
    _DATE_PATTERNS,
    _M,
    _MONTH_NAME_KINDS,
    _MONTHS,
    _find_dates,
    _holds_month_opening,
)

ROOT = Path(__file__).resolve().parents[1]
TEXTDUMP = Path("/work/shared/eval/textdump")
_ASCII = [chr(c) for c in range(128)]
_MONTH_PATTERNS = [pat for kind, pat in _DATE_PATTERNS if kind in _MONTH_NAME_KINDS]


def _ascii_matches(letter: str) -> set[str]:
    """The ASCII characters that `letter` matches under re.IGNORECASE, as `re` says."""
    pattern = re.compile(re.escape(letter), re.IGNORECASE)
    return {a for a in _ASCII if pattern.fullmatch(a)}


def test_month_letters_match_only_their_ascii_case_variants() -> None:
    """The premise of the key derivation: a letter of a name matches in ASCII text only its own lower and upper
    case (if ASCII), "ı" matches i and I, and every other non-ASCII letter matches no ASCII character."""
    for letter in {c for name in _MONTHS for c in name}:
        if letter == "\u0131":
            expected = {"i", "I"}
        elif letter.isascii():
            expected = {letter.lower(), letter.upper()}
        else:
            expected = set()
        assert _ascii_matches(letter) == expected, letter


def test_every_month_name_is_at_least_three_letters() -> None:
    assert min(map(len, _MONTHS)) >= 3


def test_openings_are_the_ascii_readings_of_the_names() -> None:
    readings = {name.replace("\u0131", "i") for name in _MONTHS}
    assert set(_ASCII_MONTH_OPENINGS) == {r[:3] for r in readings if r.isascii()}
    assert all(key == key.lower() and len(key) == 3 for key in _ASCII_MONTH_OPENINGS)


def _oracle(text: str) -> bool:
    low = text.lower()
    return any(key in low for key in _ASCII_MONTH_OPENINGS)


def _lines() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))
    if TEXTDUMP.is_dir():
        paths += sorted(TEXTDUMP.glob("*.txt"))
    out: list[str] = []
    for path in paths:
        out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return out


def _fuzz(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    names = list(_MONTHS)
    parts = ["1", "21", "2025", " ", ".", ", ", "-", "de ", "of ", "th", "x", "İ", "ß", "ſ", "\u212a", "\ud800",
             "😀", "MAYIS", "Ekım", "agust", "AUG.", "Sept", "noV", "ma", "y", "ju", "n"]
    out = []
    for _ in range(n):
        pieces = [rng.choice(parts) for _ in range(rng.randint(0, 8))]
        if rng.random() < 0.5:
            name = rng.choice(names)
            pieces.insert(rng.randint(0, len(pieces)), name.upper() if rng.random() < 0.5 else name)
        out.append("".join(pieces))
    return out


def _check(text: str) -> None:
    held = _holds_month_opening(text)
    assert held == _oracle(text), text
    if text.isascii() and not held:
        assert re.search(_M, text, re.IGNORECASE) is None, text
        for pat in _MONTH_PATTERNS:
            assert pat.search(text) is None, text


def test_gate_on_real_lines() -> None:
    for text in _lines():
        _check(text)


def test_gate_on_random_and_edge_texts() -> None:
    for text in ["", "2025", "21 MAYIS 2025", "21 mayis 2025", "MAY 21, 2025", "İ 2025", "ß 21", "\ud800 2025"]:
        _check(text)
    for text in _fuzz(20000):
        _check(text)


def test_a_short_key_list_would_be_caught() -> None:
    """The test can fail: an ASCII line with a month name but none of a reduced key list is a dmy match."""
    text = "21 May 2025"
    assert _find_dates(text)
    assert any(pat.search(text) for pat in _MONTH_PATTERNS)
    assert not any(key in text.lower() for key in _ASCII_MONTH_OPENINGS if key != "may")
    assert _holds_month_opening(text)
