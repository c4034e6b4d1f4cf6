"""Line rules and run rules found by the probe15 pages (tests/pages: a health article, a sports preview, a news story
with a correction and inline links, a knowledge-base article, town council minutes...).

- The answer buttons under a page-feedback question ("Was this helpful?" over "Yes" / "No") inside the article:
  the question went, its buttons stayed between two sections.
- A fact box between the lead and the body ("Kickoff: 1:00 p.m. ET", "TV: CBS", "Spread: Ravens -2.5"): its label
  rows count as content between two paragraphs, so the run goes on over them; the two-paragraph lead above the box
  was cut off (and the title with it).
- The reporter's contact line under a story ("Contact Jane Roe at jroe@paper.example or follow her on X @jroe.").
- A newsletter paragraph ending with a question that holds "sign up" was removed as a promo; "Forward to a friend".
- A wiki page's infobox copied above the lead (its last value was the title), and its licence footer line.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_texts as _kept

from cleaners import Config, clean_text
from cleaners.metadata import is_heading_like

LEAD = (
    "The county ferry service will run two extra crossings after 11 p.m. on weeknights starting in July, responding "
    "to a petition signed by more than 3,000 shift workers who said the last boat left them stranded."
)
BODY_1 = "The new sailings will leave the east terminal at 11:20 p.m. and 12:45 a.m., the transit board said."
BODY_2 = (
    "The board estimated the extra crossings will cost about $410,000 a year, mostly in crew overtime and fuel, and "
    "officials said part of the money will come from a state grant for off-peak service."
)
BODY_3 = (
    "Supporters countered that the late boat is empty precisely because it leaves too early for anyone finishing a "
    "shift at midnight. The board agreed to review ridership figures after six months, and members said they would "
    "also look at a shuttle bus as a cheaper alternative for the quietest nights of the week."
)


BODY_4 = (
    "Board member Curtis Alvarado voted against the plan, arguing that ridership on the existing 10:30 p.m. boat "
    "averages fewer than 40 passengers."
)


@pytest.mark.parametrize(
    ("question", "answers", "language"),
    [
        ("Was this helpful?", ["Yes", "No"], "en"),
        ("War dieser Artikel hilfreich?", ["Ja", "Nein"], "de"),
        ("Cette page vous a-t-elle été utile ?", ["Oui", "Non"], "fr"),
        ("この記事は役に立ちましたか？", ["はい", "いいえ"], "ja"),
    ],
)
def test_feedback_answer_buttons_go_with_their_question(question: str, answers: list[str], language: str) -> None:
    doc = boilerplate_doc(["Title of the page", LEAD, BODY_1, question, *answers, "Treatment options", BODY_2, BODY_4, BODY_3],
                          language)
    kept = _kept(doc)
    assert not set(answers) & set(kept)
    assert BODY_1 in kept and BODY_2 in kept
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert all(rules[a] == "boilerplate:feedback-prompt" for a in answers)


def test_yes_without_a_feedback_question_is_kept() -> None:
    """An interview's one-word answer ("Yes.") under a question is the article's."""
    doc = boilerplate_doc(["Title of the page", LEAD, "Did the board vote on it?", "Yes.", BODY_1, BODY_2])
    assert "Yes." in _kept(doc)


def test_fact_box_rows_between_lead_and_body_keep_the_lead() -> None:
    rows = ["Game details", "Date: Sunday, Dec. 15", "Kickoff: 1:00 p.m. ET", "TV: CBS", "Odds",
            "Spread: Home -2.5", "Over/under: 44.5", "Moneyline: Home -140, Away +120", "Injury report"]
    doc = boilerplate_doc(["News", "Sports", "Scores", "Headline of the preview story here", LEAD, BODY_1, *rows,
                           BODY_2, BODY_3])
    kept = _kept(doc)
    assert LEAD in kept and BODY_1 in kept and BODY_2 in kept
    assert "Kickoff: 1:00 p.m. ET" in kept


def test_menu_between_paragraphs_still_cuts() -> None:
    """Bare menu words (no label rows) between two paragraphs are no fact box: the sandwich rule is unchanged."""
    menu = ["Home", "News", "Sports", "Business", "Opinion", "Weather", "Video", "Podcasts", "Contact"]
    doc = boilerplate_doc([LEAD, *menu, BODY_1, BODY_2, BODY_3])
    assert not set(menu) & set(_kept(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Contact Teresa Holloway at tholloway@courier.example or follow her on X @tholloway.",
        "Email Jane Doe at jdoe@news.example or follow her @janedoe.",
        "Reach Marco de la Cruz at mcruz@daily.example.",
        "Contact the author at author@blog.example",
        "You can reach Sam Lee via slee@paper.example or 555-0100.",
        "Send your questions to Marjorie at askmarjorie@herald.example or write to P.O. Box 4410, Springfield.",
    ],
)
def test_author_contact_line(text: str) -> None:
    assert line_rule(text) == "author-contact"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe is a reporter covering city hall. Follow her on X @janedoe.",
        "Contact tracing apps failed to reach most people at risk, the study found.",
        "Residents can contact the county at 555-0100 or visit the office on Main Street.",
        "Email is still the main way staff reach customers at night.",
    ],
)
def test_prose_about_contacting_is_no_author_contact(text: str) -> None:
    assert line_rule(text) != "author-contact"


def test_paragraph_ending_with_a_question_is_no_call_to_action() -> None:
    """A newsletter's paragraph whose last clause holds "sign up" was taken for a promo line: a line that ends with
    "?" was no full sentence, so the call-to-action words near its end made it one."""
    text = (
        "If you have not done this audit recently, set aside twenty minutes this weekend. Print the last three "
        "statements, highlight every recurring charge, and ask of each one: would I sign up for this today?"
    )
    assert line_rule(text) is None


@pytest.mark.parametrize("text", ["Want more? Sign up for our newsletter?", "Why not subscribe today?"])
def test_short_question_calls_to_action_still_go(text: str) -> None:
    assert line_rule(text) is not None


@pytest.mark.parametrize("text", ["Forward to a friend", "Forward this email to a friend", "Forward it to a colleague"])
def test_newsletter_forward_button(text: str) -> None:
    assert line_rule(text) == "newsletter"


WIKI_TOP = ["Fan Wiki", "Explore", "Main Page", "All Pages", "Community", "Sign in to edit", "Kestrel Vance"]
WIKI_BOX = ["Kestrel Vance", "Biographical information", "Homeworld", "Tarsis IV", "Affiliation",
            "Free Cartographers Guild", "Status", "Alive", "Portrayed by", "Imani Holt", "First appearance",
            "\"The Long Dark\" (Season 2, Episode 1)"]
WIKI_LEAD = (
    "Kestrel Vance is a fictional pilot and cartographer in the television series. Introduced in the second "
    "season, she becomes the navigator of the survey ship after its original crew is lost."
)
WIKI_BODY = [
    "Biography",
    "Vance grew up on a mining world, where her mother ran a repair shop for cargo haulers. She learned to fly by "
    "ferrying spare parts between the moons and left at seventeen to join the guild.",
    "Over the season she earns the trust of the captain and charts the first safe route through the nebula, which "
    "the guild later sells to a mining cartel without telling her.",
]


def test_infobox_over_the_lead_goes_and_is_no_title() -> None:
    """A wiki page's infobox copied above its lead: the rows go, and the last value is no title."""
    record = clean_text("\n".join([*WIKI_TOP, *WIKI_BOX, WIKI_LEAD, *WIKI_BODY]), Config())
    assert record["title"] == "Kestrel Vance"
    kept = [p["text"] for p in record.paragraphs]
    assert WIKI_LEAD in kept
    for row in WIKI_BOX[2:]:
        assert row not in kept


