"""The cheap tests furniture_rule runs before a regex never rule out a line the regex matches.

The characters that can open a match are read off the regex's parse tree (re's own parser), and every
code point is tried against them: a prefilter that keys on the first character is a superset by proof,
not by sampling.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _compiler, _constants, _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import boilerplate, patterns

PAGES = Path(__file__).parent / "pages"
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_ONE_CHAR = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _firsts(items: list) -> tuple[list, bool]:
    """The one-character items that can consume a match's first character, and whether `items` can match empty."""
    out: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:  # consumes nothing (a lookahead only narrows what follows)
            continue
        if op in _ONE_CHAR:
            out.append((op, av))
            return out, False
        if op is _constants.SUBPATTERN:
            sub, nullable = _firsts(av[3])
        elif op is _constants.BRANCH:
            results = [_firsts(alt) for alt in av[1]]
            sub, nullable = [x for r in results for x in r[0]], any(r[1] for r in results)
        elif op in _REPEATS:
            sub, nullable = _firsts(av[2])
            nullable = nullable or av[0] == 0
        else:
            raise NotImplementedError(op)
        out += sub
        if not nullable:
            return out, False
    return out, True


def opening_chars(rx: re.Pattern[str]) -> set[str]:
    """Every character that can be the first one a match of rx (anchored at the start) consumes."""
    parsed = _parser.parse(rx.pattern, rx.flags)
    items, nullable = _firsts(parsed.data)
    assert not nullable
    one = _parser.SubPattern(parsed.state, [(_constants.BRANCH, (None, [
        _parser.SubPattern(parsed.state, [item]) for item in items
    ]))])
    matcher = _compiler.compile(one, rx.flags)
    return {chr(c) for c in range(sys.maxunicode + 1) if matcher.fullmatch(chr(c))}


def test_opening_chars_reads_the_parse_tree() -> None:
    assert opening_chars(re.compile(r"^(?:ab|\s*c|d?e)", re.IGNORECASE)) >= {"a", "A", "c", "C", "d", "e", " "}
    assert "b" not in opening_chars(re.compile(r"^(?:ab|\s*c|d?e)", re.IGNORECASE))
    assert opening_chars(re.compile(r"k", re.IGNORECASE)) == {"k", "K", "\u212a"}  # the Kelvin sign


def test_reading_time_prefilter_admits_every_opening_character() -> None:
    """Every character that can open READING_TIME_RE passes the prefilter's first test (a decimal digit
    goes on to the digits-then-"m" test, checked below)."""
    for ch in opening_chars(patterns.READING_TIME_RE):
        if ch.isdecimal():
            continue
        assert boilerplate._may_be_reading_time(ch + "x"), hex(ord(ch))
    # And nothing else opens a line the prefilter passes without digits (it stays cheap).
    admitted = {chr(c) for c in range(sys.maxunicode + 1) if boilerplate._may_be_reading_time(chr(c) + "x")}
    assert admitted == {ch for ch in opening_chars(patterns.READING_TIME_RE) if not ch.isdecimal()}


def test_reading_time_after_digits_opens_with_m() -> None:
    """After its digits and whitespace, the numeric form of the regex needs "min...": "m" or "M" only."""
    assert {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch("m", chr(c), re.IGNORECASE)} == {"m", "M"}
    assert r"|^\d+\s*(?:min(?:ute)?s?|minutes?|minuten|minutos?|minuti|minuts|minuters?|minutters?|menit)" in (
        patterns.READING_TIME_RE.pattern)
    # The phrase form cannot open with a digit.
    phrase_form = patterns.READING_TIME_RE.pattern.split(r"|^\d+\s*(?:min")[0]
    assert not any(ch.isdecimal() for ch in opening_chars(re.compile(phrase_form, patterns.READING_TIME_RE.flags)))


def _page_lines() -> list[str]:
    lines = [line.strip() for page in sorted(PAGES.glob("*.txt")) for line in page.read_text().splitlines()]
    return [line for line in lines if line]


READING_WORDS = st.sampled_from(
    ["5", "12", "٣", "min", "MIN", "mins", "minutes", "Minuten", "read", "Reading time:", "Lesezeit", "lectura",
     "de", "~", "ca.", "about", "время чтения", "読了時間", "읽는 시간", ":", " ", "\u3000", "\t", "x", "m"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(READING_WORDS, min_size=1, max_size=6).map("".join))
def test_reading_time_prefilter_never_hides_a_match(text: str) -> None:
    if patterns.READING_TIME_RE.match(text):
        assert boilerplate._may_be_reading_time(text), text


@pytest.mark.parametrize(
    "text", ["5 min read", "12 Minuten Lesezeit", "٣ min read", "Reading time: 4 minutes", "読了時間：3分", "3\u3000min read"]
)
def test_reading_time_examples_pass(text: str) -> None:
    assert boilerplate._may_be_reading_time(text)


def test_reading_time_prefilter_on_the_test_pages() -> None:
    for line in _page_lines():
        if patterns.READING_TIME_RE.match(line):
            assert boilerplate._may_be_reading_time(line), line


# Every character str.isspace() accepts (str.rstrip() strips them), and some it does not.
_SPACES = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())


