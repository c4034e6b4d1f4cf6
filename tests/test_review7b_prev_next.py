"""Review of probe19's previous/next article links and its other new rules (review7b): one rule, "post-nav", for
the link to the previous or next article in any language, a sentence after "下一篇：" kept, and what stays open."""

from __future__ import annotations

from functools import partial

import pytest
from stages import line_rule

from cleaners import clean_text

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(("text", "language"), [
    ("上一篇：一图读懂失业保险稳岗返还政策", "zh"),
    ("« 上一篇：写给新手的正则入门", "zh"),
    ("下一篇文章：协程入门", "zh"),
    ("上一則：市府公布明年預算案", "zh"),
    ("下一則：颱風假標準說明", "zh"),
    ("次の記事：冬の節電対策まとめ", "ja"),
    ("이전글: 2025년 하반기 채용 공고", "ko"),
    ("다음글 : 독서 모임 회원 모집", "ko"),
    ("Article précédent : Les prix de l'énergie baissent enfin", "fr"),
    ("Artículo siguiente: Cómo plantar tomates en maceta", "es"),
    ("Vorheriger Artikel: Die schönsten Wanderwege im Harz", "de"),
    ("Предыдущая статья: Как выбрать городской велосипед", "ru"),
    ("Próximo artigo: Como plantar tomate em vaso", "pt"),
])
def test_a_link_to_the_previous_or_next_article_is_post_nav_in_every_language(text: str, language: str) -> None:
    # The same furniture as the English "Previous post: <title>" (probe18), under one rule id and reason; the
    # word names the article itself ("篇", "記事", "글", "article"), so no arrow is needed.
    assert _line_rule(text, language) == "post-nav"


@pytest.mark.parametrize(("text", "language"), [
    ("下一篇：我们将介绍灵活就业人员的缴费办法，欢迎继续阅读本系列。", "zh"),
    ("次の記事：ここでは設定ファイルの書き方を説明しましたが、次回は運用について書きます。", "ja"),
    ("下一篇文章将介绍灵活就业人员的缴费办法，敬请关注。", "zh"),
    ("Article suivant : nous verrons comment les loyers sont encadrés dans les grandes villes.", "fr"),
])
def test_a_sentence_after_the_previous_or_next_word_is_text(text: str, language: str) -> None:
    # A link's title ends with no full stop (as the English rule reads it); a full sentence is the writer's.
    assert _line_rule(text, language) is None


def test_a_sentence_announcing_the_next_article_stays_in_the_page() -> None:
    page = (
        "社保缴费基数解读\n"
        "为进一步规范企业职工基本养老保险缴费工作，现将本年度缴费基数标准调整情况解读如下，请各单位认真做好衔接。\n"
        "缴费基数上下限按照上一年度全省城镇单位就业人员平均工资确定，下限为平均工资的百分之六十。\n"
        "下一篇：我们将介绍灵活就业人员的缴费办法，欢迎继续阅读本系列。\n"
        "新标准自明年一月一日起执行，已按原标准预缴的，由税务部门统一办理补退，职工无需另行申请。\n"
        "如有疑问，可拨打服务热线咨询，工作人员将在工作日内予以答复。\n"
    )
    assert "我们将介绍灵活就业人员的缴费办法" in clean_text(page).text


def test_korean_previous_and_next_links_under_a_notice_are_removed() -> None:
    page = (
        "도서관 휴관 안내\n"
        "도서관은 시설 보수 공사로 인해 다음 달 첫째 주부터 둘째 주까지 휴관합니다. 이용에 불편을 드려 죄송합니다.\n"
        "휴관 기간 중 반납은 도서관 정문 옆 무인 반납함을 이용해 주시기 바랍니다. 연체료는 부과되지 않습니다.\n"
        "이전글: 2025년 하반기 채용 공고\n"
        "다음글: 독서 모임 회원 모집\n"
    )
    text = clean_text(page).text
    assert "이전글" not in text and "다음글" not in text
    assert "무인 반납함" in text


@pytest.mark.xfail(strict=True, reason=(
    "the headless newsletter-box rule (probe19) takes any line of 4-40 words that names a newsletter or e-mail "
    "and holds a call-to-action word when a short sign-up line follows: an article's closing advice right over "
    "the box reads the same as the box's own blurb"))
def test_closing_advice_about_newsletters_over_a_signup_field_stays() -> None:
    page = (
        "Email scams on the rise\n"
        "Fraudsters sent more fake delivery notices this winter than in any year before, the consumer office said.\n"
        "Most of the messages ask the reader to confirm an address or pay a small customs fee through a link.\n"
        "The office advises people to check the sender's address and to call the company on a known number.\n"
        "Never subscribe to a newsletter from an e-mail you did not expect, and report the message instead.\n"
        "Your email\n"
        "Subscribe\n"
    )
    assert "Never subscribe to a newsletter" in clean_text(page).text
