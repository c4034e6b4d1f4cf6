"""The Airflow DAG killed for real: `clean_corpus` run by dag.test() in a child process that SIGKILLs
itself at a fault point (cleaners.faults) inside a task, then a new DAG run over the same inbox.

The cheapest honest version of "kill -9 a worker": dag.test() runs the tasks in the process, so
the kill takes the scheduler loop, the task and its open catalog transaction down together, with
no cleanup. The new DAG run (leases expired: claim_ttl_seconds=0) must give the corpus of an
uninterrupted DAG run: the same records, each once.
"""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path

import airflow_env
import orjson
import pytest

airflow_env.airflow_home()  # before anything imports airflow

pytestmark = [pytest.mark.airflow, pytest.mark.slow]


def _records(corpus: Path) -> Counter[bytes]:
    return Counter(orjson.dumps(r, option=orjson.OPT_SORT_KEYS) for r in airflow_env.shard_records(corpus))


def _conf(inbox: Path, corpus: Path, **config: object) -> dict:
    return {"inbox": str(inbox), "corpus": str(corpus), "batch_size": 2, "config": config}


def _killed(conf: dict, fault: str) -> tuple[int, str]:
    """dag.test() in a child process that kills itself at `fault`: its exit code and stderr."""
    proc = airflow_env.start_dag_test(conf, {"CLEANERS_FAULT": fault})
    _, err = proc.communicate(timeout=300)
    return proc.returncode, err


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
    returncode, stderr = _killed(_conf(inbox, corpus), fault)
    assert returncode == -signal.SIGKILL, f"{fault} not reached (exit {returncode}): {stderr[-2000:]}"
    dr = dag.test(run_conf=_conf(inbox, corpus, claim_ttl_seconds=0.0))
    assert dr.state == "success"
    got = _records(corpus)
    assert got == expected, f"lost {sum((expected - got).values())}, extra {sum((got - expected).values())}"
