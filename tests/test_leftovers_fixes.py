"""Problems left by earlier reviews, fixed:

- A profile's "Likes:" list in title case ("Likes: Belly Rubs, Long Walks, Treats", German nouns) is no forum
  post's likes row, as the same list in lower case is not.
- The site-voice cue after a scam warning: not the Polish "nie" (not) of any sentence, nor the English "my" of a
  reader's story, nor "mai" as a month's name; a Polish notice's "Nie podawaj ..." (do not give ...) is the site's.
- A lede opening with a place and a date before the web's years ("Berlin, 9. November 1989 – ...") tells a story
  of that day: the page is not dated there (nor is the paragraph removed).
- A press release's "About <company>" box in ja, zh, ko and ru ends the article, over a text that names the
  company, as "Über die <Firma>" does.
- "Dernière mise à jour : <date>" and the other languages' "Last updated:" labels are update labels: the line is
  page metadata as the English one is.
- A title with a star between its words ("Sommerfest ☆ im Stadtpark") is no rating's row of stars.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, line_rule

from cleaners.metadata import is_heading_like, parse_date_line

# --- likes rows ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Likes: Belly Rubs, Long Walks, Treats", "en"),
        ("Likes: Belly Rubs, Long Walks and Treats", "en"),
        ("Gefällt mir: Lange Spaziergänge, Bälle und Leckerlis", "de"),
        ("Mi piace: Il Mare, Le Lunghe Passeggiate", "it"),
    ],
)
def test_a_profiles_likes_in_title_case_are_no_likes_row(line: str, language: str) -> None:
    assert line_rule(line, language) != "likes-row"


@pytest.mark.parametrize(
    ("line", "language"),
    [("Gefällt mir: Max, Anna und Lisa", "de"), ("Likes: Anna Schmidt, Tom84", "en"), ("Likes: Jane, Tom", "en")],
)
def test_likes_rows_of_user_names_are_still_removed(line: str, language: str) -> None:
    assert line_rule(line, language) == "likes-row"


# --- scam warnings ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Uwaga na oszustów! Policja nie wie jeszcze, kto stoi za falą fałszywych telefonów.", "pl"),
        ("Uwaga na oszustów! Seniorzy nie zawsze wiedzą, jak rozpoznać fałszywego wnuczka.", "pl"),
        ("Beware of scams! My grandmother nearly lost her savings to a fake bank call last spring.", "en"),
        ("Vorsicht vor Betrug! Am 3. Mai warnte die Polizei vor falschen Handwerkern im Viertel.", "de"),
        ("Attention aux arnaques ! Le 3 mai 2025, la gendarmerie a reçu une dizaine de plaintes.", "fr"),
    ],
)
def test_a_reports_scam_warning_is_text(line: str, language: str) -> None:
    assert line_rule(line, language) != "disclaimer"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Beware of scams!", "en"),
        ("¡Cuidado con las estafas!", "es"),
        ("Uwaga na oszustów! Nie podawaj nikomu swoich danych ani kodów BLIK.", "pl"),
        ("Uwaga na oszustów! Nigdy nie prosimy o przelew za rozmowę kwalifikacyjną.", "pl"),
        ("Vorsicht vor Betrug! Wir verlangen niemals Geld von Bewerbern.", "de"),
        ("Attenzione alle truffe! Non chiediamo mai denaro ai candidati.", "it"),
    ],
)
def test_the_sites_scam_warning_is_still_removed(line: str, language: str) -> None:
    assert line_rule(line, language) == "disclaimer"


def test_a_news_story_opening_with_the_warning_stays() -> None:
    line = "Beware of scams! That was the warning police gave residents on Monday after a wave of fake calls."
    assert line_rule(line, "en") is None


