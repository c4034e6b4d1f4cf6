"""language's typed (compiled) code paths against their plain definitions.

When the module is compiled with Cython, `script_row` counts scripts in a typed pass over the code
points instead of numpy's script_matrix, and `line_scripts` uses it per line. These tests hold the
typed paths to the plain ones (the numpy matrix and `_script_decision`) on every script range's
edges, astral and surrogate code points, generated texts and the dev pages. Uncompiled, the module
runs the plain code and the tests pass trivially for it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners import language as L

# Code points at and around the edges of every script range, plus astral and lone surrogates.
_EDGES = sorted(
    {cp for _, _, ranges in L._SCRIPTS for lo, hi in ranges for cp in (lo - 1, lo, hi, hi + 1) if 0 <= cp <= 0x10FFFF}
    | {0, 0x20, 0x7F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFF, 0x10000, 0x1F600, 0x2EBF0, 0x10FFFF}
)
_ALPHABET = "".join(map(chr, _EDGES)) + "abcXYZ αβγ абв אב ا ก あア 漢字 한국 ქა \n\t"


def _dev_lines(limit: int = 60) -> list[str]:
    lines: list[str] = []
    for path in dev_dumps(limit):
        lines += path.read_text("utf-8", errors="replace").splitlines()
    return lines


def _plain_row(text: str, limit: int) -> tuple:
    counts = L.script_matrix([text[:limit]])[0].tolist()
    return (*L._script_decision(counts), sum(counts) - counts[0])


def _plain_line_scripts(texts: list[str]) -> L.LineScripts:
    """line_scripts as the vectorized numpy pass (the uncompiled module's path)."""
    n = len(texts)
    langs: list[str | None] = [None] * n
    families: list[str | None] = [None] * n
    letters = [0] * n
    rest = []
    for i, text in enumerate(texts):
        if len(text) < -(-L.LINE_MIN_LETTERS // L.CJK_WEIGHT):
            continue
        if text.isascii():
            if len(text) >= L.LINE_MIN_LETTERS:
                count = sum(c.isascii() and c.isalpha() for c in text)
                if count:
                    letters[i], families[i] = count, "latin"
        else:
            rest.append(i)
    if rest:
        got = L.script_decisions(L.script_matrix([texts[i][: L.LINE_SCRIPT_CHARS] for i in rest]))
        for i, lang, family, count in zip(rest, *got, strict=True):
            langs[i], families[i], letters[i] = lang, family, count
    return langs, families, letters


def _check_row(text: str) -> None:
    for limit in (0, 1, 7, L.LINE_SCRIPT_CHARS, len(text), len(text) + 5):
        assert L.script_row(text, limit) == _plain_row(text, limit), (text, limit)


def test_script_row_on_every_range_edge() -> None:
    for cp in _EDGES:
        ch = chr(cp)
        for text in (ch, ch * 3, "ab" + ch, ch + "日本語" + ch, "한" + ch * 2, "カ" + ch + "漢"):
            _check_row(text)


def test_script_row_on_the_cjk_splits() -> None:
    for han in range(0, 12):
        for kana in range(0, 4):
            for hangul in range(0, 6):
                for latin in (0, 5, 40):
                    _check_row("漢" * han + "か" * kana + "한" * hangul + "x" * latin + "𠀀" * (han % 3))


def test_script_row_and_line_scripts_on_the_dev_pages() -> None:
    lines = _dev_lines()
    assert lines
    for line in lines:
        _check_row(line)
    cut = [t[: L.LINE_MAX_CHARS] for t in lines]
    assert L.line_scripts(cut) == _plain_line_scripts(cut)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=140), max_size=12))
def test_script_row_and_line_scripts_on_generated_texts(texts: list[str]) -> None:
    for text in texts:
        _check_row(text)
    assert L.line_scripts(texts) == _plain_line_scripts(texts)


# ---------------------------------------------------------------------------------------------
# line_languages' common-word test: the typed pass looks up lowered tokens one by one.

_WHITESPACE = [chr(cp) for cp in range(0x110000) if chr(cp).isspace()]


def test_lower_case_keeps_whitespace_and_token_boundaries() -> None:
    """What lets the typed pass lower each token alone: str.lower maps no code point to or from
    whitespace, and no whitespace is cased or case-ignorable (Σ's final form looks through those)."""
    for cp in range(0x110000):
        ch = chr(cp)
        low = ch.lower()
        assert low, hex(cp)
        assert any(c.isspace() for c in low) == ch.isspace(), hex(cp)
    for ws in _WHITESPACE:
        for text in (f"AΣ{ws}B", f"A{ws}ΣB", f"ΑΣ{ws}'Σ", f"Σ{ws}Σ", f"ἈΣ'{ws}Σ's"):
            assert text.lower().split() == [t.lower() for t in text.split()], repr(text)


