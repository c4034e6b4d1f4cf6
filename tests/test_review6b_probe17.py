"""Review of the probe17 rules (review6b): where they reached past the pages they were written for.

- A download link with its file type and size ("Download PDF (214 KB)") was read into any short line with a file type
  somewhere and a size in brackets at its end: the items of a list of devices ("der erste MP3-Player (32 MB)").

Every text here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import line_rule


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
