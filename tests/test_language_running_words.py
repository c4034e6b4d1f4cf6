"""running_words (compiled: one pass over the str's code points) against its definition, on
generated texts with word edges, capitals, titlecase and non-ASCII letters, digits, whitespace of
every width, astral characters and lone surrogates, and on the dev pages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners import language as L


def _definition(text: str, limit: int = 0) -> int:
    n = 0
    for token in text.split():
        word = token.strip(L._WORD_EDGE)
        if word.isalpha() and not word[0].isupper():
            n += 1
            if n == limit:
                break
    return n


_PIECES = ["the", "The", "ÉTÉ", "été", "ǅa", "ß", "İ", "и", "Иван", "日本", "a1", "x.y", "me@x.org", "«le»", "(word)",
           "—", "…", "'s", "\U0001d400", "\U0001d41a", "\ud800", "٣", "ab-cd", "\"Quote\"", "x*", ""]
_SEPARATORS = [" ", "  ", "\t", "\n", "\xa0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", ""]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=30), st.integers(0, 4))
def test_running_words_matches_the_definition(parts: list[tuple[str, str]], limit: int) -> None:
    text = "".join(w + sep for w, sep in parts)
    assert L.running_words(text, limit) == _definition(text, limit), repr(text)


def test_running_words_on_the_dev_pages() -> None:
    for path in dev_dumps(60):
        for line in path.read_text("utf-8", errors="replace").splitlines():
            for limit in (0, L.LINE_MIN_RUNNING_WORDS):
                assert L.running_words(line, limit) == _definition(line, limit), repr(line)
