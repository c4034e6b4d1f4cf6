"""One OpenBLAS thread unless the user chose a count (imported first by the package, before numpy).

Nothing here calls BLAS (numpy serves MinHash and array arithmetic), yet OpenBLAS starts a thread per
core when numpy loads, and they spin ~0.11 s of CPU per process. The setting goes into os.environ, so
the runner's spawned workers inherit it.
"""

from __future__ import annotations

import os
import sys

# OpenBLAS reads the first of these it finds when numpy loads (in order of precedence).
BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def single_threaded_blas() -> bool:
    """Set OPENBLAS_NUM_THREADS=1 unless numpy is loaded already (too late to matter) or the user set
    any of BLAS_THREAD_VARS (their choice wins); True if it set it."""
    if "numpy" in sys.modules or any(os.environ.get(name) for name in BLAS_THREAD_VARS):
        return False
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    return True


single_threaded_blas()
