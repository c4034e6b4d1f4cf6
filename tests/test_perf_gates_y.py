"""The fast paths of perfF (session y) give the answers of the code they replace.

- mark_editorial_notes tests a line's first and last characters other than whitespace and its stripped length
  (_may_be_editorial_head: typed, no strip) before it strips the line and runs _EDITORIAL_NOTE_HEAD_RE. The length
  bound is the pattern's least width, the last characters those a match can end with (read off the parsed pattern,
  in every re.IGNORECASE form), the first characters the set the pass tested before (_EDITORIAL_NOTE_INITIALS): each
  literal of the gate is held to its name on every code point, and the pass to its first writing (copied here) on
  the pipeline's inputs of every dev dump and probe page.
- mark_transcript_hints reads its two bounds once per page as C values (a comparison of a line's count with a module
  global boxed the count): held to its first writing the same way.
- mark_sponsor_blocks reads the next line's class and rule (whether a bare label can be there) only under a line of
  at most SPONSOR_BARE_MAX_WORDS words, read once per page as a C value: pure reads, the same answer; held to its
  first writing the same way.
- furniture_rule tests its first character against string literals (compiled: a C switch) instead of C copies of
  ten str globals (a search of the string, two or more per line): each literal must stay its set, written in code
  point order, so a set changed without its literal fails here.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from pathlib import Path
from re import _constants as c

import pytest
from pagetexts import PAGES, all_chars, dev_dumps, nonblank_lines, probe_lines

from cleaners import boilerplate
from cleaners.config import Config
from cleaners.document import Document, Line
from cleaners.pipeline import Pipeline

b = boilerplate

# --- the first writings --------------------------------------------------------------------------------------------


def _mark_editorial_notes_definition(lines: list, feats: list) -> None:
    """mark_editorial_notes as first written: the strip and the first letter's look-up, then the regex."""
    n = len(lines)
    for i in range(n - 1):
        f = feats[i]
        if f.words > 8:
            continue
        text = lines[i].text.strip()
        if text[:1] not in b._EDITORIAL_NOTE_INITIALS or not b._EDITORIAL_NOTE_HEAD_RE.match(text):
            continue
        note, fn = lines[i + 1], feats[i + 1]
        if note.notes.get("furniture") or note.notes.get("hard_break") or fn.words > b.EDITORIAL_NOTE_MAX_WORDS:
            continue
        if not fn.terminal or (i + 2 < n and feats[i + 2].cls == b.GOOD):
            continue
        if any(
            feats[k].cls == b.GOOD and feats[k].words >= b.EDITORIAL_NOTE_NEXT_PARAGRAPH_WORDS
            for k in range(i + 3, min(n, i + 2 + b.EDITORIAL_NOTE_LOOKAHEAD))
        ):
            continue
        if not lines[i].notes.get("furniture"):
            lines[i].notes["furniture"] = b._EDITORIAL_NOTE_RULE
        note.notes["furniture"] = b._EDITORIAL_NOTE_RULE


def _mark_transcript_hints_definition(lines: list, feats: list) -> None:
    """mark_transcript_hints as first written: the bounds read as module globals on every line."""
    n = len(lines)
    for i in range(1, n - b.TRANSCRIPT_HINT_MIN_TIMED):
        f = feats[i]
        if f.words > b.TRANSCRIPT_HINT_MAX_WORDS or f.words < 2 or not f.terminal or lines[i].notes.get("furniture"):
            continue
        head = feats[i - 1]
        if head.words > 2 or head.terminal:
            continue
        text = lines[i].text
        if b._TIMED_LINE_RE.match(text) is not None:
            continue
        timed = True
        for k in range(i + 1, i + 1 + b.TRANSCRIPT_HINT_MIN_TIMED):
            if b._TIMED_LINE_RE.match(lines[k].text) is None:
                timed = False
                break
        if not timed:
            continue
        words = {w.casefold() for w in re.findall(r"\w+", text)}
        heads = [w.casefold() for w in re.findall(r"\w+", lines[i - 1].text) if len(w) >= 4]
        if heads and all(w in words for w in heads):
            lines[i].notes["furniture"] = b._TRANSCRIPT_HINT_RULE


