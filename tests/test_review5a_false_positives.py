"""review5a: inputs that prove a false positive (article text removed, a wrong title or date) or a false negative
of the probe14 rules (ed8cf03..probe14). Every page here is synthetic.

Each fault is a strict XFAIL until its fix lands; the nearby cases that work are plain tests.

- counters (7afcc70): a row of a numeric date and a time apart by " · " ("Berlin · 12.12.2025 · 20:00") is read as a
  post's counter-and-date row, since TIMESTAMP_RE matches a bare time: a tour's dates in a music story went, and the
  rest of the story with them.
- qa-card (bac3b55): the question's last short lines above the best answer's label go as its controls: the specs
  a question lists ("CPU: ...", "RAM: 16GB") went.
- dated headline (4660fec): a caption or a dek with a date inside it, between the headline and the byline, is a
  title candidate right over the byline and wins the title from the headline.
- deadline (403db30): a job card's row that opens with the closing date and then gives the posting date
  ("Closing date: 31 December 2025 | Posted: 1 December 2025") is skipped whole: the posting date is lost. And
  siblings of the closing-date labels the list misses ("Application closing date:", "Last date to apply:",
  "申请截止日期：") still date a job ad by its deadline.
- CJK clauses (765029b): teaser summaries of other stories (27+ characters, a full-width comma, a full stop) are now
  prose: under a share bar at an article's end they are kept (as English ones are); a site's notice of that shape
  over the headline started the article's run there and took the title away (fixed: start_at_header).
"""

from __future__ import annotations

import pytest
from stages import clean_page
from stages import line_rule as _rule


def _clean(lines: list[str]) -> dict:
    return clean_page("\n".join(lines) + "\n", source="x.txt")


def _kept(lines: list[str]) -> list[str]:
    return [p["text"] for p in _clean(lines)["paragraphs"]]


# --- counters: a date and a time apart by " · " ------------------------------------------------------------------

TOUR = [
    "Startseite | Musik | Konzerte | Kultur",
    "Band kündigt große Deutschland-Tour für den Winter an",
    "04.12.2025 · 10:20",
    "Von Anna Müller",
    "Die Band hat am Mittwoch ihre erste große Tournee seit fünf Jahren angekündigt. Sie führt im Dezember durch acht "
    "deutsche Städte.",
    "Der Vorverkauf beginnt am Freitag um zehn Uhr. Karten kosten zwischen 45 und 80 Euro, je nach Stadt und "
    "Platzkategorie.",
    "Die Termine im Überblick:",
    "Berlin · 12.12.2025 · 20:00",
    "Hamburg · 13.12.2025 · 20:00",
    "Köln · 15.12.2025 · 19:30",
    "München · 17.12.2025 · 20:00",
    "Leipzig · 19.12.2025 · 20:00",
    "Die Sängerin sagte, sie freue sich besonders auf die Konzerte in kleineren Hallen, weil dort die Nähe zum "
    "Publikum größer sei.",
    "Das neue Album der Band erscheint bereits im November und enthält zwölf Lieder, die während der Pandemie "
    "entstanden sind.",
    "Weitere Artikel",
    "© 2025 Stadtanzeiger",
]


@pytest.mark.parametrize("text", ["Berlin · 12.12.2025 · 20:00", "Round 1 · 06/12/2025 · 15:00", "서울 · 2025.12.06 · 19:30"])
def test_a_place_date_and_time_row_is_no_counters_row(text: str) -> None:
    assert _rule(text, "de") != "counters"


def test_a_tour_dates_list_and_the_story_after_it_are_kept() -> None:
    kept = _kept(TOUR)
    assert "Köln · 15.12.2025 · 19:30" in kept
    assert TOUR[-3] in kept


@pytest.mark.parametrize("text", ["비공개 질문 · 조회수 1,284 · 2025.11.28", "2025.11.28 · 조회 1,284", "Anna · 12 likes · 28.11.2025"])
def test_a_counter_and_date_row_is_still_a_counters_row(text: str) -> None:
    assert _rule(text, "ko") == "counters"


# --- qa-card: the question's own short lines above the best answer's label ---------------------------------------

