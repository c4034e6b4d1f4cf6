"""Unit tests of cleaners.dedup: hashing keys, exact duplicates, containment, order independence."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from stages import kept_line_texts as _kept

from cleaners.config import Config
from cleaners.dedup import (
    CONTAINMENT_SHARE,
    MIN_CONTAINER_CHARS,
    MIN_KEY_CHARS,
    dedup_stage,
    duplicate_marks,
    find_containers,
    fingerprint,
    hash_key,
)
from cleaners.document import Document, Line
from cleaners.segment import segment_stage

P1 = "A small museum in the hill town has reopened after a four-year restoration of its weaving looms."
P2 = "The building, a former wool warehouse, had been closed since a roof failure in the winter of 2019."
P3 = "Conservators dismantled each loom, dried the timber slowly and treated it against insects."
P4 = "Entry remains free, although visitors are asked to make a donation towards the running costs."
ZH1 = "据市气象台消息，受较强冷空气影响，本周三夜间至周五，我市将迎来今冬首场明显降雪，局部地区累计降雪量可达十厘米以上。"
ZH2 = "气象专家提醒，此次降雪过程伴随大风和明显降温，最低气温将降至零下八度左右，道路结冰的可能性较大。"
ZH3 = "市交通部门表示，已提前准备融雪剂两千余吨，并安排除雪车辆和人员在主干道、桥梁和坡道等重点路段值守。"
ZH4 = "教育部门要求各中小学密切关注天气变化，必要时可以调整上下学时间，并做好校园内积雪清扫和安全防护工作。"


def _dedup(lines: list[str], removed: tuple[int, ...] = ()) -> Document:
    doc = Document(source="t", text="\n".join(lines))
    segment_stage(doc, Config())
    for i in removed:
        doc.remove(doc.lines[i], "boilerplate:test", "removed before dedup")
    return dedup_stage(doc, Config())


def _rules(doc: Document) -> dict[int, str]:
    return {line.index: line.removal.rule for line in doc.lines if line.removal is not None}


# --- hash_key and fingerprint --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hello, World!", "hello world"),
        ("  Spaces   everywhere ", "Spaces everywhere"),
        ("«Quoted» — text…", "quoted text"),
        ("ÉCOLE publique", "école PUBLIQUE"),
        ("你好，世界。", "你好 世界"),
        ("Straße", "STRASSE"),  # casefold, not lower
        ("snake_case_words", "snake case words"),
    ],
)
def test_hash_key_folds_case_punctuation_and_space(a: str, b: str) -> None:
    assert hash_key(a) == hash_key(b)


def test_hash_key_values() -> None:
    assert hash_key("Hello, World!") == "helloworld"
    assert hash_key("你好，世界。") == "你好世界"
    assert hash_key("") == ""
    assert hash_key("!!! ---") == ""


def test_hash_key_folds_digits_only_in_long_lines() -> None:
    long_a = "The council approved the budget of 2024 with 31 votes against 12 after a long debate."
    long_b = "The council approved the budget of 2025 with 29 votes against 14 after a long debate."
    assert hash_key(long_a) == hash_key(long_b)
    assert hash_key("Page 1 of 2") != hash_key("Page 2 of 2")  # short keys keep their digits
    assert hash_key("Chapter 12") != hash_key("Chapter 13")


def _reference_hash_key(text: str) -> str:
    """The definition of the key, without hash_key's ASCII fast path."""
    key = re.sub(r"[\W_]+", "", "".join(text.casefold().split()))
    return re.sub(r"\d+", "0", key) if len(key) >= 40 else key


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09 _.,-'\t\x1c\x85ßKİ²١日本　")) | st.characters(), max_size=120))
@example("The budget of 2024 was approved by the council with 31 votes to 12.")
@example("Die Stadt plant für 2025 einen Neubau mit 120 Wohnungen am Hafen.")
@example("ÉCOLE: 3 classes, 12 élèves par classe, ouverture en septembre 2025")
def test_hash_key_fast_paths_match_the_definition(text: str) -> None:
    assert hash_key(text) == _reference_hash_key(text)


