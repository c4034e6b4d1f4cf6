"""Compressed inputs: read transparently, with a cap that stops bombs and clear reasons for broken streams."""

from __future__ import annotations

import bz2
import gzip
import lzma
import time
import tracemalloc
from pathlib import Path

import pytest
import zstandard
from test_formats_html import PARAGRAPHS, article_page

from cleaners import Config, QuarantineError, clean_file
from cleaners.formats.compressed import sniff_compression, strip_compression_suffix
from cleaners.runner import InputFile, clean_file_all

TEXT = ("Evening buses\n\n" + "\n\n".join(PARAGRAPHS) + "\n").encode()
COMPRESSORS = {
    "gz": (lambda b: gzip.compress(b, mtime=0), "gzip"),
    "zst": (zstandard.ZstdCompressor().compress, "zstd"),
    "bz2": (bz2.compress, "bzip2"),
    "xz": (lzma.compress, "xz"),
}


@pytest.mark.parametrize("ext", list(COMPRESSORS))
def test_compressed_text_file(tmp_path: Path, ext: str) -> None:
    compress, kind = COMPRESSORS[ext]
    path = tmp_path / f"page.txt.{ext}"
    path.write_bytes(compress(TEXT))
    record = clean_file(path)
    assert PARAGRAPHS[2] in record.text
    assert record["meta"] == {"source_file": path.name, "compression": kind, "format": "text"}
    # The id hashes the file as stored: the same text uncompressed is another input.
    (tmp_path / "plain.txt").write_bytes(TEXT)
    plain = clean_file(tmp_path / "plain.txt")
    assert plain["paragraphs"] == record["paragraphs"]
    assert plain["id"] != record["id"]


@pytest.mark.parametrize("ext", list(COMPRESSORS))
def test_compressed_html_file(tmp_path: Path, ext: str) -> None:
    compress, _kind = COMPRESSORS[ext]
    path = tmp_path / f"page.html.{ext}"
    path.write_bytes(compress(article_page().encode()))
    record = clean_file(path)
    assert record["meta"]["format"] == "html"
    assert record["title"] == "Council extends evening bus service on four routes"


def test_suffix_alone_does_not_mean_compressed(tmp_path: Path) -> None:
    path = tmp_path / "notes.gz"
    path.write_bytes(TEXT)
    record = clean_file(path)
    assert "compression" not in record["meta"]
    assert sniff_compression(TEXT[:16]) is None
    assert sniff_compression(b"BZh91AY&SY") == "bzip2" and sniff_compression(b"BZh is not bzip2") is None
    assert strip_compression_suffix("dump.warc.gz") == "dump.warc"


def _bomb(expanded: int) -> bytes:
    """A multi-member gzip of `expanded` bytes of one repeated byte (about 1 KB per MB of output)."""
    member = gzip.compress(b"a" * (1 << 20), compresslevel=9, mtime=0)
    return member * (expanded >> 20)


def test_gzip_bomb_is_quarantined_quickly_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(_bomb(1 << 30))  # 1 GiB of output from ~1 MB
    assert path.stat().st_size < 1_100_000
    config = Config(max_input_bytes=8 * 1024 * 1024)
    tracemalloc.start()
    t0 = time.perf_counter()
    result = clean_file_all(InputFile(path, tmp_path, path.name), config)
    elapsed = time.perf_counter() - t0
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    (entry,) = result.quarantined
    assert entry["reason"] == "decompression-limit"
    assert result.records == []
    assert elapsed < 5
    assert peak < 4 * config.max_input_bytes


def test_bomb_inside_a_container_stops_at_the_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "A fine first line of text for the record."}\n', mtime=0) + _bomb(256 << 20))
    t0 = time.perf_counter()
    result = clean_file_all(InputFile(path, tmp_path, path.name), Config())
    assert time.perf_counter() - t0 < 10
    assert [e["reason"] for e in result.quarantined][-1] == "decompression-limit"


@pytest.mark.parametrize("ext", list(COMPRESSORS))
def test_truncated_stream_is_quarantined_with_a_reason(tmp_path: Path, ext: str) -> None:
    compress, _kind = COMPRESSORS[ext]
    path = tmp_path / f"cut.txt.{ext}"
    path.write_bytes(compress(TEXT * 20)[:-30])
    with pytest.raises(QuarantineError) as err:
        clean_file(path)
    assert err.value.reason == "truncated"
    result = clean_file_all(InputFile(path, tmp_path, path.name), Config())
    assert [e["reason"] for e in result.quarantined] == ["truncated"]
    assert result.quarantined[0]["stage"] == "input"
