"""The exact cheap tests in front of four regexes (the sponsor label, the series item, the site's "About" heading,
the two-digit-year date) never rule out a line the regex matches: each is a necessary condition of a match,
checked by re's own matching of every code point where it can be, and against every probe-page line and
generated strings besides. The table-row tests made ccalls still answer as before.

Second round: AD_DISCLOSURE_RE and MEDICAL_DISCLAIMER are searched a part of their top-level alternatives at a time
(patterns.KeyedAlternatives, the machinery of patterns.opinion_disclaimer_search, shared): every match of each
alternative holds one of its words (read off the parse tree by test_perf_gates_g's proof, every code point of its
letters and classes tried), unless the line holds a character re.IGNORECASE reads as one of their letters that
lowers to another (then the part is searched too); the spans agree with the whole pattern's on every probe-page and
dev line and on generated strings, and a mutant (a word left out) is caught."""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from re import _constants, _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import boilerplate, metadata, patterns
from cleaners.boilerplate import line_features
from cleaners.document import Line

sys.path.insert(0, str(Path(__file__).parent))
import test_perf_gates_g as g  # noqa: E402 (its parse-tree proof of a part's words)
from pagetexts import all_chars, probe_lines  # noqa: E402
from test_boilerplate_prefilters import opening_chars  # noqa: E402

_ALL_CHARS = all_chars()


def _matched_by(c: str) -> list[str]:
    """Every character re.IGNORECASE matches with c: one findall of the one-character pattern over every code
    point (a fullmatch per code point is the same set, a hundred times slower)."""
    return re.compile(re.escape(c), re.IGNORECASE).findall(_ALL_CHARS)
PROBE_LINES = probe_lines()


def test_sponsor_label_letters_lower_to_themselves() -> None:
    # re.IGNORECASE takes a capital for "p", "o" and "n" and nothing else: str.lower() of a match holds "pon".
    for letter in "pon":
        matched = _matched_by(letter)
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


# --- AD_DISCLOSURE_RE and MEDICAL_DISCLAIMER a part at a time (KeyedAlternatives) -------------------------------------

_KEYED = {"ad": patterns.AD_DISCLOSURE_RE, "medical": patterns.MEDICAL_DISCLAIMER}
_KEYED_COUNTS = {"ad": 28, "medical": 16}


def _whole(name: str) -> re.Pattern[str]:
    return re.compile(*_KEYED[name]._source)


def _keyed_alternatives(name: str) -> list[tuple[tuple[str, ...], str]]:
    regex = _KEYED[name].regex
    return list(zip(_KEYED[name]._alternative_keys, patterns._top_level_alternatives(regex.pattern), strict=True))


@pytest.mark.parametrize("name", sorted(_KEYED))
def test_keyed_alternatives_rejoin_as_the_pattern(name: str) -> None:
    whole, regex = _whole(name), _KEYED[name].regex
    assert isinstance(regex, patterns.KeyedAlternatives)
    assert (regex.pattern, re.compile(regex.pattern, regex.flags).flags) == (whole.pattern, whole.flags)
    alts = patterns._top_level_alternatives(whole.pattern)
    assert "|".join(alts) == whole.pattern
    assert len(alts) == len(g._top_level(whole)) == len(_KEYED[name]._alternative_keys) == _KEYED_COUNTS[name]
    assert "|".join(p.pattern for _keys, _odd, p in regex.parts) == whole.pattern
    assert all(p.flags == whole.flags for _keys, _odd, p in regex.parts)


@pytest.mark.parametrize("name", sorted(_KEYED))
def test_each_keyed_part_knows_its_odd_characters(name: str) -> None:
    for keys, odd, _part in _KEYED[name].regex.parts:
        assert g._odd(keys) <= set(odd), (keys, sorted(g._odd(keys) - set(odd)))


@pytest.mark.parametrize(("name", "index"), [(n, i) for n in sorted(_KEYED) for i in range(_KEYED_COUNTS[n])])
def test_every_match_of_a_keyed_alternative_holds_one_of_its_words(name: str, index: int) -> None:
    keys, alt = _keyed_alternatives(name)[index]
    rx = re.compile(alt, _whole(name).flags)
    assert g._needs_key(rx, list(_parser.parse(alt, rx.flags).data), keys, "".join(g._odd(keys))), (keys, alt[:60])