@pytest.mark.parametrize("text", ["Hello", "", P1, ZH1, "Straße 12"])
def test_fingerprint_is_a_stable_signed_64_bit_int(text: str) -> None:
    value = fingerprint(text)
    assert isinstance(value, int) and -(2**63) <= value < 2**63
    assert fingerprint(text) == value
    assert fingerprint(text.upper() + "!!") == fingerprint(text)


def test_fingerprint_distinguishes_paragraphs() -> None:
    assert fingerprint("hello world") == fingerprint("Hello, World!")
    assert fingerprint(P1) != fingerprint(P2)


# --- exact duplicates ----------------------------------------------------------------------------


def test_exact_duplicate_later_copy_removed() -> None:
    doc = _dedup([P1, P2, P1.upper(), P3, "  " + P2.replace(",", "") + " "])
    assert _kept(doc) == [P1, P2, P3]
    assert _rules(doc) == {2: "dedup:exact", 4: "dedup:exact"}
    assert doc.lines[2].removal is not None and "line 1" in doc.lines[2].removal.reason
    assert doc.lines[4].removal is not None and "line 2" in doc.lines[4].removal.reason


def test_exact_duplicate_cjk() -> None:
    doc = _dedup([ZH1, ZH2, ZH1.replace("，", ","), ZH3])
    assert _kept(doc) == [ZH1, ZH2, ZH3]
    assert _rules(doc) == {2: "dedup:exact"}


def test_short_lines_are_not_deduplicated() -> None:
    short = "Photo"
    assert len(hash_key(short)) < MIN_KEY_CHARS
    doc = _dedup([short, P1, short, P2, short])
    assert _kept(doc) == [short, P1, short, P2, short]
    assert not _rules(doc)


def test_already_removed_copy_does_not_count() -> None:
    """Of two copies, the one boilerplate removed does not make the article's copy a duplicate."""
    doc = _dedup([P1, P2, P1], removed=(0,))
    assert _kept(doc) == [P2, P1]
    assert _rules(doc) == {0: "boilerplate:test"}


def test_removal_offsets_point_at_the_line() -> None:
    doc = _dedup([P1, "", P2, P1])
    for line in doc.lines:
        if line.removal is not None:
            assert doc.text[line.removal.start : line.removal.end] == line.removal.text == line.text


# --- containment ---------------------------------------------------------------------------------


def test_run_together_first_line_is_removed_by_containment() -> None:
    together = " ".join([P1, P2, P3, P4])
    doc = _dedup([together, "Headline of the story", P1, P2, P3, P4])
    assert _kept(doc) == ["Headline of the story", P1, P2, P3, P4]
    assert _rules(doc) == {0: "dedup:containment"}
    reason = doc.lines[0].removal.reason if doc.lines[0].removal else ""
    assert "4 other paragraphs" in reason


def test_run_together_cjk_line_with_a_promo_glued_on() -> None:
    together = "".join([ZH1, ZH2, ZH3, ZH4] * 2) + "立即订阅"
    doc = _dedup([together, ZH1, ZH2, ZH3, ZH4])
    assert _kept(doc) == [ZH1, ZH2, ZH3, ZH4]
    assert _rules(doc) == {0: "dedup:containment"}


def test_short_cjk_run_together_line_is_removed() -> None:
    together = "".join([ZH1, ZH2, ZH3, ZH4]) + "立即订阅"
    doc = _dedup([together, ZH1, ZH2, ZH3, ZH4])
    assert _kept(doc) == [ZH1, ZH2, ZH3, ZH4]
    assert _rules(doc) == {0: "dedup:containment"}


def test_run_together_line_at_the_end_is_removed_too() -> None:
    doc = _dedup([P1, P2, P3, P4, " ".join([P1, P2, P3, P4])])
    assert _kept(doc) == [P1, P2, P3, P4]
    assert _rules(doc) == {4: "dedup:containment"}


def test_line_that_only_quotes_one_paragraph_is_not_a_container() -> None:
    long_line = (P1 + " " + "Something entirely different is said here, at length, by another writer. " * 3).strip()
    doc = _dedup([long_line, P1, P2])
    assert long_line in _kept(doc)


