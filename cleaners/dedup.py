"""Within-document dedup stage: exact duplicates and containment among kept lines.

Runs after boilerplate so the copy that survives is the one inside the article,
not its echo in a menu or teaser list.

- exact: two lines with the same hashing key (case, punctuation, whitespace and,
  for long lines, digits folded) are one paragraph; the first kept copy stays. Lines of
  code samples are the exception: a tutorial repeats them as its samples grow.
- containment: a line whose content is mostly made of other kept lines (a page
  whose first line runs the whole article together) is removed and the
  well-segmented copies stay.
- pull quote: a sentence that the paragraph next to it holds word for word (set again in large type)
  goes, the paragraph stays.
All decisions depend only on the document's own lines, never on other documents.
"""

from __future__ import annotations

import itertools
import re

import ahocorasick
import cython
import xxhash

from cleaners.config import Config
from cleaners.document import Document
from cleaners.patterns import CASE_FOLDS, SOCIAL_EMBED_SIGNATURE_RE, fold_one

if cython.compiled:  # Line as a C type: its fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line
else:
    from cleaners.document import Line

if cython.compiled:  # C-level reads of a str's code points (the plain branches never need them)
    from cython.cimports.cpython.unicode import PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ

# Spelled "x x*" rather than "x+": a pattern that opens with a character class gets sre's fast
# scan to the first possible match; one that opens with a repeat is tried at every position.
_FOLD_RE = re.compile(r"[\W_][\W_]*", re.UNICODE)
_DIGITS_RE = re.compile(r"\d\d*")
# Keys shorter than this are too generic to call duplicates ("Yes", "Photo", a date).
MIN_KEY_CHARS = 12
# Containment: the share of a long line's key covered by other lines' keys.
CONTAINMENT_SHARE = 0.8
# Lines shorter than this are not checked as containers (key chars; a CJK character counts three).
MIN_CONTAINER_CHARS = 200
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def key_weight(key: str) -> int:
    """Length of a hash key with CJK characters weighted like the words they stand for."""
    if cython.compiled:
        return _key_weight_typed(key)
    return len(key) + 2 * len(_CJK_RE.findall(key)) if max(key, default="a") >= "\u3040" else len(key)


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, c=cython.Py_UCS4)
def _key_weight_typed(key: str) -> cython.Py_ssize_t:
    """key_weight in one typed pass (compiled only): the length plus twice the characters of _CJK_RE's class."""
    n = len(key)
    for c in key:
        if (0x3040 <= c <= 0x30FF or 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xAC00 <= c <= 0xD7AF
                or 0xF900 <= c <= 0xFAFF):
            n += 2
    return n


# ASCII bytes that are not letters or digits: what [\W_] and whitespace are in ASCII text.
_ASCII_NOT_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())
_ASCII_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")


def hash_key(text: str) -> str:
    """Text folded for hashing: lower-case, no punctuation or spaces; digits folded in long lines.

    The key is the letters and digits (str.isalnum) of the case-folded text, with every run of
    decimal digits turned into one "0" in keys of 40+ characters.
    """
    if cython.compiled:
        return _compiled_key(text, text.isascii())
    folded = text.casefold()
    if folded.isascii():
        # bytes.translate drops spaces and punctuation in one C pass (most lines are ASCII).
        data = folded.encode("ascii").translate(None, _ASCII_NOT_ALNUM)
        if len(data) >= 40 and not data.isalpha():
            # Digit runs to one "0" without a regex: every digit becomes "0", then runs of "0" halve until single.
            data = data.translate(_ASCII_DIGITS_TO_ZERO)
            while b"00" in data:
                data = data.replace(b"00", b"0")
        return data.decode("ascii")
    # ASCII spaces and punctuation go the same way in UTF-8 (their bytes occur in no other character);
    # the regex then only runs when non-ASCII punctuation or spaces are left (CJK full stops, NBSP).
    key = folded.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ALNUM).decode("utf-8", "surrogatepass")
    if not key.isalnum():
        key = _FOLD_RE.sub("", key)
    # A key of letters only has no digits to fold (no character is both alphabetic and a decimal digit).
    if len(key) >= 40 and not key.isalpha():
        key = _DIGITS_RE.sub("0", key)
    return key


# _ascii_key's byte table: each ASCII letter or digit to its key byte (the lower-case letter, the
# digit), every other byte to 0.
_ASCII_KEY_BYTE = bytes(b + 32 if 65 <= b <= 90 else b if chr(b).isalnum() and b < 128 else 0 for b in range(256))


# The typed key builders write into one buffer, grown as needed, instead of a fresh bytearray per line
# (the key is copied out of it before the next call; nothing here runs two builders at once).
_SCRATCH = bytearray(4096)


