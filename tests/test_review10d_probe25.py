"""Review of probe25 (Japanese era years, the named-site opinion disclaimer, weekday names of more languages), and
relative times outside English on a date row ("Publicado em 21/02/2024 — Atualizado há 2 horas")."""

from __future__ import annotations

import pytest

from cleaners import clean_text, metadata, patterns

_JA_BODY = (
    "平成7年1月17日の早朝、兵庫県南部を震源とする阪神・淡路大震災が発生し、多くの建物が倒壊した。\n"
    "平成23年3月11日には東日本大震災が東北地方を襲い、沿岸部では津波で多くの命が失われた。\n"
    "平成の30年間は、災害の多い時代だったと言われる。各地で防災の取り組みが進んだ。\n"
    "平成31年4月30日に天皇陛下が退位され、翌日から令和の時代が始まった。\n"
    "その後も各地で復興の歩みは続いており、街の姿は大きく変わりつつある。\n"
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("昭和39年10月10日", "1964-10-10"), ("昭和64年1月7日", "1989-01-07"), ("大正12年9月1日", "1923-09-01"),
     ("昭和元年12月25日", "1926-12-25")],
)
def test_showa_and_taisho_years(text: str, iso: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is not None and line.iso == iso


@pytest.mark.parametrize("text", ["昭和の名曲", "昭和40年代の団地", "大正時代の洋館", "大正ロマンの街並み"])
def test_an_era_without_a_month_and_day_is_no_date(text: str) -> None:
    assert metadata.parse_date_line(text) is None


@pytest.mark.parametrize("row", ["2024年4月22日 06:30", "令和6年4月22日"])
def test_the_date_row_not_an_era_date_of_the_prose_is_the_pages_date(row: str) -> None:
    record = clean_text("平成を振り返る 災害と復興の30年\n" + row + "\n" + _JA_BODY)
    assert record.data["published"] == "2024-04-22"
    for sentence in _JA_BODY.splitlines():
        assert sentence in record.text


def test_a_date_row_under_the_article_wins_over_the_era_dates_above_it() -> None:
    record = clean_text("平成を振り返る 災害と復興の30年\n" + _JA_BODY + "公開日：令和6年4月22日\n")
    assert record.data["published"] == "2024-04-22"
    assert "平成31年4月30日に天皇陛下が退位され" in record.text


def test_era_dates_in_sentences_are_no_page_date() -> None:
    record = clean_text("平成を振り返る 災害と復興の30年\n" + _JA_BODY)
    assert record.data.get("published") is None
    for sentence in _JA_BODY.splitlines():
        assert sentence in record.text


@pytest.mark.parametrize(
    "text",
    [
        # zh: someone's words reported (the speaker, not the author of the piece)
        "李教授说，这只是他的个人观点，不代表学校立场。",
        "他强调，这是个人观点，不代表公司的立场。",
        "王先生坦言：这只是我个人观点，不代表单位立场",
        # ko: no writer named, or not opening with the piece
        "이번 조사 결과는 정부의 입장과 다를 수 있습니다.",
        "필자의 생각은 정부의 입장과 다를 수 있다.",
        "필자는 정부의 입장과 다를 수 있다고 밝혔다.",
        # ja: an article sentence about an author's views
        "著者は独自の見解で、政府の立場とは異なる主張を展開した。",
        "筆者の見解では、政府の方針は正しいものではありません。",
    ],
)
def test_reported_views_are_no_disclaimer(text: str) -> None:
    assert not patterns.is_opinion_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "本文为作者独立观点，不代表极客前沿立场。",
        "本文為作者獨立觀點，不代表本週科技立場。",
        "本記事は筆者個人の見解であり、テックナビの見解を代表するものではありません。",
        "本稿は執筆者の個人的な見解であり、日経クロスの公式見解を示すものではありません",
        "본 칼럼은 필자 개인의 의견이며 한국경제의 편집 방향과 다를 수 있습니다.",
        "※ 이 글은 필자의 개인 견해로, 뉴스타임의 입장과 다를 수 있습니다",
    ],
)
def test_the_named_site_disclaimer_in_zh_ja_ko(text: str) -> None:
    assert patterns.is_opinion_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Publicado em 21/02/2024 às 18h32 — Atualizado há 2 horas",
        "Publicado el 21 de febrero de 2024 · Actualizado hace 3 horas",
        "Publié le 21 février 2024, mis à jour il y a 2 heures",
        "21. Februar 2024, vor 2 Stunden aktualisiert",
        "Pubblicato il 21 febbraio 2024, aggiornato 3 ore fa",
        "21 februari 2024, bijgewerkt 2 uur geleden",
        "21 февраля 2024, обновлено 2 часа назад",
        "2024年2月21日 3小时前",
        "2024年2月21日 更新 5分前",
    ],
)
def test_a_date_row_with_a_relative_time_is_a_bare_date_line(text: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is not None and line.iso == "2024-02-21" and line.tier == "pure"


@pytest.mark.parametrize(
    "text",
    [
        "21 de febrero de 2024: hace 3 días llegó la lluvia a la comarca",
        "Il y a 2 heures, le 21 février 2024, la ville a voté.",
        "Vor 2 Stunden, am 21. Februar 2024, begann die Sitzung des Rates.",
        "Há 2 horas, em 21/02/2024, a prefeitura anunciou o plano.",
    ],
)
def test_a_sentence_with_a_relative_time_is_no_bare_date_line(text: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is None or line.tier != "pure"


@pytest.mark.parametrize(
    "text",
    [
        "Sobota 19. října 2024 se v Praze konal koncert.",
        "Středa města se 6. března 2024 proměnila v pěší zónu.",
        "Niedziela 10 marca 2024 była najcieplejsza od lat.",
        "Pazar 12 Mart 2024 tarihinde yeniden açıldı.",
        "Fredag 8 mars 2024 blev en dag att minnas för laget.",
        "Perjantai 8.3.2024 oli vuoden lämpimin päivä.",
    ],
)
def test_a_sentence_opening_with_a_weekday_and_a_date_stays(text: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is None or line.tier != "pure"
