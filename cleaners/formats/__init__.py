"""Input formats: turn one input file into the Documents it holds (one, or many for containers).

    for unit in iter_file(path, source, config, sha256=None, skipped=Counter()):
        # unit is a Document ready for the pipeline, or a Failure (a part that gave no document)

Why a layer of its own: the pipeline cleans one document at a time, but real inputs are
compressed (`page.txt.gz`, `dump.warc.gz`), marked up (HTML) or containers (WARC, JSON Lines)
holding thousands of documents. This layer streams the file once, so a 1 GB WARC is never held
in memory, and stamps every document with its provenance in `meta`:

    source_file   the input path (relative to the input root, like `source`)
    format        how the payload is read: "text" or "html" (read.read_stage dispatches on it)
    container     "warc" or "jsonl" for files holding many documents (absent otherwise)
    compression   "gzip", "zstd", "bzip2" or "xz" when the file was compressed
    record_index  position of the record in the container (0-based; WARC: every record counts,
                  JSONL: the line number - 1); with the file's sha256 it makes the record id stable
    offset        byte offset of the record: the gzip member for .warc.gz (as CDX indexes), else
                  the offset in the decompressed stream
    url           the target URI (WARC), the record's url field (JSONL) or the page's canonical URL

How a file is recognised: compression by magic number; then the name without the compression
suffix (.warc, .jsonl/.ndjson, .html/.htm/.xhtml); then the content (a "WARC/1." start, an HTML
start). Anything else is plain text.
"""

from __future__ import annotations

import bz2
import hashlib
import io
import lzma
import os
import stat
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import zstandard

from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.formats import html as _html  # noqa: F401  (registers the "html" reader)
from cleaners.formats.compressed import (
    BZIP2,
    GZIP,
    SNIFF_BYTES,
    XZ,
    ZSTD,
    open_stream,
    read_capped,
    sniff_compression,
    strip_compression_suffix,
)
from cleaners.formats.html import looks_like_html

WARC, JSONL, HTML, TEXT = "warc", "jsonl", "html", "text"
CONTAINERS = (WARC, JSONL)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_SNIFF_PAYLOAD = 4096
# Bytes peeked at the start of a file (without consuming them) to find its compression and kind.
_PEEK_BYTES = 1 << 16
_SNIFF_INPUT = 512  # zstd input for the sniff: bounded output even for a bomb
_HASH_CHUNK = 1 << 20


@dataclass(slots=True)
class Failure:
    """A part of an input file that gives no document (a broken line, a corrupt record), and why."""

    reason: str
    detail: str
    meta: dict[str, Any] = field(default_factory=dict)


