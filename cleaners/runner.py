"""Runner: discover inputs, clean batches, write shards and quarantine.

CONTRACT (the CLI and the DAGs code against it):

    files = list(discover(["seeds/"]))                  # -> InputFile(path, root, source), sorted, recursive
    result = clean_batch(files, config)                 # -> BatchResult(records=[dict], quarantined=[dict], stats)
    summary = run(["seeds/"], out_dir="corpus", config=Config(), workers=1, catalog_url=None)

ADDITIONS:
    discover(inputs, on_skip=callback, exclude=[dirs])  # paths refused by discovery (symlink out of the
                                                        #   root, symlink loop, special file) go to
                                                        #   on_skip as quarantine-like entries
    InputFile(path, root, source, sha256=None, size=None)   # sha256 given: clean_batch checks the bytes
    clean_one(file, config) -> (record | None, quarantine entry | None)
    clean_file_all(file, config) -> FileResult(records, quarantined, skipped)  # containers (WARC, JSONL,
                                                        #   compressed) give several records per file
    run(..., run_id=None, batch_size=8) -> RunSummary
    clean_batch_encoded(files, config) -> BatchResult(encoded=[EncodedRecord], quarantined, stats)
                                                        # each record already serialized as its shard
                                                        #   line (cheap to pickle)
    clean_batch_framed(files, config) -> BatchResult(encoded, frame=bytes, ...)   # run()'s worker
                                                        #   function: clean_batch_encoded with the lines
                                                        #   as one zstd frame (the shard's bytes)

Guarantees of `run` (one corpus directory, one catalog):
  * Layout: shards/<run_id>-00000.jsonl.zst (a new shard every `config.shard_max_records` records),
    quarantine/<run_id>.jsonl, manifests/<run_id>.json, catalog.sqlite (default catalog),
    duplicates/<run_id>.jsonl (near-duplicate records, when the corpus pass runs).
  * Corpus pass (cleaners.corpus, docs/corpus.md; on unless all of Config.corpus_* are off): workers
    also fingerprint their batch (map); records wait in a staging file until every batch is in, then
    one deterministic reduce decides site boilerplate, cross-document dedup and near-duplicates, and
    the staged records are written with those decisions applied.
  * Every file is written atomically (cleaners.write). Files are marked finished in the catalog
    only after the shard or quarantine file holding their result is committed; just before the
    commit their rows get the file name as pending output (see cleaners.catalog RECOVERY RULE).
  * Reruns never duplicate or drop a record: content is claimed by sha256; finished content is
    skipped; a claim whose pending output exists on disk is finished from it, not cleaned again;
    a retry with the same run id continues the shard numbering and keeps earlier quarantine entries.
  * A run never dies on one bad file: QuarantineError or any exception (even a crashed worker
    process) becomes a quarantine entry. It does die, releasing its claims, on fatal errors
    (output not writable, catalog unreachable, disk full): `RunError` / `WriteError`.
  * Memory is bounded: records stream into the open shard (or the staging file); in flight are at
    most 2 x workers batches and the content hashes of the open shard and of the quarantined files;
    the corpus pass adds its packed fingerprints (about 12 bytes per paragraph, 8 per distinct line,
    ~0.7 kB per document; see cleaners.corpus.fingerprint).
  * Output is deterministic: results are consumed in input order whatever the number of workers.
    Workers compress their batch's records as one zstd frame that the parent copies into the shard
    (a shard is a concatenation of frames, which zstd readers read through): a shard's bytes are the
    same for any number of workers at one batch size; its lines are the same for any batch size.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import re
import secrets
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from cleaners import faults
from cleaners.api import clean_document
from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.pipeline import Pipeline, Stage, default_stages
from cleaners.version import PIPELINE_VERSION
from cleaners.write import ShardWriter, compress_lines, frame_lines, json_line, read_jsonl, write_json_atomic

# The catalog (SQLAlchemy) and the corpus pass's writer are imported where the parent uses them:
# worker processes import this module for clean_batch and need neither (~0.25 s CPU per worker).
# The corpus package (numpy, the quality and dedup stages) is imported where it is used, for the same
# reason the other way round: a parallel run's parent needs it only when the corpus pass is on.
if TYPE_CHECKING:
    from cleaners.catalog import Catalog, Claim
    from cleaners.corpus.runpass import CorpusPass

log = logging.getLogger(__name__)

SHARDS_DIR = "shards"
# Discovered files claimed per catalog transaction (see _Run.claim_all): enough to make the claims'
# cost per file small, few enough that the workers get their first batches at once.
CLAIM_GROUP = 32
QUARANTINE_DIR = "quarantine"
MANIFESTS_DIR = "manifests"
SHARD_SUFFIX = ".jsonl.zst"
_RUN_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_HASH_CHUNK = 1 << 20
QUARANTINE_SAMPLE = 20  # quarantined/skipped entries kept in the summary for display


class RunError(RuntimeError):
    """A fatal problem with the run as a whole (bad input path, output not writable, catalog unusable)."""


# -- discovery -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InputFile:
    """One input file; `source` (path relative to `root`, posix) is what records call it."""

    path: Path
    root: Path
    source: str
    sha256: str | None = None  # when known (claimed by it), clean_batch refuses different bytes
    size: int | None = None


def _skip_entry(source: str, path: Path | str, reason: str, detail: str) -> dict[str, Any]:
    """A quarantine-like entry for a path discovery refused (it was never read)."""
    return {
        "source": source,
        "source_sha256": None,
        "reason": reason,
        "detail": text_name(detail),
        "stage": "discover",
        "pipeline_version": PIPELINE_VERSION,
        "meta": {},
        "path": text_name(path),
    }


def text_name(path: str | os.PathLike[str]) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 (kept by Python as surrogates) become
    `\\xNN`. Records, quarantine entries and the catalog need text; one odd name must not kill the run."""
    name = os.fspath(path)
    if name.isascii():
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _is_ignored_name(name: str) -> bool:
    """Hidden files and folders, including our own temp files ('.<name>.<random>.tmp')."""
    return name.startswith(".")


