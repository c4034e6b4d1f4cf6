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


# --- a historical date opening the lede ------------------------------------------------------------------------

HISTORY = {
    "de": ["Zeitgeschichte", "Startseite", "Politik", "Kultur", "Die Nacht, in der die Mauer fiel",
           "Berlin, 9. November 1989 – Um kurz vor sieben Uhr abends tritt ein Politbüro-Mitglied vor die Presse und "
           "verliest einen Zettel, der die Geschichte verändern wird.",
           "Wenige Stunden später drängen sich Tausende an den Grenzübergängen. Die Grenzsoldaten sind überfordert, "
           "Befehle gibt es keine.",
           "Am Ende der Nacht ist die Mauer offen, und niemand kann sie wieder schließen. Die Bilder gehen um die Welt.",
           "Teilen", "Impressum", "Datenschutz"],
    "en": ["History", "Home", "Features", "The night the Eagle landed",
           "HOUSTON, July 20, 1969 – In a darkened control room, a few dozen engineers hold their breath as the lunar "
           "module drops the last few hundred feet towards the surface.",
           "Fuel is running low, alarms keep flashing on the screens, and the commander takes manual control to clear "
           "a field of boulders.",
           "At last a calm voice comes over the radio, and the room erupts: the crew is down, and safe, on the Moon.",
           "Share", "Privacy", "Terms"],
    "fr": ["Histoire", "Accueil", "Société", "La nuit où la gauche a gagné",
           "Paris, 10 mai 1981 – À vingt heures, le visage du nouveau président apparaît sur les écrans de télévision, "
           "et une clameur monte des cafés du quartier Latin.",
           "Quelques heures plus tard, des dizaines de milliers de personnes convergent vers la place de la Bastille, "
           "malgré l'orage qui éclate dans la soirée.",
           "On danse sous la pluie jusqu'au petit matin, et la nuit restera dans les mémoires comme une fête.",
           "Partager", "Mentions légales", "Contact"],
}


@pytest.mark.parametrize("language", sorted(HISTORY))
def test_a_historical_date_opening_the_lede_is_no_publication_date(language: str) -> None:
    page = HISTORY[language]
    record = clean_lines(page)
    assert record["published"] is None
    lede = next(line for line in page if " – " in line)
    assert lede in kept_texts(record)


def test_a_releases_dateline_still_dates_the_page() -> None:
    page = ["Pressemitteilungen", "Unternehmen", "Stadtwerke nehmen Wärmepumpe in Betrieb",
            "Nordheide, 03.12.2025 – Die Stadtwerke Nordheide GmbH hat am Mittwoch eine Großwärmepumpe in Betrieb "
            "genommen, die künftig rund 4.500 Haushalte im Fernwärmenetz versorgen soll.",
            "Die Anlage hat eine thermische Leistung von 12 Megawatt und ersetzt einen Teil der bisherigen "
            "Wärmeerzeugung aus Erdgas.",
            "Impressum", "Datenschutz"]
    assert clean_lines(page)["published"] == "2025-12-03"


