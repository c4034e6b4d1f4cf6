"""An interview without speaker labels: each question a short line over its answer (boilerplate.
extend_to_first_question). The run search starts at the first answer, and the first question was cut with the
header's short lines above it (probe12: et_intervjuu_kusimus_vastus). Negatives: an explainer's question headings
over sections of several paragraphs, a run with too few questions, and a question headline over a news story.
"""

from __future__ import annotations

from stages import boilerplate_kept as _kept

HEADER = ["Island Courier", "News", "Opinion", "Interview", "Log in", "Interview",
          "Lighthouse keeper: nobody sleeps here during a winter storm", "Kate Stone", "22 January 2025, 10:05",
          "Share", "Comments (3)"]
QA = [
    ("How did you become a lighthouse keeper?",
     "By chance. I worked at the harbour when the old keeper retired, and nobody wanted to move to the island, so "
     "I said I would try it for a year. That was twenty-two years ago."),
    ("The light runs by itself. Why are you needed here?",
     "The lamp switches on by itself, but the automation does not change broken glass or sweep snow off the solar "
     "panels, and when the radio link fails I am the one who warns the ships."),
    ("What was the hardest moment?",
     "Two winters ago a storm lasted three days. The power went, the generator would not start, and I had to crank "
     "the engine by hand. I hardly slept at all that week."),
    ("Do you ever get bored out here?",
     "No. In summer the tourists come, in winter I read and mend nets, and my sister lives on the next island, so "
     "we talk on the phone every evening."),
]
FOOTER = ["Read also", "Ferry timetable cut for the winter", "Most read", "Mayor resigns", "Cookie settings"]


def test_the_first_question_of_an_interview_is_kept() -> None:
    kept = _kept([*HEADER, *(line for pair in QA for line in pair), *FOOTER])
    for question, answer in QA:
        assert question in kept and answer in kept
    assert "Comments (3)" not in kept and "Share" not in kept


def test_two_questions_are_no_interview() -> None:
    """With fewer than INTERVIEW_MIN_QUESTIONS questions over answers the run keeps its start."""
    lines = [*HEADER, *QA[0], *QA[1], *FOOTER]
    assert QA[0][0] not in _kept(lines)


EXPLAINER_SECTIONS = [
    ("Why did the river flood again?", [
        "The river burst its banks on Tuesday night after four days of rain fell on ground that was already soaked "
        "from the autumn storms, and the water rose faster than the forecasters had expected.",
        "Engineers say the old embankment on the east side was never built for a flood of this size, and that two "
        "of its sluice gates failed to close when the level passed the warning mark.",
        "Residents of the low streets were told to leave their homes shortly before midnight, and most of them spent "
        "the night in the leisure centre on the hill above the town.",
    ]),
    ("What happens to the embankment now?", [
        "The county council will pay for a temporary wall of sandbags along the worst stretch while engineers work out "
        "how much of the old embankment can be saved and how much has to be rebuilt.",
        "A full survey is expected to take until the spring, and the council says it will publish the results in full "
        "together with the cost of each option before any decision is taken.",
        "Until then the sluice gates will be closed by hand whenever the level passes the warning mark, with a crew on "
        "call through the night during heavy rain.",
    ]),
    ("Who pays for the damage?", [
        "Households with flood cover should call their insurer before they throw anything away, and take photographs "
        "of every damaged room and of the water line on the walls.",
        "Those without cover can apply for a hardship grant from the council, which has set aside a fund for the "
        "families whose homes were flooded for the second time in three years.",
        "Small businesses on the high street can ask for their business rates to be suspended for three months while "
        "they repair their shops and replace their stock.",
    ]),
]


def test_an_explainers_question_headings_do_not_pull_in_the_question_above_it() -> None:
    """Question headings over sections of three paragraphs are no interview: a question-shaped kicker under the
    byline ("Missed the meeting?"), right above the first paragraph, stays out of the run."""
    kicker = "Missed the council meeting?"
    body = [line for heading, paragraphs in EXPLAINER_SECTIONS for line in (heading, *paragraphs)][1:]
    lines = ["Valley Post", "News", "Local", "Flooded again: what went wrong on the river this week", "By Ann Lee",
             "5 March 2025", "Share", kicker, *body, *FOOTER]
    kept = _kept(lines)
    assert kicker not in kept and EXPLAINER_SECTIONS[1][0] in kept


def test_a_question_headline_over_a_news_story_stays_out() -> None:
    headline = "Who will pay for the new bridge?"
    story = [paragraphs for _, paragraphs in EXPLAINER_SECTIONS][0]
    lines = ["Valley Post", "News", "Local", "Weather", headline, *story, *FOOTER]
    assert headline not in _kept(lines)
