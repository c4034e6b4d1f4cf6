"""The package's top level loads the language module only when `detect_language` is asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_import_cleaners_leaves_language_unloaded() -> None:
    # The runner's parent process and Airflow's DAG parsing import the package but never detect languages.
    out = _run("import sys, cleaners, cleaners.cli; print('cleaners.language' in sys.modules)")
    assert out == "False"


def test_detect_language_still_importable_from_the_package() -> None:
    out = _run(
        "import sys, cleaners\n"
        "from cleaners import detect_language\n"
        "import cleaners.language as lang\n"
        "assert detect_language is lang.detect_language and cleaners.detect_language is lang.detect_language\n"
        "print(detect_language('Ceci est une phrase en français, assez longue pour être reconnue.')[0])"
    )
    assert out == "fr"


def test_unknown_attribute_is_an_attribute_error() -> None:
    import cleaners

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        cleaners.nope  # noqa: B018
    assert "detect_language" in cleaners.__all__
