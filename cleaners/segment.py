"""Segment stage: normalized text into lines (paragraph candidates) with offsets and shape.

A text dump has no markup, so structure comes from line shape: separator lines
("-", "•", "|", "—" alone), bullets, and blank-line gaps, which often mark block
boundaries of the rendered page. Headings (a short line leading body text) are
decided here from shape; the boilerplate stage decides what is kept.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import cython

from cleaners.config import Config
from cleaners.document import BODY, BULLET, HEADING, SEPARATOR, Document

if cython.compiled:  # Line as a C type: its fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line
else:
    from cleaners.document import Line

# A line made only of punctuation, symbols or dashes (menus render their dividers like this).
_SEPARATOR_RE = re.compile(r"^[\W_]+$")
_BULLET_RE = re.compile(r"^(?:[-–—•·▪◦●○■□*+►▶»›]|\d{1,3}[.)]|[a-zA-Z][.)])\s+\S")
# Sentence ends of other scripts that, like 。！？, end a sentence whatever follows them: the danda of
# Devanagari, Bengali, Gurmukhi and the other Indic scripts (। ॥), the Urdu full stop and the Arabic
# question mark (۔ ؟), Armenian (։), Ethiopic (። ፧), Myanmar (။), Tibetan (།) and Khmer (។ ៕).
# Without them a Hindi, Punjabi or Amharic paragraph has no sentence end and reads as a headline.
# (Repeated as literals in the typed tests of segment, boilerplate, metadata and language.)
SCRIPT_STOPS = "।॥۔؟։።፧။།។៕"
_TERMINAL = frozenset(".!?。！？…;；:؛" + SCRIPT_STOPS)
_CLOSERS = "\"'”’»)）」』】]"
# A sentence end: CJK and other scripts' full stops anywhere, Latin ones before a space or the end;
# closing quotes and brackets stay with the sentence they close.
_SENTENCE_END_RE = re.compile(
    rf"(?:[。！？{SCRIPT_STOPS}]+|[.!?…]+(?=[\"”’»)\]」』）]*(?:\s|$)))[\"”’»)\]」』）]*"
)
_SPACE_RE = re.compile(r"\s+")


# First characters a bullet can start with (a digit or a letter also start one: "1.", "a)").
_BULLET_FIRST = frozenset("-–—•·▪◦●○■□*+►▶»›")


@cython.ccall
def is_separator(text: str) -> cython.bint:
    """True for a line that carries no words, only punctuation or symbols."""
    if cython.compiled:
        return _no_alnum(text)
    # A letter or digit first is no separator: the regex only runs on lines that open with a symbol.
    return not text[:1].isalnum() and bool(_SEPARATOR_RE.match(text))


@cython.ccall
def is_bullet(text: str) -> cython.bint:
    """True for a list item: a bullet sign, "1." / "1)" or "a." / "a)", then a space and text."""
    # The regex only runs where its first character can match (most lines open with a letter and a letter).
    first = text[:1]
    if first in _BULLET_FIRST or first.isdecimal() or text[1:2] in (".", ")"):
        return bool(_BULLET_RE.match(text))
    return False


@cython.ccall
def ends_sentence(text: str) -> cython.bint:
    """True when the line ends like a sentence (CJK and Latin punctuation, closing quotes)."""
    if cython.compiled:
        return _ends_sentence(text)
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


# Typed twins of the tests above, for the compiled module (cython.compiled): one loop over the code
# points each, with the character sets spelled as literals (a C switch). They must keep to the
# module constants _CLOSERS, _TERMINAL and _BULLET_FIRST and to _SEPARATOR_RE
# (tests/test_segment_typed.py checks them against each other on every BMP character).


@cython.cfunc
@cython.inline
@cython.locals(i=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _ends_sentence(text: str) -> cython.bint:
    """ends_sentence: the last character that is no closing quote or bracket is a sentence end."""
    i = len(text) - 1
    while i >= 0:
        ch = text[i]
        if ch in "\"'”’»)）」』】]":
            i -= 1
            continue
        return ch in ".!?。！？…;；:؛।॥۔؟։።፧။།។៕"  # _TERMINAL
    return False


@cython.cfunc
@cython.inline
@cython.locals(ch=cython.Py_UCS4)
def _no_alnum(text: str) -> cython.bint:
    """is_separator: non-empty and no letter or digit (what ^[\\W_]+$ matches)."""
    if not text:
        return False
    for ch in text:  # noqa: SIM110 (a typed loop over the code points; all() would box each one)
        if ch.isalnum():
            return False
    return True


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, including CJK full stops (。！？)."""
    out: list[str] = []
    pos = 0
    for m in _SENTENCE_END_RE.finditer(text):
        piece = text[pos : m.end()].strip()
        if piece:
            out.append(piece)
        pos = m.end()
    rest = text[pos:].strip()
    if rest:
        out.append(rest)
    return out


