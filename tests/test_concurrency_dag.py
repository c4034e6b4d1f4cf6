"""Two `clean_corpus` DAG runs at the same time over one inbox, one corpus and one catalog.

Each run is dag.test() in its own interpreter with its own Airflow metadata DB (two Airflow
instances, as two deployments or an operator's manual run beside the scheduled one would be),
so nothing but the catalog's own guarantees (unique constraints, claims) keeps them apart. Run
with the embedded SQLite catalog and with PostgreSQL: every input file must come out exactly once
(as a record, a quarantine entry or a duplicate), and the records must be those of one
uninterrupted run.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import airflow_env
import orjson
import pytest

airflow_env.airflow_home()  # before anything imports airflow

pytestmark = [pytest.mark.airflow, pytest.mark.slow]

def _conf(inbox: Path, corpus: Path, catalog_url: str | None) -> dict:
    conf: dict = {"inbox": str(inbox), "corpus": str(corpus), "batch_size": 2}
    if catalog_url:
        conf["catalog_url"] = catalog_url
    return conf


def _lines(corpus: Path, folder: str, pattern: str) -> list[dict]:
    from cleaners.write import read_jsonl

    return [r for path in sorted((corpus / folder).glob(pattern)) for r in read_jsonl(path)]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_dag_runs_at_once_ingest_each_file_exactly_once(dags, tmp_path, request, backend):
    catalog_url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    inbox = airflow_env.make_inbox(tmp_path / "inbox", n_extra=8)
    n_files = sum(1 for p in inbox.iterdir() if p.is_file())

    ref = dags["clean_corpus"].test(run_conf=_conf(inbox, tmp_path / "ref", None))
    assert ref.state == "success"
    expected = Counter(orjson.dumps(r, option=orjson.OPT_SORT_KEYS) for r in airflow_env.shard_records(tmp_path / "ref"))
    assert expected and max(expected.values()) == 1

    corpus = tmp_path / "corpus"
    procs = [airflow_env.start_dag_test(_conf(inbox, corpus, catalog_url)) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0 and "STATE success" in out, err[-3000:]

    records = airflow_env.shard_records(corpus)
    quarantined = _lines(corpus, "quarantine", "*.jsonl")
    duplicates = _lines(corpus, "duplicates", "*.jsonl")
    sources = Counter(r["source"] for r in records) + Counter(q["source"] for q in quarantined)
    sources += Counter(d.get("source") or d.get("record", {}).get("source") for d in duplicates)
    assert sum(sources.values()) == n_files and max(sources.values()) == 1, sources
    got = Counter(orjson.dumps(r, option=orjson.OPT_SORT_KEYS) for r in records)
    assert got == expected, f"lost {sum((expected - got).values())}, extra {sum((got - expected).values())}"
    # Both runs took part: the claims split the inbox between them, neither ran alone by accident.
    manifests = [json.loads(p.read_text("utf-8")) for p in sorted((corpus / "manifests").glob("*.json"))]
    assert len(manifests) == 2