def test_mostly_new_text_is_not_a_container() -> None:
    new = " ".join(["This sentence is new and appears nowhere else in the document at all."] * 4)
    line = " ".join([P1, P2, new])
    assert len(hash_key(line)) >= MIN_CONTAINER_CHARS
    doc = _dedup([line, P1, P2])
    assert _kept(doc) == [line, P1, P2]


def test_find_containers_directly() -> None:
    texts = [" ".join([P1, P2, P3]), P1, P2, P3, P4]
    doc = Document(source="t", text="\n".join(texts))
    segment_stage(doc, Config())
    keys = [hash_key(t) for t in texts]
    assert find_containers(doc.lines, keys) == {0: [1, 2, 3]}
    covered = sum(len(keys[j]) for j in (1, 2, 3))
    assert covered >= CONTAINMENT_SHARE * len(keys[0])


# --- order independence --------------------------------------------------------------------------

PARAGRAPHS = [P1, P2, P3, P4, ZH1, ZH2, "Photo", "Share this article"]


@settings(deadline=None, max_examples=60, derandomize=True, database=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_decisions_do_not_depend_on_line_order(lines: list[str], rnd: random.Random) -> None:
    """Which texts survive, and how many lines go, does not depend on the order of the lines."""
    shuffled = list(lines)
    rnd.shuffle(shuffled)
    a, b = _dedup(lines), _dedup(shuffled)
    assert sorted(set(_kept(a))) == sorted(set(_kept(b))) == sorted(set(lines))
    assert len(a.removals()) == len(b.removals())
    # Every distinct long paragraph survives exactly once.
    for text in set(lines):
        if len(hash_key(text)) >= MIN_KEY_CHARS:
            assert _kept(a).count(text) == 1 and _kept(b).count(text) == 1


def test_containment_does_not_depend_on_position() -> None:
    together = " ".join([P1, P2, P3])
    for position in range(4):
        lines = [P1, P2, P3]
        lines.insert(position, together)
        doc = _dedup(lines)
        assert _kept(doc) == [P1, P2, P3], position


def test_decisions_do_not_depend_on_other_documents() -> None:
    """No state is carried between documents: a paragraph seen in one document is kept in the next."""
    first = _dedup([P1, P2])
    second = _dedup([P1, P3])
    assert _kept(first) == [P1, P2] and _kept(second) == [P1, P3]


def test_dedup_stage_on_empty_document() -> None:
    doc = Document(source="t", text="")
    segment_stage(doc, Config())
    assert dedup_stage(doc, Config()).lines == []


# --- containment search against a brute-force reference ---------------------------------------------


def _containers_by_substring_search(keys: list[str]) -> dict[int, list[int]]:
    """find_containers spelled out with str.find: every occurrence (overlapping too) of every other key."""
    out: dict[int, list[int]] = {}
    for i, container in enumerate(keys):
        if len(container) < MIN_CONTAINER_CHARS / 3 or len(container) + 2 * sum(
            1 for ch in container if "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u4dbf"
            or "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"
        ) < MIN_CONTAINER_CHARS:
            continue
        covered = [False] * len(container)
        inside: set[int] = set()
        for j, k in enumerate(keys):
            if len(k) < MIN_KEY_CHARS or len(k) >= len(container):
                continue
            at = container.find(k)
            while at != -1:
                covered[at : at + len(k)] = [True] * len(k)
                if j != i:
                    inside.add(j)
                at = container.find(k, at + 1)
        if len(inside) >= 2 and sum(covered) >= CONTAINMENT_SHARE * len(container):
            out[i] = sorted(inside)
    return out


# Pieces that share their first MIN_KEY_CHARS characters, overlap and repeat: the automaton holds
# only key prefixes and checks each hit in place, so these are the cases that could go wrong.
_PIECES = [
    "abcdefghijklmnopqrstuvwxyz",
    "abcdefghijklmnOPQRSTUVWXYZ".lower(),
    "abcdefghijklmn",
    "mnopqrstuvwxyzabcdefghijkl",
    "zzzzzzzzzzzzzzzzzzzz",
    "zzzzzzzzzzzzzz",
    "据市气象台消息受较强冷空气影响本周三夜间",
    "0123456789012345678901234",
]


@settings(deadline=None, max_examples=150, derandomize=True, database=None)
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map("".join), min_size=2, max_size=6),
    st.randoms(use_true_random=False),
)
def test_find_containers_matches_substring_search(paragraphs: list[str], rnd: random.Random) -> None:
    keys = list(paragraphs)
    for _ in range(rnd.randint(1, 3)):  # run-together lines: other keys glued, sometimes with new text
        glued = "".join(rnd.choice(paragraphs) for _ in range(rnd.randint(2, 8)))
        keys.insert(rnd.randrange(len(keys) + 1), glued + "q" * rnd.choice([0, 0, 10, 60]))
    assert find_containers([], keys) == _containers_by_substring_search(keys)


