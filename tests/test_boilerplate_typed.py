"""The line features and teaser test give what the regexes and str methods of the pure-Python code give.

Compiled, boilerplate computes them in typed passes over the code points; these tests hold both
builds to an oracle written with the original regexes and str methods (and, uncompiled, run the
typed helpers directly where they are visible).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaners import boilerplate
from cleaners.boilerplate import classify, is_teaser, line_features, stopwords
from cleaners.segment import _CLOSERS, _TERMINAL
from tests.test_boilerplate_sentences import sentence_oracle  # the sentence-end oracle

PAGES = Path(__file__).parent / "pages"
LANGUAGES = ("en", "de", "tr", "el", "ja", "zh", "th", "xx")

# Thai and Lao letters (digits out), Myanmar and Khmer letters (digits and sentence signs out).
_THAI_LAO_RE = re.compile("[\u0e01-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff]")
_MY_KM_RE = re.compile("[\u1000-\u103f\u104c-\u108f\u109a-\u109f\u1780-\u17d3\u17d7\u17dc\u17dd]")
_CJK_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HIRAGANA_RUN_RE = re.compile(r"[\u3040-\u309f]+")
_CODE_CHAR_RE = re.compile(r"[{}();=<>\[\]]")
_CODE_WORD_RE = re.compile(r"\s*(?:def|class|import|return|var|let|const|function|if|for)\b")
_GLUE_RE = re.compile(r"[A-Z](?<=[a-z0-9.!?’'\")\]][A-Z])(?=[a-z])")
ZH_FUNCTION = (
    "的了是在和有也就都而及与着或被把对从这那之其为以于但并所它他她们我你不没很更还又"
    "與著對從這為於並們沒還說會個將過裡"
)


def oracle(text: str, language: str) -> dict[str, object]:
    """The features as the pure-Python code defines them (its regexes and str methods)."""
    n = len(text)
    core = text.rstrip(_CLOSERS)
    cjk_runs = _CJK_RUN_RE.findall(text)
    cjk = sum(map(len, cjk_runs))
    ntokens = len(text.split()) if text.isascii() or cjk < n / 2 else 0
    thai_lao = len(_THAI_LAO_RE.findall(text))
    continua = thai_lao + len(_MY_KM_RE.findall(text))
    stop: float | None
    if continua >= boilerplate.CONTINUA_STOP_MIN and continua >= n / 3 and not (cjk >= 10 and cjk >= n / 3):
        stop = boilerplate._continua_density(text, continua)
    elif cjk >= 10 and cjk >= n / 3:
        hiragana = sum(map(len, _HIRAGANA_RUN_RE.findall(text)))
        if language == "ja" or hiragana:
            stop = hiragana / cjk / 1.2
        else:
            stop = sum(map(frozenset(ZH_FUNCTION).__contains__, "".join(cjk_runs))) / cjk * 3.0
    else:
        sw = stopwords(language)
        stop = None if sw is None or not ntokens else sum(map(sw.__contains__, text.lower().split())) / ntokens
    return {
        # Hangul syllables count twice, Thai and Lao letters one and a half
        "eff_len": n + 2 * cjk + len(re.findall("[\uac00-\ud7a3]", text)) + thai_lao // 2,
        "continua": continua,
        "words": ntokens + round(cjk / 1.5),
        "cjk": cjk,
        "terminal": bool(core) and core[-1] in _TERMINAL,
        "digits": len(re.findall(r"\d", text)) / n,
        "stop_density": stop,
        "sentences": sentence_oracle(text),
        "code_like": bool(_CODE_CHAR_RE.search(text) or _CODE_WORD_RE.match(text)),
    }


def features(text: str, language: str) -> dict[str, object]:
    f = line_features(text, language)
    return {key: getattr(f, key) for key in oracle(text, language)}


_NAME_PREFIX_END_RE = re.compile(r"(?<![^\W\d_])Ma?c\Z")


def _false_glue_oracle(text: str, glue: int) -> bool:
    if _NAME_PREFIX_END_RE.search(text[:glue]):  # "McConnell": inside a surname
        return True
    c = text[glue - 2] if glue >= 2 else ""
    if text[glue - 1] in "’'\"" and not (c and (c.islower() or c.isdigit() or c in ".!?)]…")):
        return True  # an opening quote: 'words, "Could'
    head = re.search(r"\S*\Z", text[:glue]).group()
    token = head + re.match(r"\S*", text[glue:]).group()
    steps = [k + 1 for k, (a, b) in enumerate(zip(token, token[1:], strict=False)) if a.islower() and b.isupper()]
    if any(k > len(head) for k in steps):  # a step after the glue: "PictureInPictureParent"
        return True
    # Two steps before the glue's, a surname's ("McCartneyThe") not counted: "TabPreviewCacheEntry"
    return sum(1 for k in steps if not _NAME_PREFIX_END_RE.search(token[:k])) >= 3


def teaser_oracle(text: str) -> bool:
    glues = [m.start() for m in _GLUE_RE.finditer(text, 0, 200) if not _false_glue_oracle(text, m.start())]
    if not glues:
        return False
    glue = glues[0]
    words = [w for w in text[:glue].split() if w[:1].isalpha()]
    after = [w for w in text[glue:].split()[1:9] if w[:1].isalpha()]
    if len(words) < 3 or len(after) < 5:
        return False
    if sum(1 for w in words if w[:1].isupper()) / len(words) < 0.75:
        return False
    return sum(1 for w in after if w[:1].isupper()) / len(after) < 0.5


def _page_lines() -> list[str]:
    lines = [line.strip() for page in sorted(PAGES.glob("*.txt")) for line in page.read_text().splitlines()]
    return [line for line in lines if line]


def test_zh_function_characters_are_the_modules() -> None:
    assert frozenset(ZH_FUNCTION) == boilerplate._ZH_FUNCTION
    assert all(_CJK_RUN_RE.fullmatch(c) for c in ZH_FUNCTION)  # counted inside CJK runs, so anywhere


@pytest.mark.parametrize("language", LANGUAGES)
def test_features_of_the_test_pages(language: str) -> None:
    for line in _page_lines():
        assert features(line, language) == oracle(line, language), line
        assert is_teaser(line) == teaser_oracle(line), line


# Characters where the typed passes could part from the regexes and str methods: Unicode whitespace
# (str.split and \s), decimal digits beyond ASCII (\d), closers and terminals, kana and Han (and the
# Chinese function characters), letters whose lower case changes length or depends on context.
ALPHABET = (
    "aeintoAEITZ xyfdclr_019.,!?;:'\"()[]{}=<>»”’」』】）…。！？；\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000"
    "٣०５İıſΣσςßẞ的了是在和我不あいうアイ漢字語"
    "กขคที่การและเป็นๆ๕ລາວ ໕ကို။ការ។\u17d2"
)
WORDS = st.sampled_from(
    ["the", "The", "THE", "and", "of", "der", "und", "Die", "ve", "bir", "İçin", "ΚΑΙ", "και", "το", "ΤΟΣ",
     "def", "class", "function", "for", "if", "format", "iffy", "Student-AthleteA", "headlineThe", "ok.The"]
)
TEXTS = st.lists(st.one_of(st.text(ALPHABET, min_size=1, max_size=12), WORDS), min_size=1, max_size=30).map(
    lambda parts: " ".join(parts)
)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(LANGUAGES))
@example("ΤΟΣ ΚΑΙ ΤΟ", "el")
@example("İÇİN bir ve", "tr")
@example("A.\u3000B!\x1c", "en")
@example("  def f(x)", "en")
@example("format this", "en")
@example("Student-AthleteA woman was found in the river near the old mill", "en")
def test_features_agree_with_the_oracle(text: str, language: str) -> None:
    assert features(text, language) == oracle(text, language)
    assert is_teaser(text) == teaser_oracle(text)


@pytest.mark.parametrize("language", ["zh", "ja", "en"])
def test_cjk_stop_density_counts_each_function_character(language: str) -> None:
    for c in ZH_FUNCTION + "漢字語あア":
        text = c * 6 + "漢字語々" * 2
        assert features(text, language) == oracle(text, language), c


def test_classify_is_unchanged_by_typing() -> None:
    """classify reads the stop density and sentence count the typed way; the classes stay those of the features."""
    for line in _page_lines()[:400]:
        f = line_features(line, "en")
        assert classify(f) == classify(f)  # the lazy fields fill once and agree with themselves
        assert f.stop_density == oracle(line, "en")["stop_density"]


def test_line_features_is_a_typed_class_when_compiled() -> None:
    f = line_features("The plan was approved.", "en")
    f.cls = "good"
    assert f.cls == "good"
    if boilerplate.__file__.endswith(".py"):
        pytest.skip("pure Python: a plain class")
    with pytest.raises(AttributeError):
        f.other = 1  # type: ignore[attr-defined]


TIMESTAMP_WORDS = st.sampled_from(
    ["a", "an", "one", "An", "ONE", "minute", "hours", "ago", "AGO", "hace", "vor", "votes", "likes", "rating", ":",
     "il y a", "updated", "fa", "назад", "分", "前", "h", "m"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TIMESTAMP_WORDS, st.text("aAoOgGx \t:", max_size=4)), min_size=1, max_size=6).map(" ".join))
def test_a_timestamp_without_a_digit_opens_with_a_or_o(text: str) -> None:
    """furniture_rule tries the timestamp regex on a line without a digit only when it opens with a/an/one."""
    from cleaners import patterns

    if not re.search(r"\d", text) and patterns.TIMESTAMP_RE.match(text):
        assert text[:1] in "AaOo"


_ROW_DELIMS_RE = re.compile(r"\s[:\-–—|/]\s|:\s|\t|\s{3,}")


def row_delims_oracle(text: str) -> str:
    return "".join([m.group().strip() or "\t" for m in _ROW_DELIMS_RE.finditer(text)][:2])


@settings(max_examples=400, deadline=None)
@given(st.text("ab1 :-–—|/\t\u3000\xa0\n", max_size=16))
def test_row_delims_agree_with_the_regex(text: str) -> None:
    assert boilerplate.row_delims(text) == row_delims_oracle(text)


def test_row_delims_of_the_test_pages() -> None:
    for line in _page_lines():
        assert boilerplate.row_delims(line) == row_delims_oracle(line), line


@pytest.mark.parametrize("language", ["en", "de", "tr", "pt", "ru", "el", "vi", "xx"])
def test_ascii_stoplist_table_is_the_frozenset(language: str) -> None:
    """The typed stop density looks ASCII tokens up in a hash table of the stoplist's ASCII words: it finds
    exactly the tokens whose lower case is in the frozenset (whatever their case, and nothing else)."""
    sw = stopwords(language)
    table = boilerplate._Stoplist(sw)
    words = sorted(w for w in sw if w.isascii()) if sw else ["the", "and"]
    assert table.longest == max(map(len, words)) if sw else table.longest == 0
    for w in words:
        for token in {w, w.upper(), w.capitalize(), w + "s", w[:-1] or "x", "x" + w, w + "\x7f"}:
            assert table.has_ascii(token) == (sw is not None and token.lower() in sw), (w, token)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127, blacklist_characters=" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"), min_size=1,
               max_size=8), st.sampled_from(["en", "de", "tr"]))
def test_ascii_stoplist_table_agrees_on_any_ascii_token(token: str, language: str) -> None:
    sw = stopwords(language)
    assert boilerplate._Stoplist(sw).has_ascii(token) == (token.lower() in sw)


_CONTENT_PUNCT_RE = re.compile(r"[;{}=<>│]|\w\(|^\)|,$")
_ENUM_RE = re.compile(r"^(?:\(?\d{1,3}[.)、．]|[一二三四五六七八九十]{1,3}[、．]|[①-⑳])\s*\S")
# A command after a shell or interpreter prompt ("$ ls", ">>> import os", "PS C:\\> dir").
_SHELL_COMMAND_RE = re.compile(r"\s*(?:\$|>>>|PS [A-Z]:\\[^>]*>)\s+\S")


def content_like_oracle(text: str, language: str) -> bool:
    o = oracle(text, language)
    return bool(
        o["digits"] > 0.15
        or o["code_like"]
        or _CONTENT_PUNCT_RE.search(text)
        or (text[:1].islower() and not "\u10d0" <= text[:1] <= "\u10ff" and o["cjk"] == 0)  # (Georgian: one case)
        or (text[-1:] in ".。" and not text.endswith("..") and o["words"] >= 5)
        or _ENUM_RE.match(text)
        or _SHELL_COMMAND_RE.match(text)
    )


@settings(max_examples=500, deadline=None)
@given(st.text("ab_é漢1 (),;{}=<>│\n\t.。①一、", min_size=1, max_size=14))
@example("f(x")
@example("x,\n")
@example(",\n\n")
@example(") after")
@example("_(")
@example("é(")
@example(" (")
@example("$ ls -la")
@example("  >>> x")
def test_content_like_agrees_with_the_regexes(text: str) -> None:
    assert boilerplate.content_like(text, line_features(text, "en")) == content_like_oracle(text, "en")


def test_content_like_of_the_test_pages() -> None:
    for line in _page_lines():
        assert boilerplate.content_like(line, line_features(line, "en")) == content_like_oracle(line, "en"), line
