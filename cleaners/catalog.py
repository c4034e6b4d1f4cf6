"""Catalog: state that outlives a run (files ingested, paragraph fingerprints).

CONTRACT (implemented by the runner/catalog work; the DAGs code against it):

    cat = Catalog.open("sqlite:///corpus/catalog.sqlite")      # or postgresql+psycopg2://...
    cat.migrate()                                                 # versioned, idempotent
    claimed: bool = cat.claim_file(path, sha256, size, run_id)    # atomic: True only for the first claimant
                                                                  #   of this content (unique on sha256);
                                                                  #   a claim by the same run_id is re-granted
                                                                  #   (retries are idempotent)
    cat.finish_file(sha256, run_id, status, reason=None, record_id=None)   # status: ingested | quarantined
    cat.release_run(run_id)         # forget unfinished claims of a failed run so a re-run can take them
    cat.file_status(sha256) -> dict | None
    cat.add_fingerprints(pairs: Iterable[tuple[int, str]]) -> set[int]     # (hash, record_id); returns the
                                                                  #   hashes that were already present
    cat.close()

ADDITIONS (same guarantees; the runner uses them):

    cat.claim(path, sha256, size, run_id) -> Claim    # claim_file with the row it found (status, owner,
                                                      #   version, pending output) instead of a bool
    cat.claim_many([(path, sha256, size)], run_id) -> list[Claim]   # claim() for many, in order, one
                                                      #   transaction per chunk (same outcome as a loop)
    cat.mark_pending([(sha256, record_id)], run_id, output)  # "these files' results are in `output`"
                                                      #   (a shard path relative to the corpus), set just
                                                      #   before that shard is renamed into place
    cat.finish_files([(sha256, status, reason, record_id)], run_id) -> int   # many, one transaction
    cat.renew_claims(run_id) -> int                   # extend the lease of a live run's claims
    cat.status_counts(run_id=None) -> dict[str, int]
    cat.schema_version() -> int

RECOVERY RULE (claims are leases):
    A content hash is granted to `run_id` if it is new, or its row is still 'claimed' and
      (a) it is claimed by the same run_id (a retried task re-gets its own claims), or
      (b) its lease was released (`release_run`), or
      (c) its lease is older than `claim_ttl_seconds` (the claimant died without releasing).
    A live run renews its leases (`renew_claims`), so (c) only fires for dead runs.
    'ingested' and 'quarantined' rows are final: such content is never claimed again.
    `release_run` deletes a run's unfinished claims, except rows with a pending output: those only
    lose their lease, so whoever reclaims them can see the shard may already hold their records
    (the runner then marks them ingested instead of cleaning them again: no duplicate records).

Concurrency comes from the database only (unique constraints, INSERT ... ON CONFLICT DO NOTHING,
conditional UPDATEs in transactions; SQLite: BEGIN IMMEDIATE + WAL + busy timeout), never from
in-process locks, so processes, Airflow workers and overlapping runs can share one catalog.

Fingerprint hashes are unsigned 64-bit ints (xxh64); BIGINT is signed, so they are stored
two's-complement and converted back on the way out: callers only ever see what they passed in.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError

from cleaners import faults

CLAIMED = "claimed"
INGESTED = "ingested"
QUARANTINED = "quarantined"
FINAL_STATUSES = (INGESTED, QUARANTINED)
QUARANTINE_OUTPUT_PREFIX = "quarantine/"  # pending outputs are paths relative to the corpus

DEFAULT_CLAIM_TTL_SECONDS = 2 * 3600.0
DEFAULT_BUSY_TIMEOUT_SECONDS = 60.0
_PG_MIGRATION_LOCK = 0x636C65616E657273  # "cleaners": one advisory lock id for schema changes
_FINGERPRINT_CHUNK = 500  # rows per INSERT (3 params each; far below SQLite's variable limit)
_UPSERT_CHUNK = 2000  # rows per INSERT of 2-column rows
_LOOKUP_CHUNK = 2000  # keys per IN (...) lookup
_CLAIM_CHUNK = 5000  # paragraph hashes per claim transaction
_CLAIM_FILES_CHUNK = 500  # files per claim_many transaction (~10 parameters each)
_EXECUTEMANY_CHUNK = 20_000  # parameter sets per executemany


def _update_many(conn: Connection, stmt: Any, rows: list[dict[str, Any]]) -> int:
    """Run an UPDATE once per row in one executemany; rows changed. Drivers whose executemany rowcount
    is not the sum (psycopg2) get a statement per row, so the count stays exact."""
    if conn.dialect.supports_sane_multi_rowcount:
        return int(conn.execute(stmt, rows).rowcount)
    return sum(int(conn.execute(stmt, row).rowcount) for row in rows)


class CatalogError(RuntimeError):
    """The catalog cannot be used as asked (schema too new, bad status, unsupported URL)."""


def _tables_v1(md: MetaData) -> tuple[Table, Table]:
    """Schema as of migration 1. Frozen: a later migration changes the live tables, never this function."""
    files = Table(
        "files",
        md,
        Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
        Column("sha256", String(64), nullable=False),
        Column("path", Text, nullable=False),
        # Per path: content seen at this path for the 1st, 2nd, ... time (a changed file is a new version).
        Column("version", Integer, nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("first_seen", DateTime(timezone=True), nullable=False),
        Column("last_seen", DateTime(timezone=True), nullable=False),
        Column("claimed_at", DateTime(timezone=True)),  # lease start; NULL = released
        Column("finished_at", DateTime(timezone=True)),
        Column("run_id", String(128), nullable=False),
        Column("status", String(16), nullable=False),
        Column("reason", Text),
        Column("record_id", String(64)),
        Column("output", Text),  # file (relative to the corpus) holding this file's result
        UniqueConstraint("sha256", name="uq_files_sha256"),
        UniqueConstraint("path", "version", name="uq_files_path_version"),
        CheckConstraint("status IN ('claimed', 'ingested', 'quarantined')", name="ck_files_status"),
        Index("ix_files_run_status", "run_id", "status"),
    )
    fingerprints = Table(
        "fingerprints",
        md,
        Column("hash", BigInteger, primary_key=True, autoincrement=False),
        Column("record_id", String(64), nullable=False),
        Column("first_run", String(128)),
    )
    return files, fingerprints


def _m001_initial(conn: Connection) -> None:
    """files + fingerprints."""
    md = MetaData()
    _tables_v1(md)
    md.create_all(conn)


def _tables_v2(md: MetaData) -> tuple[Table, Table, Table, Table]:
    """Tables added by migration 2 (corpus pass, cleaners.corpus). Frozen like _tables_v1."""
    corpus_docs = Table(
        "corpus_docs",
        md,
        # One row per record the corpus pass decided on: registering it is what adds its lines to the
        # site counts, so a re-run (or another run reclaiming the file) never counts a record twice.
        Column("record_id", String(64), primary_key=True),
        Column("run_id", String(128), nullable=False),
        Column("site_key", BigInteger, nullable=False),
        Column("duplicate_of", String(64)),  # near-duplicate of this kept record (not emitted)
        Column("similarity", Float),
        Column("signature", LargeBinary),  # MinHash (uint32 little-endian) of kept records only
        Column("shingles", Integer),  # distinct shingles of the signed text (for containment)
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
    corpus_sites = Table(
        "corpus_sites",
        md,
        Column("site_key", BigInteger, primary_key=True, autoincrement=False),
        Column("site", Text, nullable=False),
        Column("docs", BigInteger, nullable=False),  # registered, non-duplicate records of the site
    )
    corpus_site_lines = Table(
        "corpus_site_lines",
        md,
        Column("key", BigInteger, primary_key=True, autoincrement=False),  # hash of (site, line key)
        Column("docs", BigInteger, nullable=False),  # how many of the site's records have the line
    )
    corpus_lsh = Table(
        "corpus_lsh",
        md,
        Column("band_key", BigInteger, primary_key=True, autoincrement=False),
        Column("record_id", String(64), primary_key=True),
    )
    return corpus_docs, corpus_sites, corpus_site_lines, corpus_lsh


def _m002_corpus(conn: Connection) -> None:
    """corpus_docs, corpus_sites, corpus_site_lines, corpus_lsh."""
    md = MetaData()
    _tables_v2(md)
    md.create_all(conn)


# (number, description, function): applied in order, each in its own transaction, recorded in schema_version.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "files and fingerprints", _m001_initial),
    (2, "corpus pass: documents, site line counts, LSH bands", _m002_corpus),
]

_metadata = MetaData()
files_table, fingerprints_table = _tables_v1(_metadata)  # live schema (== latest migration)
corpus_docs_table, corpus_sites_table, corpus_site_lines_table, corpus_lsh_table = _tables_v2(_metadata)
schema_version_table = Table(
    "schema_version",
    _metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class Claim:
    """What claim() found: whether the caller may process the content, and the row as it now stands."""

    granted: bool
    existed: bool  # the content was already in the catalog before this call
    status: str
    run_id: str  # current owner (the caller if granted)
    version: int
    output: str | None = None  # pending/committed output of an earlier attempt (see RECOVERY RULE)
    record_id: str | None = None


def _next_version(path: Any) -> Any:
    """The version a new row for `path` gets: one more than the path's latest (a value or a bind parameter)."""
    f = files_table
    return select(func.coalesce(func.max(f.c.version), 0) + 1).where(f.c.path == path).scalar_subquery()


