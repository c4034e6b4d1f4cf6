"""language imports without numpy: the script table is built as bytes, numpy is imported lazily.

The plain (uncompiled) script counts still run on numpy; these tests hold the bytes table to the
numpy-built one it replaced and check that importing the module leaves numpy unimported.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from cleaners import language as L


def _numpy_table() -> np.ndarray:
    """The table as it was built with numpy (the definition)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for name, _, ranges in L._SCRIPTS:
        for lo, hi in ranges:
            if lo <= 0xFFFF:
                table[lo : min(hi, 0xFFFF) + 1] = L._SID[name]
    return table


def test_bytes_table_is_the_numpy_table() -> None:
    assert _numpy_table().tobytes() == L._TABLE_BYTES
    assert (L._np_table() == _numpy_table()).all()
    assert len(set(L._TABLE_BYTES)) > 20  # many scripts, not an empty table


def test_family_languages_are_the_numpy_ones() -> None:
    idx = np.array([L._LANG_IDX.get(f if f == "cjk" else L._FAMILY_LANG[f] or "", 0) for f in L._FAMILIES])
    assert idx.tolist() == L._FAMILY_LANG_IDX
    assert [L._LANGS[i] for i in idx.tolist()] == L._FAMILY_LANG_NAMES


def test_import_does_not_import_numpy() -> None:
    code = "import sys, cleaners.language; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
