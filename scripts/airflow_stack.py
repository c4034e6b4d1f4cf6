#!/usr/bin/env python3
"""The distributed Airflow stack of `cleaners`: ONE definition of its components, commands and settings.

Used by
  * docker-compose.yml: every Airflow service runs `COMPONENTS[...]` with the `stack_env()` keys
    (tests/test_compose.py checks the file against this module), and `airflow-init` runs `init` below;
  * tests/test_distributed.py: the same topology without Docker, on the machine's PostgreSQL and Redis;
  * people: `python scripts/airflow_stack.py up --db-url ... --broker-url ...` starts it in the foreground.

Components: api-server, scheduler, dag-processor, triggerer and N Celery workers (CeleryExecutor, the
default), or the first four alone with `executor=LocalExecutor` (tasks run in the scheduler's pool of
LOCAL_PARALLELISM processes; `up --executor LocalExecutor`, no --broker-url). Each is started in
its own session (setsid) and stopped by killing its process group (TERM, then KILL).

    python scripts/airflow_stack.py init      # dirs, passwords file, catalog DB, `airflow db migrate`
    python scripts/airflow_stack.py up --home /tmp/af --db-url postgresql+psycopg2://postgres@127.0.0.1/af \\
        --broker-url redis://127.0.0.1:6379/5 --workers 2
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Component -> arguments after `airflow` (compose: the service's `command`, the image entrypoint adds `airflow`).
# Task logs are on a folder every component shares (compose: a bind mount), so no component needs to
# serve them over HTTP, and two stacks (or two workers) on one host do not fight over log-server ports.
COMPONENTS: dict[str, list[str]] = {
    "api-server": ["api-server"],
    "scheduler": ["scheduler", "--skip-serve-logs"],
    "dag-processor": ["dag-processor"],
    "triggerer": ["triggerer", "--skip-serve-logs"],
    "worker": ["celery", "worker", "--skip-serve-logs"],
}
# docker-compose service -> component
COMPOSE_SERVICES: dict[str, str] = {
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-triggerer": "triggerer",
    "airflow-worker": "worker",
}
INIT_ARGS = ["scripts/airflow_stack.py", "init"]  # run with python, from the project root (/opt/cleaners)
EXECUTOR = "CeleryExecutor"  # the default (docker-compose.yml); StackConfig(executor=LOCAL_EXECUTOR) for no workers
LOCAL_EXECUTOR = "LocalExecutor"
LOCAL_PARALLELISM = 2  # LocalExecutor pre-forks `parallelism` worker processes in the scheduler: one per core here
AUTH_MANAGER = "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
HOSTNAME_CALLABLE = "cleaners_flow.hostname.get_hostname"


@dataclass
class StackConfig:
    home: Path
    db_url: str  # postgresql+psycopg2://user:pw@host:port/db
    broker_url: str  # redis://host:port/n
    api_host: str = "127.0.0.1"
    api_port: int = 8080
    api_url_host: str | None = None  # how the other components reach the API (compose: airflow-apiserver)
    dags_folder: Path = REPO / "dags"
    inbox: Path = REPO / "seeds"
    corpus: Path = REPO / "corpus"
    catalog_url: str | None = None
    fernet_key: str = ""
    jwt_secret: str = ""
    admin_user: str = "admin"
    passwords_file: Path | None = None
    parallelism: int = 4
    worker_concurrency: int = 2
    schedule: str = "@hourly"
    executor: str = EXECUTOR  # LOCAL_EXECUTOR: tasks run in the scheduler's pool, no Celery keys, no workers
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.home = Path(self.home)
        if not self.fernet_key:
            from cryptography.fernet import Fernet

            self.fernet_key = Fernet.generate_key().decode()
        self.jwt_secret = self.jwt_secret or secrets.token_hex(32)
        self.passwords_file = Path(self.passwords_file or self.home / "config" / "passwords.json")
        self.catalog_url = self.catalog_url or f"sqlite:///{Path(self.corpus).resolve()}/catalog.sqlite"

    @property
    def celery(self) -> bool:
        return self.executor == EXECUTOR

    @property
    def api_url(self) -> str:
        return f"http://{self.api_url_host or self.api_host}:{self.api_port}"


def result_backend_for(db_url: str) -> str:
    """Celery's result backend URL for the metadata DB (`db+postgresql://...`)."""
    scheme, rest = db_url.split("://", 1)
    return f"db+{scheme.split('+')[0]}://{rest}"


