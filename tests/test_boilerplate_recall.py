"""Article content the main-run search must not lose: a last paragraph that does not end with a sentence
end (a byline in parentheses after it)."""

from __future__ import annotations

from cleaners.boilerplate import boilerplate_stage
from cleaners.config import Config
from cleaners.document import Document
from cleaners.segment import segment_stage


def _stage(text: str, language: str) -> Document:
    doc = Document(source="t", text=text)
    segment_stage(doc, Config())
    doc.language = language
    for line in doc.lines:
        line.language = language
    return boilerplate_stage(doc, Config())


def _kept(doc: Document) -> list[str]:
    return [line.text for line in doc.kept_lines()]


# --- a last paragraph without a sentence end ---------------------------------------------------------


def test_a_chinese_last_paragraph_that_ends_with_a_byline_in_parentheses_is_kept() -> None:
    article = [
        "近日，省工业和信息化厅发布了年度绿色制造名单，我省共有十五家企业入选国家级绿色工厂，比上一年增加了六家。",
        "据了解，入选企业主要分布在建材、化工和电子信息等行业，其中有九家是近三年新建或技术改造后投产的项目。",
    ]
    # Dense prose with few function characters, two sentence ends, and the reporter's name after the last one.
    last = (
        "今年全省新增绿色工厂十四家、绿色园区两个，单位工业增加值能耗同比下降百分之三点二。"
        "省工业和信息化厅相关负责人表示，下一步将继续完善政策体系，推动重点行业节能降碳改造。（记者 王晓东）"
    )
    doc = _stage("\n".join(["首页", "新闻", "财经", *article, last, "责任编辑：李明", "版权所有 © 2024 东岭网"]), "zh")
    assert _kept(doc) == [*article, last]


def test_a_line_after_the_article_without_two_sentences_still_ends_it() -> None:
    """The tail goes on over prose only: a long headline-like line, a teaser, a footer still end it."""
    article = [
        "近日，省工业和信息化厅发布了年度绿色制造名单，我省共有十五家企业入选国家级绿色工厂，比上一年增加了六家。",
        "据了解，入选企业主要分布在建材、化工和电子信息等行业，其中有九家是近三年新建或技术改造后投产的项目。",
    ]
    after = [
        "东岭网新闻中心 东岭网地方频道 东岭网财经频道 东岭网体育频道 东岭网视频频道 东岭网图片频道 东岭网专题频道",
        "全市中小学课后服务实现全覆盖",
        "版权所有 © 2024 东岭网",
    ]
    doc = _stage("\n".join(["首页", "新闻", *article, *after]), "zh")
    assert _kept(doc) == article


def test_an_english_closing_line_that_ends_with_a_credit_is_kept_and_a_blurb_after_a_heading_is_not() -> None:
    article = [
        "Otters have been recorded breeding in the upper reaches of the valley for the first time since the "
        "early 1980s, according to a survey published on Wednesday by a regional wildlife trust.",
        "Volunteers checked 62 sites along the river and its tributaries over two winters, looking for "
        "footprints and feeding remains, and found signs of otters at 41 of them.",
    ]
    # Few stopwords (a run of names and figures), two sentence ends, and a credit after them.
    last = (
        "Sites: Upper Mill 9, Kerrow Weir 7, Halton Ford 6, Brackley Pools 5, Stow Marsh 4. "
        "Survey: Valley Wildlife Trust, Otter Network volunteers. Data — VWT winter counts"
    )
    blurb = (
        "Read our guide to spotting otters. It explains which signs to look for on a riverbank and when "
        "in the year you are most likely to find them, with photos of prints and spraints."
    )
    doc = _stage("\n".join(["Home", "News", *article, last, "Share this article", blurb, "© 2024 Valley Courier"]), "en")
    kept = _kept(doc)
    assert kept[:3] == [*article, last]
    assert blurb not in kept
