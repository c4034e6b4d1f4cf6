"""A schedule's subheading over its timed rows is not a player's hint (boilerplate.mark_transcript_hints).

"Programme" / "Saturday programme at the fish market" / "10:00 Doors open ..." names its heading's word again over
timed lines, as "Transcript" / "Follow along using the transcript." / "0:03 ..." does; the hint is a sentence, the
subheading is not, and stays the article's."""

from __future__ import annotations

import pytest

from cleaners import clean_text

HEAD = (
    "Harbour jazz weekend returns in June\nMarch 3, 2025\n"
    "The harbour jazz weekend returns for its twelfth edition on the first weekend of June, with forty concerts on "
    "three stages along the quay and in the old fish market.\n"
    "Organisers said ticket sales opened on Monday and that the Saturday evening concerts were already close to sold "
    "out, so visitors should book early.\n"
)
TAIL = (
    "Tickets cost twenty euros a day, and children under twelve go free with an adult.\n"
    "The organisers said the festival had cost just over four hundred thousand euros last year, most of it paid by "
    "ticket sales, with the rest coming from the town and from local businesses.\n"
    "This year the town council has agreed to pay for the extra ferries and for the cleaning of the quay after both "
    "evenings, which the organisers had paid for in earlier years.\n"
    "Residents of the old town will again be given two free day passes each, a gesture the organisers said had "
    "helped to win over neighbours who had complained about noise.\n"
)
ROWS = "10:00 Doors open and children's workshop\n12:30 The Quayside Trio\n15:00 Brass band parade along the quay\n"


@pytest.mark.parametrize(
    ("heading", "sub"),
    [("Programme", "Saturday programme at the fish market"), ("Programm", "Das Programm am Samstag im Bootshaus")],
)
def test_schedule_subheading_kept(heading: str, sub: str) -> None:
    out = clean_text(HEAD + f"{heading}\n{sub}\n" + ROWS + TAIL).text
    assert sub in out
    assert "12:30 The Quayside Trio" in out


def test_hint_sentence_still_removed() -> None:
    r = clean_text(HEAD + "Transcript\nFollow along using the transcript.\n" + ROWS + TAIL)
    assert "Follow along using the transcript." not in r.text
