"""Full-size nasty inputs through `cleaners.runner.run`, one case per child process: time and peak RSS.

    .venv/bin/python scripts/stress_inputs.py [--only NAME ...] [--files 100000] [--keep DIR]

Cases: a 200 MB single-line text file, a 200 MB single line inside a JSON Lines file (between two
good lines), a 1 GB sparse file, a gzip bomb (about 10 MB expanding to 10 GB), 100,000 tiny files
in one folder, HTML nested 100,000 levels deep, 20 MB of markup without text. CI runs scaled-down
versions (tests/test_bad_inputs.py); this script is for the figures in docs/reliability.md.
Prints, per case: files, records, quarantined (with reasons), CPU seconds (user+sys of the child)
and the child's peak RSS (ru_maxrss). Each case runs in a fresh process, so the RSS is its own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENGLISH = sorted((REPO / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
MB = 1 << 20


def line_200mb(d: Path) -> None:
    with open(d / "line.txt", "wb") as fh:
        for _ in range(200):
            fh.write(b"word " * (MB // 5))


def jsonl_200mb_line(d: Path) -> None:
    good = json.dumps({"text": ENGLISH}).encode() + b"\n"
    with open(d / "dump.jsonl", "wb") as fh:
        fh.write(good)
        fh.write(b'{"text": "')
        for _ in range(200):
            fh.write(b"word " * (MB // 5))
        fh.write(b'"}\n')
        fh.write(good.replace(b"Yomiuri", b"Daily"))


def sparse_1gb(d: Path) -> None:
    with open(d / "huge.txt", "wb") as fh:
        fh.truncate(1 << 30)


def gzip_bomb_10gb(d: Path) -> None:
    member = gzip.compress(bytes(100 * MB), 9, mtime=0)  # ~100 kB
    with open(d / "bomb.txt.gz", "wb") as fh:
        for _ in range(103):  # 103 members x 100 MB = 10.06 GiB... of zeros once decompressed
            fh.write(member)


def many_files(n: int) -> Callable[[Path], None]:
    def make(d: Path) -> None:
        for i in range(n):
            (d / f"{i:07d}.txt").write_bytes(b"tiny note number %d, kept as a record\n" % i)

    return make


def nested_html(d: Path) -> None:
    (d / "nested.html").write_bytes(b"<div>" * 100_000 + b"deep text" + b"</div>" * 100_000)


def markup_no_text(d: Path) -> None:
    (d / "markup.html").write_bytes(b"<html><body>" + b'<div class="c"><span></span></div>' * 600_000 + b"</body></html>")


def _child(inbox: str, out: str, conn: object) -> None:
    from cleaners.runner import run

    t0 = time.process_time()
    s = run([inbox], out, progress=False, batch_size=64)
    conn.send(  # type: ignore[attr-defined]
        {
            "files": s.files_seen,
            "records": s.records,
            "quarantined": dict(s.quarantined_by_reason),
            "skipped_paths": s.skipped_paths,
            "cpu_s": round(time.process_time() - t0, 2),
            "elapsed_s": round(s.elapsed_seconds, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="case names to run (default: all)")
    ap.add_argument("--files", type=int, default=100_000, help="files for the many-files case")
    ap.add_argument("--keep", help="work folder to keep (default: a temp folder, removed)")
    args = ap.parse_args()
    cases: dict[str, Callable[[Path], None]] = {
        "line-200mb": line_200mb,
        "jsonl-200mb-line": jsonl_200mb_line,
        "sparse-1gb": sparse_1gb,
        "gzip-bomb-10gb": gzip_bomb_10gb,
        f"files-{args.files}": many_files(args.files),
        "html-nested-100k": nested_html,
        "html-20mb-markup": markup_no_text,
    }
    work = Path(args.keep or tempfile.mkdtemp(prefix="cleaners-stress-"))
    ctx = get_context("spawn")
    try:
        for name, make in cases.items():
            if args.only and name not in args.only:
                continue
            inbox, out = work / name / "inbox", work / name / "out"
            inbox.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            make(inbox)
            made = time.perf_counter() - t0
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_child, args=(str(inbox), str(out), child))
            proc.start()
            result = parent.recv() if parent.poll(3600) else {"error": "no result within an hour"}
            proc.join()
            print(json.dumps({"case": name, "make_s": round(made, 1), **result, "exit": proc.exitcode}), flush=True)
            shutil.rmtree(work / name, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
