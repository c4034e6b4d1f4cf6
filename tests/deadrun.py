"""Test helper: the state a run leaves when it committed an output for a file, then died before finishing it.

The runner (tests/test_runner.py) and the DAG's plan (tests/test_dag_run.py) must recover it the same way.
"""

from __future__ import annotations

from pathlib import Path

from cleaners.catalog import Catalog
from cleaners.runner import hash_file

# (pending output, the file's status after recovery, the skip reason the next run reports)
PENDING_OUTPUTS = [
    ("duplicates/dead.jsonl", "ingested", "already_ingested"),
    ("shards/dead-00000.jsonl.zst", "ingested", "already_ingested"),
    ("quarantine/dead.jsonl", "quarantined", "already_quarantined"),
]


def leave_pending_output(catalog_url: str, path: Path, corpus: Path, output: str) -> tuple[Catalog, str]:
    """Run "dead" claimed `path`, marked it pending in `output` (record "rec-a"), wrote that output and
    died (its claims released). Returns the open catalog and the file's sha256."""
    sha, size = hash_file(path)
    cat = Catalog.open(catalog_url)
    cat.migrate()
    cat.claim(str(path.absolute()), sha, size, "dead")
    cat.mark_pending([(sha, "rec-a")], "dead", output)
    cat.release_run("dead")
    (corpus / output).parent.mkdir(parents=True, exist_ok=True)
    (corpus / output).write_bytes(b"{}\n")
    return cat, sha
