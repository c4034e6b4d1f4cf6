"""Check that cleaning a record's own text again changes nothing, on real pages.

    python scripts/idempotence_check.py [FILE_OR_DIR ...] [--titles TITLES.json] [--quiet]

With no argument it checks the dev set (`../shared/eval/textdump/*.txt`); give `tests/pages` (or files) to
check the probe pages. For each page: r1 = clean_text(raw, source=name), r2 = clean_text(r1.text, source=name),
and r1 vs r2 are compared on the text, the title and the paragraph texts. A page that changes is printed with
what changed (the title pair, the lines only one pass kept); the last line is the summary count.
`--titles FILE` writes every page's first-pass title (JSON, name -> title), to compare titles across changes.
Exit status 1 when a page changes.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners import QuarantineError, clean_text  # noqa: E402


def _files(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [REPO.parent / "shared" / "eval" / "textdump"]
    out: list[Path] = []
    for root in roots:
        out.extend(sorted(root.glob("*.txt")) if root.is_dir() else [root])
    return out


def check(path: Path) -> tuple[str | None, list[str]]:
    """(first-pass title, what changes in the second pass: empty when the page is idempotent)."""
    name = path.name
    try:
        r1 = clean_text(path.read_bytes(), source=name)
    except QuarantineError:
        return None, []
    try:
        r2 = clean_text(r1.text, source=name)
    except QuarantineError as exc:
        return r1["title"], [f"second pass quarantined: {exc}"]
    changes: list[str] = []
    if r1["title"] != r2["title"]:
        changes.append(f"title: {r1['title']!r} -> {r2['title']!r}")
    if r1.text != r2.text:
        a, b = r1.text.split("\n"), r2.text.split("\n")
        for line in difflib.unified_diff(a, b, lineterm="", n=0):
            if line.startswith(("---", "+++", "@@")) or line in ("-", "+"):
                continue
            changes.append(f"text {line[0]} {line[1:][:160]}")
    p1, p2 = [p["text"] for p in r1.paragraphs], [p["text"] for p in r2.paragraphs]
    if p1 != p2 and r1.text == r2.text:
        changes.append("paragraphs differ (same text): " + ", ".join(
            f"{p!r}" for p in set(p1).symmetric_difference(p2)))
    return r1["title"], changes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="files or folders of .txt pages (default: the dev text dumps)")
    ap.add_argument("--titles", type=Path, help="write the first-pass titles here (JSON)")
    ap.add_argument("--quiet", action="store_true", help="names of the changing pages only")
    args = ap.parse_args(argv)
    files = _files(args.paths)
    titles: dict[str, str | None] = {}
    changed = 0
    for path in files:
        title, changes = check(path)
        titles[path.stem] = title
        if not changes:
            continue
        changed += 1
        print(path.stem)
        if not args.quiet:
            for c in changes:
                print("   ", c)
    if args.titles:
        args.titles.write_text(json.dumps(titles, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{changed} of {len(files)} pages change when cleaned again")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
