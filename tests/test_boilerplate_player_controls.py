"""A video player inside the article, dumped without its script: its control bar and caption settings, one label
a line ("Play Video", "Mute", "Current Time 0:00", "Loaded: 0%", ..., "Fullscreen"), over its fallback text
("This is a modal window.", "Ihr Browser unterstützt kein HTML5-Video"). The labels are removed as the player's
and score 0, so the article goes on under the player (boilerplate.player_controls_transparent).

From tests/pages: en_howto_article_video_player_controls.
"""

from __future__ import annotations

import pytest

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


# The player's own translations, its fallback line in the same language ("Dies ist ein modales Fenster",
# "Ceci est une fenêtre modale", "Esta es una ventana modal", "これはモーダルウィンドウです", "这是一个弹窗").
TRANSLATED_PLAYERS = {
    "de": [
        "Video abspielen", "Wiedergabe", "Ton aus", "Aktueller Zeitpunkt 0:00", "/", "Dauer 2:14", "Geladen: 0%",
        "Streamtyp LIVE", "Verbleibende Zeit -2:14", "Wiedergabegeschwindigkeit", "1x", "Kapitel", "Beschreibungen",
        "Untertitel", "Untertitel aus, ausgewählt", "Tonspur", "Vollbild", "Dies ist ein modales Fenster.",
        "Schriftgröße 50% 75% 100%", "Zurücksetzen Fertig",
    ],
    "fr": [
        "Lire la vidéo", "Lecture", "Sourdine", "Temps actuel 0:00", "/", "Durée 2:14", "Chargé : 0%",
        "Temps restant -2:14", "Vitesse de lecture", "1x", "Chapitres", "Sous-titres", "Plein écran",
        "Ceci est une fenêtre modale.", "Réinitialiser Terminé",
    ],
    "es": [
        "Reproducir vídeo", "Reproducción", "Silenciar", "Tiempo reproducido 0:00", "/", "Duración total 2:14",
        "Cargado: 0%", "Tiempo restante -2:14", "Velocidad de reproducción", "1x", "Capítulos", "Subtítulos",
        "Pantalla completa", "Esta es una ventana modal.", "Restablecer",
    ],
    "ja": [
        "動画の再生", "再生", "ミュート", "現在の時間 0:00", "/", "長さ 2:14", "ロード済み: 0%", "残りの時間 -2:14",
        "再生レート", "1x", "チャプター", "キャプション", "フルスクリーン", "これはモーダルウィンドウです。",
    ],
    "zh": [
        "播放视频", "播放", "静音", "当前时间 0:00", "/", "时长 2:14", "已加载: 0%", "剩余时间 -2:14", "播放速度", "1x",
        "章节", "字幕", "全屏", "这是一个弹窗", "关闭",
    ],
}


def test_a_player_translated_into_german_does_not_cut_the_article() -> None:
    kept = _kept([*MENU, "So bleiben Schnecken vom Salat fern", *DE_ABOVE, *TRANSLATED_PLAYERS["de"], *DE_BELOW, *FOOTER])
    assert kept == [*DE_ABOVE, *DE_BELOW]


@pytest.mark.parametrize("lang", ["fr", "es", "ja", "zh"])
def test_a_translated_player_inside_the_article(lang: str) -> None:
    """The labels and fallback of the player's translation (the article's text is the English one: the player's
    lines are what is tested)."""
    kept = _kept([*MENU, "How to keep slugs off your lettuce", *EN_ABOVE, *TRANSLATED_PLAYERS[lang], *EN_BELOW, *FOOTER])
    assert kept == [*EN_ABOVE, *EN_BELOW]


@pytest.mark.parametrize(
    "line",
    [
        "这是一个弹窗广告，很多用户抱怨它遮住了整个页面，关掉之后过几秒又会重新出现。",
        "Dies ist ein modales Fenster, das sich über die Seite legt und erst nach einem Klick wieder verschwindet, wie viele Leser kritisieren.",
    ],
)
def test_a_sentence_that_opens_with_the_fallback_s_words_is_kept(line: str) -> None:
    """The translated fallback is the whole line: a sentence of the article that opens with its words stays."""
    kept = _kept([*MENU, "How to keep slugs off your lettuce", *EN_ABOVE, line, *EN_BELOW, *FOOTER])
    assert line in kept
