"""The fast paths of perfX give the answers of the code they replace.

- social_embeds_transparent reads a line's effective length (a C field) before its substring search for "(@", and
  mark_series_links its digit count before the look-up of its first letter: both tests are pure, and either
  fails the line, so the order changes nothing. Checked against the first writings (copied here) on the inputs
  the pipeline gives the two passes on every dev dump and probe page.
- _formula_line (formulas_scored) tests a character against the relations spelled out as a string literal (compiled:
  a C switch on the typed character) instead of the frozenset _FORMULA_RELATIONS (compiled: a str made of the
  character and a set look-up, per character of every line of a page with a mathematical operator). The literal
  must stay the set: checked on every code point, and on every dev and probe line through formulas_scored.
"""

from __future__ import annotations

import pytest
from pagetexts import PAGES, all_chars, dev_dumps, nonblank_lines, probe_lines

from cleaners import boilerplate
from cleaners.boilerplate import formulas_scored
from cleaners.config import Config
from cleaners.document import Document, Line
from cleaners.pipeline import Pipeline

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


# --- social_embeds_transparent and mark_series_links: the typed length/digit test first ------------------------------


def _social_embeds_transparent_definition(lines: list, feats: list, scores: list) -> None:
    """social_embeds_transparent as first written: the substring search before the length test."""
    for i, line in enumerate(lines):
        text = line.text
        if "(@" not in text or feats[i].eff_len > 90 or line.notes.get("furniture"):
            continue
        if b.patterns.SOCIAL_EMBED_SIGNATURE_RE.match(text) is None:
            continue
        first = -1
        for k in range(i - 1, max(-1, i - b.SOCIAL_EMBED_MAX_LINES - 1), -1):
            above = lines[k].notes.get("furniture")
            if lines[k].notes.get("hard_break") or "(@" in lines[k].text:
                break
            if above and above[0] == "social-handle":
                first = k
                name = k - 1
                if name >= 0 and feats[name].cls == b.SHORT and not feats[name].terminal and not lines[name].notes.get(
                    "furniture"
                ) and b._signature_names(lines[name].text, text):
                    first = name
                break
        if first < 0:
            continue
        for k in range(first, i + 1):
            if feats[k].cls == b.GOOD or feats[k].cls == b.NEAR:
                continue
            scores[k] = 0.0
            if k < i and not lines[k].notes.get("furniture"):
                lines[k].notes["furniture"] = b._SOCIAL_EMBED_RULE


def _mark_series_links_definition(lines: list, feats: list) -> None:
    """mark_series_links as first written: the first letter's look-up before the digit count."""
    n = len(lines)
    i = 0
    while i < n:
        text = lines[i].text
        if not text or text[0] not in b._SERIES_FIRST or feats[i].digits == 0:
            i += 1
            continue
        m = b._SERIES_ITEM_RE.match(text)
        if m is None or int(m.group(1)) != 1:
            i += 1
            continue
        j = i
        while j < n and not lines[j].notes.get("furniture") and not feats[j].terminal and feats[j].cls != b.GOOD:
            m = b._SERIES_ITEM_RE.match(lines[j].text)
            if m is None or int(m.group(1)) != j - i + 1:
                break
            j += 1
        if j - i >= b.SERIES_MIN_ITEMS:
            for k in range(i, j):
                lines[k].notes["furniture"] = b._SERIES_RULE
        i = max(j, i + 1)


def _copy(lines: list) -> list:
    return [Line(line.index, line.text, line.start, line.end, kind=line.kind, notes=dict(line.notes)) for line in lines]


_SOCIAL = boilerplate.social_embeds_transparent
_SERIES = boilerplate.mark_series_links
_CAPTURED_SOCIAL: list[tuple[str, list, list, list]] = []
_CAPTURED_SERIES: list[tuple[str, list, list]] = []


def _captured() -> tuple[list, list]:
    """The two passes' inputs on every dev dump and probe page (the pipeline run once, inputs copied)."""
    if _CAPTURED_SOCIAL:
        return _CAPTURED_SOCIAL, _CAPTURED_SERIES
    paths = dev_dumps(required=False) + sorted(PAGES.glob("*.txt"))

    def keep_social(lines: list, feats: list, scores: list) -> None:
        _CAPTURED_SOCIAL.append((source[0], _copy(lines), feats, list(scores)))
        _SOCIAL(lines, feats, scores)

    def keep_series(lines: list, feats: list) -> None:
        _CAPTURED_SERIES.append((source[0], _copy(lines), feats))
        _SERIES(lines, feats)

    source = [""]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(boilerplate, "social_embeds_transparent", keep_social)
        m.setattr(boilerplate, "mark_series_links", keep_series)
        pipe = Pipeline(config=Config(language_backend="fasttext"))
        for path in paths:
            source[0] = path.name
            pipe.run(Document(source=path.name, raw=path.read_bytes()))
    return _CAPTURED_SOCIAL, _CAPTURED_SERIES


def test_social_embeds_transparent_is_its_first_writing_on_every_page() -> None:
    pages = _captured()[0]
    assert len(pages) > 900
    marked = 0
    for name, lines, feats, scores in pages:
        lines_now, scores_now = _copy(lines), list(scores)
        _SOCIAL(lines_now, feats, scores_now)
        lines_first, scores_first = _copy(lines), list(scores)
        _social_embeds_transparent_definition(lines_first, feats, scores_first)
        assert [x.notes for x in lines_now] == [x.notes for x in lines_first], name
        assert scores_now == scores_first, name
        marked += any(x.notes.get("furniture") == b._SOCIAL_EMBED_RULE for x in lines_now)
    assert marked >= 1  # an embed is found: the comparison reaches the marking


def test_mark_series_links_is_its_first_writing_on_every_page() -> None:
    pages = _captured()[1]
    assert len(pages) > 900
    marked = 0
    for name, lines, feats in pages:
        lines_now = _copy(lines)
        _SERIES(lines_now, feats)
        lines_first = _copy(lines)
        _mark_series_links_definition(lines_first, feats)
        assert [x.notes for x in lines_now] == [x.notes for x in lines_first], name
        marked += any(x.notes.get("furniture") == b._SERIES_RULE for x in lines_now)
    assert marked >= 1  # a series box is found: the comparison reaches the marking
