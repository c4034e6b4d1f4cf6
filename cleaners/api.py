"""The public one-call API: clean text or a file into a Record."""

from __future__ import annotations

from pathlib import Path

from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.pipeline import Pipeline
from cleaners.record import Record, build_record

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
    """Clean one file; `source` in the record is the path relative to `root` (or the file name)."""
    path = Path(path)
    source = path.relative_to(root).as_posix() if root else path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QuarantineError("unreadable", f"{type(exc).__name__}: {exc}") from exc
    return clean_document(Document(source=source, raw=data), config)
