"""A teaser card for another article between the article's paragraphs: its headline, a blurb of a sentence or two,
and its button alone on the line under them ("Read now", "Jetzt lesen", "Lire l'article"): removed as a block the
run search goes over. Negatives: the article's own lines next to such words, a button at the page's head, and the
bare "Read more" (a line rule of its own) taking no card."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

PARAS = {
    "en": [
        "The researchers asked thirty volunteers to learn a list of word pairs in the evening and tested them again the "
        "next morning after a full night of sleep in the laboratory.",
        "Those who reached the deepest stages of sleep for longer recalled more of the pairs, and the difference held "
        "when the team controlled for age and for how tired the volunteers said they felt.",
        "The team then repeated the test with a second group who were woken up every time their brain waves showed the "
        "slow pattern typical of deep sleep during the night.",
        "That group remembered fewer pairs the next day, which the authors say supports the idea that deep sleep helps "
        "move new memories into long-term storage.",
    ],
    "fr": [
        "Les chercheurs ont demandé à trente volontaires d'apprendre une liste de paires de mots le soir, puis les ont "
        "interrogés de nouveau le lendemain matin après une nuit complète au laboratoire.",
        "Ceux qui avaient passé plus de temps en sommeil profond se souvenaient de davantage de paires, et l'écart "
        "persistait une fois pris en compte l'âge et la fatigue déclarée.",
        "L'équipe a ensuite répété l'expérience avec un second groupe, réveillé chaque fois que ses ondes cérébrales "
        "montraient le rythme lent typique du sommeil profond.",
        "Ce groupe a retenu moins de paires le lendemain, ce qui confirme selon les auteurs le rôle du sommeil profond "
        "dans la consolidation des souvenirs.",
    ],
    "ja": [
        "研究チームは三十人の参加者に夜のうちに単語の組み合わせを覚えてもらい、実験室で一晩眠った翌朝にもう一度テストを行った。",
        "深い睡眠の時間が長かった人ほど多くの組み合わせを思い出すことができ、年齢や本人が感じた疲れの度合いを考慮しても差は残った。",
        "続いて研究チームは、脳波に深い睡眠特有のゆっくりした波が現れるたびに参加者を起こす別のグループで同じ実験を繰り返した。",
        "このグループは翌日に思い出せた組み合わせが少なく、深い睡眠が新しい記憶の定着を助けるという考えを裏付ける結果となった。",
    ],
}
CARDS = {
    "en": ["Why a short walk after lunch helps your blood sugar", "Even ten minutes on foot can blunt the rise.", "Read now"],
    "fr": ["Pourquoi marcher après le déjeuner fait baisser la glycémie", "Dix minutes suffisent déjà.", "Lire l'article"],
    "ja": ["食後の散歩が血糖値を下げる理由", "わずか十分でも効果があるという。", "記事を読む"],
}


def _removed(page: list[str], language: str) -> dict[str, str]:
    doc = boilerplate_doc(page, language)
    return {line.text: line.removal.rule for line in doc.lines if line.removal is not None}


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
def test_an_inline_card_with_its_read_button_goes(language: str) -> None:
    p, card = PARAS[language], CARDS[language]
    page = ["Menu", "Health", *p[:2], *card, *p[2:], "Privacy"]
    removed = _removed(page, language)
    for text in card:
        assert removed.get(text) == "boilerplate:inline-card"
    assert not any(text in removed for text in p)


def test_a_card_without_a_blurb_goes() -> None:
    p = PARAS["en"]
    page = ["Menu", "Health", *p[:2], "Why a short walk after lunch helps your blood sugar", "Jetzt lesen", *p[2:], "Privacy"]
    removed = _removed(page, "en")
    assert removed.get("Why a short walk after lunch helps your blood sugar") == "boilerplate:inline-card"


def test_the_articles_subheading_over_a_paragraph_stays() -> None:
    p = PARAS["en"]
    page = ["Menu", "Health", *p[:2], "What the second group showed", *p[2:], "Read now", "Privacy"]
    removed = _removed(page, "en")
    assert "What the second group showed" not in removed
    assert not any(text in removed for text in p)


def test_a_button_at_the_pages_head_takes_no_card() -> None:
    p = PARAS["en"]
    page = ["Menu", "How sleep shapes the memories we keep", "A new study follows thirty volunteers.", "Read now", *p]
    removed = _removed(page, "en")
    assert "A new study follows thirty volunteers." not in removed or removed["A new study follows thirty volunteers."] != "boilerplate:inline-card"
    assert "How sleep shapes the memories we keep" not in removed or removed["How sleep shapes the memories we keep"] != "boilerplate:inline-card"


def test_a_bare_read_more_takes_no_card() -> None:
    p = PARAS["en"]
    page = ["Menu", "Health", *p[:2], "What the second group showed", "The team woke them up.", "Read more", *p[2:], "Privacy"]
    removed = _removed(page, "en")
    assert "What the second group showed" not in removed and "The team woke them up." not in removed


@pytest.mark.parametrize("text", [
    "Read now, the report says, before the deadline passes.",
    "Books to read now",
    "Jetzt lesen Kinder wieder mehr Bücher als vor fünf Jahren.",
    "Lire maintenant ou plus tard : le dilemme des abonnés.",
])
def test_prose_with_the_buttons_words_stays(text: str) -> None:
    p = PARAS["en"]
    page = ["Menu", "Health", *p[:2], text, *p[2:], "Privacy"]
    assert _removed(page, "en").get(text) != "boilerplate:inline-card"


def test_a_button_under_a_list_of_headlines_goes_alone() -> None:
    p = PARAS["en"]
    page = ["Menu", *p, "Related", "Why a short walk after lunch helps your blood sugar", "Read now",
            "How coffee affects blood pressure", "Read now", "Privacy"]
    removed = _removed(page, "en")
    assert removed.get("Read now") == "boilerplate:read-button"
    assert not any(text in removed for text in p)
