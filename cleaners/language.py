"""Language stage (placeholder: seeded langdetect on the kept text)."""

from __future__ import annotations

from cleaners.config import Config
from cleaners.document import Document


def detect_language(text: str, backend: str = "langdetect") -> tuple[str, float]:
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text[:2000])[0]
    except Exception:
        return "und", 0.0
    return best.lang.split("-")[0], float(best.prob)


def language_stage(doc: Document, config: Config) -> Document:
    kept = "\n".join(line.text for line in doc.kept_lines())
    doc.language, doc.language_confidence = detect_language(kept, config.language_backend)
    return doc