def discover(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    on_skip: Callable[[dict[str, Any]], None] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[InputFile]:
    """Yield the files under `inputs` (files or folders), recursively, in a deterministic order.

    Folders are walked sorted by name. Hidden entries are ignored. Symlinks are followed only while
    they stay inside the input folder; a link out of it, a link back to a folder being walked (a
    loop), a broken link or a special file is reported to `on_skip` (default: logged) and skipped.
    Folders in `exclude` (e.g. the output folder) are skipped silently. A named file is taken as is.
    """
    report = on_skip or (lambda e: log.warning("skipped %s: %s (%s)", e["path"], e["reason"], e["detail"]))
    excluded = {os.path.realpath(p) for p in exclude}
    for item in inputs:
        top = Path(item)
        if top.is_file():
            yield InputFile(top, top.parent, text_name(top.name))
            continue
        if not top.is_dir():
            raise FileNotFoundError(f"input not found or not a file/folder: {top}")
        yield from _walk(top, excluded, report)


def _walk(root: Path, excluded: set[str], report: Callable[[dict[str, Any]], None]) -> Iterator[InputFile]:
    """Depth-first, name-sorted walk of one input folder (iterative: no recursion limit on deep trees)."""
    root_real = os.path.realpath(root)
    # Stack of (folder path relative to the root as posix text plus "/" ("" for the root), its realpath,
    # realpaths of the folders above it, entry iterator). An entry's source is that prefix plus its
    # name: what `path.relative_to(root).as_posix()` gives, without parsing two paths per file.
    stack: list[tuple[str, str, frozenset[str], Iterator[os.DirEntry[str]]]] = []
    walked: set[str] = set()

    def enter(folder: Path, prefix: str, real: str, above: frozenset[str]) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            source = text_name(folder.relative_to(root).as_posix())
            report(_skip_entry(source, folder, "unreadable_folder", f"{type(exc).__name__}: {exc}"))
            return
        walked.add(real)
        stack.append((prefix, real, above | {real}, iter(entries)))

    enter(root, "", root_real, frozenset())
    while stack:
        prefix, _real, above, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if _is_ignored_name(entry.name):
            continue
        path = Path(entry.path)
        relative = prefix + entry.name
        source = text_name(relative)
        try:
            if entry.is_symlink():
                target = os.path.realpath(path)
                if not _within(target, root_real):
                    report(
                        _skip_entry(
                            source, path, "symlink_outside_root", f"points to {target}, outside {root_real}"
                        )
                    )
                    continue
                if not os.path.exists(target):
                    report(_skip_entry(source, path, "broken_symlink", f"points to missing {target}"))
                    continue
                if os.path.isdir(target):
                    if target in excluded:
                        continue
                    if target in above:
                        report(_skip_entry(source, path, "symlink_loop", f"points back to {target}"))
                    elif target in walked:
                        report(_skip_entry(source, path, "symlink_duplicate", f"{target} is walked already"))
                    else:
                        enter(path, relative + "/", target, above)
                    continue
                if os.path.isfile(target):
                    yield InputFile(path, root, source)
                else:
                    report(
                        _skip_entry(source, path, "not_a_regular_file", f"points to special file {target}")
                    )
                continue
            if entry.is_dir(follow_symlinks=False):
                real = os.path.realpath(path)
                if real not in excluded:
                    enter(path, relative + "/", real, above)
            elif entry.is_file(follow_symlinks=False):
                yield InputFile(path, root, source)
            else:
                report(_skip_entry(source, path, "not_a_regular_file", "fifo, socket or device"))
        except OSError as exc:  # vanished or unreadable between listing and looking
            report(_skip_entry(source, path, "unreadable", f"{type(exc).__name__}: {exc}"))


def hash_file(path: str | os.PathLike[str]) -> tuple[str, int]:
    """sha256 and size of a file, streaming (inputs may be larger than we are willing to read at once)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# -- cleaning --------------------------------------------------------------------------------------


class EncodedRecord(NamedTuple):
    """A record already serialized as its shard line, with the few fields the runner counts.

    Workers send these instead of record dicts: a JSON line pickles ~50x faster than the nested
    dict it came from (~0.2 ms per record each way), and the parent only copies it into the shard.
    """

    sha256: str | None
    record_id: Any
    language: str
    rules: tuple[str, ...]  # removal rules of the audit trail ("?" for an unnamed one)
    line: bytes


def encode_record(rec: dict[str, Any], line: bytes | None = None) -> EncodedRecord:
    """`rec` as an EncodedRecord; `line`: its json_line when already made (the worker serializes once)."""
    return EncodedRecord(
        rec.get("source_sha256"),
        rec.get("id"),
        rec.get("language") or "und",
        tuple([removal.get("rule") or "?" for removal in rec.get("removed") or ()]),  # (a list: no generator frames)
        json_line(rec) if line is None else line,
    )


@dataclass
class BatchResult:
    """What one batch produced. Every input file yields records or exactly one quarantine entry.

    `encoded` holds records serialized by clean_batch_encoded (the runner's worker function)
    instead of `records`.
    """

    records: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    fingerprints: Any = None  # cleaners.corpus.BatchFingerprints of `records` (corpus pass, map side)
    encoded: list[EncodedRecord] = field(default_factory=list)
    # clean_batch_framed: the lines of `encoded`, in order, as zstd frame(s); their own `line` is then b"".
    frame: bytes | None = None


class _StageTracker:
    """Remembers which stage is running, so a failure can name it in the quarantine entry."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.finished: str | None = None

    def failed_stage(self) -> str:
        if self.current is None:
            return "input"
        # All stages returned: the failure came after them (building the record, the empty check).
        return "record" if self.current == self.finished else self.current


class _TrackedStage:
    """A Stage wrapper that reports to a _StageTracker; anything else is delegated to the stage."""

    def __init__(self, stage: Stage, tracker: _StageTracker) -> None:
        self._stage = stage
        self._tracker = tracker
        self.name = stage.name

    def __call__(self, doc: Document, config: Config) -> Document:
        self._tracker.current = self.name
        doc = self._stage(doc, config)
        self._tracker.finished = self.name
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stage, name)


# One pipeline per Config per process: stages may load models once; stats are taken as deltas per batch.
_PIPELINES: dict[Config, tuple[Pipeline, _StageTracker]] = {}


def _pipeline_for(config: Config) -> tuple[Pipeline, _StageTracker]:
    if config not in _PIPELINES:
        tracker = _StageTracker()
        stages: list[Stage] = [_TrackedStage(s, tracker) for s in default_stages()]
        _PIPELINES[config] = (Pipeline(config=config, stages=stages), tracker)
    return _PIPELINES[config]


def quarantine_entry(
    file: InputFile,
    sha256: str | None,
    reason: str,
    detail: str,
    stage: str,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The quarantine record for a file that produced no output (one JSON line in quarantine/)."""
    meta = dict(meta or {})
    try:
        orjson.dumps(meta)
    except TypeError:
        meta = {"unserializable_meta": repr(meta)[:2000]}
    return {
        "source": file.source,
        "source_sha256": sha256,
        "reason": reason,
        "detail": text_name(detail),
        "stage": stage,
        "pipeline_version": PIPELINE_VERSION,
        "meta": meta,
        "path": text_name(file.path),
    }


@dataclass
class FileResult:
    """All one input file gave: records (several for WARC/JSONL), quarantine entries, skipped parts."""

    records: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    # Each record's shard line (json_line), in the order of `records`: made once where the record is
    # checked to be serializable, so the worker need not serialize it again.
    lines: list[bytes] = field(default_factory=list, repr=False)


def _clean_unit(
    doc: Document, file: InputFile, sha: str, config: Config, pipeline: Pipeline, tracker: _StageTracker
) -> tuple[dict[str, Any] | None, bytes, dict[str, Any] | None]:
    """One document of a file through the pipeline: (record, its json_line, None) or (None, b"", entry)."""
    from cleaners.corpus import attach_spans
    from cleaners.formats.html import Timeout, deadline

    tracker.current = tracker.finished = None
    try:
        try:
            with deadline(config.doc_timeout_seconds):  # no document may hang a worker
                record = attach_spans(clean_document(doc, config, pipeline=pipeline).to_dict(), doc)
        except Timeout:
            raise QuarantineError("timeout", f"over doc_timeout_seconds={config.doc_timeout_seconds}") from None
        line = json_line(record)  # a stage that left an unserializable value fails this file, not the shard
        if record.get("source_sha256") != sha:  # the runner files results by content hash
            raise RuntimeError(f"a stage changed source_sha256 to {record.get('source_sha256')!r}")
        return record, line, None
    except QuarantineError as exc:
        return None, b"", quarantine_entry(file, sha, exc.reason, exc.detail, tracker.failed_stage(), doc.meta)
    except Exception as exc:  # any bug in any stage: this document is quarantined, the run goes on
        log.debug("internal error on %s", file.path, exc_info=True)
        return None, b"", quarantine_entry(
            file, sha, "internal_error", f"{type(exc).__name__}: {exc}", tracker.failed_stage(), doc.meta
        )


def clean_file_all(file: InputFile, config: Config | None = None) -> FileResult:
    """Clean one file into all its records and quarantine entries. Never raises for a bad file.

    The file is streamed through cleaners.formats (decompression, HTML, WARC and JSONL records),
    so a container is never held in memory whole; its records are. A part of a container that
    gives no record is one quarantine entry (with its record_index in `meta`) and the other parts
    are kept; a file that changed since it was claimed gives one "changed_during_run" entry only.
    """
    config = config or Config()
    return _clean_file(file, config, *_pipeline_for(config))


def _clean_file(file: InputFile, config: Config, pipeline: Pipeline, tracker: _StageTracker) -> FileResult:
    """clean_file_all with the pipeline already looked up (clean_batch does it once per batch)."""
    from cleaners.formats import Failure, iter_file

    out = FileResult()
    sha = file.sha256
    try:
        try:
            sha = sha or hash_file(file.path)[0]
            for unit in iter_file(file.path, file.source, config, sha, out.skipped):
                if isinstance(unit, Failure):
                    out.quarantined.append(quarantine_entry(file, sha, unit.reason, unit.detail, "read", unit.meta))
                    continue
                record, line, entry = _clean_unit(unit, file, sha, config, pipeline, tracker)
                if record is not None:
                    out.records.append(record)
                    out.lines.append(line)
                if entry is not None:
                    out.quarantined.append(entry)
        except OSError as exc:
            raise QuarantineError("unreadable", f"{type(exc).__name__}: {exc}") from exc
    except QuarantineError as exc:
        entry = quarantine_entry(file, sha, exc.reason, exc.detail, "input")
        if exc.reason == "changed_during_run":
            return FileResult(quarantined=[entry], skipped=out.skipped)
        out.quarantined.append(entry)
    except Exception as exc:  # a bug in a reader: what the file gave so far stands, the rest is quarantined
        log.debug("internal error on %s", file.path, exc_info=True)
        out.quarantined.append(quarantine_entry(file, sha, "internal_error", f"{type(exc).__name__}: {exc}", "input"))
    if not out.records and not out.quarantined:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(out.skipped.items())) or "nothing"
        out.quarantined.append(quarantine_entry(file, sha, "no-documents", f"no document to clean; skipped {detail}", "read"))
    return out


def clean_one(
    file: InputFile, config: Config | None = None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Clean a single-document file: (record, None) or (None, quarantine entry). Never raises for a bad file.

    A container file (WARC, JSONL) gives its first record here; `clean_file_all` gives all of them.
    """
    result = clean_file_all(file, config)
    if result.records:
        return result.records[0], None
    return None, result.quarantined[0]


def _stage_snapshot(pipeline: Pipeline) -> dict[str, tuple[float, int, int]]:
    return {n: (s.seconds, s.documents, s.lines_removed) for n, s in pipeline.stats.items()}


_LONG_LIVED_FROZEN = False
# The cyclic collector's thresholds once the long-lived objects are frozen (gc.set_threshold's three numbers):
# a youngest generation of 20000 allocations instead of 700, older ones collected half as often. Measured on
# 4 copies of the dev pages (`cleaners run`, callgrind): 1.0% fewer instructions (19.86 G -> 19.67 G); the peak
# RSS of a 100 MB bench run stays 114-116 MB.
GC_THRESHOLDS = (20000, 20, 20)


def freeze_long_lived() -> bool:
    """Move what outlives a batch (models, compiled patterns, caches) out of the cyclic GC's sight, once.

    Cleaning allocates many small objects per line, so the collector runs often, and each older-generation
    pass walked the ~100k objects of the loaded models again (about 8% of a worker's CPU, and most of
    `split_lines`' time). After the first batch those objects are loaded and stay; frozen, they are never
    scanned (reference counting still frees them). Per-document garbage is collected first, so nothing
    of a document is frozen. Then the collector's thresholds are raised to GC_THRESHOLDS (never lowered):
    a page's lines, notes and removals are freed by reference counting, so the default youngest threshold
    (700 allocations) ran a collection every few lines for almost nothing. Returns True if this call froze.
    """
    global _LONG_LIVED_FROZEN
    if _LONG_LIVED_FROZEN:
        return False
    gc.collect()
    gc.freeze()
    gc.set_threshold(*(max(now, want) for now, want in zip(gc.get_threshold(), GC_THRESHOLDS, strict=True)))
    _LONG_LIVED_FROZEN = True
    return True


def clean_batch(files: Iterable[InputFile], config: Config | None = None) -> BatchResult:
    """Clean files one by one with the library; bad files become quarantine entries, never exceptions.

    stats: files, records, quarantined, seconds, stages (Pipeline.stats_dict() for
    this batch only).
    """
    return _clean_batch(files, config or Config(), None)


def _clean_batch(files: Iterable[InputFile], config: Config, lines: list[bytes] | None) -> BatchResult:
    """clean_batch; `lines`, when given, receives each record's json_line in the order of `records`."""
    pipeline, tracker = _pipeline_for(config)
    before = _stage_snapshot(pipeline)
    t0 = time.perf_counter()
    result = BatchResult()
    n_files = 0
    skipped: Counter[str] = Counter()
    for f in files:
        n_files += 1
        one = _clean_file(f, config, pipeline, tracker)
        result.records.extend(one.records)
        if lines is not None:
            lines.extend(one.lines)
        result.quarantined.extend(one.quarantined)
        skipped.update(one.skipped)
    stages: dict[str, dict[str, float | int]] = {}
    for name, (sec, docs, removed) in _stage_snapshot(pipeline).items():
        s0, d0, r0 = before.get(name, (0.0, 0, 0))
        if docs - d0:
            stages[name] = {
                "seconds": round(sec - s0, 4),
                "documents": docs - d0,
                "lines_removed": removed - r0,
            }
    result.stats = {
        "files": n_files,
        "records": len(result.records),
        "quarantined": len(result.quarantined),
        "seconds": round(time.perf_counter() - t0, 4),
        "stages": stages,
        "records_skipped": dict(skipped),  # parts of container files that are no documents (WARC requests, 404s)
    }
    freeze_long_lived()  # the models are loaded now (after the first batch of this process)
    return result


def clean_batch_encoded(files: Iterable[InputFile], config: Config | None = None) -> BatchResult:
    """clean_batch with every record turned into an EncodedRecord where it was cleaned (the worker)."""
    lines: list[bytes] = []
    result = _clean_batch(files, config or Config(), lines)
    result.encoded = [encode_record(rec, line) for rec, line in zip(result.records, lines, strict=True)]
    result.records = []
    return result


def clean_batch_framed(files: Iterable[InputFile], config: Config | None = None) -> BatchResult:
    """clean_batch_encoded with the records' lines compressed as one zstd frame (`frame`), the worker
    function of run(): the parent copies the frame into the shard instead of compressing every record
    itself (about a fifth of its CPU per MB, on the critical path of a parallel run), and receives a
    fifth of the bytes. The EncodedRecords keep their other fields; their `line` is b"".
    """
    lines: list[bytes] = []
    result = _clean_batch(files, config or Config(), lines)
    result.encoded = [encode_record(rec, b"") for rec in result.records]
    result.records = []
    result.frame = compress_lines(b"".join(lines)) if lines else None
    return result


def with_lines(result: BatchResult) -> BatchResult:
    """`result` with its frame, if any, decompressed back into the EncodedRecords' lines."""
    if result.frame is None:
        return result
    lines = frame_lines(result.frame)
    if len(lines) != len(result.encoded):
        raise RuntimeError(f"a batch's frame holds {len(lines)} lines for {len(result.encoded)} records")
    result.encoded = [enc._replace(line=line) for enc, line in zip(result.encoded, lines, strict=True)]
    result.frame = None
    return result


def _file_facts(f: InputFile) -> dict[str, Any]:
    """An InputFile as JSON (the corpus pass stages files with their records)."""
    return {"path": str(f.path), "root": str(f.root), "source": f.source, "sha256": f.sha256, "size": f.size}


def merge_stage_stats(into: dict[str, dict[str, float]], stages: dict[str, dict[str, Any]]) -> None:
    """Sum per-stage stats of batches (seconds, documents, lines_removed)."""
    for name, st in stages.items():
        acc = into.setdefault(name, {"seconds": 0.0, "documents": 0, "lines_removed": 0})
        for key in ("seconds", "documents", "lines_removed"):
            acc[key] += st.get(key, 0)


BatchFn = Callable[[list[InputFile], Config], BatchResult]


# Bytes of the pipe that carries the workers' results (Linux F_SETPIPE_SZ; 1 MiB is the limit for an
# unprivileged process by default, /proc/sys/fs/pipe-max-size).
RESULT_PIPE_BYTES = 1 << 20


def widen_result_pipe(pool: ProcessPoolExecutor, size: int = RESULT_PIPE_BYTES) -> bool:
    """Give the pool's result pipe a buffer of `size` bytes instead of the kernel's 64 KiB; True if done.

    Why: a batch's result is ~360 kB of JSON lines, so through a 64 KiB pipe every result took the
    sending worker and the receiving parent thread about six write/read rounds each, with a wake-up of
    the other side per round: 342 MB of results of a 100 MB run cost ~0.3-0.5 s of system CPU more
    than through a 1 MiB pipe (scripts: 955 results of 360 kB, parent + child sys 0.4-0.7 s against
    0.13-0.18 s). Best effort: the pipe is the executor's private `_result_queue` (CPython 3.8-3.13),
    and a platform without F_SETPIPE_SZ, a pipe-size limit or another executor keeps the default.
    """
    try:
        import fcntl

        set_size = fcntl.F_SETPIPE_SZ  # type: ignore[attr-defined]  # Linux only
        reader = pool._result_queue._reader  # type: ignore[attr-defined]
        fcntl.fcntl(reader.fileno(), set_size, size)
    except (ImportError, AttributeError, OSError, ValueError):
        return False
    return True


class _OrderedCleaner:
    """Runs batches in-process (workers=1) or in a spawn process pool; yields results in submission order.

    A worker process that dies (segfault, OOM kill) breaks the pool: the pool is rebuilt, the other
    batches are resubmitted, and the batch at the head is re-run one file at a time in a separate
    one-process pool, so only the file that kills a worker is quarantined ("worker_crashed").
    """

    def __init__(self, config: Config, workers: int, fn: BatchFn = clean_batch) -> None:
        self.config = config
        self.workers = max(1, workers)
        self.fn = fn
        self.max_inflight = 2 * self.workers
        self._pending: deque[tuple[list[InputFile], Future[BatchResult]]] = deque()
        self._pool: ProcessPoolExecutor | None = None
        self._iso: ProcessPoolExecutor | None = None
        self._stopping: threading.Thread | None = None  # shuts the pools down after finish()

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
        widen_result_pipe(pool)
        return pool

    def submit(self, batch: list[InputFile]) -> Iterator[tuple[list[InputFile], BatchResult]]:
        """Queue a batch; yields the results that are ready (blocking only to keep in-flight bounded)."""
        if self.workers == 1:
            yield batch, self.fn(batch, self.config)
            return
        if self._pool is None:
            self._pool = self._new_pool(self.workers)
        try:
            fut = self._pool.submit(self.fn, batch, self.config)
        except BrokenProcessPool:  # a worker died before this batch (even while starting): as in _resolve
            log.warning("a worker process died; rebuilding the pool")
            self._restart_pool()
            fut = self._pool.submit(self.fn, batch, self.config)
        self._pending.append((batch, fut))
        while self._pending and (len(self._pending) > self.max_inflight or self._pending[0][1].done()):
            yield self._resolve(*self._pending.popleft())

    def drain(self) -> Iterator[tuple[list[InputFile], BatchResult]]:
        """The remaining results, in order."""
        while self._pending:
            yield self._resolve(*self._pending.popleft())

    def _resolve(
        self, batch: list[InputFile], fut: Future[BatchResult]
    ) -> tuple[list[InputFile], BatchResult]:
        try:
            return batch, fut.result()
        except BrokenProcessPool:
            log.warning("a worker process died; rebuilding the pool and isolating %d files", len(batch))
            self._restart_pool()
        except Exception:
            log.warning(
                "batch failed as a whole; re-running its %d files one by one", len(batch), exc_info=True
            )
        return batch, self._isolate(batch)

    def _restart_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool(self.workers)
        # Every batch still queued shared the dead pool: submit them again to the new one.
        self._pending = deque((b, self._pool.submit(self.fn, b, self.config)) for b, _f in self._pending)

    def _isolate(self, batch: list[InputFile]) -> BatchResult:
        merged = BatchResult(stats={"files": 0, "records": 0, "quarantined": 0, "seconds": 0.0, "stages": {}})
        for f in batch:
            if self._iso is None:
                self._iso = self._new_pool(1)
            try:
                res = self._iso.submit(self.fn, [f], self.config).result()
            except BrokenProcessPool:
                self._iso.shutdown(wait=False, cancel_futures=True)
                self._iso = None
                res = BatchResult(
                    quarantined=[
                        quarantine_entry(
                            f,
                            f.sha256,
                            "worker_crashed",
                            "the worker process died while cleaning this file",
                            "worker",
                        )
                    ]
                )
            except Exception as exc:
                res = BatchResult(
                    quarantined=[
                        quarantine_entry(
                            f, f.sha256, "internal_error", f"{type(exc).__name__}: {exc}", "worker"
                        )
                    ]
                )
            merged.records.extend(res.records)
            merged.encoded.extend(with_lines(res).encoded)
            merged.quarantined.extend(res.quarantined)
            for key in ("files", "records", "quarantined", "seconds"):
                merged.stats[key] += res.stats.get(key, 0)
            merge_stage_stats(merged.stats["stages"], res.stats.get("stages", {}))
        return merged

    def finish(self) -> None:
        """No batch follows: the workers exit while the caller commits its output; close() waits for them.

        Why: ending a worker (its interpreter and heap) took ~0.1 s that the parent spent waiting after
        its last commit; shut down from a thread, the pools end alongside the final shard commit.
        """
        pools = [pool for pool in (self._pool, self._iso) if pool is not None]
        self._pool = self._iso = None
        if not pools:
            return
        earlier = self._stopping  # pools of an earlier finish() (a submit after it made new ones)

        def shut_down() -> None:
            if earlier is not None:
                earlier.join()
            for pool in pools:
                pool.shutdown(wait=True, cancel_futures=True)

        self._stopping = threading.Thread(target=shut_down, name="cleaners-pool-shutdown", daemon=True)
        self._stopping.start()

    def close(self) -> None:
        """Shut the pools down and wait for their processes to end (idempotent)."""
        self.finish()
        if self._stopping is not None:
            self._stopping.join()
            self._stopping = None


# -- run -------------------------------------------------------------------------------------------


def new_run_id(now: datetime | None = None) -> str:
    """Sortable, filename-safe and unique: UTC time to the microsecond plus 24 random bits."""
    now = now or datetime.now(UTC)
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)


def check_run_id(run_id: str) -> str:
    """A run id names files: letters, digits, '.', '_', '-', not starting with '.' or '-', at most 100."""
    if not _RUN_ID_RE.match(run_id):
        raise RunError(
            f"invalid run id {run_id!r}: use letters, digits, '.', '_' or '-' (max 100, no leading '.'/'-')"
        )
    return run_id


@dataclass
class RunSummary:
    """What a run did; `to_dict()` is the manifest minus the config."""

    run_id: str
    out_dir: str
    manifest: str
    quarantine_file: str
    catalog: str
    inputs: list[str]
    workers: int
    started_at: str
    finished_at: str = ""
    elapsed_seconds: float = 0.0
    files_seen: int = 0
    records: int = 0
    quarantined: int = 0
    skipped: int = 0  # content already ingested/quarantined/claimed, or seen twice in this run
    skipped_paths: int = 0  # paths refused by discovery (symlinks out of the root, loops, ...)
    duplicates: int = 0  # near-duplicate records written to duplicates/<run_id>.jsonl (corpus pass)
    corpus: dict[str, Any] = field(default_factory=dict)  # corpus pass figures (cleaners.corpus)
    bytes_in: int = 0
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    quarantined_by_reason: dict[str, int] = field(default_factory=dict)
    # Parts of container files that are not documents (WARC requests, non-HTML, HTTP 404...), by reason.
    records_skipped_by_reason: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    removals_by_rule: dict[str, int] = field(default_factory=dict)
    stages: dict[str, dict[str, float]] = field(default_factory=dict)
    shards: list[dict[str, Any]] = field(default_factory=list)
    quarantine_sample: list[dict[str, Any]] = field(default_factory=list)  # first QUARANTINE_SAMPLE entries

    @property
    def mb_per_s(self) -> float:
        return self.bytes_in / 1e6 / self.elapsed_seconds if self.elapsed_seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "pipeline_version": PIPELINE_VERSION,
            "inputs": self.inputs,
            "out_dir": self.out_dir,
            "catalog": self.catalog,
            "workers": self.workers,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "durations": {
                "elapsed_seconds": round(self.elapsed_seconds, 3),
                "stages_seconds": {n: round(s["seconds"], 4) for n, s in self.stages.items()},
            },
            "counts": {
                "files_seen": self.files_seen,
                "records": self.records,
                "quarantined": self.quarantined,
                "skipped": self.skipped,
                "skipped_paths": self.skipped_paths,
            },
            "bytes_in": self.bytes_in,
            "mb_per_s": round(self.mb_per_s, 3),
            "skipped_by_reason": self.skipped_by_reason,
            "quarantined_by_reason": self.quarantined_by_reason,
            "records_skipped_by_reason": self.records_skipped_by_reason,
            "languages": self.languages,
            "removals_by_rule": self.removals_by_rule,
            "corpus": {"duplicates": self.duplicates, **self.corpus},
            "stages": {
                n: {k: round(v, 4) if isinstance(v, float) else v for k, v in s.items()}
                for n, s in self.stages.items()
            },
            "shards": self.shards,
            "quarantine": self.quarantine_file,
            "manifest": self.manifest,
        }


