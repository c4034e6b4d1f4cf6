"""Run the stages a test needs on a small text, as the pipeline would, without the other stages."""

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


def line_rule(text: str, language: str = "en") -> str | None:
    """The rule id furniture_rule gives one body line on its own (its features classified first), or None."""
    f = line_features(text, language)
    f.cls = classify(f)
    found = furniture_rule(text, BODY, f)
    return found[0] if found else None


def clean_lines(lines: list[str]) -> dict:
    """The whole pipeline's record (as a dict) of a page given as its lines."""
    return clean_text("\n".join(lines).encode(), source="page.txt").data


def kept_texts(record: dict) -> list[str]:
    """The kept paragraphs' texts of a record."""
    return [p["text"] for p in record["paragraphs"]]


def removed_pairs(record: dict) -> list[tuple[str, str]]:
    """(rule, text) of every removed line of a record."""
    return [(r["rule"], r["text"]) for r in record["removed"]]
