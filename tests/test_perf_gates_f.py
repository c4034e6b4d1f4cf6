"""furniture_rule's cheaper forms of its own tests give the answers the plain forms gave:

- its bounds and first-character sets are C copies (_C_<NAME>) of the module's names, each the value of its name
  (read off the source: compiled, the copies are not visible to Python) and each name used through its copy;
- its first and last character are read once (text[0], text[n - 1]) where it sliced text[:1] and text[-1:]: the
  same for any line with a character, and no line without one reaches it (line_features raises on an empty line);
- _run_on_read_button finds the tail's last sentence stop by a loop from the end, the largest of the stops' rfind;
- the counters' regexes need an opening bracket, POSTED_CLOCK_RE one of its verbs' first letters (read off its parse
  tree), and _may_be_qa_meta asks only the openers under the line's first letter;
- a long line the phrase scan skips (eff_len >= 300 and over 40 words) asks the scan's opinion-disclaimer bit
  before is_opinion_disclaimer's own key scan: every line that key scan passes has the bit (the probe pages' and the
  dev dumps' lines, case-folding edge characters, generated strings).
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import PAGES, dev_dumps, nonblank_lines
from test_boilerplate_prefilters import opening_chars

from cleaners import boilerplate, patterns

SOURCE = Path(boilerplate.__file__).with_name("boilerplate.py").read_text(encoding="utf-8")
PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
ALL_LINES = PROBE_LINES + DEV_LINES
_OPINION_BIT = patterns.OPINION_DISCLAIMER.bit
_EDGES = "İıſßﬁﬀςΣＩＮＶＥＳＴ\u0307\u0301K"


def _mirrors() -> dict[str, ast.expr]:
    """The module's `_C_<NAME> = cython.declare(<type>, <value>)` assignments: copy name -> value expression."""
    out = {}
    for node in ast.parse(SOURCE).body:
        if (
            isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id.startswith("_C_") and isinstance(node.value, ast.Call)
            and ast.unparse(node.value.func) == "cython.declare"
        ):
            out[node.targets[0].id] = node.value.args[1]
    return out


def _furniture_rule_source() -> str:
    start = SOURCE.index("def furniture_rule(")
    return SOURCE[start : SOURCE.index("\n\n\n", start)]


def test_each_c_copy_is_the_value_of_its_name() -> None:
    mirrors = _mirrors()
    assert len(mirrors) >= 25  # (the first-character sets are literals now: tests/test_perf_gates_y.py)
    for copy, value in mirrors.items():
        name = copy[len("_C"):]  # "_C_POST_NAV_MAX_WORDS" -> "_POST_NAV_MAX_WORDS"; "_C_AUTHOR_BOX_FIRST" -> "_AUTHOR_BOX_FIRST"
        text = ast.unparse(value)
        bare = name[1:]
        if text == bare or text == f"patterns.{bare}":  # a bound: the value of the name
            owner = patterns if text.startswith("patterns.") else boilerplate
            assert isinstance(getattr(owner, bare), int), copy
        elif text == name:  # a first-character string
            assert isinstance(getattr(boilerplate, name), str), copy
        else:  # a set of single characters, joined
            assert text == f"''.join(sorted({name}))", copy
            chars = getattr(boilerplate, name)
            assert all(len(c) == 1 for c in chars), copy
            assert set("".join(sorted(chars))) == set(chars), copy


def test_furniture_rule_uses_each_copy_and_no_name_beside_it() -> None:
    body = _furniture_rule_source()
    code = "\n".join(line.split("#")[0] for line in body.splitlines())  # (a comment may still name a name)
    for copy in _mirrors():
        assert copy in code, copy
        name = copy[len("_C"):]
        plain = name[1:] if name[1:] == name[1:].upper() and name[1:].endswith(("_WORDS", "_LEN", "_CHARS")) else name
        assert re.search(rf"(?<![\w.]){plain}\b", code) is None, plain
    # No slice of the line's first or last character is left: the characters read once stand for them.
    assert "text[:1]" not in code and "text[-1:]" not in code and code.count("text[0]") == 1


