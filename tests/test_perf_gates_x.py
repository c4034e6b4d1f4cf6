"""The fast paths of perfX give the answers of the code they replace.

- _post_header (mark_later_blog_posts) searches for the stamp that closes the line from where it can start (the
  line's last _POST_STAMP_SOLID characters other than whitespace), not from the line's start; the look-behind still
  sees the character before. Held to the pattern's width and to the first writing on generated and page lines.
- mark_site_about, mark_wiki_notes (and _wiki_note, a ccall now) and board_headers_transparent typed (C indices,
  Line and LineFeatures fields), the same tests in the same order; checked against their first writings the same way.
- social_embeds_transparent reads a line's effective length (a C field) before its substring search for "(@", and
  mark_series_links its digit count before the look-up of its first letter: both tests are pure, and either
  fails the line, so the order changes nothing. Checked against the first writings (copied here) on the inputs
  the pipeline gives the two passes on every dev dump and probe page.
- _formula_line (formulas_scored) tests a character against the relations spelled out as a string literal (compiled:
  a C switch on the typed character) instead of the frozenset _FORMULA_RELATIONS (compiled: a str made of the
  character and a set look-up, per character of every line of a page with a mathematical operator). The literal
  must stay the set: checked on every code point, and on every dev and probe line through formulas_scored.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pagetexts import PAGES, all_chars, dev_dumps, nonblank_lines, probe_lines

from cleaners import boilerplate
from cleaners.boilerplate import formulas_scored
from cleaners.config import Config
from cleaners.document import Document, Line
from cleaners.pipeline import Pipeline

b = boilerplate

# --- the first writing -------------------------------------------------------------------------------------------


def _formula_line_definition(text: str) -> bool:
    """_formula_line as first written: the relation looked up in the frozenset."""
    tokens = single = size = 0
    relation = False
    for c in text:
        if c == " " or c == "\t":
            if size > 0:
                tokens += 1
                single += size == 1
                size = 0
            continue
        size += 1
        if not relation and c in b._FORMULA_RELATIONS:
            relation = True
    if size > 0:
        tokens += 1
        single += size == 1
    return relation and tokens >= b.FORMULA_MIN_TOKENS and single >= b.FORMULA_SINGLE_SHARE * tokens


def _formula_line_now(text: str) -> bool:
    """_formula_line as it runs (a cfunc, compiled: read through formulas_scored). Two copies of the line next to
    each other on a page with a mathematical operator: both are noted "formula" exactly when the line is one
    (FORMULA_MIN_LINES = 2, within FORMULA_GAP)."""
    assert b.FORMULA_MIN_LINES == 2 and b.FORMULA_GAP >= 1
    lines = [Line(0, text, 0, len(text), notes={}), Line(1, text, 0, len(text), notes={})]
    feats = [None, None]  # (read only for the lines between two formulas: none here)
    scores = [-1.0, -1.0]
    formulas_scored(lines, feats, scores, "\u2211")  # (the page-level premise: a character of U+2200-U+22FF)
    return bool(lines[0].notes.get("formula"))


# --- the tests ---------------------------------------------------------------------------------------------------


def test_the_relations_are_the_set() -> None:
    """A line made of one-character tokens around each code point is a formula exactly when the code point is one
    of _FORMULA_RELATIONS (a relation left out of the literal, or one added to it, fails here)."""
    wrong = []
    for ch in all_chars():
        if ch in " \t":
            continue
        text = f"a {ch} b c d e"
        if _formula_line_now(text) != (ch in b._FORMULA_RELATIONS):
            wrong.append(hex(ord(ch)))
    assert not wrong, wrong[:20]


def test_probe_lines_read_as_before() -> None:
    lines = probe_lines()
    assert lines
    wrong = [t for t in lines if _formula_line_now(t) != _formula_line_definition(t)]
    assert not wrong, wrong[:5]


def test_dev_lines_read_as_before() -> None:
    lines = nonblank_lines(dev_dumps())
    assert lines
    wrong = [t for t in lines if _formula_line_now(t) != _formula_line_definition(t)]
    assert not wrong, wrong[:5]
    # (the dev pages hold formulas: the comparison is not only of lines that are none)
    assert sum(map(_formula_line_definition, lines)) >= 5


@pytest.mark.parametrize("text", ["sin 2 θ + cos 2 θ = 1", "a ≤ b + c", "x ⩽ y ⩾ z", "1 GBP = 1.2034 USD ↓ −0.21 %"])
def test_examples(text: str) -> None:
    assert _formula_line_now(text) == _formula_line_definition(text)


# --- social_embeds_transparent and mark_series_links: the typed length/digit test first ------------------------------


def _social_embeds_transparent_definition(lines: list, feats: list, scores: list) -> None:
    """social_embeds_transparent as first written: the substring search before the length test."""
    for i, line in enumerate(lines):
        text = line.text
        if "(@" not in text or feats[i].eff_len > 90 or line.notes.get("furniture"):
            continue
        if b.patterns.SOCIAL_EMBED_SIGNATURE_RE.match(text) is None:
            continue
        first = -1
        for k in range(i - 1, max(-1, i - b.SOCIAL_EMBED_MAX_LINES - 1), -1):
            above = lines[k].notes.get("furniture")
            if lines[k].notes.get("hard_break") or "(@" in lines[k].text:
                break
            if above and above[0] == "social-handle":
                first = k
                name = k - 1
                if name >= 0 and feats[name].cls == b.SHORT and not feats[name].terminal and not lines[name].notes.get(
                    "furniture"
                ) and b._signature_names(lines[name].text, text):
                    first = name
                break
        if first < 0:
            continue
        for k in range(first, i + 1):
            if feats[k].cls == b.GOOD or feats[k].cls == b.NEAR:
                continue
            scores[k] = 0.0
            if k < i and not lines[k].notes.get("furniture"):
                lines[k].notes["furniture"] = b._SOCIAL_EMBED_RULE


def _mark_series_links_definition(lines: list, feats: list) -> None:
    """mark_series_links as first written: the first letter's look-up before the digit count."""
    n = len(lines)
    i = 0
    while i < n:
        text = lines[i].text
        if not text or text[0] not in b._SERIES_FIRST or feats[i].digits == 0:
            i += 1
            continue
        m = b._SERIES_ITEM_RE.match(text)
        if m is None or int(m.group(1)) != 1:
            i += 1
            continue
        j = i
        while j < n and not lines[j].notes.get("furniture") and not feats[j].terminal and feats[j].cls != b.GOOD:
            m = b._SERIES_ITEM_RE.match(lines[j].text)
            if m is None or int(m.group(1)) != j - i + 1:
                break
            j += 1
        if j - i >= b.SERIES_MIN_ITEMS:
            for k in range(i, j):
                lines[k].notes["furniture"] = b._SERIES_RULE
        i = max(j, i + 1)


