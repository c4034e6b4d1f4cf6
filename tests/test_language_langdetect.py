"""The re-implemented langdetect (`_ld_probabilities`) against the langdetect library's own
Detector: the whole probability vector must be the same, float for float (==, not approx), on
the shared sentences, on the dev pages and on generated texts. A sample here; with
CLEANERS_LANGDETECT_FULL=1 every sentence and page."""

from __future__ import annotations

import json
import os
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pagetexts import DEV_EVAL, HAVE_DEV, NO_DEV_REASON, dev_dumps

from cleaners import language
from cleaners.language import (
    _ld_draws_match,
    _ld_fast_tables,
    _ld_probabilities,
    langdetect_distribution,
    langdetect_reference_distribution,
    langdetect_reference_probabilities,
)

LANGID = DEV_EVAL / "langid" / "sentences.jsonl"
FULL = os.environ.get("CLEANERS_LANGDETECT_FULL") == "1"


def _same(text: str) -> None:
    ref = langdetect_reference_probabilities(text)
    got = _ld_probabilities(text)
    assert got == ref, text[:200]
    if ref is not None:  # == on lists of floats: also the same types and length
        assert all(type(p) is float for p in got)


def test_the_fast_path_is_used_here() -> None:
    """On this langdetect and CPython the re-implementation runs (not the fallback to the library)."""
    assert _ld_fast_tables()
    assert _ld_draws_match()
    assert language._ld_draw_bits


def test_normalization_table_is_ngram_normalize() -> None:
    from langdetect.utils.ngram import NGram

    norm = _ld_fast_tables()[0]
    assert len(norm) == 0x10000
    assert norm == "".join(map(NGram.normalize, map(chr, range(0x10000))))
    # Astral code points: the table leaves them alone (str.translate's IndexError), as NGram does.
    assert all(NGram.normalize(chr(cp)) == chr(cp) for cp in range(0x10000, 0x110000, 97))
    assert "\U0001f600a\u00c0\u4e00".translate(norm) == "".join(map(NGram.normalize, "\U0001f600a\u00c0\u4e00"))


@pytest.mark.skipif(not LANGID.exists(), reason="shared langid sentences not present")
def test_same_vectors_on_shared_sentences() -> None:
    rows = [json.loads(line) for line in LANGID.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows if FULL else rows[::29]:
        _same(row["text"])


@pytest.mark.skipif(not HAVE_DEV, reason=NO_DEV_REASON)
def test_same_vectors_on_dev_pages() -> None:
    """Prose samples as the stage builds them, raw page starts (menus, URLs, mixed scripts), and
    whole pages longer than langdetect's 10000-character limit."""
    pages = dev_dumps()
    for path in pages if FULL else pages[::17]:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = text.split("\n")
        _same(language.document_sample(lines, 2000)[:2000].strip())
        _same(text[:2000])
        _same(text[:12000])


def test_same_vectors_on_edge_cases() -> None:
    for text in [
        "", " ", "   ", "1234 5678", "!!! ???", "a", "A", "AB", "ABC abc", "Ab Cd EFG hij",
        "http://example.com/a?b=c mail@example.com", "e-mail: a.b@c-d.org, see https://x.y/z",
        "Tiếng Việt có dấu", "Tie\u0302\u0301ng Vie\u0323\u0302t", "ș ț Ș Ț", "ﾃｽﾄ テスト てすと",
        "中文简体 繁體中文", "한국어 문장입니다", "Ελληνικά κείμενα", "עברית", "العربية یک", "हिन्दी",
        "ǅungla ǈubav", "Straße ÄÖÜ", "\U0001f600 emoji \U0001f601", "mixed Русский и English words",
        "\ud800 lone surrogate", "x" * 20000, "ab " * 5000, " ".join(["Word"] * 3000),
        "Ünïcödé " * 1500, "a  b   c    d", "\u2028\u2029\u3000 spaces",
    ]:
        _same(text)


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      .,;:!?'\"-()[]0123456789@/")
    + list("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿşţșțđăơưĀāŁłŽž\u0300\u0301\u0303\u0309\u0323")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВ αβγδεζηθ ΑΒΓ")
    + list("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明")
    + list("あいうえおかきくけこアイウエオカキクケコ한국어문장입니다ไทยעבריתالعربيةیک हिन्दी\U0001f600\u2014\u201c\u201d")
)


@settings(max_examples=60 if not FULL else 600, deadline=None)
@given(st.lists(_ALPHABET, max_size=400).map("".join))
@example("")
@example("The  URL http://a.b/c and  ALL CAPS WORDS and Mixed Case")
def test_same_vectors_on_generated_text(text: str) -> None:
    _same(text)


@settings(max_examples=25 if not FULL else 200, deadline=None)
@given(st.text(max_size=300))
def test_same_vectors_on_any_text(text: str) -> None:
    _same(text)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 400))
def test_same_vectors_on_long_random_words(seed: int, words: int) -> None:
    rnd = random.Random(seed)
    letters = "etaoinshrdlucmfwypvbgkjqxzéèàüößçñ"
    text = " ".join("".join(rnd.choice(letters) for _ in range(rnd.randint(1, 12))) for _ in range(words))
    _same(text)


def test_distribution_is_the_reference_distribution() -> None:
    for text in ["Le conseil municipal se réunira la semaine prochaine.", "Hej, hur mår du idag?", "!!!"]:
        assert langdetect_distribution(text) == langdetect_reference_distribution(text)


# ---------------------------------------------------------------------------------------------
# Per-line helpers whose compiled form is a loop over code points: the same answers as the
# plain-Python definitions below.


def _running_words_oracle(text: str, limit: int = 0) -> int:
    n = 0
    for token in text.split():
        word = token.strip(language._WORD_EDGE)
        if word.isalpha() and not word[0].isupper():
            n += 1
            if n == limit:
                break
    return n


_WORDISH = st.sampled_from(
    list(language._WORD_EDGE) + list(" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000\u200b")
    + list("abcXYZéÉßǅǈıİ中文ひらがなカタカナ한국Ωωдж0123456789@#/_&+=%$") + ["\u0301", "\U0001d400", "\U0001f600"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDISH, max_size=80).map("".join), st.integers(0, 5))
@example("The cat sat on the mat", 3)
@example("«dans» (la) rue… — “quoted” words", 0)
@example("*** --- ...", 0)
def test_running_words_is_the_token_loop(text: str, limit: int) -> None:
    assert language.running_words(text, limit) == _running_words_oracle(text, limit)
    assert language.running_words(text) == _running_words_oracle(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60) | st.text(alphabet=st.characters(max_codepoint=127), max_size=60), max_size=8))
@example(["An ASCII line with 27 letters!", "x" * 19 + "!", "Ünïcödé line with more letters"])
def test_line_scripts_ascii_letters(texts: list[str]) -> None:
    _, families, letters = language.line_scripts(texts)
    for text, family, count in zip(texts, families, letters, strict=True):
        if text.isascii() and len(text) >= language.LINE_MIN_LETTERS:
            expected = sum(ch.isalpha() for ch in text)
            assert count == expected
            assert family == ("latin" if expected else None)