class _Run:
    """The state of one `run`: catalog, open shard, quarantine writer, counters."""

    def __init__(self, out: Path, config: Config, catalog: Catalog, run_id: str, summary: RunSummary) -> None:
        self.out = out
        self.config = config
        self.catalog = catalog
        self.run_id = run_id
        self.s = summary
        self.languages: Counter[str] = Counter()
        self.removals: Counter[str] = Counter()
        self.skip_reasons: Counter[str] = Counter()
        self.q_reasons: Counter[str] = Counter()
        self.inflight: set[str] = set()  # claimed by this process, not finished yet
        self.shard: ShardWriter | None = None
        self.shard_files: list[tuple[str, str | None]] = []  # (sha256, record_id) in the open shard
        self.shard_index = self._next_shard_index()
        self.quarantine_path = out / QUARANTINE_DIR / f"{run_id}.jsonl"
        self.quarantine = ShardWriter(self.quarantine_path)
        self.quarantined_files: list[tuple[str, str]] = []  # (sha256, reason), finished at the end
        # Output names this attempt writes. Our quarantine file is carried over between attempts of a
        # run id, so a marker naming it may be from an attempt whose commit failed: not trusted either.
        self.written: set[str] = {f"{QUARANTINE_DIR}/{self.quarantine_path.name}"}
        self.q_dirty: set[str] = set()  # content hashes with entries in the uncommitted quarantine file
        self._carry_over_quarantine()
        self.renew_every = max(1.0, config.claim_ttl_seconds / 4)
        self.last_renew = time.monotonic()
        # Corpus pass: records wait in a staging file until every batch is fingerprinted.
        self.corpus: CorpusPass | None = None
        if _corpus_pass_on(config):
            from cleaners.corpus.runpass import CorpusPass

            self.corpus = CorpusPass(out, out / SHARDS_DIR, run_id, config)

    # Retries of the same run id continue, never overwrite, what an earlier attempt committed.
    def _next_shard_index(self) -> int:
        pattern = re.compile(re.escape(self.run_id) + r"-(\d{5,})" + re.escape(SHARD_SUFFIX) + "$")
        found = [int(m.group(1)) for p in (self.out / SHARDS_DIR).iterdir() if (m := pattern.match(p.name))]
        self.previous_shards = sorted(
            p.name for p in (self.out / SHARDS_DIR).iterdir() if pattern.match(p.name)
        )
        return max(found) + 1 if found else 0

    def _carry_over_quarantine(self) -> None:
        self.carried_skips: set[tuple[str, str]] = set()  # discovery refusals an earlier attempt recorded
        self.carried_keys: set[tuple[Any, ...]] = set()  # cleaning entries an earlier attempt recorded
        if self.quarantine_path.exists():
            for entry in read_jsonl(self.quarantine_path):
                self.quarantine.write(entry)
                self.carried_keys.add(_entry_key(entry))
                if entry.get("stage") == "discover":
                    self.carried_skips.add((str(entry.get("path")), str(entry.get("reason"))))

    def maybe_renew(self) -> None:
        """Keep our leases alive on long runs (see cleaners.catalog RECOVERY RULE)."""
        if time.monotonic() - self.last_renew >= self.renew_every:
            self.catalog.renew_claims(self.run_id)
            self.last_renew = time.monotonic()

    def skip(self, reason: str) -> None:
        self.s.skipped += 1
        self.skip_reasons[reason] += 1

    def add_discover_skip(self, entry: dict[str, Any]) -> None:
        self.s.skipped_paths += 1
        if (str(entry["path"]), str(entry["reason"])) not in self.carried_skips:
            self.quarantine.write(entry)
        if len(self.s.quarantine_sample) < QUARANTINE_SAMPLE:
            self.s.quarantine_sample.append({k: entry[k] for k in ("source", "reason", "detail", "stage")})

    def claim_all(self, files: Sequence[InputFile]) -> list[InputFile | None]:
        """Hash and claim discovered files, in order, with one catalog transaction for the group: for
        each, the InputFile to clean, or None if it is not ours to clean.

        A claim per file cost about 1 ms of the main process's CPU (a transaction and SQLAlchemy's
        per-statement work), a seventh of all the CPU a run spent per document. The outcome is that
        of claiming the files one by one in order: a content already claimed by this run, or repeated
        within the group, is skipped as a duplicate, and a repeat whose first copy was not granted is
        claimed on its own after the group, as the loop would have.
        """
        out: list[InputFile | None] = [None] * len(files)
        hashed: list[tuple[int, str, int]] = []
        for i, f in enumerate(files):
            try:
                sha, size = hash_file(f.path)
            except OSError as exc:  # vanished or unreadable: nothing to claim, report it like discovery does
                self.add_discover_skip(
                    _skip_entry(f.source, f.path, "unreadable", f"{type(exc).__name__}: {exc}")
                )
                continue
            hashed.append((i, sha, size))
        first: dict[str, int] = {}  # content -> its first position in the group
        repeats: list[tuple[int, str, int]] = []
        items: list[tuple[int, str, int]] = []
        for i, sha, size in hashed:
            if sha in self.inflight:
                self.skip("duplicate_in_run")
            elif sha in first:
                repeats.append((i, sha, size))
            else:
                first[sha] = i
                items.append((i, sha, size))
        cwd = os.getcwd()
        claims = self.catalog.claim_many(
            [(_absolute_name(files[i].path, cwd), sha, size) for i, sha, size in items], self.run_id
        )
        for (i, sha, size), claim in zip(items, claims, strict=True):
            out[i] = self._take_claim(files[i], sha, size, claim)
        for i, sha, size in repeats:
            if sha in self.inflight:  # its first copy was granted: a duplicate, as in a loop of claims
                self.skip("duplicate_in_run")
                continue
            claim = self.catalog.claim(_absolute_name(files[i].path, os.getcwd()), sha, size, self.run_id)
            out[i] = self._take_claim(files[i], sha, size, claim)
        return out

    def _take_claim(self, f: InputFile, sha: str, size: int, claim: Claim) -> InputFile | None:
        """What a claim means for the file: the InputFile to clean, or None (skipped, with the reason)."""
        from cleaners.catalog import INGESTED, QUARANTINED, recovered_status

        if not claim.granted:
            self.skip(
                {INGESTED: "already_ingested", QUARANTINED: "already_quarantined"}.get(
                    claim.status, "claimed_by_other_run"
                )
            )
            return None
        if claim.output and claim.output not in self.written and (self.out / claim.output).is_file():
            # An earlier attempt committed this file's result, then died before marking it finished.
            # (A name this process wrote itself proves nothing: our shard numbers start after every
            # shard committed before we started, so an older marker with that name was never committed.)
            status = recovered_status(claim.output)
            reason = None if status == INGESTED else f"recovered from {claim.output}"
            self.catalog.finish_file(sha, self.run_id, status, reason, claim.record_id)
            self.skip("already_ingested" if status == INGESTED else "already_quarantined")
            return None
        self.inflight.add(sha)
        return InputFile(f.path, f.root, f.source, sha, size)

    def take(self, batch: list[InputFile], result: BatchResult) -> None:
        """Write one batch's results, file by file in input order."""
        by_sha: dict[str | None, list[dict[str, Any]]] = {}
        for rec in result.records:
            by_sha.setdefault(rec.get("source_sha256"), []).append(rec)
        enc_by_sha: dict[str | None, list[EncodedRecord]] = {}
        for enc in result.encoded:
            enc_by_sha.setdefault(enc.sha256, []).append(enc)
        q_by_sha: dict[str | None, list[dict[str, Any]]] = {}
        for entry in result.quarantined:
            q_by_sha.setdefault(entry.get("source_sha256"), []).append(entry)
        merge_stage_stats(self.s.stages, result.stats.get("stages", {}))
        for reason, n in result.stats.get("records_skipped", {}).items():
            self.s.records_skipped_by_reason[reason] = self.s.records_skipped_by_reason.get(reason, 0) + n
        if self.corpus is not None:
            self.corpus.add_batch(result.records, result.fingerprints)
        # The batch's frame goes into the shard whole, with its last file that has records, when that
        # gives the shard what writing the files' lines one by one would: see _frame_fits.
        frame_with = self._frame_fits(batch, result, enc_by_sha) if result.frame is not None else None
        if result.frame is not None and frame_with is None:
            result = with_lines(result)
            enc_by_sha = {}
            for enc in result.encoded:
                enc_by_sha.setdefault(enc.sha256, []).append(enc)
        for f in batch:
            self.s.bytes_in += f.size or 0  # everything we cleaned counts for throughput, kept or not
            records = by_sha.pop(f.sha256, [])
            encoded = enc_by_sha.pop(f.sha256, [])
            entries = q_by_sha.pop(f.sha256, [])
            if not records and not encoded and not entries:  # a batch function that lost a file: never drop it
                entries = [
                    quarantine_entry(
                        f, f.sha256, "internal_error", "no record and no quarantine entry", "runner"
                    )
                ]
            for entry in entries:  # a container file may give records and entries (its broken parts)
                self._quarantine(entry)
            if not records and not encoded:
                self.quarantined_files.append((f.sha256 or "", entries[0]["reason"]))
            elif self.corpus is not None:
                self.corpus.stage(_file_facts(f), records)
            elif frame_with is not None:
                self._write_records(f, encoded, result.frame if f is frame_with else b"", len(result.encoded))
            else:
                self._write_records(f, encoded + [encode_record(rec) for rec in records])
            faults.point("clean")
        self.maybe_renew()

    def _frame_fits(
        self, batch: list[InputFile], result: BatchResult, enc_by_sha: dict[str | None, list[EncodedRecord]]
    ) -> InputFile | None:
        """The file of `batch` with which the whole frame of `result` can be written, or None.

        It can when the frame holds exactly the batch's records in the order the files are written,
        and no shard fills up before the batch's last file with records (a shard is committed after
        the file that fills it): then the shard gets the same lines, and the same files, as it would
        line by line. Otherwise (a shard boundary inside the batch, the corpus pass, dict records)
        the caller decompresses the frame and writes line by line.
        """
        if self.corpus is not None or result.records or not result.encoded:
            return None
        with_records = [f for f in batch if f.sha256 in enc_by_sha]
        in_order = [enc for f in with_records for enc in enc_by_sha[f.sha256]]
        if len(in_order) != len(result.encoded) or len({f.sha256 for f in with_records}) != len(with_records):
            return None
        if any(a is not b for a, b in zip(in_order, result.encoded, strict=True)):
            return None
        before_last = len(in_order) - len(enc_by_sha[with_records[-1].sha256])
        if (self.shard.count if self.shard is not None else 0) + before_last >= self.config.shard_max_records:
            return None
        return with_records[-1]

    def _quarantine(self, entry: dict[str, Any]) -> None:
        if _entry_key(entry) in self.carried_keys:  # a retry re-cleaned a file an earlier attempt reported
            return
        self.quarantine.write(entry)
        self.q_dirty.add(entry.get("source_sha256") or "")
        self.s.quarantined += 1
        self.q_reasons[entry["reason"]] += 1
        if len(self.s.quarantine_sample) < QUARANTINE_SAMPLE:
            self.s.quarantine_sample.append(
                {k: entry.get(k) for k in ("source", "reason", "detail", "stage")}
            )

    def _write_records(
        self, f: InputFile, records: list[EncodedRecord], frame: bytes | None = None, frame_count: int = 0
    ) -> None:
        """Append a file's records to the open shard (opening one), and commit the shard when full.

        frame: the lines come as a batch's zstd frame (see _frame_fits): given with the batch's last
        file with records (b"" with the files before it), holding `frame_count` lines.
        """
        if self.shard is None:
            name = f"{self.run_id}-{self.shard_index:05d}{SHARD_SUFFIX}"
            self.shard = ShardWriter(self.out / SHARDS_DIR / name)
        if frame:
            self.shard.write_frames(frame, frame_count)
        for rec in records:
            if frame is None:
                self.shard.write_line(rec.line)
            self.s.records += 1
            self.languages[rec.language] += 1
            self.removals.update(rec.rules)
        self.shard_files.append((f.sha256 or "", records[0].record_id))
        if self.shard.count >= self.config.shard_max_records:
            self.commit_shard()

    def commit_shard(self) -> None:
        """Pending marks, atomic rename, then finished marks: the order that makes reruns exact."""
        from cleaners.catalog import INGESTED

        if self.shard is None:
            return
        shard, self.shard = self.shard, None
        rel = f"{SHARDS_DIR}/{shard.path.name}"
        self.written.add(rel)
        if any(sha in self.q_dirty for sha, _rid in self.shard_files):
            # A file of this shard also gave quarantine entries (a container's broken parts): they must
            # be committed before the file is finished, or a crash after the shard would lose them.
            self.checkpoint_quarantine()
        self.catalog.mark_pending(self.shard_files, self.run_id, rel)
        faults.point("shard_pending")
        shard.close()
        faults.point("shard_renamed")
        self.catalog.finish_files([(sha, INGESTED, None, rid) for sha, rid in self.shard_files], self.run_id)
        self.inflight.difference_update(sha for sha, _rid in self.shard_files)
        self.s.shards.append(
            {"name": rel, "sha256": shard.sha256, "records": shard.count, "bytes": shard.bytes}
        )
        self.shard_files = []
        self.shard_index += 1

    def commit_quarantine(self) -> None:
        from cleaners.catalog import QUARANTINED

        rel = f"{QUARANTINE_DIR}/{self.quarantine_path.name}"
        self.catalog.mark_pending([(sha, None) for sha, _r in self.quarantined_files], self.run_id, rel)
        self.quarantine.close()
        faults.point("quarantine")
        self.catalog.finish_files(
            [(sha, QUARANTINED, r, None) for sha, r in self.quarantined_files], self.run_id
        )
        self.inflight.difference_update(sha for sha, _r in self.quarantined_files)
        self.quarantined_files = []
        self.q_dirty.clear()

    def checkpoint_quarantine(self) -> None:
        """Commit the quarantine file as it is now and go on appending to a copy of it.

        Costs a rewrite of this run's quarantine file; only done when a shard holds a file that
        also has quarantine entries (so usually never, at most once per shard).
        """
        self.commit_quarantine()
        self.quarantine = ShardWriter(self.quarantine_path)
        for entry in read_jsonl(self.quarantine_path):
            self.quarantine.write(entry)

    def list_previous_shards(self) -> list[dict[str, Any]]:
        """Shards an earlier attempt with this run id committed (only on retries), described like ours."""
        out = []
        for name in self.previous_shards:
            path = self.out / SHARDS_DIR / name
            out.append(
                {
                    "name": f"{SHARDS_DIR}/{name}",
                    "sha256": hash_file(path)[0],
                    "records": sum(1 for _ in read_jsonl(path)),
                    "bytes": path.stat().st_size,
                }
            )
        return out

    def finish_corpus(self) -> None:
        """Corpus pass: decide, then replay the staged records (cleaners.corpus.runpass)."""
        cp = self.corpus
        if cp is None:
            return
        from cleaners.catalog import INGESTED
        from cleaners.corpus import DUPLICATE_KIND, EMPTY_KIND
        from cleaners.corpus import apply as corpus_apply
        from cleaners.corpus.reduce import DUPLICATE, KEEP

        t0 = time.perf_counter()
        fingerprint_bytes = cp.fingerprint_bytes
        decisions = cp.decide(self.catalog)
        # Near-duplicates first, committed before any shard, so a crash cannot lose them once their
        # files are finished; files with no record left to publish are finished from this file.
        writer, carried = cp.open_duplicates()
        dup_files: list[tuple[str, str | None]] = []
        for facts, records in cp.staging:
            kinds = [decisions.status_of(str(r["id"])) for r in records]
            for rec, kind in zip(records, kinds, strict=True):
                if kind == DUPLICATE and str(rec["id"]) not in carried:
                    writer.write(cp.duplicate_entry(rec, *decisions.duplicate_of(str(rec["id"]))))
                    self.s.duplicates += 1
            if DUPLICATE in kinds and KEEP not in kinds:
                dup_files.append((facts["sha256"], records[0].get("id")))
        self.catalog.mark_pending(dup_files, self.run_id, cp.duplicates_rel)
        writer.close()
        self.written.add(cp.duplicates_rel)
        self.catalog.finish_files([(sha, INGESTED, None, rid) for sha, rid in dup_files], self.run_id)
        self.inflight.difference_update(sha for sha, _rid in dup_files)
        for facts, records in cp.staging:
            f = InputFile(Path(facts["path"]), Path(facts["root"]), facts["source"], facts["sha256"], facts["size"])
            kept: list[dict[str, Any]] = []
            empty: list[dict[str, Any]] = []
            for rec in records:
                outcome = corpus_apply(rec, decisions, self.config)
                if outcome.kind == EMPTY_KIND:
                    empty.append(quarantine_entry(f, f.sha256, "empty", outcome.detail, "corpus", rec.get("meta")))
                elif outcome.kind != DUPLICATE_KIND:
                    kept.append(outcome.record)
            for entry in empty:
                self._quarantine(entry)
            if kept:
                self._write_records(f, [encode_record(rec) for rec in kept])
            elif empty and len(empty) == len(records):
                self.quarantined_files.append((f.sha256 or "", "empty"))
            self.maybe_renew()
        cp.abort()  # the staging file is no longer needed
        self.s.corpus = {
            **decisions.stats,
            "duplicates_file": cp.duplicates_rel,
            "fingerprint_bytes": fingerprint_bytes,
            "decision_bytes": decisions.nbytes,
            "seconds_total": round(time.perf_counter() - t0, 4),
        }

    def abort(self) -> None:
        """Drop uncommitted output; give our unfinished claims back (best effort: the DB may be the problem)."""
        if self.corpus is not None:
            self.corpus.abort()
        if self.shard is not None:
            self.shard.abort()
        self.quarantine.abort()
        try:
            self.catalog.release_run(self.run_id)
        except Exception:
            log.warning(
                "could not release the claims of run %s; they expire after %ss",
                self.run_id,
                self.config.claim_ttl_seconds,
                exc_info=True,
            )


