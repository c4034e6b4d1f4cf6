"""segment's typed (compiled) code paths against the regex and str-method definitions.

When the module is compiled with Cython, is_separator, ends_sentence, classify_shape, _is_cjk and
split_lines' fast path run typed loops with the character sets spelled as literals; these tests
hold them to the module's constants and regexes on every BMP character and on the dev set.
They run the same (and pass trivially for the shared code) uncompiled.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners.document import BODY, BULLET, HEADING, SEPARATOR, Line
from cleaners.normalize import normalize_text
from cleaners.segment import (
    _BULLET_RE,
    _CJK_CHAR_RE,
    _CLOSERS,
    _SEPARATOR_RE,
    _TERMINAL,
    _is_cjk,
    _split_lines_stripping,
    classify_shape,
    ends_sentence,
    is_bullet,
    is_separator,
    join_hard_wraps,
    split_lines,
)

_BMP = [chr(cp) for cp in range(0x10000)]


def _dev_texts(limit: int = 80) -> list[str]:
    paths = dev_dumps(limit)
    return [normalize_text(p.read_text("utf-8", errors="replace"))[0] for p in paths]


def _ends_sentence_oracle(text: str) -> bool:
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def _is_cjk_oracle(text: str) -> bool:
    return len(_CJK_CHAR_RE.findall(text)) * 2 > len(text)


def test_shape_tests_on_every_bmp_character() -> None:
    for ch in _BMP:
        for text in (ch, "-" + ch, ch + "-", "x" + ch, "x" + ch + "”", ch * 3):
            assert is_separator(text) == bool(_SEPARATOR_RE.match(text)), repr(text)
            assert ends_sentence(text) == _ends_sentence_oracle(text), repr(text)
        for text in (ch + " x", ch + ". x", "a" + ch + " x"):
            assert is_bullet(text) == bool(_BULLET_RE.match(text)), repr(text)


def test_is_cjk_on_every_bmp_character() -> None:
    for ch in _BMP:
        for text in (ch, ch + "a", ch * 2 + "a", "ab" + ch):
            assert _is_cjk(text) == _is_cjk_oracle(text), repr(text)


def test_empty_text_shapes() -> None:
    assert not is_separator("")
    assert not ends_sentence("")
    assert not is_bullet("")
    lines = [Line(0, "", 0, 0), Line(1, "", 0, 0)]
    classify_shape(lines)
    assert [line.kind for line in lines] == [BODY, BODY]


def _reference_shape(texts: list[str]) -> list[str]:
    kinds = []
    for i, text in enumerate(texts):
        if bool(_SEPARATOR_RE.match(text)):
            kinds.append(SEPARATOR)
        elif bool(_BULLET_RE.match(text)):
            kinds.append(BULLET)
        elif i < len(texts) - 1 and len(text) <= 120 and not _ends_sentence_oracle(text):
            nxt = texts[i + 1]
            big = len(nxt) > max(len(text) * 1.5, 60)
            kinds.append(HEADING if big and _ends_sentence_oracle(nxt) else BODY)
        else:
            kinds.append(BODY)
    return kinds


def _fields(lines: list[Line]) -> list[tuple]:
    return [(x.index, x.text, x.start, x.end, x.kind, x.language, x.removal, x.notes) for x in lines]


def test_dev_set_lines_shapes_and_joins() -> None:
    for text in _dev_texts():
        lines = split_lines(text)
        assert _fields(lines) == _fields(_split_lines_stripping(text.split("\n"), 100_000))
        joined = join_hard_wraps(lines)
        texts = [line.text for line in joined]
        classify_shape(joined)
        assert [line.kind for line in joined] == _reference_shape(texts)
        for t in texts:
            assert _is_cjk(t) == (not t.isascii() and _is_cjk_oracle(t))


@settings(deadline=None, max_examples=300)
@given(
    st.lists(st.text(alphabet=st.sampled_from("ab .。日\u3000\t\x1c\u00a0"), max_size=12), max_size=12),
    st.integers(2, 20),
)
def test_split_lines_fast_path_matches_the_general_path(rows: list[str], limit: int) -> None:
    """Lines with spaces at their ends or longer than the limit leave the fast path (same result)."""
    text = "\n".join(rows)
    assert _fields(split_lines(text, limit)) == _fields(_split_lines_stripping(text.split("\n"), limit))


def test_separator_regex_is_no_alnum() -> None:
    """is_separator's typed twin tests "non-empty, no str.isalnum character"; the regex says the same."""
    assert re.fullmatch(r"[\W_]+", "-_—") and is_separator("-_—")
    assert not is_separator("-a-")
    assert is_separator("--\n")
