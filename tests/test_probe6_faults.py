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


@pytest.mark.parametrize("label", [
    "Joined:", "Dołączył:", "Registriert seit:", "Inscrit le :", "注册时间:", "Katıldı:", "Регистрация:", "Join Date:",
])
def test_a_forum_members_join_date_is_not_the_posts_date(label: str) -> None:
    record = clean_text(_FORUM.replace("Joined:", label).encode(), source="forum.txt")
    assert record["published"] == "2025-08-03"


def test_a_date_line_without_a_join_label_is_still_the_date() -> None:
    record = clean_text(_FORUM.replace("Joined: 14.03.2019", "Posted: 14.03.2019").encode(), source="forum.txt")
    assert record["published"] == "2019-03-14"


_BOARD = """캠핑하는사람들
홈
자유게시판
장비리뷰
로그인
겨울 캠핑 처음 가보고 느낀 점 정리해봤어요
{author}
2025.12.03 22:41
지난 주말에 처음으로 겨울 캠핑을 다녀왔습니다. 가을까지는 몇 번 다녀봤는데 영하로 떨어지는 날은 처음이라 준비하면서 걱정이 많았어요.
제일 중요한 건 바닥 냉기였습니다. 텐트 안에 난로를 켜 두어도 바닥에서 올라오는 찬 기운은 어쩔 수가 없더라고요.
두 번째는 결로입니다. 아침에 일어나니 텐트 안쪽 벽이 물방울로 흠뻑 젖어 있었어요.
"""


def test_a_screen_name_between_the_headline_and_its_date_is_no_title() -> None:
    record = clean_text(_BOARD.format(author="산바람조아").encode(), source="board.txt")
    assert record["title"] == "겨울 캠핑 처음 가보고 느낀 점 정리해봤어요"


def test_a_short_headline_right_over_its_date_is_still_the_title() -> None:
    """A short CJK headline (no screen name under a longer one) keeps its title."""
    text = _BOARD.replace("겨울 캠핑 처음 가보고 느낀 점 정리해봤어요\n{author}\n", "겨울 캠핑 첫 후기\n")
    record = clean_text(text.encode(), source="board.txt")
    assert record["title"] == "겨울 캠핑 첫 후기"


_EASY_NEWS = """やさしいニュース
ホーム
ニュース一覧
このサイトについて
ふりがなをつける
ふりがなをけす
2025年12月5日 17時30分
冬(ふゆ)の電気代(でんきだい)を安(やす)くする方法(ほうほう)
寒(さむ)くなって、エアコンや暖房(だんぼう)を使(つか)う家(いえ)が多(おお)くなりました。電気代(でんきだい)が高(たか)くなって困(こま)っている人(ひと)もいます。
専門家(せんもんか)は、部屋(へや)の温度(おんど)を一度(いちど)低(ひく)くするだけで、電気代(でんきだい)が一割(いちわり)ぐらい安(やす)くなると話(はな)しています。
窓(まど)に厚(あつ)いカーテンをつけると、外(そと)の冷(つめ)たい空気(くうき)が入(はい)りにくくなります。
"""


def test_a_furigana_switch_is_interface_text() -> None:
    from cleaners.metadata import _is_ui

    assert _is_ui("ふりがなをつける") and _is_ui("ふりがなを消す") and _is_ui("ルビ表示")
    assert not _is_ui("ふりがなをつけると、子どもも読みやすくなります。")
    record = clean_text(_EASY_NEWS.encode(), source="easy.txt")
    assert record["title"] == "冬(ふゆ)の電気代(でんきだい)を安(やす)くする方法(ほうほう)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temat postu: Pomidory pękają po deszczu – co robię źle?", True),
        ("Post subject: Pomidory pękają po deszczu – co robię źle?", True),
        ("主题：Pomidory pękają po deszczu – co robię źle?", True),
        # a two-word lead-in reads as a label (the line is the title again all the same); a lead-in of four
        # words is no label; another title; the title first
        ("Marek zapytał: Pomidory pękają po deszczu – co robię źle?", True),
        ("Pytanie, które zadał Marek: Pomidory pękają po deszczu – co robię źle?", False),
        ("Temat postu: Ogórki gorzknieją – dlaczego?", False),
        ("Pomidory pękają po deszczu – co robię źle? Temat postu", False),
    ],
)
def test_the_title_under_a_field_label(text: str, expected: bool) -> None:
    from cleaners.metadata import _labelled_copy

    assert _labelled_copy(text, "Pomidory pękają po deszczu – co robię źle?") is expected



_INTERVIEW = """Вечірнє місто
Новини
Культура
Інтерв'ю
Бібліотека працюватиме до десятої вечора: директорка про нові правила
05 грудня 2025, 12:30
Міська бібліотека з січня працюватиме довше і відкриє цілодобову залу для студентів. Ми поговорили з директоркою про те, навіщо це місту.
— Чому саме зараз?
— Під час сесії студенти сиділи в кав'ярнях до закриття, бо вдома не було світла або тиші. Ми порахували, що до нас приходило б щонайменше двісті людей щовечора.
— Хто працюватиме вночі?
— Нічна зала буде без бібліотекарів, лише з охоронцем і системою самообслуговування. Книжки можна буде брати й повертати через автомат.
— Скільки це коштує?
— Близько трьох мільйонів гривень на рік. Половину дає міський бюджет, половину — грант, який ми виграли минулого року.
— Ви самі часто читаєте вночі?
— Ні. Я жайворонок.
Реклама
Популярне
Тролейбусний маршрут змінить схему руху
На Подолі відкрили новий сквер
"""


def test_an_interviews_short_last_turns_stay() -> None:
    record = clean_text(_INTERVIEW.encode(), source="interview.txt")
    assert "— Ви самі часто читаєте вночі?" in record.text and "— Ні. Я жайворонок." in record.text
    assert "Реклама" not in record.text and "На Подолі відкрили новий сквер" not in record.text


def test_dash_lines_after_an_article_without_turns_do_not_follow_it() -> None:
    """Under prose that is no interview, a list of dashed headlines is no turn of it."""
    text = _INTERVIEW.replace("— ", "")
    text = text.replace("Популярне\nТролейбусний маршрут змінить схему руху\nНа Подолі відкрили новий сквер\n", "")
    text = text.replace("Реклама\n", "Реклама\n– Тролейбусний маршрут змінить схему руху\n– На Подолі відкрили новий сквер\n")
    record = clean_text(text.encode(), source="interview.txt")
    assert "На Подолі відкрили новий сквер" not in record.text