@cython.cfunc
def _scratch(size: cython.Py_ssize_t) -> bytearray:
    """The shared key buffer, at least `size` bytes long (compiled only)."""
    global _SCRATCH
    if len(_SCRATCH) < size:
        _SCRATCH = bytearray(max(size, 2 * len(_SCRATCH)))
    return _SCRATCH


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    n=cython.Py_ssize_t, k=cython.Py_ssize_t, i=cython.Py_ssize_t, c=cython.uchar, ch=cython.Py_UCS4,
    table=cython.p_uchar, buf=cython.p_uchar, digits=cython.bint, prev=cython.bint, out=bytearray,
    key_bytes=bytes,
)
def _ascii_key(text: str) -> str:
    """hash_key of ASCII text in one typed loop (compiled only): the lower-cased letters and digits,
    digit runs folded to one "0" when the key has 40+ characters and a digit. The loop reads the
    text's characters in place (no encoded copy) through _ASCII_KEY_BYTE."""
    n = len(text)
    key_bytes = _ASCII_KEY_BYTE
    table = key_bytes
    out = _scratch(n)
    buf = out
    k = 0
    digits = False
    for ch in text:
        c = table[cython.cast(cython.uint, ch) & 255]  # ASCII text: ch < 128
        if c:
            buf[k] = c
            k += 1
            if c <= 57:  # a digit ("0"-"9"; letters are "a"-"z")
                digits = True
    if digits and k >= 40:
        n = k
        k = 0
        prev = False
        for i in range(n):
            c = buf[i]
            if c <= 57:
                if not prev:
                    buf[k] = 48
                    k += 1
                prev = True
            else:
                buf[k] = c
                k += 1
                prev = False
    return cython.cast(cython.p_char, buf)[:k].decode("ascii")


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _key_class(ch: cython.Py_UCS4) -> cython.int:
    """Whether a non-ASCII character goes into the key (compiled only): 0 no, 1 yes, 2 yes and it is a
    decimal digit. str.isalnum is alphabetic, decimal, digit or numeric."""
    if ch.isalpha():
        return 1
    if ch.isdecimal():
        return 2
    if ch.isdigit() or ch.isnumeric():
        return 1
    return 0


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, ch=cython.Py_UCS4, prev=cython.bint, top=cython.uint,
               narrow=cython.p_uchar)
def _utf32_key(buf: cython.p_uint, k: cython.Py_ssize_t, decimals: cython.bint) -> str:
    """The key from the first k code points of buf (compiled only), runs of decimal digits folded to
    one "0" when the key has 40+ characters and a digit (the end of _unicode_key and _unicode_key_unfolded)."""
    if decimals and k >= 40:
        n = k
        k = 0
        prev = False
        for i in range(n):
            ch = buf[i]
            if ("0" <= ch <= "9") if ch < 128 else ch.isdecimal():
                if not prev:
                    buf[k] = 48
                    k += 1
                prev = True
            else:
                buf[k] = ch
                k += 1
                prev = False
    top = 0
    for i in range(k):
        if buf[i] > top:
            top = buf[i]
    if top < 256:
        # A Latin-1 key (most European text) is narrowed to bytes in place (byte i is written after
        # code point i was read, and lies in code points 0..i) and decoded with the latin-1 codec,
        # a copy, where the utf-32 codec goes character by character.
        narrow = cython.cast(cython.p_uchar, buf)
        for i in range(k):
            narrow[i] = buf[i]
        return cython.cast(cython.p_char, narrow)[:k].decode("latin-1")
    # "utf-32" (native order: how buf was written) is one of PyUnicode_Decode's fast paths;
    # a BOM cannot lead the key (U+FEFF is not alphanumeric).
    return cython.cast(cython.p_char, buf)[: 4 * k].decode("utf-32")


