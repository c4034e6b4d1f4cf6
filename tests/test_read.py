"""Unit tests of cleaners.read: encoding detection, quarantine reasons, reader dispatch."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import zipfile

import pytest

from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.read import READERS, decode, decode_bytes, read_stage, register_reader

# Real sentences, long enough to be typical of the language (encoding detectors need some text).
JA = (
    "日本語の文章です。東京は日本の首都であり、多くの人々が住んでいます。"
    "今日は天気が良いので、公園を散歩しました。桜の花がとてもきれいでした。"
)
ZH = "这是一个中文句子。北京是中国的首都，有很多历史悠久的名胜古迹。今天天气很好，我们去公园散步了。"
ZH_TW = "這是一個繁體中文句子。臺北是臺灣最大的城市，有很多美麗的風景。今天天氣很好，我們去公園散步了。"
DE = "Die Straße führt über die Brücke zum Bahnhof. Größere Häuser stehen am Fluss – „schön“, sagt sie."
FR = "L'été dernier, nous sommes allés à la plage. Le café était très agréable près de l'océan."


def _read(raw: bytes, config: Config | None = None, **meta: str) -> Document:
    return read_stage(Document(source="t", raw=raw, meta=dict(meta)), config or Config())


# --- legacy and Unicode encodings round-trip exactly ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (JA, "shift_jis", "shift_jis"),
        (JA, "euc_jp", "euc_jp"),
        (ZH, "gb18030", "gb18030"),
        # GBK/GB2312 bytes are reported as GB18030, their superset.
        (ZH, "gbk", "gb18030"),
        (ZH, "gb2312", "gb18030"),
        (ZH_TW, "big5", "big5"),
        # „“– are bytes 0x84 0x93 0x96: only cp1252 has them.
        (DE, "cp1252", "cp1252"),
        # No byte in 0x80–0x9F: latin-1 and cp1252 give the same text; latin-1 is reported.
        (FR, "cp1252", "iso8859-1"),
        (FR, "latin-1", "iso8859-1"),
    ],
)
def test_legacy_encodings_decode_back_exactly(text: str, codec: str, expected: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == expected
    assert 0 < decoded.confidence < 1
    assert decoded.replacements == 0


@pytest.mark.parametrize("text", [JA, ZH, ZH_TW, DE, FR, "plain ASCII text"])
def test_utf8_is_the_fast_path_with_full_confidence(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8", 1.0)


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
@pytest.mark.parametrize("text", [DE, JA])
def test_bom_variants(bom: bytes, codec: str, expected: str, text: str) -> None:
    raw = bom + text.encode(codec)
    decoded = decode(raw)
    assert decoded.text == text  # the BOM is not part of the text
    assert (decoded.encoding, decoded.confidence) == (expected, 1.0)
    # The reported codec reproduces the text from the raw bytes.
    assert raw.decode(decoded.encoding) == text


@pytest.mark.parametrize(("codec", "text"), [("utf-16-le", DE), ("utf-16-be", DE), ("utf-16-le", FR)])
def test_utf16_without_bom_is_recognized_by_its_nul_pattern(codec: str, text: str) -> None:
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_utf16_without_bom_or_nul_bytes_is_not_taken_for_binary() -> None:
    decoded = decode(JA.encode("utf-16-be"))
    assert (decoded.text, decoded.encoding) == (JA, "utf-16-be")


# --- invalid UTF-8 ----------------------------------------------------------------------------------


def test_a_few_invalid_bytes_in_utf8_are_replaced_and_counted() -> None:
    raw = ("Café crème, naïve résumé. " * 5).encode() + b"\xff broken \xc3( end"
    doc = _read(raw)
    assert doc.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 2
    assert doc.stats["decode_replacements"] == 2
    assert "invalid_bytes" in doc.fixes
    assert 0.5 < doc.encoding_confidence < 1


def test_replacement_characters_already_in_the_input_are_not_counted() -> None:
    raw = ("ok \ufffd " + "é" * 20).encode() + b"\xff"
    assert decode(raw).replacements == 1


def test_mostly_broken_utf8_is_undecodable_when_nothing_else_fits() -> None:
    # Valid multi-byte UTF-8 outnumbers broken bytes (so it is "UTF-8"), but 1 in 5 characters
    # would be a replacement character.
    raw = ("é" * 3 + "abcd").encode() * 50 + b"\xff\xfe\xfd\xfc" * 100
    with pytest.raises(QuarantineError) as err:
        decode(raw)
    assert err.value.reason == "undecodable"


def test_clean_utf8_records_no_replacements() -> None:
    doc = _read(DE.encode())
    assert "decode_replacements" not in doc.stats
    assert doc.fixes == []


# --- quarantine -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", [b"", b"   \n\t\r\n ", "\ufeff \u200b\n".encode(), codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_empty_and_blank_inputs_are_quarantined_as_empty(raw: bytes) -> None:
    with pytest.raises(QuarantineError) as err:
        _read(raw)
    assert err.value.reason == "empty"


def test_too_large_input_is_quarantined_before_decoding() -> None:
    with pytest.raises(QuarantineError) as err:
        _read(b"x" * 101, Config(max_input_bytes=100))
    assert err.value.reason == "too-large"
    assert "101" in err.value.detail
    assert _read(b"x" * 100, Config(max_input_bytes=100)).text == "x" * 100


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello " * 100)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (_zip_bytes(), "ZIP"),
        (gzip.compress(b"hello world " * 100), "GZIP"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "ELF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_binary_formats_are_quarantined_by_magic_number(raw: bytes, kind: str) -> None:
    with pytest.raises(QuarantineError) as err:
        _read(raw)
    assert err.value.reason == "binary"
    assert kind in err.value.detail


def test_nul_bytes_outside_utf16_mean_binary() -> None:
    raw = b"some text\x00\x00\x01\x02\x00more\x00" * 20
    with pytest.raises(QuarantineError) as err:
        _read(raw)
    assert err.value.reason == "binary"
    assert "NUL" in err.value.detail


def test_a_stray_nul_in_long_text_is_tolerated() -> None:
    raw = ("A sentence of ordinary text. " * 200).encode() + b"\x00" + b" The end."
    assert _read(raw).text.endswith("\x00 The end.")  # normalize removes the NUL later


def test_a_high_share_of_control_bytes_means_binary() -> None:
    raw = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 65, 66, 67, 68]) * 64
    with pytest.raises(QuarantineError) as err:
        _read(raw)
    assert err.value.reason == "binary"
    assert "control" in err.value.detail


# --- read_stage ---------------------------------------------------------------------------------


def test_read_stage_sets_hash_encoding_and_text() -> None:
    raw = JA.encode("shift_jis")
    doc = _read(raw)
    assert doc.source_sha256 == hashlib.sha256(raw).hexdigest()
    assert (doc.text, doc.encoding) == (JA, "shift_jis")


def test_read_stage_keeps_text_that_is_already_set() -> None:
    doc = Document(source="t", text="Already decoded.", source_sha256="ab" * 32)
    out = read_stage(doc, Config())
    assert out.text == "Already decoded." and out.source_sha256 == "ab" * 32 and out.encoding is None


def test_read_stage_hashes_text_when_there_are_no_bytes() -> None:
    doc = read_stage(Document(source="t", text="Only text."), Config())
    assert doc.source_sha256 == hashlib.sha256(b"Only text.").hexdigest()


def test_read_stage_dispatches_on_meta_format() -> None:
    calls: list[str] = []

    @register_reader("test-upper")
    def upper(doc: Document, config: Config) -> Document:
        calls.append(doc.source)
        doc.text = doc.raw.decode().upper()
        return doc

    try:
        doc = _read(b"hello", format="test-upper")
        assert (doc.text, calls) == ("HELLO", ["t"])
        assert _read(b"hello").text == "hello"  # default format: text
    finally:
        del READERS["test-upper"]


def test_unknown_format_is_quarantined() -> None:
    with pytest.raises(QuarantineError) as err:
        _read(b"<html></html>", format="no-such-format")
    assert err.value.reason == "unsupported-format"


def test_declared_encoding_is_used_after_utf8_with_browser_supersets() -> None:
    zh = decode(ZH.encode("gbk"), declared="GB2312")
    assert (zh.text, zh.encoding) == (ZH, "gb18030")
    western = decode(b"caf\xe9 \x93q\x94", declared="ISO-8859-1")
    assert (western.text, western.encoding) == ("café “q”", "cp1252")
    # UTF-8 wins over a wrong declaration; an unknown name is ignored.
    assert decode(DE.encode(), declared="latin-1").encoding == "utf-8"
    assert decode(FR.encode("latin-1"), declared="no-such-charset").text == FR