def test_keyed_mutants_without_a_word_are_caught() -> None:
    """The English alternative of each without one of its words: not proven, and a disclosure is missed."""
    keys, alt = _keyed_alternatives("ad")[0]
    assert keys == ("affiliate", "sponsored", "paid")
    rx = re.compile(alt, re.IGNORECASE)
    assert not g._needs_key(rx, list(_parser.parse(alt, rx.flags).data), ("affiliate", "sponsored"), "")
    assert rx.search("This post contains paid links.")
    keys, alt = _keyed_alternatives("medical")[0]
    assert keys == ("replace", "substitute")
    rx = re.compile(alt, re.IGNORECASE)
    assert not g._needs_key(rx, list(_parser.parse(alt, rx.flags).data), ("replace",), "")
    assert rx.search("This article is not a substitute for medical advice.")


def _same_keyed_match(name: str, text: str) -> bool:
    whole, regex = _whole(name), _KEYED[name].regex
    a, b = whole.search(text), regex.search(text)
    assert (a and a.span()) == (b and b.span()), (name, text)
    a, b = whole.match(text), regex.match(text)
    assert (a and a.span()) == (b and b.span()), (name, text)
    return a is not None


_KEYED_NOTES = [
    "This post contains affiliate links, and we may earn a commission if you buy through them.",
    "GadgetBeat may earn a commission when you buy through links on our site.",
    "この記事にはプロモーションが含まれています。", "Dieser Artikel enthält Affiliate-Links.",
    "Bu içerikte satış ortaklığı bağlantıları bulunabilir.", "Artikel ini mengandung tautan afiliasi.",
    "Esta postagem pode conter links de afiliados.", "Статья может содержать партнёрские ссылки",
    "本文可能包含联盟链接", "이 포스팅은 제휴 링크를 포함할 수 있습니다", "소정의 원고료를 받아 작성한 후기입니다",
    "THIS ARTICLE IS NOT A SUBSTITUTE FOR MEDICAL ADVICE.", "Este contenido es meramente informativo y no sustituye el "
    "consejo de un profesional sanitario.", "Les informations de cet article ne remplacent pas une consultation médicale.",
    "Dieser Artikel ersetzt keinen Besuch beim Arzt.", "Стаття не може замінити консультацію лікаря.",
    "本文内容仅供健康科普参考，不能作为诊断和治疗的依据", "Ʇhis poſt contains affiliate links", "İÇERİK",
]


def test_keyed_search_as_the_whole_pattern_on_lines() -> None:
    found = 0
    for text in _KEYED_NOTES + [t for t in g.ALL_LINES if len(t) <= 600]:
        for name in _KEYED:
            _same_keyed_match(name, text)
            found += _whole(name).search(text) is not None
    assert found >= len(_KEYED_NOTES) - 2


_KEYED_WORDS = ["this", "post", "article", "contains", "affiliate", "paid", "links", "we", "may", "earn", "a",
                "commission", "when", "you", "buy", "is", "not", "substitute", "for", "medical", "advice", "does",
                "replace", "doctor", "ne", "remplacent", "pas", "médecin", "les", "informations", "İ", "ı", "ſ", "K",
                "仅供", "参考", "不能", "诊断", "본", "글은", "받아", "작성", ".", ","]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_KEYED_WORDS), min_size=1, max_size=14),
       st.sampled_from([str, str.upper, str.title, str.capitalize]))
def test_keyed_search_as_the_whole_pattern_on_generated_strings(parts: list[str], case: object) -> None:
    text = case(" ".join(parts))  # type: ignore[operator]
    for name in _KEYED:
        _same_keyed_match(name, text)


# --- metadata: a prepared line is not prepared again ------------------------------------------------------------------


