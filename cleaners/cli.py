"""Command line: `cleaners run` (a corpus), `cleaners clean` (one file, for a person), `cleaners version`.

Exit codes: 0 done (a run with quarantined files is done), 1 fatal error (message on stderr),
2 `clean` could not clean the file (quarantine reason on stderr) or bad usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from cleaners.config import Config
from cleaners.version import PIPELINE_VERSION

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_QUARANTINED = 2
EXIT_INTERRUPTED = 130
LANGUAGE_BACKENDS = ("langdetect", "fasttext")
CORPUS_DEDUP_POLICIES = ("keep-first", "drop-all", "annotate-only", "off")


def package_version() -> str:
    """The installed distribution's version (the source tree's when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cleaners")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaners",
        description="Clean scraped text into corpus records with an audit trail of every removal.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_run = sub.add_parser(
        "run", help="clean files/folders into a corpus directory (shards, quarantine, manifest)"
    )
    p_run.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (walked recursively)")
    p_run.add_argument("--out", required=True, metavar="DIR", help="corpus directory")
    p_run.add_argument(
        "--workers", type=_positive_int, default=1, metavar="N", help="worker processes (default 1)"
    )
    p_run.add_argument(
        "--catalog", metavar="URL", help="catalog database URL (default sqlite:///DIR/catalog.sqlite)"
    )
    p_run.add_argument("--language-backend", choices=LANGUAGE_BACKENDS, help="language identifier")
    p_run.add_argument("--run-id", metavar="ID", help="run id (default: a sortable timestamp id)")
    p_run.add_argument(
        "--batch-size", type=_positive_int, default=8, metavar="N", help="files per worker task"
    )
    p_run.add_argument("--no-progress", action="store_true", help="no progress bar")
    corpus = p_run.add_argument_group("corpus pass (docs/corpus.md)")
    corpus.add_argument(
        "--corpus",
        action="store_true",
        help="learn site boilerplate, dedup paragraphs across documents, set near-duplicates aside",
    )
    corpus.add_argument("--corpus-dedup", choices=CORPUS_DEDUP_POLICIES, help="cross-document dedup policy")
    corpus.add_argument("--no-site-boilerplate", action="store_true", help="no site boilerplate learning")
    corpus.add_argument("--no-near-dup", action="store_true", help="no near-duplicate detection")
    corpus.add_argument("--near-dup-threshold", type=float, metavar="J", help="MinHash Jaccard (default 0.8)")
    corpus.add_argument("--site-min-docs", type=_positive_int, metavar="N", help="site boilerplate: pages")
    corpus.add_argument("--site-min-share", type=float, metavar="X", help="site boilerplate: share of pages")
    _add_format_options(p_run)
    p_run.set_defaults(func=cmd_run)

    p_clean = sub.add_parser("clean", help="clean one file and print the result for a person")
    p_clean.add_argument("file", metavar="FILE")
    p_clean.add_argument("--json", action="store_true", help="print the record as JSON")
    p_clean.add_argument(
        "--explain", action="store_true", help="show every removed line with its rule and reason"
    )
    p_clean.add_argument("--language-backend", choices=LANGUAGE_BACKENDS, help="language identifier")
    _add_format_options(p_clean)
    p_clean.set_defaults(func=cmd_clean)

    p_version = sub.add_parser("version", help="print the package and pipeline versions")
    p_version.set_defaults(func=cmd_version)
    return parser


def _add_format_options(parser: argparse.ArgumentParser) -> None:
    """Options of the input formats (cleaners.formats): JSON Lines field names, HTML limits."""
    group = parser.add_argument_group("input formats (HTML, WARC, JSON Lines; compressed or not)")
    for name in ("text", "html", "url", "id"):
        group.add_argument(
            f"--jsonl-{name}-field", metavar="NAMES", help=f"JSONL {name} field(s), comma-separated, 'a.b' nested"
        )
    group.add_argument("--html-timeout", type=float, metavar="S", help="seconds per HTML page (default 10)")
    group.add_argument("--html-focus", choices=("balanced", "precision", "recall"), help="trafilatura focus")
    group.add_argument("--no-html-fast", action="store_true", help="trafilatura with its fallback extractors")


