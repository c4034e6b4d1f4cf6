"""Quality-signal stage (placeholder)."""

from __future__ import annotations

from cleaners.config import Config
from cleaners.document import Document


def quality_stage(doc: Document, config: Config) -> Document:
    kept = doc.kept_lines()
    doc.stats["chars"] = sum(len(line.text) for line in kept)
    return doc
