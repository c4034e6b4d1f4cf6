"""The date line under the article when none is over it (cleaners.metadata): tabloid stories close with
"By Jane Doe" / "Published: 06:32, 14 Jan 2024". (A short article's is found by the search a few lines into
the body: these articles are longer than that reach.) Negatives: a date over the article wins; an update, an
embedded post's attribution, and the dates of a list of other articles under a heading are not taken.
An update line there is no publication date but leaves the text all the same (cleaning the record again finds
it within the search over a short body, which removes it), whichever way its numeric date is written.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.metadata import metadata_stage

EN = [
    "HERO DOG SAVES OWNER FROM BURNING CARAVAN",
    "A spaniel dragged its sleeping owner out of a blazing caravan in the early hours of Sunday morning.",
    "Barney, four, barked and tugged at his owner's sleeve until he woke up and saw the smoke.",
    "Smoke had already filled the tiny bedroom when the pair crawled out of the door.",
    "Firefighters believe a faulty heater sparked the blaze, which destroyed the caravan.",
    "Neighbours rushed out in their dressing gowns to help, and one of them called the fire brigade.",
    "Barney was given a sausage roll as a reward by the crew who arrived a few minutes later.",
    "The pair are now staying with a neighbour while the site owner looks for a new caravan for them.",
    "The fire service said smoke alarms save lives and urged caravan owners to test theirs every month.",
    "A collection set up by neighbours has already raised more than two thousand pounds for the pair.",
]
DE = [
    "HUND RETTET HERRCHEN AUS BRENNENDEM WOHNWAGEN",
    "Ein Spaniel hat seinen schlafenden Besitzer in der Nacht zum Sonntag aus einem brennenden Wohnwagen gezogen.",
    "Der vier Jahre alte Barney bellte und zerrte so lange am Ärmel seines Herrchens, bis dieser aufwachte.",
    "Der Rauch hatte das kleine Schlafzimmer da schon gefüllt, als die beiden ins Freie krochen.",
    "Die Feuerwehr vermutet, dass ein defektes Heizgerät den Brand ausgelöst hat, der den Wagen zerstörte.",
    "Nachbarn eilten im Morgenmantel herbei, um zu helfen, und einer von ihnen rief die Feuerwehr.",
    "Barney bekam von den Einsatzkräften, die wenige Minuten später eintrafen, eine Wurst als Belohnung.",
    "Die beiden wohnen jetzt bei einer Nachbarin, bis der Platzbetreiber einen neuen Wagen für sie findet.",
    "Die Feuerwehr erinnert daran, dass Rauchmelder Leben retten, und rät, sie jeden Monat zu prüfen.",
    "Eine Sammlung der Nachbarn hat für die beiden schon mehr als zweitausend Euro eingebracht.",
]
MENU = ["News", "Showbiz", "Sport", "Money"]
FOOTER = ["About us", "Privacy", "© The Daily Flash 2024"]


def _published(page: list[str], language: str = "en") -> str | None:
    return metadata_stage(boilerplate_doc(page, language), Config()).published


@pytest.mark.parametrize(("article", "tail", "iso", "language"), [
    (EN, ["By Kerry Dunmore", "Published: 06:32, 14 Jan 2024"], "2024-01-14", "en"),
    (EN, ["Published: 14 January 2024"], "2024-01-14", "en"),
    (DE, ["Von Kerstin Maier", "Veröffentlicht: 14.01.2024"], "2024-01-14", "de"),
])
def test_the_date_line_under_the_article(article: list[str], tail: list[str], iso: str, language: str) -> None:
    assert _published(MENU + article + tail + FOOTER, language) == iso


def test_a_date_over_the_article_wins() -> None:
    page = MENU + [EN[0], "12 January 2024", *EN[1:], "Published: 14 Jan 2024"] + FOOTER
    assert _published(page) == "2024-01-12"


@pytest.mark.parametrize("tail", [
    ["Updated: 15 Jan 2024"],
    ["— Kerry Dunmore (@kdunmore) January 14, 2024"],
    ["More stories", "Lottery winner buys whole street for family", "14 Jan 2024"],
])
def test_dates_under_the_article_that_are_not_its_own(tail: list[str]) -> None:
    assert _published(MENU + EN + tail + FOOTER) is None


def _kept(page: list[str], language: str = "en") -> list[str]:
    return [line.text for line in metadata_stage(boilerplate_doc(page, language), Config()).lines if line.kept]


# Each numeric date reads either way: day-first, as the language of the page writes dates.
@pytest.mark.parametrize(("tail", "language"), [
    (["Atualizado em 05/02/2024 às 17h20"], "pt"),
    (["Actualizado el 05/02/2024 a las 17:20"], "es"),
    (["Mis à jour le 05/02/2024 à 17h20"], "fr"),
])
def test_an_update_line_under_the_article_leaves_the_text(tail: list[str], language: str) -> None:
    kept = _kept(MENU + EN + tail + FOOTER, language)
    assert tail[0] not in kept
    assert EN[-1] in kept


@pytest.mark.parametrize("tail", [
    ["Publicado em 04/02/2024 às 09h00", "Atualizado em 05/02/2024 às 17h20"],
    ["Atualizado em 05/02/2024 às 17h20", "Publicado em 04/02/2024 às 09h00"],
])
def test_the_update_beside_the_date_under_the_article_leaves_with_it(tail: list[str]) -> None:
    assert _published(MENU + EN + tail + FOOTER, "pt") == "2024-02-04"
    assert not set(tail) & set(_kept(MENU + EN + tail + FOOTER, "pt"))


def _rules(page: list[str], language: str = "en") -> dict[str, str | None]:
    doc = metadata_stage(boilerplate_doc(page, language), Config())
    return {line.text: line.removal.rule if line.removal else None for line in doc.lines}


def test_prose_about_an_update_under_the_article_stays() -> None:
    line = "Updated guidance on caravan heaters was published by the fire service on 15 Jan 2024."
    assert _rules(MENU + EN + [line] + FOOTER)[line] is None


def test_an_update_line_of_a_list_of_other_articles_is_not_the_articles() -> None:
    tail = ["More stories", "Council updates bin collection days", "Updated: 15 Jan 2024"]
    assert _rules(MENU + EN + tail + FOOTER)[tail[-1]] != "metadata:published"