@settings(max_examples=500, deadline=None)
@given(st.text(_SPACES + "!！?.a\u200b\ufeff", max_size=8))
def test_ends_exclaiming_is_the_rstrip_test(text: str) -> None:
    assert boilerplate._ends_exclaiming(text) == (text.rstrip()[-1:] in "!！"), repr(text)


def test_ends_exclaiming_on_the_test_pages() -> None:
    assert boilerplate._ends_exclaiming("")  # as the plain form: "" is in any string
    for line in _page_lines():
        for text in (line, line + " ", line + "!\u3000", line + "！\u2028"):
            assert boilerplate._ends_exclaiming(text) == (text.rstrip()[-1:] in "!！"), text


def test_may_open_with_arrow_is_the_plain_test_over_all_code_points() -> None:
    arrows = boilerplate._ARROW_FIRST
    assert not boilerplate._may_open_with_arrow("")
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        assert boilerplate._may_open_with_arrow(ch + "x") == (ch in arrows or ch.isspace()), hex(c)


def _fnv1a_plain(word: str) -> int:
    h = 14695981039346656037
    for c in word:
        h = ((h ^ ord(c)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=24))
def test_fnv1a_is_the_64_bit_hash(word: str) -> None:
    assert boilerplate._fnv1a(word) == _fnv1a_plain(word)


_ROW_DELIMS_RE = re.compile(r"\s[:\-–—|/]\s|:\s|\t|\s{3,}")


def test_row_delims_is_the_first_two_regex_matches() -> None:
    """row_delims (compiled: one typed pass) against the regex on many short strings of delimiter material."""
    import random

    rnd = random.Random(7)
    alphabet = "ab1 :-–—|/\t\u3000\xa0\n\x1c\x85"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        expected = "".join([m.group().strip() or "\t" for m in _ROW_DELIMS_RE.finditer(text)][:2])
        assert boilerplate.row_delims(text) == expected, repr(text)


def _timestamp_alternatives() -> list[str]:
    """TIMESTAMP_RE's top-level alternatives, each anchored with "^" (they rejoin to the pattern)."""
    alternatives = patterns.TIMESTAMP_RE.pattern.split("|^")
    assert "|^".join(alternatives) == patterns.TIMESTAMP_RE.pattern
    assert alternatives[0].startswith("^")
    return [alt if alt.startswith("^") else "^" + alt for alt in alternatives]


def _after_digits_chars() -> set[str]:
    """Every character a numeric form of TIMESTAMP_RE can consume right after its leading digits."""
    out: set[str] = set()
    for alt in _timestamp_alternatives():
        for head in (r"^(?:\d+|an?|one)", r"^\d+", r"^\d{1,2}"):
            if alt.startswith(head):
                out |= opening_chars(re.compile("^" + alt[len(head):], patterns.TIMESTAMP_RE.flags))
                break
        else:  # the other forms cannot open with a digit
            assert not any(ch.isdecimal() for ch in opening_chars(re.compile(alt, patterns.TIMESTAMP_RE.flags)))
    return out


def test_timestamp_prefilter_admits_every_character_after_the_digits() -> None:
    """After a digit run the prefilter admits exactly the characters the numeric forms can go on with,
    and none is a digit (so the whole run is consumed by \\d+ before that character)."""
    after = _after_digits_chars()
    assert not any(ch.isdecimal() for ch in after)
    admitted = {chr(c) for c in range(sys.maxunicode + 1) if boilerplate._may_be_timestamp("1" + chr(c), 1)}
    assert admitted == after
    assert not boilerplate._may_be_timestamp("12", 2)  # every numeric form needs more after the digits


def test_timestamp_prefilter_admits_every_opening_character() -> None:
    """A line with a digit passes on any character that can open TIMESTAMP_RE."""
    for ch in opening_chars(patterns.TIMESTAMP_RE):
        if not ch.isdecimal():
            assert boilerplate._may_be_timestamp(ch + "x", 1), hex(ord(ch))


def test_timestamp_without_digits_needs_ago() -> None:
    """Every form but "a/an/one <unit> ago" needs a \\d; that one needs "ago", which only "a"/"A", "g"/"G",
    "o"/"O" spell under re.IGNORECASE, so a match's text lowered holds "ago"."""
    alternatives = _timestamp_alternatives()
    assert r"\s+ago\b" in alternatives[0] and r"\d" not in alternatives[0].replace(r"(?:\d+|", "(?:")
    assert all(r"\d" in alt and r"\d?" not in alt and r"\d*" not in alt for alt in alternatives[1:])
    for letter in "ago":
        folds = {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(letter, chr(c), re.IGNORECASE)}
        assert folds == {letter, letter.upper()}
    no_digit_openers = opening_chars(re.compile(r"^(?:an?|one)", re.IGNORECASE))
    assert no_digit_openers == set("AaOo")