def stack_env(cfg: StackConfig) -> dict[str, str]:
    """Every setting the components share. docker-compose.yml sets exactly these keys (values differ)."""
    env = {
        "AIRFLOW_HOME": str(cfg.home),
        "PYTHONPATH": str(cfg.dags_folder),  # cleaners_flow (hostname callable) importable everywhere
        "PYTHONUNBUFFERED": "1",  # log lines reach files/`docker logs` at once (readiness is read from them)
        "AIRFLOW__CORE__EXECUTOR": cfg.executor,
        "AIRFLOW__CORE__AUTH_MANAGER": AUTH_MANAGER,
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{cfg.admin_user}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(cfg.passwords_file),
        "AIRFLOW__CORE__FERNET_KEY": cfg.fernet_key,
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(cfg.dags_folder),
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__PARALLELISM": str(cfg.parallelism),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{cfg.api_url}/execution/",
        "AIRFLOW__CORE__HOSTNAME_CALLABLE": HOSTNAME_CALLABLE,
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": cfg.db_url,
        "AIRFLOW__CELERY__BROKER_URL": cfg.broker_url,
        "AIRFLOW__CELERY__RESULT_BACKEND": result_backend_for(cfg.db_url),
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(cfg.worker_concurrency),
        "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
        "AIRFLOW__API__HOST": cfg.api_host,
        "AIRFLOW__API__PORT": str(cfg.api_port),
        "AIRFLOW__API_AUTH__JWT_SECRET": cfg.jwt_secret,
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(cfg.home / "logs"),
        "CLEANERS_INBOX": str(cfg.inbox),
        "CLEANERS_CORPUS": str(cfg.corpus),
        "CLEANERS_CATALOG_URL": str(cfg.catalog_url),
        "CLEANERS_SCHEDULE": cfg.schedule,
        **cfg.extra_env,
    }
    if not cfg.celery:
        env = {k: v for k, v in env.items() if not k.startswith("AIRFLOW__CELERY__")}
    return env


ENV_KEYS = frozenset(stack_env(StackConfig(home=Path("/x"), db_url="postgresql+psycopg2://u@h/db",
                                           broker_url="redis://h:6379/0", fernet_key="k", jwt_secret="s")))
SECRET_KEYS = frozenset({"AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__API_AUTH__JWT_SECRET"})


# --------------------------------------------------------------------------------------------------
# init: the one-time set-up (compose: the airflow-init service)


def init(env: Mapping[str, str] | None = None, airflow: str = "airflow") -> None:
    """Create the folders, the passwords file and the catalog database, then migrate both databases.

    Reads the stack's environment (stack_env keys) plus AIRFLOW_ADMIN_USER / AIRFLOW_ADMIN_PASSWORD.
    Idempotent: safe to run before every start.
    """
    env = dict(os.environ if env is None else env)
    home = Path(env["AIRFLOW_HOME"])
    dirs = [home / "logs", Path(env["CLEANERS_CORPUS"])]
    passwords = Path(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"])
    for d in [*dirs, passwords.parent]:
        d.mkdir(parents=True, exist_ok=True)

    password = env.get("AIRFLOW_ADMIN_PASSWORD", "")
    if not password:
        raise SystemExit("AIRFLOW_ADMIN_PASSWORD is not set (see .env.example)")
    user = env.get("AIRFLOW_ADMIN_USER") or env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"].split(":")[0]
    tmp = passwords.with_suffix(".tmp")
    tmp.write_text(json.dumps({user: password}) + "\n", encoding="utf-8")
    tmp.chmod(0o600)
    os.replace(tmp, passwords)

    catalog_url = env.get("CLEANERS_CATALOG_URL", "")
    if catalog_url.startswith("postgresql"):
        create_database(catalog_url)
    if catalog_url:
        sys.path.insert(0, str(REPO))
        from cleaners.catalog import Catalog

        cat = Catalog.open(catalog_url)
        try:
            cat.migrate()
        finally:
            cat.close()

    uid = env.get("AIRFLOW_UID")
    if uid and os.geteuid() == 0:  # compose runs init as root: hand the writable folders to the airflow user
        for d in [*dirs, passwords.parent]:
            for root, subdirs, files in os.walk(d):
                for name in [root, *(os.path.join(root, n) for n in subdirs + files)]:
                    os.chown(name, int(uid), 0)

    subprocess.run([airflow, "db", "migrate"], env=env, check=True)


def create_database(url: str) -> bool:
    """CREATE DATABASE for a PostgreSQL URL if it does not exist (connecting to the server's 'postgres' DB)."""
    import psycopg2
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conn = psycopg2.connect(host=u.host or "localhost", port=u.port or 5432, user=u.username,
                            password=u.password, dbname="postgres")
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (u.database,))
            if cur.fetchone():
                return False
            cur.execute(f'CREATE DATABASE "{u.database}"')
            return True
    finally:
        conn.close()


