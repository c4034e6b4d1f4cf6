"""The date search's gates before its "dmy" and "mdy" patterns (metadata._day_gap_year, metadata._mdy_search_start)
against the patterns themselves: a gate may only skip work whose answer it knows."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from cleaners import metadata
from cleaners.metadata import _DATE_PATTERNS, _MDY_TAIL_RE, _day_gap_year, _mdy_search_start, _prepare

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "textdump"
DMY = dict(_DATE_PATTERNS)["dmy"]
MDY = dict(_DATE_PATTERNS)["mdy"]
GAP_CHARS = " ,./-"  # the characters _day_gap_year does not count as a month name's

DATES = [
    "21 May 2025", "21. Mai 2025", "21 de mayo de 2025", "21.dez.2018", "1er janvier 2025", "21 мая 2025 г.",
    "1stdec 2025", "3Dec2025", "05 มี.ค. 2567", "Posted 5 ม.ค.. 2567", "១០ ខែវិច្ឆិកា ឆ្នាំ២០២៥", "٢١ May ٢٠٢٥",
    "May 21, 2025", "JAN. 13, 2017", "Sept. 5th 2019", "On Friday, September    5, 2025 at noon", "มี.ค.  5 2567",
    "x" * 40 + " dezembro 3 2025", "Nov 3 20194:29 AM", "21 May ２０２５", "Sept.\t5 2019", "ΜΑΪΟΥ 3, 2025",
]


def _lines() -> list[str]:
    """Every line of the probe pages, the seeds and the dev pages (when present)."""
    paths = sorted((ROOT / "tests" / "pages").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    out: list[str] = []
    for path in paths:
        out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line for line in out if line.strip()]


def _fuzz(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names = sorted(metadata._MONTHS)
    parts = ["1", "05", "12", "21", "2025", "1999", "20194", "٢", "٢٠٢٥", "-", "/", ".", ". ", " ", "  ", ",", ":", "\t",
             "de ", "of ", "del ", "th", "er", "e", "º", "x", "T", "ឆ្នាំ"]
    out = []
    for _ in range(n):
        pick = [rng.choice(parts) if rng.random() < 0.7 else rng.choice(names) for _ in range(rng.randint(2, 9))]
        out.append("".join(p.upper() if rng.random() < 0.2 else p for p in pick))
    return out


TEXTS = DATES + _lines() + _fuzz(30000, seed=53)


def _mdy_gated(text: str, month_max_len: int) -> list[tuple[int, int]]:
    tail = _MDY_TAIL_RE.search(text)
    if tail is None:
        return []
    saved = metadata._MONTH_MAX_LEN
    start = _mdy_search_start(text, tail.start())
    if month_max_len != saved:  # (the mutation check: a shorter reach, computed as the function does)
        p = tail.start()
        while p > 0 and text[p - 1].isspace():
            p -= 1
        start = max(p - 1 - month_max_len, 0)
    return [m.span() for m in MDY.finditer(text, start)]


def test_month_names_hold_what_the_gates_rest_on() -> None:
    # No month name holds a decimal digit, and each holds a character that is neither a space nor one of ",./-",
    # nor matches one case-insensitively (re's IGNORECASE equivalents of its characters included).
    odd = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal() or chr(c).isspace()] + list(GAP_CHARS)
    for name in metadata._MONTHS:
        assert not any(c.isdecimal() for c in name), name
        solid = [c for c in name if not any(re.match(re.escape(c), x, re.IGNORECASE) for x in odd)]
        assert solid, name
    # A name matches as many characters as it has: the pattern's names are literals, one character each.
    assert max(len(name) for name in metadata._MONTHS) == metadata._MONTH_MAX_LEN


def test_day_gap_year_is_true_for_every_dmy_match() -> None:
    hits = skipped = 0
    for text in TEXTS:
        prepared = _prepare(text)
        if DMY.search(prepared):
            hits += 1
            assert _day_gap_year(prepared), text
        elif not _day_gap_year(prepared):
            skipped += 1
    assert hits >= 500 and skipped >= 1000


def test_mdy_search_start_finds_every_match() -> None:
    hits = moved = 0
    for text in TEXTS:
        prepared = _prepare(text)
        full = [m.span() for m in MDY.finditer(prepared)]
        tail = _MDY_TAIL_RE.search(prepared)
        if tail is None:
            assert not full, text
            continue
        hits += bool(full)
        moved += _mdy_search_start(prepared, tail.start()) > 0
        assert _mdy_gated(prepared, metadata._MONTH_MAX_LEN) == full, text
    assert hits >= 500 and moved >= 100


def test_mdy_search_start_mutation_is_caught() -> None:
    # A reach one character short of the longest name misses a date in the texts: the test above has teeth.
    long_names = [name for name in metadata._MONTHS if len(name) == metadata._MONTH_MAX_LEN]
    texts = [f"Am {name}. 5, 2025" for name in long_names]
    assert any(
        _mdy_gated(t, metadata._MONTH_MAX_LEN - 1) != [m.span() for m in MDY.finditer(t)] for t in texts
    ), long_names


def test_day_gap_year_mutation_is_caught() -> None:
    # Counting a letter as a gap character (a gate that wants two digit runs and nothing else) hides dates.
    def letters_as_gap(text: str) -> bool:
        return _day_gap_year("".join(" " if c.isalpha() else c for c in text))

    assert any(DMY.search(_prepare(t)) and not letters_as_gap(_prepare(t)) for t in DATES)


def test_find_dates_unchanged_on_dated_lines() -> None:
    cases = {
        "Posted: 18 Nov 2019 8:11 pm": [metadata.date(2019, 11, 18)],
        "By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.": [metadata.date(2019, 11, 18)],
        "21.05.2025 and 21 May 2025": [metadata.date(2025, 5, 21), metadata.date(2025, 5, 21)],
        "Our 24 Favorite New Places to Eat and Drink in 2024": [],
        "Version 2 of the 2025 plan": [],
    }
    for text, days in cases.items():
        assert [h.day for h in metadata._find_dates.__wrapped__(text)] == days, text
