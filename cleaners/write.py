"""Atomic JSON Lines writers and a reader for what they write.

CONTRACT (the runner and the DAGs code against it):

    with ShardWriter(path) as w:      # .jsonl, .jsonl.gz, .jsonl.zst by extension
        w.write(record_dict)          # orjson line
    # on clean exit: fsync + os.replace(tmp, path); on exception: tmp removed, path untouched
    w.count, w.sha256, w.bytes        # records written, sha256 and size of the committed file

    write_json_atomic(path, obj)      # manifests: same temp + fsync + replace dance
    for obj in read_jsonl(path): ...  # any of the three forms (detected by magic bytes)

Why so careful: a reader (the next pipeline step, a DAG sensor, a glob over `shards/`) must
never see half a shard. The temp file lives in the target's directory (so `os.replace` is an
atomic rename on one filesystem) and is named `.<name>.<random>.tmp` so globs and
`runner.discover` ignore it. Any failure (ENOSPC, EIO, a bug in the caller) raises
`WriteError` naming the target and leaves neither a partial target nor the temp file behind.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import hashlib
import io
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import orjson
import zstandard

from cleaners import faults

GZIP_LEVEL = 6  # level 9 costs ~3x the time for ~1% smaller shards
# Level 1: the shard writer runs in the runner's parent process, on the critical path of a parallel run.
# On 85 MB of records (scripts/bench_pipeline.py output) level 1 took 0.17 s against 0.30 s for level 3,
# for a shard 12% larger (ratio 4.9 against 5.5).
ZSTD_LEVEL = 1

_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_ORJSON_OPTS = orjson.OPT_APPEND_NEWLINE


def json_line(obj: Any) -> bytes:
    """`obj` as the JSON line ShardWriter.write appends (a worker may serialize, the writer only copy)."""
    return orjson.dumps(obj, option=_ORJSON_OPTS)


# compress_lines' compressor, one per thread (a zstandard compressor does one operation at a time).
_local = threading.local()


def _new_zstd() -> zstandard.ZstdCompressor:
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_checksum=True)


def compress_lines(data: bytes) -> bytes:
    """`data` (JSON lines) as one zstd frame, as a shard holds them: ShardWriter.write_frames copies it.

    Workers compress their batch's lines so that the runner's parent process, which every worker's
    results pass through, only copies bytes into the shard (it compressed every record before).
    """
    cctx = getattr(_local, "zstd", None)
    if cctx is None:
        cctx = _local.zstd = _new_zstd()
    return cctx.compress(data)


def frame_lines(frames: bytes) -> list[bytes]:
    """The JSON lines (each with its newline) held by one or more concatenated zstd frames."""
    if not frames:
        return []
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(frames), read_across_frames=True)
    with reader:
        return reader.read().splitlines(keepends=True)


class WriteError(OSError):
    """Writing `path` failed (disk full, I/O error, ...); nothing was committed at `path`."""

    def __init__(self, path: str | os.PathLike[str], cause: BaseException | str) -> None:
        self.path = str(path)
        self.cause = cause
        code = getattr(cause, "errno", None)
        hint = " (disk full)" if code == errno.ENOSPC else ""
        what = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
        super().__init__(code or errno.EIO, f"cannot write {self.path}: {what}{hint}")

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def compression_for(path: str | os.PathLike[str]) -> str:
    """'gzip', 'zstd' or 'none', from the file name (the writer's only way to choose)."""
    name = os.fspath(path)
    if name.endswith(".gz"):
        return "gzip"
    if name.endswith(".zst"):
        return "zstd"
    return "none"


def fsync_dir(directory: str | os.PathLike[str]) -> None:
    """Make a rename in `directory` durable; filesystems that cannot fsync a directory are tolerated."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _read_umask() -> int:
    """The process umask, read once at import (os.umask is process-wide; toggling it later races threads)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates 0600 files; committed files get the mode any ordinary file would get.
_UMASK = _read_umask()


class _Sink(io.RawIOBase):
    """The raw temp file: every byte that reaches the disk passes here, so we hash and count it once."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.digest = hashlib.sha256()
        self.size = 0
        self.dead = False

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:  # type: ignore[override]
        if self.dead:
            raise ValueError("write to an aborted file")
        view = memoryview(b).cast("B")
        total = 0
        while total < len(view):  # os.write may write less than asked
            total += os.write(self._fd, view[total:])
        self.digest.update(view)
        self.size += total
        return total

    def fileno(self) -> int:
        return self._fd


class _AtomicFile:
    """A temp file next to `path` that becomes `path` on commit() and vanishes on abort()."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.tmp: Path | None = None
        self.fd = -1
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as exc:
            raise WriteError(self.path, exc) from exc
        self.tmp = Path(tmp)
        self.sink = _Sink(self.fd)

    def commit(self) -> None:
        """fsync the data, rename over the target, fsync the directory so the rename survives a crash."""
        assert self.tmp is not None
        try:
            os.fsync(self.fd)
            faults.point("write_tmp")
            os.close(self.fd)
            self.fd = -1
            self.sink.dead = True  # the fd number may be reused from now on
            os.chmod(self.tmp, 0o666 & ~_UMASK)
            os.replace(self.tmp, self.path)
            self.tmp = None
            fsync_dir(self.path.parent)
        except OSError as exc:
            self.abort()
            raise WriteError(self.path, exc) from exc

    def abort(self) -> None:
        """Drop the temp file; the target keeps whatever it had before (or stays absent)."""
        self.sink.dead = True  # late writes (gzip trailer from a finalizer) must not hit a reused fd
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
        if self.tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                self.tmp.unlink()
            self.tmp = None


class ShardWriter:
    """Write one JSON Lines file atomically; compression from the extension (.jsonl, .jsonl.gz, .jsonl.zst)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.compression = compression_for(self.path)
        self.count = 0
        self.sha256: str | None = None  # of the committed file's bytes, set by close()
        self.bytes = 0
        self._closed = True  # until the temp file exists: nothing to clean up if creating it fails
        self._file = _AtomicFile(self.path)
        self._closed = False
        # Layers: compressor (optional) -> 1 MiB buffer -> _Sink (hash, count, os.write) -> temp file.
        self._buffer = io.BufferedWriter(self._file.sink, buffer_size=1 << 20)
        self._stream: Any
        self._frames = False  # write_frames copied frames in (then no empty frame is needed at the end)
        if self.compression == "gzip":
            # filename="" and mtime=0: no temp name or clock in the header, so output is reproducible.
            self._stream = gzip.GzipFile(
                filename="", mode="wb", compresslevel=GZIP_LEVEL, fileobj=self._buffer, mtime=0
            )
        elif self.compression == "zstd":
            self._stream = None  # a zstd frame is begun at the first write_line (see write_frames)
        else:
            self._stream = self._buffer

    def write(self, obj: Any) -> None:
        """Append one object as a JSON line."""
        self.write_line(json_line(obj))

    def write_line(self, line: bytes) -> None:
        """Append one already serialized JSON line (must end with a newline)."""
        if self._closed:
            raise ValueError(f"{self.path}: writer is closed")
        try:
            if self._stream is None:
                self._stream = _new_zstd().stream_writer(self._buffer, closefd=False)
            self._stream.write(line)
        except OSError as exc:
            self.abort()
            raise WriteError(self.path, exc) from exc
        self.count += 1

    def write_frames(self, frames: bytes, count: int) -> None:
        """Append `count` JSON lines given as complete zstd frames (compress_lines made them elsewhere).

        zstd files are concatenations of frames, and readers (read_jsonl, the zstd tool, zstandard's
        stream_reader) read across them: the frame write_line was filling is ended first, the given
        frames are copied as they are. Other compressions get the lines themselves.
        """
        if self._closed:
            raise ValueError(f"{self.path}: writer is closed")
        if self.compression != "zstd":
            for line in frame_lines(frames):
                self.write_line(line)
            return
        try:
            if self._stream is not None:
                stream, self._stream = self._stream, None
                stream.close()  # ends its frame; the buffer stays open (closefd=False)
            self._buffer.write(frames)
            self._frames = True
        except OSError as exc:
            self.abort()
            raise WriteError(self.path, exc) from exc
        self.count += count

    def close(self) -> None:
        """Finish compression, flush, fsync and rename into place (idempotent)."""
        if self._closed:
            return
        try:
            if self.compression == "zstd" and self._stream is None and not self._frames:
                self._stream = _new_zstd().stream_writer(self._buffer, closefd=False)  # an empty shard: one empty frame
            if self._stream is not None and self._stream is not self._buffer:
                self._stream.close()  # writes the gzip trailer / ends the zstd frame; the buffer stays open
            self._buffer.flush()
        except OSError as exc:
            self.abort()
            raise WriteError(self.path, exc) from exc
        self._file.commit()
        self._closed = True
        self.sha256 = self._file.sink.digest.hexdigest()
        self.bytes = self._file.sink.size
        with contextlib.suppress(Exception):
            self._buffer.close()  # empty by now; closing it releases the layers deterministically

    def abort(self) -> None:
        """Discard everything written; the target is untouched."""
        if self._closed:
            return
        self._closed = True
        self._file.abort()
        # Close the layers now (their writes are refused) so no finalizer tries to flush them later.
        for layer in (self._stream, self._buffer):
            if layer is None:
                continue
            with contextlib.suppress(Exception):
                layer.close()

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def __del__(self) -> None:  # a writer dropped without close() must not leave a temp file behind
        if not getattr(self, "_closed", True):
            self.abort()


def write_json_atomic(path: str | os.PathLike[str], obj: Any) -> str:
    """Write `obj` as indented JSON atomically (manifests); returns the file's sha256."""
    data = orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    return write_bytes_atomic(path, data)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> str:
    """Write `data` to `path` atomically; returns its sha256."""
    f = _AtomicFile(path)
    try:
        f.sink.write(data)
    except OSError as exc:
        f.abort()
        raise WriteError(path, exc) from exc
    except BaseException:
        f.abort()
        raise
    f.commit()
    return f.sink.digest.hexdigest()


def _open_decompressed(path: Path) -> BinaryIO:
    """Open `path` for reading, undoing gzip/zstd found by magic bytes (extensions can lie)."""
    raw = open(path, "rb")  # noqa: SIM115 - returned to the caller, closed by read_jsonl
    head = raw.read(4)
    raw.seek(0)
    if head.startswith(_GZIP_MAGIC):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if head.startswith(_ZSTD_MAGIC):
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type,return-value]
    return raw


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Any]:
    """Yield the objects of a .jsonl, .jsonl.gz or .jsonl.zst file, streaming (blank lines ignored)."""
    stream = _open_decompressed(Path(path))
    try:
        for line in stream:
            if line.strip():
                yield orjson.loads(line)
    finally:
        stream.close()
