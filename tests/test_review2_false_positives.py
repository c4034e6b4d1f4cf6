"""Review (review2) of merge 3fb2842 (xfails): inputs on which the new rules misfire, each a strict XFAIL.

Every case passes at 6a049e5 (before the merge) and fails at 3fb2842: the merge caused it. A fix turns the XFAIL
into an XPASS, which fails (strict): then drop the mark.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

# An article in sections (a lead, two headed sections), as the closing-section and newsletter cases below go on.
FLOOD_ARTICLE = """The Daily Example
News
Sport
Business
Culture
How the river town rebuilt its flood defences
By Jane Doe
3 June 2025
Two years after the worst flood in living memory, the town has finished building a new wall along the river, paid for by the regional government and a levy on local businesses.
Background
The flood of 2023 covered the main square in more than a metre of water and closed the railway station for three weeks, leaving hundreds of families without homes for the winter.
The new wall
The wall runs for two kilometres along the east bank and can be raised by another half metre with steel panels that are kept in a depot next to the bridge.
Engineers say it should hold back a flood twice as large as the one that struck the town two years ago, though some residents still doubt it.
"""

CS15 = FLOOD_ARTICLE + """Weather
Sunny on Saturday, then heavy rain for most of Sunday afternoon.
Traffic
Roadworks on the ring road will cause long delays until Friday.
Privacy
Terms
"""

CS5 = FLOOD_ARTICLE + """Opinion
Why the town should have moved away from the river instead.
Sport
Local side wins the cup after a late penalty in the final.
Weather
Sunny on Saturday, then heavy rain for most of Sunday afternoon.
Privacy
Terms
"""

CS6 = """Diario del Valle
Portada
Local
Deportes
Cultura
El ayuntamiento aprueba el nuevo carril bici junto al río
Por Ana García
3 de junio de 2025
El pleno del ayuntamiento aprobó el martes el nuevo carril bici junto al río, después de dos años de debate sobre el reparto del espacio entre coches y bicicletas.
Las obras
El carril tendrá cuatro kilómetros desde el puente viejo hasta la estación, y las obras durarán unos ocho meses según el calendario municipal.
Las críticas
Los comerciantes temen perder plazas de aparcamiento, aunque una encuesta muestra que la mayoría de los vecinos apoya el proyecto.
Quiénes somos
Diario del Valle es un periódico independiente fundado en 1998 en la comarca.
Publicidad
Anúnciese con nosotros y llegue a miles de lectores cada día de la semana.
Aviso legal
Privacidad
"""

CS14 = FLOOD_ARTICLE + """Podcast
Listen to our weekly podcast on politics in the river valley.
Privacy
Terms
"""

# A blog post, as the comment-thread cases below go on.
GARDEN_POST = """Garden Notes
Home
Blog
Recipes
About
How to grow tomatoes on a balcony
Posted on 3 June 2025 by Anna
Tomatoes grow well in pots as long as they get at least six hours of sun a day and plenty of water during the hottest weeks of summer.
Pick a bush or dwarf variety for a small balcony, since tall vines need strong stakes and a lot of room to spread out.
Water the pots every morning in July and August, and add a liquid feed once a week once the first flowers have set.
"""

FH10 = GARDEN_POST + """Have your say
Mark
4 June 2025
Great tips, thank you! I tried this last year and my plants got far too tall for the balcony railing.
Like
Reply
Susan
5 June 2025
Mine did well in a big bucket with holes drilled in the bottom, and the cherry ones were the sweetest I have ever grown.
Like
Reply
Privacy
Terms
"""

FH6 = GARDEN_POST + """Conversation
Mark
4 June 2025
Great tips, thank you! I tried this last year and my plants got far too tall for the balcony railing.
Like
Reply
Susan
5 June 2025
Mine did well in a big bucket with holes drilled in the bottom, and the cherry ones were the sweetest I have ever grown.
Like
Reply
Privacy
Terms
"""

FH21 = """Horta em Casa
Início
Blog
Receitas
Como cultivar tomates na varanda
Publicado em 3 de junho de 2025 por Ana
Os tomates crescem bem em vasos, desde que recebam pelo menos seis horas de sol por dia e bastante água nas semanas mais quentes do verão.
Escolha uma variedade anã para uma varanda pequena, porque as trepadeiras altas precisam de estacas fortes e de muito espaço.
Regue os vasos todas as manhãs em julho e agosto e acrescente adubo líquido uma vez por semana depois das primeiras flores.
Leserstimmen
Marcos
4 de junho de 2025
Ótimas dicas, obrigado! Tentei no ano passado e as plantas ficaram altas demais para o parapeito da varanda.
Gefällt mir
Antworten
Susana
5 de junho de 2025
Os meus cresceram bem num balde grande com furos no fundo, e os tomates-cereja foram os mais doces que já colhi.
Gefällt mir
Antworten
Privacidade
Termos
"""

# A review with its info rows, as the value-row cases below go on.
CITY_GUIDE_REVIEW = """City Guide
Eat
Drink
See
Shop
A new play about the river opens at the old theatre
By Jane Doe
3 May 2025
The new play follows three generations of a family of boatmen, from the last days of the barges to the new flats that now line the old docks.
The cast of six move between the decades without a change of costume, and the set is little more than a long wooden jetty and a lamp.
It is funny, sad and at two hours a little too long, but the last scene, in which the youngest son rows out alone, stays with you.
Venue: Old Theatre, Dock Street
Dates: 3 May to 14 June
"""

VR6 = CITY_GUIDE_REVIEW + """Rent rises 12% in 2025
Mayor quits after 3 years
Top 5 brunch spots
Privacy
Terms
"""

VR7 = CITY_GUIDE_REVIEW + """Hotels from £49
Flights from £29
Theatre breaks from £99
Privacy
"""

SD10 = """The Daily Example
News
Sport
Business
Council leader loses seat as independents sweep the riverside wards
Photo by Reuters, 12 March 2024.
The independent candidates won eleven of the fourteen riverside wards on Thursday, ending twenty years of control by the two main parties in the east of the city.
The council leader lost her own seat by fewer than two hundred votes and said she would not ask for a recount, thanking the volunteers who had campaigned with her.
Turnout rose to almost forty per cent, the highest figure for a local election in the city since the wards were redrawn in 2004.
Privacy
Terms
"""

NL1 = FLOOD_ARTICLE + """Newsletter 2025
Privacy
Terms
"""


def _record(page: str) -> dict:
    return clean_text(page.encode(), source="page.txt").data


def _body(page: str) -> str:
    return "\n".join(p["text"] for p in clean_text(page.encode(), source="page.txt").paragraphs)




@pytest.mark.parametrize(
    ("page", "leak"),
    [
        (CS15, "Roadworks on the ring road"),
        (CS5, "Why the town should have moved away"),
        (CS6, "Diario del Valle es un periódico independiente"),
        (CS14, "Listen to our weekly podcast"),
    ],
)
def test_widget_pairs_after_a_sectioned_article_stay_out(page: str, leak: str) -> None:
    body = _body(page)
    assert "Engineers say it should hold back" in body or "Los comerciantes temen" in body
    assert leak not in body


@pytest.mark.parametrize("page", [FH10, FH6, FH21])
def test_a_comment_thread_under_an_unrecognized_heading_stays_out(page: str) -> None:
    body = _body(page)
    assert "Water the pots every morning" in body or "Regue os vasos" in body
    assert "cherry ones were the sweetest" not in body and "tomates-cereja" not in body


@pytest.mark.parametrize(("page", "leak"), [(VR6, "Mayor quits after 3 years"), (VR7, "Flights from £29")])
def test_teaser_lines_under_an_info_box_stay_out(page: str, leak: str) -> None:
    body = _body(page)
    assert "the youngest son rows out alone" in body
    assert leak not in body


def test_a_photo_credit_date_is_no_publication_date() -> None:
    assert _record(SD10).get("published") is None


def test_a_newsletter_link_after_the_article_stays_out() -> None:
    assert "Newsletter 2025" not in _body(NL1)
