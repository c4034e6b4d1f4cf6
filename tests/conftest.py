"""Shared test fixtures. Add only what several test modules need."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# -- PostgreSQL ------------------------------------------------------------------------------------

PG_START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
# Admin URL of the test server; each test gets its own database created from it and dropped after.
PG_ADMIN_URL = os.environ.get(
    "CLEANERS_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database, dropped after the test.

    No server: the test is skipped with how to start one, except under CI=true where it FAILS,
    so a CI that lost its database cannot pass by skipping every PostgreSQL test.
    """
    try:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        msg = (
            f"PostgreSQL is not reachable at {PG_ADMIN_URL} ({type(exc).__name__}: {str(exc).strip()[:200]}). "
            f"Start it with: {PG_START_HINT}  (or set CLEANERS_TEST_PG_URL)"
        )
        if _in_ci():
            pytest.fail(msg)
        pytest.skip(msg)
    name = f"cleaners_test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def catalog_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A catalog URL for each backend: a SQLite file in tmp_path, and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'catalog.sqlite'}"
    return request.getfixturevalue("pg_url")


# -- Airflow ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dags() -> dict:
    """The DAGs of dags/, parsed against a migrated SQLite metadata DB (modules that use it import
    tests/airflow_env.py first, which sets AIRFLOW_HOME before Airflow is imported)."""
    import airflow_env

    airflow_env.migrated_db()
    return airflow_env.load_dags()
