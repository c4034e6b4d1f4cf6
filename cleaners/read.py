"""Read stage: raw bytes to text, with encoding detection and quarantine of unusable input.

Detection order, cheapest and most certain first: byte-order mark, magic numbers of binary
formats, strict UTF-8 (almost every input, confidence 1.0), UTF-16 without BOM (NUL pattern),
mostly-UTF-8 with a few broken bytes, then charset-normalizer for legacy encodings.

Other input formats (HTML, WARC, JSONL) plug in with `register_reader("html")`; they can reuse
`decode_bytes` / `decode` for their payloads. `read_stage` dispatches on `doc.meta["format"]`.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cleaners.config import Config
from cleaners.document import Document, QuarantineError

# How much of the input the binary sniffers look at: enough to be representative, cheap on huge files.
_SNIFF_BYTES = 16 * 1024
# NUL bytes in a non-UTF-16/32 file mean binary; a stray one or two in a long text are tolerated.
_MAX_NUL_SHARE = 0.001
# C0 control bytes other than tab/newline/CR/VT/FF: text has almost none, binary data ~10 %.
_MAX_CONTROL_SHARE = 0.05
# More U+FFFD replacements than this share of the decoded text means we did not really decode it.
_MAX_REPLACEMENT_SHARE = 0.05
# A file that fails strict UTF-8 is still "UTF-8 with damage" if valid multi-byte sequences
# outnumber broken ones by at least this factor; otherwise it is a legacy encoding.
_UTF8_VALID_PER_INVALID = 2

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of common binary formats (documents, images, archives, executables, media).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"\x28\xb5\x2f\xfd", "ZSTD"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x7fELF", "ELF"),
    (b"MZ\x90\x00", "PE"),
    (b"\xcf\xfa\xed\xfe", "Mach-O"),
    (b"\xca\xfe\xba\xbe", "Mach-O/class"),
    (b"\x00asm", "WASM"),
    (b"%PDF-", "PDF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"RIFF", "RIFF"),
    (b"OggS", "OGG"),
    (b"ID3", "MP3"),
    (b"fLaC", "FLAC"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (legacy Office)"),
    (b"wOFF", "WOFF"),
    (b"wOF2", "WOFF2"),
)
_MAGIC_MAX = max(len(m) for m, _ in _MAGIC)
_MP4_BOX = re.compile(rb"^....ftyp", re.DOTALL)

# bytes.translate(None, delete) keeps what is not deleted: a C-speed way to count byte classes.
_TEXT_CONTROLS = b"\t\n\x0b\x0c\r"
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS) + b"\x7f"
_C1_BYTES = bytes(range(0x80, 0xA0))

# Blank = only whitespace and invisible format characters.
_BLANK = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*+")

# Charset-normalizer reports one name per group of codecs giving the same text; prefer the
# standard or superset names. GB18030 decodes everything GBK/GB2312 do.
_SUPERSET = {"gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030"}
_PREFERRED = (
    "gb18030",
    "big5",
    "shift_jis",
    "cp932",
    "euc_jp",
    "euc_kr",
    "cp949",
    "cp1252",
    "latin_1",
)
# Declared latin-1/ASCII content is cp1252 in practice (and in the WHATWG encoding standard).
_DECLARED_AS = {"iso8859-1": "cp1252", "ascii": "cp1252"}
# Candidates whose chaos/coherence are this close to the best are treated as ties.
_TIE = 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    """Result of decoding: text, Python codec name, confidence 0–1 and U+FFFD replacements made."""

    text: str
    encoding: str
    confidence: float
    replacements: int = 0


def _codec_name(name: str) -> str:
    """Canonical Python codec name ("UTF8" → "utf-8", "latin_1" → "iso8859-1")."""
    return codecs.lookup(name).name


def _binary_kind(head: bytes) -> str | None:
    """Name of the binary format `head` starts with, or None."""
    start = head[:_MAGIC_MAX]
    for magic, kind in _MAGIC:
        if start.startswith(magic):
            return kind
    if _MP4_BOX.match(head[:12]):
        return "MP4/MOV"
    return None


def _sniff_utf16(head: bytes) -> str | None:
    """UTF-16 without BOM: mostly-Latin text has a NUL in every other byte, on one side only."""
    n = len(head) // 2
    if n < 2:
        return None
    even, odd = head[0 : 2 * n : 2].count(0), head[1 : 2 * n : 2].count(0)
    if odd >= 0.3 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.3 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return None


def _sniff_utf16_cjk(head: bytes) -> str | None:
    """UTF-16 without BOM and without NULs: CJK text, which decodes strictly to CJK characters.

    Requiring CJK (not just printable) characters matters: almost any even-length byte string
    decodes to *some* printable UTF-16.
    """
    even = head[: len(head) // 2 * 2]
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = even.decode(name)
        except UnicodeDecodeError:
            continue
        cjk = sum(
            1
            for ch in text
            if "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"
        )
        plain = sum(1 for ch in text if " " <= ch <= "~" or ch in "\n\r\t")
        if text and cjk >= 0.5 * len(text) and cjk + plain >= 0.95 * len(text):
            return name
    return None


def _replaced(data: bytes, encoding: str, confidence: float) -> Decoded:
    """Decode with U+FFFD for broken sequences and count the replacements we introduced."""
    try:
        return Decoded(data.decode(encoding), _codec_name(encoding), confidence)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
    # U+FFFD already in a UTF-8 input is not damage we introduced (other codecs: rare, not subtracted).
    replacements = text.count("\ufffd")
    if encoding.startswith("utf-8"):
        replacements -= data.count("\ufffd".encode())
    return Decoded(text, _codec_name(encoding), confidence, max(replacements, 1))


def _charset_normalizer(data: bytes) -> Decoded | None:
    """Legacy encodings: ask charset-normalizer, then prefer standard/superset codec names among ties."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos + _TIE and m.coherence >= best.coherence - _TIE]

    def rank(name: str) -> int:
        return _PREFERRED.index(name) if name in _PREFERRED else len(_PREFERRED)

    choice, choice_rank = best, rank(best.encoding)
    for match in tied:
        for name in match.could_be_from_charset:
            if rank(_SUPERSET.get(name, name)) < choice_rank:
                choice, choice_rank = match, rank(_SUPERSET.get(name, name))
    names = [_SUPERSET.get(n, n) for n in choice.could_be_from_charset]
    names.sort(key=rank)
    if "cp1252" in names or "latin_1" in names:
        # Western single-byte: the same text either way unless 0x80–0x9F occur, which only cp1252 defines.
        names = ["cp1252" if data.translate(None, _C1_BYTES) != data else "latin_1", *names]
    distinct_outputs = len({str(m) for m in tied})
    confidence = max(0.0, 1.0 - choice.chaos) * (0.9 if distinct_outputs == 1 else 0.6)
    for name in names:
        try:
            return Decoded(data.decode(name), _codec_name(name), confidence)
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(str(choice), _codec_name(choice.encoding), confidence)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Bytes to text with the detected encoding; raises QuarantineError("binary" | "undecodable").

    `declared` is an encoding named by the container (HTTP header, <meta charset>); it is tried
    after BOM and strict UTF-8, which beat declarations that are often wrong.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _replaced(data, name, 1.0)
    head = data[:_SNIFF_BYTES]
    kind = _binary_kind(head)
    if kind:
        raise QuarantineError("binary", f"{kind} data")
    if b"\x00" in head:
        utf16 = _sniff_utf16(head)
        if utf16:
            return _replaced(data, utf16, 0.9)
        nuls = head.count(0)
        if nuls > _MAX_NUL_SHARE * len(head):
            raise QuarantineError("binary", f"{nuls} NUL bytes in the first {len(head)} bytes")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(head):
        utf16 = _sniff_utf16_cjk(head)
        if utf16:
            return _replaced(data, utf16, 0.7)
        raise QuarantineError("binary", f"{controls} control bytes in the first {len(head)} bytes")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            # Decode with the superset a browser would use for the declared name (WHATWG).
            name = _codec_name(declared)
            name = _DECLARED_AS.get(name, _SUPERSET.get(name, name))
            return Decoded(data.decode(name), _codec_name(name), 0.8)
        except (UnicodeDecodeError, LookupError):
            pass
    text = data.decode("utf-8", errors="replace")
    bad = max(1, text.count("\ufffd") - data.count("\ufffd".encode()))
    # Non-ASCII characters that decoded fine = valid multi-byte sequences (C-speed count).
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad
    if valid >= _UTF8_VALID_PER_INVALID * bad:
        if bad > _MAX_REPLACEMENT_SHARE * len(text):
            raise QuarantineError("undecodable", f"{bad} invalid UTF-8 sequences in {len(text)} characters")
        return Decoded(text, "utf-8", round(valid / (valid + bad), 4), bad)
    legacy = _charset_normalizer(data)
    if legacy is not None:
        return legacy
    if bad <= _MAX_REPLACEMENT_SHARE * len(text):
        return Decoded(text, "utf-8", 0.1, bad)
    raise QuarantineError("undecodable", "no encoding decodes these bytes to plausible text")


