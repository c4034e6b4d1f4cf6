"""Dates in a year of a Japanese era (probe25): "令和6年4月22日" is 2024-04-22, "令和元年5月1日" 2019-05-01,
"平成31年4月30日" 2019-04-30. Japanese papers and public offices date their pages so; a bare era year ("令和6年度の
予算", "平成30年7月豪雨") names no day and stays unread."""

from __future__ import annotations

import pytest

from cleaners import clean_text, metadata

_PARAGRAPHS = (
    "市は二十二日、新しい子育て支援策を発表した。来年度から、第二子以降の保育料を無料にする。\n"
    "対象となるのは市内に住む約三千世帯で、必要な費用は年間およそ四億円を見込んでいる。\n"
    "市長は記者会見で「子育て世代が住み続けたいと思える町にしたい」と述べた。\n"
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("令和6年4月22日 06:30", "2024-04-22"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
        ("令和 6 年 4 月 22 日", "2024-04-22"),
        ("令和６年１２月３日", "2024-12-03"),
        ("公開日：令和7年1月15日", "2025-01-15"),
    ],
)
def test_japanese_era_years(text: str, iso: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is not None and line.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "令和6年度の予算",
        "平成30年7月豪雨",
        "令和の時代",
        "平成の30年間",
        "6年4月22日",
        "昭和の名曲を平成6年に再録音",
    ],
)
def test_an_era_year_without_a_month_and_day_or_an_era_is_no_such_date(text: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is None or not line.iso.startswith(("2024", "2018", "1994"))


def test_a_page_dated_in_the_reiwa_era_is_read() -> None:
    record = clean_text("市、第二子以降の保育料を無料に\n令和6年4月22日 06:30\n" + _PARAGRAPHS)
    assert record.data["published"] == "2024-04-22"


def test_gregorian_dates_of_other_scripts_are_unchanged() -> None:
    # (the cheap check passes the kanji "令"/"平" lines only; other pages' dates read as before)
    assert metadata.parse_date_line("2024年4月22日").iso == "2024-04-22"
    assert metadata.parse_date_line("民國114年12月4日").iso == "2025-12-04"
    assert metadata.parse_date_line("平日 2024年4月22日").iso == "2024-04-22"
