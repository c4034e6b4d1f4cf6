"""WARC input: HTML responses become records with provenance; everything else is counted or quarantined."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest
from test_formats_html import PARAGRAPHS, article_page

from cleaners import Config
from cleaners.formats.warc import parse_http
from cleaners.runner import FileResult, InputFile, clean_file_all

TOPICS = ["bus service", "library hours", "market hall"]


def page(i: int) -> bytes:
    paras = [f"{p} This is report {i} about the {TOPICS[i % 3]}." for p in PARAGRAPHS]
    return article_page(title=f"Report {i} on the {TOPICS[i % 3]}", paragraphs=paras).encode()


def http_response(body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}"
    if "Transfer-Encoding" not in extra:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def chunked(body: bytes, size: int = 700) -> bytes:
    out = b"".join(b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size))
    return out + b"0\r\n\r\n"


def warc_record(block: bytes, rtype: str = "response", uri: str = "https://news.example.org/a", n: int = 0,
                ctype: str = "application/http; msgtype=response", length: int | None = None) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Date: 2024-05-0{1 + n % 9}T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {len(block) if length is None else length}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def sample_records() -> list[bytes]:
    """warcinfo, request, 3 good pages, a PNG, a 404, a metadata record (no corrupt one)."""
    gz_body = gzip.compress(page(3))
    return [
        warc_record(b"software: test\r\nformat: WARC File Format 1.0\r\n", "warcinfo", n=0, ctype="application/warc-fields"),
        warc_record(b"GET /1 HTTP/1.1\r\nHost: news.example.org\r\n\r\n", "request", "https://news.example.org/1", 1,
                    "application/http; msgtype=request"),
        warc_record(http_response(page(1)), uri="https://news.example.org/1", n=2),
        warc_record(http_response(b"\x89PNG\r\n\x1a\n" + bytes(200), ctype="image/png"), uri="https://news.example.org/x.png", n=3),
        warc_record(http_response(page(9), status="404 Not Found"), uri="https://news.example.org/missing", n=4),
        warc_record(http_response(chunked(page(2)), extra="Transfer-Encoding: chunked\r\n"), uri="https://news.example.org/2", n=5),
        warc_record(http_response(gz_body, extra=f"Content-Encoding: gzip\r\nContent-Length: {len(gz_body)}\r\n"),
                    uri="https://news.example.org/3", n=6),
        warc_record(b"fetchTimeMs: 120\r\n", "metadata", "https://news.example.org/3", 7, "application/warc-fields"),
    ]


EXPECTED_SKIPPED = {"warc-warcinfo": 1, "warc-request": 1, "non-html": 1, "http-404": 1, "warc-metadata": 1}


def _run(path: Path, config: Config | None = None) -> FileResult:
    return clean_file_all(InputFile(path, path.parent, path.name), config or Config())


def _urls(result: FileResult) -> list[str]:
    return [r["meta"]["url"] for r in result.records]


def test_warc_html_responses_become_records_with_provenance(tmp_path: Path) -> None:
    recs = sample_records()
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(recs))
    result = _run(path)
    assert _urls(result) == ["https://news.example.org/1", "https://news.example.org/2", "https://news.example.org/3"]
    assert result.quarantined == []
    assert dict(result.skipped) == EXPECTED_SKIPPED
    first = result.records[0]
    meta = first["meta"]
    assert meta["container"] == "warc" and meta["format"] == "html" and meta["source_file"] == "crawl.warc"
    assert meta["warc_record_id"] == "<urn:uuid:00000000-0000-0000-0000-000000000002>"
    assert meta["fetched"] == "2024-05-03T10:00:00Z"
    assert meta["http_status"] == 200
    assert meta["record_index"] == 2
    assert meta["offset"] == len(recs[0]) + len(recs[1])
    assert "report 1 about the library hours" in first["text"]
    assert first["title"] == "Report 1 on the library hours"
    # Chunked and gzip-encoded bodies were decoded.
    assert "report 2 about the market hall" in result.records[1]["text"]
    assert "report 3 about the bus service" in result.records[2]["text"]
    assert len({r["id"] for r in result.records}) == 3
    assert {r["source_sha256"] for r in result.records} == {result.records[0]["source_sha256"]}


def test_record_ids_are_stable_across_runs_and_copies(tmp_path: Path) -> None:
    data = b"".join(sample_records())
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.warc").write_bytes(data)
    (tmp_path / "b" / "other-name.warc").write_bytes(data)
    ids = [[r["id"] for r in _run(p).records] for p in (tmp_path / "a" / "one.warc", tmp_path / "b" / "other-name.warc")]
    assert ids[0] == ids[1]
    assert [r["id"] for r in _run(tmp_path / "a" / "one.warc").records] == ids[0]


def test_corrupt_record_in_the_middle_keeps_the_records_around_it(tmp_path: Path) -> None:
    recs = sample_records()
    garbage = b"WARC/1.0\r\nthis is not a header line\r\n\r\n" + b"\x00\x01 junk " * 50 + b"\r\n\r\n"
    path = tmp_path / "broken.warc"
    path.write_bytes(b"".join(recs[:3]) + garbage + b"".join(recs[3:]))
    result = _run(path)
    assert _urls(result) == ["https://news.example.org/1", "https://news.example.org/2", "https://news.example.org/3"]
    (entry,) = result.quarantined
    assert entry["reason"] == "corrupt-record"
    assert entry["meta"]["record_index"] == 3
    assert entry["meta"]["offset"] == sum(map(len, recs[:3]))
    assert dict(result.skipped) == EXPECTED_SKIPPED


@pytest.mark.parametrize("delta", [+5000, -40])
def test_wrong_content_length_quarantines_that_record_only(tmp_path: Path, delta: int) -> None:
    recs = sample_records()
    body = http_response(page(1))
    recs[2] = warc_record(body, uri="https://news.example.org/1", n=2, length=len(body) + delta)
    path = tmp_path / "badlen.warc"
    path.write_bytes(b"".join(recs))
    result = _run(path)
    assert _urls(result) == ["https://news.example.org/2", "https://news.example.org/3"]
    assert [e["reason"] for e in result.quarantined] == ["corrupt-record"]
    assert result.quarantined[0]["meta"]["url"] == "https://news.example.org/1"


def _gz_members(recs: list[bytes]) -> list[bytes]:
    return [gzip.compress(r, mtime=0) for r in recs]


def test_warc_gz_with_a_corrupt_member(tmp_path: Path) -> None:
    members = _gz_members(sample_records())
    bad = bytearray(members[5])  # the chunked page 2
    for k in range(30, 60):
        bad[k] ^= 0x5A
    members[5] = bytes(bad)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    result = _run(path)
    assert _urls(result) == ["https://news.example.org/1", "https://news.example.org/3"]
    (entry,) = result.quarantined
    assert entry["reason"] == "corrupt-record"
    assert entry["meta"]["compression"] == "gzip"
    assert result.records[0]["meta"]["offset"] == sum(map(len, members[:2]))  # the gzip member, as CDX
    assert result.records[1]["meta"]["offset"] == sum(map(len, members[:6]))


@pytest.mark.parametrize("suffix", ["bz2", "xz"])
def test_corrupt_stream_in_a_bz2_or_xz_warc_is_reported_not_taken_for_the_end(tmp_path: Path, suffix: str) -> None:
    """One stream per record: a corrupt stream in the middle ends the file with a quarantine entry.

    (bz2.BZ2File and lzma.LZMAFile took it for trailing garbage: the records after it vanished
    without a word. These formats have no resync: what follows the corrupt stream is not read.)
    """
    import bz2
    import lzma

    compress = bz2.compress if suffix == "bz2" else lzma.compress
    streams = [compress(r) for r in sample_records()]
    bad = bytearray(streams[5])  # the chunked page 2
    bad[len(bad) // 2] ^= 0xFF
    streams[5] = bytes(bad)
    path = tmp_path / f"crawl.warc.{suffix}"
    path.write_bytes(b"".join(streams))
    result = _run(path)
    assert _urls(result) == ["https://news.example.org/1"]
    (entry,) = result.quarantined
    assert entry["reason"] == "corrupt-compressed"
    assert entry["meta"]["compression"] == ("bzip2" if suffix == "bz2" else "xz")
    # Intact, the same streams give every record (NUL padding between xz streams is allowed).
    streams = [compress(r) for r in sample_records()]
    pad = b"\0" * 4 if suffix == "xz" else b""
    path.write_bytes(pad.join(streams))
    assert _urls(_run(path)) == ["https://news.example.org/1", "https://news.example.org/2", "https://news.example.org/3"]


def test_truncated_warc_gz_keeps_what_came_before(tmp_path: Path) -> None:
    members = _gz_members(sample_records()[:7])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members)[:-200])
    result = _run(path)
    assert _urls(result) == ["https://news.example.org/1", "https://news.example.org/2"]
    assert [e["reason"] for e in result.quarantined] == ["corrupt-record"]
    assert "cut off" in result.quarantined[0]["detail"]


def test_warc_without_documents_is_one_quarantine_entry(tmp_path: Path) -> None:
    recs = sample_records()
    path = tmp_path / "nothing.warc"
    path.write_bytes(recs[0] + recs[1] + recs[4])
    result = _run(path)
    assert result.records == []
    (entry,) = result.quarantined
    assert entry["reason"] == "no-documents"
    assert "http-404: 1" in entry["detail"]


def test_oversized_records_are_skipped_without_reading_them_whole(tmp_path: Path) -> None:
    big_html = http_response(b"<html><body>" + b"<p>x</p>" * 200_000 + b"</body></html>")
    big_png = http_response(b"\x89PNG\r\n\x1a\n" + bytes(3_000_000), ctype="image/png")
    recs = sample_records()
    path = tmp_path / "big.warc"
    path.write_bytes(recs[2] + warc_record(big_html, n=20) + warc_record(big_png, n=21) + recs[5])
    result = _run(path, Config(max_html_bytes=500_000))
    assert _urls(result) == ["https://news.example.org/1", "https://news.example.org/2"]
    assert [e["reason"] for e in result.quarantined] == ["html-too-large"]
    assert result.skipped["non-html"] == 1


def test_parse_http_and_lf_only_headers() -> None:
    status, headers, body = parse_http(b"HTTP/1.0 301 Moved\nLocation: /x\n\nbody")
    assert (status, headers["location"], body) == (301, "/x", b"body")
    with pytest.raises(ValueError):
        parse_http(b"not http at all")


def test_deflate_body_is_decoded(tmp_path: Path) -> None:
    raw = zlib.compress(page(4))
    recs = [warc_record(http_response(raw, extra=f"Content-Encoding: deflate\r\nContent-Length: {len(raw)}\r\n"), n=1)]
    path = tmp_path / "deflate.warc"
    path.write_bytes(b"".join(recs))
    result = _run(path)
    assert "report 4 about the library hours" in result.records[0]["text"]