def _mark_sponsor_blocks_definition(lines: list, feats: list) -> None:
    """mark_sponsor_blocks as first written: the next line's class and rule read under every short line."""
    n = len(lines)
    for i in range(n - 2):
        f = feats[i]
        if f.words > 8 or f.terminal:
            continue
        rule = lines[i].notes.get("furniture")
        if rule is not None and rule[0] != "furniture":
            continue
        g = feats[i + 1]
        pitch_rule = lines[i + 1].notes.get("furniture")
        bare = f.words <= b.SPONSOR_BARE_MAX_WORDS and (g.cls == b.GOOD or g.cls == b.NEAR) and (
            pitch_rule is None or pitch_rule[0] == "promo"
        )
        if rule is not None and not bare:
            continue
        if not bare and not b._holds_pon(lines[i].text):
            continue
        text = lines[i].text.strip()
        low = text.lower()
        if low == text and text.upper() != text:
            continue
        if rule is not None or "pon" not in low or not b._SPONSOR_LABEL_RE.fullmatch(text):
            if bare and b._SPONSOR_BARE_LABEL_RE.fullmatch(text) and b._closes_with_call(lines[i + 1].text):
                lines[i].notes["furniture"] = b._SPONSOR_RULE
                lines[i + 1].notes["furniture"] = b._SPONSOR_RULE
            continue
        for j in range(i + 1, min(n, i + 1 + b.SPONSOR_BLOCK_MAX_LINES)):
            g = feats[j]
            if g.cls == b.GOOD or g.cls == b.NEAR:
                continue
            if j > i + 1 and 1 <= g.words <= b.SPONSOR_BUTTON_MAX_WORDS and not g.terminal:
                for k in range(i, j + 1):
                    lines[k].notes.setdefault("furniture", b._SPONSOR_RULE)
            break


# --- the pattern's least width and last characters -----------------------------------------------------------------

_SPACE = object()  # (a \s class: no character a stripped line ends with)


def _class_chars(items: list) -> set:
    out: set = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            assert op is c.CATEGORY and av is c.CATEGORY_SPACE, (op, av)
            out.add(_SPACE)
    return out


def _ends(items: list) -> tuple[set, bool]:
    """The characters a match of `items` can end with, and whether it can be empty."""
    chars: set = set()
    for op, av in reversed(list(items)):
        last, empty = _item_ends(op, av)
        chars |= last
        if not empty:
            return chars, False
    return chars, True


def _item_ends(op: object, av: object) -> tuple[set, bool]:
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        return _class_chars(av), False
    if op is c.SUBPATTERN:
        return _ends(av[3])
    if op is c.BRANCH:
        results = [_ends(branch) for branch in av[1]]
        return set().union(*(r[0] for r in results)), any(r[1] for r in results)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        chars, empty = _ends(av[2])
        return chars, empty or av[0] == 0
    assert op is c.AT, op  # (^ and $ consume nothing)
    return set(), True


def _ignorecase_closure(chars: set) -> set:
    """Every code point re.IGNORECASE matches with one of `chars` (read from re itself, not a case table)."""
    cls = re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]", re.IGNORECASE)
    return {ch for ch in all_chars() if cls.fullmatch(ch)}


def test_editorial_min_chars_is_the_patterns_least_width() -> None:
    regex = b._EDITORIAL_NOTE_HEAD_RE
    assert sre_parse.parse(regex.pattern, regex.flags).getwidth()[0] == b._EDITORIAL_NOTE_MIN_CHARS


def test_editorial_last_characters_are_the_patterns() -> None:
    regex = b._EDITORIAL_NOTE_HEAD_RE
    assert regex.flags & re.IGNORECASE
    chars, empty = _ends(sre_parse.parse(regex.pattern, regex.flags))
    assert not empty
    chars.discard(_SPACE)
    assert chars >= set("esyln:?")  # (the parse read what it should: "article", "process", "story", ...)
    assert _ignorecase_closure(chars) == set(b._EDITORIAL_NOTE_LAST)


# --- _may_be_editorial_head: each literal its name, on every code point --------------------------------------------