@cython.cfunc
@cython.locals(
    n=cython.Py_ssize_t, k=cython.Py_ssize_t, i=cython.Py_ssize_t, ch=cython.Py_UCS4, buf=cython.p_uint,
    decimals=cython.bint, prev=cython.bint, kind=cython.int,
)
def _unicode_key(folded: str) -> str:
    """hash_key of case-folded text in one typed loop (compiled only): the str.isalnum characters,
    runs of decimal digits (str.isdecimal, what \\d matches) folded to one "0" when the key has
    40+ characters and a digit. The key is built as UTF-32 (no surrogate is alphanumeric)."""
    out = _scratch(4 * len(folded))
    buf = cython.cast(cython.p_uint, cython.cast(cython.p_char, out))
    k = 0
    decimals = False
    for ch in folded:
        if ch < 128:  # ASCII: str.isalnum is [0-9A-Za-z] (case folding left no capitals)
            if "a" <= ch <= "z" or "A" <= ch <= "Z":
                buf[k] = ch
                k += 1
            elif "0" <= ch <= "9":
                buf[k] = ch
                k += 1
                decimals = True
        else:
            kind = _key_class(ch)
            if kind:
                buf[k] = ch
                k += 1
                if kind == 2:
                    decimals = True
    return _utf32_key(buf, k, decimals)


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    n=cython.Py_ssize_t, k=cython.Py_ssize_t, i=cython.Py_ssize_t, ch=cython.Py_UCS4, buf=cython.p_uint,
    decimals=cython.bint, prev=cython.bint, m=cython.int, folds=cython.p_int, kind=cython.int, table=bytearray,
)
def _unicode_key_unfolded(text: str) -> object:
    """_unicode_key(text.casefold()) without making the folded text (compiled only): each character is
    folded as the key is built, through patterns.CASE_FOLDS; None when one folds to several characters (ß, ﬁ, İ...)."""
    out = _scratch(4 * len(text))
    buf = cython.cast(cython.p_uint, cython.cast(cython.p_char, out))
    table = CASE_FOLDS
    folds = cython.cast(cython.p_int, cython.cast(cython.p_char, table))
    k = 0
    decimals = False
    for ch in text:
        if ch >= 128:
            if ch < 0x10000:
                m = folds[ch]
                if m == 0:
                    m = folds[ch] = fold_one(ord(ch))
            else:
                m = fold_one(ord(ch))
            if m < 0:
                return None
            ch = m
        if ch < 128:  # ASCII (a character may fold to it: the Kelvin sign): str.isalnum is [0-9A-Za-z]
            if "a" <= ch <= "z":
                buf[k] = ch
                k += 1
            elif "A" <= ch <= "Z":  # only unfolded ASCII: casefold lowers it
                buf[k] = cython.cast(cython.uint, ch) + 32
                k += 1
            elif "0" <= ch <= "9":
                buf[k] = ch
                k += 1
                decimals = True
        else:
            kind = _key_class(ch)
            if kind:
                buf[k] = ch
                k += 1
                if kind == 2:
                    decimals = True
    return _utf32_key(buf, k, decimals)


def fingerprint(text: str) -> int:
    """64-bit fingerprint of a paragraph's hashing key (signed, to fit a BIGINT column)."""
    return xxhash.xxh64_intdigest(hash_key(text).encode("utf-8")) - (1 << 63)


def _key_groups(keys: list[str]) -> dict[str, int | list[int]]:
    """The indices of each key long enough to count (MIN_KEY_CHARS), in order of first occurrence: the
    index alone for a key of one line (most keys: no list to allocate and later collect), the list of
    indices for a repeated key (read them through _group_indices)."""
    groups: dict[str, int | list[int]] = {}
    min_chars: cython.Py_ssize_t = MIN_KEY_CHARS
    for j, k in enumerate(keys):
        if len(k) >= min_chars:
            idxs = groups.get(k)
            if idxs is None:
                groups[k] = j
            elif type(idxs) is int:
                groups[k] = [idxs, j]  # the key keeps its place in the dict's order
            else:
                idxs.append(j)
    return groups


def _group_indices(idxs: int | list[int]) -> list[int]:
    """A _key_groups value as its list of indices."""
    return [idxs] if type(idxs) is int else idxs


def find_containers(lines: list[Line], keys: list[str]) -> dict[int, list[int]]:
    """Indices of lines mostly made of other lines, mapped to the lines they contain.

    One Aho-Corasick automaton over the document's keys finds every key inside each long
    line in a single pass, instead of a substring search per pair of lines.
    """
    return _find_containers(keys, None)


def _find_containers(keys: list[str], groups: dict[str, int | list[int]] | None) -> dict[int, list[int]]:
    """find_containers, given the key groups (_key_groups) if the caller has them."""
    if cython.compiled:
        return _find_containers_typed(keys, _key_groups(keys) if groups is None else groups)
    return _find_containers_automaton(keys, groups)


