"""Quality-signal stage: annotate doc.stats with cheap, language-aware text statistics.

Nothing is removed here; the numbers let a later filter (or a person) rank documents. The
signals follow Gopher/C4 heuristics (repetition, symbols, terminal punctuation, duplicate
lines), with CJK text counted per character.

The stage has to cost about as much as reading the text once or twice, and a Python regex
tokenizer alone (\\w+ runs) runs at ~35 MB/s, so nothing here walks the text character by
character in Python:

- words: in text without CJK, whitespace-separated words (the Gopher/C4 notion; "don't" is one
  word where \\w+ runs would count two); in CJK text, every Han/kana character is a word, plus
  runs of other word characters, found with numpy on the code points;
- digits and symbols are counted on the UTF-8 bytes with `bytes.translate`;
- n-gram repetition hashes the first `Config.quality_ngram_max_words` words and counts the
  n-grams with numpy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import cython
import numpy as np

from cleaners.config import Config
from cleaners.document import TITLE, Document

if cython.compiled:  # Line and Removal as C types: their fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line, Removal
else:
    from cleaners.document import Line, Removal

_CJK = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
# UTF-8 lead bytes of U+3000–U+9FFF: any Chinese or Japanese text has some (common Han and kana
# live there), so their absence rules CJK out without the slower exact regex.
_CJK_LEADS = tuple(bytes([b]) for b in range(0xE3, 0xEA))
# Class of every BMP code point for the CJK word count: CJK (Han, Hiragana, Katakana incl.
# half-width), word character, or not (ASCII/Latin-1 punctuation, spaces and controls, × ÷,
# U+2000–U+2BFF punctuation and symbols, U+3000–U+303F, CJK compatibility and small forms,
# full-width and half-width punctuation). Close to `\w` for the non-CJK parts of CJK text
# (it counts ª º ² ½ as symbols). Astral code points: CJK extensions B–G, else not words.
_NOT_WORD, _WORD, _CJK_CHAR = 0, 1, 2
_CJK_RANGES = (
    (0x3040, 0x3100),
    (0x31F0, 0x3200),
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0xF900, 0xFB00),
    (0xFF66, 0xFFA0),
)
_NOT_WORD_RANGES = (
    (0x00, 0x30),
    (0x3A, 0x41),
    (0x5B, 0x5F),
    (0x60, 0x61),
    (0x7B, 0xC0),
    (0xD7, 0xD8),
    (0xF7, 0xF8),
    (0x2000, 0x2C00),
    (0x3000, 0x3040),
    (0xFE30, 0xFE70),
    (0xFF00, 0xFF10),
    (0xFF1A, 0xFF21),
    (0xFF3B, 0xFF41),
    (0xFF5B, 0xFF66),
    (0xFFF0, 0x10000),
)
_CJK_ASTRAL = (0x20000, 0x31350)


def _class_table() -> np.ndarray:
    table = np.full(0x10000, _WORD, dtype=np.uint8)
    for lo, hi in _NOT_WORD_RANGES:
        table[lo:hi] = _NOT_WORD
    for lo, hi in _CJK_RANGES:
        table[lo:hi] = _CJK_CHAR
    return table


_CLASS = _class_table()
_CLASS_BYTES = _CLASS.tobytes()

# Character classes counted on UTF-8 bytes: `bytes.translate(None, delete)` keeps the rest.
_DIGITS = b"0123456789"
# Punctuation and symbols: ASCII ones, and every character of U+0080–U+00BF (« » © ° ·) and of
# U+2000–U+2FFF (quotes, dashes, bullets, currency, arrows, maths, boxes), counted by their lead
# byte. In CJK text also U+3000–U+303F (。、「」) and full-width ！（），：；？.
_SYMBOLS = bytes(b for b in range(0x21, 0x7F) if not chr(b).isalnum()) + b"\xc2\xe2"
_NEITHER = bytes(b for b in range(256) if b not in _DIGITS + _SYMBOLS)
_DIGIT_OR_SYMBOL = bytes.maketrans(_DIGITS + _SYMBOLS, b"0" * len(_DIGITS) + b"!" * len(_SYMBOLS))
_CJK_SYMBOLS = re.compile(b"\xe3\x80|\xef\xbc[\x81\x88\x89\x8c\x9a\x9b\x9f]")

# Sentence ends: . ! ? followed by a space inside a line, "… " likewise, and CJK full stops
# anywhere; every line also ends a sentence (with or without a stop).
_STOPS_TO_DOT = bytes.maketrans(b"!?", b"..")
_TERMINAL = frozenset(".!?\u2026\u3002\uff01\uff1f")
_CJK_STOPS = frozenset("\u3002\uff01\uff1f")
_CLOSERS = "\"'\u201d\u2019\u00bb)]\u300d\u300f\uff09"
# Gopher: the share of word characters covered by the most frequent n-gram, for these n.
_NGRAM_SIZES = (2, 3)
# Below this many tokens a Counter is faster than numpy's fixed cost.
_NUMPY_MIN_TOKENS = 300


def has_cjk(text: str, data: bytes | None = None) -> bool:
    """True if `text` (UTF-8: `data`, if at hand) contains a Han, Hiragana or Katakana character."""
    if text.isascii():
        return False
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    return _has_cjk_leads(data) and _CJK.search(text) is not None


def top_ngram_ratios(
    tokens: Sequence[str], sizes: Sequence[int] = _NGRAM_SIZES, total: int | None = None
) -> dict[int, float]:
    """Gopher: for each n, the share of token characters inside the most frequent n-gram.

    0 when no n-gram repeats. Ties go to the n-gram seen first (as `Counter.most_common`), so
    the result does not depend on Python's per-process string hashing. `total` is the number of
    characters in `tokens`, if the caller knows it.
    """
    if total is None:
        total = sum(map(len, tokens))
    if cython.compiled and tuple(sizes) == _NGRAM_SIZES:
        # One typed hash-table count per n instead of numpy's sort (or a Counter of tuples).
        return _typed_ngram_ratios(_token_hash_buffer(tokens), len(tokens), tokens, len(tokens) < _NUMPY_MIN_TOKENS, total)
    if len(tokens) < _NUMPY_MIN_TOKENS:
        return {n: _top_ngram_ratio_small(tokens, n, total) for n in sizes}
    if cython.compiled:
        hashes = _token_hashes(tokens)
    else:
        hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens))
    return _top_ngram_ratios(hashes, sizes, total, lambda first, n: sum(map(len, tokens[first : first + n])))


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, out=cython.p_longlong, buf=bytearray)
def _token_hashes(tokens: Sequence[str]) -> np.ndarray:
    """np.fromiter(map(hash, tokens), dtype=np.int64) in a typed loop (compiled only: 64-bit Py_hash_t)."""
    n = len(tokens)
    buf = bytearray(8 * n)
    out = cython.cast(cython.p_longlong, cython.cast(cython.p_char, buf))
    for i, token in enumerate(tokens):
        out[i] = hash(token)
    return np.frombuffer(buf, dtype=np.int64)


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, out=cython.p_longlong, buf=bytearray)
def _token_hash_buffer(tokens: Sequence[str]) -> bytearray:
    """hash() of each token as 64-bit integers in a bytearray (compiled only)."""
    n = len(tokens)
    buf = bytearray(8 * n)
    out = cython.cast(cython.p_longlong, cython.cast(cython.p_char, buf))
    for i, token in enumerate(tokens):
        out[i] = hash(token)
    return buf


# Typed twin of _top_ngram_ratios + _most_common (and, with `exact`, of _top_ngram_ratio_small),
# for the default sizes (2, 3); compiled only. The n-gram keys are the same wrapping int64
# combinations of the token hashes (or code points) as in _top_ngram_ratios, counted in an
# open-addressing table instead of sorted; the top count and the first position of a key with
# that count are what _most_common returns. With `exact` (fewer than _NUMPY_MIN_TOKENS tokens,
# where the plain code counts tuples of tokens), equal keys count as one n-gram only if their
# tokens are equal too. tests/test_quality_typed.py holds it to the plain definitions.


@cython.cfunc
@cython.locals(
    count=cython.Py_ssize_t, total=cython.Py_ssize_t, exact=cython.bint, n=cython.Py_ssize_t, m=cython.Py_ssize_t,
    i=cython.Py_ssize_t, j=cython.Py_ssize_t, size=cython.Py_ssize_t, mask=cython.Py_ssize_t, slot=cython.Py_ssize_t,
    top=cython.Py_ssize_t, first=cython.Py_ssize_t, c=cython.Py_ssize_t, f=cython.Py_ssize_t, same=cython.bint,
    hashes=cython.p_ulonglong, keys=cython.p_ulonglong, tab_keys=cython.p_ulonglong, tab_count=cython.p_longlong,
    tab_first=cython.p_longlong, k=cython.ulonglong, tab=bytearray, ratios=dict, lens=cython.p_longlong,
    gram=cython.Py_ssize_t,
)
def _typed_ngram_ratios(
    hash_buf: bytearray, count: cython.Py_ssize_t, tokens: Sequence[str] | None, exact: cython.bint, total: cython.Py_ssize_t,
    lengths: bytearray | None = None,
) -> dict:
    """{2: ratio, 3: ratio} from 64-bit token hashes (tokens: for n-gram lengths and `exact`; None: the token
    lengths are in `lengths` as 64-bit integers, or, without it, each n-gram is n long)."""
    ratios = {2: 0.0, 3: 0.0}
    hashes = cython.cast(cython.p_ulonglong, cython.cast(cython.p_char, hash_buf))
    size = 16
    while size < 2 * count:
        size *= 2
    mask = size - 1
    tab = bytearray(8 * (count + 3 * size))  # the n-gram keys, then the table: keys, counts, first positions
    keys = cython.cast(cython.p_ulonglong, cython.cast(cython.p_char, tab))
    for i in range(count):
        keys[i] = hashes[i]
    tab_keys = keys + count
    tab_count = cython.cast(cython.p_longlong, tab_keys + size)
    tab_first = tab_count + size
    for n in range(2, 4):
        m = count - n + 1
        if m < 2 or total <= 0:
            break
        for i in range(m):
            keys[i] = keys[i] * cython.cast(cython.ulonglong, 1_000_003) + hashes[i + n - 1]
        if n > 2:
            for i in range(size):
                tab_count[i] = 0
        top = 0
        first = 0
        for i in range(m):
            k = keys[i]
            slot = cython.cast(cython.Py_ssize_t, (k * cython.cast(cython.ulonglong, 0x9E3779B97F4A7C15)) >> 40) & mask
            while True:
                c = tab_count[slot]
                if c == 0:
                    tab_keys[slot] = k
                    tab_count[slot] = 1
                    tab_first[slot] = i
                    c = 1
                    f = i
                    break
                if tab_keys[slot] == k:
                    f = tab_first[slot]
                    same = True
                    if exact:
                        for j in range(n):
                            if tokens[f + j] != tokens[i + j]:
                                same = False
                                break
                    if same:
                        c += 1
                        tab_count[slot] = c
                        break
                slot = (slot + 1) & mask
            if c > top or (c == top and f < first):
                top = c
                first = f
        if top >= 2:
            if tokens is None and lengths is not None:
                lens = cython.cast(cython.p_longlong, cython.cast(cython.p_char, lengths))
                gram = 0
                for j in range(n):
                    gram += lens[first + j]
                ratios[n] = min(1.0, top * gram / total)
            elif tokens is None:
                ratios[n] = min(1.0, top * n / total)
            else:
                ratios[n] = min(1.0, top * sum(map(len, tokens[first : first + n])) / total)
    return ratios


@cython.cfunc
@cython.locals(
    n=cython.Py_ssize_t, cap=cython.Py_ssize_t, count=cython.Py_ssize_t, size=cython.Py_ssize_t,
    total=cython.Py_ssize_t, ch=cython.Py_UCS4, h=cython.ulonglong, hashes=cython.p_ulonglong,
    lens=cython.p_longlong, hash_buf=bytearray, len_buf=bytearray,
)
def _word_ngram_ratios(text: str, limit: cython.Py_ssize_t) -> object:
    """top_ngram_ratios(text.split(maxsplit=limit)[:limit]) (limit <= 0: every word) without making the
    word strings (compiled only); None below _NUMPY_MIN_TOKENS words, where n-grams are compared as
    tuples of words. Each word's hash is FNV-1a over its code points, mixed with its length (splitmix64):
    equal words hash equal, as with hash(), and the n-gram keys are made from the hashes the same way."""
    n = len(text)
    cap = n // 2 + 1  # no text of n characters has more words
    if 0 < limit < cap:
        cap = limit
    hash_buf = bytearray(8 * cap)
    len_buf = bytearray(8 * cap)
    hashes = cython.cast(cython.p_ulonglong, cython.cast(cython.p_char, hash_buf))
    lens = cython.cast(cython.p_longlong, cython.cast(cython.p_char, len_buf))
    count = size = total = 0
    h = 0xCBF29CE484222325
    for ch in text:
        if ch.isspace():  # Py_UNICODE_ISSPACE, what str.split() splits on
            if size:
                hashes[count] = _mix64(h ^ cython.cast(cython.ulonglong, size))
                lens[count] = size
                total += size
                count += 1
                size = 0
                h = 0xCBF29CE484222325
                if count == cap:
                    break
        else:
            h = (h ^ ord(ch)) * cython.cast(cython.ulonglong, 0x100000001B3)
            size += 1
    if size and count < cap:
        hashes[count] = _mix64(h ^ cython.cast(cython.ulonglong, size))
        lens[count] = size
        total += size
        count += 1
    if count < _NUMPY_MIN_TOKENS:
        return None
    return _typed_ngram_ratios(hash_buf, count, None, False, total, len_buf)


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _mix64(x: cython.ulonglong) -> cython.ulonglong:
    """splitmix64's finalizer: spreads FNV's weak high bits before the n-gram keys are combined."""
    x = (x ^ (x >> 30)) * cython.cast(cython.ulonglong, 0xBF58476D1CE4E5B9)
    x = (x ^ (x >> 27)) * cython.cast(cython.ulonglong, 0x94D049BB133111EB)
    return x ^ (x >> 31)


def _top_ngram_ratios(
    hashes: np.ndarray, sizes: Sequence[int], total: int, gram_chars: Callable[[int, int], int]
) -> dict[int, float]:
    """top_ngram_ratios on token hashes; gram_chars(first, n) is the length of an n-gram."""
    ratios = dict.fromkeys(sizes, 0.0)
    keys = hashes
    for n in range(2, max(sizes) + 1):
        m = len(hashes) - n + 1
        if m < 2 or total <= 0:
            break
        # Extend (n-1)-gram keys by one token; int64 wraps around, which is fine for a hash.
        keys = keys[:m] * np.int64(1_000_003) + hashes[n - 1 :]
        if n in sizes:
            top, first = _most_common(keys)
            if top >= 2:
                ratios[n] = min(1.0, top * gram_chars(first, n) / total)
    return ratios


def _most_common(keys: np.ndarray) -> tuple[int, int]:
    """(count, first position) of the most frequent key; ties go to the earliest.

    Written for small arrays (~1000 keys), where numpy's per-call cost dominates.
    """
    m = len(keys)
    ordered = np.sort(keys)
    change = np.empty(m + 1, dtype=bool)
    change[0] = change[m] = True
    np.not_equal(ordered[1:], ordered[:-1], out=change[1:m])
    bounds = change.nonzero()[0]
    counts = bounds[1:] - bounds[:-1]
    top = int(counts.max())
    if top < 2:
        return top, 0
    top_keys = ordered[bounds[:-1][counts == top]]  # sorted
    if len(top_keys) == 1:
        return top, int((keys == top_keys[0]).argmax())
    hits = top_keys[np.searchsorted(top_keys, keys).clip(max=len(top_keys) - 1)] == keys
    return top, int(hits.argmax())


def _top_ngram_ratio_small(tokens: Sequence[str], n: int, total: int) -> float:
    if len(tokens) < n + 1 or total <= 0:
        return 0.0
    counts = Counter(zip(*(tokens[i:] for i in range(n)), strict=False))
    gram, top = counts.most_common(1)[0]
    return 0.0 if top < 2 else min(1.0, top * sum(map(len, gram)) / total)


def _words_and_ngrams(
    text: str, lines: int, spaces: int, cjk: bool, max_words: int, untidy: bool | None = None
) -> tuple[int, dict[int, float]]:
    """Word count and top n-gram ratios (see the module docstring for what a word is).

    `untidy` is whether the text has "  " or a tab, if the caller knows.
    """
    limit = max_words if max_words > 0 else None
    if not cjk:
        if untidy is None:
            untidy = "  " in text or "\t" in text
        # Normalized text has single spaces between words; otherwise count the slow way.
        words = len(text.split()) if untidy else spaces + lines
        if cython.compiled:
            ratios = _word_ngram_ratios(text, max_words)
            if ratios is not None:
                return words, ratios
        tokens = text.split(maxsplit=limit)[:limit] if limit else text.split()
        return words, top_ngram_ratios(tokens)
    # n-grams over the CJK characters, each one character long.
    if cython.compiled:
        words, point_buf, count = _cjk_words_typed(text, -1 if limit is None else limit)
        return words, _typed_ngram_ratios(point_buf, count, None, False, count)
    words, cjk_points = _cjk_words(text, limit)
    return words, _top_ngram_ratios(cjk_points, _NGRAM_SIZES, len(cjk_points), _one_char_grams)


def _cjk_words(text: str, limit: int | None) -> tuple[int, np.ndarray]:
    """(words, the first `limit` CJK code points as int64) of non-empty CJK text (words: CJK characters
    and runs of word characters, see _CLASS)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _CLASS[np.minimum(points, 0xFFFF)]
    astral = points > 0xFFFF
    if astral.any():
        big = points[astral]
        classes[astral] = np.where((big >= _CJK_ASTRAL[0]) & (big < _CJK_ASTRAL[1]), _CJK_CHAR, _NOT_WORD)
    is_word = classes == _WORD
    is_cjk = classes == _CJK_CHAR
    run_starts = int(is_word[0]) + int(np.count_nonzero(is_word[1:] & ~is_word[:-1]))
    return int(np.count_nonzero(is_cjk)) + run_starts, points[is_cjk][:limit].astype(np.int64)


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    limit=cython.Py_ssize_t, words=cython.Py_ssize_t, count=cython.Py_ssize_t, ch=cython.Py_UCS4,
    cp=cython.Py_ssize_t, c=cython.uchar, in_word=cython.bint, cls=cython.p_uchar, points=cython.p_longlong,
    point_buf=bytearray, word=cython.uchar, cjk=cython.uchar, not_word=cython.uchar, astral_lo=cython.Py_ssize_t,
    astral_hi=cython.Py_ssize_t,
)
def _cjk_words_typed(text: str, limit: cython.Py_ssize_t) -> tuple:
    """_cjk_words in one typed loop over the code points (compiled only; limit < 0: no limit).

    Returns (words, the CJK code points as 64-bit integers in a bytearray, their number).
    """
    table: bytes = _CLASS_BYTES
    cls = table
    word, cjk, not_word = _WORD, _CJK_CHAR, _NOT_WORD  # C copies: no global lookup per character
    astral_lo, astral_hi = _CJK_ASTRAL
    point_buf = bytearray(8 * len(text))
    points = cython.cast(cython.p_longlong, cython.cast(cython.p_char, point_buf))
    words = count = 0
    in_word = False
    for ch in text:
        cp = ord(ch)
        if cp <= 0xFFFF:
            c = cls[cp]
        elif astral_lo <= cp < astral_hi:
            c = cjk
        else:
            c = not_word
        if c == word:
            if not in_word:
                words += 1  # a run of word characters starts
                in_word = True
        else:
            in_word = False
            if c == cjk:
                words += 1
                if limit < 0 or count < limit:
                    points[count] = cp
                    count += 1
    del point_buf[8 * count :]
    return words, point_buf, count


