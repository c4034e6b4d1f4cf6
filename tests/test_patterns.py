"""Unit tests of cleaners.patterns: the shared phrase prefilter never hides a regex match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaners import patterns
from cleaners.patterns import PhraseRegex

PAGES = Path(__file__).parent / "pages"
PHRASE_REGEXES = {name: obj for name, obj in vars(patterns).items() if isinstance(obj, PhraseRegex)}


def _lines() -> list[str]:
    lines = [line.strip() for page in sorted(PAGES.glob("*.txt")) for line in page.read_text().splitlines()]
    return [line for line in lines if line]


def test_every_phrase_list_has_its_own_bit() -> None:
    bits = [rx.bit for rx in PHRASE_REGEXES.values()]
    assert len(set(bits)) == len(bits)
    assert all(bit and bit & (bit - 1) == 0 for bit in bits)


@pytest.mark.parametrize("name", sorted(PHRASE_REGEXES))
def test_prefilter_agrees_with_the_regex_on_the_test_pages(name: str) -> None:
    """search/match give what the bare regex gives whenever a phrase of the list is in the line."""
    rx = PHRASE_REGEXES[name]
    for line in _lines():
        lowered = line.lower()
        for odd, plain in patterns._IGNORECASE_FOLD:  # as re.IGNORECASE folds: "İlgili" holds "ilgili"
            lowered = lowered.replace(odd, plain)
        has_phrase = any(needle in lowered for needle in rx.needles)
        for method in ("search", "match"):
            expected = getattr(rx.regex, method)(line) if has_phrase else None
            got = getattr(rx, method)(line)
            assert (got and got.span()) == (expected and expected.span()), (name, method, line)


def test_phrase_of_one_list_does_not_open_another() -> None:
    line = "Most read"  # a list-intro phrase, in no call-to-action list
    assert patterns.LIST_INTRO_RE.match(line)
    assert patterns.CTA_RE.search(line) is None
    assert patterns._phrase_hits(line) & patterns.LIST_INTRO_RE.bit
    assert not patterns._phrase_hits(line) & patterns.CTA_RE.bit


def test_hits_are_case_insensitive_and_cached_per_text() -> None:
    assert patterns._phrase_hits("SUBSCRIBE NOW") == patterns._phrase_hits("subscribe now")
    assert patterns._phrase_hits("subscribe now") & patterns.CTA_RE.bit
    assert patterns._HITS_CACHE["subscribe now"] == patterns._phrase_hits("subscribe now")
    assert patterns._phrase_hits("A quiet afternoon by the river.") == 0


@pytest.mark.parametrize(
    ("rx", "line"),
    [
        # re.IGNORECASE matches "İ" to "i" and "ſ" to "s"; str.lower() maps neither to the plain letter.
        (patterns.LIST_INTRO_RE, "İlgili Haberler"),
        (patterns.CTA_RE, "Abonnez-vous à la newsletter, ſubscribe"),
        (patterns.CTA_RE, "SİGN UP"),
        (patterns.COMMENT_PROMPT_RE, "Tell us what you think in the comments below."),
    ],
)
def test_prefilter_never_hides_a_case_insensitive_match(rx: PhraseRegex, line: str) -> None:
    """The shared scan folds what re.IGNORECASE folds, so a line the regex matches is never ruled out."""
    assert rx.regex.search(line)
    assert patterns.phrase_hits(line) & rx.bit
    assert rx.search(line)


@pytest.mark.parametrize("name", sorted(PHRASE_REGEXES))
def test_cjk_class_without_ignorecase_compiles_to_the_same_code(name: str) -> None:
    """`(?-i:[CJK])` is the class as re.IGNORECASE would compile it (none of its characters is cased): the
    compiled code of each phrase regex equals that of its plain spelling, `[CJK]` under the pattern's flags."""
    from re import _compiler, _parser

    rx = PHRASE_REGEXES[name].regex
    if isinstance(rx, patterns.KeyedAlternatives):  # searched by word groups: its whole pattern is the one spelled
        rx = re.compile(rx.pattern, rx.flags)
    plain = rx.pattern.replace(patterns._CJK_CHAR, f"[{patterns._CJK_CLASS}]")

    def code(pattern: str) -> list[int]:
        return _compiler._code(_parser.parse(pattern, rx.flags), rx.flags)

    assert code(rx.pattern) == code(plain)
    assert re.compile(plain, rx.flags).groups == rx.groups