QA = [
    "지식문답",
    "질문하기",
    "홈",
    "Q&A > 컴퓨터 > 하드웨어",
    "질문",
    "게임할 때 컴퓨터가 갑자기 꺼지는데 파워 문제일까요?",
    "비공개 질문 · 조회수 842 · 2025.11.28",
    "요즘 게임을 30분 정도 하면 컴퓨터가 갑자기 꺼지고 다시 켜집니다. 온도는 70도 정도로 높지 않은 것 같은데 파워를 "
    "바꿔야 하는지 궁금합니다. 제 사양은 아래와 같습니다.",
    "CPU: 라이젠 5600",
    "RAM: 16GB",
    "그래픽카드: RTX 3070",
    "파워: 500W",
    "채택된 답변",
    "하드웨어박사 님 답변",
    "2025.11.28",
    "사양을 보니 파워 용량이 부족한 것이 원인일 가능성이 높습니다. RTX 3070은 순간적으로 전력을 많이 끌어쓰기 때문에 최소 "
    "650W 이상의 파워를 권장합니다.",
    "특히 오래된 500W 파워라면 효율이 떨어져서 실제로 낼 수 있는 출력이 더 낮을 수 있습니다. 믿을 만한 제조사의 80PLUS "
    "인증 제품으로 바꿔 보시길 추천드립니다.",
    "파워를 바꾼 뒤에도 같은 증상이 있다면 그래픽카드 드라이버를 다시 설치하고 메모리 테스트도 해 보세요.",
    "도움이 됐어요 56",
    "이 질문과 비슷한 질문",
    "컴퓨터 파워 추천 부탁드려요",
    "이용약관",
    "ⓒ 지식문답 Corp.",
]


def test_the_specs_a_question_lists_are_kept() -> None:
    kept = _kept(QA)
    assert "RAM: 16GB" in kept
    assert "그래픽카드: RTX 3070" in kept
    assert "채택된 답변" not in kept
    assert "하드웨어박사 님 답변" not in kept


def test_the_questions_controls_still_go() -> None:
    lines = [*QA[:8], "내공 50", "공유하기", "신고", "답변 3", *QA[12:]]
    kept = _kept(lines)
    assert QA[7] in kept and QA[15] in kept
    assert not {"내공 50", "공유하기", "신고", "답변 3"} & set(kept)


# --- dated headline: a caption or a dek with a date inside, under the headline -----------------------------------

RU_BODY = [
    "Городская дума на заседании в среду приняла бюджет на следующий год. За документ проголосовали 32 депутата, "
    "против выступили пятеро.",
    "Расходы на образование и здравоохранение вырастут почти на десять процентов, а на ремонт дорог выделено на "
    "треть больше, чем в этом году.",
    "Во время заседания у здания мэрии прошел пикет жителей, недовольных повышением тарифов на общественный "
    "транспорт.",
    "Мэр пообещал, что стоимость проезда не изменится до конца следующего года, а льготы для пенсионеров сохранятся.",
    "Читайте также",
    "© 2025 Городские новости",
]
RU_HEAD = "Депутаты приняли бюджет города на следующий год"


@pytest.mark.parametrize("line", [
    "Участники пикета у здания мэрии 3 декабря 2025 года во время заседания",  # a photo's caption
    "Стоимость проезда с 1 января 2026 года вырастет на пять рублей",  # the dek
])
def test_a_dated_caption_or_dek_under_the_headline_is_no_title(line: str) -> None:
    data = _clean(["Главная | Новости | Политика | Экономика | Общество", RU_HEAD, line, "Автор: Иван Петров",
                   "4 декабря 2025, 10:20", *RU_BODY])
    assert data["title"] == RU_HEAD


@pytest.mark.parametrize(
    "line",
    [
        "Участники пикета у здания мэрии 3 декабря 2025 года во время заседания",
        "Стоимость проезда с 1 января 2026 года вырастет на пять рублей",
    ],
)
def test_a_dated_caption_or_dek_under_the_headline_and_its_author_is_no_title(line: str) -> None:
    data = _clean(["Главная | Новости | Политика", RU_HEAD, "Иван Петров", line, "4 декабря 2025, 10:20", *RU_BODY])
    assert data["title"] == RU_HEAD


def test_a_dated_headline_under_its_section_label_is_still_the_title() -> None:
    head = "Гороскоп на неделю с 8 по 14 декабря 2025 года для всех знаков зодиака"
    data = _clean(["Главная", "Новости", "Гороскоп", head, "Автор: Иван Петров", "4 декабря 2025, 10:20", *RU_BODY])
    assert data["title"] == head


# --- deadline: the closing-date rows ------------------------------------------------------------------------------

