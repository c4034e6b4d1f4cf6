"""Line rules, block rules and bylines found by the probe20 pages (tests/pages: a police log, an opinion column
with a reader poll, a hiking trip report, a charity's grant announcement...).

- A byline opening "Compiled by" ("Compiled by Gazette staff") was no byline, and became a police log's title.
- A poll's call over its question ("What do you think?") and its count with a tail ("1,284 votes so far") stayed
  in the article above and below the removed poll.
- A page-feedback question with its count run on ("Was this report helpful? 38 people found this helpful") stayed.
- A document's link with its type alone in brackets ("Full list of grants awarded (PDF)") stayed under the article.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_texts as _kept

from cleaners.metadata import parse_byline

LEAD = (
    "The council plans to close the library at five o'clock on weekdays from April, saving about ninety thousand "
    "pounds a year, in a cut that removes the only hours when people with jobs or school can use the building."
)
BODY_1 = (
    "The council's own survey found that a third of visits happen after five. These are not idle visits: the evening "
    "is when people print job applications, use the free computers, or sit somewhere warm without buying anything."
)
BODY_2 = (
    "There are other ways to find the money. The council could share the building with the adult education "
    "service, which is looking for evening rooms, or ask volunteers to staff the quieter hours of the week."
)


@pytest.mark.parametrize(("text", "name"), [
    ("Compiled by Gazette staff", "Gazette staff"),
    ("Compiled by Jane Doe", "Jane Doe"),
    ("Edited by Marta Kowalski", "Marta Kowalski"),
])
def test_compiled_and_edited_bylines(text: str, name: str) -> None:
    assert parse_byline(text) == name


@pytest.mark.parametrize("text", ["Compiled by hand from the archives", "Edited by the time we left"])
def test_compiled_by_before_no_name_is_no_byline(text: str) -> None:
    assert parse_byline(text) is None


POLL = ["What do you think?", "Should the library keep its evening hours?", "Yes, keep them open",
        "No, the savings are needed", "Not sure", "Vote", "1,284 votes so far"]


def test_poll_call_and_count_tail_go_with_the_poll() -> None:
    doc = boilerplate_doc(["Let the library stay open late", LEAD, BODY_1, *POLL, BODY_2])
    kept = _kept(doc)
    assert not set(POLL) & set(kept)
    assert LEAD in kept and BODY_1 in kept and BODY_2 in kept


def test_question_over_a_question_without_poll_stays() -> None:
    """A "What do you think?" line over an article's list with no vote button is the article's."""
    items = ["What do you think?", "Which branch should close first?", "Eastgate", "Kirkby Green", "Riverside"]
    doc = boilerplate_doc(["Let the library stay open late", LEAD, *items, BODY_1, BODY_2])
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert "boilerplate:poll" not in rules.values()
    assert BODY_2 in _kept(doc)


@pytest.mark.parametrize("text", [
    "Was this report helpful? 38 people found this helpful",
    "Was this review helpful? 12 of 15 people found this helpful",
    "Was this recipe helpful?",
])
def test_feedback_prompt_with_count(text: str) -> None:
    assert line_rule(text) == "feedback-prompt"


@pytest.mark.parametrize("text", ["Full list of grants awarded (PDF)", "Annual report 2025 [PDF]", "Application form (DOCX)"])
def test_document_link_with_type_alone(text: str) -> None:
    assert line_rule(text) == "furniture"


@pytest.mark.parametrize("text", [
    "The council published the full list of grants in a report (PDF).",
    "Songs of the harbour (MP3)",
    "Was this report helpful to the committee when it met in March to decide the budget?",
])
def test_probe20_line_rules_leave_prose(text: str) -> None:
    assert line_rule(text) not in {"furniture", "feedback-prompt"}
