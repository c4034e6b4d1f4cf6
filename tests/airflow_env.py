"""Helpers for the Airflow tests: one temporary AIRFLOW_HOME per pytest process, set before airflow is imported.

Only the Airflow test modules import this file, so the rest of the suite never pays Airflow's import cost.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DAGS = REPO / "dags"
TEST_PAGES = Path(__file__).resolve().parent / "pages"
SEEDS = REPO / "seeds"

_home: Path | None = None
_db_ready = False


def airflow_home() -> Path:
    """Create the process-wide AIRFLOW_HOME and point Airflow at it (idempotent; call before importing airflow)."""
    global _home
    if _home is not None:
        return _home
    if "airflow" in sys.modules and "AIRFLOW_HOME" not in os.environ:
        raise RuntimeError("airflow was imported before tests/airflow_env.py configured AIRFLOW_HOME")
    _home = Path(tempfile.mkdtemp(prefix="cleaners-airflow-"))
    atexit.register(shutil.rmtree, _home, True)
    os.environ.update({
        "AIRFLOW_HOME": str(_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{_home}/airflow.db",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        # Short retry delay so the retry test does not wait a minute (read when the DAG file is parsed).
        "CLEANERS_RETRY_DELAY_SECONDS": "1",
        # A test must never write into the repo's corpus/: every run passes its own paths as params.
        "CLEANERS_CORPUS": str(_home / "default-corpus"),
        "CLEANERS_INBOX": str(SEEDS),
    })
    if str(DAGS) not in sys.path:
        sys.path.insert(0, str(DAGS))
    return _home


def migrated_db() -> None:
    """Create the SQLite metadata DB once per process (about 1-2 s)."""
    global _db_ready
    airflow_home()
    if _db_ready:
        return
    from airflow.utils import db

    db.initdb()
    _db_ready = True


def load_dags() -> dict:
    airflow_home()
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS))
    if bag.import_errors:
        raise AssertionError(f"DAG import errors: {bag.import_errors}")
    return bag.dags


def make_inbox(dest: Path, n_extra: int = 0) -> Path:
    """Copy the seeds and `n_extra` more page dumps into a writable inbox.

    The extra pages come from the repo's own test pages (tests/pages), so the inbox is the same
    whether or not the shared development set sits beside the checkout.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for p in sorted(SEEDS.iterdir()):
        if p.is_file():
            shutil.copyfile(p, dest / p.name)
    if n_extra:
        extra = sorted(TEST_PAGES.glob("*.txt"))[:n_extra]
        assert len(extra) == n_extra, f"only {len(extra)} test pages in {TEST_PAGES}"
        for p in extra:
            shutil.copyfile(p, dest / p.name)
    return dest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def shard_records(corpus: Path) -> list[dict]:
    """Every record of the corpus's shards, shard by shard."""
    from cleaners.write import read_jsonl

    return [r for shard in sorted((corpus / "shards").glob("*.jsonl.zst")) for r in read_jsonl(shard)]


_DAG_TEST_IN_CHILD = """
import json, sys
sys.path.insert(0, {tests!r})
import airflow_env
airflow_env.migrated_db()
dr = airflow_env.load_dags()["clean_corpus"].test(run_conf=json.loads({conf!r}))
print("STATE", dr.state)
"""


def start_dag_test(conf: dict, extra_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`clean_corpus`.test(run_conf=conf) in a fresh interpreter with its own AIRFLOW_HOME and metadata DB
    (a fork of a process that loaded Airflow deadlocks); it prints "STATE <state>" when the run ends."""
    code = _DAG_TEST_IN_CHILD.format(tests=str(Path(__file__).parent), conf=json.dumps(conf))
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    return subprocess.Popen([sys.executable, "-c", code], env={**env, **(extra_env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
