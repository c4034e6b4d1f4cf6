"""Retry idempotent catalog calls while a PostgreSQL catalog is unreachable (restart, network cut).

    catalog = retrying(Catalog.open(url))     # same interface; SQLite catalogs are returned as is

Why a wrapper and only these methods: a call whose connection broke may or may not have committed.
Repeating it is safe only when a second execution changes nothing and returns the same answer.
The methods below are: a claim by the same run id is re-granted (one or many), pending/finish marks are
conditional UPDATEs to fixed values, paragraph claims return the first registrant whatever the
attempt, reads read. Not retried: add_fingerprints (its answer, "hashes already present", would
include the hashes the lost attempt inserted) and the other corpus writes; their errors propagate
and the run fails cleanly (claims released, nothing committed that is not finished), so a re-run
completes it. SQLite is a local file: its errors (disk full, corruption) are not transient.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from cleaners.catalog import Catalog

log = logging.getLogger(__name__)

IDEMPOTENT = frozenset(
    {
        "claim",
        "claim_many",
        "claim_file",
        "mark_pending",
        "finish_file",
        "finish_files",
        "release_run",
        "renew_claims",
        "file_status",
        "status_counts",
        "schema_version",
        "migrate",
        "claim_paragraphs",
        "corpus_docs",
        "site_doc_counts",
        "site_line_counts",
        "corpus_signatures",
        "lsh_candidates",
        "corpus_counts",
    }
)
RETRY_SECONDS = 120.0  # give a restarting server this long before the run fails
_FIRST_DELAY, _MAX_DELAY = 0.25, 8.0


def is_transient(exc: BaseException) -> bool:
    """A lost or refused connection (the server went away), not an SQL or constraint error."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError)


class RetryingCatalog:
    """A Catalog whose idempotent methods retry with exponential backoff on transient errors."""

    def __init__(self, catalog: Catalog, retry_seconds: float = RETRY_SECONDS) -> None:
        self._catalog = catalog
        self._retry_seconds = retry_seconds
        self.retries = 0  # transient failures survived (for tests and logs)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._catalog, name)
        if name not in IDEMPOTENT or not callable(attr):
            return attr
        return self._retrying(name, attr)

    def _retrying(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            deadline = time.monotonic() + self._retry_seconds
            delay = _FIRST_DELAY
            while True:
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:
                    if not is_transient(exc) or time.monotonic() + delay > deadline:
                        raise
                    self.retries += 1
                    log.warning("catalog %s failed (%s); retrying in %.2fs", name, type(exc).__name__, delay)
                    time.sleep(delay)
                    delay = min(delay * 2, _MAX_DELAY)

        return call


def retrying(catalog: Catalog, retry_seconds: float = RETRY_SECONDS) -> Catalog:
    """`catalog` with retries when it is PostgreSQL; SQLite catalogs unchanged."""
    if catalog.dialect != "postgresql":
        return catalog
    return cast(Catalog, RetryingCatalog(catalog, retry_seconds))
