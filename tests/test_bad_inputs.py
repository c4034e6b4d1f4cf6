"""Nasty inputs, generated here, through a whole run: each gets a clear outcome, the rest completes.

Per-format details (gzip bomb ratios, WARC record recovery, XXE) have their own tests in
tests/test_formats_*.py and tests/test_read.py; this file covers what those do not (encodings
without declaration, mixed encodings, odd file names, huge and sparse files, many files,
unreadable and vanishing files) and puts every kind of bad input into one inbox with good files.
Full-size versions (200 MB line, 100,000 files) are in scripts/stress_inputs.py.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

import cleaners.runner as runner_mod
from cleaners.config import Config
from cleaners.runner import InputFile, clean_file_all, run
from cleaners.write import read_jsonl

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOOD = sorted(SEEDS.glob("*.txt"))

JAPANESE = (
    "東京の図書館は来月から開館時間を延長すると発表した。利用者の要望に応えるためで、平日は午後九時まで"
    "開館する。市の担当者は、仕事帰りの人にも本を借りてほしいと話している。"
) * 3
CHINESE = (
    "市政府今天宣布，公共图书馆将从下个月起延长开放时间。工作日开放到晚上九点，周末开放到晚上六点。"
    "负责人表示，这是为了方便下班以后的市民借书和学习。"
) * 3
ENGLISH = GOOD[0].read_text(encoding="utf-8")


def _records(out: Path) -> list[dict[str, Any]]:
    return [r for p in sorted((out / "shards").glob("*.jsonl.zst")) for r in read_jsonl(p)]


def _entries(out: Path) -> list[dict[str, Any]]:
    return [e for p in sorted((out / "quarantine").glob("*.jsonl")) for e in read_jsonl(p)]


def _one(path: Path, config: Config | None = None) -> runner_mod.FileResult:
    return clean_file_all(InputFile(path, path.parent, path.name), config or Config())


# -- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "needle"),
    [
        (JAPANESE.encode("shift_jis"), "shift_jis", "図書館"),
        (CHINESE.encode("gb18030"), "gb18030", "图书馆"),
        (ENGLISH.encode("utf-16-le"), "utf-16-le", "diplomacy"),
        (ENGLISH.encode("utf-16"), "utf-16", "diplomacy"),  # with BOM
    ],
    ids=["shift_jis", "gb18030", "utf16-no-bom", "utf16-bom"],
)
def test_undeclared_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str, needle: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    (rec,) = _one(path).records
    assert rec["encoding"]["name"].replace("_", "-").startswith(encoding.replace("_", "-")[:8]) or encoding in (
        "shift_jis",
    ), rec["encoding"]
    assert needle in rec["text"]


def test_mixed_encodings_in_one_file_keep_the_text_and_count_the_damage(tmp_path: Path) -> None:
    """UTF-8 article with one paragraph pasted in as cp1252: kept, the broken bytes replaced and counted."""
    path = tmp_path / "mixed.txt"
    path.write_bytes(ENGLISH.encode("utf-8") + "\n\nCafé déjà vu – naïve façade.\n".encode("cp1252"))
    (rec,) = _one(path).records
    assert rec["encoding"]["name"] == "utf-8" and rec["encoding"]["confidence"] < 1.0
    assert "invalid_bytes" in rec["normalization"]


def test_invalid_utf8_and_nul_bytes(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bytes(range(0x80, 0x100)) * 40)
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"text\x00with\x00nul\x00" * 500)
    assert _one(broken).quarantined[0]["reason"] in ("undecodable", "binary")
    assert _one(nul).quarantined[0]["reason"] == "binary"


# -- odd names, unreadable, vanishing --------------------------------------------------------------


def test_file_names_with_newlines_spaces_and_non_utf8_bytes(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [b"two\nlines.txt", b"with  spaces .txt", b"latin1-\xe9t\xe9.txt"]
    for i, name in enumerate(names):
        os.makedirs(inbox, exist_ok=True)
        with open(os.path.join(os.fsencode(inbox), name), "wb") as fh:
            fh.write(ENGLISH.encode() + f"\n\nCopy {i}.\n".encode())
    out = tmp_path / "out"
    s = run([inbox], out, progress=False)
    assert s.records == 3 and s.quarantined == 0
    sources = sorted(r["source"] for r in _records(out))
    # Non-UTF-8 bytes are shown escaped (U+FFFD would make two names equal); JSON stays valid UTF-8.
    assert sources == sorted(["two\nlines.txt", "with  spaces .txt", "latin1-\\xe9t\\xe9.txt"])


def test_fifo_and_unreadable_paths_are_refused_with_a_reason(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(inbox / "pipe.txt")  # a reader that opened it would hang forever
    out = tmp_path / "out"
    s = run([inbox], out, progress=False)
    assert s.records == 1
    (entry,) = _entries(out)
    assert entry["reason"] == "not_a_regular_file" and entry["source"] == "pipe.txt"


def _run_as_nobody(inbox: str, out: str, warm: str, warm_out: str) -> None:
    """Child process: load every module as root (the interpreter lives under /root), then drop to
    user nobody for the real run, so chmod 000 means something."""
    run([warm], warm_out, progress=False)
    os.setegid(65534)
    os.seteuid(65534)
    s = run([inbox], out, progress=False)
    os._exit(0 if s.records == 1 else 3)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to an unprivileged user")
def test_unreadable_file_and_folder_as_an_unprivileged_user() -> None:
    """chmod 000 stops nobody as root: the run drops to user nobody (65534) in a forked child."""
    tmp_path = Path(tempfile.mkdtemp(prefix="cleaners-nobody-"))  # pytest's tmp folders are root-only
    tmp_path.chmod(0o755)
    try:
        _unreadable_as_nobody(tmp_path)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _unreadable_as_nobody(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir(mode=0o755)
    (inbox / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (inbox / "good.txt").chmod(0o644)
    secret = inbox / "secret.txt"
    secret.write_text(ENGLISH + "\n\nSecret copy.\n", encoding="utf-8")
    secret.chmod(0o000)
    closed = inbox / "closed"
    closed.mkdir(mode=0o700)
    (closed / "inside.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o777)
    warm = tmp_path / "warm"
    warm.mkdir()
    (warm / "w.txt").write_text(ENGLISH, encoding="utf-8")
    proc = get_context("fork").Process(
        target=_run_as_nobody, args=(str(inbox), str(out), str(warm), str(tmp_path / "warm-out"))
    )
    proc.start()
    proc.join(180)
    assert proc.exitcode == 0
    reasons = {e["source"]: e["reason"] for e in _entries(out)}
    assert reasons == {"secret.txt": "unreadable", "closed": "unreadable_folder"}
    assert len(_records(out)) == 1


def test_file_that_vanishes_or_changes_during_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a-vanishes.txt", "b-changes.txt", "c-good.txt"):
        (inbox / name).write_text(ENGLISH + f"\n\n{name}\n", encoding="utf-8")
    real_hash = runner_mod.hash_file
    real_discover = runner_mod.discover

    def discover(*args: Any, **kwargs: Any) -> Any:
        for f in real_discover(*args, **kwargs):
            if f.source == "a-vanishes.txt":
                f.path.unlink()  # listed, then gone before it is hashed and claimed
            yield f

    def hash_then_change(path: Any) -> tuple[str, int]:
        result = real_hash(path)
        if Path(path).name == "b-changes.txt":
            with open(path, "ab") as fh:  # claimed with one hash, cleaned with other bytes
                fh.write(b"\nappended while the run was cleaning\n")
        return result

    monkeypatch.setattr(runner_mod, "discover", discover)
    monkeypatch.setattr(runner_mod, "hash_file", hash_then_change)
    out = tmp_path / "out"
    s = run([inbox], out, progress=False)
    assert s.records == 1
    reasons = {e["source"]: e["reason"] for e in _entries(out)}
    assert reasons == {"a-vanishes.txt": "unreadable", "b-changes.txt": "changed_during_run"}
    monkeypatch.undo()
    again = run([inbox], out, progress=False)  # the changed file is new content now: cleaned once
    assert again.records == 1


# -- big and many ----------------------------------------------------------------------------------


def test_sparse_1gb_file_is_refused_without_reading_it_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(1 << 30)
    tracemalloc.start()
    result = _one(path)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.quarantined[0]["reason"] == "too_large"
    assert peak < 16 << 20


def test_200mb_single_line_is_refused_and_a_long_jsonl_line_costs_only_itself(tmp_path: Path) -> None:
    line = tmp_path / "line.txt"
    with open(line, "wb") as fh:
        for _ in range(200):
            fh.write(b"a" * (1 << 20))
    assert _one(line).quarantined[0]["reason"] == "too_large"
    # JSON Lines: a line over the limit is one entry, the lines around it are kept (limit scaled down).
    dump = tmp_path / "dump.jsonl"
    good = json.dumps({"text": ENGLISH}) + "\n"
    dump.write_text(good + '{"text": "' + "b" * (3 << 20) + '"}\n' + good.replace("Yomiuri", "Daily"), encoding="utf-8")
    config = Config(max_input_bytes=1 << 20)
    tracemalloc.start()
    result = _one(dump, config)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(result.records) == 2
    assert [e["reason"] for e in result.quarantined] == ["too-large"]
    assert peak < 8 * config.max_input_bytes


def test_many_tiny_files_in_one_folder(tmp_path: Path) -> None:
    """2,000 in CI (scripts/stress_inputs.py runs 100,000): every one accounted for, once."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    n = 2000
    for i in range(n):
        (inbox / f"{i:06d}.txt").write_bytes(b"tiny %d\n" % i if i % 2 else b"\x89PNG\r\n\x1a\n%d" % i)
    out = tmp_path / "out"
    s = run([inbox], out, progress=False, batch_size=64)
    assert s.files_seen == n
    assert s.records + s.quarantined == n
    assert len(_records(out)) == s.records and len(_entries(out)) == s.quarantined


