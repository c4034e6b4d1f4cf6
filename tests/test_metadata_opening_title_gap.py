"""A record's title is the first line of its text, and the first cleaning may have kept a few short lines between it
and the first paragraph (a changelog's first items, a blog's profile line and a dated teaser): cleaning the record's
text again must find the same title there, not a kept short line right over the first paragraph. A date line or a
byline between says the text is a page's header, not a record (the first cleaning takes those out).

Every text here is synthetic.
"""

from __future__ import annotations

import pytest

from cleaners import Config, Document, clean_text
from cleaners.metadata import _body_under_opening_title
from cleaners.normalize import normalize_stage
from cleaners.read import read_stage
from cleaners.segment import segment_stage

P = [
    "The update also reworks how villages grow, so that farmers now tend their own fields and plant new crops when "
    "the old ones are harvested.",
    "Servers that ran the previous version can load their old worlds without changes, although a few custom maps "
    "may need their command blocks set up again.",
    "Players who build with redstone will notice that some machines run a little faster, because the game now "
    "updates fewer blocks on every tick.",
    "The full list of changes is long, and the team says a second update with smaller fixes will follow before the "
    "end of the year.",
]
ZH_P = [
    "昨天我们一家人去了城外的老金矿，那里现在是一个露天博物馆，可以看到当年淘金的工具和工人住过的小木屋。",
    "导游告诉我们，一百多年前这里来了很多淘金的人，小镇在几年之间就变成了一座热闹的城市，街上开满了商店和旅馆。",
    "孩子们最喜欢的是在小河边学淘金，每个人拿着一个铁盘子，在水里摇来摇去，最后真的找到了几粒很小的金沙。",
    "回家的路上大家都很累，但是都说下次还要再来，因为还有很多地方没有来得及看，博物馆的晚上还有灯光表演。",
]


def _lines(text: str) -> list:
    config = Config()
    doc = Document(source="<text>", raw=text.encode())
    return segment_stage(normalize_stage(read_stage(doc, config), config), config).lines


def _record_text(title: str, between: list[str], paragraphs: list[str] = P) -> str:
    return "\n\n".join([title, *between, *paragraphs])


CHANGELOG = ["Containers can be locked in custom maps with a new data tag",
             "Added five new game rules for command feedback and debug information"]
BLOG = ["我是一个喜欢大海的女生, 如果我们是知己, 也许可以一起去海边走走",
        "昨天去金矿玩 (图) 2005-03-21 01:20:44", "个人信息"]


@pytest.mark.parametrize(("title", "between", "paragraphs"), [
    ("Version 2.4 of the block game is out", CHANGELOG, P),
    ("海边的姑娘的博客", BLOG, ZH_P),
])
def test_the_body_starts_under_short_lines_kept_under_the_title(
    title: str, between: list[str], paragraphs: list[str]
) -> None:
    assert _body_under_opening_title(_lines(_record_text(title, between, paragraphs))) == len(between) + 1


def test_the_records_title_survives_short_lines_kept_under_it() -> None:
    title = "Version 2.4 of the block game is out"
    record = clean_text(_record_text(title, CHANGELOG), source="record.txt")
    assert record["title"] == title  # not the kept item right over the first paragraph
    again = clean_text(record.text, source="record.txt")
    assert (again["title"], again.text) == (record["title"], record.text)


@pytest.mark.parametrize("between", [
    ["Version notes for servers", "12 March 2024"],  # a header's date line
    ["Version notes for servers", "By Jane Doe"],  # a header's byline
    [*CHANGELOG, "Added a new statistic", "Added a new mob"],  # more short lines than a record keeps there
])
def test_a_header_or_a_longer_run_of_short_lines_is_no_records_opening(between: list[str]) -> None:
    assert _body_under_opening_title(_lines(_record_text("Version 2.4 of the block game is out", between))) == 0
