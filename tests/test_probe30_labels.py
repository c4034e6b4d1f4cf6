"""probe30: an author label with its colon is a byline in many languages ("Szerző: Kardos Eszter meteorológus", a
role after the name without a comma too); the numeric reading-time note in more languages ("4 minute de citit",
"5 menit baca", "6 minuters läsning"); Hungarian date labels ("Feladás dátuma:", "Közzétéve:", "Frissítve:")."""

from __future__ import annotations

import pytest

from cleaners import clean_text, patterns
from cleaners.metadata import is_heading_like, parse_byline, parse_date_line

AUTHOR_LABELS = [
    ("Szerző: Tóth Gábor", "Tóth Gábor"),
    ("Szerző: Kardos Eszter meteorológus", "Kardos Eszter"),
    ("Autor: Marta Zielińska", "Marta Zielińska"),
    ("Autor: Jan Novák redaktor", "Jan Novák"),
    ("Autorka: Jana Nováková, redaktorka", "Jana Nováková"),
    ("Autora: Ana Gómez", "Ana Gómez"),
    ("Author: Jane Doe", "Jane Doe"),
    ("Auteur : Claire Martin", "Claire Martin"),
    ("Autore: Marco Rossi", "Marco Rossi"),
    ("Yazar: Ayşe Demir", "Ayşe Demir"),
    ("Penulis: Dewi Lestari", "Dewi Lestari"),
    ("Tác giả: Minh Anh", "Minh Anh"),
    ("Forfatter: Lars Holm", "Lars Holm"),
    ("Författare: Karin Berg", "Karin Berg"),
    ("Kirjoittaja: Aino Virtanen", "Aino Virtanen"),
    ("Συντάκτης: Νίκος Παππάς", "Νίκος Παππάς"),
]


@pytest.mark.parametrize(("text", "name"), AUTHOR_LABELS)
def test_author_label_with_colon_is_a_byline(text: str, name: str) -> None:
    assert parse_byline(text) == name
    assert not is_heading_like(text)


@pytest.mark.parametrize(
    "text",
    [
        # the bare word opens a sentence or a headline: no colon, no byline
        "Autor des Buches ist Max Muster",
        "Author Jane Doe Wins Prize",
        "Szerző és kiadó vitája a bíróságon",
        "Yazar Ayşe Demir yeni romanını tanıttı",
        # a colon, but a headline after it (lower-case words, no name first)
        "Autor: zmiana planów w mieście",
        "Szerző: a mesterséges intelligencia nem ír regényt",
        # a name and a sentence after it (more than three words of role)
        "Szerző: Kardos Eszter szerint a hidegfront péntek délután érkezik",
        # glued to the colon: a scraped field row, not a line of its own
        "Author:The Water Coolest",
    ],
)
def test_author_label_false_positives(text: str) -> None:
    assert parse_byline(text) is None


def test_headline_over_labelled_byline_is_the_title() -> None:
    page = "\n".join([
        "Ugrás a tartalomra", "Időjárás Napló", "Előrejelzés", "Radar", "Hírek", "Főoldal › Időjárás-hírek",
        "Hidegfront érkezik: viharos szél és havas eső a hétvégén",
        "Szerző: Kardos Eszter meteorológus",
        "2026. november 27. 09:15",
        "Megosztás",
        "Egy markáns hidegfront éri el péntek délután az ország északnyugati részét, és szombat reggelre az egész "
        "országon átvonul. A front mögött jelentősen hidegebb levegő áramlik a medencébe.",
        "Pénteken még enyhe, 12-15 fokos idő várható, ám délutántól nyugat felől megerősödik a szél, és a "
        "Dunántúlon zivatarok is kialakulhatnak a késő esti órákban.",
        "Szombaton reggel az északi hegyekben már havas eső, 600 méter felett hó is hullhat, a nappali "
        "csúcshőmérséklet 3 és 7 fok között alakul.",
        "Kapcsolódó cikkek", "Novemberi melegrekordok dőltek meg", "© 2026 Időjárás Napló",
    ])
    record = clean_text(page.encode(), source="hu.txt")
    assert record["title"] == "Hidegfront érkezik: viharos szél és havas eső a hétvégén"
    assert "Szerző" not in record.text


@pytest.mark.parametrize(
    "text", ["4 minute de citit", "5 min de lectură", "5 menit baca", "3 menit membaca", "6 minuters läsning",
             "4 min läsning", "5 min læsning", "3 minutters lesing", "5 min read", "12 Minuten Lesezeit"]
)
def test_numeric_reading_time_in_more_languages(text: str) -> None:
    assert patterns.READING_TIME_RE.match(text)


@pytest.mark.parametrize(
    "text", ["4 minute de mers pe jos", "5 menit dari stasiun", "10 minuter från centrum", "5 minutters gang",
             "4 minute de citit din Biblie în fiecare seară.", "Citește în 4 minute"]
)
def test_numeric_reading_time_false_positives(text: str) -> None:
    assert not patterns.READING_TIME_RE.match(text)


@pytest.mark.parametrize(
    ("text", "iso", "updated"),
    [
        ("Feladás dátuma: 2026. április 8.", "2026-04-08", False),
        ("Közzétéve: 2026. március 3. 14:20", "2026-03-03", False),
        ("Megjelent: 2026. március 3.", "2026-03-03", False),
        ("Frissítve: 2026. március 5.", "2026-03-05", True),
        ("Módosítva: 2026. március 5.", "2026-03-05", True),
    ],
)
def test_hungarian_date_labels(text: str, iso: str, updated: bool) -> None:
    line = parse_date_line(text)
    assert line is not None and line.tier == "pure" and line.iso == iso and line.updated is updated


@pytest.mark.parametrize(
    "text",
    [
        "Megjelent a könyv második kiadása 2026. március 3.",  # a sentence with a date
        "A dátum 2026. március 3., a helyszín a városháza.",
    ],
)
def test_hungarian_date_label_false_positives(text: str) -> None:
    line = parse_date_line(text)
    assert line is None or line.tier != "pure"