def test_html_of_megabytes_of_markup_and_no_text(tmp_path: Path) -> None:
    path = tmp_path / "markup.html"
    path.write_bytes(b"<html><body>" + b'<div class="x"><span></span></div>' * 100_000 + b"</body></html>")
    result = _one(path, Config(html_timeout_seconds=2.0))  # default 10 s: this page hits it (loaded machine)
    assert result.records == []
    assert result.quarantined[0]["reason"] in ("html-timeout", "empty", "no-text", "too-short", "html-too-large")


# -- everything at once ----------------------------------------------------------------------------


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


NASTY: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"   \n\t\n  \n",
    "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "archive.zip": _zip(),
    "program": b"\x7fELF\x02\x01\x01" + bytes(2000),
    "broken-utf8.txt": bytes(range(0x80, 0x100)) * 40,
    "nul.txt": b"text\x00with\x00nul\x00" * 500,
    "bomb.txt.gz": gzip.compress(bytes(64 << 20), 9, mtime=0),
    "cut.txt.gz": gzip.compress(ENGLISH.encode(), mtime=0)[:-40],
    "nested.html": b"<div>" * 100_000 + b"text" + b"</div>" * 100_000,
    "dump.jsonl": b'{"text": %s}\n{"text": "cut\n' % json.dumps(ENGLISH).encode(),
}


