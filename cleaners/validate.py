"""Validate output records and quarantine entries against the JSON Schemas in cleaners/schema/.

The schemas are the contract with downstream readers; writers and tests call these functions so
a record that drifts from the contract fails loudly, with every problem listed at once.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

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


def _path(parts: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def schema_errors(name: str, data: Any) -> list[str]:
    """Every schema violation of `data`, as "path: message", in document order."""
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
