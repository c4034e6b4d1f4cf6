"""Validate output records and quarantine entries against the JSON Schemas in cleaners/schema/.

The schemas are the contract with downstream readers; writers and tests call these functions so
a record that drifts from the contract fails loudly, with every problem listed at once.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

SCHEMAS = ("record", "quarantine")


class SchemaValidationError(ValueError):
    """`data` does not follow the schema; `errors` lists every problem as "path: message"."""

    def __init__(self, schema: str, errors: list[str]) -> None:
        shown = "\n  ".join(errors[:20]) + (
            f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        )
        super().__init__(f"invalid {schema}: {len(errors)} problem(s)\n  {shown}")
        self.schema = schema
        self.errors = errors


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The parsed schema `name` ("record" or "quarantine"), read once from the package data."""
    if name not in SCHEMAS:
        raise ValueError(f"unknown schema {name!r}; expected one of {SCHEMAS}")
    text = resources.files("cleaners").joinpath("schema", f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator(name: str) -> Draft202012Validator:
    """Compiled once per process: building a validator costs far more than using it."""
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def _fast_check(name: str) -> Any:
    """The schema compiled to Python code once per process: a verdict in ~1/15 of jsonschema's time.

    Only the verdict is used: when it says "invalid", jsonschema (the reference) lists the problems,
    so messages never change and a record that only fastjsonschema rejects (its `pattern` reads `$`
    as end of string) still passes. tests/test_validate.py checks that it never accepts what
    jsonschema rejects. No defaults are filled in (use_default=False): validation never changes data.
    """
    return fastjsonschema.compile(load_schema(name), use_default=False, use_formats=False)


def _path(parts: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def schema_errors(name: str, data: Any) -> list[str]:
    """Every schema violation of `data`, as "path: message", in document order."""
    try:
        _fast_check(name)(data)
    except Exception:  # rejected (or data it cannot handle): jsonschema decides and says why
        return _reference_errors(name, data)
    return []


def _reference_errors(name: str, data: Any) -> list[str]:
    """schema_errors by jsonschema alone (the reference the fast check is tested against)."""
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{_path(e.absolute_path)}: {e.message}" for e in errors]


def record_errors(data: Any) -> list[str]:
    """Schema violations plus the checks JSON Schema cannot express (removed spans: end >= start)."""
    errors = schema_errors("record", data)
    removed = data.get("removed") if isinstance(data, dict) else None
    if isinstance(removed, list):
        for i, item in enumerate(removed):
            if not isinstance(item, dict):
                continue
            start, end = item.get("start"), item.get("end")
            if isinstance(start, int) and isinstance(end, int) and end < start:
                errors.append(f"$.removed[{i}]: end {end} is before start {start}")
    return errors


def validate_record(data: Any) -> None:
    """Raise SchemaValidationError listing every problem if `data` is not a valid record."""
    errors = record_errors(data)
    if errors:
        raise SchemaValidationError("record", errors)


def validate_quarantine(data: Any) -> None:
    """Raise SchemaValidationError listing every problem if `data` is not a valid quarantine entry."""
    errors = schema_errors("quarantine", data)
    if errors:
        raise SchemaValidationError("quarantine", errors)
