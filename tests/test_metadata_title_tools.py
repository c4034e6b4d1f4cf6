"""A forum thread's title without the tool links printed after it (cleaners.metadata._title_text): "[复制链接]",
"[複製鏈接] [只看樓主]", "[Copy link]". Negatives: a title that ends with a bracketed word of its own keeps it."""

from __future__ import annotations

import pytest

from cleaners.metadata import _title_text


@pytest.mark.parametrize(("line", "title"), [
    ("[线路分享] 武夷山三天两晚徒步路线，附住宿和补给点 [复制链接]", "[线路分享] 武夷山三天两晚徒步路线，附住宿和补给点"),
    ("[家常菜] 三杯雞不用酒也能很香的做法 [複製鏈接] [只看樓主]", "[家常菜] 三杯雞不用酒也能很香的做法"),
    ("求助：笔记本开机黑屏怎么办【打印】", "求助：笔记本开机黑屏怎么办"),
    ("Best budget tent for a wet summer? [Copy link]", "Best budget tent for a wet summer?"),
    ("Title: Harbour ferry timetable changes [Print]", "Harbour ferry timetable changes"),
])
def test_tool_links_after_a_title_are_dropped(line: str, title: str) -> None:
    assert _title_text(line) == title


@pytest.mark.parametrize("line", [
    "Ferry fares rise again [updated]",
    "The mayor's budget speech [full text]",
    "新手入门教程【图文】",
    "[复制链接]",
])
def test_a_bracketed_word_of_the_title_stays(line: str) -> None:
    assert _title_text(line) == line