def test_no_empty_line_reaches_furniture_rule() -> None:
    """first/last are read as text[0] and text[n - 1]; "" in "..." is True, so an empty line would answer otherwise:
    none gets there, its features cannot be computed."""
    with pytest.raises(ZeroDivisionError):
        boilerplate.line_features("", "en")


@pytest.mark.parametrize("chars", [")）", ")]", ":：", "SsAa", "Tt", "([", "Ttこ本"])
def test_a_character_tests_as_its_slice(chars: str) -> None:
    for line in ALL_LINES[::7]:
        assert (line[:1] in chars) == (line[0] in chars), line
        assert (line[-1:] in chars) == (line[len(line) - 1] in chars), line


def _run_on_read_button_rfind(text: str) -> bool:
    """_run_on_read_button as written before: the largest rfind of each stop."""
    tail = text[-boilerplate.READ_BUTTON_MAX_CHARS:]
    k = -1
    for c in boilerplate._SENTENCE_STOPS:
        k = max(k, tail.rfind(c))
    return k >= 0 and k < len(tail) - 2 and boilerplate._read_button(tail[k + 1:])


def test_run_on_read_button_as_its_rfind_form() -> None:
    rng = random.Random(7)
    texts = [*ALL_LINES]
    for _ in range(3000):  # lines that end with a button after a stop, others just before or after one
        button = rng.choice(boilerplate.READ_BUTTONS)
        stop = rng.choice(boilerplate._SENTENCE_STOPS + " ")
        texts.append(rng.choice(["A pet comforts people", "Ein Text", "", "x" * 40]) + stop + rng.choice([" ", ""]) + button)
    found = 0
    for text in texts:
        ours = boilerplate._run_on_read_button(text)
        assert ours == _run_on_read_button_rfind(text), text
        found += ours
    assert found >= 500


def test_run_on_read_button_stops_are_the_sentence_stops() -> None:
    start = SOURCE.index("def _run_on_read_button(")
    body = SOURCE[start : SOURCE.index("\n\n\n", start)]
    assert f'if c in "{boilerplate._SENTENCE_STOPS}":' in body


def test_run_on_read_button_mutant_is_caught() -> None:
    """The first stop from the start (not the last) would answer otherwise on a line of two sentences."""
    text = "Pets comfort us. A review lists ways. Read now"
    tail = text[-boilerplate.READ_BUTTON_MAX_CHARS:]
    first = min(i for i in (tail.find(c) for c in boilerplate._SENTENCE_STOPS) if i >= 0)
    assert boilerplate._run_on_read_button(text)
    assert not boilerplate._read_button(tail[first + 1:])


def _opinion_keys_hit(text: str) -> bool:
    """is_opinion_disclaimer's own gate: its key scan over the lower-cased line."""
    return any(True for _ in patterns._OPINION_AUTOMATON.iter(text.lower()))


def _check(text: str) -> None:
    if _opinion_keys_hit(text):
        assert patterns.phrase_hits(text) & _OPINION_BIT, text


def test_every_opinion_key_sets_the_bit() -> None:
    for key in patterns.OPINION_DISCLAIMER_KEYS:
        for form in (key, key.upper(), key.capitalize(), key.title()):
            for text in (form, f"The views {form} here", "x " * 50 + form + " y" * 30):
                _check(text)
                if _opinion_keys_hit(text):
                    assert patterns.phrase_hits(text) & _OPINION_BIT


def test_opinion_key_scan_implies_the_bit_on_real_lines() -> None:
    hit = 0
    for text in ALL_LINES:
        _check(text)
        hit += _opinion_keys_hit(text)
    assert hit >= 30


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*patterns.OPINION_DISCLAIMER_KEYS, *_EDGES, " ", "a", "E", "x y", "İ"]), max_size=8))
def test_opinion_key_scan_implies_the_bit_on_generated_strings(parts: list[str]) -> None:
    _check("".join(parts))


