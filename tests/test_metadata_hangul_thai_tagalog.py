"""Metadata in Korean, Thai and Filipino page headers.

- Korean prose ends its sentences with a Latin full stop ("...써 봤습니다."), not "。": a Korean paragraph of
  fewer than 80 Hangul was no prose (metadata.is_prose), so the body started further down and a list item above
  it became the title.
- A Korean post's author label without a colon ("작성자 리뷰랩 에디터 김소연") and a Thai "โดย" ("by") byline are
  bylines, never the title.
- Filipino month names ("Disyembre 3, 2025").
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import is_prose, parse_byline, parse_date_line


@pytest.mark.parametrize("text", [
    "요즘 에어프라이어 하나쯤은 다들 있으시죠. 저는 쓰던 제품이 고장 나서 바꿀 겸, 바스켓이 큰 모델을 써 봤습니다.",
    "소음은 생각보다 조용한 편이었어요. 다만 처음 두세 번은 냄새가 조금 났습니다.",
])
def test_korean_sentences_with_a_latin_full_stop_are_prose(text: str) -> None:
    assert is_prose(text)


@pytest.mark.parametrize("text", [
    "5리터 에어프라이어 3주 사용기, 살까 말까 고민이라면",  # a headline: no sentence end
    "타이머 버튼의 반응이 조금 느림",
    "베란다 상추 키우기",
])
def test_korean_headlines_and_list_items_are_no_prose(text: str) -> None:
    assert not is_prose(text)


@pytest.mark.parametrize(("text", "name"), [
    ("작성자 리뷰랩 에디터 김소연", "리뷰랩 에디터 김소연"),
    ("글쓴이: 햇살엄마", "햇살엄마"),
    ("โดย ทีมงานบอกต่อ", "ทีมงานบอกต่อ"),
])
def test_korean_and_thai_author_labels_are_bylines(text: str, name: str) -> None:
    assert parse_byline(text) == name


def test_a_thai_sentence_opening_with_the_by_word_is_no_byline() -> None:
    assert parse_byline("โดยทั่วไปแล้วเครื่องฟอกอากาศควรเปลี่ยนไส้กรองทุกหกเดือน") is None


@pytest.mark.parametrize(("text", "iso"), [
    ("Disyembre 3, 2025 | 4:15 PM", "2025-12-03"),
    ("Nobyembre 28, 2024", "2024-11-28"),
    ("Hulyo 4, 2023", "2023-07-04"),
])
def test_filipino_month_names_are_read(text: str, iso: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.iso[:10] == iso


def test_a_korean_review_gets_its_headline_not_a_cons_item_as_title() -> None:
    page = "\n".join([
        "리빙템 리뷰랩", "홈", "주방가전", "생활가전", "리뷰", "로그인", "홈 > 리뷰 > 주방가전",
        "[솔직후기] 5리터 에어프라이어 3주 사용기, 살까 말까 고민이라면",
        "작성자 리뷰랩 에디터 김소연", "2025-12-02 14:20",
        "요즘 에어프라이어 하나쯤은 다들 있으시죠. 저는 쓰던 제품이 고장 나서 바꿀 겸, 바스켓이 큰 5리터 모델을 3주 동안 매일 써 봤습니다.",
        "가장 먼저 느낀 건 용량이에요. 냉동 치킨 한 봉지를 한 번에 넣어도 겹치지 않아서, 중간에 한 번만 뒤집어 주면 골고루 익었습니다.",
        "장점", "바스켓이 넓어서 4인 가족도 한 번에 조리 가능", "온도를 5도 단위로 조절할 수 있음",
        "단점", "본체가 커서 좁은 주방에는 부담스러움", "타이머 버튼의 반응이 조금 느림",
        "종합하면, 가족이 많거나 한 번에 많이 조리하는 집이라면 충분히 만족할 만한 제품입니다. 주방이 좁다면 설치할 자리부터 먼저 재 보시길 권해요.",
        "관련 상품", "이용약관", "개인정보처리방침",
    ])
    record = clean_text(page)
    assert record["title"] == "[솔직후기] 5리터 에어프라이어 3주 사용기, 살까 말까 고민이라면"
    assert record["published"] == "2025-12-02"
