"""A list heading over a single headline inside the article (boilerplate._lone_link_inline).

"延伸閱讀" / "Související" / "Related" on a line of its own, one headline under it, and the article going on:
an inline "read also" link written on two lines. Both lines are removed, and the paragraphs after them are
kept. A heading that names its link on its own line, and a heading over headlines that go on after the
article (a headline over a one-sentence headline), keep ending the article.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

PAGES = {
    "zh": (
        ["首頁", "生活", "國際", "夜市攤商改用環保餐具 一年減少三百萬個塑膠袋"],
        [
            "台中市環保局推動夜市減塑計畫滿一週年，今天公布成果，參與的六座夜市共有四百多個攤商改用可重複使用"
            "或可分解的餐具，估計一年減少約三百萬個一次性塑膠袋和餐盒。",
            "環保局表示，計畫初期不少攤商擔心成本增加，也怕客人不習慣。局內因此編列補助，攤商購買環保餐具可以"
            "申請最高一半的費用補助，並在夜市入口設置餐具回收站，由專人清洗消毒。",
        ],
        ["延伸閱讀", "垃圾分類新制上路 違規最高罰六千元"],
        [
            "不少消費者也給予肯定。來逛夜市的大學生小吳說，以前一個晚上買下來，手上會拎一大堆塑膠袋，現在自己"
            "帶杯子和袋子，有些攤位還會折價五元。",
            "環保局長指出，明年將把計畫擴大到全市的觀光市集和大型活動，並研究設置押金制度，提高餐具的回收率。",
        ],
        ["熱門新聞", "颱風外圍環流影響 北部山區防豪雨", "健保費率明年調整？衛福部回應"],
    ),
    "en": (
        ["Home", "News", "Sport", "Night markets switch to reusable plates and cut plastic waste"],
        [
            "A year after the city began its plan to cut plastic at night markets, more than four hundred stalls "
            "in six markets now serve food on reusable or compostable plates, the environment office said today.",
            "Many stall owners feared the cost at first, so the office paid up to half the price of the new "
            "plates and set up washing stations at the market entrances, staffed by its own workers.",
        ],
        ["Related", "New waste sorting rules bring fines of up to six thousand"],
        [
            "Shoppers have welcomed the change. A student said she used to carry home a pile of plastic bags "
            "after one evening at the market, and now brings her own cup and gets a small discount for it.",
            "Next year the plan will extend to all weekend markets and large events, and a deposit on plates "
            "is being studied to raise the share of them that come back to the washing stations.",
        ],
        ["Most read", "Typhoon brings heavy rain to northern mountains", "Health insurance fees to rise next year"],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_paragraphs_after_a_heading_over_one_link_are_kept(language: str) -> None:
    top, body, box, rest, related = PAGES[language]
    doc = boilerplate_doc([*top, *body, *box, *rest, *related], language)
    kept = _kept(doc)
    assert set(body) | set(rest) <= kept
    assert not set(box) & kept
    assert not set(related) & kept


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_heading_over_one_link_at_the_end_still_ends_the_article(language: str) -> None:
    """Without a paragraph right after the link, the heading ends the article: the headline over a sentence
    under it is a list going on (a headline that ends with a full stop is still a headline)."""
    top, body, box, rest, related = PAGES[language]
    tail = [*box, related[1] + ("。" if language == "zh" else "."), related[2]]
    doc = boilerplate_doc([*top, *body, *tail], language)
    assert set(body) <= _kept(doc)
    assert not set(tail) & _kept(doc)


def test_a_heading_that_names_its_link_takes_no_other_line() -> None:
    """"Related post: X" is the link itself: the article's section heading under it stays with the article."""
    top, body, _box, rest, _related = PAGES["en"]
    section = "What you need to make the plates last"
    doc = boilerplate_doc([*top, *body, "Related post: New waste sorting rules bring fines", section, *rest], "en")
    line = next(line for line in doc.lines if line.text == section)
    assert line.removal is None or line.removal.rule != "boilerplate:list"
    assert set(rest) <= _kept(doc)
