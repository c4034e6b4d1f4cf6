"""Disk full for real: the corpus on a 4 MB tmpfs, filled up before the run.

The run must fail with a clear error, leave no partial shard and no temp file (shards committed
before the disk filled up stay, complete, with their files finished), give its
claims back, and a re-run after space is freed must produce the whole corpus. Needs root and
mount(8); without them the test is skipped with the reason (tests/test_write.py keeps the
simulated ENOSPC test for machines without them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_faults import assert_no_visible_partial_file, corpus_records, make_inbox

from cleaners.config import Config
from cleaners.runner import RunError, run
from cleaners.write import WriteError

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root and mount(8) for a size-limited tmpfs")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(mnt: Path, leave: int) -> Path:
    """Fill the file system until only about `leave` bytes are free."""
    filler = mnt / "filler"
    st = os.statvfs(mnt)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


@pytest.mark.parametrize("catalog_on_full_disk", [False, True], ids=["catalog-elsewhere", "catalog-on-full-disk"])
def test_disk_full_fails_clearly_leaves_nothing_partial_and_rerun_completes(
    small_fs: Path, tmp_path: Path, catalog_on_full_disk: bool
) -> None:
    inbox = make_inbox(tmp_path)
    config = Config(shard_max_records=3)
    ref = tmp_path / "ref"
    run([inbox], ref, config, progress=False)
    out = small_fs / "corpus"
    catalog = None if catalog_on_full_disk else f"sqlite:///{tmp_path / 'catalog.sqlite'}"
    run([inbox], small_fs / "warm", config, progress=False, catalog_url=catalog and f"sqlite:///{tmp_path / 'w.sqlite'}")
    shutil.rmtree(small_fs / "warm")
    filler = _fill(small_fs, leave=24 * 1024)  # room to create the layout and the catalog, not the corpus
    with pytest.raises((WriteError, RunError)) as failure:
        run([inbox], out, config, progress=False, catalog_url=catalog)
    message = str(failure.value)
    assert "disk full" in message.splitlines()[0], message
    # Nothing a reader could take for output: no shard at all (none was complete), no temp file.
    assert not list(out.glob("*/.*.tmp")), "a temp file was left behind"
    if out.exists():
        assert_no_visible_partial_file(out)
    filler.unlink()
    s = run([inbox], out, config, progress=False, catalog_url=catalog)
    assert s.records > 0
    assert corpus_records(out) == corpus_records(ref)
    assert_no_visible_partial_file(out)


def test_cli_says_disk_full(small_fs: Path, tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path)
    filler = _fill(small_fs, leave=4 * 1024)
    proc = subprocess.run(
        [sys.executable, "-m", "cleaners", "run", str(inbox), "--out", str(small_fs / "corpus"), "--no-progress",
         "--catalog", f"sqlite:///{tmp_path / 'catalog.sqlite'}"],
        cwd=REPO, capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 1
    assert "disk full" in proc.stderr or "No space left" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    filler.unlink()