TIMESTAMP_WORDS = st.sampled_from(
    ["1", "12", "٣", "5", " ", "\u3000", "s", "m", "h", "H", "d", "w", "mo", "y", "min", "hr", "hrs", "mins",
     "ſ", "ago", "AGO", "Ago", "a", "an", "An", "one", "ONE", "day", "days", "minute", "hours", ":", "00",
     "分", "時間", "前", "시간", "전", "votes", "likes", "replies", "Rating", ": ", "vor", "hace", "il y a",
     "назад", "geleden", "am", "p.m.", ".", "/", "x", "İ", "updated "]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(TIMESTAMP_WORDS, min_size=1, max_size=6).map("".join))
def test_timestamp_prefilter_never_hides_a_match(text: str) -> None:
    digits = sum(ch.isdecimal() for ch in text)
    if patterns.TIMESTAMP_RE.match(text):
        assert boilerplate._may_be_timestamp(text, digits), text


@pytest.mark.parametrize(
    "text", ["1 day ago", "an hour ago", "One week ago", "5h ago", "12:13 PM", "05:01", "3 分前", "2시간 전",
             "10 votes", "Rating: 4", "vor 3 Tagen", "Updated il y a 2 jours", "3 dagen geleden"]
)
def test_timestamp_examples_pass(text: str) -> None:
    assert patterns.TIMESTAMP_RE.match(text)
    assert boilerplate._may_be_timestamp(text, sum(ch.isdecimal() for ch in text))


def test_timestamp_prefilter_on_the_test_pages() -> None:
    for line in _page_lines():
        if patterns.TIMESTAMP_RE.match(line):
            assert boilerplate._may_be_timestamp(line, sum(ch.isdecimal() for ch in line)), line


def test_enum_prefilter_admits_exactly_the_opening_characters() -> None:
    """_may_enumerate passes a line on exactly the characters that can open an _ENUM_RE match ("(", a digit,
    a CJK numeral, a circled number): by proof over every code point, so it never hides a numbered item."""
    admitted = {chr(c) for c in range(sys.maxunicode + 1) if boilerplate._may_enumerate(chr(c) + "x")}
    assert admitted == opening_chars(boilerplate._ENUM_RE)
    assert not boilerplate._may_enumerate("")


@pytest.mark.parametrize("text", ["4. Listen to fado", "(3) Tips", "١. خطوة", "一、概述", "① 準備", "12) Final"])
def test_enum_examples_pass(text: str) -> None:
    assert boilerplate._may_enumerate(text) and boilerplate._ENUM_RE.match(text)


@pytest.mark.parametrize("text", ["Home", "News", "Sport 24", "—1. x", " 1. x"])
def test_enum_prefilter_stops_other_openings(text: str) -> None:
    """Menu items and lines that open with anything else skip the regex (which cannot match them either)."""
    assert not boilerplate._may_enumerate(text) and not boilerplate._ENUM_RE.match(text)


def test_slide_counter_ends_with_a_decimal_digit() -> None:
    """slide_counters searches only a stripped line that ends with a str.isdecimal() character: the pattern
    ends with \\d{1,3}$, and \\d is exactly str.isdecimal() (a stripped line has no newline for $ to skip)."""
    assert boilerplate._SLIDE_COUNTER_RE.pattern.endswith(r"(\d{1,3})$")
    digits = {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\d", chr(c), boilerplate._SLIDE_COUNTER_RE.flags)}
    assert digits == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()}


def test_slide_counters_of_the_test_pages() -> None:
    for line in _page_lines():
        if boilerplate._SLIDE_COUNTER_RE.search(line):
            assert line[-1:].isdecimal(), line


def test_dateish_digit_lookahead_changes_no_match() -> None:
    """Every alternative of _DATEISH_RE opens with a digit (read off the parse tree, over every code point): the
    \\d lookahead in front of them only fails where they would, so the search finds the same matches."""
    pattern = boilerplate._DATEISH_RE.pattern
    assert pattern.startswith(r"(?=\d)(?:") and pattern.endswith(")")
    plain = re.compile(pattern[len(r"(?=\d)(?:"):-1])
    assert all(ch.isdecimal() for ch in opening_chars(plain))
    for line in _page_lines() + ["2018", "5:57", "17h57", "8月", "22일", "22.08.18", "x 1999 y", "12019", "1.2.345"]:
        a, b = boilerplate._DATEISH_RE.search(line), plain.search(line)
        assert (a and a.span()) == (b and b.span()), line


DATEISH_PIECES = st.sampled_from(
    ["1", "2", "0", "8", "9", "5", "19", "20", "18", "2018", "12019", "٣", "٢٠١٨", "7", ":", "h", "H", ".", "/", "-",
     " ", "\u3000", "\t", "年", "月", "日", "년", "월", "일", "x", "a", ","]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(DATEISH_PIECES, max_size=10).map("".join))
