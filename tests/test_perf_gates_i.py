"""The fast paths of perfI give the answers of the code they replace.

- _card_vocabulary of a text beyond ASCII: one typed pass (_add_card_words) instead of _CARD_WORD_RE,
  _CJK_RUN_RE.fullmatch and _CJK_RUN_RE.findall: the same words on every code point and on generated texts.
- _chart_credit_row: a typed premise (the label's first letter, a separator's middle character) before the
  separators and the regexes: every code point re reads as the label's first letter is in _CHART_CREDIT_FIRST.
- _repeated_label_rows_end: no run's labels read unless label rows start at j.
- inner_boxes_transparent: typed loops, each line's _story_sentence asked once, its tests reordered.
- mark_player_boxes: a typed loop.
Each is held to its first writing (copied here) on generated pages."""

from __future__ import annotations

import random
import re
from re import _constants, _parser

from cleaners import boilerplate
from cleaners.boilerplate import BAD, GOOD, NEAR, SHORT, line_features
from cleaners.document import Line

# --- the first writings ------------------------------------------------------------------------------------------


def _card_vocabulary_definition(texts: list[str], language: str) -> set[str]:
    sw = boilerplate.stopwords(language) or frozenset()
    out: set[str] = set()
    for text in texts:
        for w in boilerplate._CARD_WORD_RE.findall(text.lower()):
            if boilerplate._CJK_RUN_RE.fullmatch(w) is None and w not in sw:
                out.add(w[:6])
        for run in boilerplate._CJK_RUN_RE.findall(text):
            for k in range(len(run) - 1):
                out.add(run[k:k + 2])
    return out


def _chart_credit_row_definition(text: str) -> bool:
    for sep in boilerplate._CHART_CREDIT_SEPARATORS:
        if sep in text:
            if boilerplate._CHART_CREDIT_LABEL_RE.match(text) is None:
                return False
            parts = [part.strip() for part in text.split(sep)]
            if any(len(part.split()) > boilerplate.CHART_CREDIT_PART_MAX_WORDS for part in parts):
                return False
            return any(boilerplate._CHART_CREDIT_PART_RE.match(part) is not None for part in parts[1:])
    return False


def _repeated_label_rows_end_definition(lines, feats, start, end, j):
    b = boilerplate
    known: set[str] = set()
    for i in range(start, end):
        if b._label_row(lines[i], feats[i]):
            known.add(b._row_label(lines[i]))
    if len(known) < b.REPEATED_LABEL_MIN_ROWS:
        return j
    k = j
    while k < len(lines) and b._label_row(lines[k], feats[k]) and b._row_label(lines[k]) in known:
        k += 1
    return k if k - j >= b.REPEATED_LABEL_MIN_ROWS else j


def _story_sentence_definition(line, f) -> bool:
    notes = line.notes
    return bool(
        f.terminal and f.words >= 5 and notes.get("furniture") is None and "in_list" not in notes and f.cls != BAD
    )


def _inner_boxes_transparent_definition(lines, feats, scores, language) -> None:
    b = boilerplate
    story = _story_sentence_definition
    n = len(lines)
    i = 0
    while i < n:
        if scores[i] >= 0:
            i += 1
            continue
        a = i
        while a > 0 and scores[a - 1] == 0 and not story(lines[a - 1], feats[a - 1]):
            a -= 1
        e = i
        while e < n and (scores[e] < 0 or (scores[e] == 0 and not story(lines[e], feats[e]))):
            e += 1
        i = e
        if e - a > b.INNER_BOX_MAX_LINES or a < b.INNER_BOX_PROSE_MIN or e + b.INNER_BOX_LEAD_LINES > n:
            continue
        if not all(scores[k] > 0 and story(lines[k], feats[k]) for k in range(a - b.INNER_BOX_PROSE_MIN, a)):
            continue
        if not any(lines[k].notes.get("furniture") is not None or "in_list" in lines[k].notes for k in range(a, e)):
            continue
        if any(
            b._box_may_close_article(lines[k], feats[k]) or b._date_line_any_order(lines[k].text) is not None
            for k in range(a, e)
        ):
            continue
        if not all(story(lines[k], feats[k]) for k in range(e, e + b.INNER_BOX_LEAD_LINES)):
            continue
        above = [k for k in range(max(0, a - b.INNER_BOX_PROSE_LINES), a) if scores[k] > 0 and story(lines[k], feats[k])]
        below = [k for k in range(e, min(n, e + b.INNER_BOX_PROSE_LINES)) if story(lines[k], feats[k])]
        if len(above) < b.INNER_BOX_PROSE_MIN or sum(1 for k in below if scores[k] > 0) < b.INNER_BOX_PROSE_MIN:
            continue
        words_above = _card_vocabulary_definition([lines[k].text for k in above], language)
        words_below = _card_vocabulary_definition([lines[k].text for k in below], language)
        shared = len(words_above & words_below)
        share = b.INNER_BOX_SHARED_SHARE_CJK if language in b._INNER_BOX_CJK else b.INNER_BOX_SHARED_SHARE
        if shared < b.INNER_BOX_SHARED_MIN or shared < share * min(len(words_above), len(words_below)):
            continue
        label = False
        for k in range(a, e):
            scores[k] = 0.0
            notes = lines[k].notes
            rule = notes.get("furniture")
            if rule is not None:
                label = label or lines[k].text.rstrip().endswith((":", "："))
            elif label and feats[k].words <= b.INNER_BOX_ITEM_MAX_WORDS and not feats[k].terminal:
                notes["furniture"] = b._INNER_BOX_ITEM_RULE


