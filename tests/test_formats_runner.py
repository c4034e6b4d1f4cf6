"""The runner over a folder that mixes formats: containers give many records, the catalog claim stays per file."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import zstandard
from test_formats_html import PARAGRAPHS, article_page
from test_formats_warc import EXPECTED_SKIPPED, sample_records

from cleaners import Config
from cleaners.catalog import Catalog, default_catalog_url
from cleaners.runner import InputFile, clean_batch, run
from cleaners.validate import record_errors, validate_quarantine
from cleaners.write import read_jsonl

NO_CORPUS = {"corpus_site_boilerplate": False, "corpus_dedup": "off", "corpus_near_dup": False}


def _tree(root: Path) -> Path:
    root.mkdir()
    (root / "plain.txt").write_text("Evening buses\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    (root / "page.html").write_text(article_page())
    (root / "old.txt.gz").write_bytes(gzip.compress(("Library hours\n\n" + PARAGRAPHS[1] + "\n" + PARAGRAPHS[2]).encode()))
    (root / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r, mtime=0) for r in sample_records()))
    lines = [
        orjson.dumps({"id": "j1", "text": PARAGRAPHS[3] + " " + PARAGRAPHS[0]}),
        b"{broken",
        orjson.dumps({"id": "j3", "text": PARAGRAPHS[2].replace("walks", "rides")}),
    ]
    (root / "dump.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(b"\n".join(lines) + b"\n"))
    (root / "cut.txt.gz").write_bytes(gzip.compress(b"text " * 5000)[:-20])
    return root


def _records(out: Path) -> list[dict[str, Any]]:
    return [r for p in sorted((out / "shards").glob("*.jsonl.zst")) for r in read_jsonl(p)]


def test_run_over_a_mixed_folder(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in")
    out = tmp_path / "out"
    summary = run([root], out, Config(**NO_CORPUS), progress=False, run_id="r1")
    records = _records(out)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_source.setdefault(r["source"], []).append(r)
    assert {k: len(v) for k, v in by_source.items()} == {
        "crawl.warc.gz": 3, "dump.jsonl.zst": 2, "old.txt.gz": 1, "page.html": 1, "plain.txt": 1,
    }
    assert summary.records == 8
    quarantine = list(read_jsonl(out / "quarantine" / "r1.jsonl"))
    assert sorted((q["source"], q["reason"]) for q in quarantine) == [
        ("cut.txt.gz", "truncated"), ("dump.jsonl.zst", "broken-line"),
    ]
    for q in quarantine:
        validate_quarantine(q)
    assert summary.records_skipped_by_reason == EXPECTED_SKIPPED
    assert summary.to_dict()["records_skipped_by_reason"] == EXPECTED_SKIPPED
    for r in records:
        assert record_errors(r) == [], r["source"]
        assert r["meta"]["source_file"] == r["source"]
        assert r["meta"]["format"] in ("text", "html")
    assert [r["meta"]["record_index"] for r in by_source["crawl.warc.gz"]] == [2, 5, 6]
    assert all(r["meta"]["url"].startswith("https://news.example.org/") for r in by_source["crawl.warc.gz"])
    assert by_source["page.html"][0]["meta"]["url"] == "https://news.example.org/2024/03/evening-buses"

    # One catalog row per input file, whatever it held; the container with a broken line is ingested.
    catalog = Catalog.open(default_catalog_url(out))
    try:
        assert catalog.status_counts() == {"ingested": 5, "quarantined": 1}
    finally:
        catalog.close()

    # A second run finds everything done; a fresh corpus gets the very same record ids.
    again = run([root], out, Config(**NO_CORPUS), progress=False, run_id="r2")
    assert again.records == 0 and again.skipped == 6
    fresh = tmp_path / "fresh"
    run([root], fresh, Config(**NO_CORPUS), progress=False, run_id="r3")
    assert sorted(r["id"] for r in _records(fresh)) == sorted(r["id"] for r in records)


def test_run_with_the_corpus_pass_and_two_workers(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in")
    summary = run([root], tmp_path / "out", Config(), workers=2, progress=False, run_id="w2", batch_size=2)
    assert summary.records + summary.duplicates >= 7
    assert summary.quarantined_by_reason == {"truncated": 1, "broken-line": 1}
    assert summary.records_skipped_by_reason == EXPECTED_SKIPPED


def test_clean_batch_reports_skipped_parts(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in")
    files = [InputFile(root / n, root, n) for n in ("crawl.warc.gz", "plain.txt")]
    result = clean_batch(files, Config())
    assert len(result.records) == 4
    assert result.stats["records_skipped"] == EXPECTED_SKIPPED
    assert result.stats["files"] == 2 and result.stats["records"] == 4