def _find_containers_automaton(keys: list[str], groups: dict[str, int | list[int]] | None) -> dict[int, list[int]]:
    """_find_containers with one automaton of the keys' prefixes (the pure-Python path: its loops run in C)."""
    out: dict[int, list[int]] = {}
    # The weight is never below the length: count CJK characters only when the length falls short.
    # An ASCII key has no CJK characters: its weight is its length.
    floor = MIN_CONTAINER_CHARS / 3
    candidates = [
        i for i, size in enumerate(map(len, keys))
        if size >= floor
        and (size >= MIN_CONTAINER_CHARS or (not keys[i].isascii() and key_weight(keys[i]) >= MIN_CONTAINER_CHARS))
    ]
    if not candidates:
        return out
    # The automaton holds only each key's first MIN_KEY_CHARS characters (a trie of whole keys is as
    # big as the page and costs more to build than to search); a prefix hit is checked in place.
    by_prefix: dict[str, list[tuple[str, int | list[int]]]] = {}
    for k, idxs in (_key_groups(keys) if groups is None else groups).items():
        prefix = k[:MIN_KEY_CHARS]
        entries = by_prefix.get(prefix)
        if entries is None:
            by_prefix[prefix] = [(k, idxs)]
        else:
            entries.append((k, idxs))
    automaton = ahocorasick.Automaton()
    for prefix, entries in by_prefix.items():
        automaton.add_word(prefix, entries)
    automaton.make_automaton()
    for i in candidates:
        container = keys[i]
        size = len(container)
        # Coverage of CONTAINMENT_SHARE needs a key starting within the first (1 - share) of the line:
        # search that head first, and the rest only if it holds one (most long lines contain no key).
        head = size - int(CONTAINMENT_SHARE * size) + 1 + MIN_KEY_CHARS
        hits = [hit for hit in automaton.iter(container, 0, head) if _holds_key(container, size, *hit)]
        if not hits:
            continue
        if head < size:
            hits += automaton.iter(container, head - MIN_KEY_CHARS + 1)
        covered = bytearray(size)
        inside: set[int] = set()
        for end, entries in hits:
            start = end - MIN_KEY_CHARS + 1
            for k, idxs in entries:
                length = len(k)
                if length >= size or not container.startswith(k, start):
                    continue
                covered[start : start + length] = b"\x01" * length
                inside.update(j for j in _group_indices(idxs) if j != i)
        if len(inside) >= 2 and sum(covered) >= CONTAINMENT_SHARE * size:
            out[i] = sorted(inside)
    return out


# The prefix filter of _find_containers_typed: a bit per value of a window's mixed rolling hash.
_FILTER_BITS = 1 << 14
_HASH_BASE = cython.declare(cython.ulonglong, 1000003)


@cython.cfunc
@cython.inline
def _filter_bit(h: cython.ulonglong) -> cython.Py_ssize_t:
    return cython.cast(cython.Py_ssize_t, (h * cython.cast(cython.ulonglong, 0x9E3779B97F4A7C15)) >> 50)


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t, h=cython.ulonglong, kind=cython.int, data=cython.p_void)
def _window_hash(text: str, start: cython.Py_ssize_t, width: cython.Py_ssize_t) -> cython.ulonglong:
    """The polynomial hash of text[start:start + width] (mod 2**64), as _window_starts rolls it.
    The code points are read in place (PyUnicode_READ), not through a bounds-checked text[k]."""
    kind = PyUnicode_KIND(text)
    data = PyUnicode_DATA(text)
    h = 0
    for k in range(start, start + width):
        h = h * _HASH_BASE + cython.cast(cython.ulonglong, PyUnicode_READ(kind, data, k))
    return h


@cython.cfunc
@cython.locals(bit=cython.Py_ssize_t, buf=cython.p_uchar)
def _filter_add(filt: bytearray, h: cython.ulonglong) -> cython.void:
    buf = filt
    bit = _filter_bit(h)
    buf[bit >> 3] |= 1 << (bit & 7)


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(p=cython.Py_ssize_t, k=cython.Py_ssize_t, h=cython.ulonglong, top=cython.ulonglong,
               bit=cython.Py_ssize_t, buf=cython.p_uchar, kind=cython.int, data=cython.p_void)
def _window_starts(text: str, lo: cython.Py_ssize_t, hi: cython.Py_ssize_t, width: cython.Py_ssize_t,
                   filt: bytearray) -> list:
    """The starts p in [lo, hi] of the windows text[p:p + width] whose hash is in the filter (a superset
    of the starts of the prefixes added to it), in order. Code points are read in place, as in _window_hash."""
    out = []
    if hi < lo:
        return out
    buf = filt
    kind = PyUnicode_KIND(text)
    data = PyUnicode_DATA(text)
    top = 1
    k = 1
    while k < width:
        top *= _HASH_BASE
        k += 1
    h = _window_hash(text, lo, width)
    p = lo
    while True:
        bit = _filter_bit(h)
        if buf[bit >> 3] & (1 << (bit & 7)):
            out.append(p)
        if p == hi:
            return out
        h = (h - cython.cast(cython.ulonglong, PyUnicode_READ(kind, data, p)) * top) * _HASH_BASE + cython.cast(
            cython.ulonglong, PyUnicode_READ(kind, data, p + width))
        p += 1


