"""Map side of the corpus pass: what one batch of records contributes, as packed arrays.

Computed in the worker that cleaned the batch (the expensive part: hash keys and MinHash), sent to
the one place that decides (`cleaners.corpus.reduce.decide`). Nothing here looks at other
documents or at the catalog, so batches can be fingerprinted in any order, on any machine.

Per document: record id, site, the distinct hashes of all its lines (kept or removed: a footer
the per-document cleaner caught on one page and missed on another is still the same footer),
one hash and one weight per kept paragraph and for the title, and a MinHash signature of the kept
paragraphs. Memory: 12 bytes per kept paragraph, 8 bytes per distinct line, 4 * num_perm
(512) + ~100 bytes per document; no Python object per paragraph survives the batch.
"""

from __future__ import annotations

import io
import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import orjson
import xxhash

from cleaners.config import Config
from cleaners.corpus.minhash import shingles, signature
from cleaners.dedup import hash_key, key_weight
from cleaners.document import TITLE, Document

SITE_RULE = "site-boilerplate"
DEDUP_RULE = "corpus-dedup"
CORPUS_RULES = frozenset({SITE_RULE, DEDUP_RULE})
SPANS_KEY = "spans"  # record["stats"]["spans"] = {"title": [start, end] | None, "paragraphs": [[s, e], ...]}


_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))


@cache
def _char_tables() -> tuple[np.ndarray, np.ndarray]:
    """BMP lookup tables: str.isalnum (what dedup.hash_key keeps) and str.isdecimal (what it folds)."""
    chars = [chr(i) for i in range(0x10000)]
    return (np.array([c.isalnum() for c in chars], dtype=bool), np.array([c.isdecimal() for c in chars], dtype=bool))


def _lookup(table: np.ndarray, cps: np.ndarray, test: Any) -> np.ndarray:
    out = np.zeros(len(cps), dtype=bool)
    bmp = cps < 0x10000
    out[bmp] = table[cps[bmp]]
    for i in np.flatnonzero(~bmp).tolist():  # astral characters are rare: ask Python
        out[i] = test(chr(int(cps[i])))
    return out


