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
    # Corpus pass (cleaners.corpus, docs/corpus.md): `runner.run` runs it when corpus_pass is on and any of
    # its three parts is. Off by default for now (`cleaners run --corpus` turns it on): it changes what a
    # run emits (near-duplicates of earlier records are not published again).
    corpus_pass: bool = False
    # Site boilerplate: a line is removed on every page of its site (URL host, else source folder) when it
    # is on >= corpus_site_min_docs pages and >= corpus_site_min_share of the site's pages; or, for short
    # lines (key weight <= corpus_site_short_chars), on >= 2 pages and >= corpus_site_short_share of them,
    # so 2- and 3-page sites learn their menus and footers while two pages quoting one long paragraph,
    # or two of six pages sharing a line, do not count.
    corpus_site_boilerplate: bool = True
    corpus_site_min_docs: int = 3
    corpus_site_min_share: float = 0.2
    corpus_site_short_chars: int = 200
    corpus_site_short_share: float = 0.5
    # Cross-document paragraph dedup: "keep-first" (the copy in the smallest record id, or in the record
    # of an earlier run, stays), "drop-all" (every copy goes, like CCNet), "annotate-only", or "off".
    # Paragraphs whose hash key weighs less than corpus_dedup_min_chars are never deduplicated.
    corpus_dedup: str = "keep-first"
    corpus_dedup_min_chars: int = 50
    # Near-duplicate documents: MinHash (numpy, corpus_num_perm permutations) over token n-grams; a
    # document with estimated Jaccard >= the threshold to a kept one goes to duplicates/<run_id>.jsonl
    # instead of a shard.
    corpus_near_dup: bool = True
    corpus_near_dup_threshold: float = 0.8
    # ... or when >= this share of its shingles are in a kept document (containment; 0 turns it off):
    # the copy whose per-page cleaning kept a few more chrome lines, or lost a few article lines.
    corpus_near_dup_containment: float = 0.9
    corpus_num_perm: int = 128
    # Shingle: this many consecutive tokens (words; each character in scripts without spaces, like CJK).
    corpus_shingle_tokens: int = 5
    # Input formats (cleaners.formats). HTML pages larger than this are quarantined before parsing.
    max_html_bytes: int = 8 * 1024 * 1024
    # Wall-clock limit for parsing + extracting one HTML page (SIGALRM; only in a main thread, which is
    # where worker processes run tasks); 0 disables it.
    html_timeout_seconds: float = 10.0
    # Wall-clock limit for one document through the whole pipeline (same mechanism); 0 disables it.
    doc_timeout_seconds: float = 120.0
    # trafilatura: fast mode (no fallback extractors, mean F1 0.950 vs 0.947 on the dev set; a short extraction
    # of a long page is retried with them anyway, see formats/html.extract)
    # and focus ("balanced", "precision" or "recall"; recall scored best: our line rules remove what it
    # lets through; see scripts/eval_html.py).
    html_fast: bool = True
    html_focus: str = "recall"
    # Compressed inputs: a file whose decompressed bytes exceed `max_compression_ratio` times the
    # compressed bytes read (checked past 16 MB of output) is a decompression bomb. Single documents
    # are capped at max_input_bytes after decompression; a container file at max_container_bytes
    # (0: no cap; its records are capped at max_input_bytes each).
    max_compression_ratio: float = 200.0
    max_container_bytes: int = 0
    # JSON Lines inputs: field names, comma-separated candidates (first present wins, "a.b" is nested).
    jsonl_text_fields: str = "text,content"
    jsonl_html_fields: str = "html,raw_html,content_html"
    jsonl_url_fields: str = "url,metadata.url,meta.url"
    jsonl_id_fields: str = "id,doc_id,metadata.id"
    jsonl_meta_fields: str = "metadata,meta"

    def with_(self, **changes: Any) -> Config:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
