"""segment_stage's shortcuts held to the plain definitions.

segment_stage joins hard wraps with `_join_hard_wraps(lines, numbered=True, texts, gaps)`, which
leaves the index of the lines before the first join as split_lines numbered them and reads the
texts and gaps from the lists split_lines' typed path fills (the shape tests read the joined
texts the same way); that path also gives each line a copy of a shared one-key notes dict. All
must give the lines the plain `join_hard_wraps(split_lines(text))` and classify_shape give (with the glued
sidebar tails cut off before and after the join, split_glued_tails, and the glued menus before it,
split_glued_menus), with notes no two lines share.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners.config import Config
from cleaners.document import Document, Line
from cleaners.normalize import normalize_text
from cleaners.segment import (
    classify_shape,
    join_hard_wraps,
    segment_stage,
    split_glued_menus,
    split_glued_tails,
    split_lines,
)

_PAGES = Path(__file__).resolve().parent / "pages"


def _fields(lines: list[Line]) -> list[tuple]:
    return [(x.index, x.text, x.start, x.end, x.kind, x.language, x.removal, x.notes) for x in lines]


def _plain_segment(text: str) -> list[Line]:
    lines = _cut_menus(_cut_tails(split_lines(text), text), text)
    lines = _cut_tails(join_hard_wraps(lines), text)
    classify_shape(lines)
    return lines


def _cut_tails(lines: list[Line], text: str) -> list[Line]:
    """split_glued_tails on the lines alone (their texts and gaps read off them)."""
    gaps = [line.notes.get("gap_before", False) for line in lines]
    return split_glued_tails(lines, [line.text for line in lines], gaps, text)[0]


def _cut_menus(lines: list[Line], text: str) -> list[Line]:
    """split_glued_menus on the lines alone (their texts and gaps read off them)."""
    gaps = [line.notes.get("gap_before", False) for line in lines]
    return split_glued_menus(lines, [line.text for line in lines], gaps, text)[0]


def _staged(text: str) -> list[Line]:
    return segment_stage(Document(source="t", text=text), Config()).lines


def _texts() -> list[str]:
    paths = dev_dumps(required=False) + sorted(_PAGES.glob("*.txt"))
    return [normalize_text(p.read_text("utf-8", errors="replace"))[0] for p in paths]


def test_stage_matches_the_plain_segmentation_on_pages() -> None:
    texts = _texts()
    assert texts
    joined = 0
    for text in texts:
        got, plain = _staged(text), _plain_segment(text)
        assert _fields(got) == _fields(plain)
        assert [line.index for line in got] == list(range(len(got)))
        joined += sum(1 for line in plain if "joined_lines" in line.notes)
    # Otherwise the numbered shortcut after a join would go untested.
    assert joined > 0


_WRAPPED = st.lists(
    st.sampled_from(
        [
            "",
            "short",
            "the quick brown fox jumps over the lazy dog again and",
            "then it runs back over the same lazy dog once more, and",
            "so the story ends here.",
            "- a bullet that is long enough to be a wrapped line of text",
            "中文的硬换行段落中文的硬换行段落中文",
            "硬换行段落中文的硬换行段落中文的硬换",
            "段落。",
            "İß \U0001f600 and a lower-case continuation of the wrapped line",
            "----",
        ]
    ),
    max_size=14,
)


@settings(max_examples=400, deadline=None)
@given(_WRAPPED)
def test_stage_matches_the_plain_segmentation(rows: list[str]) -> None:
    text = "\n".join(rows)
    got = _staged(text)
    assert _fields(got) == _fields(_plain_segment(text))
    assert [line.index for line in got] == list(range(len(got)))


def test_join_hard_wraps_renumbers_lines_it_is_given() -> None:
    lines = [Line(7, "one", 0, 3), Line(3, "two", 4, 7)]
    for line in lines:
        line.notes["gap_before"] = True
    assert [line.index for line in join_hard_wraps(lines)] == [0, 1]


def test_split_lines_notes_are_not_shared() -> None:
    lines = split_lines("a\nb\n\nc\nd")
    assert [line.notes for line in lines] == [{"gap_before": g} for g in (True, False, True, False)]
    assert len({id(line.notes) for line in lines}) == len(lines)
    lines[1].notes["x"] = 1
    lines[0].notes["gap_before"] = False
    again = split_lines("a\nb\n\nc\nd")
    assert [line.notes for line in again] == [{"gap_before": g} for g in (True, False, True, False)]
    assert "x" not in lines[3].notes


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from("ab .。日\u3000\t-•İß\U0001f600"), max_size=60), max_size=10),
    st.integers(2, 80),
)
def test_stage_matches_the_plain_segmentation_off_the_fast_path(rows: list[str], limit: int) -> None:
    """Lines with spaces at their ends or longer than max_line_chars take split_lines' general path."""
    text = "\n".join(rows)
    got = segment_stage(Document(source="t", text=text), Config(max_line_chars=limit)).lines
    lines = join_hard_wraps(split_lines(text, limit))
    classify_shape(lines)
    assert _fields(got) == _fields(lines)


