"""perfV's gates in the title scoring leave every answer as it was: metadata._organiser_row asks for the label's
second word ("by", "von", ...) before _ORGANISER_ROW_RE, _name_pair_title for a dash or "&" before _NAME_PAIR_RE,
_unspaced_headline skips its findall on an ASCII line, and _toc_lines looks up an ASCII line only when an entry has its
length. Each gated function answers as its ungated form (written out below) over the probe pages' lines and the dev
dumps' lines, and admits every form its regex matches (a test fails when a word or a character is dropped)."""

from __future__ import annotations

import re

from pagetexts import PAGES, all_chars, dev_dumps, nonblank_lines

from cleaners import metadata

PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
ALL_LINES = PROBE_LINES + DEV_LINES


# metadata._organiser_row


def test_organiser_links_are_the_pattern_s() -> None:
    """The words after the verbs in _ORGANISER_ROW_RE are _ORGANISER_LINKS, and no character but their letters in
    either case equals one of those letters under IGNORECASE (so the gate's lower() sees every form)."""
    links = set(re.findall(r"\\s\+(\w+)", metadata._ORGANISER_ROW_RE.pattern))
    assert links == set(metadata._ORGANISER_LINKS)
    letters = "".join(sorted(set("".join(links))))
    rx = re.compile(f"[{letters}]", re.IGNORECASE)
    assert {c for c in all_chars() if rx.fullmatch(c)} == set(letters) | set(letters.upper())


def _organiser_row_ungated(text: str) -> bool:
    if len(text.split()) > metadata.ORGANISER_ROW_MAX_WORDS:  # (_n_words, a C function compiled)
        return False
    m = metadata._ORGANISER_ROW_RE.match(text)
    if m is None:
        return False
    rest = text[m.end():].split(None, 1)
    if len(rest) == 2 and rest[0].casefold() in metadata._ORGANISER_ARTICLES:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper()


def test_organiser_row_gated_as_ungated() -> None:
    verbs = ["Organised by", "ORGANIZED BY", "Hosted  by", "Run\tby", "Organisiert von", "Organisée par", "Organizado por la",
             "Organizzato da", "Georganiseerd door", "Hosted byJane", "Created by the", "Launched by:"]
    extra = [f"{v} Priya Castellano" for v in verbs] + [f"{v} {w}" for v in verbs for w in ("jane", "Jane", "", "  X")]
    for text in ALL_LINES + extra:
        assert metadata._organiser_row(text) == _organiser_row_ungated(text), text
    assert metadata._organiser_row("Organised by Priya Castellano on behalf of Millbrook Community Pantry")
    assert metadata._organiser_row("ORGANISÉE PAR Marie Dupont")
    assert not metadata._organiser_row("Organised chaos by the river")


# metadata._name_pair_title


def test_name_pair_joints_are_the_pattern_s() -> None:
    """Every match of _NAME_PAIR_RE holds a character of _NAME_PAIR_JOINTS: between the names the pattern has one
    alternation, [-–—] or an "&" with optional spaces, and no other character matches those."""
    pattern = metadata._NAME_PAIR_RE.pattern
    assert pattern.count(r"(?:[-–—]|\s&\s?)") == 1
    assert pattern.replace(r"(?:[-–—]|\s&\s?)", "") == r"^(?P<a>[^\W\d_][\w'’]+)\s?\s?(?P<b>[^\W\d_][\w'’]+)$"
    consuming = re.compile(r"[-–—]|&", metadata._NAME_PAIR_RE.flags)
    assert {c for c in all_chars() if consuming.fullmatch(c)} == set(metadata._NAME_PAIR_JOINTS)


def _name_pair_title_ungated(text: str, lead: str) -> bool:
    """_name_pair_title without its joint test."""
    if len(text) > 60 or not text[:1].isupper():
        return False
    m = metadata._NAME_PAIR_RE.match(text)
    if m is None or not m.group("b")[:1].isupper():
        return False
    if m.group("a") not in lead or m.group("b") not in lead:
        return False
    a, b = re.escape(m.group("a")), re.escape(m.group("b"))
    lead = re.sub(rf"(?<!\w){a}\s?(?:[-–—]|&)\s?{b}(?!\w)", " ", lead)
    return re.search(rf"(?<!\w){a}(?!\w)", lead) is not None and re.search(rf"(?<!\w){b}(?!\w)", lead) is not None


