"""The line classifier on Thai, Lao, Khmer and Myanmar: scripts written without spaces between words that are not CJK.

They had no stoplist, so a paragraph was classed by length and sentence ends alone, and a Thai paragraph of 95-130
characters with a number between its phrases ("แช่น้ำอุ่นประมาณ 6 ถึง 8 ชั่วโมง") scored short or near-good: a how-to's
steps were cut off after its lead (tests/pages/th_withi_tham_khan_ton). Now (boilerplate.line_features and
classify):

- a Thai or Lao letter counts 1.5 toward a line's length (as a CJK character counts 3, a Hangul syllable 2);
- the stop density of a line mostly in those scripts is the share of its letters inside the script's function
  words, found as substrings at syllable starts (_continua_density), and can only raise a line's class;
- a number between single spaces (and a space before ๆ) joins two Thai/Lao runs instead of breaking the gap rule
  of the sentence count (tests/test_boilerplate_sentences.py holds the count to its regex oracle).
"""

from __future__ import annotations

import pytest

from cleaners import boilerplate
from cleaners.boilerplate import BAD, GOOD, NEAR, SHORT, classify, line_features
from cleaners.metadata import is_prose

# The steps of the probe's how-to (tests/pages/th_withi_tham_khan_ton.txt): 95-130 characters, numbers inside.
THAI_STEPS = [
    "นำเมล็ดผักบุ้งแช่น้ำอุ่นประมาณ 6 ถึง 8 ชั่วโมง หรือแช่ทิ้งไว้หนึ่งคืน เมล็ดจะพองและงอกได้เร็วขึ้น",
    "ผสมดินกับปุ๋ยหมักในอัตราส่วน 3 ต่อ 1 แล้วใส่ลงในกระถางให้เหลือขอบประมาณ 2 นิ้ว รดน้ำให้ดินชุ่มก่อนหว่านเมล็ด",
    "รดน้ำวันละ 2 ครั้งในช่วงเช้าและเย็น อย่าให้ดินแห้ง เมื่อต้นสูงประมาณ 10 เซนติเมตรให้ใส่ปุ๋ยหมักเพิ่มเล็กน้อย",
    "เคล็ดลับ หากใบเริ่มเหลือง แสดงว่าได้รับน้ำมากเกินไปหรือดินระบายน้ำไม่ดี ควรเจาะรูก้นกระถางเพิ่ม",
]

# Headlines of lists of other stories, menu items, a copyright line: never good.
THAI_FURNITURE = [
    "เปิดประมูลก่อสร้างรถไฟฟ้าสายสีแดงช่วงที่สองมูลค่ากว่าหมื่นล้านบาท",
    "ราคาทองวันนี้ปรับขึ้นอีก 200 บาท ร้านทองเผยคนแห่ขายทำกำไร",
    "นโยบายความเป็นส่วนตัว",
    "หน้าแรก > ภูมิภาค > ภาคเหนือ",
    "© 2568 ข่าวเมืองวันนี้ สงวนลิขสิทธิ์",
]


@pytest.mark.parametrize("text", THAI_STEPS)
def test_thai_steps_with_numbers_are_good(text: str) -> None:
    f = line_features(text, "th")
    assert classify(f) == GOOD, f


@pytest.mark.parametrize("text", THAI_FURNITURE)
def test_thai_headlines_and_menu_items_are_not_good(text: str) -> None:
    assert classify(line_features(text, "th")) in (NEAR, SHORT, BAD)


def test_thai_and_lao_letters_count_one_and_a_half() -> None:
    text = "ผักบุ้งเป็นผักที่ปลูกง่าย"  # 25 letters (vowel signs and tone marks included)
    assert line_features(text, "th").eff_len == 25 + 12
    assert line_features("ຂົວໃໝ່ນີ້", "lo").eff_len == 9 + 4  # 9 Lao letters (vowels and tone marks included)
    assert line_features("ราคา 1,890 บาท", "th").eff_len == 14 + 7 // 2  # digits count once
    # Khmer and Myanmar run as long as English: their letters count once.
    khmer = "សាលានីមួយៗមានថ្នាក់រៀន"
    assert line_features(khmer, "km").eff_len == len(khmer)