def _corpus_pass_on(config: Config) -> bool:
    """corpus_pass_enabled(config), loading the corpus package only when the pass is asked for at all."""
    if not config.corpus_pass:
        return False
    from cleaners.corpus import corpus_pass_enabled

    return corpus_pass_enabled(config)


def _batch_function(config: Config) -> BatchFn:
    """What the workers run: the corpus pass's map (clean and fingerprint), or clean_batch_encoded."""
    if _corpus_pass_on(config):
        from cleaners.corpus import map_batch

        return map_batch
    return clean_batch_framed


def _absolute_name(path: str | os.PathLike[str], cwd: str) -> str:
    """text_name(Path(path).absolute()) with `cwd` as os.getcwd(), without building a second Path."""
    name = str(path) if isinstance(path, Path) else str(Path(path))
    if not os.path.isabs(name):
        name = str(Path(cwd, name)) if name == "." or cwd.startswith("//") else os.path.join(cwd, name)
    return text_name(name)


def _entry_key(entry: dict[str, Any]) -> tuple[Any, ...]:
    """What makes a quarantine entry the same entry again (a retry of a run id re-cleaning its file)."""
    meta = entry.get("meta") or {}
    return (entry.get("source_sha256"), entry.get("source"), entry.get("reason"), meta.get("record_index"))