def _mark_site_about_definition(lines: list, feats: list) -> int:
    """mark_site_about as first written (untyped)."""
    n = len(lines)
    prose = False
    for i in range(n - 1):
        f = feats[i]
        if f.cls == b.GOOD:
            prose = True
            continue
        if not prose or f.words > b.SITE_ABOUT_MAX_WORDS or f.terminal or lines[i].notes.get("furniture"):
            continue
        text = lines[i].text.strip()
        if text[:1] not in b._SITE_ABOUT_FIRST:
            continue
        m = b._SITE_ABOUT_RE.fullmatch(text)
        if m is None or not m.group(1)[:1].isupper() or feats[i + 1].cls != b.GOOD:
            continue
        name = m.group(1).casefold()
        if any(name in lines[k].text.casefold() for k in range(min(b.SITE_NAME_LINES, i))):
            lines[i].notes["furniture"] = b._SITE_ABOUT_RULE
            lines[i].notes["hard_break"] = True
            return i
    return -1


def _wiki_note_definition(text: str) -> bool:
    """_wiki_note as first written."""
    if text[:1] != "↑":
        return False
    rest = text[1:].lstrip()
    return rest[:1].isalpha() or rest[:1] in "\"“«„'‘"


def _mark_wiki_notes_definition(lines: list, feats: list) -> None:
    """mark_wiki_notes as first written (untyped, _wiki_note's first writing)."""
    n = len(lines)
    i = 0
    while i < n:
        j = i
        while j < n and _wiki_note_definition(lines[j].text):
            j += 1
        if j - i >= b.WIKI_NOTES_MIN and b._cited_notes(lines, feats, i, j):
            for k in range(i, j):
                lines[k].notes.setdefault("furniture", b._WIKI_NOTES_RULE)
            h = i - 1
            if h >= 0 and lines[h].notes.get("furniture") is None and feats[h].cls != b.GOOD and not feats[h].terminal \
                    and 0 < feats[h].words <= b.WIKI_NOTES_HEADING_MAX_WORDS:
                lines[h].notes["furniture"] = b._WIKI_NOTES_RULE
        i = max(j, i + 1)