def _mark_player_boxes_definition(lines, feats) -> None:
    b = boilerplate
    n = len(lines)
    for i in range(n - 1):
        rule = lines[i].notes.get("furniture")
        if rule is None:
            continue
        below = lines[i + 1]
        if below.notes.get("furniture") is not None:
            continue
        text = lines[i].text
        clip_length = b._CLIP_LENGTH_RE.fullmatch(below.text.strip()) is not None and b._LISTEN_LABEL_RE.match(text) is not None
        clip_title = (
            not clip_length and rule[0] == "media-placeholder" and i + 2 < n
            and b._MEDIA_PLAY_BUTTON_RE.match(text) is not None
            and 0 < feats[i + 1].words <= b.CLIP_TITLE_MAX_WORDS and not feats[i + 1].terminal
            and (lines[i + 2].notes.get("furniture") or ("",))[0] == "timestamp"
        )
        if clip_length or clip_title:
            below.notes["furniture"] = b._CLIP_LINE_RULE


# --- _card_vocabulary --------------------------------------------------------------------------------------------


def test_card_vocabulary_beyond_ascii_on_every_code_point() -> None:
    """Each code point c inside a Latin word ("ab" c "cd": one word of five letters, or two short ones) and
    between two Han characters (a pair each side, or one run of three): the typed pass reads it as re does."""
    # (Planes 0 to 3 and the tags of plane 14: the planes between hold no character yet, 15 and 16 private use.)
    points = [*range(0x80, 0xD800), *range(0xE000, 0x40000), *range(0xE0000, 0xE0200), 0xF0000, 0x10FFFD]
    for lo in range(0, len(points), 0x4000):
        text = " ".join(f"ab{chr(c)}cd 海{chr(c)}港" for c in points[lo:lo + 0x4000])
        assert boilerplate._card_vocabulary([text], "en") == _card_vocabulary_definition([text], "en"), hex(points[lo])


def test_card_vocabulary_beyond_ascii_on_generated_texts() -> None:
    rng = random.Random(11)
    pool = ["Harbour", "ōcean", "Straße", "İstanbul", "ǅemal", "“quoted”", "café", "naïve", "Ölpreise", "海港", "の",
            "港口城市", "カタカナ", "・", "１２３", "1999", "x²y", "_", "-", " ", "ſtraße", "ΣΟΦΙΑ", "σοφός", "한국어"]
    for language in ("en", "de", "zh", "ja", "tr", "und"):
        for _ in range(1500):
            texts = ["".join(rng.choice(pool) + rng.choice(" ,.") for _ in range(rng.randint(0, 10))) for _ in range(2)]
            assert boilerplate._card_vocabulary(texts, language) == _card_vocabulary_definition(texts, language), texts


# --- _chart_credit_row -------------------------------------------------------------------------------------------


def _first_chars(items: list) -> tuple[set[str], bool]:
    """The characters a sequence of sre's parse tree may match first, and whether it may match nothing."""
    out: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            return out | {chr(av)}, False
        if op is _constants.IN:
            for kind, value in av:
                assert kind is _constants.LITERAL, kind
                out.add(chr(value))
            return out, False
        if op is _constants.SUBPATTERN:
            chars, empty = _first_chars(list(av[3]))
        elif op is _constants.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                more, none = _first_chars(list(branch))
                chars |= more
                empty = empty or none
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            chars, empty = _first_chars(list(av[2]))
            empty = empty or av[0] == 0
        else:
            raise AssertionError(op)
        out |= chars
        if not empty:
            return out, False
    return out, True


