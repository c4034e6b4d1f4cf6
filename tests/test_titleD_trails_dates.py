"""Title cues of round titleD beyond the first batch (cleaners.metadata):

- " ＞ " (the full-width ">") parts a breadcrumb trail as " > " does: the heading right under such a trail gets the
  under-crumbs bonus (a job posting's heading over the employer's name);
- a trail that ends at the section, repeated by a heading over a date line and a longer headline, names the section
  and not the page (_section_over_dated_headline): neither trail bonus;
- a heading right under a trail that repeats its last crumb with a date after it ("Weekly bulletin for 16 March
  2025") is a title candidate, though it holds a full date (_trail_dated_heading);
- Ethiopian-calendar dates ("ጥር 14 ቀን 2018 ዓ.ም.") are read and converted to the Gregorian calendar;
- a chapter's heading close over its text ("第十四話　嵐の夜に", "Chapter 12: The Long Road") is the title of a
  serial's chapter page, over the work's name and author above the pager (_chapter_heading).
"""

from __future__ import annotations

import pytest

from cleaners import Config, clean_text
from cleaners.document import Line
from cleaners.metadata import (
    _chapter_heading,
    _section_over_dated_headline,
    _trail_dated_heading,
    _under_crumb_trail,
    parse_published,
)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(index=i, text=t, start=0, end=len(t)) for i, t in enumerate(texts)]


def _record(lines: list[str]) -> dict:
    return clean_text("\n".join(lines), config=Config(language_backend="langdetect")).data


# -- the full-width separator ---------------------------------------------------------------------------------------

def test_fullwidth_separator_parts_a_trail() -> None:
    lines = _lines(["ホーム ＞ 求人 ＞ 物流 ＞ 倉庫作業", "【パート】倉庫内の仕分けスタッフ／週3日から"])
    assert _under_crumb_trail(lines, 1)
    assert not _under_crumb_trail(_lines(["ホーム＞求人", "【パート】倉庫内の仕分けスタッフ／週3日から"]), 1)


JOB_BODY = [
    "当社は県内の食品スーパーに商品を届ける物流センターを運営しています。入荷した商品を店舗ごとに仕分け、出荷の準備をするお仕事です。",
    "重い荷物は機械で運ぶため、力仕事はほとんどありません。未経験の方も先輩スタッフが一から丁寧に教えますので安心してください。",
    "勤務は午前9時から午後3時までで、週3日からご相談に応じます。扶養の範囲内で働きたい方も歓迎します。",
    "応募後、担当者より3営業日以内にご連絡いたします。面接は一回のみで、履歴書は不要です。",
]
JOB_PAGE = [
    "求人ひろば", "仕事を探す", "エリアから探す", "ログイン", "会員登録", "ホーム ＞ 県内の求人 ＞ 物流・倉庫 ＞ 仕分け",
    "【パート】倉庫内の仕分けスタッフ／週3日から・未経験歓迎", "株式会社ひかり物流", "県央市", "時給1,100円〜1,250円",
    "掲載期間：2025年5月1日〜2025年5月31日", "気になるリストに追加", "仕事内容", *JOB_BODY, "応募する", "会社概要",
    "利用規約", "プライバシーポリシー",
]


def test_job_heading_under_a_fullwidth_trail_beats_the_employer_name() -> None:
    assert _record(JOB_PAGE)["title"] == "【パート】倉庫内の仕分けスタッフ／週3日から・未経験歓迎"


# -- a trail that ends at the section ------------------------------------------------------------------------------

def test_section_heading_over_a_dated_headline() -> None:
    lines = _lines(["Home > Investors > Press releases", "Press releases", "4 December 2025",
                    "Harbour Freight Group raises its full-year outlook after a strong third quarter", "Print"])
    assert _section_over_dated_headline(lines, 1)
    # no date under it: the page's own heading
    lines = _lines(["Home > Investors > Press releases", "Press releases",
                    "Harbour Freight Group raises its full-year outlook after a strong third quarter"])
    assert not _section_over_dated_headline(lines, 1)
    # the trail does not end with it
    lines = _lines(["Home > Investors > Annual reports", "Press releases", "4 December 2025",
                    "Harbour Freight Group raises its full-year outlook after a strong third quarter"])
    assert not _section_over_dated_headline(lines, 1)