_PREPARED_SAMPLES = [
    "05 Des 2025", "5. des. 2025", "民國114年12月3日", "日期：114/12/3", "令和7年12月3日", "平成元年1月8日",
    "Publié le 03/12/25 à 10h30", "Veröffentlicht am 03.12.25", "Thu Dec  4 21:37:05 2025", "Dec 4 20194:29:05 2025",
    "20194:29 AM", "２０２５年１２月３日　１０：３０", "Published 03/12/2519:30", "Updated: 2019201:30",
]


def _not_idempotent(prepare: object, texts: list[str]) -> list[str]:
    return [t for t in texts if prepare(prepare(t)) != prepare(t)]  # type: ignore[operator]


def test_preparing_twice_is_preparing_once_on_lines() -> None:
    assert _not_idempotent(metadata._prepare, _PREPARED_SAMPLES + g.ALL_LINES) == []


_PREPARE_PIECES = ["05", "5", "Des", "des", ".", " ", "2025", "2019", "114", "民國", "日期：", "令和", "元", "年", "12", "月",
                   "3", "日", "Published", "Publié le", "am", "03/12/", "03.12.", "25", "Thu", "Dec", "4", "21:37:05",
                   "4:29", "AM", "２０", "１２", "：", "／", "/", "-", "10:30", "1", "0"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PREPARE_PIECES), min_size=1, max_size=12), st.sampled_from(["", " "]))
def test_preparing_twice_is_preparing_once_on_generated_strings(parts: list[str], sep: str) -> None:
    once = metadata._prepare(sep.join(parts))
    assert metadata._prepare(once) == once, sep.join(parts)


def test_dates_of_prepared_are_find_dates_of_it() -> None:
    """What _parse_date_line read before (_find_dates of its prepared line, which prepared it again) it reads now."""
    found = 0
    for text in _PREPARED_SAMPLES + g.ALL_LINES:
        if len(text) > 400 or not metadata._may_hold_date(text):
            continue
        norm = metadata._prepare(text)
        expected = metadata._find_dates.__wrapped__(norm)
        assert metadata._dates_of_prepared(norm) == expected, text
        assert metadata._dates_of_prepared(norm, "dmy") == metadata._find_dates.__wrapped__(norm, "dmy"), text
        found += bool(expected)
    assert found > 500


def test_a_mutant_prepare_that_is_not_idempotent_is_caught() -> None:
    """A _prepare whose labelled two-digit year lost its guard (no digit after the year: _LABELLED_SHORT_YEAR_RE's
    "(?![\\d./])") writes the century again on every pass ("03/12/25", "03/12/2025", "03/12/202025"): the check the
    tests above make fails it."""
    def mutant(text: str) -> str:
        return re.sub(r"(Publié le \d\d/\d\d/)(\d\d)", r"\g<1>20\2", metadata._prepare(text))

    assert _not_idempotent(mutant, _PREPARED_SAMPLES) == ["Publié le 03/12/25 à 10h30"]


# --- QA_META_RE on a non-ASCII line: its openers and counted words, read through _qa_fold ---------------------------

_QA_ODD = "ſıİ"  # what re.IGNORECASE reads as an ASCII letter of the words that lower() leaves another (K lowers to k)


def test_qa_fold_writes_each_odd_character_as_the_letter_it_matches() -> None:
    for odd in _QA_ODD:
        (letter,) = [c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, odd, re.IGNORECASE)]
        assert boilerplate._qa_fold(odd) == letter
    assert boilerplate._qa_fold("\u212a") == "k"  # the Kelvin sign lowers to k by itself
    # every other character of the words: what re.IGNORECASE matches with it lowers to it
    for c in set("".join(boilerplate._QA_META_OPENERS_ANY + boilerplate._QA_META_COUNTED_ANY)):
        matched = set(_matched_by(c)) - set(_QA_ODD)
        assert {boilerplate._qa_fold(x) for x in matched} == {c}, c


