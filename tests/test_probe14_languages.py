"""Faults found by the probe14 pages (languages other than English, new page kinds)."""

from __future__ import annotations

import pytest

from cleaners import boilerplate, clean_text, metadata
from cleaners.metadata import parse_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diterbitkan: Disember 4, 2025 @ 6:45pm", "2025-12-04"),  # Malay: Disember, Ogos, Mac
        ("17 Ogos 2024", "2024-08-17"),
        ("Mac 3, 2023", "2023-03-03"),
    ],
)
def test_malay_month_names(text: str, expected: str) -> None:
    assert parse_published(text) == expected


def test_a_malay_sentence_without_a_date_has_none() -> None:
    assert parse_published("Hujan lebat pada bulan Disember menyebabkan banjir di tiga daerah.") is None


@pytest.mark.parametrize("text", ["רכיבים", "רכיבים:", "מצרכים"])
def test_hebrew_ingredients_labels(text: str) -> None:
    """"רכיבים" heads a Hebrew recipe's ingredients as often as "מצרכים"; without it the list cut the lead off."""
    assert boilerplate._recipe_label(text)


@pytest.mark.parametrize("head", [
    "Trang chủ / Việc làm",
    "Mức lương: 12 - 15 triệu",
    "Hạn nộp hồ sơ: 31/12/2025",
])
def test_a_job_ads_closing_date_is_no_publication_date(head: str) -> None:
    """The deadline row of a job ad ("Hạn nộp hồ sơ", "Deadline", "Bewerbungsfrist") dates the end of the call."""
    page = "\n".join([
        "Nhân viên Kế toán tổng hợp", head, "Hạn nộp hồ sơ: 31/12/2025",
        "Công ty đang mở rộng hệ thống cửa hàng tại khu vực phía Bắc và cần tuyển một nhân viên kế toán tổng hợp "
        "làm việc tại văn phòng Hà Nội.",
        "Theo dõi và hạch toán các nghiệp vụ thu chi, công nợ phải thu và phải trả của khách hàng, nhà cung cấp.",
    ])
    assert clean_text(page.encode())["published"] is None


@pytest.mark.parametrize("line", [
    "Deadline: 31 December 2025", "Closing date: 12/03/2025", "Bewerbungsfrist: 15.03.2025", "Haku päättyy 9.2.2025",
    "截止日期：2025-12-31", "応募締切：2025年12月31日", "접수 마감 2025.12.31", "Fecha límite: 5 de marzo de 2025",
])
def test_deadline_labels(line: str) -> None:
    assert metadata._DEADLINE_RE.match(line)


@pytest.mark.parametrize("line", ["Published: 31 December 2025", "Plazas limitadas 2025", "Deadlines loom for 2025"])
def test_lines_that_are_no_deadline(line: str) -> None:
    assert not metadata._DEADLINE_RE.match(line)


def _title(lines: list[str]) -> str | None:
    return clean_text("\n".join(lines).encode())["title"]


BODY = [
    "Середина декабря пройдет под знаком Сатурна: звезды советуют не торопиться с важными решениями и больше "
    "времени уделять близким.",
    "Неделя потребует терпения на работе: начальство может поручить вам сложный проект. Зато выходные подарят "
    "приятную встречу со старыми друзьями.",
    "Финансовые дела пойдут в гору, но не стоит тратить все сразу. В среду возможен неожиданный звонок, который "
    "изменит ваши планы.",
]


def test_a_headline_that_names_a_date_over_its_byline_is_the_title() -> None:
    """A horoscope's, a weather report's or a TV guide's headline names the date it is for; over its author and
    date rows it is the title, not the author's name."""
    head = "Гороскоп на неделю с 8 по 14 декабря 2025 года для всех знаков зодиака"
    assert _title(["Главная", "Гороскоп", head, "Анна Звездная", "7 декабря 2025, 10:00", "Поделиться", *BODY]) == head


@pytest.mark.parametrize("line", [
    "Участники акции на площади 5 декабря 2025",  # a caption that ends with its date
    "7 декабря 2025 года на площади прошла акция",  # a date that opens the line
])
def test_a_line_that_opens_or_ends_with_its_date_is_still_no_title(line: str) -> None:
    assert _title(["Главная", "Новости", line, "Анна Звездная", "7 декабря 2025, 10:00", *BODY]) != line


def test_a_dated_line_without_a_byline_or_date_under_it_is_no_title() -> None:
    line = "Гороскоп на неделю с 8 по 14 декабря 2025 года для всех знаков зодиака"
    assert _title(["Главная", "Новости", line, "Поделиться", "Реклама", "Смотрите также", *BODY]) != line
