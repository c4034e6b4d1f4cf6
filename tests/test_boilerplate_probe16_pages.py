"""Line rules, run rules and header rules found by the probe16 pages (tests/pages: a press-briefing transcript, a
product recall, a letters page, a wedding announcement, a security advisory, a school newsletter, a podcast episode,
a news story with an inline poll, a photo essay, a legal blog, a health explainer...).

- A desk's byline ("By Valley Courier readers", "By Herald staff") was no byline, and became the letters page's title.
- A time-first date row ("Published: 14:22 BST, 7 July 2025 | Updated: 16:05 BST, 7 July 2025") gave the update's
  time: the time after the first date, behind the update label, was read as the first date's.
- A header row of fields ("Written by Jane Doe on 3 March 2025 · 6 minute read · gardening, soil") stayed in the text.
- Titles: an advisory's headline behind its kind on the first row of its fields table ("Security advisory: ..."), a
  wedding announcement's two family names ("Alvarez–Thornton"), a newsletter issue named by its date ("Weekly
  Newsletter – Friday 21 November 2025").
- Line rules: an affiliate disclosure in the third person ("X may earn a commission when ..."), a shop's buy button
  ("$1,299 at ShopMart"), calendar buttons ("Add to Google Calendar | Add to Outlook | Download .ics"), a sponsor
  read ("This episode is sponsored by ..."), a photo credit of seven words or more, an editorial-process note, a
  donation box's "Your gift makes ... possible" and "Give Today".
- An inline poll (question, options, "Vote", "View results", "1,284 votes") stayed in the article.
- A related-posts list of question headlines ("What Counts as Retaliation After a Wage Complaint?") stayed.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_texts, line_rule, removed_pairs
from stages import kept_line_texts as _kept

from cleaners.metadata import parse_byline, parse_date_line

LEAD = (
    "The city council will trial collecting household rubbish every four days in three districts from August, after "
    "a summer of complaints about overflowing bins, foxes and flies that residents say have made streets unpleasant."
)
BODY_1 = (
    "Under the plan, general waste and recycling will be collected on alternating four-day cycles in the three "
    "districts. The trial will run for six months before councillors decide whether to extend it across the city."
)
BODY_2 = (
    "The trial will cost an estimated 380,000 pounds, paid for from a reserve set aside for service improvements. "
    "The council says extra crews will be hired on temporary contracts rather than taken from other routes."
)
BODY_3 = (
    "Opposition councillors questioned the timing of the trial, saying that August is when half the city is away "
    "and that the figures it produces would tell the council very little about the rest of the year."
)


# --- header rows and titles -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Valley Courier readers", "Valley Courier readers"),
        ("By Herald staff", "Herald staff"),
        ("By Times Wire reports", "Times Wire reports"),
    ],
)
def test_desk_byline(text: str, name: str) -> None:
    assert parse_byline(text) == name


@pytest.mark.parametrize("text", ["By the numbers", "By staff", "By Noon Tuesday readers will"])
def test_no_desk_byline(text: str) -> None:
    assert parse_byline(text) is None


def test_letters_page_title_is_no_desk_byline() -> None:
    letter = (
        "The library board's decision to close the main branch on Sunday afternoons falls hardest on students who "
        "have no quiet place to study at home. Find the savings somewhere else, and keep the doors open."
    )
    record = clean_lines(["Opinion", "Letters to the editor: Library hours and the bypass", "By Valley Courier readers",
                          "Jan 18, 2025", letter, "Margaret Ellison", "Orchard Heights", BODY_1, BODY_3])
    assert record["title"] == "Letters to the editor: Library hours and the bypass"


def test_time_first_date_row_keeps_the_publication_time() -> None:
    row = parse_date_line("Published: 14:22 BST, 7 July 2025 | Updated: 16:05 BST, 7 July 2025")
    assert row is not None and row.iso == "2025-07-07T14:22:00+01:00"


def test_date_first_date_row_is_unchanged() -> None:
    row = parse_date_line("PUBLISHED: June 3, 2024 at 5:12 PM EDT | UPDATED: June 4, 2024 at 9:40 AM EDT")
    assert row is not None and row.iso == "2024-06-03T17:12:00-04:00"


def test_header_fields_row_is_a_pure_date_line() -> None:
    row = parse_date_line("Written by Hannah Kowalczyk on 3 March 2025 · 6 minute read · gardening, soil")
    assert row is not None and row.tier == "pure" and row.author == "Hannah Kowalczyk"


def test_date_and_sentence_is_no_header_fields_row() -> None:
    row = parse_date_line("3 March 2025 · The council voted to close the pool for the summer.")
    assert row is None or row.tier != "pure"


def test_advisory_headline_over_its_fields_table() -> None:
    lead = (
        "A path traversal vulnerability in the archive extraction routine allows an attacker to write files outside "
        "the destination directory when a crafted archive is restored."
    )
    record = clean_lines([
        "Security Advisories", "Security advisory: Path traversal in archive extraction (CVE-2025-41877)",
        "Advisory ID: OVSA-2025-007", "Published: 2025-08-19", "Severity: High", "Affected versions: 3.0.0 to 3.4.2",
        "Summary", lead, BODY_1, BODY_3,
    ])
    assert record["title"] == "Security advisory: Path traversal in archive extraction (CVE-2025-41877)"
    assert record["published"] == "2025-08-19"


def test_wedding_announcement_names_title() -> None:
    lead = (
        "Sofia Marie Alvarez and Daniel James Thornton were married on May 31, 2025, at St. Brendan's Church in "
        "Lakeside, with the Rev. Michael Doyle officiating. A reception followed at the boat club."
    )
    body = (
        "The bride is the daughter of Roberto and Carmen Alvarez of Lakeside. She is a registered nurse in the "
        "pediatric unit at County General Hospital, and the groom is an electrician with the family business."
    )
    record = clean_lines(["Weddings", "Submit an Announcement", "Community › Weddings", "Alvarez–Thornton",
                          "Published June 21, 2025", lead, body, BODY_3])
    assert record["title"] == "Alvarez–Thornton"


def test_a_compound_name_the_lead_names_whole_is_no_name_pair() -> None:
    """(review) A region or a firm joined by a bare hyphen ("Baden-Württemberg") over a story that names it whole is
    one name, no wedding's two family names: a kicker of the region is no title."""
    from cleaners.metadata import _name_pair_title

    lead = "Baden-Württemberg will die Vermietung von Ferienwohnungen stärker regeln, sagte die Regierung am Dienstag."
    assert not _name_pair_title("Baden-Württemberg", lead)
    assert not _name_pair_title("Rolls-Royce", "Rolls-Royce said on Monday it would cut 2,500 jobs at its plants.")
    assert _name_pair_title("Alvarez-Thornton", "Sofia Alvarez and Daniel Thornton were married on May 31.")


