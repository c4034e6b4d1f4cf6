"""A forum thread's header that ends with its date's full stop, and a press release's issuer over its date line.

From tests/pages: pt_forum_topico_respostas_br ("Tópico em 'X' iniciado por Y, 12 jan. 2025.": no date, the line
ending in a period read as a sentence) and ja_press_kaisha_gaiyo_toiawase (the company name over the date line
taken for the headline over it).
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import parse_date_line


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tópico em 'Caixa de câmbio' iniciado por rui_m, 3 fev. 2025.", "2025-02-03"),
        ("Thread started by old_timer, 12 Jan 2025.", "2025-01-12"),
        ("Beitrag von kalle_m, 3. März 2025.", "2025-03-03"),
        ("Posted by jane_d, March 3, 2025.", "2025-03-03"),
        ("Started by mike, 12 Jan 2025.", "2025-01-12"),  # (mends3) a forum's lower-case user name
    ],
)
def test_a_post_header_ending_with_its_date_and_a_full_stop_is_a_date_line(line: str, iso: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "Entries close on 31 March 2025.",  # a sentence ending in a date after a preposition
        "We met in Lisbon, 12 May 2025.",  # a date after a comma, no byline word before it
        "The exhibition by the river closes on 3 May 2025.",
        # (review2) a credit or a production note, no post's header
        "Photo by Reuters, 12 March 2024.",
        "Illustration by Studio, 3 January 2023.",
        "Interview conducted by phone, 2 May 2025.",
        "Translated by Marta, 2 May 2025.",
        # (mends3) a common word after the by-word, no lower-case user name
        "Applications are accepted by email, 2 May 2025.",
        "The fees can be paid by card, 12 Jan 2025.",
    ],
)
def test_a_short_sentence_ending_in_a_date_stays_none(line: str) -> None:
    assert parse_date_line(line) is None


EN_PRESS = """Business Wire Desk
Home
Releases
Industries
Contact
Northwind Robotics GmbH
3 June 2025
Northwind Robotics opens a second assembly plant near Leipzig to double its output of warehouse robots
Northwind Robotics GmbH, a maker of autonomous warehouse robots, today opened a second assembly plant on the northern edge of the city, which will double the company's yearly output to about four thousand units.
The plant employs 240 people and runs on electricity from a solar park built on its roof and parking areas. Production of the first robots began in May, after a trial run of six weeks with the first customers.
"Our customers have waited too long for their robots, and this plant closes that gap," said the company's chief executive. The company expects to hire another 80 people by the end of next year.
About Northwind Robotics
Northwind Robotics builds autonomous robots that move shelves and pallets in warehouses. The company was founded in 2016 and employs 900 people in three countries.
Media contact
press@northwind.example
Share
Privacy
Terms
"""

ZH_PRESS = """新闻稿发布平台
首页
新闻
企业
登录
深圳市青禾科技有限公司
2025年5月12日 09:30
青禾科技发布新一代家用储能电池，续航时间提升百分之四十
深圳市青禾科技有限公司今日在深圳发布新一代家用储能电池“青禾二号”，该产品采用新型电芯，在相同体积下续航时间比上一代产品提升百分之四十，预计将于今年七月在全国上市销售。
公司表示，新产品在研发过程中听取了大量用户的意见，重点改善了低温环境下的充电效率，并将整机重量降低了约五分之一，方便家庭用户自行安装和搬运。
据介绍，公司还将在年内建成覆盖全国主要城市的售后服务网络，为用户提供上门安装和定期检测服务。
关于青禾科技
联系我们
版权所有
"""

KO_PRESS = """보도자료 센터
홈
뉴스
기업
로그인
주식회사 한빛소프트
2025년 4월 8일 10:00
한빛소프트, 초등학생을 위한 무료 코딩 교육 앱 출시
주식회사 한빛소프트(대표 김민수)는 초등학생이 놀이처럼 코딩을 배울 수 있는 무료 교육 앱 '코딩숲'을 8일 출시했다고 밝혔다. 이 앱은 블록을 끼워 맞추는 방식으로 프로그램을 만들 수 있도록 설계됐다.
회사 측은 지난해 전국 초등학교 스무 곳에서 시범 운영을 거쳐 교사와 학생의 의견을 반영했으며, 앞으로 중학생용 과정도 추가할 계획이라고 설명했다.
앱은 광고 없이 무료로 제공되며, 학교와 가정에서 모두 사용할 수 있다.
회사 소개
문의하기
개인정보처리방침
"""

NEWS = """The Daily Example
News
Sport
Business
Culture
City council approves a new cycle lane along the river
Jane Doe
3 June 2025
Work starts in autumn
The city council approved a new cycle lane along the river on Tuesday, after two years of debate about where cyclists and cars should share the road along the busy embankment.
The lane will run for four kilometres from the old bridge to the station, and the work is expected to take eight months. Shops along the route will stay open during the work, the council said.
Opponents of the plan said the lane would take away too many parking spaces, but a survey of residents found that most of them supported it, the council added.
Share
Related stories
"""


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (ZH_PRESS, "青禾科技发布新一代家用储能电池，续航时间提升百分之四十"),
        (KO_PRESS, "한빛소프트, 초등학생을 위한 무료 코딩 교육 앱 출시"),
        (EN_PRESS, "Northwind Robotics opens a second assembly plant near Leipzig to double its output of warehouse robots"),
    ],
)
def test_the_issuer_over_a_press_releases_date_line_is_not_its_title(page: str, title: str) -> None:
    record = clean_text(page.encode(), source="press.txt")
    assert record["title"] == title


def test_a_headline_over_its_byline_and_date_still_beats_a_subheading_under_them() -> None:
    record = clean_text(NEWS.encode(), source="news.txt")
    assert record["title"] == "City council approves a new cycle lane along the river"
