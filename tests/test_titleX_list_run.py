"""An item of a run of list items is no title (cleaners.metadata._list_run_item): a numbered ranking of most-read
stories right over the first paragraph ("6. Bridge closed after ...") sits closer to the body than the headline,
and a breadcrumb trail printed as an ordered list ("1. Home", "2. Science") repeats the section's name; a column of
teasers each opened by a one-character CJK marker is such a run too. Negatives: a headline that opens with a number
but stands alone, and a CJK headline opening with one character and a space outside a run, stay candidates."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.document import Line
from cleaners.metadata import _anchor, _list_run_item, _title_scores, metadata_stage

BODY_EN = [
    "The county council voted on Tuesday night to close the old swing bridge over the canal for at least six "
    "months after engineers found corrosion in two of the steel girders that carry the deck.",
    "Drivers will be diverted through the industrial estate, which the council says adds about four minutes to "
    "the journey, while a temporary footbridge for pedestrians and cyclists opens next week.",
    "The bridge, built in 1911, last had major repairs in the 1980s, and engineers had warned in a report last "
    "year that the girders would need replacing within a decade.",
]
PAGE_EN = [
    "Home", "Local", "Transport", "Council closes canal swing bridge for six months over corroded girders",
    "Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on Reddit (Opens in new window)",
    "Click to print (Opens in new window)", "More",
    "The swing bridge seen from the towpath on Monday (Photo by Ana Reyes / Harbour Courier)",
    "By Imogen Castellanos | Harbour Courier", "PUBLISHED: March 4, 2025 at 8:59 pm",
    "Sign up for Newsletters and Alerts", "Most Popular",
    "1. Farmers' market to move to the station car park",
    "2. New bus timetable cuts late-night services on three routes",
    "3. Library extension opens after two years of delays",
    "4. Youth football club wins regional cup on penalties",
    "5. Bakery on the high street closes after eighty years", *BODY_EN, "Contact us", "Privacy",
]
BODY_ES = [
    "El ayuntamiento aprobó el martes cerrar el viejo puente giratorio sobre el canal durante al menos seis meses "
    "después de que los ingenieros encontraran corrosión en dos de las vigas de acero que sostienen el tablero.",
    "Los conductores serán desviados por el polígono industrial, lo que según el ayuntamiento añade unos cuatro "
    "minutos al trayecto, mientras que la semana próxima se abrirá una pasarela provisional para peatones.",
    "El puente, construido en 1911, tuvo su última gran reparación en los años ochenta, y un informe del año pasado "
    "ya advertía de que las vigas tendrían que sustituirse en una década.",
]
PAGE_ES = [
    "Inicio", "Local", "Cierran el puente giratorio del canal durante seis meses por la corrosión de sus vigas",
    "Por Imogen Castellanos", "4 de marzo de 2025", "Compartir", "Lo más leído",
    "1. El mercado de productores se traslada al aparcamiento de la estación",
    "2. El nuevo horario de autobuses recorta los servicios nocturnos",
    "3. La ampliación de la biblioteca abre tras dos años de retrasos",
    "4. El club juvenil de fútbol gana la copa regional en los penaltis", *BODY_ES, "Contacto", "Privacidad",
]
# The headline lost from the dump: the ranking's last item is right over the first paragraph.
PAGE_NO_HEADLINE = [
    "Home", "Local", "Transport", "By Imogen Castellanos", "March 4, 2025", "Share", "Most read",
    *PAGE_EN[14:19], *BODY_EN, "Contact us", "Privacy",
]
# A breadcrumb trail as an ordered list right above the headline's date and the body.
PAGE_CRUMBS = [
    "Menu", "share this!", "420", "Share", "Email", "1. Home", "2. Transport", "3. Roads", "1. Home", "2. Transport",
    "3. Bridges", "March 4, 2025", "Council closes canal swing bridge for six months over corroded girders",
    "by Harbour County Council", "The swing bridge seen from the towpath on Monday. Credit: Ana Reyes", *BODY_EN,
]


PAGE_ES_NO_HEADLINE = ["Inicio", "Local", "Por Imogen Castellanos", "4 de marzo de 2025", "Compartir", "Lo más leído",
                       *PAGE_ES[7:11], *BODY_ES, "Contacto"]


@pytest.mark.parametrize(("page", "language"), [(PAGE_NO_HEADLINE, "en"), (PAGE_ES_NO_HEADLINE, "es")])
def test_the_last_item_of_a_ranking_over_the_body_is_not_the_title(page: list[str], language: str) -> None:
    doc = metadata_stage(boilerplate_doc(page, language), Config())
    assert doc.title is None or not doc.title[:1].isdecimal()


@pytest.mark.parametrize(("page", "language"), [
    (PAGE_EN, "en"), (PAGE_ES, "es"), (PAGE_CRUMBS, "en"), (PAGE_NO_HEADLINE, "en"),
])
def test_no_item_of_a_numbered_run_is_a_title_candidate(page: list[str], language: str) -> None:
    doc = boilerplate_doc(page, language)
    anchor, _ = _anchor(doc)
    scored = [line.text for _, line in _title_scores(doc, anchor)]
    assert not [text for text in scored if text[:1].isdecimal()]


def _doc_lines(texts: list[str]) -> list[Line]:
    doc = boilerplate_doc(texts, "en")
    return doc.lines


@pytest.mark.parametrize(("texts", "i"), [
    (["Most read", "1. Farmers' market moves", "2. Library extension opens", "Body text."], 1),
    (["Most read", "1. Farmers' market moves", "2. Library extension opens", "Body text."], 2),
    (["5) Bakery closes after eighty years", "6) Bus timetable cut"], 0),
    (["今 每月挣六千的农民工和他的日记", "日 冠军改行学擦皮鞋", "推 穷男人还买得起爱情吗", "荐 十大品牌的故事"], 3),
])
def test_run_items(texts: list[str], i: int) -> None:
    assert _list_run_item(_doc_lines(texts), i)


@pytest.mark.parametrize(("texts", "i"), [
    (["News", "3. Liga: promoted side wins again", "By Jo Ames", "Body text."], 1),
    (["1. Farmers' market moves", "3. Library extension opens"], 1),  # no consecutive number
    (["2024 was the warmest year on record", "2025 begins with floods"], 0),  # a year, no item number
    (["要闻", "荐 十大品牌的故事", "正文第一段。"], 1),  # one marked line: no run
])
def test_lone_lines_are_no_run_items(texts: list[str], i: int) -> None:
    assert not _list_run_item(_doc_lines(texts), i)


ZH_BODY = [
    "春节刚过，不少家长把孩子收到的压岁钱“代为保管”，孩子们对此看法不一。记者在城区几所中学随机采访了二十多名学生，"
    "大多数人希望自己能决定这笔钱怎么用。",
    "初二学生林小雨说：“压岁钱是长辈给我的祝福，我想拿一部分买书，剩下的存起来。爸爸妈妈可以帮我记账，但不要全部拿走。”",
]
ZH_TEASERS = ["今 菜市场里的老手艺人和他的账本 夜班司机的一天", "日 退休教师开起了社区书屋(图) 老街换新颜",
              "推 小城公交换上新能源车 一年省下百万 年轻人为何爱上早市？", "荐 山村小学的第一支足球队(图) 外地游客眼中的十大小吃"]
PAGE_ZH = ["首页 新闻 财经 教育 健康", "教育频道", "压岁钱该由谁来管：孩子们有话说", "2025-02-06 13:26 来源：青山生活网 发表评论",
           *ZH_TEASERS, *ZH_BODY, "版权所有 青山生活网"]


def test_a_run_of_marked_teasers_under_the_title_leaves_the_body() -> None:
    doc = metadata_stage(boilerplate_doc(PAGE_ZH, "zh"), Config())
    assert doc.title == PAGE_ZH[2]
    kept = [line.text for line in doc.lines if line.removal is None]
    assert not [text for text in kept if text in ZH_TEASERS]
    assert all(text in kept for text in ZH_BODY)
