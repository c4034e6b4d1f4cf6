"""Which stage modules run compiled, and the guard that never lets a stale build run.

setup.py compiles the per-line hot modules with Cython in pure-Python mode: the `.py` file is the
only source and a compiled `.so` beside it is imported first. A `.so` built from another version of
the source (after an edit, a `git checkout` or a pull without a rebuild) would silently run old
code, so the build records the SHA-256 of each source it compiled (`_build_manifest.json`) and
`install()` puts a finder in front of the import system that loads the `.py` instead whenever the
two disagree, with a warning that says how to rebuild. `CLEANERS_PURE_PYTHON=1` runs every module
from its source (for a comparison, or to debug with Python tools).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = PACKAGE_DIR / "_build_manifest.json"
# setup.py compiles these (it reads this list); the Makefile's COMPILED_SOURCES names them too.
COMPILED = (
    "boilerplate", "dedup", "document", "language", "metadata", "normalize", "patterns", "pipeline",
    "quality", "segment",
)
# Compiled modules built against another compiled module's C types (they `cimport` Line from
# document.pxd): their build only imports beside that module's build, so they run from source too
# whenever it does not run compiled.
CIMPORTS = {
    name: ("document",) for name in ("boilerplate", "dedup", "language", "metadata", "pipeline", "quality", "segment")
}
REBUILD_HINT = "rebuild with `make build` (or `python setup.py build_ext --inplace`)"


def pure_python_requested() -> bool:
    return os.environ.get("CLEANERS_PURE_PYTHON", "").strip().lower() not in ("", "0", "false", "no")


def _built_sources() -> dict[str, str]:
    try:
        return dict(json.loads(MANIFEST.read_text())["sources"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _compiled_file(name: str) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = PACKAGE_DIR / f"{name}{suffix}"
        if candidate.exists():
            return candidate
    return None


def _source_digest(name: str) -> str | None:
    try:
        return hashlib.sha256((PACKAGE_DIR / f"{name}.py").read_bytes()).hexdigest()
    except OSError:  # an installed wheel may carry the compiled module without its source
        return None


def module_state(name: str) -> str:
    """"compiled", "source" (no build, or pure Python asked for) or "stale" (a build of other source)."""
    if _compiled_file(name) is None or pure_python_requested():
        return "source"
    if _uncompiled_dependency(name) is not None:
        return "stale"
    digest = _source_digest(name)
    if digest is None:
        return "compiled"
    return "compiled" if _built_sources().get(name) == digest else "stale"


def _uncompiled_dependency(name: str) -> str | None:
    """The module whose C types `name`'s build uses, when that module does not run compiled."""
    for dependency in CIMPORTS.get(name, ()):
        if module_state(dependency) != "compiled":
            return dependency
    return None


def build_info() -> dict[str, str]:
    """How each compiled-capable module runs in this process ("compiled" or "source"), for reports."""
    info = {}
    for name in COMPILED:
        module = sys.modules.get(f"cleaners.{name}")
        if module is not None:
            info[name] = "compiled" if is_compiled(module) else "source"
        else:
            state = module_state(name)
            info[name] = "compiled" if state == "compiled" else "source"
    return info


def is_compiled(module: ModuleType) -> bool:
    return any(str(getattr(module, "__file__", "")).endswith(s) for s in importlib.machinery.EXTENSION_SUFFIXES)


def summary() -> str:
    """One line for benchmark output: which modules are compiled."""
    info = build_info()
    compiled = [name for name, how in info.items() if how == "compiled"]
    if not compiled:
        return "pure Python (no compiled modules)"
    if len(compiled) == len(info):
        return f"compiled with Cython ({len(compiled)} modules)"
    return f"compiled: {', '.join(compiled)}; source: {', '.join(n for n in info if n not in compiled)}"


class SourceWhenStale(importlib.abc.MetaPathFinder):
    """Loads `cleaners.<module>` from its `.py` when its compiled build is stale or not wanted."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in COMPILED:
            return None
        state = module_state(name)
        if state == "compiled" or _compiled_file(name) is None:
            return None  # the normal import system finds the .so (or the only file there is)
        if state == "stale":
            dependency = _uncompiled_dependency(name)
            why = (f"its build uses the C types of cleaners.{dependency}, which runs from source"
                   if dependency else f"the compiled module was built from another version of {name}.py")
            warnings.warn(
                f"cleaners.{name}: {why}; running the source instead (slower). To use the build again: {REBUILD_HINT}",
                RuntimeWarning,
                stacklevel=2,
            )
        return importlib.util.spec_from_file_location(fullname, PACKAGE_DIR / f"{name}.py")


def install() -> None:
    """Put the guard in front of the import system once (cleaners/__init__ calls it first)."""
    if not any(isinstance(finder, SourceWhenStale) for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceWhenStale())


install()
