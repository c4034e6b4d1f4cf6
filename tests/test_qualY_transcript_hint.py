"""A player's hint between a transcript's heading and its timed lines is removed (boilerplate.mark_transcript_hints).

"Transcript" / "Follow along using the transcript." / "0:03 ...": the hint names its heading's word again and
carries no time; the run search goes over it (a transparent rule), so the description above and the transcript
below stay. Negatives: the first timed line, a line under a heading it does not name, a hint over untimed text."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners import clean_text

DESCRIPTION = (
    "Last spring the old ropeworks on the canal reopened as a workshop, and this film follows the four makers "
    "who learned the trade from the last foreman before the machines started turning again."
)
TIMED = [
    "0:04 We started with the big wheel, because nothing else in the building turns until that one does.",
    "0:41 The foreman came in every Tuesday and showed us how the hemp has to be twisted against the lay.",
    "2:10 Our first rope broke at half the load it should have held, and we cut it open to see why.",
    "3:58 By the summer we were selling mooring lines to the boat club at the end of the canal.",
]


def _page(heading: str, hint: str, body: list[str]) -> list[str]:
    return [
        "Skip to main content", "Home", "Videos", "Sign in",
        "The Ropeworks Comes Back to Life on the Canal",
        "52,118 views · Apr 2, 2026",
        "Share", "Save",
        DESCRIPTION,
        "Show less",
        heading,
        hint,
        *body,
        "Up next", "Autoplay", "A Lock Keeper's Year", "31K views · 3 weeks ago",
        "About", "Terms", "Privacy", "© 2026 Canal Films",
    ]


@pytest.mark.parametrize(
    ("heading", "hint"),
    [
        ("Transcript", "Follow along using the transcript."),
        ("Transkript", "Lesen Sie im Transkript mit."),
        ("Transcription", "Suivez la vidéo avec la transcription."),
    ],
)
def test_hint_removed_transcript_kept(heading: str, hint: str) -> None:
    doc = boilerplate_doc(_page(heading, hint, TIMED))
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules.get(hint) == "boilerplate:player-hint"
    kept = {line.text for line in doc.lines if line.removal is None}
    assert DESCRIPTION in kept and set(TIMED) <= kept


def test_record_keeps_description_and_transcript() -> None:
    r = clean_text("\n".join(_page("Transcript", "Follow along using the transcript.", TIMED)), source="qualY-video.txt")
    assert "Follow along" not in r.text
    assert DESCRIPTION in r.text and all(t in r.text for t in TIMED)


@pytest.mark.parametrize(
    ("heading", "hint", "body"),
    [
        ("Transcript", "Follow along using the transcript.", [t.split(" ", 1)[1] for t in TIMED]),  # no times
        ("Chapters", "Follow along using the transcript.", TIMED),  # names no word of its heading
    ],
)
def test_no_hint(heading: str, hint: str, body: list[str]) -> None:
    doc = boilerplate_doc(_page(heading, hint, body))
    line = next(line for line in doc.lines if line.text == hint)
    assert line.removal is None or line.removal.rule != "boilerplate:player-hint"
