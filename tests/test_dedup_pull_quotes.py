"""Pull quotes: a sentence of the article set again next to it goes (cleaners.dedup._remove_pull_quotes).

Negatives: a headline that holds words of the lede, the same sentence far from its paragraph, a short
sentence that recurs by chance, a headline with a section prefix before it, and two lines that one
paragraph runs together.
"""

from __future__ import annotations

from cleaners.config import Config
from cleaners.dedup import dedup_stage
from cleaners.document import Document
from cleaners.segment import segment_stage

QUOTE = "My bees eat better than the ones in the countryside."
HOLDER = f'"The city is full of flowers that nobody sprays," the beekeeper said. "{QUOTE}"'
P1 = "Urban beekeepers now keep more registered colonies inside the city limits than in the farmland around it."
P2 = "Ecologists warn that honeybees compete for pollen and nectar with hundreds of species of wild bees."
P3 = "A study counted wild bees in forty city parks and found fewer of them where many hives stood nearby."
ZH_QUOTE = "城市里到处都是没有人喷洒农药的花，我的蜜蜂比乡下的吃得更好。"
ZH_HOLDER = "这位养蜂人说，公园、花园、阳台和运河边的椴树都开满了花。" + ZH_QUOTE


def _kept(lines: list[str]) -> list[str]:
    doc = Document(source="t", text="\n".join(lines))
    segment_stage(doc, Config())
    dedup_stage(doc, Config())
    return [line.text for line in doc.lines if line.kept]


def test_pull_quote_after_its_paragraph_goes() -> None:
    kept = _kept([P1, HOLDER, f'"{QUOTE}"', P2, P3])
    assert f'"{QUOTE}"' not in kept and HOLDER in kept and P2 in kept


def test_pull_quote_before_its_paragraph_goes() -> None:
    kept = _kept([P1, QUOTE, P2, HOLDER, P3])
    assert QUOTE not in kept and HOLDER in kept


def test_chinese_pull_quote_goes() -> None:
    kept = _kept([P1, ZH_HOLDER, ZH_QUOTE, P2])
    assert ZH_QUOTE not in kept and ZH_HOLDER in kept


def test_headline_with_words_of_the_lede_stays() -> None:
    """No sentence end: a headline or subheading, not a pull quote."""
    headline = "My bees eat better than the ones in the countryside"
    assert headline in _kept([headline, HOLDER, P1, P2])


def test_same_sentence_far_away_stays() -> None:
    kept = _kept([HOLDER, P1, P2, P3, P1.replace("Urban", "Rural"), P2.replace("Ecologists", "Farmers"), QUOTE])
    assert QUOTE in kept


def test_short_sentence_stays() -> None:
    assert "He said no." in _kept([P1, "He said no.", f"Asked if he would resign, he said no. {P2}"])


def test_headline_with_a_section_prefix_is_no_holder() -> None:
    headline = "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What Is Underneath N.Y.C."
    kept = _kept([f"New York|{headline}", headline, P1, P2])
    assert headline in kept


def test_lines_run_together_by_one_paragraph_are_no_pull_quotes() -> None:
    summary = " ".join([P1, P2, "This sentence is new and appears nowhere else in the document at all."])
    assert _kept([summary, P1, P2]) == [summary, P1, P2]