def _paths(items: list, k: int, prefix: tuple = (), depth: int = 0) -> dict[str, tuple]:
    """test_perf_gates_g._prefixes with items whose arguments are lists (a class): each path by its repr."""
    assert depth < 500
    if len(prefix) == k or not items:
        return {repr(prefix): prefix}
    (op, av), rest = items[0], list(items[1:])
    if op in g._ZERO_WIDTH:
        return _paths(rest, k, prefix, depth + 1)
    if op in g._ONE_CHAR:
        return _paths(rest, k, (*prefix, (op, av)), depth + 1)
    if op is _constants.SUBPATTERN:
        return _paths(list(av[3]) + rest, k, prefix, depth + 1)
    if op is _constants.BRANCH:
        return {r: p for alt in av[1] for r, p in _paths(list(alt) + rest, k, prefix, depth + 1).items()}
    if op in g._REPEATS:
        lo, hi, sub = av
        out = _paths(rest, k, prefix, depth + 1) if lo == 0 else {}
        if hi > 0:
            again = (op, (max(lo - 1, 0), hi if hi == _constants.MAXREPEAT else hi - 1, sub))
            out |= _paths(list(sub) + [again] + rest, k, prefix, depth + 1)
        return out
    raise NotImplementedError(op)


_FOLDED: dict[int, tuple[tuple, frozenset[str]]] = {}


def _folded(rx: re.Pattern[str], item: tuple) -> frozenset[str]:
    """What _qa_fold makes of each character the item matches (every code point tried). Memoized by the item's
    identity (the item is kept with its answer, so the id cannot be reused): a repr per lookup cost more than all
    else in these proofs."""
    entry = _FOLDED.get(id(item))
    if entry is None or entry[0] is not item:
        chars = g._chars(rx, item)
        entry = _FOLDED[id(item)] = (item, frozenset(map(boilerplate._qa_fold, chars)) if len(chars) < 64 else frozenset(("", "*")))
    return entry[1]


def _spellings(rx: re.Pattern[str], items: list, k: int, prefix: tuple = (), depth: int = 0) -> set[tuple]:
    """_paths(items, k) with each path written as the one letter each of its items folds to (None where its
    characters fold to several): what _spells_an_opener reads of a path. Walks the paths as _paths does, but a set
    of short tuples is merged at each branch instead of a dict keyed by each path's repr."""
    assert depth < 500
    if len(prefix) == k or not items:
        return {prefix}
    (op, av), rest = items[0], list(items[1:])
    if op in g._ZERO_WIDTH:
        return _spellings(rx, rest, k, prefix, depth + 1)
    if op in g._ONE_CHAR:
        folded = _folded(rx, items[0])
        letter = next(iter(folded)) if len(folded) == 1 else None
        return _spellings(rx, rest, k, (*prefix, letter), depth + 1)
    if op is _constants.SUBPATTERN:
        return _spellings(rx, list(av[3]) + rest, k, prefix, depth + 1)
    if op is _constants.BRANCH:
        return set().union(*(_spellings(rx, list(alt) + rest, k, prefix, depth + 1) for alt in av[1]))
    if op in g._REPEATS:
        lo, hi, sub = av
        out = _spellings(rx, rest, k, prefix, depth + 1) if lo == 0 else set()
        if hi > 0:
            again = (op, (max(lo - 1, 0), hi if hi == _constants.MAXREPEAT else hi - 1, sub))
            out |= _spellings(rx, list(sub) + [again] + rest, k, prefix, depth + 1)
        return out
    raise NotImplementedError(op)


def _spells_an_opener(spelling: tuple, openers: tuple[str, ...]) -> bool:
    """The path's first items each match only characters that fold to one opener's letters, in order."""
    return any(spelling[:n] in spelled for n, spelled in _by_length(openers))


@cache
def _by_length(openers: tuple[str, ...]) -> tuple[tuple[int, frozenset[tuple]], ...]:
    """The openers as letter tuples, grouped by length: a path spells one when its first n letters are one of length
    n (a shorter path's slice is shorter than n, so it spells none of them)."""
    lengths = sorted({len(o) for o in openers})
    return tuple((n, frozenset(tuple(o) for o in openers if len(o) == n)) for n in lengths)


_QA_ALTERNATIVES = g._top_level(patterns.QA_META_RE)  # parsed once: the proof and its mutants share the parse
_QA_SPELLINGS: dict[int, frozenset[tuple]] = {}


