"""`_tokens_among` (the body's tokens that some title candidate also has) against its plain definition,
`_tokens(text) & wanted`. Compiled, it skips the words whose length and end letters no wanted token has;
these tests hold that filter to the set intersection. Uncompiled, the function is its definition."""

from __future__ import annotations

import random

from pagetexts import dev_dumps, own_pages

from cleaners import metadata
from cleaners.metadata import _tokens, _tokens_among

EDGE = [
    "", "a", "abcd", "ABCD efgh", "that this with from", "İstanbul ıiİI ſtraße STRASSE straße", "Kelvin\u212a",
    "東京都で新しい政策が発表された", "서울에서 열린 회의", "mix 東京 abcd 京都", "e\u0301tude cafe\u0301s",
    "𝐁𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 text 😀 emoji \U00020000\U00020001", "lone \ud800 surrogate \udfff", "x" * 70 + " " + "y" * 64,
    "ＡＢＣＤ ｆｕｌｌ ｗｉｄｔｈ", "Thai ภาษาไทยไม่มีช่องว่าง", "abc²d ab_cd 12abcd34 Ⅻ Ⅷ abcⅫdef",
]


def _texts() -> list[str]:
    paths = own_pages()
    paths += dev_dumps(required=False)
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def _check(text: str, wanted: set[str]) -> None:
    assert _tokens_among(text, wanted) == _tokens(text) & wanted, (text[:80], sorted(wanted)[:10])


def test_tokens_among_edge_cases() -> None:
    everything = set().union(*map(_tokens, EDGE))
    for text in EDGE:
        _check(text, set())
        _check(text, _tokens(text))
        _check(text, everything)
        _check(text, {"abcd", "東京", "straße", "strasse", "istanbul", "x" * 70, "y" * 64, "that", "ab"})


def test_tokens_among_pages_with_tokens_of_other_lines() -> None:
    """Body samples against the tokens of nearby lines (what the title scoring asks) and of other pages."""
    rng = random.Random(11)
    texts = _texts()
    for n, page in enumerate(texts):
        lines = [line for line in page.splitlines() if line.strip()]
        if not lines:
            continue
        wanted = set().union(*map(_tokens, lines[:30]))
        other = _tokens(texts[(n + 1) % len(texts)][:3000])
        body = " ".join(lines[:40])[:2000]
        _check(body, wanted)
        _check(body, other)
        _check(body, set(rng.sample(sorted(wanted | other), min(20, len(wanted | other)))))
        # Same ends and length, other middle: the filter lets them through, the look-up must refuse them.
        _check(body, {tok[0] + "\u00e9" * (len(tok) - 2) + tok[-1] for tok in wanted if len(tok) >= 4})


def test_tokens_among_random_strings() -> None:
    rng = random.Random(5)
    alphabet = "abcdeABCDE  .,-_1é\u0130\u0131\u017fß東京都서울\U00020000\ud800ǅ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        pool = sorted(_tokens(text) | {"abcd", "東京", "ßabc"})
        _check(text, set(rng.sample(pool, rng.randint(0, len(pool)))))


def test_stop_words_in_wanted_stay_out() -> None:
    stop = sorted(metadata._STOP_TOKENS)
    text = " ".join(stop) + " alpha words"
    assert _tokens_among(text, set(stop) | {"alpha", "words"}) == {"alpha", "words"}


def test_fold_lengths_behind_the_repeat_count_prefilter() -> None:
    """_title_scores skips a line longer than every folded candidate, and an ASCII line of a length no folded
    candidate has: casefold never shortens a character, and an ASCII character folds to one character."""
    for code in range(0x110000):
        ch = chr(code)
        assert len(ch.casefold()) >= 1
        if code < 128:
            assert len(metadata._fold(ch)) == 1 and metadata._fold(ch).isascii()
    for text in _texts()[:20]:
        for line in text.splitlines():
            assert len(metadata._fold(line)) >= len(line)
            if line.isascii():
                assert len(metadata._fold(line)) == len(line)
