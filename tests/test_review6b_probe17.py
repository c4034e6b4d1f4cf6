"""Review of the probe17 rules (review6b): where they reached past the pages they were written for.

- Serbian in Latin script is told from Croatian by ekavian forms and Serbian words ("hiljada", "fudbal", "tačno",
  "sedmica", "porodica", "uslovi"); Bosnian and Montenegrin share those words but are ijekavian ("pobijedio",
  "pobjeda", "sjedila", "mjesečne", "djece"): a Bosnian sports report came out Serbian.
- A download link with its file type and size ("Download PDF (214 KB)") was read into any short line with a file type
  somewhere and a size in brackets at its end: the items of a list of devices ("der erste MP3-Player (32 MB)").

Every text here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import line_rule

from cleaners.language import detect_language

BS_SPORT = (
    "Fudbalski klub Željezničar pobijedio je u subotu Borac rezultatom 2:1 pred više od deset hiljada navijača na "
    "stadionu Grbavica. Trener je nakon utakmice rekao da je ekipa tačno znala šta treba da uradi, te da je pobjeda "
    "zaslužena nakon teške sedmice. Domaći su poveli već u desetoj minuti, a gosti su izjednačili početkom drugog "
    "poluvremena. Odlučujući gol postigao je mladi napadač, čija je porodica sjedila na tribini. Klub je saopćio da "
    "su uslovi za treninge poboljšani i da će se stadion uskoro renovirati uz pomoć Općine Novo Sarajevo."
)
SR_SPORT = (
    "Fudbalski klub Partizan pobedio je u subotu Vojvodinu rezultatom 2:1 pred više od dvadeset hiljada navijača. "
    "Trener je posle utakmice rekao da je ekipa tačno znala šta treba da uradi i da je pobeda zaslužena posle teške "
    "sedmice. Domaćin je poveo već u desetoj minuti, a gosti su izjednačili početkom drugog poluvremena. Odlučujući gol "
    "postigao je mladi napadač, čija je porodica sedela na tribini. Klub je saopštio da su uslovi za treninge bolji "
    "nego pre i da će stadion uskoro biti renoviran uz pomoć opštine, a radovi bi trebalo da počnu sledeće nedelje."
)


def test_bosnian_ijekavian_report_is_not_serbian() -> None:
    assert detect_language(BS_SPORT)[0] != "sr"


def test_serbian_ekavian_report_is_serbian() -> None:
    assert detect_language(SR_SPORT)[0] == "sr"


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("1998: MPMan F10, der erste MP3-Player (32 MB)", False),
        ("1999: Rio PMP300 mit MP3 und Kopierschutz (32 MB)", False),
        ("Zip-Laufwerk mit Wechselmedien (100 MB)", False),
        ("Musterbrief herunterladen (PDF, 84 KB)", True),
        ("Download PDF (214 KB)", True),
        ("Formular.pdf (84 KB)", True),
        ("Télécharger le formulaire (PDF, 150 Ko)", True),
        ("Скачать бланк заявления (PDF, 120 КБ)", True),
    ],
)
def test_download_link_names_the_file_type_at_its_size(line: str, removed: bool) -> None:
    assert (line_rule(line, "de") == "furniture") is removed
