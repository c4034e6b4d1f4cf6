"""A sidebar's row glued onto the end of a CJK paragraph's line, after its last sentence (segment.split_glued_tails).

A text dump of a table layout often puts a sidebar's row on the line of the paragraph beside it:
"…卖出好价钱。 ·礼品/茶叶/优惠券". A removal is a whole line, so segment cuts such a tail off into a line of its own
(exact offsets into the normalized text) and the boilerplate stage's sidebar-bullet rule removes it when the page
shows a sidebar (several such rows, their words not taken up by the paragraphs under them). What must not be cut:
an interpunct inside a name ("约翰·史密斯"), "·" between items of a sentence, a list after a colon, a katakana
compound's "・", a short headline over a bullet, a tail that is a sentence of its own.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_page, kept_texts, removed_line_rules
from stages import kept_line_set as _kept

from cleaners.config import Config
from cleaners.document import Document
from cleaners.segment import GLUED_TAIL_MARKS, segment_stage, split_glued_tail

PROSE = "当地农业部门表示，下一步将继续做好晚稻的育秧和田间管理工作，帮助农民把丰收的粮食卖出好价钱。"


def _segment(text: str) -> Document:
    doc = Document(source="t", text=text)
    return segment_stage(doc, Config())


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        (PROSE + " ·礼品/茶叶/优惠券", "·礼品/茶叶/优惠券"),
        (PROSE + "·礼品/茶叶/优惠券", "·礼品/茶叶/优惠券"),
        (PROSE + " · 上海今年电力更紧 夏季缺口预计达420万千瓦", "· 上海今年电力更紧 夏季缺口预计达420万千瓦"),
        ("他感慨万千地说：“老天爷和我开了个不大不小的玩笑……” • 猫和老鼠童装专卖店", "• 猫和老鼠童装专卖店"),
        ("美国NBA球员不都以气垫鞋为装备吗？刘先生自己也纳闷这是为什么呢？ · 某地出台新规 电视广告审查将全面实行",
         "· 某地出台新规 电视广告审查将全面实行"),
        ("市民プールは毎年七月一日から八月三十一日まで開場します。・夏休みの自由研究特集", "・夏休みの自由研究特集"),
        (PROSE + " · 谁在帮某品牌狙击对手？", "· 谁在帮某品牌狙击对手？"),
    ],
)
def test_a_tail_after_the_last_sentence_is_cut_off(line: str, tail: str) -> None:
    cut = split_glued_tail(line)
    assert line[cut:] == tail


@pytest.mark.parametrize(
    "line",
    [
        # An interpunct inside a name, and "·" between items of a sentence: no sentence end before it.
        "该公司元老杰夫·约翰逊深表怀疑，好几年后，约翰逊还在与弗雷德里克·米勒争论，要他拿出证据来·约翰",
        "俄国作家列夫·托尔斯泰的长篇小说在中国很受欢迎，译者草婴先生译完了全部作品",
        "这次展览分为书法·绘画·篆刻·摄影四个部分，展期一个月，欢迎市民前来参观·免费",
        # A list after a colon, and a list written on the line after a sentence.
        "办理居住证需要准备以下材料，请提前准备好：· 本人居民户口簿",
        "为了解决这些问题，市政府出台了三项主要措施，具体如下。 • 加强监管 • 完善制度 • 提高效率",
        # Katakana compounds ("・" between words) in a Japanese sentence.
        "会場ではジョン・スミス氏がマーケティング・ディレクターとして講演し、サマー・セールの詳細を発表した",
        # A short headline over a bullet (no paragraph before the sign).
        "夏粮收购进度过半。 ·礼品/茶叶",
        # The tail is a sentence of its own, or longer than a headline.
        PROSE + " · 记者了解到，今年的收购工作将持续到九月底。",
        PROSE + " · " + "某地出台新规" * 8,
        # A stray sign or a figure after the sentence.
        PROSE + " · 1",
        PROSE + " ·",
        # Korean ends its sentences with a period.
        "정부는 올해 쌀 수매 가격을 작년보다 조금 올리기로 했다고 밝혔습니다. · 관련 기사 모음",
        # Latin text.
        "The council said the works would finish by the end of the summer. · Related: road closures",
    ],
)
def test_no_cut(line: str) -> None:
    assert split_glued_tail(line) == -1


def test_the_premise_tests_each_mark() -> None:
    """split_glued_tail's premise spells the marks out: each must reach the regex."""
    for mark in GLUED_TAIL_MARKS:
        assert split_glued_tail(PROSE + " " + mark + "礼品/茶叶/优惠券") > 0