def _one_char_grams(first: int, n: int) -> int:
    """gram_chars for n-grams of single characters."""
    return n


@cython.cfunc
@cython.locals(
    i=cython.Py_ssize_t, ch=cython.Py_UCS4, terminal=cython.Py_ssize_t, cjk_last=cython.Py_ssize_t, line=str,
)
def _line_ends(lines: Sequence[str]) -> tuple[int, int]:
    """(lines ending in a _TERMINAL character, lines ending in a _CJK_STOPS one), looking through
    _CLOSERS, in one typed loop (compiled only; the character sets are spelled as literals)."""
    terminal = cjk_last = 0
    for line in lines:
        i = len(line) - 1
        if i < 0:
            raise IndexError("string index out of range")  # as line[-1] on an empty line
        while i >= 0:
            ch = line[i]
            if ch in "\"'\u201d\u2019\u00bb)]\u300d\u300f\uff09":
                i -= 1
                continue
            if ch in ".!?\u2026\u3002\uff01\uff1f":
                terminal += 1
                if ch in "\u3002\uff01\uff1f":
                    cjk_last += 1
            break
    return terminal, cjk_last


# Classes of the ASCII characters for _counts: a digit, a symbol (_SYMBOLS), a space, a tab. Other
# characters (letters, controls) are 0 and cost one test.
_B_DIGIT, _B_SYMBOL, _B_SPACE, _B_TAB = 1, 2, 4, 8
_ASCII_CLASS = bytes(
    (_B_DIGIT if b in _DIGITS else 0) | (_B_SYMBOL if b in _SYMBOLS else 0) | (_B_SPACE if b == 0x20 else 0)
    | (_B_TAB if b == 0x09 else 0)
    for b in range(128)
)


