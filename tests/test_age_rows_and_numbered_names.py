"""A headline's age row ("vor 6 Minuten") is no wrapped line of the headline; a number after a byline word is no name.

- segment: a relative time alone on its line that opens in lower case ("vor 6 Minuten", "před 5 minutami", "il y a 2
  heures", "hace una hora", "an hour ago") went on the headline above it as a wrapped continuation, and the title
  carried the age. A wrapped sentence whose next line opens with the same words and goes on stays joined.
- metadata.parse_byline: "de 1 Decembrie" (ro: a date or a street), "Von 3 Uhr" named a person by the number.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import parse_byline
from cleaners.segment import join_hard_wraps, split_lines

AGE_ROWS = {
    "de": ("Bäckereien im Umland kämpfen mit steigenden Energiepreisen", "vor 6 Minuten",
           "Die Backstube in der Hauptstraße ist seit vier Generationen im Besitz derselben Familie, doch die "
           "Stromrechnung hat sich im vergangenen Jahr fast verdoppelt."),
    "cs": ("Kraj chystá nové autobusové linky do horských obcí a vesnic", "před 5 minutami",
           "Kraj od března zavede tři nové autobusové linky, které spojí horské obce s okresním městem, a spoje "
           "budou jezdit i o víkendech."),
    "fr": ("La commune rouvre la piscine municipale après deux ans de travaux", "il y a 2 heures",
           "La piscine municipale rouvrira ses portes lundi après deux ans de travaux de rénovation, a annoncé la "
           "mairie dans un communiqué."),
    "es": ("El ayuntamiento amplía el horario de la biblioteca durante los exámenes", "hace una hora",
           "La biblioteca municipal abrirá hasta medianoche durante el periodo de exámenes, según ha informado el "
           "ayuntamiento este martes."),
    "pl": ("Miasto uruchamia nową linię tramwajową do dzielnicy przemysłowej", "przed 3 godzinami",
           "Nowa linia tramwajowa połączy centrum miasta z dzielnicą przemysłową już od przyszłego miesiąca, "
           "poinformował urząd miasta."),
    "en": ("Ferry operator adds two winter sailings after its record summer", "an hour ago",
           "The island's ferry operator will run two extra sailings a day through the winter, after carrying more "
           "passengers this summer than in any year before."),
}


@pytest.mark.parametrize("lang", sorted(AGE_ROWS))
def test_an_age_row_under_a_headline_is_no_wrapped_line(lang: str) -> None:
    head, age, para = AGE_ROWS[lang]
    lines = join_hard_wraps(split_lines("\n".join([head, age, para])))
    assert [line.text for line in lines] == [head, age, para]


@pytest.mark.parametrize("lang", sorted(AGE_ROWS))
def test_the_title_carries_no_age(lang: str) -> None:
    head, age, para = AGE_ROWS[lang]
    page = "\n".join(["Home", "News", head, age, para, para.replace(",", ";"), "© 2025 Example"])
    assert clean_text(page).to_dict()["title"] == head


@pytest.mark.parametrize("lines", [
    # a wrapped sentence whose next line opens with the same words and goes on
    ["Die Bäckerei in der Hauptstraße wurde von der Familie Simon", "vor 6 Jahrzehnten gegründet und seither"],
    ["Le marché couvert du centre-ville a été construit par la commune", "il y a 2 siècles, sur l'ancien champ"],
    ["The harbour café was opened by the grandparents of the owner", "a year ago and it now employs eight people."],
])
def test_a_wrapped_sentence_still_joins(lines: list[str]) -> None:
    joined = join_hard_wraps(split_lines("\n".join(lines)))
    assert [line.text for line in joined] == [" ".join(lines)]


@pytest.mark.parametrize("text", ["de 1 Decembrie", "De 1 Decembrie", "Von 3 Uhr", "por 5 euros", "By 24 Hours"])
def test_a_number_after_the_byline_word_names_no_one(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("de Ioana Popescu", "Ioana Popescu"), ("Von Katrin Albers", "Katrin Albers"), ("By J. R. Smith", "J. R. Smith"),
    ("Por María José López", "María José López"),
])
def test_names_still_read(text: str, name: str) -> None:
    assert parse_byline(text) == name
