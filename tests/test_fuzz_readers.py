"""Property-based fuzzing (hypothesis): random bytes through every reader never escape as an exception.

Each input file is random bytes, optionally behind the start of a format (WARC header, JSON line,
HTML tag, a compression magic number or a whole compressed stream) so that the fuzzing reaches
past the sniffers into each reader. For every input: clean_file_all returns records and/or
quarantine entries (never raises, never returns nothing), every quarantine entry has a reason,
every record and entry is JSON, and the text-level decoder either decodes or quarantines.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import tempfile
from pathlib import Path

import orjson
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.config import Config
from cleaners.document import QuarantineError
from cleaners.read import decode
from cleaners.runner import InputFile, clean_file_all

CONFIG = Config(max_input_bytes=1 << 20, html_timeout_seconds=5.0)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

PREFIXES = {
    "plain": (b"", "f.txt"),
    "warc": (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n", "f.warc"),
    "warc-full": (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nContent-Length: 60\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>",
        "f.warc",
    ),
    "jsonl": (b'{"text": "', "f.jsonl"),
    "html": (b"<!doctype html><html><head><title>", "f.html"),
    "gzip-magic": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "f.txt.gz"),
    "zstd-magic": (b"\x28\xb5\x2f\xfd", "f.txt.zst"),
}
COMPRESS = {
    "gz": lambda b: gzip.compress(b, mtime=0),
    "zst": lambda b: zstandard.ZstdCompressor().compress(b),
    "bz2": bz2.compress,
    "xz": lzma.compress,
}


def _check(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        result = clean_file_all(InputFile(path, path.parent, name), CONFIG)
    assert result.records or result.quarantined
    for entry in result.quarantined:
        assert entry["reason"] and isinstance(entry["detail"], str)
        orjson.dumps(entry)
    for rec in result.records:
        orjson.dumps(rec)
        assert rec["text"].strip()


@FUZZ
@given(kind=st.sampled_from(sorted(PREFIXES)), tail=st.binary(max_size=3000))
def test_random_bytes_behind_every_format_start(kind: str, tail: bytes) -> None:
    prefix, name = PREFIXES[kind]
    _check(prefix + tail, name)


@FUZZ
@given(
    kind=st.sampled_from(["txt", "jsonl", "html", "warc"]),
    ext=st.sampled_from(sorted(COMPRESS)),
    payload=st.binary(max_size=3000),
    cut=st.integers(min_value=0, max_value=40),
)
def test_random_payloads_in_real_compressed_streams_whole_or_truncated(kind: str, ext: str, payload: bytes, cut: int) -> None:
    data = COMPRESS[ext](payload)
    _check(data[: len(data) - cut] if cut else data, f"f.{kind}.{ext}")


@FUZZ
@given(lines=st.lists(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda t: orjson.dumps({"text": t}))), max_size=12))
def test_jsonl_of_random_lines(lines: list[bytes]) -> None:
    _check(b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n", "f.jsonl")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(data=st.binary(max_size=4000))
def test_decode_decodes_or_quarantines(data: bytes) -> None:
    try:
        result = decode(data)
    except QuarantineError as exc:
        assert exc.reason in ("binary", "undecodable")
        return
    result.text.encode("utf-8", "surrogatepass")
    assert 0.0 <= result.confidence <= 1.0
