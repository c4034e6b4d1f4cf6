"""A line opening with a prompt word ("Share", "Comment", "Follow", "Email") is interface text only when what
follows is a prompt's; headlines open with the same words ("Comment les ..." is French for "How the ...")."""

from __future__ import annotations

import pytest

from cleaners import clean_text, metadata

PROMPTS = [
    "Share", "Share this article", "Share:", "Shares", "Comments (12)", "Comment", "Comments", "Follow us on Twitter",
    "Follow Anna Smith on X", "Email this story", "Email to a friend", "Print", "Save for later", "Save", "Like 12",
    "Liked by 3", "Tweet", "Copy link",
]
HEADLINES = [
    "Comment les supermarchés vous poussent à dépenser plus",
    "Like many cities, Paris is changing its streets",
    "Follow the money: who pays for the new stadium",
    "Email scams rise as the holidays approach",
    "Print edition sales fall again",
]


@pytest.mark.parametrize("text", PROMPTS)
def test_prompts_are_ui(text: str) -> None:
    assert metadata._is_ui(text)


@pytest.mark.parametrize("text", HEADLINES)
def test_headlines_opening_with_a_prompt_word_are_not_ui(text: str) -> None:
    assert not metadata._is_ui(text)


def test_a_french_how_to_headline_is_the_title() -> None:
    page = "\n".join([
        "Accueil", "Consommation", "Comment les jeunes ménages choisissent leur première assurance",
        "Par Léa Fontaine", "Publié le 3 décembre 2025 à 10h20",
        "Les jeunes ménages comparent désormais les contrats en ligne avant de signer, et beaucoup changent "
        "d'assureur dès la deuxième année pour payer moins cher.",
        "Les courtiers constatent que les garanties les plus demandées restent la responsabilité civile et "
        "la protection juridique, loin devant les options de confort.",
        "Partager", "À lire aussi", "Impôts : ce qui change en janvier", "Mentions légales",
    ])
    record = clean_text(page, source="fr.txt")
    assert record["title"] == "Comment les jeunes ménages choisissent leur première assurance"
    assert "Par Léa Fontaine" not in record.text
