"""Review of probe19's Republic of China years (review7b): the same date typeset with spaces around its numbers."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_PARAGRAPHS = (
    "新制度實施後，申請人可直接線上辦理，不必再到櫃台排隊，相關系統已完成測試並開放試用。\n"
    "為減少民眾等候時間，各區公所將同步增設自助服務機，並安排志工協助年長者操作。\n"
)


@pytest.mark.parametrize("dateline", ["民國 114 年 12 月 4 日", "中華民國 114 年 12 月 4 日", "發布日期：114 年 12 月 4 日"])
def test_a_republic_of_china_date_with_spaced_numbers_is_read(dateline: str) -> None:
    # Taiwanese typesetting puts spaces between the numbers and 年/月/日, as it does in Gregorian dates.
    record = clean_text("市府新聞稿\n" + dateline + "\n" + _PARAGRAPHS)
    assert record.data["published"] == "2025-12-04"


def test_a_republic_of_china_date_in_a_sentence_is_no_dateline() -> None:
    page = "辦法修正說明\n" + _PARAGRAPHS + "本辦法自民國 101 年 1 月 1 日起施行，後來在民國 108 年修正過一次，這次是第二次大幅修正。\n"
    assert clean_text(page).data["published"] is None
