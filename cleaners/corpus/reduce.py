"""Reduce side of the corpus pass: all decisions of a run, made in one place from all its fingerprints.

Order independence: documents are processed sorted by record id, never in arrival order, and
every decision is a function of the set of documents of the run plus what the catalog held from
earlier runs. Batches may come in any order and from any number of workers.

Steps (each uses what the previous decided):
1. Near-duplicates. A document whose estimated Jaccard with a kept one is >= the threshold, or
   that is mostly contained in it (_Matcher), is a duplicate of it. Kept documents of earlier
   runs (catalog LSH index, signatures verified) win over this run's; within the run documents
   are taken largest first (ties: smallest record id), so the most complete copy is kept.
2. Site counts. Non-duplicate documents are registered in the catalog (once per record id) and
   their distinct lines added to the site's counts in the same transaction.
3. Site boilerplate. With the counts of all runs so far: a paragraph (or title) line is site
   boilerplate if it is on c >= min_docs pages of its site and c >= min_share * site pages, or it
   is short and on c >= 2 pages and c >= short_share * site pages (see Config.corpus_site_*).
4. Cross-document dedup of the remaining paragraphs (hash key weight >= min_chars): the owner of a
   paragraph is the record that registered it first in the catalog (an earlier run), else the
   smallest record id of this run having it. keep-first removes it from the others; drop-all
   removes every copy of a paragraph on two or more records; annotate-only only marks them.
5. A document left without paragraphs is "empty"; kept, non-empty documents join the LSH index.

Re-runs: a record registered before keeps its stored near-duplicate decision, its lines are not
counted again, and paragraph owners are first-writer-wins rows, so re-running a run id (or
another run taking over its files) decides the same as long as no other run changed the catalog
in between.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
import xxhash

from cleaners.config import Config
from cleaners.corpus.fingerprint import BatchFingerprints, NpzBytes, concat
from cleaners.corpus.minhash import MAX_HASH, band_keys, jaccard, lsh_params, mix64

if TYPE_CHECKING:  # workers import this module (runner -> corpus) and never open the catalog
    from cleaners.catalog import Catalog

# Document status.
KEEP, DUPLICATE, EMPTY = 0, 1, 2
# Paragraph (and title) codes.
P_KEEP, P_SITE, P_DEDUP, P_DROP, P_ANNOTATE = 0, 1, 2, 3, 4
POLICIES = ("keep-first", "drop-all", "annotate-only", "off")
NO_REF = -1
MAX_CANDIDATES = 200  # signatures compared per document at most (bounds huge same-template buckets)
CONTAINMENT_MIN_JACCARD = 0.5  # containment matches need at least this Jaccard (at containment 0.9: the larger at most ~1.7x the smaller)
# LSH banding: fixed (not derived from the thresholds), because band keys are stored in the catalog and
# compared with those of later runs, which may use other thresholds. Tuned so a pair at the lowest
# Jaccard a match may have (containment: 0.5) is a candidate with P >= 0.85: 32 bands x 4 rows at 128
# permutations. A threshold below 0.5 still works but finds fewer pairs.
LSH_JACCARD = CONTAINMENT_MIN_JACCARD
LSH_TARGET = 0.85
REGISTER_CHUNK = 2000  # documents registered per catalog transaction
CLAIM_CHUNK = 20_000  # paragraph hashes claimed per round trip batch (bounds the Python tuples alive)
LOOKUP_CHUNK = 2000  # keys per catalog lookup
_SIGN = np.uint64(1 << 63)


def check_config(config: Config) -> None:
    if config.corpus_dedup not in POLICIES:
        raise ValueError(f"corpus_dedup must be one of {POLICIES}, not {config.corpus_dedup!r}")
    if not 0.0 < config.corpus_near_dup_threshold <= 1.0:
        raise ValueError(f"corpus_near_dup_threshold must be in (0, 1], not {config.corpus_near_dup_threshold}")
    if not 0.0 <= config.corpus_near_dup_containment <= 1.0:
        raise ValueError(f"corpus_near_dup_containment must be in [0, 1], not {config.corpus_near_dup_containment}")
    if not 0.0 <= config.corpus_site_min_share <= 1.0:
        raise ValueError(f"corpus_site_min_share must be in [0, 1], not {config.corpus_site_min_share}")


def corpus_pass_enabled(config: Config) -> bool:
    """True when the corpus pass is on and any part of it is (otherwise the runner streams as before)."""
    return config.corpus_pass and (
        config.corpus_site_boilerplate or config.corpus_near_dup or config.corpus_dedup != "off"
    )


def _signed(u: np.ndarray) -> np.ndarray:
    """uint64 keys as BIGINT values (two's complement)."""
    return np.ascontiguousarray(u, dtype=np.uint64).view(np.int64)


def _fingerprint_domain(u: np.ndarray) -> np.ndarray:
    """uint64 line hashes as `dedup.fingerprint` values (xxh64 - 2^63): the catalog's fingerprints table."""
    return (np.ascontiguousarray(u, dtype=np.uint64) ^ _SIGN).view(np.int64)


def site_key(site: str) -> int:
    return xxhash.xxh64_intdigest(site.encode("utf-8"), seed=0x73697465)


def site_line_keys(site_keys: np.ndarray, line_hashes: np.ndarray) -> np.ndarray:
    """One 64-bit key per (site, line): the catalog counts lines per site under it."""
    return mix64(mix64(site_keys) ^ np.asarray(line_hashes, dtype=np.uint64))


def _csr_take(offsets: np.ndarray, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Reorder CSR rows: (index into the flat array in the new row order, new offsets)."""
    lengths = (offsets[1:] - offsets[:-1])[order]
    new_off = np.zeros(len(order) + 1, np.int64)
    np.cumsum(lengths, out=new_off[1:])
    starts = offsets[:-1][order]
    idx = np.repeat(starts - new_off[:-1], lengths) + np.arange(int(new_off[-1]), dtype=np.int64)
    return idx, new_off


@dataclass
class Decisions(NpzBytes):
    """What the corpus pass decided for every record of a run (packed; save()/load() for Airflow).

    Refs: >= 0 is a record of this run (index into `ids`), <= -2 is `extra_ids[-ref - 2]` (a record
    of an earlier run), -1 none. For P_SITE / P_DROP codes the ref is a count of documents instead.
    """

    run_id: str
    policy: str
    ids: np.ndarray  # bytes, sorted (searchsorted finds a record)
    sites: list[str]
    site_idx: np.ndarray  # per doc -> sites
    site_docs: np.ndarray  # per site: registered non-duplicate documents (all runs)
    status: np.ndarray  # per doc: KEEP / DUPLICATE / EMPTY
    dup_ref: np.ndarray
    similarity: np.ndarray
    title_code: np.ndarray
    title_ref: np.ndarray
    para_offsets: np.ndarray
    para_code: np.ndarray
    para_ref: np.ndarray
    extra_ids: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def index(self, record_id: str) -> int | None:
        """Position of a record, or None if this run did not fingerprint it."""
        key = record_id.encode()
        i = int(np.searchsorted(self.ids, key))
        return i if i < len(self.ids) and self.ids[i] == key else None

    def ref_id(self, ref: int) -> str | None:
        if ref >= 0:
            return self.ids[ref].decode()
        if ref <= -2:
            return self.extra_ids[-ref - 2]
        return None

    def status_of(self, record_id: str) -> int:
        i = self.index(record_id)
        return KEEP if i is None else int(self.status[i])

    def duplicate_of(self, record_id: str) -> tuple[str | None, float]:
        i = self.index(record_id)
        if i is None or self.status[i] != DUPLICATE:
            return None, 0.0
        return self.ref_id(int(self.dup_ref[i])), float(self.similarity[i])

    @property
    def nbytes(self) -> int:
        arrays = (self.ids, self.site_idx, self.site_docs, self.status, self.dup_ref, self.similarity,
                  self.title_code, self.title_ref, self.para_offsets, self.para_code, self.para_ref)
        return sum(a.nbytes for a in arrays) + sum(len(s) + 49 for s in self.sites + self.extra_ids)

    def save(self, path_or_file: Any) -> None:
        head = {"run_id": self.run_id, "policy": self.policy, "sites": self.sites,
                "extra_ids": self.extra_ids, "stats": self.stats}
        np.savez(
            path_or_file,
            head=np.frombuffer(orjson.dumps(head), dtype=np.uint8),
            ids=self.ids, site_idx=self.site_idx, site_docs=self.site_docs, status=self.status,
            dup_ref=self.dup_ref, similarity=self.similarity, title_code=self.title_code,
            title_ref=self.title_ref, para_offsets=self.para_offsets, para_code=self.para_code,
            para_ref=self.para_ref,
        )

    @classmethod
    def load(cls, path_or_file: Any) -> Decisions:
        with np.load(path_or_file) as z:
            head = orjson.loads(z["head"].tobytes())
            return cls(**head, **{k: z[k] for k in z.files if k != "head"})



class _Refs:
    """Record ids -> refs (this run's index, or a slot in extra_ids)."""

    def __init__(self, ids: np.ndarray) -> None:
        self.ids = ids
        self.extra: list[str] = []
        self._extra_index: dict[str, int] = {}

    def of(self, record_id: str) -> int:
        key = record_id.encode()
        i = int(np.searchsorted(self.ids, key))
        if i < len(self.ids) and self.ids[i] == key:
            return i
        slot = self._extra_index.get(record_id)
        if slot is None:
            slot = self._extra_index[record_id] = len(self.extra)
            self.extra.append(record_id)
        return -slot - 2


def decide(
    catalog: Catalog,
    fingerprints: BatchFingerprints | Iterable[BatchFingerprints],
    config: Config | None = None,
    run_id: str = "",
    *,
    release_input: bool = False,
) -> Decisions:
    """Reduce: decisions for every fingerprinted record of the run; persists the run's state.

    Writes to the catalog: the records and site counts, paragraph owners, LSH bands. Safe to call
    again for the same run (same decisions, nothing counted twice). release_input: `fingerprints`
    is a list this call may empty while it gathers it (so the batches are not held twice).
    """
    config = config or Config()
    check_config(config)
    if isinstance(fingerprints, BatchFingerprints):
        fp = fingerprints
    else:
        fp = concat(fingerprints if isinstance(fingerprints, list) else list(fingerprints), release=release_input)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    # -- sort by record id (drop repeats: a batch fingerprinted twice by a retried task) -----------
    raw_ids = np.array([i.encode() for i in fp.ids], dtype=bytes) if fp.ids else np.zeros(0, "S32")
    order = np.argsort(raw_ids, kind="stable")
    if len(order):
        sorted_ids = raw_ids[order]
        first = np.ones(len(order), bool)
        first[1:] = sorted_ids[1:] != sorted_ids[:-1]
        order = order[first]
        del sorted_ids, first
    ids = raw_ids[order]
    del raw_ids
    n = len(ids)
    ids_str = [x.decode() for x in ids]
    refs = _Refs(ids)
    para_idx, para_off = _csr_take(np.r_[0, np.cumsum(fp.n_paragraphs, dtype=np.int64)], order)
    para_hash = fp.para_hash[para_idx]
    para_weight = fp.para_weight[para_idx]
    del para_idx
    if fp is not fingerprints:  # our own concatenation: drop what is now copied
        fp.para_hash = fp.para_weight = np.zeros(0, np.uint64)
    para_doc = np.repeat(np.arange(n, dtype=np.int32), np.diff(para_off))
    # Lines stay where they are: document i's lines are line_hash[line_lo[i]:line_hi[i]].
    line_hash = fp.line_hash
    line_lo, line_hi = fp.line_offsets[:-1][order], fp.line_offsets[1:][order]
    sites_sorted = [fp.sites[i] for i in order.tolist()]
    site_names = sorted(set(sites_sorted))
    site_pos = {s: k for k, s in enumerate(site_names)}
    site_idx = np.array([site_pos[s] for s in sites_sorted], dtype=np.int32)
    del sites_sorted, site_pos
    site_keys = np.array([site_key(s) for s in site_names], dtype=np.uint64)
    doc_site_key = site_keys[site_idx] if n else np.zeros(0, np.uint64)
    sig = fp.signatures[order]
    title_hash = fp.title_hash[order]
    title_weight = fp.title_weight[order]
    n_sh = fp.n_shingles[order].astype(np.int64) if len(fp.n_shingles) == len(fp.ids) else np.zeros(n, np.int64)
    num_perm = fp.num_perm
    if fp is not fingerprints:
        fp.signatures = np.zeros((0, num_perm), np.uint32)

    status = np.zeros(n, np.uint8)
    dup_ref = np.full(n, NO_REF, np.int32)
    similarity = np.zeros(n, np.float32)
    prior = catalog.corpus_docs(ids_str) if n else {}
    decided = np.zeros(n, bool)
    for rid, (dup_of, sim) in prior.items():
        i = refs.of(rid)
        decided[i] = True
        if dup_of is not None:
            status[i] = DUPLICATE
            dup_ref[i] = refs.of(dup_of)
            similarity[i] = sim or 0.0
    del prior
    timings["prepare"] = time.perf_counter() - t0

    # -- 1. near-duplicates ------------------------------------------------------------------------
    t1 = time.perf_counter()
    has_sig = ~(sig == MAX_HASH).all(axis=1) if n else np.zeros(0, bool)
    match = _Matcher(config)
    bands, rows = lsh_params(LSH_JACCARD, num_perm, LSH_TARGET)
    keys = band_keys(sig, bands, rows) if n else np.zeros((0, bands), np.uint64)
    if config.corpus_near_dup and n:
        _near_dups_earlier(catalog, match, sig, n_sh, keys, has_sig & ~decided, ids_str, refs, status,
                           dup_ref, similarity)
        _near_dups_in_run(match, sig, n_sh, keys, has_sig, decided, status, dup_ref, similarity)
    timings["near_dup"] = time.perf_counter() - t1

    # -- 2. register documents and count their lines per site ---------------------------------------
    t2 = time.perf_counter()
    emitted = status != DUPLICATE
    doc_sites_signed = _signed(doc_site_key)
    for lo in range(0, n, REGISTER_CHUNK):
        hi = min(n, lo + REGISTER_CHUNK)
        reg_rows = []
        for i in range(lo, hi):
            if decided[i]:
                continue
            keep_sig = bool(emitted[i] and has_sig[i])
            reg_rows.append({
                "record_id": ids_str[i],
                "site_key": int(doc_sites_signed[i]),
                "duplicate_of": refs_id(refs, int(dup_ref[i])) if status[i] == DUPLICATE else None,
                "similarity": float(similarity[i]) if status[i] == DUPLICATE else None,
                "signature": sig[i].astype("<u4").tobytes() if keep_sig else None,
                "shingles": int(n_sh[i]) if keep_sig else None,
            })
        if not reg_rows:
            continue

        def counts_for(new: set[str], lo: int = lo, hi: int = hi) -> tuple[dict[int, tuple[str, int]],
                                                                           list[tuple[int, int]]]:
            docs = [i for i in range(lo, hi) if emitted[i] and ids_str[i] in new]
            per_site: dict[int, tuple[str, int]] = {}
            for i in docs:
                k = int(doc_sites_signed[i])
                name, c = per_site.get(k, (site_names[site_idx[i]], 0))
                per_site[k] = (name, c + 1)
            if not docs:
                return per_site, []
            parts = [
                site_line_keys(np.full(int(line_hi[i] - line_lo[i]), doc_site_key[i], dtype=np.uint64),
                               line_hash[line_lo[i] : line_hi[i]])
                for i in docs
            ]
            uk, uc = np.unique(np.concatenate(parts), return_counts=True)
            return per_site, list(zip(_signed(uk).tolist(), uc.tolist(), strict=True))

        catalog.add_corpus_docs(reg_rows, counts_for, run_id)
    timings["register"] = time.perf_counter() - t2

    # -- 3. site boilerplate -------------------------------------------------------------------------
    t3 = time.perf_counter()
    para_code = np.zeros(len(para_hash), np.uint8)
    para_ref = np.full(len(para_hash), NO_REF, np.int32)
    title_code = np.zeros(n, np.uint8)
    title_ref = np.full(n, NO_REF, np.int32)
    site_docs = _lookup_counts(catalog.site_doc_counts, site_keys)
    if config.corpus_site_boilerplate and n:
        _site_boilerplate(config, catalog, np.flatnonzero(emitted[para_doc] & (para_hash != 0)), para_hash,
                          para_weight, para_doc, doc_site_key, site_idx, site_docs, para_code, para_ref)
        _site_boilerplate(config, catalog, np.flatnonzero(emitted & (title_hash != 0)), title_hash, title_weight,
                          np.arange(n, dtype=np.int32), doc_site_key, site_idx, site_docs, title_code, title_ref)
    timings["site_boilerplate"] = time.perf_counter() - t3

    # -- 4. cross-document paragraph dedup -----------------------------------------------------------
    t4 = time.perf_counter()
    if config.corpus_dedup != "off" and n:
        _paragraph_dedup(catalog, config, run_id, ids_str, refs, emitted, para_hash, para_weight,
                         para_doc, para_code, para_ref)
    timings["dedup"] = time.perf_counter() - t4

    # -- 5. empty documents, LSH index ---------------------------------------------------------------
    t5 = time.perf_counter()
    if n:
        survives = (para_code == P_KEEP) | (para_code == P_ANNOTATE)
        kept_per_doc = np.bincount(para_doc, weights=survives, minlength=n)
        status[emitted & (kept_per_doc == 0)] = EMPTY
        del survives, kept_per_doc
    if config.corpus_near_dup and n:
        index = np.flatnonzero((status == KEEP) & has_sig)
        for lo in range(0, len(index), REGISTER_CHUNK):
            part = index[lo : lo + REGISTER_CHUNK]
            skeys = _signed(keys[part])
            catalog.add_lsh([(k, ids_str[i]) for row, i in zip(skeys.tolist(), part.tolist(), strict=True)
                             for k in row])
    timings["index"] = time.perf_counter() - t5

    stats = {
        "documents": n,
        "duplicates": int((status == DUPLICATE).sum()),
        "empty": int((status == EMPTY).sum()),
        "paragraphs": len(para_hash),
        "site_boilerplate_paragraphs": int((para_code == P_SITE).sum()),
        "site_boilerplate_titles": int((title_code == P_SITE).sum()),
        "dedup_paragraphs": int(((para_code == P_DEDUP) | (para_code == P_DROP)).sum()),
        "annotated_paragraphs": int((para_code == P_ANNOTATE).sum()),
        "sites": len(site_names),
        "lsh_bands": bands,
        "lsh_rows": rows,
        "seconds": {k: round(v, 4) for k, v in timings.items()},
    }
    return Decisions(
        run_id=run_id,
        policy=config.corpus_dedup,
        ids=ids,
        sites=site_names,
        site_idx=site_idx,
        site_docs=site_docs,
        status=status,
        dup_ref=dup_ref,
        similarity=similarity,
        title_code=title_code,
        title_ref=title_ref,
        para_offsets=para_off,
        para_code=para_code,
        para_ref=para_ref,
        extra_ids=refs.extra,
        stats=stats,
    )


def _lookup_counts(fn: Any, keys: np.ndarray) -> np.ndarray:
    """Counts for uint64 keys from a catalog lookup (signed keys -> count dict), chunk by chunk, 0 if absent."""
    out = np.zeros(len(keys), np.int64)
    signed = _signed(keys)
    for lo in range(0, len(keys), LOOKUP_CHUNK):
        chunk = signed[lo : lo + LOOKUP_CHUNK].tolist()
        found = fn(chunk)
        out[lo : lo + len(chunk)] = [found.get(k, 0) for k in chunk]
    return out


def _site_boilerplate(
    config: Config,
    catalog: Catalog,
    cand: np.ndarray,
    line_hashes: np.ndarray,
    weights: np.ndarray,
    docs: np.ndarray,
    doc_site_key: np.ndarray,
    site_idx: np.ndarray,
    site_docs: np.ndarray,
    code: np.ndarray,
    ref: np.ndarray,
) -> None:
    """Mark the candidate lines (paragraphs, or titles) that are site boilerplate: code P_SITE, ref = pages."""
    if not len(cand):
        return
    keys = site_line_keys(doc_site_key[docs[cand]], line_hashes[cand])
    wanted, inverse = np.unique(keys, return_inverse=True)
    del keys
    counts = _lookup_counts(catalog.site_line_counts, wanted)[inverse]
    del wanted, inverse
    total = site_docs[site_idx[docs[cand]]]
    many = (counts >= config.corpus_site_min_docs) & (counts >= config.corpus_site_min_share * total)
    short = (
        (counts >= 2)
        & (counts >= config.corpus_site_short_share * total)
        & (weights[cand] <= config.corpus_site_short_chars)
    )
    hit = many | short
    code[cand[hit]] = P_SITE
    ref[cand[hit]] = counts[hit]


def refs_id(refs: _Refs, ref: int) -> str | None:
    if ref >= 0:
        return refs.ids[ref].decode()
    if ref <= -2:
        return refs.extra[-ref - 2]
    return None


class _Matcher:
    """Is document i a near-duplicate of kept document k? From signatures and shingle counts.

    Jaccard >= threshold; or, with containment on, i is mostly inside k (|i & k| / |i| >= the
    containment threshold, while Jaccard >= CONTAINMENT_MIN_JACCARD so sizes stay within ~1.7x):
    the copy that kept a few more lines of page chrome, or lost a few to the per-page cleaner,
    still counts. Only the document being decided may be the contained one, so a document with
    more than a tenth of new content is never dropped for it.
    """

    def __init__(self, config: Config) -> None:
        self.threshold = config.corpus_near_dup_threshold
        self.containment = config.corpus_near_dup_containment

    def best(self, sig_i: np.ndarray, n_i: int, sigs: np.ndarray, ns: np.ndarray) -> tuple[int, float]:
        """Index of the first candidate that matches, and its Jaccard; (-1, 0.0) if none does."""
        j = np.atleast_1d(jaccard(sig_i, sigs)).astype(np.float64)
        ok = j >= self.threshold
        if self.containment > 0 and n_i > 0:
            inside = j * (n_i + ns) / ((1.0 + j) * n_i)
            ok |= (j >= CONTAINMENT_MIN_JACCARD) & (inside >= self.containment)
        hits = np.flatnonzero(ok)
        return (int(hits[0]), float(j[hits[0]])) if len(hits) else (-1, 0.0)


def _near_dups_earlier(
    catalog: Catalog,
    match: _Matcher,
    sig: np.ndarray,
    n_sh: np.ndarray,
    keys: np.ndarray,
    todo: np.ndarray,
    ids_str: list[str],
    refs: _Refs,
    status: np.ndarray,
    dup_ref: np.ndarray,
    similarity: np.ndarray,
) -> None:
    """Documents that near-duplicate a kept record of an earlier run (the catalog's LSH index).

    Among several matching records the smallest record id is taken (they are all published).
    """
    todo_idx = np.flatnonzero(todo)
    if not len(todo_idx):
        return
    in_run = set(ids_str)
    for lo in range(0, len(todo_idx), REGISTER_CHUNK):  # bounds the keys and candidates alive
        _near_dups_earlier_chunk(catalog, match, sig, n_sh, _signed(keys), todo_idx[lo : lo + REGISTER_CHUNK],
                                 in_run, refs, status, dup_ref, similarity)


def _near_dups_earlier_chunk(
    catalog: Catalog,
    match: _Matcher,
    sig: np.ndarray,
    n_sh: np.ndarray,
    skeys: np.ndarray,
    todo_idx: np.ndarray,
    in_run: set[str],
    refs: _Refs,
    status: np.ndarray,
    dup_ref: np.ndarray,
    similarity: np.ndarray,
) -> None:
    by_key: dict[int, list[str]] = {}
    for k, rid in catalog.lsh_candidates(skeys[todo_idx].ravel().tolist()):
        if rid not in in_run:
            by_key.setdefault(k, []).append(rid)
    if not by_key:
        return
    wanted = {rid for v in by_key.values() for rid in v}
    stored = {
        rid: (np.frombuffer(blob, dtype="<u4"), count)
        for rid, (blob, count) in catalog.corpus_signatures(wanted).items()
        if len(blob) == 4 * sig.shape[1]
    }
    for i in todo_idx.tolist():
        cands = sorted({rid for k in skeys[i].tolist() for rid in by_key.get(k, ())} & stored.keys())
        cands = cands[:MAX_CANDIDATES]
        if not cands:
            continue
        h, j = match.best(
            sig[i],
            int(n_sh[i]),
            np.stack([stored[c][0] for c in cands]),
            np.array([stored[c][1] for c in cands], dtype=np.int64),
        )
        if h >= 0:
            status[i] = DUPLICATE
            dup_ref[i] = refs.of(cands[h])
            similarity[i] = j


def _near_dups_in_run(
    match: _Matcher,
    sig: np.ndarray,
    n_sh: np.ndarray,
    keys: np.ndarray,
    has_sig: np.ndarray,
    decided: np.ndarray,
    status: np.ndarray,
    dup_ref: np.ndarray,
    similarity: np.ndarray,
) -> None:
    """Greedy, largest document first (ties: smallest record id): a document is a duplicate of the
    first kept one it matches, so of a set of copies the most complete one is kept.

    Only documents that share a band with another document of the run are looked at; band groups
    come from sorting the band keys (no Python dict per document).
    """
    n, bands = keys.shape
    groups = np.full((n, bands), -1, np.int32)
    valid = np.flatnonzero(has_sig)
    for j in range(bands):
        _u, inv, counts = np.unique(keys[valid, j], return_inverse=True, return_counts=True)
        shared = counts[inv] > 1
        groups[valid[shared], j] = inv[shared]
    active = (groups >= 0).any(axis=1)
    order = np.lexsort((np.arange(n), -n_sh))  # size descending, then record id
    rank = np.empty(n, np.int64)
    rank[order] = np.arange(n)
    kept_lists: list[dict[int, list[int]]] = [{} for _ in range(bands)]
    for i in order[active[order]].tolist():
        if status[i] == DUPLICATE:  # an earlier run's duplicate, or decided before: not a target
            continue
        g = groups[i]
        if not decided[i]:
            cands = {c for j in range(bands) if g[j] >= 0 for c in kept_lists[j].get(int(g[j]), ())}
            if cands:
                ordered = sorted(cands, key=rank.__getitem__)[:MAX_CANDIDATES]
                h, jac = match.best(sig[i], int(n_sh[i]), sig[ordered], n_sh[ordered])
                if h >= 0:
                    status[i] = DUPLICATE
                    dup_ref[i] = ordered[h]
                    similarity[i] = jac
                    continue
        for j in range(bands):
            if g[j] >= 0:
                kept_lists[j].setdefault(int(g[j]), []).append(i)


def _paragraph_dedup(
    catalog: Catalog,
    config: Config,
    run_id: str,
    ids_str: list[str],
    refs: _Refs,
    emitted: np.ndarray,
    para_hash: np.ndarray,
    para_weight: np.ndarray,
    para_doc: np.ndarray,
    para_code: np.ndarray,
    para_ref: np.ndarray,
) -> None:
    """Owners of the run's paragraphs (catalog first-writer-wins, else smallest id) and the codes.

    Works on the eligible paragraphs sorted by (hash, document); intermediates are int32 where they
    can be and dropped as soon as possible (this step sets the reduce's peak memory).
    """
    elig = np.flatnonzero(
        emitted[para_doc]
        & (para_code == P_KEEP)
        & (para_hash != 0)
        & (para_weight >= config.corpus_dedup_min_chars)
    )
    if not len(elig):
        return
    h = para_hash[elig]
    d = para_doc[elig]
    o = np.lexsort((d, h)).astype(np.int32)
    hs = h[o]
    del h
    ds = d[o]
    del d
    new_h = np.ones(len(hs), bool)
    np.not_equal(hs[1:], hs[:-1], out=new_h[1:])
    uh = hs[new_h]
    del hs
    first_doc = ds[new_h]
    new_pair = new_h.copy()
    new_pair[1:] |= ds[1:] != ds[:-1]
    group = np.cumsum(new_h, dtype=np.int32) - 1
    del new_h
    ndocs = np.bincount(group[new_pair], minlength=len(uh)).astype(np.int32)
    del new_pair
    owner = np.empty(len(uh), np.int32)
    signed = _fingerprint_domain(uh)
    del uh
    for lo in range(0, len(signed), CLAIM_CHUNK):
        hi = min(len(signed), lo + CLAIM_CHUNK)
        pairs = list(zip(signed[lo:hi].tolist(), [ids_str[x] for x in first_doc[lo:hi].tolist()], strict=True))
        owners = catalog.claim_paragraphs(pairs, run_id)
        owner[lo:hi] = [refs.of(x) for x in owners]
    del signed, first_doc
    occ_owner = owner[group]  # per occurrence, in (hash, document) order
    foreign = occ_owner != ds
    if config.corpus_dedup == "keep-first":
        sel = elig[o[foreign]]
        para_code[sel] = P_DEDUP
        para_ref[sel] = occ_owner[foreign]
    elif config.corpus_dedup == "drop-all":
        occ_ndocs = ndocs[group] + (occ_owner < 0)  # a copy in an earlier run counts too
        drop = foreign | (occ_ndocs >= 2)
        para_code[elig[o[drop]]] = P_DROP
        para_ref[elig[o[drop]]] = occ_ndocs[drop]
    elif config.corpus_dedup == "annotate-only":
        sel = elig[o[foreign]]
        para_code[sel] = P_ANNOTATE
        para_ref[sel] = occ_owner[foreign]