def _byte_counts_plain(data: bytes) -> tuple[int, int, int, int, int, bool]:
    """_counts by its definition: translates and counts on the UTF-8 bytes of the text."""
    digits_and_symbols = data.translate(_DIGIT_OR_SYMBOL, _NEITHER)  # b"0" per digit, b"!" per symbol
    digits = digits_and_symbols.count(b"0")
    # A space, tab or ASCII stop byte is that character in UTF-8, so these are the counts on the str.
    return (
        digits,
        len(digits_and_symbols) - digits,
        data.translate(_STOPS_TO_DOT).count(b". "),
        data.count(b" "),
        data.count("\u2026 ".encode()),
        b"  " in data or b"\t" in data,
    )


def _has_cjk_leads(data: bytes) -> bool:
    """Whether UTF-8 `data` holds a lead byte of _CJK_LEADS (has_cjk's quick no)."""
    return any(lead in data for lead in _CJK_LEADS)


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(
    ch=cython.Py_UCS4, prev=cython.Py_UCS4, c=cython.uchar, cls=cython.p_uchar, digits=cython.Py_ssize_t,
    symbols=cython.Py_ssize_t, stops=cython.Py_ssize_t, spaces=cython.Py_ssize_t, ellipses=cython.Py_ssize_t,
    untidy=cython.bint, leads=cython.bint, table=bytes,
)
def _counts(text: str) -> tuple:
    """(digits, symbols, sentence stops before a space, spaces, "\u2026 " count, "  " or a tab present, a lead
    byte of _CJK_LEADS present) of the UTF-8 bytes of `text` (_byte_counts_plain and _has_cjk_leads are the
    definition). Compiled, one typed loop over the code points, without the encoded copy: a symbol's lead byte
    C2 or E2 is a code point of U+0080-U+00BF or U+2000-U+2FFF, a lead byte E3-E9 one of U+3000-U+9FFF (no
    continuation byte is a lead byte), and a stop or "\u2026" before a space is seen at the space."""
    if not cython.compiled:
        data = text.encode("utf-8", "surrogatepass")
        return (*_byte_counts_plain(data), _has_cjk_leads(data))
    table = _ASCII_CLASS
    cls = table
    digits = symbols = stops = spaces = ellipses = 0
    untidy = leads = False
    prev = 0
    for ch in text:
        if ch < 128:
            c = cls[ch]
            if c:
                if c & 1:  # _B_DIGIT
                    digits += 1
                elif c & 2:  # _B_SYMBOL
                    symbols += 1
                elif c & 4:  # _B_SPACE
                    spaces += 1
                    if prev == 32:
                        untidy = True
                    elif prev == 46 or prev == 33 or prev == 63:  # . ! ?
                        stops += 1
                    elif prev == 0x2026:
                        ellipses += 1
                else:  # _B_TAB
                    untidy = True
        elif ch <= 0xBF or 0x2000 <= ch <= 0x2FFF:
            symbols += 1
        elif 0x3000 <= ch <= 0x9FFF:
            leads = True
        prev = ch
    return digits, symbols, stops, spaces, ellipses, untidy, leads


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, count=cython.Py_ssize_t, b=cython.uchar, p=cython.p_uchar)
def _cjk_symbol_count(data: bytes) -> cython.Py_ssize_t:
    """len(_CJK_SYMBOLS.findall(data)) of UTF-8 `data`, in one typed loop when compiled.

    Every byte after the first of a match is below E3, so no match starts inside another: the
    number of places where one starts is the number findall finds, on any bytes.
    """
    if not cython.compiled:
        return len(_CJK_SYMBOLS.findall(data))
    n = len(data)
    p = data
    count = 0
    for i in range(n - 1):
        b = p[i]
        if b == 0xE3:
            if p[i + 1] == 0x80:
                count += 1
        elif b == 0xEF and p[i + 1] == 0xBC and i + 2 < n:
            b = p[i + 2]
            if b == 0x81 or b == 0x88 or b == 0x89 or b == 0x8C or b == 0x9A or b == 0x9B or b == 0x9F:
                count += 1
    return count


