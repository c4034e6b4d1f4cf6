"""boilerplate_stage's per-line memo (boilerplate._LINE_MEMO) gives what the uncached first pass gives, and stays bounded.

The memo keeps, across pages, each line's features (with its class) and its line rule: a page cleaned with the
memo full of other pages' lines (and of its own) is cleaned exactly as with an empty memo; every entry holds what
line_features, classify and furniture_rule give afresh, for its kind and for the others; it never holds more than
LINE_MEMO_SIZE lines, nor (but for the last line put in) LINE_MEMO_CHARS characters.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pagetexts import PAGES

from cleaners import boilerplate, dedup
from cleaners.document import BODY, BULLET, HEADING, SEPARATOR, Document
from tests.stages import boilerplate_doc

_PAGES = sorted(PAGES.glob("*.txt"))


def _language(name: str) -> str:
    """The page's language by its file name ("de_news_....txt" -> "de")."""
    return name.split("_", 1)[0]


def _outcome(doc: Document) -> list[tuple[str, str, str | None, dict]]:
    """What the stage decided for every line: kind, removal rule and notes (but the id of dedup's scan, a counter)."""
    return [
        (line.text, line.kind, line.removal.rule if line.removal else None,
         {k: v for k, v in line.notes.items() if k != "containment_scan"})
        for line in doc.lines
    ]


def _clean(path, language: str | None = None) -> list[tuple[str, str, str | None, dict]]:
    return _outcome(boilerplate_doc(path.read_text(encoding="utf-8"), language or _language(path.name)))


@pytest.fixture
def cold() -> Iterator[None]:
    boilerplate.clear_caches()
    yield
    boilerplate.clear_caches()


def test_warm_pages_are_cleaned_as_cold_ones(cold: None) -> None:
    alone = {}
    for path in _PAGES:
        boilerplate.clear_caches()
        alone[path.name] = _clean(path)
    for path in reversed(_PAGES):  # the memo now holds every page's lines (and, later in the loop, these again)
        warm = _clean(path)
        assert warm == alone[path.name], path.name
        # The hash keys the features keep for dedup.duplicate_marks are dedup's.
        keyed = [(text, notes["hash_key"]) for text, _, _, notes in warm if "hash_key" in notes]
        assert keyed and all(key == dedup.hash_key(text) for text, key in keyed), path.name
    assert len(boilerplate._LINE_MEMO) > 1000  # (a real test: the memo answered)
    # The same lines under another document language: the entries of the first language are not used.
    for path in _PAGES[:20]:
        other = "en" if _language(path.name) != "en" else "de"
        warm = _clean(path, other)
        boilerplate.clear_caches()
        assert warm == _clean(path, other), path.name


def test_entries_hold_what_the_functions_give(cold: None) -> None:
    for path in _PAGES:
        _clean(path)
    kinds = (BODY, HEADING, BULLET, SEPARATOR)
    checked = 0
    for text, (f, kind, found) in boilerplate._LINE_MEMO.items():
        fresh = boilerplate.line_features(text, f.language)
        fresh.cls = boilerplate.classify(fresh)
        assert repr(f) == repr(fresh), text  # (every feature, the lazily counted ones included, and the class)
        assert f.text == text and f.cls == fresh.cls
        assert found == boilerplate.furniture_rule(text, kind, fresh), text
        for other in kinds:
            assert boilerplate.furniture_rule(text, other, f) == boilerplate.furniture_rule(text, other, fresh), text
        checked += 1
    assert checked > 1000


def test_memo_is_bounded(cold: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(boilerplate, "LINE_MEMO_SIZE", 40)
    longest = 0
    for path in _PAGES[:30]:
        longest = max([longest, *(len(line) for line in path.read_text(encoding="utf-8").splitlines())])
        _clean(path)
        assert 0 < len(boilerplate._LINE_MEMO) <= 40
        assert sum(map(len, boilerplate._LINE_MEMO)) <= boilerplate._line_memo_chars[0]
    monkeypatch.setattr(boilerplate, "LINE_MEMO_SIZE", 1 << 15)
    monkeypatch.setattr(boilerplate, "LINE_MEMO_CHARS", 3000)
    boilerplate.clear_caches()
    for path in _PAGES[:30]:
        _clean(path)
        # Cleared when the count reaches the bound: at most the bound plus the line put in after the last check.
        assert sum(map(len, boilerplate._LINE_MEMO)) <= boilerplate._line_memo_chars[0] < 3000 + longest
    boilerplate.clear_caches()
    assert not boilerplate._LINE_MEMO and boilerplate._line_memo_chars[0] == 0
