"""The catalog's switch to WAL is retried while another connection holds the database locked."""

from __future__ import annotations

import sqlite3

import pytest

from cleaners import catalog


class _LockedTwice:
    """A cursor whose journal-mode switch fails as a concurrent opener makes it fail, then succeeds."""

    def __init__(self, failures: int, message: str = "database is locked") -> None:
        self.failures = failures
        self.message = message
        self.calls = 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise sqlite3.OperationalError(self.message)


def test_a_locked_journal_switch_is_retried() -> None:
    cur = _LockedTwice(2)
    catalog._switch_to_wal(cur, busy_timeout_seconds=5.0)
    assert cur.calls == 3


def test_a_lock_that_outlasts_the_busy_timeout_is_raised() -> None:
    cur = _LockedTwice(10**6)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        catalog._switch_to_wal(cur, busy_timeout_seconds=0.05)


def test_other_errors_are_not_retried() -> None:
    cur = _LockedTwice(1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk"):
        catalog._switch_to_wal(cur, busy_timeout_seconds=5.0)
    assert cur.calls == 1
