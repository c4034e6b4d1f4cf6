"""The typed containment search (compiled: rolling window hashes read from the str's storage) against
the automaton search, on keys of every storage width: ASCII, Latin-1, BMP and astral characters.

The window reads depend on how wide the str's code points are stored, so each width (and a mix,
which widens the whole key) gets containers that run several keys together and lines that do not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import dedup

_ALPHABETS = ["abc019", "abcßéñ09", "ab漢字ß0", "ab\U0001f600\U0001d400漢é0"]


@st.composite
def _documents(draw: st.DrawFn) -> list[str]:
    """Keys of one storage width (or mixed): segments, lines running several together, repeats."""
    alphabet = draw(st.sampled_from(_ALPHABETS))
    segs = draw(st.lists(st.text(alphabet=alphabet, min_size=12, max_size=60), min_size=2, max_size=6))
    keys = list(segs)
    for _ in range(draw(st.integers(1, 4))):
        picks = draw(st.lists(st.sampled_from(segs), min_size=2, max_size=8))
        glue = draw(st.text(alphabet=alphabet, max_size=20))
        keys.insert(draw(st.integers(0, len(keys))), glue.join(picks))
    keys += draw(st.lists(st.sampled_from(keys), max_size=3))
    return keys


@settings(max_examples=300, deadline=None)
@given(_documents())
def test_containers_of_every_width_match_the_automaton_search(keys: list[str]) -> None:
    assert dedup._find_containers(keys, None) == dedup._find_containers_automaton(keys, None)


def test_astral_container_is_found() -> None:
    parts = ["\U0001f600" * 3 + f"paragraph{i}" + "\U0001d400" * 60 for i in range(4)]
    keys = [*parts, "".join(parts)]
    assert dedup._find_containers(keys, None) == {4: [0, 1, 2, 3]}
