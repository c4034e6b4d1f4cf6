"""A list that the article announces with a colon is the article's (boilerplate.sandwich_discount).

A how-to lists what you need between its introduction and its steps ("What you'll need:" over "Ruler",
"Moss"): bare words, like a menu's, which cut the article in two, and the introduction was lost with the list.
Negatives: the same words with no announcement stay out; a long line with a colon announces nothing, and a
title-cased headline is no item.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

from cleaners.boilerplate import _announced_item, _list_announcement, line_features
from cleaners.document import Line

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


# --- a paragraph of one sentence that announces the list (xfail4: review4b's Georgian list) ------------------------

SCHOOL = {
    "en": (
        "According to the education ministry, more than three hundred thousand pupils will start studying in the "
        "country's schools this year and several changes await them.",
        "The ministry also published the list of things a first-grader will need:",
        ["Backpack", "Notebooks", "Pencils", "Eraser", "Ruler"],
        "Parents are advised to buy the items in advance, because at the beginning of September queues form in "
        "the shops and prices rise.",
    ),
    "ka": (
        "განათლების სამინისტროს ინფორმაციით, ახალ სასწავლო წელს ქვეყნის სკოლებში სამასი ათასზე მეტი მოსწავლე "
        "დაიწყებს სწავლას და მათთვის რამდენიმე სიახლე იქნება.",
        "სამინისტრომ ასევე გამოაქვეყნა იმ ნივთების სია, რომლებიც პირველკლასელს დასჭირდება:",
        ["ზურგჩანთა", "რვეულები", "ფანქრები", "საშლელი", "სახაზავი"],
        "მშობლებს ურჩევენ, რომ ნივთები წინასწარ შეიძინონ, რადგან სექტემბრის დასაწყისში მაღაზიებში რიგები დგება "
        "და ფასებიც იზრდება.",
    ),
}


@pytest.mark.parametrize("language", sorted(SCHOOL))
def test_a_list_announced_by_a_paragraph_is_kept(language: str) -> None:
    lead, announcement, items, after = SCHOOL[language]
    doc = boilerplate_doc([*NAV, "Título de la página", lead, announcement, *items, after, *FOOT], language)
    kept = [line.text for line in doc.kept_lines()]
    assert items[0] in kept and after in kept


@pytest.mark.parametrize(("text", "announces"), [
    ("The ministry also published the list of things a first-grader will need:", True),
    ("Prices rose again. The ministry published the list of things a pupil will need:", False),  # two sentences
    ("The ministry also published the list of things a first-grader will need.", False),  # no colon
])
def test_announcing_sentence(text: str, announces: bool) -> None:
    from cleaners.boilerplate import _announcing_sentence

    line = Line(index=0, text=text, start=0, end=len(text))
    assert _announcing_sentence(line, line_features(text, "en")) is announces
