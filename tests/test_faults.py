"""Crashes for real: SIGKILL at every fault point (cleaners.faults), then re-run and compare.

The reference is an uninterrupted run over the same inbox. After a kill at any point and one
re-run, the corpus must hold exactly the reference's records (no loss, no duplicate) and every
quarantine entry of the reference, with no partial file visible to readers. Shards are compared
as a multiset of records, not byte for byte: the killed attempt and the re-run split the records
over differently named shards (the run id is in the name, and shard boundaries move).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import orjson
import pytest

from cleaners import faults
from cleaners.config import Config
from cleaners.runner import run
from cleaners.write import read_jsonl

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARD_RECORDS = 3  # small shards: several shard commits per run, so kills land between them


def make_inbox(root: Path) -> Path:
    """Good texts, a JSONL with a broken line (partly bad), bad files and a duplicate copy."""
    inbox = root / "inbox"
    inbox.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(7):
        text = seeds[i % len(seeds)] + f"\n\nReader note {i}: this copy was filed as item {i * 7 + 3} of the batch.\n"
        (inbox / f"page-{i:02d}.txt").write_text(text, encoding="utf-8")
    paragraphs = [p for s in seeds for p in s.split("\n\n") if len(p) > 200]
    lines = [orjson.dumps({"id": f"r{i}", "text": p}).decode() for i, p in enumerate(paragraphs[:4])]
    lines.insert(2, '{"id": "broken", "text": "cut off')
    (inbox / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (inbox / "zz-copy.txt").write_bytes((inbox / "page-00.txt").read_bytes())
    return inbox


def corpus_records(out: Path) -> Counter[bytes]:
    """Every record of every visible shard, as canonical JSON (a multiset)."""
    found: Counter[bytes] = Counter()
    for shard in sorted((out / "shards").glob("*.jsonl.zst")):
        for rec in read_jsonl(shard):
            found[orjson.dumps(rec, option=orjson.OPT_SORT_KEYS)] += 1
    return found


def quarantine_keys(out: Path) -> Counter[tuple[Any, ...]]:
    """Quarantine entries of every visible quarantine file, by (source, sha, reason, record_index)."""
    found: Counter[tuple[Any, ...]] = Counter()
    for q in sorted((out / "quarantine").glob("*.jsonl")):
        for e in read_jsonl(q):
            found[(e["source"], e["source_sha256"], e["reason"], (e.get("meta") or {}).get("record_index"))] += 1
    return found


def assert_no_visible_partial_file(out: Path) -> None:
    """Readers glob the folders: everything not hidden must be a complete, readable file."""
    for sub in ("shards", "quarantine", "duplicates"):
        for p in (out / sub).glob("*") if (out / sub).exists() else ():
            list(read_jsonl(p))  # a cut zstd frame or JSON line raises here
    for p in (out / "manifests").glob("*.json"):
        json.loads(p.read_text())


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_inbox(tmp_path_factory.mktemp("faults"))


@pytest.fixture(scope="module")
def reference(inbox: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Counter[bytes], Counter[Any]]:
    out = tmp_path_factory.mktemp("reference") / "corpus"
    s = run([inbox], out, Config(shard_max_records=SHARD_RECORDS), progress=False, run_id="reference")
    records, entries = corpus_records(out), quarantine_keys(out)
    assert len(s.shards) >= 3 and s.quarantined >= 3  # the inbox exercises several shards and entries
    assert sum(records.values()) == s.records and max(records.values()) == 1
    assert {k[2] for k in entries} >= {"empty", "binary", "broken-line"}
    return records, entries


def _killed_run(inbox: str, out: str, run_id: str, fault: str) -> None:
    os.environ[faults.ENV] = fault
    faults._hits.clear()
    run([inbox], out, Config(shard_max_records=SHARD_RECORDS), progress=False, run_id=run_id)
    os._exit(0)  # the fault point was never reached: the parent sees exit code 0 and fails


# (point, pass): the first and a later pass of every point that a run reaches more than once.
KILLS = [
    ("clean", 1),
    ("clean", 6),
    ("write_tmp", 1),
    ("write_tmp", 3),
    ("shard_pending", 1),
    ("shard_pending", 2),
    ("shard_renamed", 1),
    ("shard_renamed", 3),
    ("catalog_commit", 1),
    ("catalog_commit", 3),
    ("quarantine", 1),
    ("quarantine", 2),
    ("manifest", 1),
]


@pytest.mark.parametrize("recovery", ["same_run_id", "lease_expired"])
@pytest.mark.parametrize(("point", "n"), KILLS, ids=[f"{p}-{n}" for p, n in KILLS])
def test_kill_at_any_point_then_rerun_gives_the_uninterrupted_corpus(
    inbox: Path, reference: tuple[Counter[bytes], Counter[Any]], tmp_path: Path, point: str, n: int, recovery: str
) -> None:
    out = tmp_path / "corpus"
    proc = get_context("fork").Process(target=_killed_run, args=(str(inbox), str(out), "attempt", f"{point}:{n}"))
    proc.start()
    proc.join(120)
    assert proc.exitcode == -signal.SIGKILL, f"fault point {point}:{n} was not reached (exit {proc.exitcode})"
    assert_no_visible_partial_file(out)
    if recovery == "same_run_id":  # an Airflow retry, or `cleaners run --run-id <same id>`
        run([inbox], out, Config(shard_max_records=SHARD_RECORDS), progress=False, run_id="attempt")
    else:  # a new run once the dead run's leases expired
        run([inbox], out, Config(shard_max_records=SHARD_RECORDS, claim_ttl_seconds=0.0), progress=False)
        assert not list(out.glob("*/.*.tmp")), "the killed run's temp files are swept once its leases expired"
    assert_no_visible_partial_file(out)
    records, entries = reference
    got = corpus_records(out)
    assert got == records, f"lost {sum((records - got).values())}, extra {sum((got - records).values())}"
    got_entries = quarantine_keys(out)
    assert set(got_entries) == set(entries), "a quarantine entry was lost"
    if recovery == "same_run_id":
        assert got_entries == entries, "a retry repeated a quarantine entry"
    # A final run finds nothing left to do.
    again = run([inbox], out, Config(shard_max_records=SHARD_RECORDS), progress=False)
    assert again.records == 0 and again.quarantined == 0


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "cleaners", "run", *args, "--no-progress"],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_cli_killed_from_outside_at_random_times_then_rerun(inbox: Path, tmp_path: Path) -> None:
    """kill -9 of the real CLI process after a random share (seeded) of an uninterrupted run's wall time,
    then `--run-id` the same id."""
    ref_out = tmp_path / "ref"
    t0 = time.monotonic()
    ref = _cli(str(inbox), "--out", str(ref_out))
    assert ref.wait(120) == 0
    lifetime = time.monotonic() - t0  # kill within a run's lifetime on this machine, whatever its load
    expected = corpus_records(ref_out)
    rng = random.Random(5)
    killed = 0
    for attempt in range(3):
        out = tmp_path / f"corpus{attempt}"
        proc = _cli(str(inbox), "--out", str(out), "--run-id", "cli")
        time.sleep(rng.uniform(0.2, 0.7) * lifetime)
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait(60) == -signal.SIGKILL
        assert_no_visible_partial_file(out) if out.exists() else None
        again = _cli(str(inbox), "--out", str(out), "--run-id", "cli")
        stdout, stderr = again.communicate(timeout=120)
        assert again.returncode == 0, stderr.decode()
        assert corpus_records(out) == expected
        assert_no_visible_partial_file(out)
    assert killed >= 1, "the CLI runs finished before their kills"


def test_cli_killed_at_a_fault_point_then_rerun(inbox: Path, tmp_path: Path) -> None:
    """The same through the real CLI: killed between a shard's rename and its catalog commit."""
    ref_out = tmp_path / "ref"
    assert _cli(str(inbox), "--out", str(ref_out)).wait(120) == 0
    out = tmp_path / "corpus"
    proc = _cli(str(inbox), "--out", str(out), "--run-id", "cli", env={faults.ENV: "shard_renamed:1"})
    assert proc.wait(120) == -signal.SIGKILL
    assert _cli(str(inbox), "--out", str(out), "--run-id", "cli").wait(120) == 0
    assert corpus_records(out) == corpus_records(ref_out)


def test_unknown_fault_point_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(faults.ENV, "nowhere:1")
    with pytest.raises(ValueError, match="unknown fault point"):
        faults.point("clean")


def test_unknown_fault_action_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(faults.ENV, "clean:1:explode")
    with pytest.raises(ValueError, match="unknown action 'explode'"):
        faults.point("clean")


def test_hang_stops_at_the_point_then_kills(tmp_path: Path) -> None:
    """A child process with the hang action sleeps at the point (it does not die at once), then kills itself."""
    code = ("import sys; from cleaners import faults; faults.HANG_SECONDS = 1.0; "
            "print('before', flush=True); faults.point('clean'); print('after', flush=True)")
    env = {**os.environ, faults.ENV: "clean:1:hang"}
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL and proc.stdout == "before\n", proc.stderr
    assert time.monotonic() - t0 >= 1.0