# --- a byline under a headline is no wrapped line --------------------------------------------------------------


def _joined_texts(rows: list[str]) -> list[str]:
    return [line.text for line in join_hard_wraps(split_lines("\n".join(rows)))]


@pytest.mark.parametrize(("headline", "byline"), [
    ("Casa, cosa cambia per gli inquilini da gennaio", "di Giulia Rossi"),
    ("New rules for renters: what changes in January", "by Jane van der Berg"),
    ("Neue Regeln für Mieter: Was sich im Januar ändert", "von Max Muster"),
    ("Logement : ce qui change pour les locataires en janvier", "par Julie Martin"),
])
def test_lower_case_byline_is_not_joined_to_the_headline(headline: str, byline: str) -> None:
    assert _joined_texts([headline, byline, "The first paragraph of the article starts here."])[:2] == [headline, byline]


@pytest.mark.parametrize(("dek", "byline"), [
    ("Wells in the western counties dropped an average of 3 feet", "by Ingrid Halvorsen, The Prairie Record"),
    ("Irrigation limits are coming to three more districts", "by Jane Doe, The Record of the Plains"),
    ("Die Grundwasserstände sinken in drei Landkreisen weiter", "von Max Muster, Der Landbote"),
])
def test_lower_case_byline_with_its_newsroom_is_not_joined_to_the_dek(dek: str, byline: str) -> None:
    """A nonprofit newsroom's "by Name, Newsroom" under the dek is the byline, no wrapped line of the dek."""
    assert _joined_texts([dek, byline, "The first paragraph of the article starts here."])[:2] == [dek, byline]


@pytest.mark.parametrize("rows", [
    ["The new rules were drafted over the summer and approved", "by the committee after a long debate."],
    ["The plan was first proposed in a report commissioned", "by Mayor Alvarez, who later withdrew it."],
    ["The dam was built in the 1950s and later bought", "by Harlan Brothers, a regional firm based upstream"],
    ["Die neuen Regeln wurden im Sommer ausgearbeitet und dann", "von den Abgeordneten am Dienstag beschlossen."],
    ["The new rules were drafted over the summer and approved", "by The Housing Committee of the city council on Monday"],
])
def test_wrapped_sentence_that_reads_on_with_a_byline_word_is_joined(rows: list[str]) -> None:
    assert _joined_texts(rows) == [" ".join(rows)]


_CJK_PAGE = [
    "柑橘采收以后到第二年春梢萌发之前，是清园的关键时",
    "期。这个时候树体处于相对休眠状态，病菌和害虫大多在",
    "枯枝落叶、树皮裂缝和土壤中越冬，及时清园可以大大减",
    "少来年的病虫基数。",
    "",
]


def _joined(rows: list[str]) -> list[str]:
    return [line.text for line in _staged("\n".join(rows))]


def test_two_line_items_at_the_page_wrap_width_are_joined() -> None:
    """A page that wraps its paragraphs at one width wraps its list items there too: an item of two lines
    (the second may be one character and a full stop) is one paragraph."""
    items = [
        "1. 剪除病虫枝、枯枝和交叉枝，改善树冠通风透光条",
        "件，剪下的枝条要集中带出果园烧毁或深埋。",
        "2. 清扫园内的落叶、烂果和杂草，不要堆放在果园周",
        "边。",
    ]
    texts = _joined([*_CJK_PAGE, *items])
    assert "1. 剪除病虫枝、枯枝和交叉枝，改善树冠通风透光条件，剪下的枝条要集中带出果园烧毁或深埋。" in texts
    assert "2. 清扫园内的落叶、烂果和杂草，不要堆放在果园周边。" in texts


def test_two_headlines_of_one_width_stay_apart_without_a_page_wrap_width() -> None:
    headlines = ["全市中小学课后服务实现全覆盖 家长反映良好", "乡村教师培训计划启动 首批三百人参加培训"]
    assert _joined(["相关新闻", *headlines]) == ["相关新闻", *headlines]


