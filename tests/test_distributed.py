"""The compose topology without Docker: api-server, scheduler, dag-processor, triggerer and two Celery
workers (scripts/airflow_stack.py), on the machine's PostgreSQL and Redis, in a fresh database and a
fresh Redis db number. `clean_corpus` is triggered through the REST API v2 with a JWT.

In CI (CI=true) PostgreSQL and Redis must be reachable: the test fails otherwise. Elsewhere it skips.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
import time
import urllib.error
import uuid

import airflow_env
import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PG = ("127.0.0.1", int(os.environ.get("CLEANERS_TEST_PG_PORT", "5432")))
REDIS = ("127.0.0.1", int(os.environ.get("CLEANERS_TEST_REDIS_PORT", "6379")))
HOW_TO_START = (
    "start them with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start ; "
    'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no'
)


def _reachable(addr: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(addr, timeout=2):
            return True
    except OSError:
        return False


def require_servers() -> None:
    missing = [name for name, addr in (("PostgreSQL", PG), ("Redis", REDIS)) if not _reachable(addr)]
    if not missing:
        return
    msg = f"{' and '.join(missing)} not reachable on 127.0.0.1 ({HOW_TO_START})"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI=true: {msg}")
    pytest.skip(msg)


def load_stack_module():
    spec = importlib.util.spec_from_file_location("airflow_stack", airflow_env.REPO / "scripts" / "airflow_stack.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["airflow_stack"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_databases():
    """Two new PostgreSQL databases (Airflow metadata, cleaners catalog) and an empty Redis db number."""
    require_servers()
    import psycopg2
    import redis

    name = f"cleaners_it_{uuid.uuid4().hex[:10]}"
    conn = psycopg2.connect(host=PG[0], port=PG[1], user="postgres", dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
        cur.execute(f'CREATE DATABASE "{name}_catalog"')
    # An empty db number, taken with SET NX: two stacks started at once (two test runs on one machine)
    # must not share a broker, or one's workers run the other's tasks and its api-server rejects their
    # task tokens ("Invalid auth token").
    token = uuid.uuid4().hex
    db_number = next((n for n in range(15, 0, -1)
                      if (r := redis.Redis(host=REDIS[0], port=REDIS[1], db=n)).dbsize() == 0
                      and r.set("cleaners-test:taken-by", token, nx=True, ex=7200)), None)
    if db_number is None:
        pytest.fail("no empty Redis database number (1-15) available")
    try:
        yield {
            "db_url": f"postgresql+psycopg2://postgres@{PG[0]}:{PG[1]}/{name}",
            "catalog_url": f"postgresql+psycopg2://postgres@{PG[0]}:{PG[1]}/{name}_catalog",
            "broker_url": f"redis://{REDIS[0]}:{REDIS[1]}/{db_number}",
        }
    finally:
        redis.Redis(host=REDIS[0], port=REDIS[1], db=db_number).flushdb()
        with conn.cursor() as cur:
            for db in (name, f"{name}_catalog"):
                cur.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.close()


def _forged_jwt() -> str:
    """A well-formed admin JWT signed with a key that is not the deploy's secret."""
    import base64
    import hashlib
    import hmac
    import json

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS512", "typ": "JWT"}).encode())
    body = b64(json.dumps({"sub": "admin", "role": "ADMIN", "exp": int(time.time()) + 3600}).encode())
    sig = hmac.new(uuid.uuid4().bytes, f"{head}.{body}".encode(), hashlib.sha512).digest()
    return f"{head}.{body}.{b64(sig)}"


def _unpause_when_parsed(stack) -> None:
    """Wait until the DAG processor has parsed the folder (a DAG cannot be unpaused before), then unpause."""
    deadline = time.monotonic() + 90
    dags: set[str] = set()
    while time.monotonic() < deadline:
        dags = {d["dag_id"] for d in stack.request("GET", "/api/v2/dags")["dags"]}
        if {"clean_corpus", "corpus_report"} <= dags:
            break
        time.sleep(1)
    assert {"clean_corpus", "corpus_report"} <= dags, stack.tails()
    for dag_id in ("clean_corpus", "corpus_report"):  # DAGs start paused
        stack.request("PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": False})


def _trigger(stack, conf: dict) -> str:
    """Trigger clean_corpus through the REST API; its run id."""
    return stack.request("POST", "/api/v2/dags/clean_corpus/dagRuns", {"logical_date": None, "conf": conf})["dag_run_id"]


