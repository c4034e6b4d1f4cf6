"""The typed code-point loops of the metadata module (used when it is compiled) against the regexes and
str methods they stand for. Uncompiled, the functions run those regexes themselves and the tests hold
trivially; compiled (cythonize), they check the loops."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from cleaners import metadata
from cleaners.metadata import (
    _cjk_count,
    _fold,
    _has_cjk,
    _title_case_ratio,
    _tokens,
    is_heading_like,
    is_prose,
)

# A word character is a letter ([^\W\d_]) or a combining mark of the BMP (Indic and Thai vowel signs).
_MARKS = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c))[0] == "M")
_TOKEN_RE = re.compile(r"(?:[^\W\d_]|[" + re.escape(_MARKS) + "]){4,}")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
_CJK_RUN_RE = re.compile(f"[{_CJK}]+")


def tokens_oracle(text: str) -> set[str]:
    low = text.casefold()
    toks = set(_TOKEN_RE.findall(low)) - metadata._STOP_TOKENS
    for run in _CJK_RUN_RE.findall(low):
        toks.update(run[i : i + 2] for i in range(len(run) - 1))
    return toks


def title_case_oracle(text: str) -> float:
    words = _TOKEN_RE.findall(text)
    return len([w for w in words if w[0].isupper()]) / len(words) if words else 0.0


SAMPLES = [
    "", "a", "abcd", "abc", "ABCD efgh", "The Quick Brown Fox Jumps", "that this with from", "über straße STRASSE",
    "x² y½ abc²d ab_cd abcd_efgh 12abcd34 abcd1234efgh", "İstanbul ıiİI ſtraße Kelvin\u212a", "Ⅻ Ⅷ abcⅫdef",
    "दिल्ली में नई मेट्रो लाइन का उद्घाटन", "ภาษาไทย ไม่มี", "e\u0301tude cafe\u0301s \u20dd\u0488x",
    "東京都で新しい政策が発表された", "서울에서 열린 회의", "ひらがなカタカナ漢字", "mix 東京 abcd 京都",
    "Thai ภาษาไทยไม่มีช่องว่าง", "e\u0301tude cafe\u0301s", "\u3040\u30ff\u3400\u4dbf\u4e00\u9fff\uac00\ud7af\uf900\ufaff",
    "\u303f\u3100\u33ff\u4dc0\u4dff\ua000\uabff\ud7b0\uf8ff\ufb00", "tab\there\u00a0nbsp\u2003em\u3000ideo",
    "Word. Another Sentence! And “Quotes” here… (A.B.C.)", "  leading and trailing  ", "\n\x1c\x1d\x1e\x1f\x85 x",
    "𝐁𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 text 😀 emoji", "ǅungla ǈubljana titlecase", "ＡＢＣＤ ｆｕｌｌ ｗｉｄｔｈ",
]


def _lines() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    out: list[str] = []
    for path in sorted((root / "seeds").glob("*.txt"))[:40]:
        out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line for line in out if line.strip()]


def test_tokens_match_the_regexes() -> None:
    for text in SAMPLES + _lines():
        assert _tokens(text) == tokens_oracle(text), text


def test_title_case_ratio_matches_the_regex() -> None:
    for text in SAMPLES + _lines():
        assert _title_case_ratio(text) == title_case_oracle(text), text


def test_cjk_count_matches_the_regex() -> None:
    for text in SAMPLES + _lines():
        assert _cjk_count(text) == len(_CJK_RE.findall(text)), text


def test_has_cjk_matches_the_regex() -> None:
    for text in SAMPLES + _lines():
        assert _has_cjk(text) == bool(_CJK_RE.search(text)), text


def test_has_cjk_of_every_code_point_matches_the_regex() -> None:
    hits = 0
    for cp in range(sys.maxunicode + 1):
        text = f"ab{chr(cp)}c"
        found = _has_cjk(text)
        assert found == bool(_CJK_RE.search(text)), hex(cp)
        hits += found
    assert hits > 39000  # the ranges themselves were tried, not only their outside


def test_fold_is_casefold() -> None:
    for text in SAMPLES + _lines():
        assert _fold(text) == text.casefold(), text
    for cp in range(sys.maxunicode + 1):  # each code point alone and inside ASCII text
        ch = chr(cp)
        assert _fold(ch) == ch.casefold(), hex(cp)
        assert _fold(f"Ab{ch}Cd") == f"Ab{ch}Cd".casefold(), hex(cp)


def test_furniture_removed_matches_the_rule_test() -> None:
    from cleaners.document import Line, Removal

    rules = ["boilerplate:share", "boilerplate:outside-main", "dedup:repeat", "boilerplate:teaser-card", "metadata:byline",
             "boilerplate:list:promo", "nav", "a:b:c", ""]
    for _ in range(2):  # the second pass reads the memo
        for rule in rules:
            line = Line(index=0, text="x", start=0, end=1)
            assert not metadata._furniture_removed(line)
            line.removal = Removal("x", "why", rule, 0, 1)
            assert metadata._furniture_removed(line) == bool(metadata._FURNITURE_RULE_PARTS & set(rule.split(":"))), rule


def test_lazy_patterns_are_the_module_patterns() -> None:
    # Compiled on first use; the same source as the regexes the tests above hold the loops to.
    assert metadata._cjk_re().pattern == _CJK_RE.pattern
    assert metadata._cjk_run_re().pattern == _CJK_RUN_RE.pattern
    assert metadata._date_words_re().sub("", "Monday, May 21, 2025 at 3 p.m.").split() == [",", "21,", "2025", "at", "3", "."]


def test_every_code_point_is_classed_as_the_regexes_do() -> None:
    # Each code point between letters: it joins, splits or ends a run exactly as [^\W\d_] and _CJK say.
    chunk = []
    for cp in range(sys.maxunicode + 1):
        chunk.append(f"ab{chr(cp)}cd ")
        if len(chunk) == 4096 or cp == sys.maxunicode:
            text = "".join(chunk)
            assert _tokens(text) == tokens_oracle(text)
            assert _title_case_ratio(text) == title_case_oracle(text)
            assert _cjk_count(text) == len(_CJK_RE.findall(text))
            chunk = []


def test_word_counts_match_split() -> None:
    # is_prose and is_heading_like count words; lines that differ only in their whitespace agree with split().
    spaces = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).isspace())
    for sp in spaces:
        text = f"One{sp}two{sp}{sp}three four five six seven eight nine ten. More words follow here{sp}"
        assert is_prose(text) == is_prose(text.replace(sp, " ")), repr(sp)
        short = f"Alpha{sp}Beta"
        assert is_heading_like(short) == is_heading_like("Alpha Beta"), repr(sp)


def test_date_pattern_prefilter_never_hides_a_match() -> None:
    texts = SAMPLES + _lines() + ["2025-05-21", "2025/05/21", "2025.5.21", "2025年5月21日", "2025년 5월 21일", "21.05.2025",
                                  "05/21/2025", "21-05-2025", "2025‐05‐21", "2025－05－21"]
    hits = 0
    for text in texts:
        prepared = metadata._prepare(text)
        for kind, pat in metadata._DATE_PATTERNS:
            needs = metadata._DATE_PATTERN_NEEDS.get(kind)
            if needs is not None and pat.search(prepared):
                hits += 1
                assert any(c in prepared for c in needs), (kind, text)
    assert hits >= 8
