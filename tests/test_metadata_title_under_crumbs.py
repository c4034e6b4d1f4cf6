"""The heading right under a breadcrumb trail ("Home > Study > ... > Modules" over "Fluid Mechanics (CE-2104)") is
the page's title, however short and however few words it shares with the text (metadata._under_crumb_trail).

From tests/pages: pt_disciplina_universidade_ementa, which had no title (the short course name scored too low).
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

EN_COURSE = """Northbridge University
Skip to content
Accessibility
Study
Research
Library
Student portal
Home > Study > Undergraduate > Civil Engineering > Modules
Fluid Mechanics (CE-2104)
Credits: 15 · Semester 3
This module introduces the behaviour of liquids at rest and in motion, from pressure on submerged surfaces to flow in pipes and open channels, with examples taken from water supply and drainage.
By the end of the module, students should be able to size a simple pipe network, estimate head losses in pipes and fittings, and interpret the results of a laboratory flume test.
Assessment
A written exam (70%) and a laboratory report written in small groups (30%). Attendance at the three laboratory sessions is compulsory.
Contact
Privacy
© 2025 Northbridge University
"""

ES_COURSE = """Universidad del Valle Verde
Ir al contenido
Accesibilidad
Estudios
Investigación
Biblioteca
Campus virtual
Inicio > Estudios > Grado > Ingeniería Química > Asignaturas
Termodinámica Química (IQ-3120)
Créditos: 6 · Segundo cuatrimestre
La asignatura estudia los principios de la termodinámica aplicados a los procesos químicos, con especial atención al equilibrio entre fases y al equilibrio de las reacciones en la industria.
Al final del curso, el estudiante deberá ser capaz de calcular las condiciones de equilibrio de una mezcla sencilla y de interpretar diagramas de fases de sistemas binarios.
Evaluación
Un examen escrito (60% de la nota) y un trabajo en grupo sobre un proceso industrial real (40%). La asistencia a las prácticas de laboratorio es obligatoria.
Contacto
Privacidad
© 2025 Universidad del Valle Verde
"""

NEWS_WITH_KICKER = """The Daily Example
News
Sport
Business
Culture
Home > News > Politics
Local elections
Council leader loses seat as independents sweep the riverside wards
By Jane Doe
3 May 2025
The leader of the city council lost her seat on Thursday as independent candidates won five of the six riverside wards, ending twelve years of one-party control of the council chamber.
Turnout rose to 41 per cent, the highest in two decades, with long queues at polling stations near the embankment, where a planned tower block had dominated the campaign.
The independents said they would work with any group prepared to scrap the tower plan, and talks on forming a new administration are expected to start next week.
Share
Related stories
"""


@pytest.mark.parametrize(
    ("page", "title"),
    [(EN_COURSE, "Fluid Mechanics (CE-2104)"), (ES_COURSE, "Termodinámica Química (IQ-3120)")],
)
def test_a_short_name_under_the_breadcrumb_trail_is_the_title(page: str, title: str) -> None:
    record = clean_text(page.encode(), source="course.txt")
    assert record["title"] == title


def test_a_kicker_under_the_trail_does_not_outrank_the_headline_over_the_byline() -> None:
    record = clean_text(NEWS_WITH_KICKER.encode(), source="news.txt")
    assert record["title"] == "Council leader loses seat as independents sweep the riverside wards"


# --- a trail of two crumbs that ends with the heading's own text (probe12: a docs page had no title) ------------

DOCS_PAGE = """Tessel – a recipe manager for home brewers
Features
Download
Documentation
Forum
Documentation › Release notes
Release notes
This page lists the changes in every version since 3.0; older changes are in the archive.
Version 3.2.0
Published 18 November 2024
The bitterness calculator now handles dry hopping separately, and recipes can be exported to BeerXML with their fermentation notes.
A crash when importing a recipe with an empty malt list has been fixed, and mash temperatures are no longer rounded after a change of units.
Was this page helpful?
© 2024 Tessel project
"""

NEWS_KICKER_IS_LAST_CRUMB = """The Daily Example
News
Sport
Business
News › Politics
Politics
Council leader loses seat as independents sweep the riverside wards
By Jane Doe
3 May 2025
The leader of the city council lost her seat on Thursday as independent candidates won five of the six riverside wards, ending twelve years of one-party control of the council chamber.
Turnout rose to 41 per cent, the highest in two decades, with long queues at polling stations near the embankment, where a planned tower block had dominated the campaign.
The independents said they would work with any group prepared to scrap the tower plan, and talks on forming a new administration are expected to start next week.
Share
Related stories
"""


def test_a_heading_named_by_a_two_crumb_trail_is_the_title() -> None:
    record = clean_text(DOCS_PAGE.encode(), source="docs.txt")
    assert record["title"] == "Release notes"


def test_a_kicker_named_by_a_two_crumb_trail_does_not_outrank_the_headline() -> None:
    """The section's name under a trail that ends with it is a kicker over the headline, not the title."""
    record = clean_text(NEWS_KICKER_IS_LAST_CRUMB.encode(), source="news.txt")
    assert record["title"] == "Council leader loses seat as independents sweep the riverside wards"