def _run_path(run_id: str) -> str:
    return f"/api/v2/dags/clean_corpus/dagRuns/{urllib.request.quote(run_id, safe='')}"


def _wait_for_end(stack, run_id: str, timeout: float) -> str:
    """Poll the run until it succeeds or fails (or `timeout` passes); its last state."""
    deadline = time.monotonic() + timeout
    state = stack.request("GET", _run_path(run_id))["state"]
    while state not in ("success", "failed") and time.monotonic() < deadline:
        time.sleep(2)
        state = stack.request("GET", _run_path(run_id))["state"]
    return state


def _task_instances(stack, run_id: str) -> list[dict]:
    return stack.request("GET", f"{_run_path(run_id)}/taskInstances?limit=100")["task_instances"]


def _stack_over_an_inbox(fresh_databases: dict, tmp_path, **config):
    """A (not yet started) stack over an inbox of the seeds and 8 test pages; (stack, corpus, files in inbox)."""
    stack_mod = load_stack_module()
    inbox = airflow_env.make_inbox(tmp_path / "inbox", n_extra=8)
    corpus = tmp_path / "corpus"
    cfg = stack_mod.StackConfig(
        home=tmp_path / "airflow", db_url=fresh_databases["db_url"], broker_url=fresh_databases["broker_url"],
        catalog_url=fresh_databases["catalog_url"], inbox=inbox, corpus=corpus,
        api_port=airflow_env.free_port(), schedule="none", **config,
    )
    return stack_mod.Stack(cfg), corpus, len(list(inbox.iterdir()))


def _assert_each_file_once(corpus, n_files: int) -> list[dict]:
    """No record is duplicated and every input file is a record, a quarantine entry or a near-duplicate."""
    from cleaners.write import read_jsonl

    records = [r for p in sorted((corpus / "shards").glob("*.jsonl.zst")) for r in read_jsonl(p)]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    quarantined = sum(1 for p in (corpus / "quarantine").glob("*.jsonl") for _ in read_jsonl(p))
    near_duplicates = sum(1 for p in (corpus / "duplicates").glob("*.jsonl") for _ in read_jsonl(p))
    assert len(records) + quarantined + near_duplicates == n_files
    return records


def test_clean_corpus_on_celery_with_two_workers(fresh_databases, tmp_path):
    stack, corpus, n_files = _stack_over_an_inbox(fresh_databases, tmp_path)
    t0 = time.monotonic()
    try:
        stack.init(admin_password=uuid.uuid4().hex)
        stack.start(workers=2)
        stack.wait_healthy(timeout=300)
        started = time.monotonic() - t0

        # No token, no API.
        with pytest.raises(urllib.error.HTTPError) as err:
            stack.request("GET", "/api/v2/dags", token=None)
        assert err.value.code == 401
        for bad in ("not-a-jwt", _forged_jwt()):  # nor with a token it did not sign (Airflow: 403)
            with pytest.raises(urllib.error.HTTPError) as err:
                stack.request("GET", "/api/v2/dags", token=bad)
            assert err.value.code in (401, 403), err.value.msg

        _unpause_when_parsed(stack)
        run_id = _trigger(stack, {"batch_size": 2})
        state = _wait_for_end(stack, run_id, timeout=300)
        summary = [(t["task_id"], t["map_index"], t["state"], t["hostname"]) for t in _task_instances(stack, run_id)]
        assert state == "success", f"{summary}\n{stack.tails()}"
        ran = time.monotonic() - t0 - started

        # Mapped clean tasks ran on both workers.
        hosts = {h for (task, _i, _s, h) in summary if task == "clean_batch"}
        assert hosts == {"worker1.cleaners-stack", "worker2.cleaners-stack"}, summary
        assert len([s for s in summary if s[0] == "clean_batch"]) == (n_files + 1) // 2

        # The corpus is complete and no record is duplicated.
        records = _assert_each_file_once(corpus, n_files)
        # The Asset event of `announce` scheduled the downstream corpus_report DAG.
        deadline = time.monotonic() + 180
        report_states: list[str] = []
        while time.monotonic() < deadline:
            report_states = [r["state"] for r in stack.request("GET", "/api/v2/dags/corpus_report/dagRuns")["dag_runs"]]
            if "success" in report_states or "failed" in report_states:
                break
            time.sleep(2)
        assert report_states == ["success"], f"corpus_report runs: {report_states}\n{stack.tails()}"
        assert list((corpus / "reports").glob("*.md")), "corpus_report wrote no report"
        print(f"stack healthy after {started:.1f}s, run finished {ran:.1f}s later; {len(records)} records")
    finally:
        stack.stop()
        assert not stack.procs, "a component survived its process group kill"


