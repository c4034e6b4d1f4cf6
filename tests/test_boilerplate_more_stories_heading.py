"""A site's own heading over its list of other articles, "More <one or two words> Stories" ("More Great Science
Stories", "Other Opinion Columns", "Weitere spannende Artikel", "Más noticias de Deportes"): with a headline right
under it, the heading and the list go (boilerplate.more_stories_headings). The same words over the article's next
section (prose under it) are a heading of the article and stay, with the section.

From the dev set's error analysis (related headlines under a heading no phrase of the list-intro list matched).
Synthetic text.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts

from cleaners.boilerplate import _more_stories_heading

ARTICLE = [
    "The town council voted on Tuesday to approve three new bus routes that will link the northern suburbs with "
    "the hospital and the train station from the start of next month.",
    "The routes will run every twenty minutes during the day and every hour in the evening, and the fares will "
    "stay the same as on the existing lines, the council said in a statement.",
    "Residents of the northern suburbs have asked for a direct connection to the hospital for years, and a "
    "petition last spring collected more than four thousand signatures.",
    "The council expects the new routes to carry about two thousand passengers a day once they are running.",
]
HEADLINES = [
    "Library extends its weekend opening hours",
    "Why the ferry timetable changes every winter",
    "Could the old market hall become a school?",
    "Five walks along the river this spring",
    "📷 See the best pictures of the harbour festival; plus, our guide to the summer fairs",
]
# What the run search takes in under the list when the list is set on consecutive lines: the contributor's note,
# a video teaser and the site's description, prose the list sits between.
AFTER = [
    "Jane Roe (@janeroe) is a contributor at the Courier and the host of a weekly radio programme about the "
    "county's towns, its transport and its local politics. She has covered the region for twelve years.",
    "Contributor",
    "",
    "Featured Video",
    "Jane Roe in Conversation with the Mayor about the Bus Plan",
    "",
    "The Courier is where the county reads its news. It is the essential source of information about the towns, "
    "the councils and the people who run them, and it has been published every day since 1889.",
    "More From the Courier",
    "Subscribe",
]
SECTION = [
    "In the next town along the coast, a similar route opened two years ago and now carries more than three "
    "thousand passengers on a normal weekday, its operator says.",
    "A village in the hills tried an on-demand minibus instead, which riders book by phone the evening before; "
    "the service has grown every year since it began.",
]


def _page(heading: str, under: list[str]) -> list[str]:
    page = ["Home", "News", "Town council approves new bus routes", "March 3, 2024", ""]
    for p in ARTICLE:
        page += [p, ""]
    return [*page, heading, *under, "Privacy | Terms"]


@pytest.mark.parametrize("heading", ["More Great Courier Stories", "Other Opinion Columns", "More Local Stories"])
def test_heading_over_headlines_goes_with_them(heading: str) -> None:
    kept = kept_texts(clean_lines(_page(heading, [*HEADLINES, *AFTER])))
    for p in ARTICLE:
        assert p in kept
    assert heading not in kept
    for h in HEADLINES:
        assert h not in kept


@pytest.mark.parametrize("heading", ["Other Success Stories", "More Great Stories"])
def test_same_words_over_prose_are_the_articles_heading(heading: str) -> None:
    under = [line for p in SECTION for line in (p, "")]
    kept = kept_texts(clean_lines(_page(heading, under)))
    for p in ARTICLE + SECTION:
        assert p in kept


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("More Great Courier Stories", True),
        ("Weitere spannende Artikel", True),
        ("Más noticias de Deportes", True),
        ("Autres articles du dossier", True),
        ("Other News Outlets Reported", False),  # the noun second, no preposition after it
        ("More stories", False),  # two words: the fixed phrase list has it
        ("Other people told similar stories about the flood", False),  # too long
    ],
)
def test_heading_shape(text: str, heads: bool) -> None:
    assert _more_stories_heading(text) is heads


# A headline over its one-sentence teaser, twice or more, under the site's heading, with a fixed-phrase heading
# ("More stories") right above it.
TEASERS = [
    "Library extends its weekend opening hours",
    "The central library will open on Sundays from next month, after a pilot last winter drew large crowds.",
    "Why the ferry timetable changes every winter",
    "The ferry company cuts two sailings a day from November, when fewer visitors cross to the island.",
    "Could the old market hall become a school?",
    "The council will ask residents this spring whether the empty hall should be turned into classrooms.",
    "Five walks along the river this spring",
    "Our reporter tried five routes along the river and rates them for views, cafes and mud.",
    "Town band celebrates its centenary",
    "The band, founded by railway workers in 1924, will play a free concert in the park in June.",
]


def test_heading_under_a_fixed_phrase_heading_over_teasers_goes() -> None:
    under = ["", "Other Opinion Columns", ""] + [line for t in TEASERS for line in (t, "")]
    kept = kept_texts(clean_lines(_page("More stories", under)))
    for p in ARTICLE:
        assert p in kept
    assert "Other Opinion Columns" not in kept
    for line in TEASERS:
        assert line not in kept


def test_one_short_line_over_prose_is_the_articles_subheading() -> None:
    # "Other Success Stories" over a subheading (a name and a trade) and its paragraph: a section of the article.
    under = ["Maria Lopez, nurse", SECTION[0], "Tom Becker, welder", SECTION[1]]
    kept = kept_texts(clean_lines(_page("Other Success Stories", under)))
    for line in ARTICLE + under:
        assert line in kept
