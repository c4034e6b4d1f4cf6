"""A summary list between the byline and the first paragraph is the article's (boilerplate.extend_head).

The run search starts at the first good paragraph, so a "Key points" / "Das Wichtigste in Kürze" / "要点"
list of short items right under the headline and byline was cut as lines before the article. Such a list
has a heading (a key-points label or a line ending with a colon) and the first paragraph right under it.
Negatives: a site menu of short title-case links between the date and the first paragraph, a "Trending"
teaser list there, and a colon line over menu links stay out.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

from cleaners.boilerplate import KEY_POINTS_LABELS, _lead_list_heading, line_features
from cleaners.document import Document, Line

PAGES = {
    "en": (
        ["Home", "News", "Sport", "Business", "Weather"],
        ["Ferry operator to cut winter crossings after fuel costs double", "By Rachel Ormond",
         "14 February 2025"],
        "Key points",
        ["Four crossings a day instead of seven", "Old season ticket prices kept until March",
         "Council to ask for an emergency subsidy"],
        [
            "The company that runs the only car ferry to the islands will cut its winter timetable almost in "
            "half, blaming a doubling of fuel costs over the past two years.",
            "Islanders who commute to the mainland for work said the change would make it impossible to keep "
            "their jobs, and the council said it had not been consulted.",
            "A public meeting about the changes will be held at the community hall next Tuesday evening.",
        ],
    ),
    "de": (
        ["Startseite", "Region", "Politik", "Wirtschaft", "Sport"],
        ["Stadtwerke erhöhen den Wasserpreis", "Von Martina Kessler", "12.03.2025"],
        "Das Wichtigste in Kürze",
        ["Ab Juli 2,45 Euro je Kubikmeter", "Rund 60 Euro mehr im Jahr pro Haushalt",
         "Geld für neue Leitungen in der Altstadt"],
        [
            "Die Stadtwerke erhöhen zum 1. Juli den Preis für Trinkwasser. Das hat der Aufsichtsrat am "
            "Dienstagabend beschlossen, wie ein Sprecher des Unternehmens mitteilte.",
            "Es ist die erste Erhöhung seit 2015. Seither hatten die Stadtwerke die höheren Kosten für Energie "
            "und Personal aus den Rücklagen bezahlt, die nun aufgebraucht sind.",
            "Die neuen Preise werden den Kundinnen und Kunden in den nächsten Wochen per Brief mitgeteilt.",
        ],
    ),
    "ja": (
        ["ホーム", "ニュース", "経済", "スポーツ", "天気"],
        ["市営バス、来春から運賃を改定", "山田花子", "2025年3月12日"],
        "この記事のポイント",
        ["大人運賃は230円から260円に", "通学定期は据え置き", "新たに深夜便を2路線で運行"],
        [
            "市交通局は12日、市営バスの運賃を来年4月から改定すると発表した。燃料費と人件費の上昇が続き、現在の運賃では路線を維持できないと説明している。",
            "改定は2008年以来17年ぶり。大人の普通運賃は30円上がるが、通学定期は子育て世帯への配慮から据え置く。",
            "交通局は改定による増収分の一部を使い、中心部と住宅地を結ぶ2路線で深夜便を新たに走らせる方針だ。",
        ],
    ),
}
FOOT = ["Share", "Newsletter", "Privacy", "© 2025 Example"]


def _page(language: str, heading: str, items: list[str]) -> Document:
    nav, header, _, _, body = PAGES[language]
    return boilerplate_doc([*nav, *header, heading, *items, *body, *FOOT], language)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_key_points_list_under_the_byline_is_kept(language: str) -> None:
    _, _, heading, items, body = PAGES[language]
    kept = _kept(_page(language, heading, items))
    assert {heading, *items, *body} <= kept, {heading, *items} - kept


@pytest.mark.parametrize("language", sorted(PAGES))
def test_key_points_lines_are_no_title_candidates(language: str) -> None:
    _, _, heading, items, _ = PAGES[language]
    doc = _page(language, heading, items)
    for line in doc.lines:
        if line.text in (heading, *items):
            assert line.notes.get("data_row"), line.text


def test_colon_announced_phrases_under_the_byline_are_kept() -> None:
    items = ["Prices rise by a fifth from July", "Families pay about 60 more a year"]
    kept = _kept(_page("en", "What changes for you:", items))
    assert {"What changes for you:", *items} <= kept


@pytest.mark.parametrize("language", sorted(PAGES))
def test_nav_menu_between_date_and_first_paragraph_goes(language: str) -> None:
    menu = PAGES[language][0]
    kept = _kept(_page(language, "Sections:", menu))
    assert not set(menu) & kept
    assert "Sections:" not in kept


def test_menu_without_heading_goes() -> None:
    menu = ["World", "Politics", "Climate", "Technology", "Culture"]
    nav, header, _, _, body = PAGES["en"]
    kept = _kept(boilerplate_doc([*nav, *header, *menu, *body, *FOOT], "en"))
    assert not set(menu) & kept


def test_trending_teaser_list_goes() -> None:
    teasers = ["Storm Warning Issued For The Weekend", "School Closes After Roof Collapse In Town",
               "Fishing Fleet Lands Record Catch"]
    kept = _kept(_page("en", "Trending", teasers))
    assert not set(teasers) & kept
    assert "Trending" not in kept


def test_single_line_under_a_colon_kicker_is_no_list() -> None:
    """A headline split at its colon ("Open Data Project:" over "Better Local News") is no summary list."""
    kept = _kept(_page("en", "Open Data Project:", ["Better Local News"]))
    assert "Open Data Project:" not in kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Key points", True), ("Das Wichtigste in Kürze", True), ("要点", True), ("Highlights:", True),
     ("What you need to know:", True), ("Trending", False), ("Most read", False), ("Politics", False),
     ("The council met on Monday to discuss the plans for the new bridge over the river.", False)],
)
def test_lead_list_heading(text: str, expected: bool) -> None:
    line = Line(0, text, 0, len(text))
    assert _lead_list_heading(line, line_features(text, "en")) is expected


def test_labels_are_casefolded() -> None:
    assert all(label == label.casefold().strip() for label in KEY_POINTS_LABELS)
