"""DAG import test: the DAG folder parses, and every DAG carries tags, owner, retries and docs."""

from __future__ import annotations

from datetime import timedelta

import airflow_env
import pytest

airflow_env.airflow_home()  # before anything imports airflow

pytestmark = pytest.mark.airflow


@pytest.fixture(scope="module")
def dags():
    return airflow_env.load_dags()


def test_dag_folder_imports_without_errors(dags):
    assert {"clean_corpus", "corpus_report"} <= set(dags)


def test_every_dag_has_tags_owner_retries_and_docs(dags):
    for dag_id, dag in dags.items():
        assert dag.tags, f"{dag_id}: no tags"
        assert dag.doc_md and dag.doc_md.strip(), f"{dag_id}: no doc_md"
        assert dag.catchup is False, dag_id
        for task in dag.tasks:
            assert task.owner not in ("", "airflow"), f"{dag_id}.{task.task_id}: default owner"
            assert task.retries >= 1, f"{dag_id}.{task.task_id}: no retries"
            assert task.execution_timeout, f"{dag_id}.{task.task_id}: no timeout"
            assert task.doc_md, f"{dag_id}.{task.task_id}: no doc_md"


def test_clean_corpus_shape(dags):
    dag = dags["clean_corpus"]
    assert dag.max_active_runs == 1
    assert dag.timetable.expression in ("@hourly", "0 * * * *")
    clean = dag.get_task("clean_batch")
    assert clean.is_mapped if hasattr(clean, "is_mapped") else type(clean).__name__ == "MappedOperator"
    assert dag.default_args["retry_exponential_backoff"] > 1
    assert dag.default_args["execution_timeout"] <= timedelta(hours=2)
    assert {t.task_id for t in dag.tasks} >= {
        "plan", "clean_batch", "deduplicate", "write_corpus", "quality_gates", "publish", "announce",
        "release_claims",
    }
    outlets = dag.get_task("announce").outlets
    assert [a.name for a in outlets] == ["cleaners_corpus"]


def test_corpus_report_is_scheduled_on_the_corpus_asset(dags):
    dag = dags["corpus_report"]
    assert "cleaners_corpus" in str(dag.timetable.asset_condition)


def test_settings_precedence():
    from cleaners_flow.settings import resolve

    env = {"CLEANERS_INBOX": "/env/inbox", "CLEANERS_CORPUS": "/env/corpus", "CLEANERS_BATCH_SIZE": "7"}
    variables = {"cleaners_corpus": "/var/corpus"}
    s = resolve({"inbox": None, "batch_size": 3}, variables.get, env)
    assert (s.inbox, s.corpus, s.batch_size) == ("/env/inbox", "/var/corpus", 3)
    assert s.catalog_url == "sqlite:////var/corpus/catalog.sqlite"
    s = resolve({}, None, {})
    assert s.inbox.endswith("/seeds") and s.batch_size == 500
