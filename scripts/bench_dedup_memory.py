"""Memory of the corpus pass for many paragraphs: bytes per paragraph and per document, peak RSS.

    python scripts/bench_dedup_memory.py [--paragraphs 1000000] [--per-doc 20] [--catalog URL]

Synthetic records (no per-document cleaning: this measures the corpus pass only) are made and
fingerprinted batch by batch, as the runner does (records are dropped after their batch; only the
packed fingerprints stay), then reduced once against a fresh SQLite catalog (or --catalog URL).
Text: 12-30 word paragraphs from a 50,000-word vocabulary; 5 % of paragraphs are copies of
paragraphs of other documents; every site (100 documents) has a footer line on all its pages.

Prints the fingerprint bytes held per paragraph and per document, the decisions' size, and the
process's resident memory (VmRSS / peak VmHWM) after imports, after the map and after the reduce,
next to what a Python set of 64-bit paragraph hashes alone would cost.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners.catalog import Catalog  # noqa: E402
from cleaners.config import Config  # noqa: E402
from cleaners.corpus import decide, fingerprint_batch  # noqa: E402
from cleaners.corpus.synth import record  # noqa: E402


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB, from /proc/self/status."""
    cur = peak = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            cur = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return cur, peak


def make_vocab(n: int, rng: np.random.Generator) -> list[str]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(3, 10, size=n)
    return ["".join(letters[rng.integers(0, 26, size=k)]) for k in lengths]


def make_batch(first_doc: int, n_docs: int, per_doc: int, vocab: list[str], rng: np.random.Generator,
               shared: list[str]) -> list[dict]:
    recs = []
    for d in range(first_doc, first_doc + n_docs):
        paras = []
        for _ in range(per_doc - 1):
            if shared and rng.random() < 0.05:
                paras.append(shared[int(rng.integers(0, len(shared)))])
                continue
            words = [vocab[int(i)] for i in rng.zipf(1.2, size=int(rng.integers(12, 31))) % len(vocab)]
            text = " ".join(words).capitalize() + "."
            paras.append(text)
            if len(shared) < 20000 and rng.random() < 0.05:
                shared.append(text)
        site = d // 100
        paras.append(f"Footer of site {site}: all rights reserved by the owners of site number {site}.")
        recs.append(record(paras, key=f"doc-{d}", url=f"https://site{site}.test/{d}"))
    return recs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paragraphs", type=int, default=1_000_000)
    ap.add_argument("--per-doc", type=int, default=20)
    ap.add_argument("--batch", type=int, default=500, help="documents per map batch")
    ap.add_argument("--catalog", help="catalog URL (default: a temporary SQLite file)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    config = Config(corpus_pass=True)
    rng = np.random.default_rng(args.seed)
    vocab = make_vocab(50_000, rng)
    n_docs = args.paragraphs // args.per_doc
    gc.collect()
    base, _ = rss_mb()
    print(f"{n_docs} documents x {args.per_doc} paragraphs = {n_docs * args.per_doc:,} paragraphs; "
          f"RSS after imports {base:.0f} MB")

    t_map = 0.0
    mb_text = 0.0
    batches = []
    shared: list[str] = []
    for first in range(0, n_docs, args.batch):
        recs = make_batch(first, min(args.batch, n_docs - first), args.per_doc, vocab, rng, shared)
        mb_text += sum(len(p["text"]) for r in recs for p in r["paragraphs"]) / 1e6
        t0 = time.perf_counter()
        batches.append(fingerprint_batch(recs, config))
        t_map += time.perf_counter() - t0
        del recs
    del shared
    gc.collect()
    paragraphs = sum(int(b.n_paragraphs.sum()) for b in batches)
    lines = sum(len(b.line_hash) for b in batches)
    fp_bytes = sum(b.nbytes for b in batches)
    per_para_arrays = sum(b.para_hash.nbytes + b.para_weight.nbytes + b.line_hash.nbytes for b in batches)
    per_doc_bytes = fp_bytes - per_para_arrays
    after_map, peak_map = rss_mb()
    print(f"map: {t_map:.1f} s for {mb_text:.0f} MB of paragraphs ({mb_text / t_map:.1f} MB/s, one process); fingerprints held {fp_bytes / 1e6:.1f} MB = "
          f"{per_para_arrays / paragraphs:.1f} B per paragraph ({lines:,} distinct lines incl.) + "
          f"{per_doc_bytes / n_docs:.0f} B per document; RSS {after_map:.0f} MB (peak {peak_map:.0f} MB)")

    with tempfile.TemporaryDirectory() as tmp:
        url = args.catalog or f"sqlite:///{tmp}/catalog.sqlite"
        cat = Catalog.open(url)
        cat.migrate()
        t0 = time.perf_counter()
        decisions = decide(cat, batches, config, "memory-bench")
        t_reduce = time.perf_counter() - t0
        counts = cat.corpus_counts()
        cat.close()
    after_reduce, peak = rss_mb()
    print(f"reduce: {t_reduce:.1f} s ({decisions.stats['seconds']}); decisions {decisions.nbytes / 1e6:.1f} MB "
          f"= {decisions.nbytes / paragraphs:.1f} B per paragraph; catalog rows {counts}")
    print(f"decided: {decisions.stats['duplicates']} near-duplicates, {decisions.stats['dedup_paragraphs']} "
          f"duplicate paragraphs, {decisions.stats['site_boilerplate_paragraphs']} site-boilerplate paragraphs")
    print(f"RSS after reduce {after_reduce:.0f} MB; PEAK RSS {peak:.0f} MB for {paragraphs:,} paragraphs "
          f"({(peak - base) * 1e6 / paragraphs:.0f} B per paragraph above the {base:.0f} MB after imports, "
          f"everything included)")
    # For scale: a plain Python set of the paragraph hashes alone.
    tracemalloc.start()
    s = {h for b in batches for h in b.para_hash.tolist()}
    size, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"for comparison, a Python set of {len(s):,} 64-bit paragraph hashes: {size / 1e6:.0f} MB "
          f"({size / max(1, len(s)):.0f} B each, tracemalloc); packed uint64: 8 B each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