def _board_headers_transparent_definition(lines: list, feats: list, scores: list) -> None:
    """board_headers_transparent as first written: the headers found by a list comprehension."""
    headers = [i for i, line in enumerate(lines) if line.notes.get("furniture") == b._BOARD_HEADER_RULE]
    if len(headers) < b.BOARD_MIN_POSTS:
        return
    numbers = [int(b._LEADING_NUMBER_RE.match(lines[i].text.lstrip()).group()) for i in headers]
    if any(y <= x for x, y in zip(numbers, numbers[1:], strict=False)):
        return
    for i in headers:
        scores[i] = max(scores[i], 0.0)
        if i + 1 < len(lines) and b._BOARD_ANCHOR_RE.fullmatch(lines[i + 1].text.strip()):
            scores[i + 1] = max(scores[i + 1], 0.0)


def _copy(lines: list) -> list:
    return [Line(line.index, line.text, line.start, line.end, kind=line.kind, notes=dict(line.notes)) for line in lines]


_PASSES = ("social_embeds_transparent", "mark_series_links", "mark_site_about", "mark_wiki_notes",
           "board_headers_transparent")
_ORIGINAL = {name: getattr(boilerplate, name) for name in _PASSES}
_CAPTURED: dict[str, list[tuple]] = {}


def _captured(name: str) -> list[tuple]:
    """The inputs of the passes of _PASSES on every dev dump and probe page (the pipeline run once, each input
    copied before its pass runs): (page, lines, feats[, scores])."""
    if _CAPTURED:
        return _CAPTURED[name]
    paths = dev_dumps(required=False) + sorted(PAGES.glob("*.txt"))
    source = [""]

    def keeper(pass_name: str):  # noqa: ANN202
        original = _ORIGINAL[pass_name]
        store = _CAPTURED.setdefault(pass_name, [])

        def keep(lines: list, feats: list, *rest: list):  # noqa: ANN202
            store.append((source[0], _copy(lines), feats, *(list(r) for r in rest)))
            return original(lines, feats, *rest)

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
    for page, lines, feats, *rest in pages:
        lines_now, rest_now = _copy(lines), [list(r) for r in rest]
        got_now = now_pass(lines_now, feats, *rest_now)
        lines_first, rest_first = _copy(lines), [list(r) for r in rest]
        got_first = first(lines_first, feats, *rest_first)
        assert got_now == got_first, page
        assert [x.notes for x in lines_now] == [x.notes for x in lines_first], page
        assert rest_now == rest_first, page
        marked += any(x.notes.get("furniture") == rule for x in lines_now)
    return marked


def test_social_embeds_transparent_is_its_first_writing_on_every_page() -> None:
    assert _compare("social_embeds_transparent", _social_embeds_transparent_definition, b._SOCIAL_EMBED_RULE) >= 1


def test_mark_series_links_is_its_first_writing_on_every_page() -> None:
    assert _compare("mark_series_links", _mark_series_links_definition, b._SERIES_RULE) >= 1


def test_mark_site_about_is_its_first_writing_on_every_page() -> None:
    assert _compare("mark_site_about", _mark_site_about_definition, b._SITE_ABOUT_RULE) >= 1


def test_mark_wiki_notes_is_its_first_writing_on_every_page() -> None:
    assert _compare("mark_wiki_notes", _mark_wiki_notes_definition, b._WIKI_NOTES_RULE) >= 1


def test_board_headers_transparent_is_its_first_writing_on_every_page() -> None:
    pages = _captured("board_headers_transparent")
    # (the pass marks nothing: it lifts the scores of a board's headers, which the comparison of scores covers)
    assert _compare("board_headers_transparent", _board_headers_transparent_definition, ()) == 0
    assert any(x.notes.get("furniture") == b._BOARD_HEADER_RULE for _, lines, *_ in pages for x in lines)


def test_wiki_note_is_its_first_writing() -> None:
    texts = nonblank_lines(dev_dumps(required=False)) + probe_lines()
    texts += ["", "↑", "↑ ", "↑ 3.2%", "↑ Smith", "↑«x»", "x↑ Smith", "↑↑ a"] + ["↑ " + c for c in all_chars()[:0x3000]]
    wrong = [t for t in texts if b._wiki_note(t) != _wiki_note_definition(t)]
    assert not wrong, wrong[:5]
    assert sum(map(_wiki_note_definition, texts)) > 1000


# --- _post_header: the stamp searched for where it can start -------------------------------------------------------


