"""A podcast's or video's chapter list (boilerplate.chapter_lists_kept) is the show notes' table of contents, not
a news feed: "00:00 Introduction", "04:12 How the closures hit ..." lines, which the feed-item rule removed (and
the show notes under them with them), keep their place when they start at 0:00 and count up. Negatives: a news
feed's time-stamped headlines (the day's clock, newest first) and a list that does not start at 0:00."""

from __future__ import annotations

from stages import boilerplate_doc
from stages import kept_line_texts as _kept
from stages import removed_line_rules as _rules

NOTES = [
    "This week Priya and Tom talk with a county planner and two shop volunteers about a quiet trend across the "
    "rural Midwest: towns that lost their only grocery store and decided to run one themselves.",
    "When a regional chain closed forty stores in 2023, several of those towns were left more than twenty miles "
    "from fresh food. Residents formed cooperatives and reopened the shuttered buildings with volunteer crews.",
    "We hear how the first year went, why the margins are so thin, and what happens when the one person who "
    "understands the refrigeration system goes on holiday.",
]
CHAPTERS = ["00:00 Introduction and listener mail", "04:12 How the chain closures hit rural counties",
            "11:45 Selling shares door to door", "23:30 Suppliers, minimum orders and the problem with milk",
            "37:08 Volunteers, burnout and paying a manager", "49:20 What other towns can learn"]
THANKS = ("The producers would like to thank the cooperative's board for letting us record at their Saturday "
          "meeting. If you run a community-owned shop, we would love to hear your story for a follow-up episode.")
HEADER = ["Harbor Audio", "Shows", "Episodes", "Episode 142: Why small towns buy back their grocery stores"]
FOOTER = ["Share this episode", "Privacy policy", "Terms of use"]


def test_a_chapter_list_under_the_show_notes_is_kept() -> None:
    doc = boilerplate_doc([*HEADER, *NOTES, "In this episode", *CHAPTERS, THANKS, *FOOTER], "en")
    assert set(CHAPTERS) | {THANKS} <= set(_kept(doc)), _rules(doc)


def test_a_news_feed_stays_furniture() -> None:
    feed = ["18:40 Council approves new bus lanes", "17:15 Storm warning for the coast", "16:02 Hospital opens ward"]
    doc = boilerplate_doc([*HEADER, *NOTES, "Latest news", *feed, *FOOTER], "en")
    rules = _rules(doc)
    assert all(rules.get(line) == "boilerplate:feed-item" for line in feed), rules


def test_times_that_do_not_start_at_zero_stay_furniture() -> None:
    feed = ["08:10 Council approves new bus lanes", "09:15 Storm warning for the coast", "10:02 Hospital opens ward"]
    doc = boilerplate_doc([*HEADER, *NOTES, *feed, *FOOTER], "en")
    rules = _rules(doc)
    assert all(rules.get(line) == "boilerplate:feed-item" for line in feed), rules


# --- a chapter titled by a question, which the feed-item rule does not take (probe12) ----------------------------


def test_a_chapter_titled_by_a_question_does_not_break_the_list() -> None:
    """"04:12 What does a county planner do?" has no feed-item rule (a question is no headline): the chapters on
    either side still make one list from 0:00, and all are kept with the notes around them."""
    chapters = [*CHAPTERS]
    chapters[1] = "04:12 What does a county planner actually do?"
    doc = boilerplate_doc([*HEADER, *NOTES, "In this episode", *chapters, THANKS, *FOOTER], "en")
    assert set(chapters) | {THANKS} <= set(_kept(doc)), _rules(doc)


def test_a_question_between_feed_items_of_the_day_does_not_make_a_chapter_list() -> None:
    """The gap is bridged only inside a list from 0:00 that counts up: a feed's times stay furniture around it."""
    feed = ["18:40 Council approves new bus lanes", "17:15 Who pays for the storm damage?", "16:02 Hospital opens ward",
            "15:30 Bridge closed for repairs"]
    doc = boilerplate_doc([*HEADER, *NOTES, "Latest news", *feed, *FOOTER], "en")
    rules = _rules(doc)
    assert all(rules.get(line) == "boilerplate:feed-item" for line in feed if not line.endswith("?")), rules


def test_two_untaken_lines_in_a_row_end_the_list() -> None:
    """Two lines without the rule between feed items are more than CHAPTER_LIST_GAP: the list after them must
    start at 0:00 on its own (here it does not, so it stays furniture)."""
    lines = ["00:00 Introduction and listener mail", "04:12 Who plans a county?", "11:45 Why sell shares?",
             "23:30 Suppliers, minimum orders and the problem with milk", "37:08 Volunteers, burnout and paying",
             "49:20 What other towns can learn"]
    doc = boilerplate_doc([*HEADER, *NOTES, *lines, *FOOTER], "en")
    rules = _rules(doc)
    assert rules.get(lines[3]) == "boilerplate:feed-item", rules