def test_chart_credit_first_letters_are_re_s() -> None:
    """After its [\\W_]*, _CHART_CREDIT_LABEL_RE goes on with a letter of its words' first letters (read off its
    parse tree); every code point re (IGNORECASE) matches to one of them is in _CHART_CREDIT_FIRST, no other; each
    opens a credit row as the definition reads it."""
    label = boilerplate._CHART_CREDIT_LABEL_RE
    tree = list(_parser.parse(label.pattern, label.flags))
    assert tree[0] == (_constants.AT, _constants.AT_BEGINNING)
    assert tree[1][0] is _constants.MAX_REPEAT and tree[1][1][0] == 0
    firsts, empty = _first_chars(tree[2:3])
    assert not empty and firsts == set("cdgikmtvw")
    letter = re.compile("[" + "".join(sorted(firsts)) + "]", re.IGNORECASE)
    matched = {chr(c) for c in range(0x110000) if letter.fullmatch(chr(c))}
    assert matched == set(boilerplate._CHART_CREDIT_FIRST)
    for c in boilerplate._CHART_CREDIT_FIRST:
        for tail in ("hart: Jane Doe • Source: Census", "raph: Jane Doe | Get the data", "ap: A B · Embed"):
            assert boilerplate._chart_credit_row(c + tail) == _chart_credit_row_definition(c + tail), repr(c + tail)
    assert boilerplate._chart_credit_row("Chart: Jane Doe • Source: Census")
    assert boilerplate._chart_credit_row("\u212aarte: A B • Quelle: Amt")


def test_chart_credit_row_is_its_definition() -> None:
    rng = random.Random(5)
    heads = ["Chart: Jane Doe", "_Graph by Max", "» Grafik: Max Muster", "(Map: Where the river floods)", "Table: X",
             "Infografía: Ana", "İnfographic: A", "Karte von B", "Wykres: C", "Photo: D", "chart", "", "12 Chart: X",
             "—Chart: Y", "• Map: Z", "Data visualization: W"]
    parts = ["Source: Census data", "Get the data", "Embed", "Created with Datawrapper", "Quelle: Amt", "Download",
             "a part of some length that goes on for a good while with many words in it indeed", "Einbetten", "x"]
    seps = [*boilerplate._CHART_CREDIT_SEPARATORS, " ", "|", "•", " - "]
    texts = []
    for _ in range(6000):
        head = rng.choice(heads)
        texts.append(head + "".join(rng.choice(seps) + rng.choice(parts) for _ in range(rng.randint(0, 3))))
    texts += [rng.choice(seps) + t for t in texts[:2000]]
    for text in texts:
        assert boilerplate._chart_credit_row(text) == _chart_credit_row_definition(text), repr(text)


# --- generated pages ---------------------------------------------------------------------------------------------

_STORY = [
    "The harbour council voted on Tuesday to reopen the northern pier.",
    "Engineers said the harbour pier needs new cranes before the winter storms.",
    "Council members argued about the cost of the northern pier for hours.",
    "The cranes will arrive from the southern harbour next month, officials said.",
    "Residents welcomed the council decision about the harbour and its pier.",
    "A second vote on the budget for the cranes is planned for March.",
    "Fishermen said the storms had damaged their boats in the old harbour.",
    "港口城市的新码头今天正式开放，市民纷纷前来参观。",
    "新码头的建设花了三年时间，港口城市的居民都很高兴。",
]
_OTHER = [
    "Share this article:", "Facebook", "Twitter", "Listen to this article", "2 min", "Play Video", "01:32",
    "Sign up for our newsletter", "Comments", "12 March 2024", "By Jane Doe | 12 March 2024", "Related stories",
    "Advertisement", "Read more", "Weather tomorrow in the valley.", "分享到：", "微信", "When: 7 p.m. Friday",
    "Where: The old hall", "Cost: 12 euros", "Tags: harbour", "Price: 30", "A short line", "Headline of another story",
]
_RULES = [None, None, None, ("share", "share bar"), ("media-placeholder", "player"), ("timestamp", "clip length"),
          ("article-end", "comments heading"), ("article-end", "about the author"), ("newsletter", "sign-up")]


