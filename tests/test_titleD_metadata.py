"""Title shapes of round titleD (cleaners.metadata):

- a Hangul syllable is no teaser marker: Korean spaces its words and many are one syllable long ("새 학기부터 ...",
  "이 달 ..."), so a headline and its subheads opening with one are no run of marked teasers (_list_run_item);
- Korean deks compare by their words as Latin ones do (_dek_below), and a stack of two or three subheads between
  the headline and the byline leaves the headline on top (_dek_below_within);
- a breadcrumb trail's last crumb, repeated by a line under it, is the title, even when a column's label was glued
  after the headline in the dump ("<headline> <sidebar label>": _trail_end, _repeats_trail_end);
- a desk's lower-case name glued before a headline ("world Council approves ...") is no part of the title
  (_desk_label_split).
"""

from __future__ import annotations

import pytest

from cleaners import Config, clean_text
from cleaners.document import Line
from cleaners.metadata import (
    _desk_label_split,
    _list_run_item,
    _repeats_trail_end,
    _title_text,
    _trail_end,
)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(index=i, text=t, start=0, end=len(t)) for i, t in enumerate(texts)]


def _title(lines: list[str], language: str = "en") -> str | None:
    record = clean_text("\n".join(lines), config=Config(language_backend="langdetect"))
    assert record["language"] == language
    return record["title"]


# -- Hangul markers ------------------------------------------------------------------------------------------------

KO_HEAD = ["새 학기부터 마을버스 막차 밤 12시까지 연장", "이 달 말부터 노선별 시간표 공개…심야 수요 반영",
           "첫 해 12개 노선서 시범 운행"]


def test_korean_lines_opening_with_a_one_syllable_word_are_no_marker_run() -> None:
    lines = _lines(KO_HEAD)
    assert not any(_list_run_item(lines, i) for i in range(len(lines)))


def test_cjk_one_character_markers_still_make_a_run() -> None:
    lines = _lines(["今 天气转凉 多地迎来降温", "日 城市公园新增儿童游乐区", "推 老街改造工程年底完工", "荐 图书馆延长周末开放时间"])
    assert all(_list_run_item(lines, i) for i in range(len(lines)))


KO_BODY = [
    "새 학기부터 시내 마을버스의 막차 시간이 밤 12시까지 늦춰진다. 시는 19일 이런 내용을 담은 심야 교통 개선 방안을 발표했다.",
    "지금까지 대부분의 마을버스는 밤 10시 전후에 운행을 마쳐 늦게 귀가하는 주민들이 택시를 타거나 먼 길을 걸어야 했다.",
    "시는 올해 12개 노선에서 시범 운행을 한 뒤 이용객이 많은 노선부터 차례로 늘릴 계획이다.",
    "운수 업체들은 야간 근무 수당을 시가 지원하는 조건으로 연장 운행에 동의했다.",
    "한 주민은 \"야근을 마치고 집에 갈 방법이 생겨 다행\"이라고 말했다.",
]


@pytest.mark.parametrize("subheads", [1, 2])
def test_korean_headline_over_its_subheads_is_the_title(subheads: int) -> None:
    page = ["본문 바로가기", "정치", "경제", "사회", "로그인", "사회 > 교통", KO_HEAD[0], *KO_HEAD[1 : 1 + subheads],
            "박지훈 기자", "입력 2025.03.19 09:12", *KO_BODY, "많이 본 뉴스", "회사소개", "개인정보처리방침"]
    assert _title(page, "ko") == KO_HEAD[0]


# -- the trail's last crumb ----------------------------------------------------------------------------------------

def test_trail_end_is_the_lowest_trail_with_a_heading_long_crumb() -> None:
    lines = _lines(["Tales > Fables", "Tales > Fables > April > The Crow And The Lantern", "Word of the day"])
    assert _trail_end(lines, 0, 3) == (1, "The Crow And The Lantern")
    # a one-word last crumb names a section, not the page's heading
    assert _trail_end(_lines(["Home > News > World", "World leaders meet at the summit"]), 0, 2) is None
    # two crumbs are no trail for this cue
    assert _trail_end(_lines(["Fables > The Crow And The Lantern"]), 0, 1) is None


CROW = "The Crow And The Lantern"


@pytest.mark.parametrize(
    ("text", "crumb", "glued", "expected"),
    [
        (CROW, CROW, False, True),
        (CROW + " Word of the day", CROW, True, True),
        ("カラスとランプ きょうの花", "カラスとランプ", True, True),  # an ideographic column's label
        ("カラスとランプ きょうの花", "キツネとブドウ", True, False),  # another crumb: no repeat
        (CROW + " Word of the day", CROW, False, False),  # right under the trail: the whole headline
        (CROW + " went out at night, and the fox saw it.", CROW, True, False),  # a sentence
        (CROW + " via the old mill road", CROW, True, False),  # the headline goes on in lower case
        (CROW + "s", CROW, True, False),  # no space after the crumb
    ],
)
def test_repeats_trail_end(text: str, crumb: str, glued: bool, expected: bool) -> None:
    assert _repeats_trail_end(text, crumb, glued) is expected


STORY = [
    "A crow found a small lantern at the edge of the village one winter evening and carried it up into an old oak.",
    "All night the lantern glowed among the branches, and the other birds came to sit near its warm light.",
    "In the morning the crow was tired and cross, for the light had kept him awake, and he dropped the lantern.",
    "It fell into the snow and went out, and the birds flew away, leaving the crow alone in the cold tree.",
    "What we keep only for show may cost us more than it gives.",
]
TRAIL_PAGE = [
    "Tales Corner > Fables", "Tales Corner > Fables > April Fables > The Crow And The Lantern", "A fable a day",
    "Today is", "International Kite Day", "The Crow And The Lantern Word of the day", "Lantern",
    "Born on this day", "Paper crafts", "Fold a paper crane", "Riddles", "Which bird never sleeps at night?",
    "Listen to the story", "Little spells for good luck 027", *STORY, "The end.", "Tales Corner", "Fables by month",
    "January", "February", "Contact", "Privacy",
]


def test_glued_trail_end_line_gives_the_crumb_as_title() -> None:
    assert _title(TRAIL_PAGE) == "The Crow And The Lantern"


def test_without_the_trail_the_glued_line_is_not_cut() -> None:
    page = [line for line in TRAIL_PAGE if " > " not in line]
    assert _title(page) != "The Crow And The Lantern"


# -- a desk's lower-case name glued before the headline -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("world Council approves late-night ferry service", "Council approves late-night ferry service"),
        ("local news Storm closes the harbour promenade", "Storm closes the harbour promenade"),
        ("van Gogh's Letters Go On Show In Amsterdam", "van Gogh's Letters Go On Show In Amsterdam"),  # a particle
        ("de Gaulle Papers Found In Attic", "de Gaulle Papers Found In Attic"),
        ("iPhone Sales Slow In Europe", "iPhone Sales Slow In Europe"),  # a mixed-case name
        ("world Cup Final", "world Cup Final"),  # too short a headline behind it
        ("in Featured Articles", "in Featured Articles"),  # a function word: a label row, not a desk
        ("council approves late-night ferry service", "council approves late-night ferry service"),  # all lower
    ],
)
def test_desk_label_trimmed_from_title(text: str, expected: str) -> None:
    assert _title_text(text) == expected
    assert (_desk_label_split(text) > 0) is (expected != text)