def test_dateish_is_the_regex_search(text: str) -> None:
    """_dateish_scan (what _dateish runs compiled) says what _DATEISH_RE.search says, on digits of any script."""
    found = boilerplate._DATEISH_RE.search(text) is not None
    assert boilerplate._dateish_scan(text) == found, repr(text)
    assert boilerplate._dateish(text) == found, repr(text)


@pytest.mark.parametrize("text", [
    "2018", "x 1999 y", "1850", "5:57", "17h57", "8月", "8 \u3000월", "22일", "22.08.18", "1.2.34", "1/2-34", "٢٢.٠٨.١٨",
    "12019", "31920", "2018a", "1.2.345", "5:5", "17H57", "22.08.1", "1.234.56", "1.2.3", "123.4.56", "", "x", "2:",
])
def test_dateish_examples(text: str) -> None:
    found = boilerplate._DATEISH_RE.search(text) is not None
    assert boilerplate._dateish_scan(text) == found and boilerplate._dateish(text) == found, text


def test_dateish_on_the_test_pages() -> None:
    for line in _page_lines():
        found = boilerplate._DATEISH_RE.search(line) is not None
        assert boilerplate._dateish_scan(line) == found and boilerplate._dateish(line) == found, line


# (a line of the "improve this" form holds no digit: opening with "ı" or "İ", no letter of QA_META_FIRST, it stops at
# the gate's first test, as before)
_QA_CARDS = ["asked 3 hours ago", "sorted by: 3 votes", "improve this answer", "trả lời 2 ngày trước"]


def test_qa_meta_prefilter_admits_every_opening_character() -> None:
    """Every character that can open QA_META_RE passes the prefilter on a line with digits in a form the regex
    may match; an ASCII one that is not a digit is in QA_META_FIRST."""
    openers = opening_chars(patterns.QA_META_RE)
    assert openers & set("0123456789") == set("0123456789")
    for ch in openers:
        if ch.isascii():
            assert ch.isdecimal() or ch in patterns.QA_META_FIRST, ch
        else:  # a card line opening with it passes (a non-ASCII line: its opener or counted word, test_perf_gates_h)
            samples = [t for t in _QA_CARDS if re.fullmatch(re.escape(t[0]), ch, re.IGNORECASE)]
            samples += ["1 reputation"] if ch.isdecimal() else []
            assert samples, hex(ord(ch))
            for sample in samples:
                text = ch + sample[1:]
                assert patterns.QA_META_RE.match(text), text
                digits = sum(map(str.isdecimal, text)) / len(text)
                if ch in patterns.QA_META_FIRST or digits > 0:
                    assert boilerplate._may_be_qa_meta(text, digits), hex(ord(ch))
    # The ASCII openers are the first letters of the words the prefilter looks for.
    assert {w[0] for w in boilerplate._QA_META_OPENERS} | {w[0].upper() for w in boilerplate._QA_META_OPENERS} == {
        ch for ch in openers if ch.isascii() and not ch.isdecimal()
    }
    # The digit lines it rules out ("Posted 3 May", "12 comments") and ones it keeps.
    assert not boilerplate._may_be_qa_meta("Posted 3 May 2020", 0.2)
    assert not boilerplate._may_be_qa_meta("12 comments", 0.2)
    assert not boilerplate._may_be_qa_meta("Share this", 0.0)
    assert boilerplate._may_be_qa_meta("1,234 reputation", 0.3)
    assert boilerplate._may_be_qa_meta("Asked 3 hours ago", 0.1)
    assert boilerplate._may_be_qa_meta("ſorted by: votes", 0.0) is False  # no digit, opens with no letter of it
    assert boilerplate._may_be_qa_meta("aſked 3 hours ago", 0.1)  # non-ASCII: the regex decides