def hash_keys(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """`dedup.hash_key` and `dedup.key_weight` of many lines at once, vectorized over code points.

    Per-line regex calls dominated the map on real pages (hundreds of lines each); this is the same
    function (tested against hash_key on every line of the dev set) at a fraction of the cost.
    """
    if not texts:
        return [], np.zeros(0, np.int64)
    joined = "\n".join(texts).casefold()
    if joined.count("\n") != len(texts) - 1:  # a line break inside a text: hash_key drops it anyway
        joined = "\n".join(t.replace("\n", " ") for t in texts).casefold()
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    alnum_t, digit_t = _char_tables()
    nl = cps == 0x0A
    k = cps[_lookup(alnum_t, cps, str.isalnum) | nl]
    is_nl = k == 0x0A
    line = np.cumsum(is_nl)
    lens = np.bincount(line[~is_nl], minlength=len(texts))
    # Digits folded in long keys: every run of decimal digits becomes one "0".
    fold = _lookup(digit_t, k, str.isdecimal) & (lens[line] >= 40)
    if fold.any():
        drop = fold.copy()
        drop[0] = False
        drop[1:] &= fold[:-1]
        k = k.copy()
        k[fold] = ord("0")
        keep = ~drop
        k, line, is_nl = k[keep], line[keep], is_nl[keep]
    cjk = np.zeros(len(k), dtype=bool)
    for lo, hi in _CJK_RANGES:
        cjk |= (k >= lo) & (k <= hi)
    weights = np.bincount(line[~is_nl], minlength=len(texts)) + 2 * np.bincount(line[cjk], minlength=len(texts))
    keys = k.tobytes().decode("utf-32-le", "surrogatepass").split("\n")
    return keys, weights.astype(np.int64)


def key_hash(key: str) -> int:
    """Unsigned xxh64 of a hash key (0 for an empty key; `dedup.fingerprint` is this minus 2^63)."""
    return (xxhash.xxh64_intdigest(key.encode("utf-8")) or 1) if key else 0


def line_hash(text: str) -> tuple[int, int]:
    """(64-bit hash of the line's dedup.hash_key, key weight); (0, 0) for a line with no letters."""
    key = hash_key(text)
    return key_hash(key), key_weight(key) if key else 0


def site_of(record: dict[str, Any]) -> str:
    """The site a record belongs to: the URL host (lower case, without 'www.'), else 'dir:<source folder>'."""
    meta = record.get("meta") or {}
    url = meta.get("url")
    if isinstance(url, str) and url:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            host = host.rstrip(".")
            return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host
    folder = posixpath.dirname(str(record.get("source") or ""))
    return f"dir:{folder or '.'}"


def spans_of(doc: Document) -> dict[str, Any]:
    """Offsets in the normalized text of the title line and of each paragraph, in record order.

    Mirrors `record.build_record` (paragraphs are the kept lines that are not the title), so the
    corpus pass can record its removals with real offsets like every other stage.
    """
    title = None
    paragraphs: list[list[int]] = []
    for line in doc.kept_lines():
        if line.kind == TITLE:
            title = [line.start, line.end]
        else:
            paragraphs.append([line.start, line.end])
    return {"title": title, "paragraphs": paragraphs}


def attach_spans(record: dict[str, Any], doc: Document) -> dict[str, Any]:
    """Store `spans_of(doc)` in record["stats"]["spans"] (a free stats key of the record schema)."""
    record.setdefault("stats", {})[SPANS_KEY] = spans_of(doc)
    return record


class NpzBytes:
    """`to_bytes`/`from_bytes` for classes that `save` to and `load` from an npz file object."""

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        self.save(buf)  # type: ignore[attr-defined]
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Any:
        return cls.load(io.BytesIO(data))  # type: ignore[attr-defined]


@dataclass
class BatchFingerprints(NpzBytes):
    """What a batch of records contributes to the corpus pass (packed; picklable; save()/load())."""

    num_perm: int
    ids: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    n_paragraphs: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    para_hash: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))
    para_weight: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))
    title_hash: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))  # 0: no title
    title_weight: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))
    line_offsets: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))  # CSR into line_hash
    line_hash: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))
    signatures: np.ndarray | None = None  # uint32 (n, num_perm); rows of MAX_HASH: no shingles
    n_shingles: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))  # distinct shingles per doc

    def __post_init__(self) -> None:
        if self.signatures is None:
            self.signatures = np.zeros((0, self.num_perm), np.uint32)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays and the id/site strings (what the reduce keeps per batch)."""
        arrays = (self.n_paragraphs, self.para_hash, self.para_weight, self.title_hash, self.title_weight,
                  self.line_offsets, self.line_hash, self.signatures, self.n_shingles)
        return sum(a.nbytes for a in arrays if a is not None) + sum(len(i) + 49 for i in self.ids)

    def save(self, path_or_file: Any) -> None:
        """Write as one .npz (for Airflow: a file per mapped task instead of a large XCom)."""
        head = orjson.dumps({"num_perm": self.num_perm, "ids": self.ids, "sites": self.sites})
        np.savez(
            path_or_file,
            head=np.frombuffer(head, dtype=np.uint8),
            n_paragraphs=self.n_paragraphs,
            para_hash=self.para_hash,
            para_weight=self.para_weight,
            title_hash=self.title_hash,
            title_weight=self.title_weight,
            line_offsets=self.line_offsets,
            line_hash=self.line_hash,
            signatures=self.signatures,
            n_shingles=self.n_shingles,
        )

    @classmethod
    def load(cls, path_or_file: Any) -> BatchFingerprints:
        with np.load(path_or_file) as z:
            head = orjson.loads(z["head"].tobytes())
            return cls(
                num_perm=head["num_perm"],
                ids=head["ids"],
                sites=head["sites"],
                **{k: z[k] for k in z.files if k != "head"},
            )



def _record_lines(record: dict[str, Any]) -> Iterable[str]:
    """Every line of the page: title, kept paragraphs and what the per-document stages removed."""
    if record.get("title"):
        yield record["title"]
    for p in record.get("paragraphs") or ():
        yield p["text"]
    for r in record.get("removed") or ():
        if r.get("rule") not in CORPUS_RULES:  # a record that went through apply() already
            yield r.get("text") or ""


def fingerprint_batch(records: Sequence[dict[str, Any]], config: Config | None = None) -> BatchFingerprints:
    """Map: fingerprints of cleaned records (as built by the runner; order does not matter)."""
    config = config or Config()
    num_perm = config.corpus_num_perm
    n = len(records)
    n_par = np.zeros(n, np.int32)
    title_hash = np.zeros(n, np.uint64)
    title_weight = np.zeros(n, np.uint32)
    sigs = np.empty((n, num_perm), np.uint32)
    n_sh = np.zeros(n, np.uint32)
    offsets = np.zeros(n + 1, np.int64)
    para_h: list[int] = []
    para_w: list[int] = []
    lines: list[np.ndarray] = []
    ids: list[str] = []
    sites: list[str] = []
    interned: dict[str, str] = {}
    for i, rec in enumerate(records):
        ids.append(str(rec["id"]))
        site = site_of(rec)
        sites.append(interned.setdefault(site, site))
        texts = [p["text"] for p in rec.get("paragraphs") or ()]
        n_par[i] = len(texts)
        all_lines = list(_record_lines(rec))
        keys, weights = hash_keys(all_lines)
        hashes = [key_hash(k) for k in keys]
        # _record_lines yields the title first, then the paragraphs, then the removed lines.
        first = 1 if rec.get("title") else 0
        if first:
            title_hash[i], title_weight[i] = hashes[0], weights[0]
        para_h.extend(hashes[first : first + len(texts)])
        para_w.extend(weights[first : first + len(texts)].tolist())
        uniq = set(hashes)
        uniq.discard(0)
        arr = np.fromiter(uniq, dtype=np.uint64, count=len(uniq))
        arr.sort()
        lines.append(arr)
        offsets[i + 1] = offsets[i] + len(arr)
        sh = shingles(texts, config.corpus_shingle_tokens)
        n_sh[i] = len(sh)
        sigs[i] = signature(sh, num_perm)
    return BatchFingerprints(
        num_perm=num_perm,
        ids=ids,
        sites=sites,
        n_paragraphs=n_par,
        para_hash=np.array(para_h, dtype=np.uint64),
        para_weight=np.array(para_w, dtype=np.uint32),
        title_hash=title_hash,
        title_weight=title_weight,
        line_offsets=offsets,
        line_hash=np.concatenate(lines) if lines else np.zeros(0, np.uint64),
        signatures=sigs,
        n_shingles=n_sh,
    )


def concat(batches: list[BatchFingerprints], *, release: bool = False) -> BatchFingerprints:
    """All batches as one (the reduce's input); batch order does not matter to the decisions.

    Copies into preallocated arrays; with release=True each batch is dropped from `batches` once
    copied, so the fingerprints are never held twice.
    """
    live = [b for b in batches if len(b)]
    if not live:
        if release:
            batches.clear()
        return BatchFingerprints(num_perm=Config().corpus_num_perm)
    perms = {b.num_perm for b in live}
    if len(perms) != 1:
        raise ValueError(f"batches were fingerprinted with different num_perm: {sorted(perms)}")
    num_perm = perms.pop()
    n = sum(len(b) for b in live)
    n_par = sum(len(b.para_hash) for b in live)
    n_lines = sum(len(b.line_hash) for b in live)
    out = BatchFingerprints(
        num_perm=num_perm,
        n_paragraphs=np.empty(n, np.int32),
        para_hash=np.empty(n_par, np.uint64),
        para_weight=np.empty(n_par, np.uint32),
        title_hash=np.empty(n, np.uint64),
        title_weight=np.empty(n, np.uint32),
        line_offsets=np.zeros(n + 1, np.int64),
        line_hash=np.empty(n_lines, np.uint64),
        signatures=np.empty((n, num_perm), np.uint32),
        n_shingles=np.zeros(n, np.uint32),
    )
    d = p = ln = 0
    if release:
        batches.clear()
    while live:
        b = live.pop(0)
        k, kp, kl = len(b), len(b.para_hash), len(b.line_hash)
        out.ids.extend(b.ids)
        out.sites.extend(b.sites)
        out.n_paragraphs[d : d + k] = b.n_paragraphs
        out.para_hash[p : p + kp] = b.para_hash
        out.para_weight[p : p + kp] = b.para_weight
        out.title_hash[d : d + k] = b.title_hash
        out.title_weight[d : d + k] = b.title_weight
        out.line_offsets[d + 1 : d + k + 1] = b.line_offsets[1:] + ln
        out.line_hash[ln : ln + kl] = b.line_hash
        out.signatures[d : d + k] = b.signatures
        if len(b.n_shingles) == k:
            out.n_shingles[d : d + k] = b.n_shingles
        d, p, ln = d + k, p + kp, ln + kl
        del b
    return out
