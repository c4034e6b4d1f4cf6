"""A page's navigation trail (patterns.is_breadcrumb, rule "breadcrumb" of boilerplate.furniture_rule) is removed
wherever the run's start lands: "Sie sind hier: Startseite > Ausschüsse > ..." over a hearing's transcript and
"الرئيسية / الإعلانات / ..." over a notice were kept, the run pulled up over them by the header under them (and the
German page's headline lost to the line under it). Negatives: sentences that name a home page, two slashed words
that may head a table, a segment that is a sentence."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners import patterns
from cleaners.boilerplate import classify, furniture_rule, line_features
from cleaners.segment import BODY


def _rule(text: str, language: str) -> str | None:
    f = line_features(text, language)
    f.cls = classify(f)
    found = furniture_rule(text, BODY, f)
    return found[0] if found else None


TRAILS = [
    ("Sie sind hier: Startseite > Ausschüsse > Umweltausschuss > Protokolle", "de"),
    ("You are here: Home", "en"),
    ("Home › Shows › The Long Table › Episode 142", "en"),
    ("Vous êtes ici : Accueil > Informations légales > Conditions générales", "fr"),
    ("الرئيسية / الإعلانات / إعلان عن فتح باب التقديم لدعم صغار المزارعين", "ar"),
    ("Início > Ensino > Graduação > Engenharia Ambiental > Disciplinas", "pt"),
    ("首页>新闻>国内", "zh"),
    ("トップ > 暮らし > 住まい > 引っ越し", "ja"),
    ("Главная / Статьи / Python", "ru"),
]


@pytest.mark.parametrize(("text", "language"), TRAILS)
def test_a_navigation_trail_is_furniture(text: str, language: str) -> None:
    assert patterns.is_breadcrumb(text)
    assert _rule(text, language) == "breadcrumb"


@pytest.mark.parametrize(("text", "language"), [
    ("Home is where the heart is > everything.", "en"),
    ("Home prices rose 5% / year in the region over the decade.", "en"),
    ("Home / Away", "en"),  # two words between slashes: a table's header as well
    ("Home > He said the plan was dead. > Nobody listened.", "en"),  # segments that are sentences
    ("Startseite", "de"),
    ("Die Startseite der Behörde zeigt seit Montag die neuen Öffnungszeiten.", "de"),
])
def test_text_that_names_a_home_page_is_no_trail(text: str, language: str) -> None:
    assert not patterns.is_breadcrumb(text)
    assert _rule(text, language) != "breadcrumb"


HEARING = [
    "Vorsitzende Karin Wolff: Ich eröffne die Anhörung und begrüße die Sachverständigen. Jeder Gast hat zunächst "
    "fünf Minuten für eine Stellungnahme, danach folgen die Fragen der Fraktionen.",
    "Sachverständiger Dr. Jens Albrecht: Vielen Dank, Frau Vorsitzende. Kleine Bäche machen den größten Teil "
    "unseres Gewässernetzes aus, werden aber bei Planungen kaum beachtet.",
    "Sachverständige Petra Neumann: Aus Sicht der Landwirtschaft ist der Randstreifen grundsätzlich tragbar. Wir "
    "brauchen aber einen Ausgleich für Flächen, die nicht mehr bewirtschaftet werden können.",
]


def test_a_labelled_trail_over_the_headline_is_removed() -> None:
    trail = "Sie sind hier: Startseite > Ausschüsse > Umweltausschuss > Protokolle"
    doc = boilerplate_doc(["Landtag", "Startseite", "Plenum", "Presse", trail,
                           "Öffentliche Anhörung zum Entwurf eines Gesetzes über kleine Fließgewässer",
                           "Datum: 12.02.2025", *HEARING, "Seite drucken", "Impressum"], "de")
    removed = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert removed.get(trail) == "boilerplate:breadcrumb"
    assert set(HEARING) <= {line.text for line in doc.kept_lines()}
