"""The exact cheap tests in front of the date parser's regexes (the labelled two-digit year, the year run into a
time, "Des" for December, the time patterns, the relative and reading times), of the ad label in mark_ad_slots and
of the servings of a recipe label never rule out a text the regex matches: each is a necessary condition of a
match, checked against the regex over every probe-page line, generated strings, and re's own case folding of every
code point where the gate names characters."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import all_chars, probe_lines

from cleaners import boilerplate, metadata

_ALL_CHARS = all_chars()
PROBE_LINES = probe_lines()
# Digits of several scripts (Arabic-Indic, Devanagari, full-width), separators, spaces of several kinds, the letters
# the patterns read, and case-folding edge characters (long s, Kelvin sign, ligatures, dotted/dotless i).
_DATEISH = st.text(
    alphabet=st.sampled_from(
        "0123456789٣०１２ ./:-\u00a0\u3000\thHaApPmM午前後上下오전후時分年月日民國期令和元DdeEsS"
        "ſK\ufb00\ufb01İıPublié le Updated:Veröffentlicht am"
    ),
    max_size=40,
)
_SAMPLES = [
    "Publié le 03/12/25 à 10h30", "Mis à jour le 03/12/25", "Veröffentlicht am 03.12.25", "Published 12/03/25",
    "PUBLISHED: 03.12.25.", "published03/12/25", "Published 03/12/2025", "Updated 3.12.25/", "Posted 1/2/33",
    "March 3, 20194:29 AM", "2019 4:29", "20195:30", "202012:05 PM", "5 Des 2025", "5. des. 2025", "5 des 2000",
    "12h55", "17 h 57", "3 PM", "10 a.m. ET", "3  p.m.", "7.30pm BST", "07.00 GMT", "午後3時9分", "오후 3시",
    "15:09", "3 hours ago", "vor 2 Stunden", "3 ore fa", "3時間前", "6 min read", "١٢:٣٠", "１２：３０", "民國114年12月4日",
]


def _texts() -> list[str]:
    return PROBE_LINES + _SAMPLES


def _case_partners(chars: str) -> set[str]:
    """Every code point re.IGNORECASE takes for one of `chars`."""
    return {c for c in _ALL_CHARS if any(re.fullmatch(re.escape(x), c, re.IGNORECASE) for x in chars)}


def test_time_gate_characters_are_all_re_folds_to() -> None:
    # "h" and the AM/PM marker's "a" and "p": no other code point equals them under re.IGNORECASE.
    assert _case_partners("h") == set("hH")
    assert _case_partners("ap") == set("aApP")
    assert set("aApP") <= set(metadata._AMPM_FIRSTS)


def _check_time_gates(text: str) -> None:
    for k, pat in enumerate(metadata._TIME_PATTERNS):
        if pat.search(text) is not None:
            assert metadata._time_pattern_may_match(k, text), (k, text)


def _check_prepare_gates(text: str) -> None:
    if metadata._LABELLED_SHORT_YEAR_RE.search(text) is not None:
        assert metadata._short_year_tail(text), text
    if metadata._YEAR_TIME_RE.search(text) is not None:
        assert metadata._digits_before_colon(text, 5), text
    if metadata._DES_RE.search(text) is not None:
        assert "Des" in text or "des" in text
    if metadata._RELATIVE_RE.search(text) is not None or metadata._READ_TIME_RE.search(text) is not None:
        assert metadata._has_decimal(text), text


def test_gates_hold_on_probe_lines_and_samples() -> None:
    for text in _texts():
        _check_time_gates(text)
        _check_prepare_gates(text)


def test_gates_are_not_always_true() -> None:
    # (a gate that let every line through would pass the tests above and save nothing)
    assert not metadata._short_year_tail("Published 03/12/2025")
    assert metadata._short_year_tail("Published 03/12/25")
    assert not metadata._digits_before_colon("March 3, 2019 4:29 AM", 5)
    assert metadata._digits_before_colon("March 3, 20194:29 AM", 5)
    assert not metadata._time_pattern_may_match(2, "The hour: 12 o'clock, 55  hours")
    assert metadata._time_pattern_may_match(2, "12 h55")
    assert not metadata._time_pattern_may_match(3, "Updated 3 March 2025")
    assert metadata._time_pattern_may_match(3, "3  PM")
    assert not metadata._has_decimal("Updated   by Jane Doe")


@settings(max_examples=800, deadline=None)
@given(_DATEISH)
def test_gates_hold_on_generated_text(text: str) -> None:
    _check_time_gates(text)
    _check_prepare_gates(text)


def test_prepare_and_parse_unchanged_on_probe_lines() -> None:
    # The gated _prepare gives what the three substitutions give unconditionally.
    def full_prepare(text: str) -> str:
        if not text.isascii() and metadata._may_hold_fullwidth(text):
            text = text.translate(metadata._FULLWIDTH)
        text = metadata._DES_RE.sub(metadata._dec_for_des, text)
        if metadata._roc_date(text):
            text = metadata._ROC_YEAR_RE.sub(metadata._gregorian_for_roc, text)
            text = metadata._JA_ERA_YEAR_RE.sub(metadata._gregorian_for_ja_era, text)
        text = metadata._ETHIOPIAN_DATE_RE.sub(metadata._gregorian_for_ethiopian, text)
        text = metadata._LABELLED_SHORT_YEAR_RE.sub(metadata._century_for_short_year, text)
        text = metadata._ASCTIME_RE.sub(metadata._year_before_time, text)
        return metadata._YEAR_TIME_RE.sub(metadata._year_and_space, text)

    for text in _texts():
        assert metadata._prepare(text) == full_prepare(text), text


def test_ad_label_phrase_gate_is_the_regex() -> None:
    lines = _texts() + [
        "Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT", "Anzeige", "— Werbung —", "広告",
        "Story continues below", "Continúa después de la publicidad", "ſponsored", "Read more", "Download",
    ]
    for text in lines:
        assert (boilerplate._AD_LABEL.match(text) is None) == (boilerplate._AD_LABEL.regex.match(text) is None), text


def test_recipe_label_servings_gate() -> None:
    def full(text: str) -> bool:
        key = text.strip().rstrip(":：").strip().casefold()  # (_label_key, a cfunc compiled)
        if key in boilerplate.RECIPE_LABELS:
            return key not in boilerplate.AMBIGUOUS_RECIPE_LABELS or text.rstrip()[-1:] in ":："
        return boilerplate._SERVINGS_RE.sub("", key).rstrip().rstrip(":：").strip() in boilerplate.RECIPE_LABELS

    for text in _texts() + ["Ingredients (serves 4)", "材料（2人分）", "Zutaten (für 4 Personen):", "Ingredients: :",
                            "INGREDIENTS", "Ingredients )", "", " ", "Zutaten (für 4)\n"]:
        assert boilerplate._recipe_label(text) == full(text), text