def test_two_lines_of_another_width_stay_apart_on_a_wrapped_page() -> None:
    pair = ["全市中小学课后服务实现全覆盖家长普遍反映良好", "乡村教师培训计划启动首批三百人参加"]
    texts = _joined([*_CJK_PAGE, *pair])
    assert pair[0] in texts and pair[1] in texts


def test_rows_of_a_table_are_not_joined_as_a_wrapped_paragraph() -> None:
    rows = ["药剂名称 稀释倍数 使用时期用量", "石硫合剂 波美1度 12月下旬上", "矿物油乳剂 150倍 1月上旬中", "代森锰锌 600倍 2月中旬下"]
    assert _joined(rows) == rows


def test_wrapped_prose_with_latin_words_is_still_joined() -> None:
    rows = [
        "最近把备份脚本从 cp 换成 rsync，顺便整理",
        "一下用到的 git 参数和踩过的坑，供有类似需求的朋",
        "友参考。第一次备份需要复制全部文件，之后只同步。",
    ]
    assert _joined(rows) == ["".join(rows)]


# Rows of a zh table whose cells are set apart by runs of spaces at the same columns, of one width (the
# table pads its cells): no wrapped paragraph, each row stays a line. (Runs of two spaces, digits in the cells:
# _cell_gaps counts only single spaces after a CJK character, so these rows used to be joined.)
_SPACED_TABLE_ROWS = [
    "北京市海淀区中关村大街  １２３  ４５６  ７８９",
    "上海市浦东新区陆家嘴路  ２３４  ５６７  ８９０",
    "广州市天河区珠江新城路  ３４５  ６７８  ９０１",
]


_ASCII_FIGURE_ROWS = [
    "北京市海淀区中关村大街南段东侧路口  12  34",
    "上海市浦东新区陆家嘴环路北段西门  23  45",
    "广州市天河区珠江新城花城大道中段  34  56",
]


@pytest.mark.parametrize("rows", [_SPACED_TABLE_ROWS, _ASCII_FIGURE_ROWS], ids=["full-width-figures", "ascii-figures"])
def test_rows_of_a_spaced_table_are_not_joined_as_a_wrapped_paragraph(rows: list[str]) -> None:
    assert _joined(rows) == rows


def test_rows_of_a_table_with_figures_are_not_joined_once_normalized() -> None:
    """Normalization collapses the padding to one space: the rows keep as many cells, figures in the same places."""
    rows = normalize_text("\n".join(_ASCII_FIGURE_ROWS))[0].split("\n")
    assert rows[0] == "北京市海淀区中关村大街南段东侧路口 12 34"
    assert _joined(rows) == rows


def test_rows_of_a_spaced_table_on_a_wrapped_page_are_not_joined() -> None:
    texts = _joined([*_CJK_PAGE, *_SPACED_TABLE_ROWS])
    assert all(row in texts for row in _SPACED_TABLE_ROWS)


def test_wrapped_prose_with_spaced_dates_is_still_joined() -> None:
    """Hard-wrapped prose may hold a space or two (a date "3月 5日", a Latin word): it reads on with sentence
    punctuation, and its spaces fall at no common columns."""
    rows = [
        "3月 5日，我们来到山庄采访时，正是春季里一场突如其来的",
        "寒流来临，一路上行人稀少，让这个地处偏僻的农庄愈发显得",
        "冷清。颇有几分萧瑟的意味，办公室里却是一派忙碌的景象。",
    ]
    assert _joined(rows) == ["".join(rows)]


def test_table_rows_on_a_probe_page_stay_rows_through_the_pipeline() -> None:
    """tests/pages/zh_tongji_gongbao_biaoge_hangkuan: a zh statistics note wrapped at one width with a table of
    three rows of one width padded by runs of spaces (a district's name and three figures): each row is kept as a
    paragraph of its own, not one paragraph of three rows."""
    from cleaners import Config, clean_text

    text = (_PAGES / "zh_tongji_gongbao_biaoge_hangkuan.txt").read_text("utf-8")
    kept = clean_text(text, Config()).text.split("\n")
    for row in ("东湖高新技术产业开发区 386 12 95", "西江经济技术开发区管委 274 98 83", "南山生态文化旅游度假区 152 67 71"):
        assert row in kept
    # The wrapped paragraphs around it are still joined.
    assert any(line.startswith("从表中可以看出") and line.endswith("已经开始贡献产值。") for line in kept)
