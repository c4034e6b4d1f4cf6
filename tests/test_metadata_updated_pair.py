"""The "last updated" line of a date pair ("最後更新：…" under "發布時間：…") leaves the body with the publication
date, also when the pair sits under the lede (after the first body paragraph). A date line of the article that
is no "updated" line stays.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _parse_date_line

PAGE = """港灣日報
港聞
國際
財經
舊樓維修資助計劃擴大 業主立案法團可申請
【本報訊】政府昨日宣布擴大舊樓維修資助計劃，樓齡四十年或以上的住宅樓宇，均可由業主立案法團申請資助，進行公用地方的結構及消防安全工程。
發布時間：2022年05月09日 06:30
{second}
當局表示，全港目前有超過八千幢樓齡逾四十年的私人住宅樓宇，當中不少缺乏妥善保養，外牆剝落、鋼筋外露等問題時有發生，對居民及途人構成危險。
根據新安排，每個單位最多可獲資助工程費用的八成，上限為五萬元；年滿六十歲的自住業主，更可額外申請全數資助。申請期為期三個月。
有區議員歡迎政策，但擔心部分舊樓未有成立法團，業主難以協調。他建議政府派員協助有需要的大廈成立法團，並提供專業意見。
相關新聞：
舊樓驗樓令執行率偏低 審計報告促改善
大廈維修圍標 警方拘捕五人
"""


@pytest.mark.parametrize("text", ["最後更新：2022年05月09日 09:12", "最后更新时间：2022-05-09 09:12",
                                  "最终更新于2022-05-09 09:12"])
def test_a_last_updated_label_makes_a_pure_updated_date_line(text: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is not None and parsed.tier == "pure" and parsed.updated


def _body(second: str) -> str:
    record = clean_text(PAGE.format(second=second).encode(), source="hk.txt")
    assert str(record["published"]).startswith("2022-05-09")
    return "\n".join(p["text"] for p in record.paragraphs)


def test_the_updated_line_beside_the_publication_date_under_the_lede_is_removed() -> None:
    assert "最後更新" not in _body("最後更新：2022年05月09日 09:12")


def test_a_date_line_beside_the_publication_date_that_is_no_update_stays() -> None:
    assert "2022年05月10日" in _body("2022年05月10日")


@pytest.mark.parametrize("text", ["עודכן: 18.03.2025", "עודכן לאחרונה: 18.03.2025", "تحديث: 18 مارس 2025",
                                  "آخر تحديث: 18 مارس 2025"])
def test_hebrew_and_arabic_updated_labels_make_a_pure_updated_date_line(text: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is not None and parsed.tier == "pure" and parsed.updated


HE_ARTICLE = [
    "שר החוץ הבהיר הערב כי ההתבטאויות של סגנו בראיון לרדיו עוררו סערה, וכי הוא ישוחח איתו על הדברים כבר מחר בבוקר "
    "בלשכתו בירושלים.",
    "בראיון אמר הסגן כי יש לבחון מחדש את ההסכם עם המדינות השכנות. הדברים עוררו סערה באופוזיציה, שדרשה את פיטוריו "
    "המיידיים.",
    "ראש הממשלה טרם הגיב לדברים. בלשכתו אמרו כי הוא נמצא בביקור בחו\"ל ויתייחס לנושא עם שובו לארץ בסוף השבוע.",
]
AR_ARTICLE = [
    "أعلنت وزارة الزراعة اليوم عن فتح باب التقديم لبرنامج دعم صغار المزارعين في جميع المحافظات، على أن يستمر التقديم "
    "حتى نهاية الشهر المقبل.",
    "وقال المتحدث باسم الوزارة إن البرنامج يشمل قروضا ميسرة وبذورا محسنة وتدريبا على أساليب الري الحديثة، ويستهدف "
    "أكثر من عشرة آلاف مزارع.",
    "ويمكن للمزارعين التقديم عبر مديريات الزراعة أو من خلال الموقع الإلكتروني للوزارة، مع إرفاق ما يثبت ملكية الأرض "
    "أو عقد الإيجار.",
]


@pytest.mark.parametrize(
    "lines",
    [
        ["חדשות", "השר הבהיר את עמדת הממשלה בנושא ההסכם", "עודכן: 18.03.2025", "פורסם: 12.03.2025", *HE_ARTICLE, "שתפו"],
        ["أخبار", "فتح باب التقديم لدعم صغار المزارعين", "تحديث: 18 مارس 2025", "تاريخ النشر: 12 مارس 2025", *AR_ARTICLE,
         "شارك"],
    ],
    ids=["he", "ar"],
)
def test_the_publication_date_wins_over_an_updated_line_above_it(lines: list[str]) -> None:
    record = clean_text("\n".join(lines).encode(), source="page.txt")
    assert str(record["published"]).startswith("2025-03-12")
