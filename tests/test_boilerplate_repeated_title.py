"""A headline repeated in one line (boilerplate.repeated_title): a teaser card whose link, image text and
heading run together in the dump ("How to X How to X How to X", the last copy often cut short) is no
sentence of the article. Removed as a line rule; prose that repeats words (a refrain, a sentence written
twice, a table header over two columns) is kept."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.boilerplate import repeated_title

TITLE_EN = "How Night Markets Cut Their Plastic Waste in One Year"
TITLE_ES = "Cómo reducir el gasto en calefacción este invierno"
TITLE_ZH = "夜市攤商改用環保餐具一年減少三百萬個塑膠袋"


@pytest.mark.parametrize(
    "text",
    [
        f"{TITLE_EN} {TITLE_EN} {TITLE_EN}",
        f"{TITLE_EN} {TITLE_EN} {TITLE_EN[:30]}",  # the last copy cut short
        f"{TITLE_ES}{TITLE_ES}",  # no space between the copies
        f"{TITLE_ES} {TITLE_ES}",
        f"{TITLE_ZH}{TITLE_ZH}{TITLE_ZH[:5]}",
        "¿Por qué suben los precios de la luz en enero? ¿Por qué suben los precios de la luz en enero?",
    ],
)
def test_a_repeated_headline_is_one(text: str) -> None:
    assert repeated_title(text) > 0


@pytest.mark.parametrize(
    "text",
    [
        TITLE_EN,
        f"{TITLE_EN} and more",
        # a refrain, a short chant, a sentence written twice, a table header repeated over two columns
        "Tora! Tora! Tora! Tora! Tora! Tora!",
        "苦呀！苦呀！苦呀！我们同胞辛苦所积的银钱产业，一齐要被夺去。",
        "The council voted to close the bridge. The council voted to close the bridge.",
        "Rank Name Region Pop. Rank Name Region Pop.",
        "Go team go team go team go team",
        # the line opens with words it repeats later, as prose does
        "How night markets cut their waste: How night markets cut their waste was the question of the day for all.",
    ],
)
def test_prose_and_short_repeats_are_none(text: str) -> None:
    assert repeated_title(text) == 0


def test_tripled_card_titles_inside_an_article_go_and_the_article_stays() -> None:
    article = [
        "Los precios de la electricidad subirán en enero por el fin de las rebajas fiscales, según ha "
        "confirmado el Ministerio de Hacienda en una nota publicada este martes.",
        "La subida afectará sobre todo a los hogares con tarifa regulada, que verán cómo la factura media "
        "aumenta unos doce euros al mes durante el primer trimestre del año.",
        "Las asociaciones de consumidores piden que se mantenga el bono social para las familias vulnerables "
        "y que se refuercen las ayudas a la rehabilitación de viviendas.",
        "El Gobierno estudiará la prórroga de algunas medidas en el consejo de ministros de la próxima "
        "semana, aunque no ha concretado cuáles.",
    ]
    card = f"{TITLE_ES} {TITLE_ES} {TITLE_ES[:25]}"
    page = ["Portada", "Economía", "Deportes", *article[:2], card, *article[2:], "Aviso legal", "Cookies"]
    kept = [line.text for line in boilerplate_doc(page, "es").kept_lines()]
    assert kept == article