def test_newsletter_issue_named_by_its_date_is_the_title() -> None:
    lead = (
        "What a busy week it has been! Thank you to everyone who came to our Autumn Open Afternoon on Wednesday. "
        "Over 150 families visited the classrooms, and the children loved showing you their work."
    )
    record = clean_lines(["Parents", "Lunch Menu", "Parents › Newsletters", "Weekly Newsletter – Friday 21 November 2025",
                          "Posted in Newsletters on 21/11/2025", "Dear Parents and Carers,", lead, BODY_1, BODY_3])
    assert record["title"] == "Weekly Newsletter – Friday 21 November 2025"


# --- line rules -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We've partnered with retailers to bring you the best price. GadgetBeat may earn a commission when you buy "
         "through links on our site.", "ad-disclosure"),
        ("$1,299 at ShopMart", "shop-button"),
        ("From $19 at Best Store", "shop-button"),
        ("Add to calendar", "calendar-buttons"),
        ("Add to Google Calendar | Add to Outlook | Download .ics", "calendar-buttons"),
        ("Zum Kalender hinzufügen", "calendar-buttons"),
        ("This episode is sponsored by Tidewell. Tidewell makes reef-safe sunscreen that actually rubs in. Go to "
         "tidewell.example and use code CURRENT for 20% off your first order.", "sponsor-read"),
        ("Today's show is brought to you by Harbor Mattress.", "sponsor-read"),
        ("この番組は、地元の工務店「やまびこ住宅」の提供でお送りしています。", "sponsor-read"),
        ("本期节目由青山茶业独家赞助播出。", "sponsor-read"),
        ("Photo: Ines Calderón for The Daily Meridian", "image-credit"),
        ("Photo: Jane Doe / Associated Wire Agency Pictures", "image-credit"),
        ("The site may earn a commission on purchases made through links on this page.", "ad-disclosure"),
        ("This week's issue is supported by Harbor Mattress.", "sponsor-read"),
        ("This episode was made possible by listeners like you and by Harbor Mattress.", "sponsor-read"),
        ("How we reviewed this article:", "editorial-note"),
        ("Our experts continually monitor the health and wellness space, and we update our articles when new "
         "information becomes available.", "editorial-note"),
    ],
)
def test_probe16_line_rules(text: str, rule: str) -> None:
    assert line_rule(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "$5 at the door",
        "Tickets are $5 at the door and free for children under twelve.",
        "Photo: The mayor cuts the ribbon at the new library on Main Street.",
        "The episode is sponsored by nobody, the host said, and that is the point of the show.",
        "Researchers say the commission may earn praise for its report.",
        "We update our lesson plans every term, the head teacher said.",
        # (review) an article's sentences and headings of the same shapes
        "Under the new rules, agents may earn a commission on each sale only if the figure is agreed in writing.",
        "Brokers may receive a commission from the lender when the loan is approved, the report found.",
        "This issue was supported by a clear majority of the people who answered the consultation last year.",
        "This show was presented by two students from the local college, who wrote every sketch themselves.",
        "Credit: What lenders check before approving a mortgage",
        "Photos: Inside the new central library on opening day",
    ],
)
def test_probe16_line_rules_leave_prose(text: str) -> None:
    assert line_rule(text) not in {"shop-button", "image-credit", "sponsor-read", "ad-disclosure", "editorial-note"}


