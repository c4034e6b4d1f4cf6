"""The byline card between the posts of a Q&A thread (cleaners.boilerplate.qa_cards_transparent): its lines
("asked 3 hours ago", "1,234 reputation", "3 silver badges", "2 Answers", "Sorted by: ...") are removed, and it
does not cut the question off its answers. Negatives: sentences that open with the same words are text, and the
card under the last answer still ends the thread."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule


@pytest.mark.parametrize("text", [
    "asked 3 hours ago", "Asked 3 hours ago", "Modified 2 hours ago", "Viewed 412 times", "Viewed 2k times",
    "answered Mar 3 at 9:12", "answered Jan 13, 2026 at 7:12", "edited yesterday", "Active 5 days ago",
    "asked a week ago", "1,234 reputation", "48.9k reputation", "88 reputation", "3 silver badges",
    "1 gold badge", "improve this answer", "improve this question", "2 Answers", "1 answer",
    "Sorted by: Highest score", "Sorted by: Date modified (newest first)",
    # "asked/answered by <handle>", and the card in Malay and Indonesian
    "asked by mira_okafor", "answered by Daniel Reyes", "ditanya oleh Hafiz_Rahman", "dijawab oleh azman.k",
    "Ditanya 3 bulan lalu", "Dilihat 4,812 kali", "1,204 reputasi", "3 Jawapan", "2 Jawaban",
    "Disusun mengikut: Undian tertinggi", "Diurutkan berdasarkan: Skor tertinggi",
])
def test_byline_lines_of_a_post_are_furniture(text: str) -> None:
    assert line_rule(text) == "qa-meta"


@pytest.mark.parametrize("text", [
    "Asked a question about the budget.",
    "Asked whether he would resign, he said no",
    "Viewed from the hill, the town looks small.",
    "Answered prayers",
    "2 answers were given",
    "Modified cars are banned",
    "Improve this city",
    "Reputation matters",
    "Asked by reporters, he declined.",
    "Ditanya oleh wartawan tentang perkara itu, beliau enggan mengulas lanjut.",
    "Dijawab oleh menteri dalam sidang parlimen semalam.",
    "Reputasi syarikat itu terjejas teruk",
])
def test_sentences_that_open_so_are_text(text: str) -> None:
    assert line_rule(text) != "qa-meta"


QUESTION = [
    "How do I keep a cast iron pan from rusting between uses?",
    "Asked 2 days ago",
    "5",
    "I wash my pan with water after cooking and dry it with a towel, but by the next morning there are orange "
    "spots on the bottom. I have seasoned it twice with vegetable oil in the oven.",
    "Is the towel not enough, or is something wrong with the seasoning itself?",
]
CARD = ["cooking", "cast-iron", "share", "improve this question", "follow", "asked 2 days ago", "Jonas Meyer",
        "641 reputation", "2 bronze badges", "2 Answers", "Sorted by: Highest score", "14"]
ANSWER = [
    "A towel leaves a thin film of water in the pores of the iron. Put the pan back on the hob for two minutes "
    "after drying it, until every trace of moisture is gone.",
    "Then wipe a few drops of oil over the warm surface with a paper towel; that thin layer keeps air and "
    "moisture off the metal until you cook again.",
]
LAST_CARD = ["share", "improve this answer", "answered 2 days ago", "Hana Sato", "9,410 reputation",
             "Your Answer", "Post Your Answer"]
MENU = ["Questions", "Users", "Unanswered"]
RELATED = ["Related questions", "Can I use olive oil to season a pan?", "Why is my wok turning black?"]


def test_the_card_between_question_and_answer_is_removed_and_does_not_cut_the_thread() -> None:
    doc = boilerplate_doc(MENU + QUESTION + CARD + ANSWER + LAST_CARD + RELATED, "en")
    kept = [line.text for line in doc.kept_lines()]
    assert kept == QUESTION[3:] + ANSWER


def test_a_card_after_the_last_post_ends_the_thread() -> None:
    doc = boilerplate_doc(MENU + QUESTION + LAST_CARD + ["Why is my wok turning black?",
                                                          "Can I use olive oil to season a pan?"], "en")
    kept = [line.text for line in doc.kept_lines()]
    assert kept == QUESTION[3:]


def test_one_byline_line_between_paragraphs_is_no_card() -> None:
    # "2 Answers" alone is removed by its line rule; the word above it is no card's tag and stays
    doc = boilerplate_doc(MENU + QUESTION[3:] + ["cooking", "2 Answers"] + ANSWER, "en")
    kept = [line.text for line in doc.kept_lines()]
    assert kept == QUESTION[3:] + ["cooking"] + ANSWER


def test_the_last_lines_of_a_code_block_above_the_card_stay() -> None:
    code_post = QUESTION[3:] + ["for pan in pans:", "    season(pan)", "end"]
    doc = boilerplate_doc(MENU + code_post + CARD + ANSWER + LAST_CARD, "en")
    kept = [line.text for line in doc.kept_lines()]
    assert "end" in kept and "Jonas Meyer" not in kept and "641 reputation" not in kept
    assert kept[-2:] == ANSWER


# A best answer's card (boilerplate.best_answer_cards): the label, the answerer's name and the answer's date
# between the question and the answer go, and the question stays with the answer.
JA_QUESTION = [
    "5年住んだ賃貸マンションを来月退去します。壁の画びょうの穴が10か所ほどあり、管理会社から張り替え費用として4万円と言われました。",
    "画びょうの穴くらいは普通に暮らしていればできるものだと思っていたのですが、全額払わなければいけないのでしょうか。",
]
JA_CARD = ["ベストアンサー", "不動産管理歴10年 さん", "2025/4/3 08:02"]
JA_ANSWER = [
    "画びょう程度の穴は、国のガイドラインで通常の使用による損耗とされていて、原則として貸主の負担です。借主が払う必要はありません。",
    "また、クロスの耐用年数は6年とされているので、5年住んだ場合は仮に借主の過失があっても、負担はかなり小さくなります。",
]
JA_MENU = ["みんなの知恵箱", "トップ", "カテゴリ一覧", "質問する"]
JA_FOOTER = ["この質問に回答する", "関連する質問", "利用規約"]


def test_a_best_answer_card_is_removed_and_keeps_question_and_answer_together() -> None:
    doc = boilerplate_doc(JA_MENU + JA_QUESTION + JA_CARD + JA_ANSWER + JA_FOOTER, "ja")
    kept = [line.text for line in doc.kept_lines()]
    assert kept == JA_QUESTION + JA_ANSWER
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert all(rules[text] == "boilerplate:qa-card" for text in JA_CARD), rules


@pytest.mark.parametrize("label", ["Best answer", "Accepted answer:", "最佳答案", "Лучший ответ"])
def test_best_answer_labels_in_other_languages(label: str) -> None:
    doc = boilerplate_doc(JA_MENU + JA_QUESTION + [label, "Hana Sato"] + JA_ANSWER + JA_FOOTER, "ja")
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules.get(label) == "boilerplate:qa-card" and rules.get("Hana Sato") == "boilerplate:qa-card"


# A Korean answer board's card: the answerer's name with "님 답변" and the answerer's figures row ("채택률 92% ·
# 답변 1,024") are card lines; the question's controls and counters above the label ("내공 50", "신고", "답변 3")
# go too, so the question stays with the answer.
KO_QUESTION = [
    "혼자 사는 직장인인데요, 아침에 나가서 저녁에 들어옵니다. 외출할 때 보일러를 외출 모드로 해두는 게 나은지, 아니면 온도를 "
    "낮춰두는 게 나은지 궁금합니다. 작년 겨울에 가스비가 너무 많이 나와서요.",
]
KO_TOOLS = ["내공 50", "공유하기", "신고", "답변 3"]
KO_CARD = ["채택된 답변", "에너지절약지킴이 님 답변", "채택률 92% · 답변 1,024", "2025.11.28"]
KO_ANSWER = [
    "결론부터 말씀드리면 하루 10시간 이상 집을 비우신다면 외출 모드보다 온도를 2~3도 낮춰 두는 쪽이 대체로 유리합니다.",
    "외출 모드는 보일러가 동파를 막을 정도로만 돌아가기 때문에, 저녁에 돌아와서 다시 난방을 켜면 가스를 한꺼번에 많이 쓰게 됩니다.",
]
KO_MENU = ["지식문답", "질문하기", "홈", "카테고리", "로그인"]
KO_FOOTER = ["도움이 됐어요 128", "이 질문과 비슷한 질문", "보일러 예약 모드 사용법 알려주세요", "이용약관"]


def test_a_korean_best_answer_card_and_the_question_controls_keep_question_and_answer_together() -> None:
    doc = boilerplate_doc(KO_MENU + KO_QUESTION + KO_TOOLS + KO_CARD + KO_ANSWER + KO_FOOTER, "ko")
    kept = [line.text for line in doc.kept_lines()]
    assert kept == KO_QUESTION + KO_ANSWER
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert all(rules[text] == "boilerplate:qa-card" for text in KO_CARD[:3]), rules


@pytest.mark.parametrize("text", ["도움이 됐어요 128", "내공 50", "답변 3", "답변수 12"])
def test_korean_answer_board_counters(text: str) -> None:
    assert line_rule(text, "ko") == "timestamp"


@pytest.mark.parametrize("text", ["비공개 질문 · 조회수 1,284 · 2025.11.28", "김철수 · 조회 1,284 · 2025.11.28", "2025.11.28 · 추천 3"])
def test_a_posts_counter_and_date_row_is_a_counters_row(text: str) -> None:
    assert line_rule(text, "ko") == "counters"


@pytest.mark.parametrize("text", ["서울 · 2025.11.28", "조회수 1,284 · 댓글 3", "2025.11.28 · 추천 3건의 글을 모두 읽고 나서 정리했습니다"])
def test_a_row_without_a_counter_and_a_date_is_no_counters_row(text: str) -> None:
    assert line_rule(text, "ko") != "counters"


@pytest.mark.parametrize("text", ["답변 3개를 모두 읽었습니다", "도움이 됐어요 정말", "내공이 부족합니다"])
def test_korean_lines_that_open_like_counters_are_no_counters(text: str) -> None:
    assert line_rule(text, "ko") != "timestamp"


def test_a_best_answer_label_without_prose_under_it_is_no_card() -> None:
    """A "best answer" line over more short lines than a card holds (a list of links) is left to the other rules:
    the lines under it are not taken as the card."""
    links = ["敷金が全く返ってこないのは普通ですか", "退去費用の見積もりが高すぎる", "原状回復の範囲について", "立ち会いの注意点"]
    doc = boilerplate_doc(JA_MENU + JA_QUESTION + JA_ANSWER + ["ベストアンサー", *links, *JA_ANSWER[:1]], "ja")
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert not any(rules.get(text) == "boilerplate:qa-card" for text in links), rules


@pytest.mark.parametrize("text", ["我有更好的答案", "この質問に回答する", "Answer this question"])
def test_an_answer_button_is_furniture(text: str) -> None:
    assert line_rule(text, "ja" if not text.isascii() else "en") == "furniture"


def test_a_sentence_about_answering_is_text() -> None:
    assert line_rule("Answer this question honestly and you will see why the plan failed.") != "furniture"


# The answer's first line is no card line: a sentence, a command, a quote. Nothing of the answer goes; a label with
# no card under it is left to the other rules.
EN_QUESTION = [
    "How do I undo the last commit in git without losing my changes?",
    "I committed a file by mistake and want to take the commit back, but keep the edits in my working tree so that "
    "I can fix them and commit again.",
]
EN_ANSWER = [
    "This moves the branch back by one commit and leaves your changes staged, so you can edit them and commit "
    "again with a new message.",
    "If you already pushed the commit, use git revert instead, because rewriting shared history will confuse "
    "everybody who pulled it.",
]
EN_MENU = ["Questions", "Tags", "Users", "Ask Question"]
EN_FOOTER = ["Answer this question", "Related questions", "Privacy policy"]


@pytest.mark.parametrize(("page", "answer_start", "language"), [
    (JA_MENU + JA_QUESTION + ["ベストアンサー", "払う必要はありません。", *JA_ANSWER] + JA_FOOTER, ["払う必要はありません。"], "ja"),
    (EN_MENU + EN_QUESTION + ["Accepted answer", "git reset --soft HEAD~1", *EN_ANSWER] + EN_FOOTER,
     ["git reset --soft HEAD~1"], "en"),
    (EN_MENU + EN_QUESTION + ["Best answer", "Yes, easily.", "Use git reset --soft HEAD~1", *EN_ANSWER] + EN_FOOTER,
     ["Yes, easily.", "Use git reset --soft HEAD~1"], "en"),
])
def test_the_first_lines_of_the_answer_are_no_card(page: list[str], answer_start: list[str], language: str) -> None:
    doc = boilerplate_doc(page, language)
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert not any(rules.get(text) == "boilerplate:qa-card" for text in answer_start), rules


def test_an_article_subheading_over_a_quote_is_no_card() -> None:
    paragraphs = [
        "Every second Thursday, the back room of the pub fills with teams of four who pay two pounds each for the "
        "honour of being asked about rivers, kings and pop songs of the 1980s.",
        "The questions are set by a retired teacher, who has written more than six thousand of them since the first "
        "night in 2009.",
        "That was the reply of one team to the question of which animal would make the best waiter, and it won the "
        "prize for the funniest answer of the year.",
        "The money raised goes to the village school, which has bought a new set of books and a piano with it.",
    ]
    heading, quote = "Best answer", "“A penguin, because it is dressed for it”"
    doc = boilerplate_doc(["News", "Culture", "The quiz night that became a town tradition", *paragraphs[:2],
                           heading, quote, *paragraphs[2:], "Share", "© 2025 Town News"], "en")
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules.get(heading) != "boilerplate:qa-card" and rules.get(quote) != "boilerplate:qa-card", rules


def test_a_card_over_an_answer_that_opens_with_a_short_sentence_is_removed() -> None:
    """The card ends at the answer's first sentence, short as it is: the card goes, the sentence stays."""
    doc = boilerplate_doc(EN_MENU + EN_QUESTION + ["Best answer", "Hana Sato", "Yes, easily.", *EN_ANSWER] + EN_FOOTER,
                          "en")
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules.get("Best answer") == "boilerplate:qa-card" and rules.get("Hana Sato") == "boilerplate:qa-card"
    assert "Yes, easily." not in rules
