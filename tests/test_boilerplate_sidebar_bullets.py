"""A sidebar's bulleted headlines interleaved with a CJK article's paragraphs (boilerplate.sidebar_bullets_in_run).

A text dump of a table layout puts the rows of a sidebar ("· 某地出台新规 …", "·家电/数码/手机配件") between the
article's paragraphs. They go when the page has two or more such lines, two of them one paragraph apart, and
their words mostly do not recur in the paragraphs under them. A bulleted subheading over its section ("• 政策背景"
over a paragraph about the policy) and the items of a real list are kept.
"""

from __future__ import annotations

from stages import boilerplate_doc, removed_line_rules
from stages import kept_line_set as _kept

HEAD = ["首页", "新闻", "财经", "首页 > 财经 > 农业", "南方早稻收购价格小幅上涨 种粮大户算起增收账"]
P = [
    "进入七月，南方多个省份的早稻陆续开镰收割。记者在几个产粮大县走访时了解到，今年早稻收购价格比去年同期每斤高出三到五分钱，不少种粮大户都在算自己的增收账。",
    "在一个拥有八百多亩水田的家庭农场，负责人告诉记者，今年开春以后雨水比较均匀，秧苗长势一直不错，亩产预计能达到九百斤左右，每亩地的收入比去年多出一百多元。",
    "当地粮食部门的工作人员介绍，今年早稻收购开秤较早，国有粮库和民营企业都积极入市，收购主体比往年更加多元，农民卖粮的选择也更多了。",
    "不过，也有农户反映，今年烘干设备不够用，遇到连续阴雨天气时，稻谷晾晒成了难题。一些合作社正在筹集资金，准备添置新的烘干机。",
    "业内人士分析，早稻价格上涨主要受两方面因素影响：一是国际粮价波动带动国内市场预期；二是加工企业库存偏低，补库需求比较旺盛。",
]
TAIL = ["（责任编辑：李文）", "相关新闻", "全国夏粮收购进度过半", "关于我们 | 广告服务 | 联系方式"]
SIDEBAR = ["· 北方小麦主产区夏收基本结束 单产创新高", "· 化肥价格回落 春耕农资供应总体充足", "·家电/数码/手机配件"]


def test_sidebar_headlines_between_paragraphs_go() -> None:
    lines = [*HEAD, P[0], SIDEBAR[0], P[1], SIDEBAR[1], P[2], SIDEBAR[2], P[3], P[4], *TAIL]
    doc = boilerplate_doc(lines, "zh")
    kept = _kept(doc)
    assert set(P) <= kept
    assert not set(SIDEBAR) & kept
    rules = removed_line_rules(doc)
    assert all(rules[s] == "boilerplate:sidebar-bullet" for s in SIDEBAR)


def test_one_sidebar_headline_alone_is_kept() -> None:
    """One bulleted line between two paragraphs is too little to tell a sidebar by."""
    lines = [*HEAD, P[0], P[1], SIDEBAR[0], P[2], P[3], P[4], *TAIL]
    assert SIDEBAR[0] in _kept(boilerplate_doc(lines, "zh"))


SECTIONS = [
    ("• 政策背景", "我市现有老旧小区四百余个，原有的加装电梯补贴政策自实施以来支持了一百多部电梯的加装，但也存在补贴标准偏低、审批环节较多等问题，此次政策修订正是为了回应这些问题。"),
    ("• 补贴标准", "新办法将每部电梯的补贴标准由原来的十万元提高到十五万元，对老年人口占比超过一半的单元，补贴标准再增加两万元，补贴资金在竣工验收后一次性拨付。"),
    ("• 申请条件", "申请加装电梯的住宅楼应当具有合法产权，同意加装的业主户数和面积均达到三分之二以上，申请时还应当提交加装方案和相邻业主的意见。"),
    ("• 常见问题", "有居民关心，一楼业主不同意怎么办？对此，新办法要求街道和社区做好协调工作，可以通过协商给予一楼业主适当补偿，协商不成的可以申请调解。"),
]


