"""Settings for one pipeline run. Defaults are what `cleaners run` uses with no options."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Config:
    # Language identification: "langdetect" (default, deterministic) or "fasttext" (fast, bundled model).
    language_backend: str = "langdetect"
    # langdetect is slow; only this many characters of kept body text are read for the document language.
    language_max_chars: int = 2000
    # Inputs larger than this are quarantined instead of read (bytes).
    max_input_bytes: int = 64 * 1024 * 1024
    # A single line longer than this is cut into pieces before segmentation (characters).
    max_line_chars: int = 100_000
    # Documents whose kept text is shorter than this many characters are quarantined as empty.
    min_output_chars: int = 1
    # Metadata: IANA zone for a publication time written without a zone (None: keep only the date;
    # the zone is never guessed from the language).
    published_default_tz: str | None = None
    # Runner: close the current shard and start a new one after this many records.
    shard_max_records: int = 10_000
    # Runner/catalog: a claim whose lease was not renewed for this long belongs to a dead run and may be
    # taken over by another run (seconds; live runs renew well within it).
    claim_ttl_seconds: float = 7200.0
    # Quality stats: n-gram repetition (Gopher top 2/3-gram share) reads at most this many words of the
    # kept text (CJK: characters), which bounds its cost per document; 0 reads all.
    quality_ngram_max_words: int = 1000

    def with_(self, **changes: Any) -> Config:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
