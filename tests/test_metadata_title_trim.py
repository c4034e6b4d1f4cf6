"""What metadata cuts off the title's line (a label, a glued menu, tool links, a follow link, a desk's name) is
recorded as a removal (Document.trimmed, rule metadata:title-trim): the record's audit trail holds every character
of the input that the record leaves out, also when it is only part of a line."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.document import Document, Removal

BODY = (
    "The harbour authority voted on Tuesday to keep the old ferry timetable for another season, after a long debate.\n\n"
    "Residents had asked for earlier crossings in the winter months, when the first boat leaves after sunrise.\n\n"
    "The board said the new timetable would be studied again next spring, with a public hearing in April.\n\n"
    "Ferry operators welcomed the decision, which they said gives crews time to train on the new vessels.\n"
)


def _trims(raw: str) -> tuple[dict, list[dict]]:
    record = clean_text(raw, source="t.txt").to_dict()
    return record, [r for r in record["removed"] if r["rule"] == "metadata:title-trim"]


@pytest.mark.parametrize(
    ("line", "title", "cut"),
    [
        # a forum's tool links after the thread's title
        ("老城区的夜市又回来了，大家周末去逛了吗 [复制链接]", "老城区的夜市又回来了，大家周末去逛了吗", ["[复制链接]"]),
        # a desk's name in lower case glued before the headline
        ("local news Harbour board keeps the old ferry timetable", "Harbour board keeps the old ferry timetable",
         ["local news"]),
    ],
)
def test_cut_part_of_the_title_line_is_a_removal(line: str, title: str, cut: list[str]) -> None:
    raw = f"{line}\n\n{BODY}" if line.isascii() else f"{line}\n\n" + (
        "上周末，老城区的夜市在停业两年后重新开张，摊主们早早就来到街口摆摊，吸引了许多附近的居民。\n\n"
        "不少居民表示，夜市回来了，街坊们又有了晚上散步聊天的去处，孩子们也很喜欢这里的小吃。\n\n"
        "区里的工作人员说，今年对摊位做了重新规划，消防通道和垃圾分类点都比以前更加完善了。\n\n"
        "摊主们希望夜市能一直办下去，也欢迎大家周末带着家人朋友一起来逛一逛，尝尝老味道。\n"
    )
    record, trims = _trims(raw)
    assert record["title"] == title
    assert [r["text"] for r in trims] == cut
    for r in trims:  # offsets into the normalized input, inside the title's line
        assert raw[r["start"] : r["end"]] == r["text"]
        assert raw.index(line) <= r["start"] < r["end"] <= raw.index(line) + len(line)
    assert record["stats"]["removed_by_rule"]["metadata:title-trim"] == len(cut)
    # the removals stay in the order of the text
    starts = [r["start"] for r in record["removed"]]
    assert starts == sorted(starts)


def test_whole_title_line_records_no_trim() -> None:
    record, trims = _trims("Harbour board keeps the old ferry timetable\n\n" + BODY)
    assert record["title"] == "Harbour board keeps the old ferry timetable"
    assert trims == []


def test_removals_merge_trimmed_parts_in_text_order() -> None:
    doc = Document(source="t", text="ab\ncd\n")
    from cleaners.document import Line

    first, second = Line(0, "ab", 0, 2), Line(1, "cd", 3, 5)
    doc.lines = [first, second]
    doc.remove(second, "x:rule", "a reason")
    doc.trimmed.append(Removal("a", "cut", "metadata:title-trim", 0, 1))
    assert [r.start for r in doc.removals()] == [0, 3]
    assert [r["rule"] for r in doc.removal_dicts()] == ["metadata:title-trim", "x:rule"]
