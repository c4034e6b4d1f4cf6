"""classify decides long multi-sentence lines before the stop density: the same classes as the plain order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.boilerplate import (
    BAD,
    CONTINUA_STOP_MIN,
    GOOD,
    NEAR,
    SHORT,
    LineFeatures,
    classify,
    line_features,
)

PAGES = Path(__file__).parent / "pages"
LANGUAGES = ("en", "de", "pt", "tr", "ja", "zh", "th", "xx")


def classify_plain(f: LineFeatures) -> str:
    """classify as first written: the stop density first, the sentence rule after the first good rule."""
    eff_len = f.eff_len
    if eff_len < 50:
        return SHORT
    stop = f.stop_density
    terminal = f.terminal
    if stop is None:
        if eff_len >= 150 and (terminal or f.sentences >= 1):
            return GOOD
        return NEAR if eff_len >= 80 and f.sentences >= 1 else SHORT
    # (a Thai, Lao, Myanmar or Khmer line's function-word density: never under the classes without a stoplist)
    n = len(f.text)
    continua = f.continua >= CONTINUA_STOP_MIN and 3 * f.continua >= n and not (f.cjk >= 10 and 3 * f.cjk >= n)
    if continua and eff_len >= 150 and f.sentences >= 1:
        return GOOD
    if eff_len >= 120 and stop >= 0.22 and (terminal or f.sentences >= 1 or (eff_len >= 250 and not continua)):
        return GOOD
    if eff_len >= 150 and terminal and f.sentences >= 2:
        return GOOD
    if stop >= 0.3 and terminal:
        return GOOD if eff_len >= 80 else NEAR
    if terminal and eff_len >= 80 and f.cjk > 0 and "，" in f.text:
        return GOOD
    if stop >= 0.15 or (terminal and eff_len >= 100):
        return NEAR
    if continua and eff_len >= 80 and f.sentences >= 1:
        return NEAR
    if eff_len >= 60 and stop < 0.1 and not terminal:
        return BAD
    return SHORT


def _page_lines() -> list[str]:
    lines = [line.strip() for page in sorted(PAGES.glob("*.txt")) for line in page.read_text().splitlines()]
    return [line for line in lines if line]


@pytest.mark.parametrize("language", LANGUAGES)
def test_classify_agrees_with_the_plain_order_on_the_test_pages(language: str) -> None:
    for line in _page_lines():
        assert classify(line_features(line, language)) == classify_plain(line_features(line, language)), line
        f = line_features(line, language)
        classify(f)
        # What classify leaves uncomputed is computed on demand, to the same value.
        assert f.stop_density == line_features(line, language).stop_density


SENTENCE = st.sampled_from(
    ["The plan was approved.", "It rained!", "Why?", "die Stadt und der Rat", "a b c d e f g h", "x" * 60,
     "Read more.", "東京で会議が開かれた。", "会議", "“Quoted.”", " ", "and the of to in", "2024"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=12).map(" ".join), st.sampled_from(LANGUAGES))
def test_classify_agrees_with_the_plain_order(text: str, language: str) -> None:
    assert classify(line_features(text, language)) == classify_plain(line_features(text, language))


def test_hangul_syllables_count_twice_toward_the_length() -> None:
    """A syllable block holds two or three letters of a word: a Korean line of 60 syllables says as much as an
    English line of 120 letters, and two short sentences of a recipe step are prose, not a menu line."""
    step = "먼저 냄비에 멸치 육수를 붓고 끓기 시작하면 된장을 풀어 주세요. 된장은 체에 걸러서 풀면 국물이 훨씬 깔끔해요."
    f = line_features(step, "ko")
    assert f.eff_len == len(step) + sum(1 for c in step if "\uac00" <= c <= "\ud7a3")
    assert classify(f) != SHORT
    for menu in ["홈", "레시피", "구독하기", "카테고리의 다른 글"]:
        assert classify(line_features(menu, "ko")) == SHORT


@pytest.mark.parametrize("step", [
    "排骨冷水下锅，加入姜片和米酒，煮滚后再滚两分钟，捞出用清水冲洗干净。",
    "加入白蘿蔔，繼續用小火燉煮三十分鐘，直到蘿蔔變得透明軟嫩。",
])
def test_a_chinese_step_of_clauses_is_good(step: str) -> None:
    """A Chinese recipe or how-to step has few function characters: its clauses and its full stop make it prose."""
    assert classify(line_features(step, "zh")) == GOOD


@pytest.mark.parametrize("line", ["昨天照著煮，家人都說好喝！", "加入白萝卜，继续用小火炖煮三十分钟，直到萝卜变得透明软嫩", "古早味蘿蔔排骨湯的做法"])
def test_a_short_chinese_comment_or_a_headline_is_no_good_line(line: str) -> None:
    assert classify(line_features(line, "zh")) != GOOD
