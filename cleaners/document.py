"""The data model every stage works on.

A `Document` travels through the pipeline in one direction. Stages never delete
text: they mark a `Line` as removed with a rule id and a reason, so that the
final record can carry a complete audit trail (`removed`) with offsets into the
normalized text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cython

# Line kinds produced by segmentation.
BODY = "body"
HEADING = "heading"
BULLET = "bullet"
SEPARATOR = "separator"
TITLE = "title"


class QuarantineError(Exception):
    """A document that cannot be cleaned; the runner writes it to quarantine with `reason`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True)
class Removal:
    """Why a span of the normalized text is not in the clean output."""

    text: str
    reason: str
    rule: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "rule": self.rule, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Line:
    """One non-empty line of the normalized text (a paragraph candidate)."""

    index: int
    text: str
    start: int
    end: int
    kind: str = BODY
    language: str = "und"
    removal: Removal | None = None
    # Free-form per-line annotations stages may leave for later stages (features, scores).
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def kept(self) -> bool:
        return self.removal is None


@dataclass
class Document:
    """A document in flight: source facts, normalized text, lines and what stages decided."""

    source: str
    raw: bytes = b""
    text: str = ""
    encoding: str | None = None
    encoding_confidence: float = 0.0
    source_sha256: str = ""
    fixes: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    attribution: str | None = None
    language: str = "und"
    language_confidence: float = 0.0
    # Provenance and format facts (url, input format, record index, byte offset, ...).
    meta: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)

    def remove(self, line: Line, rule: str, reason: str) -> bool:
        """Mark `line` removed; the first rule to remove a line wins. Returns True if it was kept before."""
        if line.removal is not None:
            return False
        if cython.compiled:
            # Removal's fields set directly: its dataclass __init__ does just this, at more cost
            # (compiled; in pure Python the plain code below is the faster). A typed str and C
            # bounds make the slice one substring call (Python's slice rules), not a slice object;
            # the Removal keeps the line's own int objects.
            # A `type` local makes removal_cls.__new__(removal_cls) one call of its tp_new slot.
            text: str = self.text
            removal_cls: type = Removal
            start, end = line.start, line.end
            span = (text[cython.cast(cython.Py_ssize_t, start) : cython.cast(cython.Py_ssize_t, end)]
                    if text else line.text)
            removal = removal_cls.__new__(removal_cls)
            removal.text, removal.reason, removal.rule, removal.start, removal.end = span, reason, rule, start, end
            line.removal = removal
            return True
        # The exact span of the normalized text (a joined hard-wrapped line keeps its line breaks here).
        span = self.text[line.start : line.end] if self.text else line.text
        line.removal = Removal(span, reason, rule, line.start, line.end)
        return True

    def kept_lines(self) -> list[Line]:
        return [line for line in self.lines if line.removal is None]

    def removals(self) -> list[Removal]:
        return [line.removal for line in self.lines if line.removal is not None]
