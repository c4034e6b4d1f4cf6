"""The first section's heading of a notice numbered with CJK numerals ("一、报名条件", "（一）申请材料") right above
its first paragraph is kept when the article holds the next heading of the same numbering, as "I. The Rock" over
"II. School by Post" (extend_first_section_heading). Negatives: a numbered line without its sequel stays out."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.boilerplate import _section_number

ZH_BODY = [
    "本次招募面向全市高校在读学生，旨在为暑期社区图书馆的少儿阅读活动补充人手，服务期间提供交通补贴与志愿时长证明。",
    "志愿者需在服务前参加两次集中培训，了解少儿阅读指导的基本方法以及图书馆日常流通工作的流程和注意事项。",
    "{second}",
    "报名者请于六月十日前将报名表发送至活动邮箱，经初步筛选后，工作人员将以电话方式通知面试的具体时间和地点。",
    "面试合格者将按照本人填报的时间段统一排班，每周服务不少于两个半天，具体安排以最终公布的排班表为准。",
]
JA_BODY = [
    "本年度の市民講座では、地域の歴史資料を読み解く力を身につけることを目的として、全六回の連続講座を開催します。",
    "各回とも市立図書館の多目的室を会場とし、郷土史研究会の会員が講師を務め、実際の古文書を教材として使用します。",
    "{second}",
    "受講を希望される方は、所定の申込書に必要事項を記入のうえ、五月三十一日までに図書館の窓口へ提出してください。",
    "応募者多数の場合は抽選とし、結果は六月上旬までに全員へ郵送でお知らせしますので、あらかじめご了承ください。",
]
HEAD = ["首页", "新闻中心", "通知公告", "当前位置：首页 > 通知公告", "2026年暑期社区图书馆志愿者招募公告"]


def _kept(page: list[str], language: str = "zh") -> str:
    return "\n".join(line.text for line in boilerplate_doc(page, language).lines if line.removal is None)


@pytest.mark.parametrize(("first", "second"), [
    ("一、招募目的", "二、报名方式"),
    ("一、招募目的：", "二、报名方式："),
    ("（一）招募目的", "（二）报名方式"),
    ("(一)招募目的", "(二)报名方式"),
])
def test_the_first_sections_cjk_numbered_heading_is_kept(first: str, second: str) -> None:
    page = [*HEAD, first, *[x.format(second=second) for x in ZH_BODY], "版权所有"]
    kept = _kept(page)
    assert first in kept and second in kept


def test_a_japanese_notices_first_heading_is_kept() -> None:
    page = ["ホーム", "お知らせ", "市民講座のご案内", "一、講座の概要", *[x.format(second="二、申込方法") for x in JA_BODY], "サイトマップ"]
    assert "一、講座の概要" in _kept(page, "ja")


@pytest.mark.parametrize(("above", "second"), [
    ("一、招募目的", "三、报名方式"),  # no sequel to it
    ("三、往期回顾", "二、报名方式"),  # a number its sequel does not follow
    ("一、招募目的", "（二）报名方式"),  # another numbering
    ("（一）招募目的", "二、报名方式"),  # another numbering
    ("1、招募目的", "二、报名方式"),  # another numbering
])
def test_a_cjk_numbered_line_without_its_sequel_stays_out(above: str, second: str) -> None:
    page = [*HEAD, above, *[x.format(second=second) for x in ZH_BODY], "版权所有"]
    assert above not in _kept(page)


@pytest.mark.parametrize(("text", "number"), [
    ("一、培养目标", ("zh、", 1)),
    ("十、其它", ("zh、", 10)),
    ("十二、附则", ("zh、", 12)),
    ("二十一、附则", ("zh、", 21)),
    ("（三）申请材料", ("zh（）", 3)),
    ("第二章 总则", ("zh", 2)),
    ("第十二节", ("zh", 12)),
])
def test_cjk_section_numbers(text: str, number: tuple[str, int]) -> None:
    assert _section_number(text) == number


@pytest.mark.parametrize("text", ["一方面，价格仍在上涨。", "一、", "十分重要", "一个月后", "（注）本表数据为初步统计"])
def test_cjk_prose_is_no_section_number(text: str) -> None:
    assert _section_number(text) is None


# A hard-wrapped first paragraph: its first line is a fragment of prose (no sentence end), the rest under it.
ZH_WRAPPED = [
    "本次招募面向全市高校在读学生，旨在为暑期社区图书馆的少儿阅读活动补充",
    "人手，服务期间提供交通补贴与志愿时长证明。志愿者需在服务前参加两次集中培训，了解少儿阅读指导的基本方法以及图书馆日常流通工作的流程和注意事项。",
    *ZH_BODY[2:],
]
EN_WRAPPED = [
    "The orchard on the east slope was planted in 1911 by a family of",
    "fruit growers who had come up the valley by cart, and for most of the century it supplied the town's market with "
    "pears and late apples until the last of the family sold the land to the parish.",
    "{second}",
    "The survey counted forty-two trees still standing, most of them pears, and found that nine varieties no longer "
    "grow anywhere else in the county, which is why the parish asked for the orchard to be protected.",
    "Volunteers will prune the oldest trees over the winter and graft cuttings onto new rootstock so that each variety "
    "survives even if the parent tree falls in a storm.",
]


@pytest.mark.parametrize(("language", "first", "second", "body"), [
    ("zh", "一、招募目的", "二、报名方式", ZH_WRAPPED),
    ("en", "I. The Orchard", "II. What the Survey Found", EN_WRAPPED),
])
def test_the_first_heading_over_a_hard_wrapped_paragraph_is_kept(language: str, first: str, second: str, body: list[str]) -> None:
    head = HEAD if language == "zh" else ["Home", "News", "Parish", "Heritage", "The old orchard on the east slope"]
    kept = _kept([*head, first, *[x.format(second=second) for x in body], "© 2026"], language)
    assert first in kept and second in kept


def test_the_first_sections_heading_is_not_taken_for_the_title() -> None:
    from stages import clean_lines

    page = [*HEAD, "一、招募目的", *[x.format(second="二、报名方式") for x in ZH_WRAPPED], "版权所有"]
    record = clean_lines(page)
    assert record["title"] != "一、招募目的"
    assert "一、招募目的" in record["text"]