def _cut_long(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    """Cut a pathological line into pieces of at most `limit` chars, at sentence ends or spaces when possible."""
    pieces: list[tuple[str, int]] = []
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        # Prefer the last sentence end in the second half of the window, then the last space.
        cut = max((m.end() for m in _SENTENCE_END_RE.finditer(window, limit // 2)), default=0)
        if not cut:
            cut = max((m.end() for m in _SPACE_RE.finditer(window, limit // 2)), default=limit)
        pieces.append((text[pos : pos + cut], start + pos))
        pos += cut
    pieces.append((text[pos:], start + pos))
    return [(p.strip(), s + (len(p) - len(p.lstrip()))) for p, s in pieces if p.strip()]


def split_lines(text: str, max_line_chars: int = 100_000) -> list[Line]:
    """Non-empty lines with offsets into `text`; notes["gap_before"] marks a blank line before it."""
    if cython.compiled:
        return _split_lines(text, max_line_chars)[0]
    raws = text.split("\n")
    # Normalized text has no spaces at line ends (strip returns the very same strings) and no
    # overlong lines: then the offsets and gaps come from the line lengths alone.
    sizes = list(map(len, raws))
    if list(map(str.strip, raws)) == raws and max(sizes) <= max_line_chars:
        starts = list(itertools.accumulate(map((1).__add__, sizes), initial=0))
        return [
            Line(k, raws[r], starts[r], starts[r] + sizes[r], BODY, "und", None, {"gap_before": r == 0 or not sizes[r - 1]})
            for k, r in enumerate(itertools.compress(range(len(raws)), sizes))
        ]
    return _split_lines_stripping(raws, max_line_chars)


def _split_lines(text: str, max_line_chars: int) -> tuple[list[Line], list[str], list[Any]]:
    """split_lines, with each line's text and notes["gap_before"] beside it.

    segment_stage's join and shape tests read these lists instead of the attributes of every line.
    """
    if cython.compiled:
        raws = text.split("\n")
        texts: list = []
        gaps: list = []
        lines = _split_lines_plain(raws, max_line_chars, texts, gaps)
        if lines is not None:
            return lines, texts, gaps
        lines = _split_lines_stripping(raws, max_line_chars)
    else:
        lines = split_lines(text, max_line_chars)
    return lines, [line.text for line in lines], [line.notes.get("gap_before", False) for line in lines]


@cython.cfunc
@cython.locals(
    limit=cython.Py_ssize_t, pos=cython.Py_ssize_t, size=cython.Py_ssize_t, gap=cython.bint,
    raw=str, lines=list, texts=list, gaps=list, after_gap=dict, no_gap=dict, line=Line,
)
def _split_lines_plain(raws: list, limit: cython.Py_ssize_t, texts: list, gaps: list) -> list | None:
    """split_lines' fast path in one typed loop (compiled only); None when a line needs stripping or cutting.

    Appends each line's text and gap_before to `texts` and `gaps`.
    """
    lines = []
    body = BODY
    # Each line's notes are a copy of one of these: copying a one-key dict costs less than building it.
    after_gap, no_gap = {"gap_before": True}, {"gap_before": False}
    pos = 0
    gap = True
    for raw in raws:
        size = len(raw)
        if not size:
            gap = True
        else:
            if size > limit or raw[0].isspace() or raw[size - 1].isspace():
                return None
            # Line(len(lines), raw, pos, pos + size, body, "und", None, {"gap_before": gap}) with its
            # C fields set directly (document.pxd): its __init__ does just this, at more cost.
            line = Line.__new__(Line)
            line.index = len(lines)
            line.text = raw
            line.start = pos
            line.end = pos + size
            line.kind = body
            line.language = "und"
            line.removal = None
            line.notes = after_gap.copy() if gap else no_gap.copy()
            lines.append(line)
            texts.append(raw)
            gaps.append(gap)
            gap = False
        pos += size + 1
    return lines


def _split_lines_stripping(raws: list[str], max_line_chars: int) -> list[Line]:
    """split_lines for text whose lines need stripping or cutting."""
    lines: list[Line] = []
    append = lines.append
    pos = 0
    gap = True  # the first line has a gap before it (the start of the text)
    for raw in raws:
        size = len(raw)
        stripped = raw.strip()
        if not stripped:
            gap = True
        else:
            # Normalized text has no spaces at line ends: the line usually is its own stripped form.
            length = len(stripped)
            start = pos if length == size else pos + (size - len(raw.lstrip()))
            if length <= max_line_chars:
                # All fields positional: a dataclass __init__ called with keywords costs twice as much.
                append(Line(len(lines), stripped, start, start + length, BODY, "und", None, {"gap_before": gap}))
            else:
                for piece, piece_start in _cut_long(stripped, start, max_line_chars):
                    append(Line(len(lines), piece, piece_start, piece_start + len(piece), notes={"gap_before": gap}))
                    gap = False
            gap = False
        pos += size + 1
    return lines


_CJK_CHAR_RE = re.compile(r"[\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A hard-wrapped line fills the wrap width: at least this many characters (CJK, other scripts).
WRAP_MIN_CJK, WRAP_MIN_OTHER = 15, 45


@cython.ccall
def _is_cjk(text: str) -> cython.bint:
    """True when most characters of `text` are CJK (Han, kana, CJK punctuation, full-width forms)."""
    if cython.compiled:
        return not text.isascii() and _cjk_majority(text)
    # search() scans to the first CJK character at C speed: most non-ASCII lines (accents, curly quotes) have none.
    return (
        not text.isascii()
        and _CJK_CHAR_RE.search(text) is not None
        and len(_CJK_CHAR_RE.findall(text)) * 2 > len(text)
    )


@cython.cfunc
@cython.inline
def _is_cjk_char(ch: cython.Py_UCS4) -> cython.bint:
    """A character of _CJK_CHAR_RE (CJK punctuation, kana, Han, full-width forms)."""
    return (
        "\u3001" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
    )


@cython.ccall
def opens_lower_case(text: str) -> cython.bint:
    """The line opens with a lower-case letter of a script that writes in two cases: it goes on a sentence.

    Georgian letters (Mkhedruli) are lower case to Unicode since it added their capitals (Mtavruli), which
    running text never uses: every Georgian line would read as a continuation (a menu item as a clause, a
    headline glued to the date under it). Georgian is written in one case and tells nothing here.
    """
    first = text[:1]
    return first.islower() and not ("\u10d0" <= first <= "\u10ff")


@cython.cfunc
@cython.locals(count=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _cjk_majority(text: str) -> cython.bint:
    """More than half of the characters match _CJK_CHAR_RE (compiled only: one typed loop)."""
    count = 0
    for ch in text:
        if _is_cjk_char(ch):
            count += 1
    return count * 2 > len(text)


# A row of a label and its value ("会場：みなと市立図書館 3階", "対象：中学生以上", "日時：1月17日"): rows of such a
# table may happen to share a width, but each is a line of its own, no wrapped paragraph.
_CJK_LABEL_ROW_RE = re.compile(r"^[^\s：:、。，,]{1,6}[：:]\s*\S")


@cython.cfunc
@cython.locals(width=cython.Py_ssize_t, cur_len=cython.Py_ssize_t, nxt_len=cython.Py_ssize_t, tol=cython.Py_ssize_t)
def _continues(first: str, cur: str, nxt: str, first_cjk: cython.bint, indent: cython.Py_ssize_t = 0) -> cython.bint:
    """True when line text `nxt` continues `cur` inside one hard-wrapped paragraph whose first line is `first`.

    The caller has checked that no blank line comes before `nxt`. Wrapped lines share a width
    (the first line's, within a tolerance) and the paragraph's last line is no wider; text in
    alphabetic scripts must also read on (no sentence end, or a lower-case continuation), so a
    list of similar-length headlines is not glued together.
    """
    width, cur_len, nxt_len = len(first), len(cur) + indent, len(nxt)
    # Cheap width tests before the regexes: most neighbouring lines differ in width.
    tol = max(4, width // 4)
    if not first_cjk and (width < WRAP_MIN_OTHER or abs(cur_len - width) > tol or nxt_len > width + tol):
        return False
    if is_bullet(nxt) or is_separator(nxt) or is_separator(cur):
        return False
    if first_cjk:
        if width < WRAP_MIN_CJK or not (_is_cjk(cur) and _is_cjk(nxt)):
            return False
        # Monospace wrapping: full lines have the same width to a character, and a full line
        # does not end a sentence at the wrap; headline lists of similar length fail one or the other.
        return (
            abs(cur_len - width) <= 1 and nxt_len <= width + 1 and not ends_sentence(cur)
            and not (_cell_gaps(cur) and _cell_gaps(cur) == _cell_gaps(nxt))
            and not (_CJK_LABEL_ROW_RE.match(cur) and _CJK_LABEL_ROW_RE.match(nxt))
            and not _table_rows(cur, nxt)
        )
    if _is_cjk(cur) or _is_cjk(nxt):
        return False
    return (
        opens_lower_case(nxt) and not ends_sentence(cur) and not _lower_case_byline(nxt) and not _lower_case_date_line(nxt)
        and not _lower_case_relative_time(nxt) and not lower_case_post_header(nxt)
    )


@cython.cfunc
@cython.locals(count=cython.Py_ssize_t, k=cython.Py_ssize_t, lead=cython.Py_ssize_t)
def _cell_gaps(text: str) -> cython.Py_ssize_t:
    """Spaces after a CJK character, or 0 when a space follows anything else: the gaps between the cells of
    a table row ("石硫合剂 波美1度 12月下旬"). Rows of one table have as many; CJK prose has none, and
    the spaces around a Latin word in it ("用 rsync 备份") follow a letter too. A row's number opening it is a cell
    too ("1 王明 第一中学 数学教师", a list of names under "序号 姓名 单位"): the space after it is a gap."""
    count = 0
    lead = 0  # the row number's digits at the line's start
    while lead < len(text) and "0" <= text[lead] <= "9":
        lead += 1
    for k in range(1, len(text)):
        if text[k] == " ":
            if k == lead:
                count += 1
                continue
            if not _is_cjk_char(text[k - 1]):
                return 0
            count += 1
    return count


# A byline word in lower case ("di Giulia Rossi", "by Jane Doe", "von Max Muster", ro "de Ioana Popa") opens a line of its own under
# a headline: the line reads on from the headline in lower case, but it is no wrapped continuation of it.
_BYLINE_OPENERS = frozenset(["by", "von", "por", "par", "door", "av", "af", "przez", "di", "da", "de", "от", "автор"])
_NAME_PARTICLES = frozenset(["de", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "du", "le", "la", "y", "e", "i", "bin", "ibn", "al"])
BYLINE_MAX_NAME_WORDS = 4


# The small words a newsroom's name may hold after a byline's comma ("by Jane Doe, The Record of the Plains").
_AFFILIATION_JOINERS = frozenset(["the", "of", "for", "and", "&", "de", "la", "le", "du", "des", "der", "die", "das", "el"])
BYLINE_MAX_AFFILIATION_WORDS = 5
# The byline words that open no place name too ("de Paris, Lyon" may be a wrapped sentence's "of Paris, Lyon").
_AFFILIATION_BYLINE_OPENERS = frozenset(["by", "von", "por", "par", "door", "przez"])


def _byline_affiliation(text: str) -> bool:
    """The newsroom after a byline's comma: a few capitalized words, small words between them, no sentence end."""
    words = text.split()
    if not 1 <= len(words) <= BYLINE_MAX_AFFILIATION_WORDS or ends_sentence(text) or "," in text:
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in _AFFILIATION_JOINERS for w in words)


def _lower_case_byline(text: str) -> bool:
    """A whole line that is a lower-case byline word and a capitalized name (1-4 words, particles allowed), maybe
    with the newsroom after a comma ("by Jane Doe, The Prairie Record")."""
    name, comma, affiliation = text.partition(", ")
    if comma and name.split()[:1] and name.split()[0] in _AFFILIATION_BYLINE_OPENERS and _byline_affiliation(affiliation):
        text = name
    words = text.split()
    if not 2 <= len(words) <= BYLINE_MAX_NAME_WORDS + 1 or words[0] not in _BYLINE_OPENERS:
        return False
    names = words[1:]
    # A name ends with no full stop after a word (an initial may: "by J. Doe Jr."; metadata.parse_byline likewise)
    # and no comma: "de Gaulle.", "de Buenos Aires.", "di Roma," end or go on with a wrapped sentence.
    if text.endswith(",") or (ends_sentence(text) and not (text.endswith(".") and len(names[-1]) <= 3)):
        return False
    return names[0][:1].isupper() and all(
        (w[:1].isupper() and w[:1].isalpha()) or w in _NAME_PARTICLES for w in names
    )


# A relative time on a line of its own, opening in lower case ("vor 6 Minuten", "před 5 minutami", "il y a 2 heures",
# "hace una hora", "an hour ago", "aggiornato 3 ore fa"): a headline's age row, no wrapped continuation of it. (A time
# that opens with its number, "6 minutes ago", opens in no case and is never joined.)
_LOWER_CASE_RELATIVE_TIME_RE = re.compile(
    r"^(?:(?:updated|posted|published|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|atualizado|"
    r"aggiornato|pubblicato|bijgewerkt|gepubliceerd|aktualizováno|publikováno|zaktualizowano|opublikowano|actualizat|"
    r"publicat|обновлено|опубликовано|оновлено|опубліковано)\s+)?"
    r"(?:(?:il y a|hace|há|vor|před|przed|acum|pred)\s+(?:\d{1,3}|an?|une?|uma?|una?|einer?|einem|jednou)\s+"
    r"[^\W\d_]{1,12}\.?"
    r"|(?:\d{1,3}|an?|one)\s+[^\W\d_]{1,12}\s+(?:ago|fa|geleden|sedan|siden|önce|yang lalu|назад|тому|temu|nazpět))$",
    re.IGNORECASE,
)


# A board's post header under the post's subject: a byline word, the poster's name (a handle of one to three
# tokens), a "»" and the post's date ("by eastbank_ed » Mon Mar 03, 2025 4:12 pm", "von kaffeetante » 3. März
# 2025, 16:12", "par jdupont » lun. 3 mars 2025 16:12"). No sentence goes on so.
_LOWER_CASE_POST_HEADER_RE = re.compile(r"^(?:by|von|par|por|door|przez|di|da|av|af)\s+\S+(?:\s+\S+){0,2}\s+[»›]\s+\S.*\d")


def lower_case_post_header(text: str) -> bool:
    """A whole line that is a board's post header (_LOWER_CASE_POST_HEADER_RE), no wrapped continuation of the
    post's subject over it."""
    return len(text) <= 100 and ("»" in text or "›" in text) and _LOWER_CASE_POST_HEADER_RE.match(text) is not None


def _lower_case_relative_time(text: str) -> bool:
    """A whole line that is a relative time, opening in lower case (_LOWER_CASE_RELATIVE_TIME_RE)."""
    return len(text) <= 40 and _LOWER_CASE_RELATIVE_TIME_RE.match(text) is not None


def _lower_case_date_line(text: str) -> bool:
    """A whole line that is a date opening with a lower-case month name, maybe with a byline ("noviembre 22, 2025 por
    Valeria Quintanilla", "martedì 3 dicembre 2025"): a headline's date row, no wrapped continuation of the headline.
    A wrapped sentence's last line that names a date ends the sentence ("... publicado en\nnoviembre de 2025.")."""
    if ends_sentence(text) or not any(ch.isdigit() for ch in text):
        return False
    from cleaners.metadata import parse_date_line  # (metadata imports this module through patterns)

    hit = parse_date_line(text)
    return hit is not None and hit.tier == "pure"


# The gaps between the cells of a padded table row: runs of two spaces or more (ASCII or ideographic).
_CELL_RUN_RE = re.compile(r"[ \u3000]{2,}")
# A cell of figures: digits (ASCII or full-width) with their decimal point, sign, percent or thousands mark.
_FIGURE_CELL_RE = re.compile(r"[-+]?[0-9\uff10-\uff19][0-9\uff10-\uff19.,．，%％]*")
# Sentence punctuation: a line with any reads on as prose, however it is spaced.
_PROSE_MARKS = frozenset("。，！？；、!?;")
# Cell gaps a table row has at least (three cells or more); cells of figures a row of figures has at least.
TABLE_ROW_MIN_GAPS = 2
TABLE_ROW_MIN_FIGURES = 2


def _table_rows(cur: str, nxt: str) -> bool:
    """`cur` and `nxt` are two rows of one table, no hard-wrapped prose: neither has sentence punctuation, each
    has two gaps or more, and either the runs of spaces that pad its cells fall at the same columns in both (before
    normalization collapses them) or both have as many cells with figures in the same places, two or more
    ("北京市海淀区 12 34 56" over "上海市浦东区 23 45 67"). Wrapped prose keeps its sentence marks, and a space or
    two in it ("3月 5日", "用 rsync 备份") makes no such cells."""
    if cur.count(" ") + cur.count("\u3000") < TABLE_ROW_MIN_GAPS:
        return False
    if any(ch in _PROSE_MARKS for ch in cur) or any(ch in _PROSE_MARKS for ch in nxt):
        return False
    gaps = [m.end() for m in _CELL_RUN_RE.finditer(cur)]
    if len(gaps) >= TABLE_ROW_MIN_GAPS and gaps == [m.end() for m in _CELL_RUN_RE.finditer(nxt)]:
        return True
    cells, nxt_cells = cur.split(), nxt.split()
    if len(cells) != len(nxt_cells) or len(cells) <= TABLE_ROW_MIN_GAPS:
        return False
    mask = [_FIGURE_CELL_RE.fullmatch(cell) is not None for cell in cells]
    return sum(mask) >= TABLE_ROW_MIN_FIGURES and mask == [_FIGURE_CELL_RE.fullmatch(c) is not None for c in nxt_cells]


# A CJK paragraph's first line indented by two full-width spaces ("　　外婆的菜园在老屋后面……"), which normalization strips:
# in a text wrapped at a fixed width the first line is then two characters short of the lines under it.
CJK_PARAGRAPH_INDENT = 2


@cython.cfunc
@cython.locals(width=cython.Py_ssize_t)
def _indented_first_line(texts: list, gaps: list, i: cython.Py_ssize_t, wrap_widths: frozenset) -> cython.bint:
    """Line i may be an indented paragraph's first line, two characters short of the page's wrap width, with no
    sentence end and no table row's gaps: one of wrap_widths (the page's, from its paragraphs of three lines or more), or the width of the
    line under it when a third line follows (a pair of lines may be two headlines)."""
    if i + 1 >= len(texts) or gaps[i + 1]:
        return False
    first, second = texts[i], texts[i + 1]
    width = len(first) + CJK_PARAGRAPH_INDENT
    # (Rows of a table of three cells or more, "田径 9—12岁 12 50米跑", have spaces between them; prose has a space or
    # two around a Latin word at most.)
    if ends_sentence(first) or first.count(" ") >= TABLE_ROW_MIN_GAPS or second.count(" ") >= TABLE_ROW_MIN_GAPS:
        return False
    if width in wrap_widths:
        return len(second) <= width + 1
    if i + 2 >= len(texts) or gaps[i + 2]:
        return False
    return len(second) == width and not ends_sentence(second)


def join_hard_wraps(lines: list[Line]) -> list[Line]:
    """Join hard-wrapped lines (fixed-width text, common in Chinese pages and plain-text documents) into paragraphs.

    The joined line spans the original lines (start of the first, end of the last); its text
    drops the line breaks (CJK) or turns them into spaces.
    """
    lines = list(lines)  # any sequence of lines, as before
    texts = [line.text for line in lines]
    gaps = [line.notes.get("gap_before", False) for line in lines]
    return _join_all_wraps(lines, False, texts, gaps)[0]


def _join_all_wraps(lines: list, numbered: bool, texts: list, gaps: list) -> tuple:
    """_join_hard_wraps, then again when it refused two-line CJK paragraphs on a page that wraps at a known
    width: the full lines of its paragraphs of three lines or more give the page's wrap widths, and a pair
    whose first line has one of them is a paragraph of two lines (a list item: "1. 剪除病虫枝…" over its end)."""
    out, out_texts, widths, refused = _join_hard_wraps(lines, numbered, texts, gaps, frozenset())
    if refused and widths:
        out, out_texts, widths, refused = _join_hard_wraps(lines, numbered, texts, gaps, frozenset(widths))
    return out, out_texts


@cython.cfunc
@cython.locals(
    numbered=cython.bint, texts=list, gaps=list, n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t,
    first_cjk=cython.bint, out=list, out_texts=list, first_text=str, cur_text=str, nxt_text=str, width_text=str,
    indent=cython.Py_ssize_t, wrap_widths=frozenset, widths=set, refused=cython.bint, k=cython.Py_ssize_t,
    second_widest=cython.Py_ssize_t, drop_cap=cython.bint,
)
def _join_hard_wraps(lines: list, numbered: cython.bint, texts: list, gaps: list, wrap_widths: frozenset) -> tuple:
    """join_hard_wraps, reading each line's text and notes.get("gap_before", False) from `texts` and `gaps`.

    Returns the joined lines and their texts, the widths of the full lines of the CJK paragraphs joined from
    three lines or more, and whether a two-line CJK paragraph was refused (a pair whose first line has one of
    `wrap_widths` is joined). With `numbered` (each line's index is its position, as split_lines numbers them)
    the lines before the first join keep their index.
    """
    out = []
    out_texts = []
    widths = set()
    refused = False
    n = len(lines)
    second_widest = -1  # the length of the page's second-longest line, once a two-line join asks for it
    i = 0
    while i < n:
        j = i
        # A blank line before the next line ends the paragraph (_continues' caller tests it);
        # a line narrower than any wrap width starts none, nor does one in an alphabetic script
        # narrower than its wrap width.
        first_text = texts[i]
        width_text = first_text
        first_cjk = False
        drop_cap = (
            len(first_text) == 1 and i + 1 < n and not gaps[i + 1] and _drop_cap(first_text, texts[i + 1])
            and not (i > 0 and not gaps[i] and _sentence_goes_on(texts[i - 1]))
        )
        if drop_cap:
            j = i + 1
        elif len(first_text) >= WRAP_MIN_CJK and i + 1 < n and not gaps[i + 1]:
            first_cjk = _is_cjk(first_text)
            if first_cjk or len(first_text) >= WRAP_MIN_OTHER:
                cur_text = first_text
                while j + 1 < n and not gaps[j + 1]:
                    nxt_text = texts[j + 1]
                    if not _continues(first_text, cur_text, nxt_text, first_cjk):
                        break
                    cur_text = nxt_text
                    j += 1
                if j == i and first_cjk and _indented_first_line(texts, gaps, i, wrap_widths):
                    # The first line of a paragraph indented by two full-width spaces, which normalization took: the
                    # wrap's width is two characters more.
                    width_text = first_text + "\u3000" * CJK_PARAGRAPH_INDENT
                    indent = CJK_PARAGRAPH_INDENT
                    while j + 1 < n and not gaps[j + 1]:
                        nxt_text = texts[j + 1]
                        if not _continues(width_text, cur_text, nxt_text, first_cjk, indent if j == i else 0):
                            break
                        cur_text = nxt_text
                        j += 1
        if j > i and j - i < 2 and first_cjk and len(width_text) not in wrap_widths and not (
            len(first_text) + CJK_PARAGRAPH_INDENT in wrap_widths and _indented_first_line(texts, gaps, i, wrap_widths)
        ):
            j = i  # two CJK lines of one width may be two headlines: join from three lines on
            refused = True
        elif j == i + 1 and not first_cjk and opens_lower_case(first_text) and _among_rows(texts, gaps, i, j):
            # Rows in lower case, one a line, read on like a wrapped paragraph's lines: the items of a list without
            # bullets ("please:" over "wash your hands ... (alcohol gel does not kill norovirus)", "do not bring
            # food for patients", "do not sit on patients' beds"). The pair is a wrap only on a page wrapped at its
            # width: where two or more of the page's paragraphs end on lines wider than that wrap would leave, it is
            # two rows. (Three lines or more of one width show the wrap themselves.)
            if second_widest < 0:
                second_widest = _second_widest(texts)
            if second_widest > len(first_text) + max(4, len(first_text) // 4):
                j = i
        elif j - i >= 2 and first_cjk:
            for k in range(i + 1, j):
                widths.add(len(texts[k]))
        if j == i:
            line = lines[i]
            if not numbered or len(out) != i:
                line.index = len(out)
            out_texts.append(first_text)
        else:
            parts = texts[i : j + 1]
            text = parts[0]
            for part in parts[1:]:
                glue = "" if drop_cap or (_CJK_CHAR_RE.match(part[:1]) and _CJK_CHAR_RE.match(text[-1:])) else " "
                text += glue + part
            line = Line(0, text, lines[i].start, lines[j].end)
            line.notes["gap_before"] = gaps[i]
            line.notes["joined_lines"] = j - i + 1
            line.index = len(out)
            out_texts.append(text)
        out.append(line)
        i = j + 1
    return out, out_texts, widths, refused


DROP_CAP_PARAGRAPH_MIN_CHARS = 40
DROP_CAP_OPEN_SENTENCE_MIN_WORDS = 6


def _sentence_goes_on(prev: str) -> bool:
    """The line over a one-letter line is a sentence that goes on through it ("... the deceleration is" over "F"
    over "divided by m ...", "Two answers were marked correct:" over "B" over "because ..."): a line of
    DROP_CAP_OPEN_SENTENCE_MIN_WORDS words or more that ends in a word, a comma or a colon. The letter is then a
    variable or an answer's label, no drop cap: a drop cap opens a paragraph, under a heading, a date or a full
    stop."""
    core = prev.rstrip()
    if len(core.split()) < DROP_CAP_OPEN_SENTENCE_MIN_WORDS:
        return False
    return core[-1:] in (",", ":", "：", "，") or core[-1:].islower()


def _drop_cap(cap: str, nxt: str) -> bool:
    """`cap`, one capital letter alone on its line, is a drop cap split from the first word of the paragraph `nxt`
    under it ("W" over "hen the last keeper left ..."): the paragraph goes on in lower case with the rest of the word.
    "A" and "I" are words of their own ("I" a part's numeral too), and stay apart."""
    return (
        cap.isalpha() and cap.isupper() and cap not in ("A", "I") and len(nxt) >= DROP_CAP_PARAGRAPH_MIN_CHARS
        and nxt[:1].isalpha() and nxt[:1].islower()
    )


@cython.cfunc
def _among_rows(texts: list, gaps: list, i: cython.Py_ssize_t, j: cython.Py_ssize_t) -> cython.bint:
    """Lines i..j, a lower-case line and the one it would be joined with, sit among rows: an announcing line ending
    in a colon right above them, or another lower-case line right under them (a paragraph's short last line is
    followed by a new paragraph, not by more of a sentence)."""
    if i > 0 and not gaps[i] and texts[i - 1][-1:] in (":", "："):
        return True
    return j + 1 < len(texts) and not gaps[j + 1] and opens_lower_case(texts[j + 1])


@cython.cfunc
@cython.locals(texts=list, widest=cython.Py_ssize_t, second=cython.Py_ssize_t, size=cython.Py_ssize_t, text=str)
def _second_widest(texts: list) -> cython.Py_ssize_t:
    """The length of the second-longest of `texts` that ends a sentence (a paragraph's last line, not a long link or
    a row of menu items); 0 with fewer than two."""
    widest = second = 0
    for text in texts:
        size = len(text)
        if size <= second or not ends_sentence(text):
            continue
        if size > widest:
            widest, second = size, widest
        elif size > second:
            second = size
    return second


def classify_shape(lines: list[Line]) -> None:
    """Set each line's kind from its shape: separator, bullet, heading or body.

    is_separator, is_bullet and ends_sentence are spelled out inline (the same tests, in the same
    order): this runs on every line of every page, and the calls cost more than the tests.
    """
    if cython.compiled and isinstance(lines, list):
        _classify_shape_typed(lines, [line.text for line in lines])
        return
    last = len(lines) - 1
    separator_re, bullet_re, bullet_first = _SEPARATOR_RE.match, _BULLET_RE.match, _BULLET_FIRST
    closers, terminal = _CLOSERS, _TERMINAL
    for i, line in enumerate(lines):
        text = line.text
        first = text[:1]
        if not first.isalnum() and separator_re(text):
            line.kind = SEPARATOR
        elif (first in bullet_first or first.isdecimal() or text[1:2] in (".", ")")) and bullet_re(text):
            line.kind = BULLET
        elif i < last and len(text) <= 120 and text.rstrip(closers)[-1:] not in terminal:
            nxt = lines[i + 1].text
            if len(nxt) > max(len(text) * 1.5, 60):
                core = nxt.rstrip(closers)
                line.kind = HEADING if core and core[-1] in terminal else BODY
            else:
                line.kind = BODY
        else:
            line.kind = BODY


@cython.cfunc
@cython.locals(
    lines=list, texts=list, last=cython.Py_ssize_t, i=cython.Py_ssize_t, n=cython.Py_ssize_t, c0=cython.Py_UCS4,
    c1=cython.Py_UCS4, text=str, nxt=str, bulletish=cython.bint, line=Line,
)
def _classify_shape_typed(lines: list, texts: list) -> None:
    """classify_shape with typed tests (compiled only): the same tests in the same order.

    `texts` holds the text of each line (read from this list, not from the lines).
    """
    last = len(lines) - 1
    bullet_re = _BULLET_RE.match
    separator, bullet, heading, body = SEPARATOR, BULLET, HEADING, BODY
    for i in range(last + 1):
        line = lines[i]
        text = texts[i]
        n = len(text)
        if n and not text[0].isalnum() and _no_alnum(text):
            line.kind = separator
            continue
        if n:
            c0 = text[0]
            bulletish = c0 in "-–—•·▪◦●○■□*+►▶»›" or c0.isdecimal()
            if not bulletish and n > 1:
                c1 = text[1]
                bulletish = c1 == "." or c1 == ")"
            if bulletish and bullet_re(text):
                line.kind = bullet
                continue
        if i < last and n <= 120 and not _ends_sentence(text):
            nxt = texts[i + 1]
            if len(nxt) > max(n * 1.5, 60.0):
                line.kind = heading if _ends_sentence(nxt) else body
            else:
                line.kind = body
        else:
            line.kind = body


# A sidebar's row that a text dump glues onto the end of a paragraph's line, after its last sentence
# ("…卖出好价钱。 ·礼品/茶叶/优惠券", "…电力体制改革。 · 上海今年电力更紧 夏季缺口预计达420万千瓦"). Removals
# are whole lines, so segment_stage cuts such a tail off into a line of its own (notes["glued_tail"]) and the
# boilerplate stage decides on it as on a bulleted line of its own. Strict: a CJK sentence end (。！？ or an
# ellipsis, closing quotes after it), a few spaces or none, a bullet sign, then a short tail with no sentence end
# of its own (a question mark may end it, as a headline's). An interpunct inside a name ("约翰·史密斯") or
# between items of a sentence never follows a sentence end; a katakana compound's "・" neither.
GLUED_TAIL_MARKS = "·•・"
GLUED_TAIL_MAX_CHARS = 40  # the tail after its bullet sign, at most (a headline's length)
GLUED_TAIL_HEAD_MIN_CHARS = 20  # the paragraph before it, at least (prose, not a headline over a bullet)
# Group 1: the spaces before the sign (up to three, ideographic ones too) (the paragraph ends where it starts); group 2: the tail from its sign.
_GLUED_TAIL_RE = re.compile(
    rf"[。！？…][”’」』）\"']*([ \u3000]{{0,3}})([{GLUED_TAIL_MARKS}][ \u3000]?[^\s。！？!?{GLUED_TAIL_MARKS}][^。！？!?]{{0,{GLUED_TAIL_MAX_CHARS - 1}}}[？?]?)$"
)

_SPACED_MARK_RE = re.compile(rf"[ \u3000][{GLUED_TAIL_MARKS}]")  # a sign after a space: the next item of a list


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, cut=cython.Py_ssize_t, letters=cython.Py_ssize_t, ch=cython.Py_UCS4,
               last=cython.Py_UCS4)
def split_glued_tail(text: str) -> cython.Py_ssize_t:
    """Where a sidebar row glued after the line's last sentence starts (its bullet sign), or -1 when none.

    The tail is at most GLUED_TAIL_MAX_CHARS characters after its sign; the line before it at least
    GLUED_TAIL_HEAD_MIN_CHARS and ends with a sentence end."""
    n = len(text)
    if n < GLUED_TAIL_HEAD_MIN_CHARS + 2:
        return -1
    # A tail ends no sentence: most paragraphs' lines end in a full stop (the regex's class refuses it too).
    last = text[n - 1]
    if last == "。" or last == "." or last == "！" or last == "!" or last == "．" or text.isascii():
        return -1
    # Premise: a bullet sign among the last characters (most lines have none; the regex runs on those only).
    window = text[-(GLUED_TAIL_MAX_CHARS + 3):]
    if "·" not in window and "•" not in window and "・" not in window:  # GLUED_TAIL_MARKS
        return -1
    # The regex scans a window long enough for the sentence end, its closing quotes, the space and the tail.
    offset = max(0, n - (GLUED_TAIL_MAX_CHARS + 12))
    m = _GLUED_TAIL_RE.search(text, offset)
    if m is None:
        return -1
    cut = m.start(2)
    if m.start(1) < GLUED_TAIL_HEAD_MIN_CHARS or n - cut - 1 > GLUED_TAIL_MAX_CHARS:
        return -1
    # One row, not a list written on the line ("措施如下。 • 加强监管 • 完善制度"): no sign after a space in the tail
    # (an interpunct inside a name or a category row, "·家电/数码", "・家電・パソコン", has none before it).
    if _SPACED_MARK_RE.search(text, cut + 1) is not None:
        return -1
    # Words in the tail, not a stray sign or a figure ("。 · 1"): two letters, digits or CJK characters at least.
    letters = 0
    for ch in text[cut + 1 :]:
        if ch.isalnum():
            letters += 1
            if letters >= 2:
                return cut
    return -1


@cython.locals(k=cython.Py_ssize_t, cut=cython.Py_ssize_t, tail_start=cython.Py_ssize_t, head_end=cython.Py_ssize_t,
               line=Line, t=str, tail=str, head=str, joined_only=cython.bint)
def split_glued_tails(
    lines: list[Line], texts: list[str], gaps: list[Any] | None, text: str, joined_only: bool = False
) -> tuple[list, list, Any]:
    """Cut each glued sidebar tail (split_glued_tail) off its line into a line of its own, with exact offsets
    into `text` (the normalized text); the lines are numbered again by position after the first cut. Returns
    the lines, their texts and their gaps (notes["gap_before"]; a tail has none; None when `gaps` is None), as
    given when nothing is cut.

    A tail is cut only when it lies as it is at the end of the line's span of `text` (a hard-wrapped line
    joined without its breaks has its tail on its last physical line). With `joined_only`, only the lines
    joined from hard wraps are looked at (the others were before the join)."""
    out = None  # the lines once a tail is cut (until then the lines are returned as they are)
    out_texts: list = []
    out_gaps: list = []
    for k, line in enumerate(lines):
        t = texts[k]
        cut = -1 if joined_only and "joined_lines" not in line.notes else split_glued_tail(t)
        if cut >= 0:
            tail = t[cut:]
            tail_start = line.end - len(tail)
            head = t[:cut].rstrip()
            head_end = tail_start - (cut - len(head))  # the spaces between them
            if text[tail_start : line.end] != tail or text[head_end:tail_start].strip():
                cut = -1
        if cut < 0:
            if out is not None:
                line.index = len(out)
                out.append(line)
                out_texts.append(t)
                if gaps is not None:
                    out_gaps.append(gaps[k])
            continue
        if out is None:
            out, out_texts = list(lines[:k]), list(texts[:k])
            out_gaps = list(gaps[:k]) if gaps is not None else []
        line.index, line.text, line.end = len(out), head, head_end
        out.append(line)
        out_texts.append(head)
        if gaps is not None:
            out_gaps.append(gaps[k])
        out.append(Line(len(out), tail, tail_start, tail_start + len(tail), BODY, "und", None,
                        {"gap_before": False, "glued_tail": True}))
        out_texts.append(tail)
        if gaps is not None:
            out_gaps.append(False)
    if out is None:
        return lines, texts, gaps
    return out, out_texts, out_gaps if gaps is not None else None


# A site's menu that a text dump glues onto the article's first line, its items between " | " ("Home | News |
# Sports | Opinion | Obituaries The harbor dredging project that was supposed to take eight months is now ..."):
# removals are whole lines, so segment_stage cuts the menu off into a line of its own (notes["glued_menu"]). Strict:
# GLUED_MENU_MIN_ITEMS items or more, each of one to GLUED_MENU_ITEM_MAX_WORDS capitalised words and no sentence;
# the last item's words (as many as most items have) then a sentence of GLUED_MENU_REST_MIN_WORDS words or more that
# opens with a capital and ends the line.
GLUED_MENU_MIN_ITEMS = 4
GLUED_MENU_ITEM_MAX_WORDS = 3
GLUED_MENU_REST_MIN_WORDS = 8
GLUED_MENU_REST_MIN_LOWER = 3  # lower-case words of the sentence: prose, no row of names
_WORD_RE = re.compile(r"\S+")


def split_glued_menu(text: str) -> int:
    """Where the sentence after a menu glued before it starts, or -1 when the line is no such menu and sentence."""
    if " | " not in text or not ends_sentence(text):
        return -1
    parts = text.split(" | ")
    if len(parts) < GLUED_MENU_MIN_ITEMS:
        return -1
    counts: dict[int, int] = {}
    for part in parts[:-1]:
        words = part.split()
        if not 1 <= len(words) <= GLUED_MENU_ITEM_MAX_WORDS or not part[:1].isupper() or _ends_sentence(part):
            return -1
        counts[len(words)] = counts.get(len(words), 0) + 1
    start = len(text) - len(parts[-1])
    words = list(_WORD_RE.finditer(text, start))
    # The last item has the items' usual length (the shorter one on a tie), or fewer words when the word after that
    # many is in lower case ("Weather The harbor ..." among two-word items): the sentence opens with a capital.
    k = max(sorted(counts), key=lambda c: counts[c])
    while k > 1 and k < len(words) and not words[k].group()[:1].isupper():
        k -= 1
    rest = words[k:]
    if len(rest) < GLUED_MENU_REST_MIN_WORDS or not all(w.group()[:1].isupper() for w in words[: k + 1]):
        return -1
    if sum(1 for w in rest if w.group()[:1].islower()) < GLUED_MENU_REST_MIN_LOWER:
        return -1
    return rest[0].start()


def split_glued_menus(lines: list[Line], texts: list[str], gaps: list[Any], text: str) -> tuple[list, list, list]:
    """Cut each glued menu (split_glued_menu) off the front of its line into a line of its own, with exact offsets
    into `text`; the lines are numbered again by position after the first cut. Returns the lines, their texts and
    their gaps (notes["gap_before"]: the menu takes the line's, the sentence has none), as given when nothing is
    cut."""
    out = None
    out_texts: list = []
    out_gaps: list = []
    for k, line in enumerate(lines):
        t = texts[k]
        cut = split_glued_menu(t) if "|" in t else -1
        if cut >= 0:
            head = t[:cut].rstrip()
            rest_start = line.start + cut
            if text[rest_start : line.end] != t[cut:] or text[line.start : line.start + len(head)] != head:
                cut = -1
        if cut < 0:
            if out is not None:
                line.index = len(out)
                out.append(line)
                out_texts.append(t)
                out_gaps.append(gaps[k])
            continue
        if out is None:
            out, out_texts, out_gaps = list(lines[:k]), list(texts[:k]), list(gaps[:k])
        out.append(Line(len(out), head, line.start, line.start + len(head), BODY, "und", None,
                        {"gap_before": gaps[k], "glued_menu": True}))
        out_texts.append(head)
        out_gaps.append(gaps[k])
        rest = t[cut:]
        line.index, line.text, line.start = len(out), rest, rest_start
        line.notes["gap_before"] = False
        out.append(line)
        out_texts.append(rest)
        out_gaps.append(False)
    if out is None:
        return lines, texts, gaps
    return out, out_texts, out_gaps


def segment_stage(doc: Document, config: Config) -> Document:
    # split_lines numbers its lines by position: _join_hard_wraps need not number them again. The
    # texts and gaps come beside the lines, so no step reads them from every line again.
    lines, texts, gaps = _split_lines(doc.text, config.max_line_chars)
    # Glued sidebar tails are cut off before the hard wraps are joined (a line that ends in a tail ends no
    # sentence, and would read as wrapped into the next one) and again after (a wrapped paragraph's last line
    # is too short to be taken for prose alone; joined, it is not).
    lines, texts, gaps = split_glued_tails(lines, texts, gaps, doc.text)
    lines, texts, gaps = split_glued_menus(lines, texts, gaps, doc.text)
    doc.lines, texts = _join_all_wraps(lines, True, texts, gaps)
    if len(doc.lines) != len(lines):  # some lines were joined
        doc.lines, texts, _ = split_glued_tails(doc.lines, texts, None, doc.text, True)
    if cython.compiled:
        _classify_shape_typed(doc.lines, texts)
    else:
        classify_shape(doc.lines)
    return doc
