"""Run the stages a test needs on a small text, as the pipeline would, without the other stages; and read what
they kept and removed (the helpers the test modules share instead of each defining its own)."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.boilerplate import boilerplate_stage, classify, furniture_rule, line_features
from cleaners.config import Config
from cleaners.document import Document
from cleaners.segment import BODY, segment_stage


def boilerplate_doc(text: str | list[str], language: str = "en") -> Document:
    """Segment `text` (a string or its lines), set the document and line language, run boilerplate."""
    doc = Document(source="t", text=text if isinstance(text, str) else "\n".join(text))
    segment_stage(doc, Config())
    doc.language = language
    for line in doc.lines:
        line.language = language
    return boilerplate_stage(doc, Config())


def kept_line_texts(doc: Document) -> list[str]:
    """The texts of a document's kept lines (no removal), in order."""
    return [line.text for line in doc.lines if line.removal is None]


def kept_line_set(doc: Document) -> set[str]:
    """The texts of a document's kept lines, as a set (for subset and overlap checks)."""
    return {line.text for line in doc.lines if line.removal is None}


def boilerplate_kept(lines: list[str], language: str = "en") -> list[str]:
    """The kept line texts of `lines` after boilerplate_doc."""
    return kept_line_texts(boilerplate_doc(lines, language))


def removed_line_rules(doc: Document, first: bool = False) -> dict[str, str]:
    """The rule id of each removed line, by its text; of a text removed more than once, the last copy's rule, or
    with `first` the first copy's."""
    out: dict[str, str] = {}
    for line in doc.lines:
        if line.removal is not None and not (first and line.text in out):
            out[line.text] = line.removal.rule
    return out


def line_rules(doc: Document) -> dict[str, str | None]:
    """The rule id of every line by its text, None for a kept line (of a repeated text, the last copy's)."""
    return {line.text: (line.removal.rule if line.removal else None) for line in doc.lines}


def line_removal(
    text: str, language: str = "en", kind: str = BODY, *, classified: bool = True
) -> tuple[str, str, bool] | None:
    """furniture_rule's (rule, reason, hard) for one line of `kind` on its own, or None. The line's features are
    classified first, as the stage does; `classified=False` leaves them unclassified (as some tests call it)."""
    f = line_features(text, language)
    if classified:
        f.cls = classify(f)
    return furniture_rule(text, kind, f)


def line_rule(text: str, language: str = "en", *, classified: bool = True) -> str | None:
    """The rule id furniture_rule gives one body line on its own (see line_removal), or None."""
    found = line_removal(text, language, classified=classified)
    return found[0] if found else None


def clean_page(page: str, source: str = "page.txt") -> dict:
    """The whole pipeline's record (as a dict) of a page given as one text, named `source`."""
    return clean_text(page.encode(), source=source).data


def clean_lines(lines: list[str]) -> dict:
    """The whole pipeline's record (as a dict) of a page given as its lines."""
    return clean_page("\n".join(lines))


def kept_paragraphs(page: str | list[str], source: str = "page.txt") -> list[str]:
    """The kept paragraphs' texts of the whole pipeline's record of a page (one text, or its lines)."""
    return kept_texts(clean_page(page if isinstance(page, str) else "\n".join(page), source))


def kept_texts(record: dict) -> list[str]:
    """The kept paragraphs' texts of a record."""
    return [p["text"] for p in record["paragraphs"]]


def removed_pairs(record: dict) -> list[tuple[str, str]]:
    """(rule, text) of every removed line of a record."""
    return [(r["rule"], r["text"]) for r in record["removed"]]
