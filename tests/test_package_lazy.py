"""The package's top level loads the language module only when `detect_language` is asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_runner_parent_leaves_the_corpus_package_and_numpy_unloaded(tmp_path: Path) -> None:
    # A parallel run's parent only discovers, claims and writes: the corpus package (numpy, the quality and
    # dedup stages) and the PostgreSQL dialect are no part of that when the corpus pass is off.
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("A title\n\n" + "A sentence of body text that is long enough to keep. " * 8 + "\n")
    out = _run(
        "import sys\n"
        "from cleaners.runner import run\n"
        f"s = run([{str(inbox)!r}], {str(tmp_path / 'out')!r}, workers=2, progress=False)\n"
        "print(s.records, sorted(m for m in ('numpy', 'cleaners.corpus', 'cleaners.quality',\n"
        "      'sqlalchemy.dialects.postgresql') if m in sys.modules))"
    )
    assert out == "1 []"


def test_runner_loads_the_corpus_package_when_the_pass_is_on() -> None:
    from cleaners.config import Config
    from cleaners.corpus import corpus_pass_enabled, map_batch
    from cleaners.runner import _batch_function, _corpus_pass_on, clean_batch_framed

    on = Config(corpus_pass=True)
    parts_off = Config(corpus_pass=True, corpus_site_boilerplate=False, corpus_near_dup=False, corpus_dedup="off")
    for config in (Config(), on, parts_off):
        assert _corpus_pass_on(config) == corpus_pass_enabled(config)
    assert _batch_function(on) is map_batch
    assert _batch_function(parts_off) is clean_batch_framed and _batch_function(Config()) is clean_batch_framed
