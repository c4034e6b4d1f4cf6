"""The Airflow DAG killed for real: `clean_corpus` run by dag.test() in a child process that SIGKILLs
itself at a fault point (cleaners.faults) inside a task, then a new DAG run over the same inbox.

The cheapest honest version of "kill -9 a worker": dag.test() runs the tasks in the process, so
the kill takes the scheduler loop, the task and its open catalog transaction down together, with
no cleanup. The new DAG run (leases expired: claim_ttl_seconds=0) must give the corpus of an
uninterrupted DAG run: the same records, each once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import airflow_env
import orjson
import pytest

airflow_env.airflow_home()  # before anything imports airflow

pytestmark = [pytest.mark.airflow, pytest.mark.slow]


@pytest.fixture(scope="module")
def dags():
    airflow_env.migrated_db()
    return airflow_env.load_dags()


def _records(corpus: Path) -> Counter[bytes]:
    from cleaners.write import read_jsonl

    return Counter(
        orjson.dumps(r, option=orjson.OPT_SORT_KEYS)
        for shard in sorted((corpus / "shards").glob("*.jsonl.zst"))
        for r in read_jsonl(shard)
    )


def _conf(inbox: Path, corpus: Path, **config: object) -> dict:
    return {"inbox": str(inbox), "corpus": str(corpus), "batch_size": 2, "config": config}


KILLED_DAG_RUN = """
import json, sys
sys.path.insert(0, {tests!r})
import airflow_env
airflow_env.migrated_db()
airflow_env.load_dags()["clean_corpus"].test(run_conf=json.loads({conf!r}))
"""


def _killed(conf: dict, fault: str) -> subprocess.CompletedProcess[str]:
    """dag.test() in a fresh interpreter with its own metadata DB (a fork of this one deadlocks)."""
    code = KILLED_DAG_RUN.format(tests=str(Path(__file__).parent), conf=json.dumps(conf))
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    return subprocess.run([sys.executable, "-c", code], env={**env, "CLEANERS_FAULT": fault},
                          capture_output=True, text=True, timeout=300)


# One kill point in CI (a DAG run costs ~30 s here); the CLI loop in tests/test_faults.py covers them all.
@pytest.mark.parametrize("fault", ["catalog_commit:1"])
def test_dag_killed_inside_a_task_then_rerun_gives_the_uninterrupted_corpus(dags, tmp_path, fault):
    dag = dags["clean_corpus"]
    inbox = airflow_env.make_inbox(tmp_path / "inbox", n_extra=5)
    ref = dag.test(run_conf=_conf(inbox, tmp_path / "ref"))
    assert ref.state == "success"
    expected = _records(tmp_path / "ref")
    assert expected and max(expected.values()) == 1

    corpus = tmp_path / "corpus"
    proc = _killed(_conf(inbox, corpus), fault)
    assert proc.returncode == -signal.SIGKILL, f"{fault} not reached (exit {proc.returncode}): {proc.stderr[-2000:]}"
    dr = dag.test(run_conf=_conf(inbox, corpus, claim_ttl_seconds=0.0))
    assert dr.state == "success"
    got = _records(corpus)
    assert got == expected, f"lost {sum((expected - got).values())}, extra {sum((got - expected).values())}"