def test_opinion_disclaimer_of_a_long_line_is_found() -> None:
    """A long author's note (eff_len >= 300, over 40 words: no phrase scan) with the disclaimer at its end."""
    note = (
        "Jane Doe is a senior fellow at the institute and writes about housing, transport and the budgets of the "
        "cities in the region, where she has worked for twenty years as a planner and an adviser to three mayors "
        "before she joined the faculty. The views expressed in this article are those of the author alone."
    )
    f = boilerplate.line_features(note, "en")
    f.cls = boilerplate.classify(f)
    assert f.eff_len >= 300 and f.words > 40
    found = boilerplate.furniture_rule(note, boilerplate.BODY, f)
    assert found is not None and found[0] == "disclaimer"
    # The same note without the disclaimer's words is the author's bio: kept.
    plain = note.replace("The views expressed in this article are those of the author alone.", "She lives in the city.")
    g = boilerplate.line_features(plain, "en")
    g.cls = boilerplate.classify(g)
    assert boilerplate.furniture_rule(plain, boilerplate.BODY, g) is None


# --- the second round: three more gates in front of regexes --------------------------------------------------------


def test_posted_clock_first_letters_admit_every_opening_character() -> None:
    """Every character that can open a POSTED_CLOCK_RE match (its parse tree, every code point tried) is in the set,
    and each is a letter: the set passes a subset of what first.isalpha() passed, and every line the regex takes."""
    openers = opening_chars(patterns.POSTED_CLOCK_RE)
    assert openers <= set(boilerplate._POSTED_CLOCK_FIRST), sorted(openers - set(boilerplate._POSTED_CLOCK_FIRST))
    assert all(c.isalpha() for c in boilerplate._POSTED_CLOCK_FIRST)
    # (a letter dropped: "Bijgewerkt om 17:02" would no longer reach the regex)
    assert "b" in openers and "B" in openers


def _ungated_counters(text: str) -> bool:
    return bool(patterns.COUNTER_ROW_RE.match(text) or patterns.SINGLE_COUNTER_RE.match(text))


def test_counter_regexes_need_an_opening_bracket() -> None:
    rng = random.Random(11)
    texts = [*ALL_LINES, "回复(8) 点赞(12)", "Replies (3)", "Likes (40) Shares (2)", "评论（12）", "Helpful (14)"]
    for _ in range(3000):  # counters with their brackets swapped for other characters
        label = rng.choice(["Likes", "回复", "Replies", "评论", "Helpful", "コメント"])
        opener = rng.choice("(（[{< ")
        closer = rng.choice(")）]} ")
        texts.append(f"{label}{rng.choice(['', ' '])}{opener}{rng.randint(0, 999)}{closer}" * rng.randint(1, 3))
    matched = 0
    for text in texts:
        if _ungated_counters(text):
            matched += 1
            assert "(" in text or "（" in text, text
    assert matched >= 100


def _may_be_qa_meta_plain(text: str, digits: float) -> bool:
    """_may_be_qa_meta as written before: every opener asked."""
    if not text.isascii():
        return text[:1] in boilerplate._QA_META_FIRST or digits > 0
    first = text[:1]
    if first.isdecimal():
        low = text.lower()
        return any(word in low for word in boilerplate._QA_META_COUNTED)
    return first in boilerplate._QA_META_FIRST and text.lower().startswith(boilerplate._QA_META_OPENERS)


def test_qa_meta_openers_by_first_letter_as_all_openers() -> None:
    assert all(o == o.lower() and o.isascii() for o in boilerplate._QA_META_OPENERS)
    texts = [*ALL_LINES]
    for opener in boilerplate._QA_META_OPENERS:
        for case in (str.lower, str.upper, str.capitalize, str.title):
            texts += [case(opener), case(opener) + " 3 hours ago", "x" + case(opener)]
    found = 0
    for text in texts:
        digits = sum(c.isdecimal() for c in text) / max(len(text), 1)
        ours = boilerplate._may_be_qa_meta(text, digits)
        if text.isascii():  # (a non-ASCII line's openers: test_perf_gates_h reads them off the regex)
            assert ours == _may_be_qa_meta_plain(text, digits), text
        found += ours
    assert found >= 200
