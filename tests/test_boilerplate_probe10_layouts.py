"""Line rules and run rules found by the probe10 pages (tests/pages: a court opinion, a news story with embedded
posts, a blogging platform's post, a book review, a markets story, a travel guide, a recipe, a Romanian column).

- A document's numbered section heading ("II. Discussion", "4. Comments on the draft") is no comments heading:
  the opinion's discussion was cut off as "article-end". A counted heading ("12 Comments") still is.
- Engagement counters of an embedded post or a profile ("12.3K Likes", "2,104 Reposts", "2.3K Followers"), and a
  bare count in thousands under a post ("4.8k", "1.2K": its votes or claps).
- An embedded post, from its handle line to its closing line ("— Jane Doe (@janedoe) March 1, 2025"): its name,
  counters and buttons score 0 and go, the closing line stays (the dev gold keeps it): the article's paragraph under
  the last embed stays in the run.
- Author boxes: "About the reviewer", "Despre autor" (ro), "Written by Jane Doe" over a bio.
- A Romanian opinion disclaimer; a market-data notice; a line naming the site's social account; a booking button.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule

from cleaners import patterns
from cleaners.boilerplate import classify, furniture_rule, line_features
from cleaners.metadata import parse_byline, parse_date_line
from cleaners.segment import BODY


@pytest.mark.parametrize("text", ["II. Discussion", "4. Discussion", "3.2 Discussion", "IV) Comments", "2. Responses"])
def test_numbered_section_heading_is_no_comments_heading(text: str) -> None:
    assert line_rule(text) != "article-end"


@pytest.mark.parametrize("text", ["Discussion", "12 Comments", "Comments (58)", "Join the discussion", "1 Comment"])
def test_comments_headings_still_end_the_article(text: str) -> None:
    assert line_rule(text) == "article-end"


@pytest.mark.parametrize("text", ["12.3K Likes", "2,104 Reposts", "3,418 Likes", "2.3K Followers", "48 Retweets",
                                  "1.1M views"])
def test_engagement_counters(text: str) -> None:
    assert line_rule(text) == "counters"


@pytest.mark.parametrize("text", ["4.8k", "1.2K", "1.5M", "3,4k"])
def test_bare_counts_in_thousands(text: str) -> None:
    assert line_rule(text) == "counters"


# A whole count ("12M", "5K") is no post's rounded count any more (mends1): race distances and resolutions.
@pytest.mark.parametrize("text", ["34", "2024", "4.8k members", "1.2 km", "A4", "52m", "5m", "5K", "10K", "4K", "12M",
                                  "100K followers"])
def test_no_bare_count(text: str) -> None:
    from cleaners.boilerplate import _REPEATED_COUNTER

    f = line_features(text, "en")
    f.cls = classify(f)
    found = furniture_rule(text, BODY, f)
    # (mends3) a whole K count is a counter only when the line repeats on the page (repeated_furniture)
    assert found is None or found[0] != "counters" or found is _REPEATED_COUNTER


@pytest.mark.parametrize("text", ["3 reasons to like it", "12 Likes and dislikes of a chef", "2024 Views of the city"])
def test_no_engagement_counter(text: str) -> None:
    assert line_rule(text) != "counters"


@pytest.mark.parametrize("text", ["— Jane Doe (@janedoe) March 1, 2025", "— Ana Ruiz (@anaruiz) 1 de marzo de 2025",
                                  "- City Council (@citycouncil) May 3, 2024"])
def test_embed_signature_shape(text: str) -> None:
    assert patterns.SOCIAL_EMBED_SIGNATURE_RE.match(text)


@pytest.mark.parametrize("text", ["— Jane Doe, March 1, 2025", "The mayor (@mayor) spoke on March 1, 2025 at noon."])
def test_no_embed_signature_shape(text: str) -> None:
    assert not patterns.SOCIAL_EMBED_SIGNATURE_RE.match(text)


ARTICLE = [
    "The operator of the island ferry service has apologised to passengers after a weekend of cancellations left "
    "hundreds of people stranded on both sides of the sound, some of them overnight.",
    "Three sailings on Saturday and two on Sunday were cancelled at short notice. The company blamed a fault with "
    "the loading ramp on its largest vessel, which it said could not be repaired quickly.",
    "The island's member of the regional parliament said the apology was welcome but did not go far enough.",
]
EMBED = [
    "Alasdair Morven",
    "@amorven",
    "Good that the operator has apologised. But this is the fourth weekend of disruption since January.",
    "10:02 AM · Mar 3, 2025",
    "3,418 Likes",
    "Quote",
    "— Alasdair Morven (@amorven) March 3, 2025",
]
LAST = "The regional transport authority said it would meet the operator later this week to discuss reliability."
FOOT = ["More from News", "Bridge repairs to close coastal road", "Council confirms new bus timetable", "Privacy"]


def test_paragraph_under_an_embed_stays_in_the_run() -> None:
    doc = boilerplate_doc(["Home", "News", "Ferry operator apologises", *ARTICLE, *EMBED, LAST, *FOOT])
    kept = [line.text for line in doc.lines if line.removal is None]
    assert LAST in kept
    assert all(p in kept for p in ARTICLE)
    removed = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    for text in ("Alasdair Morven", "Quote"):
        assert removed.get(text) == "boilerplate:social-embed", text
    assert removed.get("3,418 Likes") == "boilerplate:counters"
    # The signature says who posted the quoted text and when: it stays with the post's text.
    assert "— Alasdair Morven (@amorven) March 3, 2025" in kept


def test_signature_alone_changes_nothing() -> None:
    """A signature under a post's text, with no handle line above: no block, the line scored as before."""
    lines = ["Home", "News", "Ferry operator apologises", *ARTICLE, "Club statement",
             "— Harbour Ferries (@harbourferries) March 3, 2025", LAST, *FOOT]
    kept = [line.text for line in boilerplate_doc(lines).lines if line.removal is None]
    assert "— Harbour Ferries (@harbourferries) March 3, 2025" in kept and LAST in kept


