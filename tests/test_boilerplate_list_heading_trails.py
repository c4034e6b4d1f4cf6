"""List headings that trail off or announce their list: "You may also like...", "More from the site…",
"Related links:", "Читайте также:". They count as terminal punctuation, yet the line is a heading: with the
phrase opening the line and a list of headlines under it, the heading and the list go. A sentence that only
holds the phrase further on, or such a heading over prose (no list), stays text.

Every page here is synthetic.
"""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_texts as _kept
from stages import removed_line_rules as _rules

_rule = partial(line_rule, classified=False)


EN_ARTICLE = [
    "The band will return to the stage next summer for a tour that marks fifty years since its first record, "
    "the group's manager said on Monday.",
    "The tour opens in the city's old amphitheatre in July and will visit twenty cities before it ends in the "
    "autumn, with tickets going on sale at ten in the morning on Friday.",
    "The singer, who left the group more than two decades ago, will join the others on stage for every show, "
    "the first time the five of them have played together since a farewell concert in 1996.",
    "The group is also among the nominees for the hall of fame this year; the results of the fan vote will be "
    "announced in the spring, a few weeks before the tour begins.",
]
EN_RELATED = [
    "Who will make the hall of fame next year?",
    "Jazz festival moves to the riverside",
    "Ten albums that shaped the decade",
    "Old theatre reopens after fire",
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You may also like...", "en"), ("More from Space…", "en"), ("Related links:", "en"),
        ("Read also:", "en"), ("Lire aussi :", "fr"), ("Leia também:", "pt"), ("Читайте также:", "ru"),
        ("Lo más leído…", "es"), ("Meistgelesen:", "de"),
    ],
)
def test_trailing_list_headings(text: str, language: str) -> None:
    assert _rule(text, language) == "list-heading"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The phrase inside a sentence, the sentence ending with a colon or an ellipsis: text.
        ("Additional facts related to the bridge include:", "en"),
        ("It was the most popular dish...", "en"),
        ("Les articles les plus lus sont :", "fr"),
    ],
)
def test_sentences_holding_the_phrase_are_not_headings(text: str, language: str) -> None:
    assert _rule(text, language) != "list-heading"


def test_list_under_an_ellipsis_heading_after_the_article_is_removed() -> None:
    page = ["Home", "Music", "Band reunites for anniversary tour", *EN_ARTICLE, "You may also like...", *EN_RELATED,
            "View Comments"]
    doc = boilerplate_doc(page)
    assert _kept(doc)[-len(EN_ARTICLE):] == EN_ARTICLE
    rules = _rules(doc)
    assert rules["You may also like..."] == "boilerplate:list-heading"
    for headline in EN_RELATED:
        assert rules[headline] == "boilerplate:list"


def test_list_under_a_colon_heading_in_russian_is_removed() -> None:
    article = [
        "Городской совет в понедельник утвердил план строительства нового моста через реку, который должен "
        "соединить два района города уже к концу следующего года.",
        "По словам мэра, работы начнутся весной, а движение по старому мосту будет открыто до тех пор, пока "
        "новый мост не примут в эксплуатацию.",
        "Жители прибрежных улиц просили совет сохранить набережную, и в проект добавили пешеходную дорожку "
        "и велосипедную полосу вдоль воды.",
    ]
    related = ["В центре откроют новый парк", "Цены на проезд вырастут с января", "Школы перейдут на новое расписание"]
    doc = boilerplate_doc(["Новости", *article, "Читайте также:", *related], language="ru")
    assert _kept(doc)[-len(article):] == article
    rules = _rules(doc)
    assert rules["Читайте также:"] == "boilerplate:list-heading"
    assert all(rules[h] == "boilerplate:list" for h in related)


def test_list_under_a_colon_heading_in_portuguese_is_removed() -> None:
    article = [
        "A prefeitura anunciou nesta segunda-feira que a biblioteca central vai reabrir em março, depois de "
        "dois anos de obras que renovaram o telhado e as salas de leitura.",
        "O novo espaço terá uma sala para crianças, computadores para o público e um auditório para cem "
        "pessoas, segundo a secretária de cultura da cidade.",
        "Os livros que foram guardados durante a reforma voltam às estantes nas próximas semanas, e os "
        "voluntários vão ajudar a organizar o acervo.",
    ]
    related = ["Feira do livro muda de endereço", "Museu amplia horário aos domingos", "Teatro recebe festival de dança"]
    doc = boilerplate_doc([*article, "Leia também:", *related], language="pt")
    assert _kept(doc) == article
    assert _rules(doc)["Leia também:"] == "boilerplate:list-heading"


def test_sentence_with_colon_over_the_article_list_is_kept() -> None:
    """A how-to's sentence that holds a list phrase and introduces the article's own list: all kept."""
    page = [
        "How to Care for a Cast Iron Pan",
        "A cast iron pan lasts for generations if you dry it after every wash and keep a thin layer of oil on "
        "it, so that rust never gets a chance to form on the surface.",
        "Wash the pan with hot water and a brush while it is still warm, and avoid soaking it in the sink.",
        "Dry it on the stove over a low flame, then rub a few drops of oil into the surface with a paper towel.",
        "Other tools related to the pan you will need:",
        "A stiff brush",
        "Coarse salt",
        "Paper towels",
        "Store the pan in a dry cupboard with a paper towel inside it, so that moisture does not collect "
        "on the surface between uses and the seasoning stays even.",
    ]
    doc = boilerplate_doc(page)
    rules = _rules(doc)
    assert not [text for text, rule in rules.items() if rule in ("boilerplate:list-heading", "boilerplate:list")]
    assert page[1] in _kept(doc)


def test_colon_heading_over_prose_in_a_live_blog_does_not_end_the_article() -> None:
    """'More on the budget:' over a paragraph in a live report: no list under it, so it is text."""
    page = [
        "Budget day: what the minister announced",
        "The finance minister presented the budget to parliament on Wednesday, promising lower taxes for small "
        "firms and more money for schools over the next three years.",
        "Opposition leaders said the plan relied on growth forecasts that were far too optimistic, and called "
        "for an independent review of the figures before the vote.",
        "Economists were divided on the plan, with some welcoming the tax cuts and others warning about the "
        "deficit, which is expected to grow again next year.",
        "More on the budget:",
        "The minister also announced a new fund for rail lines in the north, worth two billion over five years, "
        "which regional leaders had demanded for more than a decade.",
        "Pensions will rise in line with prices from April, and the tax on fuel stays frozen for another year, "
        "a decision that motoring groups welcomed within minutes of the speech.",
    ]
    doc = boilerplate_doc(page)
    assert _kept(doc) == page[1:]  # (the headline on top is the metadata stage's)
