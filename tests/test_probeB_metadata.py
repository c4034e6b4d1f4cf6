"""Title and date rules found by probeB's English page layouts (tests/pages/en_probeB_*).

- A headline of two or three short sentences closed by a full stop ("Our library branches are not a luxury. Stop
  treating them like one.") is a title candidate right over its byline or date row or over a longer standfirst
  (metadata._sentence_headline): no line ending in a full stop was one, and the author's name row took the title.
  Right under a headline the same shape is its dek and stays no candidate.
- A row between a "By ..." byline and the date ("Reporting from <place>", "Staff Writer") is the byline's second
  row (metadata._between_byline_and_date), no title.
- A two-word credit label before "by" ("Match report by <name>", "Photo essay by <name>") is a credit row, as
  "Essay by <name>" was; a headline's participle before "by" ("Plan approved by ...") is not.
- A board's footer naming its zone ("All times are UTC", "Alle Zeiten sind UTC+01:00") gives the zone of the post
  dates printed without one (metadata._page_time_zone).
- A board's post header under the post's subject ("by <poster> » <date>") is no wrapped continuation of the subject
  (segment), and with the reply's "Re: <subject>" over it and the "Top" link over that it is removed and transparent
  to the run search: the thread's replies stay (boilerplate.mark_post_headers).

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, removed_pairs

from cleaners import metadata
from cleaners.config import Config
from cleaners.document import Document, Line
from cleaners.segment import segment_stage

_BODY = [
    "The county board is again talking about closing two of its branch libraries to save money, and again the "
    "argument is that everyone has a phone now and the buildings are old.",
    "The people who rely on the branches most are the people least able to get anywhere else, and most of them do "
    "not have a car to drive to the central library.",
    "Closing both branches would save about $610,000 a year, according to the county's own budget office, or less "
    "than half of one percent of the general fund.",
    "The board votes on March 11. If you care about this, that is the night to show up and say so.",
]
_HEAD = ["The Lakeshore Tribune", "Opinion", "Columns", "Letters", "Subscribe"]


def test_a_two_sentence_headline_over_its_byline_is_the_title() -> None:
    title = "Our branch libraries are not a luxury. Stop treating them like one."
    record = clean_lines([*_HEAD, "COLUMN", title, "Dana Whitlock", "Columnist",
                          "Published Feb. 24, 2025 6:00 a.m. ET", *_BODY, "More from Opinion", "Letters: On buses"])
    assert record["title"] == title
    assert kept_texts(record) == _BODY


def test_a_two_sentence_headline_over_its_standfirst_is_the_title() -> None:
    title = "A Library Closed for Two Winters. Then the Town Reopened It."
    standfirst = "Volunteers kept the branch running through the snow, and the county has now agreed to fund it again."
    record = clean_lines([*_HEAD, title, standfirst, "Share", "Save", "By Dana Whitlock", "March 9, 2025", *_BODY])
    assert record["title"] == title


def test_a_two_sentence_dek_under_the_headline_is_no_title() -> None:
    headline = "County board weighs closing two branch libraries"
    dek = "Savings would be small. Readers would lose a great deal."
    record = clean_lines([*_HEAD, headline, dek, "By Dana Whitlock", "Feb. 24, 2025", *_BODY])
    assert record["title"] == headline


@pytest.mark.parametrize(
    "line", ["Nobody is happy about this.", "The board met. It voted. It adjourned. Then it met again the next week."]
)
def test_one_sentence_or_four_sentences_are_no_sentence_headline(line: str) -> None:
    lines = [_line(t) for t in [line, "By Dana Whitlock", "Feb. 24, 2025", _BODY[0]]]
    assert not metadata._sentence_headline(lines, 0, 3)


def _line(text: str) -> Line:
    """The one line of a text, as the segment stage makes it."""
    doc = Document(source="x.txt", raw=b"")
    doc.text = text
    return segment_stage(doc, Config()).lines[0]


def test_a_reporting_from_row_between_byline_and_date_is_no_title() -> None:
    title = "Forest fires that smoulder under the snow are becoming more common"
    record = clean_lines([*_HEAD, title, "Share full article", "By Marguerite Olsen",
                          "Reporting from the northern boreal forest", "March 9, 2025", *_BODY])
    assert record["title"] == title


@pytest.mark.parametrize(
    ("text", "credit"),
    [("Match report by Gideon Pryce", True), ("Photo essay by Lena Ortiz", True), ("Essay by Jonah Whitfield", True),
     ("Plan approved by Ann Lee", False), ("Bill Signed by Governor Ann Lee", False)],
)
def test_labelled_credit_rows(text: str, credit: bool) -> None:
    assert metadata._labelled_credit_row(text) is credit


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("All times are UTC", "2025-03-03T16:12:00+00:00"),
        ("All times are UTC-05:00", "2025-03-03T16:12:00-05:00"),
        ("Alle Zeiten sind UTC+01:00", "2025-03-03T16:12:00+01:00"),
        ("All times are UTC+05:30", "2025-03-03"),  # no Etc/ zone has half hours: the date alone
    ],
)
def test_a_board_footer_gives_the_zone_of_post_dates(footer: str, published: str) -> None:
    page = [
        "Riverside Model Railway Forum", "Board index ‹ Layouts ‹ N Scale",
        "Which couplers for a small N scale shunting layout?",
        "by eastbank_ed » Mon Mar 03, 2025 4:12 pm",
        *_BODY,
        "Top",
        "Who is online", "Users browsing this forum: No registered users and 3 guests",
        footer, "Privacy | Terms",
    ]
    assert clean_lines(page)["published"] == published


def test_a_forum_thread_keeps_its_replies_and_drops_post_headers() -> None:
    subject = "Which couplers for a small N scale shunting layout?"
    page = [
        "Riverside Model Railway Forum", "Board index ‹ Layouts ‹ N Scale",
        subject, "Post Reply", "3 posts • Page 1 of 1",
        subject, "by eastbank_ed » Mon Mar 03, 2025 4:12 pm",
        *_BODY[:2], "Top",
        "Re: " + subject, "by halfpint_harry » Mon Mar 03, 2025 6:40 pm",
        _BODY[2], "Top",
        "Re: " + subject, "by eastbank_ed » Tue Mar 04, 2025 8:05 am",
        _BODY[3], "Top",
        "Return to “N Scale”", "Who is online", "Users browsing this forum: No registered users and 3 guests",
        "All times are UTC",
    ]
    record = clean_lines(page)
    assert kept_texts(record) == _BODY
    removed = set(removed_pairs(record))
    assert ("boilerplate:post-header", "by halfpint_harry » Mon Mar 03, 2025 6:40 pm") in removed
    assert ("boilerplate:post-header", "Re: " + subject) in removed
