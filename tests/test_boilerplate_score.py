"""line_score (the typed _score with the weights read once into _Weights) gives what the plain rules give.

The oracle is the dict-reading form the compiled code replaced; the weights in the test are all different
and unlike SCORES', so a weight read from the wrong key, or a class or kind test that fails to match, shows.
"""

from __future__ import annotations

import re
from pathlib import Path

from cleaners import boilerplate
from cleaners.document import BODY, HEADING, SEPARATOR, Line

PAGES = Path(__file__).parent / "pages"
WEIGHTS = {
    "hard_break": -8.5, "separator": -0.35, "furniture": -2.25, "good_per_char": 1 / 70.0, "good_max": 13.0,
    "near": 0.55, "bad": -1.125, "short_contentlike": -0.175, "short": -0.9, "sandwiched": -0.05, "header_row": 0.5,
}


def score_oracle(line: Line, f: boilerplate.LineFeatures, w: dict[str, float]) -> float:
    notes = line.notes
    if notes.get("hard_break"):
        return w["hard_break"]
    if line.kind == SEPARATOR:
        return w["separator"]
    if notes.get("furniture"):
        return w["furniture"]
    if f.cls == boilerplate.GOOD:
        return min(f.eff_len * w["good_per_char"], w["good_max"])
    if f.cls == boilerplate.NEAR:
        return w["near"]
    if f.cls == boilerplate.BAD:
        return w["bad"]
    if f.terminal or f.digits > 0.15 or f.code_like:
        return w["short_contentlike"]
    if (f.stop_density or 0) >= 0.3:
        return w["short_contentlike"]
    if re.match(r"^(?:\(?\d{1,3}[.)、．]|[一二三四五六七八九十]{1,3}[、．]|[①-⑳])\s*\S", line.text):  # a numbered item
        return w["short_contentlike"]
    return w["short"]


def _lines() -> list[str]:
    return [t for p in sorted(PAGES.glob("*.txt")) for t in p.read_text(errors="replace").splitlines() if t.strip()]


def test_line_score_agrees_with_the_plain_rules_on_the_test_pages() -> None:
    texts = _lines()
    assert len(texts) > 500
    classes = set()
    for k, text in enumerate(texts):
        notes: dict[str, object] = {}
        if k % 7 == 1:
            notes["hard_break"] = True
        if k % 5 == 2:
            notes["furniture"] = ("furniture", "why")
        kind = (BODY, HEADING, SEPARATOR)[k % 3] if k % 4 == 0 else BODY
        for language in ("en", "de", "xx"):
            f = boilerplate.line_features(text, language)
            f.cls = boilerplate.classify(f)
            classes.add(f.cls)
            line = Line(index=k, text=text, start=0, end=len(text), kind=kind, notes=dict(notes))
            for w in (WEIGHTS, boilerplate.SCORES):
                assert boilerplate.line_score(line, f, w) == score_oracle(line, f, w), (text, language, notes, kind)
            assert boilerplate.line_score(line, f) == score_oracle(line, f, boilerplate.SCORES)
    assert classes == {boilerplate.GOOD, boilerplate.NEAR, boilerplate.BAD, boilerplate.SHORT}
