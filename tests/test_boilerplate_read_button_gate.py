"""_read_button (boilerplate): a line whose first letter is ASCII is asked only of the buttons that open with that
letter (_READ_BUTTON_BY_INITIAL), any other of the alternation of every button (_READ_BUTTON_RE). Its premise, that
no ASCII character matches another button's first letter under IGNORECASE, is checked on every ASCII character and
button; the two agree on the probe pages' and the dev dumps' short lines, every button in several casings and
around marks, and generated strings with case-folding edge characters."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps, nonblank_lines, probe_lines

from cleaners import boilerplate
from cleaners.boilerplate import READ_BUTTON_MAX_CHARS, READ_BUTTONS, _read_button

_FIRSTS = sorted({b[0] for b in READ_BUTTONS})
_EDGES = "ſKİıßẞﬁﬀςΣＡａ\u0301 \t\u00a0:：.。!→»«\"'_-*•|"


def _plain(text: str) -> bool:
    return boilerplate._READ_BUTTON_RE.match(text) is not None


def test_an_ascii_letter_matches_only_its_own_buttons_first_letter() -> None:
    for code in range(128):
        c = chr(code)
        matching = {f for f in _FIRSTS if re.fullmatch(re.escape(f), c, re.IGNORECASE)}
        assert matching <= {c.lower()}, (c, matching)
        pattern = boilerplate._READ_BUTTON_BY_INITIAL.get(c)
        assert (pattern is not None) == bool(matching), c


def test_every_button_passes_in_its_casings_and_marks() -> None:
    for button in READ_BUTTONS:
        for form in (button, button.upper(), button.title(), button.capitalize(), button.swapcase()):
            for text in (form, f"» {form} →", f"_{form}!", f"  {form}", f"{form} ›"):
                assert _read_button(text) == _plain(text), text
        assert _read_button(button) and _read_button("» " + button.capitalize() + " →"), button


def test_the_gate_agrees_on_real_short_lines() -> None:
    lines = probe_lines() + nonblank_lines(dev_dumps(required=False))
    short = [t for t in lines if len(t) <= READ_BUTTON_MAX_CHARS]
    assert len(short) > 1000
    assert [t for t in short if _read_button(t) != _plain(t)] == []
    assert any(_plain(t) for t in short)  # the probe pages hold buttons: the comparison sees matches too


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(READ_BUTTONS),
    st.text(alphabet=_EDGES, max_size=3),
    st.text(alphabet=_EDGES, max_size=3),
    st.integers(min_value=0, max_value=3),
)
def test_the_gate_agrees_around_edge_characters(button: str, before: str, after: str, swap: int) -> None:
    # An edge character in place of the first letter, or around the button.
    body = (button, button.upper(), button[1:], _EDGES[swap] + button[1:])[swap]
    text = before + body + after
    assert _read_button(text) == _plain(text)
