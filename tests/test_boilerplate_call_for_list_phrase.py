"""A call to action whose object is a list heading's phrase ("Follow us on Facebook for the latest news", "Sign up
for more stories like this", "Síguenos para las últimas noticias") heads no list: it goes as a promo line, and a
story it sits in goes on under it (as a list heading, it ended the article and the paragraphs under it were taken
for the list's teasers). The headings themselves ("Latest news", "Read more from Sport") still head their lists.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, line_rule, removed_line_rules

STORY = [
    "Drivers have been warned about a new parking rule coming into force across the county next month.",
    "The change means motorists who park on the pavement could face fines of up to 1,000 pounds.",
    "Council officers said many drivers were still unaware of the rule approved in January.",
    "A pedestrians' group said the change was long overdue for wheelchair users and parents.",
    "Every day people have to step into the road to get past a parked car, she said.",
    "The rule applies to every street in the county, including quiet residential roads.",
    "Council officers will give drivers a two-week period of grace before issuing any fines.",
    "After that, fines will start at 70 pounds and rise for drivers who offend again.",
    "Drivers who park on the pavement outside their own homes will not be exempt from it.",
    "The council will publish a list of streets where residents can apply for a permit.",
]
HEAD = ["Home | News | Motoring", "Drivers face big fines under new parking rule", "By Tom Hartley", "4 March 2025"]
TAIL = ["Most Read", "Car tax changes from April explained", "Best family cars for under 20,000 pounds", "Privacy notice"]


@pytest.mark.parametrize(
    "call", ["Follow us on Facebook for the latest news", "Join us on Telegram for the latest news and updates"]
)
def test_a_call_for_the_latest_news_inside_a_story_leaves_it_whole(call: str) -> None:
    doc = boilerplate_doc([*HEAD, *STORY[:5], call, *STORY[5:], *TAIL])
    assert removed_line_rules(doc).get(call) == "boilerplate:promo"
    kept = kept_line_set(doc)
    for paragraph in STORY:
        assert paragraph in kept


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Follow us on Facebook for the latest news", "promo"),
        ("Sign up for more stories like this", "promo"),
        ("Like our page for the latest news", "promo"),
        ("Suivez-nous sur Facebook pour les dernières actualités", "promo"),
        ("Síguenos en Facebook para las últimas noticias", "promo"),
        ("Latest news", "list-heading"),
        ("More from our site", "list-heading"),
        ("Read more from Sport", "list-heading"),
        ("Don't miss", "list-heading"),
        ("Les plus lus", "list-heading"),
    ],
)
def test_call_or_heading(text: str, rule: str) -> None:
    assert line_rule(text) == rule
