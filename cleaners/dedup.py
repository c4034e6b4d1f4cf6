"""Within-document dedup stage (placeholder)."""

from __future__ import annotations

from cleaners.config import Config
from cleaners.document import Document


def dedup_stage(doc: Document, config: Config) -> Document:
    return doc
