"""normalize's line-by-line NFC (_nfc) against unicodedata.normalize("NFC", ...) on the whole text.

_nfc normalizes only the lines that hold a character of _NFC_UNSTABLE_CHAR's class. That is
the whole-text NFC if (1) a character outside the class never changes and never combines with
what precedes it (combining class 0, its own NFC, never the second part of a composition), so a
line without one is NFC, and (2) NFC can be taken line by line ("\\n" is such a character).
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners import normalize
from cleaners.normalize import _encode, _nfc, normalize_text


def test_characters_outside_the_class_are_stable() -> None:
    second_parts = set()
    for cp in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                second_parts.add(chr(int(parts[1], 16)))
    stable = [chr(cp) for cp in range(sys.maxunicode + 1) if not normalize._NFC_UNSTABLE_CHAR.match(chr(cp))]
    assert "\n" in stable and "a" in stable and "é" in stable and "\u2019" in stable
    assert "\u0301" not in stable and "\u1161" not in stable and "й" not in stable
    for ch in stable:
        assert unicodedata.combining(ch) == 0, ascii(ch)
        assert unicodedata.normalize("NFC", ch) == ch, ascii(ch)
        assert ch not in second_parts, ascii(ch)


_ALPHABET = st.sampled_from(
    list("ab Z\n\t.éeAa\u00c5\u212b\u2126\u0301\u0308\u0323\u0304\u0324\u1100\u1161\u11a8\uac00")
    + list("\u3099\u304b\u09be\u09c7\u0bbe\u0bc6\u0930\u093c\u05d0\u05b8\u0651\u064e\u037e\u0387\u2000\uf900\u4e2d")
)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_nfc_matches_unicodedata(text: str) -> None:
    expected = unicodedata.normalize("NFC", text)
    assert _nfc(text, _encode(text)) == expected
    saved = normalize._NFC_BY_LINES_MAX_EXTRA
    normalize._NFC_BY_LINES_MAX_EXTRA = 0  # always line by line
    try:
        assert _nfc(text, _encode(text)) == expected
    finally:
        normalize._NFC_BY_LINES_MAX_EXTRA = saved


def test_dev_pages_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = dev_dumps()
    if not paths:
        pytest.skip("no dev pages")
    monkeypatch.setattr(normalize, "_NFC_BY_LINES_MAX_EXTRA", 0)
    for path in paths:
        text = path.read_text("utf-8", errors="replace")
        assert _nfc(text, _encode(text)) == unicodedata.normalize("NFC", text), path.name


def test_fix_is_reported_once() -> None:
    text = "plain line\nCafe\u0301 and more ascii\n" * 3
    out, fixes = normalize_text(text)
    assert out == unicodedata.normalize("NFC", text).strip("\n")
    assert fixes == ["nfc"]