def test_a_lazy_pattern_is_the_compiled_pattern() -> None:
    lazy = patterns.LazyPattern(r"(?P<w>ab+)c", re.IGNORECASE)
    assert "match" not in vars(lazy)  # nothing compiled yet
    plain = re.compile(r"(?P<w>ab+)c", re.IGNORECASE)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (plain.pattern, plain.flags, plain.groups,
                                                                          plain.groupindex)
    assert "match" in vars(lazy)  # the methods are the instance's now: no hook per call
    for text in ("xABBC", "abc", "ac", "abbbcabc"):
        for method in ("match", "search", "fullmatch"):
            a, b = getattr(lazy, method)(text), getattr(plain, method)(text)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.sub("-", text) == plain.sub("-", text) and lazy.findall(text) == plain.findall(text)


@pytest.mark.parametrize("name", sorted(PHRASE_REGEXES))
def test_a_phrase_regex_compiles_its_pattern_on_first_use(name: str) -> None:
    rx = PHRASE_REGEXES[name]
    pattern, flags = rx._source
    if isinstance(rx.regex, patterns.KeyedAlternatives):  # searched by word groups (tests/test_perf_gates_h.py)
        assert re.compile(rx.regex.pattern, rx.regex.flags) == re.compile(pattern, flags)
        return
    assert rx.regex == re.compile(pattern, flags)  # (equal: the same pattern, flags and code)
    assert isinstance(rx.regex, re.Pattern)


def test_importing_the_package_compiles_no_lazy_pattern() -> None:
    """The long regexes that few pages reach are compiled on first use, not by every process at import
    (a worker that never meets a Latvian date or a list heading with a clause after a comma pays nothing)."""
    import subprocess
    import sys

    code = (
        "import cleaners; cleaners.clean_text('x')\n"
        "from cleaners import metadata, patterns\n"
        "lazy = [patterns.LIST_INTRO_CLAUSE_RE, metadata._YEARLESS_DATE_RE, dict(metadata._DATE_PATTERNS)['lv']]\n"
        "assert all(isinstance(p, patterns.LazyPattern) and 'match' not in vars(p) for p in lazy)\n"
        "rare = [p for p in vars(patterns).values() if isinstance(p, patterns.PhraseRegex) and 'regex' in vars(p)]\n"
        "assert len(rare) < 10, len(rare)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])


def test_compile_lazy_patterns_compiles_every_one_left() -> None:
    """scripts/profile_stages.py compiles them all before it measures, so that its counts are the cleaning work
    alone, comparable with a version that compiled them at import."""
    import subprocess
    import sys

    code = (
        "import cleaners; cleaners.clean_text('x')\n"
        "from cleaners import boilerplate, metadata, patterns\n"
        "regs = [p for m in (patterns, metadata, boilerplate) for p in vars(m).values()"
        " if isinstance(p, (patterns.PhraseRegex, patterns.LazyPattern))]\n"
        "regs += [p for _, p in metadata._DATE_PATTERNS if isinstance(p, patterns.LazyPattern)]\n"
        "regs = list({id(p): p for p in regs}.values())  # one object under several names\n"
        "left = lambda: [p for p in regs if ('regex' if isinstance(p, patterns.PhraseRegex) else 'match') not in vars(p)]\n"
        "assert len(left()) > 10, len(left())\n"
        "before = len(left())\n"
        "n = patterns.compile_lazy_patterns()\n"
        "assert n >= before, (n, before)\n"
        "assert not left(), left()\n"
        "assert patterns.compile_lazy_patterns() == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])