_WORDS = ["the", "of", "and", "a", "in", "to", "is", "The", "OF", "And", "İs", "iş", "ıs", "и", "в", "на",
          "НА", "Σ", "σς", "ΑΣ", "ας", "ß", "SS", "K", "k", "ﬁ", "fi", "ǅa", "ǆa", "x" * 8, "y" * 9, "Y" * 9,
          "word", "Words", "longer", "é", "É", "über", "Über", "日本", "", "'s", "«le»"]
_SEPARATORS = [" ", "  ", "\t", "\n", "\xa0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\u200b", ""]


def _plain_common_line(text: str, common: frozenset[str]) -> bool:
    tokens = text.lower().split()
    hits = sum(map(common.__contains__, tokens))
    return hits >= L.COMMON_MIN_HITS and hits >= L.COMMON_SHARE * len(tokens)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=40),
    st.frozensets(st.sampled_from([w.lower() for w in _WORDS] + _WORDS), max_size=12),
)
def test_common_line_test_matches_the_definition(parts: list[tuple[str, str]], common: frozenset[str]) -> None:
    text = "".join(w + sep for w, sep in parts)
    assert L._common_line_test(text, common) == _plain_common_line(text, common), (text, common)


def test_common_line_test_on_the_dev_pages() -> None:
    lines = _dev_lines()
    sample = "\n".join(lines[::7])
    for common in (L.doc_common_words(sample), frozenset(["the", "of", "и", "de", "la"]), frozenset()):
        for line in lines:
            assert L._common_line_test(line, common) == _plain_common_line(line, common), (line, common)


# ---------------------------------------------------------------------------------------------
# doc_common_words: compiled, it counts only the short alphabetic words.


def _plain_doc_common_words(sample: str) -> frozenset[str]:
    import math
    from collections import Counter
    from itertools import chain

    parts = sample.lower().split("\n")
    counts = Counter(chain.from_iterable(dict.fromkeys(part.split()) for part in parts))
    need = max(2, math.ceil(L.COMMON_LINE_SHARE * len(parts)))
    words = [(w, n) for w, n in counts.most_common() if n >= need and len(w) <= L.COMMON_WORD_LEN and w.isalpha()]
    return frozenset(w for w, _ in words[: L.COMMON_WORDS])


def test_doc_common_words_on_the_dev_pages() -> None:
    lines = _dev_lines(200)
    for start in range(0, len(lines), 40):
        sample = "\n".join(lines[start : start + 40])
        assert L.doc_common_words(sample) == _plain_doc_common_words(sample)
        assert L.doc_common_words(sample[:2000]) == _plain_doc_common_words(sample[:2000])


def test_doc_common_words_past_the_cap() -> None:
    """More candidates than COMMON_WORDS, without ties at the cut: the most frequent are kept."""
    lines = [" ".join(f"w{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(k, 60)) for k in range(60)]
    sample = "\n".join(lines).replace("w", "")
    assert L.doc_common_words(sample) == _plain_doc_common_words(sample)
    assert len(L.doc_common_words(sample)) == L.COMMON_WORDS


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS + ["ИЗ", "z9", "a-b", "ab.", "٣", "ǅ"]),
                          st.sampled_from(_SEPARATORS + ["\n", "\n\n", " \n", "\r\n"])), max_size=60))
def test_doc_common_words_on_generated_samples(parts: list[tuple[str, str]]) -> None:
    sample = "".join(w + sep for w, sep in parts)
    assert L.doc_common_words(sample) == _plain_doc_common_words(sample), repr(sample)


# ---------------------------------------------------------------------------------------------
# document_sample: one int per line sorts as the (not prose, -length, index) tuples did.


