"""A single inline link labelled "Related post: <headline>" ("Related article:", "Related story:", "Related
coverage:"...) between two paragraphs is another article, as "Related: <headline>" is: removed as read-also, and
the article goes on under it. Prose that opens with the same words stays.

From the dev set's leak lines (a recipe blog's "Related post: <recipe>" between its paragraphs).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, removed_line_rules

HEAD = ["Home", "News", "Council backs bus expansion into northern suburbs"]
ABOVE = [
    "The city council approved a new plan on Tuesday to expand the bus network into the northern suburbs, where "
    "thousands of new homes have been built over the past decade.",
    "Under the plan, three new routes will connect the suburbs to the central station and the university campus, "
    "with buses running every ten minutes at peak hours.",
]
BELOW = [
    "Opposition councillors supported the plan but questioned whether the buses would run late enough in the "
    "evening to be useful for shift workers at the hospital.",
    "The first of the new routes is due to start running in September, with the other two following in the spring.",
]
HEADLINE = "Parking fees in the city centre to rise in January"
LABELS = ["Related post", "Related article", "Related story", "Related reading", "Related coverage", "Related link",
          "Related links", "RELATED ARTICLE", "Related Story"]


@pytest.mark.parametrize("label", LABELS)
def test_a_labelled_related_link_between_paragraphs_goes(label: str) -> None:
    link = f"{label}: {HEADLINE}"
    doc = boilerplate_doc([*HEAD, *ABOVE, link, *BELOW, "Contact us"])
    assert removed_line_rules(doc).get(link) == "boilerplate:read-also"
    kept = kept_line_set(doc)
    for paragraph in ABOVE + BELOW:
        assert paragraph in kept


@pytest.mark.parametrize(
    "prose",
    [
        "Related coverage of the trial has been restricted by the court until the jury returns its verdict next week.",
        "Related links between the two cases were investigated by the police, who found no evidence of a connection.",
    ],
)
def test_prose_opening_with_the_words_stays(prose: str) -> None:
    """A sentence that opens with the label's words is the article's own text."""
    doc = boilerplate_doc([*HEAD, *ABOVE, prose, *BELOW, "Contact us"])
    assert prose in kept_line_set(doc)
