"""Titles the probe20 pages missed.

- An FAQ page's questions open with an accordion's toggle ("+ What is a REAL ID?"): the first question right above
  its answer is no title, however close to the body; the page's heading above the toggles is
  (en_gov_faq_accordion_toggles). A "+" opening a line is a toggle or a list's bullet, never a headline's.
- A release's buttons ("Print", "Listen to webcast") between its date row and its highlights put the date out of
  the runner-up's reach: the first highlight, right above the body, was taken for the title
  (en_investor_relations_safe_harbor).
"""

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


# --- a release's buttons between its date row and its highlights (metadata._prefer_title_over_meta) ---------------

RELEASE = ["Halvard Foods", "Our brands", "Investors", "Careers", "", "Investors / Press releases", "",
           "Halvard Foods Reports Record Third Quarter Sales and Raises Outlook", "", "October 28, 2026 at 7:00 AM CET",
           "", "Print", "Listen to webcast", "",
           "Third quarter net sales of EUR 1.2 billion, up 7% on the prior year",
           "Organic growth of 5.1%, led by the frozen and chilled categories",
           "Full year guidance for organic growth raised to between 4% and 5%",
           "",
           "OSLO, October 28, 2026 -- Halvard Foods today reported net sales of EUR 1.2 billion for the third "
           "quarter, an increase of 7% on the same quarter last year, and raised its organic growth outlook.",
           "Chief executive Ingrid Dahl said demand for the frozen range had held up through the summer despite "
           "higher prices, and that the new plant in Poland would open on schedule in the spring.",
           "The company will hold a conference call for analysts at ten o'clock, and the recording will be available "
           "on its website for three months."]


def test_a_release_headline_over_its_date_row_and_buttons_beats_its_first_highlight() -> None:
    record = clean_lines(RELEASE)
    assert record["title"] == "Halvard Foods Reports Record Third Quarter Sales and Raises Outlook"
