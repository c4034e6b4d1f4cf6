"""Turn a cleaned Document into the corpus record (the JSON Schema in cleaners/schema/record.schema.json)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import orjson

from cleaners.document import Document
from cleaners.version import PIPELINE_VERSION


def record_id(source_sha256: str, record_key: str | int | None = None) -> str:
    """Stable id: the same input bytes (and position inside a container file) always give the same id."""
    key = f"{source_sha256}:{'' if record_key is None else record_key}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Record:
    """One clean corpus record; `data` follows the record JSON Schema."""

    data: dict[str, Any]

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def text(self) -> str:
        return self.data["text"]

    @property
    def paragraphs(self) -> list[dict[str, Any]]:
        return self.data["paragraphs"]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def to_dict(self) -> dict[str, Any]:
        return self.data

    def to_json(self) -> bytes:
        return orjson.dumps(self.data)


def build_record(doc: Document) -> Record:
    """Assemble the output record from a Document that went through the pipeline."""
    paragraphs = doc.paragraph_dicts()
    parts = ([doc.title] if doc.title else []) + [p["text"] for p in paragraphs]
    data: dict[str, Any] = {
        "id": record_id(doc.source_sha256, doc.meta.get("record_index")),
        "source": doc.source,
        "source_sha256": doc.source_sha256,
        "title": doc.title,
        "published": doc.published,
        "attribution": doc.attribution,
        "language": doc.language,
        "language_confidence": round(doc.language_confidence, 4),
        "paragraphs": paragraphs,
        "text": "\n\n".join(parts),
        "removed": doc.removal_dicts(),
        "stats": doc.stats,
        "encoding": {"name": doc.encoding, "confidence": round(doc.encoding_confidence, 4)},
        "normalization": doc.fixes,
        "meta": doc.meta,
        "pipeline_version": PIPELINE_VERSION,
    }
    return Record(data)
