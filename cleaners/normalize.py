"""Normalize stage (placeholder: NFC and line endings)."""

from __future__ import annotations

import unicodedata

from cleaners.config import Config
from cleaners.document import Document


def normalize_text(text: str) -> tuple[str, list[str]]:
    out = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return out, []


def normalize_stage(doc: Document, config: Config) -> Document:
    doc.text, fixes = normalize_text(doc.text)
    doc.fixes.extend(fixes)
    return doc
