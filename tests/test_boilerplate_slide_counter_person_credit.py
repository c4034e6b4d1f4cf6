"""A labelled slideshow counter alone ("Bild 1 von 5") and a short photo credit naming a person ("Foto: Jan Dvořák").

- A counter alone on its line whose label names a picture or a slide ("Item 1 of 2", "Bild 1 von 5", "Fotografie 1 z
  6", "Фото 3 из 10") is a gallery's, even with no second counter of its total to chain to (a bare "3 of 10" may be
  a score; "Runde 1 von 5" a round). A counter past its total reads no slide.
- A photo label in any language, a colon and a person's name of two to four capitalised words, maybe an agency
  after a slash or a comma, is a credit. A caption behind the label ("Foto: Ein Blick in die Backstube"), a credit
  to the paper in capitals or an agency alone stay (the dev gold keeps "Foto: <PAPER>" between paragraphs).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_set as _kept


@pytest.mark.parametrize(("text", "language"), [
    ("Item 1 of 2", "en"), ("Slide 3 of 12", "en"), ("Bild 1 von 5", "de"), ("Fotografie 1 z 6", "cs"),
    ("Zdjęcie 2 z 8", "pl"), ("Фото 3 из 10", "ru"), ("Foto 2 di 12", "it"), ("Imagen 4 de 9", "es"),
    ("Foto 1 van 7", "nl"), ("Bild 2 av 6", "sv"),
])
def test_a_labelled_counter_alone_is_a_gallerys(text: str, language: str) -> None:
    assert line_rule(text, language) == "gallery"


@pytest.mark.parametrize(("text", "language"), [
    ("Runde 1 von 5", "de"), ("3 of 10", "en"), ("Foto 12 di 3", "it"), ("Kapitel 2 von 8", "de"),
    ("Item 1 of 2: the council's budget", "en"), ("Zápas 1 z 3", "cs"),
])
def test_other_counters_are_no_gallerys(text: str, language: str) -> None:
    assert line_rule(text, language) != "gallery"


@pytest.mark.parametrize(("text", "language"), [
    ("Foto: Jan Dvořák", "cs"), ("Foto: Jonas Mehlhorn", "de"), ("Fotó: Kovács Péter", "hu"),
    ("Zdjęcie: Anna Nowak/PAP", "pl"), ("Foto: Juan Pérez, EFE", "es"), ("Foto: Ana de Souza", "pt"),
    ("Фото: Иван Петров", "ru"), ("Bild: Lena van der Berg / dpa", "de"),
])
def test_a_short_credit_naming_a_person_is_removed(text: str, language: str) -> None:
    assert line_rule(text, language) == "image-credit"


@pytest.mark.parametrize(("text", "language"), [
    ("Foto: LA NACION", "es"), ("Foto: dpa", "de"), ("Foto: ČTK", "cs"), ("Foto: Ein Blick in die Backstube", "de"),
    ("Bild: So sah der Marktplatz früher aus", "de"), ("Bild: Blick vom Rathausturm", "de"),
    ("Foto: Jan Dvořák fotografoval náměstí z věže kostela.", "cs"), ("Fotó: a felújított híd", "hu"),
])
def test_other_labelled_lines_are_no_person_credits(text: str, language: str) -> None:
    assert line_rule(text, language) != "image-credit"


PARAS = {
    "cs": [
        "Kraj od března zavede tři nové autobusové linky, které spojí horské obce s okresním městem. Spoje budou "
        "jezdit i o víkendech.",
        "Podle náměstka pro dopravu se na linky čekalo téměř deset let. Obce se na provozu budou podílet částkou "
        "podle počtu obyvatel.",
        "Nové autobusy budou nízkopodlažní a vybavené místem pro kočárky i jízdní kola. Dopravce je převezme ještě "
        "letos na podzim.",
        "Starostové obcí rozhodnutí přivítali. Podle nich se zlepší dostupnost lékaře i školy pro děti, které dosud "
        "dojížděly s rodiči.",
    ],
    "de": [
        "Die Backstube in der Hauptstraße ist seit vier Generationen im Besitz derselben Familie. Doch die "
        "Stromrechnung hat sich im vergangenen Jahr fast verdoppelt.",
        "„Wir heizen die Öfen jeden Morgen um drei Uhr an, daran führt kein Weg vorbei“, sagt Bäckermeister Ralf "
        "Simon. Er hat bereits zwei Aushilfen entlassen.",
        "Die Innung hat ihre Mitglieder im Herbst befragt. Fast jeder dritte Betrieb plant, im kommenden Jahr die "
        "Öffnungszeiten zu verkürzen.",
        "Die Handwerkskammer bietet inzwischen eine kostenlose Energieberatung an. Bisher haben rund 40 Betriebe "
        "davon Gebrauch gemacht.",
    ],
}
BOXES = {"cs": ["Fotografie 1 z 6", "Foto: Jan Dvořák"], "de": ["Bild 1 von 5", "Foto: Jonas Mehlhorn"]}


@pytest.mark.parametrize("lang", sorted(PARAS))
def test_a_counter_and_credit_between_paragraphs_go_and_the_article_goes_on(lang: str) -> None:
    paras = PARAS[lang]
    doc = boilerplate_doc(["Home", "News", *paras[:2], *BOXES[lang], *paras[2:], "© 2025 Example"], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert not set(BOXES[lang]) & kept


PARAS["es"] = [
    "El ayuntamiento abrirá en marzo el nuevo mercado de abastos, tras dos años de obras que costaron 4,2 millones "
    "de euros.",
    "Los comerciantes podrán instalarse a partir del día 3. La mitad de los puestos ya tiene adjudicatario, según "
    "el concejal de Comercio.",
    "El edificio tendrá placas solares en la cubierta y un aparcamiento para bicicletas con cuarenta plazas.",
    "Los vecinos del barrio llevaban una década reclamando un mercado cubierto cerca de la plaza mayor.",
]
PARAS["pl"] = [
    "Miasto od marca uruchomi trzy nowe linie autobusowe, które połączą osiedla na obrzeżach z centrum.",
    "Według wiceprezydenta na nowe połączenia mieszkańcy czekali prawie dziesięć lat. Bilety będą kosztować tyle "
    "samo co dotąd.",
    "Nowe autobusy będą niskopodłogowe i wyposażone w miejsca na wózki oraz rowery. Przewoźnik odbierze je jesienią.",
    "Radni z dzielnic przyjęli decyzję z zadowoleniem. Ich zdaniem poprawi się dojazd do szkół i przychodni.",
]
CREDITS = {"cs": "Foto: Jan Dvořák", "de": "Foto: Jonas Mehlhorn", "es": "Foto: Ana García", "pl": "Zdjęcie: Anna Nowak"}


@pytest.mark.parametrize("lang", sorted(CREDITS))
def test_a_credit_alone_between_two_paragraphs_stays(lang: str) -> None:
    """No caption and no counter over it: the article's own credit between its paragraphs stays (as
    mark_caption_credits leaves it), in any language."""
    paras = PARAS[lang]
    doc = boilerplate_doc(["Home", "News", *paras[:2], CREDITS[lang], *paras[2:], "© 2025 Example"], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert CREDITS[lang] in kept


@pytest.mark.parametrize("lang", sorted(CREDITS))
def test_a_credit_after_the_last_paragraph_still_goes(lang: str) -> None:
    """Under the last paragraph, with the page's footer under it, the credit is no line between paragraphs."""
    paras = PARAS[lang]
    doc = boilerplate_doc(["Home", "News", *paras, CREDITS[lang], "© 2025 Example"], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert CREDITS[lang] not in kept
