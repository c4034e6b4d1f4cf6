"""`clean_corpus`: ingest new raw files from the inbox into the clean corpus, exactly once.

The logic lives in `cleaners_flow.steps` (plain functions); this file only wires it into Airflow.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import Asset, Param, Variable, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException
from cleaners_flow import settings as cfg
from cleaners_flow import steps

CORPUS_ASSET = Asset(name=cfg.CORPUS_ASSET_NAME, uri=cfg.CORPUS_ASSET_URI, group="cleaners")

RETRIES = cfg.env_int("CLEANERS_RETRIES", 2)
RETRY_DELAY = timedelta(seconds=cfg.env_int("CLEANERS_RETRY_DELAY_SECONDS", 60))
TASK_TIMEOUT = timedelta(minutes=cfg.env_int("CLEANERS_TASK_TIMEOUT_MINUTES", 60))
# Test hook: the mapped clean task with this map index fails once, after writing its output.
FAIL_ONCE_ENV = "CLEANERS_FAIL_ONCE_BATCH"

DOC_MD = """
### clean_corpus

Ingests new raw files from the **inbox** into the clean **corpus**, exactly once per file content.

1. **plan**: discover the inbox, claim each new content hash (sha256) in the catalog, split into batch files.
2. **clean_batch** (dynamic task mapping, one instance per batch): run the `cleaners` pipeline; write
   run-scoped record and quarantine files; pass only paths and counts through XCom.
3. **deduplicate**: the library's corpus pass (`cleaners.corpus`): one deterministic decision over all
   batches and earlier runs (catalog), applied per record: cross-document duplicate paragraphs and site
   boilerplate removed, near-duplicate documents set aside (`duplicates/<run>.jsonl`).
4. **write_corpus**: shards + quarantine + duplicates + manifest into the run's staging directory.
5. **quality_gates**: schema validity, quarantine / empty / `und` shares, count reconciliation.
6. **publish**: move shards, quarantine and manifest (last) into place by atomic renames, then mark the
   files finished in the catalog.
7. **announce**: update the `cleaners_corpus` Asset (triggers `corpus_report`) when new records landed.
8. **release_claims** (only on failure): free this run's unfinished claims for a later run.

