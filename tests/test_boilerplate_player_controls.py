"""A video player inside the article, dumped without its script: its control bar and caption settings, one label
a line ("Play Video", "Mute", "Current Time 0:00", "Loaded: 0%", ..., "Fullscreen"), over its fallback text
("This is a modal window.", "Ihr Browser unterstützt kein HTML5-Video"). The labels are removed as the player's
and score 0, so the article goes on under the player (boilerplate.player_controls_transparent).

From tests/pages: en_howto_article_video_player_controls.
"""

from __future__ import annotations

from cleaners import clean_text

EN_ABOVE = [
    "Slugs can strip a row of young lettuce overnight, and the pellets many gardeners reach for are harmful to birds, hedgehogs and pets. A few simple habits keep most of them away.",
    "Water in the morning rather than the evening. Slugs are most active on damp nights, and a bed that has dried out by dusk is far less inviting than one that is still soaking.",
]
EN_BELOW = [
    "Sink a shallow dish of beer into the soil so that its rim sits just above the surface. Slugs are drawn to the smell, fall in and cannot climb out again; empty the trap every few days.",
    "A ring of crushed eggshells or coarse grit around each plant makes it harder for slugs to reach the leaves, although it works best in dry weather and needs topping up after rain.",
    "Finally, encourage the animals that eat slugs. A small pond brings frogs and toads, and a pile of logs in a quiet corner gives ground beetles and hedgehogs somewhere to live.",
]
EN_PLAYER = [
    "Play Video", "Play", "Mute", "Current Time 0:00", "Duration Time 2:14", "Loaded: 0%", "Progress: 0%",
    "Remaining Time -2:14", "Playback Rate", "Chapters", "subtitles off, selected", "Subtitles", "Fullscreen",
    "This is a modal window.", "Font Size 50% 75% 100% 125% 150%", "Defaults Done",
]
DE_ABOVE = [
    "Nacktschnecken fressen über Nacht eine ganze Reihe junger Salatpflanzen kahl, und das Schneckenkorn, zu dem viele greifen, schadet Vögeln, Igeln und Haustieren.",
    "Gießen Sie morgens statt abends. Schnecken sind in feuchten Nächten am aktivsten, und ein Beet, das bis zur Dämmerung abgetrocknet ist, lockt sie weit weniger an.",
]
DE_BELOW = [
    "Graben Sie eine flache Schale mit Bier so in die Erde ein, dass ihr Rand knapp über dem Boden liegt. Die Schnecken werden vom Geruch angelockt, fallen hinein und kommen nicht mehr heraus.",
    "Ein Ring aus zerstoßenen Eierschalen oder grobem Splitt um jede Pflanze erschwert den Schnecken den Weg zu den Blättern, wirkt aber vor allem bei trockenem Wetter.",
    "Fördern Sie außerdem die Tiere, die Schnecken fressen. Ein kleiner Teich lockt Frösche und Kröten an, ein Holzstapel in einer ruhigen Ecke bietet Igeln Unterschlupf.",
]
DE_PLAYER = [
    "Wiedergabe", "Stumm schalten", "Aktuelle Zeit 0:00", "Gesamtzeit 2:14", "Geladen: 0%", "Fortschritt: 0%",
    "Verbleibende Zeit -2:14", "Wiedergabegeschwindigkeit", "Kapitel", "Untertitel", "Vollbild",
    "Ihr Browser unterstützt kein HTML5-Video.",
]
MENU = ["Home", "Garden", "Tools", "Shop"]
FOOTER = ["You might also like", "Ten herbs you can grow on a windowsill", "The easiest tomatoes for beginners", "Privacy"]


def _kept(lines: list[str]) -> list[str]:
    record = clean_text(("\n".join(lines) + "\n").encode(), source="page.txt")
    return [p["text"] for p in record.paragraphs]


def test_the_article_goes_on_under_the_player_s_controls() -> None:
    kept = _kept([*MENU, "How to keep slugs off your lettuce", *EN_ABOVE, *EN_PLAYER, *EN_BELOW, *FOOTER])
    assert kept == [*EN_ABOVE, *EN_BELOW]


def test_the_player_s_labels_in_german() -> None:
    kept = _kept([*MENU, "So bleiben Schnecken vom Salat fern", *DE_ABOVE, *DE_PLAYER, *DE_BELOW, *FOOTER])
    assert kept == [*DE_ABOVE, *DE_BELOW]


def test_a_paragraph_that_opens_with_a_label_s_word_is_kept() -> None:
    """Prose over the player ends the search for its labels: "Progress on ..." is the article's."""
    prose = "Progress has been slow this spring: the cold nights kept the lettuce small, and the slugs had weeks to find it."
    kept = _kept([*MENU, "How to keep slugs off your lettuce", *EN_ABOVE, prose, *EN_PLAYER, *EN_BELOW, *FOOTER])
    assert prose in kept and EN_BELOW[0] in kept


def test_a_few_labels_are_no_player() -> None:
    """Two labels over a fallback line are too few: the lines are left to the other rules ("Play" and "Close"
    may be a board game's instructions)."""
    kept = _kept([*MENU, "How to keep slugs off your lettuce", *EN_ABOVE, "Play", "Close", "This is a modal window.", *EN_BELOW, *FOOTER])
    assert EN_ABOVE[0] in kept