def _post_header_definition(text: str, f: object) -> tuple | None:
    """_post_header as first written: the search from the line's start."""
    if f.words > b.BLOG_POST_TITLE_MAX_WORDS + 6 or not text:
        return None
    last = text[-1]
    if not ("0" <= last <= "9" or last == "M" or last == "m" or last == "." or last == "分"):
        return None
    if not (":" in text or "：" in text or "分" in text):
        return None
    found = b._POST_STAMP_AT_END_RE.search(text)
    if found is None:
        return None
    title = text[: found.start()].strip()
    if not title or len(title) > b.BLOG_POST_TITLE_MAX_CHARS or len(title.split()) > b.BLOG_POST_TITLE_MAX_WORDS:
        return None
    for ch in title:
        if ch.isalpha():
            return found.group("date"), " ".join(found.group(0).split())
    return None


def test_post_stamp_solid_is_the_patterns_width() -> None:
    """The most characters other than whitespace a stamp holds: the pattern's greatest width once its whitespace
    parts (\\s*, \\s+, \\s?, the spaces) are taken out; none of the parts left matches whitespace."""
    import re._parser as sre_parse
    from re import _constants as c

    pattern = b._POST_STAMP_AT_END_RE.pattern
    solid = pattern.replace(r"\s*", "").replace(r"\s+", "").replace(r"\s?", "").replace(" ", "")
    spaces = [ch for ch in all_chars() if re.fullmatch(r"\s", ch)]

    def no_space(items: object) -> None:  # every part left consumes no whitespace character
        for op, av in items:
            if op is c.LITERAL:
                assert not chr(av).isspace()
            elif op is c.IN:
                assert not any(re.fullmatch(sre_parse_class(av), ch) for ch in spaces), av
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                no_space(av[2])
            elif op is c.SUBPATTERN:
                no_space(av[3])
            elif op is c.BRANCH:
                for branch in av[1]:
                    no_space(branch)
            else:  # look-arounds and anchors consume nothing
                assert op in (c.ASSERT, c.ASSERT_NOT, c.AT), op

    def sre_parse_class(av: list) -> str:
        parts = []
        for op, x in av:
            if op is c.LITERAL:
                parts.append(re.escape(chr(x)))
            elif op is c.RANGE:
                parts.append(re.escape(chr(x[0])) + "-" + re.escape(chr(x[1])))
            else:
                assert op is c.CATEGORY and x is c.CATEGORY_DIGIT, (op, x)
                parts.append(r"\d")
        return "[" + "".join(parts) + "]"

    parsed = sre_parse.parse(solid)
    no_space(parsed)
    assert parsed.getwidth()[1] == _post_stamp_solid()


def _post_stamp_solid() -> int:
    """boilerplate._POST_STAMP_SOLID: a module attribute in pure Python, a C global once compiled (read from the
    source then, which the build's manifest ties to the compiled module)."""
    if hasattr(b, "_POST_STAMP_SOLID"):
        return b._POST_STAMP_SOLID
    source = Path(b.__file__).with_name("boilerplate.py").read_text(encoding="utf-8")
    found = re.findall(r"^_POST_STAMP_SOLID = cython\.declare\(cython\.Py_ssize_t, (\d+)\)$", source, re.MULTILINE)
    assert len(found) == 1
    return int(found[0])


def test_post_header_is_its_first_writing() -> None:
    rng = random.Random(7)
    titles = ["Gone fishing", "Gone fishing (photos)", "A day at the lake, part 2", "日記", "Notes", "", "12", "Re:",
              "Posted by Ann @", "Weekend reading list for the long winter nights ahead of us all"]
    dates = ["2005-03-21", "21.03.2005", "2005年3月21日", "March 21, 2005", "21 March 2005", "Sept. 3, 2019", "3/4/2021",
             "1 Jan 2000", "2005/3/21"]
    seps = [" ", "  ", "\t", "\u00a0", "\u3000", ", ", " at ", ",   at  ", " at\u2003", "", " - ", "   \t  "]
    times = ["01:20", "01:20:44", "1:20 PM", "11:05 a.m.", "9：30", "9時30分", "12:00am", "01:20 ", "1:2", "01:20:44.5"]
    texts = [rng.choice(titles) + rng.choice([" ", "  ", "\u3000", ""]) + rng.choice(dates) + rng.choice(seps)
             + rng.choice(times) for _ in range(6000)]
    texts += [t for t in nonblank_lines(dev_dumps(required=False)) + probe_lines() if len(t) <= 400]
    found = 0
    for text in texts:
        f = b.line_features(text, "en")
        got = b._post_header(text, f)
        assert got == _post_header_definition(text, f), text
        found += got is not None
    assert found > 500
