"""CJK pagers and blog headers.

A pager's other shapes: the count of pages and a page's number with their CJK label ("共5页 首页 上一页 1 2 3",
"第1页 第2页 第3页"), more words ("上页", "前のページ", "처음 … 마지막"), and bare page numbers next to a pager line
("1" "2" "3" one to a line over "下一页": boilerplate.mark_pager_numbers). A column of figures and a numbered list
stay, and so does a sentence that names the next page.

A blog's header over its first post (the blog's name, tagline and the blogger's profile box: "个人资料", "加好友 发纸条",
"博客等级：12", "访问量：128,903"): boilerplate.mark_blog_header, rules "blog-header" and "blog-profile".

From tests/pages: zh_xinwen_fenye_gongyeshu_weiye, zh_xinwen_fenye_meihang_yige, zh_tw_xinwen_di_ye_gong_ye,
zh_boke_geren_ziliao_dengji_jifen, zh_tw_boke_guanyu_wo_renqi, ja_blog_purofiru_dokusha_peji,
ko_blog_iutchuga_ijeon_daeum, zh_gonggao_shuju_biaoge_guanzhu.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, line_rule, removed_line_rules

from cleaners.boilerplate import _blog_profile_line

PARAGRAPHS = [
    "进入七月，南方多个省份的早稻陆续开镰收割，今年早稻收购价格比去年同期每斤高出三到五分钱，不少种粮大户都在算自己的增收账。",
    "在一个拥有八百多亩水田的家庭农场，负责人告诉记者，今年开春以后雨水比较均匀，秧苗长势一直不错，亩产预计能达到九百斤左右。",
    "当地粮食部门的工作人员介绍，今年早稻收购开秤较早，国有粮库和民营企业都积极入市，收购主体比往年更加多元，农民卖粮的选择也更多了。",
    "业内人士分析，早稻价格上涨主要受国际粮价波动和加工企业库存偏低两方面因素影响，补库需求比较旺盛，短期内价格还会保持稳定。",
]


@pytest.mark.parametrize(
    ("text", "pager"),
    [
        ("共5页 首页 上一页 1 2 3", True),
        ("第1页 第2页 第3页", True),
        ("上页 1 2 3 下页", True),
        ("« 前一页 1 2 3 后一页 »", True),
        ("前のページ 1 2 3 次のページ", True),
        ("처음 이전 1 2 3 4 5 다음 마지막", True),
        ("1 2 3 4 5 ... 12 下一页", True),
        ("1 2 3", False),  # bare figures: a table's row
        ("共 12 页", False),  # one number
        ("3 > 2", False),
        ("第2页 2025", False),  # a year is no page
    ],
)
def test_pager(text: str, pager: bool) -> None:
    assert (line_rule(text, "zh") == "furniture") is pager


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("共5页 首页 上一页 1 2 3", "furniture"),
        ("第1頁 第2頁 第3頁", "furniture"),
        ("처음 이전 1 2 3 4 5 다음 마지막", "furniture"),
        ("下一页将介绍具体的申报流程和所需材料，请大家耐心阅读并做好准备。", None),
        ("第1页至第3页为申报表格，请逐项填写。", None),
    ],
)
def test_line_rule(text: str, rule: str | None) -> None:
    assert line_rule(text, "zh") == rule


@pytest.mark.parametrize(
    "tail",
    [
        ["1", "2", "3", "4", "下一页"],
        ["1 2 3 4 5", "下一页 尾页"],
        ["共5页", "首页 上一页 1 2 3 下一页"],
        ["上一页 1 2 下一页", "3", "4"],
    ],
)
def test_bare_page_numbers_next_to_a_pager_go(tail: list[str]) -> None:
    page = ["首页 > 财经", "南方早稻收购价格小幅上涨", *PARAGRAPHS, *tail, "关于我们 | 联系方式"]
    doc = boilerplate_doc(page, "zh")
    kept = kept_line_set(doc)
    for line in tail:
        assert line not in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


@pytest.mark.parametrize(
    "table",
    [
        ["序号", "金额", "1", "2", "3", "120", "95", "88"],  # an index column, away from any pager
        ["单位：万元", "120", "95", "88"],  # figures over a pager word do not count pages
    ],
)
def test_a_column_of_figures_stays(table: list[str]) -> None:
    page = ["首页 > 财经", "南方早稻收购价格小幅上涨", *PARAGRAPHS[:2], "各地收购情况如下：", *table, *PARAGRAPHS[2:],
            "下一页", "关于我们 | 联系方式"]
    if table[0] == "单位：万元":
        page = ["首页 > 财经", "南方早稻收购价格小幅上涨", *PARAGRAPHS, "各地收购情况如下：", *table, "下一页",
                "关于我们 | 联系方式"]
    kept = kept_line_set(boilerplate_doc(page, "zh"))
    for line in table[1:]:
        assert line in kept


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("个人资料", True),
        ("關於我", True),
        ("プロフィール", True),
        ("프로필", True),
        ("加好友 发纸条 写留言 加关注", True),
        ("追蹤 加入好友", True),
        ("読者になる", True),
        ("이웃추가", True),
        ("博客等级：12", True),
        ("访问量：128,903", True),
        ("人氣：53,210", True),
        ("오늘 방문자 128", True),
        # look-alikes that stay
        ("请关注我们的公众号", False),
        ("访问量大幅增长，达到12万人次", False),
        ("本文介绍个人资料的填写方法", False),
        ("关注度：高", False),
    ],
)
def test_blog_profile_line(text: str, profile: bool) -> None:
    assert _blog_profile_line(text) is profile


POST = [
    "周末和两个朋友去走了一段古道。古道全长十二公里，沿途大部分是石板路，有些路段已经被落叶盖住，踩上去沙沙作响。",
    "走到半山腰的时候，遇到一位在路边卖柿子的老人。老人说，这条路以前是山里人挑担子出山的必经之路，现在年轻人都搬走了。",
    "下山的时候天已经快黑了，我们在山脚的小饭馆吃了一碗热腾腾的面条，一天的疲惫一下子就消失了。",
]
HEADER = ["山间小筑的博客", "一个爱爬山、爱拍照的普通上班族，记录走过的路和看过的风景。", "个人资料", "山间小筑",
          "加好友 发纸条 写留言 加关注", "博客等级：12", "访问量：128,903"]


def test_a_blog_header_and_profile_box_over_the_first_post_go() -> None:
    page = ["博客首页 | 登录 | 注册", *HEADER, "秋天的古道 (图) 2025-10-12 20:15:33", *POST, "分类：旅行 | 阅读(356) | 评论(12)"]
    doc = boilerplate_doc(page, "zh")
    kept = kept_line_set(doc)
    for line in HEADER:
        assert line not in kept
    for paragraph in POST:
        assert paragraph in kept
    rules = removed_line_rules(doc)
    assert rules["博客等级：12"] in ("boilerplate:blog-profile", "boilerplate:blog-header")
    assert rules["一个爱爬山、爱拍照的普通上班族，记录走过的路和看过的风景。"] == "boilerplate:blog-header"


def test_a_news_dateline_without_a_profile_box_keeps_its_lead() -> None:
    """A stamped headline with no profile box over it: the lines above stay to the other rules."""
    lead = "本报讯 今年以来，我市持续推进老旧小区改造，已有三十多个小区完成了外墙保温和管网更新，居民们纷纷点赞，关注度很高。"
    page = ["首页 > 本地", lead, "老旧小区改造进展顺利 2025-10-12 20:15:33", *POST]
    kept = kept_line_set(boilerplate_doc(page, "zh"))
    assert lead in kept


def test_a_lone_follow_button_over_a_post_leaves_the_header() -> None:
    """One profile line alone is too little to tell a box: the tagline stays to the other rules."""
    tagline = "一个爱爬山、爱拍照的普通上班族，记录走过的路和看过的风景，也分享一些实用的徒步路线和装备心得。"
    page = ["博客首页 | 登录 | 注册", tagline, "关注", "秋天的古道 (图) 2025-10-12 20:15:33", *POST]
    doc = boilerplate_doc(page, "zh")
    assert all(rule not in ("boilerplate:blog-header", "boilerplate:blog-profile") for rule in removed_line_rules(doc).values())
