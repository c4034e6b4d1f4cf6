"""Rules of one day's merges narrowed after a review: each case is article text a rule took (or a page a
regex hung on), next to the furniture the rule is for."""

from __future__ import annotations

from cleaners import clean_text, metadata
from cleaners.boilerplate import _forward_prompt, _has_axis
from cleaners.document import Line

L1 = ("The city council voted seven to two on Monday night to approve a new budget that more than doubles the money "
      "spent on the city's parks, after months of debate over how the money should be raised and where it should go.")
L2 = ("Supporters said the plan would repair playgrounds that have been closed for years, while critics warned that "
      "the new tax on property sales would hurt families who are already struggling with rising rents.")
L3 = ("The mayor is expected to sign the budget later this week, and the first projects could begin as early as the "
      "spring, according to officials who spoke at the meeting on condition that they not be named.")
MENU = ["Home", "World", "Sports", "Business", "Opinion"]
TITLE = "After months of debate, the city council approves a new budget for the parks of the city"


def _kept(lines: list[str]) -> str:
    return clean_text("\n".join(lines), source="x.txt").text


def test_a_short_sentence_opening_the_article_under_the_date_line_stays() -> None:
    assert "It was a Tuesday." in _kept(MENU + [TITLE, "March 3, 2025 at 10:15 am", "It was a Tuesday.", L1, L2, L3])
    assert "Who pays?" in _kept(MENU + [TITLE, "By Jane Doe | March 3, 2025", "Who pays?", L1, L2, L3])


def test_short_furniture_under_the_date_line_still_goes() -> None:
    text = _kept(MENU + [TITLE, "By Jane Doe | March 3, 2025", "Shares", "Your video will play in 00:25", L1, L2, L3])
    assert "Shares" not in text and "Your video will play" not in text
    assert L1 in text


def test_a_quoted_numbered_thread_is_no_slideshow() -> None:
    thread = [
        "1/6 I spent three years on the parks committee. Here is what nobody tells you.",
        "2/6 Every playground repair goes through four separate approvals before anything happens.",
        "3/6 Most of the money in the old plan went to consultants, not to the parks.",
        "4/6 The new tax is not perfect, but it puts money where the kids are.",
        "5/6 If you care about this, come to the meeting on Thursday and say so.",
        "6/6 Thanks for reading. I will post the minutes here.",
    ]
    text = _kept(["Home", "Local", "Council approves parks budget after marathon meeting", "March 3, 2025", L1, L2,
                  "One former committee member explained the vote in a thread on social media:"] + thread + [L3])
    assert all(line in text for line in thread)


def test_forwarding_sentences_in_an_article_stay() -> None:
    assert not _forward_prompt("Weeks later, a friend forwarded this email to the police.")
    assert not _forward_prompt("Instead he was told to forward it to a colleague in the finance office, who never replied.")
    assert _forward_prompt("Was this forwarded to you? Sign up here to get it every Sunday.")
    assert _forward_prompt("Forward this email to a friend")
    assert _forward_prompt("Diesen Newsletter an einen Freund weiterleiten")


def test_an_interviews_tail_stops_at_a_dashed_teaser_after_an_answer() -> None:
    lines = ["Home", "Culture", "Interview: the last lighthouse keeper on the coast", "March 3, 2025", L1, L2,
             "— Were you ever afraid during the long winter storms out there on the island?",
             "— Only once, when the generator failed and the light went dark for nearly an hour in the night.",
             "— What did you do then, alone on the island with no help coming at all?",
             "— I climbed the tower with a lantern and kept it burning by hand until the morning.",
             "— Would you do it again?", "— Yes.",
             "— Photos: the storm that cut off the island", "Copyright 2025 All rights reserved"]
    text = _kept(lines)
    assert "— Would you do it again?" in text and "— Yes." in text
    assert "Photos: the storm" not in text


def test_axis_values_keep_their_sign_and_thousands() -> None:
    def lines(values: list[str]) -> list[Line]:
        return [Line(i, v, 0, 0) for i, v in enumerate(values)]

    for values in (["20", "0", "-20", "-40"], ["1,200", "1,000", "800", "600"], ["80", "60", "40", "20"]):
        assert _has_axis(lines(values), 0, len(values)), values
    assert not _has_axis(lines(["7", "13", "22", "41"]), 0, 4)


def test_a_field_label_before_the_title_is_read_without_backtracking() -> None:
    title = "市政府宣布明年起扩大公园绿地面积计划"
    assert metadata._labelled_copy("Post subject: " + title, title)
    assert metadata._labelled_copy("Temat postu: " + title, title)
    assert not metadata._labelled_copy("市民普遍关心公园建设进度" * 150 + title, title)  # (cubic before: minutes)
    assert not metadata._labelled_copy("Some words of a sentence, long enough to be no field label at all: " + title, title)


def test_headlines_opening_with_inflected_prompt_words_are_not_ui() -> None:
    for text in ("Saved by the bell: how one school kept its doors open", "Follow-up: the council responds",
                 "Comment on a fini par payer le pain deux fois plus cher"):
        assert not metadata._is_ui(text), text
    for text in ("Comments (12)", "Liked by 3", "Shares", "Share on Facebook", "Comment on this story"):
        assert metadata._is_ui(text), text
