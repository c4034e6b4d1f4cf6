"""Workers compress their batch's records (one zstd frame per batch); the parent copies the frames into
the shard. Same records, same shard boundaries, same catalog rows as writing the lines one by one."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
import zstandard

from cleaners import runner
from cleaners import write as write_mod
from cleaners.config import Config
from cleaners.runner import (
    BatchResult,
    InputFile,
    clean_batch_encoded,
    clean_batch_framed,
    discover,
    run,
    with_lines,
)
from cleaners.write import ShardWriter, compress_lines, frame_lines, json_line, read_jsonl

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_A = SEEDS / "000_9188a69b0addec25.txt"
SEED_B = SEEDS / "003_9d558cf92b0720f0.txt"


# -- the writer ------------------------------------------------------------------------------------


def test_write_frames_between_lines_keeps_every_line_in_order(tmp_path: Path) -> None:
    lines = [json_line({"i": i, "text": f"line {i} ✓"}) for i in range(30)]
    path = tmp_path / "s.jsonl.zst"
    frame = compress_lines(b"".join(lines[5:20]))
    with ShardWriter(path) as w:
        for line in lines[:5]:
            w.write_line(line)
        w.write_frames(frame, 15)
        w.write_frames(compress_lines(b"".join(lines[20:25])) + compress_lines(b"".join(lines[25:28])), 8)
        for line in lines[28:]:
            w.write_line(line)
    assert w.count == 30
    assert [json_line(r) for r in read_jsonl(path)] == lines
    raw = path.read_bytes()
    assert frame in raw  # copied, not compressed again
    # what any zstd reader gives: every frame, in order
    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw), read_across_frames=True) as r:
        assert r.read() == b"".join(lines)
    assert zstandard.get_frame_parameters(raw).has_checksum and zstandard.get_frame_parameters(frame).has_checksum


@pytest.mark.parametrize("ext", ["jsonl", "jsonl.gz"])
def test_write_frames_to_other_compressions_writes_the_lines(tmp_path: Path, ext: str) -> None:
    lines = [json_line({"i": i}) for i in range(7)]
    path = tmp_path / f"s.{ext}"
    with ShardWriter(path) as w:
        w.write_line(lines[0])
        w.write_frames(compress_lines(b"".join(lines[1:])), 6)
    assert w.count == 7 and [json_line(r) for r in read_jsonl(path)] == lines


def test_frame_lines_reads_concatenated_frames() -> None:
    assert frame_lines(b"") == []
    assert frame_lines(compress_lines(b"a\n") + compress_lines(b"b\nc\n")) == [b"a\n", b"b\n", b"c\n"]


def test_a_shard_of_frames_only_has_no_empty_frame(tmp_path: Path) -> None:
    frame = compress_lines(b'{"a":1}\n')
    with ShardWriter(tmp_path / "s.jsonl.zst") as w:
        w.write_frames(frame, 1)
    assert (tmp_path / "s.jsonl.zst").read_bytes() == frame


def test_an_empty_zstd_shard_is_one_empty_frame_as_before(tmp_path: Path) -> None:
    with ShardWriter(tmp_path / "s.jsonl.zst"):
        pass
    expected = io.BytesIO()
    zstandard.ZstdCompressor(level=write_mod.ZSTD_LEVEL, write_checksum=True).stream_writer(expected, closefd=False).close()
    assert (tmp_path / "s.jsonl.zst").read_bytes() == expected.getvalue() != b""
    assert list(read_jsonl(tmp_path / "s.jsonl.zst")) == []


# -- the worker function ---------------------------------------------------------------------------


def _inbox(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        seed = (SEED_A, SEED_B)[i % 2]
        (root / f"{i:03d}.txt").write_bytes(f"copy {i}\n".encode() + seed.read_bytes())
    return root


def test_clean_batch_framed_is_clean_batch_encoded_with_the_lines_in_one_frame(tmp_path: Path) -> None:
    files = list(discover([_inbox(tmp_path / "in", 3)]))
    encoded, framed = clean_batch_encoded(files, Config()), clean_batch_framed(files, Config())
    assert framed.frame is not None and all(e.line == b"" for e in framed.encoded)
    assert frame_lines(framed.frame) == [e.line for e in encoded.encoded]
    assert zstandard.get_frame_parameters(framed.frame).has_checksum
    assert with_lines(framed).encoded == encoded.encoded and framed.frame is None
    assert framed.quarantined == encoded.quarantined


def test_with_lines_refuses_a_frame_that_does_not_match_its_records() -> None:
    enc = runner.EncodedRecord("s", "id", "en", (), b"")
    with pytest.raises(RuntimeError, match="holds 2 lines for 1 records"):
        with_lines(BatchResult(encoded=[enc], frame=compress_lines(b"a\nb\n")))


# -- the runner ------------------------------------------------------------------------------------


def _outcome(out: Path) -> tuple[list[tuple[str, list[bytes]]], list[tuple]]:
    shards = [
        (p.name, [json_line(r) for r in read_jsonl(p)]) for p in sorted((out / "shards").iterdir())
    ]
    db = sqlite3.connect(out / "catalog.sqlite")
    try:
        rows = db.execute("SELECT sha256, status, reason, output, record_id FROM files ORDER BY sha256").fetchall()
    finally:
        db.close()
    return shards, rows


@pytest.mark.parametrize(("workers", "batch_size", "shard_max"), [(1, 4, 5), (2, 3, 4), (1, 8, 10_000), (2, 1, 3)])
def test_frames_give_the_shards_and_catalog_of_line_by_line_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, batch_size: int, shard_max: int
) -> None:
    inbox = _inbox(tmp_path / "in", 13)
    (inbox / "empty.txt").write_bytes(b"")  # quarantined in the middle of a batch
    cfg = Config(shard_max_records=shard_max)
    framed = run([inbox], tmp_path / "framed", cfg, workers=workers, batch_size=batch_size, progress=False, run_id="r")
    monkeypatch.setattr(runner, "_batch_function", lambda config: clean_batch_encoded)
    lines = run([inbox], tmp_path / "lines", cfg, workers=workers, batch_size=batch_size, progress=False, run_id="r")
    assert _outcome(tmp_path / "framed") == _outcome(tmp_path / "lines")
    assert [(s["name"], s["records"]) for s in framed.shards] == [(s["name"], s["records"]) for s in lines.shards]
    assert (framed.records, framed.quarantined) == (lines.records, lines.quarantined) == (13, 1)


def test_the_parent_compresses_no_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shard line arrives compressed (with workers=1 the batches run in this process, so the
    count covers the parent's writer): write_line, which compresses, is not called for shards."""
    inbox = _inbox(tmp_path / "in", 10)
    compressed: list[bytes] = []
    real = write_mod.ShardWriter.write_line

    def spy(self: ShardWriter, line: bytes) -> None:
        if self.compression == "zstd":
            compressed.append(line)
        real(self, line)

    monkeypatch.setattr(write_mod.ShardWriter, "write_line", spy)
    s = run([inbox], tmp_path / "out", Config(), workers=1, batch_size=4, progress=False)
    assert s.records == 10 and compressed == []


