"""Runner: discovery, batches that never die, runs that never duplicate or drop a record."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest
from deadrun import PENDING_OUTPUTS, leave_pending_output

from cleaners import runner as runner_mod
from cleaners.catalog import Catalog, default_catalog_url
from cleaners.config import Config
from cleaners.document import Document
from cleaners.pipeline import FunctionStage
from cleaners.runner import (
    BatchResult,
    InputFile,
    RunError,
    _OrderedCleaner,
    check_run_id,
    clean_batch,
    clean_batch_encoded,
    discover,
    hash_file,
    new_run_id,
    run,
)
from cleaners.write import WriteError, json_line, read_jsonl
from cleaners.write import _Sink as WriteSink

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_A = SEEDS / "000_9188a69b0addec25.txt"
SEED_B = SEEDS / "003_9d558cf92b0720f0.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    """An input folder with one good file and everything that must not stop a run."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    shutil.copy(SEED_A, root / "good.txt")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(PNG)
    (root / "sub" / "loop").symlink_to("..", target_is_directory=True)  # sub/loop -> in/ (a loop)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("A private file outside the input folder must never be read.\n")
    (root / "escape").symlink_to(outside, target_is_directory=True)
    (root / "escape.txt").symlink_to(outside / "secret.txt")
    (root / ".hidden.txt").write_text("hidden files are not inputs\n")
    (root / ".good.txt.k2j4h5.tmp").write_text("our own temp files are not inputs\n")
    return root


def _shard_records(out: Path) -> list[dict[str, Any]]:
    return [r for p in sorted((out / "shards").glob("*.jsonl.zst")) for r in read_jsonl(p)]


def _quarantine(out: Path, run_id: str) -> list[dict[str, Any]]:
    return list(read_jsonl(out / "quarantine" / f"{run_id}.jsonl"))


# -- discover ----------------------------------------------------------------------------------------


def test_discover_walks_sorted_and_refuses_escapes_and_loops(bad_tree: Path) -> None:
    skipped: list[dict[str, Any]] = []
    files = list(discover([bad_tree], on_skip=skipped.append))
    assert [f.source for f in files] == ["empty.txt", "good.txt", "image.png"]
    assert all(f.root == bad_tree and f.path == bad_tree / f.source for f in files)
    reasons = {e["source"]: e["reason"] for e in skipped}
    assert reasons == {
        "escape": "symlink_outside_root",
        "escape.txt": "symlink_outside_root",
        "sub/loop": "symlink_loop",
    }
    assert all(e["stage"] == "discover" and e["detail"] for e in skipped)


def test_discover_follows_symlinks_inside_the_root_and_takes_files(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "a" / "deep").mkdir(parents=True)
    (root / "a" / "deep" / "x.txt").write_text("x")
    (root / "b.txt").write_text("b")
    (root / "link-to-a").symlink_to(root / "a", target_is_directory=True)
    (root / "link-b.txt").symlink_to(root / "b.txt")
    (root / "out").mkdir()
    (root / "out" / "shard.txt").write_text("ours")
    skipped: list[dict[str, Any]] = []
    files = list(discover([root, SEED_A], on_skip=skipped.append, exclude=[root / "out"]))
    assert [f.source for f in files] == ["a/deep/x.txt", "b.txt", "link-b.txt", SEED_A.name]
    # The same folder reached again through a link is not walked twice.
    assert [(e["source"], e["reason"]) for e in skipped] == [("link-to-a", "symlink_duplicate")]
    assert files[-1].root == SEEDS  # a named file: root is its folder, source its name


