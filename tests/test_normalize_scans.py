"""normalize's typed scans (compiled) against their definitions.

_high_bytes copies the non-ASCII bytes in a typed loop instead of a deleting translate (_scan
does it in the loop that finds the byte flags), and
_nfc_unstable_lines finds the first character of _NFC_UNSTABLE_CHAR in each line in one typed loop
instead of a regex search per line. Uncompiled they are the definitions themselves, and the tests pass trivially. _has_entity
tries _ENTITY only at each "&" instead of a regex search (in both modes).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners.normalize import (
    _ASCII_BYTES,
    _ENTITY,
    _NFC_UNSTABLE_CHAR,
    _byte_flags_plain,
    _encode,
    _has_entity,
    _high_bytes,
    _high_flags_plain,
    _nfc_unstable_lines,
    _scan,
)

_PAGES = Path(__file__).resolve().parent / "pages"
_EDGES = ["", "a", "İ", "ß", "\U0001f600", "\ud800", "x\udfff\n", "e\u0301", "\u2010\u2126\u2fff\u3000", "\n\n"]


def _texts() -> list[str]:
    paths = dev_dumps(required=False) + sorted(_PAGES.glob("*.txt"))
    return [p.read_text("utf-8", errors="replace") for p in paths] + _EDGES


def _unstable_lines_by_regex(text: str) -> list[int]:
    """The first _NFC_UNSTABLE_CHAR match of each line, searching on from the end of the line (as _nfc did)."""
    found, m = [], _NFC_UNSTABLE_CHAR.search(text)
    while m is not None:
        found.append(m.start())
        end = text.find("\n", m.end())
        m = None if end < 0 else _NFC_UNSTABLE_CHAR.search(text, end)
    return found


def test_high_bytes_is_the_deleting_translate() -> None:
    for text in _texts():
        data = _encode(text)
        assert _high_bytes(data) == data.translate(None, _ASCII_BYTES)
    every_byte = bytes(range(256)) * 3
    assert _high_bytes(every_byte) == every_byte.translate(None, _ASCII_BYTES)
    assert type(_high_bytes(b"abc")) is bytes and _high_bytes(b"abc") == b""


def test_nfc_unstable_lines_is_the_regex_on_every_bmp_character() -> None:
    for cp in range(0x10000):
        text = "ab" + chr(cp) + "c"
        assert _nfc_unstable_lines(text) == ([2] if _NFC_UNSTABLE_CHAR.match(text, 2) else []), hex(cp)
    assert _nfc_unstable_lines("\U0001f600\n\n") == [0]
    assert _nfc_unstable_lines("") == []


def test_nfc_unstable_lines_is_the_regex_on_pages() -> None:
    for text in _texts():
        assert _nfc_unstable_lines(text) == _unstable_lines_by_regex(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("a \nİßé\u0301\u2019\u2126\u3000中\U0001f600\ud800"), max_size=40))
def test_nfc_unstable_lines_is_the_regex(text: str) -> None:
    assert _nfc_unstable_lines(text) == _unstable_lines_by_regex(text)
    assert _high_bytes(_encode(text)) == _encode(text).translate(None, _ASCII_BYTES)


def test_has_entity_is_the_regex_search_on_pages() -> None:
    for text in _texts():
        assert _has_entity(text) == (_ENTITY.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["&", ";", "#", "x", "a", "Z", "9", " ", "&amp;", "&#39;", "&#x1F;", "İ", "\ud800"]),
                max_size=30))
def test_has_entity_is_the_regex_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _has_entity(text) == (_ENTITY.search(text) is not None)


def _scan_definition(data: bytes) -> tuple[int, bytes, int]:
    high = data.translate(None, _ASCII_BYTES)
    return _byte_flags_plain(data), high, _high_flags_plain(high)


def test_scan_is_the_flags_and_high_bytes_on_pages() -> None:
    for text in _texts():
        data = _encode(text)
        assert _scan(data, False) == _scan_definition(data)
        if data.isascii():
            assert _scan(data, True) == _scan_definition(data)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\n", "\t", "\r", "\x0b", "\x7f", "\x01", "é", "\u2028", "\u200b", "\u00a0",
                                 "\u0301", "中", "\U0001f600", "\ud800", "\x85"]), max_size=30))
def test_scan_is_the_flags_and_high_bytes(pieces: list[str]) -> None:
    data = _encode("".join(pieces))
    assert _scan(data, False) == _scan_definition(data)
