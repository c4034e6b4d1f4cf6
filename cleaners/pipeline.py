"""Compose stages into a pipeline, datatrove-style: each stage is a small callable with stats."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

import cython

from cleaners.config import Config
from cleaners.document import Document

if cython.compiled:  # Line as a C type: its fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line
else:
    from cleaners.document import Line


class Stage(Protocol):
    """A pipeline step: takes a Document, returns it (possibly the same object, annotated)."""

    name: str

    def __call__(self, doc: Document, config: Config) -> Document: ...


@dataclass
class FunctionStage:
    """Adapts a plain function `f(doc, config) -> doc` into a named Stage."""

    name: str
    func: Callable[[Document, Config], Document]

    def __call__(self, doc: Document, config: Config) -> Document:
        return self.func(doc, config)


@dataclass
class StageStats:
    """Time spent and lines removed per stage, summed over documents."""

    seconds: float = 0.0
    documents: int = 0
    lines_removed: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {"seconds": round(self.seconds, 4), "documents": self.documents, "lines_removed": self.lines_removed}


def default_stages() -> list[Stage]:
    """The standard stage order: read → normalize → segment → language → boilerplate → dedup → metadata → quality."""
    from cleaners import boilerplate, dedup, language, metadata, normalize, quality, read, segment

    return [
        FunctionStage("read", read.read_stage),
        FunctionStage("normalize", normalize.normalize_stage),
        FunctionStage("segment", segment.segment_stage),
        FunctionStage("language", language.language_stage),
        FunctionStage("boilerplate", boilerplate.boilerplate_stage),
        # Dedup after boilerplate: of two copies, the one inside the article survives.
        FunctionStage("dedup", dedup.dedup_stage),
        # Metadata runs last among the cleaners: the title and date are found next to the main block.
        FunctionStage("metadata", metadata.metadata_stage),
        FunctionStage("quality", quality.quality_stage),
    ]


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, line=Line)
def _removed_count(doc: Document) -> cython.Py_ssize_t:
    # One plain loop (no generator): this runs after every stage over every line.
    n = 0
    for line in doc.lines:
        if line.removal is not None:
            n += 1
    return n


@dataclass
class Pipeline:
    """Runs stages in order over documents and keeps per-stage statistics."""

    config: Config = field(default_factory=Config)
    stages: list[Stage] = field(default_factory=default_stages)
    stats: dict[str, StageStats] = field(default_factory=dict)

    def run(self, doc: Document) -> Document:
        """Clean one document in place and return it; raises QuarantineError if it cannot be cleaned."""
        # Lines removed so far: counted once after each stage (the next stage starts from that count).
        removed = _removed_count(doc)
        stats = self.stats
        for stage in self.stages:
            t0 = time.perf_counter()
            doc = stage(doc, self.config)
            # A StageStats only for a stage seen first (setdefault would build one per stage and document).
            st = stats.get(stage.name)
            if st is None:
                st = stats[stage.name] = StageStats()
            st.seconds += time.perf_counter() - t0
            st.documents += 1
            now = _removed_count(doc)
            st.lines_removed += now - removed
            removed = now
        return doc

    def run_many(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self.run(doc)

    def stats_dict(self) -> dict[str, dict[str, float | int]]:
        return {name: st.as_dict() for name, st in self.stats.items()}