QA_PIECES = st.sampled_from(
    ["asked", "Asked", "ANSWERED", "edited", "Modified", "viewed", "active", "improve this ", "question", "answer",
     "post", "sorted by", "Sorted By", ":", "1", "12", "1,234", "48.9k", "k", " ", "  ", "\t", "\n", "reputation",
     "gold", "silver", "bronze", "badge", "badges", "answers", "Answers", "an ", "one ", "yesterday", "today", "mar",
     "Mar.", "3", "ago", "hours", ".", "!", "ſ", "K", "x", "aſked", "İ", "ı"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(QA_PIECES, min_size=1, max_size=7).map("".join))
def test_qa_meta_prefilter_never_hides_a_match(text: str) -> None:
    if patterns.QA_META_RE.match(text):
        digits = sum(map(str.isdecimal, text)) / len(text)
        assert boilerplate._may_be_qa_meta(text, digits), repr(text)


def test_qa_meta_prefilter_on_the_test_pages() -> None:
    for line in _page_lines():
        if patterns.QA_META_RE.match(line):
            digits = sum(map(str.isdecimal, line)) / len(line)
            assert boilerplate._may_be_qa_meta(line, digits), line


@pytest.mark.parametrize("text", [
    "Image caption The mayor at the opening", "Photo: Jane Doe/AFP", "The mayor spoke on Thursday Credit: STR/AFP",
    "The mayor spoke.Photo... Jane Doe", "The mayor spokePhotos… Jane Doe", "po vítězství. | Foto: Reuters",
    "Image captions are often long", "The mayor spoke on Thursday Credit STR/AFP", "Photo by Jane Doe", "x" * 120,
])
def test_image_caption_examples(text: str) -> None:
    # _image_caption uses match() on a line without ":", ".." or "…" (the regex's first form opens with "^", the
    # credit forms need one of them): the same answer as the search, on each form and on near misses.
    assert patterns.IMAGE_CAPTION_RE.regex.pattern.startswith("^(?:")
    assert boilerplate._image_caption(text) == (patterns.IMAGE_CAPTION_RE.regex.search(text) is not None), text


CAPTION_PIECES = st.sampled_from(
    ["Photo", "photo", "Image", "Picture", "Credit", "Credits", "Crédito", "Foto", "Bild", "caption", "Caption",
     "Image caption", "image source", "Bildunterschrift", "légende de l'image", "图片说明", ":", "：", ",", "..", "...",
     "…", " ", "|", " | ", "The", "the", "mayor", "said", ".", "!", "?", ")", "\"", "”", "a", "AFP", "Getty Images",
     "ab", "9", "x" * 90]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(CAPTION_PIECES, min_size=1, max_size=8).map("".join))
def test_image_caption_is_the_search(text: str) -> None:
    assert boilerplate._image_caption(text) == (patterns.IMAGE_CAPTION_RE.regex.search(text) is not None), repr(text)


def test_image_caption_on_the_test_pages() -> None:
    for line in _page_lines():
        assert boilerplate._image_caption(line) == (patterns.IMAGE_CAPTION_RE.regex.search(line) is not None), line


def test_booking_cta_prefilter_admits_exactly_the_opening_characters() -> None:
    """furniture_rule tries BOOKING_CTA_RE only on a line that opens with a character a match can open with."""
    assert set(boilerplate._BOOKING_CTA_FIRST) == opening_chars(patterns.BOOKING_CTA_RE)


def test_chart_label_prefilter_admits_every_opening() -> None:
    """_may_be_chart_label passes every character that can open _CHART_LABEL_RE but the capitals, and a capital
    when a second capital follows it: the only alternative that opens with a capital is a run of capitals."""
    openers = opening_chars(boilerplate._CHART_LABEL_RE)
    caps = {ch for ch in openers if not ch.isdecimal() and ch not in boilerplate._CHART_LABEL_OPENERS}
    assert caps == {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch("[A-ZÀ-ÞА-Я]", chr(c))}
    for ch in openers - caps:
        assert boilerplate._may_be_chart_label(ch), hex(ord(ch))
    for ch in caps:
        assert boilerplate._may_be_chart_label(ch + "A") and not boilerplate._may_be_chart_label(ch + "a"), hex(ord(ch))
    admitted = {chr(c) for c in range(sys.maxunicode + 1) if boilerplate._may_be_chart_label(chr(c) + "x")}
    assert admitted == openers - caps
    assert not boilerplate._may_be_chart_label("")


CHART_PIECES = st.sampled_from(
    ["1", "12", "2019", ",", ".", "\u202f", "%", "k", "M", "bn", "年", "万", "$", "€", "-", "+", "−", "’", "'", "‘",
     "RECESSIONS", "MONTHLY", "А", "Я", "É", "Home", "a", " ", "x"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(CHART_PIECES, min_size=1, max_size=5).map("".join))
def test_chart_label_prefilter_never_hides_a_match(text: str) -> None:
    if boilerplate._CHART_LABEL_RE.fullmatch(text):
        assert boilerplate._may_be_chart_label(text), repr(text)


def test_chart_label_prefilter_on_the_test_pages() -> None:
    for line in _page_lines():
        label = line.strip()
        if boilerplate._CHART_LABEL_RE.fullmatch(label):
            assert boilerplate._may_be_chart_label(label), line


def test_calendar_prefilter_keys_on_the_first_word_character() -> None:
    """CALENDAR_BUTTONS_RE opens its first button at the line's first word character (after [\\W_]*): the
    prefilter admits a line whose first word character opens a button, and no other (a line holding a key)."""
    button = patterns._CALENDAR_BUTTON
    assert patterns.CALENDAR_BUTTONS_RE.pattern.startswith(r"^[\W_]*" + button)
    firsts = opening_chars(re.compile(button, patterns.CALENDAR_BUTTONS_RE.flags))
    assert all(ch.isalnum() for ch in firsts)  # so [\W_]* cannot have consumed a button's first character
    assert firsts == set(boilerplate._CALENDAR_FIRST)
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        # A character that is no word character is skipped: the "a" of "alend" decides.
        assert boilerplate._may_be_calendar_button(ch + "alend") == (ch in firsts or not ch.isalnum()), hex(c)
    assert not boilerplate._may_be_calendar_button("Seasonal calendar")
    assert not boilerplate._may_be_calendar_button("— ... —")


@pytest.mark.parametrize(
    "text", ["Add to calendar", "• Download .ics", "[Add to Google Calendar | Add to Outlook]", "Zum Kalender hinzufügen",
             "カレンダーに追加", "添加到日历", "캘린더에 추가", "_export calendar"]
)
def test_calendar_buttons_pass_the_prefilter(text: str) -> None:
    assert patterns.CALENDAR_BUTTONS_RE.match(text)
    assert boilerplate._may_be_calendar_button(text)


def test_calendar_prefilter_on_the_test_pages() -> None:
    for line in _page_lines():
        if patterns.CALENDAR_BUTTONS_RE.match(line):
            assert boilerplate._may_be_calendar_button(line), line


@settings(max_examples=500, deadline=None)
@given(st.text("ab9-Z \t\u3000\xa0中ア", max_size=14))
def test_a_style_name_line_has_one_word(text: str) -> None:
    """mark_style_names tests feats.words == 1 before its regex: a line the regex takes is one token with no CJK."""
    if boilerplate._STYLE_NAME_RE.fullmatch(text.strip()):
        assert boilerplate.line_features(text, "en").words == 1, repr(text)


def _label_key(text: str) -> str:
    """boilerplate._label_key (a C function when compiled)."""
    return text.strip().rstrip(":：").strip().casefold()


@pytest.mark.parametrize(
    ("labels", "firsts"),
    [
        (patterns.POLL_BUTTONS, boilerplate._POLL_BUTTON_FIRSTS),
        (patterns.BEST_ANSWER_LABELS, boilerplate._BEST_ANSWER_FIRSTS),
        (patterns.PROS_LABELS, boilerplate._PROS_FIRSTS),
        (boilerplate._ABOUT_ARTICLE, boilerplate._ABOUT_ARTICLE_FIRSTS),
    ],
)
def test_label_firsts_are_every_character_folding_to_a_label_opening(labels: frozenset[str], firsts: str) -> None:
    """_may_be_label(text, firsts) rules out a line only when its label key (strip, colons, casefold) cannot be in
    the set: the key opens with the fold of the line's first non-space character."""
    openings = {label[0] for label in labels}
    assert set(firsts) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).casefold()[:1] in openings}
    for label in labels:
        for text in (label, label.upper() + ":", "\u3000 " + label.title() + " ：", "\t" + label + "\n"):
            if _label_key(text) in labels:  # ("ARTILARI" is no "artıları")
                assert boilerplate._may_be_label(text, firsts), text
    assert not boilerplate._may_be_label("  Xavier", firsts)
    assert not boilerplate._may_be_label(" \u3000", firsts)


