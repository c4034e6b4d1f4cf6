"""The comment-thread search parses a line as a date only where the answer can matter (boilerplate._entry_headers).

A date line with no other date line within COMMENT_DATE_REACH lines heads an entry that chains with no other, and
a one-entry chain is never a thread: such a line is left unparsed. These tests hold the pruning to that: it skips a
lone date line, and on every test page the chains of two entries or more are those of the unpruned search.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stages import boilerplate_doc
from test_boilerplate_comments import ARTICLE_EN, RULE, THREAD_EN

from cleaners import boilerplate, metadata
from cleaners.config import Config
from cleaners.document import Document
from cleaners.pipeline import Pipeline

PAGES = Path(__file__).parent / "pages"
LONE_DATE = "Page last reviewed: 12 March 2021"
FILLER = [
    f"Paragraph {word} of the guide explains how the ferry company plans its routes around the tides and the "
    "weather, and why some crossings are cancelled in winter while others run as usual."
    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                 "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five")
]


def _utc_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lines the comment search asks the date parser about (it alone passes the zone "UTC")."""
    seen: list[str] = []
    parse = metadata.parse_date_line

    def counting(text: str, default_tz: str | None = None) -> object:
        if default_tz == "UTC":
            seen.append(text)
        return parse(text, default_tz)

    monkeypatch.setattr(metadata, "parse_date_line", counting)
    return seen


def test_lone_date_line_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread is found, and the date line far below it (no other date line within reach) is never parsed."""
    assert len(FILLER) > boilerplate.COMMENT_DATE_REACH
    seen = _utc_parses(monkeypatch)
    doc = boilerplate_doc(ARTICLE_EN + THREAD_EN + FILLER + [LONE_DATE], "en")
    rules = {line.text: line.removal.rule if line.removal else None for line in doc.lines}
    assert rules["May 4, 2021 at 9:12 am"] == RULE
    assert seen and LONE_DATE not in seen
    assert "May 5, 2021 at 7:02 pm" in seen


def test_date_line_near_another_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A date line within reach of the thread's last entry is parsed (it could be the thread's next entry)."""
    seen = _utc_parses(monkeypatch)
    boilerplate_doc(ARTICLE_EN + THREAD_EN + FILLER[:3] + [LONE_DATE], "en")
    assert LONE_DATE in seen


def _chains(lines: list, feats: list, heads: list) -> list[list[tuple]]:
    """mark_comment_thread's chains of entry headers, those of two entries or more (no other can be a thread)."""
    chains: list[list[tuple]] = []
    for h in heads:
        if chains:
            gap = range(chains[-1][-1][1], h[0])
            if len(gap) <= boilerplate.COMMENT_MAX_BODY and not [
                k for k in gap
                if lines[k].notes.get("hard_break") or boilerplate._comment_heading(lines[k].text, feats[k])
            ]:
                chains[-1].append(h)
                continue
        chains.append([h])
    return [c for c in chains if len(c) >= 2]


def test_pruned_search_keeps_every_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    """On every test page, each call finds the multi-entry chains the search finds with no line left unparsed."""
    headers = boilerplate._entry_headers
    calls = [0]

    def both(lines: list, feats: list, lo: int, thread: bool = False) -> list:
        pruned = headers(lines, feats, lo, thread)
        with monkeypatch.context() as m:
            m.setattr(boilerplate, "COMMENT_DATE_REACH", 10**9)  # every candidate line within reach: all parsed
            full = headers(lines, feats, lo)
        if thread and not pruned and _chains(lines, feats, full):
            # mark_comment_thread's gate: no heading, no post control, too few headers with a time for a thread
            cands = [
                i for i in range(lo, len(lines)) if boilerplate._entry_date_known(lines[i].text, feats[i], lines[i].notes)
            ]
            assert boilerplate._no_thread_cues(lines, feats, cands)
            assert len([h for h in full if h[2] == 3]) < boilerplate.COMMENT_MIN_ENTRIES_UNHEADED
        else:
            assert _chains(lines, feats, pruned) == _chains(lines, feats, full)
        calls[0] += 1
        return pruned

    monkeypatch.setattr(boilerplate, "_entry_headers", both)
    pipe = Pipeline(config=Config(language_backend="fasttext"))
    for path in sorted(PAGES.glob("*.txt")):
        pipe.run(Document(source=path.name, raw=path.read_bytes()))
    assert calls[0] > 100


def test_cue_gate_changes_no_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """On every test page, mark_comment_thread marks and scores the same lines whether _entry_headers gives up on
    a page with no cue near its possible date lines (_no_thread_cues) or searches it all: a cue farther from them
    than a thread's heading or controls can be makes no thread of headers with no time of day."""
    mark = boilerplate.mark_comment_thread
    calls = [0]

    def both(lines: list, feats: list, scores: list, w: dict) -> None:
        notes, before = [dict(line.notes) for line in lines], list(scores)
        with monkeypatch.context() as m:
            m.setattr(boilerplate, "_no_thread_cues", lambda *args: False)
            mark(lines, feats, scores, w)
        ungated = ([dict(line.notes) for line in lines], list(scores))
        for line, kept in zip(lines, notes, strict=True):
            line.notes.clear()
            line.notes.update(kept)
        scores[:] = before
        mark(lines, feats, scores, w)
        assert ([dict(line.notes) for line in lines], list(scores)) == ungated
        calls[0] += 1

    monkeypatch.setattr(boilerplate, "mark_comment_thread", both)
    pipe = Pipeline(config=Config(language_backend="fasttext"))
    for path in sorted(PAGES.glob("*.txt")):
        pipe.run(Document(source=path.name, raw=path.read_bytes()))
    assert calls[0] > 100