JOB = [
    "Home | Jobs | Careers | About",
    "Senior Data Analyst",
    None,  # the job card's date row
    "Riverside Health Trust is looking for a senior data analyst to join its planning team in the city centre, "
    "working closely with doctors and managers.",
    "You will build reports on waiting times and bed use, and help the board understand where demand is growing and "
    "where services are under pressure.",
    "We offer a salary of 48,000 to 55,000 a year, flexible hours, and the option to work from home two days a week "
    "after the first three months.",
    "To apply, send your CV and a short cover letter explaining your experience with health data to the recruitment "
    "team.",
    "© 2025 Riverside Health Trust",
]


def _job(row: str) -> dict:
    return _clean([row if line is None else line for line in JOB])


@pytest.mark.parametrize("row", [
    "Closing date: 31 December 2025 | Posted: 1 December 2025",
    "Deadline: 31 December 2025 · Published 1 December 2025",
])
def test_the_posting_date_after_the_closing_date_dates_the_ad(row: str) -> None:
    data = _job(row)
    assert data["published"] == "2025-12-01"
    assert row not in [p["text"] for p in data["paragraphs"]]


@pytest.mark.parametrize("row", [
    "Application closing date: 31 December 2025",
    "Last date to apply: 31 December 2025",
    "申请截止日期：2025年12月31日",
])
def test_other_closing_date_labels_give_no_publication_date(row: str) -> None:
    assert _job(row)["published"] != "2025-12-31"


@pytest.mark.parametrize("row", [
    "Closing date: 31 December 2025", "Deadline: 31 December 2025", "截止日期：2025年12月31日",
    "Deadline | 31 December 2025", "Deadline: 31 December 2025 | Full time | London",
])
def test_a_closing_date_row_still_gives_no_publication_date(row: str) -> None:
    assert _job(row)["published"] is None


# --- CJK clauses: teaser summaries after the article --------------------------------------------------------------

ZH_TEASERS = [
    "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技",
    "市区新建三座公园明年春天开放",
    "2025-03-03 10:20 来源：城市晚报",
    "本报讯 市园林局昨天宣布，位于城东、城西和城南的三座新公园将于明年春天正式向市民开放，总面积超过八十公顷。",
    "据介绍，三座公园均保留了原有的湿地和林地，并新建了步道、自行车道和儿童游乐区，方便周边居民休闲健身。",
    "园林局负责人表示，公园建成后将有效缓解城区绿地不足的问题，预计每年可接待游客超过两百万人次。",
    "责任编辑：张伟",
    "分享到：微信 微博 QQ空间",
    "城南地铁站改造工程今日启动，预计明年年底完工，届时将方便周边数万居民出行。",
    "全市中小学将统一推迟上学时间，家长普遍表示支持，教育局称将持续听取各方意见。",
    "本市今年新增就业岗位十二万个，创近五年新高，其中服务业贡献最大，占比超过六成。",
    "气象台发布寒潮预警，未来三天气温将下降十度以上，请市民注意添衣保暖，谨慎出行。",
    "版权所有 © 城市晚报 未经授权不得转载",
]


@pytest.mark.xfail(strict=True, reason="765029b: the summaries are prose now, as in English; the shape alone does "
                   "not tell them from an article's last paragraphs")
def test_teaser_summaries_under_the_share_bar_stay_out() -> None:
    kept = _kept(ZH_TEASERS)
    assert ZH_TEASERS[5] in kept
    assert ZH_TEASERS[9] not in kept  # (the editor's line may stay: the dev gold keeps some)


# A site's notice or a ticker's headline with its summary right above the headline: a sentence of clauses, it is
# prose since 765029b and the article's run started at it, over the headline and its date; no title was found. (An
# English notice of the same shape did the same: the run search took any prose line over a headline for the article's.)
ZH_NOTICE = [
    "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技",
    "网站公告：本站将于今晚十点进行系统维护，届时可能无法访问，敬请谅解。",
    "市区新建三座公园明年春天开放",
    "2025-03-03 10:20 来源：城市晚报",
    *ZH_TEASERS[3:6],
    "相关新闻",
    "城南地铁站改造工程启动",
    "版权所有 © 城市晚报 未经授权不得转载",
]
EN_NOTICE = [
    "Home | News | Business | Sport | Culture | Tech",
    "Site notice: the site will be down for maintenance tonight from ten o'clock, and we apologise for any "
    "inconvenience.",
    "City to open three new parks next spring",
    "Published March 3, 2025",
    "The city's parks department said on Monday that three new parks in the east, west and south of the city would "
    "open to the public next spring, covering more than eighty hectares.",
    "All three parks keep their existing wetlands and woods, and add walking paths, cycle lanes and children's play "
    "areas for people who live nearby.",
    "The head of the department said the parks would ease the shortage of green space in the city and could welcome "
    "more than two million visitors a year.",
    "Related stories",
    "Work on the southern metro station starts today",
    "© City Evening News. All rights reserved.",
]