def test_editorial_gate_first_characters_are_the_initials() -> None:
    tail = "x" * (b._EDITORIAL_NOTE_MIN_CHARS - 2) + "s"
    wrong = [hex(ord(ch)) for ch in all_chars() if not ch.isspace()
             and b._may_be_editorial_head(ch + tail) != (ch in b._EDITORIAL_NOTE_INITIALS)]
    assert not wrong, wrong[:20]


def test_editorial_gate_last_characters_are_the_set() -> None:
    head = "h" + "x" * (b._EDITORIAL_NOTE_MIN_CHARS - 2)
    wrong = [hex(ord(ch)) for ch in all_chars() if not ch.isspace()
             and b._may_be_editorial_head(head + ch) != (ch in b._EDITORIAL_NOTE_LAST)]
    assert not wrong, wrong[:20]


@pytest.mark.parametrize("pad", ["", " ", "\t \u3000", "\u00a0\u2003"])
def test_editorial_gate_length_and_whitespace(pad: str) -> None:
    size = b._EDITORIAL_NOTE_MIN_CHARS
    assert b._may_be_editorial_head(pad + "h" + "x" * (size - 2) + "s" + pad)
    assert not b._may_be_editorial_head(pad + "h" + "x" * (size - 3) + "s" + pad)
    assert not b._may_be_editorial_head(pad + "h" + " " * (size - 2) + pad)  # (inner whitespace counts: "h" alone)
    assert b._may_be_editorial_head(pad + "h" + " " * (size - 2) + "s" + pad)
    assert not b._may_be_editorial_head(pad)


@pytest.mark.parametrize("text", [
    "How we reviewed this article:", "how we fact-checked this guide", "Our editorial process", "EDITORIAL POLICY",
    "Why you can trust us?", "Why trust us", "Unsere redaktionellen Grundsätze", "Redaktionelle Richtlinien",
    "Notre charte éditoriale", "Processus éditorial :", "Nuestro proceso editorial", "Nosso processo editorial",
    "Il nostro processo editoriale", "  Our editorial proceſſ ", "Why trust uſ", "\u3000Editorial standards\u3000",
])
def test_editorial_gate_passes_every_heading(text: str) -> None:
    assert b._EDITORIAL_NOTE_HEAD_RE.match(text.strip())
    assert b._may_be_editorial_head(text)


def test_editorial_gate_is_necessary_on_every_line() -> None:
    """No dev or probe line (any casing) the pass's first tests let through fails the gate and matches the regex."""
    texts = nonblank_lines(dev_dumps(required=False)) + probe_lines()
    texts += [t.upper() for t in texts if len(t) < 80] + [t.lower() for t in texts if len(t) < 80]
    missed = [t for t in texts if not b._may_be_editorial_head(t) and t.strip()[:1] in b._EDITORIAL_NOTE_INITIALS
              and b._EDITORIAL_NOTE_HEAD_RE.match(t.strip())]
    assert not missed, missed[:5]


# --- the passes on every page's inputs -----------------------------------------------------------------------------


def _copy(lines: list) -> list:
    return [Line(line.index, line.text, line.start, line.end, kind=line.kind, notes=dict(line.notes)) for line in lines]


_PASSES = ("mark_editorial_notes", "mark_transcript_hints", "mark_sponsor_blocks")
_ORIGINAL = {name: getattr(boilerplate, name) for name in _PASSES}
_CAPTURED: dict[str, list[tuple]] = {}


def _captured(name: str) -> list[tuple]:
    """The inputs of the passes of _PASSES on every dev dump and probe page (the pipeline run once, each input
    copied before its pass runs): (page, lines, feats)."""
    if _CAPTURED:
        return _CAPTURED[name]
    paths = dev_dumps(required=False) + sorted(PAGES.glob("*.txt"))
    source = [""]

    def keeper(pass_name: str):  # noqa: ANN202
        original = _ORIGINAL[pass_name]
        store = _CAPTURED.setdefault(pass_name, [])

        def keep(lines: list, feats: list):  # noqa: ANN202
            store.append((source[0], _copy(lines), feats))
            return original(lines, feats)

        return keep

    with pytest.MonkeyPatch.context() as m:
        for pass_name in _PASSES:
            m.setattr(boilerplate, pass_name, keeper(pass_name))
        pipe = Pipeline(config=Config(language_backend="fasttext"))
        for path in paths:
            source[0] = path.name
            pipe.run(Document(source=path.name, raw=path.read_bytes()))
    return _CAPTURED[name]