def _qa_alternative_is_gated(index: int, openers: tuple[str, ...], counted: tuple[str, ...]) -> bool:
    """Every match of QA_META_RE's index-th alternative opens with a digit and holds a counted word, or opens with
    an opener."""
    rx, items = patterns.QA_META_RE, _QA_ALTERNATIVES[index]
    first_chars = set().union(*(g._chars(rx, path[0]) for path in _paths(items, 1).values() if path))
    if all(c.isdecimal() for c in first_chars):
        return g._needs_key(rx, items, counted, _QA_ODD)
    if any(c.isdecimal() for c in first_chars):
        return False
    if index not in _QA_SPELLINGS:
        _QA_SPELLINGS[index] = frozenset(_spellings(rx, items, 16))
    return all(_spells_an_opener(spelling, openers) for spelling in _QA_SPELLINGS[index])


def test_every_qa_meta_alternative_opens_with_an_opener_or_holds_a_counted_word() -> None:
    assert len(_QA_ALTERNATIVES) >= 14
    for index in range(len(_QA_ALTERNATIVES)):
        assert _qa_alternative_is_gated(index, boilerplate._QA_META_OPENERS_ANY, boilerplate._QA_META_COUNTED_ANY)


def test_qa_meta_mutants_without_a_word_are_caught() -> None:
    """Without the Vietnamese "trả" (answered ... ago) or "điểm" (points) the proof fails, and a card line is missed."""
    openers = tuple(o for o in boilerplate._QA_META_OPENERS_ANY if o != "trả")
    counted = tuple(w for w in boilerplate._QA_META_COUNTED_ANY if w != "điểm")
    indices = range(len(_QA_ALTERNATIVES))
    assert not all(_qa_alternative_is_gated(i, openers, boilerplate._QA_META_COUNTED_ANY) for i in indices)
    assert not all(_qa_alternative_is_gated(i, boilerplate._QA_META_OPENERS_ANY, counted) for i in indices)
    assert patterns.QA_META_RE.match("Trả lời 2 ngày trước") and patterns.QA_META_RE.match("2.310 điểm")


def _old_qa_gate(text: str, digits: float) -> bool:
    return text[:1] in boilerplate._QA_META_FIRST or digits > 0


def test_qa_meta_gate_on_non_ascii_lines() -> None:
    cards = ["Posée il y a 2 jours", "RÉPONDU 3 jours", "3 réponses", "2.310 điểm", "3 câu trả lời",
             "Sắp xếp: Bình chọn nhiều nhất", "Trả lời 2 ngày trước", "aſked 3 hours ago", "ſorted by: 3", "Trié par :",
             "Demandé hier", "Asked 3 hours ago — ok", "ANSWERED YESTERDAY ı", "İmprove this answer"]
    matched = 0
    for text in cards + [t for t in g.ALL_LINES if not t.isascii()]:
        digits = sum(map(str.isdecimal, text)) / max(len(text), 1)
        if _old_qa_gate(text, digits) and patterns.QA_META_RE.match(text):
            assert boilerplate._may_be_qa_meta(text, digits), text
            matched += 1
    assert matched >= len(cards) - 1


_QA_WORDS = ["asked", "Trả", "lời", "sắp", "xếp", "Posée", "répondu", "réponses", "điểm", "câu", "trả", "3", "2.310",
             "ſ", "ı", "İ", "K", "é", ":", " ", "\u00a0", "il y a", "jours", "by", "sorted", "hier", "punkte", "x"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_QA_WORDS), min_size=1, max_size=7), st.sampled_from(["", " "]),
       st.sampled_from([str, str.upper, str.title, str.capitalize]))
def test_qa_meta_gate_on_generated_strings(parts: list[str], sep: str, case: object) -> None:
    text = case(sep.join(parts))  # type: ignore[operator]
    digits = sum(map(str.isdecimal, text)) / max(len(text), 1)
    if _old_qa_gate(text, digits) and patterns.QA_META_RE.match(text):
        assert boilerplate._may_be_qa_meta(text, digits), text