@settings(deadline=None, max_examples=150, derandomize=True, database=None)
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map("".join), min_size=2, max_size=6),
    st.randoms(use_true_random=False),
)
def test_find_containers_with_new_text_in_front_matches_substring_search(
    paragraphs: list[str], rnd: random.Random
) -> None:
    """New text before the glued keys: the search skips lines whose head holds no key (up to the 80% bound)."""
    keys = list(paragraphs)
    for _ in range(rnd.randint(1, 3)):
        glued = "".join(rnd.choice(paragraphs) for _ in range(rnd.randint(2, 8)))
        # Around the bound: a front of about a fifth of the line, give or take a few characters.
        front = rnd.choice([0, 10, 40, 60, round(len(glued) / 4) + rnd.randint(-3, 3)])
        keys.insert(rnd.randrange(len(keys) + 1), "q" * max(front, 0) + glued)
    assert find_containers([], keys) == _containers_by_substring_search(keys)


@pytest.mark.parametrize("front", range(40, 56))
def test_find_containers_at_the_share_bound(front: int) -> None:
    """A line whose keys start after `front` new characters: a container while they cover 80% of it."""
    pieces = ["abcdefghijklmnopqrstuvwxyz" * 2, "zyxwvutsrqponmlkjihgfedcba" * 2, "mnopqrstuvwxyzabcdefghijkl" * 2]
    keys = ["q" * front + "".join(pieces), *pieces]
    assert find_containers([], keys) == _containers_by_substring_search(keys)
    assert (0 in find_containers([], keys)) == (len(keys[0]) - front >= CONTAINMENT_SHARE * len(keys[0]))


@settings(deadline=None, max_examples=80, derandomize=True, database=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), max_size=8), st.randoms(use_true_random=False))
def test_dedup_stage_after_duplicate_marks_decides_as_without(lines: list[str], rnd: random.Random) -> None:
    """dedup_stage trusts boilerplate's earlier containment scan only where that scan is conclusive."""
    lines = list(lines)
    for _ in range(rnd.randint(0, 2)):  # run-together lines, most of them containers
        glued = rnd.choice([[P1, P2, P3], [P2, P3, P4], [P1, P2, P3, P4], [ZH1, ZH2], [ZH1, ZH2, P4]])
        lines.insert(rnd.randint(0, len(lines)), " ".join(glued))
        lines.extend(rnd.sample(glued, len(glued) - rnd.randint(0, 1)))
    removed = tuple(i for i in range(len(lines)) if rnd.random() < 0.3)
    plain = _dedup(lines, removed)
    doc = Document(source="t", text="\n".join(lines))
    segment_stage(doc, Config())
    duplicate_marks(doc.lines[: rnd.randint(0, len(doc.lines))] if rnd.random() < 0.3 else doc.lines)
    for i in removed:
        doc.remove(doc.lines[i], "boilerplate:test", "removed before dedup")
    dedup_stage(doc, Config())
    assert [line.removal for line in doc.lines] == [line.removal for line in plain.lines]


