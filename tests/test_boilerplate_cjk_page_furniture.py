"""Furniture of Chinese news pages: a scan-to-share box ("扫一扫，分享到朋友圈"), a pager ("上一页 1 2 3 下一页", in any
language: "« Previous 1 2 3 Next »"), an error-report button ("【纠错】"), a topic page's and the app's links ("点击进入
专题：…", "下载客户端，看更多新闻"), and a photographer's credit on its own line under a photo ("新华社记者 王明 摄":
an image credit, over which the article goes on). Prose holding the same characters stays.

From tests/pages: zh_xinwen_tupian_fenye_jiucuo.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, line_rule, removed_line_rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("扫一扫，分享到朋友圈", "furniture"),
        ("上一页", "furniture"),
        ("下一頁", "furniture"),
        ("首页 上一页 1 2 3 下一页 尾页", "furniture"),
        ("« Previous 1 2 3 Next »", "furniture"),
        ("< 1 2 3 >", "furniture"),
        ("前へ 1 2 次へ", "furniture"),
        ("【纠错】", "furniture"),
        ("点击进入专题：2025年夏粮收购", "promo"),
        ("下载客户端，看更多新闻", "promo"),
        ("新华社记者 王明 摄", "image-credit"),
        ("本报记者 李华、张三 摄影", "image-credit"),
        ("王明 摄", "image-credit"),
        # prose and figures stay
        ("研究发现，每日摄入量过高的人群更容易患病。", None),
        ("气温将升至三十五摄氏度", None),
        ("下一页将介绍具体的申报流程和所需材料，请大家耐心阅读并做好准备。", None),
        ("扫一扫二维码，即可下载本报客户端，随时随地阅读最新的新闻报道和深度评论文章。", None),
        ("1 2 3", None),
        ("3 > 2", None),
    ],
)
def test_line_rule(text: str, rule: str | None) -> None:
    assert line_rule(text, "zh") == rule


PARAGRAPHS = [
    "进入七月，南方多个省份的早稻陆续开镰收割，今年早稻收购价格比去年同期每斤高出三到五分钱，不少种粮大户都在算自己的增收账。",
    "在一个拥有八百多亩水田的家庭农场，负责人告诉记者，今年开春以后雨水比较均匀，秧苗长势一直不错，亩产预计能达到九百斤左右。",
    "当地粮食部门的工作人员介绍，今年早稻收购开秤较早，国有粮库和民营企业都积极入市，收购主体比往年更加多元，农民卖粮的选择也更多了。",
    "不过，也有农户反映，今年烘干设备不够用，遇到连续阴雨天气时，稻谷晾晒成了难题，一些合作社正在筹集资金，准备添置新的烘干机。",
    "业内人士分析，早稻价格上涨主要受国际粮价波动和加工企业库存偏低两方面因素影响，补库需求比较旺盛，短期内价格还会保持稳定。",
]


def test_a_photographer_credit_between_paragraphs_goes_and_the_article_goes_on() -> None:
    credit = "新华社记者 王明 摄"
    page = ["首页 > 财经", "南方早稻收购价格小幅上涨", *PARAGRAPHS[:2], "农民在田间收割早稻", credit, *PARAGRAPHS[2:],
            "【纠错】", "扫一扫，分享到朋友圈", "上一页 1 2 下一页", "关于我们 | 联系方式"]
    doc = boilerplate_doc(page, "zh")
    rules = removed_line_rules(doc)
    assert rules.get(credit) == "boilerplate:image-credit"
    for line in ("【纠错】", "扫一扫，分享到朋友圈", "上一页 1 2 下一页"):
        assert line in rules
    kept = kept_line_set(doc)
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
