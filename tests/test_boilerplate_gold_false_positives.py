"""Line rules that fired on article text: found by cleaning clean text (scripts/gold_only.py on the dev gold).

- copyright: a copyright sign glued to a word inside a long sentence, used as a joke or an emphasis, is prose.
- promo: a tutorial's "let's" sentence ("Let's get started.", "Great, let's log in to the server!") is the
  writer's, not a button; a line of program code that names a route or an element ('fetch("/login", {') is code.
- the main run's tail: a short quoted reply with its speaker ('"That's correct," she said.') closing the story
  is the story's last line, not the first of the footer.

Each case has its nearby noise, which the rule still removes.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_kept as _kept
from stages import line_rule as _rule

# --- a copyright sign inside a sentence ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This isn't supposed to be a manifesto™© we just think it's pretty cool to share what we've learned so far, "
        "and hope you'll do the same.",
        "Our little zine© was never meant to last, but the readers kept writing to us and so we kept printing it.",
        "The recipe™© she jokingly stamped on every card was the one her grandmother wrote down on a napkin.",
    ],
)
def test_copyright_sign_glued_inside_a_sentence_is_prose(text: str) -> None:
    assert _rule(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "© 2026 Harbour Daily. All rights reserved.",
        "Photo: Jane Doe©",
        "Text © Jane Doe",
        "Site design© by the studio team, with help from many friends who gave their time and their ideas freely.",
        "Our magazine© all rights reserved, reproduction of any part without written permission is forbidden here.",
        "Everything on these pages© 2024 belongs to the writers who wrote it and the artists who drew it for us.",
    ],
)
def test_copyright_notices_with_the_sign_still_go(text: str) -> None:
    assert _rule(text) == "copyright"


# --- the writer's "let's" sentence ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Let's get started.",
        "Let’s get started.",
        "Great, let's get started!",
        "Now let's log in to the server and look at the logs.",
        "OK, let us sign in with the test account we made above.",
    ],
)
def test_a_lets_sentence_is_the_writers(text: str) -> None:
    assert _rule(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Get started.",
        "Get started today!",
        "Let's Get Started",
        "Let's Get Started!",
        "Let's stay in touch! Sign up for our newsletter.",
        "Let's connect on Instagram!",
        "Let's get started with a free trial!",
        "Let's log in: click here to open your account.",
        "Sign up now!",
    ],
)
def test_calls_to_action_still_go(text: str) -> None:
    assert _rule(text) == "promo"


# --- program code --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "var form = new FormData(document.getElementById('login-form'));",
        'fetch("/login", {',
        "const signup = await client.post('/signup', payload);",
        "router.get('/subscribe', function (req, res) {",
    ],
)
def test_code_naming_a_route_is_not_a_promo(text: str) -> None:
    assert _rule(text) is None


@pytest.mark.parametrize(
    "text",
    ["Login", "Sign up (it's free)", "Subscribe to our newsletter (weekly) →", "Read more ..."],
)
def test_buttons_with_brackets_still_go(text: str) -> None:
    assert _rule(text) == "promo"


# --- a line of dialogue closing the story --------------------------------------------------------------

STORY = [
    "Harbour Daily",
    "News",
    "Sport",
    "The inquiry into the ferry contract heard from the port's former director on Tuesday, who said the tender "
    "had been rushed through in a single week without the usual checks by the finance office.",
    "She told the committee that she had raised her concerns in writing twice, and that neither letter was "
    "answered by the board before the contract was signed in the spring.",
    "The committee's chair pressed her on whether anyone else had seen the letters before the vote took place.",
    "\"So it's fair to say the board never read them before it voted?\" the chair asked her.",
]


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("\"That's correct,\" she said.", "en"),
        ("“No,” the director replied.", "en"),
    ],
)
def test_a_quoted_reply_closing_the_story_is_kept(reply: str, language: str) -> None:
    footer = ["First published on May 4, 2021 / 1:07 AM", "© 2021 Harbour Daily. All rights reserved.", "World", "Sport"]
    kept = _kept([*STORY, reply, *footer], language)
    assert reply in kept
    assert not [line for line in footer if line in kept]


def test_a_blurb_after_the_story_still_goes() -> None:
    blurbs = ["\"Unputdownable,\" Mark Hale.", "\"Gripping!\" Jane Roe.", "Home", "About us"]
    kept = _kept([*STORY, *blurbs])
    assert not [line for line in blurbs if line in kept]
