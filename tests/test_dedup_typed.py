"""The dedup keys of the typed (compiled) code paths against a plain-Python oracle.

hash_key has a typed single-pass loop for ASCII text when the module is compiled with Cython;
these tests hold it to the definition (the letters and digits of the case-folded text, digit
runs folded to one "0" in keys of 40+ characters) on the dev set's lines and on made-up text.
They run the same in both modes.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.dedup import hash_key

_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "textdump"


def _oracle(text: str) -> str:
    key = "".join(ch for ch in text.casefold() if ch.isalnum())
    if len(key) >= 40 and not key.isalpha():
        key = re.sub(r"\d+", "0", key)
    return key


def _dev_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(_DEV.glob("*.txt"))[:60]:
        lines.extend(path.read_text("utf-8", errors="replace").split("\n"))
    return lines


def test_hash_key_matches_oracle_on_dev_lines() -> None:
    lines = _dev_lines()
    for line in lines:
        assert hash_key(line) == _oracle(line), line


def test_hash_key_ascii_edges() -> None:
    cases = [
        "",
        " ",
        "!!!",
        "ABC xyz 123",
        "a" * 39 + "1",
        "a" * 39 + "12",
        "A" * 40 + "007 and 42, 3.14",
        "1" * 60,
        "x" * 40 + "\x00\x7f_@[`{~",
        "Page 1 of 2 " * 10,
    ]
    for text in cases:
        assert hash_key(text) == _oracle(text), text


def test_hash_key_unicode_edges() -> None:
    cases = [
        "Straße",
        "\u212a" * 50 + " 12",  # KELVIN SIGN folds to ASCII "k"
        "日本語のテキスト、数字１２３と456。" * 3,
        "Цена: 1 200 руб., скидка ٣٠٪ и ²½ " * 2,
        "\ud800abc\udfff" * 10 + "99",  # lone surrogates are no letters
        "\ufeffBOM first " * 5 + "0",
        "e\u0301" * 30 + "१२३ 4",  # combining marks, Devanagari digits
        "\U0001d7ce\U0001d7cf" * 25,  # mathematical digits (decimal, astral)
        "ǅ" * 45 + "1",
    ]
    for text in cases:
        assert hash_key(text) == _oracle(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=30, max_size=90))
def test_hash_key_long_unicode_matches_oracle(text: str) -> None:
    assert hash_key(text) == _oracle(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=120))
def test_hash_key_ascii_matches_oracle(text: str) -> None:
    assert hash_key(text) == _oracle(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_hash_key_any_text_matches_oracle(text: str) -> None:
    assert hash_key(text) == _oracle(text)
