"""A CJK author label beside the date on one line ("2019-11-28 作者：小熊") makes a pure date line with its author:
the label needs its colon, which the date line's residue had lost, so the line read as a loose date line and
stayed in the body under the title. A sentence after the date is still no date line."""

from __future__ import annotations

import pytest

from cleaners.metadata import _parse_date_line


@pytest.mark.parametrize(("text", "author"), [
    ("2019-11-28 作者：小熊", "小熊"),
    ("2019-11-28 | 作者：王小明", "王小明"),
    ("2025-12-03 14:32 来源：示例日报 作者：王丽", "王丽"),
    ("2019/11/28 撰文：林佳穎", "林佳穎"),
])
def test_a_date_with_a_cjk_author_label_is_a_pure_date_line(text: str, author: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is not None and parsed.tier == "pure" and parsed.author == author


def test_a_sentence_after_the_date_is_no_date_line() -> None:
    assert _parse_date_line("2019-11-28 作者：小熊说今天的天气不错我们去公园玩吧。", None) is None


def test_a_date_with_other_cjk_words_stays_loose() -> None:
    parsed = _parse_date_line("2019-11-28 北京 小雨转晴", None)
    assert parsed is None or parsed.tier == "loose"


# A publication label in Arabic or Hebrew before the date ("تاريخ النشر: 15 يناير 2025", "פורסם: 18.03.2025") leaves
# a pure date line: the Arabic one stayed in the body above the lead.
@pytest.mark.parametrize("text", ["تاريخ النشر: 15 يناير 2025", "نشر بتاريخ 15 يناير 2025", "פורסם: 18.03.2025, 07:45",
                                  "עודכן: 18.03.2025"])
def test_arabic_and_hebrew_publication_labels_make_a_pure_date_line(text: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is not None and parsed.tier == "pure"


def test_an_arabic_sentence_with_a_date_is_no_pure_date_line() -> None:
    parsed = _parse_date_line("تعلن الوزارة عن فتح باب التقديم حتى 15 يناير 2025 للمزارعين في المحافظات", None)
    assert parsed is None or parsed.tier != "pure"


# A Q&A page's asker label ("質問者：ゆずこしょう さん") is a byline: the line went into the title.
@pytest.mark.parametrize(("text", "author"), [("2025/4/2 21:18 質問者：ゆずこしょう", "ゆずこしょう"),
                                              ("2025-04-02 提问者：小熊", "小熊")])
def test_an_asker_label_is_a_cjk_byline(text: str, author: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is not None and parsed.author == author
