"""Metadata found by the probe13 pages (tests/pages: scripts beyond Latin-script Europe).

- Month names in Telugu, Marathi, Georgian and Armenian ("జనవరి 9, 2025", "८ मार्च २०२५", "12 մարտի 2024").
- A byline of three words in a script without capitals ("ڈاکٹر عائشہ فاروقی", Dr. A. F.) between the headline and
  the date: the name row sits under the headline (as two words of any script and capitalized names do), and the
  name is no title.
- A reading-time row ("زمان مطالعه: ۶ دقیقه") or a line of CJK lyrics is no title.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _ROW_SKIPPABLE, _ROW_STOP, _row_below_title, parse_date_line


@pytest.mark.parametrize(("text", "iso"), [
    ("ప్రచురణ: జనవరి 9, 2025", "2025-01-09"),
    ("డిసెంబరు 3, 2024", "2024-12-03"),
    ("८ मार्च २०२५", "2025-03-08"),
    ("२२ फेब्रुवारी २०२५", "2025-02-22"),
    ("28 თებერვალი 2025", "2025-02-28"),
    ("12 մարտի 2024", "2024-03-12"),
])
def test_month_names_of_more_scripts(text: str, iso: str) -> None:
    found = parse_date_line(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("text", ["మే నెలలో వర్షాలు ఎక్కువగా కురిశాయి", "მარტი ყველაზე წვიმიანი თვე იყო"])
def test_a_month_name_without_day_and_year_is_no_date(text: str) -> None:
    assert parse_date_line(text) is None


_COLUMN = """روزنامہ صبحِ نو
صفحۂ اول
کالم
شہر کی لائبریریاں خاموش کیوں ہو گئیں؟
{byline}
اتوار 16 مارچ 2025
بچپن میں ہمارے محلے کی لائبریری شام کے وقت سب سے زیادہ آباد جگہ ہوتی تھی۔ بزرگ اخبار پڑھنے آتے، طالب علم امتحان کی تیاری کرتے اور ہم بچے کہانیوں کی کتابوں کے لیے قطار میں لگے رہتے۔
آج اسی عمارت کے دروازے پر تالا لگا ہے۔ بلدیہ کا کہنا ہے کہ عملے کی تنخواہوں کے لیے بجٹ نہیں، اور کتابیں خریدے ہوئے دس برس ہو چکے ہیں۔
یہ صرف ایک محلے کی کہانی نہیں۔ ملک کے بیشتر شہروں میں سرکاری لائبریریاں یا تو بند ہو چکی ہیں یا برائے نام کھلی ہیں۔
جملہ حقوق محفوظ ہیں © 2025
"""


@pytest.mark.parametrize("byline", ["ڈاکٹر عائشہ فاروقی", "عائشہ فاروقی"])
def test_a_three_word_byline_in_a_caseless_script_is_no_title(byline: str) -> None:
    record = clean_text(_COLUMN.format(byline=byline))
    assert record["title"] == "شہر کی لائبریریاں خاموش کیوں ہو گئیں؟"


@pytest.mark.parametrize(("text", "row"), [
    ("ڈاکٹر عائشہ فاروقی", _ROW_SKIPPABLE),  # a name with its title, in a script without capitals
    ("ד״ר נועה לוי", _ROW_SKIPPABLE),
    ("کتابیں، کہانیاں، یادیں۔", _ROW_STOP),  # a sentence of three words: no name
    ("شمارہ 12 جلد", _ROW_STOP),  # an issue number: no name
    ("the old town", _ROW_STOP),  # Latin script shows a name by its capitals: lower case is none
    ("南風 慢慢 吹", _ROW_STOP),  # CJK chunks: no name row
])
def test_a_three_word_row_of_a_caseless_script_may_be_a_name(text: str, row: int) -> None:
    assert _row_below_title(text) == row


_INTERVIEW = """هفته‌نامه فرهنگ امروز
صفحه اصلی
گفت‌وگو
«ترجمه یعنی شنیدن صدای نویسنده در زبان خودت»
گفت‌وگو با مریم صدری، مترجم ادبیات ژاپن، درباره بیست سال کار با داستان کوتاه
۲۴ بهمن ۱۴۰۳ - ۱۰:۱۵
زمان مطالعه: ۶ دقیقه
مریم صدری در دو دهه گذشته بیش از سی مجموعه داستان از ژاپنی به فارسی برگردانده است. به بهانه انتشار تازه‌ترین ترجمه‌اش با او گفت‌وگو کردیم.
چه شد که سراغ زبان ژاپنی رفتید؟
راستش تصادفی بود. در دانشگاه رشته دیگری می‌خواندم و یک ترم درس اختیاری زبان ژاپنی برداشتم و کم‌کم به آن علاقه پیدا کردم.
کتاب‌هایی را که ترجمه می‌کنید چطور انتخاب می‌کنید؟
اول باید خودم عاشق کتاب بشوم. بعد از خودم می‌پرسم آیا این داستان برای خواننده فارسی‌زبان حرفی دارد یا نه.
کلیه حقوق این سایت محفوظ است.
"""


def test_a_reading_time_row_is_no_title() -> None:
    record = clean_text(_INTERVIEW)
    assert record["title"] and "زمان مطالعه" not in record["title"]
    assert "زمان مطالعه" not in record.text


def test_a_line_of_cjk_lyrics_is_no_title() -> None:
    page = "\n".join([
        "島嶼歌詞網", "首頁", "排行榜", "新歌速遞", "登入", "作詞：許海生",
        "南風慢慢吹 吹過稻田邊", "阿嬤的竹椅 還在老屋前", "我把行李箱 靠在門口那一面", "好像我從來 沒有走得太遠",
        "火車一站站 載走我的少年", "城市的燈火 亮得不像昨天", "每當夜深了 我總是會想念", "那一口井水 那一片藍天",
        "關於我們", "© 2025 島嶼歌詞網",
    ])
    record = clean_text(page)
    assert record["title"] is None or " " not in record["title"]
    assert "南風慢慢吹 吹過稻田邊" in record.text


def test_a_record_of_cjk_lyrics_cleaned_again_keeps_no_title() -> None:
    """The record's text opens with the first line of the lyrics: cleaned again, it is no title (idempotence)."""
    page = "\n".join([
        "島嶼歌詞網", "首頁", "排行榜", "新歌速遞", "登入",
        "南風慢慢吹 吹過稻田邊", "阿嬤的竹椅 還在老屋前", "我把行李箱 靠在門口那一面", "好像我從來 沒有走得太遠",
        "火車一站站 載走我的少年", "城市的燈火 亮得不像昨天", "每當夜深了 我總是會想念", "那一口井水 那一片藍天",
        "關於我們", "© 2025 島嶼歌詞網",
    ])
    first = clean_text(page)
    again = clean_text(first.text)
    assert again["title"] == first["title"] and again.text == first.text

