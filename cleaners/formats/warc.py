"""WARC reader: stream the records of a (gzipped) WARC file, yield one Document per HTML response.

Why our own record framing instead of fastwarc or warcio (both measured, see scripts/bench_html.py
--warc): both stop at the first corrupt record (fastwarc raises "Invalid WARC header" or a gzip data
error, and when a Content-Length runs past the end it returns the cut record as if it were whole),
which would lose every good record after it. Here:

- a .warc.gz is read member by member (`GzipMembers`); a corrupt member becomes a gap, and
  reading goes on at the next gzip member (WARC.gz files have one record per member);
- a record whose Content-Length does not end at a record boundary, a header that is not a WARC
  header, or a cut-off record is reported as a `Failure` (a quarantine entry) and the reader
  resynchronises on the next "WARC/1." line, so the records before and after it are kept;
- a .warc.zst/.bz2/.xz is decompressed as one stream (`compressed.open_stream`), so there is no
  resync after a decompressor error: the records before it are kept and the rest of the file is
  one `Failure` ("corrupt-compressed"). bzip2 and xz report a corrupt later stream (their stdlib
  readers took it for trailing garbage and ended the file silently); zstd frames without a
  checksum may decode corrupt bytes without an error, which the WARC framing then catches;
- only HTTP 2xx responses with an HTML payload become documents; everything else (requests,
  metadata, revisits, non-HTML payloads, 3xx/4xx/5xx) is counted in `skipped` by reason.

Framing cost is negligible next to extraction (a few microseconds per record against tens of
milliseconds for trafilatura). Memory is bounded by the largest record kept (`max_record`).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.formats.html import looks_like_html

_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b\x08"
_MAX_HEADER_BYTES = 64 * 1024
_MAX_HEADER_LINES = 512
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# A record larger than this has its first bytes read to classify it; the rest is skipped unread.
_CLASSIFY_BYTES = 64 * 1024


class StreamGap(Exception):
    """Part of the decompressed stream is missing (a corrupt gzip member was skipped)."""


class _Corrupt(Exception):
    """The bytes at the current position are not a well-formed WARC record."""


class GzipMembers:
    """Decompress a multi-member gzip stream one member at a time, skipping corrupt members.

    `read` never returns bytes of two members at once, so `member_start` (the compressed offset
    of the member the last bytes came from) locates every record the way CDX indexes do. Output
    is capped at `limit` bytes in total and at `max_ratio` output bytes per input byte.
    """

    def __init__(self, raw: BinaryIO, limit: int, max_ratio: float = 0.0) -> None:
        self.raw = raw
        self.limit = limit
        self.max_ratio = max_ratio
        self._buf = b""
        self._buf_off = 0  # compressed offset of _buf[0]
        self._obj: Any = None
        self.member_start = 0
        self.produced = 0

    def _fill(self) -> bool:
        chunk = self.raw.read(_CHUNK)
        self._buf += chunk
        return bool(chunk)

    def _advance(self, n: int) -> None:
        self._buf = self._buf[n:]
        self._buf_off += n

    def _skip_to_next_member(self) -> None:
        """Drop input up to the next gzip member header (or the end of the file)."""
        self._advance(1)
        while True:
            i = self._buf.find(_GZIP_MAGIC)
            if i >= 0:
                self._advance(i)
                return
            keep = len(_GZIP_MAGIC) - 1
            self._advance(max(0, len(self._buf) - keep))
            if not self._fill():
                self._advance(len(self._buf))
                return

    def source_offset(self) -> int:
        return self.member_start

    def read(self, n: int = _CHUNK) -> bytes:
        while True:
            if self._obj is None:
                while len(self._buf) < len(_GZIP_MAGIC) and self._fill():
                    pass
                if not self._buf:
                    return b""
                if not self._buf.startswith(_GZIP_MAGIC):
                    at = self._buf_off
                    self._skip_to_next_member()
                    raise StreamGap(f"bytes at offset {at} are not a gzip member")
                self._obj = zlib.decompressobj(31)
                self.member_start = self._buf_off
            if not self._buf and not self._fill():
                self._obj = None
                raise StreamGap(f"gzip member at offset {self.member_start} is cut off at the end of the file")
            try:
                out = self._obj.decompress(self._buf, n)
            except zlib.error as exc:
                self._obj = None
                self._skip_to_next_member()
                raise StreamGap(f"corrupt gzip member at offset {self.member_start}: {exc}") from exc
            rest = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
            self._advance(len(self._buf) - len(rest))
            if self._obj.eof:
                self._obj = None
            if out:
                self.produced += len(out)
                if self.produced > self.limit:
                    raise QuarantineError("decompression-limit", f"more than {self.limit} bytes after gzip decompression")
                if self.max_ratio and self.produced > max(1 << 24, self.max_ratio * max(1, self._buf_off)):
                    raise QuarantineError(
                        "decompression-limit", f"{self.produced} bytes from {self._buf_off} compressed bytes"
                    )
                return out


class _Buffer:
    """Line and block reads over a byte source, with the source offset of every position."""

    def __init__(self, read: Callable[[int], bytes], source_offset: Callable[[], int] | None) -> None:
        self._read = read
        self._source_offset = source_offset
        self.buf = bytearray()
        self.pos = 0  # stream position of buf[0]
        self.eof = False
        self._marks: list[tuple[int, int]] = []  # (stream position, source offset) where a chunk began

    def _more(self) -> bool:
        if self.eof:
            return False
        data = self._read(_CHUNK)
        if not data:
            self.eof = True
            return False
        if self._source_offset is not None:
            self._marks.append((self.pos + len(self.buf), self._source_offset()))
        self.buf += data
        return True

    def offset_of(self, position: int) -> int:
        """Source offset of a stream position (for gzip: the member it is in), and forget older marks."""
        if self._source_offset is None:
            return position
        best = None
        keep = 0
        for i, (pos, off) in enumerate(self._marks):
            if pos <= position:
                best, keep = off, i
            else:
                break
        del self._marks[:keep]
        return best if best is not None else position

    def drop(self) -> None:
        """Forget buffered bytes (they belong to a record cut by a gap)."""
        self.pos += len(self.buf)
        self.buf.clear()

    def consume(self, n: int) -> bytes:
        out = bytes(self.buf[:n])
        del self.buf[:n]
        self.pos += len(out)
        return out

    def readline(self) -> bytes:
        while True:
            i = self.buf.find(b"\n")
            if i >= 0:
                return self.consume(i + 1)
            if len(self.buf) > _MAX_HEADER_BYTES:
                raise _Corrupt("header line too long")
            if not self._more():
                return self.consume(len(self.buf))

    def read(self, n: int) -> bytes:
        while len(self.buf) < n and self._more():
            pass
        return self.consume(n)

    def skip(self, n: int) -> int:
        """Discard n bytes without holding them; returns how many were there."""
        done = 0
        while done < n:
            if not self.buf and not self._more():
                break
            k = min(n - done, len(self.buf))
            del self.buf[:k]
            self.pos += k
            done += k
        return done

    def peek(self, n: int) -> bytes:
        while len(self.buf) < n and self._more():
            pass
        return bytes(self.buf[:n])

    def unread(self, data: bytes) -> None:
        self.buf[:0] = data
        self.pos -= len(data)

    def resync(self) -> bool:
        """Skip to the next line that starts a WARC record; False at the end of the stream."""
        while True:
            i = self.buf.find(b"WARC/1.")
            while i > 0 and self.buf[i - 1 : i] != b"\n":
                i = self.buf.find(b"WARC/1.", i + 1)
            if i >= 0:
                self.consume(i)
                return True
            self.consume(max(0, len(self.buf) - 8))
            if not self._more():
                self.consume(len(self.buf))
                return False


def _parse_headers(lines: list[bytes]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise _Corrupt(f"malformed header line {line[:80]!r}")
        headers.setdefault(key.strip().lower(), value.strip())
    return headers


def _read_warc_headers(buf: _Buffer) -> tuple[str, dict[str, str]] | None:
    """The version line and headers of the next record; None at the end of the stream."""
    line = buf.readline()
    while line in (b"\r\n", b"\n"):
        line = buf.readline()
    if not line:
        return None
    if not line.startswith(b"WARC/1."):
        raise _Corrupt(f"not a WARC record header: {line[:60]!r}")
    lines: list[bytes] = []
    size = 0
    while True:
        h = buf.readline()
        if not h:
            raise _Corrupt("record header cut off at the end of the stream")
        if h in (b"\r\n", b"\n"):
            break
        lines.append(h)
        size += len(h)
        if size > _MAX_HEADER_BYTES or len(lines) > _MAX_HEADER_LINES:
            raise _Corrupt("record header too long")
    return line.decode("ascii", "replace").strip(), _parse_headers(lines)


def parse_http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """Status code, headers (lower-case names) and body of an HTTP response message."""
    end = block.find(b"\r\n\r\n")
    sep = 4
    if end < 0 or block.find(b"\n\n", 0, end if end >= 0 else None) >= 0:
        alt = block.find(b"\n\n")
        if alt >= 0 and (end < 0 or alt < end):
            end, sep = alt, 2
    if end < 0:
        raise ValueError("no end of HTTP headers")
    head = block[:end].split(b"\n")
    status_line = head[0].decode("latin-1").strip()
    parts = status_line.split(None, 2)
    if len(parts) < 2 or not parts[0].upper().startswith("HTTP/") or not parts[1].isdigit():
        raise ValueError(f"not an HTTP status line: {status_line[:60]!r}")
    headers: dict[str, str] = {}
    for raw in head[1:]:
        key, colon, value = raw.decode("latin-1").partition(":")
        if colon:
            headers.setdefault(key.strip().lower(), value.strip())
    return int(parts[1]), headers, block[end + sep :]


def _dechunk(body: bytes) -> bytes:
    """Undo chunked transfer coding; the body as is when it is not validly chunked."""
    out = bytearray()
    pos = 0
    while True:
        nl = body.find(b"\n", pos)
        if nl < 0:
            return body
        size_text = body[pos:nl].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body
        if size == 0:
            return bytes(out)
        out += body[nl + 1 : nl + 1 + size]
        pos = nl + 1 + size
        if body[pos : pos + 2] == b"\r\n":
            pos += 2
        elif body[pos : pos + 1] == b"\n":
            pos += 1


def _decode_content(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo a gzip/deflate/br content coding, capped at `limit` bytes of output."""
    enc = encoding.lower().strip()
    if enc in ("gzip", "x-gzip", "deflate"):
        obj = zlib.decompressobj(47 if enc != "deflate" else zlib.MAX_WBITS)
        try:
            out = obj.decompress(body, limit + 1)
        except zlib.error:
            if enc != "deflate":
                raise
            obj = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send it
            out = obj.decompress(body, limit + 1)
    elif enc == "br":
        try:
            import brotli
        except ImportError as exc:  # pragma: no cover - brotli ships with our dependencies
            raise ValueError("brotli content coding without the brotli module") from exc
        out = brotli.decompress(body)
    else:
        return body
    if len(out) > limit:
        raise QuarantineError("decompression-limit", f"HTTP body expands past {limit} bytes")
    return out


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def iter_warc(
    read: Callable[[int], bytes],
    source_offset: Callable[[], int] | None,
    config: Config,
    base: Document,
    skipped: Counter[str],
) -> Iterator[Document | Any]:
    """Documents (HTML responses) and Failures of one WARC stream, in file order.

    `base` carries source, source_sha256 and meta shared by every record (container, compression).
    """
    from cleaners.formats import Failure

    buf = _Buffer(read, source_offset)
    index = 0
    max_record = config.max_input_bytes
    while True:
        start = buf.pos
        meta: dict[str, Any] | None = None
        try:
            found = _read_warc_headers(buf)
            if found is None:
                return
            version, headers = found
            offset = buf.offset_of(start)
            meta = {**base.meta, "record_index": index, "offset": offset, **_provenance(headers)}
            try:
                length = int(headers.get("content-length", ""))
            except ValueError as exc:
                raise _Corrupt(f"bad Content-Length {headers.get('content-length')!r}") from exc
            if length < 0:
                raise _Corrupt(f"negative Content-Length {length}")
            item = _record(buf, headers, length, max_record, config, base, meta, skipped)
        except StreamGap as gap:
            buf.drop()
            yield Failure("corrupt-record", f"WARC record lost: {gap}", meta or _where(base, index, buf, start))
            index += 1
            continue
        except _Corrupt as exc:
            yield Failure("corrupt-record", str(exc), meta or _where(base, index, buf, start))
            index += 1
            if not buf.resync():
                return
            continue
        except _LengthMismatch as exc:
            yield Failure("corrupt-record", str(exc), meta or _where(base, index, buf, start))
            index += 1
            # The block probably swallowed the next record's start: look for it from the header's end.
            buf.unread(exc.block)
            if not buf.resync():
                return
            continue
        index += 1
        if item is not None:
            yield item


