"""Transparent decompression of inputs (gzip, zstd, bzip2, xz) with a hard cap on the output.

Why a cap on every read: a 1 MB gzip of one repeated byte expands to 1 GB, and a worker that
reads it whole dies. Everything decompressed goes through `CappedStream`, which stops once
`limit` bytes came out (or the output/input ratio shows a bomb), so at most `limit` bytes are
ever produced. Truncated or corrupt streams raise QuarantineError with a reason a person can
act on, never a library traceback.

The compression is recognised by magic number (a `.gz` suffix on plain text is ignored), and
the suffix is only stripped to find the inner format ("dump.warc.gz" is a WARC file).
"""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from typing import BinaryIO

import zstandard

from cleaners.document import QuarantineError

GZIP, ZSTD, BZIP2, XZ = "gzip", "zstd", "bzip2", "xz"
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b\x08", GZIP),
    (b"\x28\xb5\x2f\xfd", ZSTD),
    (b"\xfd7zXZ\x00", XZ),
)
# bzip2: "BZh", the block size digit, then the block magic (pi); plain text starting "BZh" is not bzip2.
_BZIP2_BLOCK = b"\x31\x41\x59\x26\x53\x59"
_SUFFIXES = {".gz": GZIP, ".gzip": GZIP, ".tgz": GZIP, ".zst": ZSTD, ".zstd": ZSTD, ".bz2": BZIP2, ".xz": XZ}
SNIFF_BYTES = 16
_CHUNK = 1 << 16
# zstd input per decompress call: at most ~16 MB of output even for a crafted bomb.
_ZSTD_FEED = 512
# The ratio test starts only after this much output: small, very repetitive files are legitimate.
RATIO_MIN_OUTPUT = 16 * 1024 * 1024


def sniff_compression(head: bytes) -> str | None:
    """The compression `head` (the first bytes of a file) starts with, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:3] == b"BZh" and head[3:4].isdigit() and head[4:10] in (_BZIP2_BLOCK, b"\x17\x72\x45\x38\x50\x90"):
        return BZIP2
    return None


def strip_compression_suffix(name: str) -> str:
    """'dump.warc.gz' -> 'dump.warc'; names without a compression suffix are returned as is."""
    lower = name.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


class _CountingReader(io.RawIOBase):
    """Counts the compressed bytes a decompressor consumed (for the bomb ratio)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(b))
        n = len(data)
        b[:n] = data
        self.count += n
        return n


def _decompressor(raw: BinaryIO, kind: str) -> BinaryIO:
    if kind == GZIP:
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == ZSTD:
        return io.BufferedReader(_ZstdFrames(raw), _CHUNK)  # type: ignore[return-value]
    if kind == BZIP2:
        return io.BufferedReader(_Streams(raw, bz2.BZ2Decompressor), _CHUNK)  # type: ignore[return-value]
    if kind == XZ:
        return io.BufferedReader(_Streams(raw, lzma.LZMADecompressor), _CHUNK)  # type: ignore[return-value]
    raise ValueError(f"unknown compression {kind!r}")


class _Streams(io.RawIOBase):
    """Concatenated bzip2 or xz streams, where a corrupt stream after the first is an error.

    bz2.BZ2File and lzma.LZMAFile take bytes after a complete stream that do not start a valid
    one for trailing garbage and end the file there, silently: a .warc.bz2 with one record per
    stream lost every record after a corrupt one without a word. Here only NUL padding (xz
    allows it between streams) may follow a stream; anything else is decoded as the next stream,
    and its errors are raised. Output per call is bounded by the caller's buffer (max_length).
    """

    def __init__(self, raw: BinaryIO, factory: type) -> None:
        self.raw = raw
        self._factory = factory
        self._obj = factory()
        self._input = b""
        self._fed = False  # the current stream got input

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while True:
            if self._obj.eof:
                self._input = self._obj.unused_data.lstrip(b"\0") + self._input
                self._obj, self._fed = self._factory(), False
            if not self._input and self._obj.needs_input:
                self._input = self.raw.read(_CHUNK).lstrip(b"\0") if not self._fed else self.raw.read(_CHUNK)
                if not self._input:
                    if self._fed:
                        raise EOFError("stream ended before its end marker")
                    return 0
            data, self._input = self._input, b""
            self._fed = self._fed or bool(data)
            out = self._obj.decompress(data, len(b))
            if out:
                b[: len(out)] = out
                return len(out)


