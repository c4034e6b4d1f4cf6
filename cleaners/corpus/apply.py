"""Apply the corpus decisions to one record: remove paragraphs with an audit entry, or set it aside.

A removal is recorded like the per-document stages record theirs (`removed[]` with text, rule,
reason and offsets into the normalized text), so `paragraphs`, `text` and `removed` stay
consistent and the record still validates. Offsets come from record["stats"]["spans"], which the
runner attaches when it builds the record; a record without spans (built by another path) gets
offsets into its own `text` as it was before the corpus pass.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from cleaners.config import Config
from cleaners.corpus.fingerprint import DEDUP_RULE, SITE_RULE, SPANS_KEY
from cleaners.corpus.reduce import (
    DUPLICATE,
    EMPTY,
    P_ANNOTATE,
    P_DEDUP,
    P_DROP,
    P_KEEP,
    P_SITE,
    Decisions,
)
from cleaners.quality import text_stats

KEEP_KIND, DUPLICATE_KIND, EMPTY_KIND = "keep", "duplicate", "empty"
ANNOTATION_KEY = "corpus_duplicates"  # record["meta"][...] under the annotate-only policy


@dataclass
class Applied:
    """The outcome for one record: write `record` to a shard (keep), the duplicates file, or quarantine."""

    kind: str
    record: dict[str, Any]
    duplicate_of: str | None = None
    similarity: float = 0.0
    detail: str = ""


def _offsets_in_text(record: dict[str, Any]) -> tuple[list[int] | None, list[list[int]]]:
    """Fallback offsets: where the title and paragraphs sit in the record's own text."""
    pos = 0
    title = None
    if record.get("title"):
        title = [0, len(record["title"])]
        pos = len(record["title"]) + 2
    spans = []
    for p in record["paragraphs"]:
        spans.append([pos, pos + len(p["text"])])
        pos += len(p["text"]) + 2
    return title, spans


def apply(record: dict[str, Any], decisions: Decisions, config: Config | None = None) -> Applied:
    """The record after the corpus decisions (a new dict; the input is not modified)."""
    i = decisions.index(str(record["id"]))
    if i is None:
        return Applied(KEEP_KIND, record)
    status = int(decisions.status[i])
    if status == DUPLICATE:
        kept, sim = decisions.duplicate_of(record["id"])
        return Applied(
            DUPLICATE_KIND, record, kept, sim, f"near-duplicate of record {kept} (estimated Jaccard {sim:.3f})"
        )
    lo, hi = int(decisions.para_offsets[i]), int(decisions.para_offsets[i + 1])
    codes = decisions.para_code[lo:hi].tolist()
    refs = decisions.para_ref[lo:hi].tolist()
    paragraphs = record.get("paragraphs") or []
    if len(paragraphs) != len(codes):
        raise ValueError(
            f"record {record['id']} has {len(paragraphs)} paragraphs but was fingerprinted with {len(codes)}"
        )
    title_code = int(decisions.title_code[i])
    if not any(codes) and title_code == P_KEEP and status != EMPTY:
        return Applied(KEEP_KIND, record)

    rec = dict(record)
    rec["stats"] = stats = copy.deepcopy(record.get("stats") or {})
    rec["meta"] = meta = dict(record.get("meta") or {})
    spans = stats.get(SPANS_KEY)
    real_offsets = (
        isinstance(spans, dict) and isinstance(spans.get("paragraphs"), list)
        and len(spans["paragraphs"]) == len(paragraphs)
    )
    if real_offsets:
        title_span, para_spans = spans.get("title"), spans["paragraphs"]
    else:
        title_span, para_spans = _offsets_in_text(record)
    site = decisions.sites[int(decisions.site_idx[i])]
    site_docs = int(decisions.site_docs[int(decisions.site_idx[i])])

    added: list[dict[str, Any]] = []
    kept: list[dict[str, Any]] = []
    kept_spans: list[list[int]] = []
    notes: list[dict[str, Any]] = []
    for p, span, code, ref in zip(paragraphs, para_spans, codes, refs, strict=True):
        start, end = (span[0], span[1]) if span else (0, 0)
        if code == P_SITE:
            added.append(_removal(p["text"], SITE_RULE, _site_reason(ref, site_docs, site), start, end))
        elif code == P_DEDUP:
            reason = f"duplicate of a paragraph kept in record {decisions.ref_id(ref)}"
            added.append(_removal(p["text"], DEDUP_RULE, reason, start, end))
        elif code == P_DROP:
            reason = f"paragraph on {ref} records; the drop-all policy removes every copy"
            added.append(_removal(p["text"], DEDUP_RULE, reason, start, end))
        else:
            if code == P_ANNOTATE:
                notes.append({"paragraph": len(kept), "kept_in": decisions.ref_id(ref)})
            kept.append(p)
            kept_spans.append(span)
    title = record.get("title")
    if title_code == P_SITE and title:
        start, end = title_span if title_span else (0, 0)
        added.append(_removal(title, SITE_RULE, _site_reason(int(decisions.title_ref[i]), site_docs, site),
                              start, end))
        title = None
        title_span = None
    rec["title"] = title
    rec["paragraphs"] = kept
    rec["text"] = "\n\n".join(([title] if title else []) + [p["text"] for p in kept])
    removed = list(record.get("removed") or []) + added
    if real_offsets:
        removed.sort(key=lambda r: (r["start"], r["end"]))
        stats[SPANS_KEY] = {"title": title_span, "paragraphs": kept_spans}
    rec["removed"] = removed
    if notes:
        meta[ANNOTATION_KEY] = notes
    _update_stats(stats, rec, added, config or Config())
    if status == EMPTY or not kept:
        rules = sorted({r["rule"] for r in added})
        return Applied(EMPTY_KIND, rec, detail=f"no paragraph left after the corpus pass ({', '.join(rules)})")
    return Applied(KEEP_KIND, rec)


def _site_reason(count: int, site_docs: int, site: str) -> str:
    return f"line on {count} of {site_docs} pages of site {site}"


def _removal(text: str, rule: str, reason: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text, "reason": reason, "rule": rule, "start": int(start), "end": int(max(start, end))}


def _update_stats(stats: dict[str, Any], rec: dict[str, Any], added: list[dict[str, Any]], config: Config) -> None:
    """Text statistics of what is left, and the removal accounting the quality stage keeps."""
    if not added:
        return
    lines = ([rec["title"]] if rec.get("title") else []) + [p["text"] for p in rec["paragraphs"]]
    stats.update(text_stats(lines, config.quality_ngram_max_words))
    stats["paragraphs"] = len(rec["paragraphs"])
    stats["lines_removed"] = int(stats.get("lines_removed", 0)) + len(added)
    by_rule = dict(stats.get("removed_by_rule") or {})
    for r in added:
        by_rule[r["rule"]] = by_rule.get(r["rule"], 0) + 1
    stats["removed_by_rule"] = by_rule
    removed_chars = sum(len(r.get("text") or "") for r in rec["removed"])
    whole = stats.get("chars", 0) + removed_chars
    stats["removed_char_ratio"] = round(removed_chars / whole, 4) if whole else 0.0
