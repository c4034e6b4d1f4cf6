"""Faults the probe pages of Chinese page kinds and other dev-set languages found (probe19)."""

from __future__ import annotations

import pytest

from cleaners import clean_text, metadata, patterns

_ARTICLE = (
    "为进一步规范企业职工基本养老保险缴费工作，现将本年度缴费基数标准调整情况解读如下，请各单位认真做好衔接。\n"
    "缴费基数上下限按照上一年度全省城镇单位就业人员平均工资确定，下限为平均工资的百分之六十。\n"
    "新标准自明年一月一日起执行，已按原标准预缴的，由税务部门统一办理补退，职工无需另行申请。\n"
    "如有疑问，可拨打服务热线咨询，工作人员将在工作日内予以答复。\n"
)


@pytest.mark.parametrize(
    "text",
    ["上一篇：一图读懂失业保险稳岗返还政策", "下一篇：技能人才评价工作问答", "次の記事：冬の節電対策まとめ"],
)
def test_previous_and_next_article_links_are_read_also_lines(text: str) -> None:
    assert patterns.READ_ALSO_RE.search(text)


@pytest.mark.parametrize("text", ["上一篇文章里我们讲了生成器的用法。", "次の記事では設定方法を説明します。"])
def test_a_sentence_about_the_previous_article_is_no_link(text: str) -> None:
    assert not patterns.READ_ALSO_RE.search(text)


def test_previous_and_next_links_end_the_article_before_label_rows() -> None:
    # The footer's label rows ("主办单位：...", "地址：...") under the links read as a closing table of the
    # article while the links are no furniture: the run took the links and the footer with them.
    page = (
        "当前位置：首页 > 政务公开 > 政策解读\n"
        "缴费基数标准调整解读\n"
        + _ARTICLE
        + "上一篇：一图读懂失业保险稳岗返还政策\n"
        "下一篇：技能人才评价工作问答\n"
        "主办单位：江州市人力资源和社会保障局\n"
        "地址：江州市新华路88号 邮编：330000\n"
        "网站标识码：3601000001\n"
    )
    record = clean_text(page)
    assert "上一篇" not in record.text
    assert "主办单位" not in record.text
    assert "缴费基数上下限按照上一年度" in record.text


@pytest.mark.parametrize("text", ["相關新聞", "相關新聞：", "熱門新聞", "相關閱讀", "熱門推薦", "猜你喜歡"])
def test_traditional_chinese_list_headings(text: str) -> None:
    # The simplified forms ("相关新闻", "热门新闻") head lists of other stories; a Hong Kong or Taiwan page
    # writes the same headings in traditional characters.
    assert patterns.LIST_INTRO_RE.search(text)


def test_an_inline_box_of_related_stories_in_traditional_chinese_is_removed() -> None:
    paragraph = "當局今日公布舊區重建計劃第二期的初步方案，涉及約四十幢樓齡超過六十年的唐樓，預計受影響住戶約一千二百戶。"
    page = (
        "港聞 > 社會\n舊區重建計劃第二期 明年首季展開諮詢\n"
        + paragraph + "\n"
        "根據方案，重建後的地盤將提供約二千個住宅單位，其中三成會撥作資助房屋，另設社區會堂和長者日間中心。\n"
        "相關新聞：\n舊樓維修資助計劃下月截止申請\n區議會討論重建區交通安排 居民關注噪音問題\n"
        "當局發言人指出，第二期範圍內不少樓宇已出現石屎剝落和滲水問題，部分單位更被劃為劏房，重建十分迫切。\n"
        "不過，有關注組認為，補償方案未有交代租戶的安置安排，希望當局先講清楚租客可以搬去哪裡。\n"
    )
    record = clean_text(page)
    assert "舊樓維修資助計劃下月截止申請" not in record.text
    assert "當局發言人指出" in record.text and "不過，有關注組認為" in record.text


