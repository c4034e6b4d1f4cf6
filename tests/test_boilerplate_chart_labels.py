"""A chart drawn inside the article leaves its axis labels in the dump, one to a line ("80", "60", "’17", "’18",
"RECESSIONS"): boilerplate.chart_labels_transparent removes such a run and lets the article go on under it.
A run of short lines that is no chart (a menu of codes without digits, a draw's numbers that do not step
evenly, a few labels) is left to the other rules."""

from __future__ import annotations

from stages import boilerplate_doc

ARTICLE = [
    "Los alquileres subieron un 9 % en el último año en las grandes ciudades, según el informe anual del "
    "observatorio de vivienda publicado este lunes.",
    "El precio medio del metro cuadrado alcanzó los 14 euros en la capital, el nivel más alto desde que "
    "existen registros, y supera ya en un tercio al de hace cinco años.",
    "Los autores del informe atribuyen la subida a la escasez de vivienda nueva y al aumento de los pisos "
    "destinados al alquiler de temporada en los barrios del centro.",
    "El Gobierno regional prepara un plan para construir diez mil viviendas protegidas en los próximos "
    "cuatro años, aunque los expertos dudan de que llegue a tiempo.",
]
MENU = ["Portada", "Economía", "Vivienda", "Deportes"]
FOOTER = ["Aviso legal", "Política de privacidad"]
CHART = ["Precio medio del alquiler, en euros por metro cuadrado", "16", "12", "8", "4", "0",
         "2015", "2017", "2019", "2021", "2023", "MADRID", "BARCELONA"]


def _kept(lines: list[str], language: str = "es") -> list[str]:
    return [line.text for line in boilerplate_doc(MENU + lines + FOOTER, language).kept_lines()]


def test_a_chart_inside_the_article_goes_and_the_article_stays() -> None:
    kept = _kept(ARTICLE[:2] + CHART + ARTICLE[2:])
    for paragraph in ARTICLE:
        assert paragraph in kept, paragraph
    for label in CHART[1:]:
        assert label not in kept, label


def test_a_draw_s_numbers_and_a_menu_of_codes_are_no_chart() -> None:
    # eight numbers in a row, most with a digit, but no four of them stepping evenly
    numbers = ["Combinación ganadora:", "4", "11", "19", "23", "35", "41", "48", "7", "Reintegro: 2"]
    kept = _kept(ARTICLE[:2] + numbers + ARTICLE[2:])
    for line in ARTICLE + numbers[1:9]:
        assert line in kept, line
    codes = ["ES", "FR", "DE", "IT", "PT", "NL", "BE", "AT", "IE"]  # no digits: the other rules decide
    doc = boilerplate_doc(MENU + ARTICLE[:2] + codes + ARTICLE[2:] + FOOTER, "es")
    assert not any(line.removal and "chart" in line.removal.rule for line in doc.lines)


def test_a_few_labels_are_no_chart() -> None:
    few = ["16", "12", "8", "4", "0"]
    doc = boilerplate_doc(MENU + ARTICLE[:2] + few + ARTICLE[2:] + FOOTER, "es")
    assert not any(line.removal and "chart" in line.removal.rule for line in doc.lines)