def test_a_celery_worker_killed_mid_task_is_retried_on_the_other_worker(fresh_databases, tmp_path):
    """kill -9 of a whole Celery worker (its process group: worker, task supervisor, task) while one of its
    tasks is inside a write. The scheduler finds the task's heartbeat gone, Airflow retries it on the
    other worker, and the corpus comes out complete with no duplicate."""
    import signal

    stack, corpus, n_files = _stack_over_an_inbox(
        fresh_databases, tmp_path,
        # Test-only: find the dead task in seconds, not the deploy's 5 minutes; retry at once.
        extra_env={"AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "20",
                   "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
                   "CLEANERS_RETRY_DELAY_SECONDS": "1"},
    )
    try:
        stack.init(admin_password=uuid.uuid4().hex)
        for component in ("api-server", "scheduler", "dag-processor", "triggerer"):
            stack.start_component(component, component)
        # worker1's first task that writes a file stops inside the write (cleaners.faults "hang").
        doomed = stack.start_component("worker1", "worker", ["--celery-hostname", "worker1@%h"],
                                       {"CLEANERS_HOSTNAME": "worker1.cleaners-stack",
                                        "CLEANERS_FAULT": "write_tmp:1:hang"})
        stack.start_component("worker2", "worker", ["--celery-hostname", "worker2@%h"],
                              {"CLEANERS_HOSTNAME": "worker2.cleaners-stack"})
        stack.wait_healthy(timeout=300)
        _unpause_when_parsed(stack)
        run_id = _trigger(stack, {"batch_size": 2})

        # Wait for a task of worker1's to sit in `running` (the hang), then kill the whole worker.
        victim, since, deadline = None, 0.0, time.monotonic() + 180
        while time.monotonic() < deadline:
            running = [(t["task_id"], t["map_index"]) for t in _task_instances(stack, run_id)
                       if t["state"] == "running" and t["hostname"] == "worker1.cleaners-stack"]
            if running and running[0] == victim and time.monotonic() - since >= 6:
                break
            if not running or running[0] != victim:
                victim, since = (running[0] if running else None), time.monotonic()
            time.sleep(1)
        assert victim is not None, f"no task hung on worker1\n{stack.tails()}"
        os.killpg(doomed.popen.pid, signal.SIGKILL)
        doomed.popen.wait(timeout=30)

        state = _wait_for_end(stack, run_id, timeout=300)
        tis = _task_instances(stack, run_id)
        summary = [(t["task_id"], t["map_index"], t["state"], t["hostname"], t["try_number"]) for t in tis]
        assert state == "success", f"{summary}\n{stack.tails()}"
        retried = [t for t in tis if (t["task_id"], t["map_index"]) == victim][0]
        assert retried["try_number"] >= 2 and retried["hostname"] == "worker2.cleaners-stack", summary

        _assert_each_file_once(corpus, n_files)
        # The killed task's temp file stays hidden (".<name>.<random>.tmp") until its lease expires.
        visible = [p for p in corpus.rglob("*.tmp") if not p.name.startswith(".")]
        assert not visible, f"a partial file of the killed task is visible: {visible}"
    finally:
        stack.stop()
        assert not stack.procs, "a component survived its process group kill"


# --------------------------------------------------------------------------------------------------
# Concurrency: overlapping runs sharing one PostgreSQL catalog.
#
# Two DAG runs of clean_corpus cannot overlap (max_active_runs=1), so the overlap that matters in
# practice is between *different* producers sharing a catalog: a DAG run and a `cleaners run` CLI run,
# or two deployments. The test starts, at the same instant, two processes running all clean_corpus task
# callables in DAG order (cleaners_flow.steps.run_all, distinct run ids) and one `cleaners.runner.run`,
# over the same inbox and corpus folder, and checks that every file was ingested exactly once.


CLAIM_LATENCY = 0.05  # seconds added before each claim transaction in the racing processes


def _slow_claims() -> None:
    """Each claim transaction starts a moment later, as on a busy database server.

    A chunk of claims takes a few milliseconds on an idle local server: the first producer through
    the barrier could claim the whole inbox before the others open their catalog, and the race under
    test would not happen. With this latency (outside the transaction: no lock is held) the producers'
    claims interleave, and the test checks that they did.
    """
    from cleaners.catalog import Catalog

    real = Catalog._claim_chunk

    def delayed(self, items, run_id):
        time.sleep(CLAIM_LATENCY)
        return real(self, items, run_id)

    Catalog._claim_chunk = delayed


