"""The category row under a wiki page or a post (patterns.CATEGORY_ROW_RE, rule "categories") and a Chinese wiki's
last-modified and licence lines (patterns.LEGAL_NOTICE_RE). Negatives: sentences about categories are text."""

from __future__ import annotations

import pytest
from stages import line_rule

from cleaners import patterns


@pytest.mark.parametrize(("text", "language"), [
    ("Categorías: Faros de Valdemar Edificios y estructuras terminadas en 1864", "es"),
    ("Categories: Lighthouses in Valdemar | Buildings and structures completed in 1864 | Coastal heritage", "en"),
    ("Category: Travel", "en"),
    ("Hidden categories: Articles with short description | Coordinates on Wikidata", "en"),
    ("分类：手工艺 | 非物质文化遗产 | 竹制品", "zh"),
    ("頁面分類：手工藝 | 竹製品", "zh"),
    ("Kategorien: Leuchtturm in Europa | Erbaut in den 1860er Jahren | Baudenkmal", "de"),
    ("Catégories : Phare en Europe | Monument historique", "fr"),
    ("Категории: Маяки | Здания и сооружения, построенные в 1864 году", "ru"),
])
def test_a_category_row_is_furniture(text: str, language: str) -> None:
    assert line_rule(text, language) == "categories"


@pytest.mark.parametrize(("text", "language"), [
    ("Categories of workers covered by the scheme will be widened next year, the minister said.", "en"),
    ("The category of small lighthouses includes most of the towers on the northern coast.", "en"),
    ("分类回收的试点从明年一月开始，先在三个街道推行。", "zh"),
    ("Kategorie B umfasst alle Fahrzeuge bis 3,5 Tonnen, erklärte die Behörde.", "de"),
])
def test_sentences_about_categories_are_not(text: str, language: str) -> None:
    assert line_rule(text, language) != "categories"


@pytest.mark.parametrize("text", [
    "本页面最后修订于2023年10月5日 (星期四) 08:12。",
    "本頁面最後修訂於2023年10月5日 (星期四) 08:12。",
    "本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供。",
])
def test_a_chinese_wiki_footer_line_is_a_legal_notice(text: str) -> None:
    assert patterns.may_be_legal(text) and patterns.LEGAL_NOTICE_RE.search(text)


def test_a_sentence_about_page_layout_is_no_legal_notice() -> None:
    assert not patterns.LEGAL_NOTICE_RE.search("这一页面最上方是目录，下方是正文和参考资料。")
