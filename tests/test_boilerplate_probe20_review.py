"""Review of the probe20 rules (tests/test_boilerplate_probe20_pages.py): where they took article text, and the
languages they missed.

- A document's link with its type alone in brackets ("Full list of grants awarded (PDF)") is furniture under an
  article, but the same shape is an item of a list the article introduces ("You will need to send:" / "Form DS-82
  (PDF)") or an entry of a reference list ("World Bank. Poverty and Shared Prosperity 2020 (PDF)"): those stay.
- A poll's call over its question ("Qu’en pensez-vous ?") is written with a typographic apostrophe, and in every
  language a poll is ("どう思いますか？", "你怎么看？", "Co o tym myślisz?").
- A feedback widget's count runs on after its question in other languages too ("War dieser Artikel hilfreich?
  12 Personen fanden dies hilfreich").

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import removed_line_rules as _removed

P1 = (
    "The passport office says most renewals now take about six weeks, though applications sent in the spring can "
    "take longer because of the holiday season."
)
P2 = (
    "Applicants who need to travel sooner can pay for an expedited service, which the office says cuts the waiting "
    "time to about two weeks for most people."
)
P3 = (
    "Officials advised applicants to check every form carefully before sending it, since an incomplete application "
    "is returned by post and the wait starts again."
)


def test_document_link_in_a_list_the_article_introduces_stays() -> None:
    items = ["You will need to send:", "Your most recent passport", "Form DS-82 (PDF)", "A recent colour photo",
             "Application checklist [DOCX]", "A cheque for the fee"]
    doc = boilerplate_doc(["Renewing a passport: what you need", P1, *items, P2, P3])
    removed = _removed(doc)
    assert "Form DS-82 (PDF)" not in removed
    assert "Application checklist [DOCX]" not in removed


def test_reference_list_entries_with_document_type_stay() -> None:
    refs = ["Smith, J. Coastal erosion survey 2019 [PDF]", "World Bank. Poverty and Shared Prosperity 2020 (PDF)",
            "Environment Agency. Shoreline management plan (PDF)"]
    doc = boilerplate_doc(["Coastal erosion on the east coast", P1, P2, P3, "References", *refs])
    removed = _removed(doc)
    # (no link's rule: the run's end decides on the list, as on a reference list with no document type)
    assert not [t for t in refs if removed.get(t) == "boilerplate:furniture"]


@pytest.mark.parametrize("above", [
    P3,  # under the article's last paragraph
    "Downloads:",  # under a section's label: no sentence introducing a list
])
def test_document_link_under_the_article_goes(above: str) -> None:
    links = ["Full list of grants awarded (PDF)", "Annual report 2025 (PDF)"]
    doc = boilerplate_doc(["New grants for coastal towns", P1, P2, above, *links, "Related news",
                           "Trust publishes its five-year strategy"])
    removed = _removed(doc)
    assert all(removed.get(t) == "boilerplate:furniture" for t in links)


@pytest.mark.parametrize(("call", "question", "options", "button", "language"), [
    ("Qu’en pensez-vous ?", "Faut-il garder les horaires du soir ?", ["Oui", "Non", "Sans avis"], "Voter", "fr"),
    ("What’s your view?", "Should the library keep its evening hours?", ["Yes", "No", "Not sure"], "Vote", "en"),
    ("どう思いますか？", "図書館の夜間開館を続けるべきですか？", ["はい", "いいえ", "わからない"], "投票する", "ja"),
    ("你怎么看？", "图书馆应该保留晚间开放吗？", ["应该", "不应该", "不确定"], "投票", "zh"),
    ("여러분의 생각은?", "도서관 야간 개방을 유지해야 할까요?", ["예", "아니요", "모르겠다"], "투표하기", "ko"),
    ("Co o tym myślisz?", "Czy biblioteka powinna być otwarta wieczorem?", ["Tak", "Nie", "Nie wiem"], "Głosuj", "pl"),
])
def test_poll_call_goes_with_the_poll_in_other_languages(call, question, options, button, language) -> None:
    lead = {"fr": "La mairie veut fermer la bibliothèque à dix-sept heures en semaine dès avril, pour économiser "
                  "environ quatre-vingt-dix mille euros par an, une coupe qui touche surtout ceux qui travaillent.",
            "ja": "市は四月から平日の図書館の閉館時間を午後五時に早める計画で、年間約九百万円の節約になるという。"
                  "しかし夕方の利用者は全体の三分の一を占めている。",
            "zh": "市政府计划从四月起将图书馆工作日的闭馆时间提前到下午五点，每年可节省约九十万元，但晚间读者占全部读者的三分之一。",
            "ko": "시는 4월부터 평일 도서관 폐관 시간을 오후 5시로 앞당길 계획이며, 이를 통해 연간 약 9천만 원을 절약할 수 있다고 밝혔다. "
                  "그러나 저녁 이용자는 전체의 3분의 1을 차지한다.",
            "pl": "Rada miasta chce od kwietnia zamykać bibliotekę o piątej w dni powszednie, aby oszczędzić około "
                  "dziewięćdziesięciu tysięcy złotych rocznie, choć wieczorem przychodzi jedna trzecia czytelników.",
            }.get(language, P1)
    doc = boilerplate_doc(["Title", lead, call, question, *options, button, lead + " " + lead], language)
    removed = _removed(doc)
    assert removed.get(question) == "boilerplate:poll"
    assert removed.get(call) == "boilerplate:poll"


@pytest.mark.parametrize(("text", "language"), [
    ("War dieser Artikel hilfreich? 12 Personen fanden dies hilfreich", "de"),
    ("Cet article a-t-il été utile ? 38 personnes ont trouvé cela utile", "fr"),
    ("¿Te ha resultado útil este artículo? A 38 personas les resultó útil", "es"),
    ("Was this answer helpful? 1,204 users found this helpful", "en"),
])
def test_feedback_prompt_count_in_other_languages(text: str, language: str) -> None:
    assert line_rule(text, language) == "feedback-prompt"
