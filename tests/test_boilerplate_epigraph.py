"""An epigraph right above an essay's first paragraph (a quotation of a few lines over its credit, "— Seneca",
"——作者手记") is the essay's own: the run search cut it with the header's short lines (extend_over_epigraph).
Negatives: the header's lines over it still go, a dash line with no quotation over it takes nothing, an embedded
post's signature is no credit, and a menu over a lead has no credit line."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_line_texts, kept_texts

EN_HEAD = ["Home", "Essays", "Reviews", "Archive", "Subscribe", "On Keeping a Garden Through Drought", "By Ruth Okafor", "March 4, 2026"]
EN_BODY = [
    "The summer the reservoir fell to a third of its level, the town banned hoses in June, and most of the allotments "
    "on the hill were left to bake. I kept mine going with a bucket, a water butt and a great deal of stubbornness.",
    "What survived surprised me. The beans, which I had fussed over, gave up by July; the rosemary and the thyme, "
    "which I had ignored for years, grew as if nothing had happened, and the squash sent roots deep under the path.",
    "By the autumn I had learned to water less often and more deeply, to mulch everything with cut grass, and to "
    "plant what the hill wanted rather than what the seed catalogue promised me in the depths of winter.",
]
EN_FOOT = ["Share this essay", "More essays", "© 2026 The Hill Review"]

ZH_HEAD = ["首页", "文章", "专栏", "灰烬与人心", "作者：林远"]
ZH_BODY = [
    "这些年来，我常常想起少年时在乡下看人烧荒的情景。火势起来的时候，整片山坡都亮了，可是烧过之后，只剩下一层厚厚的灰，风一吹就扬起来。",
    "很多人以为火就这样熄灭了，其实不然。老农用锄头把灰拨开，底下的草根还是红的，只要有一点风，它就会重新燃起来，这是我后来才明白的道理。",
    "人心大概也是如此。经历了太多失望之后，人们学会了沉默和嘲讽，但这并不等于他们不再关心，只是那点热度被压在了灰烬下面而已。",
]


def _kept(page: list[str], language: str = "en") -> list[str]:
    return kept_line_texts(boilerplate_doc(page, language))


@pytest.mark.parametrize(
    "epigraph",
    [
        ["It is not that we have a short time to live, but that we waste a lot of it.", "— Seneca"],
        ["Wherever you go, go with all your heart.", "– Confucius, as the saying goes"],
        ["Water is patient.", "It wears away the stone, given enough summers.", "— from a gardener's notebook"],
    ],
)
def test_an_epigraph_above_the_first_paragraph_is_kept(epigraph: list[str]) -> None:
    kept = _kept([*EN_HEAD, *epigraph, *EN_BODY, *EN_FOOT])
    assert kept[: len(epigraph)] == epigraph  # the byline and the date over it stay out
    assert "Essays" not in kept and "Subscribe" not in kept and "More essays" not in kept


def test_a_chinese_epigraph_with_a_wrapped_line_is_kept() -> None:
    epigraph = ["人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它", "反过来又抑制了燃烧。", "拨开灰烬，你会看到重新燃烧的人心。", "——作者手记"]
    kept = _kept([*ZH_HEAD, *epigraph, *ZH_BODY, "版权所有"], "zh")
    for line in epigraph:
        assert line in kept
    assert "专栏" not in kept


def test_the_epigraph_is_body_text_not_the_title() -> None:
    epigraph = ["It is not that we have a short time to live, but that we waste a lot of it.", "— Seneca"]
    record = clean_lines([*EN_HEAD, *epigraph, *EN_BODY, *EN_FOOT])
    assert record["title"] == "On Keeping a Garden Through Drought"
    assert kept_texts(record)[:2] == epigraph


@pytest.mark.parametrize(
    "above",
    [
        ["— Seneca"],  # a credit with no quotation over it
        ["Gardening", "— Seneca"],  # a menu's entry over it: no sentence end
        ["Water is patient.", "— The Hill Review (@hillreview) March 3, 2026"],  # an embedded post's signature
        ["Water is patient.", "Seneca"],  # no dash: no credit
    ],
)
def test_no_epigraph_no_extension(above: list[str]) -> None:
    kept = _kept([*EN_HEAD, *above, *EN_BODY, *EN_FOOT])
    assert kept[0] == EN_BODY[0]


@pytest.mark.parametrize("title", [[], ["灰烬与人心"]])
def test_a_record_that_opens_with_its_epigraph_cleans_the_same_again(title: list[str]) -> None:
    """The clean record's text opens with the epigraph (no title line, or the title over it): a second pass keeps it
    as body text and takes no title from its first line."""
    from cleaners import clean_text

    epigraph = ["人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它", "反过来又抑制了燃烧。", "拨开灰烬，你会看到重新燃烧的人心。", "——作者手记"]
    first = clean_text("\n\n".join([*ZH_HEAD[:3], *title, *epigraph, *ZH_BODY, "版权所有"]).encode(), source="a.txt")
    second = clean_text(first.text, source="a.txt")
    assert second["title"] == first["title"]
    assert second.text == first.text
    for line in epigraph:
        assert line in second.text


@pytest.mark.parametrize(
    "turns",
    [
        ["—Why did you open the library at night?", "—Because the students asked for it. They had nowhere quiet to work."],
        ["— Seneca said it first.", "— Did he? I thought it was a proverb from the delta."],  # a dialogue's turns
    ],
)
def test_an_interviews_first_turns_under_the_lead_are_no_epigraph(turns: list[str]) -> None:
    """A clean record of an interview: its title, its lead, then the turns, each opening with a dash. No turn is a
    credit, so neither the lead nor the title becomes an epigraph's data row (the title is still found)."""
    from cleaners import clean_text

    lead = "The new director of the county library explains why the reading rooms now stay open until ten at night."
    text = "\n\n".join(["The library that never sleeps", lead, *turns, *EN_BODY])
    record = clean_text(text.encode(), source="a.txt")
    assert record["title"] == "The library that never sleeps"
    assert clean_text(record.text, source="a.txt")["title"] == record["title"]
