"""Header rows under or over a headline that took the title (cleaners.metadata): a credit row with a label before
its "by" ("Essay by <name>", _labelled_credit_row), a summary twice the headline's length between the headline and
its byline (_meta_under_standfirst), and a slashed breadcrumb trail ending in the page's heading (_under_crumb_trail,
_drop_trail_over_title). Negatives: a headline with "by" in it, a dek of the headline's length, a short button
label over a headline."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners import clean_text
from cleaners.config import Config
from cleaners.metadata import _labelled_credit_row, metadata_stage

BODY_ESSAY = [
    "Every spring the river floods the lower meadows, and every spring the village argues about whether to build "
    "the wall that engineers first proposed in 1962. The argument is older than most of the people having it.",
    "Orla Brennan, who has farmed the meadows for forty years, says the floods bring silt that makes the hay grow; "
    "her neighbours say the water now reaches the church steps twice a decade instead of once.",
    "The council will vote on the wall again in June. Whatever it decides, Brennan says, the river will have "
    "the last word, as it always has.",
]
PAGE_ESSAY = ["The Meadow Review", "Culture", "Ideas", "Books", "Subscribe", "Ideas Rivers Essays Farming",
              "The wall the village keeps not building", "Essay by Tobias Fairweather", "April 2, 2025", *BODY_ESSAY,
              "Tobias Fairweather writes about rural life. Tobias Fairweather lives near the river.", "About"]


def test_an_essay_by_row_is_not_the_title() -> None:
    doc = metadata_stage(boilerplate_doc(PAGE_ESSAY, "en"), Config())
    assert doc.title == "The wall the village keeps not building"


@pytest.mark.parametrize(("line", "expected"), [
    ("Essay by Tobias Fairweather", True),
    ("Words by Ana Reyes", True),
    ("Fotos von Katrin Albers", True),
    ("Texte par Jeanne Moreau-Dubois", True),
    ("Council report praised by auditors", False),  # no name after "by"
    ("Photos by AP", False),  # an agency, no bare name
    ("Village wall plan rejected by Tobias Fairweather", False),  # a headline's subject and verb before "by"
])
def test_labelled_credit_row(line: str, expected: bool) -> None:
    assert _labelled_credit_row(line) is expected


BODY_DE = [
    "Die Zahl der Handwerksbäckereien ist im vergangenen Jahr erneut gesunken. Nach Angaben des Verbandes gaben "
    "landesweit mehr als zweihundert Betriebe auf, so viele wie seit zehn Jahren nicht.",
    "Vor allem die gestiegenen Kosten für Strom und Gas machen den Betrieben zu schaffen, sagt Verbandssprecherin "
    "Ines Hofbauer. Viele könnten die Preise nicht so stark erhöhen, wie es nötig wäre.",
    "Einige Bäckereien backen inzwischen nur noch an vier Tagen in der Woche, andere haben ihre Filialen "
    "geschlossen und verkaufen nur noch am Hauptstandort.",
]
PAGE_DE = ["Startseite", "Wirtschaft", "Kultur", "Startseite / Wirtschaft", "Mühlen im Land kämpfen mit den Strompreisen",
           "Viele kleine Betriebe im Land stehen vor der Frage, ob sie ihre Öfen noch zahlen können",
           "Von Katrin Albers", "12.02.2026, 09:41 Uhr", "Teilen", *BODY_DE, "Impressum"]


def test_a_summary_twice_the_headline_over_the_byline_is_not_the_title() -> None:
    doc = metadata_stage(boilerplate_doc(PAGE_DE, "de"), Config())
    assert doc.title == PAGE_DE[4]


DOCS_PAGE = """Lanternpay Docs
Guías
Referencia de la API
Buscar en la documentación
Introducción
Autenticación
Errores
Paginación
Recursos
Facturas
Crear una factura
Obtener una factura
Anular una factura
Suscripciones
Webhooks
Referencia de la API / Facturas / Crear una factura
Crear una factura
Crea una factura nueva para un cliente y devuelve el objeto completo. Una factura agrupa las líneas de cargo de un periodo y se cobra con el método de pago predeterminado del cliente.
Solicitud
POST /v1/facturas
Parámetros
cliente (obligatorio): el identificador del cliente al que se emite la factura.
moneda (opcional): el código de tres letras de la moneda; por defecto, la de la cuenta.
Nota: una factura creada en modo de prueba no se cobra nunca, aunque el cliente tenga un método de pago válido.
"""


def test_a_slashed_trail_ending_in_the_heading_is_not_the_title_and_leaves_the_body() -> None:
    record = clean_text(DOCS_PAGE.encode(), source="docs.txt")
    assert record["title"] == "Crear una factura"
    assert "Referencia de la API / Facturas" not in record["text"]
