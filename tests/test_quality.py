"""Unit tests of cleaners.quality: every statistic on handmade documents, computed by hand."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from cleaners.config import Config
from cleaners.document import BODY, TITLE, Document, Line
from cleaners.quality import (
    _top_ngram_ratio_small,
    has_cjk,
    quality_stage,
    text_stats,
    top_ngram_ratios,
)

SENTENCE = "The cat sat on the mat. The dog ran!"  # 9 words, 36 chars, 8 spaces


def _doc(entries: list[tuple[str, str, str | None]], raw: bytes = b"") -> Document:
    """A document from (text, kind, removal rule or None) rows, offsets as if joined by \\n."""
    doc = Document(source="t", raw=raw)
    pos = 0
    for i, (text, kind, rule) in enumerate(entries):
        doc.lines.append(Line(i, text, pos, pos + len(text), kind=kind))
        if rule:
            doc.remove(doc.lines[-1], rule, f"because {rule}")
        pos += len(text) + 1
    doc.text = "\n".join(text for text, _, _ in entries)
    return doc


def test_quality_stage_on_a_handmade_document() -> None:
    doc = _doc(
        [
            ("Title Here", TITLE, None),
            ("Menu | Home | News", BODY, "boilerplate:nav"),
            (SENTENCE, BODY, None),
            (SENTENCE, BODY, None),
            ("Price: 100 dollars", BODY, None),
            ("Share this", BODY, "boilerplate:share"),
            ("Share this", BODY, "boilerplate:share"),
        ],
        raw=b"x" * 123,
    )
    before = [(line.text, line.removal) for line in doc.lines]
    stats = quality_stage(doc, Config()).stats
    assert [(line.text, line.removal) for line in doc.lines] == before  # annotates only
    non_space = 100 - 19
    assert stats == {
        "input_bytes": 123,
        "chars": 100,  # 10 + 36 + 36 + 18
        "words": 23,  # 2 + 9 + 9 + 3
        "sentences": 6,  # 4 lines + 2 ". " inside lines
        "mean_sentence_words": round(23 / 6, 2),
        "symbol_ratio": round(5 / non_space, 4),  # . . ! ! :
        "digit_ratio": round(3 / non_space, 4),
        "terminal_punct_ratio": 0.5,
        "duplicate_line_ratio": 0.25,
        "duplicate_line_char_ratio": 0.36,
        # Most frequent bigram seen first: "The cat" (6 chars) twice; trigram "The cat sat" (9).
        "top_2gram_ratio": round(2 * 6 / non_space, 4),
        "top_3gram_ratio": round(2 * 9 / non_space, 4),
        "paragraphs": 3,  # the title is not a paragraph
        "lines": 7,
        "lines_removed": 3,
        "removed_char_ratio": round(38 / 138, 4),
        "removed_by_rule": {"boilerplate:nav": 1, "boilerplate:share": 2},
    }


def test_removal_accounting_matches_its_definition() -> None:
    """lines_removed, removed_char_ratio and removed_by_rule (its rules in order of first use, as Counter keeps
    them) on random documents: compiled, they are counted in the one pass that splits the kept lines off."""
    rng = random.Random(7)
    rules = ["boilerplate:nav", "dedup:exact", "boilerplate:share", "language:foreign", "boilerplate:cta"]
    for _ in range(300):
        entries = [
            ("w" * rng.randint(1, 30) + " é" * rng.randint(0, 3), rng.choice([BODY, TITLE]),
             rng.choice([None, None, *rules]))
            for _ in range(rng.randint(1, 25))
        ]
        doc = _doc(entries)
        removals = [line.removal for line in doc.lines if line.removal is not None]
        stats = quality_stage(doc, Config()).stats
        removed_chars = sum(len(r.text) for r in removals)
        assert stats["lines_removed"] == len(removals)
        assert stats["removed_char_ratio"] == (
            round(removed_chars / (stats["chars"] + removed_chars), 4) if stats["chars"] + removed_chars else 0.0
        )
        assert list(stats["removed_by_rule"].items()) == list(Counter(r.rule for r in removals).items())


def test_input_bytes_of_a_text_only_document_is_its_utf8_size() -> None:
    doc = _doc([("Café", BODY, None)])
    assert quality_stage(doc, Config()).stats["input_bytes"] == 5


def test_cjk_words_are_characters_plus_other_word_runs() -> None:
    stats = text_stats(["東京は首都です。", "ABC 123、テスト！"])
    assert stats["words"] == 7 + 2 + 3  # 東京は首都です, ABC, 123, テスト
    assert stats["chars"] == 8 + 12
    assert stats["sentences"] == 2  # both stops end their line
    assert stats["terminal_punct_ratio"] == 1.0
    assert stats["top_2gram_ratio"] == stats["top_3gram_ratio"] == 0.0


def test_cjk_stops_inside_a_line_end_sentences() -> None:
    stats = text_stats(["一文目。二文目！三文目？四文目"])
    assert stats["sentences"] == 1 + 3
    assert stats["terminal_punct_ratio"] == 0.0


def test_terminal_punctuation_looks_through_closing_quotes() -> None:
    stats = text_stats(["He said “stop.”", "「終わり。」", "(see above)", "No stop"])
    assert stats["terminal_punct_ratio"] == 0.5


def test_repetitive_text_has_high_ngram_ratios() -> None:
    spam = ["buy cheap pills now"] * 50
    stats = text_stats(spam)
    assert stats["duplicate_line_ratio"] == 0.98
    assert stats["top_2gram_ratio"] > 0.3 and stats["top_3gram_ratio"] > 0.5


def test_ngram_window_is_configurable() -> None:
    lines = [f"unique{i} words{i} here{i}" for i in range(400)] + ["same phrase again"] * 400
    assert text_stats(lines, ngram_max_words=1200)["top_3gram_ratio"] == 0.0  # only the unique part
    assert text_stats(lines, ngram_max_words=0)["top_3gram_ratio"] > 0.3


def test_empty_document_gives_zeros() -> None:
    stats = text_stats([])
    assert stats["words"] == 0 and stats["top_2gram_ratio"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain ascii", False),
        ("naïve café – “quotes”", False),
        ("漢字", True),
        ("かな", True),
        ("「」。", False),
    ],
)
def test_has_cjk(text: str, expected: bool) -> None:
    assert has_cjk(text) is expected


def test_numpy_ngram_counting_matches_counter() -> None:
    rng = random.Random(7)
    for _ in range(60):
        vocab = [f"w{i}" * rng.randint(1, 3) for i in range(rng.choice([3, 30, 3000]))]
        tokens = [rng.choice(vocab) for _ in range(rng.choice([400, 1500]))]
        total = sum(map(len, tokens))
        expected = {n: _top_ngram_ratio_small(tokens, n, total) for n in (2, 3)}
        assert top_ngram_ratios(tokens) == pytest.approx(expected)
