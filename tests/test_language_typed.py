"""language's typed (compiled) code paths against their plain definitions.

When the module is compiled with Cython, `script_row` counts scripts in a typed pass over the code
points instead of numpy's script_matrix, and `line_scripts` uses it per line. These tests hold the
typed paths to the plain ones (the numpy matrix and `_script_decision`) on every script range's
edges, astral and surrogate code points, generated texts and the dev pages. Uncompiled, the module
runs the plain code and the tests pass trivially for it.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import language as L

_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "textdump"

# Code points at and around the edges of every script range, plus astral and lone surrogates.
_EDGES = sorted(
    {cp for _, _, ranges in L._SCRIPTS for lo, hi in ranges for cp in (lo - 1, lo, hi, hi + 1) if 0 <= cp <= 0x10FFFF}
    | {0, 0x20, 0x7F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFF, 0x10000, 0x1F600, 0x2EBF0, 0x10FFFF}
)
_ALPHABET = "".join(map(chr, _EDGES)) + "abcXYZ αβγ абв אב ا ก あア 漢字 한국 ქა \n\t"


def _dev_lines(limit: int = 60) -> list[str]:
    lines: list[str] = []
    for path in sorted(_DEV.glob("*.txt"))[:limit]:
        lines += path.read_text("utf-8", errors="replace").splitlines()
    return lines


def _plain_row(text: str, limit: int) -> tuple:
    counts = L.script_matrix([text[:limit]])[0].tolist()
    return (*L._script_decision(counts), sum(counts) - counts[0])


def _plain_line_scripts(texts: list[str]) -> L.LineScripts:
    """line_scripts as the vectorized numpy pass (the uncompiled module's path)."""
    n = len(texts)
    langs: list[str | None] = [None] * n
    families: list[str | None] = [None] * n
    letters = [0] * n
    rest = []
    for i, text in enumerate(texts):
        if len(text) < -(-L.LINE_MIN_LETTERS // L.CJK_WEIGHT):
            continue
        if text.isascii():
            if len(text) >= L.LINE_MIN_LETTERS:
                count = sum(c.isascii() and c.isalpha() for c in text)
                if count:
                    letters[i], families[i] = count, "latin"
        else:
            rest.append(i)
    if rest:
        got = L.script_decisions(L.script_matrix([texts[i][: L.LINE_SCRIPT_CHARS] for i in rest]))
        for i, lang, family, count in zip(rest, *got, strict=True):
            langs[i], families[i], letters[i] = lang, family, count
    return langs, families, letters


def _check_row(text: str) -> None:
    for limit in (0, 1, 7, L.LINE_SCRIPT_CHARS, len(text), len(text) + 5):
        assert L.script_row(text, limit) == _plain_row(text, limit), (text, limit)


def test_script_row_on_every_range_edge() -> None:
    for cp in _EDGES:
        ch = chr(cp)
        for text in (ch, ch * 3, "ab" + ch, ch + "日本語" + ch, "한" + ch * 2, "カ" + ch + "漢"):
            _check_row(text)


def test_script_row_on_the_cjk_splits() -> None:
    for han in range(0, 12):
        for kana in range(0, 4):
            for hangul in range(0, 6):
                for latin in (0, 5, 40):
                    _check_row("漢" * han + "か" * kana + "한" * hangul + "x" * latin + "𠀀" * (han % 3))


def test_script_row_and_line_scripts_on_the_dev_pages() -> None:
    lines = _dev_lines()
    assert lines
    for line in lines:
        _check_row(line)
    cut = [t[: L.LINE_MAX_CHARS] for t in lines]
    assert L.line_scripts(cut) == _plain_line_scripts(cut)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=140), max_size=12))
def test_script_row_and_line_scripts_on_generated_texts(texts: list[str]) -> None:
    for text in texts:
        _check_row(text)
    assert L.line_scripts(texts) == _plain_line_scripts(texts)