_STAT_NAMES = (
    "chars",
    "words",
    "sentences",
    "mean_sentence_words",
    "symbol_ratio",
    "digit_ratio",
    "terminal_punct_ratio",
    "duplicate_line_ratio",
    "duplicate_line_char_ratio",
    *(f"top_{n}gram_ratio" for n in _NGRAM_SIZES),
)


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def text_stats(lines: Sequence[str], ngram_max_words: int = 1000) -> dict[str, float | int]:
    """Statistics of a document given as its kept lines (stripped, non-empty, normalized)."""
    if not lines:
        return dict.fromkeys(_STAT_NAMES, 0)
    text = "\n".join(lines)
    digits, symbols, stops, spaces, ellipses, untidy, cjk_leads = _counts(text)
    cjk = cjk_leads and _CJK.search(text) is not None  # has_cjk(text): _counts did its lead-byte test
    words, ngram_ratios = _words_and_ngrams(text, len(lines), spaces, cjk, ngram_max_words, untidy)
    chars = len(text) - (len(lines) - 1)
    # After normalization the only whitespace is ' ' and '\n'.
    non_space = chars - spaces
    if cjk:
        symbols += _cjk_symbol_count(text.encode("utf-8", "surrogatepass"))
    # The last character of each line, looking through closing quotes and brackets.
    if cython.compiled:
        terminal, cjk_last = _line_ends(lines)
    else:
        last = [line[-1] if line[-1] not in _CLOSERS else line.rstrip(_CLOSERS)[-1:] for line in lines]
        terminal = sum(map(_TERMINAL.__contains__, last))
        cjk_last = sum(map(_CJK_STOPS.__contains__, last)) if cjk else 0
    # Every line ends a sentence (with or without a stop); stops followed by a space inside a
    # line end one more, and so do CJK stops anywhere but at the end of a line.
    sentences = len(lines) + stops + ellipses
    if cjk:
        sentences += sum(map(text.count, _CJK_STOPS)) - cjk_last
    unique = set(lines)
    dup_lines = len(lines) - len(unique)
    dup_chars = chars - sum(map(len, unique)) if dup_lines else 0
    stats: dict[str, float | int] = {
        "chars": chars,
        "words": words,
        "sentences": sentences,
        "mean_sentence_words": round(words / sentences, 2),
        "symbol_ratio": _ratio(min(symbols, non_space), non_space),
        "digit_ratio": _ratio(digits, non_space),
        "terminal_punct_ratio": _ratio(terminal, len(lines)),
        "duplicate_line_ratio": _ratio(dup_lines, len(lines)),
        "duplicate_line_char_ratio": _ratio(dup_chars, chars),
    }
    for n, ratio in ngram_ratios.items():
        stats[f"top_{n}gram_ratio"] = round(ratio, 4)
    return stats


