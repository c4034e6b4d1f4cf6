"""List, per dev page, the kept lines with no counterpart in the gold text (leak) and the gold lines lost.

    python scripts/eval_textdump.py --out /tmp/ev --per-page /tmp/pp.jsonl
    python scripts/dev_leak_lines.py /tmp/ev/textdump /tmp/pp.jsonl [--eval-dir ../shared/eval] [--page ID]

Pages come worst first (leaked plus lost tokens). A line counts as leaked (+) or lost (-) when it is not a
substring of the other side (whitespace collapsed) and over 30% of its scorer tokens are missing from the
other side's bag of tokens (any missing token on a line of fewer than 8). The token count of each line is
shown in brackets: group the lines into classes (caption, ranking, recipe card, ...) by reading them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def _unmatched(text: str, other: str, other_tokens: Counter, tokenize) -> list[tuple[int, str]]:
    """Lines of `text` with no counterpart in `other`: (token count, line)."""
    joined = _norm(other)
    out = []
    for raw in text.split("\n"):
        line = _norm(raw)
        if not line or line in joined:
            continue
        tokens = tokenize(line)
        if not tokens:
            continue
        missing = sum(1 for t in tokens if other_tokens[t] == 0)
        if missing / len(tokens) > 0.3 or (len(tokens) < 8 and missing):
            out.append((len(tokens), line))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outputs", type=Path, help="the cleaned texts: <dir>/<id>.txt")
    ap.add_argument("per_page", type=Path, help="the per-page scores (JSONL) of the same run")
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--page", action="append", help="only this page id (repeatable)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.eval_dir))
    from score import tokenize  # the scorer's own tokens (CJK per character)

    rows = [json.loads(line) for line in args.per_page.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: -(r["n_out"] - r["tp"]) - (r["n_gold"] - r["tp"]))
    for r in rows:
        if args.page and r["id"] not in args.page:
            continue
        gold = (args.eval_dir / "gold" / f"{r['id']}.txt").read_text(encoding="utf-8")
        out_path = args.outputs / f"{r['id']}.txt"
        out = out_path.read_text(encoding="utf-8") if out_path.exists() else ""
        leaked = _unmatched(out, gold, Counter(tokenize(gold)), tokenize)
        lost = _unmatched(gold, out, Counter(tokenize(out)), tokenize)
        if not leaked and not lost:
            continue
        print(f"=== {r['id']} f1={r['f1']:.3f} leaked={r['n_out'] - r['tp']} lost={r['n_gold'] - r['tp']}")
        for n, line in leaked:
            print(f"  + [{n}] {line[:200]}")
        for n, line in lost:
            print(f"  - [{n}] {line[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
