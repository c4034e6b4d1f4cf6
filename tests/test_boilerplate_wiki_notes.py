"""An encyclopedia entry's notes copied as text (boilerplate.mark_wiki_notes): lines that open with the back-link
arrow ("↑ Yearbook ..., 2015, p. 112.") in a row, and the short heading over them, leave the text in any language.
An arrow before a figure (a market table's "↑ 3.2%") or a single arrow line ("↑ Top") is no note list.

From tests/pages: hy_hanragitaran_teghekatu_infobox kept its first note under the Armenian notes heading (no
heading word was needed: the English "References" did the same). Synthetic text.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

ENTRY = """Open Encyclopedia
Main page
Random article
Apricot Forest (reserve)
From the free encyclopedia
The Apricot Forest is a state nature reserve in the south of the country, set up to protect the natural woods of wild apricot and other fruit trees that grow on the dry slopes of the valley.
Geography
The reserve lies in a mountain river valley, on rocky slopes. The climate is dry, with hot summers and fairly mild winters, and the yearly rainfall does not exceed four hundred millimetres.
Wildlife
Bezoar goats, mouflons and several kinds of birds of prey live here, and the reserve's staff count them twice a year in spring and autumn.
{heading}
↑ Yearbook of nature protection, 2015, p. 112.
↑ Botanical studies, 2018, no. 4.
↑ Annual report of the reserve, 2021.
Categories: Nature reserves
This page was last edited on 12 March 2024.
"""


@pytest.mark.parametrize("heading", ["References", "Notes", "Ծանոթագրություններ", "Примечания"])
def test_the_notes_and_their_heading_leave_the_text(heading: str) -> None:
    record = clean_text(ENTRY.format(heading=heading).encode(), source="entry.txt").data
    kept = [p["text"] for p in record["paragraphs"]]
    assert kept[-1].startswith("Bezoar goats, mouflons")
    rules = {r["text"]: r["rule"] for r in record["removed"]}
    assert rules["↑ Yearbook of nature protection, 2015, p. 112."] == "boilerplate:wiki-notes"
    assert rules[heading] == "boilerplate:wiki-notes"


def test_arrows_before_figures_are_no_notes() -> None:
    from cleaners.boilerplate import _wiki_note

    assert not _wiki_note("↑ 3.2% on the day")
    assert not _wiki_note("↑3,1 %")
    assert _wiki_note("↑ Smith, J. (2015). Fruit trees of the south.")
    assert _wiki_note("↑ «Annual report», 2021.")
