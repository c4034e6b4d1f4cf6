"""`_norm` against its regex definition: compiled, the alphanumeric runs are found in one pass (`_alnum_runs`)."""

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
