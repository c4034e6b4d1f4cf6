"""Document.remove, the record's line dicts and segment's direct Line construction against their plain definitions.

Document.remove (compiled) sets Removal's fields without its dataclass __init__; segment's typed
split_lines builds Line objects the same way. Both must give objects equal to the plain constructions.
Document.removal_dicts and paragraph_dicts (the record's `removed` and `paragraphs`, built in compiled
loops) must give what the plain comprehensions over removals() and kept_lines() give.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.document import BODY, HEADING, TITLE, Document, Line, Removal
from cleaners.segment import _split_lines_stripping, split_lines


def _plain_removal(text: str, line: Line, rule: str, reason: str) -> Removal:
    span = text[line.start : line.end] if text else line.text
    return Removal(span, reason, rule, line.start, line.end)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab \n\u00e9\u4e2d", max_size=30),
    st.text(alphabet="ab \n\u00e9\u4e2d", max_size=8),
    st.integers(0, 40),
    st.integers(-3, 10),
)
def test_remove_span_is_the_slice(text: str, line_text: str, start: int, extra: int) -> None:
    end = start + len(line_text) + (extra if extra < 0 or extra > 5 else 0)
    line = Line(0, line_text, start, end)
    doc = Document(source="t", text=text, lines=[line])
    expected = _plain_removal(text, line, "rule:x", "why")
    assert doc.remove(line, "rule:x", "why") is True
    assert line.removal == expected
    assert type(line.removal) is Removal
    assert doc.remove(line, "other", "again") is False
    assert line.removal == expected


def test_remove_joined_line_keeps_its_line_breaks() -> None:
    text = "one two\nthree four\n\nfive"
    joined = Line(0, "one two three four", 0, 18)  # same length as the span, other text
    doc = Document(source="t", text=text, lines=[joined])
    doc.remove(joined, "r", "why")
    assert joined.removal is not None and joined.removal.text == "one two\nthree four"
    assert joined.removal.to_dict() == {"text": "one two\nthree four", "reason": "why", "rule": "r", "start": 0, "end": 18}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\t\u00e9\u3000", max_size=60))
def test_split_lines_builds_the_same_lines(text: str) -> None:
    expected = _split_lines_stripping(text.split("\n"), 100_000)
    got = split_lines(text)
    assert got == expected
    assert [type(line) for line in got] == [Line] * len(got)
    assert all(line.kind == BODY and line.language == "und" and line.removal is None for line in got)


_KINDS = st.sampled_from([BODY, HEADING, TITLE, "bullet", "separator"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="ab \u00e9\u4e2d", min_size=1, max_size=6), _KINDS, st.booleans()), max_size=12))
def test_record_line_dicts_are_the_plain_comprehensions(lines: list[tuple[str, str, bool]]) -> None:
    doc = Document(source="t")
    pos = 0
    for i, (text, kind, removed) in enumerate(lines):
        line = Line(i, text, pos, pos + len(text), kind=kind, language=("en", "zh")[i % 2])
        doc.lines.append(line)
        doc.text += text + "\n"
        pos += len(text) + 1
        if removed:
            doc.remove(line, f"rule:{i % 3}", "why")
    assert doc.removal_dicts() == [r.to_dict() for r in doc.removals()]
    assert doc.paragraph_dicts() == [
        {
            "text": line.text,
            "kind": HEADING if line.kind == HEADING else BODY,
            "language": line.language,
            "start": line.start,
            "end": line.end,
        }
        for line in doc.kept_lines()
        if line.kind != TITLE
    ]
