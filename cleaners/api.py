"""The public one-call API: clean text or a file into a Record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.pipeline import Pipeline
from cleaners.record import Record, build_record

if TYPE_CHECKING:
    from cleaners.formats import Failure

_default_pipelines: dict[Config, Pipeline] = {}


def _pipeline(config: Config | None) -> Pipeline:
    """One Pipeline per distinct Config, reused so per-stage stats and loaded models are shared."""
    config = config or Config()
    if config not in _default_pipelines:
        _default_pipelines[config] = Pipeline(config=config)
    return _default_pipelines[config]


def clean_document(doc: Document, config: Config | None = None, pipeline: Pipeline | None = None) -> Record:
    """Run the pipeline on a prepared Document; raises QuarantineError if nothing usable remains."""
    doc = (pipeline or _pipeline(config)).run(doc)
    record = build_record(doc)
    if not record.paragraphs:
        raise QuarantineError("empty", "no text left after cleaning")
    return record


def clean_text(raw: str | bytes, source: str = "<text>", config: Config | None = None) -> Record:
    """Clean one document given as text or bytes. `source` names it in the record."""
    # A str may carry lone surrogates (os.fsdecode, surrogateescape); they become '?', not an exception.
    data = raw.encode("utf-8", errors="replace") if isinstance(raw, str) else raw
    return clean_document(Document(source=source, raw=data), config)


def clean_file(path: str | Path, root: str | Path | None = None, config: Config | None = None) -> Record:
    """Clean one single-document file (text or HTML, compressed or not); `source` is the path relative to `root`.

    A container file (WARC, JSON Lines) holds many documents: use `clean_records` for those.
    """
    from cleaners.formats import Failure, iter_file

    path = Path(path)
    source = path.relative_to(root).as_posix() if root else path.name
    config = config or Config()
    units = iter_file(path, source, config)
    try:
        unit = next(units, None)
        if unit is None:
            raise QuarantineError("empty", "no document in the file")
        if unit.meta.get("container"):
            raise QuarantineError("container", f"{source} holds several documents: use cleaners.clean_records")
        if isinstance(unit, Failure):
            raise QuarantineError(unit.reason, unit.detail)
        return clean_document(unit, config)
    finally:
        units.close()


def clean_records(
    path: str | Path, root: str | Path | None = None, config: Config | None = None
) -> Iterator[Record | Failure]:
    """Clean every document of a file, streamed: a Record each, or a Failure (reason, detail, meta) for
    a part that gave none. Works for single documents and containers (WARC, JSON Lines) alike."""
    from cleaners.formats import Failure, iter_file

    path = Path(path)
    source = path.relative_to(root).as_posix() if root else path.name
    config = config or Config()
    pipeline = _pipeline(config)
    for unit in iter_file(path, source, config):
        if isinstance(unit, Failure):
            yield unit
            continue
        try:
            yield clean_document(unit, config, pipeline=pipeline)
        except QuarantineError as exc:
            yield Failure(exc.reason, exc.detail, unit.meta)