def _disk_full_hint(out: Path) -> str:
    """' (disk full: ...)' when the corpus folder's file system has no room left (SQLite then only
    says "disk I/O error"), else ''."""
    try:
        st = os.statvfs(out)
    except OSError:
        return ""
    free = st.f_bavail * st.f_frsize
    return f" (disk full: {free} bytes free on the file system of {out})" if free < (1 << 20) else ""


def _prepare_out_dir(out: Path) -> None:
    """Create the layout and prove we can write there, before claiming anything."""
    try:
        for sub in (SHARDS_DIR, QUARANTINE_DIR, MANIFESTS_DIR):
            (out / sub).mkdir(parents=True, exist_ok=True)
            probe = out / sub / f".probe-{secrets.token_hex(4)}.tmp"
            probe.write_bytes(b"")
            probe.unlink()
    except OSError as exc:
        raise RunError(f"output directory {out} is not writable: {exc.strerror or exc}") from exc


def sweep_stale_temp_files(out: Path, older_than_seconds: float) -> int:
    """Delete temp files a killed run left in the output folders (only ones older than any live lease)."""
    removed = 0
    cutoff = time.time() - older_than_seconds
    for sub in (SHARDS_DIR, QUARANTINE_DIR, MANIFESTS_DIR):
        for p in (out / sub).glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < cutoff:
                    p.unlink()
                    removed += 1
    return removed


