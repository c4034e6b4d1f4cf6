"""A donation box under or inside the article (cleaners.boilerplate.donation_boxes): its appeal, blurb and button
are removed, with a short question over them, and a box between paragraphs does not cut the article. Negatives:
one such line alone (a quote about donations, a sentence that names a coffee) is text, and so are sentences about
charities or coffee."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule


@pytest.mark.parametrize(("text", "language"), [
    ("Buy me a coffee", "en"),
    ("This blog is free and has no ads. If you found it useful, you can buy me a coffee to help cover the hosting.",
     "en"),
    ("Support our journalism", "en"),
    ("Support independent local news", "en"),
    ("We rely on readers like you to keep our reporting free for everyone.", "en"),
    ("If you value stories like this one, please consider making a donation today.", "en"),
    ("Every gift, no matter the size, helps us keep reporters in the field.", "en"),
    ("Donate now", "en"),
    ("Spendier mir einen Kaffee", "de"),
    ("Wenn dir meine Tourenbeschreibungen helfen, kannst du mir gern einen Kaffee spendieren.", "de"),
    ("Unterstützen Sie unabhängigen Lokaljournalismus", "de"),
    ("Jetzt unterstützen", "de"),
    ("Soutenez notre journalisme indépendant", "fr"),
    ("The Prairie Record is a nonprofit newsroom. Your donation keeps our reporting free for everyone.", "en"),
    ("Your support helps us keep three reporters in the statehouse.", "en"),
])
def test_lines_of_a_donation_box_are_donation_lines(text: str, language: str) -> None:
    assert line_rule(text, language) == "donation"


@pytest.mark.parametrize("text", [
    "The charity said it would donate the proceeds to the hospital.",
    "Donations to the food bank fell by a third this winter.",
    "He had a coffee with the minister before the vote.",
    "Fans were urged to support our troops.",
    "Coffee prices rose for a third month as drought hit growers.",
    "\"Your donation keeps the shelter's lights on,\" the manager told volunteers at the fundraiser.",
    "Thank you for your support of the team this season, the coach said.",
])
def test_sentences_about_giving_or_coffee_are_not(text: str) -> None:
    assert line_rule(text) != "donation"


BEFORE = [
    "More than 150 volunteers waded into the river on Saturday and Sunday, hauling out shopping trolleys, tyres, "
    "fencing and hundreds of plastic bottles along a four-mile stretch.",
    "Organisers said the haul weighed just over two tonnes, nearly double last year's total, partly because low "
    "water levels after a dry March exposed more of the riverbed.",
    "\"We found a moped, two bikes and what we think was part of a garden shed,\" said the group's coordinator.",
]
AFTER = [
    "The county council provided skips and collected the rubbish on Monday morning. A spokesperson said most of "
    "the metal would be recycled.",
    "Volunteers also recorded what they found in a shared spreadsheet, which the group plans to send to the "
    "environment agency.",
    "The next cleanup is planned for September, when organisers hope to extend it to the streams north of town.",
]
BOX = [
    "Support independent local news",
    "The Courier is a nonprofit newsroom. We rely on readers like you to keep our reporting free for everyone.",
    "Donate now",
]
MENU = ["Home", "News", "Environment", "Opinion"]
FOOTER = ["About us", "Privacy policy", "© 2025 The Valley Courier"]


def test_a_donation_box_between_paragraphs_is_removed_and_does_not_cut_the_article() -> None:
    doc = boilerplate_doc(MENU + BEFORE + BOX + AFTER + FOOTER, "en")
    assert [line.text for line in doc.kept_lines()] == BEFORE + AFTER


def test_a_question_over_a_donation_box_after_the_article_goes_with_it() -> None:
    box = ["Enjoyed this post?", "This blog is free. If it helped you, you can buy me a coffee to cover the hosting.",
           "Buy me a coffee"]
    doc = boilerplate_doc(MENU + BEFORE + AFTER + box + FOOTER, "en")
    assert [line.text for line in doc.kept_lines()] == BEFORE + AFTER


def test_one_appeal_line_alone_is_text() -> None:
    quote = "\"We rely on readers like you to keep the shelter open,\" the manager said, thanking the town."
    doc = boilerplate_doc(MENU + BEFORE + [quote] + AFTER + FOOTER, "en")
    assert quote in [line.text for line in doc.kept_lines()]


def test_a_question_above_a_single_line_stays() -> None:
    question = "What happens to the rubbish now?"
    lone = "Every gift, no matter the size, helps us, the shelter's volunteers said in a statement."
    doc = boilerplate_doc(MENU + BEFORE + [question, lone] + AFTER + FOOTER, "en")
    kept = [line.text for line in doc.kept_lines()]
    assert question in kept and lone in kept
