"""Clean clean text (the dev set's gold files, or the probe pages' must_keep lines) and list what is removed.

    python scripts/gold_only.py [--eval-dir ../shared/eval] [--lines] [--page ID] [--probes]

Gold text is the article only, so cleaning it should remove almost nothing: what a rule removes here is a
candidate false positive. Prints the share of characters removed, the characters removed per rule and the
pages with most removed. `--lines` lists every removed line with its rule, and marks it `FULL` when the same
line is also removed when the whole page (`textdump/<id>.txt`) is cleaned (a real recall loss on the dev set),
`page-kept` when the full page keeps it. `--probes` does the same with the must_keep lines of the probe pages
(tests/pages/*.expect.json), joined as paragraphs, as input.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners import clean_text  # noqa: E402

# Gold files that hold page furniture themselves (menus, comments): their removals say nothing.
GOLD_QUIRKS = {"rdb-mozilla-1", "rdb-mozilla-2", "rdb-mathjax", "rdb-nytimes-5", "rdb-hukumusume", "rdb-tumblr"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _removed(raw: str, source: str) -> list[dict]:
    return clean_text(raw, source=source).to_dict()["removed"]


def _inputs(args: argparse.Namespace) -> list[tuple[str, str, Path | None]]:
    """(id, clean text, full page or None)."""
    out = []
    if args.probes:
        for p in sorted((REPO / "tests" / "pages").glob("*.expect.json")):
            keep = json.loads(p.read_text(encoding="utf-8")).get("must_keep") or []
            pid = p.name[: -len(".expect.json")]
            out.append((pid, "\n\n".join(keep), p.with_name(pid + ".txt")))
        return out
    for p in sorted((args.eval_dir / "gold").glob("*.txt")):
        if p.stem in GOLD_QUIRKS and not args.quirks:
            continue
        out.append((p.stem, p.read_text(encoding="utf-8"), args.eval_dir / "textdump" / p.name))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--lines", action="store_true", help="list each removed line")
    ap.add_argument("--page", action="append", help="only this page id (repeatable)")
    ap.add_argument("--probes", action="store_true", help="the probe pages' must_keep lines as input")
    ap.add_argument("--quirks", action="store_true", help="include the gold files known to hold furniture")
    args = ap.parse_args(argv)

    total = removed_chars = 0
    by_rule: Counter[str] = Counter()
    rows = []
    for pid, raw, full in _inputs(args):
        if args.page and pid not in args.page:
            continue
        if not raw.strip():
            continue
        rem = _removed(raw, pid)
        n = len(raw)
        rc = sum(len(x["text"]) for x in rem)
        total += n
        removed_chars += rc
        for x in rem:
            by_rule[x["rule"]] += len(x["text"])
        rows.append((rc / max(n, 1), pid, len(rem)))
        if args.lines and rem:
            full_removed = set()
            if full is not None and full.exists():
                full_removed = {_norm(x["text"]) for x in _removed(full.read_text(encoding="utf-8"), full.name)}
            for x in rem:
                mark = "FULL" if _norm(x["text"]) in full_removed else "page-kept"
                text = _norm(x["text"])
                print(f"{pid}\t{x['rule']}\t{mark}\t{len(text)}\t{text[:160]}\t[{x['reason']}]")
    print(f"removed share {removed_chars / max(total, 1):.4f} ({removed_chars} of {total} chars)")
    for rule, chars in by_rule.most_common(40):
        print(f"{chars:8d} {rule}")
    rows.sort(reverse=True)
    for share, pid, count in rows[:25]:
        print(f"{share:.3f} {pid} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
