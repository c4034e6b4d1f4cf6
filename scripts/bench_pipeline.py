"""Throughput and memory of `cleaners run` on the dev text dumps repeated to a target size.

    python scripts/bench_pipeline.py [--mb 100] [--workers 1 2] [--backends langdetect fasttext]

Builds an input folder by copying the text dumps (each copy gets a unique first line so
content hashes differ and nothing is skipped as already seen), then runs the CLI once per
(workers, backend) in a fresh output folder and prints MB/s, documents/s, MB/s per core
and the peak RSS of the run (children included).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_inputs(src: Path, dest: Path, target_bytes: int) -> tuple[int, int]:
    dumps = sorted(src.glob("*.txt"))
    if not dumps:
        raise SystemExit(f"no text dumps in {src}")
    data = [p.read_bytes() for p in dumps]
    total = n = 0
    while total < target_bytes:
        for body in data:
            sub = dest / f"{n // 1000:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            blob = f"copy {n}\n".encode() + body
            (sub / f"{n:07d}.txt").write_bytes(blob)
            total += len(blob)
            n += 1
            if total >= target_bytes:
                break
    return n, total


def run_once(inputs: Path, out: Path, workers: int, backend: str) -> tuple[float, int]:
    cmd = [
        str(REPO / ".venv" / "bin" / "cleaners"), "run", str(inputs), "--out", str(out),
        "--workers", str(workers), "--language-backend", backend, "--no-progress",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        print(proc.stdout[-2000:], proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"run failed: {' '.join(cmd)}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak_kb, before)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=REPO.parent / "shared" / "eval" / "textdump")
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--backends", nargs="+", default=["langdetect", "fasttext"])
    ap.add_argument("--keep", action="store_true", help="keep the generated input folder")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="cleaners-bench-"))
    try:
        n_docs, n_bytes = build_inputs(args.src, tmp / "inbox", int(args.mb * 1e6))
        print(f"input: {n_docs} documents, {n_bytes / 1e6:.1f} MB in {tmp / 'inbox'}")
        print(f"{'backend':<11} {'workers':>7} {'seconds':>8} {'MB/s':>7} {'MB/s/core':>9} {'docs/s':>8} "
              f"{'peak RSS MB':>11}")
        for backend in args.backends:
            for workers in args.workers:
                out = tmp / f"out-{backend}-{workers}"
                secs, peak_kb = run_once(tmp / "inbox", out, workers, backend)
                mbps = n_bytes / 1e6 / secs
                print(f"{backend:<11} {workers:>7} {secs:>8.1f} {mbps:>7.2f} {mbps / workers:>9.2f} "
                      f"{n_docs / secs:>8.0f} {peak_kb / 1024:>11.0f}", flush=True)
                shutil.rmtree(out, ignore_errors=True)
        print("peak RSS is ru_maxrss of the largest child process (one worker), not the sum over workers")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
