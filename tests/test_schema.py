"""The record and quarantine JSON Schemas and cleaners.validate: real output passes, broken fails."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from datacopy import replaced
from jsonschema import Draft202012Validator

from cleaners import clean_file
from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.read import read_stage
from cleaners.validate import (
    SchemaValidationError,
    load_schema,
    record_errors,
    validate_quarantine,
    validate_record,
)
from cleaners.version import PIPELINE_VERSION

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_9188a69b0addec25.txt"


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    return clean_file(SEED).to_dict()


@pytest.mark.parametrize("name", ["record", "quarantine"])
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False
    assert load_schema(name) is schema  # read once


def test_record_schema_lists_every_field_build_record_writes(record: dict[str, Any]) -> None:
    schema = load_schema("record")
    assert set(schema["required"]) == set(schema["properties"]) == set(record)


def test_real_record_is_valid(record: dict[str, Any]) -> None:
    assert validate_record(record) is None
    assert record_errors(record) == []


@pytest.mark.parametrize("published", [None, "2025-05-21T15:09:00+09:00", "2025-05-21T06:09Z", "2025-05-21"])
def test_published_forms_that_are_valid(record: dict[str, Any], published: str | None) -> None:
    validate_record(replaced(record, ["published"], published))


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["id"], "not-hex", "$.id"),
        (["id"], "ab" * 17, "$.id"),
        (["source_sha256"], "0" * 63, "$.source_sha256"),
        (["source"], "", "$.source"),
        (["title"], "", "$.title"),
        (["title"], 5, "$.title"),
        (["published"], "2025-05-21T15:09:00", "$.published"),  # a time needs an offset
        (["published"], "May 21, 2025", "$.published"),
        (["language"], "English", "$.language"),
        (["language_confidence"], 1.5, "$.language_confidence"),
        (["paragraphs"], [], "$.paragraphs"),
        (["paragraphs", 0, "text"], "", "$.paragraphs[0].text"),
        (["paragraphs", 0, "text"], "   ", "$.paragraphs[0].text"),
        (["paragraphs", 0, "kind"], "title", "$.paragraphs[0].kind"),
        (["paragraphs", 0, "score"], 1, "$.paragraphs[0]"),
        (["paragraphs", 0, "language"], ..., "$.paragraphs[0]"),
        (["removed", 0, "start"], -1, "$.removed[0].start"),
        (["removed", 0, "rule"], "", "$.removed[0].rule"),
        (["stats"], [], "$.stats"),
        (["stats", "symbol_ratio"], 2.0, "$.stats.symbol_ratio"),
        (["encoding", "confidence"], -0.1, "$.encoding.confidence"),
        (["encoding", "guess"], "x", "$.encoding"),
        (["normalization"], ["Mojibake!"], "$.normalization[0]"),
        (["meta"], None, "$.meta"),
        (["pipeline_version"], "latest", "$.pipeline_version"),
        (["text"], ..., "$"),
        (["unexpected"], 1, "$"),
    ],
)
def test_broken_records_are_invalid(
    record: dict[str, Any], path: list[str | int], value: Any, where: str
) -> None:
    broken = replaced(record, path, value)
    with pytest.raises(SchemaValidationError) as err:
        validate_record(broken)
    assert any(e.startswith(f"{where}:") for e in err.value.errors), err.value.errors
    assert where in str(err.value)


def test_removed_span_must_not_end_before_it_starts(record: dict[str, Any]) -> None:
    assert record["removed"], "the seed has removals"
    start = record["removed"][0]["start"]
    broken = replaced(record, ["removed", 0, "end"], max(start - 1, 0))
    broken["removed"][0]["start"] = max(start, 1)
    with pytest.raises(SchemaValidationError, match=r"\$\.removed\[0\]: end .* is before start"):
        validate_record(broken)


def test_every_problem_is_reported_at_once(record: dict[str, Any]) -> None:
    broken = replaced(replaced(record, ["id"], "x"), ["language"], "??")
    with pytest.raises(SchemaValidationError) as err:
        validate_record(broken)
    assert len(err.value.errors) == 2


# --- quarantine entries ---------------------------------------------------------------------------


def _entry(**changes: Any) -> dict[str, Any]:
    entry = {
        "source": "in/broken.bin",
        "source_sha256": hashlib.sha256(b"x").hexdigest(),
        "reason": "binary",
        "detail": "PNG data",
        "stage": "read",
        "pipeline_version": PIPELINE_VERSION,
        "meta": {},
    }
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not ...}


def test_quarantine_entry_from_a_real_quarantine_error_is_valid() -> None:
    raw = b"\x89PNG\r\n\x1a\n" + bytes(64)
    with pytest.raises(QuarantineError) as err:
        read_stage(Document(source="in/img.png", raw=raw), Config())
    validate_quarantine(_entry(reason=err.value.reason, detail=err.value.detail))


@pytest.mark.parametrize(
    "entry",
    [
        _entry(),
        _entry(source_sha256=None, stage="discover"),
        _entry(stage=None),
        _entry(path="/data/in/broken.bin"),
    ],
)
def test_valid_quarantine_entries(entry: dict[str, Any]) -> None:
    validate_quarantine(entry)


@pytest.mark.parametrize(
    ("entry", "where"),
    [
        (_entry(reason="Binary File"), "$.reason"),
        (_entry(reason=""), "$.reason"),
        (_entry(source_sha256="abc"), "$.source_sha256"),
        (_entry(detail=None), "$.detail"),
        (_entry(meta=...), "$"),
        (_entry(extra=1), "$"),
        (_entry(pipeline_version=1), "$.pipeline_version"),
    ],
)
def test_broken_quarantine_entries_are_invalid(entry: dict[str, Any], where: str) -> None:
    with pytest.raises(SchemaValidationError) as err:
        validate_quarantine(entry)
    assert any(e.startswith(f"{where}:") for e in err.value.errors), err.value.errors


def test_unknown_schema_name() -> None:
    with pytest.raises(ValueError, match="unknown schema"):
        load_schema("nope")
