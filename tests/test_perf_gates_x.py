"""The fast paths of perfX give the answers of the code they replace.

- _formula_line (formulas_scored) tests a character against the relations spelled out as a string literal (compiled:
  a C switch on the typed character) instead of the frozenset _FORMULA_RELATIONS (compiled: a str made of the
  character and a set look-up, per character of every line of a page with a mathematical operator). The literal
  must stay the set: checked on every code point, and on every dev and probe line through formulas_scored.
"""

from __future__ import annotations

import pytest
from pagetexts import all_chars, dev_dumps, nonblank_lines, probe_lines

from cleaners import boilerplate
from cleaners.boilerplate import formulas_scored
from cleaners.document import Line

b = boilerplate

# --- the first writing -------------------------------------------------------------------------------------------


def _formula_line_definition(text: str) -> bool:
    """_formula_line as first written: the relation looked up in the frozenset."""
    tokens = single = size = 0
    relation = False
    for c in text:
        if c == " " or c == "\t":
            if size > 0:
                tokens += 1
                single += size == 1
                size = 0
            continue
        size += 1
        if not relation and c in b._FORMULA_RELATIONS:
            relation = True
    if size > 0:
        tokens += 1
        single += size == 1
    return relation and tokens >= b.FORMULA_MIN_TOKENS and single >= b.FORMULA_SINGLE_SHARE * tokens


def _formula_line_now(text: str) -> bool:
    """_formula_line as it runs (a cfunc, compiled: read through formulas_scored). Two copies of the line next to
    each other on a page with a mathematical operator: both are noted "formula" exactly when the line is one
    (FORMULA_MIN_LINES = 2, within FORMULA_GAP)."""
    assert b.FORMULA_MIN_LINES == 2 and b.FORMULA_GAP >= 1
    lines = [Line(0, text, 0, len(text), notes={}), Line(1, text, 0, len(text), notes={})]
    feats = [None, None]  # (read only for the lines between two formulas: none here)
    scores = [-1.0, -1.0]
    formulas_scored(lines, feats, scores, "\u2211")  # (the page-level premise: a character of U+2200-U+22FF)
    return bool(lines[0].notes.get("formula"))


# --- the tests ---------------------------------------------------------------------------------------------------


def test_the_relations_are_the_set() -> None:
    """A line made of one-character tokens around each code point is a formula exactly when the code point is one
    of _FORMULA_RELATIONS (a relation left out of the literal, or one added to it, fails here)."""
    wrong = []
    for ch in all_chars():
        if ch in " \t":
            continue
        text = f"a {ch} b c d e"
        if _formula_line_now(text) != (ch in b._FORMULA_RELATIONS):
            wrong.append(hex(ord(ch)))
    assert not wrong, wrong[:20]


def test_probe_lines_read_as_before() -> None:
    lines = probe_lines()
    assert lines
    wrong = [t for t in lines if _formula_line_now(t) != _formula_line_definition(t)]
    assert not wrong, wrong[:5]


def test_dev_lines_read_as_before() -> None:
    lines = nonblank_lines(dev_dumps())
    assert lines
    wrong = [t for t in lines if _formula_line_now(t) != _formula_line_definition(t)]
    assert not wrong, wrong[:5]
    # (the dev pages hold formulas: the comparison is not only of lines that are none)
    assert sum(map(_formula_line_definition, lines)) >= 5


@pytest.mark.parametrize("text", ["sin 2 θ + cos 2 θ = 1", "a ≤ b + c", "x ⩽ y ⩾ z", "1 GBP = 1.2034 USD ↓ −0.21 %"])
def test_examples(text: str) -> None:
    assert _formula_line_now(text) == _formula_line_definition(text)
