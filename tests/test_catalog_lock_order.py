"""A run's multi-row writes lock its catalog rows in sha256 order, the order claim_many takes them in.

Why: two runs over one inbox touch each other's rows. claim_many updates the rows of content another
run holds (last_seen), in sha256 order, inside one transaction; renew_claims, release_run, mark_pending
and finish_files update many rows of one run. If one of them took the rows in another order (a table
scan's physical order), each transaction could hold a row the other waits for, and PostgreSQL aborts
one with "deadlock detected" (seen in CI: test_distributed's overlapping runs, in renew_claims).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text, update

from cleaners.catalog import Catalog, files_table

SHA_LOW, SHA_HIGH = "1" * 64, "f" * 64
RUN = "run-held"


@pytest.fixture
def pg_cat(pg_url: str) -> Iterator[Catalog]:
    c = Catalog.open(pg_url)
    c.migrate()
    # The high row first (claim_many would insert in sha256 order): a table scan meets it first.
    assert c.claim("b.txt", SHA_HIGH, 1, RUN).granted
    assert c.claim("a.txt", SHA_LOW, 1, RUN).granted
    yield c
    c.close()


def _waiting_on_a_lock(c: Catalog) -> bool:
    with c.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar()
        )


def _race(c: Catalog, write: Callable[[], Any]) -> list[BaseException]:
    """Another transaction holds the low row, `write` starts, then that transaction wants the high row."""
    errors: list[BaseException] = []
    f = files_table
    with c.engine.connect() as other:
        tx = other.begin()
        other.execute(text("SET LOCAL deadlock_timeout = '100ms'"))
        other.execute(update(f).where(f.c.sha256 == SHA_LOW).values(size=2))

        def run_write() -> None:
            try:
                write()
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                errors.append(exc)

        worker = threading.Thread(target=run_write)
        worker.start()
        deadline = time.monotonic() + 10
        while not _waiting_on_a_lock(c):  # `write` waits for the low row (or holds the high one)
            assert time.monotonic() < deadline, "the write never waited for the row held by the other transaction"
            time.sleep(0.02)
        try:
            other.execute(update(f).where(f.c.sha256 == SHA_HIGH).values(size=2))
            tx.commit()
        except BaseException as exc:  # noqa: BLE001 - the deadlock victim may be this side
            tx.rollback()
            errors.append(exc)
        worker.join(timeout=30)
        assert not worker.is_alive()
    return errors


def test_renew_claims_takes_rows_in_sha256_order(pg_cat: Catalog) -> None:
    errors = _race(pg_cat, lambda: pg_cat.renew_claims(RUN))
    assert not errors, errors
    assert pg_cat.renew_claims(RUN) == 2


def test_release_run_takes_rows_in_sha256_order(pg_cat: Catalog) -> None:
    pg_cat.mark_pending([(SHA_HIGH, None), (SHA_LOW, None)], RUN, "shard-0")  # rows released, not deleted
    errors = _race(pg_cat, lambda: pg_cat.release_run(RUN))
    assert not errors, errors
    assert pg_cat.file_status(SHA_LOW)["claimed_at"] is None


def test_mark_pending_takes_rows_in_sha256_order(pg_cat: Catalog) -> None:
    errors = _race(pg_cat, lambda: pg_cat.mark_pending([(SHA_HIGH, "r1"), (SHA_LOW, "r2")], RUN, "shard-0"))
    assert not errors, errors
    assert pg_cat.file_status(SHA_HIGH)["record_id"] == "r1"


def test_finish_files_takes_rows_in_sha256_order(pg_cat: Catalog) -> None:
    items = [(SHA_HIGH, "ingested", None, "r1"), (SHA_LOW, "quarantined", "empty", None)]
    errors = _race(pg_cat, lambda: pg_cat.finish_files(items, RUN))
    assert not errors, errors
    assert pg_cat.file_status(SHA_HIGH)["status"] == "ingested"
    assert pg_cat.file_status(SHA_LOW)["status"] == "quarantined"


def test_finish_files_keeps_the_input_order_of_a_repeated_sha256(pg_cat: Catalog) -> None:
    # Sorting by sha256 must be stable: the last mark of one content wins, as a loop of finish_file leaves it.
    items = [(SHA_HIGH, "quarantined", "first", None), (SHA_LOW, "ingested", None, "r2"),
             (SHA_HIGH, "ingested", None, "r1")]
    assert pg_cat.finish_files(items, RUN) == 3
    assert pg_cat.file_status(SHA_HIGH)["status"] == "ingested"
    assert pg_cat.file_status(SHA_HIGH)["record_id"] == "r1"
