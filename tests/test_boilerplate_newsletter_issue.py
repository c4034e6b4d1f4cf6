"""A newsletter issue's name as its page's headline ("Parish newsletter: Spring 2025") is no call to action.

From tests/pages: en_church_parish_newsletter, whose title line was removed as a "newsletter" promo line (and
its site name taken for the title instead). A sign-up line keeps being removed.
"""

from __future__ import annotations

import pytest

from cleaners import boilerplate, clean_text


@pytest.mark.parametrize(
    "line",
    ["Parish newsletter: Spring 2025", "Newsletter – March 2025", "Club newsletter, issue 14", "Newsletter Nr. 3/2025",
     "Vereins-Newsletter Ausgabe 12",
     # (mends3) a possessive of a name's, no site's: a parish named after Our Lady
     "Our Lady's Parish Newsletter: Summer 2025"],
)
def test_an_issue_name_is_recognised(line: str) -> None:
    assert boilerplate._newsletter_issue_name(line)


@pytest.mark.parametrize(
    "line",
    ["Sign up for our newsletter", "Subscribe to the newsletter 2025", "Get our newsletter in 2025",
     "Sign up to the newsletter: 2025", "Newsletter abonnieren 2025", "Download this newsletter as PDF",
     "Previous newsletters", "Newsletter", "Newsletter 2025", "Sign Up For Our Newsletter 2025", "Join Our Newsletter 2",
     "Sign Up For Our Newsletter: May 2025",
     # (mends3) the site's or the reader's possessive alone, no name's
     "Our Newsletter: May 2025", "Your Weekly Newsletter: Issue 3", "Unser Newsletter Ausgabe 12"],
)
def test_a_sign_up_line_is_no_issue_name(line: str) -> None:
    assert not boilerplate._newsletter_issue_name(line)


DE_CLUB = """Turnverein Nordstadt 1898
Start
Abteilungen
Termine
Mitglied werden
Kontakt
Aktuelles > Newsletter
Vereins-Newsletter Ausgabe 12
Veröffentlicht am 4. März 2025
Liebe Mitglieder, der Winter war lang, aber unsere Halle war fast jeden Abend voll. Vielen Dank an alle Übungsleiterinnen und Übungsleiter, die auch bei Schnee und Glatteis die Stunden gehalten haben.
Die Jahreshauptversammlung findet am Freitag, dem 28. März, um 19 Uhr im Vereinsheim statt. Auf der Tagesordnung stehen die Wahl des neuen Vorstands und der Haushalt für das kommende Jahr.
Ab April bietet die Leichtathletikabteilung wieder ein Lauftraining für Anfänger an. Treffpunkt ist jeden Dienstag um 18 Uhr am Eingang des Stadions, eine Anmeldung ist nicht nötig.
Newsletter abonnieren
Impressum
Datenschutz
"""

EN_SCHOOL = """Hillside Primary School
Home
About us
Parents
Classes
Contact
Newsletter – March 2025
Posted 7 March 2025
Welcome back after the half-term break. The children have settled quickly into the new term, and we have already enjoyed a lovely class assembly from Year 3 about their trip to the castle.
World Book Day was a great success. Thank you to all the families who helped with costumes; the children read stories to each other in the hall all afternoon and the library raised money for new books.
Parents' evenings will take place on 25 and 26 March. Please book a slot with your child's teacher through the school office by Friday 21 March.
Sign up for our newsletter
Privacy notice
"""

ARTICLE = """The Daily Example
News
Sport
Business
Culture
City council approves a new cycle lane along the river
By Jane Doe
3 June 2025
The city council approved a new cycle lane along the river on Tuesday, after two years of debate about where cyclists and cars should share the road along the busy embankment.
The lane will run for four kilometres from the old bridge to the station, and the work is expected to take eight months. Shops along the route will stay open during the work, the council said.
Opponents of the plan said the lane would take away too many parking spaces, but a survey of residents found that most of them supported it, the council added.
Get our newsletter in 2025
Newsletter
Share
"""


@pytest.mark.parametrize(
    ("page", "title"), [(DE_CLUB, "Vereins-Newsletter Ausgabe 12"), (EN_SCHOOL, "Newsletter – March 2025")]
)
def test_a_newsletter_issue_page_has_its_name_as_title(page: str, title: str) -> None:
    record = clean_text(page.encode(), source="newsletter.txt")
    assert record["title"] == title
    assert all(r["text"] != title for r in record["removed"])


def test_sign_up_lines_under_an_article_are_still_removed() -> None:
    record = clean_text(ARTICLE.encode(), source="article.txt")
    body = "\n".join(p["text"] for p in record.paragraphs)
    assert "Get our newsletter in 2025" not in body and "Newsletter" not in body
    assert {"Get our newsletter in 2025", "Newsletter"} <= {r["text"] for r in record["removed"]}
