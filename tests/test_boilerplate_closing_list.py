"""A post's closing list: a short heading over a few short items right under the last paragraph, then the writer's
own invitation to comment ("I'd love to hear them in the comments below"). The writer is still speaking under the
list, so it is the post's, not a box of other pages; without that line under it, or under a list heading, the tail
stops above it as before.

From tests/pages: en_blog_closing_list_comment_prompt.
"""

from __future__ import annotations

from stages import boilerplate_doc, kept_line_set

STORY = [
    "For three years running my sweet peas gave me a glorious fortnight in June and then gave up. This year they are "
    "still going strong at the end of the month, and I think I know why.",
    "The secret, it turns out, is picking. Every flower you leave on the plant turns into a seed pod, and once a plant "
    "starts making seeds it stops making flowers.",
    "I also changed how I water them. Sweet peas hate drying out, so the two wigwams now have a length of leaky hose "
    "wound around their base.",
    "Finally, I fed them. A liquid tomato feed once a week from the first flowers onwards seems to have made a real "
    "difference to the length of the stems.",
]
LIST = ["What I grew this year", "'Matucana' for scent", "'Mollie Rilstone' for colour", "'Spencer Mixed' for cutting"]
PROMPT = "If you have any tips of your own, I'd love to hear them in the comments below."
FOOT = ["Share this:", "Facebook", "Pinterest", "Related", "Planting out tomatoes: what I learned the hard way",
        "Leave a Reply", "Blog at WordPress.com."]
HEAD = ["The Muddy Boots Garden", "Home", "About", "Recipes", "How I finally got my sweet peas to flower all summer",
        "Posted on June 28, 2025 by Clare"]


def test_a_list_over_the_writer_s_invitation_to_comment_is_the_post_s() -> None:
    kept = kept_line_set(boilerplate_doc([*HEAD, *STORY, *LIST, PROMPT, *FOOT]))
    assert set(STORY) <= kept and set(LIST) <= kept
    assert PROMPT not in kept and "Planting out tomatoes: what I learned the hard way" not in kept


def test_a_list_over_a_share_bar_is_left_out() -> None:
    kept = kept_line_set(boilerplate_doc([*HEAD, *STORY, *LIST, *FOOT]))
    assert set(STORY) <= kept and not set(LIST) & kept


def test_other_posts_under_a_list_heading_are_no_closing_list() -> None:
    others = ["You may also like", "Planting out tomatoes", "Pruning roses in winter", "My favourite seed catalogues"]
    kept = kept_line_set(boilerplate_doc([*HEAD, *STORY, *others, PROMPT, *FOOT]))
    assert set(STORY) <= kept and not set(others) & kept


def test_one_item_is_no_list() -> None:
    kept = kept_line_set(boilerplate_doc([*HEAD, *STORY, LIST[0], LIST[1], PROMPT, *FOOT]))
    assert LIST[1] not in kept
