"""infoboxes_transparent / extend_to_infobox_lead: an encyclopedia entry's lead over its infobox (label over
value, one to a line), its contents and its sections is kept and the rows are removed; a menu or a short list
under a paragraph is no infobox. mark_toc: a contents block whose first heading carries an edit link. metadata:
an entry's name with a qualifier in brackets is its title when the lead opens with the name.

Every page here is synthetic.
"""

from __future__ import annotations

from stages import boilerplate_doc
from stages import kept_line_texts as _kept

from cleaners import clean_text
from cleaners.document import Document
from cleaners.metadata import _cjk_subject_name

INFOBOX_RULE = "boilerplate:infobox"


def _rule(doc: Document, rule: str) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule == rule]


ZH_TOP = ["某某百科", "首页", "分类", "个人中心", "收藏", "云岩寺（苏州古寺）", "编辑", "讨论"]
ZH_LEAD = "云岩寺，位于江苏省苏州市西北郊的虎丘山上，始建于东晋年间，是江南地区现存历史最悠久的佛教寺院之一，寺内古塔保存完好。"
ZH_ROWS = ["中文名", "云岩寺", "始建年代", "东晋", "所属地区", "江苏省苏州市", "类    型", "佛教寺院", "占地面积", "约2万平方米"]
ZH_CONTENTS = ["目录", "1 历史沿革", "2 建筑布局", "3 文物保护"]
ZH_BODY = [
    "历史沿革",
    "编辑",
    "据地方志记载，寺院原为东晋司徒王珣的别墅，后来王珣舍宅为寺，从此这里成为江南一带香火最盛的寺院之一，历代文人多有题咏。",
    "唐代以后寺院屡经兴废，现存的大部分殿堂都是清代重建的，山门前的石桥和古井至今仍然保存着原来的样子，吸引了很多游客。",
    "建筑布局",
    "编辑",
    "寺院依山而建，由山门、大殿、藏经楼和古塔组成，各建筑之间以石阶相连，布局紧凑，高低错落，与山势融为一体，非常壮观。",
    "古塔为八角七层砖木结构，高约四十八米，塔身略向北倾斜，被称为东方的斜塔，是这座城市最有名的标志性建筑之一。",
    "文物保护",
    "编辑",
    "一九六一年，古塔被公布为第一批全国重点文物保护单位。此后当地政府多次对塔身进行了加固维修，并在周边设立了保护范围，禁止在寺院附近新建高层建筑，目前寺院每年接待游客超过百万人次。",
]
ZH_FOOT = ["参考资料", "词条标签：", "文化", "©2024 某某百科 隐私政策"]


def test_lead_over_infobox_is_kept_and_rows_removed() -> None:
    doc = boilerplate_doc([*ZH_TOP, ZH_LEAD, *ZH_ROWS, *ZH_CONTENTS, *ZH_BODY, *ZH_FOOT], language="zh")
    kept = _kept(doc)
    assert ZH_LEAD in kept
    assert _rule(doc, INFOBOX_RULE) == ZH_ROWS
    assert _rule(doc, "boilerplate:toc") == ZH_CONTENTS
    assert all(line in kept for line in ZH_BODY if line != "编辑")


def test_entry_title_with_qualifier() -> None:
    record = clean_text("\n".join([*ZH_TOP, ZH_LEAD, *ZH_ROWS, *ZH_CONTENTS, *ZH_BODY, *ZH_FOOT]))
    assert record["title"] == "云岩寺（苏州古寺）"
    assert ZH_LEAD in record.text


def test_rows_that_name_no_subject_are_no_infobox() -> None:
    # Label-shaped pairs under a paragraph, none of them the name the paragraph opens with: a menu.
    menu = ["首页", "新闻", "体育", "财经", "娱乐", "科技", "汽车", "房产", "教育", "旅游"]
    doc = boilerplate_doc([*ZH_TOP, ZH_LEAD, *menu, *ZH_CONTENTS, *ZH_BODY, *ZH_FOOT], language="zh")
    assert _rule(doc, INFOBOX_RULE) == []
    assert not set(menu) & set(_kept(doc))


def test_three_rows_are_no_infobox() -> None:
    rows = ZH_ROWS[:6]
    doc = boilerplate_doc([*ZH_TOP, ZH_LEAD, *rows, *ZH_CONTENTS, *ZH_BODY, *ZH_FOOT], language="zh")
    assert _rule(doc, INFOBOX_RULE) == []


EN_LEAD = (
    "Harrow Point Lighthouse is a disused lighthouse on the northern tip of the Harrow peninsula, built in "
    "1851 to guide ships into the estuary and automated in 1972, when its last keepers left the rock."
)
EN_ROWS = ["Name", "Harrow Point Lighthouse", "Built", "1851", "Height", "24 metres", "Automated", "1972",
           "Status", "Inactive"]
EN_BODY = [
    "History",
    "The light was first lit on a winter evening in 1851, after three ships had been lost on the reef in a single "
    "storm the year before, and the harbour board had raised the money for it from the merchants of the town.",
    "For more than a century the keepers and their families lived in the cottages at the foot of the tower, and "
    "supplies came out by boat once a fortnight when the weather allowed it.",
    "Design",
    "The tower is built of granite blocks quarried on the mainland and is painted white with a single red band "
    "below the lantern, which held a fixed white light visible for eighteen miles in clear weather.",
    "The keepers' cottages were sealed when the light was automated, and the tower was decommissioned in 2011.",
    "Today",
    "A heritage group has restored the cottages, and visitors can cross to the rock at low tide on summer weekends "
    "to see the lantern room and the small museum about the keepers and their families.",
]


def test_english_entry_lead_over_infobox() -> None:
    doc = boilerplate_doc(["Wiki", "Main page", "Random article", "Harrow Point Lighthouse", EN_LEAD, *EN_ROWS,
                           "Contents", "1 History", "2 Design", "3 Today", *EN_BODY, "Privacy policy"])
    assert EN_LEAD in _kept(doc)
    assert _rule(doc, INFOBOX_RULE) == EN_ROWS


def test_lead_opening_with_another_name_keeps_no_infobox() -> None:
    lead = EN_LEAD.replace("Harrow Point Lighthouse", "The old lighthouse")
    doc = boilerplate_doc(["Wiki", "Harrow Point Lighthouse", lead, *EN_ROWS, *EN_BODY, "Privacy policy"])
    assert _rule(doc, INFOBOX_RULE) == []


def test_qualified_cjk_subject_name() -> None:
    assert _cjk_subject_name("青石桥（浙南古桥）", "青石桥，位于浙江省南部山区的溪口村")
    assert _cjk_subject_name("云岩寺(苏州)", "云岩寺位于江苏省苏州市")
    assert not _cjk_subject_name("青石桥（浙南古桥）", "这座桥位于浙江省南部山区的溪口村")  # the lead opens otherwise
    assert not _cjk_subject_name("青石桥（浙南古桥）", "青石桥")  # the lead is the name alone
    assert not _cjk_subject_name("浙江省南部山区的古代石拱桥（图）", "浙江省南部山区的古代石拱桥很多")  # a headline
    assert not _cjk_subject_name("Stone Bridge (Zhejiang)", "Stone Bridge is a bridge")  # not CJK
