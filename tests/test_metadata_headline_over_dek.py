"""A headline over its dek, the author and the date wins over a line under the date (a match's score line,
"Ribera 2-1 Real Costa") that sits right above the body (probe-eu: a match report's title was its score line)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _heads_the_meta
from cleaners.segment import split_lines

MENU = ["Marcador Deportivo", "Fútbol", "Primera", "Baloncesto", "Motor", "Resultados", "Fútbol | Primera División"]
HEADLINE = "El Atlético Ribera remonta en diez minutos y duerme líder"
DEK = "Dos goles de Sanabria tras el descanso tumban a un Real Costa que mandó toda la primera parte"
BODY = [
    "El Atlético Ribera sufrió durante una hora, pero le bastaron diez minutos de la segunda parte para darle la "
    "vuelta al partido y dormir como líder en solitario tras la decimocuarta jornada.",
    "El Real Costa salió mejor plantado y se adelantó en el minuto 23 con un cabezazo de Iturbe a la salida de un "
    "córner. El equipo visitante tuvo el segundo en un mano a mano que el portero desvió.",
    "Tras el descanso, el entrenador local metió a Sanabria por un centrocampista y el partido cambió por completo.",
]
FOOTER = ["Te puede interesar", "Los árbitros de la jornada 15", "Política de cookies"]


def test_the_headline_over_its_dek_wins_over_a_score_line_under_the_date() -> None:
    page = [*MENU, HEADLINE, DEK, "Pablo Montero", "Actualizado 30/11/2025 - 23:14", "Ribera 2-1 Real Costa", *BODY,
            *FOOTER]
    assert clean_text("\n".join(page).encode(), source="p.txt")["title"] == HEADLINE


@pytest.mark.parametrize(("rows", "heads"), [
    ([HEADLINE, DEK, "Pablo Montero", "30/11/2025 23:14"], True),  # headline, dek, author, date
    ([HEADLINE, "Pablo Montero", "30/11/2025 23:14"], True),  # headline, author, date
    # A teaser's headline over its summary and a paragraph: the date is the page's, further down.
    ([HEADLINE, DEK, BODY[0], BODY[1], "30/11/2025 23:14"], False),
    ([HEADLINE, BODY[0], "Pablo Montero", BODY[1], "30/11/2025 23:14"], False),
])
def test_what_heads_the_date(rows: list[str], heads: bool) -> None:
    assert _heads_the_meta(split_lines("\n".join(rows)), 0) == heads
