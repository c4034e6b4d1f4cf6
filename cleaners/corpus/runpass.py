"""The corpus pass inside `runner.run`: stage records while fingerprints accumulate, decide, replay.

Pass 1 (streaming, parallel): workers clean a batch and fingerprint it (`map_batch`); the main
process appends the records to a staging file (zstd JSON Lines, a hidden temp file in shards/, so
the stale-temp sweep removes it if the process is killed) and keeps only the packed fingerprints.
Reduce: `decide` once all batches are in. Pass 2: the staging file is read back in input order,
twice: first the near-duplicates go to duplicates/<run_id>.jsonl (committed before any shard), then
the other records, with the decisions applied, go to shards (or quarantine when nothing is left).
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import zstandard

from cleaners.catalog import Catalog
from cleaners.config import Config
from cleaners.corpus.fingerprint import BatchFingerprints, fingerprint_batch
from cleaners.corpus.reduce import Decisions, decide
from cleaners.write import ShardWriter, read_jsonl

DUPLICATES_DIR = "duplicates"


class Staging:
    """Records between pass 1 and pass 2, one JSON line per input file (its facts and its records)."""

    def __init__(self, directory: Path, run_id: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f".{run_id}.staging.{secrets.token_hex(4)}.tmp"
        self._fh = open(self.path, "wb")  # noqa: SIM115 - closed by close()/remove()
        self._writer: Any = zstandard.ZstdCompressor(level=1).stream_writer(self._fh, closefd=False)
        self.files = 0
        self.records = 0

    def add(self, file: dict[str, Any], records: list[dict[str, Any]]) -> None:
        self._writer.write(orjson.dumps({"file": file, "records": records}, option=orjson.OPT_APPEND_NEWLINE))
        self.files += 1
        self.records += len(records)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._fh.close()
            self._writer = None

    def __iter__(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        self.close()
        for item in read_jsonl(self.path):
            yield item["file"], item["records"]

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class CorpusPass:
    """State of the corpus pass of one run (owned by runner._Run)."""

    def __init__(self, out: Path, staging_dir: Path, run_id: str, config: Config) -> None:
        self.out = out
        self.run_id = run_id
        self.config = config
        self.staging = Staging(staging_dir, run_id)
        self.batches: list[BatchFingerprints] = []
        self.decisions: Decisions | None = None
        self.duplicates_path = out / DUPLICATES_DIR / f"{run_id}.jsonl"
        self.duplicates_rel = f"{DUPLICATES_DIR}/{run_id}.jsonl"
        self.duplicates = 0

    def add_batch(self, records: list[dict[str, Any]], fingerprints: BatchFingerprints | None) -> None:
        """Keep a batch's fingerprints (computed here if the worker's are missing or do not match)."""
        if fingerprints is None or sorted(fingerprints.ids) != sorted(str(r["id"]) for r in records):
            fingerprints = fingerprint_batch(records, self.config)
        if len(fingerprints):
            self.batches.append(fingerprints)

    def stage(self, file: dict[str, Any], records: list[dict[str, Any]]) -> None:
        self.staging.add(file, records)

    @property
    def fingerprint_bytes(self) -> int:
        return sum(b.nbytes for b in self.batches)

    def decide(self, catalog: Catalog) -> Decisions:
        self.staging.close()
        self.decisions = decide(catalog, self.batches, self.config, self.run_id, release_input=True)
        return self.decisions

    def open_duplicates(self) -> tuple[ShardWriter, set[str]]:
        """The duplicates file, with what an earlier attempt of this run id committed carried over."""
        writer = ShardWriter(self.duplicates_path)
        carried: set[str] = set()
        if self.duplicates_path.exists():
            for entry in read_jsonl(self.duplicates_path):
                writer.write(entry)
                carried.add(str(entry.get("id")))
        return writer, carried

    def duplicate_entry(self, record: dict[str, Any], kept: str | None, similarity: float) -> dict[str, Any]:
        return {
            "id": record["id"],
            "duplicate_of": kept,
            "similarity": round(similarity, 4),
            "run_id": self.run_id,
            "source": record.get("source"),
            "record": record,
        }

    def abort(self) -> None:
        self.staging.remove()
