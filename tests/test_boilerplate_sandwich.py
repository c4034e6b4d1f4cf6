"""sandwich_discount, written with typed index loops, scores what its comprehension form scored.

The stage's own calls are captured (their lines, features and scores as the stage built them) on the
test pages and, when present, the dev text dumps, and each is replayed through the plain form below.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagetexts import HAVE_DEV, NO_DEV_REASON, PAGES, dev_dumps

from cleaners import Config, boilerplate
from cleaners.boilerplate import GOOD, NEAR, SANDWICH_CONTENT_SHARE, _quantity_row, content_like
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
        if not gap or any(lines[i].notes.get("hard_break") for i in gap):
            continue
        needed = SANDWICH_CONTENT_SHARE * len(gap)
        contentish, left = 0, len(gap)
        for i in gap:
            if contentish >= needed or contentish + left < needed:
                break
            f = feats[i]
            if (f.cls in (NEAR, GOOD) and f.terminal) or content_like(lines[i].text, f) or _quantity_row(lines[i].text, f):
                contentish += 1
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
