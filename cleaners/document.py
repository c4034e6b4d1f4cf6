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


# Removal and Line are extension types when compiled (their C fields are declared in document.pxd, so
# the compiled stage modules that `cimport` them read and set a field directly, not through Python's
# attribute lookup); in pure Python they are slotted classes that behave as the dataclasses they were:
# the same constructor, equality, repr and pickling.
_FRESH: Any = object()  # Line's notes default: a fresh dict for each line


class Removal:
    """Why a span of the normalized text is not in the clean output."""

    __slots__ = ("text", "reason", "rule", "start", "end")

    def __init__(self, text: str, reason: str, rule: str, start: int, end: int) -> None:
        self.text = text
        self.reason = reason
        self.rule = rule
        self.start = start
        self.end = end

    def to_dict(self) -> dict[str, Any]:
        return _removal_dict(self)

    def _fields(self) -> tuple[Any, ...]:
        return (self.text, self.reason, self.rule, self.start, self.end)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        o: Removal = other
        return self._fields() == o._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value (as the dataclass was)

    def __repr__(self) -> str:
        return (f"Removal(text={self.text!r}, reason={self.reason!r}, rule={self.rule!r}, "
                f"start={self.start!r}, end={self.end!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Removal, self._fields())


def _removal_start(removal: Removal) -> int:
    """Sort key of removals: where in the normalized text they start."""
    return removal.start


@cython.cfunc
@cython.locals(removal=Removal)
def _removal_dict(removal: Removal) -> dict[str, Any]:
    """Removal.to_dict, callable from the compiled loops of this module as a C function."""
    return {"text": removal.text, "reason": removal.reason, "rule": removal.rule, "start": removal.start,
            "end": removal.end}


class Line:
    """One non-empty line of the normalized text (a paragraph candidate).

    `notes`: free-form per-line annotations stages may leave for later stages (features, scores).
    """

    __slots__ = ("index", "text", "start", "end", "kind", "language", "removal", "notes")

    def __init__(self, index: int, text: str, start: int, end: int, kind: str = BODY, language: str = "und",
                 removal: Removal | None = None, notes: Any = _FRESH) -> None:
        self.index = index
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.language = language
        self.removal = removal
        self.notes = {} if notes is _FRESH else notes

    @property
    def kept(self) -> bool:
        return self.removal is None

    def _fields(self) -> tuple[Any, ...]:
        return (self.index, self.text, self.start, self.end, self.kind, self.language, self.removal, self.notes)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        o: Line = other
        return self._fields() == o._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f"Line(index={self.index!r}, text={self.text!r}, start={self.start!r}, end={self.end!r}, "
                f"kind={self.kind!r}, language={self.language!r}, removal={self.removal!r}, notes={self.notes!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Line, self._fields())


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
    # Parts of a kept line cut off it (a label, a menu or a link glued to the title's line): removals that are no
    # whole line, so that the audit trail still holds every character of the input the record leaves out.
    trimmed: list[Removal] = field(default_factory=list)

    def remove(self, line: Line, rule: str, reason: str) -> bool:
        """Mark `line` removed; the first rule to remove a line wins. Returns True if it was kept before."""
        if line.removal is not None:
            return False
        if cython.compiled:
            # Removal's C fields set directly (document.pxd): its __init__ does just this, at more
            # cost. A typed str and C bounds make the slice one substring call (Python's slice rules).
            text: str = self.text
            start: cython.Py_ssize_t = line.start
            end: cython.Py_ssize_t = line.end
            removal: Removal = Removal.__new__(Removal)
            removal.text = text[start:end] if text else line.text
            removal.reason, removal.rule, removal.start, removal.end = reason, rule, start, end
            line.removal = removal
            return True
        # The exact span of the normalized text (a joined hard-wrapped line keeps its line breaks here).
        span = self.text[line.start : line.end] if self.text else line.text
        line.removal = Removal(span, reason, rule, line.start, line.end)
        return True

    @cython.locals(line=Line)
    def kept_lines(self) -> list[Line]:
        return [line for line in self.lines if line.removal is None]

    @cython.locals(line=Line)
    def removals(self) -> list[Removal]:
        """Every removal in the order of the text: the removed lines, and the parts cut off kept lines."""
        removals = [line.removal for line in self.lines if line.removal is not None]
        if self.trimmed:
            removals = sorted(removals + self.trimmed, key=_removal_start)
        return removals

    @cython.locals(line=Line)
    def removal_dicts(self) -> list[dict[str, Any]]:
        """[r.to_dict() for r in self.removals()] in one compiled loop (the record's `removed`: ~140 entries
        a page, whose method calls from Python cost more than building the dicts)."""
        if self.trimmed:
            return [_removal_dict(removal) for removal in self.removals()]
        return [_removal_dict(line.removal) for line in self.lines if line.removal is not None]

    @cython.locals(line=Line)
    def paragraph_dicts(self) -> list[dict[str, Any]]:
        """The record's `paragraphs`: the kept lines but the title, each with its kind (heading or body),
        language and span. Here, compiled, a line's fields are C fields, not Python attribute lookups."""
        return [
            {"text": line.text, "kind": HEADING if line.kind == HEADING else BODY, "language": line.language,
             "start": line.start, "end": line.end}
            for line in self.lines
            if line.removal is None and line.kind != TITLE
        ]