def test_an_answers_edited_at_line_is_its_date_line() -> None:
    # "编辑于 <date> · IP 属地北京" under an answer: "edited at" labels the date as "发布于" does.
    line = metadata.parse_date_line("编辑于 2025-12-04 09:15 · IP 属地北京")
    assert line is not None and line.tier == "pure" and line.iso == "2025-12-04"
    assert metadata.parse_date_line("編輯於 2025-12-04 09:15").tier == "pure"


@pytest.mark.parametrize("text", ["赞同 5321", "贊同 1,207"])
def test_an_answers_agree_counter_is_a_counter(text: str) -> None:
    assert patterns.TIMESTAMP_RE.match(text)


@pytest.mark.parametrize("text", ["赞同这个观点的人不少", "赞同 5321 人的意见是对的"])
def test_agreeing_in_a_sentence_is_no_counter(text: str) -> None:
    assert not patterns.TIMESTAMP_RE.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
        "版權聲明：本文為作者原創，轉載請註明出處。",
    ],
)
def test_a_labelled_copyright_notice_is_a_copyright_line(text: str) -> None:
    assert patterns.COPYRIGHT_RE.search(text)


def test_a_sentence_about_a_copyright_notice_is_no_notice() -> None:
    # (the label opens no line here: a sentence reports a notice)
    assert not patterns.COPYRIGHT_RE.search("平台昨日发布版权声明：将下架所有未经授权的作品。")


@pytest.mark.parametrize(
    ("text", "iso"),
    [("發布日期：114-12-04", "2025-12-04"), ("日期：114/3/5 09:15", "2025-03-05"), ("民國114年12月4日", "2025-12-04")],
)
def test_republic_of_china_years(text: str, iso: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is not None and line.iso == iso


@pytest.mark.parametrize("text", ["114-12-04", "編號：114-12-04", "第114期 12月4日"])
def test_three_digit_numbers_without_the_era_or_a_date_label_are_no_year(text: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is None or not line.iso.startswith("2025")


def test_a_review_header_with_rating_stars_is_no_title_candidate() -> None:
    assert not metadata.is_heading_like("林间听雨 评论 远山的灯火 ★★★★☆ 推荐")
    assert not metadata.is_heading_like("Jane Doe reviewed The Long Road ★★★☆☆")


def test_a_hotels_class_stars_leave_its_name_a_heading() -> None:
    assert metadata.is_heading_like("Hotel Bellevue Riverside ★★★★")


_TUTORIAL = (
    "How debounce saves your API from a flood of calls\n"
    "When a user types into a search box, every key press can fire a request to the server, and within a few "
    "seconds dozens of calls go out, most of them useless.\n"
    "Debouncing waits until the user has stopped typing for a moment before it runs the function, so only the "
    "last call of a burst reaches the server.\n"
    "Throttling is similar but not the same: it runs the function at most once per interval while the events "
    "keep coming, which suits scrolling better than search.\n"
)


@pytest.mark.parametrize(
    "blurb",
    [
        "Liked this tutorial? Subscribe to our newsletter and get a new one every week.",
        "Gostou do conteúdo? Assine nossa newsletter e receba novos tutoriais toda semana.",
    ],
)
def test_a_newsletter_blurb_over_the_boxs_email_field_is_removed(blurb: str) -> None:
    record = clean_text(_TUTORIAL + blurb + "\nYour email\nSubscribe\nTags: javascript, performance\n")
    assert blurb not in record.text
    assert "Throttling is similar but not the same" in record.text


def test_a_last_paragraph_over_an_email_field_that_names_no_newsletter_stays() -> None:
    last = "Registration for the spring workshop is open until Friday, so sign up at the library desk soon."
    record = clean_text(_TUTORIAL + last + "\nYour email\nSubscribe\n")
    assert last in record.text


def test_a_bare_copyright_notice_heading_is_no_copyright_line() -> None:
    # (it heads a block of notices: mark_legal_notices takes it with the block)
    assert not patterns.COPYRIGHT_RE.search("版权声明：")
