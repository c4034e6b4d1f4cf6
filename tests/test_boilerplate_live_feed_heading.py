"""A live feed's heading alone on its line ("Happening now", "Gerade passiert", "Právě se děje") over other stories'
headlines heads a list of other articles; the same words among others ("What is happening now in the harbour",
"Was gerade passiert ist", "Just in time for Christmas") are a sentence or a section heading, and a feed heading over
the article's prose keeps the prose."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_set as _kept


@pytest.mark.parametrize(("text", "language"), [
    ("Happening now", "en"), ("Gerade passiert", "de"), ("Právě se děje", "cs"),
    ("Práve sa deje", "sk"), ("Dzieje się teraz", "pl"), ("Ahora mismo", "es"),
    ("Acontece agora", "pt"), ("Sta succedendo", "it"), ("Прямо сейчас", "ru"), ("Just nu", "sv"),
])
def test_a_live_feed_heading_heads_a_list(text: str, language: str) -> None:
    assert line_rule(text, language) == "list-heading"


@pytest.mark.parametrize(("text", "language"), [
    ("What is happening now in the harbour", "en"), ("Was gerade passiert ist", "de"), ("En ce moment à Lyon", "fr"),
    ("Ahora mismo no hay agua", "es"), ("Just in", "en"), ("En ce moment", "fr"),
    ("Co se právě děje na hranicích", "cs"),
])
def test_the_words_among_others_head_no_list(text: str, language: str) -> None:
    assert line_rule(text, language) != "list-heading"


PAGES = {
    "de": (
        [
            "Die Backstube in der Hauptstraße ist seit vier Generationen im Besitz derselben Familie. Doch die "
            "Stromrechnung hat sich im vergangenen Jahr fast verdoppelt.",
            "„Wir heizen die Öfen jeden Morgen um drei Uhr an, daran führt kein Weg vorbei“, sagt Bäckermeister Ralf "
            "Simon. Er hat bereits zwei Aushilfen entlassen.",
            "Die Innung hat ihre Mitglieder im Herbst befragt. Fast jeder dritte Betrieb plant, im kommenden Jahr die "
            "Öffnungszeiten zu verkürzen.",
            "Die Handwerkskammer bietet inzwischen eine kostenlose Energieberatung an. Bisher haben rund 40 Betriebe "
            "davon Gebrauch gemacht.",
        ],
        ["Gerade passiert", "Unfall auf der A7: Vollsperrung bei Kassel", "Stadtrat beschließt neuen Haushalt"],
    ),
    "cs": (
        [
            "Kraj od března zavede tři nové autobusové linky, které spojí horské obce s okresním městem. Spoje budou "
            "jezdit i o víkendech.",
            "Podle náměstka pro dopravu se na linky čekalo téměř deset let. Obce se na provozu budou podílet částkou "
            "podle počtu obyvatel.",
            "Nové autobusy budou nízkopodlažní a vybavené místem pro kočárky i jízdní kola. Dopravce je převezme ještě "
            "letos na podzim.",
            "Starostové obcí rozhodnutí přivítali. Podle nich se zlepší dostupnost lékaře i školy pro děti, které "
            "dosud dojížděly s rodiči.",
        ],
        ["Právě se děje", "Na dálnici D1 se srazila tři auta", "Zastupitelstvo schválilo rozpočet na příští rok"],
    ),
    "en": (
        [
            "The island's ferry operator will run two extra sailings a day through the winter, after carrying more "
            "passengers this summer than ever.",
            "The company said bookings for the school holidays in February had already passed last year's total by "
            "the end of November.",
            "The new timetable will be published next week. Fares for islanders will stay the same, while visitors "
            "will pay a little more.",
            "Local businesses welcomed the decision, saying winter had always been the hardest time for anyone who "
            "relied on day visitors.",
        ],
        ["Happening now", "Storm warning issued for the north coast", "Council approves new parking charges"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_feed_between_paragraphs_is_removed_and_the_article_goes_on(lang: str) -> None:
    paras, box = PAGES[lang]
    doc = boilerplate_doc(["Home", "News", *paras[:2], *box, *paras[2:], "© 2025 Example"], lang)
    kept = _kept(doc)
    assert set(paras) <= kept
    assert not set(box) & kept


def test_a_feed_heading_over_prose_keeps_the_prose() -> None:
    paras, _ = PAGES["en"]
    doc = boilerplate_doc(["Home", "News", *paras[:2], "Happening now", *paras[2:], "© 2025 Example"], "en")
    assert set(paras) <= _kept(doc)