def _format_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("text", "html", "url", "id"):
        value = getattr(args, f"jsonl_{name}_field", None)
        if value is not None:
            changes[f"jsonl_{name}_fields"] = value
    if getattr(args, "html_timeout", None) is not None:
        changes["html_timeout_seconds"] = args.html_timeout
    if getattr(args, "html_focus", None):
        changes["html_focus"] = args.html_focus
    if getattr(args, "no_html_fast", False):
        changes["html_fast"] = False
    return changes


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _config(args: argparse.Namespace) -> Config:
    config = Config()
    if getattr(args, "language_backend", None):
        config = config.with_(language_backend=args.language_backend)
    corpus = {
        "corpus_pass": getattr(args, "corpus", False) or None,
        "corpus_dedup": getattr(args, "corpus_dedup", None),
        "corpus_site_boilerplate": False if getattr(args, "no_site_boilerplate", False) else None,
        "corpus_near_dup": False if getattr(args, "no_near_dup", False) else None,
        "corpus_near_dup_threshold": getattr(args, "near_dup_threshold", None),
        "corpus_site_min_docs": getattr(args, "site_min_docs", None),
        "corpus_site_min_share": getattr(args, "site_min_share", None),
    }
    changes = {k: v for k, v in corpus.items() if v is not None}
    changes.update(_format_changes(args))
    return config.with_(**changes) if changes else config


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    # soft_wrap: never insert line breaks into text (output is often piped or copied). emoji=False: a rule id
    # such as "boilerplate:copyright: 757" holds ":copyright:", which rich would print as an emoji.
    return Console(stderr=stderr, soft_wrap=True, highlight=False, emoji=False)


# -- version ---------------------------------------------------------------------------------------


def cmd_version(args: argparse.Namespace) -> int:
    from cleaners._compiled import summary

    print(f"cleaners {package_version()} (pipeline {PIPELINE_VERSION}); stage modules: {summary()}")
    return EXIT_OK


# -- clean -----------------------------------------------------------------------------------------


