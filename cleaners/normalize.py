"""Normalize stage: repair and canonicalize text cheaply, recording which fixes were applied.

ftfy's `fix_text` with defaults runs at ~2 MB/s and changes quotes, character width and more.
Here every fix has a cheap detector and runs only where it fires; ftfy is called only for lines
that look like mojibake, and only for its encoding repair. Full-width CJK punctuation and curly
quotes are left as they are (no NFKC, no width or quote folding).

The detectors run on the UTF-8 bytes of the text: `in`, `bytes.translate` and regexes that start
with a literal byte scan at 1–10 GB/s, where `str` character-class regexes or `isprintable`
manage 150–350 MB/s. Clean text therefore costs a few scans.

Order matters: HTML entities can produce any character, so they go first; NFC comes after the
removals so that a combining mark separated from its base by a removed character still
composes; whitespace comes last. When a fix may give work to an earlier step ("&am\\u200bp;"
becomes an entity once the zero-width space is gone) the pass is repeated, so `normalize_text`
is idempotent.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

import cython

from cleaners.config import Config
from cleaners.document import Document

# --- HTML entities: only well-formed references with a semicolon ("AT&T" and "&c" stay). ---
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Double-escaped text ("&amp;amp;") needs a few rounds; more than this is pathological.
_MAX_ENTITY_ROUNDS = 4


def _utf8_alternatives(chars: str) -> bytes:
    """A regex alternation of the UTF-8 encodings of `chars` (sre factors out common prefixes)."""
    return b"(?:" + b"|".join(re.escape(ch.encode()) for ch in sorted(set(chars))) + b")"


# --- Mojibake: UTF-8 that was decoded with the wrong single-byte codec. Two patterns:
# 1. as latin-1/cp1252: a lead byte shown as Â..ô (U+00C2–U+00F4, UTF-8 \xc3\x82–\xc3\xb4)
#    followed by a continuation byte shown as U+0080–U+00BF or a cp1252 sign ("Ã©" for "é",
#    "â€™" for "’"), or "Â "/"Ã " where a NBSP continuation byte became a space (or a tab or
#    Unicode space, which the whitespace fix turns into one);
# 2. as cp1251: Р/С (0xD0/0xD1, the leads of Cyrillic) followed by a continuation byte.
# False positives cost only time: ftfy decides whether there is anything to fix.
_CONT = bytes(range(0x80, 0xC0))
_MOJIBAKE_LATIN = re.compile(
    b"\xc3(?:[\x82-\xb4]"
    + _utf8_alternatives(_CONT.decode("latin-1") + _CONT.decode("cp1252", errors="ignore"))
    + b"|[\x82\x83](?:[ \t]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xaf]|\xe2\x81\x9f|\xe3\x80\x80))"
)
_MOJIBAKE_CYRILLIC = re.compile(
    b"\xd0[\xa0\xa1]" + _utf8_alternatives(_CONT.decode("cp1251", errors="ignore"))
)
# _MOJIBAKE_LATIN can match on the text only if this matches on its non-ASCII bytes (its pairs of
# non-ASCII characters stay adjacent there; "Â "/"Ã " need a Â or Ã). _MOJIBAKE_CYRILLIC is its own.
_MOJIBAKE_LATIN_HIGH = re.compile(
    b"\xc3(?:[\x82\x83]|[\x84-\xb4]"
    + _utf8_alternatives(_CONT.decode("latin-1") + _CONT.decode("cp1252", errors="ignore"))
    + b")"
)
_FTFY_CONFIG: Any = None  # built on first use: importing ftfy costs ~0.1 s

# --- ftfy changes a line only if its heuristic `ftfy.badness.is_bad` fires on it (ftfy 6:
# `_fix_encoding_one_step_and_explain` returns the text unchanged otherwise, and
# `fix_encoding_and_explain` stops at the first unchanged step). Most lines our byte-level
# detectors flag are plain accented text ("Tomáš", "é»"), which is_bad passes. _MAYBE_BAD is a
# necessary condition for is_bad, built from ftfy's MOJIBAKE_CATEGORIES: every alternative of
# ftfy's BADNESS_RE contains a character of _BAD_ANYWHERE or matches one of the pair patterns
# below (tests/test_normalize_ftfy_precheck.py holds it to ftfy's own regex). A suspect line
# where it does not fire is left alone without calling (or importing) ftfy.
_LOWER_ACCENTED = (
    "\xdf-\xf1\xfc\u0101\u0103\u0105\u0107\u010d\u010f\u0111\u0113\u0117\u0119\u011b\u011f"
    "\u0123\u012b\u012f\u0137\u013a\u013c\u013e\u0142\u0153\u0155\u015b\u015f\u0161\u0165"
    "\u017a\u017c\u017e\u0491\ufb01\ufb02"
)
_UPPER_ACCENTED = (
    "\xc0-\xd1\xd8\xdc\xdd\u0100\u0102\u0104\u0106\u010c\u010e\u0110\u0112\u0116\u0118"
    "\u011a\u011e\u0122\u012a\u0130\u0136\u0139\u013b\u013d\u0141\u0143\u0145\u0147\u0152"
    "\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170\u0178\u0179\u017b\u017d\u0490"
)
_LOWER_COMMON = "\u03ac-\u03c9\u0430-\u045f"
_START_PUNCT = "\xa1\xa9\xab\xbf\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039\uf8ff"
_END_PUNCT = "\xae\xbb\u02dd\u201d\u203a\u2122"
# ftfy's c1, bad, currency, numeric, law and box characters, and the literal first characters
# of its special cases (Œœ ÂÃÎÐ × ØÙ ° ‚ Ђ; à[²µ¹¼½¾], √, ≈ and €-cases have a numeric or currency one).
_BAD_ANYWHERE = (
    "\x80-\x9f\xa2-\xa8\xaa\xac\xaf-\xb3\xb5\xb6\xb8-\xba\xbc-\xbe\xc2\xc3\xce\xd0\xd7-\xd9"
    "\xf7\u0152\u0153\u0192\u02c6\u02c7\u02d8\u02db\u02dc\u0402\u201a\u2020\u2021\u2030\u2044"
    "\u20a7\u20ac\u2116\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261"
    "\u2264\u2265\u2310\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580"
    "\u2584\u2588\u258c\u2590-\u2593\u25ca\ufffd"
)
_CYRILLIC_GREEK_CAPS = "\u0412\u0413\u0420\u0421\u0392\u0393\u039e\u039f"  # ВГРС ΒΓΞΟ
_MAYBE_BAD_PATTERN = (
    f"[{_BAD_ANYWHERE}]"
    # [lower accented, lower common, box, end punct., currency, numeric][upper accented]; [a-z][upper accented]
    f"|[{_LOWER_ACCENTED}{_LOWER_COMMON}{_END_PUNCT}a-z][{_UPPER_ACCENTED}]"
    # [.. end punct. ..][lower accented]; [..][end punct.][start punct.]
    f"|[{_END_PUNCT}][{_LOWER_ACCENTED}{_START_PUNCT}]"
    f"|[{_LOWER_ACCENTED}{_UPPER_ACCENTED}][{_START_PUNCT}{_END_PUNCT}]\\w"
    # windows-1251 / windows-1253 three-character cases
    f"|[{_CYRILLIC_GREEK_CAPS}][{_START_PUNCT}{_END_PUNCT}][{_CYRILLIC_GREEK_CAPS}]"
)
_MAYBE_BAD: Any = None  # compiled on first use (only pages with suspect lines need it)

# --- Invisible characters that some fix acts on, found on the UTF-8 bytes: ASCII controls
# (incl. \t \r \v \f, not \n) with one translate; C1 controls and surrogates by their lead
# byte; NBSP, soft hyphen, U+1680, U+3000, U+FEFF as single characters; the U+2000 block
# (spaces, zero-width characters, line/paragraph separators) by one literal-prefix regex.
_NOT_ASCII_CONTROL = bytes(b for b in range(256) if not (b < 0x20 and b != 0x0A or b == 0x7F))
# The detectors of single non-ASCII characters run on the non-ASCII bytes alone ("high": the
# UTF-8 bytes with every ASCII byte deleted, one translate): a character's bytes are all
# non-ASCII and stay together, in order, so a pattern of whole characters that starts with a
# lead byte finds the same characters there, in a fraction of the bytes on most pages. Two-character
# patterns (mojibake) use it as a prefilter: characters adjacent in the text are adjacent there too.
_ASCII_BYTES = bytes(range(0x80))
_C1 = re.compile(b"\xc2[\x80-\x9f]")
_SURROGATE = re.compile(b"\xed[\xa0-\xbf]")
_INVISIBLE_E2 = re.compile(b"\xe2(?:\x80[\x80-\x8d\xa8\xa9\xaf]|\x81[\x9f\xa0])")
_E2_KINDS = (
    ("breaks", "\u2028\u2029"),
    ("zero_width", "\u200b\u2060"),
    ("joiners", "\u200c\u200d"),
    ("spaces", "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"),
)
_OTHER_KINDS = (("spaces", "\u00a0\u1680\u3000"), ("zero_width", "\u00ad\ufeff"))
_E2_KINDS_UTF8 = tuple((kind, tuple(ch.encode() for ch in chars)) for kind, chars in _E2_KINDS)
_OTHER_KINDS_UTF8 = tuple((kind, tuple(ch.encode() for ch in chars)) for kind, chars in _OTHER_KINDS)

# --- Line breaks: CR, CRLF, vertical tab, form feed, U+2028/U+2029 → \n. ---
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")

# --- Control characters: C0 except \t \n (\r \v \f are line breaks, handled before), DEL,
# C1, and lone surrogates (not encodable as UTF-8, so no JSON writer accepts them).
# C1 controls in text are nearly always cp1252 bytes decoded as latin-1 ("\x93quote\x94"):
# map them to the cp1252 character; the five bytes cp1252 leaves undefined are dropped.
_CONTROL_TABLE: dict[int, str | None] = {
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]),
    **{b: (bytes([b]).decode("cp1252", errors="ignore") or None) for b in range(0x80, 0xA0)},
    **dict.fromkeys(range(0xD800, 0xE000)),
}

# --- Zero-width characters and soft hyphen: always removed.
_ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"
# ZWNJ/ZWJ are spelling in Persian, Urdu and Indic scripts and glue emoji sequences: keep one
# when it sits between two non-ASCII, non-space characters; remove it anywhere else.
_JOINERS = "\u200c\u200d"
_STRAY_JOINER = re.compile(
    f"[{_JOINERS}](?![^\\s\\x00-\\x7f{_JOINERS}])|(?<![^\\s\\x00-\\x7f{_JOINERS}])[{_JOINERS}]"
)

# --- NFC: characters below U+0300 never change under NFC, nor do most of U+2000–U+2FFF
# (quotes, dashes, symbols). Text made only of those (most Latin-script text) skips the check.
_NFC_SAFE_BYTES = bytes(range(0xCC)) + b"\xe2"  # deleting these leaves leads of U+0300+ (but U+2xxx)
_NFC_UNSTABLE_2XXX = "".join(
    chr(cp)
    for cp in range(0x2000, 0x3000)
    if unicodedata.combining(chr(cp)) or unicodedata.normalize("NFC", chr(cp)) != chr(cp)
)
_NFC_UNSTABLE_E2 = re.compile(_utf8_alternatives(_NFC_UNSTABLE_2XXX))
# The same set on str: a character NFC may change or combine (U+0300 and up, but the stable part
# of U+2000–U+2FFF). A line without one is NFC already. NFC works line by line ("\n" has
# combining class 0 and combines with nothing), so where few lines have one (a mostly-ASCII page
# with a few accents), only those lines are normalized instead of the whole text.
_NFC_UNSTABLE_CHAR = re.compile(
    "[^\\x00-\\u02ff"
    + "".join(
        f"\\u{lo:04x}-\\u{hi - 1:04x}"
        for lo, hi in zip(
            [0x2000, *(ord(ch) + 1 for ch in _NFC_UNSTABLE_2XXX)], [*map(ord, _NFC_UNSTABLE_2XXX), 0x3000], strict=True
        )
        if hi > lo
    )
    + "]"
)
# Take the line-by-line way when non-ASCII characters add less than 1/16 to the UTF-8 size.
_NFC_BY_LINES_MAX_EXTRA = 16

# --- Whitespace: tab and the Unicode spaces str.split() knows (NBSP, U+1680, U+2000–U+200A,
# U+202F, U+205F, U+3000: see above); ASCII shapes that need collapsing (one blank line is fine).
# Space before/after a newline or 3+ newlines, in one scan keyed on the (rarer) newline.
_EDGE_SPACE_OR_BLANKS = re.compile("\n(?:(?<= \n)| |\n\n)")
_BLANK_RUNS = re.compile(r"\n{3,}")

# Fixes whose output can give work to a step that ran before them in the same pass: removing a
# character can complete an entity or a mojibake pair, NFC can produce ";" (from U+037E) or "Ã"
# (from "A" + U+0303) or turn the neighbour of a joiner into ASCII. After one of them, the pass
# runs again (on clean text that costs only the detectors).
_FEEDS_BACK = frozenset({"mojibake", "control_chars", "zero_width", "nfc"})
_MAX_PASSES = 4


def _ftfy_config() -> Any:
    """ftfy restricted to encoding repair: no quote uncurling, width folding, NFC or HTML."""
    global _FTFY_CONFIG
    if _FTFY_CONFIG is None:
        from ftfy import TextFixerConfig

        _FTFY_CONFIG = TextFixerConfig(
            unescape_html=False,
            remove_terminal_escapes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            remove_control_chars=False,
            normalization=None,
            explain=False,
        )
    return _FTFY_CONFIG


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, b=cython.uchar, p=cython.p_uchar,
               q=cython.p_uchar, out=bytearray)
def _high_bytes(data: bytes) -> bytes:
    """The non-ASCII bytes of UTF-8 `data` (see _ASCII_BYTES).

    Compiled, one typed copy loop: a deleting translate looks each byte up at three times the cost.
    """
    if not cython.compiled:
        return data.translate(None, _ASCII_BYTES)
    n = len(data)
    out = bytearray(n)
    p = data
    q = out
    k = 0
    for i in range(n):
        b = p[i]
        if b >= 0x80:
            q[k] = b
            k += 1
    return bytes(out[:k])


def _invisible_kinds(text: str, data: bytes, ascii_only: bool, high: bytes | None = None) -> set[str]:
    """Which kinds of invisible characters the text has: controls, breaks, zero_width, joiners, spaces."""
    if high is None and not ascii_only:
        high = _high_bytes(data)
    return _kinds(_byte_flags(data), 0 if ascii_only else _high_flags(high))


# --- What one scan of the UTF-8 bytes (_byte_flags) and one of the non-ASCII bytes (_high_flags)
# find, as bits. Compiled, each is one typed loop over the bytes instead of a translate, `in`
# tests and regex searches per character kind; _byte_flags_plain and _high_flags_plain are the
# definitions (tests/test_normalize_typed.py holds the loops to them).
_F_TAB = cython.declare(cython.int, 1)  # "\t" (a space to normalize)
_F_CONTROL = cython.declare(cython.int, 2)  # an ASCII control other than \t \n \r \v \f, or DEL; C1 controls and surrogates
_F_BREAK = cython.declare(cython.int, 4)  # \r \v \f; U+2028 U+2029
_F_WHITESPACE = cython.declare(cython.int, 8)  # "  ", " \n", "\n ", "\n\n\n" or a space at either end (_normalize_whitespace's work)
_F_ZERO_WIDTH = cython.declare(cython.int, 16)
_F_JOINER = cython.declare(cython.int, 32)
_F_SPACE = cython.declare(cython.int, 64)  # a Unicode space (_E2_KINDS, _OTHER_KINDS)
_F_NOT_NFC = cython.declare(cython.int, 128)  # a character NFC may change (_maybe_not_nfc)
_FLAG_KINDS = ((_F_TAB | _F_SPACE, "spaces"), (_F_CONTROL, "controls"), (_F_BREAK, "breaks"),
               (_F_ZERO_WIDTH, "zero_width"), (_F_JOINER, "joiners"))
_E2_KIND_FLAGS = {"breaks": _F_BREAK, "zero_width": _F_ZERO_WIDTH, "joiners": _F_JOINER, "spaces": _F_SPACE}
_EDGE_SPACE_OR_BLANKS_BYTES = re.compile(b"\n(?:(?<= \n)| |\n\n)")
# 1 for each code point of U+2000-U+2FFF that NFC may change (what _NFC_UNSTABLE_E2 matches).
_NFC_UNSTABLE_2XXX_TABLE = bytes(int(chr(cp) in _NFC_UNSTABLE_2XXX) for cp in range(0x2000, 0x3000))


def _kinds(byte_flags: int, high_flags: int) -> set[str]:
    """The kind names (see _invisible_kinds) of the flags."""
    flags = byte_flags | high_flags
    return {kind for bits, kind in _FLAG_KINDS if flags & bits}


def _byte_flags_plain(data: bytes) -> int:
    """_byte_flags by its definition: translate, `in` and a regex on the UTF-8 bytes."""
    flags = 0
    controls = data.translate(None, _NOT_ASCII_CONTROL)  # almost always b""
    if controls:
        if b"\t" in controls:
            flags |= _F_TAB
        if controls.translate(None, b"\t\r\x0b\x0c"):
            flags |= _F_CONTROL
        if len(controls.translate(None, b"\r\x0b\x0c")) != len(controls):
            flags |= _F_BREAK
    # A space or newline byte is that character in UTF-8: these are the str tests of _one_pass.
    if b"  " in data or _EDGE_SPACE_OR_BLANKS_BYTES.search(data) or data[:1] == b" " or data[-1:] == b" ":
        flags |= _F_WHITESPACE
    return flags


@cython.ccall
def _byte_flags(data: bytes) -> cython.int:
    """_F_TAB, _F_CONTROL, _F_BREAK and _F_WHITESPACE of UTF-8 `data`, in one typed loop when compiled."""
    if not cython.compiled:
        return _byte_flags_plain(data)
    return _byte_scan(data, None)[0]


def _scan(data: bytes, ascii_only: bool) -> tuple[int, bytes, int]:
    """(_byte_flags, _high_bytes, _high_flags) of UTF-8 `data` (b"" and 0 for ASCII-only data).

    Compiled, one typed loop gives the byte flags and the non-ASCII bytes together.
    """
    if ascii_only:
        return _byte_flags(data), b"", 0
    if not cython.compiled:
        high = _high_bytes(data)
        return _byte_flags(data), high, _high_flags(high)
    high_buf = bytearray(len(data))
    flags, count = _byte_scan(data, high_buf)
    high = bytes(high_buf[:count])
    return flags, high, _high_flags(high)


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, count=cython.Py_ssize_t, b=cython.uchar, prev=cython.uchar,
               flags=cython.int, p=cython.p_uchar, q=cython.p_uchar, collect=cython.bint)
def _byte_scan(data: bytes, high_buf: bytearray | None) -> tuple[cython.int, cython.Py_ssize_t]:
    """(_byte_flags of UTF-8 `data`, its number of non-ASCII bytes, which go to `high_buf` unless it is
    None: len(data) bytes) in one typed loop (compiled only)."""
    n = len(data)
    p = data
    collect = high_buf is not None
    q = p  # written only when collecting, then into high_buf
    if collect:
        q = high_buf
    count = 0
    flags = 0
    if n and (p[0] == 32 or p[n - 1] == 32):
        flags |= _F_WHITESPACE
    for i in range(n):
        b = p[i]
        if b >= 0x80:
            if collect:
                q[count] = b
                count += 1
        elif b <= 32 or b == 127:  # the rest (letters, digits, punctuation) cost two tests
            prev = p[i - 1] if i > 0 else 0
            if b == 32:
                if prev == 32 or prev == 10:  # "  " or "\n "
                    flags |= _F_WHITESPACE
            elif b == 10:
                if prev == 32 or (prev == 10 and i > 1 and p[i - 2] == 10):  # " \n" or "\n\n\n"
                    flags |= _F_WHITESPACE
            elif b == 9:
                flags |= _F_TAB
            elif b == 13 or b == 11 or b == 12:
                flags |= _F_BREAK
            else:
                flags |= _F_CONTROL
    return flags, count


def _high_flags_plain(high: bytes) -> int:
    """_high_flags by its definition: regex searches and `in` tests on the non-ASCII bytes."""
    flags = 0
    if _C1.search(high) or _SURROGATE.search(high):
        flags |= _F_CONTROL
    if _INVISIBLE_E2.search(high):
        for kind, chars in _E2_KINDS_UTF8:
            if any(ch in high for ch in chars):
                flags |= _E2_KIND_FLAGS[kind]
    for kind, chars in _OTHER_KINDS_UTF8:
        if any(ch in high for ch in chars):
            flags |= _F_SPACE if kind == "spaces" else _F_ZERO_WIDTH
    if _maybe_not_nfc(high):
        flags |= _F_NOT_NFC
    return flags


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, b=cython.uchar, b1=cython.uchar, b2=cython.uchar,
               flags=cython.int, p=cython.p_uchar, nfc=cython.p_uchar)
def _high_flags(high: bytes) -> cython.int:
    """_F_CONTROL, _F_BREAK, _F_ZERO_WIDTH, _F_JOINER, _F_SPACE and _F_NOT_NFC of the non-ASCII bytes of
    UTF-8 text (see _high_bytes), in one typed loop when compiled. Lead bytes never occur as continuation
    bytes, so testing the byte patterns where a lead byte stands is testing them everywhere."""
    if not cython.compiled:
        return _high_flags_plain(high)
    n = len(high)
    p = high
    table: bytes = _NFC_UNSTABLE_2XXX_TABLE
    nfc = table
    flags = 0
    for i in range(n):
        b = p[i]
        if b < 0xC2:
            continue
        if b >= 0xCC and b != 0xE2:
            flags |= _F_NOT_NFC  # a lead byte of U+0300 and up, outside U+2000-U+2FFF
        b1 = p[i + 1] if i + 1 < n else 0
        b2 = p[i + 2] if i + 2 < n else 0
        if b == 0xC2:
            if 0x80 <= b1 <= 0x9F:
                flags |= _F_CONTROL  # C1
            elif b1 == 0xA0:
                flags |= _F_SPACE  # NBSP
            elif b1 == 0xAD:
                flags |= _F_ZERO_WIDTH  # soft hyphen
        elif b == 0xE2:
            if 0x80 <= b1 <= 0xBF and 0x80 <= b2 <= 0xBF and nfc[((b1 & 0x3F) << 6) | (b2 & 0x3F)]:
                flags |= _F_NOT_NFC
            if b1 == 0x80:
                if b2 <= 0x8A and b2 >= 0x80 or b2 == 0xAF:
                    flags |= _F_SPACE  # U+2000-U+200A, U+202F
                elif b2 == 0x8B:
                    flags |= _F_ZERO_WIDTH  # U+200B
                elif b2 == 0x8C or b2 == 0x8D:
                    flags |= _F_JOINER  # U+200C U+200D
                elif b2 == 0xA8 or b2 == 0xA9:
                    flags |= _F_BREAK  # U+2028 U+2029
            elif b1 == 0x81:
                if b2 == 0x9F:
                    flags |= _F_SPACE  # U+205F
                elif b2 == 0xA0:
                    flags |= _F_ZERO_WIDTH  # U+2060
        elif b == 0xED:
            if 0xA0 <= b1 <= 0xBF:
                flags |= _F_CONTROL  # a surrogate
        elif b == 0xE1:
            if b1 == 0x9A and b2 == 0x80:
                flags |= _F_SPACE  # U+1680
        elif b == 0xE3:
            if b1 == 0x80 and b2 == 0x80:
                flags |= _F_SPACE  # U+3000
        elif b == 0xEF and b1 == 0xBB and b2 == 0xBF:
            flags |= _F_ZERO_WIDTH  # U+FEFF
    return flags


def _maybe_not_nfc(data: bytes) -> bool:
    """False when the text is certainly NFC already (no character that NFC could change)."""
    return bool(data.translate(None, _NFC_SAFE_BYTES)) or bool(_NFC_UNSTABLE_E2.search(data))


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, ch=cython.Py_UCS4, cp=cython.Py_ssize_t, skipping=cython.bint, nfc=cython.p_uchar,
               found=list)
def _nfc_unstable_lines(text: str) -> list:
    """Where _NFC_UNSTABLE_CHAR first matches in each line (split on "\n") that has a match, in order.

    Compiled, one typed loop over the code points; the regex search would start once per line.
    """
    found = []
    if not cython.compiled:
        m = _NFC_UNSTABLE_CHAR.search(text)
        while m is not None:
            found.append(m.start())
            end = text.find("\n", m.end())
            m = None if end < 0 else _NFC_UNSTABLE_CHAR.search(text, end)
        return found
    table: bytes = _NFC_UNSTABLE_2XXX_TABLE
    nfc = table
    i = -1
    skipping = False  # the line has a match already
    for ch in text:
        i += 1
        cp = ch
        if skipping:
            skipping = cp != 10
        elif cp >= 0x300 and not (0x2000 <= cp < 0x3000 and not nfc[cp - 0x2000]):
            found.append(i)
            skipping = True
    return found


def _nfc(text: str, data: bytes) -> str:
    """unicodedata.normalize("NFC", text), line by line on mostly-ASCII text (see _NFC_UNSTABLE_CHAR)."""
    if (len(data) - len(text)) * _NFC_BY_LINES_MAX_EXTRA >= len(text):
        return unicodedata.normalize("NFC", text)
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    for at in _nfc_unstable_lines(text):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at + 1)
        if end < 0:
            end = len(text)
        line = text[start:end]
        new = unicodedata.normalize("NFC", line)
        if new != line:
            pieces.append(text[done:start])
            pieces.append(new)
            done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _remove_zero_width(text: str) -> str:
    for ch in _ZERO_WIDTH:
        if ch in text:
            text = text.replace(ch, "")
    return text


def _has_entity(text: str) -> bool:
    """_ENTITY.search(text) is not None, trying the match only at each "&" (found at memchr speed).

    _ENTITY starts with "&" and looks at nothing before it, so it matches somewhere exactly when
    it matches at one of the "&"; the regex search would step through every character instead.
    """
    match = _ENTITY.match
    at = text.find("&")
    while at >= 0:
        if match(text, at) is not None:
            return True
        at = text.find("&", at + 1)
    return False


def _unescape_entities(text: str) -> str:
    for _ in range(_MAX_ENTITY_ROUNDS):
        new = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if new == text:
            break
        text = new
    return text


def _mojibake_lines(data: bytes, high: bytes | None = None) -> set[int]:
    """Indexes of the lines (split on \\n) where a mojibake detector fires."""
    lines: set[int] = set()
    if high is None:
        high = _high_bytes(data)
    for detector, prefilter in ((_MOJIBAKE_LATIN, _MOJIBAKE_LATIN_HIGH), (_MOJIBAKE_CYRILLIC, _MOJIBAKE_CYRILLIC)):
        if not prefilter.search(high):
            continue
        line, pos = 0, 0
        for m in detector.finditer(data):
            line += data.count(b"\n", pos, m.start())
            pos = m.start()
            lines.add(line)
    return lines


def _maybe_bad() -> Any:
    """The compiled _MAYBE_BAD_PATTERN (a superset of ftfy's is_bad)."""
    global _MAYBE_BAD
    if _MAYBE_BAD is None:
        _MAYBE_BAD = re.compile(_MAYBE_BAD_PATTERN)
    return _MAYBE_BAD


def _fix_mojibake(text: str, suspects: set[int]) -> str:
    """ftfy's encoding repair on the suspect lines only; other lines are not touched.

    A suspect line on which ftfy's is_bad cannot fire (see _MAYBE_BAD_PATTERN) is one ftfy
    returns unchanged: it is not passed to ftfy, and a text without any other is returned as is.
    """
    lines = text.split("\n")
    maybe_bad = _maybe_bad().search
    fixable = [i for i in suspects if maybe_bad(lines[i])]
    if not fixable:
        return text
    from ftfy import fix_encoding

    config = _ftfy_config()
    for i in fixable:
        lines[i] = fix_encoding(lines[i], config)
    return "\n".join(lines)


def _normalize_whitespace(text: str) -> str:
    """Tabs and Unicode spaces → ' ', runs collapsed, lines stripped, at most one blank line."""
    out = "\n".join([" ".join(line.split()) for line in text.split("\n")])
    return _BLANK_RUNS.sub("\n\n", out).strip("\n")


def _one_pass(text: str, fixes: list[str]) -> tuple[str, bool]:
    """Apply every fix whose detector fires; append the names of fixes that changed the text.

    Returns the text and whether another pass may find more to do.
    """
    again = stale = False

    def applied(name: str, before: str, after: str) -> str:
        nonlocal again, stale
        if after != before:
            stale = True
            again = again or name in _FEEDS_BACK
            if name not in fixes:
                fixes.append(name)
        return after

    if _has_entity(text):
        text = applied("html_entities", text, _unescape_entities(text))
    data = _encode(text)
    ascii_only = len(data) == len(text)
    # The flags describe `scanned`; while the text is that very string they answer the NFC and
    # whitespace tests below without another scan.
    byte_flags, high, high_flags = _scan(data, ascii_only)
    kinds = _kinds(byte_flags, high_flags)
    scanned = text
    if "breaks" in kinds:
        text = applied("line_endings", text, _LINE_BREAKS.sub("\n", text))
        data, stale = _encode(text), False  # line numbers changed
        high = b"" if ascii_only else _high_bytes(data)
    suspects: set[int] = set()
    if not ascii_only:
        suspects = _mojibake_lines(data, high)
        if suspects:
            text = applied("mojibake", text, _fix_mojibake(text, suspects))
            if stale:
                data, stale = _encode(text), False
                ascii_only = len(data) == len(text)
                byte_flags, high, high_flags = _scan(data, ascii_only)
                kinds = _kinds(byte_flags, high_flags)
                scanned = text
    after_mojibake = text
    if "controls" in kinds:
        text = applied("control_chars", text, text.translate(_CONTROL_TABLE))
    if "zero_width" in kinds:
        text = applied("zero_width", text, _remove_zero_width(text))
    if "joiners" in kinds and _STRAY_JOINER.search(text):
        text = applied("zero_width", text, _STRAY_JOINER.sub("", text))
    if stale:
        data = _encode(text)
        ascii_only = len(data) == len(text)
        high = b"" if ascii_only else _high_bytes(data)
    if not ascii_only:
        maybe_not_nfc = (high_flags & _F_NOT_NFC) != 0 if text is scanned else _maybe_not_nfc(high)
        if maybe_not_nfc:
            text = applied("nfc", text, _nfc(text, data))
    if text is scanned:
        untidy = (byte_flags & _F_WHITESPACE) != 0
    else:
        untidy = (
            "  " in text
            or _EDGE_SPACE_OR_BLANKS.search(text) is not None
            or text[:1] == " "
            or text[-1:] == " "
        )
    if untidy or "spaces" in kinds:
        text = applied("whitespace", text, _normalize_whitespace(text))
    elif text[:1] == "\n" or text[-1:] == "\n":
        # Trimming the newline(s) at the ends of a file is not worth reporting as a fix.
        text = text.strip("\n")
    # ftfy judges a line by its context, which the later fixes may have changed ("\xa0Ã " is
    # left alone, "Ã " is not), so a suspect line that changed gets another look.
    again = again or (bool(suspects) and text != after_mojibake)
    return text, again


def normalize_text(text: str) -> tuple[str, list[str]]:
    """Return the normalized text and the names of the fixes applied, in order of first use."""
    fixes: list[str] = []
    for _ in range(_MAX_PASSES):
        text, again = _one_pass(text, fixes)
        if not again:
            break
    return text, fixes


def normalize_stage(doc: Document, config: Config) -> Document:
    """Normalize doc.text in place; the fix names go to doc.fixes (the record's `normalization`)."""
    doc.text, fixes = normalize_text(doc.text)
    doc.fixes.extend(f for f in fixes if f not in doc.fixes)
    return doc
