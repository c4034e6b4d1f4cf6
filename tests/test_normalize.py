"""Unit tests of cleaners.normalize: each fix, what must not change, fix names, idempotence."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.config import Config
from cleaners.document import Document
from cleaners.normalize import normalize_stage, normalize_text


@pytest.mark.parametrize(
    ("text", "expected", "fixes"),
    [
        # Mojibake: UTF-8 read as latin-1/cp1252 (2- and 3-byte sequences), and as cp1251.
        ("CafÃ©", "Café", ["mojibake"]),
        ("Itâ€™s a test â€“ really", "It’s a test – really", ["mojibake"]),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "Привет мир", ["mojibake"]),
        ("РїСЂРёРІРµС‚", "привет", ["mojibake"]),
        # HTML entities, including double-escaped ones; "AT&T" and "&copy" without ";" stay.
        ("Fish &amp; chips", "Fish & chips", ["html_entities"]),
        ("&lt;b&gt; &#8217; &#x2019; &eacute;", "<b> ’ ’ é", ["html_entities"]),
        ("Tom &amp;amp; Jerry", "Tom & Jerry", ["html_entities"]),
        ("AT&T &copy 2020 &nosuchentity;", "AT&T &copy 2020 &nosuchentity;", []),
        # Line endings.
        ("one\r\ntwo\rthree", "one\ntwo\nthree", ["line_endings"]),
        ("a\u2028b\u2029c\x0cd\x0be", "a\nb\nc\nd\ne", ["line_endings"]),
        # Control characters; C1 controls are cp1252 bytes read as latin-1.
        ("a\x00b\x07c\x1bd\x7fe", "abcde", ["control_chars"]),
        ("\x93quoted\x94 \x85", "“quoted” …", ["control_chars"]),
        ("lone \ud800 surrogate", "lone surrogate", ["control_chars", "whitespace"]),
        # Zero-width characters, BOM anywhere, soft hyphen.
        ("zero\u200bwidth\u2060word\ufeff", "zerowidthword", ["zero_width"]),
        ("\ufeffStart", "Start", ["zero_width"]),
        ("hy\u00adphen\u00adated", "hyphenated", ["zero_width"]),
        ("stray\u200cjoiner\u200d", "strayjoiner", ["zero_width"]),
        # NFC.
        ("Cafe\u0301", "Café", ["nfc"]),
        ("\u212b and \u2126", "Å and Ω", ["nfc"]),
        # Non-breaking and other Unicode spaces, tabs, runs, line edges, blank lines.
        ("a\u00a0b\u2009c\u3000d\u202fe", "a b c d e", ["whitespace"]),
        ("a\t\tb   c  \n\n\n\n  d \n", "a b c\n\nd", ["whitespace"]),
        ("one\n\ntwo", "one\n\ntwo", []),
    ],
)
def test_fixes(text: str, expected: str, fixes: list[str]) -> None:
    assert normalize_text(text) == (expected, fixes)


@pytest.mark.parametrize(
    "text",
    [
        "日本語の文章です。句読点、感嘆符！疑問符？「かぎ括弧」（丸括弧）：コロン",
        "中文标点：，。！？；「」『』（）",
        "Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ １２３",  # width is not folded (no NFKC)
        "“Curly” ‘quotes’ stay – and so do dashes — and ellipses…",
        "ﬁ ligature, ² superscript, ½ fraction",
        "Fuß“ is not mojibake, nor is naïve café.",
        "Ελληνικά, русский, עברית, العربية, हिन्दी",
    ],
)
def test_text_that_must_not_change(text: str) -> None:
    assert normalize_text(text) == (text, [])


def test_joiners_that_spell_words_or_glue_emoji_are_kept() -> None:
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word
    family = "👨\u200d👩\u200d👧"  # ZWJ emoji sequence
    assert normalize_text(f"{persian} {family}") == (f"{persian} {family}", [])


def test_trailing_newline_of_a_file_is_trimmed_without_a_fix_name() -> None:
    assert normalize_text("Line one.\nLine two.\n") == ("Line one.\nLine two.", [])


def test_fixes_feed_each_other_in_one_call() -> None:
    # The zero-width space hides an entity; the entity hides mojibake.
    assert normalize_text("&am\u200bp;") == ("&", ["zero_width", "html_entities"])
    assert normalize_text("Caf&#195;&#169;") == ("Café", ["html_entities", "mojibake"])


def test_mojibake_repair_touches_only_suspect_lines() -> None:
    text = "Clean line with “quotes”.\nCafÃ© au lait\nAnother clean line."
    out, fixes = normalize_text(text)
    assert out == "Clean line with “quotes”.\nCafé au lait\nAnother clean line."
    assert fixes == ["mojibake"]


def test_normalize_stage_updates_text_and_fixes() -> None:
    doc = Document(source="t", text="A\r\nCafÃ©  B", fixes=["invalid_bytes"])
    out = normalize_stage(doc, Config())
    assert out.text == "A\nCafé B"
    assert out.fixes == ["invalid_bytes", "line_endings", "mojibake", "whitespace"]


# --- idempotence (property-based) ---------------------------------------------------------------

# Pieces that exercise every fix and their interactions, mixed with arbitrary text.
_PIECES = st.sampled_from(
    [
        *"\r\n\t \x00\x07\x0b\x0c\x7f\x85\x93\xa0\xad",
        *"\u200b\u200c\u200d\u2060\ufeff\u2028\u3000\u2009",
        *"\u0301\u0303\u037e\u212a&;#Ã©â€™ÐŸÑ€РїСЂ。、！？「」e",
        "&amp;",
        "&#38;",
        "&lt;",
        "&am",
        "p;",
        "Ã ",
        "\ud800",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    once, _ = normalize_text(text)
    twice, fixes = normalize_text(once)
    assert twice == once
    assert fixes == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_normalized_text_has_no_forbidden_characters(text: str) -> None:
    out, _ = normalize_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\t" not in out and "\u00a0" not in out and "\u200b" not in out
    assert all(ch in "\n" or unicodedata.category(ch) not in ("Cc", "Cs") for ch in out)
    assert "  " not in out and "\n\n\n" not in out
    assert all(line == line.strip(" ") for line in out.split("\n"))
    out.encode("utf-8")  # no lone surrogates
