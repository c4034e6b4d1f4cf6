"""False positives found by cleaning plain article texts (no boilerplate at all) whose ordinary sentences look like
boilerplate (qualA), with the real boilerplate cases each fix must still remove.

- A call-to-action phrase inside a clause of its own ("Why the humble email newsletter refuses to die", "The Sign
  in button was moved to the account page.") is a word of a headline or a sentence about the thing, no promotion
  (boilerplate._cta_inside_clause); and a headline about newsletters is a title (metadata._ui_topic_headline).
- A copyright phrase a sentence quotes ("Clause 5 provided: "All rights reserved by the Licensor ..."") is the
  sentence's, no notice (boilerplate._notice_quoted_in_prose).
- A "Discussion" heading under a "Background" or "Introduction" heading, over prose, is a judgment's or a paper's
  section, not a comments thread ending the article (patterns.PAPER_SECTION, boilerplate.paper_discussions_kept).

Every text here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_texts, line_rule, removed_pairs

from cleaners import boilerplate
from cleaners.metadata import _title_shaped


@pytest.mark.parametrize(
    "text",
    [
        "Why the humble email newsletter refuses to die",
        "How one village newsletter outlived three newspapers",
        "The old Sign in button was moved to the account page.",
        "Das gedruckte Newsletter-Heft der Gemeinde erscheint seit 1980 jeden Monat.",
    ],
)
def test_cta_phrase_inside_a_clause_is_no_promo(text: str) -> None:
    assert boilerplate._cta_inside_clause(text)
    assert line_rule(text) != "promo"


@pytest.mark.parametrize(
    "text",
    [
        "Sign up for our newsletter",
        "Get the best stories in your inbox with our newsletter",
        "Subscribe to the newsletter",
        "Weekly newsletter: the week's best reads",
        "Follow the show on Instagram and YouTube for more",
        "Newsletter",
        "Read more",
    ],
)
def test_calls_to_action_still_go(text: str) -> None:
    assert not boilerplate._cta_inside_clause(text)
    assert line_rule(text) in ("promo", "newsletter")


def test_headline_about_newsletters_is_title_shaped() -> None:
    assert _title_shaped("Why the humble email newsletter refuses to die")
    # a sign-up box's blurb speaks of the reader's inbox: no headline
    assert not _title_shaped("The morning newsletter with the news you need in your inbox each day")


def test_headline_about_newsletters_is_the_title() -> None:
    record = clean_lines([
        "Why the humble email newsletter refuses to die",
        "",
        "Every few years someone declares the email newsletter dead, and every few years more people subscribe to one.",
        "",
        "The reason is simple. A newsletter arrives in a place readers already check every morning, and it does not "
        "depend on an algorithm deciding what they see.",
        "",
        "Paid newsletters let a single writer earn a living from a few thousand subscribers, and many now do.",
    ])
    assert record["title"] == "Why the humble email newsletter refuses to die"
    assert not removed_pairs(record)


@pytest.mark.parametrize(
    "text",
    [
        '4. Clause 5 provided: "All rights reserved by the Licensor not expressly granted herein."',
        "The reader sent her a screenshot with the caption “Copyright © 2014. All rights reserved.”",
        "Der Vertrag enthielt den Satz „Alle Rechte vorbehalten“ nur auf der letzten Seite.",
    ],
)
def test_quoted_notice_in_a_sentence_is_text(text: str) -> None:
    assert boilerplate._notice_quoted_in_prose(text)
    assert line_rule(text, "de" if "Vertrag" in text else "en") != "copyright"


@pytest.mark.parametrize(
    "text",
    [
        "© 2026 The Valley Courier. All rights reserved.",
        "Copyright 2026 Example Media Ltd. All rights reserved.",
        '© 2026 "Example Media". All rights reserved.',
        '"Copyright 2026 Example Media. All rights reserved."',
    ],
)
def test_copyright_notices_still_go(text: str) -> None:
    assert not boilerplate._notice_quoted_in_prose(text)
    assert line_rule(text) == "copyright"


JUDGMENT = [
    "Judgment in the matter of a disputed photograph licence",
    "",
    "1. This appeal concerns the scope of a licence granted by a photographer to a publisher of travel guides.",
    "",
    "Background",
    "",
    "2. The parties signed the licence in 2009, when the publisher sold no electronic books of any kind.",
    "",
    "3. In 2014 the publisher began selling the guide as an electronic book and through a subscription service.",
    "",
    "Discussion",
    "",
    "4. The words of the licence are plain. Rights not expressly granted remain with the photographer.",
    "",
    "5. Nothing in the licence mentions electronic editions, subscriptions or online access of any sort.",
    "",
    "Conclusion",
    "",
    "6. The appeal is dismissed, and we will hear the parties on costs in writing within fourteen days.",
]


def test_discussion_under_background_is_the_judgments_section() -> None:
    kept = kept_texts(clean_lines(JUDGMENT))
    assert "Discussion" in kept
    assert any(t.startswith("5. Nothing in the licence") for t in kept)
    assert any(t.startswith("6. The appeal is dismissed") for t in kept)


def test_discussion_thread_under_a_post_still_ends_it() -> None:
    """A blog post with no document section above its "Discussion" heading: the thread under it goes."""
    page = [
        "A weekend walk along the old canal towpath",
        "",
        "We set off early on Saturday and followed the towpath for twelve miles, past locks and old warehouses.",
        "",
        "The path was muddy after the rain, but the herons and the quiet water made up for every puddle on the way.",
        "",
        "By the evening we reached the market town, tired and happy, and caught the last train home again.",
        "",
        "Discussion",
        "",
        "Mark Ellis",
        "12 March 2026 at 9:14 am",
        "Lovely write-up, we did the same walk last spring and saw the herons too.",
        "Reply",
    ]
    kept = kept_texts(clean_lines(page))
    assert "Discussion" not in kept
    assert not any(t.startswith("Lovely write-up") for t in kept)


# A story told in one short sentence a line (boilerplate.sentence_runs_scored).
SHORT_LINE_STORY = [
    "A winter of walking to the station",
    "",
    "I started walking to the station in December.",
    "",
    "It takes half an hour.",
    "",
    "The tram takes ten minutes.",
    "",
    "At first it felt like a punishment.",
    "",
    "Then the mornings changed.",
    "",
    "The newsagent started saying hello.",
    "",
    "I noticed the frost on the bridge.",
    "",
    "I slept better than in years.",
    "",
    "I will not go back to the tram.",
]


def test_story_of_short_sentences_is_kept_whole() -> None:
    record = clean_lines(SHORT_LINE_STORY)
    assert record["title"] == "A winter of walking to the station"
    kept = kept_texts(record)
    assert kept[0] == "I started walking to the station in December."
    assert kept[-1] == "I will not go back to the tram."
    assert len(kept) == 9


def test_chinese_story_of_short_lines_is_kept_whole() -> None:
    lines = ["冬天的车站", "", "十二月，我开始走路去车站。", "", "路上要走半个小时。", "", "电车只要十分钟。", "",
             "一开始，我觉得很辛苦。", "", "后来，早晨变得不一样了。", "", "报刊亭的老板开始跟我打招呼。", "",
             "我看见了桥上的白霜。", "", "我睡得比以前好多了。", "", "我不会再坐电车了。"]
    record = clean_lines(lines)
    assert record["title"] == "冬天的车站"
    assert len(kept_texts(record)) == 9


def test_sentence_run_needs_full_stops() -> None:
    """A list of question headlines after an article ends in no full stop: no story, it stays out."""
    page = [
        "How the river town rebuilt its flood defences",
        "",
        "After the flood of last winter the town council spent eight months planning new defences along the "
        "river, and the work was finished this autumn at a cost far below the first estimates.",
        "",
        "Engineers raised the embankment by a metre and added pumps that can empty the lower streets in hours, "
        "which residents say has changed how they feel about living near the water.",
        "",
        "The council says it will publish a report on the defences next spring, with the costs in full.",
        "",
        "Is your home at risk of flooding?",
        "Can a garden really soak up a storm?",
        "Why are insurance premiums rising again?",
        "What should you keep in a flood kit?",
        "Who pays when the river bursts its banks?",
        "Are sandbags worth buying?",
        "Will the tide barrier hold next winter?",
    ]
    kept = kept_texts(clean_lines(page))
    assert not any(t.endswith("?") for t in kept)


def test_sentence_run_scored_marks_story_lines_only_in_long_runs() -> None:
    short = [line for line in SHORT_LINE_STORY if line][1:5]  # four sentences: too few for a story
    doc = boilerplate_doc(["Menu", "Home", *short, "Contact"])
    assert not any(line.notes.get("story_line") for line in doc.lines)
    doc = boilerplate_doc([line for line in SHORT_LINE_STORY if line])
    assert [line.text for line in doc.lines if line.notes.get("story_line")] == [
        line for line in SHORT_LINE_STORY[2:] if line
    ]


# A how-to's step that names a button (boilerplate._ui_step).
@pytest.mark.parametrize(
    "text",
    [
        "1. Log in to the admin dashboard.",
        "Step 2: Sign in with the administrator account.",
        "Click Sign in at the top right.",
        "Open the app and tap Sign up.",
        "Click Subscribe next to the feed name.",
    ],
)
def test_how_to_step_naming_a_button_is_text(text: str) -> None:
    assert boilerplate._ui_step(text)
    assert line_rule(text) != "promo"


@pytest.mark.parametrize(
    "text",
    [
        "Click to subscribe",
        "Click Subscribe to get our weekly newsletter.",
        "Tap Sign up to create your account.",
        "Click here to sign up.",
        "Press Subscribe and never miss a video!",
        "1. Subscribe to our newsletter.",
        "Subscribe now.",
    ],
)
def test_button_pitches_still_go(text: str) -> None:
    assert not boilerplate._ui_step(text)
    assert line_rule(text) == "promo"