@cython.cfunc
@cython.locals(kept=list, titles=cython.Py_ssize_t, removed=cython.Py_ssize_t, chars=cython.Py_ssize_t,
               by_rule=dict, line=Line, removal=Removal)
def _split_kept(lines: list) -> tuple:
    """(kept texts, kept titles, lines removed, their characters, removals per rule in order of first use) in
    one pass over the lines, the removals' fields read as C fields (compiled only)."""
    kept = []
    by_rule = {}
    titles = removed = chars = 0
    title = TITLE
    for line in lines:
        removal = line.removal
        if removal is None:
            kept.append(line.text)
            if line.kind == title:
                titles += 1
        else:
            removed += 1
            chars += len(removal.text)
            rule = removal.rule
            by_rule[rule] = by_rule.get(rule, 0) + 1
    return kept, titles, removed, chars, by_rule


def _count_trimmed(doc: Document, kept: list, removed_chars: int, by_rule: dict) -> tuple:
    """Add the parts cut off kept lines (Document.trimmed) to the removal counts, and take them out of the kept
    texts: the title's line counts as the headline alone."""
    for line in doc.lines:
        if line.kind == TITLE and line.removal is None and doc.title and line.text != doc.title:
            kept = list(kept)
            kept[kept.index(line.text)] = doc.title
            break
    for removal in doc.trimmed:
        removed_chars += len(removal.text)
        by_rule[removal.rule] = by_rule.get(removal.rule, 0) + 1
    return kept, removed_chars, by_rule


