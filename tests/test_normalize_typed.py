"""normalize's typed (compiled) byte scans against their plain definitions.

Compiled, _byte_flags and _high_flags are one typed loop over the UTF-8 bytes each; uncompiled
they are _byte_flags_plain and _high_flags_plain (translate, `in` tests and regex searches), and
the comparisons hold trivially. The inputs mix every character some flag is about with their
UTF-8 neighbours, at the ends of the text and next to each other.
"""

from __future__ import annotations

import random

import pytest
from pagetexts import dev_dumps

from cleaners.normalize import (
    _NFC_UNSTABLE_2XXX,
    _byte_flags,
    _byte_flags_plain,
    _encode,
    _high_bytes,
    _high_flags,
    _high_flags_plain,
    _invisible_kinds,
    _maybe_not_nfc,
    normalize_text,
)

# Characters a flag is about, and their neighbours in code point and in UTF-8 bytes.
_SPECIAL = (
    [chr(c) for c in range(0x00, 0x21)] + ["\x7f", "\x7e", "a", "Z", "0", ".", "\n", "\n", " ", " "]
    + [chr(c) for c in range(0x80, 0xB0)] + ["\u00bf", "\u00c0", "\u00cb", "\u00cc", "\u02ff", "\u0300", "\u0301"]
    + [chr(c) for c in range(0x2000, 0x2070)] + ["\u1680", "\u1681", "\u167f", "\u3000", "\u3001", "\u2fff"]
    + ["\ufeff", "\ufefe", "\uff00", "\ud7ff", "\ud800", "\udbff", "\udc00", "\udfff", "\ue000", "\u0d00"]
    + ["\u037e", "\u0415", "\u4e2d", "\u00e9", "e\u0301", "\U0001f600", "\u212b", "\u2126", "\u2000"]
    + list(_NFC_UNSTABLE_2XXX[:40])
)


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for size in (0, 1, 2, 3, 4, 5, 8, 20, 100):
        for _ in range(30):
            out.append("".join(rng.choice(_SPECIAL) for _ in range(size)))
            # Mostly ordinary text with a few specials: the flags must see them anywhere.
            base = list(rng.choice(["plain words here", "x", "Ünïcödé text", "中文文本"]) * (size + 1))
            for _ in range(rng.randint(0, 3)):
                base.insert(rng.randint(0, len(base)), rng.choice(_SPECIAL))
            out.append("".join(base))
    # Every character of U+2000-U+2FFF and a sample above it, alone and between spaces.
    out += [chr(c) for c in range(0x2000, 0x3000)] + [f" {chr(c)} " for c in range(0x300, 0x2000, 7)]
    return out


@pytest.mark.parametrize("seed", range(8))
def test_byte_flags_match_plain(seed: int) -> None:
    for text in _texts(seed):
        data = _encode(text)
        assert _byte_flags(data) == _byte_flags_plain(data), repr(text)


@pytest.mark.parametrize("seed", range(8))
def test_high_flags_match_plain(seed: int) -> None:
    for text in _texts(seed):
        high = _high_bytes(_encode(text))
        assert _high_flags(high) == _high_flags_plain(high), repr(text)


def test_whitespace_shapes() -> None:
    """The _F_WHITESPACE shapes one by one (plain and typed), with what normalize_text does to them."""
    for text, untidy in [
        ("a b", False), ("a  b", True), ("a \nb", True), ("a\n b", True), ("a\n\nb", False), ("a\n\n\nb", True),
        (" a", True), ("a ", True), ("\na", False), ("a\n", False), ("", False), (" ", True), ("\n\n\n", True),
    ]:
        data = _encode(text)
        assert bool(_byte_flags(data) & 8) is untidy, repr(text)
        assert bool(_byte_flags_plain(data) & 8) is untidy, repr(text)


def test_kinds_and_nfc_on_dev_pages() -> None:
    """Every dev page: the flags agree with the plain scans, and the kinds with their definitions."""
    pages = dev_dumps()
    if not pages:
        pytest.skip("no dev dumps")
    for path in pages:
        text = path.read_bytes().decode("utf-8", "replace")
        data = _encode(text)
        high = _high_bytes(data)
        assert _byte_flags(data) == _byte_flags_plain(data)
        assert _high_flags(high) == _high_flags_plain(high)
        assert bool(_high_flags(high) & 128) == _maybe_not_nfc(high)
        kinds = _invisible_kinds(text, data, text.isascii(), high)
        assert ("breaks" in kinds) == any(ch in text for ch in "\r\x0b\x0c\u2028\u2029")
        assert ("zero_width" in kinds) == any(ch in text for ch in "\u200b\u2060\u00ad\ufeff")
        assert ("joiners" in kinds) == any(ch in text for ch in "\u200c\u200d")
        normalized, _ = normalize_text(text)
        assert normalize_text(normalized) == (normalized, [])
