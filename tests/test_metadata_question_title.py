"""A cleaned text that opens with a question headline (cleaners.metadata._past_question_headline): cleaned again,
the question stays its title, not its first paragraph (is_prose takes a question of six words for one).
Negatives: an opening paragraph that asks and answers, and a question that is no headline, stay body text."""

from __future__ import annotations

from cleaners import clean_text

BODY = [
    "A towel leaves a thin film of water in the pores of the iron. Put the pan back on the hob for two minutes "
    "after drying it, until every trace of moisture is gone.",
    "Then wipe a few drops of oil over the warm surface with a paper towel; that thin layer keeps air and "
    "moisture off the metal until you cook again.",
    "Stored this way, a seasoned pan stays free of rust for months, even in a damp kitchen or a holiday cottage.",
]


def _record(first: str):
    return clean_text("\n\n".join([first, *BODY]))


def test_a_question_headline_opening_a_cleaned_text_is_its_title() -> None:
    title = "How do I keep a cast iron pan from rusting between uses?"
    record = _record(title)
    assert record["title"] == title
    assert [p["text"] for p in record.paragraphs] == BODY


def test_a_question_headline_is_kept_on_a_second_cleaning() -> None:
    first = _record("Why does my sourdough loaf spread flat instead of rising in the oven?")
    second = clean_text(first.text)
    assert second.text == first.text and second["title"] == first["title"]


def test_an_opening_paragraph_that_asks_and_answers_is_body() -> None:
    lead = "Why? Because the council said so, and nobody asked the residents what they wanted."
    record = _record(lead)
    assert record["title"] != lead
    assert lead in [p["text"] for p in record.paragraphs]


def test_an_opening_statement_is_not_moved() -> None:
    lead = "The pan had rusted overnight, and the orange spots would not come off with a brush."
    record = _record(lead)
    assert lead in [p["text"] for p in record.paragraphs]


# --- a CJK encyclopedia entry's title of two or three characters (metadata._cjk_subject_name) ---------------------

WIKI_LEAD = "竹编是用竹篾编织器物的一种传统手工艺，在中国南方各地流传广泛，常见的产品有竹篮、竹席和竹篓。"
WIKI_MORE = "竹编的历史可以追溯到新石器时代。考古学者在多处遗址中发现了竹编器物的残片和印痕，说明当时已经开始编织。"


def _wiki(title: str, lead: str = WIKI_LEAD) -> str:
    return "\n".join(["首页", "分类索引", "随机条目", "登录", title, "内容由用户共同编写的知识条目，欢迎参与", lead, WIKI_MORE,
                      "隐私政策", "免责声明"])


def test_a_two_character_name_that_opens_the_lead_is_the_title() -> None:
    assert clean_text(_wiki("竹编"))["title"] == "竹编"


def test_a_two_character_menu_item_the_lead_does_not_open_with_is_no_title() -> None:
    assert clean_text(_wiki("帮助"))["title"] != "帮助"


def test_a_latin_short_line_that_opens_the_lead_gets_no_bonus() -> None:
    from cleaners.metadata import _cjk_subject_name

    assert _cjk_subject_name("竹编", WIKI_LEAD)
    assert not _cjk_subject_name("Go", "Go is a programming language designed at a search company.")
    assert not _cjk_subject_name("竹编是", "竹编是")
