"""_key_groups keeps a lone key's index unboxed (no list per line): held to the list-of-indices definition.

The groups' order (first occurrence) decides the order of duplicate_marks' marks and which copy is
kept, so the keys' order, each key's indices, and the marks with their order are all compared with a
plain definition, on the test pages, the dev dumps when present, and random repeats.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pagetexts import dev_dumps

from cleaners import dedup
from cleaners.dedup import MIN_KEY_CHARS, duplicate_marks, hash_key
from cleaners.document import Line

_ROOT = Path(__file__).resolve().parent


def _groups_definition(keys: list[str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for j, k in enumerate(keys):
        if len(k) >= MIN_KEY_CHARS:
            groups.setdefault(k, []).append(j)
    return groups


def _documents() -> list[list[str]]:
    paths = sorted((_ROOT / "pages").glob("*.txt")) + dev_dumps(40, required=False)
    docs = [[t for t in p.read_text("utf-8", errors="replace").split("\n") if t.strip()] for p in paths]
    rng = random.Random(2)
    words = ["alpha beta gamma delta", "Alpha, beta; gamma delta!", "short", "ünïcödé text line here", "x" * 14, ""]
    for _ in range(30):
        docs.append([rng.choice(words) for _ in range(rng.randint(0, 25))])
    return docs


@pytest.mark.parametrize("texts", _documents())
def test_key_groups_match_the_list_definition(texts: list[str]) -> None:
    keys = [hash_key(t) for t in texts]
    groups = dedup._key_groups(keys)
    want = _groups_definition(keys)
    assert list(groups) == list(want)
    assert {k: dedup._group_indices(v) for k, v in groups.items()} == want
    assert all(type(v) is int for k, v in groups.items() if len(want[k]) == 1)


@pytest.mark.parametrize("texts", _documents())
def test_duplicate_marks_in_the_definition_order(texts: list[str]) -> None:
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    keys = [hash_key(t) for t in texts]
    containers = dedup._find_containers_automaton(keys, None)
    want: dict[int, str] = {i: "containment" for i in containers}
    for idxs in _groups_definition(keys).values():
        for j in [j for j in idxs if j not in containers][1:]:
            want[j] = "exact"
    marks = duplicate_marks(lines)
    assert list(marks.items()) == list(want.items())