@settings(max_examples=500, deadline=None)
@given(st.text("AVvoteSsſß:：投票 \u3000\tﬅx", max_size=10))
def test_may_be_label_never_hides_a_poll_button(text: str) -> None:
    if _label_key(text) in patterns.POLL_BUTTONS:
        assert boilerplate._may_be_label(text, boilerplate._POLL_BUTTON_FIRSTS), repr(text)



def test_the_series_gate_admits_every_opening_character() -> None:
    """mark_series_links skips a line whose first character opens no match of the series regex in any case that
    re.IGNORECASE takes ("K", the Kelvin sign, for "k"; "İ" and "ı" for "i")."""
    assert opening_chars(boilerplate._SERIES_ITEM_RE) <= boilerplate._SERIES_FIRST
    assert boilerplate._SERIES_ITEM_RE.match("\u212aapitel 1: Die Quelle")  # the Kelvin sign folds to "k"


def _expansions(items: list) -> list[str]:
    """Every string a finite regex part (literals, sets of literals, bounded repeats, groups, branches) matches."""
    out = [""]
    for op, av in items:
        if op is _constants.LITERAL:
            options = [chr(av)]
        elif op is _constants.IN:
            assert all(kind is _constants.LITERAL for kind, _ in av), av
            options = [chr(code) for _, code in av]
        elif op is _constants.SUBPATTERN:
            options = _expansions(av[3])
        elif op is _constants.BRANCH:
            options = [s for alt in av[1] for s in _expansions(alt)]
        elif op in _REPEATS:
            low, high, sub = av
            assert high <= 3, av
            once = _expansions(sub)
            options, reps = [], [""]
            for count in range(high + 1):
                if count >= low:
                    options += reps
                reps = [r + s for r in reps for s in once]
        else:
            raise AssertionError(f"not a finite part: {op}")
        out = [a + b for a in out for b in options]
    return out


def test_legal_topic_keys_are_in_every_match() -> None:
    """Every string LEGAL_TOPIC_RE's alternatives match (as written, in lower case) holds one of LEGAL_TOPIC_KEYS."""
    tree = _parser.parse(patterns.LEGAL_TOPIC_RE.pattern, patterns.LEGAL_TOPIC_RE.flags)
    words = _expansions(list(tree))
    assert len(words) > 30 and "markenschutz" in words and "droit d’auteur" in words
    for word in words:
        assert word == word.lower(), word
        assert any(key in word for key in patterns.LEGAL_TOPIC_KEYS), word


