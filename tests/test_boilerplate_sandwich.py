"""sandwich_discount, written with typed index loops, scores what its comprehension form scored.

The stage's own calls are captured (their lines, features and scores as the stage built them) on the
test pages and, when present, the dev text dumps, and each is replayed through the plain form below.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagetexts import HAVE_DEV, NO_DEV_REASON, PAGES, dev_dumps
from stages import boilerplate_doc

from cleaners import Config, boilerplate
from cleaners.boilerplate import (
    _AGENDA_ROW_RE,
    ADMONITION_LABELS,
    AGENDA_MIN_ROWS,
    FACT_BOX_MIN_ROWS,
    FACT_BOX_NEXT_MIN_WORDS,
    FACT_BOX_TAIL,
    GOOD,
    NEAR,
    RECIPE_LABELS,
    RECIPE_ROW_MAX_WORDS,
    SANDWICH_CONTENT_SHARE,
    _announced_item,
    _announced_limit,
    _item_shaped,
    _label_row,
    _quantity_row,
    _recipe_label,
    content_like,
)
from cleaners.document import SEPARATOR, Document, Line
from cleaners.pipeline import Pipeline


def sandwich_plain(lines: list[Line], feats: list, scores: list[float], w: dict[str, float]) -> None:
    """The comprehension form sandwich_discount had before it was typed."""
    goods = [i for i, f in enumerate(feats) if f.cls == GOOD]
    for a, b in zip(goods, goods[1:], strict=False):
        if b == a + 1:
            continue
        targets = [
            i for i in range(a + 1, b)
            if scores[i] < 0 and (lines[i].kind == SEPARATOR or not lines[i].notes.get("furniture"))
        ]
        if not targets:
            continue
        gap = [i for i in range(a + 1, b) if lines[i].kind != SEPARATOR]
        # (a separator may be a hard break too: a mail's signature delimiter)
        if not gap or any(lines[i].notes.get("hard_break") for i in range(a + 1, b)):
            continue
        needed = SANDWICH_CONTENT_SHARE * len(gap)
        contentish, left = 0, len(gap)
        recipe = False
        listing = _announced_limit(lines[a], feats[a])
        row_at = [k for k, i in enumerate(gap) if _label_row(lines[i], feats[i])]
        fact_box = (
            feats[b].words >= FACT_BOX_NEXT_MIN_WORDS
            and not any(lines[i].notes.get("furniture") for i in gap)
            and len(row_at) >= FACT_BOX_MIN_ROWS
            and len(gap) - 1 - row_at[-1] <= FACT_BOX_TAIL
        )
        agenda_at = [i for i in gap if feats[i].digits and _AGENDA_ROW_RE.match(lines[i].text)]
        agenda = (
            len(gap) > AGENDA_MIN_ROWS
            and not any(lines[i].notes.get("furniture") for i in gap)
            and len(agenda_at) >= AGENDA_MIN_ROWS
        )
        for i in gap:
            if contentish >= needed or contentish + left < needed:
                break
            f = feats[i]
            text = lines[i].text
            item = f.words <= listing and _announced_item(lines[i], f)
            if f.words <= 3 and (text.rstrip(":：").strip().casefold() in RECIPE_LABELS or _recipe_label(text)):
                recipe = True
                contentish += 1
            elif (
                (f.cls in (NEAR, GOOD) and f.terminal) or content_like(text, f) or _quantity_row(text, f)
                or (f.words <= 2 and text.rstrip(":：").strip().casefold() in ADMONITION_LABELS)
                or (recipe and f.words <= RECIPE_ROW_MAX_WORDS and text[:1] in "0123456789½¼¾⅓⅔⅛")
                or (recipe and _item_shaped(lines[i], f))  # under a label, any short row: an ingredient
                or item
                or (fact_box and _label_row(lines[i], f))
                or (agenda and i in agenda_at)
            ):
                contentish += 1
            listing = listing if item else _announced_limit(lines[i], f)
            left -= 1
        if contentish >= needed:
            for i in targets:
                scores[i] = w["sandwiched"]


def _replay(paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> int:
    typed = boilerplate.sandwich_discount
    calls = 0
    changed = 0

    def spy(lines: list[Line], feats: list, scores: list[float], w: dict[str, float]) -> None:
        nonlocal calls, changed
        expected = list(scores)
        sandwich_plain(lines, feats, expected, w)
        before = list(scores)
        typed(lines, feats, scores, w)
        assert scores == expected
        calls += 1
        changed += scores != before

    monkeypatch.setattr(boilerplate, "sandwich_discount", spy)
    pipe = Pipeline(config=Config(language_backend="fasttext"))
    for path in paths:
        pipe.run(Document(source=path.name, raw=path.read_bytes()))
    assert calls >= len(paths) // 2
    return changed


def test_sandwich_on_the_test_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    _replay(sorted(PAGES.glob("*.txt")), monkeypatch)


@pytest.mark.skipif(not HAVE_DEV, reason=NO_DEV_REASON)
def test_sandwich_on_the_dev_dumps(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _replay(dev_dumps(), monkeypatch) > 0  # the rule fires on some pages: a real test


DOC_PARAS = [
    "Tiles expire after a number of seconds that you set in the configuration file, one day by default.",
    "Set the expiry to zero to keep tiles forever. You must then clear the cache yourself when the data changes.",
    "Clearing the cache of a large map can take several minutes and puts a heavy load on the disk.",
]
DOC_NAV = ["Docs", "Getting started", "Installation", "Guides", "Caching", "API reference", "Changelog"]
DOC_FOOT = ["Previous", "Tiles and layers", "Next", "Authentication", "Was this page helpful?", "Yes", "No"]


@pytest.mark.parametrize(("label", "kept"), [("Warning", True), ("Hinweis:", True), ("Authentication", False)])
def test_callout_label_between_paragraphs_keeps_the_callout(label: str, kept: bool) -> None:
    """A docs page's "Warning" over its callout text, after a command line, does not end the page there; a
    menu entry in its place still does."""
    doc = boilerplate_doc([*DOC_NAV, *DOC_PARAS[:2], "tessellate cache clear --layer roads", label, DOC_PARAS[2], *DOC_FOOT])
    assert any(line.kept and line.text == DOC_PARAS[2] for line in doc.lines) is kept