def cmd_clean(args: argparse.Namespace) -> int:
    from cleaners.runner import InputFile, clean_file_all

    path = Path(args.file)
    result = clean_file_all(InputFile(path, path.parent, path.name), _config(args))
    for entry in result.quarantined:
        detail = f": {entry['detail']}" if entry.get("detail") else ""
        where = f" (record {entry['meta']['record_index']})" if "record_index" in (entry.get("meta") or {}) else ""
        print(
            f"cleaners: {path}{where}: quarantined: {entry['reason']}{detail} (stage {entry['stage']})",
            file=sys.stderr,
        )
    if not result.records:
        return EXIT_QUARANTINED
    out = _console()
    for i, record in enumerate(result.records):  # a container file (WARC, JSONL) gives several
        if args.json:
            sys.stdout.buffer.write(orjson.dumps(record, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
            sys.stdout.flush()
            if args.explain:
                print_explain(record, _console(stderr=True))
            continue
        if i:
            out.rule()
        print_document(record, out)
        if args.explain:
            out.print()
            print_explain(record, out)
    return EXIT_OK


def print_document(record: dict[str, Any], console: Any) -> None:
    """Title, date, language, then the kept paragraphs (headings in bold)."""
    from rich.text import Text

    console.print(Text(record.get("title") or "(no title)", style="bold underline"))
    facts = [
        ("published", record.get("published") or "-"),
        ("language", f"{record.get('language')} ({record.get('language_confidence', 0):.2f})"),
        ("source", record.get("source") or "-"),
    ]
    if record.get("attribution"):
        facts.insert(1, ("by", record["attribution"]))
    for key, value in facts:
        console.print(Text.assemble((f"{key}: ", "dim"), str(value)))
    for para in record.get("paragraphs", []):
        console.print()
        console.print(Text(para["text"], style="bold" if para.get("kind") == "heading" else ""))


def print_explain(record: dict[str, Any], console: Any) -> None:
    """Every removed line, in text order, with the rule that removed it and why."""
    from rich.text import Text

    removed = sorted(record.get("removed") or [], key=lambda r: (r.get("start", 0), r.get("end", 0)))
    console.print(Text(f"removed {len(removed)} line(s):", style="bold"))
    for r in removed:
        console.print(
            Text.assemble(
                ("- ", "red"),
                (f"[{r.get('rule')}]", "yellow"),
                " ",
                (str(r.get("reason") or ""), "cyan"),
                ": ",
                (str(r.get("text") or ""), "red strike"),
            )
        )


# -- run -------------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from cleaners.runner import RunError, run
    from cleaners.write import WriteError

    err = _console(stderr=True)
    try:
        summary = run(
            args.inputs,
            args.out,
            _config(args),
            workers=args.workers,
            catalog_url=args.catalog,
            progress=not args.no_progress,
            run_id=args.run_id,
            batch_size=args.batch_size,
        )
    except KeyboardInterrupt:
        err.print("cleaners: interrupted; nothing of this run was committed after the last shard")
        return EXIT_INTERRUPTED
    except (RunError, WriteError) as exc:
        err.print(f"cleaners: error: {exc}", markup=False)
        return EXIT_FATAL
    except OSError as exc:
        err.print(f"cleaners: error: {exc}", markup=False)
        return EXIT_FATAL
    except Exception as exc:  # e.g. the catalog database went away mid-run
        logging.getLogger(__name__).debug("fatal", exc_info=True)
        err.print(f"cleaners: fatal error: {type(exc).__name__}: {exc}", markup=False)
        return EXIT_FATAL
    print_summary(summary, _console())
    return EXIT_OK


def _human_bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def print_summary(summary: Any, console: Any) -> None:
    """The end-of-run table: what went in and out, why things were dropped, where the output is."""
    from rich.table import Table
    from rich.text import Text

    out = Path(summary.out_dir)
    table = Table(title=f"cleaners run {summary.run_id}", show_header=False, title_justify="left")
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")  # paths must be shown whole, not cut with an ellipsis
    # Values go in as Text: rule ids, languages and reasons are data, never markup ("[/...]") or emoji codes.
    table.add_row("documents in", f"{summary.files_seen} files")
    table.add_row("documents out", f"{summary.records} records")
    table.add_row("quarantined", str(summary.quarantined))
    if getattr(summary, "corpus", None):
        table.add_row("near-duplicates", f"{summary.duplicates} (duplicates/{summary.run_id}.jsonl)")
    skipped = f"{summary.skipped}"
    if summary.skipped_by_reason:
        skipped += " (" + ", ".join(f"{k}: {v}" for k, v in summary.skipped_by_reason.items()) + ")"
    table.add_row("skipped, already ingested", Text(skipped))
    if summary.skipped_paths:
        table.add_row("paths refused", str(summary.skipped_paths))
    table.add_row("languages", Text(", ".join(f"{k} {v}" for k, v in summary.languages.items()) or "-"))
    table.add_row(
        "removals by rule", Text("\n".join(f"{k}: {v}" for k, v in summary.removals_by_rule.items()) or "-")
    )
    table.add_row(
        "throughput",
        f"{summary.mb_per_s:.2f} MB/s ({_human_bytes(summary.bytes_in)} in {summary.elapsed_seconds:.2f} s)",
    )
    console.print(table)
    # Paths go below the table, one per line and never wrapped, so they can be copied.
    for shard in summary.shards:
        console.print(
            Text.assemble(("shard      ", "bold"), f"{out / shard['name']} ({shard['records']} records)")
        )
    if not summary.shards:
        console.print(Text.assemble(("shard      ", "bold"), "(no new records)"))
    console.print(Text.assemble(("quarantine ", "bold"), str(out / summary.quarantine_file)))
    console.print(Text.assemble(("manifest   ", "bold"), str(out / summary.manifest)))
    if summary.quarantine_sample:
        q = Table(title="quarantined and refused (first 20)", title_justify="left")
        q.add_column("source", overflow="fold")
        q.add_column("reason", style="yellow", overflow="fold")
        q.add_column("detail", overflow="fold")
        for e in summary.quarantine_sample:
            detail = str(e.get("detail") or "")
            q.add_row(Text(str(e["source"])), Text(str(e["reason"])), Text(detail[:160]))
        more = summary.quarantined + summary.skipped_paths - len(summary.quarantine_sample)
        console.print(q)
        if more > 0:
            console.print(f"... and {more} more in {out / summary.quarantine_file}", markup=False)


# -- entry point -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `cleaners` script and `python -m cleaners`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="cleaners: %(levelname)s: %(message)s")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("cleaners: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `cleaners clean x | head`
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
