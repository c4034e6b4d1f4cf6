"""The parts of the `cleaners` library the DAG uses (runner, catalog, writer, validator), in one place."""

from __future__ import annotations

from typing import Any

from cleaners.catalog import Catalog, recovered_status
from cleaners.corpus import (
    DUPLICATE_KIND,
    EMPTY_KIND,
    BatchFingerprints,
    Decisions,
    apply,
    corpus_pass_enabled,
    decide,
    fingerprint_batch,
    map_batch,
)
from cleaners.runner import BatchResult, InputFile, clean_batch, discover, hash_file
from cleaners.write import ShardWriter, fsync_dir, read_jsonl, write_bytes_atomic, write_json_atomic

__all__ = ["DUPLICATE_KIND", "EMPTY_KIND", "BatchFingerprints", "BatchResult", "Decisions", "InputFile",
           "ShardWriter", "apply", "clean_batch", "corpus_pass_enabled", "decide", "discover", "fingerprint_batch",
           "fsync_dir", "hash_file", "map_batch", "read_jsonl", "recovered_status", "write_bytes_atomic",
           "write_json_atomic"]


def safe_url(url: str) -> str:
    """A database URL without its password (for manifests and logs)."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


# --------------------------------------------------------------------------------------------------
# catalog + fingerprints

def open_catalog(url: str) -> Catalog:
    cat = Catalog.open(url)
    cat.migrate()
    return cat


def record_validator() -> Any:
    """A callable(record) -> list of problems ("path: message"; empty when the record is valid)."""
    from cleaners.validate import record_errors

    return record_errors


def quarantine_validator() -> Any:
    """A callable(quarantine entry) -> list of problems."""
    from cleaners.validate import schema_errors

    return lambda entry: schema_errors("quarantine", entry)
