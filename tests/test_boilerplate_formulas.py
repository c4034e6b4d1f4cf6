"""Formulas of a page of mathematics are its content (boilerplate.formulas_scored).

Rendered MathML copies as a token per symbol ("sin 2 θ + cos 2 θ = 1"), each formula under a short heading: the run
search read such lines as symbol rows and short lines and kept only the prose after the last formula."""

from __future__ import annotations

from cleaners import boilerplate, clean_text
from cleaners.boilerplate import SCORES, classify, formulas_scored, line_features
from cleaners.document import Line

NAV = ["StudyNotes", "Maths", "Physics", "Log in", "Maths › Trigonometry"]
FOOT = ["Was this page helpful?", "More revision sheets", "Logarithm rules", "Vectors in two dimensions", "Privacy",
        "© 2025 StudyNotes"]


def _scored(texts: list[str], scores: list[float] | None = None) -> list[float]:
    lines, feats = [], []
    for k, text in enumerate(texts):
        lines.append(Line(k, text, 0, len(text), notes={}))
        f = line_features(text, "en")
        f.cls = classify(f)
        feats.append(f)
    out = list(scores) if scores is not None else [-1.0] * len(texts)
    formulas_scored(lines, feats, out, "\n".join(texts))
    return out


def test_formula_section_scores_as_content() -> None:
    texts = ["Pythagorean identity", "sin 2 θ + cos 2 θ = 1", "Tangent", "tan θ = sin θ / cos θ", "Law of cosines",
             "c 2 = a 2 − 2 a b cos γ"]
    scores = _scored(texts)
    assert scores == [0.0, SCORES["near"], 0.0, SCORES["near"], 0.0, SCORES["near"]]


def test_one_formula_alone_changes_nothing() -> None:
    texts = ["Menu", "sin 2 θ + cos 2 θ = 1", "Home", "About", "Contact", "cos 2 θ = 1 − sin 2 θ"]
    assert _scored(texts) == [-1.0] * len(texts)  # two formula lines, but five lines apart: no section


def test_no_mathematical_operator_on_the_page_no_formulas() -> None:
    """The page-level premise: without a character of the Mathematical Operators block nothing is read."""
    texts = ["a 2 + b 2 = c 2", "x = y + 1", "a = b - c"]
    assert _scored(texts) == [-1.0] * 3
    # with one (U+2212 MINUS SIGN) on the page, the same lines are formulas
    assert _scored([*texts, "x = 2 − 1"])[:3] == [SCORES["near"]] * 3


def test_widget_rows_with_a_relation_are_no_formulas() -> None:
    """Markets and weather widgets hold "=", arrows and minus signs, but their tokens are words and numbers."""
    texts = ["1 GBP = 1.2034 USD ↓ −0.21 %", "1 GBP = 1.1925 EUR ↑ +0.08 %", "FTSE 100 8,214.3 ↓ −0.4 %",
             "Today −2 °C / 4 °C", "Score: Leeds 2 − 1 Hull = win"]
    assert _scored(texts) == [-1.0] * len(texts)


def test_furniture_between_formulas_is_not_lifted() -> None:
    texts = ["sin 2 θ + cos 2 θ = 1", "Share this", "cos 2 θ = 1 − sin 2 θ"]
    lines, feats = [], []
    for k, text in enumerate(texts):
        notes = {"furniture": ("furniture", "share line")} if k == 1 else {}
        lines.append(Line(k, text, 0, len(text), notes=notes))
        f = line_features(text, "en")
        f.cls = classify(f)
        feats.append(f)
    scores = [-1.0, -2.0, -1.0]
    formulas_scored(lines, feats, scores, "\n".join(texts))
    assert scores == [SCORES["near"], -2.0, SCORES["near"]]


def test_a_revision_sheet_keeps_its_formulas_and_headings() -> None:
    body = [
        "Trigonometric identities: a revision sheet",
        "These are the identities that come up again and again in exam questions.",
        "Pythagorean identity", "sin 2 θ + cos 2 θ = 1",
        "Double angle formulas", "sin 2 θ = 2 sin θ cos θ", "cos 2 θ = cos 2 θ − sin 2 θ",
        "Law of cosines", "c 2 = a 2 + b 2 − 2 a b cos γ",
        "Learn the first two by heart: every other line on this sheet can be derived from them in a minute or two.",
    ]
    record = clean_text("\n".join(NAV + body + FOOT), source="sheet.txt")
    kept = [p["text"] for p in record.paragraphs]
    for text in body[2:]:
        assert text in kept, (text, kept)
    for text in NAV + FOOT:
        assert text not in kept


def test_constants_are_consistent() -> None:
    assert boilerplate.FORMULA_MIN_LINES >= 2 and 0.5 < boilerplate.FORMULA_SINGLE_SHARE < 1


def test_a_formula_heading_is_never_the_title_and_cleaning_again_changes_nothing() -> None:
    """A page of formula sections whose first paragraph is a formula: cleaned again, the cleaned text opens with
    the formula and the next section's heading ("The Lorenz Equations") must not become the title."""
    body = [
        "When", "a ≠ 0 , there are two solutions to a x 2 + b x + c = 0 and they are x = − b ± b 2 − 4 a c 2 a .",
        "The Lorenz Equations", "x ˙ = σ ( y − x ) y ˙ = ρ x − y − x z z ˙ = − β z + x y",
        "The Cauchy-Schwarz Inequality", "( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 ) ( ∑ k = 1 n b k 2 )",
        "An Identity", "1 + q 2 ( 1 − q ) + q 6 ( 1 − q ) ( 1 − q 2 ) + ⋯ = 1 ( 1 − q 5 j + 2 )",
        "In-line Mathematics",
        "Finally, the ability to mix math and text in a paragraph is also important, as this last example shows.",
    ]
    for head in (["Formula samples: a test page"], []):
        first = clean_text("\n".join([*head, *body]), source="samples.txt").to_dict()
        kept = [p["text"] for p in first["paragraphs"]]
        for text in body[1:]:
            assert text in kept, (text, kept)
        assert first["title"] not in body  # ("When", over the first formula, was the title of the page without a head)
        again = clean_text(first["text"], source="samples.txt").to_dict()
        assert again["title"] == first["title"]
        assert [p["text"] for p in again["paragraphs"]] == kept


def test_the_page_premise_is_the_mathematical_operators_block() -> None:
    """_has_math_operator (a typed loop) against the character class it replaces, on every dev and probe page and at
    both ends of the block; compiled, it is a C function, read through formulas_scored."""
    import re

    from pagetexts import PAGES, dev_dumps

    fn = getattr(boilerplate, "_has_math_operator", None)
    if fn is None:  # (compiled: through formulas_scored, with and without a character of the block on the page)
        assert _scored(["sin 2 θ + cos 2 θ = 1", "cos 2 θ = 1 − sin 2 θ"]) == [SCORES["near"]] * 2
        assert _scored(["a 2 + b 2 = c 2", "x = y + 1"]) == [-1.0, -1.0]
        return
    block = re.compile("[\u2200-\u22ff]")
    texts = [p.read_text() for p in dev_dumps(required=False) + sorted(PAGES.glob("*.txt"))]
    texts += ["\u2200", "\u22ff", "\u21ff", "\u2300", "plain ascii", "“curly”", "x ≤ y", ""]
    hits = 0
    for text in texts:
        want = block.search(text) is not None
        assert fn(text) == want, text[:80]
        hits += want
    assert hits >= 5
