"""The cheap tests the metadata stage runs before its regexes (and the counts that stop early when compiled)
against the plain definitions: a prefilter may only skip work whose answer it knows."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from cleaners import metadata
from cleaners.metadata import (
    _ATTRIBUTION_INITIALS,
    _ATTRIBUTION_PATTERNS,
    _BYLINE_INITIALS,
    _BYLINE_RE,
    _DATE_PATTERNS,
    _TIME_PATTERN_NEEDS,
    _TIME_PATTERNS,
    _may_hold_date,
    _prepare,
    _row_below_title,
    is_prose,
)

ROOT = Path(__file__).resolve().parents[1]
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
# (The sentence stops of other scripts, segment.SCRIPT_STOPS, end a sentence with no space after them.)
_SENTENCE_PUNCT_RE = re.compile(r"[.!?…][\"”’»)\]]*(?:\s|$)|[。！？।॥۔؟։።፧။།។៕]")
# The letter runs of 4+ word characters: letters and combining marks (metadata._word_char()), so a Devanagari
# word with its vowel signs ("संचालित") is one run, as in _title_case_ratio.
_TOKEN_RE = re.compile(metadata._word_char() + "{4,}")
_FULLWIDTH = str.maketrans("０１２３４５６７８９：／．－", "0123456789:/.-")
_YEAR_TIME_RE = re.compile(r"(?<![\d:])((?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d(?!\d))")

DATES = [
    "2025-05-21", "2025-5-21T06:09:00Z", "2025/05/21", "2025.5.21", "2025. 5. 21.", "2025年5月21日", "2025년 5월 21일",
    "21.05.2025", "05/21/2025", "21-05-2025", "21 May 2025", "21. Mai 2025", "21 de mayo de 2025", "21.dez.2018",
    "1er janvier 2025", "21 мая 2025 г.", "May 21, 2025", "JAN. 13, 2017", "Sept. 5th 2019", "21 tháng 5, 2025",
    "ngày 21 tháng 5 năm 2025", "20194:29 AM Nov 3", "Nov 3 20194:29 AM", "２０２５年５月２１日", "２０２５－０５－２１",
    "21ｓｔ May 2025", "Published May 21, 2025 at 3:09 PM EST", "November 19, 2019 / 8:16 AM / Updated 2 hours ago",
    "By Jane Doe | 21.05.2025 10:30", "Veröffentlicht am 21. Mai 2025 um 10:30 Uhr MESZ", "2025-05-21 15:09 CST",
    "发布时间：2025-05-21 09:30 来源：新华网", "May 21 2025", "May 212025", "5/21/2025", "٢١ May ٢٠٢٥", "21 May ２０２５",
    "令和6年4月22日 06:30", "令和元年5月1日", "Updated 3:26 pm IST", "15時09分", "午後3時9分", "12h55", "10 a.m. ET", "3 PM", "20:15 Uhr", "1999120:15",
]


def _lines() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt")):
        out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line for line in out if line.strip()]


def _fuzz(n: int, seed: int = 7) -> list[str]:
    """Random short texts made of date material: digits (ASCII, full-width, Arabic-Indic), separators, month
    names, CJK date characters, time markers and letters."""
    rng = random.Random(seed)
    parts = ["1", "2", "05", "12", "21", "31", "2025", "1999", "20194", "201915", "123", "１", "２０２５", "٢", "٢٠٢٥",
             "-", "/", ".", ". ", " ", ",", ":", "：", "T", "年", "月", "日", "년", "월", "일", "May", "mai", "Sept.", "JAN",
             "de ", "of ", "th", "er", "tháng ", "năm ", "h", "PM", "a.m.", "午後", "時", "分", "EST", "Uhr", "x", "²"]
    return ["".join(rng.choice(parts) for _ in range(rng.randint(1, 9))) for _ in range(n)]


def _any_date_match(text: str) -> bool:
    return any(pat.search(text) for _, pat in _DATE_PATTERNS)


def test_may_hold_date_never_hides_a_date() -> None:
    texts = DATES + _lines() + _fuzz(20000)
    held = 0
    for text in texts:
        once = _prepare(text)
        if _any_date_match(once) or _any_date_match(_prepare(once)):
            held += 1
            assert _may_hold_date(text), text
    assert held >= 40


def test_may_hold_date_matches_its_plain_definition() -> None:
    # Compiled, a loop over code points; the plain definition reads the lengths of re's \d+ runs.
    digits = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if re.match(r"\d", chr(cp)))[::37]
    texts = DATES + _lines() + _fuzz(5000, seed=11) + [f"a{d * k}b{d}" for d in digits for k in (1, 4, 5)]
    for text in texts:
        lengths = set(map(len, re.findall(r"\d+", text)))
        plain = (4 in lengths and (1 in lengths or 2 in lengths)) or 5 in lengths or 6 in lengths
        plain = plain or metadata._roc_date(text)  # (a Republic of China year, rewritten by _prepare)
        plain = plain or metadata._short_year_date(text)  # (a labelled two-digit year, written in full by _prepare)
        assert _may_hold_date(text) == plain, text


def test_prepare_matches_its_plain_definition() -> None:
    for text in DATES + _lines() + _fuzz(3000, seed=5):
        plain = metadata._DES_RE.sub(lambda m: "Dec" if m.group() == "Des" else "dec", text.translate(_FULLWIDTH))
        plain = metadata._ROC_YEAR_RE.sub(lambda m: " " * len(m.group(1)) + str(int(m.group(2)) + 1911), plain)
        plain = metadata._JA_ERA_YEAR_RE.sub(
            lambda m: " " * len(m.group(1))
            + str((1 if m.group(2) == "元" else int(m.group(2))) + {"令和": 2018, "平成": 1988}[m.group(1)]),
            plain,
        )
        plain = metadata._ETHIOPIAN_DATE_RE.sub(metadata._gregorian_for_ethiopian, plain)
        plain = metadata._LABELLED_SHORT_YEAR_RE.sub(lambda m: m["label"] + m["dm"] + "20" + m["y"], plain)
        plain = metadata._ASCTIME_RE.sub(metadata._year_before_time, plain)
        assert _prepare(text) == _YEAR_TIME_RE.sub(r"\1 ", plain), text


def test_time_pattern_needs_hold_for_every_match() -> None:
    assert len(_TIME_PATTERN_NEEDS) == len(_TIME_PATTERNS)
    matched = 0
    for text in DATES + _lines() + _fuzz(20000, seed=3):
        for pat, needs in zip(_TIME_PATTERNS, _TIME_PATTERN_NEEDS, strict=True):
            if pat.search(text):
                matched += 1
                assert any(c in text for c in needs), (pat.pattern[:40], text)
    assert matched >= 20
    # Under IGNORECASE the letters the needs list stand only for themselves and their ASCII other case.
    for letter in "hHmMaApP":
        same = {chr(cp) for cp in range(sys.maxunicode + 1) if re.fullmatch("(?i)" + letter, chr(cp))}
        assert same == {letter.lower(), letter.upper()}


def test_letters_of_the_residue_patterns_match_only_letters() -> None:
    # _parse_date_line skips four substitutions when no [^\W\d_] character is left: every character their
    # letters match ignoring case is a letter.
    letters = set()
    for pat in (metadata._LABEL_RE, metadata._WEEKDAY_RE, metadata._READ_TIME_RE, metadata._RELATIVE_RE,
                metadata._UPDATED_RE, metadata._SOURCE_IN_LINE_RE):
        letters |= {c for c in pat.pattern if c.isalpha()}
    non_letters = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not metadata._LETTER_RE.match(chr(cp)))
    assert not re.search("(?i)[" + re.escape("".join(sorted(letters))) + "]", non_letters)
    # The date patterns' month names: a match of a name holds a letter if one of its characters matches
    # letters only (Greek ι also matches U+0345, a combining mark, ignoring case; Hindi and Thai names
    # hold vowel signs, which are marks).
    only_letters: dict[str, bool] = {}
    for name in metadata._MONTHS:
        for c in name:
            if c not in only_letters:
                only_letters[c] = c.isalpha() and not re.search("(?i)" + re.escape(c), non_letters)
        assert any(only_letters[c] for c in name), name
    for text in _lines() + DATES:
        for pat in (metadata._LABEL_RE, metadata._WEEKDAY_RE, metadata._READ_TIME_RE, metadata._RELATIVE_RE):
            for m in pat.finditer(text):
                assert metadata._LETTER_RE.search(m.group()), (pat.pattern[:30], text)


def test_byline_initials() -> None:
    words = ["by", "von", "por", "par", "door", "av", "af", "przez", "di", "da", "written by", "reported by", "words by"]
    for word in words:
        assert word[0] in _BYLINE_INITIALS and word[0].upper() in _BYLINE_INITIALS
        assert _BYLINE_RE.match(f"{word} Jane Doe") and _BYLINE_RE.match(f"{word.upper()}: Jane Doe")
    for cp in range(128):
        ch = chr(cp)
        if ch not in _BYLINE_INITIALS:
            for word in words:
                assert not _BYLINE_RE.match(f"{ch}{word[1:]} Jane Doe"), (ch, word)


def test_attribution_initials() -> None:
    assert len(_ATTRIBUTION_INITIALS) == len(_ATTRIBUTION_PATTERNS)
    tails = ["ource: X", "ources: X", "uelle: X", "uente: X", "onte: X", "umber: X", "aynak: X", "droj: X", "ron: X",
             "ilde: X", "guồn: X", "rom X)", "ia X)", "ource: X)", "his article originally appeared in X.",
             "he story was published in X", " version of this story appeared in X", "riginally published in X",
             "irst appeared in X", "epublished from X", "eprinted with permission from X", "et article a été publié dans X",
             "'article a paru dans X", "ste artículo fue publicado en X", "l texto fue publicado en X",
             "ste artigo foi publicado em X", " artigo foi publicado no X", "ieser Artikel erschien zuerst in X",
             "uesto articolo è stato pubblicato su X", "'articolo è apparso su X", "ource：X", "älla: X", "ähde: X",
             "orrás: X", "From X)", "Source: X]", "Via X)"]
    for n, pat in enumerate(_ATTRIBUTION_PATTERNS):
        for cp in range(128):
            ch = chr(cp)
            if ch.lower() in _ATTRIBUTION_INITIALS[n]:
                continue
            for tail in tails:
                assert not pat.match(ch + tail), (n, ch, tail)
    assert metadata.parse_attribution("(From The Daily Example, May 21, 2025)") == "The Daily Example, May 21, 2025"
    assert metadata.parse_attribution("Source: Reuters") == "Reuters"
    assert metadata.parse_attribution("This article originally appeared in The Conversation.") == "The Conversation"


def _is_prose_plain(text: str) -> bool:
    n = len(text)
    cjk = len(_CJK_RE.findall(text))
    if cjk >= n / 3:
        # (Korean writes Latin full stops: Hangul with a sentence end is prose)
        hangul_sentences = any("\uac00" <= c <= "\ud7af" for c in text) and bool(_SENTENCE_PUNCT_RE.search(text))
        return (
            (cjk >= 15 and ("。" in text or hangul_sentences))
            or (cjk >= 40 and any(c in text for c in "！？")) or cjk >= 80
        )
    words = len(text.split())
    if words < max(3, n / 25):
        return n >= 80
    if words <= 25:
        toks = _TOKEN_RE.findall(text)
        if toks and len([w for w in toks if w[0].isupper()]) / len(toks) >= 0.7:
            return False
    if n >= 40 and words >= 6 and _SENTENCE_PUNCT_RE.search(text):
        return True
    # (Thai and Lao paragraphs with spaced numbers and conjunctions: most of the line in such a script)
    return n >= 80 and len(re.findall("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]", text)) >= n / 2


def test_is_prose_matches_its_plain_definition() -> None:
    # Compiled, the CJK and word counts stop once the answer is known: texts around every threshold.
    texts = list(_lines())
    rng = random.Random(1)
    for n_cjk in (0, 1, 4, 5, 14, 15, 16, 39, 40, 41, 79, 80, 81, 120):
        for n_other in (0, 1, 2, 3, 10, 28, 29, 30, 31, 60, 160, 161, 162, 240):
            for han in ("漢", "한"):
                chars = [han] * n_cjk + ["a"] * n_other
                rng.shuffle(chars)
                for end in ("", "。", "！", ".", ". 다음"):
                    texts.append("".join(chars) + end)
    for n_words in (1, 2, 3, 5, 6, 7, 24, 25, 26, 27, 40, 79, 80, 81, 82, 120):
        for size in (3, 5, 8, 12):
            for upper in (False, True):
                word = ("Abcdefghijkl" if upper else "abcdefghijkl")[:size]
                texts.append(" ".join([word] * n_words) + ".")
                texts.append(" ".join([word] * n_words))
                texts.append("\u3000".join([word] * n_words) + ". Next one")
    for n_letters in (30, 39, 40, 41, 60, 79, 80, 81, 120):  # Thai between spaced numbers, Latin words around
        for latin in (0, 10, 40, 80):
            texts.append(" 1 ".join(["ก" * 10] * (n_letters // 10)) + " abc" * (latin // 4))
    for text in texts:
        assert is_prose(text) == _is_prose_plain(text), text


def test_row_below_title_matches_its_plain_definition() -> None:
    for text in _lines() + DATES + ["Jane Doe, John Roe", "one two", "A B C D E F G H", "A B C D E F G H I",
                                    "ڈاکٹر عائشہ فاروقی", "کتابیں، کہانیاں، یادیں۔", "南風 慢慢 吹"]:
        if metadata._is_meta_line(text):
            expect = metadata._ROW_META
        else:
            words = text.split()
            name_row = (
                len(words) <= 8 and metadata._name_like([w.strip(",") for w in words], 8) and not metadata._cjk_count(text) >= max(2, len(text) / 3)
            )
            cjk = metadata._cjk_count(text) >= max(2, len(text) / 3)
            caseless_name = (  # three words of a script without capitals, no digits or punctuation
                len(words) == 3 and text.upper() == text.lower() and not any(c in text for c in "0123456789.,:;!?؟،")
                and not cjk
            )
            expect = metadata._ROW_SKIPPABLE if name_row or len(words) <= 2 or caseless_name else metadata._ROW_STOP
        assert _row_below_title(text) == expect, text


def test_opening_lookaheads_change_no_match() -> None:
    # _opening puts a lookahead for the first character before a pattern: the matches must be the same as
    # without it, on real lines and on date material.
    wrapped = [metadata._LABEL_RE, metadata._WEEKDAY_RE, metadata._UPDATED_RE, metadata._SOURCE_IN_LINE_RE, *_TIME_PATTERNS,
               *(pat for _, pat in _DATE_PATTERNS)]
    plain = []
    for pat in wrapped:
        assert pat.pattern.startswith("(?=(?-i:")
        head = pat.pattern.index("))") + 2
        plain.append(re.compile(pat.pattern[head:], pat.flags))
    texts = _lines() + DATES + _fuzz(20000, seed=13)
    texts += ["Published Monday, May 21 2025 um 10:30 Uhr · 6 min read", "发布时间：2025-05-21 星期三 来源：新华网",
              "Mise à jour le mardi 21 mai 2025 à 10h30", "опубликовано в среду 21 мая 2025 г.", "ſunday Kelvin",
              "(月) 2025年5月21日 午後3時9分", "2025년 5월 21일 (수) 오후 3시", "Updated: May 21, 2025 | Source: AP",
              "Quelle: dpa, aktualisiert am 21.05.2025", "来源：新华网 更新时间：2025-05-21", "Źródło: PAP", "πηγή: ΑΠΕ"]
    matched = 0
    for text in texts:
        for new, old in zip(wrapped, plain, strict=True):
            a = [(m.span(), m.groupdict()) for m in new.finditer(text)]
            assert a == [(m.span(), m.groupdict()) for m in old.finditer(text)], (old.pattern[:40], text)
            matched += bool(a)
    assert matched >= 100


def test_sentence_punctuation_pattern_matches_its_plain_form() -> None:
    texts = _lines() + DATES + ["Yes. No", "Yes.", "Yes.\n", "Yes.\nNo", "“Yes.” No", "Yes.”)] no", "Yes.”x", "終わり。次",
                                "本当？", "a…b", "a… b", "a!!", "U.S.A.", "3.14", "(see [1].)", "a.\u3000b"]
    for text in texts:
        a = [m.span() for m in metadata._SENTENCE_PUNCT_RE.finditer(text)]
        assert a == [m.span() for m in _SENTENCE_PUNCT_RE.finditer(text)], text


def test_relative_prefilter_skips_no_match() -> None:
    # _may_be_relative may only say False where _RELATIVE_LINE_RE does not match.
    rel = metadata._RELATIVE_LINE_RE
    words = ["2 hours ago", "Yesterday", "TODAY", "just now", "JUST NOW", "yeſterday", "juſt now", "vor 3 Stunden",
             "il y a 3 heures", "hace 2 días", "há 5 minutos", "3 ore fa", "před 2 hodinami", "5 минут назад",
             "3 godziny temu", "2 uur geleden", "3 jam yang lalu", "3小时前", "2時間前", "5분 전", "٣ hours ago",
             "Updated 2 hours ago", "— updated yesterday —", "today's news", "Stories from today", "x"]
    texts = _lines() + DATES + _fuzz(3000) + words
    for cp in range(sys.maxunicode + 1):  # each code point in the place of a letter or digit
        ch = chr(cp)
        texts += [f"{ch} hours ago", f"yester{ch}ay", f"ju{ch}t now", f"to{ch}ay"]
    matched = 0
    for text in texts:
        if rel.match(text):
            matched += 1
            assert metadata._may_be_relative(text), text
    assert matched > 100  # the test saw matches, not only misses


def test_date_words_regrouped_alternation_is_the_flat_one() -> None:
    flat = re.compile(
        rf"(?:{metadata._MONTH_ALT})(?![^\W\d_])|\b[ap]\.?m\.?\b|{metadata._WEEKDAY_RE.pattern}", re.IGNORECASE
    )
    grouped = metadata._date_words_re()
    texts = _lines() + DATES + _fuzz(2000) + ["Mon. 21 May 2025, 3 p.m.", "星期一 (月) 월요일 (화) xmay mayx", "Sept.5 a.m.x"]
    for text in texts:
        assert grouped.sub("", text) == flat.sub("", text), text


def test_month_first_letters_lookahead_changes_no_match() -> None:
    # Under IGNORECASE the set _MONTH_FIRST matches exactly the characters the names' first letters match as
    # literals (every code point tried), so the lookahead before the names' alternation only fails where it would.
    firsts = sorted({name[0] for name in metadata._MONTHS})
    as_set = re.compile(metadata._MONTH_FIRST, re.IGNORECASE)
    as_literals = re.compile("|".join(map(re.escape, firsts)), re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        assert bool(as_set.fullmatch(chr(cp))) == bool(as_literals.fullmatch(chr(cp))), hex(cp)
    # And the date patterns without it find the same dates.
    lookahead = f"(?={metadata._MONTH_FIRST})"
    patterns = [pat for _, pat in _DATE_PATTERNS if lookahead in pat.pattern]
    assert len(patterns) == 4  # day-month-year, month-day-year, year-month-day (Hungarian), year-day-month (Latvian)
    plain = [re.compile(pat.pattern.replace(lookahead, ""), pat.flags) for pat in patterns]
    matched = 0
    for text in _lines() + DATES + _fuzz(20000, seed=17) + ["ıanuar 5, 2020", "5 ſept 2020", "ΜΑΐΟΥ 3 2021", "21stmay 2025"]:
        for new, old in zip(patterns, plain, strict=True):
            a = [(m.span(), m.groupdict()) for m in new.finditer(text)]
            assert a == [(m.span(), m.groupdict()) for m in old.finditer(text)], (old.pattern[:40], text)
            matched += bool(a)
    assert matched >= 100


def _label_row_plain(text: str) -> bool:
    """metadata._label_row as first written: the regex first, the sizes after it."""
    if metadata._LABEL_ROW_RE.match(text) is None:
        return False
    colon = max(text.find(":"), text.find("："))
    return (
        colon < metadata.LABEL_ROW_MAX_LABEL
        and len(text) - colon - 1 <= metadata.LABEL_ROW_MAX_VALUE
        and not metadata._PATH_SEPARATOR_RE.search(text)
    )


def test_label_row_size_checks_first_change_no_answer() -> None:
    """_label_row tests the sizes before its regex (which backtracks on long lines): the same answers."""
    rng = random.Random(7)
    alphabet = "ab 发布机构：:1.-|’Zxé\t"
    texts = ["发布机构：南屿县农业农村局", "Publisher: Ministry of Health", "当前位置：首页 > 财经", "Status: RESOLVED",
             "发布机构" * 20, "A very long line without any colon at all " * 3, ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20000)]
    for text in texts:
        assert metadata._label_row(text) == _label_row_plain(text), text


def test_field_row_colon_check_first_changes_no_answer() -> None:
    """_field_row looks for a colon before its regex (which tries every split of a headline's first words into
    label words before it fails): the same answers as the regex alone, full-width colon included."""
    rng = random.Random(11)
    alphabet = "ab Z'-:：1_é发\t"
    texts = ["Status: RESOLVED FIXED", "Reporter: Jonas Pettersen", "发布机构： 南屿县", "Review: a quiet triumph",
             "Status:RESOLVED", "Big News About The Harbour Bridge Today", "Title: Query cache", "", ":", "："]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    matched = 0
    for text in texts:
        plain = metadata._FIELD_ROW_RE.match(text) is not None
        assert metadata._field_row(text) == plain, text
        matched += plain
    assert matched >= 50


# The opening words of _SITE_TAGLINE_RE ("From <Wiki>, ...", "De <Wiki>, ...", ...), each before a tail it accepts.
_TAGLINE_OPENINGS = ["from", "de", "de la", "del", "da", "aus", "von", "uit", "z", "ze", "origem:", "материал из"]
_TAGLINE_TAILS = [" Quillpedia, the free encyclopedia", " Quillpedia, la enciclopedia libre", " Quillpedia — the cheese wiki"]


def test_tagline_initials_hold_every_ascii_opening() -> None:
    """_title_over_tagline calls _SITE_TAGLINE_RE only on a line that opens with one of _TAGLINE_INITIALS (or a
    non-ASCII character): every opening word, in any case, starts with one, and a line opening with another ASCII
    character never matches."""
    for word in _TAGLINE_OPENINGS:
        for variant in (word, word.upper(), word.title()):
            for tail in _TAGLINE_TAILS:
                text = variant + tail
                assert metadata._SITE_TAGLINE_RE.match(text), text
                assert not text[0].isascii() or text[0] in metadata._TAGLINE_INITIALS, text
    for code in range(128):
        for word in _TAGLINE_OPENINGS:
            for tail in _TAGLINE_TAILS:
                text = chr(code) + word[1:] + tail
                if metadata._SITE_TAGLINE_RE.match(text):
                    assert chr(code) in metadata._TAGLINE_INITIALS, text



def _other_script_group(pat: re.Pattern[str], first: str) -> tuple[str, str]:
    """(the alternatives after the lookahead `first`, the pattern without that lookahead)."""
    head = f"(?={first})(?:"
    assert pat.pattern.count(head) == 1 and pat.pattern.endswith(")")
    at = pat.pattern.index(head)
    return pat.pattern[at + len(head) : -1], pat.pattern[:at] + pat.pattern[at + len(head) - 3 :]


def test_other_script_lookaheads_admit_every_opening_character() -> None:
    # The set before the labels and weekdays of other scripts matches (under the same flags) every character
    # one of those alternatives can open a match with: every code point tried, off the parse tree.
    from tests.test_boilerplate_prefilters import opening_chars

    for pat, first in ((metadata._LABEL_RE, metadata._LABEL_CJK_FIRST),
                       (metadata._WEEKDAY_RE, metadata._WEEKDAY_OTHER_FIRST)):
        group, _ = _other_script_group(pat, first)
        openers = opening_chars(re.compile(group, pat.flags))
        lookahead = re.compile(first, pat.flags)
        assert openers and all(lookahead.fullmatch(ch) for ch in openers), [ch for ch in openers if not lookahead.fullmatch(ch)]
    assert {"t", "T", "c", "C", "(", "（", "星"} <= {
        ch for ch in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(metadata._WEEKDAY_OTHER_FIRST, ch, re.IGNORECASE)
    }


def test_other_script_lookaheads_change_no_substitution() -> None:
    texts = _lines() + DATES + _fuzz(5000, seed=29) + [
        "发布时间：2025-05-21 星期三 来源：新华网", "最后更新于 2025年5月21日 (月)", "2025년 5월 21일 (수) 입력 수정",
        "เผยแพร่ 21 พ.ค. 2568 10.30 น.", "Thứ hai, 21 tháng 5 năm 2025", "CHỦ NHẬT 25/5/2025", "(月) 作成日 2025/05/21",
    ]
    changed = 0
    for pat, first in ((metadata._LABEL_RE, metadata._LABEL_CJK_FIRST),
                       (metadata._WEEKDAY_RE, metadata._WEEKDAY_OTHER_FIRST)):
        plain = re.compile(_other_script_group(pat, first)[1], pat.flags)
        for text in texts:
            out = pat.sub(" ", text)
            assert out == plain.sub(" ", text), (pat.pattern[:30], text)
            changed += out != text
    assert changed >= 100


def test_updated_words_trie_finds_what_the_flat_alternation_finds() -> None:
    # _find_dates asks only whether a label holds an update word: the factored alternation must say so exactly
    # where the flat one of the same words (in their old order) does.
    flat = re.compile("(?:" + "|".join(map(re.escape, metadata._UPDATE_WORDS)) + ")", re.IGNORECASE)
    assert metadata._UPDATED_RE.pattern.startswith("(?=(?-i:")
    texts = _lines() + DATES + _fuzz(5000, seed=31) + [
        "Updated", "UPDATED:", "Last Edited", "mis À JOUR le", "Atualização", "Обновлено", "最后更新", "수정 2025",
        "อัพเดท", "update", "updat", "modifie", "aktualisier", "bijgewerkt", "ſomething", "x",
    ]
    found = 0
    for text in texts:
        new = metadata._UPDATED_RE.search(text) is not None
        assert new == (flat.search(text) is not None), text
        found += new
    assert found >= 20


def test_residue_substitution_keys_hold_for_every_match() -> None:
    # _parse_date_line runs the read-time and relative-time substitutions only where _may_match finds a key:
    # every match must hold one (lowered), or a character _may_match always lets through.
    cases = {metadata._READ_TIME_RE: metadata._READ_TIME_KEYS, metadata._RELATIVE_RE: metadata._RELATIVE_KEYS}
    words = ["6 min read", "6 MIN READ", "6 minutes read", "6 mins. read", "2 hours ago", "3 HRS", "1 day", "2 Weeks",
             "5 minute", "5 mıns", "5 MİNS", "2 weeK", "2 dayſ", "12 hourS", "x"]
    texts = _lines() + DATES + _fuzz(3000) + words
    for cp in range(sys.maxunicode + 1):  # each code point in the place of a letter
        ch = chr(cp)
        texts += [f"6 m{ch}n read", f"2 {ch}ours", f"2 wee{ch}"]
    matched = 0
    for text in texts:
        for pat, keys in cases.items():
            if pat.search(text):
                matched += 1
                assert metadata._may_match(text, keys), (pat.pattern, text)
    assert matched > 50  # the test saw matches, not only misses
    # Ignoring case, the keys' letters stand for themselves, their ASCII other case and the characters
    # _may_match lets through (İ, ı, ſ, the Kelvin sign) only.
    exceptions = set(metadata._UI_CASE_EXCEPTIONS)
    for letter in set("".join(metadata._READ_TIME_KEYS + metadata._RELATIVE_KEYS)):
        same = {chr(cp) for cp in range(sys.maxunicode + 1) if re.fullmatch("(?i)" + letter, chr(cp))}
        assert same - exceptions == {letter, letter.upper()}, letter


# The plain form of metadata._YEARLESS_DATE_RE's question, as _meta_adjacency asked it before the end-digit test.
_YEARLESS_PLAIN_RE = re.compile(
    r"(?:(?:" + metadata._MONTH_ALT + r")\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:" + metadata._MONTH_ALT + r")\.?)", re.IGNORECASE
)


def test_yearless_date_end_digit_test_changes_no_answer() -> None:
    # Each alternative of the regex opens or closes with \d (a decimal digit: str.isdecimal()); the test of the
    # text's ends skips only texts the regex cannot match in full.
    names = sorted(metadata._MONTHS)[::7]
    texts = _lines() + DATES + _fuzz(20000, seed=23) + ["Nov 28", "28 Nov", "28. November", "nov. 3", "3 NOV.", "Nov 28 ",
                                                         " 28 Nov", "٢٨ Nov", "Nov ٢٨", "28 Nov 2025", "Nov", "28"]
    rng = random.Random(29)
    for _ in range(5000):
        name = rng.choice(names)
        day = rng.choice(["1", "28", "٢", "１", "123", "x", ""])
        dot, space = rng.choice(["", "."]), rng.choice(["", " ", "  ", "\t"])
        texts += [f"{name}{dot}{space}{day}", f"{day}{dot}{space}{name}{rng.choice(['', '.'])}"]
    agreed = 0
    for text in texts:
        expect = _YEARLESS_PLAIN_RE.fullmatch(text) is not None
        assert metadata._yearless_date(text) is expect, text
        agreed += expect
    assert agreed >= 1000


def test_latvian_year_word_test_hides_no_date() -> None:
    # Every "lv" match holds "gada" as the pattern matches it (the same literal under the same flags).
    lv = dict(_DATE_PATTERNS)["lv"]
    texts = _lines() + DATES + _fuzz(20000, seed=31) + ["2025. gada 2. decembris", "2025. GADA 2. DECEMBRIS",
                                                         "Publicēts 2024. gada 15. martā"]
    hits = 0
    for text in texts:
        prepared = _prepare(text)
        if lv.search(prepared):
            hits += 1
            assert metadata._LV_YEAR_WORD_RE.search(prepared), text
    assert hits >= 2
    assert [h.day for h in metadata._find_dates("Publicēts 2024. gada 15. martā")] == [metadata.date(2024, 3, 15)]


def test_month_names_hold_no_space_or_digit() -> None:
    # What _yearless_date's tests before its regex rest on.
    assert not any(c.isspace() or c.isdecimal() for name in metadata._MONTHS for c in name)


def _tag_token_plain(text: str) -> bool:
    return metadata._TAG_RE.fullmatch(text) is not None and text.lower() == text and any(c.islower() for c in text)


def test_tag_token_length_test_changes_no_answer() -> None:
    rng = random.Random(37)
    texts = _lines() + [w for line in _lines()[:3000] for w in line.split()]
    texts += ["".join(rng.choice("ab-.+#9 Zé") for _ in range(rng.randint(25, 35))) for _ in range(5000)]
    assert sum(map(_tag_token_plain, texts)) >= 100
    for text in texts:
        assert metadata._tag_token(text) is _tag_token_plain(text), text


def _name_pair_title_plain(text: str, lead: str) -> bool:
    if len(text) > 60 or not text[:1].isupper():
        return False
    m = metadata._NAME_PAIR_RE.match(text)
    if m is None or not m.group("b")[:1].isupper():
        return False
    a, b = re.escape(m.group("a")), re.escape(m.group("b"))
    lead = re.sub(rf"(?<!\w){a}\s?(?:[-–—]|&)\s?{b}(?!\w)", " ", lead)
    return re.search(rf"(?<!\w){a}(?!\w)", lead) is not None and re.search(rf"(?<!\w){b}(?!\w)", lead) is not None


def test_name_pair_lead_substring_test_changes_no_answer() -> None:
    rng = random.Random(41)
    names = ["Alvarez", "Thornton", "Nguyen", "Patel", "O'Neil", "Rolls", "Royce", "Baden", "Württemberg", "Ana"]
    joins = ["-", " – ", "—", " & ", "&", " &"]
    cases = []
    for _ in range(4000):
        a, b = rng.sample(names, 2)
        text = a + rng.choice(joins) + b
        words = rng.sample(names, rng.randint(0, 4)) + [a, b, a + rng.choice(joins).strip() + b, a + "s", "x" + b]
        lead = " ".join(rng.sample(words, rng.randint(0, len(words))))
        cases.append((text, lead))
    lines = _lines()
    cases += [(text, lead) for text, lead in zip(lines, lines[1:], strict=False)]
    assert sum(_name_pair_title_plain(t, lead) for t, lead in cases) >= 100
    for text, lead in cases:
        assert metadata._name_pair_title(text, lead) is _name_pair_title_plain(text, lead), (text, lead)


def _rating_row_plain(text: str) -> bool:
    text = text.strip()
    if len(text) > 60:
        return False
    return bool(metadata._RATING_STARS_RE.fullmatch(text) or metadata._RATING_SCORE_RE.fullmatch(text))


def test_rating_row_character_tests_change_no_answer() -> None:
    rng = random.Random(43)
    parts = ["★", "☆", "⭐", "½", " ", "\u3000", "4", "٤", "10", "/", " out of ", " von ", "5", "Rating", ": ", "：", "stars",
             " Sterne", "x", ".", ",", "8.5"]
    texts = _lines() + ["★★★★☆", " ★★★ ", "Our rating: 4 out of 5", "Note : 8/10", "Bewertung: 4 von 5 Sternen", "4.5/5 stars"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    for _ in range(3000):  # scores and star rows as they are written, with characters around them
        score = rng.choice(["", "Rating: ", "Note :", "Nota：", "x"]) + rng.choice(["4", "٤", "8.5", "½", ""])
        score += rng.choice(["/", " out of ", " von ", " sur ", ""]) + rng.choice(["5", "10", "100", "٥", ""])
        texts += [score + rng.choice(["", " stars", " Sterne", ".", "!"]), rng.choice(["", " ", "x"]) + "★" * rng.randint(
            0, 4) + rng.choice(["", "☆", "½", " ", "⭐"]) * rng.randint(0, 2)]
    assert sum(map(_rating_row_plain, texts)) >= 200
    for text in texts:
        assert metadata._rating_row(text) is _rating_row_plain(text), text
