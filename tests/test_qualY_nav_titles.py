"""Navigation lines are no titles (metadata._nav_line, _title_shaped) and a numbered part's heading among field rows
is one (metadata._in_field_rows, _NUMBERED_LABEL_RE).

A back link over a listing ("← Volver a los resultados") and a lesson counter over a lesson ("Lesson 4 of 10") sat
closer to the body than the headline and were taken for the title; the lesson's heading ("Lesson 4: Reading ...")
between its course's field rows ("Progress: 30%", "Duration: 12 minutes") was read as one more field."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _nav_line

BODY = [
    "A cash flow statement shows the money that came into your business and the money that went out of it over one "
    "month, one quarter or one year, sorted into operating, investing and financing activities.",
    "Unlike the income statement, it ignores sales made on credit until the customer pays, so it tells you whether "
    "you can pay your suppliers next week.",
    "Start with the cash at the beginning of the period, add what came in, subtract what went out, and compare the "
    "result with your bank balance.",
]
LESSON = [
    "Skip to content", "Home", "Course catalogue", "My courses", "Sign in",
    "Courses › Small Business Finance › Module 2",
    "Lesson 4 of 10",
    "Progress: 30%",
    "Lesson 4: Reading a Cash Flow Statement",
    "Duration: 12 minutes",
    "Mark as done",
    *BODY,
    "Previous lesson",
    "Next lesson →",
    "About us", "Help", "© 2026 Harbour Learning Collective",
]
LISTING = [
    "Saltar al contenido", "Comprar", "Alquilar", "Mis favoritos (0)", "Entrar",
    "Alquiler › Andalucía › Villaclara › Pisos",
    "← Volver a los resultados",
    "Foto 1 de 9",
    "Ver todas las fotos",
    "Piso luminoso de tres dormitorios junto al río",
    "Calle del Molino 14, 41999 Villaclara",
    "Ver en el mapa",
    "Alquiler 845 €",
    "Habitaciones 3",
    "Superficie 78 m²",
    "Contactar",
    "Guardar",
    "Compartir",
    "Descripción",
    "El piso está en la tercera planta de un edificio rehabilitado en 2019 y tiene ascensor. El salón y la cocina dan "
    "al parque, los dormitorios al patio interior, que es muy tranquilo.",
    "La terraza cabe una mesa para seis personas. Los suelos son de madera y el baño se reformó el año pasado.",
    "Está a diez minutos andando de la plaza mayor y a cinco de la parada del autobús que va al centro.",
    "Contactar", "Guardar", "Compartir",
    "Aviso legal", "Privacidad", "© 2026 Portal de Pisos del Sur",
]


def test_lesson_heading_is_title_not_counter() -> None:
    r = clean_text("\n".join(LESSON), source="qualY-lesson.txt")
    assert r["title"] == "Lesson 4: Reading a Cash Flow Statement"
    assert "Lesson 4 of 10" not in r.text


def test_listing_headline_is_title_not_back_link() -> None:
    r = clean_text("\n".join(LISTING), source="qualY-listing.txt")
    assert r["title"] == "Piso luminoso de tres dormitorios junto al río"
    assert "Volver a los resultados" not in r.text


@pytest.mark.parametrize(
    ("text", "nav"),
    [
        ("← Zurück zur Übersicht", True),
        ("Next lesson →", True),
        ("< Back to the forum", True),
        ("Lesson 4 of 10", True),
        ("Foto 1 de 9", True),
        ("Урок 3 из 12", True),
        ("Część 2 z 5", True),
        ("Chapter 3/12", True),
        ("Page 12 of 5", False),  # no position: N > M
        ("Top 10 of 2025", False),  # a year, no count
        ("»Wir bleiben hier« sagt der Wirt", False),  # a quote opens a headline
        ("« On ne lâchera rien », promet la maire", False),
        ("Council approves 3 of 5 new bus lanes", False),
    ],
)
def test_nav_line(text: str, nav: bool) -> None:
    assert _nav_line(text) is nav