@settings(deadline=None, max_examples=60, derandomize=True, database=None)
@given(
    st.lists(st.sampled_from([*PARAGRAPHS, P1.upper(), " ".join([P1, P2, P3]), ZH1 + ZH2 + ZH3]), max_size=12)
)
def test_duplicate_marks_matches_its_definition(texts: list[str]) -> None:
    """Containers, then every later copy of a key (of MIN_KEY_CHARS or more) that is not a container."""
    lines = [Line(i, t, 0, len(t)) for i, t in enumerate(texts)]
    keys = [hash_key(t) for t in texts]
    expected = {i: "containment" for i in find_containers(lines, keys)}
    seen: set[str] = set()
    for i, key in enumerate(keys):
        if len(key) >= MIN_KEY_CHARS and i not in expected:
            if key in seen:
                expected[i] = "exact"
            seen.add(key)
    assert duplicate_marks(lines) == expected


@pytest.mark.parametrize("scanned", [0, 1, 2, 3, 5])
def test_dedup_stage_does_not_trust_a_scan_of_fewer_lines(scanned: int) -> None:
    """A scan of the first lines knows nothing of the parts further down: the run-together line still goes."""
    together = " ".join([P1, P2, P3, P4])
    doc = Document(source="t", text="\n".join(["Headline of the story", together, P1, P2, P3, P4]))
    segment_stage(doc, Config())
    duplicate_marks(doc.lines[:scanned])
    dedup_stage(doc, Config())
    assert _kept(doc) == ["Headline of the story", P1, P2, P3, P4]


@pytest.mark.parametrize(
    "text", ["Hello, World!", "snake_case_words", "a\u3000b\tc", "½ and ² and Ⅻ", "", "...", "x" * 50 + " 2024"]
)
def test_hash_key_equals_one_regex_pass(text: str) -> None:
    """Whitespace first, then the fold regex only if needed, is the same as the fold regex alone."""
    import re

    key = re.sub(r"[\W_]+", "", text.casefold())
    key = re.sub(r"\d+", "0", key) if len(key) >= 40 else key
    assert hash_key(text) == key


# --- a refrain of quoted speech ------------------------------------------------------------------------


@pytest.mark.parametrize("refrain", ['"I would rather not say."', "“Not today, thank you.”", "« Je ne sais pas. »"])
def test_quoted_speech_said_again_further_on_is_kept(refrain: str) -> None:
    doc = _dedup([P1, refrain, P2, P3, refrain, P4, refrain])
    assert _kept(doc) == [P1, refrain, P2, P3, refrain, P4, refrain]
    assert not _rules(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Security forces stormed the museum on Wednesday.",  # a caption shown twice: no quoted speech
        "Wait 1 second to continue.",
        '"The Weaving Looms" exhibition guide',  # a title in quotes, no sentence end inside them
    ],
)
def test_other_repeats_still_go(line: str) -> None:
    doc = _dedup([P1, line, P2, P3, line, P4])
    assert _rules(doc) == {4: "dedup:exact"}


def test_quoted_speech_doubled_right_under_itself_goes() -> None:
    quote = '"I would rather not say."'
    doc = _dedup([P1, quote, quote, P2])
    assert _rules(doc) == {2: "dedup:exact"}


# --- an embedded post's signature under each of an account's posts ----------------------------------------

SIGNATURE = "— City Council (@citycouncil) March 3, 2026"
POST_A = "Council resolves to extend the library's opening hours on weekdays until 9pm from April."
POST_B = "Motion to freeze parking fees for residents in the old town passes with 31 votes to 12."


def test_a_signature_under_another_post_is_kept() -> None:
    lines = [P1, POST_A, SIGNATURE, P2, POST_B, SIGNATURE, P3]
    doc = _dedup(lines)
    assert _kept(doc) == lines
    assert not _rules(doc)


def test_a_doubled_post_loses_its_signature_too() -> None:
    doc = _dedup([P1, POST_A, SIGNATURE, P2, POST_A, SIGNATURE, P3])
    assert _rules(doc) == {4: "dedup:exact", 5: "dedup:exact"}


def test_a_repeated_signature_right_under_itself_goes() -> None:
    doc = _dedup([P1, POST_A, SIGNATURE, SIGNATURE, P2])
    assert _rules(doc) == {3: "dedup:exact"}