class HashingReader(io.RawIOBase):
    """Reads a file and hashes every byte read, so a streamed file is checked against its claimed sha256."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.fh.read(len(b))
        n = len(data)
        b[:n] = data
        self.digest.update(data)
        self.size += n
        return n

    def finish(self) -> str:
        """Hash the rest of the file (whatever the parser did not need) and return the sha256."""
        while chunk := self.fh.read(_HASH_CHUNK):
            self.digest.update(chunk)
            self.size += len(chunk)
        return self.digest.hexdigest()


def kind_of(name: str, head: bytes) -> str:
    """'warc', 'jsonl', 'html' or 'text' from a (decompressed) file name and its first bytes."""
    lower = strip_compression_suffix(name).lower()
    if lower.endswith(".warc"):
        return WARC
    if lower.endswith(_JSONL_SUFFIXES):
        return JSONL
    if lower.endswith(_HTML_SUFFIXES):
        return HTML
    if head.startswith(b"WARC/1."):
        return WARC
    if looks_like_html(head):
        return HTML
    return TEXT


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _container_limit(config: Config) -> int:
    return config.max_container_bytes if config.max_container_bytes > 0 else 1 << 62


def iter_file(
    path: str | os.PathLike[str],
    source: str,
    config: Config,
    sha256: str | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Document | Failure]:
    """The documents of one input file, streamed, each with its provenance in `meta`.

    Raises QuarantineError when the file as a whole is unusable (unreadable, too large, a
    decompression bomb, a truncated stream of a single document) or when its bytes differ from
    `sha256` (reason "changed_during_run", raised after the last document: callers drop what
    they got). Parts of a container that give no document are yielded as Failures; parts that
    are not documents at all (WARC requests, non-HTML responses, 404s) are counted in `skipped`.
    """
    skipped = skipped if skipped is not None else Counter()
    path = Path(path)
    expected = sha256 or file_sha256(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115  (closed in finally; the generator may stop early)
    except OSError as exc:
        raise QuarantineError("unreadable", f"{type(exc).__name__}: {exc}") from exc
    try:
        small = _small_plain_file(fh, path.name, source, config, expected)
        if small is not None:
            yield small
            return
        raw = HashingReader(fh)
        stream = io.BufferedReader(raw, _PEEK_BYTES)  # type: ignore[arg-type]
        head = stream.peek(_PEEK_BYTES)
        compression = sniff_compression(head[:SNIFF_BYTES])
        base_meta: dict[str, Any] = {"source_file": source}
        if compression:
            base_meta["compression"] = compression
        kind = kind_of(path.name, peek_decompressed(head, compression))
        base = Document(source=source, source_sha256=expected, meta=base_meta)
        if kind in CONTAINERS:
            base_meta["container"] = kind
            yield from _iter_container(kind, stream, compression, config, base, skipped)
        else:
            if compression:
                data = read_capped(stream, compression, config.max_input_bytes, config.max_compression_ratio)
            else:
                size = os.fstat(fh.fileno()).st_size
                if size > config.max_input_bytes:
                    raise QuarantineError("too_large", f"{size} bytes > max_input_bytes={config.max_input_bytes}")
                data = stream.read()
            actual = raw.finish()
            if actual != expected:
                raise QuarantineError("changed_during_run", f"sha256 is {actual}, claimed {expected}")
            yield Document(source=source, raw=data, source_sha256=expected, meta={**base_meta, "format": kind})
            return
        actual = raw.finish()
        if actual != expected:
            raise QuarantineError("changed_during_run", f"sha256 is {actual}, claimed {expected}")
    finally:
        fh.close()


def _small_plain_file(fh: BinaryIO, name: str, source: str, config: Config, expected: str) -> Document | None:
    """iter_file's Document for a file smaller than its peek (most single pages), from one read and one
    hash; None, with `fh` back at its start, for anything else (compressed, a container, larger).

    The same Document and errors as the streamed path, which read such a file whole into its peek
    anyway, but without the Python-level reader layers (a fifth of a page's reading time went there).
    """
    st = os.fstat(fh.fileno())
    size = st.st_size
    if size >= _PEEK_BYTES or not stat.S_ISREG(st.st_mode):  # a pipe may return less than there is
        return None
    data = fh.read(_PEEK_BYTES)
    kind = TEXT
    if len(data) >= _PEEK_BYTES or sniff_compression(data[:SNIFF_BYTES]) or (
        kind := kind_of(name, data[:_SNIFF_PAYLOAD])
    ) in CONTAINERS:
        fh.seek(0)
        return None
    if size > config.max_input_bytes:
        raise QuarantineError("too_large", f"{size} bytes > max_input_bytes={config.max_input_bytes}")
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise QuarantineError("changed_during_run", f"sha256 is {actual}, claimed {expected}")
    return Document(source=source, raw=data, source_sha256=expected, meta={"source_file": source, "format": kind})


def peek_decompressed(head: bytes, compression: str | None, size: int = _SNIFF_PAYLOAD) -> bytes:
    """The first decompressed bytes of `head` (the start of a file), for sniffing; b"" if undecodable."""
    if compression is None:
        return head[:size]
    try:
        if compression == GZIP:
            return zlib.decompressobj(31).decompress(head, size)
        if compression == ZSTD:
            return zstandard.ZstdDecompressor().decompressobj().decompress(head[:_SNIFF_INPUT])[:size]
        if compression == BZIP2:
            return bz2.BZ2Decompressor().decompress(head, size)
        if compression == XZ:
            return lzma.LZMADecompressor().decompress(head, size)
    except (zlib.error, OSError, EOFError, ValueError, lzma.LZMAError, zstandard.ZstdError):
        return b""
    return b""


def _iter_container(
    kind: str,
    stream: BinaryIO,
    compression: str | None,
    config: Config,
    base: Document,
    skipped: Counter[str],
) -> Iterator[Document | Failure]:
    """Documents of a WARC or JSONL stream; a stream that breaks mid-way ends in one Failure."""
    from cleaners.formats.jsonl import iter_jsonl
    from cleaners.formats.warc import GzipMembers, iter_warc

    last: dict[str, Any] = {}
    try:
        if kind == WARC and compression == GZIP:
            members = GzipMembers(stream, _container_limit(config), config.max_compression_ratio)
            units = iter_warc(members.read, members.source_offset, config, base, skipped)
        else:
            decompressed = open_stream(stream, compression, _container_limit(config), config.max_compression_ratio)
            if kind == WARC:
                units = iter_warc(decompressed.read1, None, config, base, skipped)  # type: ignore[attr-defined]
            else:
                units = iter_jsonl(decompressed, config, base, skipped)
        for unit in units:
            last = unit.meta
            yield unit
    except QuarantineError as exc:
        # The stream itself broke (truncated, corrupt, past a limit): what came before it stands.
        index = last.get("record_index", -1) + 1
        yield Failure(exc.reason, f"input stream broke after record {index - 1}: {exc.detail}",
                      {**base.meta, "record_index": index})


def document_for_bytes(data: bytes, name: str, source: str, config: Config) -> Document:
    """A Document for in-memory bytes named `name` (decompressed, format sniffed); single documents only."""
    compression = sniff_compression(data[:SNIFF_BYTES])
    meta: dict[str, Any] = {"source_file": source}
    if compression:
        meta["compression"] = compression
        data = read_capped(io.BytesIO(data), compression, config.max_input_bytes, config.max_compression_ratio)
    kind = kind_of(name, data[:_SNIFF_PAYLOAD])
    if kind in CONTAINERS:
        raise QuarantineError("container", f"{name} holds several documents: use cleaners.formats.iter_file")
    meta["format"] = kind
    return Document(source=source, raw=data, meta=meta)


__all__ = [
    "CONTAINERS",
    "Failure",
    "HashingReader",
    "document_for_bytes",
    "file_sha256",
    "iter_file",
    "kind_of",
    "looks_like_html",
]
