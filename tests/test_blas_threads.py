"""Importing the package limits OpenBLAS to one thread (nothing here calls BLAS; its idle threads spin
at numpy's import), unless the user chose a thread count, and the runner's spawned workers inherit it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLAS_VARS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _run(code: str, tmp_path: Path, **env: str) -> dict[str, object]:
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_VARS}
    clean["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(REPO), clean.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={**clean, **env},
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


_REPORT = f"import json, os; print(json.dumps({{k: os.environ.get(k) for k in {BLAS_VARS!r}}}))"


def test_import_sets_one_blas_thread(tmp_path: Path) -> None:
    out = _run("import cleaners; " + _REPORT, tmp_path)
    assert out == {"OPENBLAS_NUM_THREADS": "1", "GOTO_NUM_THREADS": None, "OMP_NUM_THREADS": None}


def test_explicit_openblas_setting_wins(tmp_path: Path) -> None:
    out = _run("import cleaners; " + _REPORT, tmp_path, OPENBLAS_NUM_THREADS="3")
    assert out["OPENBLAS_NUM_THREADS"] == "3"


def test_fallback_variables_count_as_explicit(tmp_path: Path) -> None:
    # OpenBLAS falls back to GOTO_NUM_THREADS and OMP_NUM_THREADS: a user who set one is obeyed.
    for name in ("GOTO_NUM_THREADS", "OMP_NUM_THREADS"):
        out = _run("import cleaners; " + _REPORT, tmp_path, **{name: "2"})
        assert out["OPENBLAS_NUM_THREADS"] is None
        assert out[name] == "2"


def test_numpy_loaded_first_leaves_the_environment(tmp_path: Path) -> None:
    # Too late to change numpy's threads: the environment (seen by the caller's subprocesses) stays as it was.
    out = _run("import numpy, cleaners; " + _REPORT, tmp_path)
    assert out["OPENBLAS_NUM_THREADS"] is None


def test_spawned_workers_start_numpy_with_one_thread(tmp_path: Path) -> None:
    (tmp_path / "blas_probe.py").write_text(
        "import os\n"
        "def probe(_):\n"
        "    import numpy  # noqa: F401\n"
        "    return os.environ.get('OPENBLAS_NUM_THREADS'), len(os.listdir('/proc/self/task'))\n"
    )
    code = (
        "import json\n"
        "import cleaners.runner as r\n"
        "import blas_probe\n"
        "cleaner = r._OrderedCleaner(r.Config(), 2)\n"
        "pool = cleaner._new_pool(1)\n"
        "print(json.dumps(pool.submit(blas_probe.probe, None).result()))\n"
        "pool.shutdown()\n"
    )
    setting, threads = _run(code, tmp_path)  # type: ignore[misc]
    assert setting == "1"
    assert threads == 1  # the worker's main thread only: no OpenBLAS threads