def test_discover_missing_input(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(discover([tmp_path / "nope"]))


# -- clean_batch -------------------------------------------------------------------------------------


def test_clean_batch_keeps_good_files_and_quarantines_bad_ones(bad_tree: Path) -> None:
    files = list(discover([bad_tree], on_skip=lambda e: None))
    result = clean_batch(files, Config())
    assert [r["source"] for r in result.records] == ["good.txt"]
    by_source = {q["source"]: q for q in result.quarantined}
    assert set(by_source) == {"empty.txt", "image.png"}
    for q in result.quarantined:
        assert set(q) >= {"source", "source_sha256", "reason", "detail", "stage", "pipeline_version", "meta"}
        assert len(q["source_sha256"]) == 64
    assert by_source["empty.txt"]["reason"] == "empty"
    assert by_source["image.png"]["reason"] == "binary"
    assert result.stats["files"] == 3 and result.stats["records"] == 1 and result.stats["quarantined"] == 2
    assert "read" in result.stats["stages"]


def test_the_first_batch_freezes_long_lived_objects_once(bad_tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    monkeypatch.setattr(runner_mod, "_LONG_LIVED_FROZEN", False)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "set_threshold", lambda *t: None)  # (the test process keeps its own thresholds)
    calls: list[str] = []
    files = list(discover([bad_tree], on_skip=lambda e: None))
    first = clean_batch(files, Config())
    assert calls == ["freeze"]
    second = clean_batch(files, Config())
    assert calls == ["freeze"]  # once per process: later batches add nothing to the frozen set
    assert first.records == second.records  # freezing changes no output
    assert runner_mod.freeze_long_lived() is False


def test_freezing_raises_the_gc_thresholds_and_never_lowers_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    set_to: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(gc, "set_threshold", lambda *t: set_to.append(t))
    monkeypatch.setattr(runner_mod, "GC_THRESHOLDS", (20000, 20, 20))
    for now, want in (((700, 10, 10), (20000, 20, 20)), ((50000, 5, 100), (50000, 20, 100))):
        monkeypatch.setattr(runner_mod, "_LONG_LIVED_FROZEN", False)
        monkeypatch.setattr(gc, "get_threshold", lambda now=now: now)
        assert runner_mod.freeze_long_lived() is True
        assert set_to[-1] == want
    assert runner_mod.freeze_long_lived() is False and len(set_to) == 2  # once per process


def _explode(doc: Document, config: Config) -> Document:
    if "Putin" in doc.text:
        raise ZeroDivisionError("a bug in a stage")
    return doc


def test_any_exception_in_a_stage_becomes_a_quarantine_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    stages = runner_mod.default_stages()
    monkeypatch.setattr(runner_mod, "_PIPELINES", {})
    monkeypatch.setattr(
        runner_mod, "default_stages", lambda: stages[:3] + [FunctionStage("exploder", _explode)] + stages[3:]
    )
    files = [InputFile(SEED_A, SEEDS, SEED_A.name), InputFile(SEED_B, SEEDS, SEED_B.name)]
    result = clean_batch(files)
    assert [r["source"] for r in result.records] == [SEED_B.name]
    [q] = result.quarantined
    assert q["source"] == SEED_A.name and q["reason"] == "internal_error" and q["stage"] == "exploder"
    assert "ZeroDivisionError: a bug in a stage" in q["detail"]


def test_clean_batch_refuses_bytes_that_are_not_the_claimed_ones(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    shutil.copy(SEED_A, p)
    result = clean_batch([InputFile(p, tmp_path, "a.txt", sha256="0" * 64)])
    assert result.records == []
    assert result.quarantined[0]["reason"] == "changed_during_run"
    assert result.quarantined[0]["source_sha256"] == "0" * 64  # the claimed content is what gets finished


def test_too_large_input_is_quarantined_without_reading(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    shutil.copy(SEED_A, p)
    result = clean_batch([InputFile(p, tmp_path, "big.txt")], Config(max_input_bytes=100))
    assert result.quarantined[0]["reason"] == "too_large"


def test_clean_batch_encoded_carries_the_lines_the_writer_would_write(bad_tree: Path) -> None:
    files = list(discover([bad_tree], on_skip=lambda e: None))
    plain, encoded = clean_batch(files, Config()), clean_batch_encoded(files, Config())
    assert plain.records and not encoded.records
    assert [e.line for e in encoded.encoded] == [json_line(r) for r in plain.records]
    for enc, rec in zip(encoded.encoded, plain.records, strict=True):
        assert (enc.sha256, enc.record_id, enc.language) == (rec["source_sha256"], rec["id"], rec["language"])
        assert enc.rules == tuple(r["rule"] for r in rec["removed"]) and enc.rules
    assert encoded.quarantined == plain.quarantined


def test_workers_do_not_import_the_catalog() -> None:
    """A worker imports cleaners.runner for clean_batch; SQLAlchemy would cost it ~0.25 s CPU per run."""
    import subprocess
    import sys

    code = "import sys, cleaners.runner; print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _crash_on_marked_files(files: list[InputFile], config: Config) -> BatchResult:
    """Batch function for the pool test: dies like a segfault on a file named 'crash*'."""
    if any(f.source.startswith("crash") for f in files):
        os._exit(3)
    return clean_batch(files, config)


def test_a_worker_that_dies_only_costs_its_file(tmp_path: Path) -> None:
    for name in ("a.txt", "crash.txt", "c.txt"):
        shutil.copy(SEED_A if name != "c.txt" else SEED_B, tmp_path / name)
    files = [InputFile(tmp_path / n, tmp_path, n) for n in ("a.txt", "crash.txt", "c.txt")]
    cleaner = _OrderedCleaner(Config(), workers=2, fn=_crash_on_marked_files)
    try:
        results = [r for b in ([files[0], files[1]], [files[2]]) for r in cleaner.submit(b)]
        results += list(cleaner.drain())
    finally:
        cleaner.close()
    assert [[f.source for f in batch] for batch, _res in results] == [["a.txt", "crash.txt"], ["c.txt"]]
    (_b1, first), (_b2, second) = results
    assert [r["source"] for r in first.records] == ["a.txt"]
    assert [(q["source"], q["reason"]) for q in first.quarantined] == [("crash.txt", "worker_crashed")]
    assert [r["source"] for r in second.records] == ["c.txt"]


# -- run ---------------------------------------------------------------------------------------------


def test_run_seeds(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    s = run([SEEDS], out, Config(), progress=False)
    assert (s.files_seen, s.records, s.quarantined, s.skipped) == (2, 2, 0, 0)
    shard = out / "shards" / f"{s.run_id}-00000.jsonl.zst"
    records = list(read_jsonl(shard))
    assert sorted(r["source"] for r in records) == sorted(p.name for p in SEEDS.iterdir())
    assert _quarantine(out, s.run_id) == []
    manifest = orjson.loads((out / "manifests" / f"{s.run_id}.json").read_bytes())
    assert manifest["run_id"] == s.run_id
    assert manifest["counts"] == {
        "files_seen": 2,
        "records": 2,
        "quarantined": 0,
        "skipped": 0,
        "skipped_paths": 0,
    }
    [entry] = manifest["shards"]
    assert entry["name"] == f"shards/{shard.name}" and entry["records"] == 2 and len(entry["sha256"]) == 64
    assert sum(manifest["languages"].values()) == 2
    assert manifest["removals_by_rule"] and set(manifest["stages"]) >= {"read", "language", "quality"}
    assert manifest["config"]["shard_max_records"] == 10_000
    assert manifest["inputs"] == [str(SEEDS)]
    cat = Catalog.open(f"sqlite:///{out / 'catalog.sqlite'}")
    assert cat.status_counts() == {"ingested": 2}
    assert cat.file_status(records[0]["source_sha256"])["record_id"] == records[0]["id"]
    cat.close()
    # Nothing but our layout in the corpus folder, and no temp files anywhere.
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith("catalog.sqlite")) == [
        "manifests",
        "quarantine",
        "shards",
    ]
    assert not list(out.rglob(".*.tmp"))


def test_run_with_bad_files_and_rerun(bad_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    s = run([bad_tree, SEEDS], out, progress=False)
    assert (s.files_seen, s.records, s.quarantined, s.skipped_paths) == (5, 2, 2, 3)
    assert s.skipped == 1 and s.skipped_by_reason == {"duplicate_in_run": 1}  # good.txt is a copy of seed A
    q = {(e["source"], e["reason"]) for e in _quarantine(out, s.run_id)}
    assert q == {
        ("empty.txt", "empty"),
        ("image.png", "binary"),
        ("escape", "symlink_outside_root"),
        ("escape.txt", "symlink_outside_root"),
        ("sub/loop", "symlink_loop"),
    }
    assert s.quarantined_by_reason == {"empty": 1, "binary": 1}
    assert {e["source"] for e in s.quarantine_sample} == {src for src, _r in q}
    assert len(_shard_records(out)) == 2

    again = run([bad_tree, SEEDS], out, progress=False)
    assert (again.records, again.quarantined, again.skipped) == (0, 0, 5)
    assert again.skipped_by_reason == {"already_ingested": 3, "already_quarantined": 2}
    assert again.shards == []
    assert len(_shard_records(out)) == 2  # no duplicates


def test_second_run_on_same_inputs_emits_nothing_new(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    run([SEEDS], out, progress=False)
    s = run([SEEDS], out, progress=False)
    assert (s.records, s.skipped, s.quarantined) == (0, 2, 0)
    assert len(_shard_records(out)) == 2


def test_changed_file_is_a_new_version(tmp_path: Path) -> None:
    inp, out = tmp_path / "in", tmp_path / "corpus"
    inp.mkdir()
    shutil.copy(SEED_A, inp / "a.txt")
    shutil.copy(SEED_B, inp / "b.txt")
    run([inp], out, progress=False)
    with open(inp / "a.txt", "a") as fh:
        fh.write("\nA new closing paragraph was added to this article after it was first scraped.\n")
    s = run([inp], out, progress=False)
    assert (s.records, s.skipped) == (1, 1)
    records = _shard_records(out)
    assert len(records) == 3 and len({r["id"] for r in records}) == 3
    cat = Catalog.open(f"sqlite:///{out / 'catalog.sqlite'}")
    assert cat.file_status(records[-1]["source_sha256"])["version"] == 2
    cat.close()


def test_workers_give_the_same_records_as_one_process(bad_tree: Path, tmp_path: Path) -> None:
    one = run([SEEDS, bad_tree], tmp_path / "one", batch_size=1, progress=False, run_id="same")
    two = run([SEEDS, bad_tree], tmp_path / "two", workers=2, batch_size=1, progress=False, run_id="same")
    big = run([SEEDS, bad_tree], tmp_path / "big", progress=False, run_id="same")  # batches of 8
    r1 = [(r["id"], r["text"]) for r in _shard_records(tmp_path / "one")]
    r2 = [(r["id"], r["text"]) for r in _shard_records(tmp_path / "two")]
    assert r1 == r2 and len(r1) == 2
    assert _shard_records(tmp_path / "big") == _shard_records(tmp_path / "one")
    assert _quarantine(tmp_path / "one", "same") == _quarantine(tmp_path / "two", "same")
    # Byte-identical shards whatever the number of workers (for one batch size: a shard holds a zstd
    # frame per batch, so other batch sizes give the same lines in other bytes).
    assert one.shards[0]["sha256"] == two.shards[0]["sha256"]
    assert set(two.stages) == set(one.stages) == set(big.stages)


def test_shards_roll_over(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    s = run([SEEDS], out, Config(shard_max_records=1), progress=False, run_id="roll")
    assert [sh["name"] for sh in s.shards] == ["shards/roll-00000.jsonl.zst", "shards/roll-00001.jsonl.zst"]
    assert [sh["records"] for sh in s.shards] == [1, 1]


def test_crash_after_shard_commit_does_not_duplicate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shard is renamed into place, then marking the files finished fails: a rerun must not redo them."""
    out = tmp_path / "corpus"
    real = Catalog.finish_files

    def fail_on_ingest(self: Catalog, items: Any, run_id: str) -> int:
        items = list(items)
        if any(status == "ingested" for _sha, status, *_rest in items):
            raise ConnectionError("catalog went away")
        return real(self, items, run_id)

    monkeypatch.setattr(Catalog, "finish_files", fail_on_ingest)
    with pytest.raises(ConnectionError):
        run([SEEDS], out, progress=False, run_id="first")
    monkeypatch.undo()
    assert len(_shard_records(out)) == 2  # committed before the failure
    s = run([SEEDS], out, progress=False)
    assert (s.records, s.skipped, s.skipped_by_reason) == (0, 2, {"already_ingested": 2})
    assert len(_shard_records(out)) == 2


def test_failure_before_commit_releases_claims_and_leaves_no_shard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "corpus"
    real_write = WriteSink.write

    def disk_full(self: WriteSink, b: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(WriteSink, "write", disk_full)
    with pytest.raises(WriteError, match="disk full"):
        run([SEEDS], out, progress=False)
    monkeypatch.setattr(WriteSink, "write", real_write)
    assert list((out / "shards").iterdir()) == []  # no partial shard, no temp file
    s = run([SEEDS], out, progress=False)  # the claims were released: nothing is lost
    assert s.records == 2 and len(_shard_records(out)) == 2


def test_killed_run_is_recovered_after_its_lease_expires(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run dies without any cleanup after its first shard; the next run takes over the rest."""
    out = tmp_path / "corpus"
    real = Catalog.mark_pending
    calls = {"n": 0}

    def die_on_second_shard(self: Catalog, items: Any, run_id: str, output: str) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise SystemExit("killed")
        return real(self, items, run_id, output)

    monkeypatch.setattr(Catalog, "mark_pending", die_on_second_shard)
    monkeypatch.setattr(runner_mod._Run, "abort", lambda self: None)  # kill -9: no release
    with pytest.raises(SystemExit):
        run([SEEDS], out, Config(shard_max_records=1), progress=False, run_id="killed")
    monkeypatch.undo()
    assert len(_shard_records(out)) == 1
    blocked = run([SEEDS], out, progress=False)  # the dead run's lease is still valid
    assert blocked.records == 0 and blocked.skipped_by_reason == {
        "already_ingested": 1,
        "claimed_by_other_run": 1,
    }
    s = run([SEEDS], out, Config(claim_ttl_seconds=0.0), progress=False)  # lease expired
    assert s.records == 1
    records = _shard_records(out)
    assert len(records) == 2 and len({r["id"] for r in records}) == 2


def test_retry_with_same_run_id_continues_and_keeps_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "corpus"
    (tmp_path / "in").mkdir()
    shutil.copy(SEED_A, tmp_path / "in" / "a.txt")
    shutil.copy(SEED_B, tmp_path / "in" / "b.txt")
    (tmp_path / "in" / "c.txt").write_bytes(b"")
    real = Catalog.mark_pending
    calls = {"n": 0}

    def fail_second(self: Catalog, items: Any, run_id: str, output: str) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ConnectionError("catalog went away")
        return real(self, items, run_id, output)

    monkeypatch.setattr(Catalog, "mark_pending", fail_second)
    with pytest.raises(ConnectionError):
        run([tmp_path / "in"], out, Config(shard_max_records=1), progress=False, run_id="r1")
    monkeypatch.undo()
    s = run([tmp_path / "in"], out, Config(shard_max_records=1), progress=False, run_id="r1")
    assert [sh["name"] for sh in s.shards] == ["shards/r1-00000.jsonl.zst", "shards/r1-00001.jsonl.zst"]
    assert (s.records, s.quarantined, s.skipped) == (1, 1, 1)
    assert len(_shard_records(out)) == 2
    assert [e["source"] for e in _quarantine(out, "r1")] == ["c.txt"]


def test_retry_never_trusts_a_marker_naming_a_shard_it_wrote_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attempt 1 marks c,d pending for shard 00001 and fails to commit it; attempt 2 (same run id) writes
    its own shard 00001 with c first: d's stale marker then names an existing file that does not hold d."""
    inp, out = tmp_path / "in", tmp_path / "corpus"
    inp.mkdir()
    for name in "abcd":
        (inp / f"{name}.txt").write_text(
            SEED_A.read_text() + f"\nThe closing line of variant {name} is unique.\n"
        )
    real_close = runner_mod.ShardWriter.close

    def fail_second_shard(self: Any) -> None:
        if self.path.name.endswith("-00001.jsonl.zst"):
            raise WriteError(self.path, OSError(28, "No space left on device"))
        real_close(self)

    monkeypatch.setattr(runner_mod.ShardWriter, "close", fail_second_shard)
    with pytest.raises(WriteError):
        run([inp], out, Config(shard_max_records=2), progress=False, run_id="r")
    monkeypatch.undo()
    s = run([inp], out, Config(shard_max_records=1), progress=False, run_id="r", batch_size=1)
    assert (s.records, s.skipped) == (2, 2)
    assert sorted(r["source"] for r in _shard_records(out)) == ["a.txt", "b.txt", "c.txt", "d.txt"]


@pytest.mark.parametrize(("output", "status", "skip"), PENDING_OUTPUTS)
def test_pending_output_of_a_dead_run_is_recovered_by_its_kind(
    tmp_path: Path, output: str, status: str, skip: str
) -> None:
    """A run committed `output` then died: the next run finishes the file from it (never cleans it again),
    as ingested for a shard or the near-duplicates file, quarantined for a quarantine file; the DAG's
    plan does the same (tests/test_dag_run.py)."""
    out = tmp_path / "corpus"
    cat, sha = leave_pending_output(default_catalog_url(out), SEED_A, out, output)
    s = run([SEEDS], out, progress=False)
    assert (s.records, s.skipped_by_reason) == (1, {skip: 1})
    assert {r["source_sha256"] for sh in s.shards for r in read_jsonl(out / sh["name"])} == {hash_file(SEED_B)[0]}
    row = cat.file_status(sha)
    assert (row["status"], row["record_id"]) == (status, "rec-a")
    cat.close()


def test_fatal_errors_are_clear(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(RunError, match="not writable"):
        run([SEEDS], tmp_path / "file" / "out", progress=False)
    with pytest.raises(RunError, match="input not found"):
        run([tmp_path / "missing"], tmp_path / "out", progress=False)
    with pytest.raises(RunError, match="invalid run id"):
        run([SEEDS], tmp_path / "out", progress=False, run_id="../evil")
    with pytest.raises(RunError, match="catalog"):
        run([SEEDS], tmp_path / "out", progress=False, catalog_url="postgresql+psycopg2://u@127.0.0.1:1/x")


def test_run_ids_sort_by_time() -> None:
    from datetime import UTC, datetime, timedelta

    t = datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    ids = [new_run_id(t + timedelta(microseconds=i)) for i in (0, 1, 1000, 10**6)]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert ids[0].startswith("20250102T030405000006Z-")
    assert check_run_id(ids[0]) == ids[0]


def test_stale_temp_files_of_killed_runs_are_swept(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    (out / "shards").mkdir(parents=True)
    stale, fresh = out / "shards" / ".x-00000.jsonl.zst.abc.tmp", out / "shards" / ".y.jsonl.zst.def.tmp"
    stale.write_bytes(b"old")
    fresh.write_bytes(b"live run")
    os.utime(stale, (1, 1))
    run([SEEDS], out, progress=False)
    assert not stale.exists() and fresh.exists()


@pytest.mark.integration
def test_run_with_postgres_catalog(tmp_path: Path, pg_url: str) -> None:
    s = run([SEEDS], tmp_path / "corpus", catalog_url=pg_url, progress=False)
    assert s.records == 2 and "postgresql" in s.catalog
    again = run([SEEDS], tmp_path / "corpus2", catalog_url=pg_url, progress=False)  # shared catalog
    assert (again.records, again.skipped) == (0, 2)


def _run_in_process(inputs: list[str], out: str, catalog_url: str, results: Any) -> None:
    """Spawned: one whole `run`, reporting how many records it wrote."""
    s = run(inputs, out, catalog_url=catalog_url, progress=False, batch_size=1)
    results.put((s.run_id, s.records, s.skipped))


def test_concurrent_runs_on_one_corpus_write_each_record_once(tmp_path: Path, catalog_url: str) -> None:
    import multiprocessing

    inp, out = tmp_path / "in", tmp_path / "corpus"
    inp.mkdir()
    for i in range(12):
        (inp / f"{i:02d}.txt").write_text(
            SEED_A.read_text() + f"\nClosing line number {i} of this variant.\n"
        )
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_run_in_process, args=([str(inp)], str(out), catalog_url, results))
        for _ in range(2)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(n for _rid, n, _skipped in outcomes) == 12
    assert sum(skipped for _rid, _n, skipped in outcomes) == 12  # what one run wrote, the other skipped
    records = _shard_records(out)
    assert len(records) == 12 and len({r["id"] for r in records}) == 12


def test_files_are_claimed_in_groups_with_the_outcome_of_one_by_one_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One catalog transaction per group of discovered files, not one per file (~1 ms of CPU each)."""
    inp, out = tmp_path / "in", tmp_path / "corpus"
    inp.mkdir()
    text = SEED_A.read_text(encoding="utf-8")
    n = runner_mod.CLAIM_GROUP * 2 + 5
    for i in range(n):
        (inp / f"{i:03d}.txt").write_text(f"Copy number {i} of the article.\n\n{text}", encoding="utf-8")
    shutil.copy(inp / "007.txt", inp / "007-again.txt")  # same content, same group: a duplicate in the run
    calls: list[int] = []
    claim_many = Catalog.claim_many

    def counting_claim_many(self: Catalog, items: Any, run_id: str) -> Any:
        calls.append(len(items))
        return claim_many(self, items, run_id)

    monkeypatch.setattr(Catalog, "claim_many", counting_claim_many)
    s = run([inp], out, Config(), progress=False)
    assert (s.files_seen, s.records, s.skipped, s.skipped_by_reason) == (n + 1, n, 1, {"duplicate_in_run": 1})
    assert len(calls) == 3 and sum(calls) == n
    assert len(_shard_records(out)) == n
    again = run([inp], out, Config(), progress=False)  # a repeat whose first copy is not granted: same reason
    assert (again.records, again.skipped_by_reason) == (0, {"already_ingested": n + 1})