def _plain_document_sample(texts, max_chars, families=None, kept=None) -> str:
    from collections import Counter

    ranked = [
        (not (t.endswith(L._PROSE_END) or t.count(" ") >= 5), -len(t), i)
        for i, t in enumerate(texts)
        if len(t) >= L.LINE_MIN_LETTERS and (kept is None or kept[i])
    ]
    if families is not None and len({families[i] for _, _, i in ranked}) > 1:
        letters: Counter[str] = Counter()
        for _, minus_len, i in ranked:
            letters[families[i] or ""] -= minus_len
        if len(letters) > 1:
            main = max(sorted(letters), key=letters.__getitem__)
            ranked = [r for r in ranked if (families[r[2]] or "") == main]
    if not ranked:
        ranked = [(False, 0, i) for i in range(len(texts)) if kept is None or kept[i]]
    ranked.sort()
    parts: list[str] = []
    budget = max_chars
    for _, _, i in ranked:
        if budget <= 0:
            break
        parts.append(texts[i][:budget])
        budget -= len(parts[-1]) + 1
    return "\n".join(parts)


def test_document_sample_on_the_dev_pages() -> None:
    import random

    rng = random.Random(0)
    for path in dev_dumps(80):
        texts = path.read_text("utf-8", errors="replace").splitlines()
        families = L.line_scripts([t[: L.LINE_MAX_CHARS] for t in texts])[1]
        kept = [rng.random() < 0.8 for _ in texts]
        for args in ((None, None), (families, None), (families, kept), (None, kept)):
            for max_chars in (0, 1, 300, 2000, 10**6):
                assert L.document_sample(texts, max_chars, *args) == _plain_document_sample(texts, max_chars, *args)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.text(alphabet="ab .!?)»x\n", max_size=40), st.sampled_from(["latin", "cjk", None, ""]),
                       st.booleans()), max_size=30),
    st.integers(0, 300),
)
def test_document_sample_on_generated_lines(lines, max_chars) -> None:
    texts = [t for t, _, _ in lines]
    families = [f for _, f, _ in lines]
    kept = [k for _, _, k in lines]
    for args in ((None, None), (families, None), (families, kept)):
        assert L.document_sample(texts, max_chars, *args) == _plain_document_sample(texts, max_chars, *args)


# ---------------------------------------------------------------------------------------------
# fastText's answers as pairs, and the best of a distribution.


def _plain_fasttext_top(text: str, k: int) -> tuple:
    labels, probs = L._fasttext().predict(text, k)  # the wrapper: the same predictor, repacked
    dist: dict[str, float] = {}
    for label, p in zip(labels, probs, strict=True):
        code = L._ft_code(label)
        dist[code] = dist.get(code, 0.0) + min(float(p), 1.0)
    return tuple(dist.items())


def test_fasttext_top_matches_the_wrapper() -> None:
    texts = ["Norsk bokmål og nynorsk er skriftspråk i Noreg", "hello world", "x", "", "粤语 吴语 普通话",
             "Der schnelle braune Fuchs", "ok ok ok"] + [t[:120] for t in _dev_lines(20)[::9] if "\n" not in t]
    for text in texts:
        for k in (1, 3, 5, 176):
            got = L._fasttext_top(text, k)
            assert got == _plain_fasttext_top(text, k), text
            assert all(type(c) is str and type(p) is float for c, p in got)


def _plain_best(dist: dict[str, float]) -> tuple[str, float]:
    if not dist:
        return L.UND, 0.0
    code = max(sorted(dist), key=dist.__getitem__)
    return code, min(max(dist[code], 0.0), 1.0)


def _same(a: tuple, b: tuple) -> bool:
    import math

    return a[0] == b[0] and (a[1] == b[1] or math.isnan(a[1]) and math.isnan(b[1])) and \
        math.copysign(1, a[1]) == math.copysign(1, b[1])


@settings(max_examples=1500, deadline=None)
@given(st.dictionaries(st.sampled_from(["en", "de", "no", "zh", "und", "a", "b"]),
                       st.sampled_from([0.0, -0.0, 0.25, 0.5, 0.9, 1.0, 1.5, -0.1, float("nan"), float("inf")])
                       | st.floats(allow_nan=True), max_size=6))
def test_best_matches_the_sorted_max(dist: dict[str, float]) -> None:
    assert _same(L._best(dist), _plain_best(dist)), dist


# ---------------------------------------------------------------------------------------------
# Lines per language, counted by runs of the same object.


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["und", "en", "de", "zh", "no"]), max_size=60), st.data())
def test_count_langs_matches_the_counter(langs: list[str], data: st.DataObject) -> None:
    from collections import Counter

    # Equal strings as other objects too (a run breaks there but the counts must still add up).
    copies = [lang if data.draw(st.booleans()) else "".join(list(lang)) for lang in langs]
    assert L._count_langs(copies) == dict(Counter(copies))
    assert L._count_langs(langs) == dict(Counter(langs))
