"""Weekday names of more languages on a date line (probe25): "sobota 19. října 2024, 16:45" (cs), "środa, 6 marca
2024" (pl), "onsdag 6 mars 2024" (sv), "середа, 4 грудня 2024" (uk), "torstai 5.12.2024" (fi) are bare date lines
(tier "pure", removed under the headline), as "martedì 3 dicembre 2025" is; a sentence that names a weekday and a
date is none."""

from __future__ import annotations

import pytest

from cleaners import clean_text, metadata


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("sobota 19. října 2024, 16:45", "2024-10-19"),
        ("pátek 8. března 2024", "2024-03-08"),
        ("środa, 6 marca 2024", "2024-03-06"),
        ("onsdag 6 mars 2024", "2024-03-06"),
        ("søndag 3. marts 2024", "2024-03-03"),
        ("середа, 4 грудня 2024", "2024-12-04"),
        ("torstai 5.12.2024", "2024-12-05"),
        ("çarşamba, 13 Mart 2024", "2024-03-13"),
    ],
)
def test_a_weekday_and_a_date_make_a_bare_date_line(text: str, iso: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is not None and line.iso == iso and line.tier == "pure"


@pytest.mark.parametrize(
    "text",
    [
        "Sobota je den, kdy 19. října 2024 začal výlov.",
        "W środę 6 marca 2024 roku rada miasta przyjęła budżet.",
        "På onsdag 6 mars 2024 öppnar den nya bron för trafik.",
        "У середу, 4 грудня 2024 року, уряд ухвалив рішення.",
        "On Wednesday, 6 March 2024, the council adopted the budget.",
        "El miércoles 6 de marzo de 2024 el consejo aprobó el presupuesto.",
    ],
)
def test_a_sentence_with_a_weekday_and_a_date_is_no_bare_date_line(text: str) -> None:
    line = metadata.parse_date_line(text)
    assert line is None or line.tier != "pure"


def test_a_czech_weekday_date_line_under_the_headline_is_removed() -> None:
    page = (
        "Rybáři vylovili rybník, úlovek byl letos menší\n"
        "sobota 19. října 2024, 16:45\n"
        "Rybáři z místního rybářství v sobotu dokončili třídenní výlov rybníka. Z vody vytáhli zhruba 140 tun ryb.\n"
        "Léto bylo suché a teplé, voda měla málo kyslíku a ryby tolik nepřibraly, vysvětlil hlavní rybář.\n"
        "Většina úlovku poputuje do zahraničí, hlavně do Německa a Rakouska, část ryb se vrátí do rybníků.\n"
    )
    record = clean_text(page)
    assert record.data["published"] == "2024-10-19"
    assert "16:45" not in record.text
    assert "Většina úlovku poputuje do zahraničí" in record.text
