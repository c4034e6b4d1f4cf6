"""Review of the xfail5 rules (e02dfb2..xfail5): a share plea quoted inside an article's sentence, a question about
others' newsletters, an article's section headed like an editorial-process note. Each fault's test fails on xfail5;
the nearby cases the rules were written for are plain tests beside them. Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines as _clean
from stages import kept_texts as _kept
from stages import line_rule
from test_review5b_false_positives import BODY, HEAD, LEAD, TAIL  # the same short news page

# --- a plea to share (patterns.SHARE_PLEA_RE): the page's own line, or a quoted one -----------------------------

@pytest.mark.parametrize("line", [
    "The campaign's slogan was simple: Share it with your friends!",
    "Her last message to the group read, in capitals, that they should share it with your friends!",
    "Der Slogan der Kampagne lautete: Teile es mit deinen Freunden!",
])
def test_a_plea_quoted_inside_a_sentence_is_no_promo(line: str) -> None:
    assert line_rule(line) != "promo"


@pytest.mark.parametrize("line", [
    "Share it with your friends!",
    "Please share it with your friends!",
    "Did you enjoy this recipe? Share it with your friends!",
    "¿Te gustó esta receta? ¡Compártela con tus amigos!",
])
def test_the_pages_own_plea_is_a_promo(line: str) -> None:
    assert line_rule(line) == "promo"


# --- a sign-up pitch's closing question (_inbox_pitch): the reader asked, or others asked about ------------------

def test_a_question_about_others_signing_up_is_no_pitch() -> None:
    line = ("The union sent a newsletter to every member's inbox last week urging them to vote. Will they sign up "
            "for the strike?")
    assert line_rule(line) is None


@pytest.mark.xfail(strict=True, reason="older than xfail5: a question of under 20 words after a sentence naming a "
                   "newsletter, with 'sign up' in it, is read as a call to action; no second person is asked for")
def test_a_question_about_readers_signing_up_is_no_pitch() -> None:
    line = ("Publishers are betting that readers want news delivered to their inbox every day. Will readers sign up "
            "for yet another newsletter?")
    assert line_rule(line) is None


# --- an editorial-process note (mark_editorial_notes) ------------------------------------------------------------

def test_an_articles_section_headed_why_trust_us_is_kept() -> None:
    section = ["Why trust us?", "The council has broken its promises before, residents say."]
    kept = _kept(_clean([*HEAD, LEAD, *section, "Next steps", *BODY, *TAIL]))
    assert section[0] in kept
    assert section[1] in kept


def test_a_closing_editorial_note_over_the_sources_goes() -> None:
    note = ["How we reviewed this article:",
            "Our experts continually monitor the news, and we update our articles when new information becomes "
            "available."]
    sources = ["Sources", "Harbour Board (2024). Annual report on the sea defences. Harbour Board Publications.",
               "Share this article", "Facebook", "Email"]
    kept = _kept(_clean([*HEAD, LEAD, *BODY, *note, *sources, *TAIL]))
    assert LEAD in kept
    assert note[1] not in kept


# --- a listing's feature rows (boilerplate._FEATURE_PART_RE): no backtracking trap --------------------------------

def test_a_long_token_is_no_feature_row_and_fails_fast() -> None:
    from time import perf_counter

    from cleaners.boilerplate import _FEATURE_PART_RE

    part = "1 " + "a" * 1500 + " 9"  # with an optional space between its words: ~40 s, cubic in the token's length
    started = perf_counter()
    assert _FEATURE_PART_RE.fullmatch(part) is None
    assert perf_counter() - started < 1.0
    for row in ("3 habitaciones", "98 m² construidos", "120PS", "92 m² floor area", "4 bedrooms."):
        assert _FEATURE_PART_RE.fullmatch(row) is not None


# --- a broadcast transcript's break marker (rule broadcast-break): removed, yet no end of the transcript ----------

def test_a_break_marker_inside_a_transcript_does_not_cut_it() -> None:
    said = [
        "ANDERSON: Welcome back. Tonight we look at the harbour wall and what the council decided on Monday after "
        "months of argument.",
        "(COMMERCIAL BREAK)",
        "(APPLAUSE)",
        "SMITH: Thank you. The council has finally listened to the people who live along the seafront and who were "
        "flooded twice.",
        "(LAUGHTER)",
        "ANDERSON: We will be right back after this.",
        "(BEGIN VIDEOTAPE)",
        "JONES: The wall has been closed since January and the repairs will take eighteen months, the engineers told "
        "us today.",
    ]
    record = _clean([HEAD[0], "Harbour wall: the evening programme", "Aired March 3, 2025", *said, *TAIL])
    kept = _kept(record)
    assert said[3] in kept
    assert said[5] in kept
    assert said[7] in kept
    assert "(COMMERCIAL BREAK)" not in kept


# --- a memorial shop's promo (patterns.MEMORIAL_SHOP_RE): the site's own store, not a place the family names ------

@pytest.mark.parametrize("line", [
    "To plant a tree in memory of John, please visit the Hebden Woodland Trust website.",
    "To plant a tree in his memory, friends can visit the garden centre shop on Saturday.",
])
def test_the_familys_word_to_visit_a_named_place_is_no_promo(line: str) -> None:
    assert line_rule(line) != "promo"


@pytest.mark.parametrize("line", [
    "To send flowers or a memorial gift to the family of John Smith, please visit our Sympathy Store.",
    "To plant a memorial tree in memory of Ray, visit the tribute store.",
])
def test_the_sites_memorial_shop_is_a_promo(line: str) -> None:
    assert line_rule(line) == "promo"


def test_an_articles_section_headed_editorial_standards_is_kept() -> None:
    section = ["Editorial standards",
               "The regulator said the broadcaster had breached its editorial standards twice in 2024."]
    kept = _kept(_clean([*HEAD, LEAD, *section, "What happens next", "The board meets again in April.", *BODY,
                         *TAIL]))
    assert section[0] in kept
    assert section[1] in kept