def quality_stage(doc: Document, config: Config) -> Document:
    """Add quality signals of the kept text and removal accounting to doc.stats."""
    lines = doc.lines
    if cython.compiled:
        kept, title_count, lines_removed, removed_chars, by_rule = _split_kept(lines)
    else:
        kept = [line.text for line in lines if line.removal is None]
        title_count = len([line for line in lines if line.kind == TITLE and line.removal is None])
        removals = [line.removal for line in lines if line.removal is not None]
        lines_removed = len(removals)
        removed_chars = sum(map(len, [r.text for r in removals]))
        by_rule = dict(Counter([r.rule for r in removals]))
    if doc.trimmed:
        # (what was cut off the title's line is removed text, and the title's kept text is the headline alone)
        kept, removed_chars, by_rule = _count_trimmed(doc, kept, removed_chars, by_rule)
    stats = doc.stats
    stats["input_bytes"] = len(doc.raw) if doc.raw else len(doc.text.encode("utf-8", "surrogatepass"))
    stats.update(text_stats(kept, config.quality_ngram_max_words))
    stats["paragraphs"] = len(kept) - title_count
    stats["lines"] = len(lines)
    stats["lines_removed"] = lines_removed
    stats["removed_char_ratio"] = _ratio(removed_chars, stats["chars"] + removed_chars)
    stats["removed_by_rule"] = by_rule
    return doc
