"""Sentence ends of scripts beyond Latin and CJK, in every module that asks "is this a sentence?".

Indic scripts end sentences with the danda (।), Urdu with ۔, Ethiopic with ።, Myanmar with ။,
Tibetan with ། and Khmer with ។; Thai and Lao use no punctuation at all and put a space between
sentences. Without these, a Punjabi or Thai article had no sentence in it: its paragraphs read as
headlines and the whole article was removed as "short lines outside the main content block".
"""

from __future__ import annotations

from cleaners import boilerplate, clean_text, language, metadata, segment
from cleaners.segment import SCRIPT_STOPS

PUNJABI = (
    "ਪੰਜਾਬ ਭਾਰਤ ਦਾ ਇੱਕ ਸੂਬਾ ਹੈ। ਇਸ ਦੀ ਰਾਜਧਾਨੀ ਚੰਡੀਗੜ੍ਹ ਹੈ। ਇੱਥੇ ਦੇ ਲੋਕ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹਨ ਅਤੇ ਖੇਤੀਬਾੜੀ ਕਰਦੇ ਹਨ। "
    "ਸੂਬੇ ਵਿੱਚ ਪੰਜ ਦਰਿਆ ਵਗਦੇ ਸਨ। ਪੰਜਾਬ ਦੀ ਧਰਤੀ ਬਹੁਤ ਉਪਜਾਊ ਹੈ।"
)
THAI = (
    "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทยและเป็นศูนย์กลางทางเศรษฐกิจที่สำคัญที่สุดของประเทศ "
    "ประชากรในเขตเมืองมีจำนวนมากกว่าสิบล้านคน และปัญหาการจราจรติดขัดเป็นเรื่องที่ประชาชนบ่นมาหลายปี"
)
# A menu row as long as a paragraph: many short items between spaces, no run of 20 Thai characters.
THAI_MENU = " ".join(["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "ไลฟ์สไตล์", "เทคโนโลยี", "การเมือง", "ต่างประเทศ"] * 3)

THAI_PAGE = """หน้าแรก
ข่าว
กีฬา
เข้าสู่ระบบ
รัฐบาลประกาศแผนพัฒนาระบบขนส่งสาธารณะ
12 มีนาคม 2567
กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทยและเป็นศูนย์กลางทางเศรษฐกิจที่สำคัญที่สุดของประเทศ ประชากรในเขตเมืองมีจำนวนมากกว่าสิบล้านคน และปัญหาการจราจรติดขัดเป็นเรื่องที่ประชาชนบ่นมาหลายปี
รัฐบาลจึงได้ประกาศแผนการลงทุนในระบบรถไฟฟ้าสายใหม่สามสาย ซึ่งจะเชื่อมต่อพื้นที่ชานเมืองกับใจกลางเมือง โดยคาดว่าจะเริ่มก่อสร้างในปีหน้าและแล้วเสร็จภายในห้าปี
นักวิชาการด้านผังเมืองกล่าวว่าแผนนี้เป็นก้าวที่ดี แต่ยังต้องมีการปรับปรุงระบบรถเมล์และทางเดินเท้าควบคู่กันไป เพื่อให้ประชาชนสามารถเดินทางได้สะดวกตั้งแต่ต้นทางจนถึงปลายทาง
ข่าวยอดนิยม
ราคาน้ำมันปรับขึ้น
แชร์
"""

PUNJABI_PAGE = """ਮੁੱਖ ਪੰਨਾ
ਖ਼ਬਰਾਂ
ਖੇਡਾਂ
ਪੰਜਾਬ ਬਾਰੇ ਕੁਝ ਗੱਲਾਂ
ਪੰਜਾਬ ਭਾਰਤ ਦਾ ਇੱਕ ਸੂਬਾ ਹੈ। ਇਸ ਦੀ ਰਾਜਧਾਨੀ ਚੰਡੀਗੜ੍ਹ ਹੈ। ਇੱਥੇ ਦੇ ਲੋਕ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹਨ ਅਤੇ ਖੇਤੀਬਾੜੀ ਕਰਦੇ ਹਨ। ਸੂਬੇ ਵਿੱਚ ਪੰਜ ਦਰਿਆ ਵਗਦੇ ਸਨ।
ਪੰਜਾਬ ਦੀ ਧਰਤੀ ਬਹੁਤ ਉਪਜਾਊ ਹੈ। ਇੱਥੇ ਕਣਕ ਅਤੇ ਚੌਲ ਦੀ ਖੇਤੀ ਬਹੁਤ ਹੁੰਦੀ ਹੈ। ਇਸ ਕਰਕੇ ਪੰਜਾਬ ਨੂੰ ਦੇਸ਼ ਦਾ ਅੰਨ ਭੰਡਾਰ ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
ਪੰਜਾਬ ਦੇ ਲੋਕ ਆਪਣੇ ਤਿਉਹਾਰ ਬੜੇ ਚਾਅ ਨਾਲ ਮਨਾਉਂਦੇ ਹਨ। ਵਿਸਾਖੀ ਅਤੇ ਲੋਹੜੀ ਇੱਥੋਂ ਦੇ ਮਸ਼ਹੂਰ ਤਿਉਹਾਰ ਹਨ। ਇਨ੍ਹਾਂ ਦਿਨਾਂ ਵਿੱਚ ਲੋਕ ਭੰਗੜਾ ਪਾਉਂਦੇ ਹਨ।
ਹੋਰ ਖ਼ਬਰਾਂ
ਸਾਂਝਾ ਕਰੋ
"""


def test_every_module_takes_the_stops_as_sentence_ends() -> None:
    for stop in SCRIPT_STOPS:
        text = "abc def" + stop
        assert segment.ends_sentence(text), stop
        assert segment.split_sentences(f"abc{stop} def{stop}") == [f"abc{stop}", f"def{stop}"], stop
        assert boilerplate.line_features(text, "xx").terminal, stop
        assert boilerplate._count_sentences(f"abc{stop}def{stop}") == 2, stop
        assert metadata._has_sentence_end(f"abc{stop}def"), stop
        assert text.endswith(language._PROSE_END), stop


def test_a_punjabi_paragraph_is_prose_without_a_stoplist() -> None:
    assert boilerplate.stopwords("pa") is None
    assert len(PUNJABI) >= 150
    assert boilerplate.classify(boilerplate.line_features(PUNJABI, "pa")) == boilerplate.GOOD


def test_a_thai_paragraph_is_prose_and_a_thai_menu_row_is_not() -> None:
    assert boilerplate.stopwords("th") is None
    assert len(THAI_MENU) >= 150
    assert boilerplate.classify(boilerplate.line_features(THAI, "th")) == boilerplate.GOOD
    assert boilerplate.classify(boilerplate.line_features(THAI_MENU, "th")) != boilerplate.GOOD
    assert boilerplate.classify(boilerplate.line_features(THAI.replace(" ", ""), "th")) != boilerplate.GOOD


def _kept_and_removed(page: str) -> tuple[list[str], list[str]]:
    rec = clean_text(page, source="page.txt").to_dict()
    return [p["text"] for p in rec["paragraphs"]], [r["text"] for r in rec["removed"]]


def test_a_thai_article_is_kept_and_its_menu_removed() -> None:
    kept, removed = _kept_and_removed(THAI_PAGE)
    body = THAI_PAGE.splitlines()[6:9]
    assert all(line in kept for line in body), kept
    assert {"หน้าแรก", "เข้าสู่ระบบ", "ข่าวยอดนิยม", "แชร์"} <= set(removed)


def test_a_punjabi_article_is_kept_and_its_menu_removed() -> None:
    kept, removed = _kept_and_removed(PUNJABI_PAGE)
    body = PUNJABI_PAGE.splitlines()[4:7]
    assert all(line in kept for line in body), kept
    assert {"ਮੁੱਖ ਪੰਨਾ", "ਹੋਰ ਖ਼ਬਰਾਂ", "ਸਾਂਝਾ ਕਰੋ"} <= set(removed)


def test_a_thai_headline_is_the_title_and_its_buddhist_era_date_the_published_date() -> None:
    rec = clean_text(THAI_PAGE, source="th.txt").to_dict()
    assert rec["title"] == "รัฐบาลประกาศแผนพัฒนาระบบขนส่งสาธารณะ"
    assert rec["published"] == "2024-03-12"
    assert metadata.is_heading_like("รัฐบาลประกาศแผนพัฒนาระบบขนส่งสาธารณะ")
    assert not metadata.is_heading_like("หน้าแรก")  # a menu word: too short for a headline
