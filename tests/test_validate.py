"""cleaners.validate's fast path: the compiled check (fastjsonschema) must give jsonschema's answers.

schema_errors() asks fastjsonschema for a verdict and only asks jsonschema (the reference) when the
record is rejected. These tests compare both on real records and on every field of the schemas
broken in many ways: same verdict, same messages.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from datacopy import replaced

from cleaners import clean_file
from cleaners.validate import _fast_check, _reference_errors, load_schema, record_errors, schema_errors
from cleaners.version import PIPELINE_VERSION

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
PAGES = sorted((Path(__file__).resolve().parent / "pages").glob("*.txt"))[:6]

# Values of every JSON type, edge cases of the keywords the schemas use (pattern with a trailing
# newline, integral floats, booleans where numbers go, out-of-range numbers, empty strings/arrays).
VALUES: list[Any] = [None, True, False, 0, -1, 1.0, 0.5, 1.5, 2**70, "", " ", "x", "und\n", "en",
                     "0" * 32, "0" * 32 + "\n", "2025-05-21", "2025-05-21\n", "body", [], [{}], {}, {"x": 1}]


def _records() -> list[dict[str, Any]]:
    out = []
    for path in [*SEEDS, *PAGES]:
        if path.is_file():
            try:
                out.append(clean_file(path).to_dict())
            except Exception:  # a page that is quarantined gives no record: not needed here
                continue
    return out


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    recs = _records()
    assert len(recs) >= 2
    return recs


def _schema_paths(schema: dict[str, Any], data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every property path the schema describes and `data` has (arrays: their first item)."""
    if isinstance(data, dict):
        for key, sub in (schema.get("properties") or {}).items():
            if key in data:
                yield (*prefix, key)
                yield from _schema_paths(sub, data[key], (*prefix, key))
    elif isinstance(data, list) and data and isinstance(schema.get("items"), dict):
        yield (*prefix, 0)
        yield from _schema_paths(schema["items"], data[0], (*prefix, 0))


def _assert_same(name: str, data: Any) -> None:
    assert schema_errors(name, data) == _reference_errors(name, data), data


def test_real_records_pass_both(records: list[dict[str, Any]]) -> None:
    for rec in records:
        _fast_check("record")(rec)  # the fast path accepts them (no fallback to jsonschema)
        assert _reference_errors("record", rec) == []
        assert record_errors(rec) == []


def test_every_broken_record_field_gets_the_reference_answer(records: list[dict[str, Any]]) -> None:
    rec = min(records, key=lambda r: len(r["paragraphs"]) + len(r["removed"]))  # small: jsonschema is slow
    rec = {**rec, "paragraphs": rec["paragraphs"][:2], "removed": rec["removed"][:2]}
    rec["text"] = "\n\n".join(p["text"] for p in rec["paragraphs"])
    paths = list(_schema_paths(load_schema("record"), rec))
    assert len(paths) > 40
    checked = rejected = 0
    for path in paths:
        for value in [*VALUES, ...]:
            broken = replaced(rec, path, value)
            _assert_same("record", broken)
            checked += 1
            rejected += bool(_reference_errors("record", broken))
    for extra in ("unexpected", "score"):
        _assert_same("record", {**rec, extra: 1})
        _assert_same("record", replaced(rec, ("paragraphs", 0, extra), 1))
    assert rejected > checked / 2  # most of these break the record: the test exercises both verdicts


def _entry(**changes: Any) -> dict[str, Any]:
    entry = {"source": "in/broken.bin", "source_sha256": hashlib.sha256(b"x").hexdigest(), "reason": "binary",
             "detail": "PNG data", "stage": "read", "pipeline_version": PIPELINE_VERSION, "meta": {},
             "path": "/data/in/broken.bin"}
    entry.update(changes)
    return entry


def test_every_broken_quarantine_field_gets_the_reference_answer() -> None:
    entry = _entry()
    assert schema_errors("quarantine", entry) == []
    for key in list(entry):
        for value in [*VALUES, ...]:
            _assert_same("quarantine", replaced(entry, (key,), value))
    _assert_same("quarantine", {**entry, "extra": 1})
    _assert_same("quarantine", _entry(pipeline_version=PIPELINE_VERSION + "\n"))


@pytest.mark.parametrize("data", [None, [], "record", 1, {"id": object()}])
def test_non_records_get_the_reference_answer(data: Any) -> None:
    _assert_same("record", data)


def test_trailing_newline_follows_jsonschema(records: list[dict[str, Any]]) -> None:
    """fastjsonschema reads `$` as end of string, jsonschema (re.search) also before a final newline:
    the fast check rejects, jsonschema decides, so the verdict is the reference's."""
    broken = {**records[0], "language": records[0]["language"] + "\n"}
    with pytest.raises(Exception):  # noqa: B017 - the fast check's own exception type is not the point
        _fast_check("record")(broken)
    _assert_same("record", broken)


def test_validation_does_not_change_the_record(records: list[dict[str, Any]]) -> None:
    rec = copy.deepcopy(records[0])
    schema_errors("record", rec)
    assert rec == records[0]
