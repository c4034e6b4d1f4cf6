"""A breadcrumb trail copied without its arrows and run into the headline ("Home News Business News <title>",
"HomeLatest News<title>"): the page's headline again, so it leaves the body as a copy of the title
(metadata._trail_copy); a sentence of the article that ends with the headline's words stays."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _trail_copy

TITLE = "Harbour Ferry Service Returns After Two Years of Repairs"

PAGE = f"""Coastline Courier
Home
News
Sport
Opinion
Home News Local News {TITLE}
{TITLE}
By Dana Whitfield
October 6, 2024
The harbour ferry carried its first passengers in two years on Saturday morning, after a repair programme that replaced both landing stages and the boat's engines.
About two hundred people queued at the north pier before the first crossing, many of them commuters who had spent the closure driving the long way round the estuary.
The council said the service would run every thirty minutes on weekdays and hourly on Sundays until the spring timetable starts in March.
Share this article
"""


def test_a_trail_run_into_the_headline_leaves_the_body() -> None:
    record = clean_text(PAGE, source="trail.txt").to_dict()
    assert record["title"] == TITLE
    texts = [p["text"] for p in record["paragraphs"]]
    assert not any("Local News" in t for t in texts)
    assert texts[0].startswith("The harbour ferry carried")
    removed = [r for r in record["removed"] if r["text"].startswith("Home News Local News")]
    assert [r["rule"] for r in removed] == ["metadata:title"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"Home News Business News {TITLE}", True),
        (f"HomeLatest News{TITLE}", True),  # the crumbs glued: no lower-case letter after the home page's name
        (f"Startseite Lokales {TITLE}", True),
        (f"Inicio Noticias {TITLE}", True),
        (f"首页 新闻 {TITLE}", True),
        (f"Homeowners ask: {TITLE}", False),  # no home page's name: a word that opens with it
        (f"Readers asked us why {TITLE}", False),  # no trail
        (f"Home, they said, {TITLE}", False),  # punctuation: a sentence
        (f"Home News Local News World News Sport Weather Video {TITLE}", False),  # too many words for a trail
        (f"Home News Local News {TITLE} today", False),  # does not end with the title
    ],
)
def test_trail_copy(text: str, expected: bool) -> None:
    assert _trail_copy(text, TITLE) is expected
