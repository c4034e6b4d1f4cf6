"""Times of day in date lines: the French and Portuguese "17 h 57" / "17h57" (cleaners.metadata).

A date line that holds only a date and a time is "pure" (the publication date line of the header); a
time the parser does not know leaves words over and makes the line "loose". Negative cases: an hour
without minutes ("17 h" in a sentence, "page 17 h"), impossible times.
"""

from __future__ import annotations

import pytest

from cleaners.metadata import _find_times, parse_date_line, parse_published


@pytest.mark.parametrize(
    ("text", "iso", "updated"),
    [
        ("4 décembre 2026 à 17 h 57", "2026-12-04", False),
        ("4 décembre 2026 à 17h57", "2026-12-04", False),
        ("Publié le 4 décembre 2026 à 9 h 05", "2026-12-04", False),
        ("Mis à jour le 4 décembre 2026 à 17 h 57", "2026-12-04", True),
        ("Le 14/12/2026 à 17 h 57", "2026-12-14", False),
        ("4 de dezembro de 2026 às 17 h 57", "2026-12-04", False),
        ("4 décembre 2026 à 17 h57", "2026-12-04", False),
    ],
)
def test_french_time_keeps_the_date_line_pure(text: str, iso: str, updated: bool) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.iso.startswith(iso) and parsed.tier == "pure", parsed
    assert parsed.updated == updated


@pytest.mark.parametrize(("text", "hms"), [("à 17 h 57", (17, 57, 0)), ("à 9 h 05", (9, 5, 0)), ("17h57", (17, 57, 0))])
def test_french_time_is_found(text: str, hms: tuple[int, int, int]) -> None:
    assert [hit.hms for hit in _find_times(text)] == [hms]


@pytest.mark.parametrize(
    "text",
    [
        "Il est arrivé vers 17 h hier soir",  # an hour without minutes
        "page 17 h",
        "17 h 75",  # no such minute
        "25 h 10",  # no such hour
        "17 h 570",  # a longer number, not minutes
        "le 17 hôtels 57 chambres",  # a word, not the hour sign
    ],
)
def test_not_a_french_time(text: str) -> None:
    assert _find_times(text) == []


@pytest.mark.parametrize("text", ["4 décembre 2026, page 17 h", "4 décembre 2026 à 17 h"])
def test_hour_without_minutes_is_not_a_time(text: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.tier == "loose"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sat 9 Nov 2024 07.00 GMT", "2024-11-09T07:00:00+00:00"),
        ("Updated 4.15 pm BST, 3 May 2024", "2024-05-03T16:15:00+01:00"),
        ("Published 9 Nov 2024, 9.30pm", "2024-11-09"),
    ],
)
def test_british_dot_time_keeps_the_date_line_pure(text: str, iso: str) -> None:
    """"07.00 GMT", "9.30pm": the dot-separated time of British pages, with its zone or AM/PM."""
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.iso == iso and parsed.tier == "pure", parsed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Valdecruces, 14 de junio de 2023 - 18:42 h", "2023-06-14"),
        ("Buenos Aires, 3 de mayo de 2023 - 09:15 hs", "2023-05-03"),
        ("14/06/2023 18:42 h", "2023-06-14"),
    ],
)
def test_spanish_hour_mark_after_the_time_keeps_the_date_line_pure(text: str, iso: str) -> None:
    """"18:42 h" / "09:15 hs" (horas): the mark is part of the time, not a word of another kind of line."""
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.iso == iso and parsed.tier == "pure", parsed


@pytest.mark.parametrize("text", ["rose 3.45 points", "version 2.10", "costs 12.50", "from 07.00 to 09.00"])
def test_a_bare_decimal_is_not_a_time(text: str) -> None:
    """Without AM/PM or a zone after it, "3.45" is a number."""
    assert _find_times(text) == []


def test_a_sentence_with_an_hour_count_stays_loose() -> None:
    parsed = parse_date_line("5 h de viaje el 3 de mayo de 2023")
    assert parsed is not None and parsed.tier == "loose"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wed 17 Apr 2024 07.00 BST", "2024-04-17T07:00:00+01:00"),
        ("Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", "2019-11-18T18:54:00+00:00"),
        ("Thu 3 Jan 2019 02.00 EST", "2019-01-03T02:00:00-05:00"),
        ("17 Apr 2024 7.30pm BST", "2024-04-17T19:30:00+01:00"),
    ],
)
def test_a_dotted_time_with_its_zone_is_read(text: str, iso: str) -> None:
    """The British "07.00 BST": hour and minutes joined by a dot, with the zone after them."""
    assert parse_published(text) == iso


@pytest.mark.parametrize(
    "text",
    ["17 April 2024 3.50", "Tickets cost 12.50 from 17 April 2024", "Version 2.10, 17 April 2024", "17 April 2024 25.30 GMT"],
)
def test_a_dotted_number_without_a_zone_is_no_time(text: str) -> None:
    """Without a zone after it, "3.50" is a price or a decimal, not a time: the date alone is read."""
    assert parse_published(text) == "2024-04-17"