def _where(base: Document, index: int, buf: _Buffer, start: int) -> dict[str, Any]:
    return {**base.meta, "record_index": index, "offset": buf.offset_of(start)}


class _LengthMismatch(Exception):
    def __init__(self, message: str, block: bytes) -> None:
        super().__init__(message)
        self.block = block


def _record(
    buf: _Buffer,
    headers: dict[str, str],
    length: int,
    max_record: int,
    config: Config,
    base: Document,
    meta: dict[str, Any],
    skipped: Counter[str],
) -> Any:
    """Read one record's block (and the blank lines after it); a Document, a Failure or None (skipped)."""
    from cleaners.formats import Failure

    rtype = headers.get("warc-type", "").lower()
    wanted = rtype in ("response", "resource")
    big = length > max_record or length > config.max_html_bytes + _CLASSIFY_BYTES
    if not wanted:
        got = buf.skip(length)
        _end_of_block(buf, got, length, b"")
        skipped[f"warc-{rtype or 'untyped'}"] += 1
        return None
    if big:
        block = buf.read(_CLASSIFY_BYTES)
        got = len(block) + buf.skip(length - len(block))
        _end_of_block(buf, got, length, b"")
    else:
        block = buf.read(length)
        _end_of_block(buf, len(block), length, block)
    payload_type = _mime(headers.get("content-type"))
    body = block
    mime = payload_type
    if rtype == "response" and payload_type.startswith("application/http"):
        try:
            status, http, body = parse_http(block)
        except ValueError as exc:
            return Failure("corrupt-record", f"HTTP response not parseable: {exc}", meta)
        meta["http_status"] = status
        if not 200 <= status < 300:
            skipped[f"http-{status}"] += 1
            return None
        mime = _mime(http.get("content-type"))
        if m := _CHARSET_RE.search(http.get("content-type", "")):
            meta["http_charset"] = m.group(1)
        if mime:
            meta["content_type"] = mime
        is_html = mime in _HTML_TYPES or (mime in ("", "text/plain", "application/octet-stream") and looks_like_html(body))
        if not is_html:
            skipped["non-html"] += 1
            return None
        if big:
            return Failure("html-too-large", f"HTML response of {length} bytes > max_html_bytes", meta)
        try:
            if "chunked" in http.get("transfer-encoding", "").lower():
                body = _dechunk(body)
            if http.get("content-encoding"):
                body = _decode_content(body, http["content-encoding"], config.max_html_bytes)
        except (zlib.error, ValueError, OSError) as exc:
            return Failure("corrupt-record", f"HTTP body not decodable: {exc}", meta)
    elif rtype == "response" and payload_type.startswith(("dns", "application/dns")):
        skipped["non-html"] += 1
        return None
    else:
        is_html = mime in _HTML_TYPES or looks_like_html(body[:4096])
        if not is_html:
            skipped["non-html"] += 1
            return None
        if big:
            return Failure("html-too-large", f"HTML record of {length} bytes > max_html_bytes", meta)
    meta["format"] = "html"
    return Document(source=base.source, raw=body, source_sha256=base.source_sha256, meta=meta)


def _end_of_block(buf: _Buffer, got: int, length: int, block: bytes) -> None:
    """Check that the block ended where Content-Length says: the stream ends or a blank line follows."""
    if got < length:
        raise _Corrupt(f"record cut off: {got} of {length} bytes before the end of the stream")
    tail = buf.peek(4)
    if tail.startswith(b"\r\n\r\n"):
        buf.consume(4)
    elif tail.startswith(b"\n\n") or tail.startswith(b"\r\n"):
        buf.consume(2)
    elif not tail or tail.startswith(b"WARC"):
        pass
    else:
        raise _LengthMismatch(f"Content-Length {length} does not end at a record boundary", block)


def _provenance(headers: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, name in (
        ("warc-target-uri", "url"),
        ("warc-record-id", "warc_record_id"),
        ("warc-date", "fetched"),
        ("warc-truncated", "warc_truncated"),
    ):
        if headers.get(key):
            out[name] = headers[key].strip("<>") if name == "url" else headers[key]
    return out
