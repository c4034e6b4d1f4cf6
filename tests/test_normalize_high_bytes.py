"""normalize's detectors on the non-ASCII bytes ("high") against the same detectors on all bytes.

_invisible_kinds, _mojibake_lines and _maybe_not_nfc run their single-character patterns on the
UTF-8 bytes with the ASCII bytes deleted, and use _MOJIBAKE_LATIN_HIGH as a prefilter; these
tests compare them with the definitions on the whole UTF-8 text (the code before that change).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners.normalize import (
    _C1,
    _E2_KINDS,
    _INVISIBLE_E2,
    _MOJIBAKE_CYRILLIC,
    _MOJIBAKE_LATIN,
    _NOT_ASCII_CONTROL,
    _OTHER_KINDS,
    _SURROGATE,
    _encode,
    _high_bytes,
    _invisible_kinds,
    _maybe_not_nfc,
    _mojibake_lines,
)


def _plain_kinds(text: str, data: bytes, ascii_only: bool) -> set[str]:
    kinds: set[str] = set()
    controls = data.translate(None, _NOT_ASCII_CONTROL)
    if controls:
        if b"\t" in controls:
            kinds.add("spaces")
        if controls.translate(None, b"\t\r\x0b\x0c"):
            kinds.add("controls")
        if len(controls.translate(None, b"\r\x0b\x0c")) != len(controls):
            kinds.add("breaks")
    if ascii_only:
        return kinds
    if _C1.search(data) or _SURROGATE.search(data):
        kinds.add("controls")
    groups = (*_E2_KINDS, *_OTHER_KINDS) if _INVISIBLE_E2.search(data) else _OTHER_KINDS
    for kind, chars in groups:
        if kind not in kinds and any(ch in text for ch in chars):
            kinds.add(kind)
    return kinds


def _plain_mojibake_lines(data: bytes) -> set[int]:
    lines: set[int] = set()
    for detector in (_MOJIBAKE_LATIN, _MOJIBAKE_CYRILLIC):
        line, pos = 0, 0
        for m in detector.finditer(data):
            line += data.count(b"\n", pos, m.start())
            pos = m.start()
            lines.add(line)
    return lines


def _check(text: str) -> None:
    data = _encode(text)
    ascii_only = len(data) == len(text)
    high = _high_bytes(data)
    assert _invisible_kinds(text, data, ascii_only, high) == _plain_kinds(text, data, ascii_only)
    assert _invisible_kinds(text, data, ascii_only) == _plain_kinds(text, data, ascii_only)
    assert _mojibake_lines(data, high) == _plain_mojibake_lines(data)
    assert _maybe_not_nfc(high) == _maybe_not_nfc(data)


_ALPHABET = st.sampled_from(
    list("ab \n\t\r\x0b\x0c\x00\x7f.é")
    + list("\x85\x93\xa0\xad\u1680\u3000\ufeff\u2000\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060")
    + list("ÃÂ©€™¢œ\x9d\u0161\u0178\u017e\u0420\u0421\u0440\u045e\u2019\u201c\u0301\u4e2d\ud800\udfff")
)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_random_texts(text: str) -> None:
    _check(text)


def test_dev_pages() -> None:
    for path in dev_dumps():
        _check(path.read_text("utf-8", errors="replace"))
