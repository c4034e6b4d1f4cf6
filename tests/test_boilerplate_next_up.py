""""Next up in <section>" over the section's next headlines is a list heading, like its twin "Up next"."""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize("text", ["Next Up In Culture", "Next up", "Next up in Science & Health"])
def test_next_up_heading_is_a_list_heading(text: str) -> None:
    assert _line_rule(text) == "list-heading"


@pytest.mark.parametrize("text", ["Next up is the final, which starts at noon on Sunday.",
                                  "The next update arrives in May."])
def test_sentences_with_next_up_are_text(text: str) -> None:
    assert _line_rule(text) != "list-heading"


def test_the_headlines_under_next_up_after_the_article_are_removed() -> None:
    body = [
        "The museum will reopen its east wing in March after two years of work on the roof and the heating, the "
        "director said on Monday.",
        "Visitors will be able to see the restored ceiling paintings from a new gallery on the first floor.",
        "Tickets for the opening weekend go on sale next week, and entry will be free for children under twelve.",
    ]
    heads = ["The best new novels of the winter", "A composer who writes for the sea",
             "Why old films look better on small screens", "The quiet return of the radio play"]
    doc = boilerplate_doc(["Home", "Culture", "Museum east wing to reopen in March", *body,
                           "Next Up In Culture", *heads, "Comments"], "en")
    kept = {line.text for line in doc.lines if line.removal is None}
    assert set(body) <= kept
    assert not set(heads) & kept
