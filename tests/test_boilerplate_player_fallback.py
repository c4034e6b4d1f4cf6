"""The fallback text of a video player or script widget (rule "boilerplate:player-fallback").

A page dumped without its scripts shows what the player or slideshow prints instead of itself: "Media
playback is unsupported on your device", "This slideshow requires JavaScript.", "Ihr Browser unterstützt kein
HTML5-Video". The line opens with the message; an article sentence about enabling JavaScript is text.
"""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(("text", "language"), [
    ("Media playback is unsupported on your device", "en"),
    ("This slideshow requires JavaScript.", "en"),
    ("This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.", "en"),
    ("Your browser does not support the video tag.", "en"),
    ("To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
     "en"),
    ("Unfortunately, this video is not available in your region.", "en"),
    ("Ihr Browser unterstützt kein HTML5-Video.", "de"),
    ("Ce diaporama nécessite JavaScript.", "fr"),
    ("Diese Galerie erfordert JavaScript.", "de"),
    ("Votre navigateur ne prend pas en charge la lecture de cette vidéo.", "fr"),
    ("Tu navegador no soporta video HTML5.", "es"),
    ("Seu navegador não suporta a reprodução deste vídeo.", "pt"),
])
def test_player_fallback_text_is_furniture(text: str, language: str) -> None:
    assert _line_rule(text, language) == "player-fallback"


@pytest.mark.parametrize("text", [
    "To fix the bug, users can enable JavaScript in the browser settings and reload the page.",
    "The new playback features are not supported on older TVs, the company said.",
    "Your browser history is kept for ninety days unless you delete it.",
    "JavaScript is the language of the web, and every browser runs it.",
    "Ce projet nécessite JavaScript et une bonne dose de patience, explique le développeur.",
    "Many readers told us that the video is not available in their country.",
])
def test_sentences_about_browsers_and_playback_are_text(text: str) -> None:
    assert _line_rule(text) != "player-fallback"


def test_a_slideshow_fallback_after_the_last_paragraph_does_not_carry_the_run_on() -> None:
    """As a plain short line, the fallback let the article run on into the promotions under it."""
    body = [
        "The jacket kept us dry through three days of rain on the coast road, and the vents under the arms "
        "stopped it from getting clammy on the climbs.",
        "At this price it is hard to beat, though the sleeves run a little long for riders with short arms.",
    ]
    promo = "Get the magazine delivered through your letterbox every month. 12 issues for £11.99. Click here for more."
    doc = boilerplate_doc(["Home", "Reviews", "Kit", "Waterproof jacket review", *body, "Advert",
                           "This slideshow requires JavaScript.", promo, "Related", "Best gloves"], "en")
    kept = {line.text for line in doc.lines if line.removal is None}
    assert set(body) <= kept
    assert promo not in kept
