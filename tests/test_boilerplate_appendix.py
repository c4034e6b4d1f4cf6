"""A labelled appendix under the article's last paragraph ("附：招生专业及考试科目", "Appendix A: Polling stations by
ward", "Anlage 1: Entgelte", "Anexo I: Calendario") over a table of short rows is the article's: the main block
takes the label and the rows (boilerplate.extend_over_appendix). A list of other articles under such a label
("附：相关阅读", "Appendix: related stories"), a column of one- and two-word links (a footer under "Anhang"), rows
that run into a line a rule took (a share bar, a copyright line) and prose under the label are no appendix.

The record's text sets each kept row apart by a blank line: cleaning it again keeps the same rows (idempotence).

From tests/pages: zh_zhaosheng_jianzhang_fubiao, en_county_notice_appendix_polling_table,
de_bekanntmachung_anlage_gebuehrentabelle, es_convocatoria_anexo_calendario (kept); zh_xinwen_fu_xiangguan_yuedu,
de_verein_bericht_anhang_fusszeile (removed).
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.boilerplate import _appendix_label
from cleaners.document import Line

MENU = ["Home", "News", "Council", "Services", "Contact", "Search", "Sign in"]
FOOTER = ["", "Share on Facebook", "Share on X", "Print", "© 2026 District Council. All rights reserved."]
PARAGRAPHS = [
    "The district council will resurface six streets in the old town between March and June, and each street "
    "will be closed to through traffic for about two weeks while the work is carried out.",
    "Residents will receive a letter a week before the closure of their street, and access for emergency "
    "vehicles, deliveries and people with a disability parking badge will be kept at all times.",
    "The council apologises for the disruption and asks drivers to follow the signed diversions, which are "
    "listed with the dates of each closure in the appendix below.",
]
ROWS = [
    "Street\tFrom\tTo\tDiversion",
    "Mill Lane\t2 March\t13 March\tvia Church Road",
    "Bridge Street\t16 March\t27 March\tvia Station Road",
    "Market Row\t13 April\t24 April\tvia Castle Hill",
    "Tanners Walk\t27 April\t8 May\tvia Mill Lane",
    "Chapel Yard\t11 May\t22 May\tvia Bridge Street",
]


def _line(text: str) -> Line:
    return Line(0, text, 0, len(text))


def _record(lines: list[str]):
    return clean_text("\n".join([*MENU, "Old town streets to be resurfaced", *lines]).encode(), source="page.txt")


def _body(record) -> str:
    return "\n".join(p["text"] for p in record.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "附：招生专业及考试科目", "附件1：报名登记表", "附件：", "附表", "附表2：收费标准", "Appendix A: Polling stations by ward",
        "Appendix 2", "Annex:", "Annex 1: Budget lines", "Anexo I: Calendario del proceso", "Anexo:", "Anhang:",
        "Anlage 1: Entgelte für Trinkwasser", "Annexe : tarifs 2026", "Załącznik nr 1: Wykaz ulic",
        "Приложение 1: Список участков", "Приложение № 2", "別表：料金一覧", "별첨: 일정표", "Allegato A: Tabella oraria",
        "Příloha č. 2: Ceník", "Bijlage 1: Tarieven", "Ek-1: Liste", "Phụ lục: Danh sách",
    ],
)
def test_appendix_labels(text: str) -> None:
    assert _appendix_label(_line(text))


@pytest.mark.parametrize(
    "text",
    [
        "附：相关阅读", "附：往期回顾", "Appendix: related stories", "Anexo: noticias relacionadas", "Anhang: Mehr zum Thema",
        # sentences and prose that open with the word
        "Annex: the committee approved the budget.", "附近居民对此表示欢迎", "Anhang des Vereins wächst weiter",
        "Appendix A lists every polling station in the district", "Anlage 1: Die Entgelte steigen ab März deutlich an.",
        # too long for a label and a caption
        "Appendix B: A complete list of every street that will be closed during the works this year",
    ],
)
def test_no_appendix_labels(text: str) -> None:
    assert not _appendix_label(_line(text))


def test_appendix_table_under_the_last_paragraph_is_kept() -> None:
    record = _record([*PARAGRAPHS, "Appendix A: Closures and diversions", "", *ROWS, *FOOTER])
    body = _body(record)
    assert "Appendix A: Closures and diversions" in body
    for row in ROWS:
        assert row.replace("\t", " ") in body
    assert "© 2026 District Council" not in body


def test_appendix_table_is_kept_when_the_record_is_cleaned_again() -> None:
    first = _record([*PARAGRAPHS, "Appendix A: Closures and diversions", "", *ROWS, *FOOTER])
    second = clean_text(first.text, source="page.txt")
    assert second.text == first.text
    assert [p["text"] for p in second.paragraphs] == [p["text"] for p in first.paragraphs]


def test_chinese_appendix_table_is_kept_and_idempotent() -> None:
    paragraphs = [
        "为方便市民办理相关业务，区政务服务中心自下月起调整部分窗口的办理时间，周六上午增设延时服务，具体安排见附表。",
        "办理业务时请携带本人有效身份证件，委托他人办理的，还需提供委托书和受托人身份证件，材料不全的不予受理。",
    ]
    rows = ["窗口 业务 办理时间", "1号 社保登记 周一至周五 9:00—17:00", "2号 医保报销 周一至周六 9:00—12:00",
            "3号 公积金提取 周二、周四 14:00—17:00", "4号 户籍迁移 周一至周五 9:00—16:00"]
    page = "\n".join(["首页", "政务公开", "办事服务", "区政务服务中心调整窗口办理时间", *paragraphs, "附：窗口办理时间一览",
                      *rows, "", "【打印本页】【关闭窗口】", "版权所有 © 2026 区政务服务中心"])
    first = clean_text(page.encode(), source="page.txt")
    body = _body(first)
    for row in ["附：窗口办理时间一览", *rows]:
        assert row in body
    assert "版权所有" not in body
    second = clean_text(first.text, source="page.txt")
    assert second.text == first.text


def test_related_stories_under_an_appendix_label_go() -> None:
    headlines = ["Council opens new recycling centre on the ring road", "Library extends its weekend opening hours",
                 "Six new bus shelters for the old town", "Parking charges frozen for another year"]
    body = _body(_record([*PARAGRAPHS, "Appendix: related stories", *headlines, *FOOTER]))
    assert PARAGRAPHS[-1] in body
    for headline in headlines:
        assert headline not in body


def test_rows_running_into_a_share_bar_are_no_appendix() -> None:
    # No blank line between the last row and the share bar: the rows are the widget's.
    lines = [*PARAGRAPHS, "Appendix A: Closures and diversions", *ROWS, *FOOTER[1:]]
    body = _body(_record(lines))
    assert "Chapel Yard" not in body


def test_a_column_of_links_under_anhang_is_no_appendix() -> None:
    links = ["Anfahrt", "Sportplatz", "Hallenplan", "Satzung", "Beitragsordnung", "Downloads"]
    body = _body(_record([*PARAGRAPHS, "Anhang", *links, "", "Impressum", "Datenschutz", "© 2026 Verein"]))
    assert PARAGRAPHS[-1] in body
    for link in links:
        assert link not in body


def test_two_rows_are_no_table() -> None:
    body = _body(_record([*PARAGRAPHS, "Appendix A: Closures and diversions", "", *ROWS[:2], *FOOTER]))
    assert "Mill Lane" not in body