def test_legal_topic_keys_lower_as_ignorecase_matches() -> None:
    """A character re.IGNORECASE matches to a key's character lowers to it (one character), unless it is one of
    LEGAL_TOPIC_CASE_EXCEPTIONS: so the lowered text of a match holds the key, at the same place."""
    chars = {c for key in patterns.LEGAL_TOPIC_KEYS for c in key}
    tests = {c: re.compile(re.escape(c), re.IGNORECASE) for c in chars}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch in patterns.LEGAL_TOPIC_CASE_EXCEPTIONS:
            continue
        for c, test in tests.items():
            if test.fullmatch(ch):
                assert ch.lower() == c, (hex(code), c)


@pytest.mark.parametrize(
    "text",
    ["Copyright law and you", "THE TRADEMARK DISPUTE", "Lizenz? No: LICENSING terms", "Urheberrecht im Netz",
     "Les droits d’auteur", "Derechos de autor", "авторское право", "Авторское право", "著作権の話", "저작권 분쟁",
     "L\u0130CENSE", "plag\u0131arism", "di\u017fclaimer", "\u0430\u1c80\u1c84орское", "marque déposée", "MARQUE DÉPOSÉE"],
)
def test_legal_topic_is_the_regex_search(text: str) -> None:
    assert patterns.legal_topic(text) is (patterns.LEGAL_TOPIC_RE.search(text) is not None)


