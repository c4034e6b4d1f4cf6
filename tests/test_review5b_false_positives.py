"""Review of probe15's rules for English/CJK page kinds (ed8cf03..probe15: fact boxes, feedback answers, the
reporter's contact line, long questions, "Forward to a friend", wiki licence lines, dated headings, 8-word
headlines).

Each strict XFAIL is a fault seen on realistic text: an article line removed, boilerplate let in, or a wrong title.
The passing tests around them are the neighbouring cases that work (the noise the rules were written for). Every
page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines as _clean
from stages import kept_texts as _kept
from stages import removed_pairs as _removed

HEAD = ["Home | News | Local | Sport | Contact", "Council approves plan to rebuild the old harbour wall",
        "By Laura Mendes", "March 3, 2025"]
LEAD = ("The city council voted on Monday to spend 12 million euros rebuilding the harbour wall, which was badly "
        "damaged in last winter's storms and has been closed to the public since January.")
BODY = [
    "Work is expected to start in the spring and last about eighteen months, the council said, with the promenade "
    "reopening in stages as each section of the wall is finished.",
    "Residents who live along the seafront said they were relieved, although some questioned why the repairs had "
    "taken so long to approve after the damage was first reported.",
]
TAIL = ["Related stories", "Storm season: what to expect", "© 2025 Harbor Daily. All rights reserved."]


def _news(middle: list[str]) -> dict:
    return _clean([*HEAD, LEAD, *middle, *BODY, *TAIL])


# --- "Forward to a friend" (patterns.NEWSLETTER_FORWARD_RE without "this"/"it") -----------------------------------

@pytest.mark.parametrize("line", [
    "The complaint, which included screenshots of the messages, was later forwarded to colleagues.",
    "Investigators said the engineer had flagged the cracks in an e-mail that he forwarded to a colleague.",
])
def test_sentence_about_forwarding_a_mail_is_kept(line: str) -> None:
    assert line in _kept(_news([line]))


def test_forward_to_a_friend_button_is_still_removed() -> None:
    assert ("boilerplate:newsletter", "Forward to a friend") in _removed(_news(["Forward to a friend"]))


# --- a wiki's licence line (patterns.COPYRIGHT_RE "content is available under CC-BY") ---------------------------

@pytest.mark.parametrize("line", [
    "Because the encyclopedia's text is available under the GNU Free Documentation License, anyone may copy it.",
    "The archive's content is available under CC-BY-SA, so the council can reuse the historic photos.",
])
def test_article_sentence_about_a_licence_is_kept(line: str) -> None:
    assert line in _kept(_news([line]))


@pytest.mark.parametrize("line", [
    "Community content is available under CC-BY-SA unless otherwise noted.",
    "All text is available under the CC-BY-SA licence, except where otherwise noted.",
    "Text is available under the GNU Free Documentation License.",
])
def test_wiki_licence_footer_is_still_removed(line: str) -> None:
    assert ("boilerplate:copyright", line) in _removed(_news([line]))


# --- the reporter's contact line (boilerplate._AUTHOR_CONTACT_RE) -----------------------------------------------

@pytest.mark.parametrize("line", [
    "Contact Harbour Manager Tom Reed at treed@harbour.example to book a place on the guided tours.",
    "Email Jane Roe at jroe@council.example with comments on the plan before March 31.",
    "Contact Detective Ann Lee at alee@harbourpolice.example or 555-0100 with any information about the break-ins, "
    "police said in a statement on Monday.",
])
def test_contact_information_in_the_article_is_kept(line: str) -> None:
    assert line in _kept(_news([line]))


@pytest.mark.parametrize("line", [
    "Contact Laura Mendes at lmendes@harbordaily.example or follow her on X @lmendes.",
    "Reach Laura Mendes at lmendes@harbordaily.example, 555-0100, or on X @lmendes.",
    "Email Laura Mendes at lmendes@harbordaily.example with news tips or follow her @lmendes.",
    "Contact the reporter at lmendes@harbordaily.example with story ideas.",
])
def test_reporter_contact_line_is_still_removed(line: str) -> None:
    assert ("boilerplate:author-contact", line) in _removed(_clean([*HEAD, LEAD, *BODY, line, *TAIL]))


# --- a 20+ word line ending with "?" is a full sentence (furniture_rule QUESTION_PARAGRAPH_WORDS) -----------------

def test_sign_up_pitch_ending_with_a_short_question_is_removed() -> None:
    line = ("Join more than 20,000 readers who get our best stories about the harbour, the council and local schools in "
            "their inbox every morning. Why not sign up for free today?")
    assert line not in _kept(_news([line]))


def test_paragraph_ending_with_a_short_question_to_the_reader_is_kept() -> None:
    line = ("Membership of the rowing club has doubled since the promenade closed, as people look for other ways to "
            "enjoy the water. Would you sign up for a taster session?")
    assert line in _kept(_news([line]))


def test_paragraph_ending_with_the_writers_own_question_is_kept() -> None:
    line = ("If you have not checked your standing orders recently, set aside twenty minutes this weekend. Print the "
            "last three statements, mark every recurring charge, and ask of each one: would I sign up for this today?")
    assert line in _kept(_news([line]))


# --- yes/no buttons under a feedback question (boilerplate.feedback_answers) --------------------------------------

CHATBOT = [
    "Home | Tech | Reviews | Guides", "We asked five AI chatbots to plan a weekend in the old town", "By Laura Mendes",
    "March 3, 2025",
    "We gave each chatbot the same request: plan two days in the old town for a family with two children, on a "
    "budget of 300 euros, with at least one museum and one boat trip.",
    "The results ranged from genuinely useful to bizarre. One assistant booked us into a hotel that closed in 2019, "
    "and then asked whether its plan had been any good:",
    "Is this helpful?", "No.", "I'm sorry to hear that. Would you like me to try again with different hotels?", "Yes.",
    "The second attempt was better, but it still sent us to a boat tour that does not run on Sundays, which is the "
    "only day most families could actually take it.",
    "Only two of the five assistants checked opening hours at all, and none of them warned us that the museum is "
    "closed on Mondays for most of the year.",
    "© 2025 Harbor Daily",
]


def test_single_spoken_answer_under_a_quoted_question_is_kept() -> None:
    assert "No." in _kept(_clean(CHATBOT))


def test_yes_no_buttons_under_a_feedback_question_are_still_removed() -> None:
    record = _clean([*HEAD, LEAD, *BODY[:1], "Was this article helpful?", "Yes", "No", *BODY[1:], *TAIL])
    removed = _removed(record)
    assert ("boilerplate:feedback-prompt", "Yes") in removed and ("boilerplate:feedback-prompt", "No") in removed
    assert BODY[1] in _kept(record)


# --- fact box rows between paragraphs (boilerplate._fact_box) -----------------------------------------------------

PRODUCT = [
    "Shop | Garden | Tools | Sale | Cart", "Cedar rain barrel, 200 litres",
    "This rain barrel is made from untreated cedar boards held by steel hoops, with a brass tap near the base and a "
    "removable lid that keeps leaves and mosquitoes out of the water.",
    "The barrel stands on a low wooden base, so a watering can fits under the tap, and an overflow pipe near the top "
    "sends excess water back to the downpipe during heavy rain.",
    "Specifications", "Capacity: 200 litres", "Material: cedar wood", "Weight: 18 kg", "Dimensions: 60 x 60 x 95 cm",
    "Tap: brass, 3/4 inch", "Warranty: 2 years",
    "Customer reviews", "4.6 out of 5", "Jenny P.", "Verified buyer",
    "I bought this barrel last spring and it has already paid for itself; the wood has weathered to a lovely grey and "
    "the tap has never leaked once, even in the frost.",
    "Mark T.", "Verified buyer",
    "Great value and it looks much nicer than the plastic ones, although assembly took my husband and me most of a "
    "Saturday afternoon because the instructions were unclear.",
    "Add to cart", "© 2025 Garden Shop",
]


def test_spec_table_does_not_bridge_to_long_reviews() -> None:
    kept = _kept(_clean(PRODUCT))
    assert "Verified buyer" not in kept and "Jenny P." not in kept


def test_spec_table_under_the_description_is_kept() -> None:
    kept = _kept(_clean(PRODUCT))
    assert PRODUCT[2] in kept and "Capacity: 200 litres" in kept


# --- a headline closed by a date after a dash (metadata._dated_heading) -------------------------------------------

def test_list_of_dated_teasers_is_no_title() -> None:
    record = _clean([
        "Home | News | Local | Sport", "Latest", "Storm closes harbour promenade – January 14, 2025",
        "Council delays vote on wall repairs – February 2, 2025", "Harbour City",
        "Council approves harbour wall rebuild", "March 3, 2025", LEAD, *BODY, TAIL[-1],
    ])
    assert record["title"] == "Council approves harbour wall rebuild"


@pytest.mark.parametrize("lines", [
    ["Storm closes the harbour promenade – January 14, 2025", "Council approves harbour wall rebuild", "By Laura Mendes",
     "March 3, 2025"],
    ["Council approves harbour wall rebuild", "Storm closes the harbour promenade – January 14, 2025"],
    ["Council approves harbour wall rebuild", "Last modified by the harbour admin team – March 3, 2025"],
])
def test_one_dated_line_next_to_the_headline_is_no_title(lines: list[str]) -> None:
    record = _clean(["Harbor Daily | News | Sport", *lines, LEAD, *BODY, TAIL[-1]])
    assert record["title"] == "Council approves harbour wall rebuild"


def test_dated_minutes_heading_is_still_the_title() -> None:
    record = _clean([
        "Town of Harbour City", "Agendas & Minutes", "Town Council Regular Meeting Minutes – February 10, 2025",
        "Posted on: February 24, 2025", "1. CALL TO ORDER",
        "Mayor Ruiz called the regular meeting of the Town Council to order at 7:00 p.m. in the council chambers, with "
        "all five members present.",
        "2. APPROVAL OF THE AGENDA",
        "Councillor Obi moved to approve the agenda as presented, seconded by Councillor Lind. The motion carried "
        "unanimously.",
    ])
    assert record["title"] == "Town Council Regular Meeting Minutes – February 10, 2025"


def test_dated_report_title_under_a_short_kicker_is_still_the_title() -> None:
    record = _clean([
        "Harbor Daily | News | Events", "Photos from the weekend", "Harbour Festival Parade – June 3, 2025",
        "The annual harbour festival parade drew more than 20,000 people to the seafront on Sunday, with forty floats, "
        "six marching bands and a fireworks display over the water.",
        "The parade started at the old lighthouse at noon and reached the town hall two hours later, where the mayor "
        "handed out prizes for the best floats.",
        TAIL[-1],
    ])
    assert record["title"] == "Harbour Festival Parade – June 3, 2025"


# --- a sentence-case headline of 8+ words over a shorter dek (metadata.LONG_HEADLINE_WORDS) ------------------------

@pytest.mark.xfail(strict=True, reason="a nine-word photo caption right above a five-word headline is read as an "
                   "8+ word headline over its shorter dek (_short_dek) and takes the title; the shape is the one of a "
                   "nine-word headline over a six-word dek (test below), which probe15 fixed, so no fix here")
def test_caption_above_a_short_headline_is_no_title() -> None:
    record = _clean([
        "Harbor Daily | News | Sport", "Waves crash over the harbour wall during January's storm",
        "Council approves harbour wall rebuild", "By Laura Mendes", "March 3, 2025", LEAD, *BODY, TAIL[-1],
    ])
    assert record["title"] == "Council approves harbour wall rebuild"


@pytest.mark.parametrize("dek", [
    "Wreck lies in 90 metres of water off the northern coast",
    "Wreck lies off the northern coast",
])
def test_nine_word_headline_over_its_dek_is_the_title(dek: str) -> None:
    headline = "Divers find old merchant ship in remarkably intact condition"
    record = _clean([
        "Harbor Daily | News | Science", headline, dek,
        "By Laura Mendes", "March 3, 2025",
        "A team of divers has found the wreck of a merchant ship that sank two centuries ago, with its hull, masts and "
        "much of its cargo still in place on the seabed off the northern coast.",
        "The ship lies at a depth of about 90 metres, where cold water and low oxygen have slowed its decay almost to a "
        "halt, the divers said.",
        TAIL[-1],
    ])
    assert record["title"] == headline
