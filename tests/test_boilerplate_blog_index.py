"""A blog's index page (several posts, newest first, each with a header "<title> <stamp>" and a footer that repeats
the stamp): the page is taken for its first post, and the later posts, among the blog's sidebars, go
(boilerplate.mark_later_blog_posts, rule "blog-later-posts"). A live page's entries, a dated list of headlines and a
single post are left to the other rules.

From tests/pages: zh_boke_shouye_duopian_wenzhang, en_blog_home_several_posts.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.boilerplate import _POST_STAMP_RE, LineFeatures, _post_header

POST = {
    "zh": [
        "周末和朋友开车去了离城一百多公里的一个老矿镇，那里现在是很受欢迎的旅游小城，街道两边还保留着一百多年前的老房子。",
        "镇上最有意思的是一座仿古的矿工村，村里的马车、铁匠铺和面包房都按照当年的样子重新建起来，工作人员也穿着旧式的衣服。",
        "我们在小溪边试着淘了一个小时的沙子，虽然什么也没有淘到，但是大家都玩得很开心，回来的路上还在讨论下次要去哪里。",
    ],
    "en": [
        "We drove out to the old mining town on Saturday, about two hours north of the city, and spent the whole day walking its main street.",
        "The open-air museum there has rebuilt a whole village of the gold rush years, with a bakery, a blacksmith and a post office that still sells stamps.",
        "We tried panning in the creek for an hour and found nothing at all, but the children loved it and want to go back before the summer ends.",
    ],
}
LATER = {
    "zh": [
        "头发留了好几年，每天都要花很多时间去洗去梳，最近实在觉得太麻烦了，终于下决心去理发店剪短了。",
        "本来只想剪掉几寸，结果理发师一下子剪得很短，刚开始有点不习惯，现在觉得轻松多了，朋友们也说好看。",
        "晚上回家以后妈妈看了半天，说像我上中学时候的样子，还拿出以前的照片来比，大家都笑了。",
        "以后打算每两个月去修剪一次，不再留那么长了，省下来的时间可以多看几本书，多出去走走。",
    ],
    "en": [
        "After years of growing it out I finally had my hair cut short this week, and I cannot believe how much time I used to spend on it.",
        "My friends were shocked at first, but most of them now say it suits me better, and washing it takes five minutes instead of half an hour.",
        "My mother looked at it for a long time and said I looked the way I did at school, then went to find the old photos to prove it.",
        "From now on I will have it trimmed every two months, and spend the time I save on the books that have been waiting on my shelf.",
    ],
}
STAMPS = {
    "zh": [("去金矿玩了一天 (图)", "2005-03-21 01:20:44", "由小海张贴 @ {} (359) 共 3 篇评论 发表评论 >>>"),
           ("长发剪了，感觉很轻松", "2005-03-18 01:58:01", "由小海张贴 @ {} (1666) 共 7 篇评论 发表评论 >>>")],
    "en": [("A day at the gold mine", "March 21, 2005 1:20 AM", "Posted by Sea Girl @ {} | 3 comments | Add a comment"),
           ("Short hair at last", "March 18, 2005 9:58 PM", "Posted by Sea Girl @ {} | 7 comments | Add a comment")],
}
SIDEBAR = {
    "zh": ["个人信息", "最新文章", "• 明天出远门了", "• 这几天我很充实", "归档备份", "12/01/2004 - 01/01/2005"],
    "en": ["About me", "Recent posts", "• Off on a long trip tomorrow", "• A busy, happy week", "Archives", "January 2005"],
}


def _page(lang: str, posts: int = 2, first_post: list[str] | None = None) -> bytes:
    head = ["Home | Blogs | Sign in | Register", "Sea Girl's notebook [all posts] [bookmark]"]
    lines = [*head]
    bodies = [first_post if first_post is not None else POST[lang], LATER[lang]]
    for k in range(posts):
        title, stamp, footer = STAMPS[lang][k]
        lines += [f"{title} {stamp}", *bodies[k], footer.format(stamp)]
        lines += SIDEBAR[lang][:1] if k == 0 else []
    lines += [*SIDEBAR[lang][2:], "Copyright 2005", ""]
    return "\n".join(lines).encode()


def _record(page: bytes):  # noqa: ANN202
    return clean_text(page, source="page.txt")


def _kept(page: bytes) -> str:
    return "\n".join(p["text"] for p in _record(page).paragraphs)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_later_posts_of_a_blog_index_go(lang: str) -> None:
    record = _record(_page(lang))
    kept = "\n".join(p["text"] for p in record.paragraphs)
    for paragraph in POST[lang]:
        assert paragraph in kept
    for paragraph in LATER[lang]:
        assert paragraph not in kept
    removed = {r["text"]: r["rule"] for r in record.to_dict()["removed"]}
    for paragraph in LATER[lang]:
        assert removed[paragraph] == "boilerplate:blog-later-posts"
    title, stamp, footer = STAMPS[lang][0]
    assert footer.format(stamp) in removed  # (by this rule, "blog-post-footer", when no other took it first)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_single_post_is_left_whole(lang: str) -> None:
    record = _record(_page(lang, posts=1))
    assert all("blog-later-posts" not in r["rule"] for r in record.to_dict()["removed"])
    kept = "\n".join(p["text"] for p in record.paragraphs)
    for paragraph in POST[lang]:
        assert paragraph in kept


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_first_post_without_prose_leaves_the_later_posts(lang: str) -> None:
    """The first post is the article the page is taken for: with a photo's caption only, nothing says so."""
    record = _record(_page(lang, first_post=["(photo)"]))
    assert all("blog-later-posts" not in r["rule"] for r in record.to_dict()["removed"])


