"""A page's identifiers left in its text dump one to a line, in a run of three or more: a widget's style class or
breakpoint names ("narrow-browser-and-phone", "landscape-tablet-and-above") under the article go
(boilerplate.mark_style_names); one hyphenated word alone on its line, or two, stay, and so does a sentence.

From the dev set's error analysis (a news page's responsive-layout names kept as its last paragraphs). Synthetic
text.
"""

from __future__ import annotations

from stages import boilerplate_doc, clean_lines, kept_texts
from stages import removed_line_rules as _removed

ARTICLE = [
    "Oil prices fell on Wednesday as traders weighed signs of a growing supply against hopes for a trade deal "
    "between the two largest economies.",
    "Brent crude was down 1.2% at midday, while stock markets in Europe and Asia drifted close to the highs they "
    "reached earlier in the month.",
    "Analysts said the market would look to the weekly stock figures due on Thursday for a clearer picture of "
    "demand heading into the winter.",
]
NAMES = [
    "narrow-browser-and-phone",
    "medium-browser-and-portrait-tablet",
    "landscape-tablet",
    "wide-browser-and-larger",
    "above-phone",
    "portrait-tablet-and-below",
]


def test_a_run_of_style_names_goes() -> None:
    page = ["Markets", "Oil slips as supply worries return", "November 20, 2024", *ARTICLE, *NAMES, "Privacy"]
    kept = kept_texts(clean_lines(page))
    for p in ARTICLE:
        assert p in kept
    for name in NAMES:
        assert name not in kept
    removed = _removed(boilerplate_doc(page))
    assert {removed[name] for name in NAMES} == {"boilerplate:style-names"}


def test_two_hyphenated_words_alone_are_no_run() -> None:
    doc = boilerplate_doc(["Markets", *ARTICLE[:2], "follow-up", "long-term", *ARTICLE[2:], "Privacy"])
    removed = _removed(doc)
    assert removed.get("follow-up") != "boilerplate:style-names"
    assert removed.get("long-term") != "boilerplate:style-names"