def test_name_pair_title_gated_as_ungated() -> None:
    lead = "Maria Alvarez and Tom Thornton were married on Saturday; Nguyen and Patel marked their engagement."
    pairs = ["Alvarez–Thornton", "Alvarez-Thornton", "Alvarez — Thornton", "Nguyen & Patel", "Nguyen &Patel",
             "Alvarez Thornton", "Nguyen and Patel"]
    for text in ALL_LINES + pairs:
        for lead_text in (lead, text + " " + text.replace("-", " ").replace("&", " ")):
            assert metadata._name_pair_title(text, lead_text) == _name_pair_title_ungated(text, lead_text), text
    for pair in pairs[:5]:
        assert metadata._name_pair_title(pair, lead), pair
    assert not metadata._name_pair_title("Alvarez Thornton", lead)


# metadata._unspaced_headline


def test_unspaced_headline_ascii_holds_no_unspaced_letter() -> None:
    assert not any(metadata._UNSPACED_SCRIPT_RE.match(chr(c)) for c in range(128))
    for text in ALL_LINES:
        plain = 10 <= len(text) <= 120 and len(metadata._UNSPACED_SCRIPT_RE.findall(text)) >= len(text) / 2
        assert metadata._unspaced_headline(text) == plain, text
    assert metadata._unspaced_headline("ฝนตกหนักทั่วกรุงเทพ")


# metadata._toc_lines: an ASCII line is looked up only when an entry's folded text has its length


def test_ascii_text_folds_to_its_own_length() -> None:
    """The premise of _toc_lines' size gate (and of _title_scores' seen_above): _fold of an ASCII text has as many
    characters, so an ASCII line of a length no entry has is none of them."""
    ascii_chars = "".join(map(chr, range(128)))
    assert len(metadata._fold(ascii_chars)) == 128
    for text in ALL_LINES:
        if text.isascii():
            assert len(metadata._fold(text)) == len(text), text


# metadata.is_heading_like: the menu and trail tests only on a line with one of _MENU_MARKS


def _menu_or_trail(text: str) -> bool:
    """is_heading_like's menu and trail tests (any of them True rejects the line), as written there."""
    return bool(
        ("|" in text and all(len(part.split()) <= 3 for part in text.split("|")))
        or text.count("|") >= 2 or text.count(" · ") >= 2 or text.count(" • ") >= 2
        or text.count(">") + text.count("＞") >= 2
        or text.count(" › ") + text.count(" » ") >= 2 or metadata._section_path(text)
    )


def test_menu_marks_hold_the_crumb_joints() -> None:
    joints = re.fullmatch(r" \[(.+)\] ", metadata._CRUMB_JOINT_RE.pattern)
    assert joints is not None and set(joints.group(1)) <= set(metadata._MENU_MARKS)
    assert metadata._MENU_MARKS == "|·•>＞›»"


def test_menu_tests_need_a_menu_mark() -> None:
    """On every real line without a mark the tests are all False (the gate's premise)."""
    for text in ALL_LINES:
        if not any(c in text for c in metadata._MENU_MARKS):
            assert not _menu_or_trail(text), text


def test_each_menu_mark_still_rejects() -> None:
    """A line that only a menu or trail test rejects, one for each mark (a mark dropped from the gate fails here)."""
    rows = ["Local News | Sports", "Home · News · Sport Today", "Shop • Deals • Gift Cards", "Home > News > Local Desk",
            "ホーム ＞ IR情報 ＞ IRニュース", "Docs › Guides", "Docs » Guides » Caching Today"]
    for row in rows:
        assert _menu_or_trail(row), row
        assert not metadata.is_heading_like(row), row
        plain = re.sub(r"\s*[|·•>＞›»]\s*", " ", row)
        assert metadata.is_heading_like(plain), plain  # (the same words without the marks are heading-like)
