"""A link to another story on a site the line names, set between an article's paragraphs ("Also on example.com
<headline>", "Auch auf example.de: <headline>", "También en example.es <headline>") is removed
(boilerplate._also_on_site in furniture_rule); prose that opens with the same words goes on in lower case, after a
comma, or ends with a full stop, and stays.

From tests/pages: en_news_also_on_site_link, de_nachrichten_auch_auf_seite_link, es_noticia_tambien_en_sitio_enlace.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.boilerplate import _also_on_site

MENU = ["Home", "News", "Services", "Contact", "Search", "Sign in"]
FOOTER = ["", "Share", "Facebook", "Print", "Privacy", "Terms", "© 2025 Example"]


def _body(page: bytes) -> str:
    record = clean_text(page, source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Also on rt.com Journalists and politicians threatened with arrest",
        "Also on newsdesk.example: The ferry operator that cancelled every crossing",
        "More on worldwire.example | Why container rates are climbing again",
        "Auch auf nachrichten.example: Warum Züge im Herbst so oft verspätet sind",
        "Aussi sur journal.example : Le gouvernement recule sur la réforme",
        "También en agro.example La sequía obliga a adelantar la vendimia",
        "Leia também no jornal.example “Por que o preço do café subiu”",
        "Читайте также на novosti.example Власти объявили о новых мерах",
        "» Anche su notizie.example Il governo approva la manovra",
    ],
)
def test_link_to_a_story_on_a_named_site(line: str) -> None:
    assert _also_on_site(line)


@pytest.mark.parametrize(
    "line",
    [
        "Also on Tuesday, the transport minister called on both sides to return to mediation",
        "Also on example.com, readers can vote for their favourite photo of the year",
        "Also on the union's website, members were told that strike pay would rise",
        "Auch auf bahn.example wurde der neue Fahrplan am Mittwoch veröffentlicht",
        "Auch auf den Nebenstrecken soll sich das Angebot verbessern",
        "También en mercados.example se publicaron ayer los precios de referencia",
        "Aussi sur lemonde.fr Le gouvernement a publié le texte intégral du projet.",
        "Mehr auf Seite 3",
        "Más en el sitio web del ayuntamiento: www.ayuntamiento.example",
        "Auch auf heise online:",
    ],
)
def test_prose_opening_with_the_words_is_no_link(line: str) -> None:
    assert not _also_on_site(line)


def test_prose_opening_with_the_words_stays_on_a_page() -> None:
    paragraphs = [
        "Dock workers at the country's three largest container ports extended their strike for another week on "
        "Thursday after talks with terminal operators broke down over pay and shift patterns.",
        "Also on example.com, readers were asked whether they had noticed empty shelves, and more than two thousand "
        "of them answered within a day.",
        "Operators said the offer was the best they could make without cutting investment in new cranes and "
        "in the automation of the terminals.",
    ]
    page = "\n".join([*MENU, "Port workers extend strike", *paragraphs, *FOOTER, ""]).encode()
    body = _body(page)
    for p in paragraphs:
        assert p in body