def _page(rng: random.Random, n: int, language: str):
    lines, feats = [], []
    for k in range(n):
        text = rng.choice(_STORY) if rng.random() < 0.55 else rng.choice(_OTHER)
        notes: dict = {}
        rule = rng.choice(_RULES)
        if rule is not None:
            notes["furniture"] = rule
        if rng.random() < 0.05:
            notes["in_list"] = True
        if rng.random() < 0.03:
            notes["hard_break"] = True
        lines.append(Line(k, text, 0, len(text), notes=notes))
        f = line_features(text, language)
        f.cls = rng.choice((GOOD, GOOD, NEAR, SHORT, BAD))
        feats.append(f)
    return lines, feats


def _copy(lines):
    return [Line(line.index, line.text, line.start, line.end, notes=dict(line.notes)) for line in lines]


def test_inner_boxes_transparent_is_its_first_writing() -> None:
    rng = random.Random(3)
    for trial in range(2500):
        language = "zh" if trial % 7 == 0 else "en"
        lines, feats = _page(rng, rng.randint(0, 24), language)
        scores = [rng.choice((-1.0, -0.5, 0.0, 0.0, 0.0, 0.4, 1.0, 2.0)) for _ in lines]
        lines2, scores2 = _copy(lines), list(scores)
        boilerplate.inner_boxes_transparent(lines, feats, scores, language)
        _inner_boxes_transparent_definition(lines2, feats, scores2, language)
        assert scores == scores2
        assert [line.notes for line in lines] == [line.notes for line in lines2]
    boxes = 0
    for _ in range(600):  # pages built to hold a box: story, furniture, story
        lines, feats = _page(rng, 0, "en")
        texts = rng.sample(_STORY[:7], 3) + [rng.choice(_OTHER) for _ in range(rng.randint(1, 4))] + rng.sample(_STORY[:7], 4)
        for k, text in enumerate(texts):
            notes = {"furniture": rng.choice(_RULES[3:6])} if text in _OTHER and rng.random() < 0.7 else {}
            lines.append(Line(k, text, 0, len(text), notes=notes))
            f = line_features(text, "en")
            f.cls = GOOD if text in _STORY else SHORT
            feats.append(f)
        scores = [rng.choice((0.5, 1.0)) if t in _STORY else rng.choice((-1.0, 0.0)) for t in texts]
        before = list(scores)
        lines2, scores2 = _copy(lines), list(scores)
        boilerplate.inner_boxes_transparent(lines, feats, scores, "en")
        _inner_boxes_transparent_definition(lines2, feats, scores2, "en")
        assert scores == scores2
        assert [line.notes for line in lines] == [line.notes for line in lines2]
        boxes += scores != before
    assert boxes > 50  # the built pages reach the vocabulary and change


def test_repeated_label_rows_end_is_its_first_writing() -> None:
    rng = random.Random(9)
    for _ in range(1500):
        lines, feats = _page(rng, rng.randint(1, 16), "en")
        n = len(lines)
        start = rng.randint(0, n - 1)
        end = rng.randint(start, n)
        for j in range(end, n + 1):
            assert boilerplate._repeated_label_rows_end(lines, feats, start, end, j) == _repeated_label_rows_end_definition(
                lines, feats, start, end, j
            )


def test_mark_player_boxes_is_its_first_writing() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        lines, feats = _page(rng, rng.randint(0, 16), "en")
        lines2 = _copy(lines)
        boilerplate.mark_player_boxes(lines, feats)
        _mark_player_boxes_definition(lines2, feats)
        assert [line.notes for line in lines] == [line.notes for line in lines2]


# --- the CJK blog profile and pager-number premises (qualU's passes) -----------------------------------------------


def test_blog_profile_firsts_are_the_regexes_opening_characters() -> None:
    """_blog_profile_line turns a stripped line away by its first character before the three regexes: the set is
    every character their matches can open with (read off the parse trees), but whitespace, which a stripped line
    cannot open with."""
    from test_boilerplate_prefilters import opening_chars

    found = set()
    for rx in (boilerplate._BLOG_PROFILE_HEADING_RE, boilerplate._BLOG_PROFILE_BUTTONS_RE,
               boilerplate._BLOG_PROFILE_COUNTER_RE):
        found |= {c for c in opening_chars(rx) if not c.isspace()}
    assert found == set(boilerplate._BLOG_PROFILE_FIRSTS)


