"""Site boilerplate learning on the dev pages: mean F1 with and without it.

    python scripts/bench_site_learning.py [--eval-dir ../shared/eval] [--out bench-out/site]
                                          [--workers 2] [--field text|body]

Every `textdump/<id>.txt` is cleaned with the default per-document pipeline, with its URL from
`manifest.jsonl` in `doc.meta["url"]` (so pages of one host are one site; a page without a URL is a
site of its own), all as one run. Then:

    per-document   the records as the per-document cleaners leave them
    + site         the corpus pass with only site boilerplate learning on
    + corpus       the full corpus pass (site boilerplate, cross-document dedup, near-duplicates;
                   a page set aside as a near-duplicate scores as an empty output)

Each is written as `<out>/<variant>/<id>.txt` and scored with the shared `score.py`; the table
shows mean P/R/F1 over all pages and over the pages whose host has more than one page here (the
only ones site learning can change), and how many lines site learning removed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners.api import clean_document  # noqa: E402
from cleaners.catalog import Catalog  # noqa: E402
from cleaners.config import Config  # noqa: E402
from cleaners.corpus import (  # noqa: E402
    DUPLICATE_KIND,
    EMPTY_KIND,
    SITE_RULE,
    apply,
    attach_spans,
    decide,
    fingerprint_batch,
    site_of,
)
from cleaners.document import Document, QuarantineError  # noqa: E402


def _clean(item: tuple[str, bytes, str, Config]) -> tuple[str, dict[str, Any] | None]:
    page_id, raw, url, config = item
    # A page without a URL gets a folder of its own: the dev pages without one come from many sites,
    # and one folder would make them a single made-up site.
    source = f"{page_id}.txt" if url else f"no-url/{page_id}/page.txt"
    doc = Document(source=source, raw=raw, source_sha256=hashlib.sha256(raw).hexdigest(),
                   meta={"url": url} if url else {})
    try:
        return page_id, attach_spans(clean_document(doc, config).to_dict(), doc)
    except QuarantineError:
        return page_id, None


def _text(record: dict[str, Any] | None, field: str) -> str:
    if record is None:
        return ""
    if field == "body":
        return "\n\n".join(p["text"] for p in record["paragraphs"])
    return record["text"]


def _score(eval_dir: Path, out: Path) -> list[dict[str, Any]]:
    per_page = out.with_suffix(".pages.jsonl")
    subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(out), "--data", str(eval_dir), "--quiet",
         "--per-page", str(per_page)],
        check=True,
    )
    return [json.loads(line) for line in per_page.read_text().splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=REPO / "bench-out" / "site-learning")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--field", choices=["text", "body"], default="text")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)

    manifest = [json.loads(x) for x in (args.eval_dir / "manifest.jsonl").read_text().splitlines() if x.strip()]
    config = Config()
    items = [
        (m["id"], (args.eval_dir / "textdump" / f"{m['id']}.txt").read_bytes(), m["url"], config)
        for m in manifest
        if (args.eval_dir / "textdump" / f"{m['id']}.txt").exists()
    ]
    t0 = time.perf_counter()
    if args.workers > 1:
        with ProcessPoolExecutor(args.workers) as pool:
            cleaned = dict(pool.map(_clean, items, chunksize=4))
    else:
        cleaned = dict(map(_clean, items))
    t_clean = time.perf_counter() - t0
    records = [r for r in cleaned.values() if r is not None]
    sites = Counter(site_of(r) for r in records)
    multi = {pid for pid, r in cleaned.items() if r is not None and sites[site_of(r)] > 1}
    print(f"{len(items)} pages, {len(sites)} sites ({sum(1 for n in sites.values() if n > 1)} with more than "
          f"one page, {len(multi)} pages on them); per-document cleaning {t_clean:.1f} s")

    variants: dict[str, Config | None] = {
        "per-document": None,
        "+ site": config.with_(corpus_pass=True, corpus_near_dup=False, corpus_dedup="off"),
        "+ corpus": config.with_(corpus_pass=True),
    }
    results: dict[str, Any] = {"pages": len(items), "multi_site_pages": len(multi), "variants": {}}
    print(f"{'variant':<14} {'P':>6} {'R':>6} {'F1':>6}   {'multi-page sites: P':>20} {'R':>6} {'F1':>6}   "
          f"{'site lines':>10} {'dup/empty':>9}  reduce s")
    for name, cfg in variants.items():
        out_dir = args.out / name.replace("+ ", "with-").replace(" ", "-")
        out_dir.mkdir(parents=True, exist_ok=True)
        removed = dropped = 0
        t_reduce = 0.0
        outputs = dict(cleaned)
        if cfg is not None:
            with tempfile.TemporaryDirectory() as tmp:
                cat = Catalog.open(f"sqlite:///{tmp}/catalog.sqlite")
                cat.migrate()
                t1 = time.perf_counter()
                batches = [fingerprint_batch(records[i : i + 16], cfg) for i in range(0, len(records), 16)]
                decisions = decide(cat, batches, cfg, "site-learning")
                t_reduce = time.perf_counter() - t1
                cat.close()
            for pid, rec in cleaned.items():
                if rec is None:
                    continue
                res = apply(rec, decisions, cfg)
                removed += sum(1 for x in res.record["removed"] if x["rule"] == SITE_RULE)
                if res.kind in (DUPLICATE_KIND, EMPTY_KIND):
                    dropped += 1
                    outputs[pid] = None
                else:
                    outputs[pid] = res.record
        for pid, rec in outputs.items():
            (out_dir / f"{pid}.txt").write_text(_text(rec, args.field), encoding="utf-8")
        rows = _score(args.eval_dir, out_dir)
        summary = {}
        for subset, sel in (("all", rows), ("multi", [r for r in rows if r["id"] in multi])):
            summary[subset] = {k.upper(): round(statistics.mean(r[k] for r in sel), 4) for k in ("p", "r", "f1")}
        summary.update(site_lines_removed=removed, dropped=dropped, reduce_seconds=round(t_reduce, 3))
        results["variants"][name] = summary
        a, m = summary["all"], summary["multi"]
        print(f"{name:<14} {a['P']:6.3f} {a['R']:6.3f} {a['F1']:6.3f}   {m['P']:20.3f} {m['R']:6.3f} {m['F1']:6.3f}   "
              f"{removed:10d} {dropped:9d}  {t_reduce:8.3f}")
    base = results["variants"]["per-document"]
    for name in ("+ site", "+ corpus"):
        v = results["variants"][name]
        print(f"gain {name:<9} F1 all {v['all']['F1'] - base['all']['F1']:+.4f}, "
              f"multi-page sites {v['multi']['F1'] - base['multi']['F1']:+.4f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
