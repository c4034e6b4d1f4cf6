"""A headline over a one-sentence dek, then the author's bare name and the date (probe-eu: a Swedish culture
page's title was the author's name): the dek may be a sentence, not only a heading-like line."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _dek_shaped

MENU = ["Norrlandsposten", "Nyheter", "Sport", "Kultur", "Prenumerera", "Logga in", "Kultur"]
HEADLINE = "Helgens bästa evenemang: julkonserter, bokmässa och vinterfestival"
BODY = [
    "Det är fullt i kalendern den första helgen i december. Här är redaktionens tips, från kyrkokonserter till "
    "en helt ny vinterfestival vid älven, och det mesta har fri entré.",
    "Kören framför ett program med svensk och engelsk julmusik, från medeltida sånger till nyskrivna verk av "
    "länets egna tonsättare, i domkyrkan på lördag kväll.",
    "Ett trettiotal små förlag visar upp sina höstutgivningar på stadsbiblioteket, och flera författare läser "
    "ur sina böcker under dagen.",
]
FOOTER = ["Mest läst", "Stormen slog ut strömmen för 12 000 kunder", "© Norrlandsposten"]


def _title(header: list[str]) -> str | None:
    return clean_text("\n".join(MENU + header + BODY + FOOTER).encode(), source="p.txt")["title"]


def test_a_headline_over_a_one_sentence_dek_and_a_bare_name_is_the_title() -> None:
    dek = "Vi har valt ut det som är värt att se i länet den här helgen."
    assert _title([HEADLINE, dek, "Maria Lindqvist", "Publicerad 5 december 2025 kl. 07.00", "Dela"]) == HEADLINE


@pytest.mark.parametrize(("text", "dek"), [
    ("Vi har valt ut det som är värt att se i länet den här helgen.", True),
    ("Rufbusse statt leerer Linienbusse für die Dörfer im Süden", True),
    # Two sentences are a summary or the first paragraph; a label and a name are no dek.
    ("Vi har valt ut det bästa. Det är mycket i år och mer kommer.", False),
    ("Kultur", False),
    ("Maria Lindqvist", False),
])
def test_what_is_dek_shaped(text: str, dek: bool) -> None:
    assert _dek_shaped(text) == dek