def decode_bytes(data: bytes) -> tuple[str, str, float]:
    """`(text, encoding, confidence)` for readers of other formats; raises QuarantineError."""
    result = decode(data)
    return result.text, result.encoding, result.confidence


class Reader(Protocol):
    """Turns `doc.raw` of one input format into `doc.text` (and may fill title, meta, ...)."""

    def __call__(self, doc: Document, config: Config) -> Document: ...


READERS: dict[str, Reader] = {}


def register_reader(fmt: str) -> Callable[[Reader], Reader]:
    """Decorator: make `reader` handle documents whose `meta["format"]` is `fmt`."""

    def add(reader: Reader) -> Reader:
        READERS[fmt] = reader
        return reader

    return add


@register_reader("text")
def read_text(doc: Document, config: Config) -> Document:
    """Plain text: the whole payload is the document."""
    result = decode(doc.raw)
    doc.text, doc.encoding, doc.encoding_confidence = result.text, result.encoding, result.confidence
    if result.replacements:
        doc.stats["decode_replacements"] = result.replacements
        doc.fixes.append("invalid_bytes")
    return doc


def read_stage(doc: Document, config: Config) -> Document:
    """Fill doc.text from doc.raw (unless already set) and quarantine inputs that are not text."""
    if not doc.source_sha256:
        payload = doc.raw if doc.raw or not doc.text else doc.text.encode("utf-8", "surrogatepass")
        doc.source_sha256 = hashlib.sha256(payload).hexdigest()
    if not doc.text:
        size = len(doc.raw)
        if size == 0:
            raise QuarantineError("empty", "0 bytes")
        if size > config.max_input_bytes:
            raise QuarantineError("too-large", f"{size} bytes > max_input_bytes={config.max_input_bytes}")
        fmt = doc.meta.get("format", "text")
        reader = READERS.get(fmt)
        if reader is None and fmt != "text":
            import cleaners.formats  # noqa: F401  (registers the readers of the other input formats)

            reader = READERS.get(fmt)
        if reader is None:
            raise QuarantineError("unsupported-format", f"no reader for format {fmt!r}")
        doc = reader(doc, config)
    elif len(doc.text) > config.max_input_bytes:
        raise QuarantineError("too-large", f"{len(doc.text)} characters > max_input_bytes")
    if _BLANK.fullmatch(doc.text):
        raise QuarantineError("empty", "only whitespace")
    return doc
