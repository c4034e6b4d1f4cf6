"""Faults the probe pages of new languages and layouts found (tests/pages: sw, sk, tr, id, ta, fa, ko, ja, uk,
pl forum)."""

from __future__ import annotations

import pytest

from cleaners import clean_text, patterns
from cleaners.metadata import parse_byline, parse_date_line, parse_published


@pytest.mark.parametrize(
    "text",
    [
        "Ayrıca okuyun: Kira yardımı arttı",  # a needle holding "ı" (the scan folds it to "i")
        "AYRICA OKUYUN: Kira yardımı arttı",
        "Prečítajte si aj: Lekárov v regiónoch ubúda",
        "Přečtěte si také: Nemocnice otevře nové oddělení",
        "SOMA ZAIDI: Bei ya korosho yapanda",
    ],
)
def test_read_also_of_more_languages(text: str) -> None:
    assert patterns.READ_ALSO_RE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prečítajte si aj zmluvu, kým ju podpíšete, radí právnik.",  # a sentence, no label and colon
        "Wanafunzi walitakiwa kusoma zaidi ya vitabu kumi kwa mwaka.",
        "Ayrıca okuyun diye bir şey demedi, sadece gülümsedi.",
    ],
)
def test_read_also_needs_its_label_and_colon(text: str) -> None:
    assert not patterns.READ_ALSO_RE.search(text)


def test_every_needle_is_folded_like_the_text() -> None:
    for needles in patterns._PHRASE_LISTS:
        for needle in needles:
            assert needle == patterns._ignorecase_fold(needle), needle
    assert patterns.CTA_RE.search("Devamını oku")


@pytest.mark.parametrize("text", ["추천 37", "비추천 0", "조회 1,284", "조회수 52", "공감 5", "いいね 12", "赞 5", "顶：3"])
def test_cjk_vote_and_view_counters(text: str) -> None:
    assert patterns.TIMESTAMP_RE.match(text)


@pytest.mark.parametrize("text", ["추천 도서 3권", "조회 결과 2건", "2025 추천 맛집", "顶级酒店 5家", "いいね", "추천"])
def test_lines_that_are_no_counters(text: str) -> None:
    assert not patterns.TIMESTAMP_RE.match(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ijumaa, Desemba 5, 2025 saa 10:20", "2025-12-05"),  # Swahili
        ("Machi 3, 2024", "2024-03-03"),
        ("12 Agosti 2023", "2023-08-12"),
        ("வியாழன், 4 டிசம்பர், 2025", "2025-12-04"),  # Tamil
        ("5 மே 2024", "2024-05-05"),
    ],
)
def test_swahili_and_tamil_month_names(text: str, expected: str) -> None:
    assert parse_published(text) == expected


def test_a_swahili_or_tamil_sentence_without_a_date_has_none() -> None:
    assert parse_published("Mvua za Machi zilileta mafuriko makubwa katika mikoa ya pwani.") is None
    assert parse_published("டிசம்பர் மாதத்தில் மழை அதிகமாக இருக்கும்.") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Diposting oleh Ratna Wulandari pada 3 Desember 2025", "Ratna Wulandari"),
        ("Ditulis oleh Budi Santoso, 12 Januari 2024", "Budi Santoso"),
    ],
)
def test_indonesian_posted_by_line_is_a_pure_date_line(line: str, author: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.tier == "pure" and parsed.author == author


def test_oleh_byline() -> None:
    assert parse_byline("Oleh Ratna Wulandari") == "Ratna Wulandari"
    assert parse_byline("Oleh karena itu, harga beras naik.") is None  # "therefore": a sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاریخ انتشار: ۱۴ آذر ۱۴۰۴ - ۱۰:۳۰", "2025-12-05"),  # Persian digits
        ("۱ فروردین ۱۴۰۳", "2024-03-20"),  # the new year falls on 20 or 21 March
        ("۱ فروردین ۱۴۰۴", "2025-03-21"),
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # the last day of a leap year
        ("جمعه ۱۰ دی ۱۴۰۳", "2024-12-30"),
        ("5 مرداد 1402", "2023-07-27"),
    ],
)
def test_solar_hijri_dates(text: str, expected: str) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["۳۱ مهر ۱۴۰۳", "۵ دی ۲۰۲۴", "تیر ۱۴۰۴", "۳۰ اسفند ۱۴۰۲"])
def test_no_solar_hijri_date(text: str) -> None:
    """Mehr has 30 days, 1402 was no leap year, a Gregorian year is no Solar Hijri one, a month needs its day."""
    assert parse_published(text) is None


_FORUM = """Bahçe Forumu
Ana Sayfa
Forum
Giriş
Domatesler neden çatlıyor?
bahcivan_ali
Joined: 14.03.2019
Posts: 412
Gönderim: 3 Ağustos 2025, 19:42
Merhaba arkadaşlar. İki yıldır aynı sorunu yaşıyorum: domatesler güzelce olgunlaşıyor ama her büyük yağmurdan sonra meyvelerin yarısı çatlıyor.
Sabahları iki günde bir, köke doğru sulama yapıyorum. Bitkiler serada değil, açık alanda ve samanla malçlanmış durumda.
Sizce bu çeşitle mi ilgili, yoksa sulamayla mı? Tarhın üstüne bir çatı yapmayı düşündüm.
Alıntı
Bildir
"""


@pytest.mark.parametrize("label", ["Joined:", "Dołączył:", "Registriert seit:", "Inscrit le :", "注册时间:", "Katıldı:"])
def test_a_forum_members_join_date_is_not_the_posts_date(label: str) -> None:
    record = clean_text(_FORUM.replace("Joined:", label).encode(), source="forum.txt")
    assert record["published"] == "2025-08-03"


def test_a_date_line_without_a_join_label_is_still_the_date() -> None:
    record = clean_text(_FORUM.replace("Joined: 14.03.2019", "Posted: 14.03.2019").encode(), source="forum.txt")
    assert record["published"] == "2019-03-14"
