"""mark_author_bio with the byline's first name alone: "Jane is a reporter for the Courier." closing the article
under a byline "By Jane Doe" is the author's bio, as "Jane Doe is ..." is. It must be one short sentence; a last
paragraph that opens with someone else's first name, with the first name of an author whose byline gives one word,
or that goes on for two sentences stays.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_texts as _kept

from cleaners.document import Document

BIO_RULE = "boilerplate:author-bio"


def _bio(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule == BIO_RULE]


# (head with a byline, article, first-name bio) per language.
PAGES = {
    "en": (
        ["Home", "News", "Town council approves new bus routes", "By Julia Hartmann", "March 3, 2024"],
        [
            "The town council voted on Tuesday to approve three new bus routes that will link the northern suburbs "
            "with the hospital and the train station from the start of next month.",
            "The routes will run every twenty minutes during the day and every hour in the evening, and the fares "
            "will stay the same as on the existing lines, the council said in a statement.",
            "Residents of the northern suburbs have asked for a direct connection to the hospital for years, and a "
            "petition last spring collected more than four thousand signatures.",
            "The council expects the new routes to carry about two thousand passengers a day once they are running.",
        ],
        "Julia is a local news reporter for the Courier.",
    ),
    "es": (
        ["Portada", "Local", "El ayuntamiento aprueba nuevas líneas de autobús", "Por Marta Quintero", "3 de marzo de 2024"],
        [
            "El pleno municipal aprobó el martes tres nuevas líneas de autobús que unirán los barrios del norte con "
            "el hospital y la estación de tren a partir del mes que viene.",
            "Los autobuses pasarán cada veinte minutos durante el día y cada hora por la noche, y el billete costará "
            "lo mismo que en las líneas actuales, según un comunicado del ayuntamiento.",
            "Los vecinos del norte llevan años pidiendo una conexión directa con el hospital, y una recogida de "
            "firmas reunió la primavera pasada más de cuatro mil apoyos.",
            "El ayuntamiento calcula que las nuevas líneas llevarán unos dos mil viajeros al día.",
        ],
        "Marta es periodista de la sección de local y escribe sobre transporte.",
    ),
    "pt": (
        ["Início", "Cidade", "Câmara aprova novas linhas de ônibus", "Por Beatriz Fontes", "3 de março de 2024"],
        [
            "A câmara municipal aprovou na terça-feira três novas linhas de ônibus que vão ligar os bairros do norte "
            "ao hospital e à estação de trem a partir do próximo mês.",
            "Os ônibus vão passar a cada vinte minutos durante o dia e a cada hora à noite, e a passagem custará o "
            "mesmo que nas linhas atuais, segundo um comunicado da prefeitura.",
            "Os moradores do norte pedem há anos uma ligação direta com o hospital, e um abaixo-assinado reuniu na "
            "primavera passada mais de quatro mil assinaturas.",
            "A prefeitura calcula que as novas linhas vão transportar cerca de dois mil passageiros por dia.",
        ],
        "Beatriz é repórter de cidades e escreve sobre transporte público.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_bio_opening_with_the_bylines_first_name_is_removed(lang: str) -> None:
    head, article, bio = PAGES[lang]
    doc = boilerplate_doc([*head, *article, bio], lang)
    assert _bio(doc) == [bio]
    assert set(article) <= set(_kept(doc))


@pytest.mark.parametrize(("lang", "last"), [
    # Someone else's first name.
    ("en", "Thomas is happy: he will no longer need two buses to reach his job at the hospital."),
    ("es", "Rosa está contenta: ya no necesitará dos autobuses para llegar a su trabajo en el hospital."),
    # The author's first name, but two sentences: the article's own close.
    ("en", "Julia is one of the residents who signed the petition. She says the new line will save her an hour."),
    ("pt", "Beatriz é uma das moradoras que assinaram. Ela diz que a nova linha vai lhe poupar uma hora por dia."),
])
def test_other_last_paragraphs_stay(lang: str, last: str) -> None:
    head, article, _ = PAGES[lang]
    doc = boilerplate_doc([*head, *article, last], lang)
    assert _bio(doc) == []
    assert last in _kept(doc)


def test_first_name_without_a_byline_stays() -> None:
    head, article, bio = PAGES["en"]
    doc = boilerplate_doc([h for h in head if not h.startswith("By ")] + [*article, bio], "en")
    assert bio in _kept(doc)


# A person of the article who shares the author's first name, named in a paragraph, then quoted in the last line.
NAMESAKES = {
    "en": ("Julia Becker, a nurse who lives in the northern suburbs, has campaigned for a direct line for years and "
           "collected signatures outside the supermarket every Saturday.",
           "Julia says she will finally be able to leave her car at home."),
    "es": ("Marta Gil, enfermera y vecina del barrio norte, lleva años pidiendo una línea directa y recogió firmas "
           "cada sábado a la puerta del mercado.",
           "Marta dice que por fin podrá dejar el coche en casa."),
    "pt": ("Beatriz Lima, enfermeira e moradora do bairro norte, pede há anos uma linha direta e recolheu "
           "assinaturas todos os sábados na porta do mercado.",
           "Beatriz diz que finalmente vai poder deixar o carro em casa."),
}


@pytest.mark.parametrize("lang", sorted(NAMESAKES))
def test_a_closing_line_about_the_authors_namesake_in_the_article_stays(lang: str) -> None:
    head, article, _ = PAGES[lang]
    named, last = NAMESAKES[lang]
    doc = boilerplate_doc([*head, article[0], named, *article[1:], last], lang)
    assert _bio(doc) == []
    assert last in _kept(doc)
