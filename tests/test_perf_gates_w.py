"""The fast paths of perfW give the answers of the code they replace.

- _name_before_date asks _name_line of the head before the date parser of the rest: the same answer on every dev
  and probe line and on generated one-line headers, and mark_comment_thread marks and scores the same lines as with
  the first writing (copied here) on every dev dump and probe page.
  (perfW's cluster gate in _entry_headers was taken out at the merge: callgrind measured it at -0.8 M in
  _entry_headers and +4.4 M in _no_thread_cues, a net cost.)
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pagetexts import PAGES, dev_dumps, nonblank_lines

from cleaners import boilerplate
from cleaners.boilerplate import line_features
from cleaners.config import Config
from cleaners.document import Document, Line
from cleaners.pipeline import Pipeline

b = boilerplate

# --- the first writings ------------------------------------------------------------------------------------------


def _name_before_date_definition(text: str, parse_date_line: object) -> str | None:
    from cleaners.metadata import _WEEKDAY_NAMES

    m = b._NAME_DATE_SEP_RE.search(text)
    if m is None or m.start() == 0:
        return None
    head, rest = text[: m.start()], text[m.end():]
    if head.strip().rstrip(".").casefold() in _WEEKDAY_NAMES or parse_date_line(rest, "UTC") is None:
        return None
    return b._name_line(head, line_features(head, ""))


# --- helpers -----------------------------------------------------------------------------------------------------


def _copy(lines: list) -> list:
    return [Line(line.index, line.text, line.start, line.end, kind=line.kind, notes=dict(line.notes)) for line in lines]


def _both(lines: list, feats: list, scores: list, w: dict) -> tuple[tuple, tuple]:
    """mark_comment_thread's marks and scores, as written now and with the first writings of its search."""
    mark = _MARK
    lines2, scores2 = _copy(lines), list(scores)
    mark(lines, feats, scores, w)
    now = ([dict(line.notes) for line in lines], list(scores))
    with pytest.MonkeyPatch.context() as m:
        m.setattr(boilerplate, "_name_before_date", _name_before_date_definition)
        mark(lines2, feats, scores2, w)
    return now, ([dict(line.notes) for line in lines2], list(scores2))


_MARK = boilerplate.mark_comment_thread
_SPONSOR = boilerplate.mark_sponsor_blocks
_CAPTURED: list[tuple[str, list, list, list, dict]] = []
_CAPTURED_SPONSOR: list[tuple[str, list, list]] = []


def _captured() -> list[tuple[str, list, list, list, dict]]:
    """mark_comment_thread's inputs on every dev dump and probe page (the pipeline run once, inputs copied), and
    mark_sponsor_blocks' (_CAPTURED_SPONSOR)."""
    if _CAPTURED:
        return _CAPTURED
    paths = dev_dumps(required=False) + sorted(PAGES.glob("*.txt"))

    def keep(lines: list, feats: list, scores: list, w: dict) -> None:
        _CAPTURED.append((source[0], _copy(lines), feats, list(scores), w))
        _MARK(lines, feats, scores, w)

    def keep_sponsor(lines: list, feats: list) -> None:
        _CAPTURED_SPONSOR.append((source[0], _copy(lines), feats))
        _SPONSOR(lines, feats)

    source = [""]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(boilerplate, "mark_comment_thread", keep)
        m.setattr(boilerplate, "mark_sponsor_blocks", keep_sponsor)
        pipe = Pipeline(config=Config(language_backend="fasttext"))
        for path in paths:
            source[0] = path.name
            pipe.run(Document(source=path.name, raw=path.read_bytes()))
    return _CAPTURED


# --- mark_comment_thread with _name_before_date's new order, on every page -----------------------------------------


def test_comment_thread_is_its_first_writing_on_every_page() -> None:
    pages = _captured()
    assert len(pages) > 900
    marked = 0
    for name, lines, feats, scores, w in pages:
        now, first = _both(_copy(lines), feats, list(scores), w)
        assert now == first, name
        marked += any(n.get("furniture") == b._COMMENT_RULE for n in now[0])
    assert marked >= 20  # threads are found: the comparison reaches the marking


# --- _name_before_date -------------------------------------------------------------------------------------------