def test_function_words_are_counted_at_syllable_starts() -> None:
    # "ที่" (that, at) inside "เที่ยว" (to travel) is no word: the vowel sign เ opens the syllable before it.
    assert boilerplate._continua_density("เที่ยวเหนือเที่ยวใต้เที่ยวทั่วไทย", 30) == 0.0
    text = "ผักบุ้งเป็นผักที่ปลูกง่ายและโตเร็วมาก"
    f = line_features(text, "th")
    # เป็น, ที่, และ, มาก: 4 + 3 + 3 + 3 letters of 37
    assert f.stop_density == pytest.approx(13 / 37)


@pytest.mark.parametrize(("text", "language"), [
    ("ຂົວດັ່ງກ່າວໄດ້ເລີ່ມກໍ່ສ້າງມາແຕ່ປີ 2022 ດ້ວຍງົບປະມານທັງໝົດປະມານ 18 ລ້ານໂດລາ ແລະ ຈະຊ່ວຍໃຫ້ການເດີນທາງສະດວກຂຶ້ນຫຼາຍ", "lo"),
    ("លោកប្រធានមន្ទីរអប់រំខេត្តបានមានប្រសាសន៍ថា កាលពីមុន សិស្សជាច្រើនត្រូវដើរជាង ៥ គីឡូម៉ែត្រ ដើម្បីទៅសាលា។", "km"),
    ("ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သဖြင့် လမ်းများပေါ်တွင် ရေများ ဝင်ရောက်ခဲ့သည်။", "my"),
])
def test_lao_khmer_and_myanmar_prose_has_a_function_word_density(text: str, language: str) -> None:
    f = line_features(text, language)
    assert f.stop_density is not None and f.stop_density >= 0.15, f


def test_a_short_menu_item_has_no_density() -> None:
    """Under CONTINUA_STOP_MIN letters a line keeps no density, as before: a menu item keeps a menu item's cost."""
    assert line_features("บทความที่เกี่ยวข้อง", "th").stop_density is None


def test_the_density_never_lowers_a_class() -> None:
    """Descriptive Thai prose with few function words stays near-good on length and sentence ends."""
    text = "ตัวเครื่องมีขนาดเท่ากระป๋องน้ำใบใหญ่ วางบนโต๊ะข้างเตียงได้สบาย เหมาะกับห้องนอนขนาดเล็กไม่เกินสิบห้าตารางเมตร"
    f = line_features(text, "th")
    assert f.stop_density < 0.15
    assert classify(f) in (NEAR, GOOD)


def test_lao_paragraph_with_spaced_numbers_and_conjunctions_is_prose() -> None:
    """Lao sets numbers and ແລະ ("and") off by spaces: words enough to be read as spaced text, no punctuation."""
    assert is_prose(
        "ໃນວັນທີ 10 ພະຈິກ 2025 ນີ້ ອຳນາດການປົກຄອງແຂວງຫຼວງພະບາງ ໄດ້ຈັດພິທີເປີດນຳໃຊ້ຂົວຂ້າມນ້ຳຂານແຫ່ງໃໝ່ຢ່າງເປັນທາງການ "
        "ເຊິ່ງເປັນຂົວທີ່ຍາວທີ່ສຸດໃນແຂວງ ມີຄວາມຍາວ 320 ແມັດ ແລະ ກວ້າງ 12 ແມັດ"
    )
    assert not is_prose("ຫຼວງພະບາງເປີດນຳໃຊ້ຂົວຂ້າມນ້ຳຂານແຫ່ງໃໝ່ ຍາວ 320 ແມັດ")  # the headline