# -- a dated heading the trail names -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("trail", "heading", "expected"),
    [
        ("Home » Notices » Weekly bulletin", "Weekly bulletin for 16 March 2025", True),
        ("Почетна » Најаве » Недељни билтен", "Недељни билтен за 23. март 2025.", True),
        ("Home » Notices » Weekly bulletin", "Weekly bulletin", False),  # no date: the plain crumb's cue
        ("Home » Notices » Weekly bulletin", "Monthly letter for 16 March 2025", False),  # another name
        ("Home » Notices » Bulletin", "Bulletin for 16 March 2025", False),  # a one-word crumb names a section
        # a long sentence after the crumb is no dated name
        ("Home » Notices » Weekly bulletin", "Weekly bulletin readers told us on 16 March 2025 that the new layout "
         "was hard to read on phones", False),
    ],
)
def test_trail_dated_heading(trail: str, heading: str, expected: bool) -> None:
    assert _trail_dated_heading(_lines([trail, heading]), 1) is expected


# -- Ethiopian dates -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ጥር 14 ቀን 2018 ዓ.ም.", "2026-01-22"),
        ("መስከረም 1 ቀን 2018 ዓ.ም.", "2025-09-11"),  # the Ethiopian new year
        ("መስከረም 1 ቀን 2016 ዓ.ም.", "2023-09-12"),  # (before a Gregorian leap year, on the 12th)
        ("ጳጉሜ 6, 2015", "2023-09-11"),  # the leap Pagume's sixth day
        ("ታህሳስ 29 2018", "2026-01-07"),
    ],
)
def test_ethiopian_dates_are_read(text: str, expected: str) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["ጥር 31 ቀን 2018 ዓ.ም.", "ጳጉሜ 7 2015"])
def test_no_ethiopian_date(text: str) -> None:
    # months of thirty days, and a Pagume of five or six
    assert parse_published(text) is None


BULLETIN_BODY = [
    "Dear members, on Sunday the choir sings at the morning service, and everyone is invited to the hall afterwards "
    "for tea and cake prepared by the youth group.",
    "During the winter months the evening service is held every Wednesday at six. The vestry is open before and "
    "after it for anyone who wishes to speak with the vicar.",
    "Parents are reminded that the children's Sunday school now meets on Saturday mornings at ten in the small hall.",
]


def test_a_cleaned_bulletin_keeps_its_dated_title() -> None:
    """The record of a page whose trail named its dated heading opens with that heading; cleaned again, the heading
    (a series' name of two words, its link word and a date closed by a dot) is still the title: no trail is left to
    vouch for it, the record's opening does."""
    page = ["Saint Aidan's Parish", "Home", "Services", "Notices", "Contact", "Home » Notices » Weekly bulletin",
            "Weekly bulletin for 16. March 2025.", "Posted: 14 March 2025", "Author: Parish office", "Print",
            *BULLETIN_BODY, "Saint Aidan's Parish", "Privacy"]
    first = _record(page)
    assert first["title"] == "Weekly bulletin for 16. March 2025."
    second = clean_text(first["text"], config=Config(language_backend="langdetect")).data
    assert second["title"] == first["title"]
    assert second["text"] == first["text"]


# -- a chapter's heading over its text -----------------------------------------------------------------------------

CHAPTER_TEXT = "その夜、港には三年ぶりの大きな嵐が来た。窓を叩く雨の音で目を覚ました少女は、灯台の明かりが消えていることに気づいた。"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (["灯台守の娘", "作者：しずく", "目次", "14/52", "第十四話　嵐の夜に", CHAPTER_TEXT], True),
        (["The Salt Road", "Previous Chapter", "Chapter 12: The Long Road", "Contents", CHAPTER_TEXT], True),
        (["Глава 7. Буря", CHAPTER_TEXT], True),
        (["제12화 마지막 불빛", CHAPTER_TEXT], True),
        # a table of contents: chapter headings one under another
        (["第十三話　灯台の夜", "第十四話　嵐の夜に", CHAPTER_TEXT], False),
        # far from the text, or a heading without a name
        (["第十四話　嵐の夜に", "a", "b", "c", "d", "e", CHAPTER_TEXT], False),
        (["第十四話", CHAPTER_TEXT], False),
        (["Chapters 1-3 recap", CHAPTER_TEXT], False),
    ],
)
def test_chapter_heading(rows: list[str], expected: bool) -> None:
    lines = _lines(rows)
    anchor = len(rows) - 1
    i = max(k for k, row in enumerate(rows[:anchor]) if row.startswith(("第", "Chapter", "Глава", "제")))  # the lowest
    assert _chapter_heading(lines, i, anchor) is expected
