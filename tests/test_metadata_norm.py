"""`_norm` against its regex definition: compiled, the alphanumeric runs are found in one pass (`_alnum_runs`);
`_fold` against str.casefold: compiled, non-ASCII text is folded character by character (`_fold_typed`)."""

from __future__ import annotations

import random
import re

from pagetexts import dev_dumps, own_pages

from cleaners import metadata

_NORM_RE = re.compile(r"[\W_]+")


def norm_oracle(text: str) -> str:
    return _NORM_RE.sub(" ", text.casefold()).strip()


def test_norm_of_every_code_point() -> None:
    for code in range(0x110000):
        ch = chr(code)
        for text in (ch, "a" + ch + "b", ch + ch + " x"):
            assert metadata._norm(text) == norm_oracle(text), hex(code)


def test_norm_of_page_lines_and_random_strings() -> None:
    paths = own_pages()
    paths += dev_dumps(60, required=False)
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            assert metadata._norm(line) == norm_oracle(line), line
    rng = random.Random(4)
    alphabet = "aZ09 _-.,\t\n\u00a0éß\u0130\u0131\u017f²½Ⅻ東京\U00020000\ud800😀'’"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert metadata._norm(text) == norm_oracle(text), text


def test_fold_of_every_code_point() -> None:
    """Each character on its own, after a non-ASCII one (the typed path), and before ASCII capitals; a
    character that folds to several (ß, ﬁ, İ) or an astral one must give casefold's text too."""
    for code in range(0x110000):
        ch = chr(code)
        for text in (ch, "é" + ch, ch + "ÉA z"):
            folded = metadata._fold(text)
            assert folded == text.casefold() and type(folded) is str, hex(code)


def test_fold_of_page_lines_and_random_strings() -> None:
    paths = own_pages() + dev_dumps(60, required=False)
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert metadata._fold(text) == text.casefold(), path.name
        for line in text.splitlines():
            assert metadata._fold(line) == line.casefold(), line
    rng = random.Random(5)
    alphabet = "aZ09 _-.\u00a0éÉßẞ\u0130\u0131\u017fΣςΣµK\u212a東京\U00010400\U00020000\ud800😀’ﬁǅ"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert metadata._fold(text) == text.casefold(), text
