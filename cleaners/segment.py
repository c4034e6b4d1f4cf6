"""Segment stage: normalized text into lines with offsets (placeholder kinds)."""

from __future__ import annotations

from cleaners.config import Config
from cleaners.document import Document, Line


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            lines.append(Line(len(lines), stripped, start, start + len(stripped)))
        pos += len(raw) + 1
    return lines


def segment_stage(doc: Document, config: Config) -> Document:
    doc.lines = split_lines(doc.text)
    return doc
