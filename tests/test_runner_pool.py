"""The runner's worker pool: a wide result pipe, shut down alongside the last commit, rebuilt when broken."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from cleaners.config import Config
from cleaners.runner import InputFile, _OrderedCleaner, clean_batch_encoded, run, widen_result_pipe
from cleaners.write import read_jsonl

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_A = SEEDS / "000_9188a69b0addec25.txt"
SEED_B = SEEDS / "003_9d558cf92b0720f0.txt"


def _children() -> set[int]:
    return {p.pid for p in multiprocessing.active_children()}


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are a Linux feature")
def test_the_result_pipe_holds_a_whole_batch_result() -> None:
    # A batch result is ~360 kB: through the kernel's default 64 KiB pipe it took six wake-ups each way.
    cleaner = _OrderedCleaner(Config(), 2)
    pool = cleaner._new_pool(2)
    try:
        reader = pool._result_queue._reader  # type: ignore[attr-defined]
        assert fcntl.fcntl(reader.fileno(), fcntl.F_GETPIPE_SZ) >= 1 << 20
    finally:
        pool.shutdown()


def test_widening_is_best_effort() -> None:
    class NotAPool:
        pass

    assert widen_result_pipe(NotAPool()) is False  # type: ignore[arg-type]


def _clean(cleaner: _OrderedCleaner, files: list[InputFile]) -> list[tuple[list[str], int, int]]:
    """Each file a batch of its own: (sources, records, quarantine entries) per batch, in order."""
    results = [r for f in files for r in cleaner.submit([f])] + list(cleaner.drain())
    return [([f.source for f in batch], len(res.encoded), len(res.quarantined)) for batch, res in results]


def _seed_files(tmp_path: Path) -> list[InputFile]:
    for name, seed in (("a.txt", SEED_A), ("b.txt", SEED_B)):
        shutil.copy(seed, tmp_path / name)
    return [InputFile(tmp_path / n, tmp_path, n) for n in ("a.txt", "b.txt")]


def test_finish_lets_the_workers_end_and_close_waits_for_them(tmp_path: Path) -> None:
    files = _seed_files(tmp_path)
    before = _children()
    cleaner = _OrderedCleaner(Config(), 2, clean_batch_encoded)
    try:
        assert _clean(cleaner, files) == [(["a.txt"], 1, 0), (["b.txt"], 1, 0)]
        assert _children() - before
        cleaner.finish()
        cleaner.finish()  # idempotent
        # A batch after finish() gets a new pool, which the next finish() or close() shuts down too.
        assert _clean(cleaner, files[:1]) == [(["a.txt"], 1, 0)]
        cleaner.finish()
    finally:
        cleaner.close()
    assert not _children() - before
    cleaner.close()  # idempotent


def test_a_worker_dead_before_a_batch_is_submitted_costs_nothing(tmp_path: Path) -> None:
    # The pool breaks while no batch is in flight (a worker killed while idle): the next submit
    # rebuilds it instead of failing the run.
    files = _seed_files(tmp_path)
    before = _children()
    cleaner = _OrderedCleaner(Config(), 2, clean_batch_encoded)
    try:
        assert _clean(cleaner, files[:1]) == [(["a.txt"], 1, 0)]
        victim = min(_children() - before)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while victim in _children() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # the executor's manager thread notices the death and marks the pool broken
        assert _clean(cleaner, files) == [(["a.txt"], 1, 0), (["b.txt"], 1, 0)]
    finally:
        cleaner.close()
    assert not _children() - before


def test_a_parallel_run_writes_what_a_serial_run_writes(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(20):
        seed = (SEED_A, SEED_B)[i % 2]
        (inbox / f"{i:03d}.txt").write_bytes(f"copy {i}\n".encode() + seed.read_bytes())
    shards = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        summary = run([inbox], out, Config(), workers=workers, progress=False, run_id="same", batch_size=3)
        assert summary.records == 20
        shards[workers] = [
            line for shard in sorted((out / "shards").iterdir()) for line in read_jsonl(shard)
        ]
    assert shards[1] == shards[2]
