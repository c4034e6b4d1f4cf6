"""Atomic JSONL writers: round trips, failure leaves nothing behind, disk full is a clear WriteError."""

from __future__ import annotations

import errno
import gzip
import hashlib
import os
from pathlib import Path

import orjson
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import write as write_mod
from cleaners.write import ShardWriter, WriteError, read_jsonl, write_json_atomic

EXTS = ["jsonl", "jsonl.gz", "jsonl.zst"]
RECORDS = [{"id": i, "text": f"paragraph {i} — ünïcode ✓", "removed": [], "n": None} for i in range(300)]


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.mark.parametrize("ext", EXTS)
def test_round_trip_and_facts(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"shard.{ext}"
    with ShardWriter(path) as w:
        for rec in RECORDS:
            w.write(rec)
    assert list(read_jsonl(path)) == RECORDS
    data = path.read_bytes()
    assert w.count == len(RECORDS)
    assert w.bytes == len(data)
    assert w.sha256 == hashlib.sha256(data).hexdigest()
    assert _leftovers(tmp_path) == [path.name]  # no temp file left
    assert path.stat().st_mode & 0o777 != 0o600  # not mkstemp's private mode


def test_compression_is_real_and_standard(tmp_path: Path) -> None:
    """Other tools must read our shards: plain gzip/zstd, gzip not at the slow level 9."""
    with ShardWriter(tmp_path / "a.jsonl.gz") as w:
        for rec in RECORDS:
            w.write(rec)
    raw = (tmp_path / "a.jsonl.gz").read_bytes()
    assert raw[:2] == b"\x1f\x8b" and raw[8] != 2  # XFL=2 means "maximum compression" (level 9)
    assert gzip.decompress(raw).splitlines()[0] == orjson.dumps(RECORDS[0])
    with ShardWriter(tmp_path / "a.jsonl.zst") as w:
        for rec in RECORDS:
            w.write(rec)
    raw = (tmp_path / "a.jsonl.zst").read_bytes()
    params = zstandard.get_frame_parameters(raw)
    assert params.has_checksum
    out = zstandard.ZstdDecompressor().stream_reader(raw).read()
    assert out.count(b"\n") == len(RECORDS)
    assert len(raw) < len(out) / 3


def test_gzip_output_is_reproducible(tmp_path: Path) -> None:
    """No mtime or temp file name in the gzip header: same records, same bytes."""
    digests = set()
    for name in ("a.jsonl.gz", "b.jsonl.gz"):
        with ShardWriter(tmp_path / name) as w:
            w.write({"x": 1})
        digests.add(w.sha256)
    assert len(digests) == 1


@pytest.mark.parametrize("ext", EXTS)
def test_empty_writer_commits_a_valid_empty_file(tmp_path: Path, ext: str) -> None:
    with ShardWriter(tmp_path / f"e.{ext}"):
        pass
    assert list(read_jsonl(tmp_path / f"e.{ext}")) == []


def test_temp_file_is_hidden_and_in_the_same_folder(tmp_path: Path) -> None:
    with ShardWriter(tmp_path / "s.jsonl.zst") as w:
        w.write({"a": 1})
        names = _leftovers(tmp_path)
        assert len(names) == 1 and names[0].startswith(".s.jsonl.zst.") and names[0].endswith(".tmp")
        assert not (tmp_path / "s.jsonl.zst").exists()  # nothing visible before commit
    assert _leftovers(tmp_path) == ["s.jsonl.zst"]


@pytest.mark.parametrize("ext", EXTS)
def test_exception_mid_write_leaves_no_target_and_no_temp(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"shard.{ext}"
    with pytest.raises(RuntimeError, match="boom"), ShardWriter(path) as w:
        for i, rec in enumerate(RECORDS):
            w.write(rec)
            if i == 150:
                raise RuntimeError("boom")
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("ext", EXTS)
def test_exception_keeps_the_previous_target(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"shard.{ext}"
    with ShardWriter(path) as w:
        w.write({"old": True})
    before = path.read_bytes()
    with pytest.raises(KeyError), ShardWriter(path) as w:
        w.write({"new": True})
        raise KeyError("x")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == [path.name]


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """Make every byte past `limit` fail like a full disk, at the lowest write the writer does."""
    real_write = write_mod._Sink.write

    def write(self: write_mod._Sink, b: bytes) -> int:
        if self.size + len(memoryview(b)) > limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, b)

    monkeypatch.setattr(write_mod._Sink, "write", write)


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("n_records", [3, 40_000], ids=["fails-at-close", "fails-mid-write"])
def test_disk_full_raises_write_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ext: str, n_records: int
) -> None:
    _disk_full_after(monkeypatch, 10)
    path = tmp_path / f"shard.{ext}"
    written = 0
    with pytest.raises(WriteError) as info, ShardWriter(path) as w:
        for i in range(n_records):
            # Hex digests barely compress, so 40k of them overflow the 1 MiB buffer before close().
            w.write({"i": i, "text": hashlib.sha256(str(i).encode()).hexdigest() * 2})
            written += 1
    assert (written < n_records) == (n_records > 3)  # the error surfaced where the variant says
    err = info.value
    assert err.errno == errno.ENOSPC
    assert err.path == str(path)
    assert str(path) in str(err) and "disk full" in str(err)
    assert isinstance(err, OSError)
    assert _leftovers(tmp_path) == []


def test_fsync_failure_is_a_write_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(write_mod.os, "fsync", broken_fsync)
    with pytest.raises(WriteError, match="Input/output error"), ShardWriter(tmp_path / "s.jsonl") as w:
        w.write({"a": 1})
    assert _leftovers(tmp_path) == []


def test_write_json_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "manifests" / "run.json"  # parent folders are created
    digest = write_json_atomic(path, {"run_id": "r1", "counts": {"records": 2}})
    assert orjson.loads(path.read_bytes()) == {"run_id": "r1", "counts": {"records": 2}}
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    _disk_full_after(monkeypatch, 5)
    with pytest.raises(WriteError):
        write_json_atomic(path, {"run_id": "r2"})
    assert orjson.loads(path.read_bytes())["run_id"] == "r1"  # old manifest intact
    assert _leftovers(path.parent) == ["run.json"]


def test_write_error_on_unwritable_target_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(WriteError, match="file"):
        ShardWriter(tmp_path / "file" / "shard.jsonl")


def test_read_jsonl_detects_compression_by_content(tmp_path: Path) -> None:
    with ShardWriter(tmp_path / "a.jsonl.zst") as w:
        w.write({"a": 1})
    misnamed = tmp_path / "a.jsonl"
    os.replace(tmp_path / "a.jsonl.zst", misnamed)
    assert list(read_jsonl(misnamed)) == [{"a": 1}]
    plain = tmp_path / "b.jsonl"
    plain.write_bytes(b'{"a": 1}\n\n{"b": 2}\n')
    assert list(read_jsonl(plain)) == [{"a": 1}, {"b": 2}]


def test_write_after_close_is_refused(tmp_path: Path) -> None:
    w = ShardWriter(tmp_path / "a.jsonl")
    w.close()
    w.close()  # idempotent
    with pytest.raises(ValueError):
        w.write({"a": 1})


def test_dropped_writer_leaves_no_temp(tmp_path: Path) -> None:
    w = ShardWriter(tmp_path / "a.jsonl.gz")
    w.write({"a": 1})
    del w
    assert _leftovers(tmp_path) == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=10,
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.dictionaries(st.text(), json_values, max_size=5), max_size=20), st.sampled_from(EXTS))
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, objs: list[dict], ext: str) -> None:
    path = tmp_path_factory.mktemp("prop") / f"p.{ext}"
    with ShardWriter(path) as w:
        for obj in objs:
            w.write(obj)
    assert list(read_jsonl(path)) == objs
