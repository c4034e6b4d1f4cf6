"""The exact cheap tests in front of four regexes (the sponsor label, the series item, the site's "About" heading,
the two-digit-year date) never rule out a line the regex matches: each is a necessary condition of a match,
checked by re's own matching of every code point where it can be, and against every probe-page line and
generated strings besides. The table-row tests made ccalls still answer as before."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import boilerplate, metadata
from cleaners.boilerplate import line_features
from cleaners.document import Line

sys.path.insert(0, str(Path(__file__).parent))
from pagetexts import all_chars, probe_lines  # noqa: E402
from test_boilerplate_prefilters import opening_chars  # noqa: E402

_ALL_CHARS = all_chars()
PROBE_LINES = probe_lines()


def test_sponsor_label_letters_lower_to_themselves() -> None:
    # re.IGNORECASE takes a capital for "p", "o" and "n" and nothing else: str.lower() of a match holds "pon".
    for letter in "pon":
        matched = [c for c in _ALL_CHARS if re.fullmatch(letter, c, re.IGNORECASE)]
        assert sorted(c.lower() for c in matched) == [letter, letter]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("AaSsPpOoNnRrEeDd ſ’'.:-12BYy"), max_size=40))
def test_sponsor_label_gate(text: str) -> None:
    if boilerplate._SPONSOR_LABEL_RE.fullmatch(text):
        assert "pon" in text.lower()


def test_sponsor_label_gate_on_labels_and_probe_lines() -> None:
    labels = [
        "A MESSAGE FROM OUR SPONSOR",
        "A word from our sponsors",
        "Today's sponsor",
        "Sponsored by Pennywise",
        "THIS WEEK’S SPONSORS:",
        "— Our Sponsor —",
    ]
    for text in labels:
        assert boilerplate._SPONSOR_LABEL_RE.fullmatch(text) and "pon" in text.lower()
    for text in PROBE_LINES:
        if boilerplate._SPONSOR_LABEL_RE.fullmatch(text.strip()):
            assert "pon" in text.strip().lower(), text


def test_site_about_first_characters() -> None:
    assert opening_chars(boilerplate._SITE_ABOUT_RE) == set(boilerplate._SITE_ABOUT_FIRST)


def test_site_about_gate_on_probe_lines() -> None:
    for text in PROBE_LINES + [
        "About the Harbour Post",
        "À propos de Lettre Verte",
        "Über die Stadtwerke",
        "ſobre o X",
    ]:
        if boilerplate._SITE_ABOUT_RE.fullmatch(text.strip()):
            assert text.strip()[:1] in boilerplate._SITE_ABOUT_FIRST, text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("Part 1:2Teil٣۴٤੩.–-xX\u00a0\t"), max_size=20))
def test_series_item_needs_a_counted_digit(text: str) -> None:
    if boilerplate._SERIES_ITEM_RE.match(text):
        assert line_features(text, "en").digits > 0


def test_series_item_digit_gate_on_probe_lines() -> None:
    for text in [*PROBE_LINES, "Part ٣: Arabic-Indic digit", "Teil ३ – Devanagari"]:
        if boilerplate._SERIES_ITEM_RE.match(text):
            assert line_features(text, "en").digits > 0, text


def test_digit_sep_digit_is_the_separator_between_decimals() -> None:
    assert metadata._digit_sep_digit("Publié le 03/12/25", "/")
    assert metadata._digit_sep_digit("am ٠٣.١٢.٢٥", ".")  # re's \d: any decimal digit
    assert not metadata._digit_sep_digit("Publié le 03/12/25", ".")
    assert not metadata._digit_sep_digit("The end. 3 cats.", ".")
    assert not metadata._digit_sep_digit("/3", "/") and not metadata._digit_sep_digit("3/", "/")
    assert not metadata._digit_sep_digit("", "/") and not metadata._digit_sep_digit("/", "/")
    assert metadata._digit_sep_digit("a.b 1/x 2/3", "/")  # not the first separator


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123٣./ aPublished: "), max_size=24))
def test_short_year_date_gate(text: str) -> None:
    # (_prepare substitutes the labelled date only where _numeric_date_separator holds: exact by this.)
    if metadata._SHORT_YEAR_DATE_RE.search(text) or metadata._LABELLED_SHORT_YEAR_RE.search(text):
        assert metadata._numeric_date_separator(text)
    assert metadata._numeric_date_separator(text) == (
        metadata._digit_sep_digit(text, "/") or metadata._digit_sep_digit(text, ".")
    )
    regex_only = bool(
        metadata._SHORT_YEAR_DATE_RE.search(text) and metadata._LABELLED_SHORT_YEAR_RE.search(text)
    )
    assert metadata._short_year_date(text) == regex_only


def test_short_year_date_on_probe_lines() -> None:
    for text in [*PROBE_LINES, "Publié le 03/12/25 à 10h30", "Veröffentlicht am 03.12.25", "Score 3/12/25"]:
        regex_only = bool(
            metadata._SHORT_YEAR_DATE_RE.search(text) and metadata._LABELLED_SHORT_YEAR_RE.search(text)
        )
        assert metadata._short_year_date(text) == regex_only, text


def _line(text: str) -> Line:
    return Line(0, text, 0, len(text))


def test_table_rows_answer_as_before() -> None:
    lines = [
        _line(t)
        for t in [
            "Specifications",
            "Weight: 1.6 kg",
            "Mangel | 50 % | LG Berlin",
            "Adults £18",
            "3 habitaciones, 2 baños",
            "The end of a sentence, as prose goes on here.",
        ]
    ]
    feats = [line_features(line.text, "en") for line in lines]
    assert boilerplate._table_heading(lines[0], feats[0]) is True
    assert boilerplate._label_row(lines[1], feats[1]) is True
    assert boilerplate._pipe_row(lines[2], feats[2]) == 3
    assert boilerplate._value_row(lines[3], feats[3]) is True
    assert boilerplate._feature_row(lines[4], feats[4]) is True
    assert boilerplate._feature_row(lines[0], feats[0]) is False
    assert boilerplate._tail_table_end(lines, feats, 0) == 5
    assert boilerplate._tail_table_end(lines, feats, 5) == 5