def test_legal_topic_on_the_test_pages() -> None:
    for path in sorted(PAGES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert patterns.legal_topic(line) is (patterns.LEGAL_TOPIC_RE.search(line) is not None), line


@settings(max_examples=500, deadline=None)
@given(st.text("copyrightlicenséİıſK droitsd'’auteur著作権 ", max_size=20))
def test_legal_topic_never_hides_a_match(text: str) -> None:
    assert patterns.legal_topic(text) is (patterns.LEGAL_TOPIC_RE.search(text) is not None), repr(text)


def _holds_word(items: list, words: tuple[str, ...]) -> bool:
    """Every match of the parsed `items` holds one of `words` (lower case), as a run of literals the match
    cannot skip: an optional or repeated part, a class or a branch with an alternative without one breaks the run."""
    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            run += chr(av).lower()
            if any(w in run for w in words):
                return True
            continue
        if op is _constants.SUBPATTERN and _holds_word(av[3], words):
            return True
        if op is _constants.BRANCH and all(_holds_word(alt, words) for alt in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _holds_word(av[2], words):
            return True
        if op is _constants.AT or op in (_constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero-width: the literals on either side are adjacent in the text
        run = ""
    return False


def test_comment_policy_prefilter_words_are_in_every_alternative() -> None:
    """furniture_rule tries COMMENT_POLICY_RE only on a line holding one of the words: each top-level alternative
    of the regex spells one of them out as literals, so every match holds one (re.IGNORECASE matches it in the
    lower-cased, folded text the prefilter looks in: tests/test_patterns_typed.py holds phrase_hits to that)."""
    parsed = _parser.parse(patterns.COMMENT_POLICY_RE.pattern, patterns.COMMENT_POLICY_RE.flags)
    (op, av), = parsed.data
    assert op is _constants.BRANCH
    for alt in av[1]:
        assert _holds_word(alt, boilerplate._COMMENT_POLICY_WORDS), alt


@pytest.mark.parametrize("text", [
    "We reserve the right to remove any comment that is abusive.", "COMMENTS ARE MODERATED before they appear.",
    "Los comentarios publicados son de exclusiva responsabilidad de sus autores.", "Wir behalten uns vor, Kommentare zu löschen.",
    "Nous nous réservons le droit de supprimer tout commentaire.", "网友评论仅供其表达个人看法", "Comments are the sole responsibılity of",
])
def test_comment_policy_prefilter_admits_examples(text: str) -> None:
    assert boilerplate._may_state_comment_policy(text)


def test_comment_policy_prefilter_on_the_test_pages() -> None:
    for line in _page_lines():
        if patterns.COMMENT_POLICY_RE.search(line):
            assert boilerplate._may_state_comment_policy(line), line


# _may_announce_by_words: the last letters of each phrase of _ANNOUNCES_BY_WORDS_RE.
_ANNOUNCES_PATTERN = (
    r"(?:(?:다음과|아래와)\s*같(?:다|습니다|음)|以下の(?:通り|とおり)(?:です)?|次の(?:通り|とおり)(?:です)?|如下|"
    r"\bas\s+follows|\bwie\s+folgt|\bcomme\s+suit|\bcomo\s+sigue|\bcome\s+segue|\bals\s+volgt|"
    r"\bjak\s+następuje|\bda\s+seguinte\s+forma|\bcomo\s+segue|\bследующим\s+образом|\benligt\s+följande)\s*[.。]?$"
)


def test_announcing_ends_are_the_phrases_last_letters() -> None:
    # The gate's keys were read off this pattern: a change of the regex must change them too.
    assert boilerplate._ANNOUNCES_BY_WORDS_RE.pattern == _ANNOUNCES_PATTERN
    assert boilerplate._ANNOUNCES_BY_WORDS_RE.flags & re.IGNORECASE
    phrases = ["다음과같다", "아래와 같습니다", "다음과 같음", "以下の通り", "以下のとおりです", "次の通りです", "次のとおり",
               "如下", "as follows", "wie folgt", "comme suit", "como sigue", "come segue", "als volgt", "jak następuje",
               "da seguinte forma", "como segue", "следующим образом", "enligt följande"]
    for phrase in phrases:
        assert boilerplate._ANNOUNCES_BY_WORDS_RE.fullmatch(phrase), phrase
        assert phrase.endswith(boilerplate._ANNOUNCING_PHRASE_ENDS), phrase


def test_case_variants_hold_every_character_the_regex_folds_together() -> None:
    for ch in sorted(set("".join(boilerplate._ANNOUNCING_PHRASE_ENDS))):
        folded = {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(re.escape(ch), chr(c), re.IGNORECASE)}
        assert folded == boilerplate._case_variants(ch), ch


ANNOUNCE_PIECES = st.sampled_from(
    ["as follows", "AS FOLLOWS", "as  follows", "aſ followſ", "wie folgt", "comme suit", "comme SUİT", "come segue",
     "jak następuje", "da seguinte forma", "следующим образом", "следующим ᲂбразом", "enligt följande", "如下", "以下の通り",
     "次のとおりです", "다음과 같다", "아래와같습니다", "다음과 같음", "The changes are", "x", "Das", " ", "  ", "\t", "\n",
     ".", "。", ":", "ows", "uit", "fruit", "league", "karma", "Fernande", "です", "같다"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(ANNOUNCE_PIECES, max_size=6).map("".join))
def test_may_announce_by_words_never_hides_a_match(text: str) -> None:
    if boilerplate._ANNOUNCES_BY_WORDS_RE.search(text):
        assert boilerplate._may_announce_by_words(text), repr(text)


def test_announces_is_the_search_on_the_test_pages() -> None:
    for line in _page_lines():
        for text in (line, line.rstrip()):
            expected = text.endswith((":", "：")) or boilerplate._ANNOUNCES_BY_WORDS_RE.search(text) is not None
            assert boilerplate._announces(text) == expected, text


def _kind(text: str) -> int:
    from cleaners.metadata import parse_date_line

    return boilerplate._parsed_date_kind(text, parse_date_line)


def test_time_markers_under_ignorecase() -> None:
    """The time patterns' "h", "a", "p", "m" (IGNORECASE) match no code point but their two cases: _may_hold_time
    looks for those only."""
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if re.fullmatch(r"(?i)[hapm]", c):
            assert c in "hHaApPmM", hex(cp)


TIMEISH_PIECES = st.sampled_from(
    ["1", "2", "0", "9", "12", "23", "45", "2018", "2025", "１", "２０２５", "٣", ":", "：", "h", "H", "a", "P", "m",
     ".", "．", "/", "-", " ", "\u3000", "時", "시", "午後", "오후", "上午", "年", "月", "日", "May", "Des", "民國",
     "114", "日期：", "x", ",", "T", "Z", "UTC", "GMT", "am", "p.m.", "Uhr", "BST"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(TIMEISH_PIECES, max_size=12).map("".join))
def test_may_hold_time_admits_every_timed_date_line(text: str) -> None:
    """A date line the parser reads with a time of day (_parsed_date_kind 3) is one _may_hold_time admits."""
    if _kind(text) == 3:
        assert boilerplate._may_hold_time(text), repr(text)


@pytest.mark.parametrize("text", [
    "August 22, 2018 at 5:57 am", "22. August 2018 um 17:57", "2018年8月22日 17:57", "2018年8月22日 17時57分",
    "2025년 5월 21일 오후 3시", "4 June 2025, 3 PM", "4 June 2025 7.30pm BST", "4 June 2025 17h57", "4 June 2025 17 h 57", "4 June 2025, 3 p. m.", "2025年5月21日 15 時", "4 June 2025 2:07", "4 June 2025 ３：０９",
    "２０２５年５月２１日 １５：０９", "2025-05-21T06:09:00Z", "Nov. 20, 2019 12:00 AM EST", "4 June 2025 10 a.m. ET",
])
def test_may_hold_time_examples(text: str) -> None:
    assert _kind(text) == 3 and boilerplate._may_hold_time(text), text


def test_may_hold_time_on_the_test_pages() -> None:
    for line in _page_lines():
        if _kind(line) == 3:
            assert boilerplate._may_hold_time(line), line
    assert not boilerplate._may_hold_time("12. ^ Eich, Brendan (April 2, 2003). Retrieved 2009-08-02")
    assert not boilerplate._may_hold_time("2 August 2019, pp. 12 h")
    assert not boilerplate._may_hold_time("Review: 4.2.5 June 2014")