def _compare(name: str, first: object, rule: tuple) -> int:
    """Runs pass `name` as it is and as first written on copies of every captured input; the pages it marks."""
    pages = _captured(name)
    assert len(pages) > 900
    now_pass = _ORIGINAL[name]
    marked = 0
    for page, lines, feats in pages:
        lines_now, lines_first = _copy(lines), _copy(lines)
        assert now_pass(lines_now, feats) == first(lines_first, feats), page
        assert [x.notes for x in lines_now] == [x.notes for x in lines_first], page
        marked += any(x.notes.get("furniture") == rule for x in lines_now)
    return marked


def test_mark_editorial_notes_is_its_first_writing_on_every_page() -> None:
    assert _compare("mark_editorial_notes", _mark_editorial_notes_definition, b._EDITORIAL_NOTE_RULE) >= 1


def test_mark_transcript_hints_is_its_first_writing_on_every_page() -> None:
    assert _compare("mark_transcript_hints", _mark_transcript_hints_definition, b._TRANSCRIPT_HINT_RULE) >= 1


def test_mark_sponsor_blocks_is_its_first_writing_on_every_page() -> None:
    assert _compare("mark_sponsor_blocks", _mark_sponsor_blocks_definition, b._SPONSOR_RULE) >= 1


@pytest.mark.parametrize("label, pitch", [
    ("Sponsored", "Tired of slow mornings? Our coffee grinder does it in seconds. Try it free for 30 days."),
    ("Sponsored content", "A pitch that has no call at the end of it, only a claim about beans."),
    ("SPONSORED", "Short."),
    ("A message from our sponsor", "Great beans roasted daily in small batches by people who care about them."),
])
def test_mark_sponsor_blocks_examples(label: str, pitch: str) -> None:
    """A bare label over a pitch, a sponsor's label over prose and a button: both writings, same marks."""
    texts = ["Our story goes on here with a long paragraph of the article's own text, as articles do.", label, pitch,
             "Try Beanly free", "And the article goes on with another long paragraph of its own text, as before."]
    lines = [Line(k, t, 0, len(t), notes={}) for k, t in enumerate(texts)]
    feats = []
    for t in texts:
        f = b.line_features(t, "en")
        f.cls = b.classify(f)
        feats.append(f)
    lines_now, lines_first = _copy(lines), _copy(lines)
    b.mark_sponsor_blocks(lines_now, feats)
    _mark_sponsor_blocks_definition(lines_first, feats)
    assert [x.notes for x in lines_now] == [x.notes for x in lines_first]


# --- furniture_rule: the first-character literals ------------------------------------------------------------------

_FIRST_SETS = (
    "_AUTHOR_BOX_FIRST", "_MORE_TOPIC_CJK_INITIALS", "_MORE_TOPIC_INITIALS", "_PERSON_CREDIT_FIRST",
    "_SHARE_PLEA_IF_FIRST", "_SHARE_PLEA_IF_OTHER_FIRST", "_SHARE_PLEA_TURKIC_FIRST", "_QA_ASKED_ROW_FIRST",
    "_POSTED_CLOCK_FIRST", "_BOOKING_CTA_FIRST",
)


def _furniture_rule_code() -> str:
    """furniture_rule's source without its comments (read from the source: the build manifest ties it to the
    compiled module)."""
    source = Path(b.__file__).with_name("boilerplate.py").read_text(encoding="utf-8")
    start = source.index("def furniture_rule(")
    body = source[start : source.index("\n\n\n", start)]
    return "\n".join(line.split("  #")[0] for line in body.splitlines())


def test_furniture_rule_first_character_literals_are_the_sets() -> None:
    code = _furniture_rule_code()
    for name in _FIRST_SETS:
        chars = getattr(b, name)
        assert chars and all(len(ch) == 1 for ch in chars), name
        literal = "".join(sorted(set(chars)))
        assert f'first in "{literal}"' in code, (name, literal)
    # No test of the first character against a name is left (a str global, or its C copy).
    assert re.search(r"\bfirst (?:not )?in [A-Za-z_]", code) is None
    assert not [name for name in _FIRST_SETS if hasattr(b, "_C" + name)]
