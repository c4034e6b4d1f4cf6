"""Repeated lines of code samples are not duplicate paragraphs (cleaners.dedup.dedup_stage, "dedup:exact").

A tutorial repeats a query or a function in several samples as it grows ("WITH series AS (", "return
total;"): each copy belongs to its sample, and the samples are the article. A repeated paragraph, a menu
repeated inside the article, or a code-like line that is not inside a code sample still goes.
Tutorials in English, German and Japanese.
"""

from __future__ import annotations

import pytest

from cleaners.config import Config
from cleaners.dedup import MIN_KEY_CHARS, dedup_stage, hash_key
from cleaners.document import Document
from cleaners.segment import segment_stage

SAMPLE_1 = [
    "WITH series AS (",
    "SELECT * FROM unnest(array[2, 3, 5, 2, 3, 12]) AS n",
    "),",
    "bounds AS (",
    "SELECT avg(n) - stddev(n) AS lower_bound,",
    "avg(n) + stddev(n) AS upper_bound",
    "FROM series",
    ")",
]
SAMPLE_2 = [
    "function totalPrice(items) {",
    "let total = 0;",
    "for (const item of items) {",
    "total += item.price * item.quantity;",
    "}",
    "return total;",
    "}",
]

PROSE = {
    "en": [
        "Standard deviation is the square root of the variance, which tells us how far the values are spread "
        "out from their mean, and it is the tool we will use to find the outliers in our data.",
        "Now that we have a reasonable range, we can mark every value outside of it as an anomaly and look at "
        "the rows the query returns to see whether the result makes sense.",
        "The same query grows with every step of this tutorial, so the next sample repeats the first part "
        "and adds a new condition at the end.",
        "The function below adds up the prices of the items in a shopping cart, and the next version of it "
        "will also apply a discount to the total before it is returned.",
    ],
    "de": [
        "Die Standardabweichung ist die Quadratwurzel der Varianz und zeigt, wie weit die Werte um ihren "
        "Mittelwert streuen; mit ihr finden wir die Ausreißer in unseren Daten.",
        "Mit einem sinnvollen Bereich können wir nun jeden Wert außerhalb davon als Anomalie markieren und "
        "prüfen, ob das Ergebnis der Abfrage plausibel ist.",
        "Die Abfrage wächst mit jedem Schritt dieser Anleitung, deshalb wiederholt das nächste Beispiel den "
        "ersten Teil und ergänzt am Ende eine neue Bedingung.",
        "Die folgende Funktion addiert die Preise der Artikel im Warenkorb, und die nächste Fassung zieht vor "
        "der Rückgabe noch einen Rabatt von der Summe ab.",
    ],
    "ja": [
        "標準偏差は分散の平方根で、値が平均からどれだけ散らばっているかを示します。これを使ってデータの外れ値を見つけます。",
        "妥当な範囲が決まったので、その外側にある値をすべて異常として扱い、クエリの結果が正しいかどうかを確かめます。",
        "このチュートリアルではクエリが段階ごとに大きくなるので、次の例は最初の部分を繰り返し、最後に新しい条件を加えます。",
        "次の関数は買い物かごの商品の価格を合計します。次の版では、合計を返す前に割引も適用します。",
    ],
}


def _dedup(lines: list[str]) -> Document:
    doc = Document(source="t", text="\n\n".join(lines))
    segment_stage(doc, Config())
    return dedup_stage(doc, Config())


def _tutorial(language: str) -> list[str]:
    p = PROSE[language]
    # Each sample is one block (its lines one under the other); the second copy of each adds a line.
    return [p[0], "\n".join(SAMPLE_1), p[1], p[2], "\n".join([*SAMPLE_1, "SELECT * FROM bounds"]), p[3],
            "\n".join(SAMPLE_2), p[3][:40] + " (with a discount):", "\n".join([*SAMPLE_2[:5], "total *= 0.9;",
                                                                             *SAMPLE_2[5:]])]


def _removed(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None]


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_repeated_code_lines_of_samples_are_kept(language: str) -> None:
    doc = _dedup(_tutorial(language))
    assert not [t for t in _removed(doc) if t in SAMPLE_1 or t in SAMPLE_2], _removed(doc)
    for text in ("WITH series AS (", "SELECT avg(n) - stddev(n) AS lower_bound,", "let total = 0;"):
        assert [line.text for line in doc.kept_lines()].count(text) == 2


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_repeated_prose_still_goes(language: str) -> None:
    p = PROSE[language]
    doc = _dedup([*_tutorial(language), p[1]])
    assert doc.lines[-1].text == p[1]
    assert doc.lines[-1].removal is not None and doc.lines[-1].removal.rule == "dedup:exact"


def test_menu_repeated_inside_the_article_still_goes() -> None:
    """A menu of links with counts (parentheses: code-like characters) repeated under the article."""
    menu = ["Comments (12)", "Share on social (3)", "Related tutorials (8)", "Printable version (PDF)"]
    doc = _dedup([*menu, *_tutorial("en"), *menu])
    removed = _removed(doc)
    assert removed == [t for t in menu if len(hash_key(t)) >= MIN_KEY_CHARS], removed


def test_code_like_line_outside_a_sample_still_goes() -> None:
    """A code-like line repeated as a paragraph of its own, between prose, is a plain duplicate."""
    p = PROSE["en"]
    line = "Use total = price * quantity; for every item."
    doc = _dedup([p[0], line, p[1], p[2], line, p[3]])
    assert _removed(doc) == [line]