def test_menu_over_a_lead_is_no_infobox() -> None:
    """Short menu lines over a lead that names none of them: no infobox rows."""
    menu = ["Home", "News", "Sport", "Culture", "Travel", "Money", "Weather", "Video", "Podcasts", "Shop"]
    doc = boilerplate_doc([*menu, WIKI_LEAD, *WIKI_BODY])
    assert not [line for line in doc.lines if line.removal and line.removal.rule == "boilerplate:infobox"]


@pytest.mark.parametrize(
    "text",
    [
        "Community content is available under CC-BY-SA unless otherwise noted.",
        "Text is available under the CC BY-SA 4.0 license; additional terms may apply.",
        "Content is available under GFDL unless otherwise noted.",
    ],
)
def test_wiki_licence_footer(text: str) -> None:
    assert line_rule(text) == "copyright"


def test_prose_about_availability_is_no_licence() -> None:
    assert line_rule("The new vaccine is available under a pilot program in three counties this spring.") is None


@pytest.mark.parametrize(
    "text",
    ["Town Council Regular Meeting Minutes – February 10, 2025", "Planning Board Public Hearing - March 3, 2025"],
)
def test_heading_closed_by_its_date_is_heading_like(text: str) -> None:
    """Meeting minutes are titled by the meeting and its date: the title was lost, a numbered item heading won."""
    assert is_heading_like(text)


@pytest.mark.parametrize(
    "text",
    [
        "Updated – June 3, 2025",
        "June 3, 2025 – Town Council Regular Meeting",
        "Crews at the warehouse fire – June 3, 2025 4:10 PM",
        "By Jane Doe – June 3, 2025",
        "Budget talks stall, March 3, 2025",
    ],
)
def test_date_lines_are_still_no_headings(text: str) -> None:
    assert not is_heading_like(text)


def test_headline_over_a_shorter_dek_is_the_title() -> None:
    """A nine-word headline over a dek under 0.8 of its length, then the byline: the dek was the title."""
    lines = [
        "The Daily Post", "Subscribe", "Science",
        "Divers find 200-year-old merchant ship in remarkably intact condition",
        "Wreck lies in 90 metres of water off the northern coast",
        "By Imogen Castell, Science Correspondent", "Published 14 November 2024",
        "A team of divers and marine archaeologists has found the wreck of a merchant ship that sank more than two "
        "centuries ago, with its hull, masts and much of its cargo still in place on the seabed.",
        "The ship lies at a depth of about 90 metres, where cold water, low oxygen and the absence of wood-boring "
        "worms have slowed its decay almost to a halt, the divers said on Tuesday.",
    ]
    record = clean_text("\n".join(lines), Config())
    assert record["title"] == "Divers find 200-year-old merchant ship in remarkably intact condition"
