#!/usr/bin/env python3
"""Benchmark: one `clean_corpus` run (dag.test(), in-process, SQLite metadata DB) vs the library alone.

    python scripts/bench_airflow.py --docs 1000 10000 [--batch-size 500] [--out bench-out/airflow]

Input: N documents generated from /work/shared/eval/textdump/*.txt (or --source), each a copy of one
dump file with every line over 10 characters given a per-copy word, so content hashes and paragraph fingerprints
differ (the DAG's cross-document dedup then has nothing to drop and both sides clean the same text).

For each N: the DAG (dag.test(), one warm-up run on 2 files first so the ~5-15 s one-off start of the
in-process Execution API is reported apart) and `cleaners.runner.run(workers=1)` with the DAG's Config
(corpus pass on) on the same files, each into an empty corpus with its own SQLite catalog. dag.test() runs mapped tasks one after the other,
so workers=1 is the like-for-like comparison. Overhead = (DAG wall - library wall) / library wall; it is
also given without the DAG's schema validation of every record (a gate the library run does not have).
CPU time (user+sys, this process and its reaped children) is given per side too, with the load
average before and after, because the machine is shared and wall times vary with its load.
Results: a table on stdout and <out>/results.json.

--celery PG_SERVER_URL REDIS_URL (e.g. postgresql+psycopg2://postgres@127.0.0.1:5432 redis://127.0.0.1:6379/9)
also runs each N through the distributed stack of scripts/airflow_stack.py (api-server, scheduler,
dag-processor, triggerer, --workers Celery workers) in a fresh database, triggered through the REST API;
after an untimed warm-up run on 2 files (its own corpus and catalog; --no-celery-warmup to skip it:
the first tasks on fresh workers wait for one-off start-up, as dag.test's first run does), the wall time
is from the POST to the run's success; its CPU time is summed over every process of
the stack's process groups (/proc: user+sys of live processes and of the children they reaped) over
that window, and each task instance's start, end and duration are kept (gaps = Airflow's own time).

--local PG_SERVER_URL does the same (same code: run_stack) with the LocalExecutor: api-server, scheduler
(parallelism 2: two pre-forked task processes), dag-processor and triggerer, no workers, no Redis.
--no-dag-test skips the in-process dag.test() side (the library and the stacks only).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import string
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "eval" / "textdump"


def variant_word(i: int) -> str:
    """A short letters-only word per copy (digits would be folded away by the dedup hash key)."""
    letters = string.ascii_lowercase
    word = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        word = letters[r] + word
    return "var" + word


def generate(source: Path, dest: Path, n: int) -> int:
    files = sorted(source.glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt under {source}")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    dest.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        word = variant_word(i)
        lines = [f"{line} {word}" if len(line.strip()) > 10 else line for line in texts[i % len(texts)].split("\n")]
        data = "\n".join(lines).encode("utf-8")
        (dest / f"doc-{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def cpu_seconds() -> float:
    """User+sys CPU time of this process and of the children it has waited for."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def group_cpu(pgids: set[int]) -> dict[int, float]:
    """pid -> CPU seconds (user+sys, own and reaped children) of every process in these process groups."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, float] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) in pgids:  # fields[2] = pgrp; [11:15] = utime stime cutime cstime
            out[int(proc.name)] = sum(int(x) for x in fields[11:15]) / tick
    return out


def setup_airflow(home: Path) -> None:
    os.environ.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "CLEANERS_SCHEDULE": "none",
    })
    sys.path.insert(0, str(REPO / "dags"))
    from airflow.utils import db

    db.initdb()


def load_dag():
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(REPO / "dags"))
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    return bag.dags["clean_corpus"]


def run_dag(dag, inbox: Path, corpus: Path, batch_size: int) -> dict:
    from cleaners_flow.settings import run_key

    load0, c0, t0 = load_average(), cpu_seconds(), time.perf_counter()
    dr = dag.test(run_conf={"inbox": str(inbox), "corpus": str(corpus), "batch_size": batch_size,
                            "max_und_share": 1.0, "max_quarantined_share": 1.0, "max_empty_share": 1.0})
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    if dr.state != "success":
        raise SystemExit(f"DAG run {dr.run_id} ended {dr.state}")
    manifest = json.loads((corpus / "manifests" / f"{run_key(dr.run_id)}.json").read_text())
    tis = [ti for ti in dr.get_task_instances() if ti.duration]
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load_avg": [load0, load_average()],
            "records": manifest["figures"]["documents_out"],
            "quarantined": manifest["figures"]["quarantined"], "batches": manifest["figures"]["batches"],
            "near_duplicates": manifest["figures"].get("near_duplicates"),
            "task_seconds": round(sum(ti.duration for ti in tis), 2), "durations_s": manifest["figures"]["durations_s"]}


def run_library(inbox: Path, corpus: Path) -> dict:
    """`cleaners.runner.run` with the Config the DAG uses (corpus pass on), so both do the same cleaning."""
    sys.path.insert(0, str(REPO / "dags"))
    from cleaners_flow.settings import Settings

    from cleaners.runner import run

    config = Settings(inbox=str(inbox), corpus=str(corpus), catalog_url="").cleaners_config()
    load0, c0, t0 = load_average(), cpu_seconds(), time.perf_counter()
    summary = run([inbox], out_dir=corpus, config=config, workers=1, progress=False)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load_avg": [load0, load_average()],
            "records": summary.records, "quarantined": summary.quarantined,
            "near_duplicates": getattr(summary, "duplicates", None)}


def _trigger_and_wait(stack: Any, conf: dict) -> tuple[str, str]:
    """POST a clean_corpus run with `conf`; poll until it ends. Returns (state, run's API path)."""
    import urllib.parse

    run = stack.request("POST", "/api/v2/dags/clean_corpus/dagRuns", {"logical_date": None, "conf": conf})
    path = f"/api/v2/dags/clean_corpus/dagRuns/{urllib.parse.quote(run['dag_run_id'], safe='')}"
    state = run["state"]
    while state not in ("success", "failed"):
        time.sleep(2)
        state = stack.request("GET", path)["state"]
    return state, path


def run_stack(pg_server: str, inbox: Path, corpus: Path, home: Path, batch_size: int,
              warm_inbox: Path | None = None, redis_url: str | None = None, workers: int = 2) -> dict:
    """One timed run on a real stack: CeleryExecutor + `workers` workers if redis_url, else LocalExecutor."""
    import importlib.util
    import uuid

    spec = importlib.util.spec_from_file_location("airflow_stack", REPO / "scripts" / "airflow_stack.py")
    stack_mod = importlib.util.module_from_spec(spec)
    sys.modules["airflow_stack"] = stack_mod
    spec.loader.exec_module(stack_mod)
    import psycopg2
    from sqlalchemy.engine import make_url

    name = f"cleaners_bench_{uuid.uuid4().hex[:8]}"
    server = make_url(pg_server)
    conn = psycopg2.connect(host=server.host, port=server.port or 5432, user=server.username,
                            password=server.password, dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    executor = {} if redis_url else {"executor": stack_mod.LOCAL_EXECUTOR, "parallelism": stack_mod.LOCAL_PARALLELISM}
    cfg = stack_mod.StackConfig(home=home, db_url=f"{pg_server.rstrip('/')}/{name}", broker_url=redis_url or "",
                                inbox=inbox, corpus=corpus, api_port=port, schedule="none", **executor)
    if not cfg.celery:
        workers = 0
    stack = stack_mod.Stack(cfg)
    try:
        t0 = time.perf_counter()
        stack.init(admin_password=uuid.uuid4().hex)
        stack.start(workers=workers)
        stack.wait_healthy(timeout=300)
        healthy = time.perf_counter() - t0
        while "clean_corpus" not in {d["dag_id"] for d in stack.request("GET", "/api/v2/dags")["dags"]}:
            time.sleep(1)
        stack.request("PATCH", "/api/v2/dags/clean_corpus", {"is_paused": False})
        warm_s = None
        if warm_inbox is not None:  # like dag.test's warm-up: the first tasks on fresh workers start slowly
            tw = time.perf_counter()
            warm = home / "warm-corpus"  # its own corpus and catalog: the timed run starts from nothing
            warm_state, _ = _trigger_and_wait(stack, {
                "inbox": str(warm_inbox), "corpus": str(warm), "catalog_url": f"sqlite:///{warm}/catalog.sqlite",
                "max_und_share": 1.0, "max_quarantined_share": 1.0, "max_empty_share": 1.0})
            warm_s = round(time.perf_counter() - tw, 2)
            if warm_state != "success":
                raise SystemExit(f"{cfg.executor} warm-up run ended {warm_state}")
        pgids = {p.popen.pid for p in stack.procs}
        cpu0, load0 = group_cpu(pgids), load_average()
        t1 = time.perf_counter()
        state, path = _trigger_and_wait(stack, {"batch_size": batch_size, "max_und_share": 1.0,
                                                "max_quarantined_share": 1.0, "max_empty_share": 1.0})
        wall = time.perf_counter() - t1
        cpu1 = group_cpu(pgids)
        cpu = sum(v - cpu0.get(pid, 0.0) for pid, v in cpu1.items())
        tis = stack.request("GET", path + "/taskInstances?limit=1000")["task_instances"]
        timeline = sorted(({"task": t["task_id"], "map_index": t["map_index"], "start": t["start_date"],
                            "end": t["end_date"], "duration_s": t["duration"], "host": t["hostname"]} for t in tis),
                          key=lambda t: t["start"] or "")
        return {"executor": cfg.executor, "parallelism": cfg.parallelism, "state": state, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                "load_avg": [load0, load_average()], "healthy_after_s": round(healthy, 2), "workers": workers,
                "warm_up_s": warm_s,
                "tasks": timeline, "task_seconds": round(sum(t["duration"] or 0 for t in tis), 2),
                "hosts": sorted({t["hostname"] for t in tis if t["task_id"] == "clean_batch"})}
    finally:
        stack.stop()
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()
        if redis_url:
            import redis

            redis.Redis.from_url(redis_url).flushdb()


def report_stack(label: str, n: int, row: dict, res: dict, lib: dict) -> None:
    """Store a stack run in the row (`<label>`, `<label>_docs_per_s`, `<label>_overhead`) and print it."""
    row[label] = res
    row[f"{label}_docs_per_s"] = round(n / res["wall_s"], 1)
    row[f"{label}_overhead"] = round((res["wall_s"] - lib["wall_s"]) / lib["wall_s"], 3)
    how = f"{res['workers']} workers" if res["workers"] else f"parallelism {res['parallelism']}"
    print(f"{n:>6} docs on {res['executor']} ({how}): {res['state']} in {res['wall_s']:.1f}s "
          f"({row[f'{label}_docs_per_s']} docs/s, overhead {row[f'{label}_overhead']:+.1%} vs the library; "
          f"CPU {res['cpu_s']:.1f}s in the stack's processes vs {lib['cpu_s']:.1f}s library; task durations summed "
          f"{res['task_seconds']:.1f}s; load {res['load_avg']}; stack healthy after "
          f"{res['healthy_after_s']:.0f}s; warm-up run {res['warm_up_s']}s)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[1000])
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=REPO / "bench-out" / "airflow")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs and corpora")
    parser.add_argument("--celery", nargs=2, metavar=("PG_SERVER_URL", "REDIS_URL"),
                        help="also run through the Celery stack (see above)")
    parser.add_argument("--workers", type=int, default=2, help="Celery workers for --celery")
    parser.add_argument("--local", metavar="PG_SERVER_URL",
                        help="also run through the same stack with the LocalExecutor (parallelism 2, no workers)")
    parser.add_argument("--no-celery-warmup", action="store_true",
                        help="time the first run on a fresh stack (default: a 2-file run first, not timed)")
    parser.add_argument("--no-dag-test", action="store_true",
                        help="skip the in-process dag.test() run (the library and the stacks only)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-airflow-"))
    results: dict = {"batch_size": args.batch_size, "runs": []}
    try:
        t0 = time.perf_counter()
        setup_airflow(work / "airflow")
        dag = load_dag()
        results["airflow_setup_s"] = round(time.perf_counter() - t0, 2)
        warm_inbox = work / "warm-inbox"
        generate(args.source, warm_inbox, 2)
        if not args.no_dag_test:
            results["dag_warmup_s"] = run_dag(dag, warm_inbox, work / "warm-corpus", args.batch_size)["wall_s"]
        stack_warm = None if args.no_celery_warmup else warm_inbox

        for n in args.docs:
            inbox = work / f"inbox-{n}"
            size = generate(args.source, inbox, n)
            lib = run_library(inbox, work / f"lib-corpus-{n}")
            row = {"docs": n, "mb": round(size / 1e6, 2), "library": lib,
                   "library_docs_per_s": round(n / lib["wall_s"], 1)}
            results["runs"].append(row)
            print(f"{n:>6} docs ({row['mb']} MB): library {lib['wall_s']:.1f}s ({row['library_docs_per_s']} docs/s), "
                  f"CPU {lib['cpu_s']:.1f}s, load {lib['load_avg']}", flush=True)
            if args.local:
                report_stack("local", n, row, run_stack(args.local, inbox, work / f"local-corpus-{n}",
                                                        work / f"local-home-{n}", args.batch_size, stack_warm), lib)
            if args.celery:
                report_stack("celery", n, row, run_stack(args.celery[0], inbox, work / f"celery-corpus-{n}",
                                                         work / f"celery-home-{n}", args.batch_size, stack_warm,
                                                         redis_url=args.celery[1], workers=args.workers), lib)
            if args.no_dag_test:
                continue
            dag_res = run_dag(dag, inbox, work / f"dag-corpus-{n}", args.batch_size)
            overhead = (dag_res["wall_s"] - lib["wall_s"]) / lib["wall_s"]
            validation = dag_res["durations_s"].get("schema_validation_in_clean", 0.0)
            overhead_excl = (dag_res["wall_s"] - validation - lib["wall_s"]) / lib["wall_s"]
            row.update({"dag": dag_res, "dag_docs_per_s": round(n / dag_res["wall_s"], 1),
                        "overhead": round(overhead, 3), "schema_validation_s": validation,
                        "overhead_excluding_schema_validation": round(overhead_excl, 3)})
            print(f"{n:>6} docs ({row['mb']} MB): library {lib['wall_s']:.1f}s ({row['library_docs_per_s']} docs/s), "
                  f"DAG {dag_res['wall_s']:.1f}s ({row['dag_docs_per_s']} docs/s, {dag_res['batches']} batches), "
                  f"overhead {overhead:+.1%} ({overhead_excl:+.1%} without the {validation:.1f}s of schema "
                  f"validation the library run does not do); records {lib['records']} vs {dag_res['records']}, "
                  f"near-duplicates {lib['near_duplicates']} vs {dag_res['near_duplicates']}; "
                  f"CPU library {lib['cpu_s']:.1f}s, DAG {dag_res['cpu_s']:.1f}s "
                  f"({(dag_res['cpu_s'] - lib['cpu_s']) / lib['cpu_s']:+.1%}); "
                  f"load {lib['load_avg']} / {dag_res['load_avg']}",
                  flush=True)
    finally:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"airflow setup {results.get('airflow_setup_s')}s, dag.test warm-up {results.get('dag_warmup_s', 'skipped')} s; "
          f"results in {args.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