def test_name_before_date_is_its_first_writing() -> None:
    from cleaners.metadata import parse_date_line

    texts = nonblank_lines(dev_dumps(required=False)) + nonblank_lines(sorted(Path(PAGES).glob("*.txt")))
    rng = random.Random(5)
    heads = ["Mark", "Jane Doe", "First published", "Monday", "Mon.", "mike_1984", "山田太郎", "1. Jane Doe", "Ann Lee says",
             "Posted", "By Jane Doe", "Kyiv", "12", "", "Updated"]
    seps = [" · ", ", ", " on ", " | ", " – ", " - ", " am ", " le ", "—", " ", ": "]
    dates = ["4 June 2025", "March 10, 2017 at 6:16 PM", "2013/12/28 10:42", "yesterday", "12.05.2020", "Tuesday",
             "2025年6月4日", "June", "4 June 2025, 09:30"]
    texts += [rng.choice(heads) + rng.choice(seps) + rng.choice(dates) for _ in range(4000)]
    named = 0
    for text in texts:
        if len(text) > 400:
            continue
        got = b._name_before_date(text, parse_date_line)
        assert got == _name_before_date_definition(text, parse_date_line), text
        named += got is not None
    assert named > 100


# --- _read_button: the second letter before the regex -------------------------------------------------------------


def _read_button_definition(text: str) -> bool:
    for c in text:
        if c.isalnum():
            if ord(c) < 128:
                pat = b._READ_BUTTON_BY_INITIAL.get(c)
                return pat is not None and pat.match(text) is not None
            return b._READ_BUTTON_RE.match(text) is not None
    return False


def test_read_button_seconds_are_what_re_matches_on_every_code_point() -> None:
    """Each initial's set is every code point re (IGNORECASE) matches with the second letter of one of its
    buttons, no other."""
    from pagetexts import all_chars

    everything = all_chars()
    initials = {btn[0] for btn in b.READ_BUTTONS if btn[0].isascii()}
    assert set(b._READ_BUTTON_SECONDS) == initials | {c.upper() for c in initials}
    for initial in initials:
        seconds = {btn[1] for btn in b.READ_BUTTONS if btn[0] == initial}
        matched: set[str] = set()
        for second in seconds:
            matched |= set(re.compile(re.escape(second), re.IGNORECASE).findall(everything))
        assert matched == set(b._READ_BUTTON_SECONDS[initial]) == set(b._READ_BUTTON_SECONDS[initial.upper()]), initial


def test_read_button_firsts_are_what_re_matches_on_every_code_point() -> None:
    """Every character beyond ASCII that IGNORECASE matches with a button's first letter is in _READ_BUTTON_FIRSTS,
    and every one there matches one."""
    firsts = {bt[0] for bt in b.READ_BUTTONS}
    rx = re.compile("[" + re.escape("".join(sorted(firsts))) + "]", re.IGNORECASE)
    everything = "".join(chr(cp) for cp in range(128, 0x110000) if not 0xD800 <= cp <= 0xDFFF)
    assert set(rx.findall(everything)) == set(b._READ_BUTTON_FIRSTS)
    assert "П" in b._READ_BUTTON_FIRSTS and "п" in b._READ_BUTTON_FIRSTS  # (both cases)


def test_read_button_is_its_first_writing() -> None:
    from pagetexts import probe_lines

    texts = [t for t in probe_lines() + nonblank_lines(dev_dumps(required=False)) if len(t) <= 40]
    rng = random.Random(12)
    edges = "ſKİıßẞﬁﬀςΣＡａ\u0301 \t\u00a0:：.。!→»«\"'_-*•|eEäÄæÆuUrRřŘiIzZaAlLoOпПчЧ続阅더もЕеё"
    for button in b.READ_BUTTONS:
        for form in (button, button.upper(), button.title(), button.swapcase()):
            texts += [form, f"» {form} →", f"_{form}!", form[:1] + form[2:], form[:1]]
            texts += [form[:1] + e + form[2:] for e in edges]
            texts += [e + form[1:] for e in edges]
    for _ in range(5000):
        button = rng.choice(b.READ_BUTTONS)
        k = rng.randrange(len(button))
        texts.append(rng.choice(["", "» ", "_", "1 "]) + button[:k] + rng.choice(edges) + button[k + 1:])
    hits = 0
    for text in texts:
        got = b._read_button(text)
        assert got == _read_button_definition(text), repr(text)
        hits += got
    assert hits > 500


# --- mark_sponsor_blocks: "pon" read before the line is stripped and lowered ---------------------------------------


