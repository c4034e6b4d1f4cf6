"""iter_file reads a small plain file (text or HTML under the peek size) with one read and one hash, and gives
exactly what the streamed path gives; anything else (compressed, a container, larger, not a regular file)
still streams."""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

import pytest

import cleaners.formats as formats
from cleaners.config import Config
from cleaners.document import QuarantineError
from cleaners.formats import _PEEK_BYTES, iter_file

PAGE = b"A headline\n\n" + b"A sentence of body text that is long enough to keep. " * 20 + b"\n"
HTML = b"<!doctype html><html><head><title>T</title></head><body><p>" + PAGE + b"</p></body></html>"


def _docs(path: Path, config: Config | None = None, sha: str | None = None) -> list[tuple[object, ...]]:
    return [
        (d.source, d.raw, d.source_sha256, d.meta)
        for d in iter_file(path, path.name, config or Config(), sha or hashlib.sha256(path.read_bytes()).hexdigest())
    ]


class _Counting(formats.HashingReader):
    made = 0

    def __init__(self, fh: object) -> None:
        type(self).made += 1
        super().__init__(fh)  # type: ignore[arg-type]


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch) -> type[_Counting]:
    """Counts the files that go through the streamed path (its HashingReader)."""
    _Counting.made = 0
    monkeypatch.setattr(formats, "HashingReader", _Counting)
    return _Counting


def _streamed_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "_small_plain_file", lambda fh, *a: None)


@pytest.mark.parametrize(("name", "data"), [("a.txt", PAGE), ("b.html", HTML), ("c", HTML), ("d.txt", b"")])
def test_small_plain_file_is_read_at_once_with_the_streamed_result(
    tmp_path: Path, name: str, data: bytes, streamed: type[_Counting], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    fast = _docs(path)
    assert streamed.made == 0
    _streamed_only(monkeypatch)
    assert _docs(path) == fast
    assert streamed.made == 1


def test_compressed_container_and_large_files_stream(tmp_path: Path, streamed: type[_Counting]) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(PAGE))
    (tmp_path / "b.jsonl").write_bytes(b'{"text": "A sentence of body text that is long enough to keep."}\n')
    (tmp_path / "c.txt").write_bytes(PAGE * (_PEEK_BYTES // len(PAGE) + 1))
    (tmp_path / "d.txt").write_bytes(b"WARC/1.0\r\n")  # a WARC by its content
    for name in ("a.txt.gz", "b.jsonl", "c.txt", "d.txt"):
        path = tmp_path / name
        list(iter_file(path, name, Config(), hashlib.sha256(path.read_bytes()).hexdigest()))
    assert streamed.made == 4


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_pipe_streams(tmp_path: Path, streamed: type[_Counting]) -> None:
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer
        with open(fifo, "wb") as fh:
            fh.write(PAGE)
        os._exit(0)
    docs = [d.raw for d in iter_file(fifo, "p.txt", Config(), hashlib.sha256(PAGE).hexdigest())]
    os.waitpid(pid, 0)
    assert docs == [PAGE] and streamed.made == 1


def test_small_file_errors_are_the_streamed_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(PAGE)
    for make in (lambda: _docs(path, Config(max_input_bytes=100)), lambda: _docs(path, sha="0" * 64)):
        with pytest.raises(QuarantineError) as fast:
            make()
        with monkeypatch.context() as m:
            _streamed_only(m)
            with pytest.raises(QuarantineError) as slow:
                make()
        assert (fast.value.reason, fast.value.detail) == (slow.value.reason, slow.value.detail)
        assert fast.value.reason in ("too_large", "changed_during_run")
