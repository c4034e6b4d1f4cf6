"""What the probeC pages (Chinese page layouts) showed: a notice written in numbered sections whose first sections
(label rows, a table of names) were cut off, a table's numbered rows joined as a hard-wrapped paragraph, an index
number too long for a form row, a date row with the poster's IP region, a mobile page's "展开全文", bare file-photo
credits, a caption whose credit follows its full stop, an invitation to comment and a reprint's original headline.
Each with text that looks like it and stays."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.boilerplate import _cjk_photo_caption, furniture_rule, line_features
from cleaners.metadata import _label_row, parse_date_line
from cleaners.patterns import CJK_FILE_PHOTO_RE, COMMENT_INVITE_CJK_RE
from cleaners.segment import join_hard_wraps, split_lines


def _kept(raw: str) -> str:
    return "\n".join(p["text"] for p in clean_text(raw.encode("utf-8"), source="t.txt").paragraphs)


def _menu(words: str) -> str:
    return "\n".join(words.split())


_SIMPLIFIED_TENDER = """{menu}
当前位置：首页 > 交易信息 > 采购公告
某县第一小学食堂设备采购项目结果公告
【发布时间：2025-03-02】 【打印】 【关闭】
一、项目编号：JS-2025-0042
二、项目名称：某县第一小学食堂设备采购项目
三、成交信息
供应商名称：某某厨具有限公司
成交金额：人民币肆拾贰万元整
四、主要标的信息
名称 规格 数量
蒸饭柜 双门 4台
消毒柜 立式 6台
五、公告期限
自本公告发布之日起1个工作日。
六、其他补充事宜
供应商对成交结果有异议的，可以在公告发布之日起七个工作日内，以书面形式向采购人提出质疑，逾期不予受理。
七、联系方式
采购人：某县第一小学，联系电话：0000-1234567，地址：某县学府路1号。
上一篇：某县医院耗材采购项目结果公告
下一篇：某县道路养护项目更正公告
{footer}
"""

_TRADITIONAL_NOTICE = """{menu}
首頁 > 公告事項
某縣文化局徵選駐村藝術家公告
發布日期：2025-04-10
為推動地方文化發展，本局辦理駐村藝術家徵選，邀請藝術創作者進駐社區，與居民共同完成創作計畫，特此公告。
一、徵選名額
視覺藝術類 二名
表演藝術類 一名
二、駐村期間
2025年7月1日至9月30日
三、申請方式
申請者應於5月15日前將申請表、創作計畫書及作品集寄送本局，逾期恕不受理，相關表件請至本局網站下載。
上一則：某縣圖書館暑期閱讀活動
下一則：某縣美術館休館公告
{footer}
"""


@pytest.mark.parametrize(("page", "kept"), [
    (_SIMPLIFIED_TENDER, ["一、项目编号：JS-2025-0042", "供应商名称：某某厨具有限公司", "蒸饭柜 双门 4台", "五、公告期限"]),
    (_TRADITIONAL_NOTICE, ["為推動地方文化發展", "一、徵選名額", "視覺藝術類 二名", "二、駐村期間", "2025年7月1日至9月30日"]),
])
def test_notice_in_numbered_sections_keeps_its_first_sections(page: str, kept: list[str]) -> None:
    out = _kept(page.format(
        menu=_menu("首页 政务公开 政策文件 办事服务 互动交流 数据开放 专题专栏 机构设置"),
        footer=_menu("网站地图 联系我们 网站声明") + "\n主办单位：某县人民政府 ICP备00000000号",
    ))
    for text in kept:
        assert out.count(text) == 1, text
    assert "上一篇" not in out and "上一則" not in out and "政务公开" not in out


def test_numbered_sections_of_a_menu_do_not_pull_it_in() -> None:
    # "二、" heads the article's first section; the menu over it holds no "一、" heading: the run stays where it is.
    page = _menu("首页 新闻 专题 图片 视频 关于") + "\n某市出台新规 规范共享单车停放\n2025-05-06 来源：某市日报\n" + (
        "二、停放要求\n"
        "共享单车应当停放在划定的停车区域内，不得占用盲道、消防通道和机动车道，企业应当及时清理违规停放的车辆。\n"
        "三、监督管理\n"
        "城市管理部门将对企业的车辆投放和调度情况进行考核，考核结果与下一年度的投放配额挂钩，并向社会公布。\n"
    ) + _menu("相关新闻 某市地铁新线开通 某市公交调整")
    out = _kept(page)
    assert "首页" not in out and "关于" not in out
    assert "共享单车应当停放在划定的停车区域内" in out


def _joined(text: str) -> list[str]:
    return [line.text for line in join_hard_wraps(split_lines(text))]


def test_numbered_table_rows_are_no_wrapped_paragraph() -> None:
    rows = [
        "1 王建国 临江重工机械有限公司 数控车工 首席技师",
        "2 李秀英 临江市第一人民医院 健康管理师 高级技师",
        "3 陈志强 临江电力安装工程公司 电工 高级技师",
    ]
    assert _joined("\n".join(rows)) == rows


def test_wrapped_prose_that_opens_with_a_figure_still_joins() -> None:
    wrapped = ["2024年全市共接待游客三千二百万人次，同比增长", "百分之十二点五，旅游总收入达到四百一十亿元，创历", "史新高。"]
    assert len(_joined("\n".join(wrapped))) == 1


@pytest.mark.parametrize(("text", "row"), [
    ("索引号：11330100MB0123456X/2025-00187", True),
    ("文号：ZF-2025-18", True),
    ("发布机构：临江市人力资源和社会保障局", True),
    ("关于印发全市高技能人才认定管理办法的通知全文", False),
    ("标题：关于开展2025年度职业技能等级认定工作的通知", False),
])
def test_form_row_with_a_long_code(text: str, row: bool) -> None:
    assert _label_row(text) is row


@pytest.mark.parametrize("text", [
    "编辑于 2025-08-12 07:45・IP 属地浙江",
    "发布于 2025-08-12 07:45 IP属地：北京",
    "IP屬地：台灣 2025-08-12",
])
def test_date_row_with_the_posters_region_is_pure(text: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.iso == "2025-08-12" and parsed.tier == "pure"


def test_date_in_a_sentence_about_ip_regions_is_no_date_row() -> None:
    parsed = parse_date_line("平台自2022年4月起显示用户的IP属地，引发了不少讨论。")
    assert parsed is None or parsed.tier != "pure"


def _rule(text: str) -> tuple[str, str, bool] | None:
    return furniture_rule(text, "body", line_features(text, "zh"))


@pytest.mark.parametrize("text", ["展开全文", "展開全文", "点击展开全文"])
def test_mobile_expander_is_a_control(text: str) -> None:
    assert _rule(text) is not None


@pytest.mark.parametrize("text", ["（资料图片）", "资料图", "(資料照)", "图片来源于网络", "網路圖片"])
def test_bare_file_photo_credit(text: str) -> None:
    assert CJK_FILE_PHOTO_RE.match(text)
    assert _rule(text) is not None


@pytest.mark.parametrize("text", ["资料图片显示，该桥始建于1958年。", "他翻出一张资料图片给记者看。"])
def test_sentence_about_a_file_photo_stays(text: str) -> None:
    assert not CJK_FILE_PHOTO_RE.match(text)
    assert _rule(text) is None


@pytest.mark.parametrize(("text", "caption"), [
    ("▲綠川沿岸將增設夜間照明及休憩座椅。（圖／台中市政府提供）", True),
    ("图为修复前后的地契对比。（受访者供图）", True),
    ("市民在新建的公园里散步（记者 张三 摄）", True),
    ("今年的收成很好，农民们很高兴。（完）", False),
    ("这是他最后一次回到故乡。（图/文 张三）", False),
    ("二、逆光人像（手机摄影入门）", False),
])
def test_caption_with_its_credit_after_the_full_stop(text: str, caption: bool) -> None:
    assert _cjk_photo_caption(text) is caption


@pytest.mark.parametrize("text", [
    "你乘坐过最深的地铁站在哪里？欢迎在评论区分享～",
    "欢迎留言讨论！",
    "你去过哪些古镇？评论区聊聊",
    "歡迎在留言區告訴我們",
])
def test_invitation_to_comment(text: str) -> None:
    assert COMMENT_INVITE_CJK_RE.match(text)
    assert _rule(text) is not None


@pytest.mark.parametrize("text", [
    "欢迎各界朋友莅临交流，共同推动行业发展。",
    "评论区里，不少网友分享了自己被困在电梯里的经历，有人说当时非常害怕。",
    "主办方欢迎市民在活动现场分享自己的故事。",
])
def test_sentences_about_comments_stay(text: str) -> None:
    assert not COMMENT_INVITE_CJK_RE.match(text)


@pytest.mark.parametrize("text", ["原标题：雨停了，他们还在忙", "（原標題：老街夜市重新開張 攤商笑開懷）", "【原标题：课间延长五分钟】"])
def test_reprints_original_headline(text: str) -> None:
    assert _rule(text) is not None


def test_sentence_about_an_original_title_stays() -> None:
    assert _rule("原标题被编辑改动后，作者在社交平台上表达了不满。") is None


_TALK_NOTICE = """{menu}
您现在的位置: 首页 > 学术活动 > 正文
学术报告：{title}
时间：2025-05-08 点击数：96
{facts}
报告摘要：
本报告介绍作者团队近年来在该方向上的工作，包括问题的提出、主要方法和实验结果，并讨论若干尚未解决的公开问题与可能的研究思路。
报告人简介：
某某，某大学教授、博士生导师，主要从事该方向的研究工作，在国内外学术期刊上发表论文四十余篇，主持多项国家级科研项目。
上一篇：学术报告：另一个题目
下一篇：学院召开年度工作会议
{footer}
"""


def _talk(facts: list[str]) -> str:
    return _kept(_TALK_NOTICE.format(
        menu=_menu("学院首页 学院概况 师资队伍 人才培养 科学研究 学生工作 招生就业"),
        title="图神经网络的表达能力", facts="\n".join(facts),
        footer=_menu("快速链接 学校主页 研究生院 图书馆") + "\nCopyright © 某某大学",
    ))


def test_talk_notice_keeps_its_facts_over_a_bare_label() -> None:
    facts = ["报告人：某某 教授", "报告时间：2025年5月12日下午14:30", "报告地点：信息楼201会议室", "主办单位：计算机学院"]
    out = _talk(facts)
    for row in facts:
        assert out.count(row) == 1, row
    assert "报告摘要：" in out


def test_header_rows_over_a_bare_label_stay_out() -> None:
    # A news header's rows (a source, an author, a view count) over "摘要：": no talk's time and room among them.
    rows = ["来源：某某日报", "作者：本报记者 王某", "责任编辑：李某"]
    out = _talk(rows)
    for row in rows:
        assert row not in out, row


@pytest.mark.parametrize(("line", "title"), [
    ("首页时政社会经济文化体育图片视频专题老城夜市重新开张 摊主们的烟火生活回来了", "老城夜市重新开张 摊主们的烟火生活回来了"),
    ("首頁即時政治社會生活國際財經北捷環狀線北段明年動工 預計2031年通車", "北捷環狀線北段明年動工 預計2031年通車"),
    # One section name after the home link is no glued menu; nor is a headline that opens with a section's word.
    ("首页新闻发布会将于明日召开", "首页新闻发布会将于明日召开"),
    ("体育社会化改革试点扩大到十个城市", "体育社会化改革试点扩大到十个城市"),
])
def test_menu_glued_before_the_headline(line: str, title: str) -> None:
    from cleaners.metadata import _title_text

    assert _title_text(line) == title


@pytest.mark.parametrize("text", ["86.42 +6.18%", "上证指数 3412.56 +0.63%", "1,204.5 -3.2 -0.27%", "12.30 (−1.5%)"])
def test_quote_rows(text: str) -> None:
    from cleaners.boilerplate import _QUOTE_ROW_RE

    assert _QUOTE_ROW_RE.match(text)


@pytest.mark.parametrize("text", ["涨幅 6.18%", "同比增长 +6.18%", "截至发稿，该股报86.42元，涨6.18%。", "成交量 放大 +12%"])
def test_no_quote_rows(text: str) -> None:
    from cleaners.boilerplate import _QUOTE_ROW_RE

    assert not _QUOTE_ROW_RE.match(text)


def test_quote_box_inside_a_market_story_goes_and_the_story_goes_on() -> None:
    paragraphs = [
        "周三午后，储能板块震荡走高，截至发稿，板块整体涨幅超过百分之二，多只个股跟涨，成交额较前一交易日明显放大。",
        "消息面上，多家公司昨晚披露三季度报告，储能电池出货量快速增长，归母净利润同比增长超过三成，超出市场此前的预期。",
        "分析人士认为，在业绩改善和估值修复的双重驱动下，板块有望延续结构性行情，但投资者仍需关注原材料价格的波动。",
        "也有机构提示，行业新增产能仍在释放，价格竞争短期内难以完全缓解，中下游企业的成本压力可能随之增加。",
    ]
    page = _menu("首页 要闻 股票 基金 债券 期货 数据") + "\n储能板块午后拉升 多只个股涨超百分之五\n2025-10-29 14:52 来源：某某财经\n" + "\n".join(
        paragraphs[:2] + ["行情", "某某储能 300999", "86.42 +6.18%"] + paragraphs[2:]
    ) + "\n" + _menu("相关阅读 某某板块集体走强 某某期货主力合约下跌")
    out = _kept(page)
    for p in paragraphs:
        assert out.count(p) == 1
    assert "86.42" not in out and "300999" not in out and "\n行情" not in out


@pytest.mark.parametrize("page", [_SIMPLIFIED_TENDER, _TRADITIONAL_NOTICE])
def test_cleaned_notice_keeps_its_later_sections_when_cleaned_again(page: str) -> None:
    # The cleaned notice opens with its lead and first section, which may outscore its later sections of rows.
    raw = page.format(
        menu=_menu("首页 政务公开 政策文件 办事服务 互动交流 数据开放 专题专栏 机构设置"),
        footer=_menu("网站地图 联系我们 网站声明") + "\n主办单位：某县人民政府 ICP备00000000号",
    )
    once = clean_text(raw.encode("utf-8"), source="t.txt")
    twice = clean_text(once.text.encode("utf-8"), source="t.txt")
    assert [p["text"] for p in twice.paragraphs] == [p["text"] for p in once.paragraphs]


def test_cleaned_talk_notice_keeps_its_title_when_cleaned_again() -> None:
    facts = ["报告人：某某 教授", "报告时间：2025年5月12日下午14:30", "报告地点：信息楼201会议室", "主办单位：计算机学院"]
    raw = _TALK_NOTICE.format(
        menu=_menu("学院首页 学院概况 师资队伍 人才培养 科学研究 学生工作 招生就业"),
        title="图神经网络的表达能力", facts="\n".join(facts),
        footer=_menu("快速链接 学校主页 研究生院 图书馆") + "\nCopyright © 某某大学",
    )
    once = clean_text(raw.encode("utf-8"), source="t.txt")
    twice = clean_text(once.text.encode("utf-8"), source="t.txt")
    assert once["title"] == twice["title"] == "学术报告：图神经网络的表达能力"


_ESSAY = [
    ("外婆的菜园在老屋后面，不大，用竹篱笆围着，篱笆上爬满", "了丝瓜藤和扁豆花。小时候每到暑假，我最喜欢的事，就是跟着", "外婆去菜园里摘菜。"),
    ("清晨的菜园是湿漉漉的。露水挂在茄子叶上，一碰就滚下来", "，凉丝丝地落在脚背上。外婆总是先去看那几垄辣椒，她说辣椒", "最娇气，一夜之间就能被虫子啃掉半边。"),
]


def test_indented_wrapped_paragraphs_join() -> None:
    # Wrapped at 30 characters; each paragraph's first line opened with two full-width spaces, which normalization
    # strips: the first line is two characters short of the others.
    lines = [line for para in _ESSAY for line in para]
    assert len(lines[0]) + 2 == len(lines[1])
    joined = _joined("\n".join(lines))
    assert joined == ["".join(para) for para in _ESSAY]


def test_indented_two_line_paragraph_joins_at_the_pages_wrap_width() -> None:
    two = ("我把那两根丝瓜摘下来，带回了城里。那天晚上，我照着外", "婆的做法，打了一个丝瓜蛋汤。汤很清，味道却不像从前了。")
    lines = [line for para in _ESSAY for line in para] + list(two)
    assert _joined("\n".join(lines))[-1] == "".join(two)


def test_short_line_over_two_longer_ones_is_no_indented_paragraph_when_it_ends_a_sentence() -> None:
    rows = ["今年全市新建公园十二个。", "全市新建口袋公园和街心花园共计四十个。", "全市新建绿道总长度达到一百二十公里。"]
    assert _joined("\n".join(rows)) == rows


def test_dash_subtitle_is_no_title() -> None:
    from cleaners.metadata import _title_shaped

    assert not _title_shaped("——当代城市的记忆与遗忘")
    assert _title_shaped("当代城市的记忆与遗忘")


def test_headline_over_its_dash_subtitle_is_the_title() -> None:
    body = [
        "老街的石板路已经走了一百多年，每一块石头上都留着车辙和脚印，下雨的时候，缝隙里会长出青苔来。",
        "这条街上住过铁匠、裁缝和说书人，如今他们的后人大多搬走了，只剩下几户老人还守着祖上的房子。",
        "街道办去年开始修缮老房，请来的工匠都是本地人，他们说，修旧如旧，是对老街最大的尊重。",
    ]
    page = _menu("首页 散文 小说 诗歌 随笔") + "\n老街的石板路\n——一条街道的百年记忆\n" + "\n".join(body) + "\n" + _menu("上一篇 下一篇 相关文章")
    record = clean_text(page.encode("utf-8"), source="t.txt")
    assert record["title"] == "老街的石板路"


def test_table_rows_two_characters_apart_are_no_indented_paragraph() -> None:
    rows = ["田径（短跑） 9—12岁 12 50米跑、立定跳远", "田径（中长跑） 10—13岁 8 800米跑、台阶测试", "游泳 8—11岁 10 25米自由泳、水性测试"]
    assert _joined("\n".join(rows)) == rows


_RELEASE = """{menu}
您的位置：首页 > 新闻中心 > 公司新闻
某某科技发布新一代智能水表 抄表效率提升五倍
2025-06-18
某某科技股份有限公司今日在总部举行新品发布会，正式推出新一代智能水表，支持远程抄表和漏水预警，抄表效率提升五倍。
据介绍，新产品采用低功耗通信模块，电池寿命可达十年，数据每小时自动上传一次，供水企业可以实时掌握管网运行情况。
公司负责人表示，新产品已在三个城市完成试点，漏损率平均下降了两个百分点，明年将在更多城市推广应用。
{heading}
{about}
{after}
上一篇：某某科技荣获年度创新企业称号
下一篇：没有了
{footer}
"""


def _release(heading: str, about: str, after: str) -> str:
    return _kept(_RELEASE.format(
        menu=_menu("首页 关于我们 产品中心 解决方案 新闻中心 联系我们"), heading=heading, about=about, after=after,
        footer=_menu("产品中心 联系我们") + "\nCopyright © 2025 某某科技股份有限公司 版权所有",
    ))


def test_chinese_release_closing_company_box_goes() -> None:
    out = _release(
        "关于某某科技", "某某科技股份有限公司成立于2010年，专注于智慧水务领域的产品研发和系统集成，业务覆盖全国二十多个省份。",
        "媒体联系人：王女士\n电话：010-00000000",
    )
    assert "公司负责人表示，新产品已在三个城市完成试点" in out
    assert "关于某某科技" not in out and "成立于2010年" not in out and "媒体联系人" not in out


def test_feature_section_about_a_company_stays() -> None:
    # The story goes on after the description: a feature's section, no release's closing box.
    out = _release(
        "关于某某科技", "某某科技股份有限公司成立于2010年，最初只是一家只有五名员工的小作坊，靠给水厂维修设备起家。",
        "创始人回忆说，那几年最难的时候，公司账上只剩下够发一个月工资的钱，是一笔意外的订单救了大家。\n"
        "如今，这家公司已经有了自己的研发中心，每年投入研发的资金占营业收入的一成以上。",
    )
    assert "关于某某科技" in out and "最初只是一家只有五名员工的小作坊" in out
