"""Line rules that must not take a sentence of the article for a call to action or a disclosure.

A clause of an enumerated list ends with a semicolon ("（一）申报单位应为在本市注册的农业企业……；"): a call-to-action
word inside it ("注册", registered) is a word of the sentence (boilerplate._clause_item). Before, the clause was
removed as a promo line, and the hard cut it made lost the notice's first sections with it.
Korean sponsorship disclosures ("이 글은 업체로부터 제품을 무상으로 제공받아 작성되었습니다") are ad disclosures.
"""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(("text", "language"), [
    ("（一）申报单位应为在本市注册的农业企业、农民专业合作社、家庭农场或农业科研推广机构；", "zh"),
    ("（二）已在本区注册登记并依法纳税，近三年无不良信用记录；", "zh"),
    ("c) the number of shares each founder agrees to subscribe, and the price of each;", "en"),
])
def test_a_clause_ending_with_a_semicolon_is_no_promo(text: str, language: str) -> None:
    assert _line_rule(text, language) != "promo"


@pytest.mark.parametrize(("text", "language"), [
    ("立即注册", "zh"),
    ("还没有账号？点击这里免费注册", "zh"),
    ("Sign up", "en"),
])
def test_calls_to_action_stay_promo(text: str, language: str) -> None:
    assert _line_rule(text, language) == "promo"


def test_a_notice_with_a_registered_applicant_clause_keeps_its_first_sections() -> None:
    body = [
        "为加快农业科技成果转化应用，提升农业生产技术水平，现就2026年度农业技术推广项目申报工作有关事项通知如下。",
        "一、申报范围",
        "重点支持粮食作物高产栽培、设施农业节水灌溉、畜禽粪污资源化利用、农产品初加工等领域的技术集成与示范推广。",
        "二、申报条件",
        "（一）申报单位应为在本市注册的农业企业、农民专业合作社、家庭农场或农业科研推广机构；",
        "（二）具有相应的技术力量和示范基地，近三年无不良信用记录；",
        "三、申报时间及方式",
        "申报时间为2025年12月5日至2026年1月10日。申报单位须填写申报书，经所在县（区）农业农村局审核后，统一报送市农业农村局科教科。",
    ]
    doc = boilerplate_doc(["首页", "政务公开", "政务服务", "互动交流", *body, "网站地图 | 联系我们"], "zh")
    kept = {line.text for line in doc.kept_lines()}
    assert set(body) <= kept


@pytest.mark.parametrize("text", [
    "이 글은 업체로부터 제품을 무상으로 제공받아 작성되었습니다.",
    "소정의 원고료를 받아 작성한 솔직한 후기입니다.",
    "브랜드로부터 제품을 제공받아 작성된 후기입니다.",  # (mends3) the post named at its end
])
def test_a_korean_sponsorship_disclosure_is_an_ad_disclosure(text: str) -> None:
    assert _line_rule(text, "ko") == "ad-disclosure"


def test_a_korean_sentence_about_support_is_no_disclosure() -> None:
    text = "정부는 피해 농가가 지원금을 받아 시설을 복구할 수 있도록 신청 기간을 연장했다."
    assert _line_rule(text, "ko") != "ad-disclosure"


# (mends3) The post named at the end as the sentence's own predicate ("...입니다"), not a report of how someone wrote.
@pytest.mark.parametrize("text", [
    "환경부는 지자체로부터 자료를 제공받아 작성된 보고서라고 밝혔다.",
    "그 회고록은 출판사로부터 자료를 제공받아 작성한 글이라고 전했다.",
])
def test_a_korean_report_of_how_a_text_was_written_is_no_disclosure(text: str) -> None:
    assert _line_rule(text, "ko") != "ad-disclosure"

