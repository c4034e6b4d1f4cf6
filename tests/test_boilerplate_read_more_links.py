""""READ MORE: <headline>" lines set down a story between its paragraphs (a tabloid's layout) are links to other
articles: removed as read-also, and, as "Read also: <headline>" lines, no end of the article (the promo rule made
each one a hard stop, and the story lost everything under the first). "Read more" alone, or over a sentence of the
writer's, is still a call to action.

From tests/pages: en_tabloid_read_more_links.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set, line_rule, removed_line_rules

STORY = {
    "en": (
        "READ MORE",
        [
            "Drivers have been warned about a new rule coming into force next month.",
            "The change means motorists could face fines of up to 1,000 pounds if they ignore it.",
            "Experts said many drivers are still unaware of the rule.",
            "A spokesman for a motoring group said the change was a big one and drivers needed to know about it.",
            "The rule applies to all roads in the country from the first of the month.",
            "Police said they would give drivers a short period of grace before issuing fines.",
            "But repeat offenders could lose their licence, officials warned.",
            "The government said the rule would make roads safer for everyone.",
        ],
        ["Petrol prices to fall by five pence at major supermarkets", "Motorists urged to check tyres before winter",
         "New speed cameras to go live on busy road"],
    ),
    "de": (
        "Weiterlesen",
        [
            "Autofahrer müssen sich ab dem kommenden Monat auf eine neue Regel einstellen.",
            "Wer sie missachtet, muss mit einem Bußgeld von bis zu tausend Euro rechnen.",
            "Viele Fahrer wissen nach Angaben von Experten noch nichts von der Änderung.",
            "Ein Sprecher des Automobilclubs sagte, die Änderung sei groß und alle Fahrer sollten sie kennen.",
            "Die Regel gilt vom Ersten des Monats an auf allen Straßen des Landes.",
            "Die Polizei will zunächst verwarnen und erst später Bußgelder verhängen.",
            "Wiederholungstätern droht aber der Entzug des Führerscheins, warnten die Behörden.",
            "Das Ministerium erklärte, die Regel mache die Straßen für alle sicherer.",
        ],
        ["Spritpreise sinken an großen Tankstellen um fünf Cent", "Autofahrer sollen vor dem Winter die Reifen prüfen",
         "Neue Blitzer an viel befahrener Straße gehen in Betrieb"],
    ),
}


def _page(lang: str, label_case: str = "upper") -> tuple[list[str], list[str]]:
    label, paragraphs, headlines = STORY[lang]
    label = label.upper() if label_case == "upper" else label.title()
    links = [f"{label}: {h}" for h in headlines]
    body = [*paragraphs[:3], links[0], *paragraphs[3:5], links[1], *paragraphs[5:7], links[2], paragraphs[7]]
    return ["Home | News | Motoring", "Drivers face fines under new rule from next month", *body, "Contact us"], links


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("label_case", ["upper", "title"])
def test_read_more_links_down_a_story_go_and_the_story_stays_whole(lang: str, label_case: str) -> None:
    page, links = _page(lang, label_case)
    doc = boilerplate_doc(page, lang)
    rules = removed_line_rules(doc)
    for link in links:
        assert rules.get(link) == "boilerplate:read-also"
    kept = kept_line_set(doc)
    for paragraph in STORY[lang][1]:
        assert paragraph in kept


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Read more: Petrol prices to fall by five pence", "read-also"),
        ("Continue reading: Why the old bridge has to close", "read-also"),
        ("Leer más: Suben las tarifas del aparcamiento en enero", "read-also"),
        ("Read more", "promo"),  # the button alone
        ("Read more: the council says it will publish the full report next week.", "promo"),  # a sentence
    ],
)
def test_read_more_line_rules(text: str, rule: str) -> None:
    assert line_rule(text) == rule