Settings: DAG params > Airflow Variables (`cleaners_inbox`, `cleaners_corpus`, `cleaners_catalog_url`, ...)
> environment (`CLEANERS_INBOX`, `CLEANERS_CORPUS`, `CLEANERS_CATALOG_URL`, ...) > defaults (`seeds/`, `corpus/`,
SQLite catalog in the corpus). Output, as `cleaners run` writes it: `<corpus>/shards/<run>-00000.jsonl.zst`,
`<corpus>/quarantine/<run>.jsonl`, `<corpus>/manifests/<run>.json` (figures, gates, every file's status).
"""


def _settings(params: dict[str, Any] | None = None) -> cfg.Settings:
    return cfg.resolve(params, get_variable=lambda key: Variable.get(key, default=None))


def _setting_params() -> dict[str, Param]:
    null_or = {"string": ["null", "string"], "integer": ["null", "integer"], "number": ["null", "number"]}
    return {
        "inbox": Param(None, type=null_or["string"], description="Directory of raw files (default: CLEANERS_INBOX or seeds/)"),
        "corpus": Param(None, type=null_or["string"], description="Output directory (default: CLEANERS_CORPUS or corpus/)"),
        "catalog_url": Param(None, type=null_or["string"], description="SQLAlchemy URL of the catalog (default: SQLite in the corpus)"),
        "batch_size": Param(None, type=null_or["integer"], minimum=1, description="Files per mapped clean task (default 500)"),
        "max_quarantined_share": Param(None, type=null_or["number"], description="Gate: max share of quarantined inputs (default 0.5)"),
        "max_empty_share": Param(None, type=null_or["number"], description="Gate: max share of empty documents (default 0.5)"),
        "max_und_share": Param(None, type=null_or["number"], description="Gate: max share of 'und' language (default 0.5)"),
        "config": Param({}, type="object", description="Overrides of cleaners.Config fields"),
    }


@dag(
    dag_id="clean_corpus",
    schedule=cfg.schedule_from_env(),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["cleaners", "corpus", "ingestion"],
    doc_md=DOC_MD,
    params=_setting_params(),
    default_args={
        "owner": "cleaners",
        "retries": RETRIES,
        "retry_delay": RETRY_DELAY,
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=30),
        "execution_timeout": TASK_TIMEOUT,
    },
)
def clean_corpus():
    @task(doc_md="Discover the inbox, claim new file contents, write batch files; returns the batch files.")
    def plan() -> list[str]:
        context = get_current_context()
        settings = _settings(context["params"])
        result = steps.plan_run(settings, context["run_id"])
        # The return value is what clean_batch maps over; the summary and settings go under their own keys.
        context["ti"].xcom_push(key="summary", value=result)
        context["ti"].xcom_push(key="settings", value=settings.as_dict())
        return result["batches"]

    @task(max_active_tis_per_dagrun=16, doc_md="Clean, validate and fingerprint one batch of files (mapped).")
    def clean_batch(batch_file: str, settings: dict[str, Any]) -> dict[str, Any]:
        ti = get_current_context()["ti"]
        fail = os.environ.get(FAIL_ONCE_ENV, "") == str(ti.map_index) and ti.try_number == 1
        return steps.clean_batch_file(cfg.Settings.from_dict(settings), batch_file, fail_after_write=fail)

    @task(trigger_rule="none_failed", doc_md="Corpus pass: decide over all batches and earlier runs, apply per record.")
    def deduplicate(settings: dict[str, Any], plan_summary: dict[str, Any], results: Any) -> dict[str, Any] | None:
        if plan_summary["already_published"]:
            return None
        return steps.deduplicate(cfg.Settings.from_dict(settings), get_current_context()["run_id"], list(results or []))

    @task(doc_md="Write shards, quarantine and manifest into the run's staging directory.")
    def write_corpus(settings: dict[str, Any], plan_summary: dict[str, Any], dedup: dict[str, Any] | None) -> dict[str, Any] | None:
        if dedup is None:
            return None
        return steps.write_corpus(cfg.Settings.from_dict(settings), get_current_context()["run_id"], plan_summary, dedup)

    @task(doc_md="Data-quality gates on the staged output; fail (no retry) with a readable message.")
    def quality_gates(settings: dict[str, Any], staged: dict[str, Any] | None) -> dict[str, Any] | None:
        if staged is None:
            return None
        try:
            return steps.quality_gates(cfg.Settings.from_dict(settings), get_current_context()["run_id"], staged)
        except steps.GateError as exc:
            raise AirflowFailException(str(exc)) from exc

    @task(doc_md="Commit the staged run (atomic renames, manifest last), mark files finished; returns the figures.")
    def publish(settings: dict[str, Any], staged: dict[str, Any] | None, gates: dict[str, Any] | None) -> dict[str, Any]:
        return steps.publish(cfg.Settings.from_dict(settings), get_current_context()["run_id"], staged, gates)

    @task(outlets=[CORPUS_ASSET], doc_md="Update the cleaners_corpus Asset when the run added records.")
    def announce(published: dict[str, Any], plan_summary: dict[str, Any]) -> dict[str, Any]:
        if plan_summary["already_published"] or not published["figures"]["documents_out"]:
            raise AirflowSkipException("no new records in this run: the corpus Asset is not updated")
        extra = {"run_id": published["run_id"], "manifest": published["manifest"],
                 "documents_out": published["figures"]["documents_out"]}
        get_current_context()["outlet_events"][CORPUS_ASSET].extra = extra
        return extra

    @task(trigger_rule="one_failed", retries=3, doc_md="On failure: release this run's unfinished claims.")
    def release_claims() -> int:
        context = get_current_context()
        return steps.release(_settings(context["params"]), context["run_id"])

    p = plan()
    settings, summary = p["settings"], p["summary"]
    cleaned = clean_batch.partial(settings=settings).expand(batch_file=p)
    d = deduplicate(settings, summary, cleaned)
    w = write_corpus(settings, summary, d)
    g = quality_gates(settings, w)
    pub = publish(settings, w, g)
    announce(pub, summary)
    [p, cleaned, d, w, g, pub] >> release_claims()


clean_corpus()
