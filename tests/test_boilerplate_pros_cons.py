"""A review's pros and cons (boilerplate.pros_cons_transparent): "Pros" over short items, then "Cons" over more,
after the last paragraph. The items are short phrases, scored as menu lines, so the run ended above them and lost
the verdict under them too. Negatives: a pros heading without a cons list, and the lists after a share bar."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

REVIEWS = {
    "nl": (
        [
            "Robotstofzuigers worden steeds slimmer, maar ook steeds duurder. Deze kost iets meer dan driehonderd "
            "euro en belooft toch kaarten van het huis, een app en automatisch leegzuigen.",
            "Het eerste wat opvalt is hoe stil het apparaat is. In de stilste stand hoor je hem in de kamer ernaast "
            "nauwelijks, zodat je hem ook 's avonds kunt laten rijden.",
            "Minder goed gaat het met drempels en kabels. Hij is zo voorzichtig dat hij een drempel van anderhalve "
            "centimeter vaak niet neemt.",
        ],
        ["Pluspunten", "Zeer stil", "Betrouwbare kaarten en zones", "Minpunten", "Neemt lage drempels slecht"],
        "Conclusie",
        "Wie vooral harde vloeren heeft en een stille, betaalbare robot zoekt, krijgt hier veel waar voor zijn "
        "geld. Voor huizen met veel tapijt of drempels zijn er betere keuzes.",
    ),
    "en": (
        [
            "The kettle boils a full litre in just under three minutes, which puts it among the quicker models we "
            "have tested this year, and it does so without the rattling some cheaper kettles make.",
            "The temperature presets are the main reason to buy it: green tea at eighty degrees and coffee at ninety "
            "five are one button away, and the kettle holds the heat for half an hour.",
            "The lid is the weak spot. It opens with a stiff button and the hinge already felt loose after a month "
            "of daily use in our test kitchen.",
        ],
        ["Pros", "Fast", "Useful presets", "Keeps water warm", "Cons", "Stiff lid button", "Loose hinge"],
        "Verdict",
        "A quick kettle with presets that tea drinkers will use every day, let down by a lid that feels cheaper "
        "than the rest of it.",
    ),
}
HEADER = ["Techwijzer", "Nieuws", "Reviews", "Review: a quiet test model"]
FOOTER = ["Lees ook", "Vijf robotmaaiers getest", "Privacyverklaring", "© 2025 Techwijzer"]


@pytest.mark.parametrize("language", sorted(REVIEWS))
def test_pros_cons_and_the_verdict_under_them_are_kept(language: str) -> None:
    paragraphs, lists, heading, verdict = REVIEWS[language]
    doc = boilerplate_doc([*HEADER, *paragraphs, *lists, heading, verdict, *FOOTER], language)
    assert set(paragraphs) | set(lists) | {verdict} <= _kept(doc)
    assert not set(FOOTER) & _kept(doc)


@pytest.mark.parametrize("language", sorted(REVIEWS))
def test_a_pros_heading_without_cons_is_no_pros_cons_block(language: str) -> None:
    paragraphs, lists, _, _ = REVIEWS[language]
    menu = lists[:3]  # a heading over items, no cons heading: the run does not go on over them
    doc = boilerplate_doc([*HEADER, *paragraphs, *menu, *FOOTER], language)
    assert set(paragraphs) <= _kept(doc)
    assert not set(menu) & _kept(doc)


def test_pros_cons_after_a_share_bar_stay_out() -> None:
    paragraphs, lists, _, _ = REVIEWS["en"]
    doc = boilerplate_doc([*HEADER, *paragraphs, "Share this article", "Related reviews", *lists, *FOOTER], "en")
    assert set(paragraphs) <= _kept(doc)
    assert not set(lists) & _kept(doc)


def test_a_near_good_verdict_right_under_the_lists_is_kept() -> None:
    """Thai writes no full stops, and a verdict of one line is near-good there: right under the lists (no heading
    over it) it still belongs to the review, and the lists score nothing against it."""
    paragraphs = [
        "ช่วงนี้ฝุ่น PM2.5 กลับมาอีกแล้ว หลายคนคงกำลังมองหาเครื่องฟอกอากาศสักเครื่อง วันนี้เราเลยเอาเครื่องขนาดเล็กสำหรับห้องนอน"
        "มาลองใช้จริงเป็นเวลาหนึ่งเดือน",
        "ตัวเครื่องมีขนาดเท่ากระป๋องน้ำใบใหญ่ วางบนโต๊ะข้างเตียงได้สบาย เหมาะกับห้องขนาดไม่เกิน 20 ตารางเมตร",
        "ในโหมดกลางคืนเสียงเบามากจนแทบไม่ได้ยิน และไฟหน้าจอจะดับเองอัตโนมัติ ทำให้นอนหลับได้ไม่ถูกรบกวน",
    ]
    lists = ["ข้อดี", "ขนาดเล็ก วางได้ทุกที่", "เสียงเงียบในโหมดกลางคืน", "ไส้กรองหาซื้อง่าย ราคาไม่แพง", "ข้อเสีย",
             "ไม่มีเซนเซอร์วัดฝุ่นในตัว", "สายไฟค่อนข้างสั้น"]
    verdict = ("สรุปแล้ว ถ้าต้องการเครื่องฟอกอากาศสำหรับห้องนอนเล็ก ๆ ในราคาไม่เกินสองพันบาท รุ่นนี้ถือว่าคุ้มค่า "
               "แต่ถ้าห้องใหญ่กว่านี้ควรเลือกรุ่นที่แรงกว่า")
    footer = ["แชร์บทความนี้", "บทความที่เกี่ยวข้อง", "รีวิว พัดลมไอเย็น 3 รุ่นยอดนิยม", "นโยบายความเป็นส่วนตัว"]
    doc = boilerplate_doc(["หน้าแรก", "รีวิวสินค้า", "ไอที", *paragraphs, *lists, verdict, *footer], "th")
    assert set(paragraphs) | set(lists) | {verdict} <= _kept(doc)
    assert not set(footer) & _kept(doc)
