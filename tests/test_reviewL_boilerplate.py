"""reviewL: probeJ's link-pager, printed-page-footer and Q&A comment rules narrowed to spare article text."""

from __future__ import annotations

import pytest

from cleaners import boilerplate, clean_text
from cleaners.document import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]


def _kept(raw: str) -> str:
    return clean_text(raw).data["text"]


PROSE = (
    "I built a small converter for the model railway last winter, and these are my notes on how it behaves.",
    "The board takes a control signal on one side and returns a buffered copy on the other side of it.",
    "When the sense line goes high the drive line follows after about forty microseconds, fast enough for me.",
    "The whole thing cost less than twenty euros in parts and took about three weekends to build and test.",
)


def test_link_pager_row_shape_still_recognised() -> None:
    assert boilerplate._link_pager_row("<< Part 2 | Back to index | Part 4 >>", 8)
    assert boilerplate._link_pager_row("← 前の記録へ | 一覧 | 次の記録へ →", 5)


def _marked(texts: list[str]) -> list[Line]:
    lines = _lines(texts)
    for line in lines:
        if boilerplate._link_pager_row(line.text, len(line.text.split())):
            line.notes["furniture"] = boilerplate._LINK_PAGER_RULE
    boilerplate.release_content_link_rows(lines)
    return lines


def test_row_introduced_by_colon_is_given_back() -> None:
    lines = _marked(["The pin map is short enough to write here:", "<- reset | clear ->", PROSE[2]])
    assert "furniture" not in lines[1].notes


def test_rows_of_one_table_are_given_back() -> None:
    lines = _marked([PROSE[0], "<< the water goes down | the water comes back >>", "<< the boat goes out | the boat comes home >>"])
    assert "furniture" not in lines[1].notes and "furniture" not in lines[2].notes


def test_row_under_a_chain_with_arrows_is_given_back() -> None:
    lines = _marked([PROSE[0], "A -> B | B -> C", "<- reset | clear ->", PROSE[1]])
    assert "furniture" not in lines[2].notes


def test_lone_pager_row_stays_furniture() -> None:
    lines = _marked(["Part 3: The signal box", "<< Part 2 | Back to index | Part 4 >>", PROSE[0]])
    assert lines[1].notes.get("furniture") == boilerplate._LINK_PAGER_RULE


def test_pager_printed_top_and_bottom_stays_furniture() -> None:
    row = "<< Part 2 | Back to index | Part 4 >>"
    lines = _marked([row, row])  # the same row twice is a pager twice, not a table
    assert all(line.notes.get("furniture") == boilerplate._LINK_PAGER_RULE for line in lines)


def test_pin_table_keeps_the_article_run() -> None:
    raw = "Notes on a converter\n\n" + "\n".join(
        [PROSE[0], PROSE[1], "The pin map is short enough to write here:", "<- input | output ->", "<- sense | drive ->", PROSE[2], PROSE[3]]
    )
    kept = _kept(raw)
    for text in (PROSE[0], "<- input | output ->", "<- sense | drive ->", PROSE[3]):
        assert text in kept


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        ("Lowe Standards Track [Page 2]", True),
        ("Lowe Expires 4 September 2025 [Page 7]", True),
        ("de Jong Informational [Page 3]", True),
        ("van der Berg Standards Track [Page 12]", True),
        ("see the table on [Page 2]", False),
        ("Opening hours [Page 2]", False),
        ("The full list of rules is in the appendix, see Annex B [Page 7]", False),
    ],
)
def test_printed_page_footer(text: str, footer: bool) -> None:
    assert boilerplate._printed_page_footer(text) is footer


def test_heading_with_a_year_under_a_page_citation_is_kept() -> None:
    raw = "Handbook for volunteers\n\n" + "\n".join(
        [PROSE[0], PROSE[1], "The opening hours are in the second chapter, see the table on [Page 2]", "Summer hours 2025", PROSE[2], PROSE[3]]
    )
    kept = _kept(raw)
    assert "Summer hours 2025" in kept and "see the table on [Page 2]" in kept


def test_qa_comment_needs_its_time_under_the_signature() -> None:
    comment = "Does your file end with a newline? Try the tail command on it first."
    lines = _lines([comment, "– marrowbone", "Oct 3, 2022 at 17:44"])
    assert boilerplate._qa_comment_line(lines, 0)
    quote = "Be liberal in what you accept, and conservative in what you send, as the old rule says."
    lines = _lines([quote, "– Postel", "Share"])
    assert not boilerplate._qa_comment_line(lines, 0)
    lines = _lines([quote, "– Postel", "The same rule holds for the files your script reads from other programs."])
    assert not boilerplate._qa_comment_line(lines, 0)
