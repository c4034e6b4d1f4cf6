"""A draw's numbers right above the lead are the article's (boilerplate.extend_to_drawn_row).

"04 11 19 27 38 45 Bonus 31" over "Nobody matched all six main numbers ...": a short line the run search cut before
the article. Rising numbers of one or two digits with a gap wider than one; a pagination row ("1 2 3 4 5") or a
row of falling numbers is no draw."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, kept_line_set

LEAD = [
    "Two tickets shared the top prize in Wednesday's draw, each winning just over half a million, after a run of "
    "four draws in which nobody matched all the main numbers.",
    "The operator said one of the tickets was bought at a petrol station outside Eastbury and the other online, and "
    "that both winners had already been in touch to claim.",
    "More than three million tickets were sold for the draw, the most since the summer, as the jackpot had grown "
    "for almost a month.",
]


def _kept(row: str) -> set[str]:
    return kept_line_set(boilerplate_doc(["Home", "Results", "Wednesday draw results", "Play now", row, *LEAD,
                                          "Previous results", "Terms", "© 2026 Example Draws Ltd"]))


@pytest.mark.parametrize("row", ["03 08 21 30 44 47 Bonus 12", "5 12 23 34 41"])
def test_drawn_row_kept(row: str) -> None:
    kept = _kept(row)
    assert row in kept and set(LEAD) <= kept


@pytest.mark.parametrize("row", ["1 2 3 4 5", "45 38 27 19 11 04", "04 11"])
def test_other_number_rows_cut(row: str) -> None:
    assert row not in _kept(row)
