"""duplicate_marks leaves its scan id in the lines' notes while building their keys (one pass).

The notes must come out as the two-pass definition left them: every line's hash_key first
(when its key counts), then _SCAN_NOTE (negated on containers), and _line_keys without a scan
must not touch the notes of the lines it skips. Checked on the test pages, the dev dumps when
present, and edge strings, compiled and pure.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pagetexts import dev_dumps

from cleaners import dedup
from cleaners.dedup import _SCAN_NOTE, _line_keys, duplicate_marks, hash_key
from cleaners.document import Line

_ROOT = Path(__file__).resolve().parent
_EDGES = [
    "", "a", "İstanbul İstanbul İstanbul", "Straße und Strasse, Straße", "x" * 11, "x" * 12,
    "\U0001f600 emoji \U0001d400 astral letters \U0001d401", "\ud800 lone surrogate text here",
    "ＦＵＬＬＷＩＤＴＨ ｌｅｔｔｅｒｓ ａｎｄ １２３", "日本語の文章がここに続いています。日本語の文章がここに続いています。",
    "Price 1999 dollars and 2000 cents for the 40 character threshold", "ß" * 13,
]


def _texts_of(path: Path) -> list[str]:
    return [t for t in path.read_text("utf-8", errors="surrogateescape").split("\n") if t.strip()]


def _documents() -> list[list[str]]:
    docs = [_texts_of(p) for p in sorted((_ROOT / "pages").glob("*.txt"))]
    docs += [_texts_of(p) for p in dev_dumps(40, required=False)]
    rng = random.Random(11)
    docs.append(_EDGES + _EDGES[::-1])
    for _ in range(20):
        docs.append([rng.choice(_EDGES) + " " + rng.choice(_EDGES) for _ in range(rng.randint(0, 30))])
    return docs


def _two_pass(texts: list[str], scan: int) -> tuple[dict[int, str], list[list[tuple[str, object]]]]:
    """The definition: keys (noted when long enough), groups and containers, then every line's scan note."""
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    keys = []
    for line in lines:
        short = len(line.text) < dedup.MIN_KEY_CHARS and line.text.isascii()
        keys.append("" if short else line.notes.setdefault("hash_key", hash_key(line.text)))
    groups = dedup._key_groups(keys)
    containers = dedup._find_containers(keys, groups)
    for line in lines:
        line.notes[_SCAN_NOTE] = scan
    for i in containers:
        lines[i].notes[_SCAN_NOTE] = -scan
    marks: dict[int, str] = {i: "containment" for i in containers}
    for idxs in groups.values():
        copies = [j for j in dedup._group_indices(idxs) if j not in containers]
        for j in copies[1:]:
            marks[j] = "exact"
    return marks, [list(line.notes.items()) for line in lines]


@pytest.mark.parametrize("texts", _documents())
def test_duplicate_marks_leaves_the_notes_of_the_two_pass_definition(texts: list[str]) -> None:
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    marks = duplicate_marks(lines)
    scan = abs(lines[0].notes[_SCAN_NOTE]) if lines else 1
    want_marks, want_notes = _two_pass(texts, scan)
    assert marks == want_marks
    assert list(marks) == list(want_marks)
    assert [list(line.notes.items()) for line in lines] == want_notes


def test_line_keys_without_a_scan_leaves_short_lines_untouched() -> None:
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(_EDGES)]
    keys = _line_keys(lines)
    for line, key in zip(lines, keys, strict=True):
        assert _SCAN_NOTE not in line.notes
        if len(line.text) < dedup.MIN_KEY_CHARS and line.text.isascii():
            assert key == "" and line.notes == {}
        else:
            assert key == hash_key(line.text) == line.notes["hash_key"]


def test_line_keys_with_a_scan_notes_every_line_after_its_key() -> None:
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(_EDGES)]
    keys = _line_keys(lines, 7)
    for line, key in zip(lines, keys, strict=True):
        want = [] if key == "" and len(line.text) < dedup.MIN_KEY_CHARS and line.text.isascii() else ["hash_key"]
        assert list(line.notes) == [*want, _SCAN_NOTE]
        assert line.notes[_SCAN_NOTE] == 7
