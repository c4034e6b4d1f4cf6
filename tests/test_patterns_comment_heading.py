"""Comment-thread headings in brackets: "[3 comments]", "(12 Kommentare)", "【3条评论】" (patterns.COMMENT_THREAD_HEADING_RE).

Some sites print the count of a thread in brackets as its heading. With the heading, a thread of two
entries is recognized (boilerplate.mark_comment_thread needs three without one). Negative cases: a bare
count in brackets, a sentence in brackets that mentions comments.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from test_boilerplate_comments import ARTICLE_DE, ARTICLE_EN, ARTICLE_ZH, THREAD_DE, THREAD_EN, THREAD_ZH

from cleaners.patterns import COMMENT_THREAD_HEADING_RE


@pytest.mark.parametrize("text", [
    "[3 comments]", "[ 3 Comments ]", "(1 comment)", "(12 Kommentare)", "[5 commentaires]", "(2 comentarios)",
    "[Comments (3)]", "【3条评论】", "（12条评论）", "[댓글 3개]", "(コメント 4)", "[3 thoughts on “Harbour Ferry”]",
])
def test_bracketed_comment_thread_headings(text: str) -> None:
    assert COMMENT_THREAD_HEADING_RE.match(text)


@pytest.mark.parametrize("text", [
    "(3)", "[3]", "【3】", "(see the comments below)", "[Comments are closed.]",
    "(The comments under the first video were mostly about the music.)",
])
def test_bracketed_lines_that_are_not_headings(text: str) -> None:
    assert not COMMENT_THREAD_HEADING_RE.match(text)


# The first two entries (name, date, comment) of each test thread, without its heading.
TWO_ENTRIES = {"en": [*THREAD_EN[1:4], *THREAD_EN[7:10]], "de": THREAD_DE[1:7], "zh": THREAD_ZH[1:7]}


@pytest.mark.parametrize(("article", "thread", "heading", "language"), [
    (ARTICLE_EN, THREAD_EN, "[2 comments]", "en"),
    (ARTICLE_DE, THREAD_DE, "(2 Kommentare)", "de"),
    (ARTICLE_ZH, THREAD_ZH, "【2条评论】", "zh"),
])
def test_two_entries_under_a_bracketed_heading_are_a_thread(
    article: list[str], thread: list[str], heading: str, language: str
) -> None:
    entries = TWO_ENTRIES[language]
    doc = boilerplate_doc([*article, heading, *entries], language)
    rules = {line.text: (line.removal.rule if line.removal else None) for line in doc.lines}
    assert all(rules[text] == "boilerplate:comments" for text in [heading, *entries]), rules
    assert all(rules[text] is None for text in article[1:]), rules
