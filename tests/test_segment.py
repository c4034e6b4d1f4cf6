"""Unit tests of cleaners.segment: lines with offsets, line shapes, sentence splitting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.config import Config
from cleaners.document import BODY, BULLET, HEADING, SEPARATOR, Document, Line
from cleaners.segment import (
    _split_lines_stripping,
    classify_shape,
    ends_sentence,
    is_bullet,
    is_separator,
    segment_stage,
    split_lines,
    split_sentences,
)

# --- split_lines ---------------------------------------------------------------------------------


def test_split_lines_offsets_and_gaps() -> None:
    text = "Title\n\n  Indented body line.  \nNext line\n\n\nLast"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["Title", "Indented body line.", "Next line", "Last"]
    assert [line.index for line in lines] == [0, 1, 2, 3]
    for line in lines:
        assert text[line.start : line.end] == line.text
    assert [line.notes["gap_before"] for line in lines] == [True, True, False, True]


def test_split_lines_first_line_counts_as_after_a_gap() -> None:
    assert split_lines("a\nb")[0].notes["gap_before"] is True
    assert split_lines("a\nb")[1].notes["gap_before"] is False


@pytest.mark.parametrize("text", ["", "\n", "\n\n\n", "   ", " \n \n "])
def test_split_lines_blank_text_has_no_lines(text: str) -> None:
    assert split_lines(text) == []


def test_split_lines_cjk_offsets() -> None:
    text = "日本語の見出し\n本文です。二文目です。\n\n中文段落。"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["日本語の見出し", "本文です。二文目です。", "中文段落。"]
    for line in lines:
        assert text[line.start : line.end] == line.text


def test_split_lines_cuts_an_overlong_line_at_spaces() -> None:
    sentence = "This is one sentence of a very long line. "
    text = "Head\n" + sentence * 100 + "\nTail"
    lines = split_lines(text, max_line_chars=500)
    assert lines[0].text == "Head" and lines[-1].text == "Tail"
    middle = lines[1:-1]
    assert len(middle) >= 8
    for line in middle:
        assert len(line.text) <= 500
        assert text[line.start : line.end] == line.text
    # Cut at spaces, never inside a word: the pieces put back together are the original line.
    assert " ".join(line.text for line in middle) == (sentence * 100).strip()


def test_split_lines_cuts_an_overlong_line_at_sentence_ends() -> None:
    sentence = "This is one sentence of a very long line. "
    lines = split_lines("Head\n" + sentence * 100 + "\nTail", max_line_chars=500)
    assert all(line.text.endswith(".") for line in lines[1:-1])


def test_split_lines_cuts_a_line_without_spaces() -> None:
    text = "x" * 2500
    lines = split_lines(text, max_line_chars=1000)
    assert [len(line.text) for line in lines] == [1000, 1000, 500]
    assert "".join(line.text for line in lines) == text
    assert all(text[line.start : line.end] == line.text for line in lines)


@settings(deadline=None, max_examples=60, derandomize=True, database=None)
@given(st.text(alphabet=st.sampled_from("ab .。\n\t 日"), max_size=300), st.integers(min_value=2, max_value=50))
def test_split_lines_offsets_always_point_at_the_line(text: str, limit: int) -> None:
    lines = split_lines(text, max_line_chars=limit)
    for i, line in enumerate(lines):
        assert line.index == i
        assert line.text and line.text == line.text.strip()
        assert len(line.text) <= limit
        assert text[line.start : line.end] == line.text
    assert [line.start for line in lines] == sorted(line.start for line in lines)


@settings(deadline=None, max_examples=100, derandomize=True, database=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab .。日"), max_size=12), max_size=12), st.integers(2, 20))
def test_split_lines_of_stripped_lines_matches_the_general_path(rows: list[str], limit: int) -> None:
    """Text whose lines need no stripping takes a shortcut: same lines, offsets and gaps."""
    text = "\n".join(row.strip() for row in rows)
    fast, general = split_lines(text, limit), _split_lines_stripping(text.split("\n"), limit)
    assert [(x.index, x.text, x.start, x.end, x.notes) for x in fast] == [
        (x.index, x.text, x.start, x.end, x.notes) for x in general
    ]


# --- shapes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["-", "•", "|", "—", "* * *", "···", "***", "|", "- | -", "»", "©", "——"])
def test_is_separator(text: str) -> None:
    assert is_separator(text)


@pytest.mark.parametrize("text", ["Home", "a", "1", "- Home", "2024", "日本", "–5 °C", "Ok."])
def test_is_not_separator(text: str) -> None:
    assert not is_separator(text)


@pytest.mark.parametrize("text", ["-" * 40, "=" * 20, "＊" * 15])
def test_long_rules_are_separators(text: str) -> None:
    assert is_separator(text)


@pytest.mark.parametrize(
    "text",
    ["- item", "– item", "• Keep a torch", "· dot", "* star", "1. First step", "12) Twelfth", "a) option",
     "► Play", "» more", "▪ square", "● 項目"],
)
def test_is_bullet(text: str) -> None:
    assert is_bullet(text)


@pytest.mark.parametrize(
    "text",
    ["-5 degrees overnight", "1.5 million people", "2024. A year", "•no space", "Item one", "1234. Too many", "日本"],
)
def test_is_not_bullet(text: str) -> None:
    assert not is_bullet(text)


@pytest.mark.parametrize("text", ["End.", "Really?", "Wow!", "終わり。", "本当？", "好！", "He said “yes.”",
                                  "「はい。」", "Wait…", "(It rained.)", "Note:", "他说：“好。”"])
def test_ends_sentence(text: str) -> None:
    assert ends_sentence(text)


@pytest.mark.parametrize("text", ["", "Title Case Headline", "見出し", "Menu", "2024", "a,", "「はい」", "(see above)",
                                  "”"])
def test_does_not_end_sentence(text: str) -> None:
    assert not ends_sentence(text)


def _shape(texts: list[str]) -> list[str]:
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    classify_shape(lines)
    return [line.kind for line in lines]


def test_classify_shape_heading_before_long_sentence() -> None:
    body = "The council said on Monday that the new bridge would open to traffic in the spring."
    assert _shape(["Bridge Opening Delayed", body]) == [HEADING, BODY]


def test_classify_shape_cjk_heading() -> None:
    body = "市交通部门表示，已提前准备融雪剂两千余吨，并安排除雪车辆和人员在主干道、桥梁和坡道等重点路段值守，确保降雪期间道路基本畅通。"
    assert _shape(["多部门提前部署应对降雪", body]) == [HEADING, BODY]


def test_classify_shape_separators_bullets_and_body() -> None:
    kinds = _shape(["-", "• one item", "1. another item", "A plain sentence of text.", "Menu", "Home"])
    assert kinds == [SEPARATOR, BULLET, BULLET, BODY, BODY, BODY]


def test_classify_shape_short_line_before_short_line_is_not_heading() -> None:
    assert _shape(["News", "Sport", "Weather"]) == [BODY, BODY, BODY]


def test_classify_shape_last_line_is_never_heading() -> None:
    assert _shape(["A sentence that ends.", "Trailing Title"])[-1] == BODY


def _reference_shape(texts: list[str]) -> list[str]:
    """classify_shape spelled with the public shape tests (it inlines them)."""
    kinds = []
    for i, text in enumerate(texts):
        if is_separator(text):
            kinds.append(SEPARATOR)
        elif is_bullet(text):
            kinds.append(BULLET)
        elif i < len(texts) - 1 and len(text) <= 120 and not ends_sentence(text):
            nxt = texts[i + 1]
            kinds.append(HEADING if len(nxt) > max(len(text) * 1.5, 60) and ends_sentence(nxt) else BODY)
        else:
            kinds.append(BODY)
    return kinds


_SHAPE_PIECES = ["-", "• ", "1. ", "a) ", "Bridge", " opening", "。", ".", "!", "”", ")", "—", "x" * 40, "多部门", "？"]


@settings(deadline=None, max_examples=200)
@given(st.lists(st.lists(st.sampled_from(_SHAPE_PIECES), min_size=1, max_size=8).map("".join), max_size=8))
def test_classify_shape_matches_the_shape_tests(texts: list[str]) -> None:
    texts = [t.strip() or "-" for t in texts]
    assert _shape(texts) == _reference_shape(texts)


def test_segment_stage_sets_lines() -> None:
    doc = Document(source="t", text="Head\nA body sentence that is long enough to follow a heading line.\n-")
    segment_stage(doc, Config())
    assert [line.kind for line in doc.lines] == [HEADING, BODY, SEPARATOR]


# --- sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("Wait… then go.", ["Wait…", "then go."]),
        ("今日は晴れ。明日は雨！本当？", ["今日は晴れ。", "明日は雨！", "本当？"]),
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("一文目。 二文目。", ["一文目。", "二文目。"]),
        ("Kein Satzende", ["Kein Satzende"]),
        ("Version 3.11 is out.", ["Version 3.11 is out."]),
        ("", []),
        ("   ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
        ("「行きます。」と彼は言った。", ["「行きます。」", "と彼は言った。"]),
        ("He said “yes.” Then he left.", ["He said “yes.”", "Then he left."]),
        ("(It rained.) We stayed in.", ["(It rained.)", "We stayed in."]),
    ],
)
def test_split_sentences_keeps_closing_quotes(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@settings(deadline=None, max_examples=60, derandomize=True, database=None)
@given(st.text(alphabet=st.sampled_from("ab .!?。！？ 日x"), max_size=80))
def test_split_sentences_loses_no_characters_without_quotes(text: str) -> None:
    """Without closing quotes, the sentences are the text minus whitespace at the cuts."""
    assert "".join(split_sentences(text)).replace(" ", "") == text.replace(" ", "")