@pytest.mark.parametrize(("text", "language"), [("About the reviewer", "en"), ("Despre autor", "ro"),
                                                ("Written by Ruth Adebayo-Kline", "en")])
def test_author_box_headings(text: str, language: str) -> None:
    assert line_rule(text, language) == "article-end"


def test_written_by_needs_a_name() -> None:
    assert line_rule("Written by hand") != "article-end"


def test_romanian_opinion_disclaimer() -> None:
    text = "Opiniile exprimate în acest articol aparțin autorului și nu reprezintă neapărat poziția redacției."
    assert line_rule(text, "ro") == "disclaimer"
    assert line_rule("Primarul nu reprezintă orașul la întâlnire, a spus el.", "ro") != "disclaimer"


def test_reviewed_by_is_a_byline() -> None:
    assert parse_byline("Reviewed by Conall Breathnach") == "Conall Breathnach"


@pytest.mark.parametrize("text", ["Market data provided by QuoteStream. Quotes delayed at least 15 minutes.",
                                  "Prices delayed by 20 minutes", "Market data powered by Example Feeds"])
def test_market_data_notice(text: str) -> None:
    assert line_rule(text) == "data-notice"


@pytest.mark.parametrize("text", ["Data provided by the ministry show a fall in prices.",
                                  "The flight was delayed by 15 minutes.", "The market data shows a slowdown.",
                                  # (mends3) a semicolon before a delay that is no quote's or price's
                                  "The vote was held; the results were delayed by 40 minutes.",
                                  "Stock markets opened late and trading was delayed by 15 minutes."])
def test_no_market_data_notice(text: str) -> None:
    assert line_rule(text) != "data-notice"