def test_the_pieces_have_exact_offsets() -> None:
    text = "标题行\n\n" + PROSE + "  ·礼品/茶叶/优惠券\n下一段落。"
    doc = _segment(text)
    texts = [line.text for line in doc.lines]
    assert texts == ["标题行", PROSE, "·礼品/茶叶/优惠券", "下一段落。"]
    for k, line in enumerate(doc.lines):
        assert line.index == k
        assert text[line.start : line.end] == line.text
    head, tail = doc.lines[1], doc.lines[2]
    assert text[head.end : tail.start] == "  "
    assert tail.notes == {"gap_before": False, "glued_tail": True}
    assert head.notes["gap_before"] is True


def test_a_hard_wrapped_paragraph_is_cut_on_its_last_line() -> None:
    """A hard-wrapped CJK paragraph joined without its breaks: the tail is on its last physical line."""
    wrapped = ["近日记者在几个产粮大县走访时了解到，今年早稻收购", "价格比去年同期每斤高出三到五分钱，不少种粮大户都", "在算自己的增收账。 ·礼品/茶叶/优惠券"]
    text = "\n".join(["题目", "", *wrapped, "", "下一段落。"])
    doc = _segment(text)
    texts = [line.text for line in doc.lines]
    assert "·礼品/茶叶/优惠券" in texts
    tail = doc.lines[texts.index("·礼品/茶叶/优惠券")]
    head = doc.lines[tail.index - 1]
    assert text[tail.start : tail.end] == tail.text
    assert head.text.endswith("增收账。") and text[head.start : head.end].endswith("增收账。")


HEAD = ["首页", "新闻", "财经", "首页 > 财经 > 农业", "南方早稻收购价格小幅上涨 种粮大户算起增收账"]
P = [
    "进入七月，南方多个省份的早稻陆续开镰收割。记者在几个产粮大县走访时了解到，今年早稻收购价格比去年同期每斤高出三到五分钱，不少种粮大户都在算自己的增收账。",
    "在一个拥有八百多亩水田的家庭农场，负责人告诉记者，今年开春以后雨水比较均匀，秧苗长势一直不错，亩产预计能达到九百斤左右，每亩地的收入比去年多出一百多元。",
    "当地粮食部门的工作人员介绍，今年早稻收购开秤较早，国有粮库和民营企业都积极入市，收购主体比往年更加多元，农民卖粮的选择也更多了。",
    "不过，也有农户反映，今年烘干设备不够用，遇到连续阴雨天气时，稻谷晾晒成了难题。一些合作社正在筹集资金，准备添置新的烘干机。",
    "业内人士分析，早稻价格上涨主要受两方面因素影响：一是国际粮价波动带动国内市场预期；二是加工企业库存偏低，补库需求比较旺盛。",
]
TAIL = ["（责任编辑：李文）", "相关新闻", "全国夏粮收购进度过半", "关于我们 | 广告服务 | 联系方式"]
ROWS = ["· 北方小麦主产区夏收基本结束 单产创新高", "·家电/数码/手机配件", "· 专家：智慧农业还需跨过成本门槛"]


def test_glued_sidebar_rows_go_and_their_paragraphs_stay() -> None:
    lines = [*HEAD, P[0] + " " + ROWS[0], P[1] + " " + ROWS[1], P[2] + ROWS[2], P[3], P[4], *TAIL]
    doc = boilerplate_doc(lines, "zh")
    kept = _kept(doc)
    assert set(P) <= kept
    assert not set(ROWS) & kept
    rules = removed_line_rules(doc)
    assert all(rules[row] == "boilerplate:sidebar-bullet" for row in ROWS)


