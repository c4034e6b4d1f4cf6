"""Compiles the per-line hot stage modules with Cython; the rest of the metadata is in pyproject.toml.

The modules are plain Python (Cython's pure-Python mode): the `.py` files are the only source, they
run as they are where nothing was compiled, and each compiled module is an optional extension, so a
machine without a C compiler still installs (pure Python, slower). `CLEANERS_PURE_PYTHON=1` skips
the compilation. Every build writes `cleaners/_build_manifest.json` (the SHA-256 of each compiled
module's source): `cleaners._compiled` runs a module's source instead of a build made from another
version of it, so an edited `.py` is never shadowed by a stale `.so`.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent


def _compiled_modules() -> tuple[str, ...]:
    """cleaners._compiled.COMPILED, read from its source (importing the package needs its dependencies)."""
    tree = ast.parse((HERE / "cleaners" / "_compiled.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "COMPILED" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("cleaners/_compiled.py has no COMPILED list")


COMPILED = _compiled_modules()


def _pure_python() -> bool:
    return os.environ.get("CLEANERS_PURE_PYTHON", "").strip().lower() not in ("", "0", "false", "no")


# The SHA-256 of each compiled module's source as it was when the build started (the build manifest's record).
_SOURCE_DIGESTS: dict[str, str] = {}


def _extensions() -> list:
    if _pure_python():
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:  # build isolation without Cython, or a bare environment: pure Python
        print("cleaners: Cython is not installed; installing the pure-Python modules only")
        return []
    from setuptools import Extension

    # Hash every source before Cython translates it: a module edited while the build runs (between its
    # translation to C and its compilation) is then recorded with the text it was built from, and seen as stale.
    for name in COMPILED:
        _SOURCE_DIGESTS[name] = hashlib.sha256((HERE / "cleaners" / f"{name}.py").read_bytes()).hexdigest()
    extensions = [
        # -g0: no debug sections (they triple the size of the modules and the link time).
        Extension(f"cleaners.{name}", [f"cleaners/{name}.py"], optional=True, extra_compile_args=["-g0"])
        for name in COMPILED
    ]
    return cythonize(
        extensions,
        # warn.unreachable: the pure-Python branches after `if cython.compiled:` are unreachable by design.
        compiler_directives={"language_level": 3, "warn.unreachable": False},
        quiet=True,
        nthreads=int(os.environ.get("CLEANERS_BUILD_JOBS", "0") or 0),
    )


class BuildExtWithManifest(build_ext):
    """build_ext that records which source each compiled module was made from."""

    def run(self) -> None:
        self._built: dict[str, str] = {}
        super().run()
        out_dir = Path(self.get_ext_fullpath("cleaners.pipeline")).parent
        manifest = {"sources": dict(sorted(self._built.items()))}
        out_dir.mkdir(parents=True, exist_ok=True)
        tmp = out_dir / "_build_manifest.json.tmp"
        tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        tmp.replace(out_dir / "_build_manifest.json")

    def build_extension(self, ext) -> None:  # noqa: ANN001 (setuptools' Extension)
        name = ext.name.rpartition(".")[2]
        digest = _SOURCE_DIGESTS[name]  # (taken before the translation to C, in _extensions)
        super().build_extension(ext)  # raises on failure (an optional extension is then skipped)
        self._built[name] = digest


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExtWithManifest})
