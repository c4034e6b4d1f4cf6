"""The cheap tests that spare a regex in the comment-thread search, the sandwich rule and furniture_rule never rule
out a line the regex matches: each is a necessary condition of a match, checked here by proof where it can be
(re's own matching of every code point, the regex's parse tree) and against every probe-page line and generated
strings besides."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import boilerplate, patterns
from cleaners.boilerplate import LineFeatures
from cleaners.document import Line

sys.path.insert(0, str(Path(__file__).parent))
from pagetexts import PAGES, all_chars, probe_lines  # noqa: E402
from test_boilerplate_prefilters import opening_chars  # noqa: E402

_ALL_CHARS = all_chars()

PROBE_LINES = probe_lines()


def _comment_words() -> list[str]:
    """The words of patterns._COMMENT_WORD, each without its optional letters ("thoughts?" -> "thought")."""
    body = patterns._COMMENT_WORD
    assert body.startswith("(?:") and body.endswith(")")
    words = [re.sub(r"\[[^\]]*\]\?|.\?", "", alt) for alt in body[3:-1].split("|")]
    assert all(re.fullmatch(r"[^\W\d_]+", w) for w in words), words
    return words


def test_every_comment_word_holds_a_stem() -> None:
    stems = boilerplate._COMMENT_STEMS_ASCII + boilerplate._COMMENT_STEMS_OTHER
    for word in _comment_words():
        assert any(stem in word for stem in stems), word
        if word.isascii():  # an ASCII line holds no other
            assert any(stem in word for stem in boilerplate._COMMENT_STEMS_ASCII), word
    assert all(stem.isascii() for stem in boilerplate._COMMENT_STEMS_ASCII)


def test_ignorecase_matches_of_stem_letters_lower_to_them() -> None:
    """Every code point re.IGNORECASE matches with a letter of a stem lower-cases to that letter, or is one of
    _COMMENT_STEM_ODD (then the line runs the regex): a match of a word puts its stem in the lower-cased line."""
    letters = set("".join(boilerplate._COMMENT_STEMS_ASCII + boilerplate._COMMENT_STEMS_OTHER))
    for letter in letters:
        for c in re.findall(re.escape(letter), _ALL_CHARS, re.IGNORECASE):
            assert c.lower() == letter or c in boilerplate._COMMENT_STEM_ODD, (letter, hex(ord(c)))
    # str.lower gives one character for one, but for "İ" (one of the odd ones): the stems stay aligned.
    assert [c for c in _ALL_CHARS if len(c.lower()) != 1] == ["İ"]


def _heading(text: str) -> bool:
    return patterns.COMMENT_THREAD_HEADING_RE.match(text.strip()) is not None


_HEADINGS = [
    "6 thoughts on “A walk in the hills”", "Kommentare", "KOMMENTARE (3)", "댓글 3개", "12条评论", "【3条评论】",
    "Комментарии", "КОММЕНТАРИИ", "One Response to “X”", "Réflexions", "RÉFLEXIONS", "Comentários (2)",
    "Yorumlar", "Discussion", "Leave a comment", "[3 comments]", "コメント (4)", "Replies", "Reacties",
    "Komentarze:", "Komentáře", "DIſCUSSION", "Dıscussıon", "кᲂмментарии", "комменᲄарии",
]


def test_comment_heading_gate_admits_headings() -> None:
    for text in _HEADINGS:
        if _heading(text):
            assert boilerplate._may_name_comments(text), text
    assert _heading("DIſCUSSION") and _heading("Dıscussıon") and _heading("кᲂмментарии")  # (the odd ones match)


def test_comment_heading_gate_on_probe_lines() -> None:
    for text in PROBE_LINES:
        if _heading(text):
            assert boilerplate._may_name_comments(text), text
    # ... and it spares the regex most lines.
    assert sum(map(boilerplate._may_name_comments, PROBE_LINES)) < len(PROBE_LINES) / 4


_WORDS = st.sampled_from([*_comment_words(), "comments", "on", "the", "3", "(12)", "개", "Kommentar", "ſ", "ı", "İ"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=6), st.booleans())
def test_comment_heading_gate_on_generated_lines(parts: list[str], upper: bool) -> None:
    text = " ".join(parts)
    text = text.upper() if upper else text
    if _heading(text):
        assert boilerplate._may_name_comments(text), text


def test_comment_heading_is_the_regex_under_the_gate() -> None:
    for text in [*_HEADINGS, *PROBE_LINES[:2000]]:
        f = boilerplate.line_features(text, "en")
        assert boilerplate._comment_heading(text, f) == (f.eff_len <= 240 and _heading(text)), text


def test_forum_control_first_characters() -> None:
    """The first-character test of _forum_control admits every character that can open a match (re's parse tree)."""
    assert opening_chars(boilerplate._FORUM_CONTROL_RE) == set(boilerplate._FORUM_CONTROL_FIRST)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_forum_control_is_the_regex(text: str) -> None:
    expected = len(text) <= boilerplate.FORUM_CONTROL_MAX_CHARS and (
        boilerplate._FORUM_CONTROL_RE.match(text.strip()) is not None
    )
    assert boilerplate._forum_control(text) == expected


def test_forum_control_on_probe_lines_and_controls() -> None:
    for text in [*PROBE_LINES, "Like", "  Reply ", "Gilla · Svara", "Gefällt mir (12)", "ОТВЕТИТЬ", "返信", "Zitieren"]:
        expected = len(text) <= boilerplate.FORUM_CONTROL_MAX_CHARS and (
            boilerplate._FORUM_CONTROL_RE.match(text.strip()) is not None
        )
        assert boilerplate._forum_control(text) == expected, text


def _label_row_regex_only(text: str) -> bool:
    return boilerplate._LABEL_ROW_RE.match(text) is not None


def _colon_gate(text: str) -> bool:
    return text.find(":", 0, 32) >= 0 or text.find("：", 0, 32) >= 0


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab :：\t\u3000x"), max_size=45))
def test_label_row_colon_gate(text: str) -> None:
    if _label_row_regex_only(text):
        assert _colon_gate(text), text


def test_label_row_colon_gate_on_probe_lines() -> None:
    long_label = "x" * 30 + " : value"  # the colon at index 31, the farthest a match puts it
    assert _label_row_regex_only(long_label) and _colon_gate(long_label)
    assert not _label_row_regex_only("x" * 31 + " : value")
    for text in PROBE_LINES:
        if _label_row_regex_only(text):
            assert _colon_gate(text), text
        line = Line(0, text, 0, len(text))
        f = boilerplate.line_features(text, "en")
        f.cls = boilerplate.classify(f)
        row = boilerplate._label_row(line, f)
        assert not row or _label_row_regex_only(text), text


def test_only_t_casefolds_to_t() -> None:
    """furniture_rule tests text[:1] in "Tt" before text[:3].casefold() == "to ": str.casefold folds each
    character on its own, so the first one must fold to "t", "to" or "to " alone."""
    assert [c for c in _ALL_CHARS if c.casefold() in ("t", "to", "to ")] == ["T", "t"]


def test_sandwich_discount_matches_the_eager_tests() -> None:
    """The fact-box and agenda tests of a gap, found only when a line needs them, give what they gave when found
    first for every gap: every probe page's scores are those of a reference that finds them first."""
    import copy

    from cleaners.boilerplate import SCORES

    for path in sorted(PAGES.glob("*.txt"))[:60]:
        doc_lines = [Line(k, t, 0, len(t)) for k, t in enumerate(path.read_text(encoding="utf-8").splitlines()) if t.strip()]
        feats = []
        for line in doc_lines:
            f = boilerplate.line_features(line.text, "en")
            f.cls = boilerplate.classify(f)
            feats.append(f)
            found = boilerplate.furniture_rule(line.text, line.kind, f)
            if found:
                line.notes["furniture"] = found[:2]
        scores = [-1.0 if f.cls != boilerplate.GOOD else 1.0 for f in feats]
        mine = list(scores)
        boilerplate.sandwich_discount(copy.deepcopy(doc_lines), feats, mine, SCORES)
        ref = list(scores)
        _sandwich_reference(doc_lines, feats, ref, SCORES)
        assert mine == ref, path.name


def _sandwich_reference(lines: list[Line], feats: list[LineFeatures], scores: list[float], w: dict[str, float]) -> None:
    """sandwich_discount as it was before the lazy gap tests: both found first, for every gap it reads."""
    b_ = boilerplate
    goods = [i for i, f in enumerate(feats) if f.cls == b_.GOOD]
    for g in range(1, len(goods)):
        a, b = goods[g - 1], goods[g]
        if b == a + 1:
            continue
        targets = [
            i for i in range(a + 1, b)
            if scores[i] < 0 and (lines[i].kind == b_.SEPARATOR or not lines[i].notes.get("furniture"))
        ]
        if not targets:
            continue
        gap, blocked = [], False
        for i in range(a + 1, b):
            if lines[i].notes.get("hard_break"):
                blocked = True
                break
            if lines[i].kind != b_.SEPARATOR:
                gap.append(i)
        if not gap or blocked:
            continue
        needed = b_.SANDWICH_CONTENT_SHARE * len(gap)
        contentish, left = 0, len(gap)
        fact_box = feats[b].words >= b_.FACT_BOX_NEXT_MIN_WORDS and b_._fact_box(lines, feats, gap)
        agenda = len(gap) > b_.AGENDA_MIN_ROWS and b_._agenda_rows(lines, feats, gap)
        recipe = False
        listing = b_._announced_limit(lines[a], feats[a])
        for i in gap:
            if contentish >= needed or contentish + left < needed:
                break
            f = feats[i]
            text = lines[i].text
            item = f.words <= listing and b_._announced_item(lines[i], f)
            if f.words <= 3 and b_._recipe_label(text):
                recipe = True
                contentish += 1
            elif (
                (f.cls in (b_.NEAR, b_.GOOD) and f.terminal) or b_.content_like(text, f) or b_._quantity_row(text, f)
                or (f.words <= 2 and text.strip().rstrip(":：").strip().casefold() in b_.ADMONITION_LABELS)  # _label_key
                or (recipe and f.words <= b_.RECIPE_ROW_MAX_WORDS and text[:1] in b_._RECIPE_ROW_FIRST)
                or (recipe and f.words <= b_.RECIPE_ROW_MAX_WORDS and b_._NAME_DASH_QUANTITY_RE.search(text) is not None)
                or (recipe and b_._item_shaped(lines[i], f))
                or item
                or (fact_box and b_._label_row(lines[i], f))
                or (agenda and f.digits and b_._AGENDA_ROW_RE.match(text) is not None)
            ):
                contentish += 1
            listing = listing if item else b_._announced_limit(lines[i], f)
            left -= 1
        if contentish >= needed:
            for i in targets:
                scores[i] = w["sandwiched"]


def _card_vocabulary_by_regex(texts: list[str], language: str) -> set[str]:
    """_card_vocabulary as it was: _CARD_WORD_RE on every text."""
    sw = boilerplate.stopwords(language) or frozenset()
    out: set[str] = set()
    for text in texts:
        for w in boilerplate._CARD_WORD_RE.findall(text.lower()):
            if (text.isascii() or boilerplate._CJK_RUN_RE.fullmatch(w) is None) and w not in sw:
                out.add(w[:6])
        if not text.isascii():
            for run in boilerplate._CJK_RUN_RE.findall(text):
                for k in range(len(run) - 1):
                    out.add(run[k:k + 2])
    return out


def test_card_vocabulary_on_probe_lines() -> None:
    for language in ("en", "de", "xx"):
        for k in range(0, len(PROBE_LINES), 50):
            texts = PROBE_LINES[k:k + 50]
            assert boilerplate._card_vocabulary(texts, language) == _card_vocabulary_by_regex(texts, language)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("abcdefgAZ_09 -'.\t\x7f`{@[é中文"), max_size=30), max_size=4))
