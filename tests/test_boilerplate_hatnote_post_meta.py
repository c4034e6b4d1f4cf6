"""A wiki's hatnote under a section heading (patterns.HATNOTE_RE, rule "read-also") and a post's meta line of
two labelled fields and a date (boilerplate.post_meta_line, rule "post-meta"). Negatives: prose naming a main
article, a dateline or byline of one field, sentences with a date and a source."""

from __future__ import annotations

import pytest
from stages import line_removal


def _rule(text: str, language: str = "en") -> tuple[str, str] | None:
    found = line_removal(text, language)
    return (found[0], found[1]) if found else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Main article: History of Iceland", "en"),
        ("Main articles: Government of Iceland and Politics of Iceland", "en"),
        ("Further information: Icelandic language", "en"),
        ("Hauptartikel: Geschichte Islands", "de"),
        ("Article détaillé : Histoire de l'Islande", "fr"),
        ("Artículos principales: Geografía de Islandia y Clima de Islandia", "es"),
        ("Основная статья: История Исландии", "ru"),
        ("主条目：冰岛历史", "zh"),
        ("主條目：冰島歷史", "zh"),
        ("詳細は「アイスランドの歴史」を参照", "ja"),
    ],
)
def test_a_hatnote_is_an_inline_link(text: str, language: str) -> None:
    found = _rule(text, language)
    assert found is not None and found[0] == "read-also" and "hatnote" in found[1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The main article of the treaty was rewritten twice before the vote.", "en"),
        ("Main articles of the new statute: the court said they would apply from 2026.", "en"),
        ("Der Hauptartikel des Gesetzes regelt die Zuständigkeit der Länder.", "de"),
        ("主条目的编写需要可靠来源，这一点在讨论中反复被提及。", "zh"),
    ],
)
def test_prose_naming_a_main_article_is_no_hatnote(text: str, language: str) -> None:
    found = _rule(text, language)
    assert found is None or "hatnote" not in found[1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Published 21 November 2019 · Tagged with WebAssembly tooling", "en"),
        ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm", "en"),
        ("Posted in Gardening | Updated 14 March 2025 by Anna Berg", "en"),
        ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Jeanne Martin", "fr"),
        ("Publicado en Cultivo en macetas · Actualizado el 15/03/2025 a las 10:20 por María Gil", "es"),
        ("Veröffentlicht am 03.05.2024, aktualisiert um 12:40 Uhr", "de"),
        ("报纸网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网", "zh"),
        ("- 作者： 流泉 访问统计： 2005年08月30日, 星期二 13:22 加入博采", "zh"),
        ("2005-04-05 06:40更新 来源：转载文章 第1页/共1页", "zh"),
        ("〓 娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓", "zh"),
    ],
)
def test_a_meta_line_of_two_fields_is_furniture(text: str, language: str) -> None:
    found = _rule(text, language)
    assert found is not None and found[0] == "post-meta"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # one field and a date: the article's dateline or byline, for the metadata stage
        ("Posted by Jane Doe on 2019-02-15", "en"),
        ("CNNMoney (New York) First published February 1, 2016: 1:28 AM ET", "en"),
        ("发文字号： 吉政明电〔2022〕1号 发布日期： 2022年01月28日", "zh"),
        # "by" before a common noun is prose, not a byline
        (
            "A video showing the girl rescued by police was released on Monday (Published Monday, Nov. 18, 2019)",
            "en",
        ),
        # sentences with a date, a source and an update
        ("The report, published by Statistics Norway in 2023, was updated by the ministry last week.", "en"),
        ("据新华社2022年2月13日发布的消息，来源于当地政府的数据显示，全市已有三百多个村完成改造。", "zh"),
        # fields without a date
        ("Posted in Gardening | Tagged compost, worms", "en"),
    ],
)
def test_a_dateline_or_a_sentence_is_no_meta_line(text: str, language: str) -> None:
    found = _rule(text, language)
    assert found is None or found[0] != "post-meta"
