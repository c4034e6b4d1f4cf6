"""`corpus_report`: a small downstream DAG scheduled on the `cleaners_corpus` Asset."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from airflow.sdk import Asset, Variable, dag, get_current_context, task
from cleaners_flow import settings as cfg

CORPUS_ASSET = Asset(name=cfg.CORPUS_ASSET_NAME, uri=cfg.CORPUS_ASSET_URI, group="cleaners")

DOC_MD = """
### corpus_report

Runs each time `clean_corpus` publishes new records (it is scheduled on the `cleaners_corpus` Asset).
Reads the run's manifest (from the Asset event, or `<corpus>/latest.json` when started by hand) and writes
`<corpus>/reports/<run>.md` with documents in/out, quarantine and removal reasons, and languages.
"""


def render_report(manifest: dict[str, Any]) -> str:
    f = manifest["figures"]
    lines = [
        f"# Corpus run {manifest['run_id']}",
        "",
        f"- published: {manifest.get('published_at', '?')} (pipeline {manifest.get('pipeline_version', '?')})",
        f"- files discovered {f['files_discovered']}, claimed {f['files_claimed']}, skipped {f['files_skipped']}",
        f"- documents in {f['documents_in']}, out {f['documents_out']}, quarantined {f['quarantined']}",
        f"- quarantine reasons: {f['quarantined_by_reason']}",
        f"- removals by rule: {f['removals_by_rule']}",
        f"- near-duplicate documents (not published): {f['near_duplicates']}; records changed by the corpus "
        f"pass (cross-document duplicates, site boilerplate): {f['records_changed_by_corpus_pass']}",
        f"- languages: {f['languages']}",
        f"- durations (s): {f['durations_s']}",
        f"- shards: {', '.join(s['name'] for s in manifest['shards'])}",
    ]
    return "\n".join(lines) + "\n"


@dag(
    dag_id="corpus_report",
    schedule=[CORPUS_ASSET],
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["cleaners", "corpus", "report"],
    doc_md=DOC_MD,
    default_args={
        "owner": "cleaners",
        "retries": cfg.env_int("CLEANERS_RETRIES", 2),
        "retry_delay": timedelta(seconds=cfg.env_int("CLEANERS_RETRY_DELAY_SECONDS", 60)),
        "execution_timeout": timedelta(minutes=10),
    },
)
def corpus_report():
    @task(doc_md="Summarise the published run's manifest into a Markdown report.")
    def report() -> dict[str, Any]:
        context = get_current_context()
        manifests = [
            event.extra["manifest"]
            for event in context["triggering_asset_events"].get(CORPUS_ASSET, [])
            if event.extra and event.extra.get("manifest")
        ]
        if not manifests:  # started by hand: report the newest published run
            settings = cfg.resolve(get_variable=lambda key: Variable.get(key, default=None))
            latest = Path(settings.corpus) / "latest.json"
            if not latest.is_file():
                return {"reports": []}
            manifests = [orjson.loads(latest.read_bytes())["manifest"]]
        written = []
        for path in manifests:
            manifest = orjson.loads(Path(path).read_bytes())
            out = Path(path).parents[1] / "reports" / f"{manifest['run_key']}.md"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(render_report(manifest), encoding="utf-8")
            written.append(str(out))
        return {"reports": written}

    report()


corpus_report()
