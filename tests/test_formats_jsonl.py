"""JSON Lines input: one record per line, configurable fields, a broken line costs only that line."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest
import zstandard
from test_formats_html import PARAGRAPHS, article_page

from cleaners import Config, QuarantineError, clean_file, clean_records
from cleaners.formats import Failure
from cleaners.runner import InputFile, clean_file_all

TEXT = "\n\n".join(PARAGRAPHS)


def _lines() -> list[bytes]:
    return [
        orjson.dumps({"id": "doc-1", "url": "https://blog.example.net/one", "text": TEXT, "metadata": {"lang": "en"}}),
        b'{"id": "doc-2", "text": "cut off in the mid',  # broken JSON
        b"",  # blank line: skipped, counted
        orjson.dumps({"id": 3, "html": article_page(), "url": "https://news.example.org/3"}),
        orjson.dumps(["not", "an", "object"]),
        orjson.dumps({"id": "doc-5", "title": "no text field"}),
        orjson.dumps({"id": "doc-6", "text": TEXT.replace("bus", "tram")}),
    ]


def _write(path: Path, lines: list[bytes]) -> Path:
    data = b"\n".join(lines) + b"\n"
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz", "dump.jsonl.zst", "dump.ndjson"])
def test_jsonl_records_broken_lines_and_provenance(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, _lines())
    result = clean_file_all(InputFile(path, tmp_path, name), Config())
    assert [r["meta"]["record_index"] for r in result.records] == [0, 3, 6]
    assert [r["meta"].get("source_id") for r in result.records] == ["doc-1", "3", "doc-6"]
    first, page, last = result.records
    assert first["meta"]["url"] == "https://blog.example.net/one"
    assert first["meta"]["source_meta"] == {"lang": "en"}
    assert first["meta"]["container"] == "jsonl" and first["meta"]["format"] == "text"
    assert first["meta"]["offset"] == 0 and first["meta"]["line"] == 1
    assert PARAGRAPHS[1] in first["text"]
    # The HTML field went through the HTML reader.
    assert page["meta"]["format"] == "html" and page["meta"]["main_content_extracted"] is True
    assert page["title"] == "Council extends evening bus service on four routes"
    assert "Most read" not in page["text"]
    assert "tram" in last["text"]
    reasons = [(e["reason"], e["meta"]["line"]) for e in result.quarantined]
    assert reasons == [("broken-line", 2), ("broken-line", 5), ("no-text-field", 6)]
    assert result.skipped == {"blank-line": 1}
    assert all(e["source"] == name and e["stage"] == "read" for e in result.quarantined)
    if name.endswith((".gz", ".zst")):
        assert first["meta"]["compression"] in ("gzip", "zstd")


def test_field_names_come_from_config(tmp_path: Path) -> None:
    lines = [
        orjson.dumps({"key": "a", "attrs": {"link": "https://x.example/a"}, "body": TEXT}),
        orjson.dumps({"key": "b", "text": "ignored: not a configured field", "body": TEXT.replace("bus", "ferry")}),
    ]
    path = _write(tmp_path / "custom.jsonl", lines)
    config = Config(jsonl_text_fields="body", jsonl_html_fields="", jsonl_id_fields="key", jsonl_url_fields="attrs.link",
                    jsonl_meta_fields="")
    result = clean_file_all(InputFile(path, tmp_path, "custom.jsonl"), config)
    assert [r["meta"]["source_id"] for r in result.records] == ["a", "b"]
    assert result.records[0]["meta"]["url"] == "https://x.example/a"
    assert "ferry" in result.records[1]["text"] and "ignored" not in result.records[1]["text"]


def test_overlong_line_is_quarantined_and_the_next_line_kept(tmp_path: Path) -> None:
    long = orjson.dumps({"text": "word " * 50_000})
    path = _write(tmp_path / "long.jsonl", [long, orjson.dumps({"text": TEXT})])
    result = clean_file_all(InputFile(path, tmp_path, "long.jsonl"), Config(max_input_bytes=100_000))
    assert [e["reason"] for e in result.quarantined] == ["too-large"]
    assert [r["meta"]["record_index"] for r in result.records] == [1]


def test_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", _lines())
    a = [r["id"] for r in clean_file_all(InputFile(path, tmp_path, "d.jsonl"), Config()).records]
    b = [r["id"] for r in clean_file_all(InputFile(path, tmp_path, "d.jsonl"), Config()).records]
    assert a == b and len(set(a)) == 3


def test_api_clean_records_and_clean_file_refuses_containers(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", _lines())
    out = list(clean_records(path))
    assert sum(1 for u in out if isinstance(u, Failure)) == 3
    assert sum(1 for u in out if not isinstance(u, Failure)) == 3
    with pytest.raises(QuarantineError) as err:
        clean_file(path)
    assert err.value.reason == "container"
