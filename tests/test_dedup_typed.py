"""The dedup keys of the typed (compiled) code paths against a plain-Python oracle.

hash_key has a typed single-pass loop for ASCII text when the module is compiled with Cython;
these tests hold it to the definition (the letters and digits of the case-folded text, digit
runs folded to one "0" in keys of 40+ characters) on the dev set's lines and on made-up text.
They run the same in both modes.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners.dedup import hash_key


def _oracle(text: str) -> str:
    key = "".join(ch for ch in text.casefold() if ch.isalnum())
    if len(key) >= 40 and not key.isalpha():
        key = re.sub(r"\d+", "0", key)
    return key


def _dev_lines() -> list[str]:
    lines: list[str] = []
    for path in dev_dumps(60):
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


# --- containment: the compiled search (windows looked up among the keys' prefixes behind a rolling-hash
# filter) against the automaton search of the pure-Python path -----------------------------------------

from cleaners import dedup  # noqa: E402

_CJK_CLASS_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _key_weight_oracle(key: str) -> int:
    return len(key) + 2 * len(_CJK_CLASS_RE.findall(key))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1\u3040\u30ff\u3400\u4dbf\u4e00\u9fff\uac00\ud7af\uf900\ufaff\u303f\u3100\ud7b0é😀", max_size=60))
def test_key_weight_matches_the_regex(key: str) -> None:
    assert dedup.key_weight(key) == _key_weight_oracle(key)


SEGMENTS = st.lists(st.text(alphabet="abcdefg0123漢字", min_size=12, max_size=70), min_size=2, max_size=6)


@st.composite
def _documents(draw: st.DrawFn) -> list[str]:
    """Keys of a document: segments, some lines that run several of them together (with noise), repeats."""
    segs = draw(SEGMENTS)
    keys = list(segs)
    for _ in range(draw(st.integers(0, 4))):
        picks = draw(st.lists(st.sampled_from(segs), min_size=1, max_size=8))
        noise = draw(st.lists(st.text(alphabet="xyz", max_size=30), min_size=len(picks), max_size=len(picks)))
        keys.insert(draw(st.integers(0, len(keys))), "".join(p + n for p, n in zip(picks, noise, strict=True)))
    keys += draw(st.lists(st.sampled_from(keys), max_size=3))
    keys += draw(st.lists(st.text(alphabet="ab", max_size=15), max_size=3))
    return keys


@settings(max_examples=400, deadline=None)
@given(_documents())
def test_containers_match_the_automaton_search(keys: list[str]) -> None:
    assert dedup._find_containers(keys, None) == dedup._find_containers_automaton(keys, None)
    assert dedup._find_containers(keys, dedup._key_groups(keys)) == dedup._find_containers_automaton(keys, None)


def test_containers_of_the_dev_documents_match_the_automaton_search() -> None:
    found = 0
    for path in dev_dumps(80):
        lines = [line for line in path.read_text("utf-8", errors="replace").split("\n") if line.strip()]
        keys = [hash_key(line) for line in lines]
        # and the page once more with its lines run together in pairs (containers for sure)
        keys += ["".join(keys[k : k + 3]) for k in range(0, min(len(keys), 30), 3)]
        got = dedup._find_containers(keys, None)
        assert got == dedup._find_containers_automaton(keys, None), path.name
        found += len(got)
    assert found


def test_hash_key_folds_every_bmp_character_as_casefold_does() -> None:
    """Compiled, a line beyond ASCII is folded character by character while its key is built (one that
    folds to several characters sends the line to str.casefold): every code point, in runs of 64."""
    for start in range(0x80, 0x10000, 64):
        chars = "".join(chr(c) for c in range(start, start + 64))
        for text in (chars, f"Ab1 {chars} 22 {chars.upper()}", "x" * 40 + chars + "7"):
            assert hash_key(text) == _oracle(text), hex(start)


def test_hash_key_of_characters_that_fold_to_several() -> None:
    for text in ("Straße STRASSE", "ﬁnal ﬂow ŉ", "İstanbul İİ", "ΐ ΰ ᾳ ᾼ", "\U00010400\U00010428 " * 20 + "5"):
        assert hash_key(text) == _oracle(text), text
