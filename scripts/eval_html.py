"""Score our HTML path against trafilatura alone on the shared development set.

    python scripts/eval_html.py [--eval-dir ../shared/eval] [--out eval-out] [--slow] [--only NAME,...]

Systems (each writes `<out>/html-<name>/<id>.txt`, scored with the shared `score.py`):

    trafilatura            trafilatura.extract(html) with its defaults
    trafilatura-precision  trafilatura.extract(html, favor_precision=True)
    cleaners               our path: cleaners.formats (decode, parse, trafilatura fast, page metadata)
                           and the text stages; output = record text (title + paragraphs)
    cleaners-body          the same records without the title (the gold of `aeb` pages has none)
    cleaners-slow          (--slow) our path with trafilatura's fallback extractors (html_fast=False)

Prints one table (mean P/R/F1 over pages, leak, loss, empty outputs, pages/s of CPU time in this
process) and, per system, F1 by source. Per-page scores go to `<out>/html-<name>.pages.jsonl`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners import Config, QuarantineError  # noqa: E402
from cleaners.api import clean_document  # noqa: E402
from cleaners.formats import iter_file  # noqa: E402


def _trafilatura(**kwargs: object) -> Callable[[Path], str]:
    import trafilatura

    def run(path: Path) -> str:
        return trafilatura.extract(path.read_bytes(), **kwargs) or ""  # type: ignore[arg-type]

    return run


def _ours(config: Config) -> Callable[[Path], tuple[str, str]]:
    def run(path: Path) -> tuple[str, str]:
        try:
            (doc,) = list(iter_file(path, path.name, config))
            record = clean_document(doc, config)  # type: ignore[arg-type]
        except QuarantineError as exc:
            print(f"quarantined {path.name}: {exc}", file=sys.stderr)
            return "", ""
        return record.text, "\n\n".join(p["text"] for p in record.paragraphs)

    return run


def _score(eval_dir: Path, out_dir: Path, pages: Path) -> dict:
    summary = out_dir.with_suffix(".summary.json")
    cmd = [sys.executable, str(eval_dir / "score.py"), str(out_dir), "--data", str(eval_dir),
           "--quiet", "--json", str(summary), "--per-page", str(pages)]
    subprocess.run(cmd, check=True)
    return json.loads(summary.read_text())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=REPO / "eval-out")
    ap.add_argument("--slow", action="store_true", help="also run our path with html_fast=False")
    ap.add_argument("--only", help="comma-separated system names to run (default: all)")
    args = ap.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)

    ids = [json.loads(line)["id"] for line in (args.eval_dir / "manifest.jsonl").open(encoding="utf-8")]
    paths = [args.eval_dir / "html" / f"{i}.html" for i in ids]
    if not all(p.exists() for p in paths):
        print(f"missing HTML pages under {args.eval_dir / 'html'}", file=sys.stderr)
        return 2
    config = Config()
    systems: dict[str, Callable[[Path], object]] = {
        "trafilatura": _trafilatura(),
        "trafilatura-precision": _trafilatura(favor_precision=True),
        "cleaners": _ours(config),
    }
    if args.slow:
        systems["cleaners-slow"] = _ours(config.with_(html_fast=False))
    wanted = set(args.only.split(",")) if args.only else None

    speeds: dict[str, float] = {}
    outputs: dict[str, Path] = {}
    for name, fn in systems.items():
        if wanted and name not in wanted:
            continue
        out_dir = args.out / f"html-{name}"
        out_dir.mkdir(parents=True, exist_ok=True)
        body_dir = args.out / "html-cleaners-body" if name == "cleaners" else None
        if body_dir:
            body_dir.mkdir(parents=True, exist_ok=True)
        cpu = 0.0
        for i, path in zip(ids, paths, strict=True):
            t0 = time.process_time()
            with contextlib.redirect_stderr(sys.stderr):
                result = fn(path)
            cpu += time.process_time() - t0
            text, body = result if isinstance(result, tuple) else (result, None)
            (out_dir / f"{i}.txt").write_text(text, encoding="utf-8")
            if body_dir is not None and body is not None:
                (body_dir / f"{i}.txt").write_text(body, encoding="utf-8")
        speeds[name] = len(ids) / cpu if cpu else 0.0
        outputs[name] = out_dir
        if body_dir is not None:
            speeds["cleaners-body"] = speeds[name]
            outputs["cleaners-body"] = body_dir

    print(f"{len(ids)} pages from {args.eval_dir / 'html'}; scored with {args.eval_dir / 'score.py'}")
    print(f"{'system':<24} {'P':>6} {'R':>6} {'F1':>6} {'F1>=.9':>7} {'leak':>6} {'loss':>6} {'empty':>5} {'pages/s':>8}")
    by_source: dict[str, dict] = {}
    for name, out_dir in outputs.items():
        res = _score(args.eval_dir, out_dir, args.out / f"html-{name}.pages.jsonl")
        s = res["overall"]
        by_source[name] = res["by_source"]
        print(f"{name:<24} {s['P']:>6.4f} {s['R']:>6.4f} {s['F1']:>6.4f} {s['share_f1_ge_0_9']:>7.3f} "
              f"{s['leak']:>6.4f} {s['loss']:>6.4f} {s['empty']:>5} {speeds[name]:>8.1f}")
    sources = sorted({src for v in by_source.values() for src in v})
    print("\nF1 by source: " + "  ".join(f"{src} (n={next(iter(by_source.values()))[src]['n']})" for src in sources))
    for name, per in by_source.items():
        print(f"{name:<24} " + " ".join(f"{per[src]['F1']:>8.4f}" for src in sources))
    print("\npages/s = pages per CPU-second of this process (one core), including file reads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