def test_a_run_over_every_kind_of_bad_input_completes_and_shows_each_reason(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in GOOD:
        (inbox / p.name).write_bytes(p.read_bytes())
    for name, data in NASTY.items():
        (inbox / name).write_bytes(data)
    (inbox / "loop").symlink_to(inbox)
    (inbox / "escape.txt").symlink_to("/etc/hostname")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "cleaners", "run", str(inbox), "--out", str(out), "--no-progress"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "250"},
    )
    assert proc.returncode == 0, proc.stderr
    by_source: dict[str, set[str]] = {}
    for e in _entries(out):
        by_source.setdefault(e["source"], set()).add(e["reason"])
    assert set(by_source) == set(NASTY) | {"loop", "escape.txt"}, by_source
    assert by_source["dump.jsonl"] == {"broken-line"}
    assert by_source["bomb.txt.gz"] == {"decompression-limit"}
    records = _records(out)
    # The good files and the good line of the partly bad file are kept.
    assert sorted(r["source"] for r in records) == sorted([p.name for p in GOOD] + ["dump.jsonl"])
    for reasons in by_source.values():
        for reason in reasons:
            assert reason in proc.stdout, f"the CLI summary does not show {reason!r}"


def _hang(doc: Any, config: Config) -> Any:
    if "hangs" in doc.source:
        time.sleep(30)
    return doc


def test_a_document_that_hangs_a_stage_is_cut_off_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per-document time limit (Config.doc_timeout_seconds, SIGALRM): a stuck stage costs its document only."""
    from cleaners.pipeline import FunctionStage, default_stages

    monkeypatch.setattr(runner_mod, "default_stages", lambda: [*default_stages(), FunctionStage("hang", _hang)])
    monkeypatch.setattr(runner_mod, "_PIPELINES", {})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-hangs.txt").write_text(ENGLISH + "\n\nStuck.\n", encoding="utf-8")
    (inbox / "b-good.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    t0 = time.monotonic()
    s = run([inbox], out, Config(doc_timeout_seconds=1.0), progress=False)
    assert time.monotonic() - t0 < 20
    assert s.records == 1
    (entry,) = _entries(out)
    assert entry["source"] == "a-hangs.txt" and entry["reason"] == "timeout" and entry["stage"] == "hang"
