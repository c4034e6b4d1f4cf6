"""The top-1 shortcut of fastText's best answer against the top-k distributions it stands for.

`_fasttext_best` answers from fastText's first label alone when that label's probability is at
least FT_SURE and its code is not one several labels fold into; `_fasttext_doc_best` is
`_best(_fasttext_doc(text))` built on it. These tests hold both to the plain definitions on the dev
pages' lines and samples, on generated texts, and on texts near the folded codes (Norwegian,
Chinese varieties, Arabic, Punjabi, Azerbaijani) and near the thresholds.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import language as L

_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "textdump"

_SPECIAL = [
    "", "x", "ok ok ok", "hello world", "Norsk bokmål og nynorsk er skriftspråk i Noreg",
    "Eg likar å gå på tur i fjellet om sommaren", "Jeg liker å gå tur i fjellet om sommeren",
    "粤语 吴语 普通话", "佢哋喺度食緊飯", "阿拉上海人讲上海闲话", "我们在这里吃饭",
    "انا رايح البيت دلوقتي", "أنا ذاهب إلى البيت الآن", "ਮੈਂ ਘਰ ਜਾ ਰਿਹਾ ਹਾਂ", "من ائوه گئدیرم",
    "Mən evə gedirəm", "Der schnelle braune Fuchs", "Bonjour tout le monde", "Hola a todos",
    "de la", "in the", "Praha je hlavní město", "Bratislava je hlavné mesto", "12 34 56", "a\udc80b",
]


def _dev_texts(limit: int = 80) -> tuple[list[str], list[str]]:
    """Lines (cut as the stage cuts them) and document-length texts of the dev pages."""
    lines: list[str] = []
    docs: list[str] = []
    for path in sorted(_DEV.glob("*.txt"))[:limit]:
        text = path.read_text("utf-8", errors="replace")
        page = [line for line in text.splitlines() if len(line) >= 20]
        lines += [line[: L.LINE_FT_CHARS] for line in page[::3]]
        docs.append("\n".join(page)[:2000])
        docs.append("\n".join(page[len(page) // 2 :])[:900])
    return lines, docs


def _plain_best(text: str, k: int) -> tuple[str, float]:
    return L._best(dict(L._fasttext_top(text, k)))


def test_fasttext_best_matches_the_top_k_best() -> None:
    lines, _ = _dev_texts()
    sure = 0
    for text in _SPECIAL + lines:
        text = text.replace("\n", " ")
        for k in (1, 3, 5):
            got = L._fasttext_best(text, k)
            assert got == _plain_best(text, k), (text, k)
            assert type(got[1]) is float
        pairs = L._ft_pairs(text, 1)
        sure += bool(pairs) and pairs[0][0] >= L.FT_SURE
    assert sure > len(lines) // 3  # the shortcut is taken, not only the fallback


def test_folded_codes_take_the_top_k_sum() -> None:
    # A folded first label: the answer is the top-k sum, which may exceed the first label alone.
    assert {"no", "zh", "ar", "pa", "az"} == L._FT_FOLDED
    text = "Eg likar å gå på tur i fjellet om sommaren"
    code, p = L._fasttext_best(text, 5)
    assert (code, p) == _plain_best(text, 5)
    assert code == "no"


def test_fasttext_doc_best_matches_the_distribution() -> None:
    _, docs = _dev_texts()
    for text in _SPECIAL + docs:
        best = L._fasttext_doc_best(text)
        assert best == L._best(L._fasttext_doc(text)), text[:80]
        if best[1] < L.FT_DECISIVE:  # what _ensemble relies on
            assert L._fasttext_doc(text) == L.fasttext_distribution(text), text[:80]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPECIAL[4:] + ["und", "the", "og", "er", "的", "و", "lorem", "ipsum", "\n"]),
                max_size=120))
def test_fasttext_doc_best_on_generated_texts(words: list[str]) -> None:
    text = " ".join(words)
    best = L._fasttext_doc_best(text)
    assert best == L._best(L._fasttext_doc(text))
    if best[1] < L.FT_DECISIVE:
        assert L._fasttext_doc(text) == L.fasttext_distribution(text)
    line = text.replace("\n", " ")[: L.LINE_FT_CHARS]
    assert L._fasttext_best(line, 3) == _plain_best(line, 3)
