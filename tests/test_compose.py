"""docker-compose.yml, checked without a Docker engine: schema, references, secrets, and that every
Airflow service runs the same command and settings as scripts/airflow_stack.py (the integration test's stack)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
SECRET_WORDS = re.compile(r"PASSWORD|SECRET|FERNET|TOKEN|_KEY$", re.I)
REQUIRED_VAR = re.compile(r"\$\{(\w+):\?[^}]+\}")


def _stack():
    spec = importlib.util.spec_from_file_location("airflow_stack", REPO / "scripts" / "airflow_stack.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["airflow_stack"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def stack():
    return _stack()


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def test_compose_file_matches_the_compose_spec():
    exe = Path(sys.executable).parent / "check-jsonschema"
    exe = str(exe) if exe.exists() else shutil.which("check-jsonschema")
    assert exe, "check-jsonschema is not installed (it is in requirements.lock)"
    res = subprocess.run([exe, "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_every_depends_on_target_exists(compose):
    services = compose["services"]
    for name, svc in services.items():
        deps = svc.get("depends_on") or {}
        for dep in deps if isinstance(deps, list) else deps.keys():
            assert dep in services, f"{name} depends on undefined service {dep}"
            assert dep != name, f"{name} depends on itself"


def test_services_and_healthchecks(compose, stack):
    services = compose["services"]
    expected = {"postgres", "redis", "airflow-init", *stack.COMPOSE_SERVICES}
    assert expected <= set(services)
    for name in expected - {"airflow-init"}:
        assert services[name].get("healthcheck", {}).get("test"), f"{name} has no healthcheck"
    worker = services["airflow-worker"]
    assert "container_name" not in worker and "ports" not in worker, "the worker must scale (--scale)"
    mounts = dict(reversed(re.fullmatch(r"(.+?):(/[^:]+)(?::ro|:rw)?", v).groups()) for v in worker["volumes"])
    for target in ("/opt/airflow/inbox", "/opt/airflow/corpus", "/opt/airflow/logs"):
        assert mounts.get(target, "").startswith(("./", "${")), f"{target} is not a bind mount"


def test_no_literal_secrets(compose):
    text = "\n".join(line for line in COMPOSE.read_text().splitlines() if not line.lstrip().startswith("#"))
    for name, svc in compose["services"].items():
        for key, value in _env(svc).items():
            if SECRET_WORDS.search(key) and not key.endswith("_FILE"):
                assert REQUIRED_VAR.fullmatch(value), f"{name}: {key} must come from .env as ${{VAR:?...}}"
            for user_pw in re.findall(r"://[^/@\s:]+:([^@\s]+)@", value):
                assert REQUIRED_VAR.fullmatch(user_pw), f"{name}: {key} has a literal password"
    # every required variable is documented in .env.example, where secrets are empty
    example = dict(line.split("=", 1) for line in (REPO / ".env.example").read_text().splitlines()
                   if line and not line.startswith("#"))
    for var in set(REQUIRED_VAR.findall(text)):
        assert var in example, f"{var} is required by docker-compose.yml but not in .env.example"
        assert example[var] == "", f".env.example must not hold a value for {var}"


def test_airflow_services_run_the_stack_scripts_commands_and_settings(compose, stack):
    services = compose["services"]
    for service, component in stack.COMPOSE_SERVICES.items():
        svc = services[service]
        assert svc["command"] == stack.COMPONENTS[component], service
        env = _env(svc)
        extra = set(env) - stack.ENV_KEYS
        assert extra <= {"DUMB_INIT_SETSID"}, f"{service}: keys the stack script does not set: {sorted(extra)}"
        assert set(env) >= stack.ENV_KEYS, f"{service}: missing {sorted(stack.ENV_KEYS - set(env))}"
        assert env["AIRFLOW__CORE__EXECUTOR"] == stack.EXECUTOR
        assert env["AIRFLOW__CORE__AUTH_MANAGER"] == stack.AUTH_MANAGER
        assert env["AIRFLOW__CORE__HOSTNAME_CALLABLE"] == stack.HOSTNAME_CALLABLE
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
        assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == stack.result_backend_for(
            env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        assert env["AIRFLOW__API__PORT"] == "8080"
        assert env["CLEANERS_CATALOG_URL"].startswith("postgresql+psycopg2://")
    init = services["airflow-init"]
    assert init["command"][0] == "python"
    assert init["command"][1].endswith(stack.INIT_ARGS[0]) and init["command"][2:] == stack.INIT_ARGS[1:]
    assert set(_env(init)) - stack.ENV_KEYS == {"AIRFLOW_UID", "AIRFLOW_ADMIN_USER", "AIRFLOW_ADMIN_PASSWORD"}


def test_stack_env_matches_between_script_and_test_stack(stack):
    cfg = stack.StackConfig(home=Path("/tmp/x"), db_url="postgresql+psycopg2://postgres@127.0.0.1:5432/db",
                            broker_url="redis://127.0.0.1:6379/3")
    env = stack.stack_env(cfg)
    assert set(env) == stack.ENV_KEYS
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == "db+postgresql://postgres@127.0.0.1:5432/db"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == f"{cfg.api_url}/execution/"


def test_dockerfile_uses_the_official_image_and_the_lock():
    text = (REPO / "Dockerfile").read_text()
    assert re.search(r"apache/airflow:3\.3\.2", text)
    assert "requirements.lock" in text
    # The stage modules are compiled in the image with the lock's Cython and setuptools (no build isolation,
    # which would fetch unpinned ones), with a compiler installed for it, and the build is reported.
    assert "COPY --chown=airflow:0 setup.py" in text
    assert re.search(r"pip install [^\n]*--no-build-isolation \.", text)
    assert re.search(r"apt-get install [^\n]*\bgcc\b", text)
    assert "cleaners version" in text
    lock = (REPO / "requirements.lock").read_text()
    assert re.search(r"^cython==", lock, re.M) and re.search(r"^setuptools==", lock, re.M)
    celery = re.search(r"^celery==(\d+)\.(\d+)", lock, re.M)
    assert celery and (int(celery[1]), int(celery[2])) < (5, 7), "celery must stay < 5.7"