@pytest.mark.parametrize(("text", "language"), [
    ("¿Has hecho esta receta? Etiqueta @lacocina en Instagram", "es"),
    ("Tag your bakes with @breadclub on Instagram", "en"),
    ("Compare car rental prices »", "en"),
    ("Check hotel availability in Ponta Delgada", "en"),
    ("Comparer les prix des hôtels", "fr"),
    # (mends3) the French and Portuguese imperative with its pronoun; 'Tag a friend' is a prompt too
    ("Suivez-nous sur Instagram @lequotidien", "fr"),
    ("Siga-nos no Instagram @jornaldoporto", "pt"),
    ("Tag a friend who needs this recipe @bakeclub on Instagram", "en"),
])
def test_promo_lines(text: str, language: str) -> None:
    assert line_rule(text, language) == "promo"


@pytest.mark.parametrize("text", ["Check availability with the park office before you go.", "Compare prices.",
                                  "Check the tide tables"])
def test_no_booking_button(text: str) -> None:
    """A sentence of advice (a full stop) and an imperative naming no prices or availability stay."""
    assert line_rule(text) != "promo"


def test_embed_signature_is_no_date_line() -> None:
    """The date of an embedded post's closing line is the post's, not the article's: cleaning a record again (its
    header's date line gone) must not read it as the publication date."""
    assert parse_date_line("— Elspeth Raine (@elspeth_raine) March 1, 2025") is None
    assert parse_date_line("March 1, 2025") is not None


# (mends3) Directions and a follow-up naming a handle: the follow or tag has a path, a thing or 'along' as its
# object, not the handle, 'us' or the site.
@pytest.mark.parametrize(("text", "language"), [
    ("Follow the coast road north to the bakery, which posts its bread of the day on Instagram (@northbakery).", "en"),
    ("Tag along with @oldtownwalks on Instagram for their free Sunday tours.", "en"),
    ("Follow-up on Instagram: @cityhall answered the questions in a new post.", "en"),
    ("Suivez le sentier jusqu'au phare, dont le café publie ses horaires sur Instagram (@cafedupharo).", "fr"),
])
def test_directions_naming_a_handle_are_no_promo(text: str, language: str) -> None:
    assert line_rule(text, language) != "promo"



# (mends3, after review3) An author box's profile line is a follow button or a follower count on its own line, no
# numbered song's or chapter's title that opens with 'Follow'.
def test_a_profile_line_is_a_button_or_a_count() -> None:
    from cleaners.boilerplate import _PROFILE_LINE_RE

    for text in ["Follow", "Follow Jane Rowe", "+ Follow", "1.2K followers", "Followers: 340", "Seguir"]:
        assert _PROFILE_LINE_RE.search(text), text
    for text in ["8. Follow the Sun", "7. Follow Me Home", "Follow the river path", "Followers of the old faith",
                 "How to follow a recipe"]:
        assert not _PROFILE_LINE_RE.search(text), text


# (mends3, after review3) A bare button or a whole K count is furniture only when the same line repeats on the page:
# once, it is a subheading or a race distance of the article.
RACE_DAY = """Home | Sport | Running
Thousands run through the old town on race day
Published March 3, 2025
By Laura Mendes
More than four thousand runners took part in the city's spring races on Sunday, the largest field since the event began twenty years ago.
The organisers offered three distances this year, and every one of them sold out a week before the start:
5K
{ten}
Half marathon
The shortest race started at the harbour and finished in the main square, where a band played for the runners until the last of them crossed the line.
{button}
Entries for the autumn races open next month, and the organisers expect them to sell out even faster than the spring ones did.
Related stories
© 2025 Harbor Daily. All rights reserved.
"""


@pytest.mark.parametrize(("ten", "button"), [("10K", "Check availability"), ("12K views", "See prices")])
def test_a_bare_button_or_whole_k_count_once_is_kept(ten: str, button: str) -> None:
    from cleaners import clean_text

    record = clean_text(RACE_DAY.format(ten=ten, button=button).encode(), source="page.txt")
    rules = {r["text"]: r["rule"] for r in record.data["removed"]}
    assert rules.get(ten) not in ("boilerplate:counters", "boilerplate:promo")
    assert rules.get(button) not in ("boilerplate:counters", "boilerplate:promo")