def test_card_vocabulary_on_generated_texts(texts: list[str]) -> None:
    assert boilerplate._card_vocabulary(texts, "en") == _card_vocabulary_by_regex(texts, "en")


def test_comment_heading_shape_gate() -> None:
    """_may_head_comments admits every stripped line the regex matches: the headings, the probe lines, and a
    comment word with every code point after it or before a count (how a match may end or open)."""
    for text in [*_HEADINGS, *PROBE_LINES, "Leave a comment", "Comments:", "评论（12）", "3 Comments on “A Day.”"]:
        t = text.strip()
        if _heading(t):
            assert boilerplate._may_head_comments(t), t
    for c in _ALL_CHARS[:0xD800]:  # (the code points below the surrogates)
        for t in (f"Comments {c}", f"Комментари{c}", f"{c}3 comments", f"{c} comments", f"comments ({c}"):
            t = t.strip()
            if _heading(t):
                assert boilerplate._may_head_comments(t), (hex(ord(c)), t)
    # Sentences are ruled out.
    assert not boilerplate._may_head_comments("The council will publish the comments it received.")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=4), st.sampled_from(["[", "】", ":", "(3)", "개", "one", "Ein"])),
                max_size=6))
def test_comment_heading_shape_gate_on_generated_lines(parts: list[str]) -> None:
    t = " ".join(parts).strip()
    if _heading(t):
        assert boilerplate._may_head_comments(t), t
