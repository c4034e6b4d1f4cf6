"""Read stage: raw bytes to text (placeholder: UTF-8; replaced by encoding detection)."""

from __future__ import annotations

import hashlib

from cleaners.config import Config
from cleaners.document import Document


def read_stage(doc: Document, config: Config) -> Document:
    if not doc.source_sha256:
        doc.source_sha256 = hashlib.sha256(doc.raw).hexdigest()
    if not doc.text and doc.raw:
        doc.text = doc.raw.decode("utf-8", errors="replace")
        doc.encoding, doc.encoding_confidence = "utf-8", 1.0
    return doc
