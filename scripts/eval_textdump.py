"""Score the library on the shared development set of page text dumps.

    python scripts/eval_textdump.py [--eval-dir ../shared/eval] [--out eval-out] [--field text|body]

Cleans every `textdump/<id>.txt` with the default pipeline, writes `<out>/textdump/<id>.txt`
and runs the shared scorer (`score.py`) on them, printing its table. `--field body` scores
the paragraphs without the title (the gold of some sources has no title).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners import Config, QuarantineError, clean_file  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=REPO / "eval-out")
    ap.add_argument("--field", choices=["text", "body"], default="text")
    ap.add_argument("--language-backend", default="langdetect")
    ap.add_argument("--per-page", type=Path, help="write per-page scores (JSONL) here")
    args = ap.parse_args(argv)

    dumps = sorted((args.eval_dir / "textdump").glob("*.txt"))
    if not dumps:
        print(f"no text dumps under {args.eval_dir / 'textdump'}", file=sys.stderr)
        return 2
    out_dir = args.out / "textdump"
    out_dir.mkdir(parents=True, exist_ok=True)
    config = Config(language_backend=args.language_backend)
    empty = 0
    t0 = time.perf_counter()
    total_bytes = 0
    for path in dumps:
        total_bytes += path.stat().st_size
        try:
            record = clean_file(path, config=config)
            body = "\n\n".join(p["text"] for p in record.paragraphs)
            text = body if args.field == "body" else record.text
        except QuarantineError as exc:
            print(f"quarantined {path.name}: {exc}", file=sys.stderr)
            text = ""
        if not text.strip():
            empty += 1
        (out_dir / path.name).write_text(text, encoding="utf-8")
    elapsed = time.perf_counter() - t0
    print(f"cleaned {len(dumps)} pages, {total_bytes / 1e6:.1f} MB in {elapsed:.1f} s "
          f"({total_bytes / 1e6 / elapsed:.2f} MB/s, one process); empty outputs: {empty}")
    cmd = [sys.executable, str(args.eval_dir / "score.py"), str(out_dir), "--data", str(args.eval_dir)]
    if args.per_page:
        cmd += ["--per-page", str(args.per_page)]
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
