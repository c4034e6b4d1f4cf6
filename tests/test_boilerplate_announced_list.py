"""A list that the article announces with a colon is the article's (boilerplate.sandwich_discount).

A how-to lists what you need between its introduction and its steps ("What you'll need:" over "Ruler",
"Moss"): bare words, like a menu's, which cut the article in two, and the introduction was lost with the list.
Negatives: the same words with no announcement stay out; a long line with a colon announces nothing, and a
title-cased headline is no item.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.boilerplate import _announced_item, _list_announcement, line_features
from cleaners.document import Document, Line

HOWTOS = {
    "es": (
        "Una lámpara con un tarro de cristal se monta en una tarde y da una luz cálida muy agradable para la "
        "terraza, siempre que el cable quede bien sujeto y lejos del agua.",
        "Materiales:",
        ["Tarro de cristal", "Portalámparas", "Cable textil", "Bombilla", "Taladro", "Destornillador",
         "Alicates"],
        "Primero marca el centro de la tapa del tarro y haz un agujero con el taladro del tamaño justo "
        "para que pase el portalámparas.",
        "Después pasa el cable por la tapa, conéctalo al portalámparas con el destornillador y enrosca la "
        "bombilla antes de cerrar el tarro.",
    ),
    "de": (
        "Ein Vogelhaus aus Holzresten ist an einem Nachmittag gebaut, und schon im ersten Winter kommen "
        "Meisen und Spatzen, wenn es an einem ruhigen Platz hängt, an den keine Katze herankommt.",
        "Sie brauchen:",
        ["Ein Brett", "Holzleim", "Schrauben", "Akkuschrauber", "Säge", "Schleifpapier", "Leinöl"],
        "Sägen Sie zuerst die Seitenteile, den Boden und die beiden Dachhälften zu und schleifen Sie alle "
        "Kanten glatt, damit sich die Vögel nicht verletzen.",
        "Leimen und verschrauben Sie dann die Teile, und streichen Sie das Haus zum Schluss außen mit "
        "Leinöl, das das Holz vor Regen schützt.",
    ),
    "ja": (
        "牛乳パックで作る小物入れは、はさみとのりがあれば三十分ほどで完成します。子どもと一緒に作るのにもぴったりで、好きな紙を貼れば見た目も楽しくなります。",
        "用意するもの：",
        ["牛乳パック", "はさみ", "のり", "定規", "包装紙", "マスキングテープ"],
        "まず牛乳パックをよく洗って乾かし、底から十センチのところに定規で線を引いて、はさみで切り取ります。",
        "次に包装紙を側面の大きさに合わせて切り、のりで貼ります。最後にふちをマスキングテープで覆えば完成です。",
    ),
}
NAV = ["Inicio", "Bricolaje", "Jardín", "Cocina", "Buscar"]
FOOT = ["Compartir", "Boletín", "Aviso legal", "© 2025 Ejemplo"]


def _kept(doc: Document) -> set[str]:
    return {line.text for line in doc.lines if line.removal is None}


@pytest.mark.parametrize("language", sorted(HOWTOS))
def test_announced_list_between_intro_and_steps_is_kept(language: str) -> None:
    intro, announcement, items, *steps = HOWTOS[language]
    doc = boilerplate_doc([*NAV, "Título de la página", intro, announcement, *items, *steps, *FOOT], language)
    article = {intro, announcement, *items, *steps}
    assert article <= _kept(doc), article - _kept(doc)
    assert not set(NAV[1:]) & _kept(doc)


@pytest.mark.parametrize("language", sorted(HOWTOS))
def test_the_same_words_unannounced_are_a_menu(language: str) -> None:
    """Without the colon line, bare words between the introduction and the steps are scored as a menu."""
    intro, _, items, *steps = HOWTOS[language]
    doc = boilerplate_doc([*NAV, "Título de la página", intro, *items, *steps, *FOOT], language)
    assert not set(items) & _kept(doc)
    assert set(steps) <= _kept(doc)


@pytest.mark.parametrize(
    ("text", "announces"),
    [("Ce qu'il vous faut :", True), ("用意するもの：", True), ("Sie brauchen", False),
     ("Das folgende Werkzeug sollten Sie vor dem Beginn der Arbeiten unbedingt griffbereit haben:", False)],
)
def test_list_announcement(text: str, announces: bool) -> None:
    lang = "ja" if "用" in text else "fr"
    assert _list_announcement(Line(0, text, 0, len(text)), line_features(text, lang)) is announces


@pytest.mark.parametrize(
    ("text", "item"),
    [("Cable textil", True), ("牛乳パック", True), ("Die Besten Nistkästen Für Meisen Im Test", False)],
)
def test_announced_item(text: str, item: bool) -> None:
    lang = "ja" if "牛" in text else "de"
    assert _announced_item(Line(0, text, 0, len(text)), line_features(text, lang)) is item