# --------------------------------------------------------------------------------------------------
# the running stack (tests and `up`)


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log: Path


class Stack:
    """Start/stop the components as process groups; poll health through the REST API."""

    def __init__(self, cfg: StackConfig, airflow_bin: str | None = None) -> None:
        self.cfg = cfg
        # Nothing Airflow- or cleaners-specific leaks in from the caller (a test process may have its own
        # AIRFLOW_HOME, SQLite URL or log level): the components get exactly stack_env().
        inherited = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "CLEANERS_", "_AIRFLOW"))}
        self.env = {**inherited, **stack_env(cfg), "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO"}
        venv_bin = str(Path(sys.executable).parent)
        self.env["PATH"] = venv_bin + os.pathsep + self.env.get("PATH", "")
        self.airflow = airflow_bin or shutil.which("airflow", path=self.env["PATH"]) or "airflow"
        self.procs: list[Proc] = []
        self.log_dir = cfg.home / "stack-logs"

    def init(self, admin_password: str) -> None:
        init({**self.env, "AIRFLOW_ADMIN_PASSWORD": admin_password, "AIRFLOW_ADMIN_USER": self.cfg.admin_user},
             airflow=self.airflow)

    def start_component(self, name: str, component: str, extra_args: list[str] | None = None,
                        extra_env: dict[str, str] | None = None) -> Proc:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_dir / f"{name}.log"
        with open(log, "ab") as fh:
            popen = subprocess.Popen(
                [self.airflow, *COMPONENTS[component], *(extra_args or [])],
                env={**self.env, **(extra_env or {})}, stdout=fh, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,  # setsid: its own process group
            )
        proc = Proc(name, popen, log)
        self.procs.append(proc)
        return proc

    def start(self, workers: int = 2) -> None:
        """The four core components, plus `workers` Celery workers (none with the LocalExecutor)."""
        if not self.cfg.celery:
            workers = 0
        for component in ("api-server", "scheduler", "dag-processor", "triggerer"):
            self.start_component(component, component)
        for i in range(1, workers + 1):
            name = f"worker{i}"
            self.start_component(name, "worker", ["--celery-hostname", f"{name}@%h"],
                                 {"CLEANERS_HOSTNAME": f"{name}.cleaners-stack"})

    def dead(self) -> list[str]:
        return [f"{p.name} (rc {p.popen.returncode})" for p in self.procs if p.popen.poll() is not None]

    def wait_healthy(self, timeout: float = 180.0) -> dict:
        """Until the API reports every component healthy and each worker logged 'ready' (an INFO line)."""
        deadline = time.monotonic() + timeout
        last: object = None
        while time.monotonic() < deadline:
            if dead := self.dead():
                raise RuntimeError(f"components exited: {dead}\n{self.tails()}")
            try:
                health = self.request("GET", "/api/v2/monitor/health", token=None)
                last = health
                healthy = all(
                    (health.get(k) or {}).get("status") == "healthy"
                    for k in ("metadatabase", "scheduler", "triggerer", "dag_processor")
                )
                workers_ready = all(
                    " ready." in p.log.read_text(errors="replace") for p in self.procs if p.name.startswith("worker")
                )
                if healthy and workers_ready:
                    return health
            except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError) as exc:
                last = exc
            time.sleep(1.0)
        raise TimeoutError(f"stack not healthy after {timeout:.0f}s (last: {last})\n{self.tails()}")

    def request(self, method: str, path: str, body: object = None, token: str | None = "auto",
                expect: tuple[int, ...] = (200, 201)) -> dict:
        headers = {"Content-Type": "application/json"}
        if token == "auto":
            token = self.token()
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.cfg.api_url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, payload = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, payload = err.code, err.read()
        if status not in expect:
            raise urllib.error.HTTPError(req.full_url, status, payload.decode(errors="replace")[:500], {}, None)
        return json.loads(payload) if payload else {}

    _token: str | None = None

    def token(self) -> str:
        if self._token is None:
            password = json.loads(Path(self.cfg.passwords_file).read_text())[self.cfg.admin_user]
            resp = self.request("POST", "/auth/token", {"username": self.cfg.admin_user, "password": password},
                                token=None)
            self._token = resp["access_token"]
        return self._token

    def tails(self, lines: int = 25) -> str:
        out = []
        for p in self.procs:
            text = p.log.read_text(errors="replace").splitlines() if p.log.exists() else []
            out.append(f"--- {p.name} ({p.log}) ---\n" + "\n".join(text[-lines:]))
        return "\n".join(out)

    def stop(self, grace: float = 20.0) -> None:
        """TERM every process group, wait, then KILL what is left. Safe to call twice."""
        for p in self.procs:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(p.popen.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for p in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.popen.wait(timeout=max(0.1, deadline - time.monotonic()))
        for p in self.procs:  # the group may outlive its leader (task supervisors, pool children)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(p.popen.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.popen.wait(timeout=5)
        self.procs = [p for p in self.procs if p.popen.poll() is None]


# --------------------------------------------------------------------------------------------------


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("init", help="one-time set-up from the environment (the compose airflow-init service)")
    up = sub.add_parser("up", help="start the whole stack in the foreground; Ctrl-C stops it")
    up.add_argument("--home", required=True, type=Path)
    up.add_argument("--db-url", required=True)
    up.add_argument("--broker-url", default="", help="Redis URL (required with the CeleryExecutor)")
    up.add_argument("--executor", choices=[EXECUTOR, LOCAL_EXECUTOR], default=EXECUTOR)
    up.add_argument("--catalog-url")
    up.add_argument("--inbox", type=Path, default=REPO / "seeds")
    up.add_argument("--corpus", type=Path, default=REPO / "corpus")
    up.add_argument("--port", type=int, default=8080)
    up.add_argument("--workers", type=int, default=2)
    up.add_argument("--schedule", default="@hourly")
    args = parser.parse_args(argv)

    if args.cmd == "init":
        init()
        return 0

    if args.executor == EXECUTOR and not args.broker_url:
        parser.error("--broker-url is required with the CeleryExecutor")
    local = {} if args.executor == EXECUTOR else {"executor": args.executor, "parallelism": LOCAL_PARALLELISM}
    cfg = StackConfig(home=args.home.resolve(), db_url=args.db_url, broker_url=args.broker_url,
                      catalog_url=args.catalog_url, inbox=args.inbox.resolve(), corpus=args.corpus.resolve(),
                      api_port=args.port, schedule=args.schedule, **local)
    stack = Stack(cfg)
    password = os.environ.get("AIRFLOW_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
    stack.init(password)

    def _stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    try:
        stack.start(args.workers)
        stack.wait_healthy(timeout=300)
        print(f"stack up: {cfg.api_url} (user {cfg.admin_user}, password in {cfg.passwords_file}); Ctrl-C stops it",
              flush=True)
        while not stack.dead():
            time.sleep(2)
        print(f"components exited: {stack.dead()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(_main())
