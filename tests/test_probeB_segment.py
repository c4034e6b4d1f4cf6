"""A site's menu glued onto the article's first line (probeB's en_probeB_menu_glued_first_line): the segment stage
cuts it off into a line of its own (segment.split_glued_menu), which the boilerplate stage removes as the menu, and
the lead stays whole. Rows of a table with bars and menus with no sentence after them are left as they are.

A drop cap split from its word onto a line of its own ("W" over "hen the last keeper left ...") is joined back
without a space (segment._drop_cap); "A" and "I", words of their own and a part's numeral, stay apart.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, removed_pairs

from cleaners import segment

_LEAD = (
    "The harbor dredging project that was supposed to take eight months is now in its third year, and the city's "
    "engineers still cannot say when it will be finished."
)


@pytest.mark.parametrize(
    ("menu", "cut_at"),
    [
        ("Home | News | Sports | Business | Opinion | Obituaries ", "The harbor"),
        ("Home | Local News | Real Estate | Things To Do | Weather ", "The harbor"),
    ],
)
def test_a_menu_glued_before_the_lead_is_cut_off(menu: str, cut_at: str) -> None:
    text = menu + _LEAD
    assert text[segment.split_glued_menu(text):].startswith(cut_at)


@pytest.mark.parametrize(
    "text",
    [
        "Home | News | Sports | Business | Opinion",  # a menu alone
        "Name | Age | City | Notes about the person who came here first, written by the clerk in the margin.",
        "Home | News | The harbor dredging project is late.",  # two items only
        "Opinion | The board erred | Readers respond to the verdict on the harbor dredging project that ran late.",
    ],
)
def test_no_glued_menu(text: str) -> None:
    assert segment.split_glued_menu(text) == -1


def test_the_glued_menu_goes_and_the_lead_stays() -> None:
    body = [
        "The project was approved in 2022 to deepen the main channel by six feet so that larger cargo vessels could "
        "reach the port's new container terminal.",
        "The cost has risen to $34 million. The state has agreed to cover half of the increase, and the rest will come "
        "from the port's reserves and a loan.",
        "The council will hear an update from the contractor in May, and the port expects the work to end next year.",
    ]
    page = [
        "Eastport Daily Wire", "Subscribe", "Log in",
        "Harbor dredging enters third year with no end date",
        "By Miles Oyelaran", "March 5, 2025",
        "Home | News | Sports | Business | Opinion | Obituaries " + _LEAD,
        *body,
        "Most Read", "Bridge closed for weekend repairs", "School board picks new superintendent",
    ]
    record = clean_lines(page)
    assert kept_texts(record) == [_LEAD, *body]
    assert ("boilerplate:menu", "Home | News | Sports | Business | Opinion | Obituaries") in removed_pairs(record)



@pytest.mark.parametrize(
    ("cap", "para", "joined"),
    [
        ("W", "hen the last keeper left the rock in 1987, he locked the door of the tower.", True),
        ("O", "n the morning of the storm the harbour was already empty of boats and nets.", True),
        ("T", "The next line opens with a capital, so the letter over it is no drop cap.", False),
        ("I", "was born on the island and have never lived anywhere else, my mother said.", False),
        ("A", "large crowd had gathered on the quay by the time the ferry came in sight.", False),
    ],
)
def test_a_drop_cap_is_joined_to_its_word(cap: str, para: str, joined: bool) -> None:
    texts = [line.text for line in segment.join_hard_wraps(segment.split_lines(f"Heading\n{cap}\n{para}\n"))]
    assert (cap + para in texts) is joined
    assert (cap in texts) is not joined
