"""A news-agency dateline opening the article's first paragraph is text, not a teaser card.

The teaser rule (boilerplate.is_teaser) looks for a title-cased headline glued to its summary; a lede that
opens with a dateline ("WASHINGTON (Reuters) — The New York State Attorney General ... WeWork, ...") has a
title-cased start and may hold a CamelCase name, so it looked like one. Synthetic pages in several
languages; the negative cases are a list of other articles' teasers that each open with a dateline, and
lines that only look like a dateline (a language menu, a glossary entry, code, an ordinary sentence).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.boilerplate import is_teaser, opens_with_dateline

TEASER = "boilerplate:teaser"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) — The New York State Attorney General is investigating the company, two people said.",
        "(Reuters) — The New York State Attorney General is investigating the company, two people said.",
        "(AP) — The governor signed the bill on Tuesday after a long debate in the state senate.",
        "LOS ANGELES (AP) — To the coach, a triple-double is not a goal but a side effect of good play.",
        "ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death linked to the virus.",
        "HANOI, Vietnam (AP) — The defense secretary on Wednesday accused the government of intimidation.",
        "PARIS (AFP) - Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites.",
        "BERLIN (dpa) – Die Bundesregierung will die Förderung für Elektroautos im kommenden Jahr verlängern.",
        "MADRID, 4 dic (EFE).- El Gobierno aprobó este martes el proyecto de presupuestos para el próximo año.",
        "Washington (CNN) — The Senate voted on Tuesday to advance the spending bill after weeks of talks.",
        "МОСКВА (ТАСС) — Правительство утвердило новый план развития транспорта на ближайшие годы.",
        "東京（共同）政府は４日、来年度の予算案の概要を閣議で決定した。関係者が明らかにした。",
    ],
)
def test_opens_with_dateline(text: str) -> None:
    assert opens_with_dateline(text)


@pytest.mark.parametrize(
    "text",
    [
        "United States (English) - en",  # a language menu
        "Python (programming language) – a general-purpose language that is easy to read and to learn.",
        "Firefox now supports printing non-contiguous page ranges (e.g. 1-3, 6, 7) – Bug 499640",
        "avg(n) - stddev(n) AS lower_bound,",
        "The New York State Attorney General (NYAG) is investigating the company, two people said.",
        "Shares rose 3% (Reuters) on Monday after the results were published in New York.",
        "WASHINGTON (Reuters) —",  # a dateline with no lede after it
        "The Capital Of France (Paris) - A Guide To The Best Museums And Restaurants In Town",
        "",
    ],
)
def test_does_not_open_with_dateline(text: str) -> None:
    assert not opens_with_dateline(text)


def _article(lede: str, body: list[str]) -> list[str]:
    return ["Home", "World", "Business", "Markets", lede, *body, "Share this article", "Privacy policy"]


BODY_EN = [
    "The company, which is expected to lay off thousands of employees beginning this week as it faces growing "
    "losses, confirmed on Monday that it had been contacted by the office of the attorney general.",
    "The inquiry is focused on whether the former chief executive engaged in self-dealing, the people said, "
    "asking not to be named because the matter is private and no charges have been filed.",
    "A spokeswoman for the attorney general declined to comment, and the company said it was cooperating "
    "fully with the office and would answer any questions it had about its past transactions.",
]
BODY_FR = [
    "Le texte, qui doit être examiné par les députés au début de l'année prochaine, prévoit de relever "
    "progressivement l'âge légal de départ et de fusionner plusieurs régimes spéciaux.",
    "Les syndicats ont déjà annoncé une journée de mobilisation la semaine prochaine et demandent au "
    "gouvernement de retirer le projet avant son passage en commission à l'Assemblée.",
    "Le ministre du Travail a déclaré qu'il restait ouvert à la discussion sur les mesures de transition, "
    "mais que le calendrier de la réforme ne serait pas modifié.",
]
BODY_DE = [
    "Die Förderung sollte eigentlich zum Jahresende auslaufen, nun soll sie nach Angaben aus Regierungskreisen "
    "um zwölf Monate verlängert werden, allerdings mit etwas niedrigeren Beträgen als bisher.",
    "Die Hersteller hatten vor einem Einbruch der Verkäufe gewarnt, falls die Prämie ersatzlos gestrichen "
    "würde, und auf die langen Lieferzeiten für viele Modelle hingewiesen.",
    "Der Bundestag muss der Verlängerung noch zustimmen, die Abstimmung ist für die letzte Sitzungswoche "
    "vor der Weihnachtspause geplant, wie ein Sprecher des Ministeriums sagte.",
]

LEDES = [
    # (the lede, the body, the page language); each lede looks like a teaser card to is_teaser alone
    ("WASHINGTON (Reuters) — The New York State Attorney General (NYAG) is investigating WeWork, according to "
     "two people familiar with the matter, adding to a series of problems at the company.", BODY_EN, "en"),
    ("LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal but a side effect of the way he has "
     "played for seventeen seasons.", BODY_EN, "en"),
    ("PARIS (AFP) - Le Premier Ministre Et Le Patron De TotalEnergies ont présenté mardi un projet de loi sur "
     "la réforme des retraites, très attendu par les syndicats.", BODY_FR, "fr"),
    ("BERLIN (dpa) – Die Deutsche Bahn AG und VoltRad haben am Dienstag eine neue Kooperation für den Verleih "
     "von Elektrorädern an großen Bahnhöfen vorgestellt.", BODY_DE, "de"),
]


@pytest.mark.parametrize(("lede", "body", "language"), LEDES)
def test_dateline_lede_is_kept(lede: str, body: list[str], language: str) -> None:
    assert is_teaser(lede)  # the shape the teaser rule looks for: the dateline must be what spares it
    doc = boilerplate_doc(_article(lede, body), language)
    line = next(line for line in doc.lines if line.text == lede)
    assert line.removal is None, line.removal


def test_dateline_lede_is_not_furniture_in_mark_furniture() -> None:
    """mark_furniture (the line rules alone) agrees with the stage."""
    from cleaners.boilerplate import line_features, mark_furniture
    from cleaners.config import Config
    from cleaners.document import Document
    from cleaners.segment import segment_stage

    lede = LEDES[0][0]
    doc = Document(source="t", text="\n".join(_article(lede, BODY_EN)))
    segment_stage(doc, Config())
    feats = [line_features(line.text, "en") for line in doc.lines]
    mark_furniture(doc, feats)
    line = next(line for line in doc.lines if line.text == lede)
    assert "furniture" not in line.notes


# Other articles' teasers, each a headline run together with a lede that opens with a dateline: a list, not
# the article's first paragraph.
TEASER_LIST = [
    "More from the wire",
    "(Reuters) - The New York State Attorney General (NYAG) is investigating WeWork, according to two people "
    "familiar with the matter.",
    "(Reuters) - The Energy Ministers Of Several States And ExxonMobil said on Monday that output would stay "
    "steady until the spring.",
    "(Reuters) - The Federal Reserve Bank Of New York And FedWire staff said on Friday that payments were "
    "delayed for about an hour.",
]


def test_teaser_list_of_dateline_ledes_still_goes() -> None:
    ledes = [t for t in TEASER_LIST if t.startswith("(Reuters)")]
    assert all(is_teaser(t) and opens_with_dateline(t) for t in ledes)
    doc = boilerplate_doc(_article(LEDES[1][0], BODY_EN) + TEASER_LIST, "en")
    for line in doc.lines:
        if line.text in ledes:
            assert line.removal is not None and line.removal.rule == TEASER, (line.text, line.removal)


def test_teaser_cards_without_dateline_still_go() -> None:
    cards = [
        "Phone Makers Promise Seven Years of UpdatesThe biggest manufacturers now offer longer support, but "
        "only for their most expensive models.",
        "Council Approves 2024 BudgetThe city council approved the spending plan on Tuesday after a long "
        "debate about bus fares.",
    ]
    doc = boilerplate_doc(_article(LEDES[0][0], BODY_EN) + cards, "en")
    for line in doc.lines:
        if line.text in cards:
            assert line.removal is not None and line.removal.rule == TEASER
