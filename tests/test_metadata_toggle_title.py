"""An FAQ page's questions open with an accordion's toggle ("+ What is a REAL ID?"): the first question right above
its answer is no title, however close to the body; the page's heading above the toggles is (the probe page
en_gov_faq_accordion_toggles). A "+" opening a line is a toggle or a list's bullet, never a headline's."""

from __future__ import annotations

import pytest
from stages import clean_lines

EN = ["Search this site", "Residents", "Businesses", "Transport / Driver licenses / Help", "",
      "Renewing a licence: frequently asked questions", "", "Last reviewed: October 2, 2025", "", "Expand all",
      "Collapse all", "", "+ Can I renew my licence online?",
      "Yes, if your licence expires within six months and your photo is less than twelve years old, you can renew "
      "it online and receive the new card by post within two weeks.",
      "", "+ How much does a renewal cost?",
      "A renewal costs the same online and in person. You can pay by card, and a fee reduction applies to drivers "
      "over seventy who renew their licence for a shorter period.",
      "", "+ What if my licence has expired?",
      "You can still renew a licence up to one year after it expired. After that you must apply again and may need "
      "to retake the knowledge test at an office."]
DE = ["Suche", "Bürger", "Unternehmen", "", "Personalausweis beantragen: häufige Fragen", "", "Stand: 2. Oktober 2025",
      "", "Alle öffnen", "Alle schließen", "", "+ Wie lange dauert die Ausstellung?",
      "In der Regel dauert die Herstellung eines neuen Personalausweises drei bis vier Wochen. In den Sommermonaten "
      "kann es wegen der vielen Anträge länger dauern.",
      "", "+ Was kostet ein neuer Ausweis?",
      "Ein Personalausweis kostet für Antragsteller ab 24 Jahren einheitlich 37 Euro. Für jüngere Antragsteller ist "
      "er günstiger, weil er nur sechs Jahre gültig ist."]


@pytest.mark.parametrize(("lines", "title"), [
    (EN, "Renewing a licence: frequently asked questions"),
    (DE, "Personalausweis beantragen: häufige Fragen"),
])
def test_a_toggled_question_is_no_title(lines: list[str], title: str) -> None:
    record = clean_lines(lines)
    assert record["title"] == title