def _dag_steps_process(barrier, settings_dict: dict, run_id: str, out) -> None:
    sys.path.insert(0, str(airflow_env.DAGS))
    from cleaners_flow import settings as cfg
    from cleaners_flow import steps

    _slow_claims()
    barrier.wait()
    result = steps.run_all(cfg.Settings.from_dict(settings_dict), run_id)
    out.put((run_id, result["figures"]["files_claimed"]))


def _runner_process(barrier, inbox: str, corpus: str, catalog_url: str, out) -> None:
    from cleaners.runner import run

    _slow_claims()
    barrier.wait()
    summary = run([inbox], out_dir=corpus, catalog_url=catalog_url, progress=False, run_id="cli-run")
    out.put(("cli-run", summary.records + summary.quarantined))


@pytest.fixture
def fresh_catalog_url():
    if not _reachable(PG):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true: PostgreSQL not reachable on {PG} ({HOW_TO_START})")
        pytest.skip(f"PostgreSQL not reachable on {PG} ({HOW_TO_START})")
    import psycopg2

    name = f"cleaners_cc_{uuid.uuid4().hex[:10]}"
    conn = psycopg2.connect(host=PG[0], port=PG[1], user="postgres", dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg2://postgres@{PG[0]}:{PG[1]}/{name}"
    finally:
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()


def test_overlapping_runs_ingest_each_file_exactly_once(fresh_catalog_url, tmp_path):
    import multiprocessing

    sys.path.insert(0, str(airflow_env.DAGS))
    from cleaners_flow import settings as cfg

    from cleaners.catalog import Catalog
    from cleaners.runner import hash_file
    from cleaners.write import read_jsonl

    inbox = airflow_env.make_inbox(tmp_path / "inbox", n_extra=20)
    for page in sorted(inbox.glob("*.txt"))[:20]:  # plus distinct variants: enough files for the runs to overlap
        for k in range(2):
            text = page.read_text(encoding="utf-8")
            (inbox / f"variant{k}-{page.name}").write_text(f"Variant {k} of {page.stem}.\n{text}", encoding="utf-8")
    corpus = tmp_path / "corpus"
    shas = {hash_file(p)[0] for p in inbox.iterdir()}
    settings = cfg.resolve({"inbox": str(inbox), "corpus": str(corpus), "catalog_url": fresh_catalog_url,
                            "batch_size": 4}, environ={})
    Catalog.open(fresh_catalog_url).migrate()  # once, before the race (migrate is also lock-protected)

    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(3), ctx.Queue()
    procs = [ctx.Process(target=_dag_steps_process, args=(barrier, settings.as_dict(), f"dag-run-{i}", out))
             for i in (1, 2)]
    procs.append(ctx.Process(target=_runner_process, args=(barrier, str(inbox), str(corpus), fresh_catalog_url, out)))
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=240)
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
    claimed = dict(out.get(timeout=5) for _ in procs)
    assert sum(claimed.values()) == len(shas), claimed  # the three runs split the files between them
    assert claimed["dag-run-1"] and claimed["dag-run-2"], f"the runs did not overlap: {claimed}"

    outcomes: dict[str, list[str]] = {}
    for shard in (corpus / "shards").glob("*.jsonl.zst"):
        for rec in read_jsonl(shard):
            outcomes.setdefault(rec["source_sha256"], []).append(f"record in {shard.name}")
    for qfile in (corpus / "quarantine").glob("*.jsonl"):
        for entry in read_jsonl(qfile):
            outcomes.setdefault(entry["source_sha256"], []).append(f"quarantined in {qfile.name}")
    for dfile in (corpus / "duplicates").glob("*.jsonl"):
        for entry in read_jsonl(dfile):
            outcomes.setdefault(entry["record"]["source_sha256"], []).append(f"near-duplicate in {dfile.name}")
    twice = {sha: where for sha, where in outcomes.items() if len(where) != 1}
    assert not twice, f"files with more than one outcome: {twice}"
    assert set(outcomes) == shas, "a file was lost"
    cat = Catalog.open(fresh_catalog_url)
    try:
        assert cat.status_counts().get("claimed", 0) == 0
        assert sum(cat.status_counts().values()) == len(shas)
    finally:
        cat.close()
    print(f"files per run: {claimed}")
