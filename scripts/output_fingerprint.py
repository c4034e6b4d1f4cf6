"""Canonical outputs of the pipeline, to prove a speed-up changed nothing.

    python scripts/output_fingerprint.py capture OUT_DIR [--backends langdetect fasttext] [--no-html]
    python scripts/output_fingerprint.py compare BEFORE_DIR AFTER_DIR

`capture` cleans the dev text dumps (and HTML pages), the test pages and the seeds with each
language backend and writes one canonical JSON file per document (the record, or the failure
reason for a quarantined one; nothing in a record depends on timing). `compare` lists every
document whose JSON differs and exits 1 if any does. Performance work must keep the diff empty,
or explain each difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners import Config  # noqa: E402
from cleaners.api import clean_records  # noqa: E402
from cleaners.formats import Failure  # noqa: E402


def inputs(shared: Path, html: bool) -> list[tuple[str, Path, Path]]:
    """(group, root, file) for every input: the corpus the equivalence check covers."""
    groups: list[tuple[str, Path, str]] = [
        ("textdump", shared / "eval" / "textdump", "*.txt"),
        ("pages", REPO / "tests" / "pages", "*.txt"),
        ("seeds", REPO / "seeds", "*"),
        ("shared-seeds", shared / "seeds", "*"),
    ]
    if html:
        groups.append(("html", shared / "eval" / "html", "*.html"))
    found = []
    for group, root, pattern in groups:
        for path in sorted(root.rglob(pattern)):
            if path.is_file() and path.suffix != ".json" and path.name != "README.md":
                found.append((group, root, path))
    return found


def capture(out: Path, backends: list[str], html: bool, shared: Path) -> int:
    files = inputs(shared, html)
    n = 0
    for backend in backends:
        config = Config(language_backend=backend)
        for group, root, path in files:
            rel = path.relative_to(root).as_posix()
            for k, item in enumerate(clean_records(path, root=root, config=config)):
                if isinstance(item, Failure):
                    data = {"failure": item.reason, "detail": item.detail, "meta": item.meta}
                else:
                    data = item.to_dict()
                dest = out / backend / group / f"{rel.replace('/', '__')}.{k}.json"
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2))
                n += 1
    print(f"wrote {n} canonical documents ({len(files)} files x {len(backends)} backends) to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    a = {p.relative_to(before) for p in before.rglob("*.json")}
    b = {p.relative_to(after) for p in after.rglob("*.json")}
    differ = sorted(p for p in a & b if (before / p).read_bytes() != (after / p).read_bytes())
    for p in sorted(a - b):
        print(f"missing after: {p}")
    for p in sorted(b - a):
        print(f"new after: {p}")
    for p in differ:
        print(f"differs: {p}")
    bad = len(differ) + len(a ^ b)
    print(f"{len(a & b)} documents compared, {len(differ)} differ, {len(a ^ b)} present on one side only")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    cap = sub.add_parser("capture")
    cap.add_argument("out", type=Path)
    cap.add_argument("--backends", nargs="+", default=["langdetect", "fasttext"])
    cap.add_argument("--no-html", action="store_true", help="skip the HTML dev pages (trafilatura is slow)")
    cap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "capture":
        return capture(args.out, args.backends, not args.no_html, args.shared)
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