def test_glued_and_own_line_rows_together() -> None:
    lines = [*HEAD, P[0], ROWS[0], P[1] + " " + ROWS[1], P[2], ROWS[2], P[3], P[4], *TAIL]
    kept = _kept(boilerplate_doc(lines, "zh"))
    assert set(P) <= kept
    assert not set(ROWS) & kept


def test_the_record_audits_the_glued_row_with_its_span() -> None:
    page = "\n".join([*HEAD, P[0] + " " + ROWS[0], P[1] + " " + ROWS[1], P[2], P[3], P[4], *TAIL])
    record = clean_page(page)
    assert set(P) <= set(kept_texts(record))
    removed = {r["text"]: r for r in record["removed"]}
    for row in ROWS[:2]:
        assert removed[row]["rule"] == "boilerplate:sidebar-bullet"
        assert page[removed[row]["start"] : removed[row]["end"]] == row
    paragraph = next(p for p in record["paragraphs"] if p["text"] == P[0])
    assert page[paragraph["start"] : paragraph["end"]] == P[0]


def test_one_glued_row_alone_is_kept() -> None:
    """One bulleted tail on a page is too little to tell a sidebar by: it stays (as a line of its own)."""
    lines = [*HEAD, P[0], P[1] + " " + ROWS[1], P[2], P[3], P[4], *TAIL]
    kept = _kept(boilerplate_doc(lines, "zh"))
    assert set(P) <= kept
    assert ROWS[1] in kept


SECTIONS = [
    "我市现有老旧小区四百余个，原有的加装电梯补贴政策自实施以来支持了一百多部电梯的加装，但也存在补贴标准偏低、审批环节较多等问题。 • 补贴标准",
    "新办法将每部电梯的补贴标准由原来的十万元提高到十五万元，对老年人口占比超过一半的单元，补贴标准再增加两万元。 • 申请条件",
    "申请加装电梯的住宅楼应当具有合法产权，同意加装的业主户数和面积均达到三分之二以上，申请时还应当提交加装方案和相邻业主的意见。 • 常见问题",
    "有居民关心常见问题：一楼业主不同意怎么办？对此，新办法要求街道和社区做好协调工作，可以通过协商给予一楼业主适当补偿，协商不成的可以申请调解。",
]


def test_glued_subheadings_whose_words_recur_below_are_kept() -> None:
    """Subheadings glued after the paragraph above theirs: cut off, but their words recur below, so they stay."""
    doc = boilerplate_doc([*HEAD, P[0], *SECTIONS, P[4], *TAIL], "zh")
    kept = _kept(doc)
    assert {"• 补贴标准", "• 申请条件", "• 常见问题"} <= kept
    assert {s.rsplit(" • ", 1)[0] for s in SECTIONS[:3]} <= kept


def test_a_tail_does_not_glue_its_paragraph_to_the_next_as_a_hard_wrap() -> None:
    """A line that ends in a tail ends no sentence: two such lines of one width over a shorter line read as a
    hard-wrapped paragraph. The tails are cut off before the wraps are joined, so the paragraphs stay apart."""
    paras = [
        "旅館の四代目にあたる女将は「以前は電話での予約がほとんどで、若いお客様にはハードルが高かったようです」と話す。"
        "予約サイトでは客室の写真や料理のメニューを詳しく紹介し、空室状況もすぐに確認できるようにした。",
        "導入を支援したのは、地元のソフトウェア会社でマーケティング・ディレクターを務める佐藤さんだ。"
        "佐藤さんは旅館のスタッフと何度も話し合い、操作の分かりやすさを最優先にした画面づくりを進めた。",
        "また、海外からの旅行者向けに英語と中国語のページも用意した。アメリカから訪れたジョン・スミスさんは笑顔を見せた。",
    ]
    tails = ["・家電・パソコン・カメラ", " ・プロ野球 開幕カードの見どころを解説"]
    physical = [paras[0] + tails[0], paras[1] + tails[1], paras[2]]
    assert abs(len(physical[0]) - len(physical[1])) <= 1 and len(physical[2]) <= len(physical[0])
    doc = _segment("\n".join(["見出し", "", *physical]))
    assert [line.text for line in doc.lines] == ["見出し", paras[0], tails[0], paras[1], tails[1].strip(), paras[2]]