@cython.cfunc
@cython.locals(
    i=cython.Py_ssize_t, size=cython.Py_ssize_t, head=cython.Py_ssize_t, last=cython.Py_ssize_t,
    p=cython.Py_ssize_t, stop=cython.Py_ssize_t, length=cython.Py_ssize_t, width=cython.Py_ssize_t,
    min_container=cython.Py_ssize_t, container=str, k=str, by_prefix=dict, out=dict, covered=bytearray, inside=set, held=cython.bint,
    candidates=list, filt=bytearray, h=cython.ulonglong,
)
def _find_containers_typed(keys: list, groups: dict) -> dict:
    """_find_containers (compiled only) without the automaton: a document has a few long lines to search
    and many keys, so each candidate's key-length windows are looked up among the keys' prefixes (building
    the automaton of all prefixes cost more than the search), and only the windows whose rolling hash is
    in a bit filter of the prefixes' are looked up by that hash. The same candidates, the same early exit
    (no key starts in the head) and the same coverage: every start position of every key inside."""
    out = {}
    width = MIN_KEY_CHARS
    min_container = MIN_CONTAINER_CHARS  # a C bound: the test below runs on every key
    candidates = []
    for i in range(len(keys)):
        container = keys[i]
        size = len(container)
        if 3 * size >= min_container and (
            size >= min_container or (not container.isascii() and _key_weight_typed(container) >= min_container)
        ):
            candidates.append(i)
    if not candidates:
        return out
    # Each prefix's window hash maps to its one key (most prefixes), or to the list of its keys in the
    # groups' order: no list or tuple per key, and no prefix string cut out; a key's indices are looked up
    # in `groups` on a hit. Keying on the hash may also put keys of another prefix with the same hash
    # in a window's list: each key is checked in place (startswith) before it counts.
    by_prefix = {}
    filt = bytearray(_FILTER_BITS // 8)
    for k in groups:
        h = _window_hash(k, 0, width)
        found = by_prefix.get(h)
        if found is None:
            by_prefix[h] = k
            _filter_add(filt, h)
        elif type(found) is list:
            cython.cast(list, found).append(k)
        else:
            by_prefix[h] = [found, k]
    for i in candidates:
        container = keys[i]
        size = len(container)
        head = size - int(CONTAINMENT_SHARE * size) + 1 + width
        last = size - width  # the last start of a window
        stop = min(head - width, last)  # the last start of a window inside the head
        held = False
        for p in _window_starts(container, 0, stop, width, filt):
            found = by_prefix.get(_window_hash(container, p, width))
            if found is None:
                continue
            for k in ((found,) if type(found) is str else found):
                if len(k) < size and container.startswith(k, p):
                    held = True
                    break
            if held:
                break
        if not held:
            continue
        covered = bytearray(size)
        inside = set()
        for p in _window_starts(container, 0, last, width, filt):
            found = by_prefix.get(_window_hash(container, p, width))
            if found is None:
                continue
            for k in ((found,) if type(found) is str else found):
                length = len(k)
                if length >= size or not container.startswith(k, p):
                    continue
                covered[p : p + length] = b"\x01" * length
                idxs = groups[k]
                if type(idxs) is list:
                    for j in cython.cast(list, idxs):
                        if j != i:
                            inside.add(j)
                elif idxs != i:
                    inside.add(idxs)
        if len(inside) >= 2 and sum(covered) >= CONTAINMENT_SHARE * size:
            out[i] = sorted(inside)
    return out


def _holds_key(container: str, size: int, end: int, entries: list[tuple[str, int | list[int]]]) -> bool:
    """True if a key shorter than the container starts at the prefix hit ending at `end`."""
    start = end - MIN_KEY_CHARS + 1
    return any(len(k) < size and container.startswith(k, start) for k, _ in entries)


def _line_keys(lines: list[Line], scan: int = 0) -> list[str]:
    """The lines' hash keys, each computed once: boilerplate's duplicate scan and this stage both need them.

    An ASCII line shorter than MIN_KEY_CHARS gets "" instead: folding never lengthens ASCII text, so
    its key would be too short to count anyway (a third of a page's lines are menu items like that).
    A nonzero `scan` is also left in every line's notes (_SCAN_NOTE, after its key): duplicate_marks
    does it in this pass rather than reading every line's notes again.
    """
    if cython.compiled:
        return _line_keys_typed(lines, MIN_KEY_CHARS, scan)
    keys: list[str] = []
    for line in lines:
        text = line.text
        short = len(text) < MIN_KEY_CHARS and text.isascii()
        if short and not scan:
            keys.append("")
            continue
        notes = line.notes
        if short:
            key = ""
        else:
            key = notes.get("hash_key")
            if key is None:
                key = notes["hash_key"] = hash_key(text)
        if scan:
            notes[_SCAN_NOTE] = scan
        keys.append(key)
    return keys


@cython.cfunc
def _compiled_key(text: str, ascii: cython.bint) -> str:
    """hash_key(text) by the typed builders (compiled only); `ascii`: text.isascii(), which the caller knows.
    One place for hash_key and _line_keys_typed, which calls it as a C function."""
    if ascii:
        return _ascii_key(text)
    key = _unicode_key_unfolded(text)
    return _unicode_key(text.casefold()) if key is None else key


@cython.cfunc
@cython.locals(min_chars=cython.Py_ssize_t, keys=list, text=str, ascii=cython.bint, notes=dict, scan_id=object,
               scan_note=str, short=cython.bint, line=Line)
def _line_keys_typed(lines: list, min_chars: cython.Py_ssize_t, scan: cython.long) -> list:
    """_line_keys (compiled only): each missing key from _compiled_key, hash_key's compiled form."""
    keys = []
    scan_id = scan  # one int object for every line's note
    scan_note = _SCAN_NOTE
    for line in lines:
        text = line.text
        ascii = text.isascii()
        short = ascii and len(text) < min_chars
        if short and not scan:
            keys.append("")
            continue
        notes = line.notes
        if short:
            key = ""
        else:
            key = notes.get("hash_key")
            if key is None:
                key = notes["hash_key"] = _compiled_key(text, ascii)  # a C call, not through the Python def
        if scan:
            notes[scan_note] = scan_id
        keys.append(key)
    return keys


# Containment is monotone: a line's coverage by the keys of a subset of the lines is part of its
# coverage by all of them, and so are the lines found inside it. A line that is no container among
# all the lines is none among any subset of them either. duplicate_marks therefore leaves the id of
# its scan in every line's notes (negated on the containers it found), and dedup_stage, which searches
# the kept lines, has nothing to find when every kept line carries one scan's id as a non-container.
# (An int, not an object: notes that hold only atomic values stay out of the garbage collector's way.)
_SCAN_NOTE = "containment_scan"
_SCAN_IDS = itertools.count(1)


def duplicate_marks(lines: list[Line]) -> dict[int, str]:
    """Lines that repeat others, before any removal: containers, and later copies of exact duplicates.

    Boilerplate scores these lines 0 so a run-together copy of the article, or a repeated
    paragraph, cannot pull the main run toward itself; removals are decided by `dedup_stage`.
    """
    scan = next(_SCAN_IDS)
    keys = _line_keys(lines, scan)
    groups = _key_groups(keys)
    containers = _find_containers(keys, groups)
    for i in containers:
        lines[i].notes[_SCAN_NOTE] = -scan
    marks = {i: "containment" for i in containers}
    # Of the lines that share a key, all but the first (containers aside) are copies.
    for idxs in groups.values():
        if type(idxs) is list:  # a repeated key (see _key_groups)
            copies = [j for j in idxs if j not in containers] if containers else idxs
            for j in copies[1:]:
                marks[j] = "exact"
    return marks


def _no_container_among(kept: list[Line]) -> bool:
    """True when one earlier scan covered all of `kept` and found none of them a container (see _SCAN_NOTE)."""
    if not kept:
        return True
    scan = kept[0].notes.get(_SCAN_NOTE, 0)
    return scan > 0 and all(line.notes.get(_SCAN_NOTE) == scan for line in kept)


# A refrain's copies stand this many lines apart at least: a copy right under its line is the page's doubling.
REFRAIN_MIN_GAP = 3
# A refrain is a short line; a long quoted line said again further on is a pull-quote box repeating it.
REFRAIN_MAX_WORDS = 10
_OPENING_QUOTES = "\"“„«‘‚「『"
_CLOSING_QUOTES = "\"”“»’‘」』"
_SPEECH_ENDS = ".!?…。！？"


def refrain(text: str, gap: int) -> bool:
    """A line of quoted speech said again further on ('"I would prefer not to."'): a story's refrain, each
    copy in its place of the dialogue. A whole short line in quotes that ends a sentence inside them; menus,
    captions and share lines, which a page repeats, are no quoted speech, and a longer quote said again is a
    pull-quote."""
    if gap < REFRAIN_MIN_GAP:
        return False
    t = text.strip()
    return (
        len(t) >= 4 and t[0] in _OPENING_QUOTES and t[-1] in _CLOSING_QUOTES and t[-2] in _SPEECH_ENDS
        and t.count(" ") < REFRAIN_MAX_WORDS
    )


@cython.locals(line=Line, first=Line, above=Line, first_above=Line)
def another_posts_signature(lines: list[Line], line: Line, first: Line) -> bool:
    """An embedded post's closing line said again under another post ("— Name (@handle) October 9, 2018" under
    each of an account's posts a live report quotes): it is that post's, in its place. Its post right above it is
    kept and is no copy of the first signature's post; a page doubled repeats the post too, which went first."""
    if line.index < 1 or first.index < 1 or "(@" not in line.text or SOCIAL_EMBED_SIGNATURE_RE.match(line.text.strip()) is None:
        return False
    above, first_above = lines[line.index - 1], lines[first.index - 1]
    return above.removal is None and above.text != first_above.text and above.text != first.text


@cython.locals(line=Line)
def dedup_stage(doc: Document, config: Config) -> Document:
    kept = doc.kept_lines()
    keys = _line_keys(kept)
    # Containment first: the run-together copy goes, its segmented parts stay.
    containers = {} if _no_container_among(kept) else find_containers(kept, keys)
    for i, inside in containers.items():
        doc.remove(
            kept[i], "dedup:containment",
            f"runs together {len(inside)} other paragraphs of this document (first: line {kept[inside[0]].index + 1})",
        )
    seen: dict[str, Line] = {}
    lines = doc.lines
    gaps: str | None = None  # the text whose blank lines part the sample blocks (read at the first repeat)
    for line, key in zip(kept, keys, strict=True):
        if not line.kept or len(key) < MIN_KEY_CHARS:
            continue
        first = seen.setdefault(key, line)
        if first is line:
            continue
        if gaps is None:
            gaps = doc.text if has_blocks(lines, doc.text) else ""
        if refrain(line.text, line.index - first.index) or another_posts_signature(lines, line, first):
            continue
        if not (in_code_sample(lines, line, gaps) and in_code_sample(lines, first, gaps)):
            doc.remove(line, "dedup:exact", f"repeats line {first.index + 1}")
    _remove_pull_quotes(doc, [(line, key) for line, key in zip(kept, keys, strict=True) if line.kept])
    return doc


# A pull quote: a sentence of the article set again in large type next to it. Its key has at least this weight
# (shorter sentences recur by chance), the paragraph that holds it has at least this much more (a headline with
# a section prefix, "New York|<headline>", is no paragraph), and is at most this many kept lines away.
PULL_QUOTE_MIN_WEIGHT = 30
PULL_QUOTE_WINDOW = 3
_SENTENCE_END = tuple('.!?"”’»。！？」')


def _remove_pull_quotes(doc: Document, kept: list[tuple[Line, str]]) -> None:
    """A kept sentence that a longer paragraph next to it holds word for word is a pull quote: it goes.

    Only a line that ends like a sentence (a headline or subheading holding words of the lede stays), only
    next to its paragraph (the same sentence far away is quoted on purpose), and only one such line per
    paragraph: a paragraph that holds several lines next to it runs them together (a summary, a copy).
    """
    quotes: dict[int, list[int]] = {}  # holder -> the lines it holds
    for i, (line, key) in enumerate(kept):
        if not line.text.rstrip().endswith(_SENTENCE_END):
            continue
        weight = key_weight(key)
        if weight < PULL_QUOTE_MIN_WEIGHT:
            continue
        for j in range(max(0, i - PULL_QUOTE_WINDOW), min(len(kept), i + PULL_QUOTE_WINDOW + 1)):
            holder_key = kept[j][1]
            if (
                j != i and len(holder_key) > len(key) and key in holder_key
                and key_weight(holder_key) >= weight + PULL_QUOTE_MIN_WEIGHT
            ):
                quotes.setdefault(j, []).append(i)
                break
    for j, held in quotes.items():
        if len(held) == 1:
            doc.remove(kept[held[0]][0], "dedup:pull-quote",
                       f"repeats a sentence of line {kept[j][0].index + 1} (a pull quote)")


# A line of a code sample is at most this long; longer lines are prose that quotes code.
CODE_LINE_MAX_CHARS = 100
# A keyword first (SQL's in capitals).
_CODE_WORD_RE = re.compile(
    r"\s*(?:def|class|import|return|var|let|const|function|if|for|SELECT|FROM|WHERE|WITH|JOIN|ORDER BY|GROUP BY)\b"
)
# Code for sure: braces, a semicolon, an assignment or comparison, or a call ("avg(n)": no space before the
# parenthesis). Parentheses alone are prose ("(AP)", "Comments (3)", a caption's credit).
_CODE_CHAR_RE = re.compile(r"[{};=<>]")
_CALL_RE = re.compile(r"[A-Za-z0-9_]\(")
# Code-like: any code punctuation, brackets included (boilerplate's test of a code line).
_CODE_LIKE_CHAR_RE = re.compile(r"[{}();=<>\[\]]")


def _is_code(text: str) -> bool:
    """Code for sure (see _CODE_CHAR_RE, _CALL_RE) or a line that opens with a keyword. (Three plain
    tests: one alternation of them is tried at every position, several times slower.)"""
    return bool(_CODE_CHAR_RE.search(text) or ("(" in text and _CALL_RE.search(text)) or _CODE_WORD_RE.match(text))


def _is_code_like(text: str) -> bool:
    """Code punctuation anywhere, or a line that opens with a keyword."""
    return bool(_CODE_LIKE_CHAR_RE.search(text) or _CODE_WORD_RE.match(text))


def in_code_sample(lines: list[Line], line: Line, text: str | None = None) -> bool:
    """`line` is a short line of code next to another code-like line of `lines` (the document's, in page
    order; line.index is its place), or, when `text` is given, a line of a sample block (see in_sample_block;
    `text` is the document's normalized text, or "" when its blank lines part no blocks): a line of a code
    sample.

    A tutorial repeats lines of its samples as they grow ("WITH series AS (", "return total;"): each copy
    belongs to its sample, so none is a duplicate paragraph. Prose, menus and captions repeated on a page
    are no code for sure, or have no code line beside them, and still count as duplicates.
    (Runs only for lines that repeat an earlier one: a few a page.)
    """
    j = line.index
    if len(line.text) > CODE_LINE_MAX_CHARS or j >= len(lines) or lines[j] is not line:
        return False
    if _is_code(line.text) and (
        (j > 0 and _is_code_like(lines[j - 1].text)) or (j + 1 < len(lines) and _is_code_like(lines[j + 1].text))
    ):
        return True
    return text is not None and in_sample_block(lines, j, text)


def has_blocks(lines: list[Line], text: str) -> bool:
    """Some two lines of `text` stand one under the other (no blank line between): its blank lines part
    blocks. In a text with a blank line after every line (a cleaned record's text: one paragraph a line),
    they say nothing, and a sample block is told by its lines alone."""
    return any(text.count("\n", lines[i - 1].end, lines[i].start) == 1 for i in range(1, len(lines)))


# A command after a shell or interpreter prompt: "$ hg push", ">>> import os", "PS C:\\> dir". (Not "#": a
# heading in Markdown.)
_SHELL_COMMAND_RE = re.compile(r"\s*(?:\$|>>>|PS [A-Z]:\\[^>]*>)\s+\S")
# The start line of an HTTP message in an API's documentation: a request ("GET /items/7 HTTP/1.1") or a
# response's status ("HTTP/1.1 200 OK", "HTTP/2 404"). Its header lines ("Host: ...") repeat in every example.
_HTTP_START_RE = re.compile(r"\s*(?:[A-Z]{3,7} \S+ HTTP/\d(?:\.\d)?\s*$|HTTP/\d(?:\.\d)? \d{3}\b)")
# A row or rule of a table drawn with box-drawing characters (psql, the MySQL client, tabulate's grids).
_BOX_TABLE_CHARS = frozenset("│┃┆┼╋├┤╪")
# Lines of one block from a repeated line to the anchor of its sample (a command over its output).
SAMPLE_BLOCK_REACH = 8
# The end of a sentence: a line that ends so is prose, even right under a sample.
_PROSE_END = tuple(".!?。！？")


def shell_command(text: str) -> bool:
    """The line is a command after a shell or interpreter prompt (see _SHELL_COMMAND_RE). (Substring tests
    first: boilerplate asks this of short lines, and most have no prompt.)"""
    return ("$" in text or ">>>" in text or "PS " in text) and _SHELL_COMMAND_RE.match(text) is not None


def _sample_anchor(text: str) -> bool:
    """A line that makes its block a sample: code for sure, a shell command, an HTTP message's start line,
    or a box-drawn table row."""
    return (
        _is_code(text) or shell_command(text) or not _BOX_TABLE_CHARS.isdisjoint(text)
        or ("HTTP/" in text and _HTTP_START_RE.match(text) is not None)
    )


def _sample_line(text: str) -> bool:
    """A line a sample block may hold: short, and not ending like a sentence (prose under a sample)."""
    return len(text) <= CODE_LINE_MAX_CHARS and not text.rstrip().endswith(_PROSE_END)


def in_sample_block(lines: list[Line], j: int, text: str) -> bool:
    """Line j sits in a sample block: lines one under the other (no blank line between, in `text`; any lines
    when it is "") with a code line, a shell command, an HTTP start line or a box-drawn table row within
    SAMPLE_BLOCK_REACH lines, and only sample lines between.

    A terminal session repeats its output ("updating to branch default", "added 1 changesets"), a query's
    result repeats its rows ("3 │ -0.43"), a growing query its clauses ("PARTITION BY status_code"), an API's
    HTTP examples their headers ("Host: api.example.org"): none is code for sure, but each copy belongs to
    its sample. A paragraph is its own block (a blank line around it, or a sentence end), and so are a
    caption or a heading repeated on the page: they still go.
    """
    if not _sample_line(lines[j].text):
        return False
    for step in (-1, 1):
        k = j
        while True:
            if _sample_anchor(lines[k].text):
                return True
            nxt = k + step
            if not 0 <= nxt < len(lines) or abs(nxt - j) > SAMPLE_BLOCK_REACH:
                break
            a, b = (lines[nxt], lines[k]) if step < 0 else (lines[k], lines[nxt])
            if (text and text.count("\n", a.end, b.start) > 1) or not _sample_line(lines[nxt].text):
                break
            k = nxt
    return False