def test_bulleted_subheadings_over_their_sections_are_kept() -> None:
    """Subheadings one paragraph apart, the shape of a sidebar's rows, but their words recur under them."""
    lines = [*HEAD, P[0]]
    for head, para in SECTIONS:
        lines += [head, para]
    lines += [P[4], *TAIL]
    kept = _kept(boilerplate_doc(lines, "zh"))
    assert {head for head, _ in SECTIONS} <= kept


def test_a_list_under_a_colon_on_a_page_with_a_sidebar_is_kept() -> None:
    items = ["• 本人居民户口簿", "• 原居民身份证", "• 近期免冠证件照回执"]
    lines = [*HEAD, P[0], SIDEBAR[0], P[1], SIDEBAR[1], P[2], "办理前请准备好以下材料：", *items, P[3], P[4], *TAIL]
    kept = _kept(boilerplate_doc(lines, "zh"))
    assert set(items) <= kept
    assert not {SIDEBAR[0], SIDEBAR[1]} & kept


def test_japanese_items_over_their_explanations_are_kept() -> None:
    """'・' items each over a paragraph that explains it (a guide's sections): the item's words recur below."""
    head = ["トップ", "暮らし", "市民プールの利用案内"]
    paras = [
        "市民プールは毎年七月一日から八月三十一日まで開場します。利用にあたっては、次の点をご確認のうえ、安全に楽しくご利用ください。",
        "受付時間は午前九時から午後四時までです。受付時間を過ぎると入場できませんので、時間に余裕をもってお越しください。",
        "利用料金は大人三百円、中学生以下百円です。利用料金は受付で現金またはプリペイドカードでお支払いください。",
        "駐車場には限りがありますので、駐車場が満車の場合は近くの公共交通機関をご利用ください。",
        "そのほか、ご不明な点があれば市民プール管理事務所までお問い合わせください。担当者がご案内いたします。",
    ]
    items = ["・受付時間", "・利用料金", "・駐車場"]
    lines = [*head, paras[0], items[0], paras[1], items[1], paras[2], items[2], paras[3], paras[4], "利用規約 | お問い合わせ"]
    assert set(items) <= _kept(boilerplate_doc(lines, "ja"))


def test_an_english_page_is_left_alone() -> None:
    paras = [
        "The council approved a new plan for the harbour on Tuesday, after months of debate about the cost of the "
        "work and the effect it would have on the fishing fleet that still uses the old quay every morning.",
        "Under the plan, the quay will be rebuilt in two stages over three years, and boats will move to a "
        "temporary pier on the east side of the harbour while the first stage is under way.",
        "Fishermen said they welcomed the decision but wanted more detail on how the temporary pier would be "
        "lit and secured at night, when most of the catch is landed and sold.",
    ]
    bullets = ["• Weather warning for the coast", "• Ferry fares to rise in spring"]
    lines = ["Home", "News", "Harbour plan approved", paras[0], bullets[0], paras[1], bullets[1], paras[2]]
    assert set(bullets) <= _kept(boilerplate_doc(lines, "en"))


def test_every_bullet_mark_of_the_premise_opens_a_sidebar_row() -> None:
    """_sidebar_bullet tests the line's first character against _SIDEBAR_BULLET_MARKS before its regex: the regex's
    class is those marks, and a sidebar bulleted with any of them goes (a mark left out of the premise would
    keep its rows)."""
    from cleaners import boilerplate

    assert boilerplate._SIDEBAR_BULLET_RE.pattern == "^[" + boilerplate._SIDEBAR_BULLET_MARKS + r"]\s*\S"
    for mark in boilerplate._SIDEBAR_BULLET_MARKS:
        rows = [mark + s.lstrip("·").lstrip() for s in SIDEBAR]
        lines = [*HEAD, P[0], rows[0], P[1], rows[1], P[2], rows[2], P[3], P[4], *TAIL]
        kept = _kept(boilerplate_doc(lines, "zh"))
        assert not set(rows) & kept, mark