def test_page_numbers_open_with_a_digit_or_a_page_word() -> None:
    """mark_pager_numbers asks str.isdecimal, "第" or "共" of a line's first character before _PAGE_NUMBERS_RE."""
    from test_boilerplate_prefilters import opening_chars

    opening = {c for c in opening_chars(boilerplate._PAGE_NUMBERS_RE) if not c.isspace()}
    assert all(c.isdecimal() or c in "第共" for c in opening)
    assert {c for c in opening if not c.isdecimal()} == {"第", "共"}


# --- the press-release lede: the dateline's regex only where a dash can close a dateline ----------------------------


def _lede(text: str) -> tuple | None:
    """What mark_release_boilerplate reads of a line (_release_lede: the bare regex unless a dash stands in its
    first RELEASE_DATELINE_REACH characters)."""
    m = boilerplate._release_lede(text)
    return None if m is None else (m.span(), m.groupdict())


def _lede_whole(text: str) -> tuple | None:
    m = boilerplate._RELEASE_LEDE_RE.match(text)
    return None if m is None else (m.span(), m.groupdict())


def test_release_lede_premise_on_page_lines() -> None:
    from pagetexts import dev_dumps, nonblank_lines, probe_lines

    lines = probe_lines() + nonblank_lines(dev_dumps(required=False))
    matched = 0
    for text in lines:
        whole = _lede_whole(text)
        assert _lede(text) == whole, text
        matched += whole is not None
    assert matched >= 20


def test_release_lede_premise_on_generated_lines() -> None:
    """Datelines of every length around the reach (the dash at index 80 to 86), dashes of each kind, ledes with and
    without the apposition, the ticker and "today"."""
    rng = random.Random(7)
    bodies = ["Northwind Robotics, a maker of warehouse robots, today announced a new arm.",
              "Acme Corp. (NASDAQ: ACME) today announced results.", "Acme announced on Tuesday that it would cut jobs.",
              "the council said on Monday that the road would close.", "Brightwater Foods Inc. (NYSE: BWF), a producer of "
              "oat milk, announced a deal."]
    for _ in range(3000):
        city = "".join(rng.choice("ABCDEFGH ,.xyz") for _ in range(rng.randint(0, 90)))
        dash = rng.choice(["—", "–", "-", "--", " - ", ""])
        text = rng.choice("SNT") + city + rng.choice([" ", "", "  "]) + dash + rng.choice([" ", ""]) + rng.choice(bodies)
        assert _lede(text) == _lede_whole(text), text


# --- the release's closing description: the company's name as a literal prefix, not a regex compiled per page -------


def _about_per_page(text: str, name: str) -> bool:
    """The first writing: a regex compiled for every page with the lede's name escaped into it."""
    about = re.compile(r"^(?:about\s+)?" + re.escape(name) + r"[\w.,&\s]{0,24}?" + boilerplate._RELEASE_ABOUT_TAIL)
    return about.match(text) is not None


def test_release_about_matches_the_per_page_regex() -> None:
    """Names with regex metacharacters, texts with and without "about", every page line against three names."""
    from pagetexts import dev_dumps, nonblank_lines, probe_lines

    names = ["Acme", "Northwind Robotics", "A.B. (Holdings) & Co.", "Brightwater Foods", "Tidewave+", "X"]
    tails = [" is a leading provider of robots.", ", a maker of arms, is headquartered in Ohio.", " Inc. is based in Oslo.",
             " (NASDAQ: ACME) is one of the largest firms.", " announced a deal.", " is", "", " are part of the group.",
             "is a maker.", "  Group   is the owner."]
    rng = random.Random(11)
    generated = []
    for _ in range(3000):
        name = rng.choice(names)
        opener = rng.choice(["", "about ", "about  ", "About ", "about", " "])
        generated.append((opener + rng.choice(names + [name.lower()]) + rng.choice(tails), name))
    matched = 0
    for text, name in generated:
        want = _about_per_page(text, name)
        assert boilerplate._release_about(text, name) == want, (text, name)
        matched += want
    assert matched >= 100
    for text in probe_lines() + nonblank_lines(dev_dumps(required=False)):
        for name in ("Acme", "The", "A"):
            assert boilerplate._release_about(text, name) == _about_per_page(text, name), (text, name)