def test_a_live_page_of_one_day_keeps_its_stamped_entries() -> None:
    """Entries of a live page, each "<title> <stamp>" and closed by "Updated <stamp>": all of one day."""
    lines = ["News", "Storm live: ferries cancelled across the coast"]
    paragraphs = POST["en"] + LATER["en"]
    for n, paragraph in enumerate(paragraphs):
        stamp = f"2025-05-21 {15 - n:02d}:{10 + n:02d}"
        lines += [f"Update {n + 1}: what we know {stamp}", paragraph, f"Updated {stamp}"]
    kept = _kept("\n".join([*lines, "Contact us", ""]).encode())
    for paragraph in paragraphs:
        assert paragraph in kept


def test_a_dated_list_of_headlines_after_an_article_is_no_later_post() -> None:
    """Headlines with stamps but no footers under them repeating the stamps: no post, the rule stays out."""
    lines = ["News", "A day at the gold mine 2005-03-21 01:20", *POST["en"], "Published 2005-03-21 01:20",
             "More news", "Ferry fares to rise in spring 2005-03-18 09:58", "Council approves harbour plan 2005-03-17 10:00",
             *LATER["en"], ""]
    record = _record("\n".join(lines).encode())
    assert all("blog-later-posts" not in r["rule"] for r in record.to_dict()["removed"])


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Posted by Ann @ 2005-03-21 01:20:44 (359)", ("2005-03-21", "2005-03-21 01:20:44")),
        ("发布于 2025年5月21日 15:09", ("2025年5月21日", "2025年5月21日 15:09")),
        ("Posted on March 21, 2005 at 1:20 AM | 3 comments", ("March 21, 2005", "March 21, 2005 at 1:20 AM")),
        ("21.03.2005 01:20 Uhr", ("21.03.2005", "21.03.2005 01:20")),
        ("2005/03/21 1时20分", ("2005/03/21", "2005/03/21 1时20分")),
        ("Updated 15:09", None),  # a clock alone is no post's stamp
        ("Version 2005-03-21 and 10:20", None),
    ],
)
def test_post_stamp(text: str, stamp: tuple[str, str] | None) -> None:
    """The stamp forms a header or a footer gives (the last date-with-time of the line)."""
    found = [*_POST_STAMP_RE.finditer(text)]
    assert ((found[-1].group("date"), " ".join(found[-1].group(0).split())) if found else None) == stamp


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("A day at the gold mine 2005-03-21 01:20:44", True),
        ("去金矿玩了一天 (图) 2005-03-21 01:20:44", True),
        ("Posted by Ann @ 2005-03-21 01:20:44 (359) 3 comments", False),  # the stamp does not close the line
        ("2005-03-21 01:20:44", False),  # no title
        ("The council met on Tuesday and after a long debate agreed to the harbour plan by a wide margin 2005-03-21 01:20",
         False),  # a sentence, no title
    ],
)
def test_post_header(text: str, header: bool) -> None:
    words = len(text.split())
    feats = LineFeatures(text, "en", len(text), words, 0, None, words, False, 0.1)
    assert (_post_header(text, feats) is not None) is header
