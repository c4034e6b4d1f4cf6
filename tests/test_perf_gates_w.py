"""The fast paths of perfW give the answers of the code they replace.

- _entry_headers (mark_comment_thread's search): a cluster of possible date lines (each within COMMENT_DATE_REACH
  lines of the one before) with no comments heading or post's control near them and fewer than
  COMMENT_MIN_ENTRIES_UNHEADED lines that may carry a time is left unparsed: mark_comment_thread marks and scores
  the same lines as with the first writing (copied here), on every dev dump and probe page, and on pages mutated
  with a heading or a control set at every offset around such a cluster.
- _name_before_date asks _name_line of the head before the date parser of the rest: the same answer on every dev
  and probe line and on generated one-line headers.
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


def _entry_headers_definition(lines: list, feats: list, lo: int, thread: bool = False) -> list:
    from cleaners.metadata import parse_date_line

    reach = b.COMMENT_DATE_REACH
    n = len(lines)
    cands: list[int] = []
    known: list[int] = []
    for i in range(lo, n):
        f = feats[i]
        notes = lines[i].notes
        if (not f.digits or f.words > 16 or f.eff_len > 120) and not notes.get("furniture"):
            continue
        kind = b._entry_date_known(lines[i].text, f, notes)
        if kind:
            cands.append(i)
            known.append(kind)
    m = len(cands)
    if thread:
        timed, parse = 0, False
        for k in range(m):
            if known[k] < 0:
                if b._may_hold_time(lines[cands[k]].text):
                    timed += 1
                if (k and cands[k] - cands[k - 1] <= reach) or (k + 1 < m and cands[k + 1] - cands[k] <= reach):
                    parse = True
        if parse and timed < b.COMMENT_MIN_ENTRIES_UNHEADED and b._no_thread_cues(lines, feats, cands):
            return []
    dates: dict[int, int] = {}
    last = -reach - 1
    for k in range(m):
        i = cands[k]
        kind = known[k]
        if kind < 0:
            if i - last > reach and (k + 1 == m or cands[k + 1] - i > reach):
                continue
            kind = b._parsed_date_kind(lines[i].text, parse_date_line)
        if kind:
            dates[i] = kind
            last = i
    if len(dates) < b.COMMENT_MIN_ENTRIES:
        return []
    out: list = []
    end = 0
    for d in dates:
        if d < end:
            continue
        start = d
        while start > end and d - start < 3 and (start - 1 in dates or b._header_name(lines, feats, start - 1) is not None):
            start -= 1
        j = start
        best, names, oneline = 0, [], 0
        while j < n and j - start < 4:
            notes, f = lines[j].notes, feats[j]
            if notes.get("hard_break"):
                break
            if j in dates:
                best = max(best, dates[j])
                author = parse_date_line(lines[j].text, "UTC").author if dates[j] >= 2 else None
                if not author and dates[j] >= 2:
                    author = _name_before_date_definition(lines[j].text, parse_date_line)
                    oneline += author is not None
                if author:
                    names.append(author)
            elif (name := b._header_name(lines, feats, j)) is not None:
                names.append(name)
            elif j <= d or not (notes.get("furniture") and f.words <= 4):
                break
            j += 1
        if j <= d:
            start, j, best, names, oneline = d, d + 1, dates[d], [], 0
        out.append((start, j, best, names, bool(names) and oneline == len(names)))
        end = j
    return out


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
        m.setattr(boilerplate, "_entry_headers", _entry_headers_definition)
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


def _clusters(lines: list, feats: list, lo: int) -> list[list[int]]:
    """The candidate date lines at or after lo, grouped as _entry_headers groups them."""
    cands = [i for i in range(lo, len(lines)) if b._entry_date_known(lines[i].text, feats[i], lines[i].notes)]
    out: list[list[int]] = []
    for i in cands:
        if out and i - out[-1][-1] <= b.COMMENT_DATE_REACH:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _lo(scores: list) -> int:
    lo, seen = 0, 0.0
    while lo < len(scores) and seen < b.MIN_SCORE_BEFORE_END:
        seen += max(scores[lo], 0.0)
        lo += 1
    return lo


# --- _entry_headers' cluster gate ----------------------------------------------------------------------------------


def test_comment_thread_is_its_first_writing_on_every_page() -> None:
    pages = _captured()
    assert len(pages) > 900
    marked = 0
    for name, lines, feats, scores, w in pages:
        now, first = _both(_copy(lines), feats, list(scores), w)
        assert now == first, name
        marked += any(n.get("furniture") == b._COMMENT_RULE for n in now[0])
    assert marked >= 20  # threads are found: the comparison reaches the marking


_CUES = ["Comments", "12 Comments", "Leave a comment", "Kommentare (3)", "Reply", "Antworten", "Like · Reply"]
_TIMED = ["March 3, 2021 at 9:12 am", "4 June 2025 10:30", "2013/12/28 22:50"]
_DATED = ["March 3, 2021", "12.05.2020", "Page last reviewed: 12 March 2021"]


def _with_line(lines: list, feats: list, scores: list, at: int, text: str, language: str) -> tuple[list, list, list]:
    new = Line(at, text, 0, len(text), notes={})
    return lines[:at] + [new] + lines[at:], feats[:at] + [line_features(text, language)] + feats[at:], (
        scores[:at] + [0.0] + scores[at:]
    )


def test_comment_thread_is_its_first_writing_with_a_cue_at_every_offset() -> None:
    """A heading or a control set at every offset around a cluster the gate may skip (just inside and just outside
    the lines _no_thread_cues reads), and a line with a time added to it: the same marks as the first writing."""
    rng = random.Random(23)
    pages = [p for p in _captured() if len(p[1]) >= 8]
    tried = 0
    for name, lines, feats, scores, w in rng.sample(pages, 160):
        lo = _lo(scores)
        groups = [g for g in _clusters(lines, feats, lo) if len(g) > 1]
        for group in groups[:2]:
            offsets = range(group[0] - 4 - b.COMMENT_MAX_LEAD, group[-1] + 7 + b.COMMENT_MAX_BODY)
            for at in rng.sample(list(offsets), min(8, len(offsets))):
                at = max(0, min(len(lines), at))
                text = rng.choice(_CUES + _TIMED + _DATED)
                l2, f2, s2 = _with_line(lines, feats, scores, at, text, "en")
                now, first = _both(l2, f2, s2, w)
                assert now == first, (name, at, text)
                tried += 1
    assert tried > 300


def _thread_page(rng: random.Random) -> tuple[list, list, list]:
    """An article, then entries (a name, a date with or without a time, a comment, maybe a control) among filler, a
    heading somewhere or none."""
    texts = [f"The harbour council met on day {k} and talked about the pier for a long while, as it does." for k in
             range(rng.randint(8, 14))]
    heading, control = rng.choice((0.0, 0.0, 0.2, 0.5)), rng.choice((0.0, 0.0, 0.3, 0.6))
    timed = rng.choice((0.3, 0.8, 1.0))
    for day in range(1, rng.randint(2, 7)):
        if rng.random() < heading:
            texts.append(rng.choice(_CUES))
        texts.append(rng.choice(["Jane Doe", "Bo", "mike_1984", "Ann Lee says:", "Tom", "Rick Rottman", "Eva Berg"]))
        # (mostly in time order: a thread, oldest first; now and then the other way, a live blog's)
        texts.append(f"March {day if rng.random() < 0.8 else 9 - day}, 2021 at {rng.randint(1, 12)}:{rng.randint(10, 59)} am"
                     if rng.random() < timed else rng.choice(_TIMED + _DATED))
        texts.append(rng.choice(["Great piece, thanks for writing it.", "I disagree with the council here.",
                                 "Short one", "We went there last summer and loved the harbour."]))
        if rng.random() < control:
            texts.append(rng.choice(["Reply", "Like", "Antworten"]))
        texts += ["Filler line of the page"] * rng.choice((0, 0, 1, 5, 12, 16, 17, 18, 19, 20, 30))
    lines = [Line(k, t, 0, len(t), notes={}) for k, t in enumerate(texts)]
    feats = [line_features(t, "en") for t in texts]
    scores = [1.0 if t.startswith("The harbour") else rng.choice((-0.5, 0.0, 0.3)) for t in texts]
    return lines, feats, scores


def test_comment_thread_is_its_first_writing_on_generated_pages() -> None:
    rng = random.Random(8)
    w = dict(boilerplate.SCORES)
    marked = gated = 0
    for _ in range(1500):
        lines, feats, scores = _thread_page(rng)
        now, first = _both(lines, feats, scores, w)
        assert now == first, [line.text for line in lines]
        marked += any(n.get("furniture") == b._COMMENT_RULE for n in now[0])
        lo = _lo(scores)
        gated += b._entry_headers(lines, feats, lo, True) != _entry_headers_definition(lines, feats, lo, True)
    assert marked > 20 and gated > 100, (marked, gated)  # threads are found, and the gate drops clusters


def test_a_cluster_without_cues_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate does skip: a pair of dated lines far under a thread's cluster goes unparsed."""
    from cleaners import metadata

    seen: list[str] = []
    parse = metadata.parse_date_line

    def counting(text: str, default_tz: str | None = None) -> object:
        if default_tz == "UTC":
            seen.append(text)
        return parse(text, default_tz)

    monkeypatch.setattr(metadata, "parse_date_line", counting)
    texts = ["A paragraph of the article that runs on for long enough to count as prose, like most do."] * 8
    texts += ["Comments", "Jane Doe", "March 3, 2021 at 9:12 am", "Nice.", "Reply", "Tom", "March 4, 2021 at 10:12 am",
              "Thanks.", "Reply"]
    texts += ["Filler line of the page"] * 40 + ["Issued 12.05.2020", "Revised 14.05.2020"]
    lines = [Line(k, t, 0, len(t), notes={}) for k, t in enumerate(texts)]
    feats = [line_features(t, "en") for t in texts]
    b._entry_headers(lines, feats, 8, True)
    assert "March 3, 2021 at 9:12 am" in seen
    assert "Issued 12.05.2020" not in seen and "Revised 14.05.2020" not in seen
    seen.clear()
    _entry_headers_definition(lines, feats, 8, True)
    assert "Issued 12.05.2020" in seen  # (the first writing parses them)


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


def test_read_button_is_its_first_writing() -> None:
    from pagetexts import probe_lines

    texts = [t for t in probe_lines() + nonblank_lines(dev_dumps(required=False)) if len(t) <= 40]
    rng = random.Random(12)
    edges = "ſKİıßẞﬁﬀςΣＡａ\u0301 \t\u00a0:：.。!→»«\"'_-*•|eEäÄæÆuUrRřŘiIzZaAlLoO"
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