def _lease_takeable(run_id: Any, expired: Any) -> Any:
    """The claim rule: a CLAIMED row is re-granted to its own run, or taken over when released or expired.

    claim() and claim_many() both use it; the WHERE is re-checked on the current row version, so only
    one contender matches.
    """
    f = files_table
    return and_(f.c.status == CLAIMED, or_(f.c.run_id == run_id, f.c.claimed_at.is_(None), f.c.claimed_at < expired))


def recovered_status(output: str) -> str:
    """The final status of content whose pending `output` is on disk (RECOVERY RULE), for every producer:
    an output under quarantine/ means quarantined; a shard or the near-duplicates file (duplicates/),
    ingested. The runner and the DAG both finish recovered files with it, so they cannot disagree."""
    return QUARANTINED if output.startswith(QUARANTINE_OUTPUT_PREFIX) else INGESTED


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: Any) -> Any:
    """Datetimes as ISO 8601 UTC strings (JSON-safe for XCom); SQLite hands them back naive."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    return value


def _to_signed(h: int) -> int:
    """Unsigned 64-bit hash -> BIGINT (two's complement); signed input is taken as is."""
    if not -(1 << 63) <= h < (1 << 64):
        raise ValueError(f"fingerprint {h} does not fit in 64 bits")
    return h - (1 << 64) if h >= (1 << 63) else h


class Catalog:
    """One interface over SQLite (default, a file next to the corpus) and PostgreSQL (shared deployments)."""

    def __init__(self, engine: Engine, claim_ttl_seconds: float = DEFAULT_CLAIM_TTL_SECONDS) -> None:
        self.engine = engine
        self.claim_ttl = timedelta(seconds=claim_ttl_seconds)
        self.dialect = engine.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise CatalogError(f"unsupported catalog database {self.dialect!r} (use sqlite or postgresql)")
        if self.dialect == "sqlite":
            self._insert = sqlite.insert
        else:  # imported only here: the PostgreSQL dialect costs ~25 ms of CPU to load
            from sqlalchemy.dialects import postgresql

            self._insert = postgresql.insert
        self._claim_stmts: tuple[Any, Any, Any] | None = None
        self._claim_insert_many_stmt: Any = None

    @classmethod
    def open(
        cls,
        url: str,
        *,
        claim_ttl_seconds: float = DEFAULT_CLAIM_TTL_SECONDS,
        busy_timeout_seconds: float = DEFAULT_BUSY_TIMEOUT_SECONDS,
    ) -> Catalog:
        """Connect (lazily) to `url`; for SQLite create the parent folder and use WAL + a busy timeout."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, connect_args={"timeout": busy_timeout_seconds})
            _setup_sqlite(engine, busy_timeout_seconds)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
        return cls(engine, claim_ttl_seconds)

    @property
    def url(self) -> str:
        """The database URL without its password (safe for manifests and logs)."""
        return self.engine.url.render_as_string(hide_password=True)

    # -- schema -------------------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply pending migrations in order, each in a transaction under a lock; returns the numbers applied."""
        applied: list[int] = []
        latest = MIGRATIONS[-1][0]
        for number, description, func_ in MIGRATIONS:
            with self.engine.begin() as conn:
                if self.dialect == "postgresql":
                    # Serializes concurrent migrate() calls; released at commit.
                    conn.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
                schema_version_table.create(conn, checkfirst=True)
                current = conn.execute(select(func.max(schema_version_table.c.version))).scalar() or 0
                if current > latest:
                    raise CatalogError(f"catalog schema version {current} is newer than this code ({latest})")
                if number <= current:
                    continue
                func_(conn)
                conn.execute(
                    schema_version_table.insert().values(
                        version=number, description=description, applied_at=_now()
                    )
                )
                applied.append(number)
        return applied

    def schema_version(self) -> int:
        """The highest migration applied (0 for an empty database)."""
        with self._read() as conn:
            if not self.engine.dialect.has_table(conn, schema_version_table.name):
                return 0
            return conn.execute(select(func.max(schema_version_table.c.version))).scalar() or 0

    # -- files --------------------------------------------------------------------------------------

    def _claim_statements(self) -> tuple[Any, Any, Any]:
        """claim()'s statements, built once per catalog: building SQLAlchemy expressions per call cost
        more CPU than running them (about 0.5 ms a file in the runner's main process)."""
        if self._claim_stmts is None:
            f = files_table
            p_sha = bindparam("c_sha", type_=f.c.sha256.type)
            p_path = bindparam("c_path", type_=f.c.path.type)
            p_now = bindparam("c_now", type_=f.c.claimed_at.type)
            p_run = bindparam("c_run", type_=f.c.run_id.type)
            insert = (
                self._insert(f)
                .values(
                    sha256=p_sha,
                    path=p_path,
                    version=_next_version(p_path),
                    size=bindparam("c_size", type_=f.c.size.type),
                    first_seen=p_now,
                    last_seen=p_now,
                    claimed_at=p_now,
                    run_id=p_run,
                    status=CLAIMED,
                )
                .on_conflict_do_nothing(index_elements=[f.c.sha256])
            )
            # The content is known: re-grant to the same run, or take over a released/expired lease.
            # The WHERE is re-checked on the current row version, so only one contender matches.
            regrant = (
                update(f)
                .where(f.c.sha256 == p_sha, _lease_takeable(p_run, bindparam("c_expired", type_=f.c.claimed_at.type)))
                .values(run_id=p_run, claimed_at=p_now, last_seen=p_now)
                .returning(f.c.version, f.c.output, f.c.record_id)
            )
            touch = (
                update(f)
                .where(f.c.sha256 == p_sha)
                .values(last_seen=p_now)
                .returning(f.c.status, f.c.run_id, f.c.version, f.c.output, f.c.record_id)
            )
            self._claim_stmts = (insert.returning(f.c.version), regrant, touch)
            # claim_many's executemany form: which rows went in is told by their content hash.
            self._claim_insert_many_stmt = insert.returning(f.c.sha256, f.c.version)
        return self._claim_stmts

    def _claim_insert_many(self) -> Any:
        """claim()'s INSERT returning (sha256, version), for claim_many's one executemany per chunk."""
        self._claim_statements()
        return self._claim_insert_many_stmt

    def claim(self, path: str, sha256: str, size: int, run_id: str) -> Claim:
        """Atomically claim content `sha256` (seen at `path`) for `run_id`; see RECOVERY RULE for re-grants."""
        insert, regrant, touch = self._claim_statements()
        for _attempt in range(20):
            now = _now()
            try:
                with self.engine.begin() as conn:
                    inserted = conn.execute(
                        insert, {"c_sha": sha256, "c_path": path, "c_size": size, "c_now": now, "c_run": run_id}
                    ).first()
                    if inserted is not None:
                        return Claim(True, False, CLAIMED, run_id, inserted.version)
                    regranted = conn.execute(
                        regrant, {"c_sha": sha256, "c_run": run_id, "c_now": now, "c_expired": now - self.claim_ttl}
                    ).first()
                    if regranted is not None:
                        return Claim(
                            True,
                            True,
                            CLAIMED,
                            run_id,
                            regranted.version,
                            regranted.output,
                            regranted.record_id,
                        )
                    row = conn.execute(touch, {"c_sha": sha256, "c_now": now}).first()
                    if row is None:  # released and deleted between our two statements: try again
                        continue
                    return Claim(False, True, row.status, row.run_id, row.version, row.output, row.record_id)
            except IntegrityError:
                # (path, version) taken by a concurrent claim of *other* content at the same path: recount.
                continue
        raise CatalogError(f"could not claim {sha256} at {path}: too much contention")

    def claim_many(self, items: Sequence[tuple[str, str, int]], run_id: str) -> list[Claim]:
        """claim() for many (path, sha256, size); the Claims in input order, as a loop of claim() gives them.

        One transaction per chunk instead of one per file: a multi-row INSERT ... ON CONFLICT DO NOTHING
        RETURNING for new content, then one conditional UPDATE ... RETURNING for re-grants (same WHERE as
        claim()) and one for the rest. Rows are taken in sha256 order, so concurrent producers lock in
        the same order. Items repeating an earlier item's path or content, rows deleted meanwhile, and
        a chunk that meets a concurrent claim of other content at one of its paths (or a deadlock) go
        through claim() one by one afterwards: the outcome stays that of claiming in input order.
        """
        claims: dict[int, Claim] = {}
        single: list[int] = []
        paths: set[str] = set()
        shas: set[str] = set()
        batched: list[int] = []
        for i, (path, sha256, _size) in enumerate(items):
            if path in paths or sha256 in shas:
                single.append(i)
            else:
                paths.add(path)
                shas.add(sha256)
                batched.append(i)
        for chunk in _chunks(batched, _CLAIM_FILES_CHUNK):
            try:
                found = self._claim_chunk([items[i] for i in chunk], run_id)
            except (IntegrityError, OperationalError):  # rolled back: nothing of this chunk was claimed
                found = {}
            for i in chunk:
                claim = found.get(items[i][1])
                if claim is None:
                    single.append(i)
                else:
                    claims[i] = claim
        for i in sorted(single):
            path, sha256, size = items[i]
            claims[i] = self.claim(path, sha256, size, run_id)
        return [claims[i] for i in range(len(items))]

    def _claim_chunk(self, items: Sequence[tuple[str, str, int]], run_id: str) -> dict[str, Claim]:
        """claim_many's transaction for distinct paths and contents: sha256 -> Claim (missing: try alone).

        claim()'s three statements (compiled once per catalog) for each item, in one transaction. A
        multi-row INSERT with a version subquery per row was SQLAlchemy-compiled anew for every chunk:
        about 2 ms of CPU per file, more than a transaction per file cost.
        """
        insert, regrant, touch = self._claim_statements()
        now = _now()
        expired = now - self.claim_ttl
        out: dict[str, Claim] = {}
        ordered = sorted(items, key=lambda item: item[1])
        with self.engine.begin() as conn:
            # New content first, in one executemany (SQLAlchemy sends it as multi-row INSERTs of the
            # statement compiled once): the items' paths and contents are distinct, so no row's version
            # subquery or conflict depends on another row of the chunk, and rows get their ids in
            # sha256 order as one INSERT per item gave them.
            rows = [{"c_sha": sha, "c_path": path, "c_size": size, "c_now": now, "c_run": run_id}
                    for path, sha, size in ordered]
            for sha256, version in conn.execute(self._claim_insert_many(), rows) if rows else ():
                out[sha256] = Claim(True, False, CLAIMED, run_id, version)
            for _path, sha256, _size in ordered:
                if sha256 in out:
                    continue
                regranted = conn.execute(
                    regrant, {"c_sha": sha256, "c_run": run_id, "c_now": now, "c_expired": expired}
                ).first()
                if regranted is not None:
                    out[sha256] = Claim(
                        True, True, CLAIMED, run_id, regranted.version, regranted.output, regranted.record_id
                    )
                    continue
                row = conn.execute(touch, {"c_sha": sha256, "c_now": now}).first()
                if row is not None:  # None: released and deleted meanwhile (claim() alone tries again)
                    out[sha256] = Claim(False, True, row.status, row.run_id, row.version, row.output, row.record_id)
        return out

    def claim_file(self, path: str, sha256: str, size: int, run_id: str) -> bool:
        """True only for the first claimant of this content (or the same run retrying); see claim()."""
        return self.claim(path, sha256, size, run_id).granted

    def mark_pending(self, items: Iterable[tuple[str, str | None]], run_id: str, output: str) -> int:
        """Record that these claimed files' results are in `output` (about to be committed).

        One executemany UPDATE: a shard commit marks hundreds of files, and a statement per file
        (compiled and executed from Python one by one) cost the runner's parent ~0.25 ms per file.
        """
        f = files_table
        # In sha256 order, as every multi-row write takes its rows (see _lock_in_sha256_order).
        rows = [{"p_sha": sha256, "p_rid": record_id} for sha256, record_id in sorted(items, key=itemgetter(0))]
        if not rows:
            return 0
        stmt = (
            update(f)
            .where(f.c.sha256 == bindparam("p_sha", type_=f.c.sha256.type), f.c.run_id == run_id, f.c.status == CLAIMED)
            .values(output=output, record_id=bindparam("p_rid", type_=f.c.record_id.type))
        )
        with self.engine.begin() as conn:
            return _update_many(conn, stmt, rows)

    def finish_file(
        self,
        sha256: str,
        run_id: str,
        status: str,
        reason: str | None = None,
        record_id: str | None = None,
    ) -> bool:
        """Mark a claimed file ingested/quarantined; False if `run_id` no longer holds the claim."""
        return self.finish_files([(sha256, status, reason, record_id)], run_id) == 1

    def finish_files(self, items: Iterable[tuple[str, str, str | None, str | None]], run_id: str) -> int:
        """finish_file for many (sha256, status, reason, record_id) in one transaction; returns rows updated.

        Consecutive items that do / do not set record_id share one executemany UPDATE (a repeated sha256
        in input order, so it ends as a loop of finish_file would leave it).
        """
        f = files_table
        # In sha256 order, as every multi-row write takes its rows (see _lock_in_sha256_order); the sort is
        # stable, so the marks of one content keep their input order.
        todo = sorted(items, key=itemgetter(0))
        for _sha256, status, _reason, _rid in todo:
            if status not in FINAL_STATUSES:
                raise CatalogError(f"finish status must be one of {FINAL_STATUSES}, not {status!r}")
        now = _now()
        values: dict[str, Any] = {
            "status": bindparam("p_status", type_=f.c.status.type),
            "reason": bindparam("p_reason", type_=f.c.reason.type),
            "finished_at": now,
            "last_seen": now,
        }
        where = (f.c.sha256 == bindparam("p_sha", type_=f.c.sha256.type), f.c.run_id == run_id)
        keep_rid = update(f).where(*where).values(**values)
        set_rid = update(f).where(*where).values(**values, record_id=bindparam("p_rid", type_=f.c.record_id.type))
        count = 0
        with self.engine.begin() as conn:
            start = 0
            while start < len(todo):
                has_rid = todo[start][3] is not None
                end = start
                while end < len(todo) and (todo[end][3] is not None) == has_rid:
                    end += 1
                rows = [
                    {"p_sha": sha256, "p_status": status, "p_reason": reason, "p_rid": rid}
                    if has_rid
                    else {"p_sha": sha256, "p_status": status, "p_reason": reason}
                    for sha256, status, reason, rid in todo[start:end]
                ]
                count += _update_many(conn, set_rid if has_rid else keep_rid, rows)
                start = end
            faults.point("catalog_commit")
        return count

    def release_run(self, run_id: str) -> int:
        """Give up `run_id`'s unfinished claims (see RECOVERY RULE); returns how many."""
        f = files_table
        with self.engine.begin() as conn:
            _lock_in_sha256_order(conn, f.c.run_id == run_id, f.c.status == CLAIMED)
            deleted = conn.execute(
                delete(f).where(f.c.run_id == run_id, f.c.status == CLAIMED, f.c.output.is_(None))
            ).rowcount
            released = conn.execute(
                update(f).where(f.c.run_id == run_id, f.c.status == CLAIMED).values(claimed_at=None)
            ).rowcount
        return deleted + released

    def renew_claims(self, run_id: str) -> int:
        """Restart the lease of `run_id`'s unfinished claims (a live run calls this well within the TTL)."""
        f = files_table
        mine = (f.c.run_id == run_id, f.c.status == CLAIMED, f.c.claimed_at.is_not(None))
        with self.engine.begin() as conn:
            _lock_in_sha256_order(conn, *mine)
            return conn.execute(update(f).where(*mine).values(claimed_at=_now())).rowcount

    def file_status(self, sha256: str) -> dict[str, Any] | None:
        """The catalog row for this content (datetimes as ISO strings), or None if never claimed."""
        with self._read() as conn:
            row = conn.execute(select(files_table).where(files_table.c.sha256 == sha256)).mappings().first()
        return None if row is None else {str(k): _iso(v) for k, v in row.items()}

    def status_counts(self, run_id: str | None = None) -> dict[str, int]:
        """How many files per status, overall or for one run."""
        f = files_table
        q = select(f.c.status, func.count()).group_by(f.c.status)
        if run_id is not None:
            q = q.where(f.c.run_id == run_id)
        with self._read() as conn:
            return {status: n for status, n in conn.execute(q)}

    # -- fingerprints -------------------------------------------------------------------------------

    def add_fingerprints(self, pairs: Iterable[tuple[int, str]], run_id: str | None = None) -> set[int]:
        """Insert (hash, record_id) pairs; returns the hashes present before (first writer wins, atomically)."""
        first: dict[int, tuple[int, str]] = {}  # signed -> (hash as given, record_id); first occurrence wins
        for h, record_id in pairs:
            first.setdefault(_to_signed(h), (h, record_id))
        present: set[int] = set()
        items = list(first.items())
        fp = fingerprints_table
        with self.engine.begin() as conn:
            for i in range(0, len(items), _FINGERPRINT_CHUNK):
                chunk = items[i : i + _FINGERPRINT_CHUNK]
                rows = [{"hash": s, "record_id": rid, "first_run": run_id} for s, (_h, rid) in chunk]
                inserted = set(
                    conn.execute(
                        self._insert(fp)
                        .values(rows)
                        .on_conflict_do_nothing(index_elements=[fp.c.hash])
                        .returning(fp.c.hash)
                    ).scalars()
                )
                present.update(h for s, (h, _rid) in chunk if s not in inserted)
        return present

    # -- corpus pass (cleaners.corpus) --------------------------------------------------------------
    # Hashes are passed and returned as signed 64-bit ints (the caller converts). Every write is
    # idempotent (ON CONFLICT DO NOTHING, or a count added in the same transaction that registers the
    # record), so map/reduce tasks may be retried and runs may overlap.

    def corpus_docs(self, record_ids: Iterable[str]) -> dict[str, tuple[str | None, float | None]]:
        """Records the corpus pass registered before: record_id -> (duplicate_of, similarity)."""
        t = corpus_docs_table
        out: dict[str, tuple[str | None, float | None]] = {}
        with self._read() as conn:
            for chunk in _chunks(list(record_ids), _LOOKUP_CHUNK):
                q = select(t.c.record_id, t.c.duplicate_of, t.c.similarity).where(t.c.record_id.in_(chunk))
                out.update((r.record_id, (r.duplicate_of, r.similarity)) for r in conn.execute(q))
        return out

    def add_corpus_docs(
        self,
        rows: Sequence[dict[str, Any]],
        counts_for: Callable[[set[str]], tuple[dict[int, tuple[str, int]], Sequence[tuple[int, int]]]],
        run_id: str,
    ) -> set[str]:
        """Register records once and, in the same transaction, add the site counts of the new ones.

        rows: {record_id, site_key, duplicate_of, similarity, signature}. counts_for(new_ids) returns
        ({site_key: (site, documents to add)}, [(site line key, documents to add)]) for the records
        that were not registered before. Returns those new record ids.
        """
        d, st, sl = corpus_docs_table, corpus_sites_table, corpus_site_lines_table
        now = _now()
        inserted: set[str] = set()
        # executemany of one compiled statement (SQLAlchemy batches it into multi-row VALUES itself):
        # compiling one statement per chunk with thousands of literal parameters costs more than the database.
        with self.engine.begin() as conn:
            values = [{**r, "run_id": run_id, "created_at": now} for r in rows]
            if values:
                stmt = (
                    self._insert(d)
                    .on_conflict_do_nothing(index_elements=[d.c.record_id])
                    .returning(d.c.record_id)
                )
                inserted.update(conn.execute(stmt, values).scalars())
            if not inserted:
                return inserted
            sites, lines = counts_for(inserted)
            if sites:
                stmt = self._insert(st)
                stmt = stmt.on_conflict_do_update(
                    index_elements=[st.c.site_key], set_={"docs": st.c.docs + stmt.excluded.docs}
                )
                conn.execute(
                    stmt, [{"site_key": k, "site": name, "docs": n} for k, (name, n) in sorted(sites.items())]
                )
            if lines:
                stmt = self._insert(sl)
                stmt = stmt.on_conflict_do_update(
                    index_elements=[sl.c.key], set_={"docs": sl.c.docs + stmt.excluded.docs}
                )
                for chunk in _chunks(lines, _EXECUTEMANY_CHUNK):  # bounds the parameter dicts alive
                    conn.execute(stmt, [{"key": k, "docs": n} for k, n in chunk])
        return inserted

    def site_doc_counts(self, site_keys: Iterable[int]) -> dict[int, int]:
        """Registered non-duplicate records per site key."""
        return self._lookup(corpus_sites_table.c.site_key, corpus_sites_table.c.docs, site_keys)

    def site_line_counts(self, keys: Iterable[int]) -> dict[int, int]:
        """Records of the site carrying each (site, line) key; absent keys are not returned."""
        return self._lookup(corpus_site_lines_table.c.key, corpus_site_lines_table.c.docs, keys)

    def claim_paragraphs(self, pairs: Sequence[tuple[int, str]], run_id: str | None = None) -> list[str]:
        """The owner record of each (hash, proposed owner): the proposal if the hash was new, else the
        record that registered it first (any run). Same table as add_fingerprints; one transaction
        per chunk, each idempotent, so a retry gives the same owners."""
        fp = fingerprints_table
        owners: list[str] = []
        insert = self._insert(fp).on_conflict_do_nothing(index_elements=[fp.c.hash])
        for chunk in _chunks(list(pairs), _CLAIM_CHUNK):
            with self.engine.begin() as conn:
                rows = [{"hash": h, "record_id": rid, "first_run": run_id} for h, rid in dict(chunk).items()]
                conn.execute(insert, rows)
                q = select(fp.c.hash, fp.c.record_id).where(fp.c.hash.in_([h for h, _ in chunk]))
                found = {h: rid for h, rid in conn.execute(q)}
            owners.extend(found[h] for h, _rid in chunk)
        return owners

    def corpus_signatures(self, record_ids: Iterable[str]) -> dict[str, tuple[bytes, int]]:
        """Stored MinHash signatures and shingle counts of kept records (to verify LSH candidates)."""
        t = corpus_docs_table
        out: dict[str, tuple[bytes, int]] = {}
        with self._read() as conn:
            for chunk in _chunks(sorted(set(record_ids)), _LOOKUP_CHUNK):
                q = select(t.c.record_id, t.c.signature, t.c.shingles).where(
                    t.c.record_id.in_(chunk), t.c.signature.is_not(None)
                )
                out.update((r.record_id, (bytes(r.signature), r.shingles or 0)) for r in conn.execute(q))
        return out

    def add_lsh(self, rows: Iterable[tuple[int, str]]) -> None:
        """Index kept records under their band keys (rows already there are left alone)."""
        t = corpus_lsh_table
        stmt = self._insert(t).on_conflict_do_nothing(index_elements=[t.c.band_key, t.c.record_id])
        with self.engine.begin() as conn:
            for chunk in _chunks(sorted(set(rows)), _EXECUTEMANY_CHUNK):
                conn.execute(stmt, [{"band_key": k, "record_id": rid} for k, rid in chunk])

    def lsh_candidates(self, band_keys: Iterable[int]) -> list[tuple[int, str]]:
        """(band key, record id) of indexed records sharing any of these band keys."""
        t = corpus_lsh_table
        out: list[tuple[int, str]] = []
        with self._read() as conn:
            for chunk in _chunks(sorted(set(band_keys)), _LOOKUP_CHUNK):
                q = select(t.c.band_key, t.c.record_id).where(t.c.band_key.in_(chunk))
                out.extend((k, rid) for k, rid in conn.execute(q))
        return out

    def corpus_counts(self) -> dict[str, int]:
        """Sizes of the corpus tables (for reports and tests)."""
        tables = {
            "docs": corpus_docs_table,
            "sites": corpus_sites_table,
            "site_lines": corpus_site_lines_table,
            "lsh": corpus_lsh_table,
            "fingerprints": fingerprints_table,
        }
        with self._read() as conn:
            return {k: conn.execute(select(func.count()).select_from(t)).scalar() or 0 for k, t in tables.items()}

    def _lookup(self, key_col: Any, value_col: Any, keys: Iterable[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        with self._read() as conn:
            for chunk in _chunks(sorted(set(keys)), _LOOKUP_CHUNK):
                out.update((k, v) for k, v in conn.execute(select(key_col, value_col).where(key_col.in_(chunk))))
        return out

    # -- plumbing -----------------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read transaction (on SQLite a deferred BEGIN, so readers do not take the write lock)."""
        with self.engine.connect().execution_options(cleaners_read_only=True) as conn, conn.begin():
            yield conn

    def close(self) -> None:
        """Close pooled connections (the catalog object is unusable afterwards)."""
        self.engine.dispose()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _setup_sqlite(engine: Engine, busy_timeout_seconds: float) -> None:
    """WAL (readers never block the writer), a busy timeout, and BEGIN IMMEDIATE for writes.

    pysqlite's own transaction handling begins lazily and not before DDL; we switch it off and
    emit BEGIN ourselves (the SQLAlchemy-documented recipe) so migrations are transactional and a
    claim takes the write lock up front instead of failing with "database is locked" on upgrade.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_seconds * 1000)}")
        _switch_to_wal(cur, busy_timeout_seconds)
        cur.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe against app crashes
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        read_only = conn.get_execution_options().get("cleaners_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _switch_to_wal(cur: Any, busy_timeout_seconds: float) -> None:
    """PRAGMA journal_mode = WAL, retried while another process holds the lock.

    Switching the journal mode can fail with "database is locked" at once, without the busy handler,
    when two runs open a new catalog together (seen in CI: test_concurrent_runs_on_one_corpus); the
    switch is retried with a short back-off up to the busy timeout instead.
    """
    deadline = time.monotonic() + busy_timeout_seconds
    delay = 0.01
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def _lock_in_sha256_order(conn: Connection, *where: Any) -> None:
    """Lock the files rows matching `where` in sha256 order before a multi-row UPDATE or DELETE of them.

    Why: claim_many takes rows in sha256 order, including rows another run holds (it touches them), while
    a run renews, marks or releases its own rows in one statement, which takes them in a table scan's
    order. Two transactions taking rows in two orders can each hold a row the other waits for, and
    PostgreSQL then aborts one ("deadlock detected"). SQLite locks the whole file: nothing to order.
    """
    if conn.dialect.name == "postgresql":
        f = files_table
        conn.execute(select(f.c.sha256).where(*where).order_by(f.c.sha256).with_for_update()).all()


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def default_catalog_url(out_dir: str | os.PathLike[str]) -> str:
    """`sqlite:///<out_dir>/catalog.sqlite`, absolute so the URL means the same from any cwd."""
    return "sqlite:///" + str(Path(out_dir).resolve() / "catalog.sqlite")