def test_a_two_crumb_trail_over_another_line_gives_no_bonus() -> None:
    from cleaners.document import Line
    from cleaners.metadata import _under_crumb_trail

    lines = [Line(index=0, text="Documentation › Release notes", start=0, end=0), Line(index=1, text="Installation guide", start=0, end=0)]
    assert not _under_crumb_trail(lines, 1)
    lines[1] = Line(index=1, text="Release notes", start=0, end=0)
    assert _under_crumb_trail(lines, 1)


# --- a trail with spaced slashes, opening with the home page's name (xfail4: fi_tyopaikka_hakuilmoitus) ----------


@pytest.mark.parametrize(
    ("page", "title"),
    [(EN_COURSE, "Fluid Mechanics (CE-2104)"), (ES_COURSE, "Termodinámica Química (IQ-3120)")],
)
def test_a_short_name_under_a_slash_trail_is_the_title(page: str, title: str) -> None:
    record = clean_text(page.replace(" > ", " / ").encode(), source="course.txt")
    assert record["title"] == title


def test_a_kicker_under_a_slash_trail_does_not_outrank_the_headline() -> None:
    record = clean_text(NEWS_WITH_KICKER.replace(" > ", " / ").encode(), source="news.txt")
    assert record["title"] == "Council leader loses seat as independents sweep the riverside wards"


def test_a_row_of_slashed_fields_is_no_trail() -> None:
    """Without the home page's name first, a row of fields with slashes ("Savonlinna / Full-time / Permanent")
    gives the line under it no bonus."""
    from cleaners.document import Line
    from cleaners.metadata import _under_crumb_trail

    lines = [Line(index=0, text="Savonlinna / Full-time / Permanent", start=0, end=0),
             Line(index=1, text="Published 21 January 2025", start=0, end=0)]
    assert not _under_crumb_trail(lines, 1)
    lines[0] = Line(index=0, text="Home / Jobs / Health care / Nurse", start=0, end=0)
    assert _under_crumb_trail(lines, 1)


# --- a headline behind a one-word label under the trail (xfail4: el_kritiki_proionto_prodiagrafes) ---------------

EN_REVIEW = """GadgetBench
Home
Phones
Laptops
Audio
Sign in
Home › Reviews › Audio
Review: wireless headphones North Wind Q7
Good sound and a long battery life, but the noise cancelling falls behind the rest of the field
By Nick Palmer | 14 February 2025
Score: 7.5/10
Share
The Q7 are the company's new wireless headphones for anyone who wants something reliable for the daily commute without spending a fortune. We wore them for two weeks, on the metro, at the office and on a three-hour flight.
The build is mostly plastic, but the headphones never feel cheap. The ear pads are soft, and even after three hours of continuous use we felt no pressure on our ears.
Active noise cancelling cuts the steady drone of a plane well enough, but it lets the voices around you through. In that respect dearer models do clearly better.
Related reviews
"""


def test_a_labelled_headline_under_the_trail_outranks_its_standfirst() -> None:
    record = clean_text(EN_REVIEW.encode(), source="review.txt")
    assert record["title"] == "Review: wireless headphones North Wind Q7"


@pytest.mark.parametrize(("text", "bonus"), [
    ("Review: wireless headphones North Wind Q7", True),
    ("Original title: Council approves the new tram line", False),  # a field's label of two words
    ("Originaltitel: Stadtrat beschließt die neue Straßenbahnlinie", False),
    ("Título original: El ayuntamiento aprueba la nueva línea de tranvía", False),
    ("Původní název: Zastupitelé schválili novou tramvajovou trať", False),
    ("Оригинальное название: Горсовет утвердил новую линию трамвая", False),
    ("Titre original : Le conseil adopte la nouvelle ligne de tram", False),  # (a space before the colon: no label)
    ("Travel advisory: Country name", True),  # a notice's kind over its subject
    ("Metsän kätköissä: Karhuemo ja pennut", True),  # a series' name over its episode's
    ("Test: Nuevo portátil ligero de la marca, a fondo", True),
    ("Recenzja: nowe słuchawki bezprzewodowe North Wind Q7", True),
    ("Source: Reuters", False),  # a field's short value
    ("原标题：县域冷链物流加速补短板", False),
])
def test_which_labelled_lines_under_a_trail_are_headings(text: str, bonus: bool) -> None:
    from cleaners.document import Line
    from cleaners.metadata import _under_crumb_trail

    lines = [Line(index=0, text="Home › News › Transport", start=0, end=0), Line(index=1, text=text, start=0, end=0)]
    assert _under_crumb_trail(lines, 1) is bonus
