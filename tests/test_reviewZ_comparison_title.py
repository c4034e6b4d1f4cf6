"""A comparison headline of two numbered versions is no position counter (metadata._nav_line).

"Windows 10 or 11" and "iPhone 15 vs 16" have the counter's shape "<label> N <word> M" ("Page 2 of 5", "Bild 1 von
14") but join the numbers with "or" / "vs": the page's headline, which the title pick must not skip."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _nav_line

BODY = (
    "March 3, 2025\n"
    "The newest model looks almost exactly like last year's, so is it worth the upgrade? We spent two weeks with "
    "both to find out where the differences really are.\n"
    "The newer one is faster, has a slightly larger battery and gave us about an hour more screen time on a "
    "typical day of mail, maps and photos.\n"
    "The older one is now cheaper by about a hundred euros, and for most people it will be more than good enough "
    "for the next few years.\n"
    "If you play demanding games or edit video, the newer model is the better buy; otherwise, the older one remains "
    "excellent value.\n"
)


@pytest.mark.parametrize("title", ["Windows 10 or 11", "iPhone 15 vs 16", "Série 3 ou 4", "Konsola 4 czy 5"])
def test_comparison_is_no_counter(title: str) -> None:
    assert not _nav_line(title)


@pytest.mark.parametrize("title", ["Windows 10 or 11", "iPhone 15 vs 16"])
def test_comparison_headline_is_title(title: str) -> None:
    r = clean_text(f"Gadget Corner\nReviews\nPhones\nLaptops\n{title}\n" + BODY)
    assert r.data.get("title") == title


@pytest.mark.parametrize("line", ["Page 2 of 5", "Bild 1 von 14", "Урок 3 из 12", "Lesson 3/12"])
def test_counter_still_navigation(line: str) -> None:
    assert _nav_line(line)
