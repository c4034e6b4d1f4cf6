"""The Cython build: the list of compiled modules, the stale-build guard, and compiled == pure output."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from cleaners import _compiled

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "tests" / "pages"


def _setup_compiled_list(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    """setup.py's COMPILED, from running it with setup() stubbed out (and nothing compiled)."""
    import runpy

    import setuptools

    monkeypatch.setenv("CLEANERS_PURE_PYTHON", "1")
    monkeypatch.setattr(setuptools, "setup", lambda **kwargs: None)
    return tuple(runpy.run_path(str(REPO / "setup.py"))["COMPILED"])


def test_setup_and_guard_list_the_same_modules(monkeypatch):
    assert _setup_compiled_list(monkeypatch) == _compiled.COMPILED
    for name in _compiled.COMPILED:
        assert (REPO / "cleaners" / f"{name}.py").is_file()


def test_makefile_rebuilds_when_a_compiled_source_changes():
    makefile = (REPO / "Makefile").read_text()
    line = next(ln for ln in makefile.splitlines() if ln.startswith("COMPILED_SOURCES"))
    assert all(f" {name} " in f" {line.split(',')[-1].rstrip(')')} " for name in _compiled.COMPILED), line


@pytest.fixture
def fake_package(tmp_path, monkeypatch):
    """A package folder with one module's source, as the guard sees it (normalize: it cimports no other module)."""
    (tmp_path / "normalize.py").write_text("X = 1\n")
    monkeypatch.setattr(_compiled, "PACKAGE_DIR", tmp_path)
    monkeypatch.setattr(_compiled, "MANIFEST", tmp_path / "_build_manifest.json")
    monkeypatch.delenv("CLEANERS_PURE_PYTHON", raising=False)
    return tmp_path


def _fake_build(pkg: Path, source_digest: str) -> None:
    import importlib.machinery

    (pkg / f"normalize{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"not really a module")
    (pkg / "_build_manifest.json").write_text(json.dumps({"sources": {"normalize": source_digest}}))


def test_no_build_runs_the_source(fake_package):
    assert _compiled.module_state("normalize") == "source"
    assert _compiled.SourceWhenStale().find_spec("cleaners.normalize") is None  # the normal import finds the .py


def test_a_build_of_this_source_runs_compiled(fake_package):
    _fake_build(fake_package, hashlib.sha256(b"X = 1\n").hexdigest())
    assert _compiled.module_state("normalize") == "compiled"
    assert _compiled.SourceWhenStale().find_spec("cleaners.normalize") is None


def test_a_build_of_other_source_is_stale_and_the_source_runs_with_a_warning(fake_package):
    _fake_build(fake_package, hashlib.sha256(b"X = 0\n").hexdigest())
    assert _compiled.module_state("normalize") == "stale"
    with pytest.warns(RuntimeWarning, match="built from another version of normalize.py"):
        spec = _compiled.SourceWhenStale().find_spec("cleaners.normalize")
    assert spec is not None and spec.origin == str(fake_package / "normalize.py")


def test_a_build_without_a_manifest_is_stale(fake_package):
    _fake_build(fake_package, "")
    (fake_package / "_build_manifest.json").unlink()
    assert _compiled.module_state("normalize") == "stale"


def test_pure_python_can_be_asked_for(fake_package, monkeypatch):
    _fake_build(fake_package, hashlib.sha256(b"X = 1\n").hexdigest())
    monkeypatch.setenv("CLEANERS_PURE_PYTHON", "1")
    assert _compiled.module_state("normalize") == "source"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # asked for: no warning
        spec = _compiled.SourceWhenStale().find_spec("cleaners.normalize")
    assert spec is not None and spec.origin.endswith("normalize.py")


def test_the_guard_ignores_other_modules(fake_package):
    finder = _compiled.SourceWhenStale()
    assert finder.find_spec("cleaners.runner") is None
    assert finder.find_spec("json") is None


def _compiled_modules_in_use() -> list[str]:
    return [name for name, how in _compiled.build_info().items() if how == "compiled"]


def _require_build() -> None:
    if _compiled_modules_in_use():
        return
    msg = "no compiled stage modules in this checkout: build them with `make build`"
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(msg + " (CI must test the compiled build: `make test` builds it first)")
    pytest.skip(msg)


def test_the_build_is_what_runs():
    """`make test` builds first: every module the manifest lists must be the compiled one here."""
    _require_build()
    import importlib

    built = json.loads(_compiled.MANIFEST.read_text())["sources"]
    for name in built:
        module = importlib.import_module(f"cleaners.{name}")
        assert _compiled.is_compiled(module), f"cleaners.{name} runs from {module.__file__}"


_CLEAN_SCRIPT = r"""
import json, sys
from pathlib import Path
from cleaners import Config, QuarantineError, clean_file
from cleaners._compiled import build_info
out = {"build": build_info(), "records": {}}
for backend in ("langdetect", "fasttext"):
    for path in sorted(p for d in sys.argv[1:] for p in Path(d).glob("*.txt")):
        try:
            rec = clean_file(path, config=Config(language_backend=backend)).to_dict()
        except QuarantineError as exc:
            rec = {"quarantined": str(exc)}
        out["records"][f"{backend}/{path.name}"] = rec
print(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""


def _clean_in_subprocess(pure: bool) -> dict:
    env = dict(os.environ)
    env.pop("CLEANERS_PURE_PYTHON", None)
    if pure:
        env["CLEANERS_PURE_PYTHON"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", _CLEAN_SCRIPT, str(PAGES), str(REPO / "seeds")], env=env, capture_output=True, text=True, timeout=600,
        check=True,
    )
    return json.loads(proc.stdout)


@pytest.mark.slow
def test_compiled_and_pure_python_give_identical_records():
    """The compiled modules are an optimization only: every record of the test pages is the same."""
    _require_build()
    assert sorted(PAGES.glob("*.txt")), "no test pages"
    compiled, pure = _clean_in_subprocess(pure=False), _clean_in_subprocess(pure=True)
    assert set(compiled["build"].values()) == {"compiled"}
    assert set(pure["build"].values()) == {"source"}
    assert compiled["records"].keys() == pure["records"].keys()
    differing = [key for key in compiled["records"] if compiled["records"][key] != pure["records"][key]]
    assert not differing, f"compiled and pure Python differ on {differing[:10]}"


def test_a_module_built_on_documents_c_types_runs_from_source_when_document_does(fake_package):
    """boilerplate's build cimports Line from document's build: without it, its build cannot load."""
    import importlib.machinery

    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    sources = {"document": b"D = 1\n", "boilerplate": b"B = 1\n"}
    for name, text in sources.items():
        (fake_package / f"{name}.py").write_bytes(text)
        (fake_package / f"{name}{suffix}").write_bytes(b"not really a module")
    digests = {name: hashlib.sha256(text).hexdigest() for name, text in sources.items()}
    (fake_package / "_build_manifest.json").write_text(json.dumps({"sources": digests}))
    assert _compiled.module_state("document") == "compiled"
    assert _compiled.module_state("boilerplate") == "compiled"
    (fake_package / "document.py").write_bytes(b"D = 2\n")  # edited, not rebuilt
    assert _compiled.module_state("document") == "stale"
    assert _compiled.module_state("boilerplate") == "stale"
    with pytest.warns(RuntimeWarning, match="uses the C types of cleaners.document"):
        spec = _compiled.SourceWhenStale().find_spec("cleaners.boilerplate")
    assert spec is not None and spec.origin == str(fake_package / "boilerplate.py")
    assert "dedup" in _compiled.CIMPORTS and "normalize" not in _compiled.CIMPORTS
