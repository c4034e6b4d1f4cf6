"""The installed dedup, segment, quality and normalize modules against their own .py source run as
plain Python.

When the modules are compiled with Cython (pure-Python mode), their typed branches
(`if cython.compiled:`) replace regex, translate and split chains with loops over the code
points. This loads each module's source a second time as an uncompiled module and checks that
both give the same results on the dev set. Uncompiled, both sides run the same code.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

import cleaners.dedup as dedup
import cleaners.normalize as normalize
import cleaners.quality as quality
import cleaners.segment as segment
from cleaners.config import Config
from cleaners.document import BODY, HEADING, TITLE, Document, Line

_ROOT = Path(__file__).resolve().parents[1]


_PURE: dict[str, ModuleType] = {}


def _source_module(name: str) -> ModuleType:
    path = _ROOT / "cleaners" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_pure_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def texts() -> list[str]:
    paths = dev_dumps()
    if not paths:
        pytest.skip("no dev set")
    return [p.read_text("utf-8", errors="replace") for p in paths]


def _fields(lines: list[Line]) -> list[tuple]:
    return [(x.index, x.text, x.start, x.end, x.kind, x.language, x.removal, x.notes) for x in lines]


def _fresh(lines: list[Line]) -> list[Line]:
    return [Line(x.index, x.text, x.start, x.end, x.kind, x.language, None, {}) for x in lines]


def test_source_twins_agree_on_the_dev_set(texts: list[str]) -> None:
    pure_norm = _source_module("normalize")
    pure_seg = _source_module("segment")
    pure_dedup = _source_module("dedup")
    pure_quality = _source_module("quality")
    for raw in texts:
        text, fixes = normalize.normalize_text(raw)
        assert (text, fixes) == pure_norm.normalize_text(raw)
        lines = segment.join_hard_wraps(segment.split_lines(text))
        pure_lines = pure_seg.join_hard_wraps(pure_seg.split_lines(text))
        segment.classify_shape(lines)
        pure_seg.classify_shape(pure_lines)
        assert _fields(lines) == _fields(pure_lines)
        for line in lines:
            t = line.text
            assert dedup.hash_key(t) == pure_dedup.hash_key(t)
            assert dedup.key_weight(t) == pure_dedup.key_weight(t)
            assert segment.is_separator(t) == pure_seg.is_separator(t)
            assert segment.is_bullet(t) == pure_seg.is_bullet(t)
            assert segment.ends_sentence(t) == pure_seg.ends_sentence(t)
            assert segment._is_cjk(t) == pure_seg._is_cjk(t)
        assert dedup.duplicate_marks(_fresh(lines)) == pure_dedup.duplicate_marks(_fresh(lines))
        kept = [line.text for line in lines]
        for limit in (1000, 0, 50):
            assert quality.text_stats(kept, limit) == pure_quality.text_stats(kept, limit)
        tokens = text.split()[:2000]
        assert quality.top_ngram_ratios(tokens) == pure_quality.top_ngram_ratios(tokens)


_PIECES = [
    "A small museum in the hill town has reopened after a four-year restoration of its weaving looms.",
    "The building, a former wool warehouse, had been closed since a roof failure in the winter of 2019.",
    "Conservators dismantled each loom, dried the timber slowly and treated it against insects.",
    "Entry remains free.",
    "据市气象台消息，受较强冷空气影响，本周三夜间至周五，我市将迎来今冬首场明显降雪。",
    "aaaaaaaaaaaaaaaaaaaa",
    "Read more",
]


@settings(deadline=None, max_examples=200)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map(" ".join), min_size=1, max_size=12))
def test_find_containers_matches_the_source(texts: list[str]) -> None:
    """Containment on made-up pages with run-together lines: same result compiled and from the source."""
    pure_dedup = _PURE.get("dedup") or _PURE.setdefault("dedup", _source_module("dedup"))
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    keys = [dedup.hash_key(t) for t in texts]
    assert dedup.find_containers(lines, keys) == pure_dedup.find_containers(lines, keys)
    assert dedup.duplicate_marks(_fresh(lines)) == pure_dedup.duplicate_marks(_fresh(lines))


def test_quality_stage_matches_the_source(texts: list[str]) -> None:
    """quality_stage splits kept lines, removals and titles in one typed pass when compiled."""
    pure_quality = _PURE.get("quality") or _PURE.setdefault("quality", _source_module("quality"))
    rng = random.Random(7)
    for raw in texts[:60]:
        text, _ = normalize.normalize_text(raw)
        docs = []
        for _ in range(2):
            doc = Document(source="t", raw=raw.encode("utf-8", "surrogatepass"), text=text)
            doc.lines = segment.split_lines(text)
            docs.append(doc)
        for i in range(len(docs[0].lines)):
            kind = rng.choice([BODY, BODY, TITLE, HEADING])
            rule = rng.choice([None, None, "boilerplate:menu", "dedup:exact"])
            for doc in docs:
                doc.lines[i].kind = kind
                if rule:
                    doc.remove(doc.lines[i], rule, "r")
        config = Config()
        assert quality.quality_stage(docs[0], config).stats == pure_quality.quality_stage(docs[1], config).stats