class _ZstdFrames(io.RawIOBase):
    """Concatenated zstd frames, reporting a truncated last frame (zstandard's stream_reader does not).

    Input is fed in small pieces: zstd can expand 4 bytes into a 128 KiB block, so one big
    piece could produce gigabytes in a single call, before any cap is checked.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self._dctx = zstandard.ZstdDecompressor()
        self._obj = self._dctx.decompressobj()
        self._fed = False  # the current frame got input
        self._input = b""
        self._out = b""
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while self._pos >= len(self._out):
            if not self._input:
                self._input = self.raw.read(_CHUNK)
                if not self._input:
                    if self._fed and not self._obj.eof:
                        raise EOFError("zstd frame ended before its end")
                    return 0
            piece, self._input = self._input[:_ZSTD_FEED], self._input[_ZSTD_FEED:]
            if self._obj.eof:
                self._obj = self._dctx.decompressobj()
            self._fed = True
            self._out, self._pos = self._obj.decompress(piece), 0
            if self._obj.eof and self._obj.unused_data:
                self._input = self._obj.unused_data + self._input
        n = min(len(b), len(self._out) - self._pos)
        b[:n] = self._out[self._pos : self._pos + n]
        self._pos += n
        return n


class CappedStream(io.RawIOBase):
    """A decompressing, read-only stream that refuses to produce more than `limit` bytes.

    Errors of the decompressors become QuarantineError: "truncated" (the stream ends before
    its end marker), "corrupt-compressed" (bad data or checksum) and "decompression-limit"
    (more than `limit` bytes, or more than `max_ratio` output bytes per input byte).
    """

    def __init__(self, raw: BinaryIO, kind: str, limit: int, max_ratio: float = 0.0) -> None:
        self.kind = kind
        self.limit = limit
        self.max_ratio = max_ratio
        self._counter = _CountingReader(raw)
        self._inner = _decompressor(self._counter, kind)
        self.produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(b), self.limit + 1 - self.produced)
        if want <= 0:
            self._over(f"more than {self.limit} bytes after {self.kind} decompression")
        try:
            data = self._inner.read1(want)  # one step: what came before an error is returned first
        except EOFError as exc:
            raise QuarantineError("truncated", f"{self.kind} stream ends early: {exc}") from exc
        except (OSError, zlib.error, lzma.LZMAError, zstandard.ZstdError, ValueError) as exc:
            text = str(exc)
            if "end of" in text.lower() or "truncat" in text.lower() or "incomplete" in text.lower():
                raise QuarantineError("truncated", f"{self.kind} stream ends early: {text}") from exc
            raise QuarantineError("corrupt-compressed", f"{self.kind}: {type(exc).__name__}: {text}") from exc
        n = len(data)
        self.produced += n
        if self.produced > self.limit:
            self._over(f"more than {self.limit} bytes after {self.kind} decompression")
        if (
            self.max_ratio
            and self.produced >= RATIO_MIN_OUTPUT
            and self.produced > self.max_ratio * max(1, self._counter.count)
        ):
            self._over(
                f"{self.produced} bytes from {self._counter.count} compressed bytes "
                f"(ratio > {self.max_ratio:g})"
            )
        b[:n] = data
        return n

    def _over(self, detail: str) -> None:
        raise QuarantineError("decompression-limit", detail)

    @property
    def consumed(self) -> int:
        """Compressed bytes read so far."""
        return self._counter.count

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


def open_stream(raw: BinaryIO, kind: str | None, limit: int, max_ratio: float = 0.0) -> BinaryIO:
    """A buffered reader over `raw`, decompressed when `kind` is set, capped at `limit` bytes either way."""
    if kind is None:
        return _PlainCapped(raw, limit)  # type: ignore[return-value]
    return io.BufferedReader(CappedStream(raw, kind, limit, max_ratio), _CHUNK)  # type: ignore[return-value]


class _PlainCapped(io.BufferedReader):
    """An uncompressed file read through the same cap (a container file may be larger than memory)."""

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        super().__init__(_LimitRaw(raw, limit), _CHUNK)


class _LimitRaw(io.RawIOBase):
    def __init__(self, raw: BinaryIO, limit: int) -> None:
        self.raw = raw
        self.limit = limit
        self.produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(b))
        self.produced += len(data)
        if self.produced > self.limit:
            raise QuarantineError("too-large", f"more than {self.limit} bytes")
        n = len(data)
        b[:n] = data
        return n


def read_capped(raw: BinaryIO, kind: str | None, limit: int, max_ratio: float = 0.0) -> bytes:
    """The whole (decompressed) content of `raw`, or QuarantineError past `limit` bytes.

    Reads chunk by chunk, so a bomb is stopped after `limit` bytes, not after it filled memory.
    """
    stream = open_stream(raw, kind, limit, max_ratio)
    chunks: list[bytes] = []
    while chunk := stream.read(_CHUNK):
        chunks.append(chunk)
    return b"".join(chunks)
