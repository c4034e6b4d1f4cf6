"""Catalog on SQLite and PostgreSQL: claims, versions, recovery, fingerprints, migrations, races."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import event, inspect, select, update
from sqlalchemy.exc import IntegrityError

from cleaners import catalog as catalog_module
from cleaners.catalog import (
    MIGRATIONS,
    Catalog,
    CatalogError,
    Claim,
    files_table,
    schema_version_table,
)


@pytest.fixture
def cat(catalog_url: str) -> Catalog:
    c = Catalog.open(catalog_url)
    c.migrate()
    yield c
    c.close()


def test_migrate_is_versioned_and_idempotent(catalog_url: str) -> None:
    c = Catalog.open(catalog_url)
    assert c.schema_version() == 0
    assert c.migrate() == [n for n, _d, _f in MIGRATIONS]
    assert c.migrate() == []
    other = Catalog.open(catalog_url)  # a second process/worker opening the same catalog
    assert other.migrate() == []
    assert c.schema_version() == MIGRATIONS[-1][0]
    names = set(inspect(c.engine).get_table_names())
    assert {"files", "fingerprints", "schema_version"} <= names
    with c.engine.connect() as conn:
        rows = conn.execute(schema_version_table.select()).all()
    assert [r.version for r in rows] == [n for n, _d, _f in MIGRATIONS]
    other.close()
    c.close()


def test_schema_newer_than_code_is_refused(cat: Catalog) -> None:
    with cat.engine.begin() as conn:
        conn.execute(
            schema_version_table.insert().values(
                version=999, description="future", applied_at=datetime.now(UTC)
            )
        )
    with pytest.raises(CatalogError, match="newer"):
        cat.migrate()


def test_claim_is_granted_once_per_content(cat: Catalog) -> None:
    assert cat.claim_file("/in/a.txt", "a" * 64, 10, "run1") is True
    assert cat.claim_file("/in/a.txt", "a" * 64, 10, "run2") is False  # another run: no
    assert cat.claim_file("/in/copy-of-a.txt", "a" * 64, 10, "run2") is False  # same bytes elsewhere: no
    assert cat.claim_file("/in/a.txt", "a" * 64, 10, "run1") is True  # the same run retrying: yes
    claim = cat.claim("/in/a.txt", "a" * 64, 10, "run2")
    assert (claim.granted, claim.existed, claim.status, claim.run_id) == (False, True, "claimed", "run1")


def test_finish_and_status(cat: Catalog) -> None:
    sha = "b" * 64
    assert cat.file_status(sha) is None
    cat.claim_file("/in/b.txt", sha, 42, "run1")
    assert cat.finish_file(sha, "run2", "ingested") is False  # not run2's claim
    assert cat.finish_file(sha, "run1", "ingested", record_id="rec-b") is True
    status = cat.file_status(sha)
    assert status is not None
    assert status["status"] == "ingested" and status["record_id"] == "rec-b" and status["size"] == 42
    assert status["path"] == "/in/b.txt" and status["version"] == 1 and status["run_id"] == "run1"
    assert status["finished_at"] is not None and status["first_seen"] <= status["last_seen"]
    orjson.dumps(status)  # JSON-safe (XCom)
    assert cat.claim_file("/in/b.txt", sha, 42, "run1") is False  # finished is final, even for its run
    cat.claim_file("/in/c.txt", "c" * 64, 1, "run1")
    assert cat.finish_file("c" * 64, "run1", "quarantined", reason="empty") is True
    assert cat.file_status("c" * 64)["reason"] == "empty"
    assert cat.status_counts() == {"ingested": 1, "quarantined": 1}
    with pytest.raises(CatalogError):
        cat.finish_file(sha, "run1", "claimed")


def test_changed_file_at_same_path_is_a_new_version(cat: Catalog) -> None:
    assert cat.claim("/in/page.html", "1" * 64, 5, "run1").version == 1
    cat.finish_file("1" * 64, "run1", "ingested")
    assert cat.claim("/in/page.html", "2" * 64, 6, "run2").version == 2
    assert cat.claim("/in/other.html", "3" * 64, 6, "run2").version == 1
    assert cat.file_status("2" * 64)["version"] == 2


def test_release_run_frees_unfinished_claims(cat: Catalog) -> None:
    cat.claim_file("/in/a", "a" * 64, 1, "dead")
    cat.claim_file("/in/b", "b" * 64, 1, "dead")
    cat.claim_file("/in/c", "c" * 64, 1, "dead")
    cat.finish_file("c" * 64, "dead", "ingested")
    cat.mark_pending([("b" * 64, "rec-b")], "dead", "shards/dead-00000.jsonl.zst")
    assert cat.release_run("dead") == 2
    assert cat.file_status("a" * 64) is None  # forgotten
    assert cat.claim_file("/in/a", "a" * 64, 1, "next") is True
    # A claim with a pending output keeps it, so the next claimant can check whether it was committed.
    claim = cat.claim("/in/b", "b" * 64, 1, "next")
    assert claim.granted and claim.output == "shards/dead-00000.jsonl.zst" and claim.record_id == "rec-b"
    assert cat.claim_file("/in/c", "c" * 64, 1, "next") is False  # finished stays finished
    assert cat.release_run("nobody") == 0


def _age_claims(cat: Catalog, hours: float) -> None:
    with cat.engine.begin() as conn:
        conn.execute(update(files_table).values(claimed_at=datetime.now(UTC) - timedelta(hours=hours)))


def test_expired_lease_is_reclaimable_and_renewal_prevents_it(catalog_url: str) -> None:
    cat = Catalog.open(catalog_url, claim_ttl_seconds=3600)
    cat.migrate()
    cat.claim_file("/in/a", "a" * 64, 1, "crashed")
    assert cat.claim_file("/in/a", "a" * 64, 1, "next") is False  # lease still valid
    _age_claims(cat, 2)
    assert cat.renew_claims("crashed") == 1  # ...but the run is alive and renews
    assert cat.claim_file("/in/a", "a" * 64, 1, "next") is False
    _age_claims(cat, 2)  # now it stops renewing (died)
    assert cat.claim_file("/in/a", "a" * 64, 1, "next") is True
    assert cat.file_status("a" * 64)["run_id"] == "next"
    assert cat.finish_file("a" * 64, "crashed", "ingested") is False  # the dead run lost it
    cat.close()


def test_finish_files_and_mark_pending_in_bulk(cat: Catalog) -> None:
    shas = [f"{i:064d}" for i in range(20)]
    for i, sha in enumerate(shas):
        cat.claim_file(f"/in/{i}", sha, i, "run1")
    assert cat.mark_pending([(s, f"rec{i}") for i, s in enumerate(shas)], "run1", "shards/x") == 20
    assert cat.mark_pending([(shas[0], "r")], "other", "shards/y") == 0
    n = cat.finish_files([(s, "ingested", None, None) for s in shas], "run1")
    assert n == 20
    assert cat.file_status(shas[3])["record_id"] == "rec3"  # kept from mark_pending
    assert cat.status_counts("run1") == {"ingested": 20}


def test_finish_files_mixed_record_ids_apply_in_input_order(cat: Catalog) -> None:
    shas = [f"{i:064d}" for i in range(6)]
    for i, sha in enumerate(shas):
        cat.claim_file(f"/in/{i}", sha, i, "run1")
    cat.mark_pending([(s, f"pending{i}") for i, s in enumerate(shas)], "run1", "shards/x")
    items = [
        (shas[0], "ingested", None, "rec0"),
        (shas[1], "quarantined", "empty", None),
        (shas[2], "ingested", None, "rec2"),
        (shas[3], "quarantined", "bad", None),
        (shas[3], "ingested", None, "rec3"),  # the same file again: the later item wins, as in a loop
        (shas[4], "ingested", None, None),
    ]
    assert cat.finish_files(items, "run1") == 6
    got = {s: cat.file_status(s) for s in shas}
    assert [got[s]["record_id"] for s in shas] == ["rec0", "pending1", "rec2", "rec3", "pending4", "pending5"]
    assert [got[s]["status"] for s in shas[:5]] == ["ingested", "quarantined", "ingested", "ingested", "ingested"]
    assert got[shas[1]]["reason"] == "empty" and got[shas[3]]["reason"] is None
    assert cat.finish_files([(shas[5], "ingested", None, None)], "other-run") == 0
    with pytest.raises(CatalogError):
        cat.finish_files([(shas[5], "ingested", None, None), (shas[5], "claimed", None, None)], "run1")
    assert cat.file_status(shas[5])["status"] == "claimed"  # nothing of a refused call was applied


def _claim_scenario(cat: Catalog, ns: str, claim_all: Any) -> list[Claim]:
    """Every case claim() distinguishes, prepared under namespace `ns`, then claimed by `claim_all`."""

    def sha(c: str) -> str:
        return (ns + c) * 32

    cat.claim(f"/{ns}/live", sha("1"), 1, f"{ns}-other")  # another run's live claim
    cat.claim(f"/{ns}/done", sha("2"), 2, f"{ns}-other")
    cat.finish_file(sha("2"), f"{ns}-other", "ingested", record_id="r2")  # final
    cat.claim(f"/{ns}/mine", sha("3"), 3, f"{ns}-run")  # our own claim (a retry re-gets it)
    cat.claim(f"/{ns}/pending", sha("4"), 4, f"{ns}-dead")
    cat.mark_pending([(sha("4"), "r4")], f"{ns}-dead", "duplicates/dead.jsonl")
    cat.release_run(f"{ns}-dead")  # released, keeps its pending output
    cat.claim(f"/{ns}/expired", sha("5"), 5, f"{ns}-crashed")
    with cat.engine.begin() as conn:
        conn.execute(update(files_table).where(files_table.c.sha256 == sha("5"))
                     .values(claimed_at=datetime.now(UTC) - timedelta(days=1)))
    cat.claim(f"/{ns}/changed", sha("6"), 6, f"{ns}-old")
    cat.finish_file(sha("6"), f"{ns}-old", "ingested")
    items = [
        (f"/{ns}/new-a", sha("a"), 10),
        (f"/{ns}/live", sha("1"), 1),
        (f"/{ns}/copy-of-done", sha("2"), 2),  # known content under another name
        (f"/{ns}/mine", sha("3"), 3),
        (f"/{ns}/pending", sha("4"), 4),
        (f"/{ns}/expired", sha("5"), 5),
        (f"/{ns}/changed", sha("7"), 7),  # new content at a known path: version 2
        (f"/{ns}/new-b", sha("b"), 11),
        (f"/{ns}/new-b-copy", sha("b"), 11),  # the same bytes twice in one call
        (f"/{ns}/new-a", sha("c"), 12),  # the same path twice in one call: version 2
    ]
    return claim_all(items, f"{ns}-run")


def _rows(cat: Catalog, ns: str) -> list[tuple[Any, ...]]:
    with cat.engine.connect() as conn:
        rows = conn.execute(select(files_table).where(files_table.c.path.startswith(f"/{ns}/"))).mappings().all()
    return sorted((r["path"][3:], r["sha256"][1], r["version"], r["status"], r["run_id"][1:], r["output"],
                   r["record_id"], r["claimed_at"] is None) for r in rows)


def test_claim_many_gives_what_a_loop_of_claim_gives(cat: Catalog) -> None:
    def loop(items: list[tuple[str, str, int]], run_id: str) -> list[Claim]:
        return [cat.claim(path, sha256, size, run_id) for path, sha256, size in items]

    one_by_one = _claim_scenario(cat, "x", loop)
    batched = _claim_scenario(cat, "y", cat.claim_many)
    assert [replace(c, run_id=c.run_id[1:]) for c in batched] == [replace(c, run_id=c.run_id[1:]) for c in one_by_one]
    assert _rows(cat, "y") == _rows(cat, "x")
    assert [c.granted for c in batched] == [True, False, False, True, True, True, True, True, True, True]
    assert batched[4].output == "duplicates/dead.jsonl" and batched[4].record_id == "r4"
    assert [batched[6].version, batched[9].version] == [2, 2]
    assert batched[8].existed and batched[8].run_id == "y-run"  # the copy: same content, same run


def test_claim_many_chunks_and_falls_back_to_single_claims(cat: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "_CLAIM_FILES_CHUNK", 3)
    calls: list[int] = []
    real_chunk = Catalog._claim_chunk

    def flaky_chunk(self: Catalog, items: Any, run_id: str) -> dict[str, Claim]:
        calls.append(len(items))
        if len(calls) == 2:  # e.g. a concurrent claim of other content at one of these paths
            raise IntegrityError("INSERT", {}, Exception("uq_files_path_version"))
        return real_chunk(self, items, run_id)

    monkeypatch.setattr(Catalog, "_claim_chunk", flaky_chunk)
    items = [(f"/in/{i}", f"{i:064x}", i) for i in range(8)]
    claims = cat.claim_many(items, "run1")
    assert calls == [3, 3, 2]
    assert all(c.granted and not c.existed and c.version == 1 for c in claims)
    assert cat.status_counts("run1") == {"claimed": 8}
    assert [c.granted for c in cat.claim_many(items, "run2")] == [False] * 8
    assert cat.claim_many([], "run1") == []


def test_claim_many_inserts_new_content_in_one_statement(cat: Catalog) -> None:
    # One executemany INSERT per chunk (not one per file); ids still follow sha256 order, as per-file INSERTs
    # in sorted order gave them. Known content (here: the second call) is then updated file by file.
    statements: list[str] = []
    event.listen(cat.engine, "before_cursor_execute", lambda *a: statements.append(a[2].lstrip().split()[0]))
    items = [(f"/in/{i}", f"{(i * 7919) % 31:064x}", i) for i in range(20)]
    claims = cat.claim_many(items, "run1")
    assert all(c.granted and not c.existed and c.version == 1 for c in claims)
    assert statements.count("INSERT") == 1
    with cat.engine.connect() as conn:
        rows = conn.execute(select(files_table.c.id, files_table.c.sha256)).all()
    assert [sha for _id, sha in sorted(rows)] == sorted(sha for _p, sha, _s in items)
    statements.clear()
    assert [c.granted for c in cat.claim_many(items[:5] + [("/in/new", "f" * 64, 1)], "run2")] == [False] * 5 + [True]
    assert statements.count("INSERT") == 1 and statements.count("UPDATE") == 10  # regrant + touch each


def test_fingerprints(cat: Catalog) -> None:
    big = 2**64 - 5  # unsigned xxh64 values above BIGINT's range round-trip
    assert cat.add_fingerprints([(1, "r1"), (big, "r1"), (2**63, "r1")], run_id="run1") == set()
    assert cat.add_fingerprints([(1, "r2"), (3, "r2"), (big, "r2"), (3, "r2")]) == {1, big}
    assert cat.add_fingerprints([(2**63, "r3")]) == {2**63}
    many = [(h, "r4") for h in range(10, 1300)]  # more than one INSERT chunk
    assert cat.add_fingerprints(many) == set()
    assert cat.add_fingerprints(many[:700] + [(5, "r5")]) == {h for h, _ in many[:700]}
    assert cat.add_fingerprints([]) == set()
    with pytest.raises(ValueError):
        cat.add_fingerprints([(2**64, "r")])


def test_catalog_url_hides_password() -> None:
    c = Catalog.open("postgresql+psycopg2://user:secret@127.0.0.1:1/db")
    assert "secret" not in c.url
    c.close()


def test_sqlite_catalog_creates_its_folder_and_uses_wal(tmp_path: Path) -> None:
    c = Catalog.open(f"sqlite:///{tmp_path / 'deep' / 'er' / 'catalog.sqlite'}")
    c.migrate()
    with c.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    c.close()


# -- race: N processes claim the same files --------------------------------------------------------

N_PROCS = 6
N_FILES = 50


def _race_worker(url: str, worker: int, barrier: object, results: object) -> None:
    """Runs in a spawned process: claim all files (in a worker-specific order), report the wins."""
    cat = Catalog.open(url)
    cat.migrate()  # every worker migrates too: concurrent migrate() must be safe
    barrier.wait()  # type: ignore[attr-defined]
    order = list(range(N_FILES))
    if worker % 2:
        order.reverse()
    if worker % 3 == 0:  # a third of the workers claim in one call (claim_many), the rest file by file
        claims = cat.claim_many([(f"/in/{i}.txt", f"{i:064x}", i) for i in order], f"run-{worker}")
        won = [i for i, c in zip(order, claims, strict=True) if c.granted]
    else:
        won = [i for i in order if cat.claim_file(f"/in/{i}.txt", f"{i:064x}", i, f"run-{worker}")]
    results.put((worker, won))  # type: ignore[attr-defined]
    cat.close()


def test_processes_racing_claim_each_file_exactly_once(catalog_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(N_PROCS)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_race_worker, args=(catalog_url, w, barrier, results)) for w in range(N_PROCS)
    ]
    for p in procs:
        p.start()
    wins = dict(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    all_wins = [i for won in wins.values() for i in won]
    assert sorted(all_wins) == list(range(N_FILES))  # every file claimed, none twice
    cat = Catalog.open(catalog_url)
    for worker, won in wins.items():
        for i in won:
            assert cat.file_status(f"{i:064x}")["run_id"] == f"run-{worker}"
    assert cat.status_counts() == {"claimed": N_FILES}
    cat.close()
