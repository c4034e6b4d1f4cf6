"""`clean_corpus` end to end with dag.test() on a SQLite metadata DB (in-process, no servers).

Covers: a first run over a copy of the seeds, an incremental second run, a changed file, a re-run of
the same run id, a mapped task failing once after writing its output, a failing quality gate, and a
gzipped WARC built from the repo's test pages.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import airflow_env
import pytest
from deadrun import PENDING_OUTPUTS, leave_pending_output

airflow_env.airflow_home()  # before anything imports airflow

pytestmark = [pytest.mark.airflow, pytest.mark.slow]


def _conf(tmp_path: Path, **extra) -> dict:
    return {"inbox": str(tmp_path / "inbox"), "corpus": str(tmp_path / "corpus"), "batch_size": 3, **extra}


def _tis(dr) -> dict:
    return {(ti.task_id, ti.map_index): ti for ti in dr.get_task_instances()}


def _xcom(dr, task_id: str):
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        query = XComModel.get_many(run_id=dr.run_id, dag_ids=dr.dag_id, task_ids=task_id, key="return_value")
        row = session.scalars(query).first()
        return None if row is None else XComModel.deserialize_value(row)


def _manifest(dr, corpus: Path) -> dict:
    from cleaners_flow.settings import run_key

    return json.loads((corpus / "manifests" / f"{run_key(dr.run_id)}.json").read_text())


def _assert_unique_and_valid(records: list[dict]) -> None:
    from cleaners_flow.compat import record_validator

    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "a record was emitted twice"
    shas = [r["source_sha256"] for r in records]
    assert len(shas) == len(set(shas)), "one input content gave records in two runs"
    validate = record_validator()
    for r in records:
        assert validate(r) == [], (r["source"], validate(r))


def test_first_run_incremental_run_changed_file_and_rerun(dags, tmp_path, monkeypatch):
    dag = dags["clean_corpus"]
    inbox = airflow_env.make_inbox(tmp_path / "inbox", n_extra=6)
    n_files = len(list(inbox.iterdir()))
    corpus = tmp_path / "corpus"
    conf = _conf(tmp_path)

    # 1. first run: every file cleaned, in parallel mapped batches, records valid.
    first_date = datetime.now(UTC)
    dr = dag.test(run_conf=conf, logical_date=first_date, run_after=first_date)
    assert dr.state == "success"
    tis = _tis(dr)
    assert sorted(i for (t, i) in tis if t == "clean_batch") == list(range((n_files + 2) // 3))
    records = airflow_env.shard_records(corpus)
    _assert_unique_and_valid(records)
    manifest = _manifest(dr, corpus)
    fig = manifest["figures"]
    assert manifest["status"] == "published" and manifest["gates"]["passed"]
    assert fig["files_discovered"] == n_files
    assert fig["documents_out"] + fig["quarantined"] == n_files == len(records) + fig["quarantined"]
    assert fig["languages"] and fig["removals_by_rule"] and fig["durations_s"]["clean_total"] > 0
    published = _xcom(dr, "publish")  # the figures are the task's XCom too
    assert published["figures"]["documents_out"] == fig["documents_out"]
    assert _xcom(dr, "announce")["documents_out"] == fig["documents_out"]
    shard_hashes = {s["name"]: s["sha256"] for s in manifest["shards"]}

    # 2. the downstream report DAG (started by hand: it reads latest.json).
    monkeypatch.setenv("CLEANERS_CORPUS", str(corpus))
    assert dags["corpus_report"].test().state == "success"
    assert (corpus / "reports" / f"{manifest['run_key']}.md").is_file()

    # 3. second run over the same inbox: nothing new is cleaned or emitted.
    dr2 = dag.test(run_conf=conf)
    assert dr2.state == "success"
    assert _tis(dr2)[("clean_batch", -1)].state == "skipped"
    assert _tis(dr2)[("announce", -1)].state == "skipped"  # the Asset is not updated
    fig2 = _manifest(dr2, corpus)["figures"]
    assert fig2["documents_out"] == 0 and fig2["files_claimed"] == 0
    assert sum(fig2["files_skipped"].values()) == n_files
    assert len(airflow_env.shard_records(corpus)) == len(records)

    # 4. a changed file (same path, new content) is a new version and is picked up alone.
    changed = sorted(inbox.glob("000_*.txt"))[0]
    new_paragraph = "This paragraph was added to the article after the first ingestion, so the file is a new version."
    lines = changed.read_text(encoding="utf-8").split("\n")
    changed.write_text("\n".join(lines[:3] + [new_paragraph] + lines[3:]), encoding="utf-8")  # inside the body
    # (near-duplicate detection off: a one-paragraph change would otherwise make it a near-duplicate of v1)
    dr3 = dag.test(run_conf={**conf, "config": {"corpus_near_dup": False}})
    assert dr3.state == "success"
    m3 = _manifest(dr3, corpus)
    assert m3["figures"]["files_claimed"] == 1
    assert [(f["source"], f["version"], f["status"]) for f in m3["files"]] == [(changed.name, 2, "ingested")]
    all_records = airflow_env.shard_records(corpus)
    _assert_unique_and_valid(all_records)
    assert len(all_records) == len(records) + 1
    new = [r for r in all_records if r["id"] == m3["files"][0]["record_ids"][0]][0]
    assert new_paragraph in new["text"]
    # paragraphs already in the corpus from version 1 are not emitted again
    from cleaners.corpus import DEDUP_RULE

    assert any(r["rule"] == DEDUP_RULE for r in new["removed"])
    assert m3["figures"]["records_changed_by_corpus_pass"] == 1

    # 5. a re-run of the first run (same run id): same shards, nothing duplicated.
    dr4 = dag.test(run_conf=conf, logical_date=first_date, run_after=first_date)
    assert dr4.run_id == dr.run_id and dr4.state == "success"
    again = _manifest(dr4, corpus)
    assert {s["name"]: s["sha256"] for s in again["shards"]} == shard_hashes
    assert len(airflow_env.shard_records(corpus)) == len(all_records)


def test_mapped_task_failing_once_after_writing_does_not_duplicate(dags, tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANERS_FAIL_ONCE_BATCH", "1")  # map index 1 dies after committing its output
    inbox = airflow_env.make_inbox(tmp_path / "inbox", n_extra=6)
    dr = dags["clean_corpus"].test(run_conf=_conf(tmp_path))
    assert dr.state == "success"
    tis = _tis(dr)
    assert tis[("clean_batch", 1)].try_number == 2, "the injected failure did not happen"
    assert tis[("clean_batch", 0)].try_number == 1
    records = airflow_env.shard_records(tmp_path / "corpus")
    _assert_unique_and_valid(records)
    fig = _manifest(dr, tmp_path / "corpus")["figures"]
    assert len(records) + fig["quarantined"] == len(list(inbox.iterdir()))


def test_failing_gate_reports_why_and_releases_the_files(dags, tmp_path):
    from cleaners_flow import settings as cfg
    from cleaners_flow import steps

    inbox = airflow_env.make_inbox(tmp_path / "inbox")
    (inbox / "empty-1.txt").write_text("   \n\n", encoding="utf-8")
    (inbox / "empty-2.txt").write_bytes(b"")
    conf = _conf(tmp_path, max_quarantined_share=0.1)
    dr = dags["clean_corpus"].test(run_conf=conf)
    assert dr.state == "failed"
    tis = _tis(dr)
    assert tis[("quality_gates", -1)].state == "failed"
    assert tis[("quality_gates", -1)].try_number == 1  # a gate failure is not retried
    assert tis[("publish", -1)].state == "upstream_failed"
    assert tis[("release_claims", -1)].state == "success"
    assert not (tmp_path / "corpus" / "shards").exists() or not list((tmp_path / "corpus" / "shards").iterdir())

    # The message names the gate, the share, the limit and the reasons.
    settings = cfg.resolve(conf)
    staging = steps.work_dir(settings, dr.run_id) / "staging"
    staged = {"staging": str(staging),
              "manifest": str(staging / "manifests" / f"{cfg.run_key(dr.run_id)}.json")}
    with pytest.raises(steps.GateError, match=r"share of quarantined 50\.00% > limit 10\.00%.*empty"):
        steps.quality_gates(settings, dr.run_id, staged)

    # The claims were released: a later run with a looser gate takes the same files.
    dr2 = dags["clean_corpus"].test(run_conf=_conf(tmp_path, max_quarantined_share=0.6, max_empty_share=0.6))
    assert dr2.state == "success"
    fig = _manifest(dr2, tmp_path / "corpus")["figures"]
    assert fig["files_claimed"] == 4 and fig["documents_out"] == 2 and fig["quarantined"] == 2


def test_dedup_decisions_do_not_depend_on_batch_order(tmp_path):
    """Two copies of an article (one with an extra paragraph) in different batches: the same paragraphs
    are dropped from the same record whichever batch is read first."""
    from cleaners_flow import settings as cfg
    from cleaners_flow import steps

    from cleaners.write import read_jsonl

    seed = sorted(airflow_env.SEEDS.glob("000_*.txt"))[0]
    lines = seed.read_text(encoding="utf-8").split("\n")
    outcomes = []
    for order in (1, -1):
        inbox = tmp_path / f"inbox{order}"
        inbox.mkdir()
        (inbox / "a.txt").write_text("\n".join(lines), encoding="utf-8")
        extra = "A paragraph that only the second copy of this article carries, long enough to be kept."
        (inbox / "b.txt").write_text("\n".join(lines[:3] + [extra] + lines[3:]), encoding="utf-8")
        settings = cfg.resolve({"inbox": str(inbox), "corpus": str(tmp_path / f"corpus{order}"), "batch_size": 1},
                               environ={})
        plan = steps.plan_run(settings, "run")
        results = [steps.clean_batch_file(settings, b) for b in plan["batches"]][::order]
        dedup = steps.deduplicate(settings, "run", results)
        outcomes.append(([(r["id"], [p["text"] for p in r["paragraphs"]]) for r in read_jsonl(dedup["records"])],
                         [(q["source"], q["reason"]) for q in read_jsonl(dedup["quarantine"])],
                         [(d["id"], d["duplicate_of"]) for d in read_jsonl(dedup["duplicates"])]))
        assert dedup["n_duplicates"] + dedup["records_changed_by_corpus_pass"] > 0
    assert outcomes[0] == outcomes[1]


def test_gates_name_schema_and_reconciliation_failures(tmp_path):
    """An invalid record and a file with no outcome both fail the gates, each with its own message."""
    import orjson
    from cleaners_flow import settings as cfg
    from cleaners_flow import steps

    from cleaners.write import ShardWriter, write_json_atomic

    settings = cfg.resolve({"inbox": str(tmp_path), "corpus": str(tmp_path / "corpus")}, environ={})
    staging = tmp_path / "staging"
    with ShardWriter(staging / "shards" / "r-00000.jsonl.zst") as out:
        out.write({"id": "a", "source": "a.txt", "language": "en"})
    with ShardWriter(staging / "quarantine" / "r.jsonl"):
        pass
    manifest = {
        "shards": [{"name": "shards/r-00000.jsonl.zst", "records": 1}],
        "quarantine": "quarantine/r.jsonl",
        "files": [{"source": "a.txt", "status": "ingested"}, {"source": "b.txt", "status": "ingested"}],
        "figures": {
            "files_discovered": 3, "files_skipped": {}, "documents_in": 1, "documents_out": 1,
            "quarantined_by_reason": {}, "changed_during_run": 0,
            "schema_validation": {"records_validated": 1, "invalid": 1,
                                  "examples": ["a.txt (a): $: 'paragraphs' is a required property"]},
        },
    }
    write_json_atomic(staging / "manifests" / "r.json", manifest)
    with pytest.raises(steps.GateError) as err:
        steps.quality_gates(settings, "r", {"staging": str(staging), "manifest": str(staging / "manifests" / "r.json")})
    message = str(err.value)
    assert "1 of 1 records fail the record schema" in message and "'paragraphs' is a required property" in message
    assert "counts do not reconcile: files in 3 != ingested 2" in message
    assert orjson.loads((staging / "manifests" / "r.json").read_bytes())["figures"]["documents_out"] == 1


@pytest.mark.parametrize(("output", "status", "skip"), PENDING_OUTPUTS)
def test_plan_recovers_a_pending_output_like_the_runner(tmp_path, output, status, skip):
    """A run committed `output` then died before finishing the file: plan finishes it from that output,
    with the status `cleaners.runner.run` gives it (tests/test_runner.py), and does not clean it again."""
    from cleaners_flow import settings as cfg
    from cleaners_flow import steps

    inbox, corpus = tmp_path / "inbox", tmp_path / "corpus"
    inbox.mkdir()
    seeds = sorted(airflow_env.SEEDS.glob("*.txt"))[:2]
    for seed in seeds:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    dead = inbox / seeds[0].name
    settings = cfg.resolve({"inbox": str(inbox), "corpus": str(corpus)}, environ={})
    cat, sha = leave_pending_output(settings.catalog_url, dead, corpus, output)
    plan = steps.plan_run(settings, "next")
    assert (plan["files_claimed"], plan["skipped"]) == (1, {skip: 1})
    row = cat.file_status(sha)
    assert (row["status"], row["record_id"], row["run_id"]) == (status, "rec-a", "next")
    cat.close()


# --------------------------------------------------------------------------------------------------
# A WARC through the DAG: HTML responses become records with provenance, the rest is counted.

WARC_PAGES = ["en_bullets", "de_news_meistgelesen", "fr_blog_commentaires", "es_news_mas_leido"]


def _html_page(name: str) -> bytes:
    """An HTML page built from a text page of tests/pages: its title, menu lines in <nav>, prose in <article>."""
    import html

    title = json.loads((airflow_env.TEST_PAGES / f"{name}.expect.json").read_text(encoding="utf-8"))["title"]
    lines = [ln.strip() for ln in (airflow_env.TEST_PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()]
    menu = "".join(f"<li><a href='/{i}'>{html.escape(ln)}</a></li>" for i, ln in enumerate(lines) if 0 < len(ln) < 40)
    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines if len(ln) >= 40 and ln != title)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            f"<nav><ul>{menu}</ul></nav><article><h1>{html.escape(title)}</h1>{body}</article>"
            "<footer><p>Contact us</p></footer></body></html>").encode()


def _warc_gz(path: Path) -> list[dict]:
    """Write a per-record gzipped WARC: a request and a 200 HTML response per page, then a PNG response
    and a 404; returns what each HTML response must give (url, record id, offset of its gzip member)."""
    import gzip

    members: list[bytes] = []
    expected: list[dict] = []

    def record(rtype: str, uri: str, block: bytes) -> None:
        n = len(members)
        msgtype = "request" if rtype == "request" else "response"
        head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
                f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
                f"Content-Type: application/http; msgtype={msgtype}\r\nContent-Length: {len(block)}\r\n\r\n")
        if rtype == "response" and b"text/html" in block[:200] and block.startswith(b"HTTP/1.1 200"):
            expected.append({"url": uri, "warc_record_id": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>",
                             "offset": sum(map(len, members)), "record_index": n})
        members.append(gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0))

    def response(status: str, ctype: str, body: bytes) -> bytes:
        return f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body

    for i, name in enumerate(WARC_PAGES):
        uri = f"https://site{i}.example/articles/{name}"
        record("request", uri, f"GET /articles/{name} HTTP/1.1\r\nHost: site{i}.example\r\n\r\n".encode())
        record("response", uri, response("200 OK", "text/html; charset=utf-8", _html_page(name)))
    record("response", "https://site0.example/logo.png", response("200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)))
    record("response", "https://site0.example/gone", response("404 Not Found", "text/html", _html_page(WARC_PAGES[0])))
    path.write_bytes(b"".join(members))
    return expected


def test_warc_through_the_dag_gives_records_with_provenance_and_reruns_add_nothing(dags, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    expected = _warc_gz(inbox / "crawl.warc.gz")
    conf = _conf(tmp_path)
    dag = dags["clean_corpus"]

    dr = dag.test(run_conf=conf)
    assert dr.state == "success"
    records = airflow_env.shard_records(tmp_path / "corpus")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == len(WARC_PAGES)
    from cleaners_flow.compat import record_validator

    validate = record_validator()
    assert all(validate(r) == [] for r in records)
    got = sorted(({k: r["meta"][k] for k in ("url", "warc_record_id", "offset", "record_index")} for r in records),
                 key=lambda m: m["record_index"])
    assert got == expected
    for r in records:
        assert r["source"] == "crawl.warc.gz"
        assert r["meta"]["container"] == "warc" and r["meta"]["format"] == "html" and r["meta"]["compression"] == "gzip"
        assert r["paragraphs"] and r["title"]
    assert {r["language"] for r in records} == {"en", "de", "fr", "es"}

    manifest = _manifest(dr, tmp_path / "corpus")
    fig = manifest["figures"]
    assert fig["documents_out"] == len(WARC_PAGES) and fig["quarantined"] == 0
    assert fig["records_skipped"] == {"warc-request": len(WARC_PAGES), "non-html": 1, "http-404": 1}
    (entry,) = manifest["files"]
    assert entry["source"] == "crawl.warc.gz" and entry["status"] == "ingested"
    assert sorted(entry["record_ids"]) == sorted(ids)

    # The same inbox again: the WARC is known, nothing is cleaned or emitted.
    dr2 = dag.test(run_conf=conf)
    assert dr2.state == "success"
    fig2 = _manifest(dr2, tmp_path / "corpus")["figures"]
    assert fig2["documents_out"] == 0 and fig2["files_claimed"] == 0
    assert fig2["files_skipped"] == {"already_ingested": 1}
    assert sorted(r["id"] for r in airflow_env.shard_records(tmp_path / "corpus")) == sorted(ids)
