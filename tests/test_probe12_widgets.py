"""Widget lines of help-centre and docs pages in European languages the phrase lists lacked (probe12).

A page-feedback widget's question ("A fost util acest articol?", "Byla tato stránka užitečná?"), a reading-time
note ("Timp de citire: 2 minute", "Lukuaika: 4 min") and a relative update time ("Actualizat acum 3 luni") were
kept as text in a Romanian help article. Each form is anchored to the whole line; sentences built from the same
words stay text.
"""

from __future__ import annotations

import pytest
from stages import line_rule as _rule


@pytest.mark.parametrize(("text", "language"), [
    ("A fost util acest articol?", "ro"),
    ("Byla tato stránka užitečná?", "cs"),
    ("Bol tento článok užitočný?", "sk"),
    ("Was dit artikel nuttig?", "nl"),
    ("Var den här sidan till hjälp?", "sv"),
    ("Var denne artikel til hjælp?", "da"),
    ("Oliko tästä artikkelista apua?", "fi"),
    ("Hasznos volt ez a cikk?", "hu"),
    ("Czy ten artykuł był pomocny?", "pl"),
    ("Questo articolo ti è stato utile?", "it"),
    ("Je li vam ovaj članak bio koristan?", "hr"),
    ("Ali vam je bila ta stran koristna?", "sl"),
    ("Ar šis straipsnis buvo naudingas?", "lt"),
])
def test_feedback_questions_are_widget_lines(text: str, language: str) -> None:
    assert _rule(text, language) == "feedback-prompt"


@pytest.mark.parametrize(("text", "language"), [
    ("A fost util acest articol pentru cercetarea noastră, spune autorul, dar nu suficient.", "ro"),
    ("Was dit artikel nuttig voor de rechter? Volgens de advocaat niet.", "nl"),
    ("Hasznos volt ez a cikk a döntéshozóknak, akik végül elfogadták a javaslatot.", "hu"),
    ("Czy ten artykuł był pomocny w śledztwie, prokuratura nie chce powiedzieć.", "pl"),
])
def test_sentences_opening_like_a_feedback_question_stay_text(text: str, language: str) -> None:
    assert _rule(text, language) != "feedback-prompt"


@pytest.mark.parametrize(("text", "language"), [
    ("Timp de citire: 2 minute", "ro"),
    ("Temps de lectura: 5 minuts", "ca"),
    ("Lukuaika: 4 min", "fi"),
    ("Läsningstid: 5 minuter", "sv"),
    ("Olvasási idő: 3 perc", "hu"),
    ("Vrijeme čitanja: 6 minuta", "hr"),
])
def test_reading_time_notes_are_furniture(text: str, language: str) -> None:
    assert _rule(text, language) == "reading-time"


@pytest.mark.parametrize(("text", "language"), [
    ("Timp de citire: pentru un elev de clasa a doua, textul durează cam 4 minute.", "ro"),
    ("Lukuaika on lyhentynyt kymmenessä vuodessa noin 20 minuuttia päivässä.", "fi"),
])
def test_sentences_about_reading_time_stay_text(text: str, language: str) -> None:
    assert _rule(text, language) != "reading-time"


def test_a_relative_update_time_is_furniture() -> None:
    assert _rule("Actualizat acum 3 luni", "ro") == "timestamp"
    assert _rule("acum 2 zile", "ro") == "timestamp"


def test_a_sentence_with_acum_stays_text() -> None:
    assert _rule("Acum 3 luni, primăria a anunțat că podul va fi reparat până în vară.", "ro") != "timestamp"


@pytest.mark.parametrize(("text", "language"), [
    ("Meer afleveringen", "nl"), ("More episodes", "en"), ("Weitere Folgen", "de"), ("Autres épisodes", "fr"),
    ("Fler avsnitt", "sv"),
])
def test_a_podcasts_other_episodes_heading_is_a_list_heading(text: str, language: str) -> None:
    assert _rule(text, language) == "list-heading"


@pytest.mark.parametrize(("text", "language"), [
    ("Vond je deze aflevering goed? Laat een beoordeling achter!", "nl"),
    ("Enjoyed the show? Leave a review!", "en"),
    ("Gefällt dir der Podcast? Hinterlasse eine Bewertung!", "de"),
])
def test_a_prompt_for_a_rating_is_a_promo(text: str, language: str) -> None:
    assert _rule(text, language) == "promo"


@pytest.mark.parametrize(("text", "language"), [
    ("More episodes of the series were filmed in the harbour than anywhere else.", "en"),
    ("Meer afleveringen dan gepland werden uiteindelijk in Gent opgenomen.", "nl"),
    ("Guests can leave a review at the front desk, and most of them do.", "en"),
    ("Wie wil, kan bij de balie een beoordeling achterlaten over het personeel.", "nl"),
])
def test_sentences_with_the_episode_and_review_phrases_stay_text(text: str, language: str) -> None:
    assert _rule(text, language) is None