def test_donation_box_gift_and_give_button() -> None:
    doc = boilerplate_doc(["Title of the story here", LEAD, BODY_1, BODY_2, BODY_3,
                           "Your gift makes stories like Maria's possible. $50 provides 150 meals.", "Give Today",
                           "Read more stories"])
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules.get("Give Today") == "boilerplate:donation"
    assert rules.get("Your gift makes stories like Maria's possible. $50 provides 150 meals.") == "boilerplate:donation"
    assert BODY_3 in _kept(doc)


# --- blocks ---------------------------------------------------------------------------------------------------------

POLL = ["POLL", "Should bin collections be more frequent in your area?", "Yes, weekly is not enough",
        "No, weekly is fine", "I'd rather pay less and keep weekly", "Vote", "View results", "1,284 votes"]


def test_inline_poll_goes_and_the_article_goes_on() -> None:
    doc = boilerplate_doc(["Headline of the bins story", LEAD, BODY_1, *POLL, BODY_2, BODY_3])
    kept = _kept(doc)
    assert not set(POLL) & set(kept)
    assert LEAD in kept and BODY_2 in kept and BODY_3 in kept


def test_question_over_a_list_without_vote_button_stays() -> None:
    """An article's own question over a list of short answers (no vote button under it) is the article's."""
    items = ["Which districts are in the trial?", "Eastgate", "Kirkby Green", "The Riverside estate"]
    doc = boilerplate_doc(["Headline of the bins story", LEAD, BODY_1, *items, BODY_2, BODY_3])
    kept = _kept(doc)
    assert "Kirkby Green" in kept and "Which districts are in the trial?" in kept


def test_photo_credits_between_captions_do_not_cut_the_essay() -> None:
    captions = [
        "A worker rakes crystals in an evaporation pond at sunrise, when the air is still cool. The harvesters start "
        "at five in the morning and stop before noon, when the heat off the white salt becomes unbearable.",
        "Seawater is let into the ponds through wooden sluices in spring and left to evaporate for about three "
        "months. As the water gets saltier it turns pink, coloured by tiny algae that thrive in brine.",
        "The cooperative that runs the ponds has shrunk from 90 members in the 1980s to 23 today. Young people are "
        "put off by the seasonal pay and the hard physical work of the harvest.",
    ]
    credit = "Photo: Ines Calderón for The Daily Meridian"
    record = clean_lines(["In Pictures", "Salt harvesters keep an ancient trade alive on the lagoon", "April 5, 2025",
                          "1 of 3", captions[0], credit, "ADVERTISEMENT", "2 of 3", captions[1], credit, "3 of 3",
                          captions[2], credit, "More galleries", "The week in pictures"])
    kept = kept_texts(record)
    assert all(c in kept for c in captions)
    assert credit not in kept


def test_related_posts_of_question_headlines_go() -> None:
    record = clean_lines(["Can My Employer Make Me Work Unpaid Overtime?", "Posted on September 9, 2025", LEAD, BODY_1,
                          BODY_2, BODY_3, "Related Posts:", "What Counts as Retaliation After a Wage Complaint?",
                          "Five Myths About At-Will Employment", "Privacy Policy"])
    removed = removed_pairs(record)
    assert ("boilerplate:list-heading", "Related Posts:") in removed
    assert "What Counts as Retaliation After a Wage Complaint?" not in kept_texts(record)


DIARY = ["Dates for your diary", "Mon 24 Nov – Year 3 trip to the Roman museum",
         "Thu 27 Nov – Flu vaccinations for Reception to Year 6", "Fri 28 Nov – Non-uniform day",
         "Sat 6 Dec – Christmas Fair", "Wed 17 Dec – Christmas lunch", "Attendance"]


def test_diary_list_between_sections_keeps_the_sections_under_it() -> None:
    doc = boilerplate_doc(["Weekly newsletter of the school", LEAD, BODY_1, *DIARY, BODY_2, BODY_3, "Privacy Policy"])
    kept = _kept(doc)
    assert BODY_2 in kept and BODY_3 in kept
    assert "Sat 6 Dec – Christmas Fair" in kept


def test_menu_words_between_sections_still_cut() -> None:
    """Undated short rows (a menu) between two paragraphs are no agenda."""
    menu = ["Home", "News", "Sports", "Business", "Opinion", "Weather", "Video"]
    doc = boilerplate_doc([LEAD, BODY_1, *menu, BODY_2, BODY_3])
    assert not set(menu) & set(_kept(doc))
