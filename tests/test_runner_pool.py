"""The runner's worker pool: started early, a wide result pipe, shut down alongside the last commit."""

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


def test_start_spawns_every_worker_before_the_first_batch(tmp_path: Path) -> None:
    before = _children()
    cleaner = _OrderedCleaner(Config(), 2, clean_batch_encoded)
    try:
        cleaner.start()
        assert len(_children() - before) == 2
        cleaner.start()  # idempotent: no second pool
        assert len(_children() - before) == 2
        shutil.copy(SEED_A, tmp_path / "a.txt")
        results = list(cleaner.submit([InputFile(tmp_path / "a.txt", tmp_path, "a.txt")])) + list(cleaner.drain())
        assert [len(res.encoded) for _batch, res in results] == [1]
    finally:
        cleaner.close()
    assert not _children() - before


def test_one_worker_starts_no_process() -> None:
    before = _children()
    cleaner = _OrderedCleaner(Config(), 1)
    cleaner.start()
    assert _children() == before
    cleaner.close()


def test_finish_lets_the_workers_end_and_close_waits_for_them(tmp_path: Path) -> None:
    before = _children()
    cleaner = _OrderedCleaner(Config(), 2, clean_batch_encoded)
    cleaner.start()
    cleaner.finish()
    cleaner.finish()  # idempotent
    cleaner.close()
    assert not _children() - before
    cleaner.close()  # idempotent


def test_a_worker_dead_before_a_batch_is_submitted_costs_nothing(tmp_path: Path) -> None:
    # The pool breaks while no batch is in flight (a worker killed while starting or idle): the next
    # submit rebuilds it instead of failing the run.
    for name, seed in (("a.txt", SEED_A), ("b.txt", SEED_B)):
        shutil.copy(seed, tmp_path / name)
    before = _children()
    cleaner = _OrderedCleaner(Config(), 2, clean_batch_encoded)
    try:
        cleaner.start()
        victim = min(_children() - before)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while victim in _children() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # the executor's manager thread notices the death and marks the pool broken
        files = [InputFile(tmp_path / n, tmp_path, n) for n in ("a.txt", "b.txt")]
        results = list(cleaner.submit(files[:1])) + list(cleaner.submit(files[1:])) + list(cleaner.drain())
    finally:
        cleaner.close()
    assert [[f.source for f in batch] for batch, _res in results] == [["a.txt"], ["b.txt"]]
    assert [(len(res.encoded), len(res.quarantined)) for _b, res in results] == [(1, 0), (1, 0)]


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