def _mark_sponsor_blocks_definition(lines: list, feats: list) -> None:
    n = len(lines)
    for i in range(n - 2):
        f = feats[i]
        if f.words > 8 or f.terminal:
            continue
        rule = lines[i].notes.get("furniture")
        if rule is not None and rule[0] != "furniture":
            continue
        g = feats[i + 1]
        pitch_rule = lines[i + 1].notes.get("furniture")
        bare = f.words <= b.SPONSOR_BARE_MAX_WORDS and (g.cls == b.GOOD or g.cls == b.NEAR) and (
            pitch_rule is None or pitch_rule[0] == "promo"
        )
        if rule is not None and not bare:
            continue
        text = lines[i].text.strip()
        low = text.lower()
        if low == text and text.upper() != text:
            continue
        if rule is not None or "pon" not in low or not b._SPONSOR_LABEL_RE.fullmatch(text):
            if bare and b._SPONSOR_BARE_LABEL_RE.fullmatch(text) and b._closes_with_call(lines[i + 1].text):
                lines[i].notes["furniture"] = b._SPONSOR_RULE
                lines[i + 1].notes["furniture"] = b._SPONSOR_RULE
            continue
        for j in range(i + 1, min(n, i + 1 + b.SPONSOR_BLOCK_MAX_LINES)):
            g = feats[j]
            if g.cls == b.GOOD or g.cls == b.NEAR:
                continue
            if j > i + 1 and 1 <= g.words <= b.SPONSOR_BUTTON_MAX_WORDS and not g.terminal:
                for k in range(i, j + 1):
                    lines[k].notes.setdefault("furniture", b._SPONSOR_RULE)
            break


def test_only_p_o_n_lower_to_p_o_n() -> None:
    """_holds_pon reads "P", "O", "N" as "p", "o", "n" and no other character: no other lowers to a string that
    holds one of them (every code point)."""
    from pagetexts import all_chars

    assert {c for c in all_chars() if set(c.lower()) & set("pon")} == set("pPoOnN")


def test_holds_pon_on_lines() -> None:
    from pagetexts import probe_lines

    texts = probe_lines() + nonblank_lines(dev_dumps(required=False))
    rng = random.Random(3)
    texts += ["".join(rng.choice("pPoOnN \tſİxX") for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for text in texts:
        assert b._holds_pon(text) == ("pon" in text.strip().lower()), repr(text)


def _sponsor_page(rng: random.Random) -> tuple[list, list]:
    labels = ["A MESSAGE FROM OUR SPONSOR", "A word from our sponsors", "Today's sponsor", "Sponsored by Pennywise",
              "SPONSORED", "Sponsored content", "Gesponsert", "Patrocinado", "スポンサー", "赞助内容", "Paid post",
              "PAID CONTENT", "sponsored", "Our Sponsors", "SPONSOR", "Spon sor", "This week's sponsor",
              "— Sponsored by ACME Tools —", "Paİd post", "Sponſored"]
    others = ["Pennywise helps you budget every dollar, and it is free for thirty days. Try it free for 30 days.",
              "Try Pennywise free", "The council met on Tuesday and voted on the pier for hours.", "Read more",
              "Sign up today at example.com.", "Weather", "Sponsor a child", "Ponies of the valley"]
    texts = [rng.choice(labels + others + others) for _ in range(rng.randint(3, 14))]
    lines, feats = [], []
    for k, text in enumerate(texts):
        notes: dict = {}
        r = rng.random()
        if r < 0.1:
            notes["furniture"] = ("furniture", "x")
        elif r < 0.15:
            notes["furniture"] = ("promo", "x")
        elif r < 0.2:
            notes["furniture"] = ("share", "x")
        lines.append(Line(k, text, 0, len(text), notes=notes))
        f = line_features(text, "en")
        f.cls = rng.choice((b.GOOD, b.NEAR, b.SHORT, b.BAD, f.cls))
        feats.append(f)
    return lines, feats


def test_mark_sponsor_blocks_is_its_first_writing() -> None:
    _captured()
    assert len(_CAPTURED_SPONSOR) > 900
    rng = random.Random(6)
    cases = [(lines, feats) for _, lines, feats in _CAPTURED_SPONSOR] + [_sponsor_page(rng) for _ in range(4000)]
    marked = 0
    for lines, feats in cases:
        lines2 = _copy(lines)
        lines3 = _copy(lines)
        b.mark_sponsor_blocks(lines2, feats)
        _mark_sponsor_blocks_definition(lines3, feats)
        assert [line.notes for line in lines2] == [line.notes for line in lines3], [line.text for line in lines]
        marked += any(line.notes.get("furniture") == b._SPONSOR_RULE for line in lines2)
    assert marked > 300