@pytest.mark.parametrize("lines", [ZH_NOTICE, EN_NOTICE], ids=["zh", "en"])
def test_a_notice_over_the_headline_leaves_the_title_to_the_headline(lines: list[str]) -> None:
    data = _clean(lines)
    assert data["title"] == lines[2]
    assert lines[1] not in [p["text"] for p in data["paragraphs"]]


TIMELINE = [
    "Home | News | Business | Sport | Culture | Tech",
    "How the storm unfolded, hour by hour",
    "Published March 3, 2025",
    "The storm that hit the coast at the weekend was the strongest in thirty years. Here is how the night unfolded, "
    "from the first warning to the evacuation of the harbour district.",
    "The first warning from the weather office",
    "Saturday, March 1, 2025, 18:00",
    "The weather office raised its warning to the highest level shortly after six in the evening, telling residents "
    "near the river to prepare to leave their homes.",
    "Within an hour, the city had opened three shelters in schools on higher ground, and buses began running from "
    "the harbour district every fifteen minutes.",
    "The evacuation of the harbour district",
    "Saturday, March 1, 2025, 23:30",
    "By midnight more than four thousand people had left the district, and police were going door to door to check "
    "on elderly residents who lived alone.",
    "Related stories",
    "© City Evening News. All rights reserved.",
]


@pytest.mark.parametrize("drop", [(), (8, 9, 10)], ids=["entries", "one-entry"])
def test_the_lead_over_a_timelines_dated_entry_is_kept(drop: tuple[int, ...]) -> None:
    lines = [line for i, line in enumerate(TIMELINE) if i not in drop]
    data = _clean(lines)
    assert data["title"] == TIMELINE[1]
    assert TIMELINE[3] in [p["text"] for p in data["paragraphs"]]


# --- Malay months (764abc4): "Mac" is also a word of English and French text ----------------------------------------


@pytest.mark.parametrize("text", ["Mac 12 review", "Le Mac 16 pouces 2023", "MacBook 12", "Mac mini 2024 review"])
def test_mac_without_a_day_and_a_year_is_no_date(text: str) -> None:
    from cleaners.metadata import parse_published

    assert parse_published(text) is None


@pytest.mark.parametrize(("text", "iso"), [("Diterbitkan: 4 Mac 2025", "2025-03-04"), ("17 Ogos 2025", "2025-08-17")])
def test_malay_dates_still_parse(text: str, iso: str) -> None:
    from cleaners.metadata import parse_published

    assert parse_published(text) == iso


BY_ELECTION = [
    "Home | News | Politics | Business",
    "Opposition gains three seats in council by-elections",
    "Published December 5, 2025",
    "By Laura Mendes",
    "The opposition won three of the four council seats contested in Thursday's by-elections, a result party "
    "officials called a clear warning to the ruling group.",
    "Turnout was low across the district, at just under a quarter of registered voters, despite cold but dry weather "
    "for most of the day.",
    "The winning candidates and their vote totals:",
    "Northfield · 04.12.2025 · 812 votes",
    "Ashford East · 04.12.2025 · 1204 votes",
    "Millbrook · 04.12.2025 · 655 votes",
    "Riverside · 04.12.2025 · 930 votes",
    "The ruling group held only Riverside, where its candidate won by fewer than forty votes after a recount that "
    "lasted well past midnight.",
    "The council leader said the results reflected anger over the closure of two libraries and promised to review "
    "the decision in the new year.",
    "Related stories",
    "© 2025 City News",
]


def test_a_table_of_rows_with_a_date_and_a_vote_count_is_the_articles() -> None:
    """7afcc70: each row is shaped like a post's counter-and-date row; rows one after another are a table."""
    kept = _kept(BY_ELECTION)
    assert "Millbrook · 04.12.2025 · 655 votes" in kept
    assert BY_ELECTION[-3] in kept