def count_files(
    inputs: Iterable[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = ()
) -> int:
    """How many files discover() will yield (a cheap extra walk, for a progress bar with a total)."""
    return sum(1 for _ in discover(inputs, on_skip=lambda e: None, exclude=exclude))


def run(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    config: Config | None = None,
    workers: int = 1,
    catalog_url: str | None = None,
    progress: bool = True,
    *,
    run_id: str | None = None,
    batch_size: int = 8,
) -> RunSummary:
    """Clean everything new under `inputs` into `out_dir` (see the module docstring for the guarantees).

    progress: show a rich progress bar on stderr (only when stderr is a terminal).
    """
    from cleaners.catalog import Catalog, default_catalog_url
    from cleaners.catalog_retry import retrying

    config = config or Config()
    inputs = [Path(p) for p in inputs]
    out = Path(out_dir)
    run_id = check_run_id(run_id or new_run_id())
    if workers < 1 or batch_size < 1:
        raise RunError("workers and batch_size must be at least 1")
    for p in inputs:
        if not p.exists():
            raise RunError(f"input not found: {p}")
    _prepare_out_dir(out)
    sweep_stale_temp_files(out, config.claim_ttl_seconds)
    url = catalog_url or default_catalog_url(out)
    try:
        catalog = Catalog.open(url, claim_ttl_seconds=config.claim_ttl_seconds)
        catalog.migrate()  # unreachable at the start: fail at once; once running: ride out an outage
        catalog = retrying(catalog)
    except Exception as exc:
        raise RunError(f"cannot open the catalog {url}{_disk_full_hint(out)}: {type(exc).__name__}: {exc}") from exc

    t0 = time.perf_counter()
    summary = RunSummary(
        run_id=run_id,
        out_dir=str(out.resolve()),
        manifest=f"{MANIFESTS_DIR}/{run_id}.json",
        quarantine_file=f"{QUARANTINE_DIR}/{run_id}.jsonl",
        catalog=catalog.url,
        inputs=[str(p) for p in inputs],
        workers=workers,
        started_at=datetime.now(UTC).isoformat(),
    )
    state: _Run | None = None
    cleaner = _OrderedCleaner(config, workers, _batch_function(config))
    bar = _progress_bar(progress)
    try:
        state = _Run(out, config, catalog, run_id, summary)
        task = None
        if bar is not None:
            bar.start()
            task = bar.add_task("cleaning", total=count_files(inputs, exclude=[out]))

        def done(n: int) -> None:
            if bar is not None and task is not None:
                bar.advance(task, n)

        batch: list[InputFile] = []
        discovered: list[InputFile] = []
        # Files are claimed in groups (one catalog transaction each), at least a batch at a time.
        claim_group = max(batch_size, CLAIM_GROUP)

        def claim_and_submit() -> None:
            nonlocal batch
            for claimed in state.claim_all(discovered):
                if claimed is None:
                    done(1)
                    continue
                batch.append(claimed)
                if len(batch) >= batch_size:
                    for b, res in cleaner.submit(batch):
                        state.take(b, res)
                        done(len(b))
                    batch = []
            discovered.clear()
            state.maybe_renew()

        for f in discover(inputs, on_skip=state.add_discover_skip, exclude=[out]):
            summary.files_seen += 1
            discovered.append(f)
            if len(discovered) >= claim_group:
                claim_and_submit()
        if discovered:
            claim_and_submit()
        if batch:
            for b, res in cleaner.submit(batch):
                state.take(b, res)
                done(len(b))
        for b, res in cleaner.drain():
            state.take(b, res)
            done(len(b))
        cleaner.finish()
        state.finish_corpus()
        state.commit_shard()
        state.commit_quarantine()
        summary.shards = state.list_previous_shards() + summary.shards
        summary.languages = dict(state.languages.most_common())
        summary.removals_by_rule = dict(state.removals.most_common())
        summary.skipped_by_reason = dict(state.skip_reasons.most_common())
        summary.quarantined_by_reason = dict(state.q_reasons.most_common())
        summary.elapsed_seconds = time.perf_counter() - t0
        summary.finished_at = datetime.now(UTC).isoformat()
        faults.point("manifest")
        write_json_atomic(out / summary.manifest, {**summary.to_dict(), "config": config.as_dict()})
        return summary
    except BaseException:
        if state is not None:
            state.abort()
        else:
            with contextlib.suppress(Exception):
                catalog.release_run(run_id)
        raise
    finally:
        cleaner.close()
        if bar is not None:
            bar.stop()
        catalog.close()


def _progress_bar(enabled: bool) -> Any:
    """A rich progress bar on stderr, or None when disabled or stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
