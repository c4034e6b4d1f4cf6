"""The word "credit" inside a headline ("credit card", "tax credit", "crédito hipotecario") does not make it a photo
credit (cleaners.metadata._CAPTION_RE): a headline naming a credit card was no title candidate, and a row of tags
under it became the title. A credit still is one where it opens the line or a bracket, follows a photo's word or
is glued to the caption before it."""

from __future__ import annotations

import pytest

from cleaners.metadata import _title_shaped


@pytest.mark.parametrize("line", [
    "Prepaid pass - the credit card sized ticket that costs only $5 - buses join in",
    "Parliament extends the child tax credit for two more years",
    "Sube el crédito hipotecario por tercer mes consecutivo",
    "Why your credit score fell after you paid off a loan",
    "Credit card fees rise again for small shops",  # opens with "Credit", but a headline's length
])
def test_a_headline_naming_credit_is_a_candidate(line: str) -> None:
    assert _title_shaped(line)


@pytest.mark.parametrize("line", [
    "Photo credit Ana Reyes for the Harbour Courier",
    "The old bridge at dusk (Credit Ana Reyes)",
    "The old bridge at dusk in 2023.CreditCreditAna Reyes/Harbour Courier",
    "Credit Ana Reyes",
    "CreditAna Reyes para The Harbour Courier",  # glued to the name after it
    "Créditos: 6 · Segundo cuatrimestre",
    "Image credit: Harbour Courier archive",
])
def test_a_photo_credit_is_no_candidate(line: str) -> None:
    assert not _title_shaped(line)