def test_a_shard_boundary_inside_a_batch_splits_the_frame_line_by_line(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path / "in", 6)
    s = run([inbox], tmp_path / "out", Config(shard_max_records=2), batch_size=6, progress=False, run_id="b")
    assert [sh["records"] for sh in s.shards] == [2, 2, 2]
    assert sum(1 for sh in s.shards for _ in read_jsonl(tmp_path / "out" / sh["name"])) == 6


def test_an_isolated_batch_gets_its_lines_back(tmp_path: Path) -> None:
    files = list(discover([_inbox(tmp_path / "in", 2)]))
    cleaner = runner._OrderedCleaner(Config(), 2, clean_batch_framed)
    try:
        merged = cleaner._isolate(files)
    finally:
        cleaner.close()
    assert merged.frame is None
    assert [e.line for e in merged.encoded] == [e.line for e in clean_batch_encoded(files, Config()).encoded]


def test_frame_fits_refuses_records_in_another_order(tmp_path: Path) -> None:
    files = [
        InputFile(p, p.parent, p.name, runner.hash_file(p)[0], p.stat().st_size)
        for p in sorted(_inbox(tmp_path / "in", 2).iterdir())
    ]
    result = clean_batch_framed(files, Config())
    result.encoded.reverse()
    state = runner._Run.__new__(runner._Run)
    state.corpus, state.shard, state.config = None, None, Config()
    by_sha: dict = {}
    for enc in result.encoded:
        by_sha.setdefault(enc.sha256, []).append(enc)
    assert state._frame_fits(files, result, by_sha) is None
    result.encoded.reverse()
    assert state._frame_fits(files, result, by_sha) is files[-1]
    assert state._frame_fits(files[::-1], result, by_sha) is None
    assert state._frame_fits(files[:1], result, by_sha) is None  # a record of no file of the batch
