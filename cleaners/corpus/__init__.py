"""Corpus-level cleaning: site boilerplate learned across pages, cross-document paragraph dedup,
near-duplicate documents; state kept in the catalog across runs. Design: docs/corpus.md.

Map/reduce, so parallel workers give the same output as one process:

    fps = fingerprint_batch(records, config)        # map, per batch, in any worker, any order
    decisions = decide(catalog, [fps, ...], config, run_id)   # reduce, once per run, deterministic
    outcome = apply(record, decisions, config)      # per record: Applied(kind, record, duplicate_of)
    # kind "keep" -> shard, "duplicate" -> duplicates/<run_id>.jsonl, "empty" -> quarantine

`BatchFingerprints` and `Decisions` have save()/load() and to_bytes()/from_bytes() (npz) for
passing between Airflow tasks. Records must be those built by the runner (`runner.clean_one`
attaches the paragraph offsets the removals need: `attach_spans`).

Order independence: the reduce sorts documents by record id (near-duplicates: by size, then
record id) and decides from the set of documents of the run plus the catalog (earlier runs),
never from arrival order. Earlier runs' outputs are not rewritten: a later run benefits from their
counts, fingerprints and LSH index. The steps and rules are in cleaners.corpus.reduce.
"""

from __future__ import annotations

from typing import Any

from cleaners.config import Config
from cleaners.corpus.apply import DUPLICATE_KIND, EMPTY_KIND, KEEP_KIND, Applied, apply
from cleaners.corpus.fingerprint import (
    DEDUP_RULE,
    SITE_RULE,
    BatchFingerprints,
    attach_spans,
    concat,
    fingerprint_batch,
    site_of,
    spans_of,
)
from cleaners.corpus.reduce import POLICIES, Decisions, corpus_pass_enabled, decide

__all__ = [
    "DEDUP_RULE",
    "DUPLICATE_KIND",
    "EMPTY_KIND",
    "KEEP_KIND",
    "POLICIES",
    "SITE_RULE",
    "Applied",
    "BatchFingerprints",
    "Decisions",
    "apply",
    "attach_spans",
    "concat",
    "corpus_pass_enabled",
    "decide",
    "fingerprint_batch",
    "map_batch",
    "site_of",
    "spans_of",
]


def map_batch(files: Any, config: Config) -> Any:
    """runner.clean_batch plus the batch's fingerprints (the worker function of the corpus pass)."""
    from cleaners.runner import clean_batch

    result = clean_batch(files, config)
    result.fingerprints = fingerprint_batch(result.records, config)
    return result
