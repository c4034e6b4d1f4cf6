"""Faults the probe pages of new languages and layouts found (tests/pages: sw, sk, tr, id, ta, fa, ko, ja, uk,
pl forum)."""

from __future__ import annotations

import pytest

from cleaners import patterns


@pytest.mark.parametrize(
    "text",
    [
        "Ayrıca okuyun: Kira yardımı arttı",  # a needle holding "ı" (the scan folds it to "i")
        "AYRICA OKUYUN: Kira yardımı arttı",
        "Prečítajte si aj: Lekárov v regiónoch ubúda",
        "Přečtěte si také: Nemocnice otevře nové oddělení",
        "SOMA ZAIDI: Bei ya korosho yapanda",
    ],
)
def test_read_also_of_more_languages(text: str) -> None:
    assert patterns.READ_ALSO_RE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prečítajte si aj zmluvu, kým ju podpíšete, radí právnik.",  # a sentence, no label and colon
        "Wanafunzi walitakiwa kusoma zaidi ya vitabu kumi kwa mwaka.",
        "Ayrıca okuyun diye bir şey demedi, sadece gülümsedi.",
    ],
)
def test_read_also_needs_its_label_and_colon(text: str) -> None:
    assert not patterns.READ_ALSO_RE.search(text)


def test_every_needle_is_folded_like_the_text() -> None:
    for needles in patterns._PHRASE_LISTS:
        for needle in needles:
            assert needle == patterns._ignorecase_fold(needle), needle
    assert patterns.CTA_RE.search("Devamını oku")


@pytest.mark.parametrize("text", ["추천 37", "비추천 0", "조회 1,284", "조회수 52", "공감 5", "いいね 12", "赞 5", "顶：3"])
def test_cjk_vote_and_view_counters(text: str) -> None:
    assert patterns.TIMESTAMP_RE.match(text)


@pytest.mark.parametrize("text", ["추천 도서 3권", "조회 결과 2건", "2025 추천 맛집", "顶级酒店 5家", "いいね", "추천"])
def test_lines_that_are_no_counters(text: str) -> None:
    assert not patterns.TIMESTAMP_RE.match(text)
