"""Review of probeC's Chinese rules (reviewI): article text shaped like the page furniture probeC learned to cut.
A platform's rule about the comment section, a sentence quoting a book's original title, a story's table of regions
with their growth in percent, and an essay's or a release's last section "关于<school / event>" stay; the shapes
probeC meant (a bare invitation to comment, a reprint's original headline, a stock quote box, a release's closing
company box) still go."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.boilerplate import furniture_rule, line_features
from cleaners.patterns import COMMENT_INVITE_CJK_RE


def _kept(raw: str) -> str:
    return "\n".join(p["text"] for p in clean_text(raw.encode("utf-8"), source="t.txt").paragraphs)


def _rule(text: str) -> tuple[str, str, bool] | None:
    return furniture_rule(text, "body", line_features(text, "zh"))


_FOOTER = "\n".join([
    "分享到：微信 微博", "上一篇：春雨过后的田野", "下一篇：城市夜晚的另一种声音", "网站导航", "关于我们", "联系我们",
    "Copyright © 2025 某某网 版权所有",
])


def _page(title: str, body: str) -> str:
    return "\n".join(["某某网", "首页", "新闻", "财经", "文化", "当前位置：首页 > 正文", title, "2025-06-18 来源：某某网", body,
                      _FOOTER])


@pytest.mark.parametrize("text", [
    "在评论区交流时要注意文明用语",
    "评论区讨论最多的是票价问题",
    "在留言区互动的多是年轻读者",
])
def test_statements_about_the_comment_section_stay(text: str) -> None:
    assert not COMMENT_INVITE_CJK_RE.match(text)
    assert _rule(text) is None


@pytest.mark.parametrize("text", ["评论区聊聊", "评论区说说你的看法吧", "在留言区告诉我们～", "欢迎在评论区分享你的故事"])
def test_bare_invitations_to_comment_still_go(text: str) -> None:
    assert COMMENT_INVITE_CJK_RE.match(text)
    assert _rule(text) is not None


@pytest.mark.parametrize("text", [
    "原标题：《河流的尽头》，是作者在杂志连载时用的名字。",
    "原标题：河流的尽头。",
])
def test_sentence_quoting_an_original_title_stays(text: str) -> None:
    assert _rule(text) is None


@pytest.mark.parametrize("text", ["原标题：《手机端大模型的三道坎》", "原标题：雨停了，他们还在忙！"])
def test_original_headline_still_goes(text: str) -> None:
    assert _rule(text) is not None


_STORY_LEAD = "国家统计局和各省统计部门近日陆续公布上半年经济数据。东部几个经济大省增速普遍回升，中西部省份继续保持较快增长。"
_STORY_TAIL = "分析人士认为，外贸回暖和消费复苏是东部省份增速回升的主要原因，全年经济有望稳中向好。"


@pytest.mark.parametrize("rows", [
    ["广东 68211 +4.2%", "江苏 66967 +5.8%", "山东 50270 +5.7%"],  # whole figures: no quote
    ["广东 68211.5 +4.2%", "江苏 66967.3 +5.8%", "山东 50270.9 +5.7%"],  # decimals, but under the story's colon
])
def test_story_table_of_growth_rates_stays(rows: list[str]) -> None:
    body = "\n".join([_STORY_LEAD, "以下是部分省份上半年地区生产总值及同比增速（单位：亿元）：", *rows, _STORY_TAIL])
    out = _kept(_page("上半年各省经济数据出炉 东部省份增速回升", body))
    for row in rows:
        assert row in out


def test_quote_box_in_a_market_story_still_goes() -> None:
    body = "\n".join([
        "某某新能今日发布三季度报告，前三季度营业收入同比增长百分之十二，储能产品出货量快速增长。",
        "行情", "某某锂能 300999", "86.42 +6.18%",
        "公司表示，储能电池出货量快速增长是业绩提升的主要原因，明年将继续扩大产能。",
    ])
    out = _kept(_page("某某新能三季度营收增长 储能业务成亮点", body))
    assert "公司表示" in out and "86.42 +6.18%" not in out and "某某锂能 300999" not in out


_ABOUT_BODY = (
    "5月18日，某某书店联合城南街道各社区举办公益阅读活动，三百多名儿童和家长参加。\n"
    "活动现场设置了绘本角、故事会和手工区，志愿者为孩子们朗读绘本，带领他们制作书签。\n"
    "书店负责人表示，今后将每月举办一次社区阅读活动，让更多孩子爱上阅读。\n"
)


@pytest.mark.parametrize(("heading", "about"), [
    ("关于本次活动", "本次活动由某某书店主办，城南街道办事处协办。某某书店成立于2008年，是一家专注于儿童阅读推广的独立书店。"),
    ("关于母校", "母校创建于1952年，致力于培养师范人才，七十多年来为全省输送了几万名教师。"),
])
def test_last_section_about_an_event_or_a_school_stays(heading: str, about: str) -> None:
    out = _kept(_page("某某书店举办公益阅读活动", _ABOUT_BODY + heading + "\n" + about))
    assert heading in out and about in out


@pytest.mark.parametrize("about", [
    "某某书店有限公司成立于2008年，专注于儿童阅读推广，在全省开设了十二家门店。",
    "某某书店是一家专注于儿童阅读推广的独立书店，成立于2008年，在全省开设了十二家门店。",
])
def test_release_closing_company_box_still_goes(about: str) -> None:
    out = _kept(_page("某某书店举办公益阅读活动", _ABOUT_BODY + "关于某某书店\n" + about + "\n媒体联系人：王女士"))
    assert "书店负责人表示" in out and "关于某某书店" not in out and "成立于2008年" not in out


_NOTICE = """某某区人民政府
首页
政务公开
通知公告
当前位置：首页 > 通知公告
关于做好2025年防汛工作的通知
发布日期：2025-05-10
为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。
一、提高思想认识
各单位要充分认识防汛工作的重要性，克服麻痹思想和侥幸心理，把防汛工作摆在突出位置。
二、落实工作责任
各乡镇、各单位主要负责人是防汛第一责任人，要层层压实责任，确保责任到人。
三、加强值班值守
汛期实行24小时值班和领导带班制度，遇有重大情况及时报告。
某某区应急管理局
{date}
四、区防汛物资仓库开放时间调整的公告
五、关于开展安全生产月活动的通知
六、关于公布第二批应急避难场所名单的公告
扫一扫在手机打开当前页
"""


@pytest.mark.parametrize("date", ["2025年5月10日", "二〇二五年五月十日"])
def test_numbered_lines_under_a_notices_signature_date_are_not_its_sections(date: str) -> None:
    out = _kept(_NOTICE.format(date=date))
    assert "三、加强值班值守" in out and "汛期实行24小时值班" in out
    assert "五、关于开展安全生产月活动的通知" not in out and "六、关于公布第二批应急避难场所名单的公告" not in out
