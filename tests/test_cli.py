"""Command line: real subprocesses for the documented commands, in-process for the details."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cleaners.cli import main
from cleaners.write import read_jsonl

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_A = SEEDS / "000_9188a69b0addec25.txt"


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "cleaners", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_python_m_cleaners_run(tmp_path: Path) -> None:
    proc = _cli("run", "seeds", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "documents out" in proc.stdout and "2 records" in proc.stdout
    [shard] = (tmp_path / "out" / "shards").glob("*-00000.jsonl.zst")
    assert len(list(read_jsonl(shard))) == 2
    [manifest] = (tmp_path / "out" / "manifests").glob("*.json")
    assert str(manifest) in proc.stdout.replace("\n", "")  # where the output is, shown whole
    assert "\x1b[" not in proc.stderr  # no progress bar when stderr is not a terminal
    again = _cli("run", "seeds", "--out", str(tmp_path / "out"), "--no-progress")
    assert again.returncode == 0 and "already_ingested: 2" in again.stdout


def test_cleaners_clean_explain() -> None:
    script = Path(sys.executable).with_name("cleaners")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "cleaners"]
    proc = subprocess.run(
        [*cmd, "clean", "seeds/000_9188a69b0addec25.txt", "--explain"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Telephone Talks between U.S., Russian Leaders")
    assert "language: en" in out and "published: 2025-05-21" in out
    assert "removed " in out and "[boilerplate:" in out
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_clean_json_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(SEED_A), "--json"]) == 0
    record = orjson.loads(capsys.readouterr().out)
    assert record["source"] == SEED_A.name and len(record["id"]) == 32 and record["paragraphs"]


def test_clean_unusable_file_exits_2_with_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["clean", str(tmp_path / "empty.txt")]) == 2
    err = capsys.readouterr().err
    assert "quarantined: empty" in err
    assert main(["clean", str(tmp_path / "missing.txt")]) == 2
    assert "unreadable" in capsys.readouterr().err


def test_run_lists_quarantined_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEED_A, inp / "good.txt")
    (inp / "empty.txt").write_bytes(b"")
    (inp / "loop").symlink_to(".", target_is_directory=True)
    code = main(["run", str(inp), "--out", str(tmp_path / "out"), "--no-progress", "--run-id", "t1"])
    assert code == 0  # quarantined files do not fail a run
    out = capsys.readouterr().out
    assert "empty.txt" in out and "empty" in out and "symlink_loop" in out
    assert (tmp_path / "out" / "manifests" / "t1.json").is_file()


def test_run_fatal_error_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    proc = _cli("run", "seeds", "--out", str(tmp_path / "file" / "out"))
    assert proc.returncode == 1
    assert "not writable" in proc.stderr and "Traceback" not in proc.stderr


def test_run_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["run", "seeds", "--out", "x", "--workers", "0"])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        main(["run", "seeds", "--out", "x", "--language-backend", "magic"])


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.startswith("cleaners ")


def test_run_summary_prints_rule_ids_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Rule ids are data: "boilerplate:copyright: 1" stays that text (rich reads ":copyright:" as an emoji code
    and printed "boilerplate© 1"), and a "[/...]" in a value is no markup tag."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    body = (
        "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive in the bay.\n"
        "Engineers said the work would take four months and cost less than the repairs of the last two years.\n"
        "Residents welcomed the decision but asked for the footpath along the wall to stay open during the works.\n"
    )
    (inbox / "page.txt").write_text("Harbour wall to be rebuilt\n" + body + "© 2025 Harbour Gazette. All rights reserved.\n")
    assert main(["run", str(inbox), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "boilerplate:copyright: 1" in out, out
    assert "©" not in out.replace("© 2025", "")
