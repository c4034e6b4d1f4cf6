"""Boilerplate stage: keep the article, remove site furniture, and say why for every line.

Three layers, most specific first (the first rule to remove a line wins):

1. Line rules: separator lines, calls to action, share/social/navigation/cookie/
   copyright/ad lines, matched by multilingual phrase lists *and* bounded by shape
   (a phrase inside a long sentence is not furniture).
2. Block rules: a heading that introduces a list of other articles ("most read",
   "related", "ランキング", ...) is removed with the list under it.
3. A line classifier in the spirit of jusText, on plain text: each line gets a class
   from its length (CJK-aware), stopword density for the document language,
   terminal punctuation, digit/symbol and title-case ratios; the classes become
   scores, and the main content is the maximum-scoring run of lines (so short
   lines inside an article survive between good paragraphs, while menus, teaser
   lists and footers far from it do not). Everything outside that run is removed
   with the class that explains it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from array import array
from bisect import bisect_right
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from itertools import islice

import cython

from cleaners import dedup, patterns
from cleaners.config import Config
from cleaners.document import BODY, HEADING, SEPARATOR, Document
from cleaners.metadata import _JOINED_RE as _MEMBER_JOINED_RE
from cleaners.metadata import _date_line_any_order
from cleaners.patterns import may_be_legal, phrase_hits
from cleaners.segment import _CLOSERS, _TERMINAL, SCRIPT_STOPS, lower_case_post_header, opens_lower_case

if cython.compiled:  # Line as a C type: its fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line
else:
    from cleaners.document import Line

# Runs of CJK characters: one match per run, not per character (CJK prose is mostly runs), and the count is their length.
_CJK_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Hangul syllables count twice toward a line's length: a syllable block holds two or three letters of a word.
_HANGUL_RE = re.compile("[\uac00-\ud7a3]")
# Any character at or above U+3040, where the CJK ranges start: a regex search scans faster than max().
_AT_OR_ABOVE_KANA_RE = re.compile("[\u3040-\U0010ffff]")
_HIRAGANA_RUN_RE = re.compile(r"[\u3040-\u309f]+")
# Thai and Lao put no space between words and have no sentence punctuation: a space between two
# sentences or clauses is their full stop. After a run of this many of their letters (menu items and
# headlines are shorter runs), a space followed by another of them counts as a sentence end. Their digits
# (๐-๙, ໐-໙) are digits, not letters.
CONTINUA_RUN = 20
_THAI_LAO_LETTER = "\u0e01-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff"
# A number set off by spaces between two of their letters ("แช่น้ำประมาณ 6 ถึง 8 ชั่วโมง": numbers always stand
# apart in Thai) is a word of the clause, not a clause break: the spaces around it end nothing, and the runs on
# either side are one run. So is the space before the repetition mark ๆ ("บาง ๆ", the spelling the Royal
# Institute recommends). _CONTINUA_BRIDGE_RE removes both; the gap rule of _SENT_PUNCT_RE reads what is left.
_CONTINUA_BRIDGE_RE = re.compile(
    "(?<=[" + _THAI_LAO_LETTER + r"])\s(?:\d(?:[.,:/\-]*\d)*\s(?=[" + _THAI_LAO_LETTER + "])|(?=\u0e46))"
)
# A CJK line that ends a sentence and holds a full-width comma (clauses) is prose from this length (about 27
# characters): Chinese imperative steps ("排骨冷水下锅，加入姜片和米酒，煮滚后再滚两分钟。") carry almost none of the
# function characters the stop density counts, and shorter ones are comments and captions.
CJK_CLAUSES_GOOD_LEN = 80
# Sentence ends, read in the text after _CONTINUA_BRIDGE_RE (see _regex_sentence_count).
_SENT_PUNCT_RE = re.compile(
    r"[.!?。！？][\"”’»)）」』]*(?:\s|$)|[。！？" + SCRIPT_STOPS + "]"
    r"|(?<=[" + _THAI_LAO_LETTER + "]{" + str(CONTINUA_RUN) + r"})\s(?=[" + _THAI_LAO_LETTER + "])"
)
# The letters of the scripts written without spaces between words that are not CJK: Thai and Lao (digits out),
# Myanmar (its section marks ၊ ။ and digits out) and Khmer (its signs ។ ៕ ៖ ៘ ៙ ៚ ៛ and digits out).
_MY_KM_LETTER = "\u1000-\u103f\u104c-\u108f\u109a-\u109f\u1780-\u17d3\u17d7\u17dc\u17dd"
_THAI_LAO_RE = re.compile("[" + _THAI_LAO_LETTER + "]")
_MY_KM_RE = re.compile("[" + _MY_KM_LETTER + "]")
_CONTINUA_ANY_RE = re.compile("[" + _THAI_LAO_LETTER + _MY_KM_LETTER + "]")
# A Thai or Lao letter carries about half again what a Latin letter does (the same text runs to about two
# thirds of its English length: no spaces, and syllables of few letters), so it counts 1.5 toward a line's
# length, as a CJK character counts 3 and a Hangul syllable 2. A Myanmar or Khmer line runs as long as its
# English (stacked consonants and vowel signs are characters): 1.
# The stop density of a line mostly in those scripts (CONTINUA_STOP_MIN letters or more, a third of the line):
# the share of its letters inside the script's function words, found as substrings (no spaces mark the words;
# the longest word first at each place). The lists hold particles, conjunctions, prepositions, pronouns,
# auxiliaries and nominalizers (the jusText stoplists' kinds of words), and leave out short ones that are mostly
# found inside content words (Thai มัน in น้ำมัน "oil", Myanmar နေ in နေ့ "day", ရန် in ရန်ကုန်).
CONTINUA_STOP_MIN = 20
_CONTINUA_FUNCTION_WORDS = {
    "thai": (
        "ที่ การ และ ของ ใน ได้ เป็น มี ไม่ ให้ จะ ว่า กับ แล้ว ความ ซึ่ง นี้ ก็ ไป มา อยู่ จาก เพื่อ แต่ โดย หรือ ต่อ นั้น "
        "ยัง กว่า ไว้ คือ อีก ถ้า เมื่อ เพราะ ด้วย ถึง เลย ต้อง จึง เรา เขา คุณ ท่าน กัน เอง ทุก บาง หลาย อย่าง แบบ เช่น "
        "สำหรับ ตาม ตั้งแต่ ระหว่าง เกี่ยวกับ อาจ ควร กำลัง เคย คง หาก แม้ จน แค่ ทั้ง ขึ้น ก่อน หลัง ค่ะ ครับ สามารถ "
        "ประมาณ มาก"
    ),
    "lao": (
        "ທີ່ ການ ແລະ ຂອງ ໃນ ໄດ້ ເປັນ ມີ ບໍ່ ໃຫ້ ຈະ ວ່າ ກັບ ແລ້ວ ຄວາມ ຊຶ່ງ ເຊິ່ງ ນີ້ ກໍ່ ກໍ ໄປ ມາ ຢູ່ ຈາກ ເພື່ອ ແຕ່ ໂດຍ ຫຼື ຫລື "
        "ຕໍ່ ນັ້ນ ຍັງ ກວ່າ ໄວ້ ຄື ອີກ ຖ້າ ເມື່ອ ເພາະ ດ້ວຍ ເຖິງ ຕ້ອງ ຈຶ່ງ ພວກ ເຮົາ ເຂົາ ທ່ານ ກັນ ທຸກ ບາງ ຫຼາຍ ຫລາຍ ຢ່າງ "
        "ສໍາລັບ ສຳລັບ ຕາມ ລະຫວ່າງ ກ່ຽວກັບ ອາດ ຄວນ ກໍາລັງ ກຳລັງ ເຄີຍ ຫາກ ແມ່ນ ສາມາດ ປະມານ ຂຶ້ນ ກ່ອນ ຫຼັງ ຫລັງ"
    ),
    "khmer": (
        "និង នៃ ជា នៅ ក្នុង បាន មាន ដែល ទៅ ពី ថា មិន ការ សេចក្ដី សេចក្តី ឲ្យ ឱ្យ អោយ នឹង ហើយ ដើម្បី ដោយ នេះ នោះ គឺ "
        "របស់ ទេ ត្រូវ ក៏ ចំពោះ ជាមួយ តែ លើ ទៀត យ៉ាង ផង ដល់ ពួក យើង ខ្ញុំ លោក ទាំង ចេញ អ្វី ណាស់ ច្រើន កាលពី "
        "ក្រោយ មុន ដូច ប៉ុន្តែ ព្រោះ ប្រសិនបើ ឡើង"
    ),
    "myanmar": (
        "သည် သည့် ကို ၏ နှင့် တွင် မှာ ၌ များ ပါ တယ် မှ လည်း သော ဖြင့် အတွက် ပြီး ခဲ့ မည် နိုင် ရှိ ဖြစ် ကြောင့် "
        "သို့ ဟု ဆို တို့ ပေး လို့ ပဲ ရဲ့ ၍ ဖို့ ကြောင်း အား"
    ),
}
# A word found as a substring starts no syllable after a Thai or Lao vowel written before its consonant
# (เ แ โ ใ ไ: "ที่" in "เที่ยว", to travel) or a stacking sign (Khmer coeng, Myanmar virama), and ends none
# before a vowel sign or tone mark of the syllable it would cut.
_SYLLABLE_LEAD = "\u0e40-\u0e44\u0ec0-\u0ec4\u1039\u17d2"
_SYLLABLE_MARK = (
    "\u0e30-\u0e3a\u0e45\u0e47-\u0e4e\u0eb0-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u1056-\u1059"
    "\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd"
)
_CONTINUA_FUNCTION_RES = {
    script: re.compile(
        "(?<![" + _SYLLABLE_LEAD + "])(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"
        "(?![" + _SYLLABLE_MARK + "])"
    )
    for script, words in _CONTINUA_FUNCTION_WORDS.items()
}


def _continua_density(text: str, letters: int) -> float:
    """The function-word share of a line of `letters` Thai, Lao, Myanmar or Khmer letters (see
    CONTINUA_STOP_MIN): the script of its first such letter picks the list."""
    first = _CONTINUA_ANY_RE.search(text)
    c = first.group() if first is not None else "\u0e01"
    script = "thai" if c < "\u0e80" else "lao" if c <= "\u0eff" else "myanmar" if c < "\u1780" else "khmer"
    return sum(map(len, _CONTINUA_FUNCTION_RES[script].findall(text))) / letters


# Code: its punctuation anywhere, or a keyword opening the line.
_CODE_CHAR_RE = re.compile(r"[{}();=<>\[\]]")
_CODE_WORD_RE = re.compile(r"\s*(?:def|class|import|return|var|let|const|function|if|for)\b")
# Function characters of Chinese prose: headlines and menus have few of them.
_ZH_FUNCTION = frozenset(
    "的了是在和有也就都而及与着或被把对从这那之其为以于但并所它他她们我你不没很更还又"
    "與著對從這為於並們沒還說會個將過裡"
)

# ISO 639-1 → jusText stoplist name.
_STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ka": "Georgian", "kk": "Kazakh", "kn": "Kannada", "ko": "Korean", "la": "Latin", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "nb": "Norwegian_Bokmal",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}

GOOD, NEAR, SHORT, BAD = "good", "near-good", "short", "bad"
MAX_LIST_ITEMS = 40
# A list heading with prose under it still ends the article after this many good lines.
LIST_HEADING_MIN_GOOD_BEFORE = 3
# A run between two good lines is article (code, table, list) when this share of it looks like content.
SANDWICH_CONTENT_SHARE = 0.6


@lru_cache(maxsize=64)
def stopwords(language: str) -> frozenset[str] | None:
    """The jusText stoplist for an ISO code, lower-cased; None when there is none (CJK, unknown)."""
    name = _STOPLIST_NAMES.get(language)
    if not name:
        return None
    # _justext_stoplist's words are lower-cased already (as justext's are), and str.lower is idempotent: the
    # stoplist as it comes (tests/test_boilerplate.py holds it to frozenset(map(str.lower, get_stoplist(name)))).
    return _justext_stoplist(name)


# Line boundaries of str.splitlines that bytes.splitlines does not split at.
_STR_ONLY_LINE_BREAKS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


@lru_cache(maxsize=1)
def _justext_stoplists() -> str | None:
    """The folder of justext's stoplists (None without the package): found once, not once per language."""
    spec = importlib.util.find_spec("justext")
    if spec is not None and spec.origin:
        return os.path.join(os.path.dirname(spec.origin), "stoplists")
    return None


def _justext_stoplist(name: str) -> frozenset[str]:
    """justext.get_stoplist(name), read from the package's file without importing justext (and lxml with it:
    most of the cost of a first stoplist when the page came as text)."""
    folder = _justext_stoplists()
    if folder is not None:
        path = os.path.join(folder, f"{name}.txt")
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            pass
        else:  # what get_stoplist makes of pkgutil.get_data("justext", "stoplists/<name>.txt")
            try:
                text = data.decode("utf8")
            except UnicodeDecodeError:
                text = None
            # Decoded at once and split as bytes.splitlines splits (at \n, \r\n, \r): str.splitlines does the
            # same when none of the other line boundaries it knows is in the text.
            if text is not None and not any(sep in text for sep in _STR_ONLY_LINE_BREAKS):
                return frozenset(map(str.lower, text.splitlines()))
            return frozenset(w.decode("utf8").lower() for w in data.splitlines())
    import justext

    return justext.get_stoplist(name)


# A free list: each page makes and drops one per line, and reusing them spares the allocator (a page's worth).
# No cycle can run through one (it holds strings and a list of strings): out of the cyclic GC's sight, the
# instances the per-line memo keeps (_LINE_MEMO) add nothing to each older-generation pass.
@cython.freelist(1024)
@cython.no_gc
@cython.cclass
class LineFeatures:
    """Shape and language signals of one line; `cls` is the context-free class.

    Length, words, CJK count, terminal punctuation and digits are computed up front (most
    lines need them). The stopword density, sentence count, code look and title-case share
    are computed on first use: many lines are decided by their length or a line rule before
    any of them is read, and each costs a regex or another pass over the line.

    Compiled, this is a cdef class with typed attributes (no __dict__): set no other attributes.
    """

    text = cython.declare(str, visibility="public")
    language = cython.declare(str, visibility="public")
    eff_len = cython.declare(cython.Py_ssize_t, visibility="public")
    words = cython.declare(cython.Py_ssize_t, visibility="public")
    cjk = cython.declare(cython.Py_ssize_t, visibility="public")
    # Letters of Thai, Lao, Myanmar and Khmer (scripts without spaces between words that are not CJK).
    continua = cython.declare(cython.Py_ssize_t, visibility="public")
    terminal = cython.declare(cython.bint, visibility="public")
    digits = cython.declare(cython.double, visibility="public")
    cls = cython.declare(str, visibility="public")
    _cjk_runs = cython.declare(object)  # the line's runs of CJK characters (their lengths sum to cjk); None: not kept
    _ntokens = cython.declare(cython.Py_ssize_t)
    # The stop density: _stop_state 0 = not computed yet, 1 = None (no stoplist, no tokens), 2 = _stop_val.
    _stop_state = cython.declare(cython.int)
    _stop_val = cython.declare(cython.double)
    # Hiragana and Chinese function characters of the line, counted by the compiled pass (-1: not counted).
    _hiragana = cython.declare(cython.Py_ssize_t)
    _zh_function = cython.declare(cython.Py_ssize_t)
    _sentences = cython.declare(cython.Py_ssize_t)
    _code_like = cython.declare(cython.int)
    _hash_key = cython.declare(object)  # dedup.hash_key(text) once asked (see boilerplate_stage); None: not yet
    # Text tests of later passes, kept with the features (which the per-line memo keeps): -1 not asked yet, 0, 1.
    _legal = cython.declare(cython.int)  # the written-out legal notice of _legal_notice
    _inline_label = cython.declare(cython.int)  # an ad label or image credit (_inline_furniture)

    def __init__(
        self, text: str, language: str, eff_len: int, words: int, cjk: int, cjk_runs: list[str] | None,
        ntokens: int, terminal: bool, digits: float, continua: int = 0,
    ) -> None:
        self.text = text
        self.language = language
        self.eff_len = eff_len
        self.words = words
        self.cjk = cjk
        self.continua = continua
        self.terminal = terminal
        self.digits = digits
        self.cls = SHORT
        self._cjk_runs = cjk_runs
        self._ntokens = ntokens
        self._stop_state = 0
        self._stop_val = 0.0
        self._hiragana = -1
        self._zh_function = -1
        self._sentences = -1
        self._code_like = -1
        self._hash_key = None
        self._legal = -1
        self._inline_label = -1

    @property
    def stop_density(self) -> float | None:
        """Share of stopwords among the tokens; in CJK text, of function characters (zh) or hiragana (ja); in
        Thai, Lao, Myanmar or Khmer text, of letters in function words (_continua_density)."""
        if self._stop_state == 0:
            _fill_stop(self)
        return None if self._stop_state == 1 else self._stop_val

    @property
    def sentences(self) -> int:
        """Sentence ends in the line."""
        return _sentence_count(self)

    @property
    def code_like(self) -> bool:
        """Code punctuation anywhere, or a line that opens with a keyword."""
        return _is_code_like(self)

    @property
    def titlecase(self) -> float:
        """Share of tokens that start with a capital (no rule reads it: kept for inspection and tests)."""
        tokens = self.text.split() if self.cjk < len(self.text) / 2 else []
        return sum(1 for t in tokens if t[0].isupper()) / len(tokens) if tokens else 0.0

    def __repr__(self) -> str:
        return (
            f"LineFeatures(eff_len={self.eff_len}, words={self.words}, cjk={self.cjk}, "
            f"stop_density={self.stop_density}, terminal={self.terminal}, sentences={self.sentences}, "
            f"digits={self.digits}, code_like={self.code_like}, cls={self.cls!r})"
        )


@cython.cfunc
def _fill_stop(f: LineFeatures) -> cython.void:
    """Compute f's stop density once (see LineFeatures.stop_density) into f._stop_state / f._stop_val."""
    if cython.compiled:
        val: cython.double = _stop_value(f)
        if val < 0.0:
            f._stop_state = 1
        else:
            f._stop_val = val
            f._stop_state = 2
        return
    ntokens = f._ntokens
    if _continua_line(f):
        stop = _continua_density(f.text, f.continua)
    elif f.cjk:
        stop = _stop_density(f.text, f.language, f.cjk, f._cjk_runs, ntokens)
    else:  # _stop_density without CJK, inlined: it runs for most short lines (see line_score)
        sw = stopwords(f.language) if ntokens else None
        stop = None if sw is None else sum(map(sw.__contains__, f.text.lower().split())) / ntokens
    if stop is None:
        f._stop_state = 1
    else:
        f._stop_val = stop
        f._stop_state = 2


@cython.cfunc
@cython.inline
@cython.locals(n=cython.Py_ssize_t)
def _continua_line(f: LineFeatures) -> cython.bint:
    """The line's stop density is its Thai, Lao, Myanmar or Khmer function-word share (_continua_density):
    CONTINUA_STOP_MIN of their letters or more, a third of the line, and no CJK line (see _stop_density)."""
    n = len(f.text)
    return f.continua >= CONTINUA_STOP_MIN and 3 * f.continua >= n and not (f.cjk >= 10 and 3 * f.cjk >= n)


@cython.cfunc
def _sentence_count(f: LineFeatures) -> cython.Py_ssize_t:
    if f._sentences < 0:
        f._sentences = _count_sentences_upto(f.text, _NO_LIMIT) if cython.compiled else _regex_sentence_count(f.text)
    return f._sentences


@cython.cfunc
@cython.locals(found=cython.Py_ssize_t)
def _has_sentences(f: LineFeatures, least: cython.Py_ssize_t) -> cython.bint:
    """_sentence_count(f) >= least, without counting past `least`: the rules only ask "at least one / two", and
    a long paragraph's second sentence end comes early. A count that stops short of `least` is exact: kept."""
    if f._sentences >= 0:
        return f._sentences >= least
    if not cython.compiled:
        return _sentence_count(f) >= least
    found = _count_sentences_upto(f.text, least)
    if found < least:
        f._sentences = found
    return found >= least


@cython.cfunc
def _is_code_like(f: LineFeatures) -> cython.bint:
    if f._code_like < 0:
        text = f.text
        if cython.compiled:
            f._code_like = 1 if _code_like_text(text) else 0
        else:
            f._code_like = 1 if _CODE_CHAR_RE.search(text) or _CODE_WORD_RE.match(text) else 0
    return f._code_like == 1


_DIGIT_RE = re.compile(r"\d")


def _stop_density(text: str, language: str, cjk: int, cjk_runs: list[str], ntokens: int) -> float | None:
    """Stopword share of a line (see LineFeatures.stop_density); None without a stoplist or tokens."""
    if cjk >= 10 and cjk >= len(text) / 3:
        # Hiragana counted by runs (one regex match per run); any hiragana at all makes the line Japanese.
        hiragana = sum(map(len, _HIRAGANA_RUN_RE.findall(text)))
        if language == "ja" or hiragana:
            return hiragana / cjk / 1.2
        return sum(map(_ZH_FUNCTION.__contains__, "".join(cjk_runs))) / cjk * 3.0
    sw = stopwords(language)
    return None if sw is None or not ntokens else sum(map(sw.__contains__, text.lower().split())) / ntokens


# --- the compiled path: typed passes over the code points (the same results as the regexes and str methods
# of the pure-Python path above and below; tests/test_boilerplate_typed.py compares them) ----------------------

# Each stoplist as a _Stoplist: the frozenset, and its ASCII words in an open-addressing table (compiled only).
_STOPLISTS: dict = {}
_FNV_OFFSET = cython.declare(cython.ulonglong, 14695981039346656037)
_FNV_PRIME = cython.declare(cython.ulonglong, 1099511628211)


@cython.ccall
@cython.locals(h=cython.ulonglong, c=cython.Py_UCS4)
def _fnv1a(word: str) -> cython.ulonglong:
    """64-bit FNV-1a of an ASCII word's code points: what _stop_value computes as it walks a token."""
    h = _FNV_OFFSET
    if cython.compiled:  # unsigned long long arithmetic wraps at 64 bits (the mask, a Python int, cost an object per step)
        for c in word:
            h = (h ^ ord(c)) * _FNV_PRIME
        return h
    for c in word:
        h = ((h ^ ord(c)) * _FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


@cython.cclass
class _Stoplist:
    """A stoplist for the typed stop density: an ASCII token is looked up by the hash of its lower-cased
    characters, computed on the way over the line, and compared in place, so no token string is made
    (the frozenset is still what a token with non-ASCII characters is looked up in).

    `longest` is the length of the longest ASCII word (an ASCII token longer than that is no stopword);
    slot k of the table holds 0 (empty) or 1 + the index in `words` of the word whose hash is hashes[k].
    """

    sw = cython.declare(object)
    longest = cython.declare(cython.Py_ssize_t, visibility="readonly")
    mask = cython.declare(cython.Py_ssize_t)
    words = cython.declare(list)
    slots = cython.declare(cython.int[::1])
    hashes = cython.declare(cython.ulonglong[::1])

    @cython.locals(h=cython.ulonglong, slot=cython.Py_ssize_t, size=cython.Py_ssize_t, k=cython.Py_ssize_t)
    def __init__(self, sw: frozenset[str] | None) -> None:
        self.sw = sw
        words = sorted(w for w in sw if w.isascii()) if sw is not None else []
        self.words = words
        self.longest = max(map(len, words), default=0)
        size = 8
        while size < 2 * len(words):
            size *= 2
        slots = array("i", [0]) * size
        hashes = array("Q", [0]) * size
        for k, word in enumerate(words):
            h = _fnv1a(word)
            slot = h & (size - 1)
            while slots[slot]:
                slot = (slot + 1) & (size - 1)
            slots[slot] = k + 1
            hashes[slot] = h
        self.mask = size - 1
        self.slots = slots
        self.hashes = hashes

    def has_ascii(self, token: str) -> bool:
        """The table's answer for an ASCII token (lower-cased as it is looked up): kept for the tests."""
        if not cython.compiled:  # the typed lookup compares code points as integers
            return token.lower() in self.words
        return _ascii_stopword(self, token, 0, len(token), _fnv1a(token.lower())) == 1


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, slot=cython.Py_ssize_t, w=cython.int, k=cython.Py_ssize_t,
               c=cython.Py_UCS4, lc=cython.Py_UCS4, word=str)
def _ascii_stopword(
    st: _Stoplist, text: str, start: cython.Py_ssize_t, end: cython.Py_ssize_t, h: cython.ulonglong
) -> cython.int:
    """1 if text[start:end], an ASCII token whose lower-cased characters hash to h, is in the stoplist."""
    n = end - start
    if n > st.longest:
        return 0
    slot = cython.cast(cython.Py_ssize_t, h & cython.cast(cython.ulonglong, st.mask))
    while True:
        w = st.slots[slot]
        if w == 0:
            return 0
        if st.hashes[slot] == h:
            word = st.words[w - 1]
            if len(word) == n:
                for k in range(n):
                    c = text[start + k]
                    lc = word[k]
                    if c != lc and not (65 <= c <= 90 and cython.cast(cython.int, c) + 32 == cython.cast(cython.int, lc)):
                        break
                else:
                    return 1
        slot = (slot + 1) & st.mask


# The stoplist of the last language looked up: the lines of a document share one.
_last_stoplist: list = [None, None]


@cython.cfunc
def _stoplist(language: str) -> _Stoplist:
    if _last_stoplist[0] == language:
        return _last_stoplist[1]
    entry = _STOPLISTS.get(language)
    if entry is None:
        entry = _STOPLISTS[language] = _Stoplist(stopwords(language))
    _last_stoplist[0] = language
    _last_stoplist[1] = entry
    return entry


@cython.cfunc
@cython.inline
def _is_cjk(c: cython.Py_UCS4) -> cython.bint:
    """A character of _CJK_RUN_RE's class."""
    return (
        (0x3040 <= c <= 0x30FF) or (0x3400 <= c <= 0x4DBF) or (0x4E00 <= c <= 0x9FFF) or (0xF900 <= c <= 0xFAFF)
    )


@cython.cfunc
@cython.inline
def _is_zh_function(c: cython.Py_UCS4) -> cython.bint:
    """A character of _ZH_FUNCTION (the literal is the same string)."""
    return c in (
        "的了是在和有也就都而及与着或被把对从这那之其为以于但并所它他她们我你不没很更还又"
        "與著對從這為於並們沒還說會個將過裡"
    )


# The class of each ASCII character in the typed passes: whitespace (str.isspace, where str.split splits), a
# decimal digit (\d), or anything else (0).
_ASCII_SPACE = cython.declare(cython.uchar, 1)
_ASCII_DIGIT = cython.declare(cython.uchar, 2)
_ASCII_CLASS = bytes(
    _ASCII_SPACE if chr(b).isspace() else _ASCII_DIGIT if chr(b).isdecimal() else 0 for b in range(128)
)
# Each ASCII character lower-cased (str.lower, what the stop density's tokens are hashed as), or _ASCII_BLANK
# for whitespace (str.isspace: where str.split splits); no ASCII character lowers to 255.
_ASCII_BLANK = cython.declare(cython.uchar, 255)
_ASCII_LOWER = bytes(_ASCII_BLANK if chr(b).isspace() else ord(chr(b).lower()) for b in range(128))


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, c=cython.Py_UCS4, ntokens=cython.Py_ssize_t,
               digits=cython.Py_ssize_t, cjk=cython.Py_ssize_t, hiragana=cython.Py_ssize_t, hangul=cython.Py_ssize_t,
               zh=cython.Py_ssize_t, space=cython.bint, wide=cython.bint, f=LineFeatures, classes=bytes,
               table=cython.p_uchar, ascii_class=cython.uchar, thai_lao=cython.Py_ssize_t, my_km=cython.Py_ssize_t)
def _line_features_typed(text: str, language: str) -> LineFeatures:
    """line_features in one typed pass over the code points (compiled only)."""
    n = len(text)
    # segment.ends_sentence: the last character that is not a closer is a terminal.
    i = n - 1
    while i >= 0 and text[i] in "\"'”’»)）」』】]":  # segment._CLOSERS
        i -= 1
    terminal: cython.bint = i >= 0 and text[i] in ".!?。！？…;；:؛।॥۔؟։።፧။།។៕"  # segment._TERMINAL
    ntokens = digits = cjk = hiragana = zh = hangul = thai_lao = my_km = 0
    space = True
    wide = False  # a character beyond ASCII
    classes = _ASCII_CLASS
    table = classes
    for c in text:
        if c < 128:
            ascii_class = table[c]  # one load instead of a chain of range tests (most characters are letters)
            if ascii_class == _ASCII_SPACE:
                space = True
                continue
            if ascii_class == _ASCII_DIGIT:
                digits += 1
        else:
            wide = True
            if c.isspace():
                space = True
                continue
            if c.isdecimal():  # what \d matches
                digits += 1
            elif _is_cjk(c):
                cjk += 1
                if c <= 0x309F:
                    hiragana += 1
                elif _is_zh_function(c):
                    zh += 1
            elif 0xAC00 <= c <= 0xD7A3:
                hangul += 1
            elif 0x0E01 <= c <= 0x0EFF:  # Thai, Lao (their digits are decimal: counted above)
                thai_lao += 1
            elif (0x1000 <= c <= 0x109F and c != 0x104A and c != 0x104B) or (
                0x1780 <= c <= 0x17DD and not (0x17D4 <= c <= 0x17DB and c != 0x17D7)
            ):  # Myanmar, Khmer: _MY_KM_LETTER
                my_km += 1
        if space:
            ntokens += 1
            space = False
    f = LineFeatures.__new__(LineFeatures)
    f.text = text
    f.language = language
    f.terminal = terminal
    f.digits = cython.cast(cython.double, digits) / n
    f.cls = SHORT
    f._cjk_runs = None
    f._stop_state = 0
    f._stop_val = 0.0
    f._sentences = -1
    f._code_like = -1
    f._legal = -1
    f._inline_label = -1
    f._hiragana = hiragana
    f._zh_function = zh
    f.cjk = cjk
    f.continua = thai_lao + my_km
    f.eff_len = n + 2 * cjk + hangul + thai_lao // 2
    if not wide:
        f.words = f._ntokens = ntokens
        return f
    if 2 * cjk >= n:  # ntokens = len(text.split()) if cjk < n / 2 else 0
        ntokens = 0
    f._ntokens = ntokens
    f.words = ntokens + (2 * cjk + 1) // 3  # round(cjk / 1.5): never a tie, so the same integer
    return f


@cython.cfunc
@cython.locals(cjk=cython.Py_ssize_t, n=cython.Py_ssize_t, ntokens=cython.Py_ssize_t, c=cython.Py_UCS4,
               count=cython.Py_ssize_t, i=cython.Py_ssize_t, start=cython.Py_ssize_t, wide=cython.bint,
               intoken=cython.bint, hiragana=cython.Py_ssize_t, zh=cython.Py_ssize_t, h=cython.ulonglong,
               st=_Stoplist, lowers=bytes, table=cython.p_uchar, low=cython.ulonglong, blank=cython.bint)
def _stop_value(f: LineFeatures) -> cython.double:
    """The stop density (see _stop_density), or -1.0 for None; compiled only."""
    text: str = f.text
    cjk = f.cjk
    n = len(text)
    if _continua_line(f):
        return _continua_density(text, f.continua)
    if cjk >= 10 and 3 * cjk >= n:
        hiragana, zh = f._hiragana, f._zh_function
        if hiragana < 0:  # built by LineFeatures(...), not by the typed pass
            hiragana = zh = 0
            for c in text:
                if 0x3040 <= c <= 0x309F:
                    hiragana += 1
                elif _is_zh_function(c):
                    zh += 1
        if f.language == "ja" or hiragana:
            return cython.cast(cython.double, hiragana) / cjk / 1.2
        return cython.cast(cython.double, zh) / cjk * 3.0
    ntokens = f._ntokens
    if not ntokens:
        return -1.0
    st = _stoplist(f.language)
    sw = st.sw
    if sw is None:
        return -1.0
    # sum(map(sw.__contains__, text.lower().split())): str.lower() never makes or unmakes whitespace (and
    # Greek final sigma looks no further than the token), so each token is lowered on its own. An ASCII
    # token is hashed (lower-cased) on the way and looked up in place; another is cut out and lowered.
    count = i = start = 0
    intoken = wide = False
    h = _FNV_OFFSET
    lowers = _ASCII_LOWER
    table = lowers
    for c in text:
        if c < 128:
            low = table[c]  # one load: whitespace, or the lower-cased character to hash
            blank = low == _ASCII_BLANK
        else:
            blank = c.isspace()
        if blank:
            if intoken:
                if wide:
                    count += _is_stopword(text, start, i, sw)
                else:
                    count += _ascii_stopword(st, text, start, i, h)
                intoken = False
        else:
            if not intoken:
                intoken = True
                start = i
                wide = False
                h = _FNV_OFFSET
            if c >= 128:
                wide = True
            else:
                h = (h ^ low) * _FNV_PRIME
        i += 1
    if intoken:
        if wide:
            count += _is_stopword(text, start, i, sw)
        else:
            count += _ascii_stopword(st, text, start, i, h)
    return cython.cast(cython.double, count) / ntokens


@cython.cfunc
@cython.inline
def _is_stopword(text: str, start: cython.Py_ssize_t, end: cython.Py_ssize_t, sw: frozenset) -> cython.int:
    """1 if the token text[start:end] (with a character beyond ASCII), lower-cased, is in sw."""
    token: str = text[start:end].lower()
    return 1 if token in sw else 0


_NO_LIMIT = cython.declare(cython.Py_ssize_t, sys.maxsize)  # a count limit no line reaches


def _regex_sentence_count(text: str) -> int:
    """The sentence ends of a line as the regexes define them: _SENT_PUNCT_RE's matches in the text with its
    Thai/Lao bridges removed (_CONTINUA_BRIDGE_RE). A bridge holds no match of the other alternatives (it opens
    after a letter and ends in a digit or before ๆ), so taking it out moves only the gap rule."""
    if not text.isascii():
        text = _CONTINUA_BRIDGE_RE.sub("", text)
    return len(_SENT_PUNCT_RE.findall(text))


@cython.ccall  # visible to tests/test_boilerplate_streaming.py; boilerplate calls it in C
def _count_sentences(text: str) -> cython.Py_ssize_t:
    """_regex_sentence_count(text): see _count_sentences_upto."""
    return _count_sentences_upto(text, _NO_LIMIT)


# The states of _count_sentences_upto's Thai/Lao pass: in or after a run of letters (or after anything else);
# one whitespace character after a letter; a number after that; one whitespace character after that number.
_RUN = cython.declare(cython.int, 0)
_RUN_SPACE = cython.declare(cython.int, 1)
_RUN_NUMBER = cython.declare(cython.int, 2)
_RUN_NUMBER_SPACE = cython.declare(cython.int, 3)


@cython.ccall  # visible to tests/test_boilerplate_streaming.py; boilerplate calls it in C
@cython.locals(count=cython.Py_ssize_t, c=cython.Py_UCS4, pending=cython.bint, run=cython.Py_ssize_t,
               held=cython.Py_ssize_t, state=cython.int, digit_last=cython.bint, continua=cython.Py_ssize_t)
def _count_sentences_upto(text: str, limit: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """min(_regex_sentence_count(text), limit): a CJK or SCRIPT_STOPS sentence end always counts; ".!?" when
    closers and then whitespace or the end follow; a whitespace character between a run of CONTINUA_RUN
    Thai/Lao letters and another letter, where a number between single spaces or a space before ๆ joins the
    runs on either side (_CONTINUA_BRIDGE_RE). The pass stops at the limit-th sentence end: the rules only ask
    for one or two.

    One forward pass (no indexing back into the text): after ".!?" the end is pending over the closers and is
    counted at the first other character if that is whitespace, or at the end of the line. `run` is the
    letters of the current (joined) run, 0 after anything else; `held` the run before a whitespace character
    that may be a gap or the start of a bridge; `state` where the pass is in that (_RUN, _RUN_SPACE, ...)."""
    count = 0
    if count >= limit:
        return count
    pending = False
    run = held = 0
    state = _RUN
    digit_last = False  # in _RUN_NUMBER: the number so far ends in a digit
    continua = CONTINUA_RUN  # (a typed local: the module constant is a Python object)
    for c in text:
        if pending:
            if c in "\"”’»)）」』":
                state = _RUN
                run = 0
                continue
            pending = False
            if c.isspace():
                count += 1
                if count >= limit:
                    return count
                state = _RUN
                run = 0
                continue
        if "?" < c < "\u0589" and c != "\xa0" and c != "\x85":  # most letters (Latin, Greek, Cyrillic)
            state = _RUN
            run = 0
            continue
        if "\u0e00" < c <= "\u0eff" and not ("\u0e50" <= c <= "\u0e59" or "\u0ed0" <= c <= "\u0ed9"):
            if state == _RUN_SPACE:  # a letter after a run and one whitespace character
                if c == "\u0e46":  # ๆ: the run goes on
                    run = held + 1
                elif held >= continua:
                    count += 1
                    if count >= limit:
                        return count
                    run = 1
                else:
                    run = 1
            elif state == _RUN_NUMBER_SPACE:  # a bridged number: the run goes on
                run = held + 1
            else:
                run += 1
            state = _RUN
            continue
        if c.isspace():
            if state == _RUN and run > 0:
                state = _RUN_SPACE
                held = run
            elif state == _RUN_NUMBER and digit_last:
                state = _RUN_NUMBER_SPACE
            else:
                state = _RUN
            run = 0
            continue
        if c.isdecimal():  # (no decimal digit is a sentence end)
            if state in (_RUN_SPACE, _RUN_NUMBER):
                state = _RUN_NUMBER
                digit_last = True
            else:
                state = _RUN
                run = 0
            continue
        if state == _RUN_NUMBER and (c == "." or c == "," or c == ":" or c == "/" or c == "-"):
            digit_last = False
        else:
            state = _RUN
            run = 0
        if c == "。" or c == "！" or c == "？":  # (character literals: the same test compiled and in pure Python)
            count += 1
            if count >= limit:
                return count
        elif c == "." or c == "!" or c == "?":
            pending = True
        elif "\u0589" <= c <= "\u17d5" and c in "।॥۔؟։።፧။།។៕":  # SCRIPT_STOPS
            count += 1
            if count >= limit:
                return count
    return count + 1 if pending else count


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, c=cython.Py_UCS4)
def _code_like_text(text: str) -> cython.bint:
    """_CODE_CHAR_RE.search(text) or _CODE_WORD_RE.match(text), typed."""
    for c in text:
        if c in "{}();=<>[]":
            return True
    n = len(text)
    i = 0
    while i < n and text[i].isspace():
        i += 1
    if i == n or text[i] not in "dcirvlf":
        return False
    for kw in ("def", "class", "import", "return", "var", "let", "const", "function", "if", "for"):
        if text.startswith(kw, i):
            k = i + len(kw)
            if k == n:
                return True
            c = text[k]
            return not (c.isalnum() or c == "_")  # \b: no word character follows
    return False


@cython.ccall
def line_features(text: str, language: str) -> LineFeatures:
    """Compute features; CJK characters count three times toward length (one carries a word's meaning).

    This runs once per line of every page: compiled, one typed pass over the code points; in pure
    Python it sticks to C-level string methods where it can.
    """
    if cython.compiled:
        return _line_features_typed(text, language)
    n = len(text)
    core = text.rstrip(_CLOSERS)
    terminal = bool(core) and core[-1] in _TERMINAL  # segment.ends_sentence, inlined
    if text.isascii():  # O(1): most lines of most pages
        ntokens = len(text.split())
        # Digits: bytes.translate drops them in C, faster than a regex finding each.
        data = text.encode("ascii")
        digits = n - len(data.translate(None, b"0123456789"))
        return LineFeatures(text, language, n, ntokens, 0, [], ntokens, terminal, digits / n)
    # A line with no character at or above U+3040 has no kana or Han to count (most accented Latin lines).
    cjk_runs = _CJK_RUN_RE.findall(text) if _AT_OR_ABOVE_KANA_RE.search(text) else []
    cjk = sum(map(len, cjk_runs))
    hangul = len(_HANGUL_RE.findall(text)) if cjk < n else 0
    ntokens = len(text.split()) if cjk < n / 2 else 0
    thai_lao = my_km = 0
    if _CONTINUA_ANY_RE.search(text):
        thai_lao = len(_THAI_LAO_RE.findall(text))
        my_km = len(_MY_KM_RE.findall(text))
    return LineFeatures(
        text, language, n + 2 * cjk + hangul + thai_lao // 2, ntokens + round(cjk / 1.5), cjk, cjk_runs, ntokens,
        terminal, len(_DIGIT_RE.findall(text)) / n, thai_lao + my_km,
    )


@cython.ccall
def classify(f: LineFeatures) -> str:
    """Context-free class, jusText-style: good prose, near-good, short, or bad (long but not prose)."""
    eff_len: cython.Py_ssize_t = f.eff_len
    if eff_len < 50:  # before the stop density: most lines are decided here, and it costs a pass over the line
        return SHORT
    terminal: cython.bint = f.terminal
    # Several full sentences are prose whatever the stoplist says (misdetected or unlisted language). Tested
    # before the stop density: every rule below also calls such a line good, and counting its sentence ends
    # is a cheaper pass than the stop density (most long lines are such prose; tests/test_boilerplate_classify.py
    # holds this order to the plain one). Terminal first: it is known, sentences is counted.
    if eff_len >= 150 and terminal and _has_sentences(f, 2):
        return GOOD
    if f._stop_state == 0:
        _fill_stop(f)
    if f._stop_state == 1:  # no stoplist: rely on length and punctuation
        if eff_len >= 150 and (terminal or _has_sentences(f, 1)):
            return GOOD
        return NEAR if eff_len >= 80 and _has_sentences(f, 1) else SHORT
    stop: cython.double = f._stop_val
    # Thai, Lao, Myanmar or Khmer function words found as substrings are a partial list (descriptive Thai prose has
    # few of them): such a line is never classed under the good or near-good that length and sentence ends give
    # without a stoplist (above).
    continua: cython.bint = _continua_line(f)
    if continua and eff_len >= 150 and _has_sentences(f, 1):
        return GOOD
    # (A long line without a sentence end is prose by its stopwords; a Thai or Lao one needs a sentence end, their
    # space between clauses: one long run is a glued menu row or keyword list as often as a paragraph.)
    if eff_len >= 120 and stop >= 0.22 and (terminal or _has_sentences(f, 1) or (eff_len >= 250 and not continua)):
        return GOOD
    if stop >= 0.3 and terminal:
        return GOOD if eff_len >= 80 else NEAR
    if terminal and eff_len >= CJK_CLAUSES_GOOD_LEN and f.cjk > 0 and "，" in f.text:
        return GOOD  # a Chinese sentence of clauses: a recipe's or a how-to's step has few function characters
    if stop >= 0.15 or (terminal and eff_len >= 100):
        return NEAR
    if continua and eff_len >= 80 and _has_sentences(f, 1):
        return NEAR
    if eff_len >= 60 and stop < 0.1 and not terminal:
        return BAD
    return SHORT


# Scores for the main-content search. Positive classes pull a run of lines together;
# negative ones break it. A list-intro or comments heading is a hard break.
SCORES = {
    "hard_break": -8.0,
    "furniture": -2.0,
    "good_per_char": 1 / 80.0,
    "good_max": 15.0,
    "near": 0.5,
    "separator": -0.3,
    "bad": -1.0,
    "short_contentlike": -0.15,
    "short": -1.0,
    "sandwiched": -0.05,
    "header_row": 0.5,
}


# The class names and the separator kind typed (compiled): _score compares a str with a str, not with an
# untyped module global.
_GOOD_CLS = cython.declare(str, GOOD)
_NEAR_CLS = cython.declare(str, NEAR)
_BAD_CLS = cython.declare(str, BAD)
_SEPARATOR_KIND = cython.declare(str, SEPARATOR)


@cython.cclass
class _Weights:
    """The line weights of a SCORES-like dict, read once per page: _score runs for every line, and a dict
    look-up per line cost more than the rest of it. (Compiled, C doubles; every key is read up front.)"""

    hard_break = cython.declare(cython.double)
    separator = cython.declare(cython.double)
    furniture = cython.declare(cython.double)
    good_per_char = cython.declare(cython.double)
    good_max = cython.declare(cython.double)
    near = cython.declare(cython.double)
    bad = cython.declare(cython.double)
    short_contentlike = cython.declare(cython.double)
    short = cython.declare(cython.double)

    def __init__(self, w: dict[str, float]) -> None:
        self.hard_break = w["hard_break"]
        self.separator = w["separator"]
        self.furniture = w["furniture"]
        self.good_per_char = w["good_per_char"]
        self.good_max = w["good_max"]
        self.near = w["near"]
        self.bad = w["bad"]
        self.short_contentlike = w["short_contentlike"]
        self.short = w["short"]


@cython.ccall
def line_score(line: Line, f: LineFeatures, w: dict[str, float] = SCORES) -> float:
    """The line's weight in the main-content search (boilerplate_stage scores a page's lines with _score)."""
    return _score(line.notes, line.kind, f, _Weights(w))


@cython.cfunc
def _score(notes: dict, kind: str, f: LineFeatures, w: _Weights) -> cython.double:
    """line_score of the line with these notes and kind: boilerplate_stage keeps both from its first pass
    (reading a Line's attributes costs more than a list item) and reads the weights once per page."""
    if notes.get("hard_break"):
        return w.hard_break
    if kind == _SEPARATOR_KIND:  # rules inside tables and between sections say little either way
        return w.separator
    if notes.get("furniture"):
        return w.furniture
    cls: str = f.cls
    if cls == _GOOD_CLS:
        return min(f.eff_len * w.good_per_char, w.good_max)
    if cls == _NEAR_CLS:
        return w.near
    if cls == _BAD_CLS:
        return w.bad
    # Short lines: menu items cost more than short lines that look like content (numbers, code, sentences).
    if f.terminal or f.digits > 0.15 or _is_code_like(f):  # known features first
        return w.short_contentlike
    if f._stop_state == 0:
        _fill_stop(f)
    if f._stop_state == 2 and f._stop_val >= 0.3:  # (f.stop_density or 0) >= 0.3
        return w.short_contentlike
    # A numbered item's heading ("4. Listen to fado"), not a menu item.
    if _may_enumerate(f.text) and _ENUM_RE.match(f.text):
        return w.short_contentlike
    if notes.get("chapter"):  # a chapter of a media page's list ("04:12 Selling shares"), as a numbered heading
        return w.short_contentlike
    return w.short


# Enumerated list items: "1.", "2)", "(3)", "1、", "一、", "①".
_ENUM_RE = re.compile(r"^(?:\(?\d{1,3}[.)、．]|[一二三四五六七八九十]{1,3}[、．]|[①-⑳])\s*\S")
_ENUM_OPENERS = "(一二三四五六七八九十"


@cython.ccall
def _may_enumerate(text: str) -> cython.bint:
    """False when _ENUM_RE cannot match `text`: every match opens with "(", a digit (\\d: str.isdecimal), a CJK
    numeral or a circled number, and most short lines (menu items, which reach the test) open otherwise."""
    first = text[:1]
    return first.isdecimal() or (first != "" and first in _ENUM_OPENERS) or "①" <= first <= "⑳"


# A quantity and the thing counted, in lower case: an ingredient or a parts-list row ("2 lemons", "3 tbsp olive
# oil", "1/2 cup sugar", "500 g Mehl", "2 cuillères à soupe d'huile"). Menus and headlines are capitalized.
_QUANTITY_RE = re.compile(
    r"^\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+)?\s*(?:(?i:g|kg|mg|ml|cl|dl|l|oz|lbs?|tbsp|tsp|cups?|el|tl|pcs)\.?\s+\S|[a-zß-öø-ÿ])"
)
QUANTITY_MAX_WORDS = 6


@cython.ccall  # (sandwich_discount calls it in C for every line of a gap)
def _quantity_row(text: str, f: LineFeatures) -> cython.bint:
    """A short line that counts something in lower case: an ingredient or a parts-list row.

    Only between two paragraphs (sandwich_discount): after the article, "3 reasons rents keep rising" may as
    well be a headline of another story."""
    return f.words <= QUANTITY_MAX_WORDS and _QUANTITY_RE.match(text) is not None
_CONTENT_PUNCT_RE = re.compile(r"[;{}=<>│]|\w\(|^\)|,$")


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, c=cython.Py_UCS4, prev=cython.Py_UCS4)
def _content_punct(text: str) -> cython.bint:
    """_CONTENT_PUNCT_RE.search(text) found something, typed (compiled only): one of ";{}=<>│", a "(" after a
    word character (\\w: alphanumeric or "_"), a ")" opening the line, or a "," at its end ($: or before a
    final newline)."""
    n = len(text)
    if n == 0:
        return False
    if text[0] == ")":
        return True
    prev = 32
    for i in range(n):
        c = text[i]
        if c in ";{}=<>│":
            return True
        if c == 40 and i > 0 and (prev.isalnum() or prev == 95):  # "(" after \\w
            return True
        prev = c
    c = text[n - 1]
    return c == 44 or (c == 10 and n >= 2 and text[n - 2] == ",")


@cython.ccall
def content_like(text: str, f: LineFeatures) -> bool:
    """A short line that looks like part of an article (code, data, a clause) rather than a menu item.

    Menu items are bare words; article fragments carry punctuation inside, digits,
    stopwords or start in lower case (code, table cells, list items that continue a sentence),
    or a shell prompt ("$ pip install requests": a tutorial's terminal session).
    """
    return bool(
        f.digits > 0.15
        or _is_code_like(f)
        or dedup.shell_command(text)
        or (_content_punct(text) if cython.compiled else _CONTENT_PUNCT_RE.search(text))
        or (f.cjk == 0 and opens_lower_case(text))
        or (text[-1:] in ".。" and not text.endswith("..") and f.words >= 5)
        or (_may_enumerate(text) and _ENUM_RE.match(text))
    )


INLINE_BOX_WINDOW = 6  # lines on each side of a "related" box where the article's prose is counted
INLINE_BOX_MIN_AFTER = 3  # good paragraphs after a box that make it inline, whatever the article before it
INLINE_SPONSORED_MIN_AFTER = 2  # the same under a widget of paid links right under a paragraph (_sponsored_heading)


INLINE_BOX_LAST_SHARED = 3  # words of the article above the box that its last paragraph under the box repeats
INLINE_BOX_HEADLINE_SHARED = 2  # words a paragraph under the box shares with one of its headlines: that story's teaser
_BOX_WORD_RE = re.compile(r"[^\W\d_]{5,}")


def _box_words(text: str) -> set[str]:
    """The longer words of a line (five letters or more, casefolded): what a paragraph shares with its article."""
    return set(_BOX_WORD_RE.findall(text.casefold()))


def _last_paragraph_under_box(lines: list[Line], feats: list[LineFeatures], a: int, b: int) -> bool:
    """The box at [a, b) has one paragraph under it and then the article's end (tags, a copyright line, another
    box's heading: furniture), and that paragraph repeats INLINE_BOX_LAST_SHARED words of the article's prose above
    the box that the box's own headlines do not hold: the article's last paragraph, not another story's summary.
    A paragraph that shares INLINE_BOX_HEADLINE_SHARED words with one headline of the box is that story's teaser
    (a related story shares the article's words too)."""
    n = len(lines)
    if b >= n or feats[b].cls != GOOD or (b + 1 < n and lines[b + 1].notes.get("furniture") is None):
        return False
    above: set[str] = set()
    for k in range(max(0, a - INLINE_BOX_WINDOW), a):
        if feats[k].cls == GOOD:
            above |= _box_words(lines[k].text)
    last = _box_words(lines[b].text)
    box: set[str] = set()
    for k in range(a, b):
        words = _box_words(lines[k].text)
        if len(words & last) >= INLINE_BOX_HEADLINE_SHARED:
            return False  # the teaser of that headline's story, on the article's topic as related stories are
        box |= words
    return len((last & above) - box) >= INLINE_BOX_LAST_SHARED


# A near-good line that ends its sentence and is this long is a paragraph around a box too: a short paragraph, or one
# in a language without a stoplist (Amharic, Sinhala, Uzbek, ...), which is good prose only from 150 characters on.
INLINE_BOX_NEAR_MIN_LEN = 60


def _box_prose(f: LineFeatures) -> bool:
    """A paragraph of the article around an inline box: good prose, or a near-good full sentence."""
    return f.cls == GOOD or (f.cls == NEAR and f.terminal and f.eff_len >= INLINE_BOX_NEAR_MIN_LEN)


def _box_prose_after(feats: list[LineFeatures], b: int, k: int) -> bool:
    """Line k, under a box that ends at b, is the article's paragraph: good prose, or a near-good full sentence
    that opens the text under the box or is not under a short line with no sentence's end. Near-good sentences each
    under such a line are the teasers of other stories under their headlines (a box's list goes on so), no article."""
    f = feats[k]
    if f.cls == GOOD:
        return True
    if not _box_prose(f):
        return False
    above = feats[k - 1]
    return k == b or above.cls != SHORT or above.terminal


@cython.locals(k=cython.Py_ssize_t, j=cython.Py_ssize_t, notes=dict)
def code_block_transparent(line_notes: list[dict], scores: list[float], i: int) -> None:
    """The code block over a code block's copy button (i: the button's line), up to the tutorial's line above it.

    A docs page or a how-to interleaves prose with commands, config lines and output: short, wordless lines that
    score as menu rows and cut the article off at its first code block ("Danach genügt ein Neustart:" /
    "sudo systemctl restart app" / "Copy" / "Hinweis: ..."). The copy button marks the lines above it as code: up
    to the nearest line that scores as content (the lead-in of the block), none of them a furniture or list line
    (a share row's "Copy" sits under its network buttons) and no more than CODE_BLOCK_MAX_LINES of them, they
    score 0 with the button, so the run search goes over the block. They are kept only inside the run."""
    if scores[i] < 0:
        scores[i] = 0.0
    k = i - 1
    while k >= 0 and i - k <= CODE_BLOCK_MAX_LINES and scores[k] <= 0:
        notes = line_notes[k]
        if "furniture" in notes or "in_list" in notes:
            return
        k -= 1
    if k < 0 or scores[k] <= 0 or k == i - 1:
        return
    for j in range(k + 1, i):
        if scores[j] < 0:
            scores[j] = 0.0


def inline_boxes_transparent(
    lines: list[Line], feats: list[LineFeatures], scores: list[float], blocks: list[tuple[int, int]]
) -> None:
    """A "related articles" box with article prose right before and after it sits inside the article.

    Its lines are removed by their own rule either way; scoring them 0 keeps the run search from
    cutting the article in two at the box (a box after the article still ends it). Lists that follow
    one another directly (two headings, each over its links) are one box: only the first has the
    article's prose right before it. That prose is two paragraphs among the three lines above the box:
    a lone teaser paragraph or photo caption over a box above the article does not make it inline. One paragraph
    under the box makes it inline when the article's end follows it and it goes on with the article's words
    (_last_paragraph_under_box).
    """
    merged: list[tuple[int, int]] = []
    for a, b in blocks:  # (in page order: one per list heading)
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    for a, b in merged:
        before = sum(1 for k in range(max(0, a - 3), a) if _box_prose(feats[k])) >= 2
        # (A widget of paid links right under a paragraph, with two paragraphs under it: it sits in an ad slot, no
        # list of the site's other stories that a paragraph or two of another kind would follow.)
        sponsored = a > 0 and _box_prose(feats[a - 1]) and _sponsored_heading(lines[a].text)
        # (or the article's sentence announcing its own list, "The scheme makes these changes:", over its items)
        after = (_box_prose(feats[b]) or _intro_sentence(lines[b].text, feats[b])) if b < len(feats) else False
        # As much prose after the box as before it (a short article the box splits in two), or three
        # paragraphs: fewer after a longer article are other stories' (or comments).
        prose_before = sum(1 for k in range(max(0, a - INLINE_BOX_WINDOW), a) if _box_prose(feats[k]))
        prose_after = sum(1 for k in range(b, min(len(feats), b + INLINE_BOX_WINDOW)) if _box_prose_after(feats, b, k))
        if sponsored and after and prose_after >= INLINE_SPONSORED_MIN_AFTER:
            for k in range(a, b):
                scores[k] = 0.0
            continue
        after = after and (
            prose_after >= min(INLINE_BOX_MIN_AFTER, prose_before) or _last_paragraph_under_box(lines, feats, a, b)
        )
        if before and after:
            for k in range(a, b):
                scores[k] = 0.0


_SPONSORED_LIST_INTRO = tuple(patterns.SPONSORED_LIST_INTRO)


def _sponsored_heading(text: str) -> bool:
    """The list heading names a widget of paid links (patterns.SPONSORED_LIST_INTRO: "Paid Partner Content")."""
    low = text.casefold()
    return any(phrase in low for phrase in _SPONSORED_LIST_INTRO)


NEWSLETTER_BOX_SPAN = 8  # lines of a newsletter sign-up box: heading, blurb, field, button, consent, confirmation
NEWSLETTER_PROSE_AROUND = 2  # good lines among the three on either side: the box sits inside the article


def _box_line(line: Line, f: LineFeatures) -> bool:
    """A line a sign-up box may hold: furniture (its button, its consent line) or no paragraph of prose."""
    notes = line.notes
    return not notes.get("hard_break") and (notes.get("furniture") is not None or f.cls != GOOD)


NEWSLETTER_FORM_LINES = 3  # a box's own lines (field, consent, fine print...): a sign-up form for sure


def _signup_form_box(lines: list[Line], a: int, b: int) -> bool:
    """Lines a..b hold a sign-up form: its fine print under the button (mark_signup_fine_print), or three lines of
    the form's own (the e-mail field, the consent line, the confirmation: "newsletter" lines)."""
    count = 0
    for k in range(a, b):
        rule = lines[k].notes.get("furniture")
        if rule is _SIGNUP_FINE_PRINT_RULE:
            return True
        if rule is not None and rule[0] == "newsletter":
            count += 1
    return count >= NEWSLETTER_FORM_LINES


# A short sentence of the story next to a sign-up form scores a little below 0 (a short line): above this it counts.
FORM_SIDE_MIN_SCORE = -0.5


def _form_line(line: Line, f: LineFeatures) -> bool:
    """A line of a sign-up form: furniture, or a word or two (a label, a button) that is no sentence."""
    notes = line.notes
    return not notes.get("hard_break") and (
        notes.get("furniture") is not None or (f.words <= SIGNUP_BUTTON_MAX_WORDS and not f.terminal)
    )


def _short_paragraph(f: LineFeatures) -> bool:
    """A paragraph of the story, however short: a full sentence of five words or more."""
    return f.cls == GOOD or (f.terminal and f.words >= 5 and f.cls != BAD)


@cython.locals(n=cython.Py_ssize_t, a=cython.Py_ssize_t, b=cython.Py_ssize_t)
def _box_span(
    lines: list[Line], feats: list[LineFeatures], i: int, member: Callable[[Line, LineFeatures], bool]
) -> tuple[int, int]:
    """The lines a..b around line i that `member` admits (_box_line: the whole box; _form_line: the form's own
    lines), NEWSLETTER_BOX_SPAN lines at most: above line i first, then below it."""
    n = len(lines)
    a = i
    while a > 0 and i - a < NEWSLETTER_BOX_SPAN and member(lines[a - 1], feats[a - 1]):
        a -= 1
    b = i + 1
    while b < n and b - a < NEWSLETTER_BOX_SPAN and member(lines[b], feats[b]):
        b += 1
    return a, b


# (notes typed: its get() is a C dict look-up, not a method call, on every line of the page)
@cython.locals(notes=dict, i=cython.Py_ssize_t, n=cython.Py_ssize_t)
def newsletter_boxes_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """A newsletter sign-up box between two paragraphs does not cut the article in two.

    The box is a handful of furniture lines in a row (its call to action, the blurb, the e-mail field, the
    button, the consent line, the confirmation), which the run search would take for the end of the article.
    Around a line of such a box ("newsletter" rule), the box lines score 0 when article prose comes right
    before and after them; they are still removed by their own rules. A box after the article still ends it.
    """
    n = len(lines)
    i = 0
    while i < n:
        notes = lines[i].notes
        rule = notes.get("furniture")
        if rule is None or (
            rule[0] != "newsletter" and rule[0] != "donation" and rule[0] != "broadcast-break"
            and rule is not _RANKING_LINK_RULE
        ):
            i += 1
            continue
        a, b = _box_span(lines, feats, i, _box_line)
        before = sum(1 for k in range(max(0, a - 3), a) if feats[k].cls == GOOD and scores[k] > 0)
        after = sum(1 for k in range(b, min(n, b + 3)) if feats[k].cls == GOOD and scores[k] > 0)
        # A box told by its shape (mark_signup_blurbs: heading, blurb, button) is one for sure: a good line on
        # each side is enough (in the article's head it sits between the lead and the byline).
        # (So is a blog-ranking banner under its plea: mark_ranking_links.)
        # (And a transcript's break marker: "(COMMERCIAL BREAK)" between what was said before and after it.)
        need = (
            1 if rule is _SIGNUP_BLURB_RULE or rule is _SIGNUP_HEAD_RULE or rule is _RANKING_LINK_RULE
            or rule[0] == "broadcast-break" else NEWSLETTER_PROSE_AROUND
        )
        if before >= need and after >= need:
            for k in range(a, b):
                if scores[k] < 0:
                    scores[k] = 0.0
        elif rule[0] == "newsletter":
            # A sign-up form for sure (_signup_form_box: its fine print, or three lines of its own) in a story of
            # short paragraphs: the form is its furniture lines alone, and a short paragraph of the story on each
            # side of it is enough.
            a, c = _box_span(lines, feats, i, _form_line)
            if (
                _signup_form_box(lines, a, c) and a > 0 and c < n
                and _short_paragraph(feats[a - 1]) and scores[a - 1] > FORM_SIDE_MIN_SCORE
                and _short_paragraph(feats[c]) and scores[c] > FORM_SIDE_MIN_SCORE
            ):
                for k in range(a, c):
                    if scores[k] < 0:
                        scores[k] = 0.0
        i = b


VERSE_MIN_LINES = 6  # lines of a stanza (or a short poem) in a row
VERSE_LINE_WORDS = (3, 12)  # words of a line of verse: more than a menu item, less than a sentence of prose
VERSE_LOWER_SHARE = 0.5  # lines that go on in lower case: free verse; a list of headlines opens each with a capital


# (Typed copies for _verse_line, which runs for every line.)
_VERSE_MIN_WORDS = cython.declare(cython.Py_ssize_t, VERSE_LINE_WORDS[0])
_VERSE_MAX_WORDS = cython.declare(cython.Py_ssize_t, VERSE_LINE_WORDS[1])


@cython.cfunc
@cython.locals(notes=dict)
def _verse_line(line: Line, f: LineFeatures) -> cython.bint:
    """A line a poem may hold: short, wordy, no line rule, no paragraph of prose."""
    if not (f.cls != _GOOD_CLS and _VERSE_MIN_WORDS <= f.words <= _VERSE_MAX_WORDS and f.cjk == 0 and f.eff_len <= 90):
        return False
    notes = line.notes
    return notes.get("furniture") is None and not notes.get("hard_break")


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t, lower=cython.Py_ssize_t,
               line=Line)
def verse_scored(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """The lines of a poem are its content, not a menu: they score as near-good text.

    A poem is short lines without sentence ends, which the run search scores as menu items and drops, poem
    and all. A run of VERSE_MIN_LINES+ lines of three to twelve words with no line rule, most of them going on
    in lower case (a line of verse continues the sentence of the line above; menu items and headlines are
    capitalized), scores like near-good text. Capitalized verse is not told from a list of headlines here.
    A script without case (Georgian, Arabic, Hebrew, the Indic scripts) shows no going on: on a page without a
    single sentence of prose, as mark_cjk_verse reads CJK lyrics, its lines count as going on.
    """
    n = len(lines)
    for k in range(n):
        line = lines[k]  # (typed: its notes are a C field)
        if line.notes.get("verse"):  # CJK verse (mark_cjk_verse)
            scores[k] = max(scores[k], SCORES["near"])
    caseless_verse = not _has_prose_sentence(lines, feats)
    i = 0
    while i < n:
        if not _verse_line(lines[i], feats[i]):
            i += 1
            continue
        j = i
        lower = 0
        while j < n and _verse_line(lines[j], feats[j]):
            if opens_lower_case(lines[j].text) or (caseless_verse and _opens_caseless(lines[j].text)):
                lower += 1
            j += 1
        if j - i >= VERSE_MIN_LINES and lower >= VERSE_LOWER_SHARE * (j - i):
            # The poem's title and byline over it ("Low Tide at Harrow Point", "by Jane Doe") are no verse.
            while i < j and (_VERSE_HEAD_RE.match(lines[i].text) or _capitalized_words(lines[i].text)):
                i += 1
            for k in range(i, j):
                scores[k] = max(scores[k], SCORES["near"])
                lines[k].notes["verse"] = True  # (metadata: the body starts at the first line of verse)
        i = j


_VERSE_HEAD_RE = re.compile(r"(?:by|von|par|por|di|door|av)\s+[A-ZÀ-Þ]")


# A story told in one short sentence a line ("The baker waves." / "我没有说话。" / "\"Very.\""): a personal essay, a
# Chinese or Japanese essay of short lines, dialogue-heavy fiction. Each line is a short line to the run search
# (short_contentlike, a small cost), and a page of them kept only its few longest lines. A run of
# SENTENCE_RUN_MIN_LINES+ short lines in a row, each a sentence (it ends with a full stop, an exclamation or a
# question mark, closing quotes aside; no colon or semicolon: a list's lead) of SENTENCE_LINE_MIN_WORDS+ words
# (SENTENCE_LINE_MIN_CJK+ characters in CJK) with no line rule, most of them ending with a full stop (a list of
# headlines asks questions, none ends with a full stop), scores as a small positive weight each, so the run
# search takes the story whole. A menu, a list of headlines and a tag row end in no full stop; a comment thread
# has names and dates between its short comments, and its heading is a hard break.
SENTENCE_RUN_MIN_LINES = 6
SENTENCE_LINE_MIN_WORDS = 2
SENTENCE_LINE_MIN_CJK = 4
SENTENCE_RUN_FULL_STOP_SHARE = 0.5
SENTENCE_RUN_WEIGHT = 0.25
# A box of short sentences set next to an article ("Great article!" / "Thanks for sharing." under it, a "Why join?"
# box of benefits, testimonials, a product's feature bullets, FAQ answers, a live blog's one-liners) is no story of
# its own: the page's prose outside the run's sentences outweighs them. A story of one sentence a line is the page's
# text, or has its prose between its sentences (dialogue fiction); what prose lies outside its sentences (a lead, an
# author's box) is shorter than they are. SENTENCE_RUN_OUTSIDE_PROSE_SHARE: the prose outside, in characters, at
# most this share of the characters from the run's first sentence to its last.
SENTENCE_RUN_OUTSIDE_PROSE_SHARE = 1.0
_SENTENCE_STOPS = ".!?。！？…"
_FULL_STOPS = ".。…"


def _story_line_end(line: Line, f: LineFeatures) -> str:
    """What a line is to a story of one sentence a line: its sentence end ("." or "!" ...) when it is a short
    sentence of SENTENCE_LINE_MIN_WORDS+ words; "-" when it goes on the story without counting (a sentence of one
    word, "\"Very.\"", or a paragraph of prose: scored already); "" when it breaks it (a line with a rule, a
    heading or a menu item with no sentence end)."""
    notes = line.notes
    if notes.get("furniture") is not None or notes.get("hard_break") or "in_list" in notes:
        return ""
    if f.cls == _GOOD_CLS or f.cls == _NEAR_CLS:
        return "-"
    core = line.text.strip().rstrip(_CLOSERS)
    if not core or core[-1] not in _SENTENCE_STOPS:
        return ""
    if f.cjk > 0:
        return core[-1] if f.cjk >= SENTENCE_LINE_MIN_CJK else "-"
    return core[-1] if f.words >= SENTENCE_LINE_MIN_WORDS else "-"


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t,
               count=cython.Py_ssize_t, stops=cython.Py_ssize_t, first=cython.Py_ssize_t, last=cython.Py_ssize_t,
               prose_total=cython.Py_ssize_t, prose_inside=cython.Py_ssize_t, span_chars=cython.Py_ssize_t)
def sentence_runs_scored(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """The short sentences of a story of one sentence a line score as a little content (see above), unless the
    page's prose outside them outweighs them (SENTENCE_RUN_OUTSIDE_PROSE_SHARE): a box set next to an article."""
    n = len(lines)
    ends = [_story_line_end(lines[k], feats[k]) for k in range(n)]
    prose = [len(lines[k].text) if feats[k].cls == _GOOD_CLS or feats[k].cls == _NEAR_CLS else 0 for k in range(n)]
    prose_total = sum(prose)
    i = 0
    while i < n:
        if not ends[i]:
            i += 1
            continue
        j = i
        count = 0
        stops = 0
        while j < n and ends[j]:
            if ends[j] != "-":
                count += 1
                if ends[j] in _FULL_STOPS:
                    stops += 1
            j += 1
        if count >= SENTENCE_RUN_MIN_LINES and stops >= SENTENCE_RUN_FULL_STOP_SHARE * count:
            first = i
            while ends[first] == "-":
                first += 1
            last = j - 1
            while ends[last] == "-":
                last -= 1
            span_chars = 0
            prose_inside = 0
            for k in range(first, last + 1):
                span_chars += len(lines[k].text)
                prose_inside += prose[k]
            if prose_total - prose_inside > SENTENCE_RUN_OUTSIDE_PROSE_SHARE * span_chars:
                i = j
                continue  # a box of short sentences next to an article
            for k in range(i, j):
                if feats[k].cls == SHORT:  # (prose keeps its own score)
                    scores[k] = max(scores[k], SENTENCE_RUN_WEIGHT)
                lines[k].notes["story_line"] = True  # (metadata: the body starts at the story's first line)
        i = j


# A page of mathematics shows its formulas as lines of symbols ("( ∑ k = 1 n a k b k ) 2 ≤ ...", "x ˙ = σ ( y − x )"
# as rendered MathML reads when copied: a token per symbol), each under a short heading ("The Lorenz Equations") or
# a clause that leads into it ("The probability of getting"). The run search reads such lines as symbol rows and
# short lines, and keeps only the prose after the last formula. On a page that holds a character of the
# Mathematical Operators block (−, ≤, ∑, √, ⋅ ...), a formula line holds a relation (=, ≠, ≤, ≈ ...) and
# FORMULA_MIN_TOKENS+ tokens, FORMULA_SINGLE_SHARE of them one character long: no menu or share bar does, nor a
# markets or weather widget ("1 GBP = 1.2034 USD ↓ −0.21 %": half its tokens are words and numbers). Where
# FORMULA_MIN_LINES of them stand within FORMULA_GAP lines of each other, each scores as near-good text, and the
# short lines between two of them or right over the first (their headings) as neutral, so the run goes over the
# formulas; line rules still take what they take. Their lines are noted "formula": the metadata stage takes none
# of them for the page's title (a formula's heading is a heading inside the article, never its title).
FORMULA_MIN_LINES = 2  # formula lines of a section: one stray "x = −3" changes nothing
FORMULA_GAP = 3  # lines from one formula line to the next within a section (a heading, a clause)
FORMULA_MIN_TOKENS = 5  # "a 2 = c ⋅ p"
FORMULA_SINGLE_SHARE = 0.6  # tokens of one character ("tan θ = sin θ / cos θ": 5 of 8)
FORMULA_HEADING_WORDS = 10  # words of a heading or lead-in clause between two formulas
_FORMULA_RELATIONS = frozenset("=≠≤≥≈≡≅∼≃∝≪≫⩽⩾<>")
_FORMULA_MIN_TOKENS = cython.declare(cython.Py_ssize_t, FORMULA_MIN_TOKENS)
_FORMULA_SINGLE_SHARE = cython.declare(cython.double, FORMULA_SINGLE_SHARE)


@cython.cfunc
@cython.locals(c=cython.Py_UCS4)
def _has_math_operator(text: str) -> cython.bint:
    """The page-level premise: a character of the Mathematical Operators block (U+2200-U+22FF) in `text`. A typed
    loop: re's search for a character class over a whole page cost 127 M instructions over the dev pages, where
    6 of 204 hold one."""
    if text.isascii():
        return False
    for c in text:  # noqa: SIM110 (a typed C loop; a generator costs a call per character)
        if "\u2200" <= c <= "\u22ff":
            return True
    return False


@cython.cfunc
@cython.locals(c=cython.Py_UCS4, tokens=cython.Py_ssize_t, single=cython.Py_ssize_t, size=cython.Py_ssize_t,
               relation=cython.bint)
def _formula_line(text: str) -> cython.bint:
    """A line that reads as a formula: a relation, FORMULA_MIN_TOKENS+ tokens (split at spaces), a
    FORMULA_SINGLE_SHARE of them one character long."""
    tokens = 0
    single = 0
    size = 0
    relation = False
    for c in text:
        if c == " " or c == "\t":
            if size > 0:
                tokens += 1
                single += size == 1
                size = 0
            continue
        size += 1
        # _FORMULA_RELATIONS spelled out: compiled, a literal is a C switch on the typed character; the frozenset
        # made a str of it and a set look-up per character (26 M instructions on the dev pages' 6 math pages).
        if not relation and c in "=≠≤≥≈≡≅∼≃∝≪≫⩽⩾<>":
            relation = True
    if size > 0:
        tokens += 1
        single += size == 1
    return relation and tokens >= _FORMULA_MIN_TOKENS and single >= _FORMULA_SINGLE_SHARE * tokens


@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, m=cython.Py_ssize_t, last=cython.Py_ssize_t)
def formulas_scored(lines: list[Line], feats: list[LineFeatures], scores: list[float], page_text: str) -> None:
    """The formulas of a page of mathematics are its content: see FORMULA_MIN_LINES."""
    if not _has_math_operator(page_text):
        return
    n = len(lines)
    formulas = [
        k for k in range(n)
        if lines[k].notes.get("furniture") is None and not lines[k].notes.get("hard_break")
        and _formula_line(lines[k].text)
    ]
    if len(formulas) < FORMULA_MIN_LINES:
        return
    last = -1
    for m in range(len(formulas)):
        k = formulas[m]
        near = (m > 0 and k - formulas[m - 1] <= FORMULA_GAP) or (
            m + 1 < len(formulas) and formulas[m + 1] - k <= FORMULA_GAP
        )
        if not near:
            last = k
            continue
        if scores[k] < SCORES["near"]:
            scores[k] = SCORES["near"]
        lines[k].notes["formula"] = True  # (metadata: no title candidate)
        # The heading or clause between two formulas, or right over the section's first formula ("When").
        for j in range(last + 1 if last >= 0 and k - last <= FORMULA_GAP else k - 1, k):
            notes = lines[j].notes
            if (
                j >= 0 and scores[j] < 0 and notes.get("furniture") is None and not notes.get("hard_break")
                and feats[j].words <= FORMULA_HEADING_WORDS
            ):
                scores[j] = 0.0
                notes["formula"] = True
        last = k


def _has_prose_sentence(lines: list[Line], feats: list[LineFeatures]) -> bool:
    """The page holds a sentence of prose: a paragraph, or a near-good line that ends a sentence and no line rule
    took (a legal line under lyrics is none)."""
    for k in range(len(lines)):
        f = feats[k]
        if f.cls == GOOD or (f.cls == NEAR and f.terminal and lines[k].notes.get("furniture") is None):
            return True
    return False


def _opens_caseless(text: str) -> bool:
    """The line's first letter belongs to a script written in one case: Arabic, Hebrew, Devanagari, and Georgian,
    whose Mkhedruli letters Unicode calls lower case (segment.opens_lower_case). CJK has its own reading
    (mark_cjk_verse)."""
    for ch in text:
        if ch.isalpha():
            return ("\u10d0" <= ch <= "\u10ff") or (ch.lower() == ch.upper() and not ("\u3040" <= ch <= "\u9fff"))
    return False

# A line of Chinese or Japanese verse as lyrics pages print it: half-lines of CJK characters parted by a space, no
# punctuation ("南風慢慢吹 吹過稻田邊"). Menu items have no space inside; headlines hold punctuation or digits.
_CJK_VERSE_LINE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{2,10}(?: [\u3040-\u30ff\u3400-\u9fff]{2,10}){1,3}")


def mark_cjk_verse(lines: list[Line], feats: list[LineFeatures]) -> None:
    """On a page with no sentence of prose, a run of VERSE_MIN_LINES+ lines of CJK verse is its text (notes["verse"]).

    A lyrics page is short lines only: the run search finds no paragraph and a list heading in the menu
    ("排行榜") takes the stanzas for its list, leaving nothing. verse_scored reads the Latin-script shape
    (lines going on in lower case); CJK verse has no case, but prints its half-lines parted by a space. A
    list of headlines can take that shape too: only a page without a single sentence of prose (a paragraph, or a
    near-good line that ends a sentence: a short article's) is read this way.
    """
    n = len(lines)
    if _has_prose_sentence(lines, feats):
        return  # (a legal line under the lyrics, "版權歸原作者所有。", is none)
    i = 0
    while i < n:
        if not (feats[i].cjk and _CJK_VERSE_LINE_RE.fullmatch(lines[i].text.strip())):
            i += 1
            continue
        j = i
        while j < n and feats[j].cjk and _CJK_VERSE_LINE_RE.fullmatch(lines[j].text.strip()):
            j += 1
        if j - i >= VERSE_MIN_LINES:
            for k in range(i, j):
                lines[k].notes["verse"] = True
        i = j


def _capitalized_words(text: str) -> bool:
    """Every word of three letters or more capitalized: a title ("Low Tide at Harrow Point"), not a line of verse."""
    words = [w for w in text.split() if len(w) >= 3 and w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


QA_CARD_MIN_META = 2  # byline lines of a post (asked, reputation, badges, answer count) in one card
QA_CARD_SPAN = 16  # lines of the card between two posts: tags, controls, byline, answer count, sort, votes
QA_PROSE_AROUND = 3  # lines on either side of the card where a post's prose is looked for
_QA_TAG_RE = re.compile(r"[a-z0-9][a-z0-9.+#-]{0,34}")  # a tag or control of a post: "python", "file-handling"
QA_TAG_MAX_CHARS = 35
QA_TAG_MAX_WORDS = 3
QA_TAG_BUTTONS_MAX = 2  # button words between a post's tags and the first marked line of its card
QA_TAG_BUTTON_CHARS = 16
_QA_CARD_RULE = ("qa-card", "line of the byline card between two posts of a Q&A thread (name, controls)")


_PROSE_CLASSES = (GOOD, NEAR)


# A comment's signature under it on a Q&A post: a dash and the commenter's handle alone ("– marrowbone").
_QA_COMMENT_SIGNATURE_RE = re.compile(r"^[–—-]\s?[^\s–—-][^\s]{1,29}$")


QA_COMMENT_TIME_MAX_WORDS = 8


def _qa_comment_line(lines: list[Line], k: int) -> bool:
    """lines[k] is a comment on a post, with its "– handle" signature right under it and the comment's time under
    that ("Oct 3, 2022 at 17:44", "3 hours ago"): part of the post's card (its prose would otherwise end the card,
    and the thread's run with it, at the first comment). A quote in a post with its author under it ("– Postel")
    has no time under the name: the post's controls or its prose follow."""
    if k + 2 >= len(lines) or lines[k].notes.get("hard_break"):
        return False
    if _QA_COMMENT_SIGNATURE_RE.match(lines[k + 1].text.strip()) is None:
        return False
    when = lines[k + 2]
    rule = when.notes.get("furniture")
    return (
        len(when.text.split()) <= QA_COMMENT_TIME_MAX_WORDS
        and any(ch.isdigit() for ch in when.text)
        and not (rule is not None and rule[0] == "qa-meta")
    )


@cython.cfunc
def _qa_card_line(line: Line, f: LineFeatures) -> cython.bint:
    """A line a post's byline card may hold: no prose (a short last answer is near-good) and no hard break."""
    return f.cls != _GOOD_CLS and f.cls != _NEAR_CLS and not line.notes.get("hard_break")


def _qa_tag_phrase(text: str) -> bool:
    """A tag of a few lower-case words in any script that has case ("chăn nuôi", "bệnh gia cầm", "сад і город"):
    letters and spaces or hyphens only, at most QA_TAG_MAX_WORDS words."""
    if len(text) > QA_TAG_MAX_CHARS or not text.islower() or len(text.split()) > QA_TAG_MAX_WORDS:
        return False
    return all(c.isalpha() or c == " " or c == "-" for c in text)


def _qa_card_opens_at_prose(lines: list[Line], a: int, b: int) -> bool:
    """The card's lines before its first rule-marked line are lower-case single words (the post's tags and a
    bare "share" control) right under the post's prose: removed with the card. After a code block they
    could be its last lines ("end", "done"): the card then opens at its first marked line. Tags of a few
    lower-case words ("chăn nuôi", "gà con") count too, and after one such tag or more, one or two button words
    right over the first marked line ("Theo dõi" (follow) over "Chia sẻ" (share)): a post's own last line is no
    button under its tags."""
    tags = buttons = 0
    for k in range(a, b):
        if lines[k].notes.get("furniture") is not None:
            return k > a
        text = lines[k].text.strip()
        if not buttons and (_QA_TAG_RE.fullmatch(text) or _qa_tag_phrase(text)):
            tags += 1
            continue
        if not tags or buttons >= QA_TAG_BUTTONS_MAX or len(text) > QA_TAG_BUTTON_CHARS or len(text.split()) > 2:
            return False
        if not all(c.isalpha() or c == " " for c in text):
            return False
        buttons += 1
    return False


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, a=cython.Py_ssize_t, b=cython.Py_ssize_t, k=cython.Py_ssize_t,
               meta=cython.Py_ssize_t, notes=dict)
def qa_cards_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """The byline card between the question and an answer (or two answers) does not cut the thread.

    A Q&A page closes each post with its tags, controls ("share", "improve this question", "follow") and a
    byline card ("asked 3 hours ago", a name, "1,234 reputation", "3 silver badges"), then "2 Answers",
    "Sorted by: ..." and the next post's votes: a dozen short lines, which the run search takes for the end
    of the article, keeping only the longest answer. A span of lines without prose that holds two byline
    lines ("qa-meta" rule) scores 0 when a post's prose comes within three lines before and after it. Its lines
    are removed (the name and the tags and controls right under the post: "qa-card"), also under the last
    answer, whose card still ends the thread.
    """
    n = len(lines)
    i = 0
    while i < n:
        notes = lines[i].notes
        rule = notes.get("furniture")
        if rule is None or rule[0] != "qa-meta":
            i += 1
            continue
        a = i
        while a > 0 and i - a < QA_CARD_SPAN and (
            _qa_card_line(lines[a - 1], feats[a - 1]) or _qa_comment_line(lines, a - 1)
        ):
            a -= 1
        b = i + 1
        while b < n and b - a < QA_CARD_SPAN and (_qa_card_line(lines[b], feats[b]) or _qa_comment_line(lines, b)):
            b += 1
        meta = 0
        for k in range(a, b):
            notes = lines[k].notes
            rule = notes.get("furniture")
            if rule is not None and rule[0] == "qa-meta":
                meta += 1
        # A post's paragraph above (not the question's headline over its card), any prose under it.
        before = any(feats[k].cls == GOOD and scores[k] > 0 for k in range(max(0, a - QA_PROSE_AROUND), a))
        after = any(feats[k].cls in _PROSE_CLASSES for k in range(b, min(n, b + QA_PROSE_AROUND)))
        if meta >= QA_CARD_MIN_META and before:
            card = _qa_card_opens_at_prose(lines, a, b)
            for k in range(a, b):
                if after and scores[k] < 0:
                    scores[k] = 0.0
                notes = lines[k].notes
                card = card or notes.get("furniture") is not None
                if card and notes.get("furniture") is None and not _is_code_like(feats[k]):
                    notes["furniture"] = _QA_CARD_RULE
        i = b


# Words before "newsletter" that ask to subscribe or address the reader, no newsletter's name: "Sign Up For Our
# Newsletter: May 2025", "Join Our Newsletter Issue 2", "Get Your Newsletter", "Abonnieren Sie unseren Newsletter".
# A possessive is the site's or the reader's ("Our Newsletter Issue 2"), unless a name's possessive follows it:
# "Our Lady's Parish Newsletter: Summer 2025" names a parish.
_NEWSLETTER_CTA_TEXT = (
    "sign up join get subscribe to for receive read download "
    "abonnieren sie zum inscrivez abonnez vous suscríbete assine iscriviti alla"
)
_NEWSLETTER_CTA_WORDS = frozenset(_NEWSLETTER_CTA_TEXT.split())
_NEWSLETTER_POSSESSIVES_TEXT = "our your my unseren unser ihren votre notre nuestro tu nosso seu nostra"
_NEWSLETTER_POSSESSIVES = frozenset(_NEWSLETTER_POSSESSIVES_TEXT.split())


# "Let's get started.", "OK, let's log in to the server!": the writer takes the reader along, one short sentence
# of a tutorial. A button says "Get started" or "Let's Get Started" without a sentence end.
_LETS_SENTENCE_RE = re.compile(r"(?:\w+,\s+)?(?:now,?\s+|so,?\s+)?let(?:'|’)?s\s+[a-z]|(?:\w+,\s+)?let\s+us\s+[a-z]", re.I)
# What the site asks of its readers in a "let's" line all the same: "Let's stay in touch: follow us on ...".
# A button's second part after a dash ("Let's get started — create your free account!") or its "today" asks as well.
_READER_ASK_RE = re.compile(
    r"newsletter|subscri|follow|donat|support|trial|\bapp\b|\bus\b|\bbuy\b|\bshop\b|@|\btoday\b|\s[—–]\s", re.I
)


def _writer_call(text: str) -> bool:
    """A call-to-action phrase in the writer's "let's" sentence, not a button or a promotion: the line is one
    sentence that opens with "Let's"/"Let us" (after an interjection: "Great, let's ...") and ends with a full
    stop or an exclamation mark, with the words after "let's" in lower case ("Let's Get Started!" is a button's
    title case), and asks the reader for nothing the site wants (to subscribe, follow, donate, connect with us)."""
    stripped = text.rstrip()
    if stripped[-1:] not in ".!" or "et" not in text[:14]:
        return False
    m = _LETS_SENTENCE_RE.match(text)
    if m is None or [w for w in text[m.end() - 1:].split()[:3] if w[:1].isupper()]:
        return False
    body = stripped[:-1]
    return not ("." in body or "!" in body or "?" in body or ":" in body) and _READER_ASK_RE.search(text) is None


CTA_CLAUSE_MIN_WORDS = 6  # words of a line whose call-to-action phrase can be a word of its clause
CTA_CLAUSE_MARGIN_WORDS = 2  # words before and after the phrase, at least
# The words of a pitch written as a clause, in the third person or with no person at all ("Readers who subscribe now
# get the first month free", "Members can log in to read the full archive", "Quem assina a newsletter recebe ...",
# "Jetzt kostenlos registrieren und alle Artikel lesen"): the reader as the subject (readers, members, subscribers,
# whoever) before the phrase, a plea or an urgency (please, now, today) and an offer (free, unlimited, the archive, no
# ads) anywhere. A headline or a sentence about a newsletter or a button names none of them ("How a village
# newsletter won over its readers": the readers come after it). en, de, fr, es, pt, it, nl.
_CTA_READER_WORDS_TEXT = (
    "reader readers member members subscriber subscribers anyone whoever "
    "leser leserinnen abonnenten abonnentinnen mitglieder wer "
    "lecteurs lectrices abonnés abonnées membres quiconque "
    "lectores lectoras suscriptores socios miembros quienes quien "
    "leitores leitoras assinantes membros sócios quem "
    "lettori abbonati iscritti membri chiunque "
    "lezers leden abonnees"
)
_CTA_READER_WORDS = frozenset(_CTA_READER_WORDS_TEXT.split())  # (the subject: before the phrase only)
_CTA_OFFER_WORDS_TEXT = (
    "please now today free unlimited archive exclusive ads "
    "bitte jetzt heute kostenlos gratis unbegrenzt unbegrenzten archiv werbefrei werbung exklusiv "
    "maintenant aujourd hui gratuit gratuite gratuitement illimité illimitée archives publicité exclusif "
    "ahora hoy gratuito gratuita ilimitado ilimitada archivo publicidad exclusivo "
    "agora hoje grátis graça acervo publicidade exclusivo "
    "ora oggi gratuiti illimitato archivio pubblicità esclusivo "
    "nu vandaag onbeperkt archief reclame"
)
_CTA_OFFER_WORDS = frozenset(_CTA_OFFER_WORDS_TEXT.split())
_CTA_PITCH_WORDS = _CTA_READER_WORDS | _CTA_OFFER_WORDS


def _cta_inside_clause(text: str) -> bool:
    """Every call-to-action phrase of `text` is a word inside a clause of its own, not a button or a promotion:
    a headline or a sentence ABOUT newsletters or sign-in buttons ("Why the humble email newsletter refuses to
    die", "The Sign in button was moved to the account page."). The line has CTA_CLAUSE_MIN_WORDS words or more,
    each phrase has CTA_CLAUSE_MARGIN_WORDS words before it and after it, the line has no box separator (":", "|",
    a dash, ">"), asks nothing of the reader ("your", "our", "tu", ...: "Get the newsletter in your inbox" is
    a promotion), names no word of a pitch (_CTA_OFFER_WORDS anywhere, _CTA_READER_WORDS before a phrase: "Members
    can log in to read the full archive"), names no newsletter by a capitalised name right before the phrase ("The
    Morning newsletter brings ...", unless the line is in title case) and names no social network ("Follow the show on Instagram and YouTube"). Alphabetic scripts only: a CJK line has no spaces to count words by."""
    words = text.split()
    if (len(words) < CTA_CLAUSE_MIN_WORDS or _has_box_separator(text) or _addresses_reader(text)
            or (text.rstrip()[-1:] in "?？" and _inbox_pitch(text))  # "... Why not sign up for it this week?"
            or patterns.SOCIAL_NETWORK_RE.search(text)
            or not _CTA_OFFER_WORDS.isdisjoint(re.findall(r"[^\W\d_]+", text.casefold()))):
        return False
    found = False
    title_case = _in_title_case(words)
    for m in _CTA.regex.finditer(text):
        found = True
        before = text[:m.start()].split()
        if len(before) < CTA_CLAUSE_MARGIN_WORDS or len(text[m.end():].split()) < CTA_CLAUSE_MARGIN_WORDS:
            return False
        if before[-1][:1].isupper() and not title_case:
            return False  # a named newsletter ("The Morning newsletter brings ..."): a sign-up box's blurb
        if not _CTA_READER_WORDS.isdisjoint(re.findall(r"[^\W\d_]+", text[:m.start()].casefold())):
            return False  # the reader as the subject ("Members who log in can read ...")
    return found


CTA_TITLE_CASE_SHARE = 0.6  # capitalised words of a headline in title case, at least


def _in_title_case(words: list[str]) -> bool:
    """Most words of a line are capitalised ("Why The Humble Email Newsletter Refuses To Die")."""
    lettered = [w for w in words if w[:1].isalpha()]
    return bool(lettered) and sum(1 for w in lettered if w[0].isupper()) >= CTA_TITLE_CASE_SHARE * len(lettered)


UI_STEP_MIN_WORDS = 4  # words of a how-to's step; a button is a word or two
# A how-to's step number ("1.", "2)", "Step 3:", "Schritt 3:", "Étape 3 :", "Paso 3:", "Passo 3:").
_STEP_MARKER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|(?:step|schritt|étape|paso|passo)\s+\d{1,2}\s*[:.)]?)\s+", re.IGNORECASE)
# The verb of a step that names the button it presses, right before the button's name ("Click Subscribe next to
# ...", "Tap Sign up"). English only: a German step says "Sie", a reader's word, and "Cliquez sur", "Haga clic"
# are calls to action of their own.
_UI_VERB_BEFORE_RE = re.compile(r"\b(?:click|tap|press|select|choose|hit)\s+(?:on\s+)?(?:the\s+)?[\"'“‘]?\s*$", re.IGNORECASE)


# The words of a pitch dressed as a step ("2. Subscribe now and save 50%.", "Tap Subscribe to unlock every story.",
# "Schritt 2: Newsletter abonnieren und nichts verpassen."), with _CTA_PITCH_WORDS: a saving, a trial, a thing not
# to miss, the site's newsletter. A how-to's step presses a button of the tool it explains.
_STEP_PITCH_WORDS_TEXT = (
    "save saving savings trial miss unlock limits newsletter newsletters digest sparen verpassen testen économisez "
    "essai manquer ahorra ahorre prueba perderte perderse economize teste perca risparmia prova perdere "
    "bespaar proef nieuwsbrief boletín"
)
_STEP_PITCH_WORDS = frozenset(_STEP_PITCH_WORDS_TEXT.split())


def _pitch_words(text: str, words: frozenset) -> bool:
    """`text` holds a word of `words` (casefolded) or a percentage (a discount)."""
    return "%" in text or not words.isdisjoint(re.findall(r"[^\W\d_]+", text.casefold()))


def _opens_step_with_cta(text: str) -> bool:
    """`text` opens with a step number and a call-to-action phrase right after it, and names a pitch's word ("2.
    Sign up for a free trial of the premium plan."); a how-to's long step ("3. Sign in with the account you
    created ...") names none."""
    m = _STEP_MARKER_RE.match(text)
    return (m is not None and _CTA.regex.match(text, m.end()) is not None
            and (_pitch_words(text, _CTA_PITCH_WORDS) or _pitch_words(text, _STEP_PITCH_WORDS)))


def _ui_step(text: str) -> bool:
    """A how-to's step that names a button, no call to action of the site: a full sentence of UI_STEP_MIN_WORDS
    words or more, ending with a full stop and asking nothing of the reader for the site ("your", "our": "Tap Sign
    up to create your account." is a pitch; nor naming a pitch's word: "2. Subscribe now and save 50%."), that
    opens with a step number ("1. Log in to the admin dashboard.") or
    names each call-to-action phrase after the verb that presses it ("Click Subscribe next to the feed name.",
    "Open the app and tap Sign up."). "Click here to sign up." holds the verb inside its phrase."""
    core = text.rstrip().rstrip(_CLOSERS)
    if (core[-1:] != "." or len(text.split()) < UI_STEP_MIN_WORDS or _addresses_reader(text)
            or _pitch_words(text, _CTA_PITCH_WORDS) or _pitch_words(text, _STEP_PITCH_WORDS)):
        return False
    if _STEP_MARKER_RE.match(text):
        return True
    found = False
    for m in _CTA.regex.finditer(text):
        found = True
        if _UI_VERB_BEFORE_RE.search(text, 0, m.start()) is None:
            return False
    return found


def _has_box_separator(text: str) -> bool:
    """`text` holds a separator of a box's or a menu's items: a colon, a bar, a dash or a ">"."""
    return any(c in text for c in ":|–—>»·")


def _code_statement(text: str) -> bool:
    """A line of program code ("var form = new FormData(getForm('login'));", 'fetch("/login", {'): it ends with a
    semicolon or an opening brace and holds a call or an assignment. A call-to-action word in it names a route or
    an element, and no promotion ends so."""
    last = text.rstrip()[-1:]
    return (last == ";" or last == "{") and ("(" in text or "=" in text)


def _channel_invitation(text: str, words: int) -> bool:
    """`text` invites the reader to the site's messaging channel (patterns.CHANNEL_PROMO_RE): the imperative to
    "our" channel and nothing else, or with the app named ("Participe do canal do <site> no WhatsApp"). A line of
    more words naming no app is a sentence ("Join our channel, the minister told followers in a video message")."""
    return (
        (words <= CHANNEL_ALONE_MAX_WORDS and patterns.SITE_CHANNEL_RE.search(text) is not None)
        or patterns.MESSAGING_APP_RE.search(text) is not None
    ) and patterns.CHANNEL_PROMO_RE.search(text) is not None and (
        patterns.CHANNEL_NEWS_OFFER_RE.match(text) is None or patterns.CHANNEL_NEWS_LINE_RE.match(text) is not None
    )


def _newsletter_issue_name(text: str) -> bool:
    """A line naming a newsletter's issue, not asking to subscribe to it: its only call-to-action phrase is
    the word "newsletter" itself, it ends with the issue's label and year or number, not a bare year
    (patterns.NEWSLETTER_ISSUE_RE), and the words before "newsletter", if any, name it: no call to action nor
    the reader's or the site's possessive ("Join Our Newsletter Issue 2")."""
    if patterns.NEWSLETTER_ISSUE_RE.match(text) is None:
        return False
    head = text.casefold().split("newsletter", 1)[0].replace("-", " ").split()
    for k, word in enumerate(head):
        if word in _NEWSLETTER_CTA_WORDS:
            return False
        if word in _NEWSLETTER_POSSESSIVES and not (k + 1 < len(head) and head[k + 1].endswith(("'s", "’s"))):
            return False  # "Our Newsletter Issue 2" is the site's; "Our Lady's Parish Newsletter" a parish's name
    for m in _CTA.regex.finditer(text):
        if m.group(0).strip().casefold() not in ("newsletter", "newsletters"):
            return False
    return True


# The controls under a forum post, one a line, a count after some: "Like", "Reply", "Quote", "Curtir (3)",
# "Responder", "Citar", "Antworten", "Zitieren", "Répondre", "Citer", "Rispondi", "Ответить", "Цитировать",
# "Відповісти", "Цитувати"; the board's reply-with-quote button ("Reply with quote", "Rispondi citando", "Responder
# citando", "Répondre en citant", "Mit Zitat antworten", "Ответить с цитатой", "Відповісти з цитатою"); a count
# after some, maybe behind a colon ("Like (3)", "Подобається: 3").
# A comment plugin may set them in one row ("Like · Reply", "Gilla · Svara").
_FORUM_CONTROL_WORDS = (
    r"(?:like|likes|reply(?: with quote)?|quote|multi-?quote|report|thanks|"
    r"curtir|responder(?: citando| com citação)?|citar|denunciar|agradecer|me gusta|reportar|"
    r"j'aime|j’aime|répondre(?: en citant)?|citer|signaler|gefällt mir|(?:mit zitat )?antworten|zitieren|melden|danke|"
    r"mi piace|rispondi(?: citando)?|cita|segnala|vind ik leuk|reageren|citeren|lubię to|odpowiedz(?: z cytatem)?|"
    r"cytuj|zgłoś|"
    r"нравится|ответить(?: с цитатой)?|цитировать|цитата|пожаловаться|"
    r"подобається|відповісти(?: з цитатою)?|цитувати|поскаржитися|"
    r"gilla|svara|citera|anmäl|beğen|yanıtla|alıntıla|odpovědět|citovat|líbí se mi|"
    r"返信|いいね！?|답글|좋아요|回复|回覆)(?:\s*:?\s*\(?\d[\d.,]*\)?)?"
)
_FORUM_CONTROL_RE = re.compile(
    rf"^{_FORUM_CONTROL_WORDS}(?:\s*[·•|]\s*{_FORUM_CONTROL_WORDS})*$",
    re.IGNORECASE,
)
FORUM_CONTROL_MAX_CHARS = 40  # "Gefällt mir (12)", "Multi-quote": a control line is short


# The characters that can open a match of _FORUM_CONTROL_RE (re.IGNORECASE: "ſ" is an "s", "ᲂ" a Cyrillic "о");
# tests/test_boilerplate_perf_gates.py reads them off the regex's parse tree.
_FORUM_CONTROL_FIRST = patterns.ignorecase_forms("abcdgjlmoqrstvyzвнопц") | frozenset("い回返답좋")


@cython.ccall  # (_no_thread_cues asks it of every line after the article)
def _forum_control(text: str) -> cython.bint:
    """The line is one control of a forum post (_FORUM_CONTROL_RE); the length test spares the regex most lines,
    and the first character most of the others."""
    if len(text) > FORUM_CONTROL_MAX_CHARS:
        return False
    text = text.strip()
    return text[:1] in _FORUM_CONTROL_FIRST and _FORUM_CONTROL_RE.match(text) is not None


FORUM_CARD_SPAN = 8  # lines between two posts: the controls, the next poster's name, role, post count, join date
FORUM_CARD_MIN_CONTROLS = 2  # a lone "Reply" closes a comment as well; a row of two or more is a post's


@cython.locals(n=cython.Py_ssize_t, a=cython.Py_ssize_t, b=cython.Py_ssize_t, k=cython.Py_ssize_t,
               controls=cython.Py_ssize_t, notes=dict, thread=cython.int)
def forum_cards_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """The card between two posts of a forum thread does not cut the thread.

    A forum closes each post with its controls, one a line ("Like", "Reply", "Quote"), and opens the next with
    its poster's card (name, role, post count: "Membro", "Mensagens: 4.512"): half a dozen short lines which the
    run search takes for the end of the article, keeping only the longest post. A span of at most
    FORUM_CARD_SPAN lines without prose between two posts' paragraphs, opening with two control lines or more,
    scores 0 where it scored below, and its lines are removed as the Q&A card's are (qa_cards_transparent,
    whose byline lines are English: "asked ...", "1,234 reputation"). Under the last post the controls are
    followed by no post, and still end the thread. Under a comments heading ("Komentarze (3)") the posts are
    readers' comments on the article above, with the same controls: no part of it. So are comments under a
    heading no comments heading names ("Have your say", "Conversation"): the cards are bridged only when the
    page is a thread, its first post under a card of its own and no paragraph above it (_opens_a_thread).
    """
    n = len(lines)
    # Most pages have no control line under a paragraph: look for one before the comments heading scan, which
    # tests every line (a page's cost, paid on every page before this check came first).
    a = 1
    while a < n and (feats[a - 1].cls != GOOD or not _forum_control(lines[a].text)):
        a += 1
    if a >= n:
        return
    for k in range(n):
        if feats[k].cls != GOOD and _comment_heading(lines[k].text, feats[k]):
            n = k
            break
    thread = -1  # unknown until the first post's controls are found
    article = ""  # the article's day, when the page is no thread
    while a < n:
        if feats[a - 1].cls != GOOD or not _forum_control(lines[a].text):
            a += 1
            continue
        b = a
        controls = 0
        while b < n and b - a < FORUM_CARD_SPAN and _qa_card_line(lines[b], feats[b]):
            if controls == b - a and _forum_control(lines[b].text):
                controls += 1
            b += 1
        if controls >= FORUM_CARD_MIN_CONTROLS and b < n and feats[b].cls == GOOD:
            if thread < 0:
                thread = 1 if _opens_a_thread(lines, feats, a) else 0
                if not thread:
                    article = _article_date(lines, a)
            # Posts an article quotes, dated before it, under the sentence announcing them: the card between two of
            # them is the quote's, no end of the article (_entries_predate_article keeps them from the comments).
            if not thread and not (article and _span_predates(lines, a, b, article)):
                return
            for k in range(a, b):
                if scores[k] < 0:
                    scores[k] = 0.0
                notes = lines[k].notes
                if notes.get("furniture") is None and not _is_code_like(feats[k]):
                    notes["furniture"] = _QA_CARD_RULE
        a = b + 1


# A forum topic's header naming who started it ("Started by Jane Hill, 12 Jan 2025.", "Tópico em 'X' iniciado por
# Y", "Thema gestartet von Z"): a blog's "Posted by" is no forum's.
_THREAD_STARTER_RE = re.compile(
    r"^(?:(?:thread|topic|discussion)\s+)?started\s+by\s|\biniciad[oa]\s+por\s|"
    r"^(?:sujet|discussion)\s+(?:démarrée?|lancée?|créée?)\s+par\s|^(?:thema|thread)\s+(?:gestartet|erstellt)\s+von\s|"
    r"^(?:discussione\s+)?(?:iniziata|aperta)\s+da\s",
    re.IGNORECASE,
)
FORUM_THREAD_STARTER_MAX_LEN = 120


@cython.locals(p=cython.Py_ssize_t, c=cython.Py_ssize_t, k=cython.Py_ssize_t)
def _opens_a_thread(lines: list[Line], feats: list[LineFeatures], a: int) -> bool:
    """The post over the first controls at line a opens a forum thread: its poster's card (name, role, post
    count) stands over it, and no paragraph stands above that card but a notice right over it (a guest notice,
    the board's rules: one line is no article); or a topic's header naming who started it ("Started by X, date.")
    stands over the first post's paragraphs, with no paragraph above it. Readers' comments under a blog post
    have cards too ("Mark", "4 June 2025"), but the article's paragraphs come first."""
    p = a
    while p > 0 and not _qa_card_line(lines[p - 1], feats[p - 1]):
        p -= 1
    c = p
    while c > 0 and p - c < FORUM_CARD_SPAN and _qa_card_line(lines[c - 1], feats[c - 1]):
        c -= 1
    for k in range(c):
        text = lines[k].text
        if len(text) <= FORUM_THREAD_STARTER_MAX_LEN and _THREAD_STARTER_RE.search(text):
            return True
        if feats[k].cls == GOOD:
            break
    if c == p:
        return False
    top = c - 1 if c > 0 and feats[c - 1].cls == GOOD else c  # a notice right over the first card
    return all(feats[k].cls != GOOD for k in range(top))


# A slideshow counter closing a short line: "Image 3 of 12", "1 / 5", "Foto 2 von 8", "Photo 1 sur 4", "3 de 10".
_SLIDE_COUNTER_RE = re.compile(
    r"(?:^|\s)(\d{1,3})\s*(?:[/／]|(?:of|von|sur|de|di|van|из)(?:\s*/)?)\s*(\d{1,3})$", re.IGNORECASE
)
GALLERY_CHAIN_GAP = 8  # lines from one counter of a slideshow to the next (a caption and a credit between)
GALLERY_WINDOW = 8  # lines before the first counter where the article prose is looked for
GALLERY_PROSE_BEFORE = 3  # good lines among them: the slideshow sits inside an article, not above it
# ... or this many good lines right above it: two paragraphs of a short lead, not captions (their credit between)
GALLERY_PARAGRAPHS_RIGHT_BEFORE = 2
_GALLERY_RULE = ("gallery", "slide of an image gallery inside the article: counter, caption, credit or control")
GALLERY_COUNTER_MAX_WORDS = 4  # a bare counter ("Foto 3 de 12", "Image 1 of 5"), not a caption ending in one
# A slide's title opened by its counter: "3/50 Sterling returns for Compass", "12 / 40 – Die Brücke bei Nacht".
_SLIDE_TITLE_RE = re.compile(r"(\d{1,3})\s?[/／]\s?(\d{1,3})(?:\s+[-–—:|]?\s*|\s*[:.)]\s+)(?=\w)")
SLIDE_TITLE_MAX_WORDS = 16
# Titled counters of one total make a gallery only as a run that counts up by one, this many or more
# ("1/2 cup flour", "1/3 cup milk", "2/3 cup sugar" in a recipe, or a date "4/12 Concert" in a programme:
# fractions never count on to their whole, dates of a month rarely sit a few lines apart one day after another).
SLIDE_TITLE_MIN_CHAIN = 4


@cython.locals(f=LineFeatures)  # (typed: f.digits is a C field, not an attribute look-up, on every line)
def slide_counters(lines: list[Line], feats: list[LineFeatures]) -> list[tuple[int, int]]:
    """(index, total) of each short line that ends with a slideshow counter "n of total" (n <= total)."""
    out: list[tuple[int, int]] = []
    for i, f in enumerate(feats):
        if not f.digits or not _is_short(lines[i].text, f, 6):
            continue
        text = lines[i].text.strip()
        # The counter ends the line: without a digit (\d, str.isdecimal) at its end the search cannot match.
        m = _SLIDE_COUNTER_RE.search(text) if text[-1:].isdecimal() else None
        if m and 0 < int(m.group(1)) <= int(m.group(2)):
            out.append((i, int(m.group(2))))
    return out


@cython.locals(f=LineFeatures)
def titled_slide_counters(lines: list[Line], feats: list[LineFeatures]) -> list[tuple[int, int, int]]:
    """(index, n, total) of each line that opens with a slide counter "n/total" before the slide's title
    ("7/50 Kicking up a skink Down Under"), n <= total and total >= SLIDE_TITLE_MIN_CHAIN."""
    out: list[tuple[int, int, int]] = []
    for i, f in enumerate(feats):
        if not f.digits or f.words > SLIDE_TITLE_MAX_WORDS:
            continue
        text = lines[i].text.lstrip()
        m = _SLIDE_TITLE_RE.match(text) if text[:1].isdecimal() else None
        if m is None:
            continue
        n, total = int(m.group(1)), int(m.group(2))
        if 0 < n <= total and total >= SLIDE_TITLE_MIN_CHAIN:
            out.append((i, n, total))
    return out


def _titled_chains(lines: list[Line], feats: list[LineFeatures]) -> list[tuple[int, int]]:
    """The counters of titled slides that count up by one, of one total, a few lines apart
    (GALLERY_CHAIN_GAP), SLIDE_TITLE_MIN_CHAIN or more in a row: (index, total) of each, as slide_counters
    gives them. A slide missing from the dump (its counter line lost) may skip one number."""
    found = titled_slide_counters(lines, feats)
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(found):
        i0, n0, total = found[k]
        chain = [i0]
        last_i, last_n = i0, n0
        k += 1
        while k < len(found):
            i, n, t = found[k]
            if t != total or not 1 <= n - last_n <= 2 or i - last_i > GALLERY_CHAIN_GAP * (n - last_n):
                break
            chain.append(i)
            last_i, last_n = i, n
            k += 1
        # Slide titles are headlines; numbered posts of a thread quoted in an article ("1/6 I spent three years
        # on the committee.", "2/6 Here is what ...") are sentences.
        if len(chain) >= SLIDE_TITLE_MIN_CHAIN and 2 * sum(1 for i in chain if feats[i].terminal) <= len(chain):
            out.extend((i, total) for i in chain)
    return out


# The labels of a web video player's control bar and caption settings, each on a line of its own in a dump taken
# without the player running ("Play Video", "Mute", "Current Time 0:00", "Loaded: 0%", "Playback Rate",
# "subtitles off, selected", "Font Family Default ..."), in the player's translations (de, fr, es, pt, it, ru, ja,
# zh, ko, nl, pl, tr). A line starts with one; a time, a percentage or the options may follow.
_PLAYER_CONTROL_RE = re.compile(
    r"(?:play(?: video)?|pause|mute|unmute|current time|duration(?: time)?|loaded|progress|stream type|live"
    r"|remaining time|playback rate|chapters|descriptions?|subtitles?|captions?|fullscreen|non-fullscreen"
    r"|picture-in-picture|audio track|seek to live|captions settings|descriptions off|subtitles off|captions off"
    r"|default|foreground|background|window|font size|text edge style|font family|defaults|done|reset|close"
    r"|wiedergabe|pause|stumm schalten|ton einschalten|aktuelle zeit|gesamtzeit|dauer|geladen|fortschritt"
    r"|verbleibende zeit|restzeit|wiedergabegeschwindigkeit|kapitel|untertitel|vollbild|schließen"
    r"|lecture|muet|son activé|temps actuel|durée|chargé|progression|temps restant|vitesse de lecture|chapitres"
    r"|sous-titres|plein écran|fermer|reproducir|silenciar|tiempo reproducido|duración total|cargado|progreso"
    r"|tiempo restante|velocidad de reproducción|capítulos|subtítulos|pantalla completa|cerrar|tocar|mudo"
    r"|tempo|duração|carregado|progresso|tempo restante|legendas|tela cheia|fechar|riproduci|muto|tempo attuale"
    r"|durata|caricato|avanzamento|tempo rimanente|capitoli|sottotitoli|schermo intero|chiudi"
    r"|воспроизвести|пауза|без звука|текущее время|продолжительность|загрузка|прогресс|оставшееся время"
    r"|главы|субтитры|полноэкранный режим|закрыть|再生|一時停止|ミュート|現在の時間|長さ|ロード済み|進行状況"
    r"|残りの時間|チャプター|字幕|フルスクリーン|閉じる|播放|暂停|静音|当前时间|时长|已加载|进度|剩余时间|章节"
    r"|全屏|关闭|재생|일시중지|음소거|현재 시간|로드됨|진행|남은 시간|챕터|자막|전체 화면|닫기"
    # (the labels of the player's own translations: "Ton aus", "Aktueller Zeitpunkt", "Sourdine", "Pausa", "Tocar")
    r"|ton aus|ton ein|aktueller zeitpunkt|streamtyp|status|kein vollbild|tonspur|beschreibungen|video abspielen"
    r"|schriftgröße|schriftfamilie|zurücksetzen|fertig|sourdine|type de flux|en direct|fenêtré|lire la vidéo"
    r"|piste audio|taille des caractères|famille de polices|réinitialiser|terminé|pausa|reproducción"
    r"|tipo de secuencia|directo|pantalla no completa|activar sonido|reproducir vídeo|pista de audio"
    r"|tamaño de fuente|restablecer|pausar|reproduzir|tempo atual|ao vivo|tela normal|velocidade|progressão"
    r"|desativar som|ecrã completo|orario attuale|stato|velocità di riproduzione|riproduci il video|приостановить"
    r"|тип потока|эфир|неполноэкранный режим|со звуком|скорость воспроизведения|ストリームの種類|ライブ"
    r"|ミュート解除|再生レート|サブタイトル|キャプション|動画の再生|流类型|直播|退出全屏|取消静音|播放速度|播放视频"
    r"|暫停|目前時間|總共時間|剩餘時間|載入完畢|進度|全螢幕|退出全螢幕|靜音|播放速率|章節|關閉|播放影片"
    r"|지정 기간|라이브|재생 비율|서브타이틀|음소거 해제|비디오 재생|전체 화면 해제"
    r"|afspelen|dempen|huidige tijd|resterende tijd|ondertiteling|volledig scherm|odtwórz|wycisz|pełny ekran"
    r"|napisy|oynat|duraklat|sessiz|tam ekran|altyazılar)"
    r"(?![\w])",
    re.IGNORECASE,
)
PLAYER_SCAN_UP = 40  # lines above the player's fallback text searched for its control labels
PLAYER_CONTROL_MAX_LEN = 120
PLAYER_MIN_CONTROLS = 6


def _player_control(line: Line, f: LineFeatures) -> bool:
    text = line.text
    return f.cls != GOOD and len(text) <= PLAYER_CONTROL_MAX_LEN and _PLAYER_CONTROL_RE.match(text.strip()) is not None


def player_controls_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """A video player inside the article, dumped without its script: its control bar and caption settings
    ("Play Video", "Mute", "Current Time 0:00", ..., "Fullscreen") over its fallback text ("This is a modal
    window.", a line of the player-fallback rule), a run of short lines that would cut the article in two. From
    each fallback line, the lines above it back to the first control label (PLAYER_MIN_CONTROLS labels at least,
    no prose among them) and the fallback and furniture lines right under it are the player's: removed as
    furniture, and scored 0, so the run goes on over them when prose follows."""
    n = len(lines)
    k = 0
    while k < n:
        rule = lines[k].notes.get("furniture")
        if rule is None or rule[0] != "player-fallback":
            k += 1
            continue
        first, controls = k, 0
        i = k - 1
        while i >= 0 and k - i <= PLAYER_SCAN_UP and feats[i].cls != GOOD and "in_list" not in lines[i].notes:
            if _player_control(lines[i], feats[i]):
                controls += 1
                first = i
            i -= 1
        last = k + 1
        while last < n and (lines[last].notes.get("furniture") or _player_control(lines[last], feats[last])):
            last += 1
        if controls >= PLAYER_MIN_CONTROLS:
            for j in range(first, last):
                if not lines[j].notes.get("furniture"):
                    lines[j].notes["furniture"] = ("player-controls", "control label of a video player")
                if scores[j] < 0:
                    scores[j] = 0.0
        k = last


def galleries_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """An image gallery embedded in the article does not cut the article in two.

    A slideshow renders as counters of one total ("Image 1 of 5" ... "Image 5 of 5", or the same
    "1 / 5" repeated by its controls) with captions, credits and buttons around them: many short or
    furniture lines in a row, which the run search would take for the end of the article. When
    article prose comes right before it (three good lines among the eight above, or two paragraphs
    right above it: captions have their credit under them), the span from the first to the last
    counter scores 0, so the run goes on when prose follows. The last slide's caption and credit and the controls under
    it ("Previous", "Next", "Expand") belong to the gallery too: when article prose resumes within a
    few lines, they score 0 as well. All its lines are removed (counters, captions, credits and
    buttons are no part of the article's text), but for two good lines in a row: prose the gallery
    does not hold. A gallery above the article (only a caption before it) is left as it is.
    """
    counters = slide_counters(lines, feats)
    titled = _titled_chains(lines, feats)
    titled_at = {i for i, _ in titled}
    if titled:
        counters = sorted(counters + titled)
    k = 0
    while k < len(counters):
        first, total = counters[k]
        last = first
        chain = [first]
        k += 1
        while k < len(counters) and counters[k][1] == total and counters[k][0] - last <= GALLERY_CHAIN_GAP:
            last = counters[k][0]
            chain.append(last)
            k += 1
        if last == first:  # one counter alone: a page number, a score
            continue
        counted = _mark_counters(lines, chain)
        if titled_at and chain[0] in titled_at:
            # Titled slides counting up by one ("1/50 <title>", its caption in sentences, its credit): a
            # slideshow wherever it sits, its captions no paragraphs of the article, however long. All its
            # lines go, up to the last slide's caption (the tail below); the article under it goes on.
            _remove_titled_gallery(lines, feats, scores, chain)
            continue
        before = sum(1 for j in range(max(0, first - GALLERY_WINDOW), first) if feats[j].cls == GOOD and scores[j] > 0)
        right_before = first >= GALLERY_PARAGRAPHS_RIGHT_BEFORE and all(
            feats[j].cls == GOOD and scores[j] > 0 for j in range(first - GALLERY_PARAGRAPHS_RIGHT_BEFORE, first)
        )
        if before < GALLERY_PROSE_BEFORE and not right_before:
            if _gallery_page(lines, feats, chain):
                _keep_gallery_captions(lines, feats, scores, first, last + 1)
            elif counted:
                _chain_counters_as_short_lines(scores, chain)
            continue
        tail = _gallery_tail(lines, feats, last)
        own = _last_slide_end(lines, feats, chain, tail)
        for j in range(first, tail + 1):
            if scores[j] < 0 and not lines[j].notes.get("hard_break"):
                scores[j] = 0.0
            prose = feats[j].cls == GOOD and (
                feats[j - 1].cls == GOOD or (j + 1 < len(feats) and feats[j + 1].cls == GOOD)
            )
            if not prose and j <= own:
                lines[j].notes.setdefault("furniture", _GALLERY_RULE)


def _chain_counters_as_short_lines(scores: list[float], chain: list[int]) -> None:
    """The bare counters of a chain counting up by one (_mark_counters) that the gallery is not made transparent
    for (under a one-paragraph lead) score as the short lines with digits they are, not as furniture: a line rule
    ("Foto 1 di 12", the lone labelled counter; "Photo 1 of 8", the furniture list) is for a counter alone, and
    scored so, a chain cut the run between the lead and the article under the gallery. They are still removed."""
    for j in chain:
        if scores[j] == SCORES["furniture"]:
            scores[j] = SCORES["short_contentlike"]


def _last_slide_end(lines: list[Line], feats: list[LineFeatures], chain: list[int], tail: int) -> int:
    """The last line the gallery's last slide holds, up to `tail` (where _gallery_tail ends it): a slide runs as
    many lines as the slides run on average (its counter, caption and credit); past them, a list set without blank
    lines between its items (two or more lines of two words or more: "Blue Origin, Kent, Washington" /
    "SpaceX, Hawthorne, California") is the article's, which goes on under the gallery before its prose resumes.
    The lines up to `tail` still score 0 (the run goes on over them); only the slide's are removed. A button under
    the last slide ("Back to Gallery", "Next") is one line alone. The list is GALLERY_TAIL_LIST_MIN items or more,
    none a credit or a control: a last slide longer than the others (its caption, then "Photo credit: ..." and
    "Back to the gallery" on consecutive lines) is still the gallery's."""
    first, last = chain[0], chain[-1]
    slide = max(1, round((last - first) / (len(chain) - 1)))
    for j in range(last + slide, tail - GALLERY_TAIL_LIST_MIN + 2):
        if all(_gallery_tail_list_item(lines[k], feats[k], k > j) for k in range(j, j + GALLERY_TAIL_LIST_MIN)):
            return j - 1
    return tail


GALLERY_TAIL_LIST_MIN = 3  # items of the article's list under a gallery's last slide


def _gallery_tail_list_item(line: Line, f: LineFeatures, joined: bool) -> bool:
    """A line that may be an item of the article's list under a gallery (_last_slide_end): two words or more, no
    furniture (a control), no image credit; `joined`: on the line right under the previous item (no blank line)."""
    return (
        f.words >= 2 and not line.notes.get("furniture") and not (joined and line.notes.get("gap_before"))
        and patterns.IMAGE_CREDIT_RE.match(line.text.strip()) is None
    )


def _gallery_page(lines: list[Line], feats: list[LineFeatures], chain: list[int]) -> bool:
    """The gallery is the page's story (a photo gallery page under its one-paragraph lead): the lead right above
    its first counter, a caption (a good line) in every slide, and no article prose after it (_gallery_tail finds
    none resume). Its captions are the story's text there, not a slideshow's inside an article. A slide with a
    "Read more" link (_READ_ON_LINKS) is another story's teaser: a slider of other stories under a short one. The
    last counter may be the link to the next page of a paged slideshow, which holds no caption."""
    first, last = chain[0], chain[-1]
    if first == 0 or feats[first - 1].cls != GOOD or _gallery_tail(lines, feats, last) != last:
        return False
    slides = [*chain, min(len(feats), last + GALLERY_CHAIN_GAP)]
    if any(_label_key(lines[j].text) in _READ_ON_LINKS for j in range(first, slides[-1])):
        return False  # a slider of other stories: each slide's "Read more" leads to its story
    shown = len(chain)
    if shown > 2 and len(lines[last].text.split()) > GALLERY_COUNTER_MAX_WORDS:
        # A slideshow paged over several pages ends in the link to the next page's slide ("Continue to slide 4 of
        # 5", "Weiter zu Bild 4 von 5"): a control, no slide of its own, so it holds no caption.
        shown -= 1
    return all(any(feats[j].cls == GOOD for j in range(slides[k] + 1, slides[k + 1])) for k in range(shown))


# The link under another story's teaser ("Read more"): a slide that holds one is a teaser of that story, no caption.
_READ_ON_LINKS = frozenset([
    "read more", "continue reading", "read the full story", "read on", "more", "weiterlesen", "mehr lesen",
    "lire la suite", "lire plus", "leer más", "seguir leyendo", "leia mais", "continue lendo", "leggi tutto",
    "continua a leggere", "lees meer", "lees verder", "czytaj więcej", "czytaj dalej", "читать далее",
    "подробнее", "читати далі", "devamını oku", "devamı", "läs mer", "les mer", "læs mere", "lue lisää",
    "続きを読む", "阅读全文", "閱讀全文", "더 보기", "자세히 보기",
])


def _keep_gallery_captions(lines: list[Line], feats: list[LineFeatures], scores: list[float], a: int, b: int) -> None:
    """A gallery page's slides from line a to the last counter b - 1 and the last caption under it: the counters,
    credits and buttons leave the text and score 0, so that the run goes on over them from caption to caption."""
    if b < len(feats) and feats[b].cls == GOOD:
        b += 1  # the last slide's caption
    for j in range(a, b):
        if feats[j].cls == GOOD:
            continue
        if scores[j] < 0 and not lines[j].notes.get("hard_break"):
            scores[j] = 0.0
        lines[j].notes.setdefault("furniture", _GALLERY_RULE)


def _remove_titled_gallery(lines: list[Line], feats: list[LineFeatures], scores: list[float], chain: list[int]) -> None:
    """Every line from the first titled slide to the last is the gallery's (titles, captions, credits), and
    the last slide runs as long as the others do on average (its caption and credit), up to a boundary or
    prose that resumes (two good lines in a row), or further to where _gallery_tail ends it. The span
    scores 0 where it scored less, so the run goes on over it to the article under it."""
    first, last = chain[0], chain[-1]
    slide = round((last - first) / (len(chain) - 1))  # lines of a slide, its title included
    tail = last
    for j in range(last + 1, min(len(feats), last + slide)):
        if lines[j].notes.get("hard_break") or (
            feats[j].cls == GOOD and j + 1 < len(feats) and feats[j + 1].cls == GOOD
        ):
            break
        tail = j
    tail = max(tail, _gallery_tail(lines, feats, last))
    _remove_span(lines, scores, first, tail + 1, _GALLERY_RULE)


def _remove_span(lines: list[Line], scores: list[float], a: int, b: int, rule: tuple[str, str]) -> None:
    """Lines a..b-1 leave the text by `rule` (unless a rule took them already) and score 0 where they scored
    less, hard breaks aside: the run search goes on over them to the article on the other side."""
    for k in range(a, b):
        if scores[k] < 0 and not lines[k].notes.get("hard_break"):
            scores[k] = 0.0
        lines[k].notes.setdefault("furniture", rule)


def _mark_counters(lines: list[Line], chain: list[int]) -> bool:
    """The counters of a chain ("Foto 1 di 12", "Foto 2 di 12") are removed wherever the gallery sits: a
    gallery under a one-paragraph lead is not made transparent, but the run may still take it in whole.
    Only bare counters that count up by one: rating rows ("Story 8/10", "Sound 9/10") do not. True when
    the chain's counters are such."""
    numbers = []
    for j in chain:
        text = lines[j].text.strip()
        m = _SLIDE_COUNTER_RE.search(text)
        if m is None or len(text.split()) > GALLERY_COUNTER_MAX_WORDS:
            return False
        numbers.append(int(m.group(1)))
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return False
    for j in chain:
        lines[j].notes.setdefault("furniture", _GALLERY_RULE)
    return True


def _gallery_tail(lines: list[Line], feats: list[LineFeatures], last: int) -> int:
    """The last line of a gallery whose last counter is `last`: its caption, credit and controls up to
    the article prose that resumes (two good lines in a row) within GALLERY_CHAIN_GAP lines; `last`
    itself when no prose resumes there (a gallery closing the article: the footer stays outside)."""
    stop = min(len(feats) - 1, last + GALLERY_CHAIN_GAP + 1)
    for j in range(last + 1, stop):
        if lines[j].notes.get("hard_break"):
            break
        if feats[j].cls == GOOD and feats[j + 1].cls == GOOD:
            return j - 1
    return last


# A chart drawn on the page leaves its axis labels in the dump, one to a line: values ("80", "6.6%", "$915",
# "1,200"), years ("’17", "2019", "2019年") and a legend or series word in capitals ("RECESSIONS", "MONTHLY").
_CHART_LABEL_RE = re.compile(
    r"(?:[-+−]?[$€£¥]?\d{1,4}(?:[,.\u202f]\d{1,3})*\s?(?:%|[kKmMbB]n?|[年月日万亿億円元])?|[’'‘]\d\d|[A-ZÀ-ÞА-Я]{2,14})"
)
CHART_MIN_LABELS = 8  # lines of labels in a row
CHART_DIGIT_SHARE = 0.6  # of them with a digit: a chart's values, not a menu of abbreviations ("DE", "US", "UK")
CHART_LABEL_MAX_LEN = 14
_CHART_RULE = ("chart-labels", "axis labels and values of a chart rendered as text, one to a line")


# The characters other than a digit a chart label may open with (_CHART_LABEL_RE's first two alternatives).
_CHART_LABEL_OPENERS = "-+−$€£¥’'‘"


@cython.cfunc
@cython.exceptval(check=False)
def _chart_caps(c: cython.Py_UCS4) -> cython.bint:
    """c is in [A-ZÀ-ÞА-Я], the capitals of _CHART_LABEL_RE's legend words."""
    return ("A" <= c <= "Z") or ("À" <= c <= "Þ") or ("А" <= c <= "Я")


@cython.ccall
@cython.locals(c=cython.Py_UCS4)
def _may_be_chart_label(label: str) -> cython.bint:
    """False when _CHART_LABEL_RE cannot match all of `label`: it opens with no digit, sign, currency or apostrophe,
    nor with two capitals. Most short lines ("Home", "Cars": a menu) fail here, without the regex."""
    if not label:
        return False
    c = label[0]
    return c.isdecimal() or c in _CHART_LABEL_OPENERS or (len(label) >= 2 and _chart_caps(c) and _chart_caps(label[1]))


@cython.ccall
def _chart_label(text: str, f: LineFeatures) -> cython.bint:
    """One chart label (_CHART_LABEL_RE) on a short line. A ccall: chart_labels_transparent asks it of every line."""
    if f.words > 2 or f.eff_len > CHART_LABEL_MAX_LEN:
        return False
    label = text.strip()
    return _may_be_chart_label(label) and _CHART_LABEL_RE.fullmatch(label) is not None


# A tick's value with its sign and thousands groups ("-20", "−40", "1,200", "$400").
_AXIS_VALUE_RE = re.compile(r"([-+−]?)[$€£¥’'‘]?(\d{1,3}(?:,\d{3})+|\d+)")
CHART_AXIS_TICKS = 4  # evenly spaced values in a row: an axis ("’17", "’18", "’19", "’20"; "80", "60", "40", "20")


def _has_axis(lines: list[Line], i: int, j: int) -> bool:
    """Among lines i..j-1, CHART_AXIS_TICKS in a row whose values step evenly (not by 0): a chart's axis. A list
    of numbers that are no axis (a draw's winning numbers, a table column of counts) rarely steps so."""
    values: list[int | None] = []
    for k in range(i, j):
        text = lines[k].text.strip()
        m = _AXIS_VALUE_RE.match(text)
        if m is None or m.end() < len(text.rstrip("%kKmMbBn年月日万亿億円元")):
            values.append(None)
            continue
        value = int(m.group(2).replace(",", ""))
        values.append(-value if m.group(1) in ("-", "−") else value)
    run = 1
    for k in range(1, len(values)):
        a, b = values[k - 1], values[k]
        if a is None or b is None or a == b:
            run = 1
        elif k >= 2 and values[k - 2] is not None and run > 1 and b - a == a - values[k - 2]:
            run += 1
        else:
            run = 2
        if run >= CHART_AXIS_TICKS:
            return True
    return False


@cython.locals(i=cython.Py_ssize_t, j=cython.Py_ssize_t, n=cython.Py_ssize_t, k=cython.Py_ssize_t, digits=cython.Py_ssize_t)
def chart_labels_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """A chart inside the article does not cut it in two, and its labels go.

    CHART_MIN_LABELS or more lines in a row that are each one chart label (patterns in _CHART_LABEL_RE), most of
    them with a digit, are the axes of a chart rendered as text: no sentence of the article. They are removed,
    and score 0 where they scored less, so the run goes on over them to the article under the chart."""
    n = len(lines)
    i = 0
    while i < n:
        if not _chart_label(lines[i].text, feats[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _chart_label(lines[j].text, feats[j]):
            j += 1
        if j - i >= CHART_MIN_LABELS:
            digits = 0
            for k in range(i, j):
                if feats[k].digits > 0:
                    digits += 1
            if digits >= CHART_DIGIT_SHARE * (j - i) and _has_axis(lines, i, j):
                _remove_span(lines, scores, i, j, _CHART_RULE)
        i = j


# A clause of an enumerated list ends with a semicolon ("（一）申报单位应为在本市注册的企业；", "a) the applicant is
# registered in the state;"): a sentence, though no full stop ends it.
CLAUSE_ITEM_MIN_WORDS = 4


def _clause_item(text: str, words: int) -> bool:
    """The line is a clause of an enumerated list: at least CLAUSE_ITEM_MIN_WORDS words ending with a
    semicolon. A call-to-action word inside it ("注册" in "registered companies", "subscribe" in "subscribed
    capital") is a word of the sentence, not the line's point."""
    return words >= CLAUSE_ITEM_MIN_WORDS and text.rstrip()[-1:] in ";；"


@cython.cfunc
def _label_key(text: str) -> str:
    """A label line as the label sets hold it ("Ingredients:" -> "ingredients", "做法：" -> "做法")."""
    return text.strip().rstrip(":：").strip().casefold()


@cython.ccall  # (visible to tests/test_boilerplate_prefilters.py)
@cython.locals(c=cython.Py_UCS4)
def _may_be_label(text: str, firsts: str) -> cython.bint:
    """The first character of `text` that is not whitespace is one of `firsts`: a cheap test before _label_key and
    a set look-up, which short lines of every page reach. A label's key opens with the case fold of that character
    (str.casefold folds each character alone), so `firsts` holds every character whose fold opens a label of the
    set ("ſ" folds to "s", "ß" to "ss"); tests/test_boilerplate_prefilters.py derives them over all code points."""
    for c in text:
        if not c.isspace():  # (what str.strip strips)
            return c in firsts
    return False


# The characters whose case fold opens a label of patterns.POLL_BUTTONS, BEST_ANSWER_LABELS and PROS_LABELS (escaped:
# several look like ASCII letters, the Kelvin sign "\u212a" folds to "k").
_POLL_BUTTON_FIRSTS = "ACGJOSVacgjosv\xdf\u017f\u01f0\u0413\u041f\u0433\u043f\u062a\u1e9a\u1e9e\u6295\ud22c\ufb05\ufb06"
_BEST_ANSWER_FIRSTS = "ABMNabmn\u041b\u043b\u1e9a\u30d9\u6700\u6ee1\u6eff\ucc44"
_PROS_FIRSTS = "AFKLPTVWZafklptvwz\u01af\u01b0\u0414\u041f\u0434\u043f\u0e02\u1c81\u1e97\u1e98\u1e9a\u212a\u30e1\u4f18\u512a\u826f\uc7a5\ufb00\ufb01\ufb02\ufb03\ufb04"


BEST_ANSWER_CARD_MAX = 3  # lines between a best-answer label and the answer: the answerer's name, the date
BEST_ANSWER_CARD_CHARS = 60
_BEST_ANSWER_RULE = ("qa-card", "label of a Q&A page's best answer, or the answerer's name or date under it")


def _answer_card_line(line: Line, f: LineFeatures, parse_date_line: object) -> bool:
    """A line of the card under a best-answer label: the answerer's name ("Hana Sato", "家电维修小王", a handle
    with "さん"), the answer's date ("2025/4/3 08:02"), the answerer's figures ("采纳率：92%", a label row with a
    digit) or a line a line rule took (a counter). The answer's first line is none: a sentence ("Yes, easily.",
    "払う必要はありません。"), a command ("git reset --soft HEAD~1"), a quote. (parse_date_line: metadata's.)"""
    notes = line.notes
    if f.eff_len > BEST_ANSWER_CARD_CHARS or notes.get("hard_break"):
        return False
    if notes.get("furniture"):
        return True
    text = line.text
    if f.terminal:
        return False
    return (
        _name_line(text, f) is not None or text.endswith(_ANSWERER_SUFFIXES)
        or _entry_date(text, f, notes, parse_date_line) > 0 or (f.digits > 0 and (_label_row(line, f) or _stats_row(text)))
    )


# The end of an answerer's line on a Q&A page: a name with its honorific ("ゆずこしょう さん", "지킴이 님"), or
# with the word "answer" after it ("지킴이 님 답변", "지킴이님의 답변").
_ANSWERER_SUFFIXES = ("さん", "님", "님 답변", "님의 답변")
STATS_ROW_MAX_WORDS = 3  # words of one figure of an answerer's stats row ("채택률 92%", "답변 1,024")


def _stats_row(text: str) -> bool:
    """The line is a row of an answerer's figures, short items with a separator between them ("채택률 92% ·
    답변 1,024", "采纳率 92% | 回答 1024"): no label row (no colon), no sentence either."""
    for sep in (" · ", " | "):
        if sep in text:
            return all(0 < len(part.split()) <= STATS_ROW_MAX_WORDS for part in text.split(sep))
    return False


IMAGE_CREDIT_MAX_WORDS = 10
# Pieces of the calendar buttons' words (patterns.CALENDAR_BUTTONS_RE): a line with none of them is no such button.
_CALENDAR_FIRST = "AaDdEeIiİıZzカ添加캘"  # the first letters of its buttons (_may_be_calendar_button spells them out)
_CALENDAR_KEYS = ("alend", "ALEND", "ics", "ICS", "iCal", "ICAL", "utlook", "UTLOOK", "agenda", "カレンダー", "日历",
                  "日曆", "行事曆", "캘린더")


# The small words between the names of a credit ("Ines Calderón for The Daily Meridian", "Jane Doe via Wire Agency").
_CREDIT_JOINERS = frozenset(("for", "via", "and", "of", "by", "the", "de", "da", "van", "von", "/", "&", "|", "-", "–", "—"))
CREDIT_NAMES_SHARE = 0.6


def _credit_names(text: str) -> bool:
    """The value of a long credit line ("Photo: Ines Calderón for The Daily Meridian") is names: most of its words
    capitalised, but for the small words between them. A heading behind a label ("Credit: What lenders check before
    approving a mortgage") is no credit."""
    value = text.split(":", 1)[1] if ":" in text else text.split("：", 1)[1] if "：" in text else text
    words = [w for w in value.split() if w.casefold() not in _CREDIT_JOINERS]
    if not words:
        return False
    caps = sum(1 for w in words if not w[:1].isalpha() or not w[:1].islower())
    return caps >= CREDIT_NAMES_SHARE * len(words)


@cython.ccall
@cython.locals(c=cython.Py_UCS4)
def _may_be_calendar_button(text: str) -> cython.bint:
    """The line opens with a calendar button's first letter and holds a piece of its words (cheap tests before
    the regex).

    CALENDAR_BUTTONS_RE skips the leading non-word characters ([\\W_]*: not str.isalnum) and opens its first button
    at the first word character, which must be one of _CALENDAR_FIRST (re.IGNORECASE included: "İ" and "ı" are
    "i"): most short lines open with another letter and skip the substring tests. (The letters are spelled out in
    the test: compiled, a switch. tests/test_boilerplate_prefilters.py reads them off the regex.)"""
    for c in text:
        if c.isalnum():
            if c not in "AaDdEeIiİıZzカ添加캘":  # _CALENDAR_FIRST
                return False
            break
    else:
        return False
    for key in _CALENDAR_KEYS:  # noqa: SIM110 (a generator costs more than the tests)
        if key in text:
            return True
    return False


# An image's controls, copied with the article's text (patterns.IMAGE_CONTROL_RE): "Enlarge this image" over the
# image, "hide caption" and "toggle caption" under its caption.
_IMAGE_CREDIT_RULE = ("image-credit", "photo credit or source line")

# A chart's credit row under it, its parts set apart by bullets or bars: a chart label with the graphic artist or the
# source ("Chart: Jane Doe", "Grafik: Max Muster"), then the source and the chart tool's controls ("Source: Census
# data • Get the data • Embed • Created with <tool>"). A caption behind a chart label ("Map: Where the river
# floods") has no such row of parts: it stays.
_CHART_CREDIT_LABEL_RE = re.compile(
    r"^[\W_]*(?:chart|graph|graphic|graphics|infographic|map|table|(?:data\s+)?visuali[sz]ation|grafik|grafiek|"
    r"gr[aá]fico|graphique|infograf[ií]a|infografik|infografica|karte|carte|mapa|mappa|kaart|tabelle|tabla|tableau|"
    r"wykres|graf)(?:(?:\s+(?:by|credit|von|par|por|di|door))?\s*[:：]\s*|\s+(?:by|von|par|por|door)\s+)\S",
    re.IGNORECASE,
)
_CHART_CREDIT_PART_RE = re.compile(
    r"^(?:(?:sources?|data|quelle|quellen|fuentes?|fontes?|bron|źródło)\s*[:：]|get the data|download(?:\s+(?:the\s+)?"
    r"(?:data|image|png|csv|chart))?$|embed(?:\s+(?:this\s+)?chart)?$|(?:created|made|built) with\s+\S|"
    r"daten herunterladen|einbetten|erstellt mit|descargar (?:los )?datos|insertar|créé avec|télécharger les données)",
    re.IGNORECASE,
)
_CHART_CREDIT_SEPARATORS = (" • ", " · ", " | ", " — ", " – ")
CHART_CREDIT_MAX_WORDS = 40
CHART_CREDIT_PART_MAX_WORDS = 14
_CHART_CREDIT_RULE_REASON = "credit and controls of a chart in the article ('Chart: Name • Source: ... • Get the data')"


# The characters a match of _CHART_CREDIT_LABEL_RE may open its label with, after [\W_]* (re.IGNORECASE: the
# letters of its words' first letters, their capitals, and "İ", "ı" and the Kelvin sign, which re folds into "i"
# and "k"; tests/test_perf_gates_i.py checks it against re on every code point).
_CHART_CREDIT_FIRST = "cdgikmtvwCDGIKMTVW\u0130\u0131\u212a"


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, j=cython.Py_ssize_t, c=cython.Py_UCS4, first=cython.bint, sep=cython.bint)
def _chart_credit_premise(text: str) -> cython.bint:
    """What _chart_credit_row needs, in one typed pass: the label's first letter (_CHART_CREDIT_FIRST) at the
    first word character that is no "_" (where _CHART_CREDIT_LABEL_RE's [\\W_]* stops), and the middle character
    of a separator (_CHART_CREDIT_SEPARATORS) anywhere. Most lines fail at their first letter."""
    n = len(text)
    first = False
    sep = False
    for j in range(n):
        c = text[j]
        if c == "•" or c == "·" or c == "|" or c == "—" or c == "–":
            if first:
                return True
            sep = True
        elif not first:
            if c == "_" or not c.isalnum():
                continue
            if c not in "cdgikmtvwCDGIKMTVW\u0130\u0131\u212a":  # _CHART_CREDIT_FIRST, spelled out: a C switch
                return False
            if sep:
                return True
            first = True
    return False


def _chart_credit_row(text: str) -> bool:
    """A chart's credit row (_CHART_CREDIT_LABEL_RE opening it, a source or a chart control among its other parts),
    each part short: no sentence of the article."""
    if not _chart_credit_premise(text):
        return False
    for sep in _CHART_CREDIT_SEPARATORS:
        if sep in text:
            if _CHART_CREDIT_LABEL_RE.match(text) is None:
                return False
            parts = [part.strip() for part in text.split(sep)]
            if any(len(part.split()) > CHART_CREDIT_PART_MAX_WORDS for part in parts):
                return False
            return any(_CHART_CREDIT_PART_RE.match(part) is not None for part in parts[1:])
    return False


# A short photo credit that names a person, alone on its line: a photo label in the page's language, a colon and
# a name of two to four capitalised words (particles between), maybe its agency after a slash or a comma ("Foto: Jan
# Dvořák", "Fotó: Kovács Péter", "Zdjęcie: Anna Nowak/PAP", "Foto: Juan Pérez, EFE"). The furniture list takes the
# English label alone ("Photo: ..."); a credit to the paper itself in capitals ("Foto: LA NACION") or to an agency
# alone ("Foto: dpa") names no person and stays, as the dev gold keeps such a line between paragraphs.
_PERSON_CREDIT_RE = re.compile(
    r"^(?:foto(?:s|grafie|grafia|graf|grafía)?|fotó|fotka|fot\.|zdjęci[ea]|bild|фото|фотография|світлина|"
    r"kép|fotoğraf|φωτογραφία|φωτ\.)\s*[:：]\s*(?P<name>[^\W\d_][^\s/,|]*(?:\s+[^\W\d_][^\s/,|]*){1,4})"
    r"(?:\s*[/,|]\s*\S.{0,40})?$",
    re.IGNORECASE,
)
PERSON_CREDIT_MAX_WORDS = 8
_PERSON_CREDIT_FIRST = "FfZzBbKkФфСсΦφ"  # the first letters of _PERSON_CREDIT_RE's labels (a cheap test first)
_CREDIT_NAME_PARTICLES = frozenset((
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "le", "la", "van", "von", "der", "den", "ter", "zu",
    "y", "e", "i", "bin", "ibn", "al", "el",
))


def _person_credit(text: str) -> bool:
    """A short photo credit naming a person (_PERSON_CREDIT_RE): two to four name words, each capitalised and not
    in capitals throughout (a paper's name, an acronym), particles between them."""
    m = _PERSON_CREDIT_RE.match(text)
    if m is None:
        return False
    names = [w for w in m.group("name").split() if w not in _CREDIT_NAME_PARTICLES]
    if not 2 <= len(names) <= 4:
        return False
    return all(w[:1].isupper() and not (len(w) > 2 and w.isupper()) for w in names)


# A labelled slideshow counter alone on its line: "Bild 1 von 5", "Photo 3 sur 10", "Item 1 of 2", "Fotografie 1 z
# 6", "Zdjęcie 2 z 8", "Фото 3 из 10", "Foto 2 di 12". One alone is a gallery's too (slide_counters wants a chain of
# them: a bare "3 of 10" may be a score or a page number); the label names a picture or a slide.
_LABELLED_SLIDE_COUNTER_RE = re.compile(
    r"^(?:image|photo|picture|pic|slide|item|bild|foto|fotografie|fotografia|fotografía|imagen|imagem|immagine|"
    r"afbeelding|zdjęcie|obrázek|snímek|kép|fotó|fotoğraf|görsel|фото|изображение|слайд|світлина|зображення)"
    r"\s+(\d{1,3})\s*(?:[/／]|of|von|sur|de|di|van|z|ze|av|af|из|з)\s*(\d{1,3})$",
    re.IGNORECASE,
)


def _labelled_slide_counter(text: str) -> bool:
    """The line is a labelled slideshow counter, n of total with n <= total (_LABELLED_SLIDE_COUNTER_RE)."""
    m = _LABELLED_SLIDE_COUNTER_RE.match(text.strip())
    return m is not None and 0 < int(m.group(1)) <= int(m.group(2))
_IMAGE_CONTROL_RULE = ("image-control", "control of an image in the article ('Enlarge this image', 'toggle caption')")
_EXPANDER_RULE = ("expander", "control that folds a description back ('Show less', 'Weniger anzeigen')")
# (And a forum topic's "Solved by <name> in post #4" between its first post and the replies, a newsletter's sponsor
# block between its paragraphs.)
# (And a forum post's likes row under it, between the post and the next reply.)
# (And a blog's plea to share the post in mr / hi / bn between the writer's story and the recipe or the guide under
# it: patterns.SHARE_PLEA_INDIC_RE.)
# The longest code block over a copy button that code_block_transparent takes in (a config file, a script).
CODE_BLOCK_MAX_LINES = 40
_TRANSPARENT_RULES = frozenset(
    (
        "shop-button", "image-credit", "image-control", "solution-link", "sponsor-block", "likes-row", "forum-card", "ad-copy",
        "inline-card", "doubled-button", "share-plea", "media-placeholder", "expander", "player-hint", "sidebar-box",
        "post-header", "code-gutter", "quote-box", "page-footer",
    )
)
_SHARE_PLEA_INDIC_RULE = ("share-plea", "plea to share the post if the reader liked it ('ही पोस्ट आवडली तर शेअर करा')")
# A link to the previous or next post with its title (patterns.is_post_nav): a title, no paragraph.
POST_NAV_MAX_WORDS = 20
_POST_NAV_RULE = ("post-nav", "link to the previous or next post, with its title")
POLL_OPTIONS_MIN = 2
POLL_OPTIONS_MAX = 8
POLL_OPTION_MAX_WORDS = 12
POLL_QUESTION_MAX_WORDS = 30
POLL_AFTER_MAX = 3  # result links and counts under the vote button
_POLL_RULE = ("poll", "an inline poll: its label, question, answer options, vote button and results")


def _poll_option(line: Line, f: LineFeatures) -> bool:
    """A poll's answer option: a short line, no sentence and no question ("Yes, weekly is not enough")."""
    text = line.text.rstrip()
    return 0 < f.words <= POLL_OPTION_MAX_WORDS and text[-1:] not in ".!?。！？:：" and not line.notes.get("hard_break")


def _poll_label_key(text: str) -> str:
    """A poll's label or call as patterns.POLL_LABELS holds it: a call is a question of its own, asked without its
    marks ("What do you think?", "¿Qué opinas?", "どう思いますか？"), and typed with a plain apostrophe ("Qu’en
    pensez-vous ?")."""
    return _label_key(text).replace("\u2019", "'").strip("?？¿ ")


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, text=str)  # (typed: the loop runs over every line)
def poll_widgets(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """An inline poll in an article goes whole, and the run goes on over it: a question ending with "?" (under a
    label such as "Poll", or not), POLL_OPTIONS_MIN to POLL_OPTIONS_MAX short answer options, the vote button
    (patterns.POLL_BUTTONS) and the result links and counts under it ("View results", "1,284 votes"). The button
    and the question both must be there: a list under a question in an article ends with no vote button."""
    n = len(lines)
    for i in range(2, n):
        text = lines[i].text
        if len(text) > 20 or not _may_be_label(text, _POLL_BUTTON_FIRSTS) or _label_key(text) not in patterns.POLL_BUTTONS:
            continue
        j = i
        while j > 0 and i - j < POLL_OPTIONS_MAX and _poll_option(lines[j - 1], feats[j - 1]):
            j -= 1
        q = j - 1
        if i - j < POLL_OPTIONS_MIN or q < 0:
            continue
        question = lines[q].text.rstrip()
        if question[-1:] not in "?？" or feats[q].words > POLL_QUESTION_MAX_WORDS:
            continue
        a = q - 1 if q > 0 and _poll_label_key(lines[q - 1].text) in patterns.POLL_LABELS else q
        b = i + 1
        while b < n and b - i <= POLL_AFTER_MAX and patterns.POLL_AFTER_RE.match(lines[b].text.strip()):
            b += 1
        _remove_span(lines, scores, a, b, _POLL_RULE)


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, text=str)  # (typed: the loop runs over every line)
def best_answer_cards(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """A Q&A page's "Best answer" label and the card under it (the answerer's name, the answer's date) go, and do
    not cut the question from the answer: one to BEST_ANSWER_CARD_MAX card lines under the label (patterns.
    BEST_ANSWER_LABELS, _answer_card_line), then the answer (prose, a sentence, code). They are removed and score
    0 where they scored less. A label with no card under it (an article's subheading over a quote, a label right
    over the answer) is left to the other rules."""
    n = len(lines)
    for i in range(n - 1):
        text = lines[i].text
        if len(text) > 30 or not _may_be_label(text, _BEST_ANSWER_FIRSTS) or _label_key(text) not in patterns.BEST_ANSWER_LABELS:
            continue
        from cleaners.metadata import parse_date_line  # (here: few pages hold a label)

        j = i + 1
        while j < n and j - i <= BEST_ANSWER_CARD_MAX and _answer_card_line(lines[j], feats[j], parse_date_line):
            j += 1
        if i + 1 < j < n and (feats[j].cls in _PROSE_CLASSES or feats[j].terminal or feats[j].code_like):
            _remove_span(lines, scores, i, j, _BEST_ANSWER_RULE)
            # The question's controls and counters between it and the label ("내공 50", "Share", "Report",
            # "답변 3"): short, no sentence; with the question's prose right above them they go the same way.
            k = i
            while k > 0 and i - k < QUESTION_TOOLS_MAX and _question_tool_line(lines[k - 1], feats[k - 1]):
                k -= 1
            # (One of them at least a line rule took, a counter or a button: the question's own last lines, the
            # specs it lists or its "Thanks", are not its controls.)
            if 0 < k < i and feats[k - 1].cls in _PROSE_CLASSES and any(lines[t].notes.get("furniture") for t in range(k, i)):
                _remove_span(lines, scores, k, i, _QUESTION_TOOLS_RULE)


QUESTION_TOOLS_MAX = 5  # lines between a question and the best answer's label: points, share, report, a count
QUESTION_TOOL_CHARS = 20
_QUESTION_TOOLS_RULE = ("qa-card", "control or counter of a Q&A page's question, above the best answer's label")


def _question_tool_line(line: Line, f: LineFeatures) -> bool:
    """A line of the controls under a question: a few characters (a button, a counter), no sentence end, no
    hard break. A line no line rule took is a button's word, with no digit and no colon: "RAM: 16GB", "CPU:
    라이젠 5600" are the specs the question lists, its own lines."""
    notes = line.notes
    if f.eff_len > QUESTION_TOOL_CHARS or f.terminal or notes.get("hard_break"):
        return False
    return bool(notes.get("furniture")) or (f.digits == 0 and ":" not in line.text and "：" not in line.text)


PROS_CONS_MAX_ITEMS = 8  # items under one heading of a review's pros and cons
PROS_CONS_MAX_CHARS = 80  # characters of one item (a phrase)


def _pros_cons_label(text: str) -> str:
    """"pros" or "cons" when the line is the heading of a review's list of them (patterns.PROS_LABELS,
    patterns.CONS_LABELS), else ""."""
    if len(text) > 30:
        return ""
    key = _label_key(text)
    if key in patterns.PROS_LABELS:
        return "pros"
    return "cons" if key in patterns.CONS_LABELS else ""


def _pros_cons_items(lines: list[Line], feats: list[LineFeatures], i: int) -> int:
    """The end of the short items under the heading at `i` (i + 1 when there are none)."""
    j = i + 1
    while j < len(lines) and j - i <= PROS_CONS_MAX_ITEMS:
        f = feats[j]
        notes = lines[j].notes
        if f.cls == GOOD or f.eff_len > PROS_CONS_MAX_CHARS or notes.get("furniture") or notes.get("hard_break"):
            break
        if _pros_cons_label(lines[j].text):
            break
        j += 1
    return j


def _pros_cons_end(lines: list[Line], feats: list[LineFeatures], i: int) -> int:
    """Where a review's pros and cons lists that line i heads end (a pros heading over one to PROS_CONS_MAX_ITEMS
    short items, then a cons heading over as many), or i."""
    f = feats[i]
    if f.words > 4 or not _may_be_label(lines[i].text, _PROS_FIRSTS) or _pros_cons_label(lines[i].text) != "pros":
        return i
    cons = _pros_cons_items(lines, feats, i)
    if cons == i + 1 or cons >= len(lines) or _pros_cons_label(lines[cons].text) != "cons":
        return i
    end = _pros_cons_items(lines, feats, cons)
    return i if end == cons + 1 else end


def _tail_pros_cons_end(lines: list[Line], feats: list[LineFeatures], i: int) -> int:
    """_pros_cons_end for the main run's tail: the cons list ends at the first line that is no item like the pros
    list's first one (a label row with a colon, "Puanımız: 8/10"; a question, "Bu incelemeyi beğendin mi?"; a
    capitalised link under items in lower case, "Zwiastun"), so the buttons and links under the lists stay out."""
    end = _pros_cons_end(lines, feats, i)
    if end == i:
        return i
    lower = lines[i + 1].text[:1].islower()
    k = _pros_cons_items(lines, feats, i) + 1  # the first cons item
    while k < end:
        text = lines[k].text.rstrip()
        if ":" in text or "：" in text or text.endswith(("?", "？")) or (lower and not text[:1].islower()):
            break
        k += 1
    return k


@cython.locals(i=cython.Py_ssize_t, f=LineFeatures)  # (typed: the loop runs over every line)
def pros_cons_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float], weight: float) -> None:
    """A review's pros and cons ("Pros" over "Very quiet", "Cheap"; "Cons" over "Weak on carpet") belong to it.

    Their items are short phrases, scored as menu lines are, and they come after the last paragraph: the run
    would end above them and lose the verdict under them too. A pros heading over one to PROS_CONS_MAX_ITEMS
    short items, then a cons heading over as many, score as content-like short lines (`weight`) at least.
    With a verdict right under them (a paragraph, good or near-good: a short one in a script without spaces,
    such as Thai, is near-good) they score 0: the verdict is the review's, and a near-good line alone would not
    pull the run over the cost of the lists."""
    for i in range(len(lines) - 3):
        f = feats[i]
        # _pros_cons_end's own first tests, inlined (typed, compiled): most lines fail them, and a call to it costs
        # more than they do.
        if f.words > 4 or not _may_be_label(lines[i].text, _PROS_FIRSTS):
            continue
        end = _pros_cons_end(lines, feats, i)
        if end == i:
            continue
        floor = weight
        if end < len(lines) and _verdict_under_lists(lines[end], feats[end]):
            floor = max(weight, 0.0)
        for k in range(i, end):
            scores[k] = max(scores[k], floor)


def _verdict_under_lists(line: Line, f: LineFeatures) -> bool:
    """The line under a review's pros and cons lists is its verdict: a paragraph (good or near-good) that no
    line rule took."""
    return (f.cls == GOOD or f.cls == NEAR) and not line.notes.get("furniture") and not line.notes.get("hard_break")


# A live blog's entry stamp: a bare clock time ("18:40", "6.40pm", "09:15 BST", and the French and Portuguese
# "11h47") on a line of its own (or the same time in a clause, patterns.POSTED_CLOCK_RE: "Posted at 17:02").
_ENTRY_CLOCK_RE = re.compile(
    r"\d{1,2}(?:[:.]|h(?=\d))[0-5]\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?"
    # or the entry's age, as live pages that refresh print it: "1h ago", "45 min ago", "2 hours ago", "il y a 2 h",
    # "vor 5 Minuten", "hace 2 horas", "2 ore fa", "2 часа назад", "2小时前", "2時間前", "2시간 전"
    r"|\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago"
    r"|(?:il y a|hace|há|vor|před|przed|acum)\s+\d{1,2}\s*(?:h|min\w*|heures?|horas?|stunden?|hodin\w*|godzin\w*|ore)"
    r"|\d{1,2}\s+(?:min\w*|ore|uur|timm?ar|timme|saat|dakika|jam|menit|час\w*|минут\w*|godzin\w*)"
    r"\s+(?:fa|geleden|sedan|önce|yang lalu|назад|temu)"
    r"|\d{1,2}\s*(?:分|分钟|分鐘|時間|小时|小時)\s*前|\d{1,2}\s*(?:시간|분)\s*전",
    re.IGNORECASE,
)
LIVE_MIN_ENTRIES = 2  # clock stamps between prose before a page counts as a live blog
LIVE_ENTRY_LEAD = 2  # lines from a stamp to its entry's prose (a short entry headline between)
LIVE_ENTRY_FURNITURE = 2  # inline furniture lines between an entry's prose and the next stamp (ad label, ad line)


@cython.locals(notes=dict, i=cython.Py_ssize_t)  # (see newsletter_boxes_transparent)
def live_entries_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """The clock stamps of a live blog's entries do not cut the live blog into pieces.

    Each entry opens with its time ("18:40"), which is removed as a timestamp, then a short headline and
    prose. Scored as furniture the stamps cut the run at every entry, and the first and last entries fall
    outside it. A stamp with prose right above it (the previous entry, or up to LIVE_ENTRY_FURNITURE lines of
    inline furniture or entry buttons under that entry's prose: an ad's label and its line, a "read also" link, a
    share button; they score 0 with it) and prose within LIVE_ENTRY_LEAD lines under it scores 0, when the page has LIVE_MIN_ENTRIES of them.
    A comment thread puts a name, not prose, above its times; and the times under a comments heading that follows
    prose ("Comments (4)" under the article; a header's comment count sits over it) are comments', whatever sits
    above them. So are the teasers of a list whose heading sits right over a stamp ("Most read" / "2h ago" /
    headline / dek): a rail of other stories, which would take the place of a short article.
    """
    stamps = []
    end = len(lines) - 1
    prose_seen = False
    for i in range(len(lines)):
        rule = lines[i].notes.get("furniture")
        if prose_seen and rule is not None and (
            (rule[0] == "article-end" and _comment_heading(lines[i].text, feats[i]))
            or (rule[0] == "list-heading" and i + 1 < len(lines) and _ENTRY_CLOCK_RE.fullmatch(lines[i + 1].text.strip()))
        ):
            end = min(end, i)
            break
        prose_seen = prose_seen or feats[i].cls == GOOD
    for i in range(1, end):
        notes = lines[i].notes
        rule = notes.get("furniture")
        # ("16:42 Uhr" is read as a feed item, a clock over a one-word headline: alone, it is a stamp.)
        if (
            not rule or (rule[0] != "timestamp" and rule[0] != "feed-item")
            or not (_ENTRY_CLOCK_RE.fullmatch(lines[i].text.strip()) or patterns.POSTED_CLOCK_RE.match(lines[i].text.strip()))
        ):
            continue
        # The previous entry may end with an ad (its label and its line) or a "read also" link under its prose.
        above = i
        while above >= 2 and i - above < LIVE_ENTRY_FURNITURE and (
            _inline_furniture(lines[above - 1], feats[above - 1]) or _entry_control(lines[above - 1], feats[above - 1])
        ):
            above -= 1
        if feats[above - 1].cls != GOOD:
            # The first entry under a pinned summary and its key points: they join the run with the entries.
            top = -1 if stamps else _key_points_top(lines, feats, i)
            if top < 0:
                continue
            above = top + 1
        if any(feats[k].cls == GOOD for k in range(i + 1, min(len(lines), i + 1 + LIVE_ENTRY_LEAD))):
            stamps.append((above, i))
    if len(stamps) >= LIVE_MIN_ENTRIES:
        for above, i in stamps:
            for k in range(above, i + 1):
                scores[k] = 0.0


LIVE_KEY_POINTS_MAX = 6  # short lines between a live page's pinned summary and its first entry's stamp
LIVE_KEY_POINT_WORDS = 3  # a key point says something ("Roads: I-81 closed"); a menu item is a word or two


def _key_points_top(lines: list[Line], feats: list[LineFeatures], stamp: int) -> int:
    """A live page's pinned summary over its first entry: a paragraph, then its key points (a heading and up to
    LIVE_KEY_POINTS_MAX short lines of LIVE_KEY_POINT_WORDS words or more, no line rule), then the first stamp.
    The paragraph's index, or -1; the key points then score 0 with the stamp, so the summary joins the entries'
    run. A menu's items (a word or two each) are no key points."""
    k = stamp - 1
    short_items = 0
    while k >= 0 and stamp - k <= LIVE_KEY_POINTS_MAX + 1:
        f = feats[k]
        if f.cls == GOOD:
            break
        notes = lines[k].notes
        if f.cls != SHORT or f.terminal or notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
            return -1
        if f.words < LIVE_KEY_POINT_WORDS:
            short_items += 1
            if short_items > 1:
                return -1
        k -= 1
    if k < 0 or feats[k].cls != GOOD or k == stamp - 1:
        return -1
    return k


_SHARE_BUTTON_REASON = "share button"
_SHARE_PLEA_REASON = "plea to share the page if the reader liked it ('If you found this article helpful, please share it')"
_SHARE_PLEA_CJK_REASON = "plea to share the page if the reader liked it ('この記事が役に立ったらシェアしてください')"
_READER_VERDICT_REASON = (
    "closing question to the reader about the page, asking to rate or share it ('Did you like this recipe?')"
)
LIVE_ENTRY_CONTROL_WORDS = 3  # a share or social button under an entry ("Share", "مشاركة", "Facebook")


# The networks a share row under an entry names ("Facebook", "X WhatsApp Telegram"), one to three of them.
_SOCIAL_ROW_RE = re.compile(
    r"[\W_]*(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|e-?mail|messenger|viber|vk|weibo|"
    r"微博|微信)[\W_]*){1,3}",
    re.IGNORECASE,
)


def _entry_control(line: Line, f: LineFeatures) -> bool:
    """A button under a live blog's entry: a share button or a row of social networks (furniture rule), a few words.

    A comment's controls ("Reply", "Report", "Like") are none: under a comment with its time below them they would
    read the comment thread as a live blog, and it would take the place of the article.
    """
    rule = line.notes.get("furniture")
    if rule is None or rule[0] != "furniture" or f.words > LIVE_ENTRY_CONTROL_WORDS:
        return False
    text = line.text
    return rule[1] == _SHARE_BUTTON_REASON or _SOCIAL_ROW_RE.fullmatch(text) is not None


_BOARD_HEADER_RULE = ("forum-meta", "post header of a text board (post number, name, date, poster ID)")
# A code block copied with its line numbers: the gutter's numbers come out one a line ("1", "2", "3", ...) over the
# code, and the block's language label ("Python", "Bash") over its copy button or its gutter.
CODE_GUTTER_MIN = 3  # numbers counting up from 1
_CODE_GUTTER_RULE = ("code-gutter", "line numbers or language label of a code block, copied with its code")
_CODE_LANGUAGE_RE = re.compile(
    r"(?:python|python3|javascript|js|typescript|ts|bash|shell|sh|zsh|console|terminal|powershell|json|yaml|yml|toml"
    r"|xml|html|css|scss|sql|go|golang|rust|java|kotlin|swift|c|c\+\+|cpp|c#|csharp|ruby|php|perl|r|scala|dockerfile"
    r"|makefile|ini|text|plaintext|plain text|diff)",
    re.IGNORECASE,
)
_CODE_PUNCT = frozenset("=()[]{}:;.\"'#<>/_")


CODE_PROSE_MIN_WORDS = 5  # words of a sentence under a column of numbers: a program's output explained, no code


def _code_line(text: str) -> bool:
    """A line of code by its look: a symbol of code in it (=, brackets, a colon, a quote, a dot between words), and
    no sentence of prose (a capital, CODE_PROSE_MIN_WORDS words or more, a full stop at the end: "The loop stops at 3
    because range() excludes its end value." under a program's printed "1", "2", "3")."""
    if not any(ch in _CODE_PUNCT for ch in text):
        return False
    core = text.strip()
    return not (core[:1].isupper() and core[-1:] in ".!?" and len(core.split()) >= CODE_PROSE_MIN_WORDS)


def mark_code_gutters(lines: list[Line]) -> None:
    """A code block's gutter: CODE_GUTTER_MIN lines or more, each a bare number counting up from 1, right over as
    many lines as there are numbers less a few blank ones, most of them code (_code_line). The numbers go, and the
    block's language label alone on the line over the gutter or over its copy button ("Python" / "Copy"). A
    numbered list has its text on the number's line; a pager's bare numbers sit over no code."""
    n = len(lines)
    i = 0
    while i < n:
        if lines[i].text.strip() != "1":
            i += 1
            continue
        k = i + 1
        while k < n and lines[k].text.strip() == str(k - i + 1):
            k += 1
        count = k - i
        code = [lines[j].text for j in range(k, min(n, k + count))]
        if count < CODE_GUTTER_MIN or sum(1 for t in code if _code_line(t)) * 2 < count:
            i = k
            continue
        for j in range(i, k):
            lines[j].notes["furniture"] = _CODE_GUTTER_RULE
        top = i - 1
        rule = lines[top].notes.get("furniture") if top >= 0 else None
        if rule is not None and rule[1] == COPY_BUTTON_REASON:
            top -= 1
        if top >= 0 and not lines[top].notes.get("furniture") and _CODE_LANGUAGE_RE.fullmatch(lines[top].text.strip()):
            lines[top].notes["furniture"] = _CODE_GUTTER_RULE
        i = k


# A citation widget under an article: its heading ("Cite This Page:", "How to cite this article", "Artikel zitieren",
# "Citer cet article", "Citar este artículo"), the style switcher's rows ("MLA", "APA", "Chicago", or one row of
# them) and the formatted citation under them (the page's title in quotes and a year).
_CITE_HEADING_RE = re.compile(
    r"(?:cite\s+this\s+(?:page|article|story|post|entry|paper)|how\s+to\s+cite(?:\s+this\s+(?:page|article))?"
    r"|(?:diesen\s+)?artikel\s+zitieren|zitiervorschlag|citer\s+cet\s+article|comment\s+citer(?:\s+cet\s+article)?"
    r"|citar\s+(?:este|esta)\s+(?:artículo|página|artigo)|como\s+citar(?:\s+este\s+artigo)?|cita\s+questo\s+articolo)"
    r"\s*[:：]?",
    re.IGNORECASE,
)
_CITATION_STYLES_RE = re.compile(
    r"(?:(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|BibTeX|RIS|AMA|Turabian|EndNote)(?:\s*[|·/,]?\s*|$))+"
)
_CITE_RULE = ("cite-widget", "citation widget under the article: heading, citation styles, formatted citation")
CITE_STYLES_WINDOW = 4  # lines under the heading where the style rows are looked for
_QUOTED_TITLE_RE = re.compile(r"[\"“„«].{8,200}?[\"”“»].*\b(?:1[89]|20)\d\d\b")


def mark_cite_widgets(lines: list[Line]) -> None:
    """A citation widget (_CITE_HEADING_RE over two rows of citation styles or more, _CITATION_STYLES_RE, and right
    under them the citation they format, _QUOTED_TITLE_RE): removed; without the citation, the rows are a guide's. A reference list names no styles; a paper's "How to cite"
    sentence over its reference is one line with no style rows."""
    n = len(lines)
    for i in range(n - 2):
        text = lines[i].text.strip()
        if len(text) > 40 or _CITE_HEADING_RE.fullmatch(text) is None:
            continue
        styles = [k for k in range(i + 1, min(n, i + 1 + CITE_STYLES_WINDOW))
                  if len(lines[k].text) <= 60 and _CITATION_STYLES_RE.fullmatch(lines[k].text.strip())]
        if sum(len(lines[k].text.split()) for k in styles) < 2:  # two styles or more (one a row, or one row of them)
            continue
        last = styles[-1]
        if any(k not in styles for k in range(i + 1, last + 1)):
            continue
        # (the widget shows the citation the styles format; a writing guide's "How to cite" over the styles' names
        # as its section's headings goes on in prose)
        if last + 1 >= n or len(lines[last + 1].text) > 400 or not _QUOTED_TITLE_RE.search(lines[last + 1].text):
            continue
        for k in range(i, last + 2):
            lines[k].notes["furniture"] = _CITE_RULE


# A forum post's header ("by eastbank_ed » Mon Mar 03, 2025 4:12 pm"), the reply's subject over it ("Re: <the
# thread's subject>") and the previous post's "Top" link over that: removed, and transparent to the run search (each
# reply of the thread sits under one).
_POST_HEADER_RULE = ("post-header", "post header of a forum thread ('by <poster> » <date>')", False)
_REPLY_SUBJECT_RE = re.compile(r"(?:re|aw|ré|rif|odp|ynt|sv|antw)\s*(?:\^\d+|\[\d+\])?\s*:\s*\S", re.IGNORECASE)
_TOP_LINK_RE = re.compile(r"[↑▲^]?\s*(?:top|back\s+to\s+top|nach\s+oben|haut|arriba|inizio|topo)\s*[↑▲^]?", re.IGNORECASE)


def mark_post_headers(lines: list[Line]) -> None:
    """Over a forum post's header (_POST_HEADER_RULE): the reply's subject ("Re: ...") right above it, and the "Top"
    link that closes the post before it right above that, are the post header's too."""
    for i in range(1, len(lines)):
        rule = lines[i].notes.get("furniture")
        if rule is None or rule[0] != _POST_HEADER_RULE[0]:
            continue
        k = i - 1
        if len(lines[k].text) <= 200 and _REPLY_SUBJECT_RE.match(lines[k].text) and not lines[k].notes.get("furniture"):
            lines[k].notes["furniture"] = _POST_HEADER_RULE
            k -= 1
        if k >= 0 and len(lines[k].text) <= 20 and _TOP_LINK_RE.fullmatch(lines[k].text.strip()):
            lines[k].notes["furniture"] = _POST_HEADER_RULE
BOARD_MIN_POSTS = 3  # post headers of a text board's thread before they are read as one
_LEADING_NUMBER_RE = re.compile(r"\d+")  # the post number opening a header (ANON_POST_HEADER_RE opens with it)
# A reply's reference to an earlier post, alone on its line over the reply: ">>3", "＞＞12", ">>4-6", ">>1,5".
_BOARD_ANCHOR_RE = re.compile(r"(?:>>|＞＞|≫)\d{1,5}(?:[-,]\d{1,5})*")


@cython.locals(line=Line, notes=dict)  # (typed: the search runs over every line)
def board_headers_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """The post headers of a text board's thread do not cut the thread into its posts.

    Each post opens with its header ("1 ：名無しさん：2025/04/06(日) 09:12:44.21 ID:kT3mQp0a"), removed by its
    rule; scored as furniture the headers cut the run at every post, and only the longest post is kept. With
    BOARD_MIN_POSTS headers or more whose post numbers go up, each header scores 0, and so does a reply's
    reference (">>3") alone on the line under it: it belongs to the reply.
    """
    headers = []
    for i, line in enumerate(lines):  # (a typed loop: a line's notes are a C field, the rule a dict look-up)
        notes = line.notes
        rule = notes.get("furniture")
        if rule is not None and rule == _BOARD_HEADER_RULE:  # (None equals no rule)
            headers.append(i)
    if len(headers) < BOARD_MIN_POSTS:
        return
    numbers = [int(_LEADING_NUMBER_RE.match(lines[i].text.lstrip()).group()) for i in headers]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return
    for i in headers:
        scores[i] = max(scores[i], 0.0)
        if i + 1 < len(lines) and _BOARD_ANCHOR_RE.fullmatch(lines[i + 1].text.strip()):
            scores[i + 1] = max(scores[i + 1], 0.0)


# An embedded post spans at most this many lines from its handle to its closing signature line.
SOCIAL_EMBED_MAX_LINES = 10


# The poster's name on a post's closing line: "— Jane Doe (@janedoe) March 1, 2025" -> "Jane Doe".
_SIGNATURE_NAME_RE = re.compile(r"^[—–-]\s*(.+?)\s*\(@")


def _signature_names(name_line: str, signature: str) -> bool:
    """The short line above a post's handle is the poster's name: it shares a word with the signature's name (a
    subheading over the embed, "Reaction from the dressing room", shares none and is the article's)."""
    m = _SIGNATURE_NAME_RE.match(signature)
    if m is None:
        return False
    signed = set(re.findall(r"\w+", m.group(1).casefold()))
    return bool(signed.intersection(re.findall(r"\w+", name_line.casefold())))


@cython.locals(f=LineFeatures)  # (typed: f.eff_len is a C field, read before the substring search of every line)
def social_embeds_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """An embedded social-media post inside an article does not cut the article.

    Its fallback text is a name, a handle ("@janedoe"), the post's text, a time, counters ("12.3K Likes") and
    buttons ("Quote"), closed by a signature line ("— Jane Doe (@janedoe) March 1, 2025"). Scored as short lines and
    furniture they cut the run, and an article's last paragraphs under an embed fall outside it. From a signature
    back to the handle above it (and the name right above the handle), the lines that are no prose score 0 and go
    as the embed's furniture. The post's text is scored as any prose, and the signature stays with it: it says who
    posted the quoted text and when (the dev gold keeps it, under a post's text or alone).
    """
    for i, line in enumerate(lines):
        f = feats[i]
        if f.eff_len > 90:  # (first: a paragraph's substring search cost more than the rest of the pass)
            continue
        text = line.text
        if "(@" not in text or line.notes.get("furniture"):
            continue
        if patterns.SOCIAL_EMBED_SIGNATURE_RE.match(text) is None:
            continue
        first = -1
        for k in range(i - 1, max(-1, i - SOCIAL_EMBED_MAX_LINES - 1), -1):
            above = lines[k].notes.get("furniture")
            if lines[k].notes.get("hard_break") or "(@" in lines[k].text:
                break
            if above and above[0] == "social-handle":
                first = k
                name = k - 1
                if name >= 0 and feats[name].cls == SHORT and not feats[name].terminal and not lines[name].notes.get("furniture") and (
                    _signature_names(lines[name].text, text)
                ):
                    first = name
                break
        if first < 0:  # a signature alone (the post's text above it): nothing cuts the run but the line itself
            continue
        for k in range(first, i + 1):
            if feats[k].cls == GOOD or feats[k].cls == NEAR:
                continue
            scores[k] = 0.0
            if k < i and not lines[k].notes.get("furniture"):
                lines[k].notes["furniture"] = _SOCIAL_EMBED_RULE


# --- a table of contents between the lead and the body ------------------------------------------------------------

# A table of contents lists at least this many of the page's section headings, and this share of its entries are
# headings found further down, in its order.
TOC_MIN_ENTRIES = 3
TOC_MATCH_SHARE = 0.6
# An entry is a short line: at most this many words and this length (CJK counted three times).
TOC_ENTRY_MAX_WORDS = 12
TOC_ENTRY_MAX_LEN = 120
# (Typed copies for _toc_entry, which runs for every line: a module global would be looked up each time.)
_TOC_ENTRY_MAX_WORDS = cython.declare(cython.Py_ssize_t, TOC_ENTRY_MAX_WORDS)
_TOC_ENTRY_MAX_LEN = cython.declare(cython.Py_ssize_t, TOC_ENTRY_MAX_LEN)
# Section numbers ("1", "2.3", "3.7.1", "4.", "IV.") before an entry, and an edit link ("[edit]", "[编辑]",
# "[modifier]") after a section heading.
_TOC_NUMBER_RE = re.compile(r"(?:\d{1,3}(?:[.．]\d{1,3})*[.．)]?|[IVXivx]{1,5}[.)])\s+")
TOC_EDIT_MAX_LEN = 40  # "[edit]" ... "[Bearbeiten | Quelltext bearbeiten]"
_TOC_RULE = ("toc", "table of contents: the section headings listed again before the body")


@cython.ccall
@cython.locals(k=cython.Py_ssize_t, n=cython.Py_ssize_t, c=cython.Py_UCS4)
def _toc_key(text: str) -> str:
    """A section heading as a table of contents and the heading itself both show it: without the section
    number in front or an edit link in brackets after it. (It runs for most short lines of pages with
    sections: a line that opens with no digit or roman numeral and ends with no bracket is its own key.)"""
    n = len(text)
    if n == 0:
        return text
    key = text
    c = text[0]
    if c.isdigit() or ((c == "I" or c == "V" or c == "X" or c == "i" or c == "v" or c == "x") and ("." in text[:6] or ")" in text[:6])):
        m = _TOC_NUMBER_RE.match(text)
        if m:
            key = text[m.end():]
    if text[n - 1] == "]":
        k = key.rfind("[")
        if k > 0 and len(key) - k <= TOC_EDIT_MAX_LEN:
            key = key[:k].rstrip()
    return key


@cython.cfunc
@cython.locals(c=cython.Py_UCS4)
def _heading_key(key: str) -> cython.bint:
    """A heading opens with a capital, a digit or a letter of a script without case: a line of code ("$ make"),
    of program output or of a sentence cut in two ("updating to branch default") is no section heading."""
    if len(key) == 0:
        return False
    c = key[0]
    return c.isalnum() and not c.islower()


@cython.cfunc
@cython.inline
def _toc_entry(f: LineFeatures, kind: str) -> cython.bint:
    """A line a table of contents can list: a short line that is no paragraph (a heading, numbered or not)."""
    return (
        f.words <= _TOC_ENTRY_MAX_WORDS and f.eff_len <= _TOC_ENTRY_MAX_LEN and f.cls != _GOOD_CLS
        and kind != _SEPARATOR_KIND
    )


def _in_order(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (entry, heading) pairs, in entry order, whose headings increase too."""
    tails: list[int] = []  # tails[m]: index in pairs of the smallest last heading of an increasing run of m + 1
    back: list[int] = []  # each pair's predecessor in its run (-1: none)
    for k, (_entry, head) in enumerate(pairs):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs[tails[mid]][1] < head:
                lo = mid + 1
            else:
                hi = mid
        back.append(tails[lo - 1] if lo else -1)
        if lo == len(tails):
            tails.append(k)
        else:
            tails[lo] = k
    out: list[tuple[int, int]] = []
    k = tails[-1] if tails else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, a=cython.Py_ssize_t, b=cython.Py_ssize_t,
               k=cython.Py_ssize_t, h=cython.Py_ssize_t, first=cython.Py_ssize_t, last=cython.Py_ssize_t,
               with_prose=cython.Py_ssize_t, third_last=cython.Py_ssize_t, f=LineFeatures, g=LineFeatures,
               out=list, found=list, entry=bytearray, key=str)
def mark_toc(lines: list[Line], feats: list[LineFeatures], entry: bytearray, heads: list[int]) -> list[int]:
    """A table of contents between the lead and the body: removed (rule "toc"), and no boundary for the run search.

    A long article (an encyclopedia entry, documentation, a guide) opens with its lead, then lists its section
    headings, then the sections. The list is a block of short lines (the run search would end the article at
    it, so the lead was lost) and may hold a "See also" entry (a list heading). Its entries are the headings
    that follow, in the same order, each over its own prose: at least TOC_MIN_ENTRIES lines in a row of which
    TOC_MATCH_SHARE are found again further down (without their section numbers and edit links) as lines right
    above prose, with a paragraph between most of them, right under prose (the lead: a block with no prose above
    it costs the article nothing and is left to the run search). A menu repeated in the footer comes back as a block,
    not one item per section; a list that a sentence introduces ("... these parts:") is the text's own.
    `entry` flags the lines a contents block can list (_toc_entry), `heads` the section headings among them: the
    lines right over prose (or over the note or image caption before it), in page order (boilerplate_stage
    finds both in its first pass). Returns the indices of the contents' lines (label included); their hard
    breaks are lifted.
    """
    n = len(lines)
    out = []
    if len(heads) < TOC_MIN_ENTRIES:
        return out
    # The headings after a block must be enough to list: the block ends at the third heading from the end at most.
    third_last = heads[len(heads) - TOC_MIN_ENTRIES]
    later = None  # the section headings by key, once a block is found that can list them
    i = 0
    while i <= third_last:
        if not entry[i]:
            i += 1
            continue
        a = i
        while i < n and entry[i]:
            i += 1
        b = i  # lines[a:b]: short lines in a row
        # (The first heading's edit link may close the block: the heading is its last line then.)
        while b - 1 > a and lines[b - 1].notes.get("furniture", ("",))[0] == "edit-link":
            b -= 1
        if b - a < TOC_MIN_ENTRIES or b - 1 > third_last or a == 0:
            continue
        # Right under the lead: a contents block with no prose above it leaves nothing to recover.
        f = feats[a - 1]
        if f.cls != _GOOD_CLS and f.cls != _NEAR_CLS:
            continue
        if later is None:
            later = {}
            for k in heads:
                key = _toc_key(lines[k].text)
                if _heading_key(key):
                    later.setdefault(key, []).append(k)
        # Each entry's heading: the first heading after the block (or its last line, the first heading) that
        # shows it; the entries whose headings come in their order are the longest increasing run of them.
        found = []  # (entry, heading)
        for k in range(a, b):
            for h in later.get(_toc_key(lines[k].text), ()):
                if h > k and h >= b - 1:
                    found.append((k, h))
                    break
        if len(found) < TOC_MIN_ENTRIES:
            continue
        matched = _in_order(found)
        if len(matched) < TOC_MIN_ENTRIES:
            continue
        first, last = matched[0][0], matched[-1][0]
        if len(matched) < TOC_MATCH_SHARE * (last - first + 1):
            continue
        # Its label ("Contents", "Table of contents", "Inhalt", "目次"): a few words right above the first entry.
        if first > a:
            f = feats[first - 1]
            if f.words <= 3 and not f.digits and not f.terminal:
                first -= 1
        # A list that a sentence of the text introduces ("... consists of the following parts:") is the text's own.
        if first > 0 and lines[first - 1].text.rstrip()[-1:] in ":：" and feats[first - 1].words >= 4:
            continue
        # One section per heading: a paragraph between most pairs of consecutive headings.
        heads = [pair[1] for pair in matched]
        with_prose = 0
        for k in range(1, len(heads)):
            for h in range(heads[k - 1] + 1, heads[k]):
                g = feats[h]
                if g.cls == _GOOD_CLS:
                    with_prose += 1
                    break
        if 2 * with_prose < len(heads) - 1:
            continue
        last = _toc_tail(lines, last, b)
        out.extend(range(first, last + 1))
    for k in out:
        notes = lines[k].notes
        notes["furniture"] = _TOC_RULE
        notes.pop("hard_break", None)
    return out


@cython.locals(last=cython.Py_ssize_t, b=cython.Py_ssize_t, k=cython.Py_ssize_t)
def _toc_tail(lines: list[Line], last: int, b: int) -> int:
    """The last entry of a contents block whose entries mark_toc matched up to `last`: the numbered entries
    after it in the block (lines[last + 1:b]) whose headings come later too. The last sections ("See also",
    "References") head lists, not prose, so the headings over prose do not show them."""
    while last + 1 < b and _TOC_NUMBER_RE.match(lines[last + 1].text):
        key = _toc_key(lines[last + 1].text)
        found = False
        for k in range(b, len(lines)):
            if lines[k].text.startswith(key) and _toc_key(lines[k].text) == key:
                found = True
                break
        if not found:
            break
        last += 1
    return last


# Prose after a comments heading is user-generated: it counts this much of an article paragraph.
AFTER_END_WEIGHT = 0.25
# The comments heading ends the article only after this much article score (menus link "Comments" too).
MIN_SCORE_BEFORE_END = 10.0

# A blog platform's author box under "Written by Jane Doe": the follower count or the follow button right below.
# A button or a count on its line ("Follow", "Follow Jane Rowe", "+ Follow", "1.2K followers", "Followers: 340"), no
# song's or chapter's title ("8. Follow the Sun").
_PROFILE_LINE_RE = re.compile(
    r"^(?:\+\s*)?(?:follow|seguir|suivre|folgen)(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}$"
    r"|^[\d.,]+\s?[KkMm]?\s+(?:followers?|abonnés|seguidores|follower:innen)$"
    r"|^(?:followers?|abonnés|seguidores|follower:innen)\s*:?\s*[\d.,]+\s?[KkMm]?$",
    re.IGNORECASE,
)
# Lines below a "Written by" heading looked at for the profile; a bio opening with the credited name ("Jane Rowe
# is a writer ...") may take this many more above it.
PROFILE_LOOKAHEAD = 2
PROFILE_BIO_LINES = 2


# "More:" alone (_READ_MORE_COLON_RE's one-word labels): over other stories' headlines, or inside an article over its
# own list, whose items go on the label's phrase in lower case ("More:" / "cargo bikes in the old town, up 60%").
_BARE_MORE_WORDS = r"more|mehr|más|mais|altro|meer|ещё|еще|więcej|lisää|更多"
_BARE_MORE_RE = re.compile(r"^[\W_]*(?:" + _BARE_MORE_WORDS + r")\s*[:：]$", re.IGNORECASE)


def _drop_bare_more_over_phrases(lines: list[Line], list_headings: list[int]) -> list[int]:
    """The bare "More:" lines among `list_headings` over a line opening in lower case or ending with a comma or a
    semicolon lose their rule: a headline opens in upper case and ends with no comma; an item that goes on the
    label's phrase ("More:" / "bicycles on the bridge, up 41%"), the article's own list, does not, and an
    enumeration's item ends so ("Mehr:" / "Kürzere Öffnungszeiten am Wochenende;"). Returns the headings kept."""
    kept: list[int] = []
    for i in list_headings:
        text = lines[i].text
        if len(text) <= 16 and i + 1 < len(lines) and _BARE_MORE_RE.match(text) is not None:
            below = lines[i + 1].text.lstrip("-–—•·*▪►> \t")
            # ... or ends with a comma or a semicolon, as an enumeration's item does (a headline never): the
            # article's own list in a language that capitalises its nouns ("Mehr:" / "Kürzere Öffnungszeiten;").
            if below[:1].islower() or below.rstrip()[-1:] in ",;，；":
                lines[i].notes.pop("furniture", None)
                lines[i].notes.pop("hard_break", None)
                continue
        kept.append(i)
    return kept


def _drop_bare_credits(lines: list[Line], article_ends: list[int]) -> list[int]:
    """The "Written by <Name>" lines among `article_ends` that head no author box lose their rule: a film's
    credits ("Directed by X", "Written by Y") and a song list's writers ("9. Northern Road", "Written by X") are the
    article's. A box shows the writer's follower count or a follow button right below. Returns the ends kept."""
    kept: list[int] = []
    for i in article_ends:
        if lines[i].text[:10].casefold() == "written by":
            profile = False
            name = lines[i].text[10:].strip()
            reach = PROFILE_LOOKAHEAD
            if name and i + 1 < len(lines) and lines[i + 1].text.startswith(name + " "):
                reach += PROFILE_BIO_LINES  # a bio under the credit: the box's button is under it
            for k in range(i + 1, min(len(lines), i + 1 + reach)):
                below = lines[k].text.strip()
                if len(below) <= 40 and _PROFILE_LINE_RE.search(below):
                    profile = True
                    break
            if not profile:
                lines[i].notes.pop("furniture", None)
                lines[i].notes.pop("hard_break", None)
                continue
        kept.append(i)
    return kept


_COMPANY_BOX_RULE = ("article-end", "heading of a company's box after the article ('Über die <company>')")
COMPANY_BOX_NAME_REACH = 80  # characters of the box's first line where it names the company


def _drop_unnamed_company_boxes(lines: list[Line], feats: list[LineFeatures], article_ends: list[int]) -> list[int]:
    """The "About <article> <Name>" headings among `article_ends` (_COMPANY_BOX_RULE; in ja, zh, ko, ru:
    _company_about_name) over a line that does not name <Name> near its start lose their rule: a company's box describes the company by its name ("Über die
    Stadtwerke Nordheide GmbH" over "Die Stadtwerke Nordheide GmbH versorgt ..."); in German every noun is
    capitalized, and an essay's section heading ("Über die Zukunft Europas") is followed by its prose. Returns the
    ends kept."""
    kept: list[int] = []
    n = len(lines)
    for i in article_ends:
        if lines[i].notes.get("furniture") == _COMPANY_BOX_RULE:
            heading = lines[i].text.strip()
            m = patterns.AUTHOR_BOX_RE.match(heading)
            name = m.group("name") if m is not None else _company_about_name(heading)
            if (
                name is None or i + 1 >= n or name not in lines[i + 1].text[:COMPANY_BOX_NAME_REACH]
                or _outweighs_article_above(lines, feats, i)
            ):
                lines[i].notes.pop("furniture", None)
                lines[i].notes.pop("hard_break", None)
                continue
        kept.append(i)
    return kept


def _outweighs_article_above(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """The run of prose under heading i holds as many characters as the prose above it (from the page's start): a
    section of an article on the company ("株式会社サンプルについて" over four paragraphs on it, under two on its
    market), not the short box a press release ends with, under its longer text."""
    below = 0
    for k in range(i + 1, len(lines)):
        if feats[k].cls != GOOD:
            break
        below += len(lines[k].text)
    above = sum(len(lines[k].text) for k in range(i) if feats[k].cls == GOOD)
    return below >= above


# What a company box's heading in ja, zh, ko or ru (patterns.COMPANY_ABOUT_RE) holds besides the name: one of
# these, checked before the regex.
_COMPANY_ABOUT_KEYS = ("について", "关于", "關於", "소개", "대하", "대해", "관하", "компании", "корпорации", "холдинге")
COMPANY_ABOUT_MAX_CHARS = 50  # (characters, not words: a heading in ja or zh is one run of them)
_NAME_QUOTES = "«»\"“”„'‘’「」『』"


@cython.ccall
def _may_be_company_about(text: str) -> cython.bint:
    """Whether a short line holds one of _COMPANY_ABOUT_KEYS (the cheap test before patterns.COMPANY_ABOUT_RE)."""
    for key in _COMPANY_ABOUT_KEYS:  # noqa: SIM110 (a generator costs more than the tests)
        if key in text:
            return True
    return False


def _company_about_name(text: str) -> str | None:
    """The company a press release's box heading in ja, zh, ko or ru names ("株式会社サンプルについて", "关于华光科技
    有限公司", "Acme에 대하여", "О компании «Ромашка»"), or None: the name must be a company's by a legal form, a
    group word or Latin letters (patterns.COMPANY_NAME_CUE_RE); "О компании" says so itself. A section heading on a
    topic ("気候変動について", "关于未来的思考", "신제품 소개") is the article's."""
    m = patterns.COMPANY_ABOUT_RE.match(text)
    if m is None:
        return None
    ru = m.group("ru")
    if ru is not None:
        return ru.strip(_NAME_QUOTES) or None
    name = m.group("ja") or m.group("zh") or m.group("ko")
    return name if name and patterns.COMPANY_NAME_CUE_RE.search(name) is not None else None


# An author box's heading ("About the author", "Despre autor", "عن الكاتب"): patterns.ARTICLE_END's such entries.
_AUTHOR_BOX_HEADINGS = frozenset([
    "about the author", "about the reviewer", "despre autor", "عن الكاتب", "عن الكاتبة", "על הכותב", "مصنف کے بارے میں",
    "مصنف کا تعارف", "درباره نویسنده", "लेखक के बारे में", "लेखक परिचय", "লেখক পরিচিতি", "লেখক সম্পর্কে", "ஆசிரியர் பற்றி",
    "σχετικά με τον συγγραφέα", "ავტორის შესახებ", "հեղինակի մասին",
])
SECTION_ABOUT_REACH = 6  # lines under an "About the author" heading where a sibling section is looked for
SECTION_HEADING_MAX_WORDS = 5


# Lines under an "About this article" heading (_ABOUT_ARTICLE) looked at for the article going on, past the first.
ABOUT_ARTICLE_REACH = 8
ABOUT_ARTICLE_PROSE_WORDS = 12


def _drop_about_article_inside(lines: list[Line], feats: list[LineFeatures], article_ends: list[int]) -> list[int]:
    """The "About this article" headings among `article_ends` with the article's prose going on under their note
    lose their rule: a sidebar on the series the story belongs to, set between its paragraphs ("About this article"
    / "This story is part of ..." / more paragraphs). The box after an article holds rows of facts (its researchers,
    sources, a contact line); two paragraphs of prose (ABOUT_ARTICLE_PROSE_WORDS words or more, closed by a full
    stop) within ABOUT_ARTICLE_REACH lines past the first line under it are the article's. Returns the ends kept."""
    kept: list[int] = []
    n = len(lines)
    for i in article_ends:
        if _label_key(lines[i].text) in _ABOUT_ARTICLE:
            prose = 0
            for k in range(i + 2, min(n, i + 2 + ABOUT_ARTICLE_REACH)):
                f = feats[k]
                if f.cls in (GOOD, NEAR) and f.terminal and f.words >= ABOUT_ARTICLE_PROSE_WORDS:
                    prose += 1
            if prose >= 2:
                lines[i].notes.pop("furniture", None)
                lines[i].notes.pop("hard_break", None)
                continue
        kept.append(i)
    return kept


def _drop_section_abouts(lines: list[Line], feats: list[LineFeatures], article_ends: list[int]) -> list[int]:
    """An "About the author" heading that opens a section of the article loses its rule: a book review's
    "Despre autor" over the novelist's life, then "Despre carte" (about the book) over more prose. An author box
    is the writer's bio and the page's furniture after it; a sibling heading over prose within
    SECTION_ABOUT_REACH lines shows sections. Returns the ends kept."""
    kept: list[int] = []
    n = len(lines)
    for i in article_ends:
        if _label_key(lines[i].text) in _AUTHOR_BOX_HEADINGS and _sibling_section_below(lines, feats, i, n):
            lines[i].notes.pop("furniture", None)
            lines[i].notes.pop("hard_break", None)
            continue
        kept.append(i)
    return kept


def _sibling_section_below(lines: list[Line], feats: list[LineFeatures], i: int, n: int) -> bool:
    """Prose under line i, then a short heading of no line rule over more prose, within SECTION_ABOUT_REACH lines,
    that is line i's sibling (_sibling_heading: "About the book" under "About the author"). Another heading there
    ("Work with me", "Support this blog") heads the author box's own promotion."""
    prose = False
    for k in range(i + 1, min(n - 1, i + 1 + SECTION_ABOUT_REACH)):
        f = feats[k]
        if f.cls == GOOD:
            prose = True
            continue
        notes = lines[k].notes
        if not prose or notes.get("furniture") is not None or notes.get("hard_break"):
            return False
        return (
            1 <= f.words <= SECTION_HEADING_MAX_WORDS and not f.terminal and feats[k + 1].cls == GOOD
            and _sibling_heading(lines[i].text, lines[k].text)
        )
    return False


def _sibling_heading(a: str, b: str) -> bool:
    """Headings a and b say the same with one word swapped: "About the author" and "About the book", "Despre autor"
    and "Despre carte", "लेखक के बारे में" and "पुस्तक के बारे में" (in any script, the frame is the language's); or
    two, an article agreeing with its noun, after the same first word ("σχετικά με τον συγγραφέα" and "σχετικά με
    το βιβλίο")."""
    wa, wb = _label_key(a).split(), _label_key(b).split()
    if len(wa) != len(wb):
        return False
    swapped = sum(1 for x, y in zip(wa, wb, strict=True) if x != y)
    return swapped == 1 or (swapped == 2 and len(wa) >= 4 and wa[0] == wb[0])


# The heading of the site's box about itself after the article: "About the Harbour Post", "À propos de Lettre
# Verte": a preposition of "about" and the name the page's masthead gives (SITE_NAME_LINES first lines).
_SITE_ABOUT_RE = re.compile(r"(?:about|à propos de|über|acerca de|sobre)\s+(?:the\s+|l[ae]\s+|l'|die\s+|der\s+|das\s+|el\s+|o\s+|a\s+)?(.+)",
                            re.IGNORECASE)
# The characters a match can start with: the prepositions' first letters in every case re.IGNORECASE takes ("ſ" for
# "s"). Most short lines start with none of them and skip the regex.
_SITE_ABOUT_FIRST = frozenset(c for c in "aAàÀüÜsSſ" if re.fullmatch("[aàüs]", c, re.IGNORECASE))
SITE_NAME_LINES = 5
SITE_ABOUT_MAX_WORDS = 6
_SITE_ABOUT_RULE = ("article-end", "heading of the site's box about itself after the article ('About <site name>')")


@cython.locals(f=LineFeatures, n=cython.Py_ssize_t, i=cython.Py_ssize_t)  # (typed: the loop runs over every line)
def mark_site_about(lines: list[Line], feats: list[LineFeatures]) -> int:
    """The first "About <site name>" heading after prose, marked as an article end (its box is the site's prose
    about itself: its mission, its funding, its republishing terms); its index, or -1.

    The name is a capitalized one that a line of the masthead (the page's SITE_NAME_LINES first lines) holds: an
    "About the river" section of an article names no site."""
    n = len(lines)
    prose = False
    for i in range(n - 1):
        f = feats[i]
        if f.cls == GOOD:
            prose = True
            continue
        if not prose or f.words > SITE_ABOUT_MAX_WORDS or f.terminal or lines[i].notes.get("furniture"):
            continue
        text = lines[i].text.strip()
        if text[:1] not in _SITE_ABOUT_FIRST:
            continue
        m = _SITE_ABOUT_RE.fullmatch(text)
        if m is None or not m.group(1)[:1].isupper() or feats[i + 1].cls != GOOD:
            continue
        name = m.group(1).casefold()
        if any(name in lines[k].text.casefold() for k in range(min(SITE_NAME_LINES, i))):
            lines[i].notes["furniture"] = _SITE_ABOUT_RULE
            lines[i].notes["hard_break"] = True
            return i
    return -1


# A press release's lede names the company that issues it, says what it is and what it announces ("SEATTLE, March 3 —
# Northwind Robotics, a maker of warehouse robots, today announced ...", "Acme Corp. (NASDAQ: ACME) today announced
# ..."); the release closes with the company's standing description, its "boilerplate", often with no "About <Name>"
# heading over it ("Northwind Robotics is a leading provider of ...", "... is headquartered in ..."): the same
# paragraph closes every release the company issues, and a corpus would hold it a hundred times. The lede's name is
# the subject of a present-tense "is a/an/the/one of/headquartered/based" sentence opening a paragraph near the end;
# the lede must read as a release's (an apposition saying what the company is, "today", or a stock ticker), since a
# news story's lede ("Acme announced on Tuesday ...") may well close on what Acme is.
_RELEASE_VERBS = (
    r"(?:announced|announces|launched|launches|unveiled|unveils|introduced|introduces|released|releases|reported"
    r"|reports|revealed|reveals|named|names|appointed|appoints|signed|signs|completed|completes|opened|opens"
    r"|expanded|expands|entered|enters|partnered|partners|acquired|acquires|received|receives|won|wins|celebrated"
    r"|celebrates|debuted|debuts|added|adds)\b"
)
_RELEASE_NAME = r"(?P<name>[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z0-9][\w&.'’\-]*|&|of|for|and|de)){0,5}?)"
_RELEASE_TICKER = r"\((?:[A-Z][\w.]*\s*:\s*)?[A-Z][A-Z0-9.]{0,7}(?:\s*[;,]\s*(?:[A-Z][\w.]*\s*:\s*)?[A-Z][A-Z0-9.]{0,7})*\)"
_RELEASE_LEDE_BODY = (
    _RELEASE_NAME
    + r"(?:\s+(?P<ticker>" + _RELEASE_TICKER + r"))?"
    r"(?:,\s+(?P<what>(?:a|an|the)\s[^.;!?]{3,200}?),)?"
    r"\s+(?P<today>today\s+|has\s+|recently\s+)?" + _RELEASE_VERBS
)
# (a dateline before a dash: "SEATTLE, March 3, 2025 — ")
_RELEASE_LEDE_RE = re.compile(r"^(?:[^\W\d_][^—–]{0,80}?\s[—–-]{1,2}\s*)?" + _RELEASE_LEDE_BODY)
# The lede with no dateline: _RELEASE_LEDE_RE's matches on a line with no dash in its first RELEASE_DATELINE_REACH
# characters (where the dateline's dash would have to be), without the dateline's lazy scan on every paragraph.
_RELEASE_LEDE_BARE_RE = re.compile(_RELEASE_LEDE_BODY)
RELEASE_DATELINE_REACH = 83  # a letter, at most 80 more characters, a space, then the dash
_RELEASE_LEGAL_RE = re.compile(r"[,\s]+(?:inc|corp|corporation|co|ltd|llc|plc|ag|gmbh|sa|nv|bv|se|lp|llp|group)\.?$", re.IGNORECASE)
_RELEASE_ABOUT_TAIL = (
    r"(?:\s+" + _RELEASE_TICKER + r")?(?:,\s+(?:a|an|the)\s[^.;!?]{3,200}?,)?"
    r"\s+(?:is|are)\s+(?:a|an|the|one\s+of|headquartered|based|listed|traded|privately|publicly|part\s+of|owned)\b"
)
RELEASE_LEDE_LINES = 4  # the page's first prose paragraphs where the lede is looked for
RELEASE_BODY_MIN_LINES = 2  # prose paragraphs between the lede and the company's description
RELEASE_TAIL_REACH = 3  # lines under the description where the release's other prose may still follow
_RELEASE_TAIL_OPENERS = (
    "founded", "headquartered", "for more information", "to learn more", "learn more", "visit", "the company",
    "forward-looking", "safe harbor", "this press release", "this news release", "media contact", "contact",
    "###", "-30-", "source:",
)
_RELEASE_ABOUT_RULE = ("article-end", "a press release's closing description of the company that issued it")
# What follows the company's name in its description ("<Name>, a ..., is a ..."), compiled once for every page.
_RELEASE_ABOUT_TAIL_RE = re.compile(r"[\w.,&\s]{0,24}?" + _RELEASE_ABOUT_TAIL)
_RELEASE_ABOUT_OPENER_RE = re.compile(r"about\s+")


def _release_lede(text: str) -> re.Match | None:
    """The lede's match on a paragraph: the dateline's lazy scan only where a dash stands in its first
    RELEASE_DATELINE_REACH characters, where a dateline's closing dash has to be (the bare lede elsewhere)."""
    head = text[:RELEASE_DATELINE_REACH]
    return (_RELEASE_LEDE_RE if "-" in head or "—" in head or "–" in head else _RELEASE_LEDE_BARE_RE).match(text)


def _release_about(text: str, name: str) -> bool:
    """A paragraph opening with the company's description: "[about ]<name>[, a ...,] is a/an/the/...". The name
    (a capital first) is read as a literal prefix, not compiled into a regex for every page."""
    m = _RELEASE_ABOUT_OPENER_RE.match(text)
    start = 0 if m is None else m.end()
    return text.startswith(name, start) and _RELEASE_ABOUT_TAIL_RE.match(text, start + len(name)) is not None


def mark_release_boilerplate(lines: list[Line], feats: list[LineFeatures]) -> int:
    """A press release's closing description of the company that issues it (see _RELEASE_LEDE_RE), marked as an
    article end: its index, or -1. It must come RELEASE_BODY_MIN_LINES prose paragraphs after the lede, and no
    prose but more of the description (the name again, "Founded in", "For more information", the release's
    end marks) may follow it within RELEASE_TAIL_REACH lines: a story that goes on after "Acme is a ..." keeps it."""
    n = len(lines)
    lede = -1
    name = ""
    seen = 0
    for i in range(n):
        f = feats[i]
        if f.cls != GOOD or lines[i].notes.get("furniture") is not None:
            continue
        seen += 1
        if seen > RELEASE_LEDE_LINES:
            return -1
        m = _release_lede(lines[i].text)
        if m is not None and (m.group("what") or m.group("ticker") or m.group("today")):
            lede = i
            name = _RELEASE_LEGAL_RE.sub("", m.group("name")).strip()
            break
    if lede < 0 or len(name) < 2:
        return -1
    body = 0
    for i in range(lede + 1, n):
        f = feats[i]
        if f.cls != GOOD or lines[i].notes.get("furniture") is not None:
            continue
        if body >= RELEASE_BODY_MIN_LINES and _release_about(lines[i].text, name) and _release_tail(lines, feats, i, name):
            lines[i].notes["furniture"] = _RELEASE_ABOUT_RULE
            lines[i].notes["hard_break"] = True
            return i
        body += 1
    return -1


# A Chinese release's closing box: "关于<company>" (關於) over the company's description, which opens with its name
# and says what it is ("星禾储能科技股份有限公司成立于2015年，专注于……", "……是一家……").
_CJK_ABOUT_HEADING_RE = re.compile(r"^(?:关于|關於)\s?(?P<name>[^\s，。：:！？!?、（）()]{2,16})$")
_CJK_COMPANY_WORDS_RE = re.compile(r"成立于|成立於|创立于|創立於|创建于|創建於|是一家|是一間|致力于|致力於|专注于|專注於|总部位于|總部位於")
# The description's first clause names a company: its full name ("...科技股份有限公司成立于2015年") or "...是一家...". A
# school's, a town's or an event's section says 创建于 or 成立于 of no company ("母校创建于1952年", "本次活动由...主办").
_CJK_COMPANY_CLAUSE_RE = re.compile(
    r"公司|集团|集團|股份|有限|控股|银行|銀行|基金会|基金會|研究院|事务所|事務所|是一家|是一間|Inc|Ltd|Co\.|LLC|GmbH"
)
_CJK_CLAUSE_END_RE = re.compile(r"[，,。；;！？!?]")
CJK_ABOUT_PREFIX = 4  # characters of the heading's name the description opens with ("星禾储能" of "星禾储能科技股份有限公司")


def mark_cjk_release_about(lines: list[Line], feats: list[LineFeatures]) -> int:
    """A Chinese press release's closing "关于<company>" box (see _CJK_ABOUT_HEADING_RE), marked as an article end:
    its index, or -1. The heading comes RELEASE_BODY_MIN_LINES prose paragraphs or more into the page, the line under
    it is prose whose first clause opens with the heading's name, names a company (_CJK_COMPANY_CLAUSE_RE) and says
    what it is (_CJK_COMPANY_WORDS_RE), and no prose but more of the description follows within RELEASE_TAIL_REACH
    lines (_release_tail): a feature's section "关于<name>" over a story that goes on keeps it, and so does an essay's
    or a release's last section about a school or an event ("关于母校", "关于本次活动")."""
    n = len(lines)
    body = 0
    for i in range(n - 1):
        f = feats[i]
        if f.cls == GOOD:
            body += 1
            continue
        text = lines[i].text
        if body < RELEASE_BODY_MIN_LINES or text[:1] not in "关關" or lines[i].notes.get("furniture") is not None:
            continue
        m = _CJK_ABOUT_HEADING_RE.match(text.strip())
        if m is None:
            continue
        name = m.group("name")
        below = lines[i + 1].text.lstrip()
        clause = _CJK_CLAUSE_END_RE.split(below, 1)[0]
        if (
            feats[i + 1].cls == GOOD and below.startswith(name[:CJK_ABOUT_PREFIX])
            and _CJK_COMPANY_WORDS_RE.search(clause) is not None and _CJK_COMPANY_CLAUSE_RE.search(clause) is not None
            and _release_tail(lines, feats, i + 1, name[:CJK_ABOUT_PREFIX])
        ):
            lines[i].notes["furniture"] = _RELEASE_ABOUT_RULE
            lines[i].notes["hard_break"] = True
            return i
    return -1


def _release_tail(lines: list[Line], feats: list[LineFeatures], i: int, name: str) -> bool:
    """No prose of the release's story within RELEASE_TAIL_REACH lines under line i: each prose line there without
    a rule opens with the company's name or a release's closing words (_RELEASE_TAIL_OPENERS)."""
    for k in range(i + 1, min(len(lines), i + 1 + RELEASE_TAIL_REACH)):
        if feats[k].cls != GOOD or lines[k].notes.get("furniture") is not None:
            continue
        text = lines[k].text.lstrip()
        if not (text.startswith(name) or text.casefold().startswith(_RELEASE_TAIL_OPENERS)):
            return False
    return True


# The site's own voice after the article: its promo box and its disclosures ("Invest better with <site>.", "This
# article is a transcript produced for <site>.", "<site> has positions in ..."), paragraphs that name the site, at
# the run's end with only short lines (a box's heading, its button) between them. The name is a masthead line
# (SITE_NAME_LINES first lines) of one to SITE_NAME_MAX_WORDS words that the copyright line after the run names as
# well: a name both ends of the page give. The site's copy names it SITE_VOICE_MENTIONS times in a paragraph ("Invest
# better with <site>. Get ... from <site>'s premium services."); a report names its outlet once ("A rep did not
# respond to <site>'s request for comment.", "<site>'s Jane Doe contributed to this report."). SITE_VOICE_MIN_LINES
# such paragraphs: one alone may still be the article's. An article about the site itself (a company's post about
# its product, a paper's report on its own awards, a release on the company's newsroom) names the site the same way
# in its closing paragraphs: the site's voice is the site's box only when short lines (its heading, a divider row)
# part it from the article's last paragraph, and when the article (its headline and paragraphs within
# SITE_VOICE_HEADER_REACH lines over the run, and the run) names the site nowhere but in a byline ("By <site> Staff").
SITE_NAME_MAX_WORDS = 3
SITE_VOICE_MENTIONS = 2
SITE_VOICE_MIN_LINES = 2
SITE_VOICE_HEADER_REACH = 8
_SITE_VOICE_RULE = ("site-voice", "the site's own promo or disclosure after the article, naming the site")


def _site_name(lines: list[Line], feats: list[LineFeatures], end: int) -> tuple[int, str]:
    """The site's name, casefolded, and its masthead line: a masthead line that a copyright line at or after `end`
    names; or (-1, "")."""
    notices = [
        line.text.casefold() for line in lines[end:]
        if (rule := line.notes.get("furniture")) is not None and rule[0] == "copyright"
    ]
    if not notices:
        return -1, ""
    for k in range(min(SITE_NAME_LINES, end)):
        f, text = feats[k], lines[k].text.strip()
        if not 1 <= f.words <= SITE_NAME_MAX_WORDS or f.terminal or not text[:1].isupper() or len(text) < 4:
            continue
        name = text.casefold()
        for notice in notices:
            if _word_mentions(notice, name, 1):
                return k, name
    return -1, ""


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, m=cython.Py_ssize_t, i=cython.Py_ssize_t, end=cython.Py_ssize_t,
               count=cython.Py_ssize_t, c=cython.Py_UCS4, ok=cython.bint)
def _word_mentions(text: str, name: str, most: cython.Py_ssize_t) -> cython.Py_ssize_t:
    r"""How many times the non-empty `name` stands in `text` as a whole word, up to `most`: the matches of
    re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) (re's \w: str.isalnum or "_"), without compiling
    a regex for every page's name (tests/test_perf_gates_j.py compares them)."""
    n = len(text)
    m = len(name)
    count = 0
    i = text.find(name)
    while i >= 0:
        end = i + m
        ok = True
        if i > 0:
            c = text[i - 1]
            ok = not (c == "_" or c.isalnum())
        if ok and end < n:
            c = text[end]
            ok = not (c == "_" or c.isalnum())
        if ok:
            count += 1
            if count >= most:
                break
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return count


def _names_site(lines: list[Line], name: str, first: int, last: int) -> bool:
    """A line of first..last (no furniture, no byline) names the site: the article is about the site itself."""
    from cleaners.metadata import parse_byline

    for k in range(first, last):
        line = lines[k]
        if line.notes.get("furniture") or not _word_mentions(line.text.casefold(), name, 1):
            continue
        if parse_byline(line.text) is None:
            return True
    return False


def trim_site_voice(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """The run's new end without the site's own voice at its end (_SITE_VOICE_RULE, see above), or `end`."""
    masthead, name = _site_name(lines, feats, end)
    if not name:
        return end
    k = end
    voiced: list[int] = []
    while k > start:
        f = feats[k - 1]
        if f.cls in (GOOD, NEAR) and _word_mentions(lines[k - 1].text.casefold(), name, SITE_VOICE_MENTIONS) >= SITE_VOICE_MENTIONS:
            voiced.append(k - 1)
        elif f.cls in (GOOD, NEAR):
            break
        k -= 1
    if len(voiced) < SITE_VOICE_MIN_LINES or k <= start or voiced[-1] == k:
        return end  # (voiced[-1] == k: the first of them right under the article's paragraph, no box's heading)
    if _names_site(lines, name, max(masthead + 1, start - SITE_VOICE_HEADER_REACH), k):
        return end
    # (The short lines right under the last paragraph of the article's own stay outside the run with the box.)
    for i in voiced:
        lines[i].notes.setdefault("furniture", _SITE_VOICE_RULE)
    return k


# A business's post that closes with the call to action of the button in its header ("Bestill gratis verdivurdering"
# in the menu; "Lurer du på hva boligen din er verdt? Bestill en uforpliktende verdivurdering." under the post;
# "Book a free valuation" / "Thinking of selling? Book your free valuation today."): the run's last line asks the
# reader a question, then its last sentence opens with the button's first word and repeats another of its words
# (of CALL_ECHO_MIN_CHARS letters or more, by its first CALL_ECHO_MIN_CHARS); no figure in the line (a citation
# under a paper repeats the journal's name from the header). The button is a short line of the header, above the run.
CALL_ECHO_MAX_WORDS = 30  # the closing line (a question and the call)
CALL_ECHO_SENTENCE_MAX_WORDS = 12
CALL_ECHO_BUTTON_WORDS = (2, 5)
CALL_ECHO_MIN_CHARS = 6
_CALL_ECHO_RULE = ("promo", "closing call to action that repeats the button of the page's header")
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?])\s+(?=\S)")  # between two sentences
# The words that speak to the reader (or as the business: "our team"), one of which the question or the call holds
# ("Lurer du på hva boligen din er verdt?", "Thinking of selling? Book your free valuation today."): en, de, fr, es,
# pt, it, nl, no / da / sv, pl, cs, fi, ru, tr.
_READER_ADDRESS_WORDS = (
    "you your yours our us du dein deine deinen deinem deiner sie ihr ihre ihren ihrem ihnen unser unsere vous votre "
    "vos tu ton ta tes toi nous notre nos tú tus te usted ustedes su sus nuestro nuestra nuestros você vocês seu sua "
    "seus suas teu tua nosso nossa tuo tuoi tue ti voi vostro vostra nostro nostra je jij jouw uw ons onze din "
    "ditt dine deg dig dere dina jeres vår vårt våre vores ty twój twoja twoje pan pani państwo wasz nasz vy váš vaše "
    "tvůj náš sinä sinun te teidän me meidän вы ваш ваша ваше ваши ты твой наш siz sizin sen senin bizim"
)
_READER_ADDRESS = frozenset(_READER_ADDRESS_WORDS.split())


def _addresses_reader(text: str) -> bool:
    """`text` holds a word to the reader (_READER_ADDRESS: "your", "tu", "Ihr", ...), casefolded."""
    return not _READER_ADDRESS.isdisjoint(re.findall(r"[^\W\d_]+", text.casefold()))


def _echo_words(text: str) -> set:
    """The first CALL_ECHO_MIN_CHARS letters of each word of `text` that has that many, casefolded."""
    return {w[:CALL_ECHO_MIN_CHARS] for w in re.findall(r"[^\W\d_]+", text.casefold()) if len(w) >= CALL_ECHO_MIN_CHARS}


_CALL_BOX_RULE = ("call-box", "a call-to-action box closing the page: its heading, one sentence and its button, "
                  "which repeats the heading's verb ('Check your numbers' ... 'Check now')")
CALL_BOX_HEADING_WORDS = 5  # words of the box's heading, at most
CALL_BOX_SENTENCE_WORDS = 30  # words of its one sentence, at most
CALL_BOX_BUTTON_WORDS = 3  # words of its button, at most


def trim_call_box(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """The run's new end without a call-to-action box as its last two lines, or `end`: a short heading, one sentence
    under it, and right under the run a button that opens with the heading's first word, its verb ("Check your
    numbers" / "Enter your six numbers to see ..." / "Check now"; "Comprueba tu boleto" / ... / "Comprueba ahora").
    An article's last section has no button under it that repeats its heading's first word, and does not address
    the reader: its heading over a "Read more" link ("Read the fine print" / "The full text ..." / "Read more")
    stays."""
    if end - start < 4 or end >= len(lines):
        return end
    head, body, button = feats[end - 2], feats[end - 1], feats[end]
    if head.terminal or not 2 <= head.words <= CALL_BOX_HEADING_WORDS or head.cjk:
        return end
    if not body.terminal or body.words > CALL_BOX_SENTENCE_WORDS:
        return end
    if button.terminal or not 1 <= button.words <= CALL_BOX_BUTTON_WORDS:
        return end
    sentences = _SENTENCE_GAP_RE.split(lines[end - 1].text.strip())
    if len(sentences) != 1:
        return end
    verb = lines[end - 2].text.split()[0].casefold()
    if not verb[:1].isalpha() or lines[end].text.split()[0].casefold() != verb:
        return end
    if not _addresses_reader(lines[end - 2].text + " " + lines[end - 1].text):
        return end  # a box calls the reader ("Check your ticket"); "Read the fine print" + a sentence is a section
    for k in range(end - 2, end + 1):
        lines[k].notes.setdefault("furniture", _CALL_BOX_RULE)
    return end - 2


def trim_header_call_echo(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """The run's new end without a closing call to action that repeats the header's button (see above), or `end`."""
    if end - start < 3 or end < 1:
        return end
    last = feats[end - 1]
    if last.cls != GOOD and last.cls != NEAR or last.words > CALL_ECHO_MAX_WORDS or not last.terminal or last.cjk:
        return end
    sentences = _SENTENCE_GAP_RE.split(lines[end - 1].text.strip())
    if len(sentences) < 2 or not sentences[-2].endswith("?"):
        return end  # the reader is asked first ("Thinking of selling?"), then called
    sentence = sentences[-1]
    words = sentence.split()
    if not words or len(words) > CALL_ECHO_SENTENCE_MAX_WORDS or not words[0][:1].isupper() or last.digits:
        return end
    if not _addresses_reader(lines[end - 1].text):
        return end  # no word to the reader: a story's own close naming a topic of the menu ("Climate change talks ...")
    verb = words[0].casefold()
    echo = _echo_words(sentence)
    if not echo:
        return end
    for k in range(start):
        f = feats[k]
        if f.terminal or not (CALL_ECHO_BUTTON_WORDS[0] <= f.words <= CALL_ECHO_BUTTON_WORDS[1]):
            continue
        button = lines[k].text.split()
        if button and button[0].casefold() == verb and _echo_words(" ".join(button[1:])) & echo:
            lines[end - 1].notes.setdefault("furniture", _CALL_ECHO_RULE)
            return end - 1
    return end


def _prose_up_to_end(feats: list[LineFeatures], i: int, article_ends: list[int]) -> bool:
    """Under list heading i, prose and nothing else up to an article end ("About <site>", "Comments"): sentences
    written as teasers, between a short article and the page's furniture; no article goes on under such a heading
    and stops right there."""
    for k in article_ends:
        if k > i + 1:
            return all(feats[j].cls == GOOD for j in range(i + 1, k))
    return False


FEED_BODY_MAX_LINES = 12  # paragraphs of a feed's opened entry
FEED_BODY_GAP = 2  # lines between the entry's text and the next entry's time (its source line, "Source: AP")
FEED_MIN_SCORE_BEFORE = 6.0  # prose above the feed's list heading: an article (two or three paragraphs) came first


def _timestamp_line(line: Line) -> bool:
    rule = line.notes.get("furniture")
    return rule is not None and rule[0] == "timestamp"


def feed_entry_bodies(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> list[int]:
    """The paragraphs of a news feed's entry that the page shows opened, after the article: in a list of other
    articles whose items carry relative times ("3 minutes ago", "před 3 minutami", "3分前"), a headline item right
    under its time line, then prose that is no item, then the next entry's time line within FEED_BODY_GAP lines
    of the prose. The list must come after the article (FEED_MIN_SCORE_BEFORE of prose above its heading): a live
    page's own entries are the article. The prose lines are marked as items of the list, and returned."""
    out: list[int] = []
    n = len(lines)
    seen = 0.0
    summed = 0
    i = 1
    while i < n - 1:
        line = lines[i]
        head = line.notes.get("in_list")
        if (
            head is None or feats[i + 1].cls != GOOD or "in_list" in lines[i + 1].notes
            or lines[i + 1].notes.get("furniture") or not _timestamp_line(lines[i - 1])
            or "in_list" not in lines[i - 1].notes
        ):
            i += 1
            continue
        k = i + 1
        while (
            k < n and k - i <= FEED_BODY_MAX_LINES and feats[k].cls in (GOOD, NEAR) and not lines[k].notes.get("furniture")
            and "in_list" not in lines[k].notes
        ):
            k += 1
        m = k
        while m < n and m - k < FEED_BODY_GAP and not _timestamp_line(lines[m]) and feats[m].cls == SHORT:
            m += 1
        if m >= n or not _timestamp_line(lines[m]):
            i = k
            continue
        for j in range(summed, head):
            seen += max(scores[j], 0.0)
        summed = max(summed, head)
        if seen < FEED_MIN_SCORE_BEFORE:
            i = k
            continue
        for j in range(i + 1, k):
            lines[j].notes.setdefault("in_list", head)
            out.append(j)
        i = k
    return out


def damp_after_article_end(lines: list[Line], scores: list[float], article_ends: list[int] | None = None) -> None:
    """Down-weight prose after the first comments/discussion heading that follows real content.

    Comment threads are written in full sentences and are often longer than the article;
    without this, the run search can prefer them. `article_ends`, the indices of the lines
    whose rule is "article-end" in order, spares the scan of every line when the caller knows them.
    """
    if article_ends is None:
        article_ends = [k for k, line in enumerate(lines) if (rule := line.notes.get("furniture")) and rule[0] == "article-end"]
    seen = 0.0
    summed = 0  # scores[:summed] are in `seen`, added in line order (the same float sum as a single pass)
    for k in article_ends:
        for j in range(summed, k):
            seen += max(scores[j], 0.0)
        summed = k
        # "11 Comments" is usually a link next to the byline; a section heading has no count.
        if seen >= MIN_SCORE_BEFORE_END and not lines[k].text[:1].isdigit():
            for j in range(k + 1, len(scores)):
                if scores[j] > 0:
                    scores[j] *= AFTER_END_WEIGHT
            return


# --- reader-comment threads after the article ----------------------------------------------------------------

# A thread needs this many entries under a comments heading, and this many (each with a name and a date) without one.
COMMENT_MIN_ENTRIES = 2
COMMENT_MIN_ENTRIES_UNHEADED = 3
# Lines of comment text between two entry headers (a longer gap ends the thread), and lines after the heading
# before the first entry (a sort menu, a "Leave a comment" link).
COMMENT_MAX_BODY = 15
COMMENT_MAX_LEAD = 3
_COMMENT_RULE = ("comments", "reader comment thread after the article")
# An entry header's name line: an optional entry number, a short name, an optional "says:"-like verb.
_ENTRY_NUMBER_RE = re.compile(r"^\(?\d{1,4}[.)]\s*")
_SAYS_WORDS = frozenset([
    "says", "said", "wrote", "writes", "sagt", "schreibt", "schrieb", "dit", "écrit", "dice", "dijo", "escribió",
    "disse", "escreveu", "zegt", "schreef", "пишет", "написал", "написала",
])
# Sentence punctuation, quotes, brackets and digits: none of them is in a name.
_NOT_IN_NAME_RE = re.compile(r"[\d.!?。！？,，;；\"“”«»()（）\[\]【】]")


def _name_line(text: str, f: LineFeatures) -> str | None:
    """The name of a comment's entry header line ("1. Jane Doe", "Bo", "Jane Doe says:", "山田太郎"), or None.

    One to four words without sentence punctuation, every one capitalized (a single word may be a lower-case
    handle); in CJK, a run of up to ten characters. A sentence, a subheading of several words or a line
    with digits is no name line.
    """
    if f.words > 6 or f.eff_len > 60:
        return None
    name = text.strip()
    if name[:1].isdigit() or name[:1] == "(":
        m = _ENTRY_NUMBER_RE.match(name)
        if m:
            name = name[m.end():]
    name = name.rstrip(":： ")
    if not name or _NOT_IN_NAME_RE.search(name):
        return None
    if f.cjk:
        return name if f.cjk == len(name) and len(name) <= 10 else None
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _SAYS_WORDS:
        words = words[:-2] if words[-2].casefold() == "a" else words[:-1]  # ("a dit", "a écrit")
    if not 1 <= len(words) <= 4:
        return None
    if len(words) > 1 and [w for w in words if not w[:1].isupper()]:
        return None
    return " ".join(words) if words[0][:1].isalpha() else None


# What a comment's date line holds besides other digits: a year, a clock time, a CJK date unit or a numeric date
# ("2018", "5:57", "17h57", "8月", "22일", "22.08.18"). Most lines with digits have none, and skip the date parser.
# Every match opens with a digit: the lookahead in front lets the search give up at once at any other character
# (without it, each alternative and its lookbehind is tried at every position).
_DATEISH_RE = re.compile(r"(?=\d)(?:(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[:h]\d\d|\d\s*[年月日년월일]|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d)")


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(n=cython.Py_ssize_t, p=cython.Py_ssize_t)
def _numeric_date_at(text: str, i: cython.Py_ssize_t) -> cython.bint:
    """The last form of _DATEISH_RE matches at i, text[i] a digit with no digit before it:
    \\d{1,2}[./-]\\d{1,2}[./-]\\d\\d. A second digit of a run and a separator exclude each other, so each
    {1,2} has one way to go on (the regex's backtracking finds no other)."""
    n = len(text)
    p = i + 1
    if p < n and text[p].isdecimal():
        p += 1
    if p >= n or not (text[p] == "." or text[p] == "/" or text[p] == "-"):
        return False
    p += 1
    if p >= n or not text[p].isdecimal():
        return False
    p += 1
    if p < n and text[p].isdecimal():
        p += 1
    if p >= n or not (text[p] == "." or text[p] == "/" or text[p] == "-"):
        return False
    return p + 2 < n and text[p + 1].isdecimal() and text[p + 2].isdecimal()


@cython.ccall
def _dateish(text: str) -> cython.bint:
    """_DATEISH_RE.search(text) is not None. Compiled, _dateish_scan: the regex search calls its matcher at every
    position (about 2 us a line with digits, on every line after the article)."""
    if not cython.compiled:
        return _DATEISH_RE.search(text) is not None
    return _dateish_scan(text)


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, ch=cython.Py_UCS4, nxt=cython.Py_UCS4,
               fresh=cython.bint)
def _dateish_scan(text: str) -> cython.bint:
    """_DATEISH_RE.search(text) is not None, in one pass over the code points that tries the regex's four forms at
    each digit. tests/test_boilerplate_prefilters.py holds it to the regex (uncompiled too: plain Python)."""
    n = len(text)
    for i in range(n):
        ch = text[i]
        if not ch.isdecimal():  # \d is str.isdecimal
            continue
        fresh = i == 0 or not text[i - 1].isdecimal()  # (?<!\d)
        if i + 3 < n:
            nxt = text[i + 1]
            # (?<!\d)(?:1[89]|20)\d\d(?!\d)
            if (fresh and ((ch == "1" and (nxt == "8" or nxt == "9")) or (ch == "2" and nxt == "0"))
                    and text[i + 2].isdecimal() and text[i + 3].isdecimal() and (i + 4 == n or not text[i + 4].isdecimal())):
                return True
            # \d[:h]\d\d
            if (nxt == ":" or nxt == "h") and text[i + 2].isdecimal() and text[i + 3].isdecimal():
                return True
        # \d\s*[年月日년월일]
        j = i + 1
        while j < n and text[j].isspace():  # \s is str.isspace
            j += 1
        if j < n and text[j] in "年月日년월일":
            return True
        if fresh and _numeric_date_at(text, i):
            return True
    return False


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _may_hold_time(text: str) -> cython.bint:
    """False when parse_date_line(text, zone) cannot carry a time of day (_parsed_date_kind 3): the time comes from
    metadata's ISO date pattern or one of its _TIME_PATTERNS, each of whose matches holds a digit followed by a
    colon and a digit; a dot and two digits ("7.30pm"); or spaces and then 時, 时, 시, "h", a space or none and
    a digit ("17 h 57"), an AM/PM marker ("a" or "p", a dot or none, a space or none, "m"; 午, 上, 下, 오).
    Its _prepare turns "：" and "．" into ":" and "." and otherwise only puts spaces or digits after digits
    (before a digit, a separator or 年), or "Dec" for "Des", so the text itself holds one of these.
    tests/test_boilerplate_prefilters.py holds it to the parser."""
    n = len(text)
    for i in range(n):
        if not text[i].isdecimal():  # \d is str.isdecimal
            continue
        j = i + 1
        if j + 1 < n:
            ch = text[j]
            if (ch == ":" or ch == "：") and text[j + 1].isdecimal():
                return True
            if (ch == "." or ch == "．") and j + 2 < n and text[j + 1].isdecimal() and text[j + 2].isdecimal():
                return True
        while j < n and text[j].isspace():  # \s is str.isspace
            j += 1
        if j >= n:
            break
        ch = text[j]
        if ch == "時" or ch == "时" or ch == "시" or ch == "午" or ch == "上" or ch == "下" or ch == "오":
            return True
        if ch == "h" or ch == "H":
            j += 1
            if j < n and text[j].isspace():
                j += 1
            if j < n and text[j].isdecimal():
                return True
        elif ch == "a" or ch == "A" or ch == "p" or ch == "P":
            j += 1
            if j < n and text[j] == ".":
                j += 1
            if j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] == "m" or text[j] == "M"):
                return True
    return False


def _entry_date(text: str, f: LineFeatures, notes: dict, parse_date_line: object) -> int:
    """3: a short date line with a time of day ("August 22, 2018 at 5:57 am", "22. August 2018 um 17:57",
    "2018年8月22日 17:57"); 2: a date alone ("March 3, 2020"); 1: a relative or clock time the timestamp rule
    found ("3 days ago", "5:29 PM"); 0: none of them. (parse_date_line: metadata's, passed by the caller,
    which imports it when it runs as _is_article_header does.)"""
    kind = _entry_date_known(text, f, notes)
    return _parsed_date_kind(text, parse_date_line) if kind < 0 else kind


@cython.ccall
@cython.exceptval(check=False)
def _entry_date_known(text: str, f: LineFeatures, notes: dict) -> cython.int:
    """_entry_date where its cheap tests decide: 1 (the timestamp rule's line) or 0 (no date line can be
    there); -1 when only the date parser can tell (_parsed_date_kind)."""
    rule = notes.get("furniture")
    if rule and rule[0] == "timestamp":
        return 1
    if f.words > 16 or not f.digits or f.eff_len > 120 or notes.get("hard_break") or not _dateish(text):
        return 0
    return -1


def _parsed_date_kind(text: str, parse_date_line: object) -> int:
    """_entry_date of a line its cheap tests leave open: 3 with a time of day, 2 a date alone, 0 no date line."""
    # With a zone to apply, the ISO form carries the time when the line has one.
    found = parse_date_line(text, "UTC")
    return 0 if found is None else 3 if "T" in found.iso else 2


# Two date lines further apart than this never meet in one thread: an entry header runs from up to 3 lines
# above its date line to 4 below it (_entry_headers), so the gap between two headers whose date lines are
# more than COMMENT_MAX_BODY + 7 lines apart is over COMMENT_MAX_BODY, and they fall in different chains.
COMMENT_DATE_REACH = COMMENT_MAX_BODY + 7


@cython.locals(f=LineFeatures, i=cython.Py_ssize_t, n=cython.Py_ssize_t, kind=cython.int, notes=dict, k=cython.Py_ssize_t,
               m=cython.Py_ssize_t, last=cython.Py_ssize_t, cands=list, known=list, timed=cython.Py_ssize_t,
               parse=cython.bint)
def _entry_headers(
    lines: list[Line], feats: list[LineFeatures], lo: int, thread: bool = False
) -> list[tuple[int, int, int, list[str], bool]]:
    """The entry headers of a comment thread whose date lines are at or after line lo: runs of up to four
    adjacent name, date and furniture lines ("Reply") that hold a date line and open with a name or a date.
    Each is (first line, end, best date kind, names, whether its names are all read off a one-line header
    ("Mark · 4 June 2025": _name_before_date, which a dateline's place name fits as well)).

    With `thread` (mark_comment_thread's search), none when no thread can be found in them (_no_thread_cues)."""
    from cleaners.metadata import parse_date_line

    n = len(lines)
    # The lines that may be date lines, and their kind where the cheap tests tell it (-1: parse to know).
    cands: list[int] = []
    known: list[int] = []
    for i in range(lo, n):
        f = feats[i]
        notes = lines[i].notes
        # _entry_date's own first tests, inlined (typed, compiled): most lines fail them.
        if (not f.digits or f.words > 16 or f.eff_len > 120) and not notes.get("furniture"):
            continue
        kind = _entry_date_known(lines[i].text, f, notes)
        if kind:
            cands.append(i)
            known.append(kind)
    m = len(cands)
    if thread:
        # Only the lines that may carry a time of day can be date lines of kind 3 (timestamps are 1). The cues
        # are looked for only where a line would be parsed below (a candidate within reach of another).
        timed, parse = 0, False
        for k in range(m):
            if known[k] < 0:
                if _may_hold_time(lines[cands[k]].text):
                    timed += 1
                if (k and cands[k] - cands[k - 1] <= COMMENT_DATE_REACH) or (
                    k + 1 < m and cands[k + 1] - cands[k] <= COMMENT_DATE_REACH
                ):
                    parse = True
        if parse and timed < COMMENT_MIN_ENTRIES_UNHEADED and _no_thread_cues(lines, feats, cands):
            return []
    # The date parser runs only where its answer can matter. A date line with no other one within
    # COMMENT_DATE_REACH lines heads an entry of its own that chains with no other: a one-entry chain is never a
    # thread (mark_comment_thread wants COMMENT_MIN_ENTRIES entries or more, _entries_before counts only chained
    # entries), and such a header is too far from any other to change it. So a line is parsed only when a date
    # line above it (a parsed one or a timestamp) or a possible one below it is within reach; one left out had
    # neither, so it was such a lone date line or none (a line left out before it had no line within reach).
    dates: dict[int, int] = {}
    last = -COMMENT_DATE_REACH - 1  # the last date line found
    for k in range(m):
        i = cands[k]
        kind = known[k]
        if kind < 0:
            if i - last > COMMENT_DATE_REACH and (k + 1 == m or cands[k + 1] - i > COMMENT_DATE_REACH):
                continue
            kind = _parsed_date_kind(lines[i].text, parse_date_line)
        if kind:
            dates[i] = kind
            last = i
    if len(dates) < COMMENT_MIN_ENTRIES:
        return []
    out: list[tuple[int, int, int, list[str], bool]] = []
    end = 0  # where the last header ended
    for d in dates:
        if d < end:
            continue
        start = d  # back over the name lines right above the date
        while start > end and d - start < 3 and (start - 1 in dates or _header_name(lines, feats, start - 1) is not None):
            start -= 1
        j = start
        best, names, oneline = 0, [], 0
        while j < n and j - start < 4:
            notes, f = lines[j].notes, feats[j]
            if notes.get("hard_break"):
                break
            if j in dates:
                best = max(best, dates[j])
                author = parse_date_line(lines[j].text, "UTC").author if dates[j] >= 2 else None  # (cached)
                if not author and dates[j] >= 2:
                    author = _name_before_date(lines[j].text, parse_date_line)
                    oneline += author is not None
                if author:
                    names.append(author)
            elif (name := _header_name(lines, feats, j)) is not None:
                names.append(name)
            elif j <= d or not (notes.get("furniture") and f.words <= 4):  # ("Reply", "Permalink" after the date)
                break
            j += 1
        if j <= d:  # a furniture line between the names and the date: the date alone
            start, j, best, names, oneline = d, d + 1, dates[d], [], 0
        out.append((start, j, best, names, bool(names) and oneline == len(names)))
        end = j
    return out


@cython.locals(k=cython.Py_ssize_t, c=cython.Py_ssize_t, z=cython.Py_ssize_t, n=cython.Py_ssize_t)
def _no_thread_cues(lines: list[Line], feats: list[LineFeatures], cands: list[int]) -> bool:
    """No comments heading and no post's control ("Reply") where mark_comment_thread would look for them, for
    headers whose date lines are among `cands` (in page order). Then only a chain of COMMENT_MIN_ENTRIES_UNHEADED
    headers with a time of day (kind 3) can be a thread: a heading is looked for at most COMMENT_MAX_LEAD lines
    above a chain's first header, which starts at most 3 lines above its date line d; _reader_comment_cards
    wants a control line under every header, less than COMMENT_MAX_BODY lines below its end, at most 4 lines
    below d. So only the lines from d - 3 - COMMENT_MAX_LEAD to d + 4 + COMMENT_MAX_BODY are looked at (a
    heading elsewhere, in a gap between two headers, splits a chain but heads none). Headers share no line, so
    fewer lines that may carry a time (_may_hold_time) than that make no thread, whatever the dates of the other
    lines."""
    n = len(lines)
    k = 0
    for c in cands:
        k = max(k, c - 3 - COMMENT_MAX_LEAD)
        z = min(n, c + 5 + COMMENT_MAX_BODY)
        while k < z:
            text = lines[k].text
            if _comment_heading(text, feats[k]) or _forum_control(text):
                return False
            k += 1
    return True


def _header_name(lines: list[Line], feats: list[LineFeatures], k: int) -> str | None:
    """The name on line k when it can be part of an entry header (no furniture, no hard break, no post's control:
    "Gilla", "Svara" are no names). A user name with digits ("susan77", "mike_1984") is one: a lower-case handle
    over a date line."""
    text = lines[k].text
    if lines[k].notes.get("furniture") or _forum_control(text):
        return None
    if _HANDLE_WITH_DIGITS_RE.fullmatch(text):
        return text
    return _name_line(text, feats[k])


# A user name with digits: lower-case letters (dots, underscores), then up to four digits ("susan77", "mike_1984").
_HANDLE_WITH_DIGITS_RE = re.compile(r"[a-z][a-z._]{2,}\d{1,4}")
# Where a one-line entry header parts the name from its date: "Mark · 4 June 2025", "Mark, 4 June 2025", "Mark on
# 4 June 2025", "Mark | 4 June 2025", "Mark – 4 June 2025".
_NAME_DATE_SEP_RE = re.compile(r"\s*[·•|,–—]\s*|\s+-\s+|\s+(?:on|am|le|el|il|op|em|den)\s+")


def _name_before_date(text: str, parse_date_line: object) -> str | None:
    """The name that opens a one-line entry header ("Mark · 4 June 2025", "Mark on 4 June 2025"): the words before
    the first separator are a name (_name_line) and what follows it is the date line, whole. A weekday there
    ("Monday, 4 June 2025") is the date's own."""
    from cleaners.metadata import _WEEKDAY_NAMES

    m = _NAME_DATE_SEP_RE.search(text)
    if m is None or m.start() == 0:
        return None
    head, rest = text[: m.start()], text[m.end():]
    if head.strip().rstrip(".").casefold() in _WEEKDAY_NAMES:
        return None
    # The name first: most heads are none ("First published on ..."), and the date parser costs more.
    name = _name_line(head, line_features(head, ""))
    if name is None or parse_date_line(rest, "UTC") is None:
        return None
    return name


def _reader_comment_cards(
    lines: list[Line], feats: list[LineFeatures], chain: list[tuple[int, int, int, list[str], bool]], n: int
) -> bool:
    """Entries with no comments heading over them, each a name (and a date) over its text and closed by a post's
    controls ("Like", "Reply", "Antworten"), by two names or more, and no prose after the last: readers' comments
    under a post, though their dates have no time of day. A forum thread's first post closes with the same
    controls, before any entry: its replies are the thread (forum_cards_transparent), no comments on it. Posts
    embedded in an article ("Two posts on the council's page drew the most replies") have the article's text
    after them."""
    names = set()
    last = -1  # the last control line of the last entry
    for k, h in enumerate(chain):
        if not h[3]:
            return False
        names.add(h[3][0].casefold())
        end = chain[k + 1][0] if k + 1 < len(chain) else min(n, h[1] + COMMENT_MAX_BODY)
        last = -1
        for j in range(h[1] + 1, end):
            if _forum_control(lines[j].text):
                last = j
        if last < 0:
            return False
    if len(names) < COMMENT_MIN_ENTRIES:
        return False
    # Prose after the last entry is the article going on under posts it embeds; one paragraph under a heading is a
    # sidebar's ("About me" over the blogger's bio), and the thread ends at the heading.
    prose = [j for j in range(last + 1, n) if feats[j].cls == GOOD]
    if len(prose) > 1 or (prose and not any(_section_heading(lines[j], feats[j]) for j in range(last + 1, prose[0]))):
        return False
    if any(_forum_control(lines[j].text) for j in range(chain[0][0])):
        return False
    return not _entries_predate_article(lines, chain)


def _entries_predate_article(lines: list[Line], chain: list[tuple[int, int, int, list[str], bool]]) -> bool:
    """Every entry's date is before the article's (the first date line above them): posts the article quotes
    ("These are some of the posts that drew the most replies"), not comments on it, which come after it."""
    article = _article_date(lines, chain[0][0])
    if not article:
        return False
    return all(_span_predates(lines, h[0], h[1], article) for h in chain)


def _article_date(lines: list[Line], upto: int) -> str:
    """The day (ISO) of the first date line above line `upto`: the article's header date, or ""."""
    from cleaners.metadata import parse_date_line

    for k in range(upto):
        text = lines[k].text
        if len(text) <= TAIL_DATE_MAX_LEN and any(c.isdigit() for c in text):
            parsed = parse_date_line(text)
            if parsed is not None:
                return parsed.iso[:10]
    return ""


def _span_predates(lines: list[Line], a: int, b: int, article: str) -> bool:
    """Lines a..b hold a date line, and every date in them is before the day `article`."""
    from cleaners.metadata import parse_date_line

    latest = ""
    for j in range(a, b):
        parsed = parse_date_line(lines[j].text)
        if parsed is not None and parsed.iso[:10] > latest:
            latest = parsed.iso[:10]
    return bool(latest) and latest < article


def mark_comment_thread(lines: list[Line], feats: list[LineFeatures], scores: list[float], w: dict[str, float]) -> None:
    """A reader-comment thread after the article: removed as a block (rule "comments"), scored out of the run search.

    Comments are prose and often outweigh the article. A thread is repeated entry headers (a name line
    and/or a date-time line over the comment; a reply by the author may have the date alone), at most
    COMMENT_MAX_BODY lines apart, after MIN_SCORE_BEFORE_END of article: COMMENT_MIN_ENTRIES of them right under
    a comments heading ("6 thoughts on “…”", "Kommentare", "댓글 3개"), each with a name or a time, or without a
    heading COMMENT_MIN_ENTRIES_UNHEADED, each with a name and a date with its time of day, by as many different
    names. A timeline (dates over paragraphs, no names), a live blog (clock times, one reporter), a teaser list
    of other articles (a date without a time under each byline), interview turns and numbered tips have no such
    headers. The last entry's text runs no longer than the longest before it.
    """
    n = len(lines)
    if n < 4:
        return
    # No thread starts before MIN_SCORE_BEFORE_END of article: the date lines are looked for after that.
    lo, seen = 0, 0.0
    while lo < n and seen < MIN_SCORE_BEFORE_END:
        seen += max(scores[lo], 0.0)
        lo += 1
    heads = _entry_headers(lines, feats, lo, True)
    if len(heads) < COMMENT_MIN_ENTRIES:
        return
    # Chains of headers: no hard break or comments heading between two, and at most COMMENT_MAX_BODY lines.
    chains: list[list[tuple[int, int, int, list[str], bool]]] = []
    for h in heads:
        if chains:
            prev = chains[-1][-1]
            gap = range(prev[1], h[0])
            if len(gap) <= COMMENT_MAX_BODY and not [
                k for k in gap if lines[k].notes.get("hard_break") or _comment_heading(lines[k].text, feats[k])
            ]:
                chains[-1].append(h)
                continue
        chains.append([h])
    seen_upto, seen = 0, 0.0
    for chain in chains:
        first = chain[0][0]
        heading = -1
        for k in range(first - 1, max(-1, first - 1 - COMMENT_MAX_LEAD), -1):
            if _comment_heading(lines[k].text, feats[k]):  # the first of them ("2 comments on “…”", "Post a comment")
                heading = k
        if heading >= 0:
            if len([h for h in chain if h[2] != 2 or h[3]]) < COMMENT_MIN_ENTRIES:
                continue
        else:
            named = [h for h in chain if h[2] == 3 and h[3]]
            # A one-line header's name ("Kyiv, 4 June 2025, 09:30") may be a diary's or a dispatch's dateline, one
            # place after another: such names count when one of them comes back (a reader answering another).
            oneline = [h[3][0].casefold() for h in named if h[4]]
            if len(set(oneline)) == len(oneline):
                named = [h for h in named if not h[4]]
            distinct = {h[3][0].casefold() for h in named}
            if (len(named) < COMMENT_MIN_ENTRIES_UNHEADED or len(distinct) < COMMENT_MIN_ENTRIES_UNHEADED) and (
                not _reader_comment_cards(lines, feats, chain, n)
            ):
                continue
            # A teaser list of other articles puts a headline over each byline; a comment ends in its text.
            if 3 * len([h for h in chain[1:] if _headline_like(feats[h[0] - 1])]) > len(chain) - 1:
                continue
            # A live blog by several reporters: its entries go newest first, or began within the article.
            if _newest_first(lines, chain) or _entries_before(lines, feats, chain[0][0]) >= COMMENT_MIN_ENTRIES:
                continue
        # Comments are written text: most entries hold a sentence or a paragraph (a feed of headlines does not).
        texts = [
            k for k, h in enumerate(chain)
            if _holds_text(feats, lines, h[1], chain[k + 1][0] if k + 1 < len(chain) else min(n, h[1] + 3))
        ]
        if len(texts) < COMMENT_MIN_ENTRIES or 3 * len(texts) < 2 * len(chain):
            continue
        start = heading if heading >= 0 else first
        for j in range(seen_upto, start):
            seen += max(scores[j], 0.0)
        seen_upto = start
        if seen < MIN_SCORE_BEFORE_END:
            continue
        # The last entry's text: the lines under its header up to the first furniture line, no more of them
        # than the longest entry before it (at least 3).
        end = chain[-1][1]
        longest = max([b[0] - a[1] for a, b in zip(chain, chain[1:], strict=False)] + [3])
        while end < n and end - chain[-1][1] < min(longest, COMMENT_MAX_BODY):
            notes = lines[end].notes
            if notes.get("furniture") or notes.get("in_list"):
                break
            end += 1
        for j in range(start, end):
            notes = lines[j].notes
            if j == start or not notes.get("furniture"):
                notes["furniture"] = _COMMENT_RULE
            scores[j] = min(scores[j], w["hard_break"] if j == start else w["furniture"])
        return


def _header_time(lines: list[Line], header: tuple[int, int, int, list[str], bool]) -> datetime | None:
    """The date and time of day of an entry header (None: a date alone, or no date)."""
    from cleaners.metadata import parse_date_line

    for k in range(header[0], header[1]):
        found = parse_date_line(lines[k].text, "UTC")  # (cached: _entry_headers parsed these lines)
        if found is not None and "T" in found.iso:
            try:
                return datetime.fromisoformat(found.iso)
            except ValueError:
                return None
    return None


def _newest_first(lines: list[Line], chain: list[tuple[int, int, int, list[str], bool]]) -> bool:
    """The entries' times never go up and do go down: a live blog, whose latest update comes first.

    Comment threads without a heading list the oldest comment first (a thread sorted newest first loses
    nothing but its removal: the comments stay in the text, no article is lost)."""
    times = [t for h in chain if (t := _header_time(lines, h)) is not None]
    if len(times) < COMMENT_MIN_ENTRIES_UNHEADED:
        return False
    return all(a >= b for a, b in zip(times, times[1:], strict=False)) and times[0] > times[-1]


def _entries_before(lines: list[Line], feats: list[LineFeatures], first: int) -> int:
    """How many entry headers chain on to the one at `first` from above (same gaps as mark_comment_thread).

    Reader comments start after the article; entries that began within it (above where the thread search
    starts) make the page a series of entries: a live blog, whose later entries are no thread."""
    lo = max(0, first - COMMENT_MIN_ENTRIES * (COMMENT_MAX_BODY + 4))
    heads = [h for h in _entry_headers(lines, feats, lo) if h[1] <= first]
    count, top = 0, first
    for h in reversed(heads):
        gap = range(h[1], top)
        if len(gap) > COMMENT_MAX_BODY or [
            k for k in gap if lines[k].notes.get("hard_break") or _comment_heading(lines[k].text, feats[k])
        ]:
            break
        count += 1
        top = h[0]
    return count


def _holds_text(feats: list[LineFeatures], lines: list[Line], a: int, b: int) -> bool:
    """A line of written text in lines[a:b]: a sentence that is no furniture, or a paragraph."""
    for k in range(a, b):
        f = feats[k]
        if f.cls == GOOD or (f.terminal and f.cls != BAD and not lines[k].notes.get("furniture")):
            return True
    return False


# A roster's row: a person's name (two to four capitalized words), a comma, and who they are in lower case, no
# sentence ("Maria Lopez, ward nurse at the county hospital", "Jonas Berg, Tischler in Ulm"). A list heading over
# such rows only ("Other success stories", "More winners") names people of the article, not other articles: a
# headline is no name and a role.
_ROSTER_ROW_RE = re.compile(r"(?:[^\W\d_a-z][\w'’.-]*\s){1,3}[^\W\d_a-z][\w'’.-]*,\s[^\W\d_A-Z][^.!?,]*$")
ROSTER_MIN_ROWS = 2


def _cards_under(feats: list[LineFeatures], i: int) -> int:
    """Where the teaser cards right under line i end (CARDS_UNDER_HEADING_MIN or more times a headline over a
    one-paragraph summary), or i + 1 when there are fewer."""
    cards = 0
    j = i + 1
    while j + 1 < len(feats) and _headline_like(feats[j]) and (feats[j + 1].cls == GOOD or feats[j + 1].terminal):
        cards += 1
        j += 2
    return j if cards >= CARDS_UNDER_HEADING_MIN else i + 1


# Cards under a list heading that make it head other stories even under a short article.
CARDS_UNDER_HEADING_MIN = 2
# Lines above the heading that tell the article's topic (its title and lead).
CARDS_TOPIC_LINES = 8


def _cards_off_topic(lines: list[Line], i: int, end: int, language: str) -> bool:
    """The cards in lines[i + 1:end] (headline, summary) are about other things than the lines above the heading:
    other stories. The items of a round-up under "Top picks" keep to its topic (the card-stream test)."""
    vocabulary = _card_vocabulary([lines[k].text for k in range(max(0, i - CARDS_TOPIC_LINES), i)], language)
    return _cards_change_topic(lines, [(head, head + 1) for head in range(i + 1, end, 2)], vocabulary, language)


def _cards_change_topic(lines: list[Line], cards: list[tuple[int, int]], vocabulary: set[str], language: str) -> bool:
    """Topic change: the cards (head line, summary line) are about other things than `vocabulary` (an article's
    title and lead), and their summaries do not share one of its words between them (the items of a round-up
    or a live report keep to its topic)."""
    shares: list[float] = []
    counts: dict[str, int] = {}
    for head, summary in cards:
        # (A vocabulary is a union over its lines: the summary's own is read once and serves both tests.)
        summary_words = _card_vocabulary([lines[summary].text], language)
        words = _card_vocabulary([lines[k].text for k in range(head, summary)], language) | summary_words
        if words:
            shares.append(len(words & vocabulary) / len(words))
        # (The summaries only: a source or section line repeats on every card whatever its story.)
        for word in summary_words & vocabulary:
            counts[word] = counts.get(word, 0) + 1
    if max(counts.values(), default=0) >= CARD_TOPIC_COMMON_SHARE * len(cards):
        return False
    return bool(shares) and sum(shares) / len(shares) <= CARD_TOPIC_MAX_OVERLAP


def _headline_like(f: LineFeatures) -> bool:
    """A line of several words that is no sentence and no paragraph: a headline."""
    return f.words >= 4 and not f.terminal and f.cls != GOOD


@cython.ccall  # (_no_thread_cues asks it of every line after the article)
def _comment_heading(text: str, f: LineFeatures) -> cython.bint:
    """A comments heading ("6 thoughts on “…”", "Kommentare", "댓글 3개") on a short line."""
    if f.eff_len > 240:
        return False
    text = text.strip()
    return _may_head_comments(text) and _may_name_comments(text) and patterns.COMMENT_THREAD_HEADING_RE.match(text) is not None


# How a match of patterns.COMMENT_THREAD_HEADING_RE (of a stripped line) can open and end. It opens with a bracket,
# or its count ("12 comments on ...", a digit; "One response to ...": "one", "ein", "un", "uno", "um" ...), or with
# the words of a heading that ends with the word: "Leave a comment", "Kommentare (3)". Such a heading ends with the
# word's last letter (any case; "ſ" is an "s", "ı" and "İ" an "i" under re.IGNORECASE), or with a count, a
# bracket, a colon or a CJK counter after it ("댓글 3개", "评论（12）", "Comments:").
_COMMENT_HEADING_OPENS = "[(（【oOeEuU"
_COMMENT_HEADING_ENDS = "".join(sorted(patterns.ignorecase_forms("stenroiийя"))) + "ト论論言글:：])）】개件条則(（["


@cython.ccall
@cython.locals(c=cython.Py_UCS4)
def _may_head_comments(stripped: str) -> cython.bint:
    """The stripped line can be a comments heading by how it opens and ends (_COMMENT_HEADING_OPENS,
    _COMMENT_HEADING_ENDS, a decimal digit: re's \\d): most lines after an article are sentences, which end with a
    full stop, and open with another letter than a count's. tests/test_boilerplate_perf_gates.py checks it against
    the regex."""
    if not stripped:
        return False
    c = stripped[0]
    if c in _COMMENT_HEADING_OPENS or c.isdecimal():
        return True
    c = stripped[len(stripped) - 1]
    return c in _COMMENT_HEADING_ENDS or c.isdecimal()


# A piece of each word of patterns._COMMENT_WORD, in lower case ("ment": comment, kommentar, comentario, komentář),
# which every alternative of patterns.COMMENT_THREAD_HEADING_RE holds: first those an ASCII line may hold, then the
# others. (tests/test_boilerplate_perf_gates.py checks each word of the list holds one.)
_COMMENT_STEMS_ASCII = ("ment", "thought", "respons", "replies", "discussion", "reacties", "yorumlar")
_COMMENT_STEMS_OTHER = ("réflexion", "комментари", "コメント", "评论", "評論", "留言", "댓글")
# The characters re.IGNORECASE matches with a letter of those words though their str.lower() is not that letter
# ("ı" and "İ" with "i", "ſ" with "s", the Cyrillic "ᲂ" with "о", "ᲄ" and "ᲅ" with "т"): a line holding one
# skips no regex.
_COMMENT_STEM_ODD = patterns.ignorecase_odd_forms("".join(_COMMENT_STEMS_ASCII + _COMMENT_STEMS_OTHER))


@cython.ccall
def _may_name_comments(text: str) -> cython.bint:
    """The line can hold a word of patterns._COMMENT_WORD as re.IGNORECASE matches it: str.lower() of each
    character of such a match is the word's letter (but for _COMMENT_STEM_ODD), so the lower-cased line holds a
    stem of the word. Without one, COMMENT_THREAD_HEADING_RE cannot match: every one of its alternatives holds
    the word. (A heading search runs over every line after the article: _no_thread_cues, mark_comment_thread.)"""
    low = text.lower()
    for stem in _COMMENT_STEMS_ASCII:  # noqa: SIM110 (a generator costs more than the tests)
        if stem in low:
            return True
    if text.isascii():  # (a flag, not a scan) no other stem, and no odd character
        return False
    for c in _COMMENT_STEM_ODD:
        if c in text:
            return True
    for stem in _COMMENT_STEMS_OTHER:  # noqa: SIM110
        if stem in low:
            return True
    return False


# An article that is one list (release notes, a changelog, a list of tips): LIST_ARTICLE_MIN_ITEMS lines or more
# in the run, one block with no blank line, at most this share of them closed by a full stop.
LIST_ARTICLE_MIN_ITEMS = 8
LIST_ARTICLE_MAX_TERMINAL = 0.25
WRAPPED_LINE_SHARE = 0.25  # of the run's lines, pieces of hard-wrapped sentences (_wrapped_lines)
LIST_ARTICLE_ITEM_MAX_WORDS = 30
LIST_ARTICLE_ITEM_MIN_CJK = 4
LIST_ARTICLE_ITEM_MAX_CJK = 80  # (CJK characters: an item in ja or zh is one run of them)


def _list_item_sized(f: LineFeatures) -> cython.bint:
    """The line is no longer than an item of a list article: LIST_ARTICLE_ITEM_MAX_WORDS words, or
    LIST_ARTICLE_ITEM_MAX_CJK CJK characters."""
    if f.cjk:
        return f.cjk <= LIST_ARTICLE_ITEM_MAX_CJK
    return f.words <= LIST_ARTICLE_ITEM_MAX_WORDS


def _list_article_head(line: Line, f: LineFeatures) -> cython.bint:
    """The first line of a cleaned list article (one blank line between every two) is the title the first pass
    took in as the list's first item. It may be in title case with no word in lower case ("Version 2.4 - The
    Harbour Update"): metadata trimmed a link glued after it ("<name> on Facebook"), which held the lower-case
    word that made it an item. A headline of three words or more, no sentence, no line rule."""
    notes = line.notes
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list") or f.terminal:
        return False
    if f.cjk >= LIST_ARTICLE_ITEM_MIN_CJK:
        return _list_item_sized(f)
    return 3 <= f.words <= LIST_ARTICLE_ITEM_MAX_WORDS


def _list_article_item(line: Line, f: LineFeatures) -> cython.bint:
    """A line may be an item of a list article: no line rule, in no list of other stories, a phrase of two words
    or more with a word in lower case ("Added a spectator mode", "Fixed crash on start"), or a run of CJK text.
    A title-case link ("Official Forums", "Support on Twitter") or a one-word menu entry is not."""
    notes = line.notes
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
        return False
    if f.cjk >= LIST_ARTICLE_ITEM_MIN_CJK:
        return _list_item_sized(f)
    if not 3 <= f.words <= LIST_ARTICLE_ITEM_MAX_WORDS:
        return False
    for w in line.text.split()[1:]:  # noqa: SIM110 (a generator costs more than the tests)
        if w[:1].islower():
            return True
    return False


_INNER_STOPS = ("。", "！", "？", ". ", "! ", "? ")


def _wrapped_lines(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> cython.bint:
    """More than WRAPPED_LINE_SHARE of the lines of lines[start:end] are pieces of hard-wrapped sentences: a line
    that opens in lower case (the sentence above goes on) or closes a sentence inside but not at its end (the
    next one starts there and goes on below): text wrapped at a fixed width, not a list of items."""
    broken = 0
    for k in range(start, end):
        text = lines[k].text
        if text[:1].islower():
            broken += 1
        elif not feats[k].terminal:
            for stop in _INNER_STOPS:
                if stop in text:
                    broken += 1
                    break
    return broken > WRAPPED_LINE_SHARE * (end - start)


def extend_over_list_article(
    lines: list[Line], feats: list[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """Extend the main run over the rest of the list an article is made of.

    Release notes or a changelog are one long list of short items ("Added ...", "... is now ..."), rendered as a
    block of lines with no blank line between them. The run search keeps the items long enough to score and cuts
    the short ones on both sides, mid-list. When the run is such a list (LIST_ARTICLE_MIN_ITEMS lines or more, all
    parted alike: no blank line between any two, or one between every two, as in the cleaned text; few of them
    closed by a full stop: an article of paragraphs has them), the run goes on over the items next to it that are
    parted from it alike (_list_article_item), up to another parting (the blank line that ends the list's block)
    or a line that is no item (a menu's title-case entry; one such line between two items is skipped over). A
    page with no blank line at all tells no block from the next and is left as it is; so is a page with one between
    every two lines, unless the list is the whole page (the cleaned text). The list's lines but the
    first are noted as data rows: metadata takes none of them for the title."""
    n = len(lines)
    if end - start < LIST_ARTICLE_MIN_ITEMS or end > n:
        return start, end
    sep = bool(lines[start + 1].notes.get("gap_before"))  # how the run's lines are parted
    terminal = 0
    for k in range(start, end):
        if k > start and bool(lines[k].notes.get("gap_before")) != sep:
            return start, end
        f = feats[k]
        if f.terminal and not _asks(lines[k].text):
            terminal += 1
        if not _list_item_sized(f):
            return start, end
    if terminal > LIST_ARTICLE_MAX_TERMINAL * (end - start) or _wrapped_lines(lines, feats, start, end):
        return start, end
    if not sep and not any(lines[k].notes.get("gap_before") for k in range(1, n)):  # (the first line has one)
        return start, end
    # Back: while the line above is parted from the one under it as the run's lines are.
    new_start = start
    k = start - 1
    while k >= 0 and bool(lines[k + 1].notes.get("gap_before")) == sep:
        if _list_article_item(lines[k], feats[k]) or (sep and k == 0 and _list_article_head(lines[0], feats[0])):
            new_start = k
            k -= 1
        elif (
            k >= 1 and bool(lines[k].notes.get("gap_before")) == sep
            and (_list_article_item(lines[k - 1], feats[k - 1])
                 or (sep and k == 1 and _list_article_head(lines[0], feats[0])))
            and not lines[k].notes.get("furniture") and not lines[k].notes.get("hard_break")
        ):
            new_start = k - 1
            k -= 2
        else:
            break
    new_end = end
    k = end
    while k < n and bool(lines[k].notes.get("gap_before")) == sep:
        if _list_article_item(lines[k], feats[k]):
            new_end = k + 1
            k += 1
        elif (
            k + 1 < n and bool(lines[k + 1].notes.get("gap_before")) == sep
            and _list_article_item(lines[k + 1], feats[k + 1])
            and not lines[k].notes.get("furniture") and not lines[k].notes.get("hard_break")
        ):
            new_end = k + 2
            k += 2
        else:
            break
    if new_start == start and new_end == end:  # (the run holds the whole list: a poem's verses, a list the
        return start, end                     # run search kept whole; metadata reads it as it did)
    # A blank line between every two lines parts no block from the next either: the list's items and a list of
    # other stories' headlines under it (or above) are parted alike. There the run goes on over the items only
    # when they make the whole page: the cleaned text of a list article, cleaned again.
    if sep and (new_start > 0 or new_end < n):
        return start, end
    # Metadata: the items are the body, none of them the title but the first one. A page whose list has no
    # heading of its own takes its first item for the title; its cleaned text opens with that title, which
    # this rule takes in again as the first item: the same title both times.
    for k in range(new_start + 1, new_end):
        lines[k].notes["data_row"] = True
    return new_start, new_end


def extend_tail(
    lines: list[Line], feats: list[LineFeatures], end: int, budget: int = 40, start: int = -1, language: str = ""
) -> int:
    """Extend the main run over the content-like lines that directly follow it (a closing list or table).

    The run search stops at the last good paragraph; an article that ends with a list of
    short items would lose them. Menus and footers are not content-like, so they stop it.
    With the run's `start`, a last section of one sentence under a short heading goes too (_closing_section).
    """
    j = end
    dialogue = _dialogue_run(lines, end)
    # The turns an interview's end takes alternate: a question, then its answer ("— Would you do it again?",
    # "— Yes."); a dashed line after an answer that asks nothing is another story's teaser.
    asked = dialogue and _asks(lines[end - 1].text)
    closed = -1  # where the last closing section taken ends: the next one must follow it
    spoken = -1  # whether the run closes a story told in quoted lines (_quoted_run), asked at the first stop
    if start >= 0:
        card = _recipe_card_end(lines, feats, end)
        if card > end:  # a recipe card right under the story (its head rows may read as a table's: taken whole)
            return card
    while j < len(lines) and j - end < budget:
        if not _tail_line(lines, feats, j) and dialogue and _turn_line(lines[j]):
            question = _asks(lines[j].text)
            if not (asked or question):
                break
            asked = question
            j += 1
            continue
        if not _tail_line(lines, feats, j):
            if _quoted_line(lines[j]):
                if spoken < 0:
                    spoken = _quoted_run(lines, feats, end)
                if spoken:
                    j += 1  # "“Thank you.”" under a story's last paragraph: its last lines of dialogue
                    continue
            closing = _closing_formula_end(lines, j)
            if closing > j:
                j = closing  # "特此通告。", "Sincerely," under the last paragraph: the article ends with it
                break
            if _tail_intro(lines, feats, j):
                j += 1  # "Counties where the ban is lifted:" over the list it announces
                continue
            if _numbered_list_intro(lines, feats, j):
                j += 1  # "几点小建议：" ("A few tips:") over "1. ...", "2. ...": the article's closing list
                continue
            numbered = _numbered_rows_end(lines, feats, j)
            if numbered > j:
                j = numbered  # "Setlist" over "1. Low Lights", "2. Paper Boats", ...: the article's own list
                continue
            pros_cons = _tail_pros_cons_end(lines, feats, j)
            if pros_cons > j:
                j = pros_cons  # a review's pros and cons lists under its last paragraph or its specs table: its end
                break
            announced = _announced_rows_end(lines, feats, j)
            if announced <= j:
                # (the sentence itself may be the run's or the tail's last line: the names start at j)
                announced = max(_announced_names_end(lines, feats, j), _announced_names_end(lines, feats, max(j - 1, 0)))
            if announced > j:
                j = announced  # "That question passed comfortably:" over its result rows, the prose under them
                continue
            # A spec table under the last paragraph: the tail goes on after it. Its rows with digits may be
            # content-like lines the run or the tail took already ("Höhe: 120 cm" over "Material: Polyethylen"):
            # the table is counted from its first row when a heading stands over it, as when the heading stopped
            # the run above them all. Rows right under the text are no table the run went into: a date and a
            # price the run took ("Termin: 14. März", "Eintritt: 12 Euro") do not carry the credits under them.
            first = j
            while first > 0 and _label_row(lines[first - 1], feats[first - 1]):
                first -= 1
            if first < j and not (first > 0 and _table_heading(lines[first - 1], feats[first - 1])):
                first = j
            table_end = _tail_table_end(lines, feats, first)
            if table_end <= j and start >= 0:
                table_end = _repeated_label_rows_end(lines, feats, start, end, j)
            if table_end <= j:
                table_end = _announced_chapters_end(lines, j)
            if table_end <= j:
                if start >= 0 and (closed < 0 or closed == j):
                    if _closing_section(lines, feats, start, j, language):
                        j += 2  # the last sections: one, or a chain of them no widget list (_widget_chain)
                        closed = j
                        continue
                    bridged = _short_section_end(lines, feats, start, j, language)
                    if bridged > j:
                        j = closed = bridged
                        continue
                    rows = _row_sections_end(lines, feats, _rows_heading(lines, feats, j, max(start, 0)))
                    if rows > j:
                        j = rows  # "Requirements" and "We offer" over their rows, then "To apply, ...": its end
                        break
                    card = _recipe_card_end(lines, feats, j)
                    if card > j:
                        j = card  # a recipe card under the story: its name, times, ingredients and steps
                        break
                break
            j = table_end
            continue
        f = feats[j]
        if (
            f.digits >= TAIL_DATE_MIN_DIGITS and f.eff_len <= TAIL_DATE_MAX_LEN and _bare_date(lines[j].text)
            and not (j + 1 < len(lines) and _tail_line(lines, feats, j + 1))
        ):
            break  # the date of an answer or a comment under the text, the tail's last line: no row of it
        if dialogue and _TURN_RE.match(lines[j].text):
            asked = _asks(lines[j].text)
        j += 1
    return j


REPEATED_LABEL_MIN_ROWS = 2  # label rows under the run that each repeat a label of the run's own rows


def _row_label(line: Line) -> str:
    """The label of a label row (_LABEL_ROW_RE), casefolded: "When" of "When: 7 p.m. Friday"."""
    m = _LABEL_ROW_RE.match(line.text)
    return m.group(1).strip().casefold() if m is not None else ""


def _repeated_label_rows_end(lines: list[Line], feats: list[LineFeatures], start: int, end: int, j: int) -> int:
    """The end of the label rows from line j whose labels the run's own label rows use, or j.

    A listing article gives each item the same fact rows ("When: ...", "Where: ...", "Cost: ..."); the last item's
    rows under its paragraph are too few and too bare of digits for a spec table (_tail_table_end), yet each repeats
    a label the run already holds. Rows with labels the run never used (a page's "Tags: ...") stop it."""
    # (Label rows from j, REPEATED_LABEL_MIN_ROWS of them, or no end: most calls end here, before the run's labels
    # are read.)
    if j + REPEATED_LABEL_MIN_ROWS > len(lines):
        return j
    for k in range(j, j + REPEATED_LABEL_MIN_ROWS):
        if not _label_row(lines[k], feats[k]):
            return j
    known: set[str] = set()
    for i in range(start, end):
        if _label_row(lines[i], feats[i]):
            known.add(_row_label(lines[i]))
    if len(known) < REPEATED_LABEL_MIN_ROWS:
        return j
    k = j
    while k < len(lines) and _label_row(lines[k], feats[k]) and _row_label(lines[k]) in known:
        k += 1
    return k if k - j >= REPEATED_LABEL_MIN_ROWS else j


# The formula that closes an official notice or a letter, on a line of its own under the last paragraph: "特此通告。"
# ("This is hereby announced."), "以上" (a Japanese notice's "End."), "이상", "끝.", "Sincerely,", "Kind regards,",
# "Mit freundlichen Grüßen", "Cordialement", "Atentamente", "Atenciosamente", "Distinti saluti", "Z poważaniem",
# "Met vriendelijke groet", "Saygılarımla", "С уважением".
_CLOSING_FORMULAS = (
    r"特此(?:通告|公告|通知|通报|通報|函告|批复|批覆|函复|說明|说明|声明|聲明|公示|告知|证明|證明)", r"此致(?:敬[礼禮])?",
    r"以上(?:です)?", r"敬具", r"敬白", r"謹白", r"草々", r"かしこ", r"이상(?:입니다)?", r"끝",
    r"Sincerely(?: yours)?", r"Yours (?:faithfully|sincerely|truly)", r"Respectfully(?: yours| submitted)?",
    r"(?:Best|Kind|Warm|With kind|With best) regards", r"Regards",
    r"Mit freundlichen Grüßen", r"Freundliche Grüße", r"Mit besten Grüßen", r"(?:Viele|Beste|Herzliche) Grüße",
    r"Hochachtungsvoll", r"Cordialement", r"Bien cordialement", r"Respectueusement", r"Bien à vous",
    r"Atentamente", r"Cordialmente", r"(?:Un )?(?:cordial )?saludo", r"Saludos cordiales", r"Atenciosamente",
    r"(?:Com os )?(?:melhores )?cumprimentos", r"Respeitosamente", r"Distinti saluti", r"Cordiali saluti",
    r"Saluti cordiali", r"In fede", r"Con osservanza", r"Z poważaniem", r"Z wyrazami szacunku", r"Z pozdrowieniami",
    r"Met vriendelijke groet(?:en)?", r"Met hartelijke groet(?:en)?", r"Hoogachtend", r"Saygılarımla",
    r"Saygılarımızla", r"С уважением", r"С наилучшими пожеланиями",
    # A Turkish notice's "hereby announced" ("İlan olunur.", "Kamuoyuna saygıyla duyurulur.", "Tebliğ olunur.").
    r"İlan olunur", r"(?:Kamuoyuna )?(?:saygıyla )?duyurulur", r"Tebliğ olunur",
)
_CLOSING_FORMULA_RE = re.compile(r"(?:" + "|".join(_CLOSING_FORMULAS) + r")\s*[。.,，!！]?", re.IGNORECASE)
# The first characters of the formulas: a cheap gate before the pattern.
_CLOSING_FORMULA_FIRST = frozenset("特此以敬謹草か이끝AaBbCcDdFfHhIiİKkMmRrSsTtUuVvWwYyZzСс")
CLOSING_FORMULA_MAX_LEN = 40


def _closing_formula_end(lines: list[Line], j: int) -> int:
    """j + 1 when line j is only the formula that closes a notice or a letter (_CLOSING_FORMULA_RE) and no line rule
    took it, else j. The signature under it (the issuer, the date) stays out: the date line under the text would
    be the published date of the record's text cleaned again, and the name over it would go then."""
    text = lines[j].text.strip()
    if not text or len(text) > CLOSING_FORMULA_MAX_LEN or text[0] not in _CLOSING_FORMULA_FIRST:
        return j
    notes = lines[j].notes
    if notes.get("furniture") or notes.get("in_list") or _CLOSING_FORMULA_RE.fullmatch(text) is None:
        return j
    return j + 1


# The label of an appendix under a notice's last paragraph, over its table ("附：招生专业及考试科目", "Appendix A:
# Results by district", "Anexo I: Calendario", "Anlage 1:", "Приложение 1:", "별첨:"): the word, maybe the appendix's
# number or letter ("附件1", "Annex II", "Załącznik nr 1", "Příloha č. 2", "Ek-1"), a colon and maybe a caption.
# (Longer words first: "附件" before "附".)
_APPENDIX_LABELS = (
    "附件", "附表", "附录", "附錄", "附録", "附", "別表", "別紙", "付録", "별첨", "별표", "부록", "첨부",
    "appendix", "appendices", "annex", "annexe", "attachment", "appendice", "anexo", "apéndice", "apêndice",
    "allegato", "anhang", "anlage", "bijlage", "załącznik", "aneks", "příloha", "príloha", "bilaga", "bilag",
    "vedlegg", "liite", "melléklet", "lampiran", "phụ lục", "ek", "приложение", "додаток", "прилог", "παράρτημα",
)
_APPENDIX_LABEL_RE = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in _APPENDIX_LABELS) + r")"
    # the appendix's number or letter: "1", "A", "II", "一", "nr 1", "č. 2", "№ 3", "-1", "1.2"
    r"(?:[\s\-]*(?:(?:nr|no|n[º°o]|č|№)\.?\s*)?(?:\d{1,3}(?:[.\-]\d{1,2})?|[ivx]{1,5}|[a-z]|[一二三四五六七八九十]{1,3}))?"
    r"\s*(?:(?:[:：]|\s[–—-]\s)\s*(.*))?",
    re.IGNORECASE,
)
_APPENDIX_LABEL_FIRST = frozenset(c for w in _APPENDIX_LABELS for c in (w[0].lower(), w[0].upper()))
APPENDIX_LABEL_MAX_LEN = 40  # (characters) a label and a caption, no sentence
APPENDIX_MIN_ROWS = 3
APPENDIX_MAX_ROWS = 300
APPENDIX_ROW_MAX_LEN = 100  # (effective length, a CJK character counts three) a table's row of short cells
APPENDIX_ROW_MIN_WORDS = 3  # (or a figure) in half the rows at least: a footer's links have one or two words
_APPENDIX_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", ";", "；")


def _unmarked(line: Line) -> bool:
    """No line rule took the line: no furniture, no list's line, no hard break."""
    notes = line.notes
    return not (notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"))


def _appendix_label(line: Line) -> bool:
    """The line labels an appendix (_APPENDIX_LABEL_RE), its caption no sentence and no list heading of other
    articles ("附：相关阅读", "Appendix: related stories", "附：往期回顾": the list-intro words win), no line rule took it."""
    text = line.text.strip()
    if not text or len(text) > APPENDIX_LABEL_MAX_LEN or text[0] not in _APPENDIX_LABEL_FIRST or not _unmarked(line):
        return False
    m = _APPENDIX_LABEL_RE.fullmatch(text)
    if m is None or text.endswith(_APPENDIX_SENTENCE_ENDS):
        return False
    caption = m.group(1)
    return not caption or (_LIST_INTRO.match(caption) is None and _LIST_INTRO_LEAD.match(caption) is None)


def _appendix_row(line: Line, f: LineFeatures) -> bool:
    """The line may be a row of an appendix's table: short cells, no prose, no line another rule took."""
    return _unmarked(line) and f.eff_len <= APPENDIX_ROW_MAX_LEN and f.cls != GOOD and not (f.terminal and f.cls == NEAR)


def extend_over_appendix(lines: list[Line], feats: list[LineFeatures], end: int) -> int:
    """Where the main run ends once it takes the labelled appendix under the article, or `end`.

    A notice's last paragraph, then "附：招生专业及考试科目" ("Appendix: programmes and examination subjects") over a
    table, one row per line: the label (_appendix_label) at `end`, where the tail stopped, one line below it (a
    short line or a line a rule took between) or the run's last line (the tail took it as a list's intro), and
    APPENDIX_MIN_ROWS to APPENDIX_MAX_ROWS rows of short cells under it (_appendix_row). On the page the rows are
    one per line and the next blank line ends them; in the record's text cleaned again a blank line parts each
    two kept rows, and prose, a line a rule took or the page's end ends them (cleaning the record again keeps
    them all). Rows that run into a line a rule took (no blank line between: a share bar, a copyright line) are
    the widget's; a column of one- and two-word links (a footer under "Anhang") is no table: half the rows at
    least have a figure or APPENDIX_ROW_MIN_WORDS words; more than APPENDIX_MAX_ROWS rows are a dump of links."""
    n = len(lines)
    label = -1
    for k in (end - 1, end, end + 1):
        if k < 0:
            continue
        if k >= n:
            break
        if _appendix_label(lines[k]):
            label = k
            break
        if k == end and not (lines[k].notes.get("furniture") or feats[k].cls == SHORT):
            break
    if label < 0:
        return end
    # The rows' parting: one per line (the page's table: the next blank line ends it) or a blank line between
    # each two (the record's text cleaned again: prose, a line a rule took or the page's end ends it).
    spaced = label + 2 < n and bool(lines[label + 2].notes.get("gap_before"))
    k = label + 1
    while k < n and k - label <= APPENDIX_MAX_ROWS + 1 and _appendix_row(lines[k], feats[k]):
        k += 1
        if not spaced and k < n and lines[k].notes.get("gap_before"):
            break
    rows = k - label - 1
    if rows < APPENDIX_MIN_ROWS or rows > APPENDIX_MAX_ROWS:
        return end
    if k < n and not lines[k].notes.get("gap_before") and (
        lines[k].notes.get("furniture") or lines[k].notes.get("in_list")
    ):
        return end  # its rows run into the widget's lines a rule took
    cells = 0  # rows of a table's cells: a figure in them, or APPENDIX_ROW_MIN_WORDS words
    for r in range(label + 1, k):
        if feats[r].digits > 0 or feats[r].words >= APPENDIX_ROW_MIN_WORDS:
            cells += 1
    if 2 * cells < rows:
        return end  # a column of one- and two-word links ("Satzung", "Vorstand"): a footer's, no table
    return k


# A chapter row of an episode's notes, its time bracketed or not: "(02:10) How the network began", "14:35 Why".
_CHAPTER_ROW_RE = re.compile(r"[(\[]?(\d{1,2}):(\d{2})[)\]]?\s+\S")


def _announced_chapters_end(lines: list[Line], j: int) -> int:
    """Where the chapter list that line j announces ends, or j: an intro that ends with a colon ("In this
    episode:", "今回の内容：") over CHAPTER_LIST_MIN rows or more with a time each, later down the list (the times
    into the recording, wherever the first chapter starts; a news feed's clock runs newest first). The rows are
    no content-like lines, and the tail would stop at the intro."""
    intro = lines[j].text.rstrip()
    notes = lines[j].notes
    if not intro.endswith((":", "：")) or notes.get("furniture") or notes.get("in_list"):
        return j
    k, last = j + 1, -1
    while k < len(lines):
        line = lines[k]
        m = _CHAPTER_ROW_RE.match(line.text)
        if m is None or line.notes.get("in_list") or line.notes.get("hard_break"):
            break
        seconds = int(m.group(1)) * 60 + int(m.group(2))
        if seconds <= last:
            break
        last = seconds
        k += 1
    return k if k - j - 1 >= CHAPTER_LIST_MIN else j


SECTION_HEADING_MAX_WORDS = 3  # "Verdict", "Pré-requisitos", "Bibliografia básica": a section's name
CLOSING_SENTENCE_MIN_WORDS = 5  # (a widget's prompt under its button is shorter: "Don't miss a thing.")


def _section_heading(line: Line, f: LineFeatures) -> bool:
    """A short heading that names a section of the page ("Verdict", "Avaliação"): a heading's shape, one to
    three words of letters only (no colon of a label over its rows, no signature's dash, no domain name)."""
    if not _table_heading(line, f) or f.words > SECTION_HEADING_MAX_WORDS:
        return False
    text = line.text.strip()
    for c in text:
        if not (c.isalpha() or c == " " or c == "-"):
            return False
    return bool(text)


def _closing_section(
    lines: list[Line], feats: list[LineFeatures], start: int, j: int, language: str = "", bridged: bool = False
) -> bool:
    """Line j, where the tail stops, heads the article's last section: a short heading over one sentence ("Verdict"
    over "A sturdy tent that is worth its price.", "Pré-requisitos" over "Mecânica dos Fluidos I."), in an article
    whose text (the run and its tail, start..j) is already cut into sections by headings of that shape. A heading
    over a sentence after an article without sections may head a teaser of another story; a teaser's headline is
    longer than a section's name, and a list heading ("Related") is furniture. A sentence that opens as a
    widget's prompt (_widget_prompt), or one of a chain of heading and sentence pairs that reads as a widget list
    ("Weather", "Traffic": _widget_chain), is no closing section; extend_tail takes the sections of one chain
    ("Durability" then "Verdict"). Under a short section (`bridged`, _short_section_end) a heading over a short
    sentence ("Installation" over "Requires Python 3.9 or newer.") shows the sections as well."""
    n = len(lines)
    if j + 1 >= n or not _section_heading(lines[j], feats[j]):
        return False
    below, fb = lines[j + 1], feats[j + 1]
    notes = below.notes
    if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
        return False
    if not fb.terminal or fb.words < CLOSING_SENTENCE_MIN_WORDS or _section_heading(below, fb):
        return False
    if _widget_prompt(lines[j].text) or _widget_prompt(below.text) or _widget_chain(lines, feats, start, j, language):
        return False
    for k in range(max(start, 0), j - 1):
        # a section's heading over its paragraph or its table (not a byline over its date)
        if _section_heading(lines[k], feats[k]) and (
            feats[k + 1].cls in _PROSE_CLASSES or _label_row(lines[k + 1], feats[k + 1])
            or (_value_row(lines[k + 1], feats[k + 1]) and k + 2 < j and _value_row(lines[k + 2], feats[k + 2]))
            or (bridged and feats[k + 1].terminal and not _section_heading(lines[k + 1], feats[k + 1]))
        ):
            return True
    return False


SHORT_SECTION_MAX_LINES = 4  # a table's rows, a field's value ("Manufacturer" over a company's name)
SHORT_SECTION_MAX_WORDS = 12
SHORT_SECTION_TABLE_ROWS = 2  # rows under a table's header row in a short section


def _short_section_end(lines: list[Line], feats: list[LineFeatures], start: int, j: int, language: str = "") -> int:
    """Where a short section at line j and the closing section right under it end, or j: no such pair there.

    A README's "Supported formats" over a table's rows, then "Contributing" over its sentence; a notice's
    "Manufacturer" over a company's name, then "Consumer Contact" over its sentence. The short section alone is
    no closing section (no sentence under its heading), but a section of the article's shape under it shows the
    article goes on: a heading of a section's shape over up to SHORT_SECTION_MAX_LINES short lines that are no
    list's items, no furniture and no prose, then a closing section (_closing_section) right under them. A
    heading's shape among the short lines is a box's heading over its items ("Popular diets" over a diet's name)
    or a row of buttons over an author box, unless it is a table's header row over rows of its own. Two short
    lines or more are a table's rows only under such a header row or in tab-separated columns: a footer's links
    ("Service" over "E-Paper / Archiv", then "Redaktion" over its hours) or a box's headlines are neither."""
    n = len(lines)
    if not _section_heading(lines[j], feats[j]) or _widget_prompt(lines[j].text):
        return j
    k = j + 1
    while k < n and k - j - 1 <= SHORT_SECTION_MAX_LINES:
        if k > j + 1 and _closing_section(lines, feats, start, k, language, bridged=True):
            header = _section_heading(lines[j + 1], feats[j + 1])
            if header and k - j - 2 < SHORT_SECTION_TABLE_ROWS:
                return j  # a heading over a heading and its item, no table's header over its rows
            if k - j - 1 > 1 and not header and not all("\t" in lines[r].text for r in range(j + 1, k)):
                return j  # rows with no header row and no columns: a box's links or headlines, no table
            return k + 2
        if k - j - 1 == SHORT_SECTION_MAX_LINES:
            return j
        line, f = lines[k], feats[k]
        notes = line.notes
        if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
            return j
        if f.cls == GOOD or f.terminal or f.words > SHORT_SECTION_MAX_WORDS:
            return j
        if k > j + 1 and _section_heading(line, f):
            return j
        k += 1
    return j


ROW_SECTIONS_MIN = 2  # sections of rows under the article before its closing paragraph
ROW_SECTION_MIN_ROWS = 2
ROW_SECTION_MAX_ROWS = 8
ROW_HEADING_MAX_WORDS = 3  # "Requirements", "What we offer", "Elvárások", "Amit kínálunk", "Mga benepisyo"
ROW_MIN_WORDS = 3  # a requirement or a benefit ("B kategóriás jogosítvány"), not a footer's link ("Kontakt")
ROW_MAX_WORDS = 16


def _rows_section_heading(line: Line, f: LineFeatures) -> bool:
    """The heading of a section of rows: a section's shape (_section_heading) of one to three words in a script
    written with spaces, no widget's prompt, no line rule's."""
    return (
        f.words <= ROW_HEADING_MAX_WORDS and not f.cjk and not f.continua and _section_heading(line, f)
        and _unmarked(line) and not _widget_prompt(line.text)
    )


def _section_row(line: Line, f: LineFeatures) -> bool:
    """A row of a section's list: a phrase of ROW_MIN_WORDS to ROW_MAX_WORDS words, no sentence, no prose
    paragraph, no line rule's, no row of facts in parts ("Jane Hill · HR manager", "Internet | 500-999 staff").
    (Words in a script written with spaces: CJK and Thai lines count no such words.)"""
    if f.cls == GOOD or f.terminal or f.cjk or f.continua or not ROW_MIN_WORDS <= f.words <= ROW_MAX_WORDS:
        return False
    text = line.text
    return _unmarked(line) and not (" · " in text or " | " in text or " • " in text)


RECIPE_CARD_HEAD_MAX = 6  # lines over the card's first label: its name, servings, times, a disclosure
RECIPE_CARD_MAX_ROWS = 30  # ingredient rows under the first label
RECIPE_STEPS_MIN = 2


def _card_label(text: str) -> bool:
    """A recipe card's section label, bare ambiguous ones too ("साहित्य", "Продукти"): the card's second label
    under the rows shows what the first one labels."""
    key = _label_key(text)
    return key in RECIPE_LABELS or key.rstrip().rstrip(":：").strip() in RECIPE_LABELS or _recipe_label(text)


def _recipe_card_end(lines: list[Line], feats: list[LineFeatures], j: int) -> int:
    """Where the recipe card at line j ends, or j: no card there.

    A recipe blog tells its story, then sets out the card: the dish's name, servings and times, a label
    ("Ingredients", "Продукти", "साहित्य") over short rows, a second label ("Method", "Начин на приготвяне", "कृती")
    over the steps, one sentence a line. The story's paragraphs take the run; the card's short rows cost more than
    the steps (near-good sentences) bring, and the steps went with them. The card is taken when it is whole: up to
    RECIPE_CARD_HEAD_MAX short lines (no prose, no hard break; a disclosure line may sit among them), the first
    label over at least two short rows that are no sentences, the second label right under them, then
    RECIPE_STEPS_MIN steps or more (sentences, or numbered lines), ending at the first line that is neither
    (a rating prompt, a list heading, the comments heading)."""
    n = len(lines)
    k = j
    while k < n and k - j <= RECIPE_CARD_HEAD_MAX and not _card_label(lines[k].text):
        f = feats[k]
        rule = lines[k].notes.get("furniture")
        if rule is not None and rule[0] in _TRANSPARENT_RULES and not lines[k].notes.get("hard_break"):
            k += 1  # (a plea to share the post between the story and the card: removed, and passed over)
            continue
        if lines[k].notes.get("hard_break") or f.cls == GOOD or f.words > RECIPE_ROW_MAX_WORDS:
            return j
        k += 1
    if k >= n or k - j > RECIPE_CARD_HEAD_MAX or feats[k].words > 4:
        return j
    r = k + 1
    while r < n and r - k - 1 < RECIPE_CARD_MAX_ROWS and not _card_label(lines[r].text):
        f = feats[r]
        if lines[r].notes.get("hard_break") or f.cls == GOOD or f.terminal or f.words > RECIPE_ROW_MAX_WORDS:
            return j
        r += 1
    if r >= n or r - k - 1 < 2 or feats[r].words > 4:
        return j
    s = r + 1
    while s < n and _recipe_step(lines[s], feats[s]):
        s += 1
    return s if s - r - 1 >= RECIPE_STEPS_MIN else j


def _recipe_step(line: Line, f: LineFeatures) -> bool:
    """A step of a recipe card's method: a sentence (or a numbered line), no line rule's."""
    return _unmarked(line) and (f.terminal or _NUMBERED_STEP_RE.match(line.text) is not None)


_NUMBERED_STEP_RE = re.compile(r"\d{1,2}[.)]\s+\S")


def _headline_cased(text: str) -> bool:
    """Every word of four letters or more after the first capitalized, two such words at least: a headline in
    title case ("Ten Quiet Beaches Along the Coast"), not a row of a list ("At least two years leading a team")."""
    words = [w for w in text.split()[1:] if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _rows_heading(lines: list[Line], feats: list[LineFeatures], j: int, lo: int) -> int:
    """The heading of the section of rows the tail stopped in at line j (the run or the tail took the heading and
    its first rows), not above lo; else j."""
    k = j - 1
    while k >= lo and j - k <= ROW_SECTION_MAX_ROWS and _section_row(lines[k], feats[k]):
        k -= 1
    if lo <= k < j - 1 and _rows_section_heading(lines[k], feats[k]):
        return k
    return j


def _row_sections_end(lines: list[Line], feats: list[LineFeatures], j: int) -> int:
    """Where the sections of rows at line j and the paragraph under them end, or j: no such block there.

    A job posting's "Requirements" over its rows ("At least 3 years in a warehouse", "Category B driving licence")
    and "What we offer" over more, then its closing paragraph on how to apply: the run search stops at the first
    heading (the short rows outweigh the one paragraph under them). ROW_SECTIONS_MIN sections or more, each a
    heading of one to three words (_rows_section_heading) over ROW_SECTION_MIN_ROWS to ROW_SECTION_MAX_ROWS rows
    (_section_row: phrases of three words or more, not a footer's one-word links; a list's headlines went with
    their list heading; a row of a heading's shape after two rows or more, over two rows, heads the next
    section), then a paragraph (prose ending as a sentence, no widget's prompt): the article's own
    sections, taken with the paragraph. Without the paragraph (a footer's columns, a sidebar's boxes), with one
    section only, or with rows mostly capitalized word for word (_headline_cased: a box's headlines over another
    story's summary), the tail stops as before."""
    n = len(lines)
    k = j
    sections = headlines = 0
    while k < n and _rows_section_heading(lines[k], feats[k]):
        r = k + 1
        while r < n and r - k - 1 < ROW_SECTION_MAX_ROWS and _section_row(lines[r], feats[r]):
            if r - k - 1 >= ROW_SECTION_MIN_ROWS and _rows_section_heading(lines[r], feats[r]) and all(
                t < n and _section_row(lines[t], feats[t]) for t in range(r + 1, r + 1 + ROW_SECTION_MIN_ROWS)
            ):
                break  # a heading of three words over rows of its own ("What we offer"), no row of this section
            r += 1
        if r - k - 1 < ROW_SECTION_MIN_ROWS:
            return j
        for t in range(k + 1, r):
            if _headline_cased(lines[t].text):
                headlines += 1
        sections += 1
        k = r
    if sections < ROW_SECTIONS_MIN or k >= n or 2 * headlines > k - j - sections:
        return j  # (rows mostly capitalized word for word: a box's headlines, over another story's summary)
    line, f = lines[k], feats[k]
    if not _unmarked(line) or f.cls != GOOD or not f.terminal or f.words < CLOSING_SENTENCE_MIN_WORDS:
        return j
    return j if _widget_prompt(line.text) else k + 1


# The first words of a widget's prompt or a site's self-description, not of an article's last section: an
# imperative only a site gives ("Listen to", "Anúnciese", "Inscreva-se", "Abonnieren"), or a heading over the
# site's self-description or contact ("About us", "Quiénes somos", "Fale conosco"). A guide's advice opens with
# an imperative too ("Book your seat", "Read the tide tables"), and a verdict speaks as we or to you: those are
# the article's, so advice verbs and the pronouns alone make no prompt (_WIDGET_SITE_THINGS below).
_WIDGET_PROMPT_TEXT = (
    "listen share join subscribe follow sign download click tap advertise register donate "
    "escucha escuche comparte comparta únete suscríbete suscríbase anúnciese anúnciate contáctenos descarga "
    "síguenos ouça escute compartilhe assine inscreva-se baixe siga anuncie "
    "abonnieren folgen "
    "écoutez partagez abonnez-vous rejoignez suivez téléchargez contactez inscrivez-vous "
    "ascolta condividi iscriviti seguici scarica "
    # a heading over the site's self-description or contact: "About us", "Quiénes somos", "Fale conosco"
    "about somos conosco sommes-nous siamo über impressum"
)
_WIDGET_PROMPT_WORDS = frozenset(_WIDGET_PROMPT_TEXT.split())
# The site's contact heading opens with its noun ("Contact us", "Kontakt", "Contacto"); after another noun it names
# a field of the article's notice ("Consumer Contact" over a firm's phone line, "Media contact").
_WIDGET_CONTACT_WORDS = frozenset(["contact", "contacto", "contato", "kontakt"])
# The site's own things, which a prompt names after the site's or the reader's possessive ("our weekly podcast",
# "your inbox", "nuestro boletín"): a verdict's "our" names the writer's test ("Our verdict", "our tester").
_WIDGET_POSSESSIVES_TEXT = (
    "our your nuestro nuestra nuestros nuestras tu tus su sus nosso nossa nossos nossas seu sua seus suas "
    "unser unsere unseren unserem dein deine ihr ihre notre nos votre vos nostro nostra nostri vostro vostra"
)
_WIDGET_POSSESSIVES = frozenset(_WIDGET_POSSESSIVES_TEXT.split())
_WIDGET_SITE_THINGS_TEXT = (
    "podcast podcasts newsletter newsletters inbox app apps channel channels website site journalism shop store "
    "magazine newspaper e-news boletín periódico revista canal tienda boletim jornal loja zeitung journal "
    "boutique chaîne giornale negozio canale"
)
_WIDGET_SITE_THINGS = frozenset(_WIDGET_SITE_THINGS_TEXT.split())
WIDGET_PROMPT_OPENING = 4  # words of a sentence's opening read for a prompt ("Sign up for our e-news")


def _widget_prompt(text: str) -> bool:
    """A sentence that opens as a widget's prompt or the site's self-description: an imperative only a site
    gives ("Listen to our weekly podcast", "Anúnciese con nosotros"), or the site's or the reader's possessive
    over one of the site's things ("Our podcast", "your inbox"). A guide's advice ("Book your bus seat", "Read
    the tide tables") and a verdict's we and you ("Our verdict", "You won't find a better tent") are the article's."""
    words = [w.casefold().strip(".,:;!?¡¿\"'“”‘’()") for w in text.split()[:WIDGET_PROMPT_OPENING + 2]]
    for k, word in enumerate(words[:WIDGET_PROMPT_OPENING]):
        if word in _WIDGET_PROMPT_WORDS or (k == 0 and word in _WIDGET_CONTACT_WORDS):
            return True
        if word in _WIDGET_POSSESSIVES and any(w in _WIDGET_SITE_THINGS for w in words[k + 1:k + 3]):
            return True
    return False


# Headings of a site's sections and widgets ("Weather", "Traffic", "Sport", "Opinion"): a pair under one of them
# after the article is a widget's, whatever its words.
_SITE_SECTION_HEADINGS_TEXT = (
    "weather traffic sport sports opinion opinions business culture politics news podcast podcasts newsletter "
    "video videos horoscope horoscopes puzzles crosswords games lifestyle entertainment obituaries markets "
    "tiempo tráfico deportes opinión economía cultura política noticias "
    "tempo trânsito esporte esportes desporto opinião economia "
    "wetter verkehr meinung wirtschaft kultur politik nachrichten "
    "météo trafic sports opinion économie politique actualités "
    "meteo traffico opinioni economia cultura politica notizie"
)
_SITE_SECTION_HEADINGS = frozenset(_SITE_SECTION_HEADINGS_TEXT.split())


def _heading_sentence_pair(lines: list[Line], feats: list[LineFeatures], k: int) -> bool:
    """A section heading at line k over a sentence: after another such pair, the pairs are a widget list
    ("Weather" over its forecast, "Traffic" over its roadworks; "Quiénes somos", "Publicidad"). A sentence
    with figures under it is a reference or a fact of the document's own next section ("Bibliografia básica"
    over "TUCCI, C. E. M. Hidrologia. 4. ed. 2009."), no widget's blurb."""
    return (
        k + 1 < len(lines) and _section_heading(lines[k], feats[k])
        and feats[k + 1].terminal and feats[k + 1].words >= CLOSING_SENTENCE_MIN_WORDS and feats[k + 1].digits == 0
    )


def _widget_chain(lines: list[Line], feats: list[LineFeatures], start: int, j: int, language: str) -> bool:
    """The heading and sentence at j, j+1 open a chain of such pairs (_heading_sentence_pair after it) that is a
    widget list, not the article's last sections: a heading names a site's section ("Weather", "Sport") or
    repeats a line of the page's menu above the article, a pair opens as a prompt, or no sentence of the chain
    shares a content word with the article (a forecast and roadworks under a flood story; a review's
    "Durability" and "Verdict" speak of its tent and its weeks). One pair alone is no chain."""
    k, pairs = j + 2, [j]
    while _heading_sentence_pair(lines, feats, k):
        pairs.append(k)
        k += 2
    if len(pairs) == 1:
        return False
    menu = {lines[i].text.strip() for i in range(max(start, 0))}
    for p in pairs:
        heading = lines[p].text.strip()
        if heading.casefold() in _SITE_SECTION_HEADINGS or heading in menu:
            return True
        if _widget_prompt(heading) or _widget_prompt(lines[p + 1].text):
            return True
    article = _card_vocabulary([lines[i].text for i in range(max(start, 0), j)], language)
    return not (_card_vocabulary([lines[p + 1].text for p in pairs], language) & article)


# An interview's turn: a line opened by a dialogue dash ("— Чому саме зараз?", "– Six years.") or by a speaker's
# one-letter label ("Q: ...", "A: ..."). An interview that ends with a short question and a short answer would
# lose them: the run search stops at its last good paragraph, and a two-word answer is no content-like line.
_TURN_RE = re.compile(r"^(?:[—–―]\s*\S|[QAFRВОПР]\s?[:.]\s+\S)")
DIALOGUE_MIN_TURNS = 4  # turns among the run's last DIALOGUE_WINDOW lines that make it an interview
DIALOGUE_WINDOW = 6


def _asks(text: str) -> bool:
    """A dialogue turn that asks: it ends with a question mark."""
    return text.rstrip().endswith(("?", "？"))


def _turn_line(line: Line) -> bool:
    """The line is a dialogue turn (_TURN_RE) that no furniture rule or list took."""
    notes = line.notes
    if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
        return False
    return _TURN_RE.match(line.text) is not None


# A line that is one quotation and nothing else: its opening mark first, the matching closing mark last.
_QUOTE_CLOSERS = {"“": "”", "「": "」", "『": "』", "«": "»", "„": "“”", '"': '"', "‹": "›"}
QUOTED_LINE_MAX_LEN = 200
QUOTED_RUN_MIN = 3  # quoted lines among the run's last QUOTED_WINDOW lines: a story told in dialogue
QUOTED_WINDOW = 10


def _quoted_line(line: Line) -> bool:
    """The line is a line of dialogue alone ("“Thank you.”", "「また明日。」", "« Merci. »"), no line rule's."""
    text = line.text.strip()
    if len(text) < 3 or len(text) > QUOTED_LINE_MAX_LEN:
        return False
    closers = _QUOTE_CLOSERS.get(text[0])
    if not closers or text[-1] not in closers or text.count(text[-1]) > (2 if text[0] == text[-1] else 1):
        return False
    notes = line.notes
    return not (notes.get("furniture") or notes.get("in_list"))


def _quoted_run(lines: list[Line], feats: list[LineFeatures], end: int) -> bool:
    """The main run closes a story told in dialogue: QUOTED_RUN_MIN lines of its last QUOTED_WINDOW are short quoted
    lines alone (_quoted_line, of the SHORT class). Then the quoted lines right under it are the story's, however
    short. A news report's closing paragraphs that are each an official's quotation are long: they are no dialogue,
    and the readers' comments or headlines in quotation marks under them stay out."""
    lo = max(0, end - QUOTED_WINDOW)
    return sum(1 for k in range(lo, end) if feats[k].cls == SHORT and _quoted_line(lines[k])) >= QUOTED_RUN_MIN


def _dialogue_run(lines: list[Line], end: int) -> bool:
    """The main run closes with an interview's turns: DIALOGUE_MIN_TURNS of its last DIALOGUE_WINDOW lines are
    turns, the last among them. Then the turns right under it continue it, however short."""
    lo = max(0, end - DIALOGUE_WINDOW)
    if end <= lo or not _TURN_RE.match(lines[end - 1].text):
        return False
    return sum(1 for k in range(lo, end) if _TURN_RE.match(lines[k].text)) >= DIALOGUE_MIN_TURNS


# A quoted reply and who said it, the story's last line: '"That's correct," Volker said.', '„Ja“, sagte er.',
# '« Non », répond-elle.' A quote mark opens the line; the quote closes with a comma, "?" or "!" at its end; one to
# QUOTE_SPEAKER_MAX_WORDS words of the speaker and the verb follow, and a full stop ends it.
QUOTE_SPEAKER_MAX_WORDS = 4
_QUOTE_ATTRIBUTION_RE = re.compile(
    r"[\"“„«‘‚]\s?\S.*?(?:[,?!…]\s?[\"”“»’‘]|[\"”“»’‘]\s?,)\s+"
    rf"(?P<speaker>[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){{0,{QUOTE_SPEAKER_MAX_WORDS - 1}}})\.\Z"
)


def _quote_attribution(text: str, lines: list[Line] | None = None, j: int = 0) -> bool:
    """A short line of dialogue with its speaker (_QUOTE_ATTRIBUTION_RE): too short for a sentence to the tail's
    tests, yet no menu, button or footer reads so. The speaker's words hold a lower-case one, the verb ("said",
    "sagte er"): a blurb's source is a name alone ('"A must-read," The Daily Review.'). A testimonial's shape
    ('"Five stars," writes Tom.') is dialogue still when the lines above line j name the speaker: the story's own
    closing quote ('"We'll see," says Reilly.' under "Tom Reilly, who runs the shop, ...")."""
    if len(text) > 200 or text[:1] not in "\"“„«‘‚":
        return False
    m = _QUOTE_ATTRIBUTION_RE.match(text)
    if m is None:
        return False
    speaker = m.group("speaker").split()
    if not [w for w in speaker if w[:1].islower()]:
        return False
    # A reader's testimonial: a quote of a few words, then "says Jane", "writes Tom" (a present-tense verb before a
    # capitalized name): '"Five stars," writes Tom.' Dialogue closes a story in the past tense ("she said").
    quote_words = len(text[: m.start("speaker")].split())
    if not (
        quote_words <= TESTIMONIAL_QUOTE_MAX_WORDS and len(speaker) == 2 and speaker[0].casefold() in _BLURB_VERBS
        and speaker[1][:1].isupper()
    ):
        return True
    return lines is not None and _named_above(speaker[1], lines, j)


def _named_above(name: str, lines: list[Line], j: int) -> bool:
    """A line above line j holds `name` as a word: the story named its speaker before quoting them."""
    word = re.compile(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])")
    return any(word.search(lines[k].text) for k in range(j))


TESTIMONIAL_QUOTE_MAX_WORDS = 3
_BLURB_VERBS = frozenset([
    "says", "writes", "raves", "sagt", "schreibt", "dit", "écrit", "dice", "escribe", "diz", "escreve", "zegt",
    "schrijft", "scrive",
])


def _tail_intro(lines: list[Line], feats: list[LineFeatures], j: int) -> bool:
    """Line j announces the content-like line under it ("Counties where the ban is lifted:" over the counties): a
    sentence ending in a colon (_intro_sentence), no line rule, with a tail line right under it. A heading of a
    menu or a footer box has fewer words ("Follow us:"), and what is under it is none."""
    line = lines[j]
    if line.notes.get("furniture") or line.notes.get("in_list") or not _intro_sentence(line.text, feats[j]):
        return False
    return j + 1 < len(lines) and _tail_line(lines, feats, j + 1)


_FIRST_ITEM_RE = re.compile(r"1\s?[.)、．]\s*\S")
_SECOND_ITEM_RE = re.compile(r"2\s?[.)、．]\s*\S")


def _numbered_list_intro(lines: list[Line], feats: list[LineFeatures], j: int) -> bool:
    """Line j heads the numbered list under it ("几点小建议：", "A few tips:", "几点小建议如下。"): a short line that
    announces a list (_list_announcement: a colon or the words of one), no line rule, over items "1." and "2."
    that may continue the tail (_tail_line). Too short for an intro sentence (_intro_sentence), but a menu's or a
    footer's box numbers no entries from one, and a ranking's heading ("Most read") carries the list-heading rule."""
    line, f = lines[j], feats[j]
    if not _list_announcement(line, f) or f.words > TAIL_TABLE_HEADING_WORDS or f.cls == GOOD:
        return False
    if line.notes.get("in_list"):
        return False
    return (
        j + 2 < len(lines) and _FIRST_ITEM_RE.match(lines[j + 1].text) is not None
        and _SECOND_ITEM_RE.match(lines[j + 2].text) is not None
        and _tail_line(lines, feats, j + 1) and _tail_line(lines, feats, j + 2)
    )


NUMBERED_ROWS_MIN = 3  # rows numbered 1, 2, 3 ... under a short heading
NUMBERED_ROWS_MAX = 30
NUMBERED_ROW_MAX_WORDS = 5  # words of a row after its number: a name (a song, a dish), no headline
NUMBERED_HEADING_MAX_WORDS = 3
_NUMBERED_ROW_RE = re.compile(r"(\d{1,2})[.)]\s+\S")


# The figures a standings table's row closes with: two columns of numbers or more after a name ("Rovers 10 22",
# "Orzeł Lipno 10 19 +4").
_STANDINGS_ROW_RE = re.compile(r"[^\W\d_]{2,}\s+[+−-]?\d{1,3}(?:\s+[+−-]?\d{1,3}(?:[:-]\d{1,3})?){1,6}$")


def _numbered_rows_end(lines: list[Line], feats: list[LineFeatures], j: int) -> int:
    """Where the numbered rows under the short heading at line j end ("Setlist" over "1. Low Lights", "2. Paper
    Boats", ..., "6. Salt Road (encore)"; "Tracklist", "Die Zutaten"), or j: NUMBERED_ROWS_MIN rows or more,
    numbered from 1 without a gap, each a name of NUMBERED_ROW_MAX_WORDS words at most, no line rule on any. A
    ranking of other stories numbers headlines, longer than that, and its heading carries the list-heading rule."""
    head, f = lines[j], feats[j]
    notes = head.notes
    if f.words > NUMBERED_HEADING_MAX_WORDS or f.terminal or notes.get("furniture") or notes.get("in_list"):
        return j
    if notes.get("hard_break") or _names_other_pages(head.text, _OTHER_PAGES_HEADING_NOUNS):  # "Top-Themen", "Schlagzeilen": other stories
        return j
    n = len(lines)
    k = j + 1
    while k < n and k - j <= NUMBERED_ROWS_MAX:
        line = lines[k]
        m = _NUMBERED_ROW_RE.match(line.text)
        if m is None or int(m.group(1)) != k - j:
            break
        rn = line.notes
        if rn.get("furniture") or rn.get("in_list") or rn.get("hard_break"):
            return j
        if len(line.text[m.end() - 1:].split()) > NUMBERED_ROW_MAX_WORDS or feats[k].cls == GOOD:
            return j
        k += 1
    if k - j - 1 < NUMBERED_ROWS_MIN:
        return j
    # A standings widget's rows: a place, a name, then columns of figures ("1. Sokół Brzeziny 10 22": played,
    # points), every row alike. A setlist's or a recipe's rows name things; their figures are no columns.
    for i in range(j + 1, k):
        if _STANDINGS_ROW_RE.search(lines[i].text) is None:
            return k
    return j


ANNOUNCED_ROWS_MIN = 2
ANNOUNCED_ROWS_MAX = 8
ANNOUNCED_ROW_MAX_WORDS = 12


def _announced_rows_end(lines: list[Line], feats: list[LineFeatures], j: int) -> int:
    """Where the rows a sentence ending in a colon announces end, when the article's prose goes on under them
    ("That question passed comfortably:" over "Parks levy: Yes 58%, No 42%" and the other results, then the last
    paragraph), or j. The rows are short (ANNOUNCED_ROWS_MIN to ANNOUNCED_ROWS_MAX lines of
    ANNOUNCED_ROW_MAX_WORDS words at most), neither prose nor furniture, so neither the tail nor a spec table
    (_tail_table_end: a label of three words at most) takes them; a good paragraph right under them shows the
    article goes on. A box's heading with a colon ("Follow us:") has fewer words, and its buttons are furniture."""
    line = lines[j]
    if line.notes.get("furniture") or line.notes.get("in_list") or not _intro_sentence(line.text, feats[j]):
        return j
    n = len(lines)
    k = j + 1
    while k < n and k - j - 1 < ANNOUNCED_ROWS_MAX:
        g, notes = feats[k], lines[k].notes
        if g.cls == GOOD or g.words > ANNOUNCED_ROW_MAX_WORDS:
            break
        if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
            return j
        k += 1
    if k - j - 1 < ANNOUNCED_ROWS_MIN or k >= n or feats[k].cls != GOOD or not _tail_line(lines, feats, k):
        return j
    return k


def _announced_names_end(lines: list[Line], feats: list[LineFeatures], j: int) -> int:
    """Where the short list that a sentence at line j announces ends, when the article ends with it ("Veja a lista
    dos postos com horário ampliado:" over "UBS Centro", "UBS Vila Nova"), or j: one sentence ending in a colon
    (_intro_sentence, _announcing_sentence) over ANNOUNCED_ROWS_MIN to ANNOUNCED_ROWS_MAX item-shaped rows of
    SENTENCE_ITEM_MAX_WORDS words at most (names, not headlines), no row a heading with a colon of its own
    ("Compartilhe:"). A sentence over other stories' headlines has longer rows under it."""
    line, f = lines[j], feats[j]
    if line.notes.get("in_list") or not _intro_sentence(line.text, f) or not _announcing_sentence(line, f):
        return j
    if _names_other_pages(line.text):  # "You might also be interested in these stories:" over headlines
        return j
    n = len(lines)
    k = j + 1
    while k < n and k - j - 1 < ANNOUNCED_ROWS_MAX:
        g = feats[k]
        text = lines[k].text.rstrip()
        # (a name ends with no sentence mark: "Totally agree with this." under "What our readers said:" is a comment)
        if not _item_shaped(lines[k], g) or g.words > SENTENCE_ITEM_MAX_WORDS or text.endswith((":", "：")) or g.terminal:
            break
        k += 1
    if k - j - 1 < ANNOUNCED_ROWS_MIN or (k < n and k - j - 1 == ANNOUNCED_ROWS_MAX and _item_shaped(lines[k], feats[k])):
        return j
    return k


def _tail_line(lines: list[Line], feats: list[LineFeatures], j: int) -> bool:
    """Line j may continue the main run's tail: a content-like line, a sentence or prose, no furniture."""
    line, f = lines[j], feats[j]
    if line.notes.get("furniture") or line.notes.get("in_list"):
        return False
    return (
        content_like(line.text, f) or (f.cls in (GOOD, NEAR) and f.terminal) or _tail_prose(f)
        or _quote_attribution(line.text, lines, j)
    )


# A spec or info table closing an article: this many label rows at least, and among them this share with a
# digit (a weight, a date, a price, a phone number). Its headings have this many words at most.
TAIL_TABLE_MIN_ROWS = 3
TAIL_TABLE_DIGIT_SHARE = 0.5
TAIL_TABLE_HEADING_WORDS = 6
# A label row: a label of a few words (or a few CJK characters), a colon, a value ("Weight: 1.6 kg",
# "营地地址：新竹县…", "Prix : 329 €"). A clock ("12:30") has no space after its colon.
_LABEL_ROW_RE = re.compile(r"([^:：]{1,30}?)\s?(?:: |：)\s*\S")
LABEL_MAX_WORDS = 3
LABEL_MAX_CJK = 10
ROW_SENTENCE_WORDS = 8  # a row that ends like a sentence and has more words is a sentence ("Fazit: Das ...")


LIST_VALUE_MIN_ITEMS = 4
LIST_VALUE_ITEM_WORDS = 2
_LIST_VALUE_SPLIT_RE = re.compile(r"[,;、，；]")


def _list_value(value: str) -> bool:
    """A row's value that is a list of names, not a sentence: LIST_VALUE_MIN_ITEMS items or more between commas or
    semicolons, each of one or two words ("Price; Walsh, Okafor, Byrne, Collins; Hughes, Dyer.", a team's
    lineup). It may end with a full stop and have many words; a sentence has longer stretches between commas."""
    items = _LIST_VALUE_SPLIT_RE.split(value.strip().rstrip("."))
    if len(items) < LIST_VALUE_MIN_ITEMS:
        return False
    for item in items:
        words = len(item.split())
        if words == 0 or words > LIST_VALUE_ITEM_WORDS:
            return False
    return True


@cython.ccall
def _label_row(line: Line, f: LineFeatures) -> cython.bint:
    """The line is a row of a spec or info table: a short label, a colon, a value; no prose, no line rule.
    (A ccall, as the other row tests: _tail_table_end asks them of every line after a paragraph, in C.)"""
    notes = line.notes
    if f.cls == GOOD or f.eff_len > 150 or notes.get("furniture") or notes.get("hard_break"):
        return False
    if notes.get("in_list"):
        return False
    # _LABEL_ROW_RE's colon follows 1 to 30 characters and an optional space: at index 31 at most.
    text = line.text
    if text.find(":", 0, 32) < 0 and text.find("：", 0, 32) < 0:
        return False
    m = _LABEL_ROW_RE.match(text)
    if m is None or (f.terminal and f.words > ROW_SENTENCE_WORDS and not _list_value(line.text[m.end() - 1 :])):
        return False
    label = m.group(1)
    cjk = sum(map(len, _CJK_RUN_RE.findall(label)))
    return _label_words(label) <= LABEL_MAX_WORDS and cjk <= LABEL_MAX_CJK


LABEL_GLUE_MAX_CHARS = 2  # "of", "de", "la", "की", "के": a word of a longer label that only ties its nouns


def _label_words(label: str) -> int:
    """The words of a row's label: no sign between them ("एससी / एसटी / महिला", "Q & A"), and in a label of more
    than LABEL_MAX_WORDS words no short word that ties its nouns ("आवेदन की अंतिम तिथि", "Date of the event")."""
    words = label.split()
    if len(words) <= LABEL_MAX_WORDS:
        return len(words)
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if len(words) <= LABEL_MAX_WORDS:
        return len(words)
    return sum(1 for w in words if len(w) > LABEL_GLUE_MAX_CHARS)


@cython.ccall
def _table_heading(line: Line, f: LineFeatures) -> cython.bint:
    """The line may head a spec table or a part of one ("Specifications", "Engine", a model's name): a few
    words, no sentence, no line rule."""
    notes = line.notes
    return (
        f.cls != GOOD and f.words <= TAIL_TABLE_HEADING_WORDS and not f.terminal
        and not (notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"))
    )


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, rows=cython.Py_ssize_t, digits=cython.Py_ssize_t,
               values=cython.Py_ssize_t, features=cython.Py_ssize_t, cells=cython.Py_ssize_t,
               row_cells=cython.Py_ssize_t, line=Line, f=LineFeatures, labels=cython.Py_ssize_t, headed=cython.bint)
def _tail_table_end(lines: list[Line], feats: list[LineFeatures], j: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """The end of a spec or info table that starts at line j, or j: no such table there.

    A review's specifications, a venue's hours and prices, a car's engine data: label rows ("Weight: 1.6 kg")
    under the last paragraph, under a heading or two ("Specifications", then one per product compared). Rows
    are no sentences and few are content-like, so the tail would stop at the table's heading. The table is
    TAIL_TABLE_MIN_ROWS label rows or more, most with a digit, and headings of one or two lines right over a
    row. Menus have no label rows; a block of page facts ("Tags: ...", "Filed under: ...") has no digits, and no
    heading: label rows under a heading of their own ("Property features" over "Legal status: freehold", "Balcony
    faces: east") that describe (_described_rows) are a table, with or without digits.
    (header_rows' row_shape asks a digit of every row and one shape of all: spec rows vary, "Doors: 2",
    "Poles: aluminium", "驱动型式：前置前驱".)
    """
    n = len(lines)
    k, rows, digits = j, 0, 0
    values = features = 0
    cells = 0  # the cells of the table's first pipe row: every pipe row of one table has as many
    labels = 0
    headed = False  # the table opens with a heading of its own
    while k < n:
        line, f = lines[k], feats[k]
        if _label_row(line, f):
            rows += 1
            labels += 1
            digits += f.digits > 0
        elif (row_cells := _pipe_row(line, f)) and (cells == 0 or row_cells == cells):
            cells = row_cells  # a table's row as the page prints it, its cells between pipes
            rows += 1
            digits += f.digits > 0
        elif _value_row(line, f):
            rows += 1
            digits += 1
            values += 1
        elif _feature_row(line, f):
            rows += 1
            digits += 1
            features += 1
        elif _comparison_row(line, f):
            rows += 1
            digits += 1
        elif not (
            _table_heading(line, f)
            and k + 1 < n
            and (
                _label_row(lines[k + 1], feats[k + 1])
                or _pipe_row(lines[k + 1], feats[k + 1]) > 0
                or _value_row(lines[k + 1], feats[k + 1])
                or _feature_row(lines[k + 1], feats[k + 1])
                or _comparison_row(lines[k + 1], feats[k + 1])
                or (
                    k + 2 < n and _table_heading(lines[k + 1], feats[k + 1])
                    and _label_row(lines[k + 2], feats[k + 2])
                )
            )
        ):
            break
        elif k == j:
            headed = True
        k += 1
    if rows < TAIL_TABLE_MIN_ROWS or (
        digits < TAIL_TABLE_DIGIT_SHARE * rows and not (headed and labels == rows and _described_rows(lines, j + 1, k))
    ):
        return j
    if values and rows - values - features < TAIL_TABLE_MIN_LABELLED:
        return j  # prices without labelled facts: a shop widget's products ("Linen shirt £45"), a league table
    if features and rows == features:
        return j  # counts alone: a page's tallies ("12 photos", "3 comments"), no facts of the article's
    return k


TAIL_TABLE_MIN_LABELLED = 2  # label rows a table with unlabelled value rows needs ("Running time: 1 hr 40 min")


def _described_rows(lines: list[Line], lo: int, hi: int) -> bool:
    """Every label row of lines[lo:hi] gives a number, a word in lower case or one cased word after its label
    ("Số toilet: 2", "Legal status: freehold, ready to transfer", "Balcony faces: East"): a description's features.
    A register's or a line-up's rows give names, codes and links ("Referee: Paul Tierney", "Format: CSV, JSON,
    API", "会社名：株式会社…", "URL: https://…"): the page's facts, no part of the article, however they are headed."""
    for k in range(lo, hi):
        m = _LABEL_ROW_RE.match(lines[k].text)
        if m is None:
            continue
        value = lines[k].text[m.end() - 1:].strip()
        if "://" in value or "@" in value:
            return False
        words = value.split()
        if any(c.isdigit() for c in value) or any(w[:1].islower() for w in words):
            continue
        if len(words) == 1 and value[:1].isupper():
            continue
        return False
    return True


VALUE_ROW_MAX_WORDS = 5


# A table's row printed with its cells between pipes ("Heizungsausfall im Winter | 50–100 % | LG Berlin"): cells of
# this many words at most; a row of sentences is prose with pipes in it.
PIPE_CELL_MAX_WORDS = 8
_PIPE_SEP = " | "


@cython.ccall
def _pipe_row(line: Line, f: LineFeatures) -> cython.Py_ssize_t:
    """The number of cells of a table row printed with pipes between its cells, or 0: two cells or more, none
    empty or longer than PIPE_CELL_MAX_WORDS words, no line rule. A menu or a byline row prints pipes too ("Home |
    News | Contact", "By Jane Doe | 6 min read"), alone on its line: _tail_table_end asks TAIL_TABLE_MIN_ROWS rows
    with as many cells each, most with a digit."""
    text = line.text
    if _PIPE_SEP not in text or f.eff_len > 200:
        return 0
    notes = line.notes
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
        return 0
    parts = text.strip().split(_PIPE_SEP)
    for part in parts:
        words = len(part.split())
        if words == 0 or words > PIPE_CELL_MAX_WORDS:
            return 0
    return len(parts)


@cython.locals(i=cython.Py_ssize_t, end=cython.Py_ssize_t, n=cython.Py_ssize_t, k=cython.Py_ssize_t)
def data_tables_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """A data table inside the article, right under a paragraph: a job notice's dates and fees ("महत्वपूर्ण तिथियां"
    over "आवेदन शुरू: 5 दिसंबर 2025", ...), a guide's table printed with pipes ("Mangel | Minderung | Gericht"
    over its rows). Its rows are short lines the run search would end the article at, cutting off the lead
    above or the sections under it. The table is what _tail_table_end takes under a last paragraph (label, pipe
    and value rows, most with a digit, under headings of a line or two); its lines score at least 0 when a
    paragraph follows it within INLINE_REACH lines (under a section heading), no line rule between. A shop's
    spec table over its reviews ("Customer reviews" over a rating, names, "Verified buyer") is followed by no
    paragraph so near: the reviews stay out."""
    n = len(lines)
    i = 1
    while i < n:
        if feats[i].cls == GOOD or feats[i - 1].cls != GOOD:
            i += 1
            continue
        end = _tail_table_end(lines, feats, i)
        if end > i and _paragraph_near(lines, feats, end):
            for k in range(i, end):
                if scores[k] < 0:
                    scores[k] = 0.0
            i = end
        else:
            i += 1


def _paragraph_near(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """A paragraph or a sentence (a good line, a near-good one that ends like a sentence) at line i or within
    INLINE_REACH lines under it, no line rule before it."""
    for k in range(i, min(len(lines), i + INLINE_REACH)):
        notes, f = lines[k].notes, feats[k]
        if notes.get("hard_break") or notes.get("furniture") or notes.get("in_list"):
            return False
        if f.cls == GOOD or (f.cls == NEAR and f.terminal):
            return True
    return False


@cython.ccall
def _value_row(line: Line, f: LineFeatures) -> cython.bint:
    """A row of an info table without a colon, a name and its price: a ticket price ("Adults £18",
    "Under 26 £8"), no teaser headline with a figure nor an offer (_priced_name). Counted only in a table that
    has labelled rows as well (_tail_table_end)."""
    notes = line.notes
    if f.cls == GOOD or f.terminal or f.digits == 0 or f.words > VALUE_ROW_MAX_WORDS:
        return False
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
        return False
    return _priced_name(line.text.strip())


# A listing's feature row without a colon: a count or a measure and what it counts ("3 habitaciones", "2 baños",
# "98 m² construidos, 86 m² útiles", "4 bedrooms", "120 PS"). Each part between commas opens with a figure and has
# at most this many words after it.
FEATURE_ROW_MAX_WORDS = 3
# (The words after the first are parted by a space: with the space optional, a long token splits into words in
# cubically many ways before a failing match gives up.)
_FEATURE_PART_RE = re.compile(
    rf"\d[\d.,]*\s?[^\W\d_][^\s,]*(?:\s[^\W\d_][^\s,]*){{0,{FEATURE_ROW_MAX_WORDS - 1}}}\.?"
)


@cython.ccall
def _feature_row(line: Line, f: LineFeatures) -> cython.bint:
    """A row of a listing's features without a colon, a figure and what it counts or measures ("3 habitaciones",
    "98 m² construidos, 86 m² útiles"): every part between commas is one (_FEATURE_PART_RE), no price (those are
    _value_row's), no sentence. Counted in a table that has a labelled row as well (_tail_table_end)."""
    notes = line.notes
    if f.cls == GOOD or f.terminal or f.digits == 0 or f.words > 3 * FEATURE_ROW_MAX_WORDS:
        return False
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
        return False
    text = line.text.strip()
    if "%" in text or _ROW_PRICE_RE.search(text):
        return False
    for part in text.split(","):  # noqa: SIM110 (a loop: a generator expression is a closure, which a ccall cannot hold)
        if not _FEATURE_PART_RE.fullmatch(part.strip()):
            return False
    return True


# A two-column comparison row: a label of words, then one figure for each side ("Possession 54% 46%", "Shots on
# target 6 3", "Votes 12,408 9,877"): a match's or a vote's statistics under the report. Two figures exactly (a
# league table's rows hold more), no sign before them (a market ticker's "+1.2%"), no figure in the label, each
# ending with a digit (a date's "April 10, 2018" has a comma after its day) and no date.
_COMPARISON_ROW_RE = re.compile(r"[^\W\d_][^\d:：]{0,40}?\s(?:\d[\d.,]*\d|\d)\s?%?\s+(?:\d[\d.,]*\d|\d)\s?%?")
COMPARISON_ROW_MAX_WORDS = 8


@cython.ccall
def _comparison_row(line: Line, f: LineFeatures) -> cython.bint:
    """A row of a statistics table comparing two sides (_COMPARISON_ROW_RE): no sentence, no line rule. Counted in
    a table under the article's last paragraph (_tail_table_end), where it carries its figures."""
    if f.cls == GOOD or f.terminal or f.digits == 0 or f.words > COMPARISON_ROW_MAX_WORDS:
        return False
    notes = line.notes
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
        return False
    text = line.text.strip()
    return _COMPARISON_ROW_RE.fullmatch(text) is not None and _date_line_any_order(text) is None


# A price closing a row: "£18", "€ 12,50", "12 €", "8 EUR", "R$ 30", "25 zł"; its unit may follow it ("£18 per
# person", "12 € pro Person", "£8 each", "£30 pp").
_ROW_PRICE_RE = re.compile(
    r"(?:[£$€¥₹₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[£$€¥₹₽]|eur|euros?|usd|gbp|chf|kr|zł|kč|lei|руб\.?))"
    r"(?:\s+(?:per\s+(?:person|adult|child|ticket|head)|each|pp|p\.p\.|pro\s+person|por\s+persona|"
    r"par\s+personne|a\s+persona))?$",
    re.IGNORECASE,
)
# A teaser's or an offer's words before its figure, no ticket's name: "Hotels from £49", "Flights ab 29 €",
# "Desde 20 €", "Tickets only £5", "Rent rises 12%".
_OFFER_WORDS = frozenset(
    ["from", "only", "just", "save", "starting", "ab", "nur", "desde", "solo", "sólo", "dès", "partir", "da", "od",
     "vanaf", "från", "fra", "apenas", "por", "off", "up"]
)


# The groups a ticket's price is for: after one of them, "from" starts a ticket's price band ("Students from
# £12"), not an offer's ("Hotels from £49").
_TICKET_GROUPS_TEXT = (
    "adults adult students student children child kids seniors senior concessions concession members member "
    "families family groups group infants youth under over "
    "erwachsene kinder schüler studenten senioren ermäßigt adultos niños estudiantes jubilados adultes enfants "
    "étudiants seniors adulti bambini studenti ragazzi"
)
_TICKET_GROUPS = frozenset(_TICKET_GROUPS_TEXT.split())


def _priced_name(text: str) -> bool:
    """A name and its price at the end: "Adults £18", "Under 26 £8", "Ermäßigt 8 €", "Adults £18 per person". A
    headline with a figure ("Rent rises 12% in 2025", "Top 5 brunch spots") ends with no price; an offer has a
    word of one before it ("Hotels from £49"), but a ticket's group may have "from" ("Students from £12")."""
    m = _ROW_PRICE_RE.search(text)
    if m is None or "%" in text:
        return False
    words = text[: m.start()].split()
    if not words or not any(c.isalpha() for c in words[0]):
        return False
    folded = [w.casefold() for w in words]
    if folded[-1] == "from" and folded[0] in _TICKET_GROUPS:
        folded.pop()
    return _OFFER_WORDS.isdisjoint(folded)


# A line of only a date (and time, and its labels: "Posted 5 Jul 2024, updated 5 Jul 2024") has this share of
# digits at least, and this length at most.
TAIL_DATE_MIN_DIGITS = 0.15
TAIL_DATE_MAX_LEN = 80


def _bare_date(text: str) -> bool:
    """The line is a date and time and nothing else ("2022-09-14 16:02", "2023年5月1日")."""
    from cleaners.metadata import parse_date_line

    parsed = parse_date_line(text)
    return parsed is not None and parsed.tier == "pure" and parsed.author is None and parsed.source is None


# A line this long (CJK counted three times, as in classify) with two sentence ends is prose.
TAIL_PROSE_MIN_LEN = 150


def _tail_prose(f: LineFeatures) -> bool:
    """A long line with two sentence ends continues the article even when it does not end with one.

    classify calls such a line good only when it also ends a sentence; a last paragraph that closes with
    a byline or source in parentheses ("...。（记者 王某）", "... (Reporting by ...)") does not, and dense
    Chinese prose has too few function characters for the stop-density rules to call it prose instead.
    """
    return f.eff_len >= TAIL_PROSE_MIN_LEN and _has_sentences(f, 2)


# The label of a documentation page's callout box over its text ("Note", "Warning"): part of the page's content.
ADMONITION_LABELS = frozenset([
    "note", "warning", "tip", "important", "caution", "hint", "danger", "attention", "remark", "info",
    "hinweis", "achtung", "warnung", "tipp", "remarque", "avertissement", "astuce", "nota", "advertencia",
    "aviso", "consejo", "dica", "suggerimento", "avvertenza", "opmerking", "waarschuwing", "uwaga",
    "примечание", "внимание", "предупреждение", "подсказка", "注意", "提示", "警告", "注", "ヒント", "참고", "주의",
])


# The section labels of a recipe card ("Ingredients" over its rows, "Instructions" over its steps): content.
RECIPE_LABELS = frozenset([
    "ingredients", "instructions", "directions", "method", "preparation", "equipment",
    "zutaten", "zubereitung", "ingrédients", "préparation", "ingredientes", "preparación", "elaboración",
    "modo de preparo", "modo de preparação", "ingredienti", "preparazione", "procedimento", "ingrediënten",
    "bereiding", "składniki", "przygotowanie", "ингредиенты", "приготовление", "材料", "作り方", "做法", "食材",
    "재료", "만드는 법", "suroviny", "ingredience", "postup", "přísady", "malzemeler", "yapılışı", "hazırlanışı",
    "bahan", "bahan-bahan", "cara membuat", "nguyên liệu", "cách làm", "ส่วนผสม", "วิธีทำ", "інгредієнти",
    "приготування", "ingredienser", "fremgangsmåde", "tillagning", "hozzávalók", "elkészítés", "ingrediente",
    "mod de preparare", "υλικά", "εκτέλεση", "المكونات", "طريقة التحضير", "مواد لازم", "طرز تهیه", "सामग्री",
    "विधि", "बनाने की विधि", "উপকরণ", "প্রণালী", "配料", "材料清单", "재료 준비",
    # Telugu, Tamil, Marathi, Urdu, Hebrew, Georgian, Armenian, Swahili
    "కావలసిన పదార్థాలు", "కావలసినవి", "తయారీ విధానం", "తయారు చేసే విధానం", "தேவையான பொருட்கள்", "செய்முறை",
    "साहित्य", "कृती", "اجزاء", "ترکیب", "מצרכים", "רכיבים", "אופן ההכנה", "ინგრედიენტები", "მომზადების წესი",
    "բաղադրիչներ", "պատրաստման եղանակ", "viungo", "mahitaji", "jinsi ya kupika",
    # A how-to's list of things to get ready over its steps ("What you'll need", Thai "สิ่งที่ต้องเตรียม"), and the
    # Thai labels of equipment and of a recipe's raw ingredients.
    "what you need", "what you'll need", "you will need", "you'll need", "สิ่งที่ต้องเตรียม", "อุปกรณ์", "วัตถุดิบ",
    # Malayalam, Kannada, Gujarati, Punjabi, Sinhala, Basque, Welsh, Afrikaans
    "ആവശ്യമുള്ള സാധനങ്ങൾ", "ചേരുവകൾ", "തയ്യാറാക്കുന്ന വിധം", "പാചകം ചെയ്യുന്ന വിധം", "ಬೇಕಾಗುವ ಸಾಮಗ್ರಿಗಳು",
    "ಮಾಡುವ ವಿಧಾನ", "સામગ્રી", "બનાવવાની રીત", "ਸਮੱਗਰੀ", "ਬਣਾਉਣ ਦੀ ਵਿਧੀ", "අවශ්‍ය ද්‍රව්‍ය", "සාදන ආකාරය",
    "osagaiak", "prestaketa", "cynhwysion", "bestanddele",
    # Bulgarian
    "продукти", "необходими продукти", "начин на приготвяне",
])
# The servings a recipe label names in brackets ("材料（2人分）", "Ingredients (serves 4)", "Zutaten (für 4 Personen)").
_SERVINGS_RE = re.compile(r"[(（][^()（）]{1,24}[)）]$")


# Labels that are ordinary words of a neighbouring language: "साहित्य" (Marathi: ingredients; Hindi: literature, a
# section's name over its teasers). Bare they label nothing; with a colon or the servings they do ("साहित्य:").
AMBIGUOUS_RECIPE_LABELS = frozenset(["साहित्य", "продукти"])


def _recipe_label(text: str) -> bool:
    """The line is a recipe card's section label ("Ingredients", "作り方", "المكونات"), with or without a
    colon and the servings in brackets ("材料（2人分）", "Ingredients (for 4):")."""
    key = _label_key(text)
    if key in RECIPE_LABELS:
        return key not in AMBIGUOUS_RECIPE_LABELS or text.rstrip()[-1:] in ":："
    if key[-1:] in ")）":  # (every _SERVINGS_RE match ends the key with its closing bracket: the others keep it as is)
        key = _SERVINGS_RE.sub("", key)
    return key.rstrip().rstrip(":：").strip() in RECIPE_LABELS


# An ingredient row under the label: "1 Ei", "1 Päckchen Hefe" (German nouns are capitalized, so _quantity_row
# misses them), "1 lemon, or about 1/4 cup lemon juice" (longer than a quantity row).
RECIPE_ROW_MAX_WORDS = 12
_RECIPE_ROW_FIRST = frozenset("0123456789½¼¾⅓⅔⅛")
# ... or the thing first and its quantity after a dash: "കോഴിയിറച്ചി – 1 കിലോ", "Мука — 200 г", "Mąka – 500 g".
_NAME_DASH_QUANTITY_RE = re.compile(r"\S\s+[–—-]\s*(?:\d|[½¼¾⅓⅔⅛])")


# A line that announces a list ("What you'll need:", "Sie brauchen:", "Ce qu'il vous faut :") has at most
# this many words; an item under it at most this many (a thing to buy or to do, not a headline).
LIST_ANNOUNCEMENT_MAX_WORDS = 8
ANNOUNCED_ITEM_MAX_WORDS = 10
# A line that announces the list under it with words instead of a colon, its full stop or none after them: "주요
# 내용은 다음과 같다.", "내용은 아래와 같습니다.", "主な内容は以下の通り。", "次のとおりです。", "主要内容如下。", "The
# changes are as follows.", "wie folgt.", "comme suit.", "como sigue.", "come segue.", "als volgt.", "jak następuje.",
# "da seguinte forma.", "следующим образом.", "enligt följande.".
_ANNOUNCES_BY_WORDS_RE = re.compile(
    r"(?:(?:다음과|아래와)\s*같(?:다|습니다|음)|以下の(?:通り|とおり)(?:です)?|次の(?:通り|とおり)(?:です)?|如下|"
    r"\bas\s+follows|\bwie\s+folgt|\bcomme\s+suit|\bcomo\s+sigue|\bcome\s+segue|\bals\s+volgt|"
    r"\bjak\s+następuje|\bda\s+seguinte\s+forma|\bcomo\s+segue|\bследующим\s+образом|\benligt\s+följande)\s*[.。]?$",
    re.IGNORECASE,
)
# The last letters of each phrase of _ANNOUNCES_BY_WORDS_RE, and what the regex's case folding equates to them:
# a cheap gate before the search. The search is unanchored and the regex has no literal prefix, so it tries every
# position of the line; run on every sentence that ends in a full stop (as a gate on the last character let it),
# it cost about 5% of the pipeline. tests/test_boilerplate_prefilters.py proves the gate against the regex.
_ANNOUNCING_PHRASE_ENDS = ("같다", "습니다", "같음", "の通り", "とおり", "りです", "如下",
                           "ows", "lgt", "uit", "gue", "uje", "rma", "зом", "nde")


def _case_variants(phrase: str) -> set[str]:
    """Every spelling of `phrase` that re.IGNORECASE matches (upper and lower case, and
    patterns.IGNORECASE_EXTRA_FOLDS)."""
    variants = {""}
    for ch in phrase:
        forms = {ch, ch.upper(), ch.lower(), *patterns.IGNORECASE_EXTRA_FOLDS.get(ch, "")}
        variants = {v + f for v in variants for f in forms if len(f) == 1}
    return variants


_ANNOUNCING_ENDS = frozenset(v for end in _ANNOUNCING_PHRASE_ENDS for v in _case_variants(end))


def _may_announce_by_words(text: str) -> bool:
    """The line can end with one of _ANNOUNCES_BY_WORDS_RE's phrases: after its trailing white space and one full
    stop (the regex's "\\s*[.。]?$"; "$" may also stand before a final newline, which rstrip takes too), its last
    letters are a phrase's last letters."""
    t = text.rstrip()
    if t[-1:] in ".。":
        t = t[:-1].rstrip()
    return t[-3:] in _ANNOUNCING_ENDS or t[-2:] in _ANNOUNCING_ENDS


def _announces(text: str) -> bool:
    """The line ends as an announcement of the list under it: a colon, or the words of one (_ANNOUNCES_BY_WORDS_RE)."""
    return text.endswith((":", "：")) or (
        _may_announce_by_words(text) and _ANNOUNCES_BY_WORDS_RE.search(text) is not None
    )


@cython.ccall  # (sandwich_discount calls it in C for every line of a gap)
@cython.locals(notes=dict)
def _list_announcement(line: Line, f: LineFeatures) -> cython.bint:
    """A short line of the article that ends with a colon: it announces the list under it. (A heading over
    other stories, "Related:", carries the list-heading rule: no announcement of the article's.)"""
    notes = line.notes
    return (
        f.words <= LIST_ANNOUNCEMENT_MAX_WORDS and _announces(line.text.rstrip())
        and not notes.get("furniture") and not notes.get("hard_break")
    )


ANNOUNCING_SENTENCE_MAX_WORDS = 20  # a paragraph of one sentence that ends with a colon over the list it announces


def _announcing_sentence(line: Line, f: LineFeatures) -> bool:
    """A paragraph that is one sentence ending with a colon ("The ministry also published the list of things a
    first-grader will need:"): it announces the list under it, as a short line with a colon does
    (_list_announcement, which a paragraph is too long for). One sentence: no sentence end inside it."""
    text = line.text.rstrip()
    if f.words > ANNOUNCING_SENTENCE_MAX_WORDS or not _announces(text) or line.notes.get("furniture"):
        return False
    return _INNER_SENTENCE_END_RE.search(text.rstrip(".。")) is None


_INNER_SENTENCE_END_RE = re.compile(r"[.!?。！？](?:\s|$)")
# An item of a list a sentence announces has this many words at most ("a school bag", "notebooks"): a longer line
# under a sentence is a headline ("Before you go, here are the stories our readers are talking about:" over
# "Ferry company announces winter timetable").
SENTENCE_ITEM_MAX_WORDS = 4


def _announced_limit(line: Line, f: LineFeatures) -> int:
    """The words an item of the list that line announces has at most: ANNOUNCED_ITEM_MAX_WORDS under a short
    line with a colon (_list_announcement), SENTENCE_ITEM_MAX_WORDS under a sentence (_announcing_sentence), 0
    under any other line (no list announced)."""
    if _list_announcement(line, f):
        return ANNOUNCED_ITEM_MAX_WORDS
    if _announcing_sentence(line, f):
        return SENTENCE_ITEM_MAX_WORDS
    return 0


def _item_shaped(line: Line, f: LineFeatures) -> bool:
    """The line may be an item of a list: short, no paragraph, no line rule, in no list of other stories."""
    notes = line.notes
    return (
        f.cls != GOOD and 1 <= f.words <= ANNOUNCED_ITEM_MAX_WORDS
        and not notes.get("furniture") and not notes.get("hard_break") and not notes.get("in_list")
    )


def _announced_item(line: Line, f: LineFeatures) -> bool:
    """A line under a list announcement is an item of that list: item-shaped and no headline in title case
    (a list of other stories under a colon heading the rules do not know)."""
    return _item_shaped(line, f) and not _title_cased(line.text)


# Headings of a summary list between the byline and the first paragraph ("Key points", "Das Wichtigste in Kürze").
KEY_POINTS_LABELS = frozenset([
    "highlights", "key points", "key takeaways", "takeaways", "in brief", "at a glance", "summary", "tl;dr",
    "the big picture", "what you need to know", "das wichtigste in kürze", "das wichtigste", "auf einen blick",
    "in kürze", "en bref", "l'essentiel", "à retenir", "points clés", "en resumen", "claves", "puntos clave",
    "lo más importante", "em resumo", "destaques", "pontos-chave", "in breve", "punti chiave", "in het kort",
    "kort samengevat", "коротко", "главное", "要点", "ポイント", "この記事のポイント", "重点", "要點", "摘要",
    "핵심 요약", "요약",
])
LEAD_LIST_MIN_ITEMS, LEAD_LIST_MAX_ITEMS = 2, 12  # items of a summary list over the first paragraph
# An item of a colon-announced list over the article has this many words, or CJK characters (no menu link).
LEAD_ITEM_MIN_WORDS, LEAD_ITEM_MIN_CJK = 3, 6


def _key_points_label(text: str) -> bool:
    """The line is a key-points label ("Highlights", "Das Wichtigste in Kürze:", "要点"), colon or not."""
    return _label_key(text) in KEY_POINTS_LABELS


def _lead_list_heading(line: Line, f: LineFeatures) -> bool:
    """The line heads a summary list over the article: a key-points label ("Highlights", "要点") or a short
    line of the article that ends with a colon. (A "Trending" or "Related" heading carries a line rule.)"""
    return _list_announcement(line, f) or (
        _key_points_label(line.text) and not line.notes.get("furniture") and not line.notes.get("hard_break")
    )


def _lead_list_item(line: Line, f: LineFeatures, labelled: bool) -> bool:
    """The line may be an item of a summary list over the article. Under a key-points label any item-shaped
    line (German nouns are capitalized: "Ab Juli 2,45 Euro je Kubikmeter" is no headline); under a colon an
    announced item that reads as a phrase, not a menu link: several words, CJK text or a content-like line."""
    if labelled:
        return _item_shaped(line, f)
    return _announced_item(line, f) and (f.words >= LEAD_ITEM_MIN_WORDS or f.cjk >= LEAD_ITEM_MIN_CJK or content_like(line.text, f))


# The edit link of a wiki section on a line of its own under the heading ("编辑", "[edit]", "Bearbeiten").
_EDIT_LINK_WORDS = patterns.EDIT_LINK_WORDS
EDIT_LINK_MIN = 2  # bare edit words under this many headings of the page (a bracketed one counts alone)
_EDIT_LINK_RULE = ("edit-link", "edit link of a wiki section heading")


# The lines an edit link shows as: each word as written, capitalized or in title case, bare or in brackets
# (one set look-up per line).
_EDIT_LINK_LINES = frozenset(
    form
    for word in _EDIT_LINK_WORDS
    for v in {word, word.capitalize(), word.title()}
    for form in (v, f"[{v}]", f"［{v}］", f"【{v}】", f"[ {v} ]")
)


# The heading of a sign-up box that names what it sends: "Breaking News Emails", "Daily Newsletter", "E-mail
# alerts", "Infolettre", "Boletines": a few words ending in the noun, no sentence.
_SIGNUP_HEAD_RE = re.compile(
    r"^(?:[\w'’&.-]+\s+){0,4}(?:e-?mails?|newsletters?|(?:e-?mail|news|text)\s+alerts|infolettres?|boletin(?:es)?|"
    r"boletín|rundbriefe?)$",
    re.IGNORECASE,
)
_SIGNUP_BUTTON_RULES = ("promo", "newsletter")
_SIGNUP_BLURB_RULE = ("newsletter", "blurb of a newsletter sign-up box, between the box's heading and its button")
_SIGNUP_HEAD_RULE = ("newsletter", "heading of a newsletter sign-up box, over its blurb and button")
SIGNUP_BLURB_MIN_WORDS = 5  # a sentence, not the next menu item under a "Newsletters" link
# A link to more ("Click here", "Learn more", "Find out more"): under an article's section ("The Leaked Emails" /
# its paragraph / "Click here") it leads to the documents; a log-in link or a how-to's next step ("Text alerts" /
# its paragraph / "Get started") is no sign-up either. A sign-up box's button asks for the sign-up itself.
_SIGNUP_NOT_BUTTON_RE = re.compile(
    r"^\W*(?:click|tap|learn|read|find out|see|view|show|load|discover|en savoir|lire|mehr|weiter|leer|seguir|"
    r"saiba|continue|continua|lees|läs|czytaj|clique|cliquez|haga|haz|pulse|klicken|sign in|log ?in|get started|"
    r"se connecter|connexion|iniciar sesión|inloggen|logga in|zaloguj)\b",
    re.IGNORECASE,
)
SIGNUP_BLURB_MAX_WORDS = 40
_SIGNUP_FIELD_BLURB_RULE = ("newsletter", "blurb of a newsletter sign-up box, over the box's e-mail field")
# What a sign-up box sends, named in its blurb.
_SIGNUP_SENDS_RE = re.compile(r"newsletter|infolettre|rundbrief|bolet[ií]n|boletim|e-?mails?\b|inbox", re.IGNORECASE)


SIGNUP_ECHOED_HEAD_MAX_WORDS = 8
SIGNUP_ECHOED_BLURB_MIN_WORDS = 3


def _button_echoed(head: Line, f: LineFeatures, button: str) -> bool:
    """The box's heading is a promo line that opens with its button's words ("Subscribe to Field Notes" over
    "Subscribe", "Abonnez-vous à la lettre" over "Abonnez-vous"): a box told by its heading and button, whatever
    its blurb says."""
    rule = head.notes.get("furniture")
    if rule is None or rule[0] != "promo" or f.words > SIGNUP_ECHOED_HEAD_MAX_WORDS or f.terminal:
        return False
    words = button.split()
    if not words or words[0][:1].isdigit():
        return False
    heading = head.text.split()
    return len(heading) > len(words) and [w.casefold() for w in heading[: len(words)]] == [w.casefold() for w in words]


# The heading of a publisher's note on how it writes and checks its articles, under or over the article: "How we
# reviewed this article:", "Our editorial process", "Why you can trust us", "Unser redaktioneller Prozess", "Notre
# processus éditorial", "Nuestro proceso editorial", "Nosso processo editorial".
_EDITORIAL_NOTE_HEAD_RE = re.compile(
    r"^(?:how\s+we\s+(?:reviewed|fact-checked|checked)\s+this\s+(?:article|story|page|guide)|"
    r"(?:our\s+)?editorial\s+(?:process|standards|guidelines|policy)|why\s+(?:you\s+can\s+)?trust\s+us|"
    r"(?:unser(?:e)?\s+)?redaktionelle[rn]?\s+(?:prozess|richtlinien|grundsätze|standards)|"
    r"(?:notre\s+)?(?:processus|charte)\s+éditorial(?:e)?|(?:nuestro\s+)?proceso\s+editorial|"
    r"(?:nosso\s+)?processo\s+editorial|(?:il\s+nostro\s+)?processo\s+editoriale)\s*[:?]?$",
    re.IGNORECASE,
)
_EDITORIAL_NOTE_INITIALS = "hoewurnpciHOEWURNPCI"  # the first letters of the heading's alternatives
# What every line the heading's pattern matches has, once stripped (_may_be_editorial_head tests it before the regex):
# at least _EDITORIAL_NOTE_MIN_CHARS characters ("why trust us"), and a last character that ends one of its phrases
# ("article", "story", "process", "richtlinien", "éditorial", in either case; "ſ" is re.IGNORECASE's other "s") or is
# its colon or question mark (no whitespace: the line is stripped). tests/test_perf_gates_y.py reads both off the
# parsed pattern.
_EDITORIAL_NOTE_MIN_CHARS = 12
_EDITORIAL_NOTE_LAST = "eEyYsSſnNlL:?"
_EDITORIAL_NOTE_RULE = ("editorial-note", "the publisher's note on how it writes and checks its articles")
EDITORIAL_NOTE_MAX_WORDS = 60
EDITORIAL_NOTE_NEXT_PARAGRAPH_WORDS = 25  # a paragraph under the next heading: the article goes on
EDITORIAL_NOTE_LOOKAHEAD = 4  # lines after the note searched for it (a heading, a short line, the paragraph)


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, lo=cython.Py_ssize_t, hi=cython.Py_ssize_t, c=cython.Py_UCS4)
def _may_be_editorial_head(text: str) -> cython.bint:
    """The line, stripped, may match _EDITORIAL_NOTE_HEAD_RE: its first character one of _EDITORIAL_NOTE_INITIALS,
    its last one of _EDITORIAL_NOTE_LAST, and no shorter than _EDITORIAL_NOTE_MIN_CHARS; read in place, no strip
    (str.strip's whitespace is str.isspace's, a typed character's isspace). The sets spelled out as literals: a
    compiled test of a typed character against a literal is a C switch (tests/test_perf_gates_y.py holds each
    literal to its name on every code point)."""
    n = len(text)
    lo = 0
    while lo < n and text[lo].isspace():
        lo += 1
    if lo == n:
        return False
    hi = n - 1
    while text[hi].isspace():
        hi -= 1
    if hi - lo + 1 < 12:  # _EDITORIAL_NOTE_MIN_CHARS
        return False
    c = text[lo]
    if c not in "CEHINOPRUWcehinopruw":  # _EDITORIAL_NOTE_INITIALS
        return False
    c = text[hi]
    return c in ":?ELNSYelnsyſ"  # _EDITORIAL_NOTE_LAST


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, f=LineFeatures, text=str)  # (typed: the loop runs over every line)
def mark_editorial_notes(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A publisher's editorial-process note: its heading (_EDITORIAL_NOTE_HEAD_RE) and the one sentence or short
    paragraph under it ("Our experts continually monitor the health and wellness space, and we update our articles
    when new information becomes available."), when a heading, a short line or the page's end follows it: a
    paragraph the lists know no phrase of, the same on every article of the site. A section the article heads so
    and goes on with several paragraphs is the article's own."""
    n = len(lines)
    for i in range(n - 1):
        f = feats[i]
        if f.words > 8:  # before the strip: most lines are longer than a heading
            continue
        text = lines[i].text
        if not _may_be_editorial_head(text):  # (its first and last characters and its length: no strip, no regex)
            continue
        if not _EDITORIAL_NOTE_HEAD_RE.match(text.strip()):
            continue
        note, fn = lines[i + 1], feats[i + 1]
        if note.notes.get("furniture") or note.notes.get("hard_break") or fn.words > EDITORIAL_NOTE_MAX_WORDS:
            continue
        if not fn.terminal or (i + 2 < n and feats[i + 2].cls == GOOD):
            continue
        # (A section of the article's under a heading of these words goes on: its next heading over a paragraph,
        # "Why trust us?" / one paragraph / "Next steps" / a paragraph, a short line maybe between them. The note
        # closes the article, over its sources or the page's widgets.)
        if any(
            feats[k].cls == GOOD and feats[k].words >= EDITORIAL_NOTE_NEXT_PARAGRAPH_WORDS
            for k in range(i + 3, min(n, i + 2 + EDITORIAL_NOTE_LOOKAHEAD))
        ):
            continue
        if not lines[i].notes.get("furniture"):
            lines[i].notes["furniture"] = _EDITORIAL_NOTE_RULE
        note.notes["furniture"] = _EDITORIAL_NOTE_RULE


# The link text of a blog-ranking banner ("国内旅行ランキング", "にほんブログ村", "人気ブログランキング", "블로그 랭킹"):
# a short line that ends with the ranking's word.
_RANKING_LINK_RE = re.compile(r"^.{0,20}(?:ランキング|ブログ村|ランキングへ|排行榜|랭킹)$")
RANKING_LINK_MAX_CJK = 20


def mark_ranking_links(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A blog-ranking banner's link under the blogger's plea to click it ("ブログランキングに参加しています。" /
    "ポチッと応援していただけるとうれしいです♪" / "▼ ▼ ▼" / "国内旅行ランキング"): the plea is a promo line, the
    arrows a separator, and the link a short heading-shaped line that ends with the ranking's word; right under
    the plea (separators between), it is the banner's, no heading of the post. The block is made transparent by
    newsletter_boxes_transparent when the post goes on under it."""
    for i in range(1, len(lines)):
        f = feats[i]
        if f.cjk == 0 or f.cjk > RANKING_LINK_MAX_CJK or f.terminal or lines[i].notes.get("furniture"):
            continue
        if not _RANKING_LINK_RE.match(lines[i].text.strip()):
            continue
        k = i - 1
        while k >= 0 and lines[k].notes.get("furniture") is not None and lines[k].notes["furniture"][0] == "separator":
            k -= 1
        rule = lines[k].notes.get("furniture") if k >= 0 else None
        if rule is not None and rule[0] == "promo":
            lines[i].notes["furniture"] = _RANKING_LINK_RULE


_RANKING_LINK_RULE = ("promo", "link of a blog-ranking banner under the blogger's plea to click it")


# A link to another article set between two paragraphs as a headline in capitals ("FORMER CEO SUES BOARD OVER
# MERGER, SAYS HE WAS MISLED", "LA RÉGION ANNONCE DES AIDES POUR LES COMMERCES DE PROXIMITÉ"): this many words at
# least and no sentence end. An article's own subheading in capitals is shorter ("WHAT YOU NEED TO KNOW", "LO QUE
# DICEN LOS VECINOS"); a shouted sentence or a legal notice in capitals ends with its full stop.
CAPS_LINK_MIN_WORDS = 8
CAPS_LINK_MAX_WORDS = 30
CAPS_LINK_PROBE = 8  # characters of the line's start tested in capitals first (the cheap test)
CAPS_LINK_LABEL_WORDS = 2  # a label's words between the headline and a paragraph ("Video", "Foto")
CAPS_LINK_PARAGRAPH_WORDS = 25  # a neighbour this long is a paragraph without its sentence end
CAPS_LINK_MAX_LOWER = 0.1  # share of its cased letters a capitals headline may hold in lower case ("AMAs", "McDONALD")
# Such links come in a series down the article; a lone long line in capitals between two paragraphs is as often the
# article's own: a contract clause or a drug warning quoted, an inscription, a placard, a long subheading.
CAPS_LINK_MIN_SERIES = 2
_CAPS_LINK_QUOTES = "\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a"  # a quoted slogan, a post
_CAPS_LINK_RULE = ("read-also", "headline in capitals between two paragraphs: a link to another article")


@cython.locals(lower=cython.Py_ssize_t, cased=cython.Py_ssize_t, c=cython.Py_UCS4)
def _caps_headline(text: str, f: LineFeatures) -> cython.bint:
    """The line is a headline in capitals (see CAPS_LINK_MIN_WORDS): no sentence end, no CJK, and at most
    CAPS_LINK_MAX_LOWER of its cased letters in lower case."""
    if f.terminal or f.cjk or not CAPS_LINK_MIN_WORDS <= f.words <= CAPS_LINK_MAX_WORDS:
        return False
    head = text[:CAPS_LINK_PROBE]
    if head.upper() != head or head.lower() == head:
        return False
    lower = cased = 0
    for c in text:
        if c.islower():
            lower += 1
            cased += 1
        elif c.isupper():
            cased += 1
    return cased > 0 and lower <= CAPS_LINK_MAX_LOWER * cased


def _prose_side(lines: list[Line], feats: list[LineFeatures], i: int, step: int) -> bool:
    """The nearest line from i on in direction `step` that no line rule took, past one label of a few words
    (CAPS_LINK_LABEL_WORDS: a clip's "Video" over the link), is a paragraph of the article in mixed case: a prose
    line closed by a sentence end, or one of CAPS_LINK_PARAGRAPH_WORDS words (a paragraph the dump cut short)."""
    n = len(lines)
    k = i + step
    labels = 0
    while 0 <= k < n:
        if not lines[k].notes.get("furniture"):
            if labels or feats[k].words > CAPS_LINK_LABEL_WORDS or feats[k].terminal:
                break
            labels += 1
        k += step
    if not 0 <= k < n:
        return False
    f = feats[k]
    text = lines[k].text
    return (
        f.cls in _PROSE_CLASSES and (f.terminal or f.words >= CAPS_LINK_PARAGRAPH_WORDS) and text.upper() != text
    )


def mark_caps_headline_links(lines: list[Line], feats: list[LineFeatures]) -> list[int]:
    """A headline in capitals between two paragraphs of the article (_caps_headline; other lines that a line rule
    took may stand between): a link to another article the publisher set inside the text. The article around it is
    in mixed case; its own subheadings in capitals are short (CAPS_LINK_MIN_WORDS). Returns the lines marked (the
    run search goes on past them: they stand inside the article)."""
    marked: list[int] = []
    for i in range(1, len(lines) - 1):
        f = feats[i]
        if f.terminal or f.words < CAPS_LINK_MIN_WORDS or lines[i].notes.get("furniture"):
            continue
        text = lines[i].text
        # A quotation in capitals (a slogan, a post) or a labelled notice ("WARNING: ...", "UPDATE: ...") is the
        # article's own.
        if text[0] in _CAPS_LINK_QUOTES or text.split(None, 1)[0][-1] == ":" or not _caps_headline(text, f):
            continue
        if _prose_side(lines, feats, i, -1) and _prose_side(lines, feats, i, 1):
            marked.append(i)
    if len(marked) < CAPS_LINK_MIN_SERIES:
        return []
    for i in marked:
        lines[i].notes["furniture"] = _CAPS_LINK_RULE
    return marked


SIGNUP_FIELD_MAX_WORDS = 4  # words of a sign-up box's e-mail field ("Enter your email address")
SIGNUP_BUTTON_MAX_WORDS = 3


def _signup_button(line: Line, f: LineFeatures) -> bool:
    """A sign-up box's button: a bare call to action (a promo or newsletter line of at most SIGNUP_BUTTON_MAX_WORDS
    words) that is no link to more or log-in link (_SIGNUP_NOT_BUTTON_RE)."""
    rule = line.notes.get("furniture")
    if rule is None or rule[0] not in _SIGNUP_BUTTON_RULES or f.words > SIGNUP_BUTTON_MAX_WORDS:
        return False
    return _SIGNUP_NOT_BUTTON_RE.match(line.text) is None


_SIGNUP_FORM_BUTTON_RULE = ("newsletter", "button of a newsletter sign-up form, between its e-mail field and its consent line")


@cython.locals(i=cython.Py_ssize_t, f=LineFeatures)
def mark_signup_form_buttons(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A word or two that no list knows ("S'inscrire", "Los geht's") between a sign-up form's e-mail field and its
    consent line ("newsletter" lines right over and right under it) is the form's button."""
    for i in range(1, len(lines) - 1):
        f = feats[i]
        if f.words > SIGNUP_BUTTON_MAX_WORDS or f.terminal or lines[i].notes.get("furniture") is not None:
            continue
        above = lines[i - 1].notes.get("furniture")
        if above is None or above[0] != "newsletter" or feats[i - 1].words > SIGNUP_FIELD_MAX_WORDS:
            continue
        below = lines[i + 1].notes.get("furniture")
        if below is None or below[0] != "newsletter" or lines[i].notes.get("hard_break"):
            continue
        lines[i].notes["furniture"] = _SIGNUP_FORM_BUTTON_RULE


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, line=Line)
def mark_signup_blurbs(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A sign-up box set in the article's head or body: heading, blurb, button ("Breaking News Emails" / "The news
    that matters, delivered weekday mornings." / "SUBSCRIBE").

    A blurb that names no inbox nor e-mail is a sentence like the article's, and the box sits inside the main
    run, so nothing else removes it. Only the three lines together: a short heading ending in what the box sends
    (_SIGNUP_HEAD_RE), one line of SIGNUP_BLURB_MIN_WORDS to SIGNUP_BLURB_MAX_WORDS words, and a button (a bare call to action of
    at most three words) right under it or under the box's e-mail field under it; a paragraph over a lone
    "Subscribe" button stays.
    """
    n = len(lines)
    for i in range(1, n - 1):
        # (the button right under the blurb, or under the box's e-mail field under it: "Enter your email address", a
        # short line the "newsletter" rule removes; most lines under a line are no furniture, ruled out first)
        line = lines[i + 1]
        rule = line.notes.get("furniture")
        if rule is None:
            continue
        j = i + 1
        if rule[0] == "newsletter" and i + 2 < n and feats[i + 1].words <= SIGNUP_FIELD_MAX_WORDS:
            j = i + 2
            rule = lines[j].notes.get("furniture")
        if rule is None or not _signup_button(lines[j], feats[j]):
            continue
        head = lines[i - 1]
        # (or a promo heading that opens with the button's call to action: "Subscribe to <newsletter>" over a
        # short blurb, "Thousands of paid subscribers", and its "Subscribe" button)
        echoed = _button_echoed(head, feats[i - 1], lines[j].text)
        if not echoed and (
            feats[i - 1].words > 5 or feats[i - 1].terminal or not _SIGNUP_HEAD_RE.match(head.text.strip())
        ):
            continue
        blurb = lines[i]
        if not (SIGNUP_ECHOED_BLURB_MIN_WORDS if echoed else SIGNUP_BLURB_MIN_WORDS) <= feats[i].words <= SIGNUP_BLURB_MAX_WORDS:
            continue
        if blurb.notes.get("furniture") or blurb.notes.get("hard_break"):
            continue
        blurb.notes["furniture"] = _SIGNUP_BLURB_RULE
        if not head.notes.get("furniture"):
            head.notes["furniture"] = _SIGNUP_HEAD_RULE
    # A box without a heading: its blurb right over its e-mail field ("Liked this tutorial? Subscribe to our
    # newsletter and get a new one every week." / "Your email" / "Subscribe"), a call to subscribe that names what
    # it sends, over a short line of the box.
    for i in range(n - 1):
        line = lines[i + 1]
        rule = line.notes.get("furniture")
        if rule is None or rule[0] != "newsletter" or feats[i + 1].words > 3:
            continue
        blurb = lines[i]
        if blurb.notes.get("furniture") or blurb.notes.get("hard_break"):
            continue
        if not SIGNUP_BLURB_MIN_WORDS <= feats[i].words <= SIGNUP_BLURB_MAX_WORDS:
            continue
        if _SIGNUP_SENDS_RE.search(blurb.text) and _CTA.regex.search(blurb.text):
            blurb.notes["furniture"] = _SIGNUP_FIELD_BLURB_RULE


# The fine print under a sign-up box's button: a label naming the reader's privacy ("Privacy Notice: Newsletters may
# contain info about charities ...", "Datenschutz: ..."), a link to the privacy policy or the way to unsubscribe
# ("We respect your privacy. Read our privacy policy.", "Vous pouvez vous désabonner à tout moment."), in the
# languages the lists cover. Only right under a button of a box whose e-mail field (a "newsletter" line) sits over
# the button: under a box told so, a line naming the reader's privacy is the box's.
_FINE_PRINT_LABEL_WORDS = (
    "privacy", "datenschutz", "confidentialité", "données personnelles", "privacidad", "privacidade", "riservatezza",
    "конфиденциальн", "персональн", "プライバシー", "個人情報", "隐私", "隱私", "개인정보",
)
_FINE_PRINT_ANYWHERE = (
    "privacy policy", "privacy notice", "privacy statement", "datenschutzerklärung", "datenschutzhinweis",
    "politique de confidentialité", "política de privacidad", "política de privacidade", "informativa sulla privacy",
    "informativa privacy", "privacybeleid", "privacyverklaring", "конфиденциальности", "プライバシーポリシー", "隐私政策",
    "隱私權政策", "隱私政策", "개인정보 처리방침", "개인정보처리방침",
    "unsubscribe", "opt out", "opt-out", "désabonner", "désinscrire", "abmelden", "abbestellen", "darte de baja",
    "darse de baja", "cancelar la suscripción", "descadastrar", "cancelar a inscrição", "disiscriver", "uitschrijven",
    "afmelden", "отписаться",
    # what the site does with the address ("We will use your email address only for ...", "Wir verwenden Ihre
    # E-Mail-Adresse nur ...") and unsubscribing in more languages ("Możesz zrezygnować w każdej chwili")
    "email address", "e-mail address", "e-mail-adresse", "adresse e-mail", "adresse mail", "adresse électronique",
    "correo electrónico", "endereço de e-mail", "endereço de email", "indirizzo email", "indirizzo e-mail",
    "e-mailadres", "adres e-mail", "e-postadress", "cancelar a assinatura", "zrezygnować", "wypisać się",
    "polityką prywatności", "polityka prywatności", "avsluta prenumerationen", "avsluta din prenumeration",
    "avregistrera", "integritetspolicy", "配信停止", "退订", "退訂", "取消订阅", "구독 취소", "구독취소", "수신 거부", "수신거부",
)
# The fine print speaks to the reader, or for the site ("You can unsubscribe at any time", "Lesen Sie unsere
# Datenschutzerklärung", "Vous pouvez vous désabonner", "nuestra política de privacidad", "配信停止はいつでも可能です"):
# an article's paragraph under the box names a company's policy or its users' opting out in the third person
# (Portuguese "seu"/"sua" are no cue: they are "its" and "their" as often as "your").
_FINE_PRINT_READER_RE = re.compile(
    r"\b(?:you|your|we|our|us|(?-i:Sie|Ihnen|Ihre?[mnrs]?)|wir|uns(?:ere?[mnrs]?)?|du|dich|dir|dein(?:e[mnrs]?)?|"
    r"vous|votre|vos|nous|notre|nos|tu|te|tus|usted(?:es)?|nuestr[oa]s?|darte|você|vocês|noss[oa]s?|tuoi|tua|tuo|"
    r"vostr[oaie]|noi|nostr[oaie]|disiscriverti|u|uw|je|jouw|wij|onze|ons|вы|вас|вам|ваш\w*|мы|нас|наш\w*|"
    r"możesz|twój|twoj\w*|nasz\w*|dig|din|ditt|dina|vi|vår|våra)\b"
    r"|您|你|我们|我們|本站|あなた|お客様|当社|弊社|ください|(?:ます|です)。?$|귀하|회원님|저희|당사|(?:습니다|세요)\.?$",
    re.IGNORECASE,
)
SIGNUP_FINE_PRINT_MAX_WORDS = 40
SIGNUP_FINE_PRINT_MAX_LINES = 4  # lines of fine print (and consent) under the button
FINE_PRINT_LABEL_MAX_CHARS = 30  # "Privacy Notice:", "Hinweis zum Datenschutz:": the label before the colon
_SIGNUP_FINE_PRINT_RULE = ("newsletter", "fine print under a newsletter sign-up box's button (privacy, unsubscribing)")


def _fine_print(text: str) -> bool:
    """The line names the reader's privacy or the way to unsubscribe: a label with a privacy word before a colon
    ("Privacy Notice: ..."), or a policy's or unsubscribing's words anywhere in a line that speaks to the reader
    (_FINE_PRINT_READER_RE: "The company changed its privacy policy" under the box is the article's)."""
    low = text.casefold()
    colon = low.find(":", 0, FINE_PRINT_LABEL_MAX_CHARS + 1)
    if colon < 0:
        colon = low.find("：", 0, FINE_PRINT_LABEL_MAX_CHARS + 1)
    if colon > 0:
        label = low[:colon]
        for word in _FINE_PRINT_LABEL_WORDS:
            if word in label:
                return True
    return any(phrase in low for phrase in _FINE_PRINT_ANYWHERE) and _FINE_PRINT_READER_RE.search(text) is not None


# An audio player's label over the clip's length ("Listen to this article" over "2 min"), and a video player's play
# button over the clip's title and length ("Play Video" / "<title>" / "01:32").
_LISTEN_LABEL_RE = re.compile(
    r"^[\W_]*(?:listen(?:\s+(?:now|to\s+(?:this|the)\s+(?:article|story|episode|podcast)))?|audio(?:\s+version)?"
    r"|artikel\s+anhören|écouter\s+(?:cet\s+|l['’])article|escuchar\s+(?:este\s+)?(?:artículo|noticia)"
    r"|ouvir\s+(?:este\s+)?(?:artigo|texto)|ascolta\s+(?:l['’]articolo|questo\s+articolo))[\s:.]*$",
    re.IGNORECASE,
)
_CLIP_LENGTH_RE = re.compile(
    r"\d{1,3}\s*(?:min|mins|minutes?|m|sec|secs|seconds?|s|minuten|minutos|minuti|分钟|分鐘|分)\.?(?:\s+(?:listen|read))?",
    re.IGNORECASE,
)
CLIP_TITLE_MAX_WORDS = 14
_CLIP_LINE_RULE = ("media-placeholder", "title or length of a clip under its player's label ('2 min' under 'Listen to this article')")


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, line=Line, below=Line, rule=object, text=str)
def mark_player_boxes(lines: list[Line], feats: list[LineFeatures]) -> None:
    """The clip's length under an audio player's label, and the clip's title between a play button and its length:
    the player's box, set down between two paragraphs, goes with its label. Alone, "2 min" or a headline-shaped
    line is nothing a rule can tell; under the label it is the player's. (A typed loop: it reads every line.)"""
    n = len(lines)
    for i in range(n - 1):
        line = lines[i]
        rule = line.notes.get("furniture")
        if rule is None:
            continue
        below = lines[i + 1]
        if below.notes.get("furniture") is not None:
            continue
        text = line.text
        clip_length = _CLIP_LENGTH_RE.fullmatch(below.text.strip()) is not None and _LISTEN_LABEL_RE.match(text) is not None
        clip_title = (
            not clip_length and rule[0] == "media-placeholder" and i + 2 < n
            and _MEDIA_PLAY_BUTTON_RE.match(text) is not None
            and 0 < feats[i + 1].words <= CLIP_TITLE_MAX_WORDS and not feats[i + 1].terminal
            and (lines[i + 2].notes.get("furniture") or ("",))[0] == "timestamp"
        )
        if clip_length or clip_title:
            below.notes["furniture"] = _CLIP_LINE_RULE


_MEDIA_PLAY_BUTTON_RE = re.compile(r"^[\W_]*(?:click\s+to\s+)?play\s+(?:the\s+)?video|^[\W_]*(?:点击|點擊)?播放", re.IGNORECASE)


@cython.locals(n=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t)
def mark_signup_fine_print(lines: list[Line], feats: list[LineFeatures]) -> None:
    """The fine print right under a newsletter sign-up box's button ("Enter your email address" / "Sign up" /
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside
    parties."): no consent phrase the form's list knows ("By subscribing you agree ..."), but a line naming the
    reader's privacy or the way to unsubscribe (_fine_print) under a button (at most three words, a promo or
    newsletter line) that has the box's e-mail field or blurb (a "newsletter" line) within two lines over it.
    The fine print goes on over a few lines ("We will use your email address only for ..." / "By signing up you
    agree ..." / "You can unsubscribe at any time."): each line under the button that is fine print too, or the
    box's consent line (a "newsletter" line), is the box's, up to SIGNUP_FINE_PRINT_MAX_LINES."""
    n = len(lines)
    for j in range(1, n - 1):
        # (_signup_button asks for a furniture rule: most lines have none, passed over without the call)
        own = lines[j].notes.get("furniture")
        if own is None:
            continue
        # The form's consent line ("By signing up you agree ...", "En vous inscrivant, vous acceptez ...") starts
        # the fine print as the button does.
        box = own[0] == "newsletter" and own is not _SIGNUP_FINE_PRINT_RULE
        if not box:
            if feats[j].words > SIGNUP_BUTTON_MAX_WORDS or not _signup_button(lines[j], feats[j]):
                continue
            for k in range(max(0, j - 2), j):
                above = lines[k].notes.get("furniture")
                if above is not None and above[0] == "newsletter":
                    box = True
            if not box:
                continue
        k = j + 1
        while k < n and k <= j + SIGNUP_FINE_PRINT_MAX_LINES:
            line = lines[k]
            rule = line.notes.get("furniture")
            if rule is not None:
                # (a promotion's line that is fine print: "Wir verwenden Ihre E-Mail-Adresse nur für den Versand
                # unserer Newsletter.")
                if rule[0] == "promo" and feats[k].words <= SIGNUP_FINE_PRINT_MAX_WORDS and _fine_print(line.text):
                    line.notes["furniture"] = _SIGNUP_FINE_PRINT_RULE
                elif rule[0] != "newsletter":
                    break
            elif line.notes.get("hard_break") or feats[k].words > SIGNUP_FINE_PRINT_MAX_WORDS or not _fine_print(line.text):
                break
            else:
                line.notes["furniture"] = _SIGNUP_FINE_PRINT_RULE
            k += 1


# A news agency's licensing link run into the end of a photo's caption ("[1/2] Workers sort cocoa beans ...
# WORLDWIRE/Photographer Name Purchase Licensing Rights"): the link's words close the line, in the languages the
# agencies' sites use.
_LICENSING_LINKS = (
    "purchase licensing rights", "purchase licensing right", "buy licensing rights", "acheter les droits de licence",
    "acheter des droits de licence", "lizenzrechte erwerben", "lizenzrechte kaufen", "nutzungsrechte erwerben",
    "comprar derechos de licencia", "adquirir derechos de licencia", "comprar direitos de licenciamento",
    "adquirir direitos de licenciamento", "acquista i diritti di licenza", "acquista diritti di licenza",
    "licentierechten kopen", "купить лицензионные права", "купить права на использование", "ライセンス権を購入",
    "ライセンスを購入", "购买许可权", "购买授权", "購買授權", "라이선스 권리 구매", "라이선스 구매",
)
# The links' last three characters ("hts", "nce", "ben", "を購入", " 구매"): a line whose end is none of them is passed
# over with one set lookup.
_LICENSING_TAILS = frozenset(link[-3:] for link in _LICENSING_LINKS)
# Every character whose casefolding ends with a link's last character ("s" and "ſ", "ß", "ﬆ"; "е", "入", "매"...):
# a line whose last character is none of them nor a space is passed over before rstrip and casefold. Spelled out
# in mark_licensing_captions for a C switch (tests/test_perf_gates_j.py checks both against all of Unicode).
_LICENSING_LAST_CHARS = "AENOSTaenostßŉſАЕаеẞ入权權매ﬅﬆ"
LICENSING_CAPTION_MAX_WORDS = 80
LICENSING_CAPTION_MIN_WORDS = 6  # words before the link: a caption, not a heading about licensing ("How to ...")
CJK_CHARS_PER_WORD = 2
_LICENSING_CAPTION_RULE = ("image-caption", "photo caption with the agency's licensing link run into its end")


@cython.locals(i=cython.Py_ssize_t, n=cython.Py_ssize_t, text=str, c=cython.Py_UCS4)
def mark_licensing_captions(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A photo caption that ends with the agency's licensing link ("... Purchase Licensing Rights", _LICENSING_LINKS):
    a caption of LICENSING_CAPTION_MIN_WORDS words or more before the link, whatever its sentence; the link alone
    on its line is the line rules'. The line's last character is tested first (_LICENSING_LAST_CHARS), then its
    last three (_LICENSING_TAILS)."""
    for i in range(len(lines)):
        text = lines[i].text
        n = len(text)
        if n == 0:
            continue
        c = text[n - 1]
        if c not in "AENOSTaenostßŉſАЕаеẞ入权權매ﬅﬆ" and not c.isspace():  # (_LICENSING_LAST_CHARS)
            continue
        text = text.rstrip()
        if text[-3:].casefold() not in _LICENSING_TAILS:
            continue
        if feats[i].words > LICENSING_CAPTION_MAX_WORDS or lines[i].notes.get("furniture"):
            continue
        tail = text[-40:].casefold()
        for link in _LICENSING_LINKS:
            if tail.endswith(link) and _caption_words(text[: -len(link)]) >= LICENSING_CAPTION_MIN_WORDS:
                lines[i].notes["furniture"] = _LICENSING_CAPTION_RULE
                break


def _caption_words(text: str) -> int:
    """The words of a caption: its spaced words, and in Chinese or Japanese (no spaces) one a CJK_CHARS_PER_WORD
    characters."""
    words = len(text.split())
    if words >= LICENSING_CAPTION_MIN_WORDS:
        return words
    return words + sum(map(len, _CJK_RUN_RE.findall(text))) // CJK_CHARS_PER_WORD


# A forum post's poster card as field rows ("Messages : 37" / "Inscription : 14 avr. 2023" / "Localisation : Pays de
# Retz"): the post count's label, then a number.
_POST_COUNT_LABELS = frozenset((
    "posts", "messages", "beiträge", "mensajes", "mensagens", "messaggi", "berichten", "inlägg", "indlæg", "innlegg",
    "viestit", "hozzászólások", "příspěvky", "príspevky", "posty", "postów", "wpisy", "сообщения", "сообщений",
    "повідомлення", "mesajlar", "mesaj", "bài viết", "帖子", "帖子数", "發文", "发帖", "发帖数", "投稿数", "投稿",
    "게시물", "글", "post count", "total posts", "reacties",
))
CARD_FIELD_MAX_WORDS = 8
CARD_FIELD_LABEL_MAX_WORDS = 3
CARD_FIELDS_MAX_ROWS = 6
_FORUM_CARD_RULE = ("forum-card", "field row of a forum poster's card ('Posts: 412', 'Joined: Mar 2019')")


def _card_field(line: Line, f: LineFeatures) -> str | None:
    """The casefolded label of a short "<label>: <value>" row, or None."""
    if f.words > CARD_FIELD_MAX_WORDS or f.cls == GOOD:
        return None
    text = line.text.strip()
    colon = text.find(":", 1, 32)
    if colon < 0:
        colon = text.find("：", 1, 32)
        if colon < 0:
            return None
    label = text[:colon].strip().casefold()
    if not label or not text[colon + 1 :].strip() or len(label.split()) > CARD_FIELD_LABEL_MAX_WORDS:
        return None
    return label


def _post_count_row(line: Line, f: LineFeatures) -> bool:
    """A card's post count: "<label>: <number>", the label one of _POST_COUNT_LABELS ("Posts: 1,204")."""
    label = _card_field(line, f)
    return label is not None and _post_count_value(line.text, label)


def _post_count_value(text: str, label: str) -> bool:
    """The row of the card field `label` (_card_field) is a post count: the label one of _POST_COUNT_LABELS, a number
    after the colon."""
    if label not in _POST_COUNT_LABELS:
        return False
    value = text.split(":", 1)[1] if ":" in text else text.split("：", 1)[1]
    return value.strip().replace(".", "").replace(",", "").replace(" ", "").isdigit()


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t, f=LineFeatures)
def mark_forum_card_fields(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A forum poster's card as field rows: a run of short "<label>: <value>" rows (at most CARD_FIELDS_MAX_ROWS)
    that holds the post count (_POST_COUNT_LABELS over a number) and the member's join date (metadata's join labels,
    "Joined", "Inscription", with a digit). The rows go ("forum-card", a rule the run search goes over); a facts box holds
    no post count and join date together."""
    n = len(lines)
    # A card holds a post count: a page without one (most pages) is passed over on the C fields first.
    for i in range(n):
        f = feats[i]
        # (a card field has a colon: a line without one is passed over without the call)
        if f.digits > 0 and f.words <= CARD_FIELD_MAX_WORDS and (":" in lines[i].text or "：" in lines[i].text) and (
            _post_count_row(lines[i], f)
        ):
            break
    else:
        return
    i = 0
    while i < n:
        first = _card_field(lines[i], feats[i])
        if first is None:
            i += 1
            continue
        j = i
        count = joined = False
        label = first
        while j < n and j - i < CARD_FIELDS_MAX_ROWS:
            if j > i:  # (row i's label is known)
                label = _card_field(lines[j], feats[j])
                if label is None:
                    break
            text = lines[j].text
            if feats[j].digits > 0 and _post_count_value(text, label):
                count = True
            elif feats[j].digits > 0 and _MEMBER_JOINED_RE.match(text):
                joined = True
            j += 1
        if count and joined:
            for k in range(i, j):
                lines[k].notes.setdefault("furniture", _FORUM_CARD_RULE)
        i = max(j, i + 1)


# An ad's offer: a price from which a period is paid ("ab 9,90 € im Monat", "from $4.99 a month", "à partir de 5 €
# par mois", "desde 9,90 € al mes", "por apenas R$ 19,90 por mês", "vanaf € 5 per maand", "от 990 ₽ в месяц",
# "月額980円から", "每月仅需", "월 9,900원부터"). A price and its period alone are a heading's as often ("Netflix raises
# its plan to $17.99 a month", "Deutschlandticket kostet ab Januar 63 € im Monat"); the offer's "from" is the ad's
# (not a rise's "from ... to").
_OFFER_FROM = (
    r"(?:from|starting\s+at|only|just|ab|schon\s+ab|bereits\s+ab|nur|à\s+partir\s+de|dès|seulement|desde|"
    r"a\s+partir\s+de|por\s+s[oó]lo|s[oó]lo|por\s+apenas|apenas|por\s+só|a\s+partire\s+da|da|a\s+soli|vanaf|"
    r"slechts|voor\s+maar|от|всего(?:\s+за)?|лишь|od|już\s+od|tylko)"
)
_OFFER_PRICE = r"(?:(?:[A-Z]{1,2})?[£$€¥₹₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[£$€¥₹₽]|eur\b|euros?\b|chf\b|zł|kč|руб\.?))"
_OFFER_PRICE_RE = re.compile(
    r"(?<!\w)" + _OFFER_FROM + r"\s+" + _OFFER_PRICE + r"\s*"
    r"(?:a|per|/|im|pro|par|al|por|ao|в|za|na|die)\s*(?:month|monat|mois|mes|mês|mese|maand|месяц|miesiąc|mo|year|yr|"
    r"jahr|an|año|ano|anno|jaar|год|rok|week|wk|woche|semaine|semana|settimana|неделю|tydzień)\b"
    r"(?!\s*(?:to|bis|до)\s)"  # (a price's rise "from $15.49 a month to $17.99" is news)
    r"|(?:月額|毎月|月々)\s?[¥￥]?[\d,]+\s?円?\s?(?:から|～|〜)|[\d,]+\s?円\s?/\s?月\s?(?:から|～|〜)"
    r"|(?:每月|月费|月費)\s?(?:仅需?|僅需?|只需|低至)|[\d,.]+\s?元\s?/\s?月起|월\s?[\d,]+\s?원부터",
    re.IGNORECASE,
)
AD_COPY_MAX_WORDS = 15
_AD_COPY_RULE = ("ad-copy", "copy of an ad under its label ('Anzeige' / 'Jetzt ... ab 9,90 € im Monat sichern')")


# An input field's placeholder in an inline widget: "Enter your ZIP code", "Geben Sie Ihre PLZ ein", "Saisissez
# votre code postal", "Introduce tu código postal", "Digite seu CEP", "Inserisci il CAP", "Voer uw postcode in",
# "Введите индекс", "郵便番号を入力", "请输入邮编", "우편번호 입력". An instruction to the reader with the field's
# object: an article's heading over an ad label ("Choose a reputable builder", "Informe del Banco de España",
# "輸入車の販売が急増" (imports), "입력 2025.03.04" (a Korean date line), "数据输入错误") names no field so.
_FIELD_PLACEHOLDER_RE = re.compile(
    r"^\W*(?:enter|type)\s+(?:your|a|an|the)\s|^\W*(?:select|choose)\s+your\s|^\W*enter\s+(?:zip|post(?:al)?\s*code|e-?mail)"
    r"|^\W*geben\s+sie\s|^\W*gib\s+dein|^\W*wählen\s+sie\s+(?:ihr|ein)"
    r"|^\W*(?:saisissez|entrez|indiquez|sélectionnez)\s+(?:votre|vos|un|une|le|la|les)\s"
    r"|^\W*(?:introduce|ingresa|ingrese|escribe|selecciona)\s+(?:tu|su|el|la|un|una)\s"
    r"|^\W*(?:digite|insira|informe|selecione)\s+(?:seu|sua|o|a|um|uma)\s"
    r"|^\W*(?:inserisci|immetti|seleziona)\s+(?:il|la|lo|l'|un|una|tuo|tua)"
    r"|^\W*(?:voer|vul)\s+(?:uw|je|jouw|een|de|het)\s|^\W*(?:введите|выберите)\s"
    r"|を入力|(?:请|請)(?:输入|輸入)|(?:输入|輸入)(?:您|你)的"
    r"|^\W*(?:输入|輸入)(?:邮编|郵編|邮政编码|郵遞區號|邮箱|郵箱|电子邮件|電子郵件|手机号|手機號|城市|地址)"
    r"|[을를]\s?입력|입력\s?(?:하세요|해\s?주세요|하십시오)|\S\s입력$",
    re.IGNORECASE,
)
AD_WIDGET_MAX_LINES = 4
AD_WIDGET_MIN_LINES = 2  # the field and its button or heading: one short line over a label is a heading as often
AD_WIDGET_LINE_MAX_WORDS = 8
_AD_WIDGET_RULE = ("sponsor-block", "inline ad widget over its label ('Compare rates' / 'Enter your ZIP code' / "
                   "'Get rates' / 'Sponsored')")


# The button of a teaser card for another article, alone on its line: "Read now", "Jetzt lesen", "Lire l'article".
# (A bare "Read more" is a call to action of the line rules already; it also expands an article's own collapsed
# text under its lead, so it takes no card over it.) A link's label ends with no stop and no colon: "Read the story:"
# and "Read the article." are the article's own instruction over the text it introduces (_READ_BUTTON_RE).
READ_BUTTONS = [
    "read now", "read the story", "read story", "read the article", "read article", "read full story",
    "jetzt lesen", "artikel lesen", "zum artikel", "lire maintenant", "lire l'article", "lire l’article",
    "leer ahora", "leer artículo", "leer el artículo", "ler agora", "leia agora", "ler artigo", "ler matéria",
    "leia a matéria", "leggi ora", "leggi l'articolo", "leggi l’articolo", "nu lezen", "lees nu", "lees het artikel",
    "naar het artikel", "czytaj teraz", "przeczytaj teraz", "czytaj artykuł", "przejdź do artykułu", "číst nyní",
    "přečíst článek", "číst článek", "читать сейчас", "читать статью", "перейти к статье", "читати зараз",
    "читати статтю", "перейти до статті", "şimdi oku", "haberi oku", "makaleyi oku", "baca sekarang", "baca artikel",
    "今すぐ読む", "記事を読む", "立即阅读", "立即閱讀", "阅读文章", "閱讀文章", "지금 읽기", "기사 읽기", "기사 보기",
    "اقرأ الآن", "اقرأ المقال", "läs nu", "läs artikeln", "læs nu", "læs artiklen", "les nå", "les artikkelen",
    "les saken", "lue nyt", "lue artikkeli", "citește acum", "citeste acum", "citește articolul", "citeste articolul",
    "olvasd el", "tovább a cikkre", "διαβάστε τώρα", "διάβασε τώρα", "διαβάστε το άρθρο", "đọc ngay", "đọc bài viết",
    "קרא עכשיו", "קראו עכשיו", "לכתבה המלאה", "अभी पढ़ें", "लेख पढ़ें", "čítať teraz", "prečítať článok",
    "čítať článok", "pročitaj sada", "pročitaj članak", "pročitajte članak", "preberi zdaj", "preberite članek",
    "прочетете сега", "прочети статията", "прочетете статията", "llegeix ara", "llegeix l'article", "llegeix l’article",
    "อ่านเลย", "อ่านบทความ", "اکنون بخوانید", "خواندن مقاله", "مطالعه مقاله",
]
_READ_BUTTON_END = r")(?:[^\w.:;。：；．]|_)*$"
_READ_BUTTON_RE = re.compile(r"^[\W_]*(?:" + "|".join(re.escape(b) for b in READ_BUTTONS) + _READ_BUTTON_END, re.IGNORECASE)
# The same by the ASCII letter the buttons open with (either case), each in READ_BUTTONS' order: a button starts at
# the line's first letter or digit (the marks before it are no word characters), and no other ASCII character
# matches a button's first letter under IGNORECASE, so a line whose first letter is ASCII needs only its letter's
# buttons, or none. The engine would try all ~140 of them, one by one, on every short line
# (tests/test_boilerplate_read_button_gate.py).
_READ_BUTTON_BY_INITIAL: dict[str, re.Pattern[str]] = {}
for _initial in sorted({b[0] for b in READ_BUTTONS if b[0].isascii()}):
    _READ_BUTTON_BY_INITIAL[_initial] = _READ_BUTTON_BY_INITIAL[_initial.upper()] = re.compile(
        r"^[\W_]*(?:" + "|".join(re.escape(b) for b in READ_BUTTONS if b[0] == _initial) + _READ_BUTTON_END,
        re.IGNORECASE,
    )
# The characters a button's second letter matches under IGNORECASE, by its first letter (ASCII, either case): a line
# whose first letter opens buttons goes on to their regex only when the character after it can be their second letter
# ("Related", "Reporter": most of those lines fail it; tests/test_perf_gates_w.py checks the sets on every code point).
_READ_BUTTON_SECONDS: dict[str, str] = {}
for _initial in _READ_BUTTON_BY_INITIAL:
    _READ_BUTTON_SECONDS[_initial] = "".join(
        sorted(patterns.ignorecase_forms("".join(b[1] for b in READ_BUTTONS if b[0] == _initial.lower())))
    )
# The characters beyond ASCII that a button's first letter matches under IGNORECASE (the buttons in other scripts,
# and the odd folds of Latin ones: "ſ", "K", "İ"): a line whose first letter beyond ASCII is none of them is no button
# (most of those lines are CJK or Cyrillic text; tests/test_perf_gates_w.py checks the set on every code point).
_READ_BUTTON_FIRSTS = "".join(
    sorted(c for c in patterns.ignorecase_forms("".join(b[0] for b in READ_BUTTONS)) if ord(c) >= 128)
)
READ_BUTTON_MAX_CHARS = 32
CARD_HEADLINE_MAX_WORDS = 16
CARD_BLURB_MAX_WORDS = 40
_READ_BUTTON_RULE = ("read-button", "read button of a teaser card for another article ('Read now', 'Jetzt lesen')")
_READ_BUTTON_CARD_RULE = (
    "inline-card", "teaser card of another article between the paragraphs: its headline, blurb and read button"
)


# A teaser of another article on one line, its headline and blurb with its read button run on after the blurb's last
# sentence ("Pets benefit our mental health A review lists the ways pets comfort people. Read now"): the line ends
# with the button, unpunctuated (furniture_rule). The article's own sentence ends with its stop.
RUN_ON_READ_MIN_WORDS = 5
RUN_ON_READ_MAX_WORDS = 60
_RUN_ON_READ_RULE = ("teaser-card", "teaser of another article with its read button run on ('... Read now')")
_SENTENCE_STOPS = ".!?。！？"


@cython.ccall
@cython.locals(k=cython.Py_ssize_t, n=cython.Py_ssize_t, c=cython.Py_UCS4)
def _run_on_read_button(text: str) -> cython.bint:
    """The line ends with a read button (READ_BUTTONS) right after a sentence's end: "... comfort. Read now"."""
    tail = text[-READ_BUTTON_MAX_CHARS:]
    n = len(tail)
    # The last sentence stop of the tail (the largest of the stops' rfind), read from the end: a C loop, each character
    # tested against the stops written out (_SENTENCE_STOPS: a literal is a C switch; tests/test_perf_gates_f.py).
    k = n - 1
    while k >= 0:
        c = tail[k]
        if c in ".!?。！？":
            break
        k -= 1
    return k >= 0 and k < n - 2 and _read_button(tail[k + 1:])


@cython.ccall  # (mark_read_button_cards asks it of every short line without a rule)
@cython.locals(c=cython.Py_UCS4, i=cython.Py_ssize_t, n=cython.Py_ssize_t)
def _read_button(text: str) -> cython.bint:
    """The line is a read button (_READ_BUTTON_RE), asked of its first letter's buttons alone when that letter is
    ASCII (_READ_BUTTON_BY_INITIAL), and only when the character after it can be their second letter
    (_READ_BUTTON_SECONDS); beyond ASCII, only when it can be a button's first letter (_READ_BUTTON_FIRSTS)."""
    n = len(text)
    for i in range(n):
        c = text[i]
        if c.isalnum():
            if ord(c) < 128:
                pat = _READ_BUTTON_BY_INITIAL.get(c)
                if pat is None or i + 1 >= n or text[i + 1] not in _READ_BUTTON_SECONDS[c]:
                    return False
                return pat.match(text) is not None
            return c in _READ_BUTTON_FIRSTS and _READ_BUTTON_RE.match(text) is not None
    return False  # (no letter: no button)


def _card_headline(line: Line, f: LineFeatures) -> bool:
    """A teaser card's headline: a short line that is no sentence (a question may end it), no line rule."""
    notes = line.notes
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list") or f.words == 0:
        return False
    return f.words <= CARD_HEADLINE_MAX_WORDS and (not f.terminal or line.text.rstrip().endswith(("?", "？")))


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, line=Line, f=LineFeatures, text=str)
def mark_read_button_cards(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A teaser card for another article between the article's paragraphs: a headline, a blurb of a sentence or two
    (or none), and its button alone on the line under them ("Read now", "Jetzt lesen", READ_BUTTONS). A paragraph of
    the article over the card and one under the button show it sits inside the article, not at its head (a page's
    own title and lead over a button to open it). Removed as a block the run search goes over (_TRANSPARENT_RULES)."""
    n = len(lines)
    for i in range(2, n - 1):
        line = lines[i]
        text = line.text
        f = feats[i]
        if len(text) > READ_BUTTON_MAX_CHARS or f.words > 4 or line.notes.get("furniture"):
            continue
        if not _read_button(text):
            continue
        card = [i]
        g = feats[i - 1]
        if _card_headline(lines[i - 1], g):
            card.append(i - 1)
        elif (
            0 < g.words <= CARD_BLURB_MAX_WORDS and not _has_sentences(g, 3)
            and not (lines[i - 1].notes.get("furniture") or lines[i - 1].notes.get("hard_break"))
            and _card_headline(lines[i - 2], feats[i - 2])
        ):
            card += [i - 1, i - 2]
        top = min(card)
        above = top > 0 and feats[top - 1].cls == GOOD
        below = feats[i + 1].cls == GOOD
        if above and below:
            for k in card:
                lines[k].notes["furniture"] = _READ_BUTTON_CARD_RULE
        else:  # (a button under a list's headline, or at the page's head: the button alone)
            lines[i].notes["furniture"] = _READ_BUTTON_RULE


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, f=LineFeatures)
def mark_ad_slots(lines: list[Line], feats: list[LineFeatures]) -> None:
    """The ad around an ad label between the article's paragraphs ("Anzeige", "Advertisement", "Sponsored": an ad
    line to the line rules, patterns.AD_LABEL_RE): a label alone takes no line under or over it (the article's own
    paragraph or heading sits next to one as often), but its copy under it (_ad_copy) and its form widget over it
    (_ad_widget) are the ad's. The labels are found once for both."""
    n = len(lines)
    for i in range(n - 1):
        f = feats[i]
        if f.words > 4:
            continue
        rule = lines[i].notes.get("furniture")
        # (PhraseRegex.match: the regex only for a line that holds one of the labels; most furniture lines hold none)
        if rule is None or rule[0] != "furniture" or _AD_LABEL.match(lines[i].text) is None:
            continue
        _ad_copy(lines, feats, i)
        if i >= 2:
            _ad_widget(lines, feats, i)


# A sidebar box set between two of the article's paragraphs (a text dump interleaves a page's columns): a short
# heading, rows of short lines and the box's closing link (patterns.BOX_CLOSER_RE).
SIDEBAR_BOX_MIN_ROWS = 2  # rows between the heading and the closing link
SIDEBAR_BOX_MAX_LINES = 12  # heading and rows over the closing link
SIDEBAR_ROW_MAX_WORDS = 14
SIDEBAR_HEADING_MAX_WORDS = 6
_SIDEBAR_BOX_RULE = (
    "sidebar-box", "a sidebar box between the article's paragraphs: heading, short rows, 'View all ...' link",
)


# A bare expander, "Show more" / "See more" / "View more" with no object: a list of the article's (its winners, its
# results) opens under it; a box's closing link names what it shows ("View all obituaries") or shows all of it.
_BARE_EXPANDER_RE = re.compile(r"(?:show|see|view|browse)\s+more\s*[»›>→]*", re.IGNORECASE)
_LIST_EXPANDER_RULE = ("expander", "control that unfolds the rest of a list between the article's paragraphs ('Show more')")
# The opening verb of a step of a how-to (a phone's or a program's interface): "Open Settings", "Tap Location",
# "Click Save", "Go to Privacy", "Öffne die Einstellungen", "Appuyez sur Confidentialité", "Toca Ajustes".
_UI_STEP_RE = re.compile(
    r"(?:open|tap|click|select|choose|press|go\s+to|turn\s+(?:on|off)|scroll|toggle|enable|disable|swipe|type|enter"
    r"|öffne|öffnen\s+sie|tippe|tippen\s+sie|klicke|klicken\s+sie|wähle|wählen\s+sie|gehe\s+zu"
    r"|ouvrez|ouvre|appuyez|appuie|cliquez|clique|sélectionnez|choisissez|allez\s+dans"
    r"|abre|abra|toca|toque|pulsa|pulse|haz\s+clic|selecciona|elige|ve\s+a"
    r"|apri|tocca|clicca|seleziona|scegli|vai\s+su|tik|klik|kies|selecteer|ga\s+naar"
    r"|otwórz|dotknij|kliknij|wybierz|przejdź\s+do)\b",
    re.IGNORECASE,
)


def _step_rows(lines: list[Line], start: int, end: int) -> bool:
    """Half the rows start..end-1 or more open with a step's verb (_UI_STEP_RE): a how-to's steps under their
    heading ("On Android" over "Open Settings", "Tap Location" and "Show all apps"), whose last step reads like a
    box's closing link. A box's rows are names and titles."""
    steps = sum(1 for k in range(start, end) if _UI_STEP_RE.match(lines[k].text.lstrip()))
    return steps * 2 >= end - start


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, top=cython.Py_ssize_t, f=LineFeatures)
def mark_sidebar_boxes(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A sidebar box that a text dump sets between two of the article's paragraphs ("Recent Obituaries" over three
    names and "View all obituaries"; "Classifieds" over three ads and "Place a classified ad"): its closing link
    (patterns.BOX_CLOSER_RE), the short rows over it up to its heading, and a paragraph of the article on both
    sides. The rows are no sentences and the heading no list intro (an article's "The winners were:" over names and
    a link): removed as a block the run search goes over (_TRANSPARENT_RULES)."""
    n = len(lines)
    for i in range(3, n - 1):
        f = feats[i]
        if f.words == 0 or f.words > 6 or f.terminal or lines[i].notes.get("hard_break"):
            continue
        if patterns.BOX_CLOSER_RE.match(lines[i].text) is None:
            continue
        k = i - 1
        while k >= 0 and i - k <= SIDEBAR_BOX_MAX_LINES:
            f = feats[k]
            if f.cls == GOOD or f.words == 0 or f.words > SIDEBAR_ROW_MAX_WORDS or f.terminal:
                break
            if lines[k].notes.get("hard_break"):
                break
            k -= 1
        top = k + 1
        if k < 0 or feats[k].cls != GOOD or feats[i + 1].cls != GOOD or i - top - 1 < SIDEBAR_BOX_MIN_ROWS:
            continue
        heading = lines[top].text.rstrip()
        if feats[top].words > SIDEBAR_HEADING_MAX_WORDS or heading.endswith((":", "：")):
            continue
        if _step_rows(lines, top + 1, i):
            continue
        if _BARE_EXPANDER_RE.fullmatch(lines[i].text.strip()):
            # (the article's list folded under its expander: the expander alone goes, and the run goes over it)
            lines[i].notes["furniture"] = _LIST_EXPANDER_RULE
            continue
        for k in range(top, i + 1):
            lines[k].notes["furniture"] = _SIDEBAR_BOX_RULE


def _ad_copy(lines: list[Line], feats: list[LineFeatures], i: int) -> None:
    """The copy of an ad right under its label i ("Anzeige" / "Jetzt Rechtsschutz für Mieter ab 9,90 € im Monat
    sichern"): a short line that is no sentence and makes an offer (a price from which a period is paid,
    _OFFER_PRICE_RE). Removed as a block the run search goes over (_TRANSPARENT_RULES)."""
    g = feats[i + 1]
    if g.digits == 0 or g.words > AD_COPY_MAX_WORDS or g.terminal or lines[i + 1].notes.get("furniture"):
        return
    if _OFFER_PRICE_RE.search(lines[i + 1].text):
        lines[i + 1].notes["furniture"] = _AD_COPY_RULE


def _ad_widget(lines: list[Line], feats: list[LineFeatures], j: int) -> None:
    """An ad's form widget between two paragraphs, its label j under it ("Compare rates from top lenders" / "Enter
    your ZIP code" / "Get rates" / "Sponsored"): AD_WIDGET_MIN_LINES to AD_WIDGET_MAX_LINES short lines, no
    sentence, with an input field's placeholder among them (_FIELD_PLACEHOLDER_RE), right over the label, a
    paragraph over them and under the label. Removed with the label as a block the run search goes over
    (_TRANSPARENT_RULES)."""
    if feats[j + 1].cls != GOOD:
        return
    k = j
    field = False
    while k > 0 and j - k < AD_WIDGET_MAX_LINES:
        f = feats[k - 1]
        if f.cls == GOOD or f.terminal or f.words > AD_WIDGET_LINE_MAX_WORDS or lines[k - 1].notes.get("hard_break"):
            break
        field = field or _FIELD_PLACEHOLDER_RE.search(lines[k - 1].text) is not None
        k -= 1
    if not field or j - k < AD_WIDGET_MIN_LINES or k == 0 or feats[k - 1].cls != GOOD:
        return
    for m in range(k, j + 1):
        lines[m].notes["furniture"] = _AD_WIDGET_RULE


SIGNATURE_PROSE_REACH = 6  # lines above the delimiter among which the message's prose is looked for, and under it
SIGNATURE_MAX_PROSE = 1  # paragraphs under the delimiter within that reach: a list's footer may hold one
_SIGNATURE_RULE = ("signature", "e-mail signature delimiter ('-- '): the sender's signature and the list's footer follow")


def mark_signature_delimiters(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A mail's signature delimiter ("-- " alone on its line) under the message's prose ends the message: what
    follows is the sender's signature, a mailing list's footer ("To unsubscribe, send ...") and an archive's
    navigation, which the run search would take in with the message as short lines of text. A hard break there.
    Only a lone "--" (a column of placeholders, "--" over "--", is a table's) with prose right above it, at most
    SIGNATURE_MAX_PROSE paragraphs right under it, and only one such on the page: a plain-text essay that parts
    its sections with "--" goes on with prose under each, and parts more than two sections."""
    n = len(lines)
    under_prose = []
    for i in range(1, n):
        if lines[i].text.strip() != "--":
            continue
        if lines[i - 1].text.strip() == "--" or (i + 1 < n and lines[i + 1].text.strip() == "--"):
            continue
        if any(feats[k].cls == GOOD for k in range(max(0, i - SIGNATURE_PROSE_REACH), i)):
            under_prose.append(i)
    if len(under_prose) != 1:
        return
    i = under_prose[0]
    if sum(1 for k in range(i + 1, min(n, i + 1 + SIGNATURE_PROSE_REACH)) if feats[k].cls == GOOD) > SIGNATURE_MAX_PROSE:
        return
    lines[i].notes["furniture"] = _SIGNATURE_RULE
    lines[i].notes["hard_break"] = True


_DOWNLOAD_LINK_REASON = "download link of a file, with its type and size"
# A size in brackets closing a line, with no file type named: "Rio PMP300 mit Kopierschutz (32 MB)".
_BARE_SIZE_RE = re.compile(r"[(\[]\s*\d+(?:[.,]\d+)?\s*(?:[KMGT]i?B|kB|[kKMGT]o|КБ|МБ|ГБ)\s*[)\]]$", re.IGNORECASE)


def unmark_sized_items(lines: list[Line]) -> None:
    """A line taken for a download link ("... MP3 (5 GB)") between lines that close with a size in brackets and
    name no file ("... Flash-Player (512 MB)") is one item of a list of things with their memory (a device's
    history, a benchmark): the file type in it is what the device plays. A list of files names a type in each."""
    n = len(lines)
    for i in range(n):
        rule = lines[i].notes.get("furniture")
        if rule is None or rule[1] != _DOWNLOAD_LINK_REASON:
            continue
        for k in (i - 1, i + 1):
            if 0 <= k < n and not lines[k].notes.get("furniture") and _BARE_SIZE_RE.search(lines[k].text.rstrip()):
                del lines[i].notes["furniture"]
                break


_DOCUMENT_LINK_REASON = "link to a document, its type alone in brackets ('Full list of grants (PDF)')"
LISTED_DOCUMENT_REACH = 8  # list items between a document's line and the sentence introducing the list
LIST_INTRO_MIN_WORDS = 3  # "You will need to send:"; "Downloads:" is a section's label
# A citation's parts, a full stop apart: "World Bank. Poverty and Shared Prosperity 2020 (PDF)", "Smith, J. Coastal
# erosion survey [PDF]" (a comma parts a title's words too: "Grants, awards and loans (PDF)").
_CITATION_BREAK_RE = re.compile(r"\.\s+\S[^(\[]*[(\[]")


def unmark_listed_documents(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A line taken for a document's link by its type alone ("Form DS-82 (PDF)") stays where the article names the
    document: an item of a list a sentence of the article introduces ("You will need to send:" a few items above,
    over short items), or an entry of a reference list, whose author and title part ("World Bank. Poverty and
    Shared Prosperity 2020 (PDF)"). A link's label is one title; a size in brackets (_DOWNLOAD_LINK_REASON) is a
    download widget's wherever it stands."""
    n = len(lines)
    for i in range(n):
        rule = lines[i].notes.get("furniture")
        if rule is None or rule[1] != _DOCUMENT_LINK_REASON:
            continue
        text = lines[i].text
        if _CITATION_BREAK_RE.search(text) is not None:
            del lines[i].notes["furniture"]
            continue
        k = i - 1
        while k >= 0 and i - k <= LISTED_DOCUMENT_REACH:
            above = lines[k].text.rstrip()
            if above[-1:] in ":：":
                if feats[k].words >= LIST_INTRO_MIN_WORDS and not lines[k].notes.get("furniture"):
                    del lines[i].notes["furniture"]
                break
            found = lines[k].notes.get("furniture")
            if (found is not None and found[1] != _DOCUMENT_LINK_REASON) or not 0 < feats[k].words <= ANNOUNCED_ITEM_MAX_WORDS:
                break
            k -= 1


def mark_edit_links(lines: list[Line], feats: list[LineFeatures]) -> None:
    """An encyclopedia page prints each section heading over its edit link ("历史沿革" / "编辑" / prose): the link
    leaves the text. A bare word ("编辑" may be a credit's label too) only right under a short heading, over text
    or another heading, and under at least EDIT_LINK_MIN headings of the page; one in brackets under any heading."""
    found: list[int] = []
    bare = 0
    links = _EDIT_LINK_LINES
    for i in range(1, len(lines) - 1):
        text = lines[i].text
        if text not in links or lines[i].notes.get("furniture"):
            continue
        bracketed = text[:1] in "[［【"
        above = feats[i - 1]
        if above.words > 8 or above.terminal or lines[i - 1].notes.get("furniture") or above.cls == GOOD:
            continue
        if not bracketed:
            if feats[i + 1].cls not in (GOOD, NEAR):
                continue
            bare += 1
        found.append(i)
    if bare and bare < EDIT_LINK_MIN:
        found = [i for i in found if lines[i].text[:1] in "[［【"]
    for i in found:
        lines[i].notes["furniture"] = _EDIT_LINK_RULE


# A series box: the links to every part of a blog's series, one a line, numbered from one ("Part 1: From the Basin
# to the Aqueduct", "Teil 2: ...", "Épisode 3 - ..."), usually under "This post is part 3 of 5 in the series ...".
_SERIES_WORDS = (
    "part", "chapter", "episode", "installment", "instalment", "teil", "kapitel", "folge", "partie", "épisode",
    "chapitre", "parte", "capítulo", "episodio", "capitolo", "deel", "hoofdstuk", "aflevering",
)
_SERIES_ITEM_RE = re.compile(r"(?:" + "|".join(_SERIES_WORDS) + r")\s+(\d{1,2})\s*[:.–—-]\s+\S", re.IGNORECASE)
# The characters a match can start with: the words' first letters in every case re.IGNORECASE takes ("K", the
# Kelvin sign, for "k"; "İ" and "ı" for "i"). Most lines start with none of them and skip the regex.
_SERIES_FIRST_LETTERS = "".join(sorted({w[0] for w in _SERIES_WORDS}))
_SERIES_FIRST = patterns.ignorecase_forms(_SERIES_FIRST_LETTERS)
SERIES_MIN_ITEMS = 3
_SERIES_RULE = ("series-nav", "link to a part of the post's series ('Part 1: <title>'), in the series box")


@cython.locals(f=LineFeatures, line=Line, n=cython.Py_ssize_t, i=cython.Py_ssize_t, text=str)
def mark_series_links(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A run of SERIES_MIN_ITEMS+ lines in a row, each "Part N: <title>" with N counting up from 1 by one and no
    sentence ending, is the series box's list of links: removed. An article's own parts are headings over prose,
    never one line right under another."""
    n = len(lines)
    i = 0
    while i < n:
        # (Typed: f.digits is a C field, read before the line's text. The item's number is a \d, which
        # LineFeatures.digits counts: a line without a digit cannot match; most lines have none.)
        f = feats[i]
        if f.digits == 0:
            i += 1
            continue
        line = lines[i]
        text = line.text
        if not text or text[0] not in _SERIES_FIRST:
            i += 1
            continue
        m = _SERIES_ITEM_RE.match(text)
        if m is None or int(m.group(1)) != 1:
            i += 1
            continue
        j = i
        while j < n and not lines[j].notes.get("furniture") and not feats[j].terminal and feats[j].cls != GOOD:
            m = _SERIES_ITEM_RE.match(lines[j].text)
            if m is None or int(m.group(1)) != j - i + 1:
                break
            j += 1
        if j - i >= SERIES_MIN_ITEMS:
            for k in range(i, j):
                lines[k].notes["furniture"] = _SERIES_RULE
        i = max(j, i + 1)


# A photo's credit without a label: "Kelsey Arnaud/Public Radio North", the photographer's name and the agency's,
# capitalized words on each side of one slash, no sentence.
_SLASH_CREDIT_RE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}/[A-Z][\w'’.&-]*(?: (?:[A-Z&][\w'’.&-]*|of|for|the)){0,5}")


def mark_slash_credits(lines: list[Line], feats: list[LineFeatures]) -> None:
    """An unlabelled "Name/Agency" credit right above or under an image's control ("hide caption", "toggle
    caption", "Enlarge this image": rule image-control) is the photo's credit: removed as one (image-credit, which
    the run search goes over). Without the control beside it, the same line may be a byline or a heading."""
    n = len(lines)
    for i in range(n):
        rule = lines[i].notes.get("furniture")
        if rule is None or rule[0] != _IMAGE_CONTROL_RULE[0]:
            continue
        for k in (i - 1, i + 1):
            if 0 <= k < n and not lines[k].notes.get("furniture") and feats[k].words <= 10 and (
                _SLASH_CREDIT_RE.fullmatch(lines[k].text.strip())
            ):
                lines[k].notes["furniture"] = _IMAGE_CREDIT_RULE


CAPTION_CREDIT_MAX_WORDS = 6


def mark_caption_credits(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A short labelled credit ("Foto: Pavel Horák", "Photo: Jane Doe", "Zdjęcie: Anna Nowak") right under a line
    removed as a photo's caption (rule image-caption: "... (12 fotografií)") is that photo's credit. Alone between
    two paragraphs, the same line may be the article's own credit, which a reader of the text keeps: it stays."""
    n = len(lines)
    for i in range(1, n):
        f = feats[i]
        if f.words > CAPTION_CREDIT_MAX_WORDS or f.terminal or lines[i].notes.get("furniture") or ":" not in lines[i].text:
            continue
        rule = lines[i - 1].notes.get("furniture")
        if rule is None or rule[0] != "image-caption":
            continue
        if patterns.IMAGE_CREDIT_RE.match(lines[i].text.strip()) is not None:
            lines[i].notes["furniture"] = _IMAGE_CREDIT_RULE


# A photo's credit to a news or photo agency, alone on its line: the agency alone ("PA Media", "Reuters", "AFP via
# Getty Images", "EPA-EFE"), or with a photographer ("Jane Doe/Reuters", "Mark Stout/iStock/Getty Images"), behind a
# photo label or not ("Foto: dpa", "Crédit photo : AFP", "(Image: Getty)", "Foto: Reuters/John Doe", "Фото: ТАСС").
_AGENCY_EXACT = frozenset(patterns.PHOTO_AGENCIES_EXACT)
_AGENCY_FOLDED = frozenset(name.casefold() for name in patterns.PHOTO_AGENCIES)
_AGENCY_LABEL_RE = re.compile(
    r"^(?:photo(?:graph)?s?|photo\s+credit|image(?:\s+credit)?|picture|pic|credit|cr[ée]dits?(?:\s+photos?)?|"
    r"foto(?:s|grafie|grafia|graf|graf[íi]a)?|fotó|fot\.|bild|bilde|billede|kuva|imagen|imagem|immagine|фото|"
    r"zdjęci[ea])(?:\s*[:：]|\s+(?:by|via|von|par|por|di|door)\b)\s*",
    re.IGNORECASE,
)
_AGENCY_SPLIT_RE = re.compile(r"\s*[/,|]\s*|\s+(?:via|vía|for|für|pour|para|per|voor|för|dla)\s+|\s+[-–—]\s+")
AGENCY_CREDIT_MAX_WORDS = 12
AGENCY_NAME_MAX_WORDS = 4
CAPTION_LIKE_WORDS = (3, 20)  # a photo's caption over its credit: a line of a few words, no paragraph


def _agency_credit(text: str) -> int:
    """The line is a photo's credit to an agency: 1 for an agency (or agencies) alone with no label ("Reuters",
    "AFP via Getty Images"), 2 for a labelled credit or one that names a photographer ("Foto: dpa", "Jane
    Doe/Reuters"), 0 for no credit (a part that is neither an agency nor a name: a sentence)."""
    t = text.strip()
    if t[:1] == "(" and t[-1:] == ")":
        t = t[1:-1].strip()
    if t[:1] == "©":
        t = t[1:].strip()
    kind = 1
    m = _AGENCY_LABEL_RE.match(t)
    if m is not None:
        t = t[m.end():]
        kind = 2
    if not t:
        return 0
    agency = False
    for part in _AGENCY_SPLIT_RE.split(t):
        part = part.strip().lstrip("©").strip()
        if not part:
            continue
        if part in _AGENCY_EXACT or part.casefold() in _AGENCY_FOLDED:
            agency = True
            continue
        words = part.split()
        if len(words) > AGENCY_NAME_MAX_WORDS:
            return 0
        for w in words:
            # (a name's word: capitalised, no digit, no label's colon: "Sources: Reuters" is no credit)
            if not w[:1].isupper() or _any_digit(w) or w[-1:] in ":：":
                return 0
        kind = 2
    return kind if agency else 0


def _any_digit(word: str) -> bool:
    """The word holds a digit."""
    for c in word:  # noqa: SIM110 (a generator is a closure: kept out of the compiled module's loops)
        if c.isdigit():
            return True
    return False


def _caption_like(line: Line, f: LineFeatures) -> bool:
    """A photo's caption over a credit: a few words, no list heading (no colon at its end), no rule on it."""
    return (
        CAPTION_LIKE_WORDS[0] <= f.words <= CAPTION_LIKE_WORDS[1] and line.notes.get("furniture") is None
        and not line.text.rstrip().endswith((":", "："))
    )


# The agencies' first words, folded: a line holding none of them as a word is no credit (a set look-up per word,
# not a regex search at every position).
_AGENCY_WORDS = frozenset(
    [name.split()[0].casefold() for name in patterns.PHOTO_AGENCIES_EXACT]
    + [name.split()[0].casefold() for name in patterns.PHOTO_AGENCIES]
)
_AGENCY_WORD_STRIP = "()[]{},.;:|©"


def _agency_word(text: str) -> bool:
    """The line holds an agency's first word (_AGENCY_WORDS) as a word of its own."""
    for word in text.replace("/", " ").split():
        if word.strip(_AGENCY_WORD_STRIP).casefold() in _AGENCY_WORDS:
            return True
    return False


# A listicle's numbered item heading: "3. Pothos", "7) Parlor palm" (a number, then a capitalised name, no sentence).
_NUMBERED_ITEM_HEAD_RE = re.compile(r"\d{1,2}[.)]\s+[^\W\d_][^.!?]{0,40}$")


@cython.locals(i=cython.Py_ssize_t, n=cython.Py_ssize_t, f=LineFeatures, nf=LineFeatures, pf=LineFeatures)
def mark_agency_credits(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A photo's credit to a news or photo agency alone on its line (_agency_credit) goes as image-credit: under a
    caption-like line (_caption_like) whatever its shape; an agency alone, which is no sentence, also between two
    lines of the text. Next to another agency's line (a list of sources) or under a heading ("Sources:") it stays,
    and a labelled or named credit between two paragraphs is the article's own credit, which the dev gold keeps
    ("Foto: LA NACION" between paragraphs, "Name/iStock/Getty Images" under a long paragraph)."""
    n = len(lines)
    for i in range(1, n - 1):
        f = feats[i]
        if f.words > AGENCY_CREDIT_MAX_WORDS or f.terminal:
            continue
        # (the cheap tests first: the lines around it, then its words)
        pf = feats[i - 1]
        nf = feats[i + 1]
        if not _short_paragraph(nf):
            continue
        # (a listicle's numbered item of a word or two over its photo, "3. Pothos", is as good as a caption line)
        if pf.words < CAPTION_LIKE_WORDS[0] and _NUMBERED_ITEM_HEAD_RE.match(lines[i - 1].text) is None:
            continue
        line = lines[i]
        if line.notes.get("furniture") is not None or not _agency_word(line.text):
            continue
        kind = _agency_credit(line.text)
        if kind == 0:
            continue
        prev, nxt = lines[i - 1], lines[i + 1]
        # The story goes on under the credit: a paragraph, no rule on it. (A wire story's agency line at its end,
        # over a sign-up box or a live feed, is the story's signature: the run search must not go over it.) Next to
        # another agency's line it is a list of sources.
        if nxt.notes.get("furniture") is not None or (
            nf.words <= AGENCY_CREDIT_MAX_WORDS and _agency_word(nxt.text) and _agency_credit(nxt.text)
        ):
            continue
        if prev.text.rstrip().endswith((":", "：")):
            continue
        if kind == 2 and not _caption_like(prev, pf):
            continue
        line.notes["furniture"] = _IMAGE_CREDIT_RULE


def _prose_paragraph(lines: list[Line], feats: list[LineFeatures], j: int) -> bool:
    """Line j is a paragraph of text: good, ending a sentence, no furniture rule on it."""
    f = feats[j]
    return f.cls == GOOD and f.terminal and lines[j].notes.get("furniture") is None


@cython.locals(i=cython.Py_ssize_t, line=Line, f=LineFeatures, notes=dict)
def unmark_inline_person_credits(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A short credit naming a person ("Foto: Pavel Horák"; _person_credit) alone between two paragraphs of text,
    with no caption or gallery counter over it, is the article's own credit, which a reader of the text keeps (as
    mark_caption_credits leaves it): its image-credit rule is taken back. Under a caption, a counter ("Bild 1 von
    5") or outside the prose it still goes."""
    for i in range(1, len(lines) - 1):
        # (typed: compiled, the word count is a field and the notes a dict; the field first, the cheaper test)
        f = feats[i]
        if f.words > PERSON_CREDIT_MAX_WORDS:
            continue
        line = lines[i]
        notes = line.notes
        rule = notes.get("furniture")
        if rule is None or rule[0] != "image-credit":
            continue
        if not (_prose_paragraph(lines, feats, i - 1) and _prose_paragraph(lines, feats, i + 1)):
            continue
        if _person_credit(line.text.strip()):
            del notes["furniture"]


SECTION_LABEL_PROSE_MIN_WORDS = 12  # a paragraph of the text above the row: the row is the text's own


def mark_section_labels(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A header's labelled section row ("Área: Medio Ambiente", "Rubrik: Kultur"; _section_label_row) above the
    page's first paragraph goes as a category row. Under a paragraph, the same line is the text's own: a law's
    section heading ("Section: Definitions"), a job ad's field ("Área: Recursos Humanos", "Dział: Finanse")."""
    for i in range(len(lines)):
        f = feats[i]
        if f.cls == GOOD and f.terminal and f.words >= SECTION_LABEL_PROSE_MIN_WORDS:
            return  # the first paragraph: no header row under it
        text = lines[i].text
        if (
            f.words <= 6 and not f.terminal and text[:1] in _SECTION_LABEL_FIRST
            and lines[i].notes.get("furniture") is None and _section_label_row(text)
        ):
            lines[i].notes["furniture"] = _SECTION_LABEL_RULE


# The label over a newsletter's sponsor block: "A MESSAGE FROM OUR SPONSOR", "A word from our sponsors", "Today's
# sponsor", "Sponsored by Pennywise" (alone on its line, no sentence).
_SPONSOR_LABEL_RE = re.compile(
    r"\W*(?:(?:a\s+)?(?:message|word)\s+from\s+(?:our|this\s+(?:week|issue)[’']s|today[’']s)\s+sponsors?"
    r"|(?:today[’']s|this\s+week[’']s|this\s+issue[’']s|our)\s+sponsors?"
    r"|sponsored\s+by\s+[A-Z0-9][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,3})\W*",
    re.IGNORECASE,
)
# A bare label ("SPONSORED", "Sponsored content", "Gesponsert", "Patrocinado", "スポンサー"): an advertisement's
# label mid-article is followed by the article's own paragraph as often, so under it only a pitch that closes with
# a call to action ("... Try it free for 30 days.") goes (_closes_with_call), never a button taken by its shape.
_SPONSOR_BARE_LABEL_RE = re.compile(
    r"\W*(?:sponsored(?:\s+(?:content|post|message))?|sponsor|paid\s+(?:post|content)|gesponsert|sponsorisé|"
    r"contenu\s+sponsorisé|patrocinado|contenido\s+patrocinado|conteúdo\s+patrocinado|sponsorizzato|"
    r"contenuto\s+sponsorizzato|gesponsord|sponsorowane|спонсорский\s+материал|スポンサー|赞助内容|贊助內容|赞助|"
    r"贊助|스폰서|협찬)\W*",
    re.IGNORECASE,
)
SPONSOR_BLOCK_MAX_LINES = 3  # lines of a sponsor's pitch and its button under the label
SPONSOR_BUTTON_MAX_WORDS = 5
SPONSOR_BARE_MAX_WORDS = 4  # "Sponsored content", "Contenuto sponsorizzato", "赞助内容" (3 to the word count)
SPONSOR_CALL_MAX_WORDS = 12  # the pitch's last sentence, a call to action ("Try it free for 30 days.")
_SPONSOR_RULE = ("sponsor-block", "sponsor block of a newsletter: its label, the sponsor's pitch and its button")
# (A full-width stop ends a sentence with no space after it: "…送信します。今すぐ無料でお試しください。")
_LAST_SENTENCE_RE = re.compile(r"(?:^|(?<=[.!?])\s+|(?<=[。！？])\s*)([^.!?。！？]+[.!?。！？]*)\s*$")


def _closes_with_call(text: str) -> bool:
    """The pitch's last sentence is a short call to action ("Try it free for 30 days.", "Sign up today at
    example.com."): a phrase of patterns.CTA_RE in a sentence of at most SPONSOR_CALL_MAX_WORDS words."""
    m = _LAST_SENTENCE_RE.search(text.strip())
    if m is None or m.start(1) == 0:  # (one sentence alone is no pitch with a call under it)
        return False
    last = m.group(1)
    return len(last.split()) <= SPONSOR_CALL_MAX_WORDS and _CTA.regex.search(last) is not None


@cython.ccall
@cython.locals(k=cython.Py_ssize_t, n=cython.Py_ssize_t, c=cython.Py_UCS4)
def _holds_pon(text: str) -> cython.bint:
    """"pon" in text.lower(), read without lowering it: no character but "P", "O" and "N" lowers to a string holding
    "p", "o" or "n" (tests/test_perf_gates_w.py checks every code point)."""
    n = len(text)
    for k in range(n - 2):
        c = text[k]
        if c == "p" or c == "P":
            c = text[k + 1]
            if c == "o" or c == "O":
                c = text[k + 2]
                if c == "n" or c == "N":
                    return True
    return False


_TRANSCRIPT_HINT_RULE = (
    "player-hint", "a player's hint between a heading and its timed lines ('Follow along using the transcript.')"
)
# A timed line of a transcript or a chapter list: a clock time, then the text ("0:03 The water came ...").
_TIMED_LINE_RE = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+\S")
TRANSCRIPT_HINT_MAX_WORDS = 10  # words of a hint line
TRANSCRIPT_HINT_MIN_TIMED = 2  # timed lines right under the hint


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, f=LineFeatures, head=LineFeatures,
               timed=cython.bint, max_words=cython.Py_ssize_t, min_timed=cython.Py_ssize_t)
def mark_transcript_hints(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A player's hint right under a transcript's heading and over its timed lines ("Transcript" / "Follow along
    using the transcript." / "0:03 ..."): a short sentence that names its heading's word again, in no time; the
    player's, no part of the transcript, which the run keeps with the text around it. Any language: the heading's
    word is the cue ("Transkript" / "Lesen Sie mit im Transkript.")."""
    n = len(lines)
    # (The bounds read once as C values: each comparison of a line's count with a module global boxed the count.)
    max_words, min_timed = TRANSCRIPT_HINT_MAX_WORDS, TRANSCRIPT_HINT_MIN_TIMED
    for i in range(1, n - min_timed):
        f = feats[i]
        if f.words > max_words or f.words < 2 or not f.terminal or lines[i].notes.get("furniture"):
            continue  # (the hint is a sentence; "Saturday programme at the fish market" over "10:00 ..." a subheading)
        head = feats[i - 1]
        if head.words > 2 or head.terminal:
            continue
        text = lines[i].text
        if _TIMED_LINE_RE.match(text) is not None:
            continue
        timed = True
        for k in range(i + 1, i + 1 + min_timed):
            if _TIMED_LINE_RE.match(lines[k].text) is None:
                timed = False
                break
        if not timed:
            continue
        words = {w.casefold() for w in re.findall(r"\w+", text)}
        heads = [w.casefold() for w in re.findall(r"\w+", lines[i - 1].text) if len(w) >= 4]
        if heads and all(w in words for w in heads):
            lines[i].notes["furniture"] = _TRANSCRIPT_HINT_RULE


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t, f=LineFeatures,
               g=LineFeatures, bare=cython.bint, bare_max=cython.Py_ssize_t)
def mark_sponsor_blocks(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A sponsor's label ("A MESSAGE FROM OUR SPONSOR"), its pitch (prose) and its button ("Try Pennywise free": a
    few words, no sentence) between a newsletter's paragraphs: removed as one block, which the run search goes over
    (_TRANSPARENT_RULES). The button closes the block within SPONSOR_BLOCK_MAX_LINES lines under the label; a
    label with no button under its prose is left alone (a heading of the article's own). A bare label
    ("SPONSORED") takes only a pitch right under it that closes with its call to action (_closes_with_call)."""
    n = len(lines)
    bare_max = SPONSOR_BARE_MAX_WORDS  # (read once as a C value: compared with every short line's count)
    for i in range(n - 2):
        f = feats[i]
        if f.words > 8 or f.terminal:
            continue
        rule = lines[i].notes.get("furniture")
        if rule is not None and rule[0] != "furniture":
            continue
        # A bare label (an ad label to the line rules) over a pitch that closes with its call: the label and the
        # pitch, a block the run search goes over. (The pitch may be a promo to the line rules already, by its call:
        # it goes with the label all the same.) The cheap tests first: this runs on every short line of a page; the
        # next line's class and rule are read only under a line short enough to be a bare label.
        bare = False
        if f.words <= bare_max:
            g = feats[i + 1]
            if g.cls == GOOD or g.cls == NEAR:
                pitch_rule = lines[i + 1].notes.get("furniture")
                bare = pitch_rule is None or pitch_rule[0] == "promo"
        if rule is not None and not bare:
            continue
        if not bare and not _holds_pon(lines[i].text):  # (below: no "pon", no label; and no bare label to try)
            continue
        text = lines[i].text.strip()
        low = text.lower()
        if low == text and text.upper() != text:  # (lower-case words; a label in kana or hangul has no case)
            continue
        # Every label of _SPONSOR_LABEL_RE holds "sponsor", and re.IGNORECASE takes no other character for "p", "o"
        # or "n" than its capital: a line without "pon" lower-cased cannot match (most lines: no regex call).
        if rule is not None or "pon" not in low or not _SPONSOR_LABEL_RE.fullmatch(text):
            if bare and _SPONSOR_BARE_LABEL_RE.fullmatch(text) and _closes_with_call(lines[i + 1].text):
                lines[i].notes["furniture"] = _SPONSOR_RULE
                lines[i + 1].notes["furniture"] = _SPONSOR_RULE
            continue
        for j in range(i + 1, min(n, i + 1 + SPONSOR_BLOCK_MAX_LINES)):
            g = feats[j]
            if g.cls == GOOD or g.cls == NEAR:
                continue
            if j > i + 1 and 1 <= g.words <= SPONSOR_BUTTON_MAX_WORDS and not g.terminal:
                for k in range(i, j + 1):
                    lines[k].notes.setdefault("furniture", _SPONSOR_RULE)
            break


WIKI_NOTES_MIN = 2  # lines in a row that open with a wiki's back-link arrow ("↑ Smith 2015, p. 12.")
WIKI_NOTES_HEADING_MAX_WORDS = 3
_WIKI_NOTES_RULE = ("wiki-notes", "reference notes of an encyclopedia entry (lines opening with the back-link '↑')")


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t)  # (typed: the loop runs over every line)
def mark_wiki_notes(lines: list[Line], feats: list[LineFeatures]) -> None:
    """An encyclopedia entry's notes, copied as text, open each note with the back-link arrow ("↑ Yearbook of
    nature protection, 2015, p. 112."), under a heading ("Notes", "Ծանոթագրություններ", "Примечания") in any
    language: WIKI_NOTES_MIN such lines in a row leave the text, and the short heading right over them, when they
    cite (_cited_notes). An arrow before a figure ("↑ 3.2%", a market table's rise) opens no note."""
    n = len(lines)
    i = 0
    while i < n:
        j = i
        while j < n and _wiki_note(lines[j].text):
            j += 1
        if j - i >= WIKI_NOTES_MIN and _cited_notes(lines, feats, i, j):
            for k in range(i, j):
                lines[k].notes.setdefault("furniture", _WIKI_NOTES_RULE)
            h = i - 1
            if h >= 0 and lines[h].notes.get("furniture") is None and feats[h].cls != GOOD and not feats[h].terminal \
                    and 0 < feats[h].words <= WIKI_NOTES_HEADING_MAX_WORDS:
                lines[h].notes["furniture"] = _WIKI_NOTES_RULE
        i = max(j, i + 1)


# --- a blog's index page: the posts after the first -------------------------------------------------------------

# A date with a time of day, as a blog stamps a post in its header ("Gone fishing 2005-03-21 01:20:44") and again in
# its footer ("Posted by Ann @ 2005-03-21 01:20:44 | 3 comments"): numeric (year first or last), CJK, or with an
# English month name. `date` is the calendar day, `time` the clock.
_POST_STAMP_RE = re.compile(
    r"(?<![\d/.-])(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}年\d{1,2}月\d{1,2}日"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{4}),?\s*(?:at\s+)?"
    r"(?P<time>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}[时時]\d{1,2}分)(?![\d:：])"
)
BLOG_POST_TITLE_MAX_CHARS = 60  # the title before a post header's stamp
BLOG_POST_TITLE_MAX_WORDS = 12
BLOG_FIRST_POST_MIN_CHARS = 100  # prose of the first post (the article the page is taken for)
_BLOG_POSTS_RULE = ("blog-later-posts", "a later post of a blog's index page (after the first post's footer)")
_BLOG_FOOTER_RULE = ("blog-post-footer", "the footer of a blog's post: its stamp again, with the author and comment counts")


BLOG_MAX_HEADERS = 200  # stamped header lines on a page: more is a dated list of headlines, no blog's index
_POST_STAMP_AT_END_RE = re.compile(_POST_STAMP_RE.pattern + r"$")
# The most characters other than whitespace a match of _POST_STAMP_AT_END_RE holds (its date, a comma, "at", its
# clock; every other part is \s or a space: tests/test_perf_gates_x.py reads it off the pattern). The match ends the
# line, so it starts where the line's last that many such characters start, or later: the search starts there.
_POST_STAMP_SOLID = cython.declare(cython.Py_ssize_t, 33)


@cython.ccall
def _post_header(text: str, f: LineFeatures) -> tuple | None:
    """A post's header: a short title, then its stamp closing the line ("Gone fishing (photos) 2005-03-21 01:20")."""
    if f.words > BLOG_POST_TITLE_MAX_WORDS + 6 or not text:
        return None
    last: cython.Py_UCS4 = text[len(text) - 1]
    # A clock closes the line: its last digit, "AM"/"p.m.", or 分 (minutes).
    if not ("0" <= last <= "9" or last == "M" or last == "m" or last == "." or last == "分"):
        return None
    if not (":" in text or "：" in text or "分" in text):
        return None
    # (The search from where the stamp can start, not from the line's start: the regex tries every position, and
    # its look-behind still sees the character before that one.)
    start: cython.Py_ssize_t = len(text)
    solid: cython.Py_ssize_t = 0
    while start > 0:
        if not text[start - 1].isspace():
            if solid == _POST_STAMP_SOLID:
                break
            solid += 1
        start -= 1
    found = _POST_STAMP_AT_END_RE.search(text, start)
    if found is None:
        return None
    title = text[: found.start()].strip()
    if not title or len(title) > BLOG_POST_TITLE_MAX_CHARS or len(title.split()) > BLOG_POST_TITLE_MAX_WORDS:
        return None
    for ch in title:  # a letter in the title (a loop: a compiled ccall holds no generator)
        if ch.isalpha():
            return found.group("date"), " ".join(found.group(0).split())
    return None


def mark_later_blog_posts(lines: list[Line], feats: list[LineFeatures]) -> int:
    """A blog's index page shows several posts, newest first, each a header with the post's title and stamp
    ("Gone fishing 2005-03-21 01:20:44"), its text, and a footer that repeats the stamp ("Posted by Ann @
    2005-03-21 01:20:44 (359) 3 comments"); a page of it is taken for its first post (what a reader copies), and
    the later ones are other articles among the blog's sidebars. When the first post holds prose
    (BLOG_FIRST_POST_MIN_CHARS) and a second post, with a stamp of another day, opens after the first one's footer
    and closes with its own, every line from the second post's header on goes, and the first post's footer.
    Returns the second post's header index, or -1.

    A stamp must recur in a footer under its header with prose between: a dated list of other headlines has no
    footers, and a live page's entries, however stamped, are of one day. Headers are looked for first (a short
    line closed by a clock): a page with no two of them of different days is left at once."""
    n = len(lines)
    headers: dict = {}  # line -> (day, stamp)
    days: set = set()
    for i in range(n):
        if feats[i].digits > 0:
            header = _post_header(lines[i].text, feats[i])
            if header is not None:
                headers[i] = header
                days.add(header[0])
    if len(days) < 2 or len(headers) > BLOG_MAX_HEADERS:
        return -1
    # The lines holding each header's stamp (a footer repeats it), in order; the prose above each line.
    holders: dict = {header[1]: [] for header in headers.values()}
    for k in range(n):
        if feats[k].digits > 0:
            text = lines[k].text
            for stamp, found in holders.items():
                if stamp in text:
                    found.append(k)
    prose_above: list = [0] * (n + 1)  # chars of prose lines[:i]
    for k in range(n):
        prose_above[k + 1] = prose_above[k] + (len(lines[k].text) if feats[k].cls == GOOD else 0)
    posts: list = []  # (header, footer, day)
    for i in sorted(headers):
        if len(posts) >= 2:
            break
        day, stamp = headers[i]
        if (posts and (i <= posts[-1][1] or day == posts[0][2])):
            continue
        found = holders[stamp]  # (in page order)
        at = bisect_right(found, i)
        footer = found[at] if at < len(found) else -1  # the stamp again, on a line that is no prose
        prose = prose_above[footer] - prose_above[i + 1] if footer > i else 0
        if footer < 0 or feats[footer].cls == GOOD or prose == 0 or (not posts and prose < BLOG_FIRST_POST_MIN_CHARS):
            continue
        posts.append((i, footer, day))
    if len(posts) < 2:
        return -1
    lines[posts[0][1]].notes.setdefault("furniture", _BLOG_FOOTER_RULE)
    start = posts[1][0]
    for k in range(start, n):
        lines[k].notes.setdefault("furniture", _BLOG_POSTS_RULE)
    return start


# --- a blog's header and its blogger's profile box (CJK blogs) ----------------------------------------------------

# The blogger's profile box beside a CJK blog's posts: its heading ("个人资料", "關於我", "プロフィール", "프로필"), a
# row of its buttons only ("加好友 发纸条 写留言 加关注", "読者になる", "이웃추가"), a counter with its label
# ("博客等级：12", "访问量：128,903", "人氣：53,210", "오늘 방문자 128"). A sentence that names them is longer and
# holds other words ("请关注我们", "访问量大幅增长").
_BLOG_PROFILE_HEADING_RE = re.compile(
    r"^[【\[<]?(?:个人资料|个人信息|个人档案|博主资料|博主信息|博主简介|關於我|关于我|個人資料|個人資訊|個人檔案|版主資料|"
    r"プロフィール|自己紹介|프로필|블로그 정보)[】\]>]?$"
)
_BLOG_PROFILE_BUTTONS_RE = re.compile(
    r"^(?:加好友|发纸条|发私信|写留言|加关注|关注|私信|加入好友|加好友|追蹤|追踪|訂閱|订阅|寫留言|發私訊|"
    r"読者になる|フォロー(?:する)?|メッセージを送る|이웃추가|서로이웃|구독하기|구독|쪽지)"
    r"(?:\s*[|｜/·]?\s*(?:加好友|发纸条|发私信|写留言|加关注|关注|私信|加入好友|追蹤|追踪|訂閱|订阅|寫留言|發私訊|"
    r"読者になる|フォロー(?:する)?|メッセージを送る|이웃추가|서로이웃|구독하기|구독|쪽지))*$"
)
_BLOG_PROFILE_COUNTER_RE = re.compile(
    r"^(?:博客|部落格|今日|今天|总|總|累计|累計|关注|關注|오늘|전체)?\s?"
    r"(?:等级|等級|积分|積分|访问量?|訪問量?|访客|訪客|人气|人氣|文章数?|文章數|博文|粉丝|粉絲|排名|读者|讀者|"
    r"読者数?|記事数|방문자?|이웃|글)\s?[：:]?\s*[\d,，]{1,9}$"
)
_BLOG_PROFILE_RULE = ("blog-profile", "the blogger's profile box beside a blog's post (its heading, buttons, counters)")
_BLOG_HEADER_RULE = ("blog-header", "the blog's header above its first post: the blog's name, tagline and profile box")
BLOG_PROFILE_MIN_LINES = 2  # heading, button rows, counters: one alone is too little to tell a box
BLOG_PROFILE_BOX_MIN_LINES = 4  # a box with no post's header under it (its title and date on lines of their own)


# Every character one of the three regexes' matches can open with, on a stripped line (tests/test_perf_gates_i.py
# reads them off the parse trees): most short CJK lines open with none of them and skip the three regexes.
_BLOG_PROFILE_FIRSTS = frozenset("<[【フプメ个人今個关写加博发寫总排文版發私积積等粉累總自訂記訪読讀订访读追部關구글방블서오이전쪽프")


def _blog_profile_line(text: str) -> bool:
    """A line of a CJK blogger's profile box (_BLOG_PROFILE_HEADING_RE, _BLOG_PROFILE_BUTTONS_RE, _BLOG_PROFILE_COUNTER_RE)."""
    if len(text) > 40 or text.isascii():
        return False
    t = text.strip()
    if t[:1] not in _BLOG_PROFILE_FIRSTS:
        return False
    return (
        _BLOG_PROFILE_HEADING_RE.match(t) is not None or _BLOG_PROFILE_BUTTONS_RE.match(t) is not None
        or _BLOG_PROFILE_COUNTER_RE.match(t) is not None
    )


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, first=cython.Py_ssize_t,
               prose=cython.Py_ssize_t, above=cython.Py_ssize_t, f=LineFeatures, text=str)
def mark_blog_header(lines: list[Line], feats: list[LineFeatures], index_start: int) -> None:
    """A blog's page opens with the blog's name, its tagline and the blogger's profile box, then the post: its header
    is a short title closed by a stamp ("秋天的古道 (图) 2025-10-12 20:15:33", _post_header). On a blog's index
    page (index_start >= 0: mark_later_blog_posts found a second post) or over a profile box (two lines of it or
    more: _blog_profile_line) every line above the first post's header is the blog's header; the profile box's
    lines go wherever they stand. A news page's dateline has no profile box over it."""
    n = len(lines)
    profile: list = []
    first = -1
    prose = 0  # chars of prose above the first post's header: a tagline's, no article's
    for i in range(n):
        f = feats[i]
        text = lines[i].text
        if first < 0:
            if f.digits > 0 and prose < BLOG_FIRST_POST_MIN_CHARS and _post_header(text, f) is not None:
                first = i
            elif f.cls == GOOD:
                prose += len(text)
        # (_blog_profile_line's own first tests, before the call: most lines are long or ASCII)
        if not f.terminal and len(text) <= 40 and not text.isascii() and _blog_profile_line(text):
            profile.append(i)
    above = 0
    for k in profile:
        if first >= 0 and k < first:
            above += 1
    if index_start >= 0 or above >= BLOG_PROFILE_MIN_LINES or len(profile) >= BLOG_PROFILE_BOX_MIN_LINES:
        for k in profile:
            lines[k].notes.setdefault("furniture", _BLOG_PROFILE_RULE)
    if first > 0 and (index_start >= 0 or above >= BLOG_PROFILE_MIN_LINES) and (index_start < 0 or first < index_start):
        for k in range(first):
            lines[k].notes.setdefault("furniture", _BLOG_HEADER_RULE)


_NOTE_YEAR_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _cited_notes(lines: list[Line], feats: list[LineFeatures], i: int, j: int) -> bool:
    """The arrow lines i..j-1 are notes: half of them or more cite a year ("↑ Botanical studies, 2018, no. 4."), or
    no paragraph of prose follows them (notes close an entry). A market report's movers ("↑ Northsea Energy rose 6.2
    per cent after it raised its dividend") cite no year, and the report goes on under them."""
    if 2 * sum(1 for k in range(i, j) if _NOTE_YEAR_RE.search(lines[k].text)) >= j - i:
        return True
    return not any(feats[k].cls == GOOD for k in range(j, len(lines)))


@cython.ccall  # (mark_wiki_notes calls it in C for every line)
def _wiki_note(text: str) -> bool:
    """The line opens with the back-link arrow and a letter or a quote after it, not a figure: "↑ Smith, J. ..."."""
    if len(text) == 0 or text[0] != "↑":  # (text[:1] != "↑", without a str made per line)
        return False
    rest = text[1:].lstrip()
    return rest[:1].isalpha() or rest[:1] in "\"“«„'‘"


# A numbered section heading: "I. The Rock", "2. Installing", "Part II: Leaving", "Chapter 3", "第一章 ...", and the
# Chinese numerals of a notice's or a report's sections: "一、报名条件", "（二）申请材料" (each its own scheme).
_SECTION_NUMBER_RE = re.compile(
    r"^(?:(?:part|chapter|section|teil|kapitel|partie|chapitre|parte|cap[ií]tulo)\s+)?"
    r"(?P<n>[IVXLC]{1,6}|\d{1,2})(?:[.:)]\s+|\s*$|\s+[-–—]\s+)(?=\S|$)|^第(?P<z>[一二三四五六七八九十\d]{1,3})[章节部]"
    r"|^(?P<c>[一二三四五六七八九十]{1,3})[、．]\s*(?=\S)|^[（(](?P<p>[一二三四五六七八九十]{1,3})[）)]\s*(?=\S)",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _zh_number(z: str) -> int:
    """The value of a Chinese numeral up to 99 ("三" 3, "十二" 12, "二十" 20, "二十一" 21)."""
    if len(z) == 1:
        return _ZH_DIGITS[z]
    if z[0] == "十":
        return 10 + _ZH_DIGITS.get(z[1:], 0)
    return _ZH_DIGITS.get(z[0], 0) * 10 + (_ZH_DIGITS.get(z[-1], 0) if z[-1] != "十" else 0)


def _section_number(text: str) -> tuple[str, int] | None:
    """The numbering scheme and number of a numbered section heading ("I. The Rock" -> ("roman", 1)), or None."""
    m = _SECTION_NUMBER_RE.match(text)
    if m is None:
        return None
    if m.group("c"):
        return "zh、", _zh_number(m.group("c"))
    if m.group("p"):
        return "zh（）", _zh_number(m.group("p"))
    label = text[: m.start("n")].strip().casefold() if m.group("n") else "zh"
    if m.group("z"):
        z = m.group("z")
        if z.isdigit():
            return "zh", int(z)
        return "zh", _zh_number(z)
    n = m.group("n")
    if n.isdigit():
        return label + "digit", int(n)
    value, prev = 0, 0
    for ch in reversed(n.upper()):
        v = _ROMAN[ch]
        value = value - v if v < prev else value + v
        prev = max(prev, v)
    return label + "roman", value


SECTION_HEAD_MAX_WORDS = 8


def extend_first_section_heading(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """Extend the main run back over the first section's numbered heading right above its first paragraph.

    A long feature in chapters ("I. The Rock" ... "II. School by Post" ...) has its first heading between the
    header and the first paragraph, where the run search cuts it with the header's short lines. It is the
    article's own when the run holds the next heading of the same numbering ("II." after "I.", "2." after "1.");
    a list number or a menu entry over a lead has no such sequel. The first paragraph may be hard-wrapped: its
    first line is then a fragment (NEAR) over the rest of it.
    """
    h = start - 1
    if h < 0 or start >= len(lines) or feats[start].cls not in (GOOD, NEAR):
        return start
    line, f = lines[h], feats[h]
    if f.words > SECTION_HEAD_MAX_WORDS or f.terminal or line.notes.get("furniture") or line.notes.get("hard_break"):
        return start
    number = _section_number(line.text)
    if number is None:
        return start
    scheme, value = number
    for k in range(start + 1, min(end, len(lines))):
        if feats[k].words <= SECTION_HEAD_MAX_WORDS and not feats[k].terminal and _section_number(lines[k].text) == (scheme, value + 1):
            line.notes["data_row"] = True  # metadata: a section's heading is not the article's title
            return h
    return start


EPIGRAPH_MAX_LINES = 4  # lines of an epigraph's quotation over its credit (a verse's lines, a wrapped sentence)
EPIGRAPH_CREDIT_MAX_WORDS = 8  # "— Mark Twain, Following the Equator", "——作者手记"
EPIGRAPH_MAX_WORDS = 60  # words of the quotation: a lead paragraph over an interview's first turn is longer
_TURN_ENDS = ("?", "？", "!", "！", ":", "：")  # a dashed line that asks or exclaims is a turn of a dialogue, no credit
_EPIGRAPH_DASHES = ("—", "―", "–", "--")


def _epigraph_credit(line: Line, f: LineFeatures) -> bool:
    """A quotation's credit: a short line that opens with a dash ("— Seneca", "——作者手记"), no line rule on it,
    and no embedded post's signature ("— Name (@handle) May 2, 2024": the post is another box)."""
    text = line.text.strip()
    if not text.startswith(_EPIGRAPH_DASHES) or f.words > EPIGRAPH_CREDIT_MAX_WORDS or text.endswith(_TURN_ENDS):
        return False
    if line.notes.get("furniture") or line.notes.get("in_list") or len(text.lstrip("—―–- ")) < 2:
        return False
    return patterns.SOCIAL_EMBED_SIGNATURE_RE.match(text) is None


def extend_over_epigraph(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    """Extend the main run back over an epigraph right above its first paragraph: a quotation of a few lines and its
    credit under it ("人心不会熄灭……拨开灰烬，你会看到重新燃烧的人心。" over "——作者手记"; a verse over "— Seneca").

    The run search starts at the first paragraph, and the quotation's short lines and its credit were cut with the
    header's. The credit opens with a dash right over a line of prose; the quotation over it ends a sentence, and
    each of its lines (EPIGRAPH_MAX_LINES at most) ends one or is a hard-wrapped fragment of prose. A byline, a
    date or a headline over it has no sentence end, and a menu has no credit line: neither is taken. The lines are
    noted as data rows: metadata takes none of them for the title, and the header's short lines stay. (In a clean
    record's text the epigraph opens the run: it is noted all the same, so a second pass takes no title from it.)
    """
    if start >= len(lines):
        return start
    for c in range(max(1, start - 1), min(len(lines) - 1, start + EPIGRAPH_MAX_LINES + 1)):
        if not _epigraph_credit(lines[c], feats[c]):
            continue
        below = lines[c + 1].text.lstrip()
        if feats[c + 1].cls not in (GOOD, NEAR) or not feats[c - 1].terminal or below.startswith(_EPIGRAPH_DASHES):
            return start  # (a dashed line under it: the turns of a dialogue)
        top = c
        words = 0
        for k in range(c - 1, max(-1, c - 1 - EPIGRAPH_MAX_LINES), -1):
            line, f = lines[k], feats[k]
            notes = line.notes
            if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
                break
            if line.text.lstrip().startswith(_EPIGRAPH_DASHES) or not (f.terminal or f.cls in (GOOD, NEAR)):
                break
            words += f.words
            if words > EPIGRAPH_MAX_WORDS:
                return start
            top = k
        if top == c or top > start:  # (a credit inside the run heads the run's first lines, or it is none)
            return start
        for k in range(top, c + 1):
            lines[k].notes["data_row"] = True
        return top
    return start


ITEM_HEAD_MIN_REPEATS = 2  # items in the run under a head line of the same shape as the one over its start
_SHAPE_NUMBER_RE = re.compile(r"\d+(?:[.:,]\d+)*")
_SHAPE_WORD_RE = re.compile(r"[^\W\d_]+")


def _head_shape(text: str) -> str:
    """A short line's shape: numbers as "0", capitalised words as "A", others as "a" ("8pm, Channel One" and "8.30pm,
    Channel Four" are "0a, A A")."""
    numbered = _SHAPE_NUMBER_RE.sub("0", text)
    return _SHAPE_WORD_RE.sub(lambda m: "A" if m.group(0)[:1].isupper() else "a", numbered)


def _item_head(line: Line, f: LineFeatures) -> bool:
    """A short line that may head a listing's item (its slot, its name): no sentence, no paragraph, no line rule."""
    notes = line.notes
    return (
        f.cls != GOOD and f.words <= SECTION_HEAD_MAX_WORDS and not f.terminal
        and not (notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"))
    )


def _dated(text: str) -> bool:
    """The line holds a date (metadata.parse_date_line): a story's date row, maybe with its byline, no item's slot."""
    from cleaners.metadata import parse_date_line

    return parse_date_line(text) is not None


def extend_over_first_item_head(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """Extend the main run back over the head of a listing's first item right above its first paragraph.

    A listing (tonight's programmes, a week's events) heads each item with its name and a row with a number ("8pm,
    Channel One"), then its paragraph: the run search starts at the first item's paragraph and cuts its head with
    the header's short lines. The row is the item's when ITEM_HEAD_MIN_REPEATS rows of its shape (_head_shape), each
    with a number, stand right over a paragraph of the run; the item's name over the row goes too when each of
    those rows has a short line over it as well. A date row is no slot: the stories of a weekly edition each have
    their byline and date row over their lead, and the header's stays out."""
    h = start - 1
    if h < 0 or start >= len(lines) or feats[start].cls != GOOD:
        return start
    if not feats[h].digits or not _item_head(lines[h], feats[h]) or _dated(lines[h].text):
        return start
    shape = _head_shape(lines[h].text)
    repeats = named = 0
    for k in range(start + 1, min(end, len(lines)) - 1):
        if (
            feats[k].digits and feats[k + 1].cls == GOOD and _item_head(lines[k], feats[k])
            and _head_shape(lines[k].text) == shape
        ):
            repeats += 1
            named += _item_head(lines[k - 1], feats[k - 1]) and not feats[k - 1].digits
    if repeats < ITEM_HEAD_MIN_REPEATS:
        return start
    if named == repeats and h > 0 and _item_head(lines[h - 1], feats[h - 1]) and not feats[h - 1].digits:
        return h - 1
    return h


SECTIONS_ABOVE_MAX = 3  # sections the run search cut between the lead and the run's first line
SECTIONS_ABOVE_MIN = 2  # ... at least ("Signature", "Parameters"): one-word entries of a menu over a headline
SECTIONS_IN_RUN_MIN = 2  # one-word section headings in the run that show the page's layout
SECTION_LINES_MAX = 4  # lines under one of the sections above (a signature, a table's header row and rows)


def _one_word_section(line: Line, f: LineFeatures) -> bool:
    """A section heading of one word ("Parameters", "Returns", "Example"): _section_heading's shape."""
    return f.words == 1 and _section_heading(line, f)


def extend_over_sections(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """Extend the main run back over the first sections of a reference page, to its lead paragraph above them.

    An API reference states a call's lead, then "Signature" over the signature and "Parameters" over a table: the
    run search starts at the table's first row (a signature is no prose, a header row scores as a menu's line),
    and the lead is cut with the page's menus. The run holds such one-word section headings over their content
    (SECTIONS_IN_RUN_MIN: "Returns", "Raises", "Example"); then up to SECTIONS_ABOVE_MAX of them, each over
    SECTION_LINES_MAX lines at most that are no paragraph, right under a good paragraph, are the page's own, with
    the paragraph, when they are SECTIONS_ABOVE_MIN or more. A menu's entries over a run are no one-word headings
    over a few rows under a paragraph: one entry right over the next heads nothing ("World" over "Europe" over a
    headline, a teaser above them), and one kicker over a headline and its byline rows is no reference page's
    layout. (A heading right over the run's first line counts: "Returns" over the run's first sentence.)
    """
    if start <= 1 or start >= len(lines):
        return start
    inside = 0
    for k in range(start, min(end, len(lines)) - 1):
        if _one_word_section(lines[k], feats[k]) and not _one_word_section(lines[k + 1], feats[k + 1]):
            inside += 1
    if inside < SECTIONS_IN_RUN_MIN:
        return start
    k = start  # lines[k:start] are sections: a heading, and under it SECTION_LINES_MAX lines at most
    sections = 0
    while sections < SECTIONS_ABOVE_MAX:
        h = k - 1
        while h >= 0 and k - h <= SECTION_LINES_MAX + 1 and not _one_word_section(lines[h], feats[h]):
            if feats[h].cls == GOOD or lines[h].notes.get("furniture") or lines[h].notes.get("hard_break"):
                return start
            h -= 1
        if h < 0 or not _one_word_section(lines[h], feats[h]) or lines[h].notes.get("furniture"):
            return start
        if k - h < 2 and k != start:
            return start  # (a heading right over the run's first line heads it; one over the next heads nothing)
        sections += 1
        k = h
        if k > 0 and feats[k - 1].cls == GOOD and not lines[k - 1].notes.get("furniture"):
            return k - 1 if sections >= SECTIONS_ABOVE_MIN else start
    return start


CJK_SECTIONS_LOOKAHEAD = 4  # lines into the run where its first numbered section heading may stand
CJK_SECTION_GAP_MAX = 12  # lines of one section above the run (label rows, a table's rows) up to the next heading
CJK_SECTION_HEAD_MAX_LEN = 60  # characters of a section heading above the run ("一、项目名称：..." holds its value)
CJK_SECTIONS_AFTER_RUN_MIN = 2  # later headings under a first one right under the run ("二、" and "三、" under "一、")
CJK_SECTIONS_LEAD_MAX = 3  # paragraphs of a notice's lead over its first section ("根据...，现予以公示。")


def _cjk_section_head(line: Line, f: LineFeatures) -> tuple[str, int] | None:
    """The scheme and number of a CJK ordinal section heading ("二、公示时间", "（三）工作要求") that no rule took."""
    notes = line.notes
    if f.cls == GOOD or len(line.text) > CJK_SECTION_HEAD_MAX_LEN:
        return None
    if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
        return None
    number = _section_number(line.text)
    return number if number is not None and number[0] in ("zh、", "zh（）") else None


@cython.locals(k=cython.Py_ssize_t, h=cython.Py_ssize_t, top=cython.Py_ssize_t, value=cython.Py_ssize_t)
def extend_over_cjk_sections(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """Extend the main run back over a CJK notice's first numbered sections, to the lead paragraph above them.

    A government notice, a tender's result or a list of candidates is written in sections "一、" "二、" "三、" (or
    "（一）" "（二）"), and its first ones hold label rows ("项目编号：...") and a table's rows, which score as a menu's
    lines: the run search starts at the first section of prose, and the sections above it are cut with the header.
    The run's first section heading (within CJK_SECTIONS_LOOKAHEAD lines of its start) numbered N > 1 has its
    predecessors when N-1, N-2 ... 1 stand above it in order, each within CJK_SECTION_GAP_MAX lines of the next and
    no line between them taken by a rule (a menu, a share bar, a list of other pages): those sections are the
    notice's, and so is the lead paragraph right above "一、" (up to CJK_SECTIONS_LEAD_MAX of them, prose taken by no
    rule). A menu or a list of other notices has no such chain down to one. The headings and the sections' rows
    above the run are noted as data rows: metadata takes none of them for the title.
    """
    n = len(lines)
    if start <= 0 or start >= n:
        return start
    first = None
    k = start - 1
    while k < min(end, n, start + CJK_SECTIONS_LOOKAHEAD):
        first = _cjk_section_head(lines[k], feats[k])
        if first is not None:
            break
        k += 1
    if first is None or first[1] < 2:
        return start
    scheme, value = first
    heads = [k]
    h = min(k, start) - 1
    top = min(k, start)
    while value > 1:
        found = -1
        while h >= 0 and top - h <= CJK_SECTION_GAP_MAX:
            notes = lines[h].notes
            if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
                return start
            if _cjk_section_head(lines[h], feats[h]) == (scheme, value - 1):
                found = h
                break
            h -= 1
        if found < 0:
            return start
        heads.append(found)
        value -= 1
        top = found
        h = found - 1
    lead = 0
    while (
        top > 0 and lead < CJK_SECTIONS_LEAD_MAX and feats[top - 1].cls == GOOD and feats[top - 1].terminal
        and not lines[top - 1].notes.get("furniture") and not lines[top - 1].notes.get("in_list")
    ):
        top -= 1
        lead += 1
    for k in heads:
        lines[k].notes["data_row"] = True
    for k in range(heads[-1], start):  # (the sections' rows too: none is the title, nor a header's short line)
        lines[k].notes["data_row"] = True
    return top


# A notice's date alone on its line under the issuer's name, closing it: "2025年5月10日", "二〇二五年五月十日".
_CJK_SIGNATURE_DATE_RE = re.compile(
    r"^(?:(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)


@cython.locals(k=cython.Py_ssize_t, h=cython.Py_ssize_t, last=cython.Py_ssize_t, n=cython.Py_ssize_t)
def extend_over_later_cjk_sections(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """Extend the main run on over a CJK notice's later numbered sections (extend_over_cjk_sections' other side).

    The run may end inside a notice's sections, its next ones scoring as a menu's lines (a table's rows, contact
    rows): when the run's last section heading numbered N ("一、公示名单") has N+1, N+2 ... after the run's end, each
    within CJK_SECTION_GAP_MAX lines of the one before and no line between them taken by a rule, those sections are
    the notice's: the run ends with the last sentence (a line ending one, or prose) of the last of them, within
    CJK_SECTION_GAP_MAX lines. The notice's signature date (_CJK_SIGNATURE_DATE_RE) ends the walk. (A cleaned
    notice, whose header is gone, starts with its lead and first section, which may outscore its later ones: without
    this the second cleaning cuts them.)"""
    n = len(lines)
    if end >= n or start >= end:
        return end
    number = None
    for k in range(end, start - 1, -1):  # (the line right under the run may head the first of them: "一、" under the lead)
        number = _cjk_section_head(lines[k], feats[k])
        if number is not None:
            break
    if number is None:
        return end
    scheme, value = number
    first = value
    last = -1
    h = k + 1 if k == end else end
    while h < n and h - max(end, last) <= CJK_SECTION_GAP_MAX:
        notes = lines[h].notes
        if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
            break
        if _CJK_SIGNATURE_DATE_RE.match(lines[h].text.strip()):
            break  # the notice's signature date closes it: numbered lines under it are others (a list of notices)
        if _cjk_section_head(lines[h], feats[h]) == (scheme, value + 1):
            value += 1
            last = h
            lines[h].notes["data_row"] = True
        h += 1
    if last < 0 or (k == end and value - first < CJK_SECTIONS_AFTER_RUN_MIN):
        return end
    lines[k].notes["data_row"] = True
    new_end = last + 1
    for k in range(last + 1, min(n, last + 1 + CJK_SECTION_GAP_MAX)):
        notes = lines[k].notes
        if notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"):
            break
        if feats[k].cls == GOOD or feats[k].terminal:
            new_end = k + 1
    return new_end


INTERVIEW_MIN_QUESTIONS = 3  # questions over an answer in the run that make it an interview
INTERVIEW_ANSWERS_PER_QUESTION = 2  # good lines of the run per question at most (an explainer's are sections)
QUESTION_MAX_WORDS = 25


def _question_line(line: Line, f: LineFeatures) -> bool:
    """A question of an interview's own: a line that asks (it ends with a question mark), no paragraph, no
    line rule."""
    notes = line.notes
    return (
        f.cls != GOOD and f.words <= QUESTION_MAX_WORDS and _asks(line.text)
        and not (notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"))
    )


@cython.locals(k=cython.Py_ssize_t, questions=cython.Py_ssize_t, goods=cython.Py_ssize_t)
def extend_to_first_question(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """Extend the main run back over an interview's first question, right above its first answer.

    An interview without speaker labels puts each question on a short line over its answer: the run search
    starts at the first answer (a good paragraph), and the first question is cut with the header's short lines
    above it. The run is an interview when INTERVIEW_MIN_QUESTIONS of its lines are questions, each right over a
    good answer, and they are many against its paragraphs (an explainer's question headings head sections of
    several paragraphs); then the question right above its start is the first.
    """
    h = start - 1
    if h < 0 or start >= end or feats[start].cls != GOOD or _asks(lines[start].text):
        return start
    if not _question_line(lines[h], feats[h]):
        return start
    questions = goods = 0
    for k in range(start, end):
        if feats[k].cls == GOOD:
            goods += 1
        if k + 1 < end and _question_line(lines[k], feats[k]) and feats[k + 1].cls == GOOD:
            questions += 1
    if questions + 1 < INTERVIEW_MIN_QUESTIONS or (questions + 1) * INTERVIEW_ANSWERS_PER_QUESTION < goods:
        return start
    return h


@cython.locals(first=cython.Py_ssize_t, h=cython.Py_ssize_t, k=cython.Py_ssize_t)
def extend_head(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    """Extend the main run back over a summary list right above its first paragraph, with its heading.

    The run search starts at the first good paragraph, so the short items of a "Key points" or "Highlights"
    list under the byline were cut as lines before the article. Such a list is told from a site menu by
    its heading (a key-points label or a line that ends with a colon) right over items that are phrases,
    not title-case links, and by the first paragraph right under it. A menu has no such heading; a teaser
    list's heading ("Trending", "Most read") carries a line rule and stops it. The run may already hold
    some items (sentences); the heading is found over them too. The list's lines are noted as data rows:
    metadata takes none of them for the title.
    """
    first = start  # the first paragraph: the list ends right above it
    while first < len(lines) and first - start < LEAD_LIST_MAX_ITEMS and feats[first].cls != GOOD:
        first += 1
    for h in range(start - 1, max(-1, first - 2 - LEAD_LIST_MAX_ITEMS), -1):
        line, f = lines[h], feats[h]
        if first - h > LEAD_LIST_MIN_ITEMS and _lead_list_heading(line, f):  # (the nearest heading)
            labelled = _key_points_label(line.text)
            for k in range(h + 1, start):
                if not _lead_list_item(lines[k], feats[k], labelled):
                    return start
            for k in range(h, first):
                lines[k].notes["data_row"] = True  # metadata: part of the body, neither the title nor a rival
            return h
        if not _item_shaped(line, f):
            return start
    return start


KEY_FACTS_MIN_ROWS = 3  # label rows of an event's or a listing's key facts over its first paragraph
KEY_FACTS_MAX_ROWS = 8


_LEAD_SENTENCE_END_RE = re.compile(r"[.!?](?:\s)|[。！？]")  # (CJK text runs on after its sentence end)
LIST_LEAD_MIN_LEN = 80  # (effective length) a lead paragraph, not a list's heading ("Die Regeln im Überblick:")


def extend_to_list_lead(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    """Extend the main run back over the lead paragraph that announces the numbered items it starts with ("...决定
    对城区部分路段临时停车泊位进行调整。现将有关事项公告如下：" over "一、...", "二、..."; "The council has decided the
    following. The changes are:" over "1. ...", "2. ..."). The run search starts at the first item, since a line that
    ends with a colon has no sentence end and reads as a short line however long it is. The lead is paragraph-long
    (LIST_LEAD_MIN_LEN), holds a sentence end before its colon and carries no line rule; the run's first two lines are
    items numbered alike (_ENUM_RE). A list heading over other stories is short, and its items are no numbered
    paragraphs of the run."""
    if start < 1 or start + 1 >= len(lines):
        return start
    line, f = lines[start - 1], feats[start - 1]
    text = line.text.rstrip()
    if f.eff_len < LIST_LEAD_MIN_LEN or not text.endswith((":", "：")):
        return start
    notes = line.notes
    if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
        return start
    if _LEAD_SENTENCE_END_RE.search(text) is None:
        return start
    for k in (start, start + 1):
        item = lines[k].text
        if not (_may_enumerate(item) and _ENUM_RE.match(item)) or lines[k].notes.get("furniture"):
            return start
    return start - 1


def extend_to_key_facts(lines: list[Line], feats: list[LineFeatures], start: int, end: int | None = None) -> int:
    """Extend the main run back over a block of key facts right above its first paragraph.

    An event's or a venue's page states its facts as label rows over the description ("When: Saturday, 24 May,
    10 pm", "Where: Cathedral, 11 Abbey St", "Tickets: £12, £8 reduced"): short lines the run search cuts with the
    header's. They are the article's when KEY_FACTS_MIN_ROWS label rows or more stand right over the first
    paragraph, most with a figure, a figure in a row that is no date (an address, a price), no byline among them
    ("By: Jane Roe") and one date row at most (the event's: "Published: 5 May 2025" over "Updated: 6 May 2025" are
    a news page's rows over its lead). The rows are noted as data rows: metadata takes none of them for the title.
    """
    from cleaners.metadata import _CODE_LABEL_RE, _header_meta, parse_byline

    if start <= 0 or start >= len(lines) or feats[start].cls != GOOD:
        return start
    # A talk's or an event's notice may head its description with a bare label ("报告摘要：", "Abstract:") under the
    # facts: the facts are the notice's when its run heads another section so ("报告人简介：" over the speaker's bio).
    top = start
    if end is None:
        end = len(lines)
    if _bare_label(lines[start - 1], feats[start - 1]) and _labelled_section_in_run(lines, feats, start, end):
        top = start - 1
    h = top
    # (Under a bare label the page's first line is no fact: a cleaned notice's title, "学术讲座：<topic>", over its facts.)
    lowest = 1 if top < start else 0
    values: set[str] = set()
    headed = False  # the walk stopped at the header's row
    while (
        h > lowest and top - h < KEY_FACTS_MAX_ROWS and _label_row(lines[h - 1], feats[h - 1])
        and _CODE_LABEL_RE.match(lines[h - 1].text) is None  # (a course's code and name heads its rows)
    ):
        if top < start:
            # The header's rows over the facts: a row of several fields ("时间：2025-05-08 点击数：96"), or the headline
            # that a fact restates ("学术讲座：<topic>" over "报告题目：<topic>").
            text = lines[h - 1].text
            value = _LABEL_COLON_RE.split(text, 1)[-1].strip()
            if len(_LABEL_COLON_RE.findall(text)) > 1 or value in values:
                headed = True
                break
            values.add(value)
        h -= 1
    if top - h < KEY_FACTS_MIN_ROWS or (
        not headed and h > lowest and _label_row(lines[h - 1], feats[h - 1])
        and _CODE_LABEL_RE.match(lines[h - 1].text) is None
    ):
        return start
    digits = dated = 0
    for k in range(h, top):
        text = lines[k].text
        if parse_byline(text) is not None:
            return start
        if _header_meta(text):
            dated += 1  # an event's date ("When: Saturday 24 May 2025, 8 pm") reads as a header's date row
        digits += feats[k].digits > 0
    # (Under a bare label the facts name the talk, its speaker and its host too: two rows with figures, the time and
    # the room, are enough.)
    least = KEY_FACTS_LABELLED_MIN_DIGITS if top < start else TAIL_TABLE_DIGIT_SHARE * (top - h)
    if dated > 1 or digits < least or digits - dated < 1:
        return start
    for k in range(h, top + 1 if top < start else top):
        lines[k].notes["data_row"] = True
    return h


KEY_FACTS_LABELLED_MIN_DIGITS = 2
_LABEL_COLON_RE = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")  # a label's colon, not a clock's between digits ("15:00")
BARE_LABEL_MAX_WORDS = 4


def _bare_label(line: Line, f: LineFeatures) -> bool:
    """A section's label alone on its line, ending with a colon ("报告摘要：", "Abstract:"), taken by no rule."""
    text = line.text.rstrip()
    notes = line.notes
    return (
        text.endswith((":", "：")) and f.words <= BARE_LABEL_MAX_WORDS and len(text) > 1
        and not (notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"))
    )


def _labelled_section_in_run(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> bool:
    """The run heads a section of its own with a bare label over a paragraph ("报告人简介：" over the bio)."""
    for k in range(start + 1, min(end, len(lines)) - 1):
        if _bare_label(lines[k], feats[k]) and feats[k + 1].cls == GOOD:
            return True
    return False


# A match report's result line right over its lead, behind the competition's name in brackets: "【高校ラグビー
# 県大会決勝】北陵工 24―20 桜ケ丘（16日・県営陸上競技場）", "[Final] Northfield 24-20 Southgate (Stadium)". The
# lead tells the same score ("... 24―20で逆転勝ち ..."): the line is the report's, not the header's.
_RESULT_LINE_RE = re.compile(r"^[【\[［][^】\]］]{2,40}[】\]］].{0,60}?(?<!\d)(\d{1,3})\s*[―–—:-]\s*(\d{1,3})(?!\d)")
RESULT_LINE_MAX_CHARS = 120


def extend_to_result_line(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    """Extend the main run back over a match's bracketed result line right above its lead (see above), when the
    lead repeats its score."""
    if start <= 0 or start >= len(lines) or (feats[start].cls != GOOD and feats[start].cls != NEAR):
        return start
    above = lines[start - 1]
    text = above.text.strip()
    if len(text) > RESULT_LINE_MAX_CHARS or text[:1] not in "【[［" or above.notes.get("furniture"):
        return start
    m = _RESULT_LINE_RE.match(text)
    if m is None:
        return start
    score = re.compile(rf"(?<!\d){m.group(1)}\s*[―–—:-]\s*{m.group(2)}(?!\d)")
    if score.search(lines[start].text) is None:
        return start
    above.notes["data_row"] = True  # (no title: metadata takes no data row for one)
    return start - 1


DRAWN_ROW_MIN_NUMBERS = 5  # numbers of a draw's row ("04 11 19 27 38 45 Bonus 31")
_DRAWN_ROW_RE = re.compile(r"^(?:\d{1,2}\s+){4,9}\d{1,2}(?:\s+[^\W\d_]{2,12}\s+\d{1,2})?$")


def extend_to_drawn_row(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    """Extend the main run back over a draw's numbers right above its lead ("04 11 19 27 38 45 Bonus 31" over
    "Nobody matched all six main numbers ..."): DRAWN_ROW_MIN_NUMBERS numbers of one or two digits or more, rising,
    at least one gap wider than one between two of them (a page's pagination, "1 2 3 4 5", has none), with one
    labelled extra number at most. The run search cut it as a short line before the article."""
    if start <= 0 or start >= len(lines) or (feats[start].cls != GOOD and feats[start].cls != NEAR):
        return start
    above = lines[start - 1]
    text = above.text.strip()
    if above.notes.get("furniture") or not text[:1].isdigit() or _DRAWN_ROW_RE.match(text) is None:
        return start
    numbers = [int(t) for t in text.split() if t.isdigit()]
    main = numbers[: len(numbers) - 1] if not text.split()[-2].isdigit() else numbers
    if len(main) < DRAWN_ROW_MIN_NUMBERS:
        return start
    widest = 0
    for k in range(1, len(main)):
        gap = main[k] - main[k - 1]
        if gap <= 0:
            return start
        widest = max(widest, gap)
    if widest <= 1:
        return start
    above.notes["data_row"] = True  # (no title: metadata takes no data row for one)
    return start - 1


FACT_BOX_MIN_ROWS = 3  # label rows of a fact box between paragraphs ("Kickoff: ...", "TV: ...", "Spread: ...")
# The article goes on under the box with a paragraph of this many words or more: a spec table under a product's
# description is followed by a section of short reviews ("★★★★★ Finally a barrel that fits."), none of it.
FACT_BOX_NEXT_MIN_WORDS = 20
# Lines between the box's last row and that paragraph: a note and the next section's heading ("Odds via ..." /
# "Injury report"). More is something else going on under the box: a review section's heading, rating and reviewer.
FACT_BOX_TAIL = 2


# A row of an agenda or a diary ("Mon 24 Nov – Year 3 trip to the museum", "6 Dec – Christmas Fair", "Sat 6 Dec –
# Christmas Fair"): a date of one to three words with a day number, a dash, then what happens.
_AGENDA_ROW_RE = re.compile(r"^(?=[^–—-]{0,20}\d)[^\W_][\w.,]*(?:\s[\w.,]+){0,2}\s[–—-]\s+\S")
AGENDA_MIN_ROWS = 3


def _agenda_rows(lines: list[Line], feats: list[LineFeatures], gap: list[int]) -> bool:
    """The gap between two paragraphs holds an agenda: AGENDA_MIN_ROWS dated rows or more (_AGENDA_ROW_RE), and no
    line a line rule removes."""
    rows = 0
    for i in gap:
        if lines[i].notes.get("furniture"):
            return False
        if feats[i].digits and _AGENDA_ROW_RE.match(lines[i].text):
            rows += 1
    return rows >= AGENDA_MIN_ROWS


def _fact_box(lines: list[Line], feats: list[LineFeatures], gap: list[int]) -> bool:
    """The gap between two paragraphs holds a fact box: FACT_BOX_MIN_ROWS label rows or more, and no line a line rule
    removes, and at most FACT_BOX_TAIL lines under its last row. One labelled line ("Full Transcript: ...") is no box;
    a spec table under a product's description with a button under it ("Write a review"), or with the reviews'
    heading, rating and reviewer under it, ends the description: the reviews after it are none of it."""
    rows = 0
    after = 0  # lines of the gap under its last row
    for i in gap:
        if lines[i].notes.get("furniture"):
            return False
        if _label_row(lines[i], feats[i]):
            rows += 1
            after = 0
        else:
            after += 1
    return rows >= FACT_BOX_MIN_ROWS and after <= FACT_BOX_TAIL


@cython.locals(a=cython.Py_ssize_t, b=cython.Py_ssize_t, i=cython.Py_ssize_t, g=cython.Py_ssize_t,
               contentish=cython.Py_ssize_t, left=cython.Py_ssize_t, needed=cython.double, f=LineFeatures,
               goods=list, targets=list, gap=list, blocked=cython.bint, listing=cython.Py_ssize_t, item=cython.bint, notes=dict,
               fact_box=cython.int, agenda=cython.int, hit=cython.bint, due=cython.Py_ssize_t)
def sandwich_discount(lines: list[Line], feats: list[LineFeatures], scores: list[float], w: dict[str, float]) -> None:
    """Short runs between two good lines whose lines mostly look like content cost little.

    Code blocks, tables and lists inside an article sit between paragraphs; menus and
    teaser lists rarely do. jusText's neighbour rule, expressed as a score. The items of a list that a line
    of the article announces with a colon ("What you'll need:" over "Ruler", "Moss", "Tweezers") count as
    content: bare words, which a menu also has, but no menu is announced so. So do the rows of a fact box
    ("Kickoff: 1:00 p.m. ET", "Spread: Ravens -2.5"): a label, a colon, a value; a menu has no such rows
    (_fact_box).

    (Explicit loops over indices, not comprehensions and generators: compiled, the feature reads and the
    index arithmetic are typed, and a comprehension's variables would not be.)
    """
    goods = []
    for i in range(len(feats)):
        f = feats[i]
        if f.cls == GOOD:
            goods.append(i)
    for g in range(1, len(goods)):
        a, b = goods[g - 1], goods[g]
        if b == a + 1:
            continue
        # Only the lines this would lower the cost of: when there are none, the gap need not be read.
        targets = []
        for i in range(a + 1, b):
            if scores[i] < 0:
                line = lines[i]
                notes = line.notes
                if line.kind == SEPARATOR or not notes.get("furniture"):
                    targets.append(i)
        if not targets:
            continue
        gap = []
        blocked = False
        for i in range(a + 1, b):
            line = lines[i]
            notes = line.notes
            if notes.get("hard_break"):  # (a separator may be one too: a mail's signature delimiter)
                blocked = True
                break
            if line.kind != SEPARATOR:
                gap.append(i)
        if not gap or blocked:
            continue
        # Count the content-like lines only until the share is reached or out of reach.
        needed = SANDWICH_CONTENT_SHARE * len(gap)
        contentish, left = 0, len(gap)
        # Whether the gap is a fact box or an agenda: read from the whole gap, so found only when a line needs it
        # (-1: not yet; most gaps reach their share or fall out of reach before). Nothing in the loop changes
        # what they read.
        fact_box = -1 if feats[b].words >= FACT_BOX_NEXT_MIN_WORDS else 0
        agenda = -1 if len(gap) > AGENDA_MIN_ROWS else 0
        recipe = False  # under a recipe card's label: a row that opens with a number is an ingredient
        # under a line that announces a list with a colon (the paragraph over the gap may: "The ministry also
        # published the list of things a first-grader will need:"): a short line is an item of it
        listing = _announced_limit(lines[a], feats[a])  # (the words an item has at most: 0, no list)
        due = -1  # the line above whose announcement is still to be read: only when the loop goes on to its next line
        for i in gap:
            if contentish >= needed or contentish + left < needed:
                break
            if due >= 0:
                listing = _announced_limit(lines[due], feats[due])
                due = -1
            f = feats[i]
            text = lines[i].text
            item = f.words <= listing and _announced_item(lines[i], f)
            if f.words <= 3 and _recipe_label(text):
                recipe = True
                contentish += 1
            else:
                hit = (
                    (f.cls in (NEAR, GOOD) and f.terminal) or content_like(text, f) or _quantity_row(text, f)
                    or (f.words <= 2 and _label_key(text) in ADMONITION_LABELS)
                    or (recipe and f.words <= RECIPE_ROW_MAX_WORDS and text[:1] in _RECIPE_ROW_FIRST)
                    or (recipe and f.words <= RECIPE_ROW_MAX_WORDS and _NAME_DASH_QUANTITY_RE.search(text) is not None)
                    or (recipe and _item_shaped(lines[i], f))
                    or item
                )
                # (A row of the box or the agenda first, then the gap's test: both only read the gap.)
                if not hit and fact_box != 0 and _label_row(lines[i], f):
                    if fact_box < 0:
                        fact_box = 1 if _fact_box(lines, feats, gap) else 0
                    hit = fact_box == 1
                if not hit and agenda != 0 and f.digits and _AGENDA_ROW_RE.match(text) is not None:
                    if agenda < 0:
                        agenda = 1 if _agenda_rows(lines, feats, gap) else 0
                    hit = agenda == 1
                if hit:
                    contentish += 1
            if not item:  # (an item keeps the list's limit for the next line)
                due = i
            left -= 1
        if contentish >= needed:
            for i in targets:
                scores[i] = w["sandwiched"]


@cython.locals(notes=dict, i=cython.Py_ssize_t, n=cython.Py_ssize_t)  # (see newsletter_boxes_transparent)
def inline_links_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """An inline link to another article ("Read also: ...", "Lire aussi : ..."), an ad label ("Advertisement",
    "Anzeige", "広告"), an image credit ("Photo: Jane Doe") or an app promotion ("Download the free ... app")
    with article content on both sides scores 0.

    They are removed by their own rule either way, and publishers place them inside the article: at a
    furniture line's cost, the short paragraphs after one (a last paragraph, the items of a listicle) would
    be cut off with it. Content on a side: within INLINE_REACH lines, a paragraph, a sentence or a content-like
    line (a numbered item), with no hard break between. (Other furniture between paragraphs, such as a byline
    or a "follow us" line, often ends the article before prose that is none of it: it keeps its cost.)
    Such lines in a row (INLINE_RUN_MAX at most: an ad label over a clip's link and its running time, "Story
    continues below" / "WATCH: <headline>" / "02:14") are judged as one run, as image_captions_transparent judges a
    caption and its credit: each alone has furniture on a side.
    """
    n = len(lines)
    i = 1
    while i < n - 1:  # (the first and last line have no content on one side)
        if scores[i] >= 0 or not _inline_furniture(lines[i], feats[i]):
            i += 1
            continue
        end = i
        while end + 2 < n and end + 1 - i < INLINE_RUN_MAX and (
            _inline_furniture(lines[end + 1], feats[end + 1]) or _clip_duration(lines[end + 1], _clip_link(lines[end]))
        ):
            end += 1
        _transparent_run(lines, feats, scores, i, end)
        i = end + 1


INLINE_RUN_MAX = 4  # inline furniture lines in a row judged as one run
_CLIP_DURATION_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _clip_duration(line: Line, under_clip: bool = False) -> bool:
    """The line is a clip's running time alone ("02:14"), under the clip's link: the timestamp rule's line. Right
    under the clip's link (`under_clip`), its running time may carry the clip's source ("01:12 - Source: <channel>"),
    which the feed-item rule reads as a time-stamped headline."""
    rule = line.notes.get("furniture")
    if rule is None:
        return False
    if rule[0] == "timestamp":
        return _CLIP_DURATION_RE.fullmatch(line.text.strip()) is not None
    return under_clip and rule[0] == "feed-item" and _CLIP_DURATION_RE.match(line.text) is not None


def _clip_link(line: Line) -> bool:
    """The line is a clip's link ("Watch: <headline>"): the read-also rule's line that a media label opens."""
    rule = line.notes.get("furniture")
    return rule is not None and rule[0] == "read-also" and patterns.MEDIA_LINK_RE.match(line.text) is not None


@cython.cfunc  # (inline_links_transparent asks it of every line that scores below 0)
@cython.locals(notes=dict)
def _inline_furniture(line: Line, f: LineFeatures) -> cython.bint:
    """The line is furniture publishers place inside an article: an inline link, an ad label, an image
    credit, an app promotion or a clip's link (see inline_links_transparent). (f: the line's features, which keep
    the text test.) A clip's link of a few words ("WATCH: Storm hits the coast") takes the furniture rule for its
    first word, a longer one the read-also rule (media_link): inline either way."""
    notes = line.notes
    rule = notes.get("furniture")
    if not rule:
        return False
    if rule[0] == "read-also" or rule[0] == "image-credit" or rule[0] == "app-promo":
        return True
    if rule[0] == "promo":  # a cut description's "Show more" ("もっと見る"), with the page going on under it
        return patterns.SHOW_MORE_RE.match(line.text) is not None
    if rule[0] != "furniture":
        return False
    if f._inline_label < 0:
        text = line.text
        f._inline_label = 1 if (
            patterns.AD_LABEL_RE.match(text) is not None or patterns.IMAGE_CREDIT_RE.match(text) is not None
            or (patterns.MEDIA_LINK_RE.match(text) is not None and media_link(text))
        ) else 0
    return f._inline_label == 1


# First words of a furniture line that is the credit of an image ("Image copyright Getty", "Photo: X").
_IMAGE_NOTE_WORDS = frozenset(("image", "photo", "picture", "photograph", "foto", "bild", "credit", "imagen"))


def _image_note(line: Line) -> bool:
    """Line is an image's caption or credit by its furniture rule."""
    rule = line.notes.get("furniture")
    if not rule:
        return False
    if rule[0] == "image-caption" or rule[0] == "image-credit":
        return True
    first = line.text.split(None, 1)[0].rstrip(":").casefold() if line.text.strip() else ""
    return rule[0] == "furniture" and first in _IMAGE_NOTE_WORDS


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, notes=dict)
def image_captions_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """An image caption between paragraphs, with the credit line next to it, scores 0.

    Captions are removed by their rule either way; the image sits inside the article, and the caption and
    its credit are two furniture lines in a row, which would end the article there. The run of caption and
    credit lines is judged as one, as inline_links_transparent judges one inline link: content on both sides.
    """
    n = len(lines)
    i = 0
    while i < n:
        notes = lines[i].notes
        rule = notes.get("furniture")
        if not rule or rule[0] != "image-caption":
            i += 1
            continue
        start, end = i, i
        while start > 0 and _image_note(lines[start - 1]):
            start -= 1
        while end + 1 < n and _image_note(lines[end + 1]):
            end += 1
        _transparent_run(lines, feats, scores, start, end)
        i = end + 1


def _transparent_run(lines: list[Line], feats: list[LineFeatures], scores: list[float], start: int, end: int) -> None:
    """Lines start..end, furniture that publishers place inside an article (an inline link, an image's caption
    and credit), score at least 0 when there is article content on both sides of the run (_content_near).
    inline_links_transparent and image_captions_transparent judge their runs with it."""
    if _content_near(lines, feats, start, -1) and _content_near(lines, feats, end, 1):
        for k in range(start, end + 1):
            if scores[k] < 0:
                scores[k] = 0.0


def _lone_link_inline(lines: list[Line], feats: list[LineFeatures], i: int, repeat: bool = False) -> bool:
    """The list heading at line i heads a single headline with article content on both sides: an inline
    "Read also" link on two lines ("延伸閱讀" over one headline, then the article goes on).

    Like the one-line link (inline_links_transparent), it sits inside the article: as a hard break, it
    would cut off the paragraphs after it. The heading is bare (a heading that names its link, "Related
    post: ...", has no other one under it), and a paragraph follows the link directly: a headline over a
    sentence is a list of headlines going on. Two headlines or more under a heading are a list (a box),
    which inline_boxes_transparent judges. A `repeat` of a heading that already headed such a link higher up in
    the article ("Te puede interesar" twice between its paragraphs) is the same widget: one paragraph under its
    headline is the article's last (a lone teaser card after an article has no twin inside it).
    """
    if i + 3 >= len(lines) or lines[i + 1].notes.get("furniture") or not _headline_like(feats[i + 1]):
        return False
    heading = lines[i].text.rstrip(":：.… ")
    # Inside an interview the article goes on with its next question, a short turn ("— Что изменилось?").
    turn = feats[i + 2].cls != GOOD and _TURN_RE.match(lines[i + 2].text) is not None and _dialogue_run(lines, i)
    if ":" in heading or "：" in heading or (feats[i + 2].cls != GOOD and not turn) or lines[i + 2].notes.get("furniture"):
        return False
    # Two paragraphs under the headline: one alone may be the summary of a lone teaser card after the article. A
    # sentence that announces a list with a colon ("Veja a lista dos postos com horário ampliado:") goes on with the
    # article as a paragraph does: a teaser card's summary has no list under it.
    if not repeat and (
        (feats[i + 3].cls != GOOD and not _list_intro_below(lines, feats, i + 3)) or lines[i + 3].notes.get("furniture")
    ):
        return False
    return _content_near(lines, feats, i, -1)


def _list_intro_below(lines: list[Line], feats: list[LineFeatures], k: int) -> bool:
    """Line k is a sentence that announces a list (_intro_sentence), no line rule on it, over an item-shaped line."""
    notes = lines[k].notes
    if notes.get("furniture") or notes.get("in_list") or notes.get("hard_break"):
        return False
    return _intro_sentence(lines[k].text, feats[k]) and k + 1 < len(lines) and _item_shaped(lines[k + 1], feats[k + 1])


def _heads_again(lines: list[Line], headings: list[int], i: int) -> bool:
    """The list heading at line i repeats one of `headings` (casefolded): the same widget once more."""
    text = lines[i].text.casefold()
    return any(lines[k].text.casefold() == text for k in headings)


# Lines from an inline link, ad label or credit to the article content it sits in.
INLINE_REACH = 2


def _content_near(lines: list[Line], feats: list[LineFeatures], i: int, step: int) -> bool:
    """Article content within INLINE_REACH lines of line i in one direction, no hard break or other furniture
    between: a paragraph, a sentence, or a content-like line (a numbered item, code, data)."""
    for k in range(i + step, i + step * (INLINE_REACH + 1), step):
        if not 0 <= k < len(lines):
            return False
        notes, f = lines[k].notes, feats[k]
        if notes.get("hard_break") or notes.get("furniture") or notes.get("in_list"):
            return False
        if f.cls == GOOD or (f.cls == NEAR and f.terminal) or content_like(lines[k].text, f):
            return True
    return False


# Rows of a structured article (a schedule, a results table) under the article header.
HEADER_ROWS_MIN = 4
HEADER_ROWS_GAP = 5  # lines between the header's date line and the first row (share bar, kicker, repeated headline)
_ROW_DELIMS_RE = re.compile(r"\s[:\-–—|/]\s|:\s|\t|\s{3,}")
_ROW_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+")


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, c=cython.Py_UCS4, d=cython.Py_UCS4)
def _may_have_delims(text: str) -> cython.bint:
    """False when _ROW_DELIMS_RE cannot match: no ":", no tab, and no whitespace followed by whitespace or
    one of "-–—|/" (each alternative needs one of these); compiled only."""
    n = len(text)
    for i in range(n):
        c = text[i]
        if c == 58 or c == 9:  # ":" or a tab
            return True
        if i + 1 < n and (c == 32 or c.isspace()):
            d = text[i + 1]
            if d in "-–—|/" or d.isspace():
                return True
    return False


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, found=cython.int, c=cython.Py_UCS4,
               d=cython.Py_UCS4)
def _row_delims_typed(text: str) -> str:
    """row_delims in one typed pass (compiled only): _ROW_DELIMS_RE.finditer's first two matches, each as its
    stripped text or a tab. At each position the alternatives are tried in the regex's order (whitespace, one of
    ":-–—|/", whitespace; ":" and whitespace; a tab; a run of 3+ whitespace, taken whole), and the scan goes on
    after a match, as finditer does (no alternative matches empty). \\s is str.isspace()."""
    n = len(text)
    out = ""
    found = 0
    i = 0
    while i < n and found < 2:
        c = text[i]
        if c.isspace():
            if i + 2 < n:
                d = text[i + 1]
                if d in ":-–—|/" and text[i + 2].isspace():
                    out += text[i + 1]
                    found += 1
                    i += 3
                    continue
            if c == 9:  # "\t"
                out += "\t"
                found += 1
                i += 1
                continue
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j - i >= 3:
                out += "\t"
                found += 1
                i = j
                continue
        elif c == 58 and i + 1 < n and text[i + 1].isspace():  # ":" then whitespace
            out += ":"
            found += 1
            i += 2
            continue
        i += 1
    return out


@cython.ccall  # called by row_shape for every line with a digit: a C call, compiled
def row_delims(text: str) -> str:
    """The line's first two field delimiters (":", "-", "|", a tab, a wide gap...), in order."""
    if cython.compiled:
        return _row_delims_typed(text) if _may_have_delims(text) else ""
    # The first two matches, in order: islice stops the scan there, not at the end of the line.
    return "".join([m.group().strip() or "\t" for m in islice(_ROW_DELIMS_RE.finditer(text), 2)])


@cython.ccall  # called by header_rows for every line with a digit: a C call, compiled
def row_shape(text: str, f: LineFeatures) -> tuple[str, str] | None:
    """The shape of a data row ("1a etapa: 10 de março – Interlagos" → ("0a", ":–")), or None.

    A row is a short non-prose line with a digit and field delimiters; rows of one list share
    the shape of their first token and the order of their first two delimiters, which menus
    (bare words) and teaser headlines (no delimiters, varied openings) do not.
    """
    if f.cls == GOOD or f.eff_len > 150 or f.digits == 0:
        return None
    delims = row_delims(text)
    if not delims:
        return None
    first = text.split(None, 1)[0]
    # (A list comprehension: a generator expression is a closure, which a ccall cannot hold.)
    head = "".join(["0" if t[0].isdigit() else "a" for t in _ROW_TOKEN_RE.findall(first)])
    return head, delims


def _is_article_header(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """Line i closes an article header: a date or byline line under a headline-like line, or the text's headline."""
    from cleaners.metadata import is_heading_like, parse_byline, parse_date_line

    line = lines[i]
    if line.notes.get("furniture") or feats[i].cls == GOOD or len(line.text) > 120:
        return False
    # A text that starts with its headline (a cleaned record, a page cut to its article) has its header at the top.
    if i == 0 and is_heading_like(line.text):
        return True
    if not ((feats[i].digits and parse_date_line(line.text)) or parse_byline(line.text)):
        return False
    above = [k for k in range(max(0, i - 3), i) if not lines[k].notes.get("furniture")][-2:]
    return any(is_heading_like(lines[k].text) for k in above)


@cython.locals(f=LineFeatures, shapes=list, line=Line)
def header_rows(lines: list[Line], feats: list[LineFeatures], scores: list[float], w: dict[str, float]) -> None:
    """Rows of one shape directly under the article header are the article, not navigation.

    An article that is a schedule or a table has no prose for the run search to find; a
    teaser sidebar in full sentences would win. The header (a headline-like line, then a
    date line) anchors the article start; a run of rows of one shape right under it (past a
    share bar, a kicker or a repeated headline) scores as content, and the lines between as neutral.
    Runs of rows are found first (cheap), so only pages that have one pay for the header test.
    """
    n = len(lines)
    # row_shape's own first test, inlined: most lines have no digit, and a call per line costs. (A loop, not a
    # comprehension: compiled, f is typed here and its fields are read in place.)
    shapes = []
    for line, f in zip(lines, feats, strict=True):
        if not f.digits or f.cls == GOOD or f.eff_len > 150 or line.notes.get("furniture"):
            shapes.append(None)
        else:
            shapes.append(row_shape(line.text, f))
    # Runs of one shape, among the lines that have one (few: a line needs a digit and a delimiter).
    shaped = [i for i, shape in enumerate(shapes) if shape is not None]
    pos = 0
    while pos < len(shaped):
        start = shaped[pos]
        shape = shapes[start]
        end = start + 1
        pos += 1
        while end < n and shapes[end] == shape:
            end += 1
            pos += 1
        if end - start >= HEADER_ROWS_MIN:
            lo = max(0, start - HEADER_ROWS_GAP)
            header = next((i for i in range(lo, start) if _is_article_header(lines, feats, i)), None)
            if header is not None:
                # A table's column-name row has the rows' delimiters but no digits: it belongs to the table.
                if start - 1 > header and row_delims(lines[start - 1].text) == shape[1] and feats[start - 1].cls != GOOD:
                    start -= 1
                for k in range(header + 1, start):
                    if not lines[k].notes.get("furniture") and scores[k] < 0:
                        scores[k] = 0.0
                for k in range(start, end):
                    scores[k] = max(scores[k], w["header_row"])
                    lines[k].notes["data_row"] = True  # metadata: a row is neither the title nor a rival to it
                return


def max_run(scores: list[float]) -> tuple[int, int]:
    """Kadane's maximum-sum contiguous run; returns [start, end) (the best single line if all are negative)."""
    best, best_start, best_end = float("-inf"), 0, 0
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def _is_short(text: str, f: LineFeatures, max_words: int = 8) -> bool:
    return f.words <= max_words and f.eff_len <= 90


# The glue point is the match's start: the capital of the glued word, then a look back at the character before
# it. Opening with the capital lets the regex engine skip to capitals (rare) instead of trying every lower-case letter.
_GLUE_RE = re.compile(r"[A-Z](?<=[a-z0-9.!?’'\")\]][A-Z])(?=[a-z])")


@cython.ccall  # visible to tests/test_boilerplate_streaming.py; is_teaser calls it in C
@cython.locals(j=cython.Py_ssize_t, c=cython.Py_UCS4, cap=cython.Py_UCS4, before=cython.Py_UCS4, start=cython.Py_ssize_t)
def _glue_at(text: str, start: cython.Py_ssize_t = 0) -> cython.Py_ssize_t:
    """_GLUE_RE.search(text, start, 200).start(), or -1: an ASCII capital after a lower-case letter, digit or
    closing punctuation and before a lower-case letter, from `start` on in the first 200 characters.

    One forward pass that keeps the two characters before the current one (no indexing back into the
    text): at character j, a glue at j - 1 is the capital `cap` between `before` and a lower-case c.
    (Character literals, not code points: the same tests compiled and in pure Python.)"""
    if start >= len(text):
        return -1
    # Nothing before the first character: a space is no capital and nothing a glue follows.
    before = text[start - 1] if start >= 1 else " "
    cap = text[start]
    for j in range(start + 1, len(text)):
        if j >= 200:
            break
        c = text[j]
        if "a" <= c <= "z" and "A" <= cap <= "Z" and (
            "a" <= before <= "z" or "0" <= before <= "9" or before in ".!?’'\")]"
        ):
            return j - 1
        before = cap
        cap = c
    return -1


# The dateline that opens a news report: a place (and a date) and the source in parentheses, or a place in
# capitals, then a dash ("LOS ANGELES (AP) — ", "(Reuters) - ", "MADRID, 4 dic. (EUROPA PRESS) - ", "PARIS — ").
_DATELINE_RE = re.compile(r"([^()\n!?—–]{0,40}?)\s*(\([^()\n]{1,30}\))?\s*[—–-]{1,2}\s")


def _opens_with_place_dash(text: str) -> bool:
    """The line opens with a news dateline: the source in parentheses after an optional place, or a place in
    capitals, before a dash. (A looser form than opens_with_dateline, which wants the agency: spare_dateline_ledes
    takes either, and a feed of several such ledes stays teasers.)"""
    m = _DATELINE_RE.match(text)
    if m is None:
        return False
    if m.group(2):
        return True
    place = m.group(1)
    return len(place) >= 2 and place.isupper()


# Surname prefixes a capital follows inside one name ("McConnell", "MacArthur"): no headline ends with them.
_NAME_PREFIXES = ("Mc", "Mac")
# A quote is glue only when it closes what stands before it: after a lower-case letter, a digit or a sentence end.
_GLUE_QUOTES = "’'\""
_QUOTE_CLOSES_AFTER = ".!?)]…"


IDENTIFIER_MIN_STEPS = 3  # lower-case to capital steps of a glued word, the glue's own counted, that make it code


@cython.cfunc
@cython.locals(start=cython.Py_ssize_t, at=cython.Py_ssize_t, n=cython.Py_ssize_t, prefix=str)
def _name_prefix_ends(text: str, start: cython.Py_ssize_t, at: cython.Py_ssize_t) -> cython.bint:
    """A surname prefix ("Mc", "Mac") ends at `at` and opens the word that starts at `start` (after an opening
    bracket or quote at most): the capital at `at` is the surname's ("McCartney")."""
    for prefix in _NAME_PREFIXES:
        n = len(prefix)
        if at - n >= start and text[at - n:at] == prefix and (at - n == start or not text[at - n - 1].isalpha()):
            return True
    return False


@cython.cfunc
@cython.locals(glue=cython.Py_ssize_t, j=cython.Py_ssize_t, n=cython.Py_ssize_t, humps=cython.Py_ssize_t, start=cython.Py_ssize_t, prefix=str, before=str, c=str)
def _false_glue(text: str, glue: cython.Py_ssize_t) -> cython.bint:
    """The capital at `glue` follows a lower-case letter or a quote without a space, yet no headline ends there:
    inside a surname ("Mitch McConnell"), after an opening quote ('his words, "Could'), or inside a CamelCase
    identifier ("PictureInPictureParent", "getElementById": a step after the glue, or two before it). A real glue
    ends the headline's last word and opens the summary's first, the word's last step ("UpdatesThe",
    "Student-AthleteA", "LinkedInThe", "McCartneyThe")."""
    for prefix in _NAME_PREFIXES:
        n = len(prefix)
        if glue >= n and text[glue - n:glue] == prefix and (glue == n or not text[glue - n - 1].isalpha()):
            return True
    before = text[glue - 1]
    if before in _GLUE_QUOTES:
        if glue < 2:
            return True
        c = text[glue - 2]
        if not (c.islower() or c.isdigit() or c in _QUOTE_CLOSES_AFTER):
            return True
    # A lower-case letter to capital step after the glue, or two before it, in the glued word: the word is an
    # identifier. A surname's step ("McCartneyThe") and a brand's one ("LinkedInThe") end a headline all the same.
    n = len(text)
    j = glue
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    start = j
    humps = 0
    while j + 1 < n and not text[j + 1].isspace():
        if text[j].islower() and text[j + 1].isupper():
            if j + 1 > glue:
                return True
            if not _name_prefix_ends(text, start, j + 1):
                humps += 1
        j += 1
    return humps >= IDENTIFIER_MIN_STEPS


@cython.ccall
@cython.locals(glue=cython.Py_ssize_t)
def is_teaser(text: str) -> cython.bint:
    """A headline glued to its summary without a space ("...Student-AthleteA 24-year-old woman...").

    Rendered teaser cards lose the break between title and summary; inside prose a lower-case
    letter is never directly followed by a capitalized word. (A ccall: furniture_rule calls it for most
    long lines, and a C call costs less than a Python one.)
    """
    glue = -1
    while True:  # the first glue that is one (see _false_glue)
        if cython.compiled:
            glue = _glue_at(text, glue + 1)
        else:
            m = _GLUE_RE.search(text, glue + 1, 200)
            glue = m.start() if m else -1
        if glue < 0:
            return False
        if not _false_glue(text, glue):
            break
    words = [w for w in text[:glue].split() if w[:1].isalpha()]
    # The eight words after the glued one: at most nine splits give the same first nine words as a full split,
    # without cutting up the rest of a long line.
    after = [w for w in text[glue:].split(None, 9)[1:9] if w[:1].isalpha()]
    if len(words) < 3 or len(after) < 5:
        return False
    # Headlines are title-cased; a sentence that merely contains a CamelCase name is not.
    # (Counted by list comprehensions: a generator expression would be a closure, which a ccall cannot hold.)
    if len([w for w in words if w[:1].isupper()]) / len(words) < 0.75:
        return False
    # The summary after the glue reads as a sentence; a title-cased heading with a CamelCase name goes on capitalized.
    return len([w for w in after if w[:1].isupper()]) / len(after) < 0.5


_NAME_PARTICLES = frozenset(["de", "da", "do", "dos", "van", "von", "del", "di", "le", "la"])


# The heading of the box of facts about an article after it (furniture_rule), as _label_key gives it.
_ABOUT_ARTICLE = frozenset([
    "about this article", "about this story", "über diesen artikel", "zu diesem artikel", "à propos de cet article",
    "sobre este artículo", "sobre este artigo", "su questo articolo", "informazioni su questo articolo",
    "over dit artikel", "об этой статье", "o tym artykule", "この記事について", "关于本文", "關於本文", "이 기사에 대하여",
])
# Every character whose case fold opens one of them (_may_be_label; tests/test_boilerplate_prefilters.py).
_ABOUT_ARTICLE_FIRSTS = "AIOSZaiosz\xc0\xdc\xdf\xe0\xfc\u0130\u017f\u041e\u043e\u1c82\u1e9a\u1e9e\u3053\u5173\u95dc\uc774\ufb05\ufb06"


# The phrase-list rules, by bit of the shared prefilter (patterns.phrase_hits): one scan per line tells
# which lists can match at all, and a line with none of their phrases skips all of their regexes.
_ARTICLE_END, _LIST_INTRO, _COPYRIGHT = patterns.ARTICLE_END_RE, patterns.LIST_INTRO_RE, patterns.COPYRIGHT_RE
_AUTHOR_PROFILE_CJK = patterns.AUTHOR_PROFILE_CJK
_FURNITURE, _READ_ALSO, _CTA = patterns.FURNITURE_RE, patterns.READ_ALSO_RE, patterns.CTA_RE
_COMMENT_PROMPT = patterns.COMMENT_PROMPT_RE
_LIST_INTRO_LEAD = patterns.LIST_INTRO_LEAD_RE
_LIST_INTRO_CLAUSE = patterns.LIST_INTRO_CLAUSE_RE
# Endings a list heading may have although they count as terminal punctuation: an ellipsis, a colon.
_HEADING_TRAILS = ("...", "…", ":", "：")
# Their bits, typed for the compiled code.
_ARTICLE_END_BIT = cython.declare(cython.long, _ARTICLE_END.bit)
_LIST_INTRO_BIT = cython.declare(cython.long, _LIST_INTRO.bit)
_COPYRIGHT_BIT = cython.declare(cython.long, _COPYRIGHT.bit)
_FURNITURE_BIT = cython.declare(cython.long, _FURNITURE.bit)
_READ_ALSO_BIT = cython.declare(cython.long, _READ_ALSO.bit)
_POST_NAV_PHRASE_BIT = cython.declare(cython.long, patterns.POST_NAV_PHRASE_RE.bit)
_AD_LABEL = patterns.AD_LABEL_RE
_AD_LABEL_BIT = cython.declare(cython.long, _AD_LABEL.bit)
_COPY_BUTTON = patterns.COPY_BUTTON_RE
# A code block's "Copy" button sits between the block and the tutorial's next paragraph: removed, and the run search
# goes on over it (as over _TRANSPARENT_RULES), so a docs page is not cut off after its first code block.
COPY_BUTTON_REASON = "the copy button of a code block"
# A file's type and size in brackets closing a line: "(PDF, 84 KB)", "Download PDF (214 KB)", "[DOCX | 1,2 MB]", or a
# document's type alone in brackets closing it ("Full list of grants awarded (PDF)": no audio or archive type). The
# type must be named ("Peak memory (512 MB)" heads a benchmark's section), in the brackets before the size or as a
# word of its own right before them: a compound or a type further on is a thing with a memory size, no file's link
# ("1998: der erste MP3-Player (32 MB)", "Rio PMP300 mit MP3 und Kopierschutz (32 MB)" in a list of devices).
_FILE_TYPE = r"(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|csv|epub|mp3|пдф|पीडीएफ)"
_FILE_SIZE = r"\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|kB|[kKM]o|КБ|МБ|Кб|Мб)\s*[)\]]$"
_DOWNLOAD_LINK_RE = re.compile(
    r"[(\[]\s*" + _FILE_TYPE + r"(?![^\W_])\s*[,;|·:–—-]?\s*" + _FILE_SIZE
    + r"|(?<![^\W_])" + _FILE_TYPE + r"\s*[(\[]\s*" + _FILE_SIZE,
    re.IGNORECASE,
)
# A document's type alone in brackets: weaker than a size, it names what an article's list or reference list names
# as well (unmark_listed_documents).
_DOCUMENT_LINK_RE = re.compile(r"[(\[]\s*(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|пдф|पीडीएफ)\s*[)\]]$", re.IGNORECASE)
_COPY_BUTTON_BIT = cython.declare(cython.long, _COPY_BUTTON.bit)
_SHARE_BUTTON = patterns.SHARE_BUTTON_RE
_SHARE_BUTTON_BIT = cython.declare(cython.long, _SHARE_BUTTON.bit)
_IMAGE_CONTROL = patterns.IMAGE_CONTROL_RE
_IMAGE_CONTROL_BIT = cython.declare(cython.long, _IMAGE_CONTROL.bit)
_EXPANDER = patterns.EXPANDER_CONTROL_RE
_EXPANDER_BIT = cython.declare(cython.long, _EXPANDER.bit)
# A post link opens with a FURNITURE word ("Previous", "Next") or with one of the other languages' phrases.
_POST_NAV_BITS = cython.declare(cython.long, _FURNITURE.bit | patterns.POST_NAV_PHRASE_RE.bit)
_CTA_BIT = cython.declare(cython.long, _CTA.bit)
_COMMENT_PROMPT_BIT = cython.declare(cython.long, _COMMENT_PROMPT.bit)
_AD_DISCLOSURE = patterns.AD_DISCLOSURE_RE
_AD_DISCLOSURE_BIT = cython.declare(cython.long, _AD_DISCLOSURE.bit)
_OPINION = patterns.OPINION_DISCLAIMER
_OPINION_BIT = cython.declare(cython.long, _OPINION.bit)
_MED_DISCLAIMER = patterns.MEDICAL_DISCLAIMER
_MED_DISCLAIMER_BIT = cython.declare(cython.long, _MED_DISCLAIMER.bit)
# Bits of the shared scan for gates with exact substring tests of their own (patterns.phrase_list_bit): a line
# without the bit holds none of the substrings, in any case, and skips the tests.
_INVESTMENT_KEYS_BIT = cython.declare(cython.long, patterns.INVESTMENT_DISCLAIMER_KEYS_BIT)
_SHARE_PLEA_CJK_KEYS_BIT = cython.declare(cython.long, patterns.SHARE_PLEA_CJK_KEYS_BIT)
_COMMENT_POLICY_KEYS_BIT = cython.declare(cython.long, patterns.COMMENT_POLICY_KEYS_BIT)
MED_DISCLAIMER_MAX_WORDS = 50  # a note of one or two sentences
_APP_PROMO = patterns.APP_PROMO_RE
_APP_PROMO_BIT = cython.declare(cython.long, _APP_PROMO.bit)
_CHANNEL_PROMO_RULE = ("promo", "invitation to join the site's messaging channel ('Join our WhatsApp channel')")
CHANNEL_PROMO_MAX_WORDS = 16
CHANNEL_ALONE_MAX_WORDS = 5  # "Join our channel", "Подписывайтесь на наш канал": the invitation and nothing else
_NEWSLETTER_FORM = patterns.NEWSLETTER_FORM_RE
_NEWSLETTER_FORM_BIT = cython.declare(cython.long, _NEWSLETTER_FORM.bit)
_NEWSLETTER_FORWARD = patterns.NEWSLETTER_FORWARD_RE
_NEWSLETTER_FORWARD_BIT = cython.declare(cython.long, _NEWSLETTER_FORWARD.bit)
_BREADCRUMB_BIT = cython.declare(cython.long, patterns.BREADCRUMB_RE.bit)
_FEEDBACK_PROMPT = patterns.FEEDBACK_PROMPT_RE
_SCAM_WARNING = patterns.SCAM_WARNING_RE
_SCAM_WARNING_BIT = cython.declare(cython.long, _SCAM_WARNING.bit)
SCAM_WARNING_MAX_WORDS = 30  # the warning and a sentence or two on what the site never asks


def _sites_scam_warning(text: str) -> bool:
    """The site's warning against fraud (patterns.SCAM_WARNING_RE) alone, or over what the site never asks in its
    own voice (patterns.SCAM_SITE_VOICE_RE): a news story opening with the same exclamation goes on with who warned
    of what ("Beware of scams! That was the warning police gave ..."), which is text."""
    m = _SCAM_WARNING.regex.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    return not rest.strip(" .!！。") or patterns.SCAM_SITE_VOICE_RE.search(rest) is not None


def _plain_words(name: str) -> bool:
    """A name in lower-case letters alone ("swimming", "belly rubs"): a word of the language, no user's handle
    (which has a digit, an underscore, a dot or a capital: "Tom84", "jane_d", "ana.r", "Max")."""
    return name.replace(" ", "").replace("'", "").replace("-", "").isalpha() and name.islower()


def _likes_row(text: str) -> bool:
    """A forum post's likes row (patterns.LIKES_ROW_RE) of user names, not a profile's list of things it likes
    ("Likes: belly rubs, walks and treats", "Me gusta: el fútbol, la música y el cine", "Likes: Belly Rubs, Long
    Walks, Treats"): the names are not all lower-case words, and none is a phrase of them (an article and a noun,
    "el fútbol"); nor, all words of letters in any case, is one a phrase of them."""
    if not patterns.LIKES_ROW_RE.match(text):
        return False
    cut = text.find(":")
    wide = text.find("：")
    if cut < 0 or 0 <= wide < cut:
        cut = wide
    names = [n for n in patterns.LIKES_ROW_SPLIT_RE.split(text[cut + 1:].strip()) if n]
    plain = [n for n in names if _plain_words(n)]
    if len(plain) == len(names) or any(" " in n for n in plain):
        return False
    # The same list in title case ("Likes: Belly Rubs, Long Walks, Treats"): every name words of letters alone,
    # one of them a phrase. A row of users' names in letters alone gives one word each ("Max, Anna und Lisa"), or
    # two each, a first name and a family name ("Jane Doe, Tom Smith"); a list of things mixes its lengths.
    words = [n for n in names if _plain_words(n.lower())]
    return len(words) < len(names) or not any(" " in n for n in words) or all(len(n.split()) == 2 for n in names)


_POST_FOOTER = patterns.POST_FOOTER_RE
_POST_FOOTER_BIT = cython.declare(cython.long, _POST_FOOTER.bit)
POST_FOOTER_MAX_WORDS = 14
_PAGE_VIEWS = patterns.PAGE_VIEWS_RE
_PAGE_VIEWS_BIT = cython.declare(cython.long, _PAGE_VIEWS.bit)
PAGE_VIEWS_MAX_WORDS = 24  # a sentence counting the page's parts and one counting its readers
_FEEDBACK_PROMPT_BIT = cython.declare(cython.long, _FEEDBACK_PROMPT.bit)
_SITE_SURVEY = patterns.SITE_SURVEY_RE
_SITE_SURVEY_BIT = cython.declare(cython.long, _SITE_SURVEY.bit)
SITE_SURVEY_MAX_WORDS = 20  # (a CJK line counts about two characters a word)
_RUN_ON_BUTTON = patterns.RUN_ON_BUTTON_RE
_RUN_ON_BUTTON_BIT = cython.declare(cython.long, _RUN_ON_BUTTON.bit)
_PAYWALL_NOTICE = patterns.PAYWALL_NOTICE_RE
_PAYWALL_NOTICE_BIT = cython.declare(cython.long, _PAYWALL_NOTICE.bit)
_WIRE_CREDIT = patterns.WIRE_CREDIT_RE
_WIRE_CREDIT_BIT = cython.declare(cython.long, _WIRE_CREDIT.bit)
_WIRE_CREDIT_BARE = patterns.WIRE_CREDIT_BARE_RE
_MEDIA_LINK = patterns.MEDIA_LINK_RE
_MEDIA_LINK_BIT = cython.declare(cython.long, _MEDIA_LINK.bit)
_READ_ALSO_BARE = patterns.READ_ALSO_BARE_RE
_READ_ALSO_BARE_BIT = cython.declare(cython.long, _READ_ALSO_BARE.bit)
_IMAGE_CAPTION = patterns.IMAGE_CAPTION_RE
_IMAGE_CAPTION_BIT = cython.declare(cython.long, _IMAGE_CAPTION.bit)
IMAGE_CAPTION_MAX_WORDS = 80  # a long caption; a paragraph that merely ends in a credit is not one
_PLAYER_FALLBACK = patterns.PLAYER_FALLBACK_RE
_PLAYER_FALLBACK_BIT = cython.declare(cython.long, _PLAYER_FALLBACK.bit)
_MEDIA_PLACEHOLDER = patterns.MEDIA_PLACEHOLDER_RE
# A placeholder sits where the player or the embed was, between two paragraphs: transparent to the run search.
_MEDIA_PLACEHOLDER_RULE = ("media-placeholder", "placeholder of a player or an embed the page did not run ('Play Video', 'Embed from ...', a consent notice)")
# One category named under a singular label, with a number and no list separator: a field of the article's data
# ("Κατηγορία: 59 κιλά γυναικών", a weight class; "श्रेणी: सामान्य – अधिकतम 30 वर्ष", an age limit per candidate
# category), not the row of a post's or wiki page's categories ("Categories: 1864 establishments | Lighthouses").
_CATEGORY_FIELD_RE = re.compile(
    r"(?:category|categoría|categoria|catégorie|kategorie|kategoria|категория|κατηγορία|קטגוריה|تصنيف|رده|श्रेणी"
    r"|კატეგორია|կատեգորիա)\s*[:：]\s*[^|•·»,;،]*\d[^|•·»,;،]*$",
    re.IGNORECASE,
)


def _category_field(text: str) -> bool:
    """A category label over a data value (a number in it, one item): a field of the article, no category row."""
    return _CATEGORY_FIELD_RE.match(text) is not None


# The section or department an article or a notice is filed under, as a labelled row of its header: "Área: Medio
# Ambiente", "Sección: Deportes", "Rubrik: Kultur", "Ressort: Politik", "Rubrique : Société", "Sezione: Cronaca",
# "Rubriek: Binnenland", "Dział: Kraj", "Рубрика: Общество", "Раздел: Экономика", "Section: Local news". A name
# after the label (capitalized, up to four words): no digit (a data field: "Área: 250 m²"), no sentence, no list. ("Thema:", "Topic:" not: an
# event notice's talk is announced so.)
SECTION_LABEL_MAX_WORDS = 4  # words of the section's name
_SECTION_LABEL_RULE = ("categories", "section or department label of an article or a notice ('Área: Medio Ambiente')")
_SECTION_LABEL_FIRST = frozenset("ÁáSsRrDdРр")  # (Р: the Cyrillic letter)
_SECTION_LABEL_RE = re.compile(
    r"(?:área|sección|secção|seção|sezione|rubri(?:k|que|ek|ca)|ressort|dział|рубрика|раздел|section)"
    r"\s*:\s*[^\W\d_][^\d.!?:;|,]{0,40}$",
    re.IGNORECASE,
)


def _section_label_row(text: str) -> bool:
    """A header's labelled section row (see _SECTION_LABEL_RE); the first character and the colon are tested first."""
    if text[:1] not in _SECTION_LABEL_FIRST or ":" not in text or _SECTION_LABEL_RE.match(text) is None:
        return False
    value = text.split(":", 1)[1].split()  # a name: capitalized, a few words ("Section: the part that matters" is not)
    return value[0][:1].isupper() and len(value) <= SECTION_LABEL_MAX_WORDS


_CATEGORY_ROW = patterns.CATEGORY_ROW_RE
_CATEGORY_ROW_BIT = cython.declare(cython.long, _CATEGORY_ROW.bit)
_DONATION = patterns.DONATION_RE
_DONATION_BIT = cython.declare(cython.long, _DONATION.bit)
_DONATION_RULE = ("donation", "line of a donation box: its appeal, its blurb or its button")
_HATNOTE = patterns.HATNOTE_RE
_HATNOTE_BIT = cython.declare(cython.long, _HATNOTE.bit)
_HATNOTE_RULE = ("read-also", "hatnote: link to the main article on the section's topic")
_POST_META = patterns.POST_META_RE
_POST_META_BIT = cython.declare(cython.long, _POST_META.bit)
_SOCIAL_EMBED_RULE = ("social-embed", "line of an embedded social-media post (author, handle, counters, buttons)")
_POST_META_RULE = ("post-meta", "meta line of a post: a date with two labelled fields (published, updated, by, source, views)")
# First characters that can open a match (re.IGNORECASE included: "ſ" is "s", "İ" and "ı" are "i", "ᲁ" is
# "д"); the regex runs only on lines that start with one. A decimal digit (\d) opens timestamps and feed items.
_AUTHOR_BOX_FIRST = frozenset("ASÀÜOW")  # the heading is capitalized: only upper-case openers
# The first letters of patterns.BOOKING_CTA_RE's imperatives (compare, check, see, find, view, voir, preise, angebote, bekijk,
# ...), in either case ("ſ" is "s"): about four short lines in five open with another character and skip the regex.
_BOOKING_CTA_FIRST = patterns.ignorecase_forms("abcfpsv")
# Each first letter's second ones in those imperatives ("co" of compare, "ch" of check, "vé" of vérifier), in either
# case, keyed by every form of the first (tests/test_perf_gates_g.py reads the pairs off the regex's parse tree): of
# the short lines that open with a first letter ("Sections", "Contact us", "Privacy"), about three in four have
# another second one and skip the regex.
_BOOKING_CTA_PAIRS = {"a": "n", "b": "e", "c": "ho", "f": "i", "p": "r", "s": "ep", "v": "eioé"}
_BOOKING_CTA_SECOND = {
    form: "".join(sorted(patterns.ignorecase_forms(seconds)))
    for first, seconds in _BOOKING_CTA_PAIRS.items() for form in patterns.ignorecase_forms(first)
}
_QA_META_FIRST = patterns.QA_META_FIRST  # (QA_META_RE opens with a digit or one of these)
# What patterns.QA_ASKED_ROW_RE can open with (re.IGNORECASE); tests/test_boilerplate_qa_cards_vi.py reads them off
# the regex's parse tree.
_QA_ASKED_ROW_FIRST = frozenset("AaDdHhTtPpRrGgBbCc")
_TIMESTAMP_FIRST = patterns.ignorecase_forms("abeghilmopruvzдо") | frozenset("추비반공좋싫조도답내いナ共閲回赞贊点點顶頂踩有没沒更投公发發업수게")


@cython.ccall
@cython.locals(i=cython.Py_ssize_t)
def _ends_exclaiming(text: str) -> cython.bint:
    """text.rstrip()[-1:] in "!！": the last character that is not whitespace is an exclamation mark, or
    there is none ("" is in any string). Compiled, a walk back over the whitespace instead of a stripped
    copy and a slice; it runs for most short lines."""
    if not cython.compiled:
        return text.rstrip()[-1:] in "!！"
    i = len(text) - 1
    while i >= 0 and text[i].isspace():  # str.rstrip() strips what str.isspace() calls whitespace
        i -= 1
    return i < 0 or text[i] == "!" or text[i] == "！"


# After its leading digits (\d+, \d{1,2}) every numeric form of TIMESTAMP_RE goes on with whitespace (\s:
# str.isspace) or one of these (units, "h"/":" of a clock time; "ſ" is "s" under re.IGNORECASE). None is a digit.
_TIMESTAMP_AFTER_DIGITS = patterns.ignorecase_forms("smhdwy") | frozenset(":分時日秒小天시분일초주")


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t)
def _may_be_timestamp(text: str, digits: cython.double) -> cython.bint:
    """False when TIMESTAMP_RE.match(text) cannot match; `digits` counts text's decimal digits.

    Most lines that reach it open with a digit (numbered headings "1. ...", dates "02/02/2022") or a
    capital "A"/"O" without any digit ("About", "Opinion"). A digit run must be followed by what the numeric
    forms allow; without a digit only "a/an/one <unit> ago" can match, and it needs "ago" (re.IGNORECASE:
    only "A", "G", "O" fold to "a", "g", "o"). tests/test_boilerplate_prefilters.py derives both from the regex.
    """
    n = len(text)
    if n == 0:
        return False
    if text[0].isdecimal():
        i = 1
        while i < n and text[i].isdecimal():  # \d is str.isdecimal
            i += 1
        return i < n and (text[i].isspace() or text[i] in _TIMESTAMP_AFTER_DIGITS)
    if text[0] not in _TIMESTAMP_FIRST:
        return False
    return digits > 0 or (text[0] in "AaOo" and "ago" in text.lower())


# A numeric date, with its time or not ("2025.11.28", "28/11/2025 14:02", "2025-11-28"): a part of a post's meta row.
_NUMERIC_DATE_PART_RE = re.compile(r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\.?(?:\s+\d{1,2}:\d{2})?$")
META_ROW_MAX_PARTS = 5
_COUNTER_DATE_ROW = ("counters", "row of a post's view or vote counter and its date ('조회수 1,284 · 2025.11.28')", False)
META_ROW_TABLE_MIN = 3  # such rows one after another: a table of the article ("Northfield · 04.12.2025 · 812 votes")
# A clock time, which TIMESTAMP_RE matches too ("20:00", "19h30", "8:15 pm"): a date's time, no counter.
_TIME_PART_RE = re.compile(r"^\d{1,2}[:h]\d{2}(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)


def _counter_date_row(text: str) -> bool:
    """The line is a post's meta row, its parts apart by " · ": a view or vote counter (TIMESTAMP_RE: "조회수 1,284",
    "추천 3") and a numeric date, the other parts a few words (the poster's name, "비공개 질문"). A clock time is no
    counter: "Berlin · 12.12.2025 · 20:00" is a row of a tour's or a schedule's dates, the article's own."""
    parts = [part.strip() for part in text.split(" · ")]
    if not 2 <= len(parts) <= META_ROW_MAX_PARTS or any(not part or len(part.split()) > 3 for part in parts):
        return False
    return any(_NUMERIC_DATE_PART_RE.match(part) for part in parts) and any(
        patterns.TIMESTAMP_RE.match(part) and not _TIME_PART_RE.match(part) for part in parts
    )


# What an ASCII line that QA_META_RE matches opens with (a word of its first forms), or holds (the last word of its
# counter forms, which open with a digit).
_QA_META_OPENERS = (
    "asked", "answered", "edited", "modified", "viewed", "active", "improve this ", "sorted by", "ditanya", "dijawab",
    "diubah", "dilihat", "disusun mengikut", "diurutkan ", "preguntad", "preguntat", "perguntad", "gefragt",
    "chiesto", "gesteld", "respost", "respondid", "risposto", "beantwo", "ordena", "trier par", "ordina per",
    "sortier", "sorteren op", "gesorteerd op",
)
# The openers by their first letter (all lower-case ASCII): a lowered ASCII line starts with one of them only if it
# starts with one of those under its own first letter.
_QA_META_OPENERS_BY_FIRST = {c: tuple(o for o in _QA_META_OPENERS if o[0] == c) for c in {o[0] for o in _QA_META_OPENERS}}
_QA_META_COUNTED = ("reputa", "badge", "answer", "jawapan", "jawaban", "respost", "respuest", "rispost", "antwo", "punt",
                     "ponto", "punkte")


# The same for a line of any script: every opener of QA_META_RE's letter forms up to its first \\s (cut there: "trier"
# of "trier\\s+par"), and the counted words of its digit forms, non-ASCII ones among them. tests/test_perf_gates_h.py
# reads them off the regex's parse tree.
_QA_META_OPENERS_ANY = (
    "asked", "answered", "edited", "modified", "viewed", "active", "improve this ", "sorted by", "ditanya", "dijawab",
    "diubah", "dilihat", "disusun mengikut", "diurutkan ", "preguntad", "preguntat", "perguntad", "posée", "demandé",
    "gefragt", "chiesto", "gesteld", "respost", "respondid", "répondu", "risposto", "beantwo", "ordena", "trier",
    "trié", "ordina", "sortier", "sorteren", "gesorteerd", "sắp", "trả",
)
_QA_META_COUNTED_ANY = (*_QA_META_COUNTED, "répon", "câu", "điểm")


def _qa_fold(text: str) -> str:
    """`text` lowered, the characters re.IGNORECASE reads as an ASCII letter that lower() leaves another ("ı" and
    "İ", lowered "i" and a combining dot, as "i"; "ſ" as "s"; the Kelvin sign lowers to "k") written as that letter:
    a line QA_META_RE matches opens (or holds) the words of _QA_META_OPENERS_ANY (_QA_META_COUNTED_ANY) so."""
    low = text.lower()
    if "\u0307" in low or "ı" in low or "ſ" in low:
        low = low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return low


@cython.ccall
def _may_be_qa_meta(text: str, digits: cython.double) -> cython.bint:
    """False when QA_META_RE.match(text) cannot match; `digits` counts text's decimal digits.

    Its forms open with one of _QA_META_OPENERS, or with a digit (\\d: str.isdecimal) and end with a word of
    _QA_META_COUNTED ("1,234 reputation", "3 silver badges", "2 Answers"). On an ASCII line re.IGNORECASE is
    str.lower(), so a lowered prefix or substring test rules out the lines with digits that used to reach the
    regex ("Posted May 3, 2020", "12 comments", "Share"). Another line goes on to the regex as before: one that
    opens with a letter of _QA_META_FIRST, or has digits ("ſ" is "s" under re.IGNORECASE), and then opens with a
    word of _QA_META_OPENERS_ANY or (opening with a digit) holds one of _QA_META_COUNTED_ANY, read through _qa_fold
    (tests/test_perf_gates_h.py). tests/test_boilerplate_prefilters.py checks it on the test pages and generated
    lines."""
    if not text.isascii():
        if not (text[:1] in _QA_META_FIRST or digits > 0):
            return False
        if text[:1].isdecimal():
            low = _qa_fold(text)
            for word in _QA_META_COUNTED_ANY:  # noqa: SIM110
                if word in low:
                    return True
            return False
        return _qa_fold(text[:24]).startswith(_QA_META_OPENERS_ANY)
    first = text[:1]
    if first.isdecimal():
        low = text.lower()
        for word in _QA_META_COUNTED:  # noqa: SIM110 (a generator costs more than the tests)
            if word in low:
                return True
        return False
    if first not in _QA_META_FIRST:
        return False
    openers = _QA_META_OPENERS_BY_FIRST.get(first.lower())
    return openers is not None and text.lower().startswith(openers)


@cython.ccall
def _image_caption(text: str) -> cython.bint:
    """IMAGE_CAPTION_RE's regex searches text and finds a match.

    Its credit forms (a credit word after a sentence, or set off by a space or a bar) need a ":", ".." or "…" after
    the word; without one of those only the labelled form can match, which opens with "^": match() then gives the
    same answer without the search's attempt at every position (most caption-word lines, about 80 characters
    each). tests/test_boilerplate_prefilters.py holds it to the search."""
    if ":" in text or ".." in text or "…" in text:
        return _IMAGE_CAPTION.regex.search(text) is not None
    return _IMAGE_CAPTION.regex.match(text) is not None


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t)
def _may_be_reading_time(text: str) -> cython.bint:
    """False when READING_TIME_RE.match(text) cannot match (most lines with a digit: dates, counts).

    The regex opens with a phrase ("reading time", "lesezeit", "время чтения", "読了時間"...), whose first
    characters under re.IGNORECASE are those of the literal below ("ᲀ" is "в"), or with digits (\\d:
    str.isdecimal), optional whitespace (\\s: str.isspace) and then "min..." ("m" matches only "m" and "M").
    tests/test_boilerplate_prefilters.py checks the first characters against the regex over all code points.
    """
    n = len(text)
    if n == 0:
        return False
    if text[0] in "CcDdEeLlOoRrTtVvČčВвᲀЧч読閱阅읽زموپपΧχ":
        return True
    i = 0
    while i < n and text[i].isdecimal():
        i += 1
    if i == 0:
        return False
    while i < n and text[i].isspace():
        i += 1
    return i < n and (text[i] == "m" or text[i] == "M")


@cython.ccall
@cython.locals(n=cython.Py_ssize_t)
def _may_be_feed_item(text: str) -> cython.bint:
    """False when FEED_ITEM_RE.match(text) cannot match: the regex opens with a clock time, one or two decimal
    digits (\\d: str.isdecimal) and then ":" or "h" (no re.IGNORECASE). Most lines that open with a digit are
    dates, counts or numbered headings, and fail here without a regex call; tests/test_boilerplate_prefilters.py
    reads the opening of the regex off its parse tree."""
    n = len(text)
    if n < 2 or not text[0].isdecimal():
        return False
    if text[1] == ":" or text[1] == "h":
        return True
    # A second digit: then the separator (backtracking to one digit would need the digit to be ":" or "h").
    return n > 2 and text[1].isdecimal() and (text[2] == ":" or text[2] == "h")


# "More Great Science Stories", "Other Opinion Columns", "Weitere spannende Artikel", "Autres articles à lire":
# "more"/"other" opening a short heading whose last word (or, in the Romance languages, second word) names the
# stories, with one or two words (a site's name, an adjective) between. _LIST_INTRO lists the fixed phrases ("more
# stories", "more from"); a site names its own in between.
_MORE_OPENERS = frozenset([
    "more", "other", "weitere", "mehr", "andere", "autres", "plus", "más", "otras", "otros", "mais", "outras",
    "outros", "altri", "altre", "meer", "andere", "fler", "andra", "flere", "andre", "więcej", "inne",
])
# A desk's coverage of a running story ("More election coverage", "Mehr Berichterstattung", "Más cobertura"): story
# nouns that also name what an insurance or a network covers ("More dental coverage", "Mais cobertura da rede"), so
# over a list that the article's prose goes on right under, the heading is the article's (_coverage_heading).
_COVERAGE_NOUNS = frozenset([
    "coverage", "berichterstattung", "couverture", "cobertura", "copertura", "verslaggeving", "bevakning",
    "dekning", "dækning", "relacje",
])
_STORY_NOUNS = frozenset([
    "stories", "articles", "news", "reads", "columns", "posts", "features", "artikel", "nachrichten", "geschichten",
    "beiträge", "meldungen", "actualités", "histoires", "noticias", "artículos", "historias", "notícias",
    "artigos", "matérias", "notizie", "articoli", "storie", "verhalen", "berichten", "nyheter", "artiklar",
    "artikler", "historier", "artykuły", "wiadomości",
]) | _COVERAGE_NOUNS


# What a sentence over a list of other pages names them by ("You might also be interested in these stories:",
# "What our readers said about this story:", "This post is tagged with:"): other stories, their headlines, comments,
# tags (_STORY_NOUNS and these); such a sentence announces no list of the article's own names. (Topics are an
# article's own too: "The committee will look at three topics at its next meeting:".)
_OTHER_PAGES_NOUNS = _STORY_NOUNS | frozenset([
    "headlines", "comments", "reactions", "readers", "links", "tags", "tagged", "schlagzeilen", "kommentare", "leser",
    "verschlagwortet", "commentaires", "lecteurs", "étiquettes", "titulares", "comentarios", "lectores", "etiquetas",
    "comentários", "leitores", "commenti", "lettori", "reacties", "lezers", "статьи", "новости", "комментарии",
    "читатели", "метки", "теги",
])
_OTHER_PAGES_CJK = ("文章", "新闻", "新聞", "阅读", "閱讀", "评论", "評論", "标签", "標籤", "記事", "ニュース", "コメント",
                    "読者", "タグ", "기사", "뉴스", "댓글", "독자", "태그")
# A short heading over numbered rows that names the site's own topics ("Top-Themen", "Top topics"): other stories.
_OTHER_PAGES_HEADING_NOUNS = _OTHER_PAGES_NOUNS | frozenset([
    "topics", "themen", "sujets", "thèmes", "temas", "tópicos", "argomenti", "onderwerpen", "темы",
])
_WORD_RE = re.compile(r"\w+")
# A sentence about the page itself ("This article was filed under the following topics:") or recommending more of it
# to the reader ("Diese Themen könnten Sie auch interessieren:", "Ces sujets pourraient aussi vous intéresser :").
_ABOUT_THE_PAGE_RE = re.compile(
    r"\b(?:this|dieser|diesem|diesen|dieses|cet|cette|este|esta|neste|nesta|deste|desta|questo|questa|dit|deze|эта"
    r"|эту|этой|этот|этом)\s+(?:article|post|story|page|artikel|beitrag|artículo|artigo|articolo|página|pagina"
    r"|статья|статье|статью|статьи|материал\w*|запись|записи)\b"
    r"|\b(?:might|may|could)\s+also\s+(?:like|enjoy|interest|be\s+interested)|\bauch\s+(?:interessieren|gefallen)"
    r"|\b(?:aussi|également)\s+(?:vous\s+)?(?:intéresser|plaire)|\btambién\s+(?:te|le|les|os)\s+\w+\s+(?:interesar|gustar)"
    r"|\btambém\s+(?:pode|podem)\s+(?:interessar|gostar)|\b(?:potrebbe|potrebbero)\s+(?:anche\s+)?interessar"
    r"|\book\s+(?:interessant|leuk)|\bтакже\s+(?:может|могут)\s+(?:быть\s+)?(?:интерес|понрав)"
    r"|本文|この記事|本記事|あわせて|併せて|이\s*글|이\s*기사|这篇|這篇|你可能|您可能|猜你",
    re.IGNORECASE,
)


def _names_other_pages(text: str, nouns: frozenset = _OTHER_PAGES_NOUNS) -> bool:
    """The line names other pages, headlines, comments or tags (nouns, _OTHER_PAGES_CJK), the page itself or more
    of it for the reader (_ABOUT_THE_PAGE_RE)."""
    if not text.isascii() and any(noun in text for noun in _OTHER_PAGES_CJK):
        return True
    return any(word in nouns for word in _WORD_RE.findall(text.casefold())) or _ABOUT_THE_PAGE_RE.search(text) is not None


# A page's identifiers left in the text, one to a line: style class or breakpoint names of a widget
# ("narrow-browser-and-phone", "landscape-tablet", "ad-slot-top"), a blogroll's blog names ("late-night-stitches"): a
# lone lower-case token of words joined by hyphens, in a run of STYLE_NAMES_MIN_RUN lines or more. One such line
# alone may be a list's item ("follow-up"); a run of them is no text.
_STYLE_NAME_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
STYLE_NAMES_MIN_RUN = 3
STYLE_NAMES_PROSE_REACH = 2  # lines under the run where the article's prose going on makes it the article's list
_STYLE_NAMES_RULE = ("style-names", "identifiers of the page (style classes, breakpoints, blog names), one to a line")


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t)  # (typed: every line)
def mark_style_names(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Runs of STYLE_NAMES_MIN_RUN lines or more that are each one hyphen-joined lower-case token (_STYLE_NAME_RE)
    leave the text (rule "style-names"), unless the run is the article's list (_text_list_of_terms)."""
    n = len(lines)
    i = 0
    while i < n:
        j = i
        # (A match is one token without CJK, so its line's words are 1: a cheap test before the "-" scan and the regex.)
        while j < n and cython.cast(LineFeatures, feats[j]).words == 1 and "-" in lines[j].text and _STYLE_NAME_RE.fullmatch(lines[j].text.strip()) is not None:
            j += 1
        if j - i >= STYLE_NAMES_MIN_RUN and not _text_list_of_terms(lines, feats, i, j):
            for k in range(i, j):
                lines[k].notes.setdefault("furniture", _STYLE_NAMES_RULE)
        i = max(j, i + 1)


def _text_list_of_terms(lines: list[Line], feats: list[LineFeatures], i: int, j: int) -> bool:
    """The hyphenated tokens of lines i..j-1 are a list the article sets out, not a page's identifiers: the text
    introduces it (the line above ends with a colon: "install these packages:", "the words students ask about:"),
    or the article's prose goes on right under it or under a subheading (STYLE_NAMES_PROSE_REACH: a tutorial's
    example slugs "ten-mistakes-new-bakers-make"), or most of its tokens join two words only (compound words
    "well-known", "long-term", package names "scikit-learn"), where layout and class names join three or more
    ("narrow-browser-and-phone", "landscape-tablet-and-above")."""
    if i > 0 and lines[i - 1].text.rstrip().endswith((":", "：")):
        return True
    for k in range(j, min(len(lines), j + STYLE_NAMES_PROSE_REACH)):
        if feats[k].cls == GOOD and not lines[k].notes.get("furniture"):
            return True
    longer = sum(1 for k in range(i, j) if lines[k].text.count("-") >= 2)
    return 2 * longer < j - i


MORE_STORIES_ITEM_MAX_WORDS = 16  # the headline under the heading
EXPLORE_LIST_MIN = 3  # short lines under "Explore further", prose right under them: the article's list


# Every character whose casefolding opens with the first letter of a heading more_stories_headings takes (of
# _MORE_INFO_HEADINGS, "explore further", _MORE_OPENERS: "m", "p", "w", "i", "e", "o", "a", "f"), with "İ" and the
# ligatures "ﬁ", "ﬀ": a line that opens with none of them nor a space is passed over before the helpers' split and
# casefold. Spelled out in more_stories_headings for a C switch (tests/test_perf_gates_j.py checks both).
_MORE_HEADING_FIRST_CHARS = "AEFIMOPWaefimopwİẘẚﬀﬁﬂﬃﬄ"


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, f=LineFeatures, text=str, c=cython.Py_UCS4)  # (typed: the loop runs over every line)
def more_stories_headings(lines: list[Line], feats: list[LineFeatures]) -> list[int]:
    """The lines that head a list of other articles as "More <one or two words> Stories" (_more_stories_heading),
    not terminated, a headline right under them (a line of MORE_STORIES_ITEM_MAX_WORDS words at most, not a full
    sentence, not prose) and a second one under it, or a fixed-phrase list heading just above them: they take the
    list-heading rule and its hard break, as the fixed phrases do. The same words over prose, or over one short line
    and then prose ("Other Success Stories" over the article's next section and its subheadings), are the article's
    heading. "Explore further" takes the rule over a related headline, not over a list that the prose goes on under."""
    found: list[int] = []
    n = len(lines)
    for i in range(n - 1):
        f = feats[i]
        if not 2 <= f.words <= 5 or f.terminal:
            continue
        text = lines[i].text
        if not text:
            continue
        c = text[0]
        if c not in "AEFIMOPWaefimopwİẘẚﬀﬁﬂﬃﬄ" and not c.isspace():  # (_MORE_HEADING_FIRST_CHARS)
            continue
        if lines[i].notes.get("furniture"):
            continue
        if _more_info_heading(lines[i].text):
            # "Máis información", "More information" over two or three headlines inside the article: a box of
            # links to other stories. Over a contact block (a phone row, an address), a closing note of facts
            # (sentences) or one link, it is the article's.
            if not _more_info_box(lines, feats, i):
                continue
        elif f.words == 2:
            # "Explore further" over the one related story a science desk links under the article (then its
            # citation line and reuse notice). Over a list of EXPLORE_LIST_MIN short lines or more that the prose
            # goes on right under (a tutorial's ideas to try, its next steps) it is the article's section heading.
            if lines[i].text.strip().rstrip(":：").casefold() != "explore further":
                continue
            k = i + 1
            while _more_stories_item(lines, feats, k):
                k += 1
            if k == i + 1 or (k - i - 1 >= EXPLORE_LIST_MIN and k < n and feats[k].cls == GOOD):
                continue
        # A headline under it, and the list goes on under the headline (a second one right under it) or the heading
        # names the list that a heading of the fixed phrases ("More stories") just above opens. One headline over
        # prose ("Other Success Stories", then "Maria Lopez, nurse" over her paragraph) is the article's section
        # and its subheading.
        elif not (
            _more_stories_heading(lines[i].text) and _more_stories_item(lines, feats, i + 1)
            and (_more_stories_item(lines, feats, i + 2) or _list_heading_above(lines, i))
        ):
            continue
        elif _coverage_heading(lines[i].text):
            # "More dental coverage" over the plan's benefits, the article going on under them: its section.
            k = i + 1
            while _more_stories_item(lines, feats, k):
                k += 1
            if k < n and feats[k].cls == GOOD and not lines[k].notes.get("furniture"):
                continue
        lines[i].notes["furniture"] = ("list-heading", "heading that introduces a list of other articles")
        lines[i].notes["hard_break"] = True
        found.append(i)
    return found


# "Похожие решения", "Altri avvisi", "Other decisions", "Weitere Beschlüsse", "Autres annonces", "Otros avisos",
# "Inne ogłoszenia", "其他公告", "他のお知らせ": a "similar / other / more / related / earlier / latest" word and ONE noun,
# whatever the noun (a site names its own pages: decisions, notices, recipes), over a list of other pages' names
# after the article's last paragraph. The word opens the line (_OTHER_PAGES_OPENERS) or, in the Romance languages,
# closes it ("Avvisi simili", "Annonces similaires", _OTHER_PAGES_CLOSERS); CJK and Korean write it before the noun
# (_OTHER_PAGES_CJK_RE). The same words head an article's own sections ("Other factors", "Weitere Gründe", "Похожие
# симптомы") over paragraphs: other_pages_headings asks the list shape under it (_other_pages_list).
_OTHER_PAGES_OPENERS = frozenset([
    "other", "more", "similar", "related", "further", "previous", "earlier", "older", "latest", "recent",
    "weitere", "andere", "ähnliche", "verwandte", "frühere", "ältere", "neueste", "aktuelle", "letzte",
    "autres", "anciens", "anciennes", "derniers", "dernières",
    "otros", "otras", "últimos", "últimas", "outros", "outras",
    "altri", "altre", "ultimi", "ultime",
    "andere", "overige", "vergelijkbare", "soortgelijke", "eerdere", "recente", "nieuwste",
    "andra", "fler", "liknande", "tidigare", "senaste", "andre", "flere", "lignende", "tidligere", "seneste", "siste",
    "inne", "podobne", "pozostałe", "powiązane", "poprzednie", "ostatnie", "najnowsze",
    "další", "jiné", "podobné", "ostatní", "související", "předchozí", "nejnovější",
    "похожие", "другие", "связанные", "аналогичные", "предыдущие", "последние", "остальные",
    "схожі", "подібні", "інші", "пов'язані", "пов’язані", "попередні", "останні",
    "diğer", "benzer", "ilgili", "önceki", "다른", "관련", "비슷한", "유사한", "이전", "최근",
])
_OTHER_PAGES_CLOSERS = frozenset([
    "similaires", "connexes", "précédents", "précédentes", "récents", "récentes", "similares", "relacionados",
    "relacionadas", "anteriores", "recientes", "semelhantes", "recentes", "simili", "correlati", "correlate",
    "precedenti", "recenti",
])
_OTHER_PAGES_CJK_RE = re.compile(
    r"(?:其他|其它|更多|相关|相關|类似|類似|相似|往期|以往|その他の|他の|類似の|似た|関連(?:する)?|過去の|最新の)"
    r"[^\W\d_]{1,6}|(?:다른|관련|비슷한|유사한|이전|최근)\s*[^\W\d_]{1,6}"
)
OTHER_PAGES_LIST_MIN = 2  # names under the heading
OTHER_PAGES_ITEM_MIN_WORDS = 3  # a page's name says something; a list of the article's terms ("Age", "Diet") is short


def _other_pages_heading(text: str) -> bool:
    """ "<other word> <noun>" or "<noun> <Romance other word>" (_OTHER_PAGES_OPENERS, _OTHER_PAGES_CLOSERS), a colon
    at most after it; CJK and Korean "其他公告", "他のお知らせ", "다른 공지" (_OTHER_PAGES_CJK_RE). No digit, no sentence end."""
    text = text.strip().rstrip(":：").rstrip()
    parts = text.split()
    if len(parts) == 2:
        first, last = parts[0].casefold(), parts[1].casefold()
        if not (last.isalpha() and first.replace("'", "").replace("’", "").isalpha()):
            return False
        return first in _OTHER_PAGES_OPENERS or last in _OTHER_PAGES_CLOSERS
    if len(parts) <= 2 and not text.isascii() and len(text) <= 10:
        return _OTHER_PAGES_CJK_RE.fullmatch(text) is not None
    return False


@cython.cfunc
def _kept_prose(line: Line, f: LineFeatures) -> cython.bint:
    """A good line that no rule took: the article's prose, which other_pages_headings looks for just above a heading
    (_prose_just_above) and under its list (_other_pages_list)."""
    return f.cls == _GOOD_CLS and not line.notes.get("furniture")


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t)
def _prose_just_above(lines: list, feats: list, i: cython.Py_ssize_t) -> cython.bint:
    """A good line that no rule took within the two lines above line i (a C loop: other_pages_headings asks it of
    every short line before the heading's words, as the cheaper test)."""
    for k in range(max(0, i - 2), i):  # noqa: SIM110 (a generator is a closure: no C loop)
        if _kept_prose(lines[k], feats[k]):
            return True
    return False


@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t, j=cython.Py_ssize_t)
def _other_pages_list(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """Under heading i, OTHER_PAGES_LIST_MIN names of other pages or more (short lines, no full sentence, no prose,
    OTHER_PAGES_ITEM_MIN_WORDS words or more) up to the page's end or its next furniture, and none of the article's
    prose under it anywhere: the heading sits after the article's last paragraph. (Its caller,
    other_pages_headings, has asked for the prose above it first: _prose_just_above.)"""
    n = len(lines)
    k = i + 1
    while (
        k < n and not lines[k].notes.get("furniture") and _more_stories_item(lines, feats, k)
        and feats[k].words >= OTHER_PAGES_ITEM_MIN_WORDS
    ):
        k += 1
    if k - i - 1 < OTHER_PAGES_LIST_MIN or (k < n and not lines[k].notes.get("furniture")):
        return False
    for j in range(k, n):  # noqa: SIM110 (a generator is a closure: no C loop)
        if _kept_prose(lines[j], feats[j]):
            return False
    return True


@cython.locals(i=cython.Py_ssize_t, f=LineFeatures)
def other_pages_headings(lines: list[Line], feats: list[LineFeatures]) -> list[int]:
    """The lines that head a list of other pages as "<other word> <noun>" (_other_pages_heading) after the
    article's last paragraph (_other_pages_list): the list-heading rule and its hard break."""
    found: list[int] = []
    for i in range(1, len(lines) - 1):
        f = feats[i]
        if f.words > 4 or f.terminal or f.digits or lines[i].notes.get("furniture"):
            continue
        # (The prose above first, which _other_pages_list needs too: asked before the heading's words, it turns away
        # most short lines, a menu's and a list's, at a cost of two look-ups.)
        if _prose_just_above(lines, feats, i) and _other_pages_heading(lines[i].text) and _other_pages_list(lines, feats, i):
            lines[i].notes["furniture"] = ("list-heading", "heading that introduces a list of other pages ('Other notices')")
            lines[i].notes["hard_break"] = True
            found.append(i)
    return found


# "More information" in the languages of the lists: a heading that also opens a contact block or a closing note of
# facts, so it heads a box of other stories only over headlines inside the article (_more_info_box).
_MORE_INFO_HEADINGS = frozenset([
    "more information", "more info", "más información", "máis información", "mais informação", "mais informações",
    "més informació", "plus d'informations", "plus d’informations", "mehr informationen", "weitere informationen",
    "maggiori informazioni", "più informazioni", "meer informatie", "więcej informacji", "mer information",
    "mere information", "mer informasjon", "informazioni utili",
])
MORE_INFO_ITEMS = (2, 4)  # headlines of an inline "more information" box
MORE_INFO_ITEM_MIN_WORDS = 4  # a headline says something; a contact row names a place or a number
_MORE_INFO_ITEM_BAD = re.compile(r"[:：@/]|\d{3}|www\.")


def _more_info_heading(text: str) -> bool:
    """A "More information" heading (_MORE_INFO_HEADINGS), with or without a colon."""
    return text.strip().rstrip(":：").strip().casefold() in _MORE_INFO_HEADINGS


def _more_info_box(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """Heading i over MORE_INFO_ITEMS headlines (_more_stories_item, MORE_INFO_ITEM_MIN_WORDS words or more, no
    label, address, phone or link) between the article's paragraphs: a good line right above the heading and
    a good one or a sentence ending in a colon right under the headlines."""
    n = len(lines)
    if i == 0 or feats[i - 1].cls != GOOD:
        return False
    k = i + 1
    while (
        k < n and k - i - 1 < MORE_INFO_ITEMS[1] and _more_stories_item(lines, feats, k)
        and feats[k].words >= MORE_INFO_ITEM_MIN_WORDS and _MORE_INFO_ITEM_BAD.search(lines[k].text) is None
        and not lines[k].notes.get("furniture")
    ):
        k += 1
    if k - i - 1 < MORE_INFO_ITEMS[0] or k >= n:
        return False
    return feats[k].cls == GOOD or _intro_sentence(lines[k].text, feats[k])


def _more_stories_item(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """Line i may be a headline of a list of other articles under a heading: a line of
    MORE_STORIES_ITEM_MAX_WORDS words at most, not a full sentence, not prose."""
    if i >= len(lines):
        return False
    g = feats[i]
    return not (g.cls == GOOD or g.terminal or g.words > MORE_STORIES_ITEM_MAX_WORDS)


MORE_STORIES_HEADING_REACH = 2  # lines above a "More ... Stories" heading a fixed-phrase list heading may sit


def _list_heading_above(lines: list[Line], i: int) -> bool:
    """A list heading of the fixed phrases ("more stories", "related") within MORE_STORIES_HEADING_REACH lines
    above line i."""
    for k in range(max(0, i - MORE_STORIES_HEADING_REACH), i):
        rule = lines[k].notes.get("furniture")
        if rule is not None and rule[0] == "list-heading":
            return True
    return False


def _more_stories_heading(text: str) -> bool:
    """A short heading "More <one or two words> Stories" (_MORE_OPENERS, _STORY_NOUNS): a list of other
    articles under it. Three to five words; the story noun ends the line, or stands second ("Autres articles du
    dossier" no, "Más noticias de Deportes", "Autres articles du dossier": a preposition after it)."""
    parts = text.split()
    if not 3 <= len(parts) <= 5 or parts[0].casefold() not in _MORE_OPENERS:
        return False
    last = parts[-1].rstrip(":：").casefold()
    return last in _STORY_NOUNS or (parts[1].casefold() in _STORY_NOUNS and parts[2].casefold() in _STORY_OF)


def _coverage_heading(text: str) -> bool:
    """A "More <topic> coverage" heading: its story noun one of _COVERAGE_NOUNS, which may name an insurance's or
    a network's coverage as well."""
    parts = text.split()
    return len(parts) >= 2 and (
        parts[1].casefold() in _COVERAGE_NOUNS or parts[-1].rstrip(":：").casefold() in _COVERAGE_NOUNS
    )


_STORY_OF = frozenset(["de", "du", "des", "da", "do", "di", "del", "della", "dal", "von", "vom", "aus", "from", "sur"])


def _names_prev_next_post(text: str, hits: cython.long) -> cython.bint:
    """ "上一篇：<title>", "Article suivant : <title>": the previous or next post's phrase (its noun in the word)
    with a colon and a title after it names one post (patterns.POST_NAV_PHRASE_RE's title branch)."""
    if not hits & _POST_NAV_PHRASE_BIT:
        return False
    m = patterns.POST_NAV_PHRASE_RE.regex.match(text)
    return m is not None and m.group("title") is not None


def _links_a_headline(text: str, hits: cython.long) -> cython.bint:
    """ "Read also: <a headline of two words or more>" on one line: an inline link, not a list heading
    ("Lire aussi : Aides au logement", "Leia também: Auxílio-moradia: quem pode pedir"). "Related:" alone, or
    with one word ("More from: Sport"), heads a list. "上一篇：<headline>" names one article in its word: a link
    whatever the title's length (_names_prev_next_post)."""
    if _names_prev_next_post(text, hits):
        return True
    if not (hits & _READ_ALSO_BIT and _READ_ALSO.regex.match(text)):
        return False
    colon = text.find(":")
    wide = text.find("：")
    if colon < 0 or (0 <= wide < colon):
        colon = wide
    return colon >= 0 and len(text[colon + 1 :].split()) >= READ_ALSO_MIN_HEADLINE_WORDS


# Words after the colon of "Read also: ..." that make it a link to one article rather than a list heading.
READ_ALSO_MIN_HEADLINE_WORDS = 2

_LIST_INTRO_NOUN = patterns.LIST_INTRO_NOUN_RE
_CTA_REVIEW_OPENING = patterns.CTA_REVIEW_OPENING_RE  # (a guide's tip "Leave a review only after ..." is text)
_EPISODES_COLON = patterns.EPISODES_COLON_RE


# A call to action whose object is the list's phrase: "Follow us on Facebook for the latest news", "Sign up for more
# stories like this", "Suivez-nous pour les dernières actualités", "Síguenos para las últimas noticias". The phrase
# comes after "for (the)" and its like, not at the line's start: the line asks the reader to do something and heads
# no list (a list's heading names it: "Latest news", "More from Sport", "Read more from Sport").
_PURPOSE_OF_PHRASE_RE = re.compile(
    r"\s(?:for|für|pour|para|per|voor)\s+(?:(?:the|die|den|das|les|la|le|las|los|el|as|os|het|de|gli|i|our|unsere|nos|nuestras|nuestros)\s+)?"
    r"(?:latest|newest|neuesten?|derni[eè]res?|[uú]ltim[ao]s|more|mehr|plus|m[aá]s|mais|altre|meer|top|best|most)\b",
    re.IGNORECASE,
)


_CALL_FOR_LIST_RULE = ("promo", "call to action for the site's other stories ('Follow us for the latest news')")


def _call_for_list_phrase(text: str) -> bool:
    """The line's list phrase is the object of a call to action (_PURPOSE_OF_PHRASE_RE), not the line's opening."""
    return _LIST_INTRO_LEAD.match(text) is None and _PURPOSE_OF_PHRASE_RE.search(text) is not None


def _section_heading_noun(text: str) -> bool:
    """The line's list-intro phrase is an episode or message phrase among other words of the line: an article's
    section heading ("Weitere Folgen des Streiks", "Altri episodi di violenza", "Mensaje anterior del presidente").
    A podcast's or an archive's heading holds the phrase alone ("Weitere Folgen", "More episodes…"). (Called only
    for a line the list-heading regexes took.)"""
    rest = _LIST_INTRO_NOUN.sub(" ", text)
    if rest == text or not any(c.isalpha() for c in rest):
        return False
    # Another phrase of the list may still make it a list heading ("Related: other episodes").
    return _LIST_INTRO.regex.match(rest) is None and _LIST_INTRO_LEAD.match(rest) is None


# A credit run into a paragraph: the line this long at least (CJK counts three), its first sentence (the credit
# and the paragraph's first sentence run together) this long, and no digit this close to the mark (a notice
# gives its year, a registration number or an address there: "© 2019 ...", "© Future US, Inc. 11 West ...").
APP_PROMO_MAX_WORDS = 15  # "Download the free <site> app for live radar and alerts"
CREDIT_PROSE_MIN_LEN = 150
CREDIT_PROSE_MIN_SENTENCE = 80
CREDIT_NO_DIGIT_SPAN = 40
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|[。！？]")


def _credit_before_prose(text: str, f: LineFeatures) -> bool:
    """A photo or syndication credit glued to a paragraph: "© Provided by <publisher> <name> The ferry ...".

    A text dump runs the credit under an image into the paragraph after it. A legal notice names its owner
    in a short first sentence ("© Publisher Ltd. Reproduction ... is prohibited."), gives a year next to the
    mark, repeats a legal phrase ("All rights reserved") or lists links with bars; a credit glued to prose
    does none of these, and its first sentence is long: the credit and the paragraph's opening sentence.
    (The line is kept whole: a stage removes lines, not parts of them, and the credit is a few words.)
    """
    stripped = text.lstrip()
    if stripped[:1] not in ("©", "ⓒ") or f.eff_len < CREDIT_PROSE_MIN_LEN or not f.terminal or "|" in text:
        return False
    if any(c.isdigit() for c in stripped[:CREDIT_NO_DIGIT_SPAN]) or _COPYRIGHT.regex.search(stripped, 1):
        return False
    m = _SENTENCE_END_RE.search(stripped)
    first = stripped if m is None else stripped[: m.end()]
    return len(first) + 2 * _cjk_count(first) >= CREDIT_PROSE_MIN_SENTENCE


MARK_IN_PROSE_MIN_WORDS = 12  # a notice with a glued mark is a short line; a sentence this long is prose
_MARK_GLUED_RE = re.compile(r"\S[©ⓒ]\s+(?!by\b)[a-z]")  # ("Design© by the studio": a credit)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _mark_in_prose(text: str, f: LineFeatures) -> bool:
    """A copyright sign used as a joke or an emphasis inside a sentence ("This isn't a manifesto™© we just think
    it's cool to share ..."): the line is a long sentence, its only copyright marker is a sign glued to the word
    before it and followed by lower-case prose, and it names no year nor legal phrase. A notice gives the sign
    before an owner's name or a year ("© 2024 Jane Doe", "Text © Jane Doe"), or ends with it."""
    if f.words < MARK_IN_PROSE_MIN_WORDS or not f.terminal:
        return False
    marks = text.count("©") + text.count("ⓒ")
    if marks == 0 or len(_MARK_GLUED_RE.findall(text)) != marks:
        return False
    if _YEAR_RE.search(text) or patterns.LEGAL_NOTICE_RE.search(text):
        return False
    # No other copyright phrase ("copyright 2020", "all rights reserved", "版权所有") once the signs are gone.
    return _COPYRIGHT.regex.search(text.replace("©", " ").replace("ⓒ", " ")) is None


QUOTED_NOTICE_LEAD_WORDS = 3  # words of the sentence before the quote that holds the notice, at least
# A quoted span: straight or curly double quotes, guillemets, German and CJK quotes.
_QUOTED_SPAN_RE = re.compile(r'"[^"]+"|“[^”]+”|„[^“”]+[“”]|«[^»]+»|「[^」]+」|『[^』]+』')


# A site's footer that quotes its own notice ("All content on this site is protected: "© 2025 Example Media. All
# rights reserved."", "Example Media Ltd, registered in England. "Copyright 2025 ..."") names the site, its content or
# the company; a sentence of a judgment or a story that quotes a notice tells what a contract, a caption or a page
# said. en, de, fr, es, pt, it, nl.
_SITE_NOTICE_WORDS_TEXT = (
    "site sites website websites webpage content contents material materials unless otherwise registered ltd llc "
    "inc plc gmbh ag sarl srl bv protected webseite inhalte geschützt sofern nicht angegeben contenus contenu "
    "protégé protégés protégée protégées sauf mention sitio contenido contenidos protegido protegidos salvo "
    "conteúdo conteúdos protegida sito contenuti protetti protetto inhoud beschermd tenzij"
)
_SITE_NOTICE_WORDS = frozenset(_SITE_NOTICE_WORDS_TEXT.split())


def _notice_quoted_in_prose(text: str) -> bool:
    """A copyright phrase that a sentence quotes ("Clause 5 provided: "All rights reserved by the Licensor ..."",
    "... a screenshot with the caption "Copyright © 2014. All rights reserved.""): every copyright phrase of the
    line lies inside quotation marks, and QUOTED_NOTICE_LEAD_WORDS words or more of the sentence come before the
    quote. A judgment or an article about copyright law quotes notices; a site's notice is not in quotes, or names
    the site, its content or the company around the quote (_SITE_NOTICE_WORDS)."""
    spans = [(m.start(), m.end()) for m in _QUOTED_SPAN_RE.finditer(text)]
    if not spans or len(text[:spans[0][0]].split()) < QUOTED_NOTICE_LEAD_WORDS:
        return False
    if not _SITE_NOTICE_WORDS.isdisjoint(re.findall(r"[^\W\d_]+", text.casefold())):
        return False  # the site's own notice, quoted (_SITE_NOTICE_WORDS)
    found = False
    for m in _COPYRIGHT.regex.finditer(text):
        found = True
        if not any(a < m.start() and m.end() < b for a, b in spans):
            return False
    return found


OPINION_DISCLAIMER_MAX_WORDS = 60  # an author's note with the disclaimer at its end; an article paragraph is longer


_COMMENT_POLICY_RULE = ("comment-policy", "the site's rules for reader comments, at the head of the comment section")


@cython.ccall
def _may_be_comment_policy(text: str) -> cython.bint:
    """The line names comments in a language of patterns.COMMENT_POLICY_RE ("comment", "comentario",
    "commentaire", "commenti", "Kommentar", "评论"): a substring test before the regex, for every line under
    400 characters (the policies are paragraphs too long for the shared phrase scan)."""
    if "omment" in text or "omentario" in text:
        return True
    # (An ASCII line holds none of the others: str.isascii is a flag, not a scan.)
    return not text.isascii() and ("omentário" in text or "评论" in text or "評論" in text)


# A word each alternative of patterns.COMMENT_POLICY_RE holds ("... reserve the right to remove ...", "moderated",
# "responsibility", "responsabilidad", "derecho", "direito", "droit", "wir behalten uns", "评论"), in lower case.
_COMMENT_POLICY_WORDS = ("right", "moderated", "respons", "respectful", "derecho", "direito", "droit", "behalten", "评论", "評論")


@cython.ccall
def _may_state_comment_policy(text: str) -> cython.bint:
    """The line holds a word of _COMMENT_POLICY_WORDS, matched as re.IGNORECASE matches (lower case, folded as
    phrase_hits folds): a line that names comments without one skips the regex, a search over up to 400
    characters that tries its dozen alternatives at every word (~80 µs a line)."""
    low = patterns._ignorecase_fold(text.lower())
    for word in _COMMENT_POLICY_WORDS:  # noqa: SIM110 (a generator costs more than the tests)
        if word in low:
            return True
    return False


POST_META_MAX_LEN = 160  # (effective length) a meta line of fields, not a paragraph that names a date and a source
POST_META_MAX_WORDS = 25
POST_META_MIN_FIELDS = 2  # one field with a date is a dateline or a byline: the metadata stage's, or the article's
_POST_META_BY = frozenset(("by", "par", "por", "von"))


def post_meta_line(text: str, f: LineFeatures) -> bool:
    """The line is a post's meta line: a date and two labelled fields or more, no sentence.

    The metadata stage takes one date line and one byline under the title; a second meta line of the header
    ("Published 21 November 2019 · Tagged with tooling"), the meta line of a forum or blog post ("发布: 2021-1-29
    13:18|点击: 313|来自: 互联网"), or one under the article ("Posted in News | Updated 3 May 2024") stays, and
    sits inside the article's run. One field alone ("Published Monday, Nov. 18, 2019", "Posted by Jane on
    2019-02-15") may be the article's own dateline: two fields make a line of site furniture.
    """
    if f.terminal or f.eff_len > POST_META_MAX_LEN or f.words > POST_META_MAX_WORDS:
        return False
    if "，" in text or "。" in text or not _dateish(text):
        return False
    fields = set()
    for m in _POST_META.regex.finditer(text):
        word = m.group().split()[0].casefold()
        fields.add("by" if word in _POST_META_BY else word)
    return len(fields) >= POST_META_MIN_FIELDS


MEDIA_LINK_MAX_WORDS = 20
# A list's heading naming its topic between "more" and "news": "More mortgage news", "More transfer news",
# "Weitere Wirtschaft-Nachrichten", "Más noticias de vivienda", "Mais notícias sobre saúde", "Plus d'actualités
# immobilières", "Больше новостей о спорте", "更多体育新闻", "その他の経済ニュース", "더 많은 경제 뉴스". (The lists hold
# the phrases without the topic: "more news", "más noticias".) Not "other" nor
# "stories": "Other Success Stories" and "More Great Stories" head the article's own sections as often
# (en_feature_other_success_stories; more_stories_headings judges such headings by what follows them).
_MORE_TOPIC_NEWS_RE = re.compile(
    r"more\s+(?:[\w'’-]+\s+){1,2}news"
    r"|(?:mehr|weitere)\s+(?:[\w-]+[\s-])?(?:nachrichten|artikel|meldungen|news)"
    r"|más\s+(?:noticias|artículos)\s+(?:de|sobre)\s+(?:[\w-]+\s*){1,2}"
    r"|mais\s+(?:notícias|artigos)\s+(?:de|sobre|da|do)\s+(?:[\w-]+\s*){1,2}"
    r"|plus\s+d['’](?:actualités|articles|infos)\s+(?:[\w'’-]+\s*){1,2}"
    # "Больше новостей о спорте", "Ещё новости экономики", "更多体育新闻", "その他の経済ニュース", "더 많은 경제 뉴스"
    r"|(?:больше|ещё|еще)\s+новостей\s+(?:о|об|про|из|по)\s+[\w-]+(?:\s+[\w-]+)?|(?:ещё|еще)\s+новости\s+[\w-]+"
    r"|更多\w{1,4}(?:新闻|新聞|资讯|資訊)|その他の\w{1,8}ニュース|더\s*많은\s+(?:\w+\s*){1,2}뉴스",
    re.IGNORECASE,
)
_MORE_TOPIC_INITIALS = "mMwWpPбБеЕ更そ더"  # (a first-letter check before the regex: it runs on short lines)
_MORE_TOPIC_CJK_INITIALS = "更そ더"
# A row of links to the sibling pages of a guide or a series, labelled "other ...": "Other candidates in this race:
# Martin Kessler | Jun Park", "Weitere Kandidaten: A | B", "Autres épisodes : A | B", "其他候选人：A | B".
_SIBLING_LABEL_RE = re.compile(
    r"(?:other|others|weitere|andere|autres|otros|otras|outros|outras|altri|altre|overige|andere|inne|pozostali"
    r"|další|ostatní|другие|остальные|ostali|diğer|其他|其它|他の|다른)\b[^:：|]{0,60}[:：]\s*",
    re.IGNORECASE,
)
SIBLING_ROW_MAX_WORDS = 24
SIBLING_ITEM_MAX_WORDS = 5


_SIBLING_ROW_RULE = ("furniture", "row of links to the sibling pages ('Other candidates in this race: A | B')")


def sibling_rows_in_run(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> None:
    """A row of links to the sibling pages inside the main run goes (_sibling_links_row). No line rule takes it
    before the run search: between a guide's intro and the page's own fact rows it costs what a short line does,
    and as furniture it would cut the intro off."""
    for i in range(start, min(end, len(lines))):
        line, f = lines[i], feats[i]
        if f.words > SIBLING_ROW_MAX_WORDS or f.terminal or " | " not in line.text or line.notes.get("furniture"):
            continue
        if _sibling_links_row(line.text):
            line.notes["furniture"] = _SIBLING_ROW_RULE


# A sidebar's bulleted headlines that a page's table layout interleaves with the article's paragraphs in a text dump
# ("·珠宝首饰/手表/眼镜", "• 零风险铸就创业梦想" between two paragraphs). Only in CJK text, where a bullet sign opens
# a line with or without a space after it.
_SIDEBAR_BULLET_MARKS = "·•・･▪◦●"  # the regex's first character (a premise tested before it)
_SIDEBAR_BULLET_RE = re.compile(r"^[" + _SIDEBAR_BULLET_MARKS + r"]\s*\S")
_SIDEBAR_BULLET_LANGUAGES = frozenset(("zh", "ja", "ko"))
SIDEBAR_BULLET_MAX_CHARS = 40  # a headline's length at most
SIDEBAR_PROSE_MIN_CHARS = 40  # the paragraphs around such a line
SIDEBAR_BULLET_MIN_LINES = 2  # bulleted lines between paragraphs the page has at least
SIDEBAR_RUN_MAX_LINES = 5  # bulleted lines in a row (between two paragraphs) taken with them
SIDEBAR_BELOW_LINES = 3  # paragraphs under a bulleted line its words are looked for in
SIDEBAR_BULLET_MAX_OVERLAP = 0.2  # their mean share of words found there (a subheading's recur under it)
_SIDEBAR_BULLET_RULE = (
    "sidebar-bullet",
    "a bulleted headline of a sidebar interleaved with the article's paragraphs, whose words the paragraphs under "
    "it do not take up",
)


def sidebar_bullets_in_run(lines: list[Line], feats: list[LineFeatures], start: int, end: int, language: str) -> None:
    """Bulleted headlines of a sidebar that the text dump interleaves with the article's paragraphs go.

    A candidate is a short bulleted line inside the run, no sentence, with a paragraph right above it and right
    under it (or a run of up to five such lines between two paragraphs, the first not announcing a list with a
    colon). The page must have two candidates or more, two of them only one paragraph apart (a sidebar's rows fall
    at each line of the layout; an article's sections run longer), and the candidates' words must mostly not
    recur in the paragraphs under them: a bulleted subheading ("• 政策背景") names what its section says, a
    sidebar's headline ("· 某地出台新规 …") is another story, however close its topic."""
    if language not in _SIDEBAR_BULLET_LANGUAGES:
        return
    end = min(end, len(lines))
    groups: list[tuple[int, int]] = []  # (first, last + 1) of each run of bulleted lines between two paragraphs
    i = start + 1
    while i < end - 1:
        if not _sidebar_bullet(lines[i], feats[i]):
            i += 1
            continue
        j = i + 1
        while j < end and j - i <= SIDEBAR_RUN_MAX_LINES and _sidebar_bullet(lines[j], feats[j]):
            j += 1
        if (
            j < end and j - i <= SIDEBAR_RUN_MAX_LINES and _sidebar_prose(lines[i - 1], feats[i - 1])
            and _sidebar_prose(lines[j], feats[j])
            and not (j - i > 1 and lines[i - 1].text.rstrip()[-1:] in (":", "："))
        ):
            groups.append((i, j))
        i = j
    if sum(b - a for a, b in groups) < SIDEBAR_BULLET_MIN_LINES:
        return
    if not any(groups[k + 1][0] - groups[k][1] == 1 for k in range(len(groups) - 1)):
        return
    shares: list[float] = []
    for k, (a, b) in enumerate(groups):
        stop = groups[k + 1][0] if k + 1 < len(groups) else end
        below = [lines[m].text for m in range(b, min(stop, b + SIDEBAR_BELOW_LINES))]
        below_words = _card_vocabulary(below, language)
        for m in range(a, b):
            words = _card_vocabulary([lines[m].text[1:]], language)
            if words:
                shares.append(len(words & below_words) / len(words))
    if not shares or sum(shares) / len(shares) > SIDEBAR_BULLET_MAX_OVERLAP:
        return
    for a, b in groups:
        for m in range(a, b):
            lines[m].notes.setdefault("furniture", _SIDEBAR_BULLET_RULE)
    # The sidebar's other rows on such a page: next to a heading or a short line, not only between paragraphs, each
    # alone or in a short run, with words of its own too (none under a line that announces a list with a colon).
    i = start
    while i < end:
        if "furniture" in lines[i].notes or not _sidebar_bullet(lines[i], feats[i]):
            i += 1
            continue
        j = i + 1
        while j < end and _sidebar_bullet(lines[j], feats[j]):
            j += 1
        if j - i <= SIDEBAR_RUN_MAX_LINES and not (i > 0 and lines[i - 1].text.rstrip()[-1:] in (":", "：")):
            below_words = _card_vocabulary([lines[m].text for m in range(j, min(end, j + SIDEBAR_BELOW_LINES))], language)
            for m in range(i, j):
                words = _card_vocabulary([lines[m].text[1:]], language)
                if words and len(words & below_words) / len(words) <= SIDEBAR_BULLET_MAX_OVERLAP:
                    lines[m].notes["furniture"] = _SIDEBAR_BULLET_RULE
        i = j


def _sidebar_bullet(line: Line, f: LineFeatures) -> bool:
    """A short bulleted line that is no sentence and no rule took."""
    text = line.text
    return (
        len(text) <= SIDEBAR_BULLET_MAX_CHARS and text[:1] in _SIDEBAR_BULLET_MARKS and _SIDEBAR_BULLET_RE.match(text) is not None
        and (not f.terminal or text[-1:] in ("?", "？"))
        and "furniture" not in line.notes and "in_list" not in line.notes
    )


def _sidebar_prose(line: Line, f: LineFeatures) -> bool:
    """A paragraph: a line of prose that no rule took and no bullet opens."""
    text = line.text
    return (
        len(text) >= SIDEBAR_PROSE_MIN_CHARS and _SIDEBAR_BULLET_RE.match(text) is None
        and "furniture" not in line.notes and "in_list" not in line.notes
    )


def _sibling_links_row(text: str) -> bool:
    """The line is a labelled row of links to sibling pages: an "other ..." label with a colon, then two names or
    more split by " | ", each of SIBLING_ITEM_MAX_WORDS words at most and capitalised (no clause of a sentence)."""
    m = _SIBLING_LABEL_RE.match(text)
    if m is None:
        return False
    items = [item.strip() for item in text[m.end():].split(" | ")]
    if len(items) < 2:
        return False
    for item in items:
        if not item or len(item.split()) > SIBLING_ITEM_MAX_WORDS or not (item[0].isupper() or not item.isascii()):
            return False
    return True


# "Read more:" alone on its line, over the headlines it links (between an article's paragraphs or under it); bare,
# with no colon, the words are a teaser's "continue reading" button, which no list follows. "More:" alone says the
# same ("Mehr:", "Más:", "Ещё:", "更多："); not "Plus :", which heads a review's pros in German and Polish.
# The "read more" labels both forms below take (alone over a list, or over one headline on the same line).
_READ_MORE_LABELS = (
    r"read\s+more|more\s+reading|leer\s+más|lee\s+más|mehr\s+dazu|mehr\s+lesen|leggi\s+di\s+più|читать\s+далее"
)
_READ_MORE_COLON_RE = re.compile(
    r"^[\W_]*(?:" + _READ_MORE_LABELS + r"|lire\s+plus|en\s+savoir\s+plus|читайте\s+больше|続きを読む|더\s+읽기|阅读更多|"
    r"閱讀更多|" + _BARE_MORE_WORDS + r")\s*[:：]$",
    re.IGNORECASE,
)


# "Read more: <headline>" between an article's paragraphs (a tabloid sets several down its story): a link to another
# article, as "Read also: <headline>" is, not the call to action that "Read more" alone or over a sentence is.
_READ_MORE_LINK_RE = re.compile(
    r"^[\W_]*(?:" + _READ_MORE_LABELS + r"|read\s+next|continue\s+reading|keep\s+reading|weiterlesen|leia\s+mais"
    r"|czytaj\s+więcej)\s*[:：]\s+",
    re.IGNORECASE,
)


def _read_more_link(text: str) -> bool:
    """"Read more: <headline>": the label, a colon, then a headline of two words or more that opens with no lower-case
    letter and ends with no full stop ("Read more: the council says ..." is the writer's sentence)."""
    m = _READ_MORE_LINK_RE.match(text)
    if m is None:
        return False
    rest = text[m.end() :].rstrip()
    return len(rest.split()) >= 2 and not rest[:1].islower() and rest[-1:] not in ".。"


def media_link(text: str) -> bool:
    """A clip's label run into its headline ("WATCH: Drone footage shows the snowfall"): the headline ends with no
    full stop; "Watch: the council votes on the budget at noon." is the article's sentence."""
    return text.rstrip()[-1:] not in ".。" and _MEDIA_LINK.regex.match(text) is not None


def _read_also_bare(text: str) -> bool:
    """A "read also" label with no colon, run into a capitalized headline ("Lire aussi Climat : ...");
    prose that opens with the words goes on in lower case ("Lee también el informe ...")."""
    m = _READ_ALSO_BARE.regex.match(text)
    return m is not None and text[m.end() : m.end() + 1].isupper()


# A link to another story on a site the line names, set between an article's paragraphs: "Also on example.com
# <headline>", "Auch auf example.de: <headline>", "Aussi sur example.fr : <headline>", "También en example.es
# <headline>". The phrase, a domain name, maybe a colon or a bar, then the headline, capitalized and with no full
# stop at its end. Prose that opens with the words goes on in lower case or after a comma ("Also on example.com,
# readers can ...", "Auch auf example.de berichtete ...").
# The phrases (each opens with a letter of its own, no regex syntax before it).
_ALSO_ON_SITE_PHRASES = (
    "also", "more", "read more", "read it", "auch", "mehr", "lesen sie (?:auch|mehr)", "aussi", "lire aussi", "à lire aussi",
    "plus", "también", "más", "lee más", "leer más", "também", "mais", "leia (?:também|mais)", "anche",
    "leggi (?:anche|altro)", "ook", "meer", "lees (?:ook|meer)", "także", "więcej", "czytaj (?:też|także|więcej)", "также",
    "ещё", "еще", "читайте (?:также|ещё|еще)",
)
_ALSO_ON_SITE_RE = re.compile(
    r"[^\w\s]{0,3}\s*(?:" + "|".join(_ALSO_ON_SITE_PHRASES) + r")\s+"
    r"(?:on|at|auf|bei|sur|en|em|no|na|su|op|на)\s+(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}\b\s*[:|»›>–—-]?\s+",
    re.IGNORECASE,
)
# The first letters of the phrases, both cases (read off the list: tests/test_perf_gates_v.py). A line opening with
# another letter, digit or space is none; one whose first letter's upper case is among them (under IGNORECASE "ᲄ"
# matches "т") may be; after a bullet or a quote mark any first character goes on to the regex.
_ALSO_ON_SITE_FIRST = frozenset(c for phrase in _ALSO_ON_SITE_PHRASES for c in (phrase[0].lower(), phrase[0].upper()))
ALSO_ON_SITE_MAX_WORDS = 30


@cython.ccall
def _also_on_site(text: str) -> cython.bint:
    """ "Also on example.com <headline>" (_ALSO_ON_SITE_RE): a link to another story on the named site, its
    headline capitalized (or opening with a quote mark or a digit) and no sentence ending in a full stop."""
    if "." not in text:  # (the domain's dot; the cheap test first, before the copy rstrip makes)
        return False
    stripped = text.rstrip()
    if stripped[-1:] in ".。":
        return False
    first = stripped[:1]
    if first not in _ALSO_ON_SITE_FIRST and (first.isalnum() or first.isspace()) and first.upper() not in _ALSO_ON_SITE_FIRST:
        return False
    m = _ALSO_ON_SITE_RE.match(stripped)
    if m is None:
        return False
    head = stripped[m.end() : m.end() + 1]
    return head != "" and (head.isupper() or head.isdigit() or head in "\"“‘«„'")


# A headline repeated in one line: a teaser card's link, image text and heading run together ("How to X How
# to X How to X", the last copy often cut short). The repeated title has this many words (or CJK characters).
REPEATED_TITLE_MIN_WORDS = 5
REPEATED_TITLE_MIN_CJK = 8
REPEATED_TITLE_PROBE = 12  # characters of the line's start looked for again further on
_REPEATED_TITLE_RULE = ("repeated-title", "a headline repeated in one line: the link, image text and heading of a teaser card")


@cython.ccall
@cython.locals(j=cython.Py_ssize_t, period=cython.Py_ssize_t, n=cython.Py_ssize_t, cjk=cython.Py_ssize_t)
def repeated_title(text: str) -> cython.Py_ssize_t:
    """The length of the title that `text` repeats, or 0: the line is one title written out two times or
    more in a row, with a space between the copies or none, the last copy perhaps cut short ("... Spend
    Mor"). The title is headline-shaped: REPEATED_TITLE_MIN_WORDS words or more (REPEATED_TITLE_MIN_CJK CJK
    characters) and no sentence end of its own, so a sentence written twice, a refrain ("Tora! Tora!
    Tora!") or a table's header repeated over two columns ("Rank Name Pop. Rank Name Pop.") is no title."""
    n = len(text)
    if n < 2 * REPEATED_TITLE_PROBE:
        return 0
    j = text.find(text[:REPEATED_TITLE_PROBE], 1)
    if j < 0:
        return 0
    period = j
    title = text[:period].rstrip()
    if 2 * period > n + 1 or not title or title[-1] in ".。;；:：,，" or not (text[:period] * (n // period + 1)).startswith(text):
        return 0
    cjk = _cjk_count(title)
    if len(title.split()) < REPEATED_TITLE_MIN_WORDS and cjk < REPEATED_TITLE_MIN_CJK:
        return 0
    return len(title)


def _forward_prompt(text: str) -> bool:
    """A newsletter's forwarding line: the phrase is the line's point (it opens or closes the line, or the line
    asks "Was this forwarded to you?"); a sentence telling that someone forwarded a mail ("Weeks later, a friend
    forwarded this email to the police.") is text."""
    m = _NEWSLETTER_FORWARD.regex.search(text)
    if m is None:
        return False
    return m.start() == 0 or "?" in text or "？" in text or not text[m.end():].strip(" .!！。…→»›>")


# A section heading numbered as a document's ("II. Discussion", "4. Comments on the draft", "3.2 Discussion"):
# a counted heading ("12 Comments", "1 Comment") has no period or bracket after its number.
_NUMBERED_SECTION_RE = re.compile(r"^(?:(?:[IVXLC]{1,6}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+\S")


def numbered_section_heading(text: str) -> bool:
    """Whether a short line opens with a section number of a structured document (a court opinion's "II.", a
    paper's "4." or "3.2"): its "Discussion" is the document's own section, no comments section ending it."""
    return _NUMBERED_SECTION_RE.match(text) is not None


# A reading or teaching guide's section of questions to discuss: "Discussion questions", "Questions for
# discussion", "Questions de discussion", "Sujets de discussion". The word names what the questions are for, not a
# comments section.
_DISCUSSION_GUIDE_RE = re.compile(
    r"^[\W\d_]*(?:(?:group\s+|class\s+|book\s+club\s+)?discussion\s+(?:questions?|guide|prompts?|topics?|points?)\b"
    r"|(?:questions?|topics?|prompts?)\s+for\s+(?:group\s+|further\s+)?discussion\b"
    r"|(?:questions?|sujets?|pistes?|points?|guide)\s+(?:de|pour\s+la)\s+discussion\b)",
    re.IGNORECASE,
)


def discussion_guide_heading(text: str) -> bool:
    """Whether a short line heads a guide's questions to discuss ("Discussion questions"): the article's section,
    no comments section ending it."""
    return _DISCUSSION_GUIDE_RE.match(text) is not None


# A CJK news photo's caption: the credit in brackets closes it ("仕込み蔵で麹を確かめる森田さん（11月17日、記者撮影）",
# "市民在新建的公园里散步（记者 张三 摄）", "（写真提供：白峰酒造）"). A sentence of the article ends with "。", not with
# a photographer's credit. A bracketed credit alone ("（图片来源：资料图）") is the image-credit rule's line. (eff_len
# counts a CJK character three times: about 60 characters.)
CJK_CAPTION_MAX_LEN = 180
GALLERY_CAPTION_MAX_WORDS = 40  # a caption and its count; a paragraph is longer
# 摄/攝 (shot by) closes the credit ("（记者 张三 摄）"): inside it is a word of the line ("摄入量" intake, "摄影" photography,
# "摄氏" Celsius); 摄影 (photography) before a colon or closing the credit after a name
# and a space ("（摄影：张三）", "（张三 摄影）") is one too ("（手机摄影）", mobile photography, is a topic).
# A numbered heading or list item ("第二章 夏祭り（2022年撮影）", "二、逆光人像（手机摄影入门）") is no caption.
# The caption may close its one sentence before the credit ("▲沿岸将增设夜间照明。（圖／市政府提供）"), and a credit may
# name its source after 图/圖 and a slash ("（圖／記者攝）", "（图/受访者提供）") or end in 供图 ("（受访者供图）").
_CJK_PHOTO_CREDIT_RE = re.compile(
    r"^(?![第]?[0-9０-９一二三四五六七八九十百]+[章节節回部篇话話、．.])[^。]+。?[（(][^（）()。]{0,24}"
    r"(?:(?:撮影|写真提供|提供写真|画像提供|写真[：:]|图片来源|圖片來源|[摄攝]影\s?[：:/／]|(?<=[（(])[图圖]\s?[／/：:](?!\s?文))[^（）()。]{0,16}"
    r"|\s[摄攝]影\s?|[摄攝]\s?|供[图圖])[）)]$"
)


# A photographer's credit on a line of its own under a CJK news photo: the agency's or paper's reporter, one to three
# names, then 摄/攝 (shot by) after a space ("新华社记者 王明 摄", "本报记者 李华、张三 摄影", "王明 摄"). Inside a
# sentence the character is a word's ("摄入量", "摄氏"), with no space before it.
_CJK_PHOTOGRAPHER_RE = re.compile(
    r"^(?:[^\s。，！？:：]{0,16}(?:记者|記者|通讯员|通訊員|摄影记者|攝影記者|特约摄影|特約攝影))?\s*"
    r"(?:[\u4e00-\u9fff·]{2,5}\s*[、/／和]\s*){0,2}[\u4e00-\u9fff·]{2,5}\s+[摄攝]影?$"
)


# A pager: page numbers with its words or arrows, and nothing else ("« Previous 1 2 3 Next »", "首页 上一页 1 2 3 下一页
# 尾页", "< 1 2 3 >", "前へ 1 2 次へ", "처음 이전 1 2 3 다음 마지막"). Two numbers at least, and a word or an arrow (a row of
# bare figures is a table's). A page's number or the count of pages with its CJK label ("第2页", "共5页") is a word.
_PAGER_WORDS = (
    r"previous|prev|next|first|last|older|newer|上一页|下一页|上一頁|下一頁|上页|下页|上頁|下頁|前一页|后一页|前一頁|後一頁|"
    r"首页|尾页|首頁|尾頁|末页|末頁|最后一页|最後一頁|前へ|次へ|前のページ|次のページ|이전|다음|처음|마지막|"
    r"[第共]\s?\d{1,3}\s?[页頁]|"
    r"zurück|weiter|vorherige|nächste|précédent|suivant|anterior|siguiente|próxima|предыдущая|следующая|назад|вперёд|далее"
)
# Every token of the line, from its first: `word` holds the last pager word met (a named group: no second search).
_PAGER_TOKEN = r"(?:\d{1,3}|(?P<word>" + _PAGER_WORDS + r")|[«‹<>›»|…\[\]()]+|\.\.\.)"
_PAGER_RE = re.compile(r"^(?:\s*" + _PAGER_TOKEN + r")+$", re.IGNORECASE)
PAGER_MAX_WORDS = 20


# A row of links to the pages before and after, with the index between ("<< Part 2: Laying the track | Back to My
# trains | Part 4: The signal box >>", "← 前の記録へ | 一覧 | 次の記録へ →"): an old-style site's or a serial's pager
# with no page numbers. Its shape, in any language: two to five parts split by " | ", the first opening with an arrow
# pointing back and the last closing with one pointing on. (A sentence with « » quotes holds no " | ".)
_LINK_PAGER_BACK = ("<<", "«", "‹", "←", "◀", "<")
_LINK_PAGER_ON = (">>", "»", "›", "→", "▶", ">")
LINK_PAGER_MAX_PARTS = 5
LINK_PAGER_MAX_WORDS = 24


def _link_pager_row(text: str, words: int) -> bool:
    """The line is a row of previous / index / next links with arrows at both ends (_LINK_PAGER_BACK/_ON)."""
    if words > LINK_PAGER_MAX_WORDS or " | " not in text:
        return False
    parts = [p.strip() for p in text.split(" | ")]
    if not 2 <= len(parts) <= LINK_PAGER_MAX_PARTS or not all(parts):
        return False
    return parts[0].startswith(_LINK_PAGER_BACK) and parts[-1].endswith(_LINK_PAGER_ON)


_LINK_PAGER_RULE = ("furniture", "row of links to the previous and next pages ('<< Part 2 | Index | Part 4 >>')")


def release_content_link_rows(lines: list[Line]) -> None:
    """Give back the article's own lines that have a link pager's shape (_link_pager_row): a row a line ending in a
    colon introduces ("The pin map:" over "<- input | output ->"), or a row next to another, different row split by
    " | " with an arrow in it (a table's rows, a chain "A -> B | B -> C", a song's verse sung in halves). A site's
    pager is one row, and nothing announces it.
    """
    n = len(lines)
    released = []
    for i in range(n):
        if lines[i].notes.get("furniture") != _LINK_PAGER_RULE:
            continue
        above = lines[i - 1].text.rstrip() if i > 0 else ""
        introduced = above.endswith((":", "："))
        in_table = any(0 <= k < n and _arrow_row(lines[k].text) and lines[k].text != lines[i].text for k in (i - 1, i + 1))
        if introduced or in_table:
            released.append(i)
    for i in released:
        lines[i].notes.pop("furniture", None)


def _arrow_row(text: str) -> bool:
    """The line is split by " | " and holds an arrow: a row of the same table or verse as a pager-shaped line."""
    return " | " in text and any(arrow in text for arrow in _LINK_PAGER_BACK + _LINK_PAGER_ON + ("->", "=>"))


# A plain-text standard's page footer: "<author> <status> [Page 5]" at the foot of each printed page (the page's
# number in brackets closes the line, after a few words with no sentence's end).
_PRINTED_PAGE_FOOTER_RE = re.compile(r"^[^.!?。]{0,80}\[Page \d{1,4}\]$")
_PRINTED_PAGE_FOOTER_RULE = ("page-footer", "page footer of a plain-text document ('<author> <status> [Page 5]')")
# The next printed page's running header right under that footer: a few words (the document's number and short
# title) closing with its date ("RFC 9871 Clock Offset Report March 2025", "Internet-Draft Short Title June 2024").
_PRINTED_PAGE_HEADER_RE = re.compile(r"^[^.!?。]{0,80}\b(?:19|20)\d\d$")
_PRINTED_PAGE_HEADER_RULE = ("page-footer", "running header of a plain-text document's next page, under its footer")


PRINTED_PAGE_FOOTER_MAX_WORDS = 12
# The lower-case particles of a family name a footer's author may carry ("de Jong", "van der Berg", "von Au"): the
# name particles of bylines (_NAME_PARTICLES) and the Dutch and German articles after them.
_FOOTER_NAME_PARTICLES = _NAME_PARTICLES | frozenset(("der", "den", "ten", "ter", "du"))


def _printed_page_footer(text: str) -> bool:
    """A printed page's footer: _PRINTED_PAGE_FOOTER_RE, in PRINTED_PAGE_FOOTER_MAX_WORDS words, none of them lower-case
    ("Lowe Standards Track [Page 2]": a name and a status), but for a name's particles ("de Jong [Page 1]"). A
    sentence citing a page ("see the table on [Page 3]") or a contents entry ("Opening hours [Page 2]") has
    lower-case words."""
    words = text.split()
    return (
        len(words) <= PRINTED_PAGE_FOOTER_MAX_WORDS
        and _PRINTED_PAGE_FOOTER_RE.match(text) is not None
        and not any(word[0].islower() and word not in _FOOTER_NAME_PARTICLES for word in words)
    )


def mark_printed_page_headers(lines: list[Line], feats: list[LineFeatures]) -> None:
    """A short line closing with a year right under a printed page's footer ("... [Page 2]") is the next page's
    running header: removed with the footer, and, like it, transparent to the run search (the text goes on)."""
    for i in range(1, len(lines)):
        if feats[i].words > 12 or feats[i].terminal or not lines[i - 1].text.endswith("]"):
            continue
        if _printed_page_footer(lines[i - 1].text) and _PRINTED_PAGE_HEADER_RE.match(lines[i].text):
            lines[i].notes.setdefault("furniture", _PRINTED_PAGE_HEADER_RULE)


@cython.cfunc
@cython.locals(runs=cython.Py_ssize_t, run=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _pager(text: str) -> cython.bint:
    """The line is a pager (_PAGER_RE): two page numbers or more, and a pager word or an arrow at an end ("3 > 2"
    is arithmetic). First, in a loop: two runs of one to three digits, and none longer (a year, a figure)."""
    runs = 0
    run = 0
    for ch in text:
        if "0" <= ch <= "9":
            run += 1
            if run > 3:
                return False
        elif run:
            runs += 1
            run = 0
    if run:
        runs += 1
    if runs < 2:
        return False
    m = _PAGER_RE.match(text)
    if m is None:
        return False
    return text[0] in "«‹<" or text[len(text) - 1] in "»›>" or m.group("word") is not None


# A pager's page numbers set one to a line ("1", "2", "3" over "下一页"), or a row of them with no word ("1 2 3 4 5"),
# or the count of pages alone ("共5页"): bare figures, a pager's only next to a pager line (_pager_anchor) and
# counting up by one (a table's column of figures does not).
_PAGE_NUMBERS_RE = re.compile(r"^\s*(?:\d{1,3}|[第共]\s?\d{1,3}\s?[页頁])(?:\s+\d{1,3})*\s*$")
_PAGER_ANCHOR_MAX_CHARS = 80


def _pager_anchor(text: str) -> bool:
    """The line is all a pager's tokens with a pager word among them ("下一页", "上一页 下一页", "1 2 下一页")."""
    if len(text) > _PAGER_ANCHOR_MAX_CHARS:
        return False
    m = _PAGER_RE.match(text)
    return m is not None and m.group("word") is not None


def _page_number_run(lines: list[Line], start: int, stop: int) -> bool:
    """lines[start:stop] are a pager's bare page numbers: they count up by one, line to line and along a row."""
    last = -1
    for k in range(start, stop):
        for token in lines[k].text.split():
            if not token.isdigit():
                if stop - start > 1:
                    return False
                continue
            value = int(token)
            if last >= 0 and value != last + 1:
                return False
            last = value
    return True


# A share counter alone on its line ("137", "1,204", "3.") right over or under a plea to share the page: the count of
# the share bar at the article's end. A number alone says nothing of the article's; next to the plea it is the bar's.
# (Not next to a bare share button, which sits over the article's first paragraph as often: a count there is taken
# out of the run search's bridge between the header and the text.)
_BARE_COUNT_RE = re.compile(r"^\d{1,3}(?:[.,\u202f\xa0 ]?\d{3})*\.?$")
BARE_COUNT_MAX_LEN = 9
_SHARE_NEIGHBOUR_REASONS = frozenset(
    (_SHARE_PLEA_REASON, _SHARE_PLEA_CJK_REASON, _READER_VERDICT_REASON, _SHARE_PLEA_INDIC_RULE[1])
)
_SHARE_COUNT_RULE = ("furniture", "share counter alone on its line next to a plea to share the page ('137' over 'Share it!')")


@cython.cfunc
def _share_line(line: Line) -> cython.bint:
    """A plea to share the page took the line (_SHARE_NEIGHBOUR_REASONS)."""
    found = line.notes.get("furniture")
    return found is not None and found[1] in _SHARE_NEIGHBOUR_REASONS


# A teaser card of another post: its title (a short line, no full stop) over an excerpt cut off mid-sentence at a
# fixed length ("I bought one for the price of a dinner out and have been running eleven services on it since ...",
# "...ポンプの音が気になって夜眠れなかった私が最終的にたどり着いた…"). Two or more one after another are a list of other
# posts, with or without a heading over them. An article quotes a trailing sentence inside a line, and an
# interview's answer that trails off is one, not a chain of them under short titles.
EXCERPT_CARD_MIN = 2
EXCERPT_MIN_LEN = 40  # an excerpt is cut at a fixed length; a trailing remark ("Well..." "Hmm, maybe…") is shorter
EXCERPT_TITLE_MAX_WORDS = 16
_EXCERPT_CARD_RULE = ("teaser-card", "teaser card of another post: a title over an excerpt cut off with '...'")


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, k=cython.Py_ssize_t)
def _cut_excerpt(text: str) -> cython.bint:
    """The line ends in an ellipsis ("..." or "…") right after a word or a space, mid-sentence: the excerpt of a
    teaser cut off at its length ("... and why ...", "sich …"), not a sentence ending "?..." or "!…"."""
    n = len(text)
    if n < EXCERPT_MIN_LEN:
        return False
    k = n - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0:
        return False
    if text[k] == "…":
        k -= 1
    elif k >= 2 and text[k] == "." and text[k - 1] == "." and text[k - 2] == ".":
        k -= 3
    else:
        return False
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k].isalnum()


@cython.cfunc
def _excerpt_title(text: str, f: LineFeatures) -> cython.bint:
    """A teaser's title: a short line with no full stop at its end and no ellipsis of its own."""
    if f.words > EXCERPT_TITLE_MAX_WORDS or not text:
        return False
    last = text.rstrip()[-1:]
    return last not in ".。…:：" and not (f.cjk == 0 and f.words < 2)


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t, cards=cython.Py_ssize_t)
def mark_excerpt_cards(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Mark chains of EXCERPT_CARD_MIN or more teaser cards (_excerpt_title over _cut_excerpt, each card right under
    the last): the list of other posts under an article, whose cut-off excerpts read as prose to the run search."""
    n = len(lines)
    i = 1
    while i < n:
        if not _cut_excerpt(lines[i].text) or not _excerpt_title(lines[i - 1].text, feats[i - 1]):
            i += 1
            continue
        start = i - 1
        j = i  # the chain's last excerpt
        cards = 1
        while j + 2 < n and _cut_excerpt(lines[j + 2].text) and _excerpt_title(lines[j + 1].text, feats[j + 1]):
            j += 2
            cards += 1
        if cards >= EXCERPT_CARD_MIN:
            for k in range(start, j + 1):
                lines[k].notes.setdefault("furniture", _EXCERPT_CARD_RULE)
        i = j + 1


# A stock quote box set down in a market story: the price and its signed change in percent ("86.42 +6.18%", "上证指数
# 3412.56 +0.63%", "1,204.5 -3.2 -0.27%"), the stock's name and code right above it ("华鼎锂能 300812", "Acme ACME"),
# and a short label over those ("行情", "Quote"). The story's sentences give changes inside words; the box's rows
# hold nothing else.
# A named row's price has decimals, as quotes and indexes do ("上证指数 3412.56 +0.63%"): a story's table of regions or
# firms gives whole figures ("广东 68211 +4.2%", GDP in 亿元). Rows under a line ending in a colon are the story's
# table whatever their figures ("以下是各省上半年数据：").
_QUOTE_ROW_RE = re.compile(
    r"^(?:[^\s\d][^\s]{0,11}\s+(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s+"
    r"(?:[+\-−▲▼]\s?\d+(?:\.\d+)?\s+)?"
    r"[(（]?[+\-−▲▼]\s?\d+(?:\.\d+)?\s?%[)）]?$"
)
_QUOTE_NAME_RE = re.compile(r"^[^\s\d]\S{0,11}\s+(?:\d{4,6}|[A-Z]{1,5})(?:\.[A-Z]{1,2})?$")
QUOTE_LABEL_MAX_CHARS = 6
_QUOTE_BOX_RULE = ("quote-box", "stock quote box: a price and its change ('86.42 +6.18%'), the stock's name and code")


def _under_table_lead(lines: list[Line], i: int) -> bool:
    """Quote-shaped row i stands in a block of such rows (and names) right under a line ending in a colon: a table
    the story introduces ("部分省份上半年数据如下：")."""
    k = i - 1
    while k >= 0 and (_QUOTE_ROW_RE.match(lines[k].text) is not None or _QUOTE_NAME_RE.match(lines[k].text) is not None):
        k -= 1
    return k >= 0 and lines[k].text.rstrip().endswith((":", "："))


def mark_quote_boxes(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Mark the rows of a stock quote box (see _QUOTE_ROW_RE) with the quote-box rule, which the run search goes
    over: the name and code row right above a price row, and a short label right above those two."""
    for i, line in enumerate(lines):
        text = line.text
        if "%" not in text or len(text) > 40 or line.notes.get("furniture") or _QUOTE_ROW_RE.match(text) is None:
            continue
        if _under_table_lead(lines, i):
            continue
        line.notes["furniture"] = _QUOTE_BOX_RULE
        if i == 0 or _QUOTE_NAME_RE.match(lines[i - 1].text) is None or lines[i - 1].notes.get("furniture"):
            continue
        lines[i - 1].notes["furniture"] = _QUOTE_BOX_RULE
        if i >= 2:
            label = lines[i - 2]
            if (
                len(label.text) <= QUOTE_LABEL_MAX_CHARS and not feats[i - 2].terminal and feats[i - 2].cls != GOOD
                and not label.notes.get("furniture") and not any(ch.isdigit() for ch in label.text)
            ):
                label.notes["furniture"] = _QUOTE_BOX_RULE


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, f=LineFeatures, text=str)
def mark_share_counts(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Mark a bare count next to a plea to share the page (_BARE_COUNT_RE, _SHARE_NEIGHBOUR_REASONS): the share
    bar's counter, which otherwise stays at the article's edge as its last line."""
    n = len(lines)
    for i in range(n):
        f = feats[i]
        if not f.digits:
            continue
        text = lines[i].text
        if len(text) > BARE_COUNT_MAX_LEN or not text[:1].isdecimal() or _BARE_COUNT_RE.match(text) is None:
            continue
        if lines[i].notes.get("furniture") is not None:
            continue
        if (i > 0 and _share_line(lines[i - 1])) or (i + 1 < n and _share_line(lines[i + 1])):
            lines[i].notes["furniture"] = _SHARE_COUNT_RULE


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t, f=LineFeatures,
               text=str)
def mark_pager_numbers(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Bare page numbers next to a pager line ("1" "2" "3" one to a line over "下一页"; "1 2 3 4 5" over "下一页 尾页";
    "共5页" over "首页 上一页 1 2 3") are the pager's: they leave with it (_PAGE_NUMBERS_RE, _page_number_run). A
    column of figures in a table counts no pages; a row of them in the text, away from any pager, stays."""
    n = len(lines)
    for i in range(n):
        f = feats[i]
        if not f.digits:
            continue
        text = lines[i].text
        first = text[:1]
        if first.isspace():
            first = text.lstrip()[:1]
        # (_PAGE_NUMBERS_RE opens with a digit, \d being str.isdecimal's, or with 第 or 共: a cheap test first)
        if not (first.isdecimal() or first == "第" or first == "共"):
            continue
        if _PAGE_NUMBERS_RE.match(text) is None or lines[i].notes.get("furniture"):
            continue
        if i > 0 and _PAGE_NUMBERS_RE.match(lines[i - 1].text) is not None:
            continue  # (not the run's first line)
        j = i + 1
        while j < n and _PAGE_NUMBERS_RE.match(lines[j].text) is not None:
            j += 1
        near = (i > 0 and _pager_anchor(lines[i - 1].text)) or (j < n and _pager_anchor(lines[j].text))
        if near and _page_number_run(lines, i, j):
            for k in range(i, j):
                lines[k].notes.setdefault("furniture", _PAGER_NUMBERS_RULE)


_PAGER_NUMBERS_RULE = ("furniture", "page numbers of a pager next to its line ('1 2 3' over '下一页')")


def _cjk_photo_caption(text: str) -> bool:
    """The line is a CJK photo caption with its credit in brackets at its end (see _CJK_PHOTO_CREDIT_RE)."""
    return _CJK_PHOTO_CREDIT_RE.match(text) is not None


# The reporter's contact line under a story ("Contact Jane Roe at jroe@paper.example or follow her on X",
# "Email the author at ..."): a verb of contact, a capitalized name or "the author", then "at"/"via"/"on" and an
# e-mail address or handle. A bio sentence ("Jane Roe is a reporter ... Follow her on X @jroe") opens otherwise.
QUESTION_PARAGRAPH_WORDS = 20  # a line ending with "?" this long is a paragraph (a call to action is shorter)
# The reader's inbox or the site's newsletter, which a sign-up pitch names ("... in their inbox every morning.").
_INBOX_RE = re.compile(
    r"\b(?:inbox(?:es)?|newsletters?|posteingang|bo[iî]te\s+(?:de\s+réception|mail)|bandeja\s+de\s+entrada|"
    r"caixa\s+de\s+entrada|casella\s+(?:di\s+posta|email))\b",
    re.IGNORECASE,
)
INBOX_PITCH_QUESTION_WORDS = 10
# The pitch asks the reader ("Why not sign up for free today?", "Ready to join us?", "Want it in your inbox?").
_READER_ASKED_RE = re.compile(
    r"\b(?:you|your|why\s+not|ready\s+to|want\s+to|how\s+about|warum\s+nicht|du|sie|ihr|pourquoi\s+ne\s+pas|vous|"
    r"tu|por\s+qu[ée]\s+no|usted|por\s+que\s+n[ãa]o|voc[êe]|perch[ée]\s+non)\b",
    re.IGNORECASE,
)


def _inbox_pitch(text: str) -> bool:
    """A sign-up pitch that ends with its call to action asked as a short question ("Join 20,000 readers who get our
    best stories in their inbox every morning. Why not sign up for free today?"): the last sentence, of at most
    INBOX_PITCH_QUESTION_WORDS words, holds a call to action, and the line names the reader's inbox or a newsletter.
    An article's question to the reader ("Would you sign up for a taster session?") names neither."""
    body = text.rstrip().rstrip("?？")
    cut = max(body.rfind(". "), body.rfind("! "), body.rfind("。"))
    if cut < 0:
        return False
    question = body[cut + 1 :]
    if len(question.split()) > INBOX_PITCH_QUESTION_WORDS or _CTA.regex.search(question) is None:
        return False
    if _READER_ASKED_RE.search(question) is None:
        return False  # a question about others ("Will readers sign up for yet another newsletter?"): the article's
    return _INBOX_RE.search(body[: cut + 1]) is not None
# (Maybe after the reporter's one-sentence tagline, "Jane Roe covers health for the Courier. Reach her at ...": the
# contact then names the reporter by a pronoun.)
_AUTHOR_CONTACT_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:covers|writes\s+about|reports\s+on|is\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:reporter|writer|correspondent|journalist|columnist|editor))\b[^.!?@]{0,120}\.\s+)?"
    r"(?i:contact|e-?mail|reach|write\s+to|you\s+can\s+reach|send\s+(?:your\s+)?(?:news\s+tips|tips|questions|letters)\s+to)\s+"
    r"(?:(?i:the\s+)?(?i:author|writer|reporters?|columnist|editor)\b|(?i:him|her|them)\b"
    r"|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le)){0,4})"
    r"\s+(?i:at|via|on)\s+\S*@[\w.-]*"
)
# What may follow the address on the reporter's line: nothing, another way to reach the same person ("or follow
# her on X @jroe", ", 555-0100", "or write to P.O. Box ..."), or what to send ("with news tips"). A purpose, a deadline or an attribution after it
# ("... to book a place on the tours.", "... with comments before March 31.", "..., police said.") makes the line
# the article's own information.
_AUTHOR_CONTACT_TAIL_RE = re.compile(
    r"[\s.]*$|[\s,;]+(?i:or|and)\s|,\s*[+\d(@]|\s+with\s+(?i:(?:news\s+|story\s+)?(?:tips|ideas))(?:[\s.]*$|[\s,;]+(?i:or)\s)"
)
_REPORTED_RE = re.compile(r"\b(?i:said|says|told|according\s+to)\b")
AUTHOR_CONTACT_MAX_WORDS = 30
_AUTHOR_CONTACT_RULE = ("author-contact", "the reporter's contact line (e-mail address or handle) under the story")


def _author_contact(text: str) -> bool:
    """The line is the reporter's contact line: _AUTHOR_CONTACT_RE, then nothing but another way to reach them."""
    m = _AUTHOR_CONTACT_RE.match(text)
    if m is None:
        return False
    tail = text[m.end() :]
    return _AUTHOR_CONTACT_TAIL_RE.match(tail) is not None and _REPORTED_RE.search(tail) is None


_SHARE_PLEA_IF_FIRST = "IiWwFfSsAaЕеJjBb"  # the first letters of SHARE_PLEA_IF_RE's and SHARE_PLEA_IF_OTHER_RE's conditions
_SHARE_PLEA_IF_OTHER_FIRST = "ЕеJjBb"  # (ru / pl / tr: SHARE_PLEA_IF_OTHER_RE)
# (tr / az: the condition opens with the episode, video or podcast itself, "Podkastı bəyəndinizsə, ... paylaşın";
# such a line holds the share verb's stem "paylaş"). The nouns' first letters, both cases, read off the list
# (tests/test_perf_gates_v.py); "bu" and the nouns opening with its "b" are _SHARE_PLEA_IF_OTHER_FIRST's already.
_SHARE_PLEA_TURKIC_FIRST = "".join(sorted(
    {c for noun in patterns.SHARE_PLEA_TURKIC_NOUNS for c in (noun[0].lower(), noun[0].upper())}
    - set(_SHARE_PLEA_IF_OTHER_FIRST)))
_ORIGINAL_HEADLINE_RE = re.compile(r"^[（(【\[]?\s*原[标標][题題]\s*[:：]")
# ... but a sentence of the story that quotes it goes on after the quoted title ("原标题：《河流的尽头》，是作者连载时用的
# 名字。") or closes with a full stop, which no headline does.
_ORIGINAL_HEADLINE_SENTENCE_RE = re.compile(r"[:：]\s*《[^》]*》\s*[，,；;]|。\s*$")
_ORIGINAL_HEADLINE_RULE = ("furniture", "original headline of a reprinted story ('原标题：...')")
_COMMENT_INVITE_CJK_RULE = ("promo", "invitation to comment under the article ('欢迎在评论区分享', '欢迎留言讨论')")
SHARE_PLEA_MAX_WORDS = 25
SHARE_PLEA_CJK_MAX_LEN = 150  # (eff_len: a CJK character counts 3) a condition and the request, no paragraph
READER_VERDICT_MAX_WORDS = 16  # the question and a short plea under it ('¿Te sirvió este post? ¡Compártelo con ...!')


def _reader_verdict(text: str) -> bool:
    """The line opens with a closing question about the page itself (patterns.READER_VERDICT_PLEA_RE), not about
    a thing it names with the definite article and goes on about (an interview's "Did you enjoy the story as a
    child?")."""
    m = patterns.READER_VERDICT_PLEA_RE.match(text)
    return m is not None and patterns.READER_VERDICT_OTHER_RE.search(m.group(0)) is None


@cython.cfunc
def _may_be_investment_disclaimer(text: str) -> cython.bint:
    """The line holds one of patterns.INVESTMENT_DISCLAIMER_KEYS (exact substring tests before the regex)."""
    if text.isascii():
        return (
            "nvest" in text or "inanc" in text or "nlage" in text or "inanz" in text or "nwest" in text or "inans" in text
            or "elegg" in text or "INVEST" in text or "INANC" in text
        )
    for key in patterns.INVESTMENT_DISCLAIMER_KEYS:  # noqa: SIM110 (a plain loop: a generator costs more than the tests)
        if key in text:
            return True
    return False


def _investment_disclaimer(text: str) -> bool:
    """The line is a risk note (patterns.INVESTMENT_DISCLAIMER_RE) and no speaker follows its words past a comma
    (patterns.INVESTMENT_REPORTED_RE: a report of someone's claim)."""
    m = patterns.INVESTMENT_DISCLAIMER_RE.search(text)
    return m is not None and patterns.INVESTMENT_REPORTED_RE.match(text, m.end()) is None


@cython.cfunc
def _may_be_cjk_share_plea(text: str) -> cython.bint:
    """The line holds a share verb of patterns.SHARE_PLEA_CJK_RE (exact substring tests before the regex)."""
    return "シェア" in text or "拡散" in text or "分享" in text or "转发" in text or "轉發" in text or "공유" in text


# The separators patterns.IMAGE_CREDIT_RE needs between its label and the credit ("Photo: ...", "Foto / ...",
# "图片来源：..."): one character of the class, outside any optional part (tests/test_perf_gates_g.py reads it off the
# parse tree; none has another re.IGNORECASE form).
_IMAGE_CREDIT_SEPARATORS = ":：=/|"


@cython.cfunc
@cython.locals(c=cython.Py_UCS4)
def _holds_credit_separator(text: str) -> cython.bint:
    """The line holds one of _IMAGE_CREDIT_SEPARATORS (written out: a C switch per character, one pass): most
    lines of six words or more that reach IMAGE_CREDIT_RE hold none."""
    for c in text:  # noqa: SIM110 (a generator is a closure: no C loop)
        if c == ":" or c == "：" or c == "=" or c == "/" or c == "|":
            return True
    return False


@cython.cfunc
@cython.locals(i=cython.Py_ssize_t, c=cython.Py_UCS4, b=cython.Py_UCS4)
def _holds_by(text: str) -> cython.bint:
    """The line holds "by" in any case: every English match of patterns.SPONSOR_READ_RE does ("... is sponsored by
    X"; "b" and "y" have no other re.IGNORECASE form). Most lines that open with "T" reaching it hold none."""
    for i in range(1, len(text)):
        c = text[i]
        if c == "y" or c == "Y":
            b = text[i - 1]
            if b == "b" or b == "B":
                return True
    return False


@cython.cfunc
def _may_be_indic_share_plea(text: str) -> cython.bint:
    """The line holds a share verb of patterns.SHARE_PLEA_INDIC_RE (patterns.SHARE_PLEA_INDIC_KEYS)."""
    return "शेअर" in text or "शेयर" in text or "শেয়ার" in text


def _hashtag_share_plea(text: str) -> bool:
    """A plea to share a photo under the site's hashtag: naming the network, or in ja / zh / ko with the plea's
    polite verb after the tag (the network is often written in the page's script there)."""
    return bool(
        (patterns.SOCIAL_NETWORK_RE.search(text) and patterns.HASHTAG_SHARE_PLEA_RE.match(text))
        or patterns.HASHTAG_SHARE_PLEA_CJK_RE.match(text)
    )


def _prompt_tags_handle(text: str) -> bool:
    """A follow or tag imperative whose object is the handle itself, opening the line or a sentence of it ("Tag
    @oursite", "Marque @oursite"): the prompt of the site's account, with no network named."""
    for m in patterns.FOLLOW_PROMPT_RE.finditer(text):
        if text[m.end():m.end() + 2].lstrip()[:1] == "@":
            return True
    return False


DOUBLED_LABEL_MAX_CHARS = 40
_DOUBLED_BUTTON_RULE = (
    "doubled-button", "button whose label is doubled, its icon's text and its label ('share share', 'email email')", False
)


@cython.ccall
def _doubled_button(text: str, kind: str, language: str) -> tuple | None:
    """A button alone on its line with its label twice, its icon's text and its label run together ("share share",
    "email email", "Facebook Facebook"): the rule of the label alone made furniture, or None. A place named by a
    doubled word ("Bora Bora", "Walla Walla") is no button's label."""
    parts = text.split()
    if len(parts) != 2 or parts[0].casefold() != parts[1].casefold():
        return None
    half = parts[0]
    g = line_features(half, language)
    g.cls = classify(g)
    return _DOUBLED_BUTTON_RULE if furniture_rule(half, kind, g) is not None else None


# furniture_rule's bounds as C values (a module global is a Python object; each comparison with one boxed the line's
# count): the values of the names above, read once at import. Its first-character sets (_AUTHOR_BOX_FIRST,
# _SHARE_PLEA_IF_FIRST, ...) are spelled out in it as string literals, their characters in code point order: a typed
# character's test against a literal is a C switch, against a str global a search of the string (two or more per line).
# tests/test_perf_gates_y.py holds each literal to its set.
_C_ALSO_ON_SITE_MAX_WORDS = cython.declare(cython.Py_ssize_t, ALSO_ON_SITE_MAX_WORDS)
_C_APP_PROMO_MAX_WORDS = cython.declare(cython.Py_ssize_t, APP_PROMO_MAX_WORDS)
_C_AUTHOR_CONTACT_MAX_WORDS = cython.declare(cython.Py_ssize_t, AUTHOR_CONTACT_MAX_WORDS)
_C_CHANNEL_PROMO_MAX_WORDS = cython.declare(cython.Py_ssize_t, CHANNEL_PROMO_MAX_WORDS)
_C_CJK_CAPTION_MAX_LEN = cython.declare(cython.Py_ssize_t, CJK_CAPTION_MAX_LEN)
_C_COMPANY_ABOUT_MAX_CHARS = cython.declare(cython.Py_ssize_t, COMPANY_ABOUT_MAX_CHARS)
_C_DOUBLED_LABEL_MAX_CHARS = cython.declare(cython.Py_ssize_t, DOUBLED_LABEL_MAX_CHARS)
_C_GALLERY_CAPTION_MAX_WORDS = cython.declare(cython.Py_ssize_t, GALLERY_CAPTION_MAX_WORDS)
_C_IMAGE_CAPTION_MAX_WORDS = cython.declare(cython.Py_ssize_t, IMAGE_CAPTION_MAX_WORDS)
_C_IMAGE_CREDIT_MAX_WORDS = cython.declare(cython.Py_ssize_t, IMAGE_CREDIT_MAX_WORDS)
_C_MEDIA_LINK_MAX_WORDS = cython.declare(cython.Py_ssize_t, MEDIA_LINK_MAX_WORDS)
_C_MED_DISCLAIMER_MAX_WORDS = cython.declare(cython.Py_ssize_t, MED_DISCLAIMER_MAX_WORDS)
_C_OPINION_DISCLAIMER_MAX_WORDS = cython.declare(cython.Py_ssize_t, OPINION_DISCLAIMER_MAX_WORDS)
_C_PAGE_VIEWS_MAX_WORDS = cython.declare(cython.Py_ssize_t, PAGE_VIEWS_MAX_WORDS)
_C_PERSON_CREDIT_MAX_WORDS = cython.declare(cython.Py_ssize_t, PERSON_CREDIT_MAX_WORDS)
_C_POST_FOOTER_MAX_WORDS = cython.declare(cython.Py_ssize_t, POST_FOOTER_MAX_WORDS)
_C_POST_NAV_MAX_WORDS = cython.declare(cython.Py_ssize_t, POST_NAV_MAX_WORDS)
_C_QUESTION_PARAGRAPH_WORDS = cython.declare(cython.Py_ssize_t, QUESTION_PARAGRAPH_WORDS)
_C_READER_VERDICT_MAX_WORDS = cython.declare(cython.Py_ssize_t, READER_VERDICT_MAX_WORDS)
_C_REPEATED_TITLE_MIN_CJK = cython.declare(cython.Py_ssize_t, REPEATED_TITLE_MIN_CJK)
_C_REPEATED_TITLE_MIN_WORDS = cython.declare(cython.Py_ssize_t, REPEATED_TITLE_MIN_WORDS)
_C_RUN_ON_READ_MAX_WORDS = cython.declare(cython.Py_ssize_t, RUN_ON_READ_MAX_WORDS)
_C_RUN_ON_READ_MIN_WORDS = cython.declare(cython.Py_ssize_t, RUN_ON_READ_MIN_WORDS)
_C_SCAM_WARNING_MAX_WORDS = cython.declare(cython.Py_ssize_t, SCAM_WARNING_MAX_WORDS)
_C_SHARE_PLEA_CJK_MAX_LEN = cython.declare(cython.Py_ssize_t, SHARE_PLEA_CJK_MAX_LEN)
_C_SHARE_PLEA_MAX_WORDS = cython.declare(cython.Py_ssize_t, SHARE_PLEA_MAX_WORDS)
_C_SITE_SURVEY_MAX_WORDS = cython.declare(cython.Py_ssize_t, SITE_SURVEY_MAX_WORDS)
_C_QA_ASKED_ROW_MAX_WORDS = cython.declare(cython.Py_ssize_t, patterns.QA_ASKED_ROW_MAX_WORDS)
# The letters POSTED_CLOCK_RE can open with (its verbs' first letters, in either case; none has another IGNORECASE
# form): tests/test_perf_gates_f.py reads them off the regex's parse tree.
_POSTED_CLOCK_FIRST = "".join(sorted(patterns.ignorecase_forms("pumavgb")))


# An adverb that may follow a call to action at the end of its line ("Sign up to our newsletter here.", "Jetzt hier
# anmelden" ends with the call already): furniture_rule reads the call as the line's end without it.
_CTA_TAIL_ADVERB_RE = re.compile(r"\s+(?:here|now|today|below|hier|ici|aquí|aqui|qui|jetzt)[\s.!]*$", re.IGNORECASE)
# A line ending with a network's name after "on" is a link to the site's page there when it is short ("Like us on
# Facebook", "The Courier on Facebook", "Follow on Instagram") or calls to action before it ("Follow us on Twitter and on
# Facebook."); a headline of more words with no call of its own only names the network ("Half the Village Now
# Sells Its Vegetables on Facebook").
NETWORK_LINK_MAX_WORDS = 7
_NETWORK_TAIL_RE = re.compile(r"(?<!\w)on\s+(?:facebook|instagram|pinterest)[\W]*$", re.IGNORECASE)
# An imperative opening the line is a call however long the line ("Follow the Courier and its reporters on Instagram").
_NETWORK_CALL_OPENING_RE = re.compile(
    r"[\W\d_]*(?:follow|find|like|join|connect|see|check|visit|share|tag|watch|catch|keep|stay|get|read|discover"
    r"|subscribe|chat|message|talk)\b",
    re.IGNORECASE,
)


def _network_mention(text: str, words: int) -> bool:
    """The line's call to action is only a network named at its end, in a line too long to be a link to the site's
    page there (NETWORK_LINK_MAX_WORDS): a headline, no promo."""
    if words <= NETWORK_LINK_MAX_WORDS:
        return False
    m = _NETWORK_TAIL_RE.search(text)
    return (
        m is not None and _CTA.regex.search(text[: m.start()]) is None and _NETWORK_CALL_OPENING_RE.match(text) is None
    )


def _inside_quote(text: str, pos: int) -> bool:
    """Position `pos` of `text` lies inside a quotation opened before it and not closed: an article about privacy
    quotes a consent wall's wording ('The banner opened with "We and our 612 partners store and/or access ..."', a
    regulator's '"A company must ask for your consent before it touches your personal data," the chair said');
    the wall's own text speaks unquoted."""
    head = text[:pos]
    if head.count("«") > head.count("»") or head.count('"') % 2 == 1:
        return True
    if "„" in head:  # (German quotes open low and close with the English opening mark)
        return head.count("„") > head.count("“")
    return head.count("“") > head.count("”")


def _may_be_consent_wall(text: str) -> bool:
    """False when patterns.CONSENT_WALL_RE cannot match: each of its alternatives needs one of these words (a
    substring test per line instead of the regex's scan of every line)."""
    return (
        "artner" in text or "artenaire" in text or "onsent" in text or "/" in text or "ocios" in text
        or "ornitori" in text or "arceiros" in text
    )


@cython.locals(eff_len=cython.Py_ssize_t, words=cython.Py_ssize_t, hits=cython.long, fits=cython.bint,
               short4=cython.bint, short6=cython.bint, short8=cython.bint, short10=cython.bint,
               terminal=cython.bint, full_sentence=cython.bint, scanned=cython.bint, n=cython.Py_ssize_t,
               first=cython.Py_UCS4, last=cython.Py_UCS4)
@cython.ccall
def furniture_rule(text: str, kind: str, f: LineFeatures, donations: cython.bint = True) -> tuple[str, str, bool] | None:
    """The line rule that makes a line furniture: (rule id, reason, is a hard break), or None.

    `donations`: whether a line of a donation box counts (donation_boxes asks again without it for a line
    that is no box's).

    Cheap shape tests run before the phrase regexes, so long prose lines cost almost nothing; the
    phrase lists are tested by one shared substring scan first (`hits`), their regexes only on a hit.
    A ccall: it runs for every line, and boilerplate_stage calls it in C.
    """
    if kind == SEPARATOR:
        return "separator", "separator line without words", False
    eff_len = f.eff_len
    # (An ASCII line cannot hold "クッキー": str.isascii is a flag, not a scan.)
    if eff_len < 1200 and ("ookie" in text or (not text.isascii() and "クッキー" in text)) and patterns.COOKIE_NOTICE_RE.match(text):
        return "cookie-notice", "cookie or consent notice", False
    if (
        eff_len < 1200 and _may_be_consent_wall(text) and (m := patterns.CONSENT_WALL_RE.search(text)) is not None
        and patterns.CONSENT_WALL_TOPIC_RE.search(text) and patterns.CONSENT_WALL_ADDRESS_RE.search(text)
        and not _inside_quote(text, m.start())
    ):
        return "cookie-notice", "consent wall's standard text ('We and our partners store and/or access ...')", False
    if eff_len >= 400:
        return None
    # The first and the last character, once, as C characters (a test of either against a literal is a C switch).
    # (text is never empty: line_features raises on an empty line, so no line without one reaches this.)
    n = len(text)
    first = text[0] if n else "\0"
    last = text[n - 1] if n else "\0"
    words = f.words
    # No phrase rule applies to a line this long and wordy (see the bounds below): skip the scan.
    # (phrase_hits is imported by name: one global look-up per line, not a global and a module attribute.)
    scanned = eff_len < 300 or words <= 40
    hits = phrase_hits(text) if scanned else 0
    # (The exact substring tests of a gate with a bit in the scan run only on a line with the bit, or not scanned.)
    if (
        words >= 8 and (hits & _COMMENT_POLICY_KEYS_BIT or not scanned) and _may_be_comment_policy(text)
        and _may_state_comment_policy(text) and patterns.COMMENT_POLICY_RE.search(text)
    ):
        return _COMMENT_POLICY_RULE[0], _COMMENT_POLICY_RULE[1], True
    # _is_short(text, f, n) for n = 4, 6, 8, 10, unrolled (this runs for every line).
    fits = eff_len <= 90
    short4, short6, short8, short10 = fits and words <= 4, fits and words <= 6, fits and words <= 8, fits and words <= 10
    terminal = f.terminal
    if (
        short4 and not terminal and hits & _ARTICLE_END_BIT and _ARTICLE_END.regex.search(text)
        and not numbered_section_heading(text) and not discussion_guide_heading(text)
    ):
        return "article-end", "heading of a comments/tags/share section after the article", True
    # "About this article" alone on the line, over the box of facts about it (its researchers, the people it names,
    # its sources, how to reach the desk): the article is over. The whole line, in any language (_ABOUT_ARTICLE).
    if (
        short8 and (not terminal or text.rstrip()[-1:] in ":：") and _may_be_label(text, _ABOUT_ARTICLE_FIRSTS)
        and _label_key(text) in _ABOUT_ARTICLE
    ):
        return "article-end", "heading of the box of facts about the article after it ('About this article')", True
    # "筆者プロフィール", "作者简介", "필자 소개" alone on the line: an author box's heading in ja / zh / ko, whose
    # characters count more words than four (patterns.AUTHOR_PROFILE_CJK; the same phrases are ARTICLE_END's)
    if short6 and not short4 and not terminal and not text.isascii() and text.strip().rstrip(":：") in _AUTHOR_PROFILE_CJK:
        return "article-end", "heading of an author box after the article", True
    # "About Jane Doe" over a bio: the article is over. The name is capitalized ("About Town Planning" in
    # a menu is no harm: a hard break near the top only moves the run start).
    # A company's box may name it after an article ("Über die Stadtwerke Nordheide GmbH"): two words more.
    if short6 and not terminal and words >= 3 and first in "AOSWÀÜ" and (m := patterns.AUTHOR_BOX_RE.match(text)) and (
        short4 or m.group("art")
    ):
        names = [w for w in m.group("name").split() if w.casefold() not in _NAME_PARTICLES]
        # Every part capitalized (a list comprehension: a generator expression is a closure, not allowed in a ccall).
        if len(names) >= 2 and not [w for w in names if not w[:1].isupper()]:
            if m.group("art"):  # (kept only over a text naming the company: _drop_unnamed_company_boxes)
                return _COMPANY_BOX_RULE[0], _COMPANY_BOX_RULE[1], True
            return "article-end", "heading of an author box after the article", True
    # The same box's heading in ja, zh, ko, ru ("株式会社サンプルについて", "关于Acme", "О компании «Ромашка»"): also
    # kept only over a text naming the company (_drop_unnamed_company_boxes).
    if (
        fits and not terminal and len(text) <= _C_COMPANY_ABOUT_MAX_CHARS and not text.isascii()
        and _may_be_company_about(text) and _company_about_name(text) is not None
    ):
        return _COMPANY_BOX_RULE[0], _COMPANY_BOX_RULE[1], True
    if eff_len <= _C_CJK_CAPTION_MAX_LEN and last in ")）" and not text.isascii() and _cjk_photo_caption(text):
        return "image-caption", "news photo caption with its credit in brackets at its end ('（記者撮影）', '（记者 张三 摄）')", False
    if f.digits and words <= PAGER_MAX_WORDS and _pager(text):
        return "furniture", "pager of a page in several pages ('« Previous 1 2 3 Next »')", False
    if (last == ">" or last == "»" or last == "›" or last == "→" or last == "▶") and _link_pager_row(text, words):
        return _LINK_PAGER_RULE[0], _LINK_PAGER_RULE[1], False
    if last == "]" and f.digits and words <= 12 and _printed_page_footer(text):
        return _PRINTED_PAGE_FOOTER_RULE[0], _PRINTED_PAGE_FOOTER_RULE[1], False
    if (last == "摄" or last == "攝" or last == "影") and eff_len <= 120 and _CJK_PHOTOGRAPHER_RE.match(text) is not None:
        return "image-credit", "photographer's credit under a news photo ('新华社记者 王明 摄')", False
    if words <= _C_GALLERY_CAPTION_MAX_WORDS and f.digits and last in ")）" and patterns.GALLERY_COUNT_RE.search(text):
        return "image-caption", "photo caption with its gallery's count ('... (12 photos)')", False
    # "(rpr/ara)" under the last paragraph: no phrase to scan for (patterns.INITIALS_SIGNOFF_RE).
    if words <= 3 and first == "(" and patterns.is_initials_signoff(text):  # (its first test, without the call)
        return "wire-credit", "initials of the reporters or the agency signing off the story", False
    # "Musterbrief herunterladen (PDF, 84 KB)", "Download PDF (214 KB)": a file's link with its type and size.
    if short10 and last in ")]" and not terminal:
        if f.digits and _DOWNLOAD_LINK_RE.search(text) is not None:  # (its file size needs a digit: \d, f.digits)
            return "furniture", _DOWNLOAD_LINK_REASON, False
        if _DOCUMENT_LINK_RE.search(text) is not None:
            return "furniture", _DOCUMENT_LINK_REASON, False
    if short4 and last in ":：" and _READ_MORE_COLON_RE.match(text) is not None:
        return "list-heading", "heading that introduces a list of other articles ('Read more:')", True
    # (eight words for a CJK heading, whose characters count more: _MORE_TOPIC_CJK_INITIALS)
    if (
        (short4 or (short8 and first in "そ更더")) and not terminal and first in "MPWmpwБЕбеそ更더"
        and _MORE_TOPIC_NEWS_RE.fullmatch(text.strip()) is not None
    ):
        return "list-heading", "heading that introduces a list of other articles on a topic ('More mortgage news')", True
    if hits:
        if (
            short8 and hits & _LIST_INTRO_BIT and (
                ((not terminal or text.endswith("?")) and _LIST_INTRO.regex.match(text))
                # "You may also like...", "More from Space…", "Related links:", "Читайте также:": a heading that
                # opens with the phrase may trail off or announce its list (a match of the lead regex is one of
                # the list regex). A sentence that merely holds the phrase and ends so ("Additional facts related
                # to X include:") is text.
                or (text.endswith(_HEADING_TRAILS) and _LIST_INTRO_LEAD.match(text) is not None)
            )
            and not _links_a_headline(text, hits)
            and not _section_heading_noun(text)
            and (text.find(",") < 0 or _LIST_INTRO_CLAUSE.match(text) is None)
        ):
            if _call_for_list_phrase(text):  # goes, but ends no article and heads no list
                return _CALL_FOR_LIST_RULE[0], _CALL_FOR_LIST_RULE[1], False
            return "list-heading", "heading that introduces a list of other articles", True
        if words <= 40 and hits & _BREADCRUMB_BIT and patterns.is_breadcrumb(text):
            return "breadcrumb", "navigation trail of the page ('Home > News', 'You are here: ...')", False
        if (
            eff_len < 300 and hits & _COPYRIGHT_BIT and _COPYRIGHT.regex.search(text)
            and not _credit_before_prose(text, f) and not _mark_in_prose(text, f)
            and not _notice_quoted_in_prose(text)
        ):
            return "copyright", "copyright or legal notice", False
        if words <= 40 and hits & _CATEGORY_ROW_BIT and _CATEGORY_ROW.regex.match(text) and not _category_field(text):
            return "categories", "category row of a wiki page or a post", False
        if donations and words <= 40 and hits & _DONATION_BIT and _DONATION.regex.search(text):
            return _DONATION_RULE[0], _DONATION_RULE[1], False
        # A short full sentence that merely starts with a menu word ("Home prices rose.") is text.
        # So is a paragraph that ends with a question ("..., and ask of each one: would I sign up for this today?"):
        # the call-to-action words near its end are the writer's, no button's.
        stop = text.rstrip("\"”’)")[-1:]
        full_sentence = words >= 4 and (
            stop in ".。" or (words >= _C_QUESTION_PARAGRAPH_WORDS and stop in "?？" and not _inbox_pitch(text))
        )
        # An image's controls sit between the article's paragraphs: removed, and transparent to the run search.
        if short6 and hits & _IMAGE_CONTROL_BIT and _IMAGE_CONTROL.regex.match(text):
            return _IMAGE_CONTROL_RULE[0], _IMAGE_CONTROL_RULE[1], False
        # So does a description's expander ("Show less"): the description's text is over it, more of the page under it.
        if short6 and hits & _EXPANDER_BIT and _EXPANDER.regex.match(text):
            return _EXPANDER_RULE[0], _EXPANDER_RULE[1], False
        # (A numbered item that opens with a furniture word is a heading: "6. Listen to fado", "2. Watch the tide".)
        if (
            short6 and hits & _FURNITURE_BIT and not full_sentence and _FURNITURE.regex.match(text) and not _ENUM_RE.match(text)
            and not (words >= 3 and stop == ":" and patterns.FURNITURE_LIST_INTRO_RE.match(text))
        ):
            return "furniture", "share/social/navigation/cookie/ad line", False
        # (eight words: the slot's label in full, "Der Artikel wird unter der Anzeige fortgesetzt", "記事の続きは下にあります";
        # the regex takes the whole line)
        if short8 and hits & _AD_LABEL_BIT and _AD_LABEL.regex.match(text):
            return "furniture", "share/social/navigation/cookie/ad line", False
        if words <= 4 and hits & _COPY_BUTTON_BIT and _COPY_BUTTON.regex.match(text):
            return "furniture", COPY_BUTTON_REASON, False
        if words <= 4 and hits & _SHARE_BUTTON_BIT and _SHARE_BUTTON.regex.match(text):
            return "furniture", _SHARE_BUTTON_REASON, False
        # (Not a full sentence: a post's title ends with no full stop, and a bare "Next:" needs an arrow anyway.)
        if words <= _C_POST_NAV_MAX_WORDS and hits & _POST_NAV_BITS and not full_sentence and patterns.is_post_nav(text):
            return _POST_NAV_RULE[0], _POST_NAV_RULE[1], False
        if words <= _C_IMAGE_CAPTION_MAX_WORDS and hits & _IMAGE_CAPTION_BIT and _image_caption(text):
            return "image-caption", "image caption or credit labelled as one, or a caption with its credit glued to its end", False
        if words <= 40 and hits & _PLAYER_FALLBACK_BIT and _PLAYER_FALLBACK.regex.match(text):
            return "player-fallback", "fallback text of a video player or script widget", False
        if words <= 16 and hits & _PLAYER_FALLBACK_BIT and _MEDIA_PLACEHOLDER.match(text):
            return _MEDIA_PLACEHOLDER_RULE[0], _MEDIA_PLACEHOLDER_RULE[1], False
        # ("上一篇：<headline>" is a post-nav link above; "下一篇：<a full sentence>。" is the writer's.)
        if (
            words <= 25
            and hits & _READ_ALSO_BIT
            and _READ_ALSO.regex.match(text)
            and not _EPISODES_COLON.match(text)
            and not _names_prev_next_post(text, hits)
        ):
            return "read-also", "inline link to another article", False
        if words <= 25 and hits & _READ_ALSO_BARE_BIT and _read_also_bare(text):
            return "read-also", "inline link to another article", False
        if words <= 25 and hits & _CTA_BIT and _read_more_link(text):
            return "read-also", "inline link to another article ('Read more: <headline>')", False
        if words <= _C_MEDIA_LINK_MAX_WORDS and hits & _MEDIA_LINK_BIT and media_link(text):
            return "read-also", "inline link to a video or audio clip ('WATCH: <headline>')", False
        if words <= 25 and hits & _HATNOTE_BIT and _HATNOTE.regex.match(text):
            return _HATNOTE_RULE[0], _HATNOTE_RULE[1], False
        if words <= 30 and hits & _PAYWALL_NOTICE_BIT and _PAYWALL_NOTICE.regex.search(text):
            return "paywall-notice", "subscriber-only notice cutting the article short", False
        if words <= 30 and hits & _WIRE_CREDIT_BIT and text.rstrip(". ")[-1:] == ")" and ":" not in text and _WIRE_CREDIT.regex.match(text):
            return "wire-credit", "reporting and editing credit of a wire story", False
        if words <= 40 and hits & _WIRE_CREDIT_BIT and ";" in text and _WIRE_CREDIT_BARE.match(text):
            return "wire-credit", "reporting and editing credit of a wire story", False
        # (Before the calls to action: the question may have a plea to share the page run on, "¿Te sirvió este
        # post? ¡Compártelo con ...!", and its yes/no buttons go with a feedback question only.)
        if words <= 14 and hits & _FEEDBACK_PROMPT_BIT and _FEEDBACK_PROMPT.regex.match(text):
            return "feedback-prompt", "question of a page-feedback widget ('Was this page helpful?')", False
        if words <= _C_SITE_SURVEY_MAX_WORDS and hits & _SITE_SURVEY_BIT and _SITE_SURVEY.regex.match(text):
            return "survey-prompt", "invitation of a site-survey box ('Help us improve our website')", False
        if words <= 40 and hits & _RUN_ON_BUTTON_BIT and _RUN_ON_BUTTON.regex.search(text):
            return "promo", "pitch of a sponsorship or donation box with its button run on ('... Adopt now')", False
        if words <= 40 and _ends_exclaiming(text) and (
            (hits & _CTA_BIT and _CTA.regex.search(text) and not _writer_call(text))
            or (hits & _FURNITURE_BIT and _FURNITURE.regex.search(text))
            # "Pin it on Pinterest!" in any language: a short exclamation that names a social network.
            or (words <= 20 and patterns.SOCIAL_NETWORK_RE.search(text))
        ):
            return "promo", "exclamatory call to action (subscribe, follow, share)", False
        if words <= 40 and hits & _AD_DISCLOSURE_BIT and _AD_DISCLOSURE.regex.search(text):
            return "ad-disclosure", "advertising or affiliate-link disclosure", False
        if words <= 40 and hits & _COMMENT_PROMPT_BIT and _COMMENT_PROMPT.regex.search(text):
            return "comment-prompt", "invitation to comment", False
        if words <= _C_APP_PROMO_MAX_WORDS and hits & _APP_PROMO_BIT and _APP_PROMO.regex.match(text):
            return "app-promo", "promotion of the site's app", False
        if words <= _C_CHANNEL_PROMO_MAX_WORDS and hits & _CTA_BIT and _channel_invitation(text, words):
            return _CHANNEL_PROMO_RULE[0], _CHANNEL_PROMO_RULE[1], False
        if words <= 40 and hits & _NEWSLETTER_FORM_BIT and _NEWSLETTER_FORM.regex.search(text):
            return "newsletter", "line of a newsletter sign-up box: blurb, e-mail field, consent or confirmation", False
        if words <= 30 and hits & _NEWSLETTER_FORWARD_BIT and _forward_prompt(text):
            return "newsletter", "forwarding line of a newsletter issue ('Forward it to a friend', 'Was this forwarded to you?')", False
        # A call to action is the line's point when the line is short, ends with it, or (when the line is
        # not a full sentence) opens with it or carries it near the end; a sentence merely using the words is text.
        cta = _CTA.regex
        if words <= 40 and hits & _CTA_BIT and cta.search(text) and not _newsletter_issue_name(text) and not (
            last.isalpha() and _network_mention(text, words)
        ) and (
            short10
            or cta.search(text[-15:])
            # ("Sign up to our daily newsletter here.": the call ends the line but for an adverb of place or time)
            or (_CTA_TAIL_ADVERB_RE.search(text) is not None and cta.search(_CTA_TAIL_ADVERB_RE.sub("", text)[-15:]))
            or (not full_sentence and not _clause_item(text, words) and cta.search(text[-40:]))
            # An imperative opening ("Sign up for ...") is the point in alphabetic scripts; in CJK the same
            # words are ordinary nouns at the start of a sentence.
            or ((not full_sentence or f.cjk == 0) and cta.match(text) and not (full_sentence and _CTA_REVIEW_OPENING.match(text)))
            # (the same opening behind a step number, with a pitch's word: "2. Sign up for a free trial of the
            # premium plan.")
            or (f.cjk == 0 and _opens_step_with_cta(text))
        ) and not _writer_call(text) and not _code_statement(text) and not _cta_inside_clause(text) and not _ui_step(text):
            return "promo", "promotional or call-to-action line", False
    # Without a phrase of any list, only the social-network name can make an exclamation a promo.
    elif words <= 20 and _ends_exclaiming(text) and patterns.SOCIAL_NETWORK_RE.search(text):
        return "promo", "exclamatory call to action (subscribe, follow, share)", False
    if _C_RUN_ON_READ_MIN_WORDS <= words <= _C_RUN_ON_READ_MAX_WORDS and last.isalpha() and _run_on_read_button(text):
        return _RUN_ON_READ_RULE[0], _RUN_ON_READ_RULE[1], False
    # (Outside the phrase scan's branch: the phrase and the site's name need no list's phrase on the line.)
    if words <= _C_ALSO_ON_SITE_MAX_WORDS and _also_on_site(text):
        return "read-also", "inline link to another story on a named site ('Also on example.com <headline>')", False
    if words <= _C_AUTHOR_CONTACT_MAX_WORDS and "@" in text and _author_contact(text):
        return _AUTHOR_CONTACT_RULE[0], _AUTHOR_CONTACT_RULE[1], False
    if fits and f.digits and last in ")）" and ("(" in text or "（" in text) and (  # (each regex needs one)
        patterns.COUNTER_ROW_RE.match(text) or (f.words <= 3 and patterns.SINGLE_COUNTER_RE.match(text))
    ):
        return "counters", "view, comment or vote counters of an article or answer", False
    if words <= _C_SCAM_WARNING_MAX_WORDS and hits & _SCAM_WARNING_BIT and _sites_scam_warning(text):
        return "disclaimer", "the site's warning against fraud in its name ('Beware of scams! We never charge applicants.')", False
    if words <= _C_POST_FOOTER_MAX_WORDS and f.digits and hits & _POST_FOOTER_BIT and _POST_FOOTER.regex.match(text):
        return _POST_META_RULE[0], "a blog post's footer: its author and the time it was posted ('Posted by Jane at 8:15 PM')", False
    if words <= _C_PAGE_VIEWS_MAX_WORDS and f.digits and hits & _PAGE_VIEWS_BIT and _PAGE_VIEWS.regex.match(text):
        return "counters", "the page's note of how often it was read ('This article has been viewed 184,203 times.')", False
    if short4 and f.digits and last.isdecimal() and _labelled_slide_counter(text):
        return _GALLERY_RULE[0], _GALLERY_RULE[1], False
    if words <= CHART_CREDIT_MAX_WORDS and not terminal and _chart_credit_row(text):
        return _IMAGE_CREDIT_RULE[0], _CHART_CREDIT_RULE_REASON, False
    if (
        fits and words <= _C_PERSON_CREDIT_MAX_WORDS and not terminal and first in "BFKZbfkzΦφСФсф"
        and (":" in text or "：" in text) and _person_credit(text)
    ):
        return _IMAGE_CREDIT_RULE[0], _IMAGE_CREDIT_RULE[1], False
    # A photo credit longer than the furniture list's six words ("Photo: Ines Calderón for The Daily Meridian"):
    # a label, a name and its agency, no sentence.
    if (
        fits and 6 < words <= _C_IMAGE_CREDIT_MAX_WORDS and not terminal and _holds_credit_separator(text)
        and patterns.IMAGE_CREDIT_RE.match(text) and _credit_names(text)
    ):
        return _IMAGE_CREDIT_RULE[0], _IMAGE_CREDIT_RULE[1], False
    if fits and words <= 16 and _may_be_calendar_button(text) and patterns.CALENDAR_BUTTONS_RE.match(text):
        return "calendar-buttons", "add-to-calendar buttons of an event box", False
    if fits and f.digits and words <= 8 and " at " in text and patterns.RETAILER_PRICE_RE.match(text):
        return "shop-button", "a price and a shop's name: the buy button under a product or review", False
    if words <= 60 and (text[:4] in ("How ", "how ") or (" new " in text and "we " in text)) and (
        patterns.EDITORIAL_NOTE_RE.search(text)
    ):
        return "editorial-note", "the site's note on how it reviews and updates its articles", False
    # (A line opening with "T" needs "by" for the regex's English forms: _holds_by.)
    if words <= 80 and first in "Ttこ本" and (first == "こ" or first == "本" or _holds_by(text)) and (
        patterns.SPONSOR_READ_RE.match(text)
    ):
        return "sponsor-read", "sponsor read of a podcast episode or a newsletter ('This episode is sponsored by ...')", False
    if fits and f.cjk and ("本帖" in text or "只看" in text or "倒序" in text or "梯直" in text) and (
        patterns.FORUM_POST_META_RE.search(text)
    ):
        return "forum-meta", "post header or edit note of a forum thread", False
    # (The regex's date needs "/" and its clock ":", both ASCII.)
    if (
        eff_len <= 120 and f.digits and first.isdecimal() and "/" in text and ":" in text
        and patterns.ANON_POST_HEADER_RE.match(text)
    ):
        return _BOARD_HEADER_RULE[0], _BOARD_HEADER_RULE[1], False
    # A board's post header under the post's subject ("by eastbank_ed » Mon Mar 03, 2025 4:12 pm"): the segment stage
    # keeps it on its own line.
    if short10 and f.digits and first.islower() and lower_case_post_header(text):
        return _POST_HEADER_RULE
    # A reprint's original headline ("原标题：雨停了，他们还在忙", "（原標題：...）"): the source's heading, no text of the story.
    if (
        eff_len <= 240 and f.cjk and "原" in text[:3] and _ORIGINAL_HEADLINE_RE.match(text)
        and not _ORIGINAL_HEADLINE_SENTENCE_RE.search(text)
    ):
        return _ORIGINAL_HEADLINE_RULE[0], _ORIGINAL_HEADLINE_RULE[1], False
    # A CJK photo credit ("（图片来源：资料图）", "圖片提供：受訪者"): English ones open with a furniture word ("Photo:").
    if fits and f.cjk and ("图" in text or "圖" in text or "照" in text) and (
        patterns.IMAGE_CREDIT_RE.match(text) or patterns.CJK_FILE_PHOTO_RE.match(text)
    ):
        return _IMAGE_CREDIT_RULE[0], _IMAGE_CREDIT_RULE[1], False
    if short8 and f.digits and _may_be_reading_time(text) and patterns.READING_TIME_RE.match(text):
        return "reading-time", "reading-time note of the article header", False
    if words <= _C_OPINION_DISCLAIMER_MAX_WORDS and (
        (hits & _OPINION_BIT and patterns.unreported_opinion_disclaimer(text))
        if scanned  # the lines the phrase scan above covered
        # (a longer line: the scan now, its bit before the key scan of its own: perf_gates_f)
        else (phrase_hits(text) & _OPINION_BIT and patterns.is_opinion_disclaimer(text))
    ):
        return "disclaimer", "note that the views are the author's, not the publisher's", False
    if (
        words <= _C_OPINION_DISCLAIMER_MAX_WORDS and (hits & _INVESTMENT_KEYS_BIT or not scanned)
        and _may_be_investment_disclaimer(text) and _investment_disclaimer(text)
    ):
        return "disclaimer", "risk note that the page is no investment advice ('不构成投资建议', 'does not constitute investment advice')", False
    # (eff_len < 300: the lines the phrase scan covered; a CJK note of 60 characters counts few words)
    if (
        words <= _C_MED_DISCLAIMER_MAX_WORDS and eff_len < 300 and hits & _MED_DISCLAIMER_BIT and _MED_DISCLAIMER.regex.search(text)
        and not patterns.MEDICAL_DISCLAIMER_REPORTED_RE.search(text)  # a story's quote or report of what was said
    ):
        return "disclaimer", "health page's note that it does not replace a doctor's advice or diagnosis", False
    if words <= _C_SHARE_PLEA_MAX_WORDS and _ends_exclaiming(text) and patterns.SHARE_PLEA_RE.search(text):
        return "promo", "plea to share the page with one's friends ('Share it with your friends!')", False
    if words <= _C_SHARE_PLEA_MAX_WORDS and (
        (first in "ABFIJSWabfijswЕе" and (
            (("," in text or ";" in text) and patterns.SHARE_PLEA_IF_RE.match(text))
            or (first in "BJbjЕе" and patterns.SHARE_PLEA_IF_OTHER_RE.match(text))
        ))
        or (first in "EMPRVYemprvy" and "paylaş" in text and patterns.SHARE_PLEA_IF_OTHER_RE.match(text))
    ):
        return "promo", _SHARE_PLEA_REASON, False
    if (  # (eff_len <= SHARE_PLEA_CJK_MAX_LEN < 300: a scanned line)
        eff_len <= _C_SHARE_PLEA_CJK_MAX_LEN and hits & _SHARE_PLEA_CJK_KEYS_BIT and not text.isascii()
        and _may_be_cjk_share_plea(text) and patterns.SHARE_PLEA_CJK_RE.search(text)
    ):
        return "promo", _SHARE_PLEA_CJK_REASON, False
    if (
        eff_len <= _C_SHARE_PLEA_CJK_MAX_LEN and f.cjk and ("欢迎" in text or "歡迎" in text or "评论区" in text or "評論區" in text
                                                      or "留言区" in text or "留言區" in text)
        and patterns.COMMENT_INVITE_CJK_RE.match(text)
    ):
        return _COMMENT_INVITE_CJK_RULE[0], _COMMENT_INVITE_CJK_RULE[1], False
    if words <= _C_SHARE_PLEA_MAX_WORDS and not text.isascii() and _may_be_indic_share_plea(text) and patterns.SHARE_PLEA_INDIC_RE.match(text):
        return _SHARE_PLEA_INDIC_RULE[0], _SHARE_PLEA_INDIC_RULE[1], False
    if words <= _C_READER_VERDICT_MAX_WORDS and ("?" in text or "？" in text or "؟" in text) and _reader_verdict(text):
        return "promo", _READER_VERDICT_REASON, False
    # (Only "T" and "t" case-fold to "t" alone: tests/test_boilerplate_perf_gates.py.)
    if words <= 45 and first in "Tt" and text[:3].casefold() == "to " and patterns.MEMORIAL_SHOP_RE.match(text):
        return "promo", "memorial shop's promo under an obituary ('To plant trees in memory, please visit ...')", False
    if short6 and first in "([" and patterns.BROADCAST_BREAK_RE.match(text):
        return "broadcast-break", "break marker of a broadcast transcript ('(COMMERCIAL BREAK)')", False
    if " " not in text and ("." in text or "/" in text) and patterns.URL_RE.fullmatch(text):
        return "url", "bare link", False
    if short6 and _may_be_qa_meta(text, f.digits) and patterns.QA_META_RE.match(text):
        return "qa-meta", "byline card or control of a question or answer (asked, reputation, badges, sort)", False
    if (
        fits and words <= _C_QA_ASKED_ROW_MAX_WORDS and not terminal and first in "ABCDGHPRTabcdghprt"
        and ("·" in text or "•" in text or "|" in text) and patterns.QA_ASKED_ROW_RE.match(text)
    ):
        return "qa-meta", "byline row of a question ('Asked by jane_d · 3 days ago · 1,204 views')", False
    # Every alternative of the timestamp pattern is anchored at the start: match, not search. All but one
    # need a digit (\d, which f.digits counts); without one, only "a/an/one <unit> ago" can match.
    if short8 and _may_be_timestamp(text, f.digits) and patterns.TIMESTAMP_RE.match(text):
        return "timestamp", "relative timestamp or vote counter of a feed or comment thread", False
    if short10 and f.digits and first in "SsAa" and patterns.SOLUTION_LINK_RE.match(text):
        return "solution-link", "link to a forum topic's accepted answer ('Solved by <name> in post #4')", False
    if fits and words <= 16 and not terminal and (":" in text or "：" in text) and _likes_row(text):
        return "likes-row", "a post's likes row: the users who liked it ('Likes: jane_d, Tom84')", False
    if short8 and f.digits and not text.isascii() and patterns.BS_DATE_LINE_RE.match(text):
        return "timestamp", "a date line in the Bikram Sambat calendar, which no date parser reads ('प्रकाशित : मंसिर १९, २०८२')", False
    if short6 and f.digits and first in "ABGMPUVabgmpuv" and patterns.POSTED_CLOCK_RE.match(text):
        return "timestamp", "entry stamp of a live page ('Posted at 17:02')", False
    if short6 and first.isdecimal() and not last.isdecimal() and patterns.VIEW_COUNT_RE.match(text):
        return "counters", "view counter of an article or post ('3.452 lượt xem', '1,284 views')", False
    if short8 and f.digits and " · " in text and _counter_date_row(text):
        return _COUNTER_DATE_ROW  # (kept by settle_line_rules unless rows of it follow one another: a table)
    if short10 and not terminal and _may_be_feed_item(text) and patterns.FEED_ITEM_RE.match(text):
        return "feed-item", "time-stamped headline of a news feed", False
    if first == "@" and patterns.HANDLE_RE.match(text):
        return "social-handle", "social-media handle of an embedded post", False
    if short4 and f.digits and first.isdecimal():
        if patterns.ENGAGEMENT_COUNTER_RE.match(text) or (eff_len <= 7 and patterns.BARE_K_COUNT_RE.match(text)):
            return "counters", "like, repost, vote or follower counter of a post or profile", False
        if patterns.WHOLE_K_COUNT_RE.match(text):
            return _REPEATED_COUNTER  # (kept by settle_line_rules unless the line repeats on the page)
    # "Tag @oursite on Instagram", "Síguenos en Instagram @oursite", a writer's "on Twitter: @jdoe": an account and
    # its network in a short line; or the prompt's imperative right before the handle, whatever network it names
    # or none ("Made this? Tag @oursite!", "Você fez? Marque @oursite nas redes!").
    # Or the site's hashtag to share a photo under ("Comparte tu foto en Instagram con #CocinaDeLaAbuela").
    if words <= 15 and (
        ("@" in text and patterns.SITE_HANDLE_RE.search(text) and (
            (patterns.SOCIAL_NETWORK_RE.search(text) and (
                patterns.FOLLOW_PROMPT_RE.search(text) or patterns.HANDLE_AND_NETWORK_ONLY_RE.search(text)
            ))
            or _prompt_tags_handle(text)
        ))
        or ("#" in text and _hashtag_share_plea(text))
    ):
        return "promo", "line naming a social-media account or hashtag to follow, tag or share under (the site's or the writer's)", False
    if (
        short8 and not terminal and first in "ABCFPSVabcfpsvſ" and n > 1 and text[1] in _BOOKING_CTA_SECOND[str(first)]
        and patterns.BOOKING_CTA_RE.match(text)
    ):
        if patterns.BOOKING_CTA_STRONG_RE.search(text):
            return "promo", "booking or price-comparison button ('Compare prices', 'Check availability')", False
        if words <= BARE_BUTTON_MAX_WORDS:
            return _REPEATED_BUTTON  # (kept by settle_line_rules unless the line repeats on the page)
    if words <= 25 and ("elayed" in text or "arket" in text) and patterns.MARKET_DATA_NOTICE_RE.search(text):
        return "data-notice", "market-data provider or quote-delay notice", False
    if hits & _POST_META_BIT and f.digits and post_meta_line(text, f):
        return _POST_META_RULE[0], _POST_META_RULE[1], False
    if (words >= 2 * _C_REPEATED_TITLE_MIN_WORDS or f.cjk >= 2 * _C_REPEATED_TITLE_MIN_CJK) and repeated_title(text) > 0:
        return _REPEATED_TITLE_RULE[0], _REPEATED_TITLE_RULE[1], False
    # A teaser has 3+ words before the glue and 6+ after it: 8+ words in a line without CJK.
    if (words >= 8 or f.cjk) and is_teaser(text):
        return "teaser", "teaser card: a headline run together with its summary", False
    if words == 2 and eff_len <= _C_DOUBLED_LABEL_MAX_CHARS:  # "share share": no rule took the line whole
        return _doubled_button(text, kind, f.language)
    return None


# A lede needs this many words after its dateline (or CJK characters: a third of them count as words).
DATELINE_LEDE_MIN_WORDS = 5
# Lines on either side of a dateline lede looked at for more of them: a feed of other articles' ledes.
DATELINE_FEED_SPAN = 3


def opens_with_dateline(text: str) -> bool:
    """The line opens with a news-agency dateline and goes on with its lede: "WASHINGTON (Reuters) — The ...".

    A wire story's first paragraph opens with the place (in capitals, or left out), the agency in parentheses
    and a dash ("PARIS (AFP) -", "BERLIN (dpa) –", "(AP) —"; no dash after full-width parentheses: "東京（共同）").
    The agency may be any name, so the place carries the test: no lower-case letter before its first comma
    ("ST. JOSEPH, Mich.", "МОСКВА", "東京"), or capitalized words before a short acronym ("Washington (CNN)").
    A menu entry or a glossary line ("United States (English) - en", "Python (programming language) – ...")
    fails it, and so does a dateline with no sentence after it.
    """
    head = text[:100]
    if "(" not in head and "（" not in head:
        return False
    m = patterns.DATELINE_RE.match(text)
    if m is None or (m.group("dash") is None and m.group("close") != "）"):
        return False
    place = (m.group("place") or "").strip()
    if place:
        first = place.split(",")[0].strip()
        if len(place.split()) > 6 or not first:
            return False
        if first != first.upper():  # lower-case letters: only a capitalized place before an acronym
            agency = m.group("agency")
            if not (
                len(agency) <= 5 and (agency.isupper() or agency.islower())
                and all(w[:1].isupper() for w in first.split())
            ):
                return False
    rest = text[m.end():]
    return len(rest.split()) >= DATELINE_LEDE_MIN_WORDS or _cjk_count(rest[:60]) >= 3 * DATELINE_LEDE_MIN_WORDS


def _cjk_count(text: str) -> int:
    """Characters at or above U+3040 (kana, Han, Hangul): the words of a CJK text."""
    return sum(1 for c in text if c >= "\u3040")


def spare_dateline_ledes(lines: list[Line], teasers: list[int]) -> None:
    """Lift the teaser rule off a line that opens with a news-agency dateline: the article's first paragraph.

    A lede is title-cased up to the verb and may hold a CamelCase name ("... Attorney General is
    investigating WeWork, ..."), which is_teaser takes for a headline glued to its summary. A page has
    one such lede; several near each other are a list of other articles' ledes and stay teasers.
    `teasers`: the indices of the lines the teaser rule marked (few), in order.
    """
    n = len(lines)
    for i in teasers:
        if not _dateline_lede(lines[i].text):
            continue
        lo, hi = max(0, i - DATELINE_FEED_SPAN), min(n, i + DATELINE_FEED_SPAN + 1)
        if any(k != i and _dateline_lede(lines[k].text) for k in range(lo, hi)):
            continue
        del lines[i].notes["furniture"]


def _dateline_lede(text: str) -> bool:
    """A wire story's dateline (opens_with_dateline), or a place in capitals before a dash ("NEW YORK — The
    city ...", "PARIS – Le groupe ..."), opening a paragraph."""
    return opens_with_dateline(text) or (
        _opens_with_place_dash(text) and len(text.split()) >= DATELINE_LEDE_MIN_WORDS + 2
    )


_CODE_CLOSERS = frozenset(")]}")
_CODE_CLOSER_RE = re.compile(r"[)\]}]+[;,)\]}]*")
CODE_CLOSER_REACH = 4  # lines above a closing bracket where the code it closes is looked for


def code_closers_kept(lines: list[Line], feats: list[LineFeatures], closers: list[int], kinds: list[str]) -> None:
    """A code block's closing "}" (or "})", "];") is code, not a separator line.

    Segmentation takes a line without letters or digits for a separator; a line of closing brackets
    under a code line (within CODE_CLOSER_REACH lines, other closers between) closes that code: it loses
    the separator rule and is scored as the short code line it is. A "}}}" rule under prose stays a separator.
    """
    for i in closers:
        if not _CODE_CLOSER_RE.fullmatch(lines[i].text.strip()):
            continue
        for k in range(i - 1, max(-1, i - 1 - CODE_CLOSER_REACH), -1):
            if kinds[k] != SEPARATOR:
                if feats[k].cls != GOOD and _is_code_like(feats[k]):
                    del lines[i].notes["furniture"]
                    kinds[i] = lines[i].kind = BODY
                break


CRUMB_TEXT_REACH = 2  # lines above a trail-shaped line where a paragraph puts it inside the article's text


def crumbs_in_text(lines: list[Line], feats: list[LineFeatures], crumbs: list[int]) -> None:
    """A trail-shaped line (rule "breadcrumb") inside the article's text is none: a how-to's path under the
    paragraph that announces it ("Home > Settings > Privacy"), a table's header under a paragraph ("Home / Draw /
    Away"), with more of the text below. It loses the rule and is scored as any line; removed, it cut the run and
    the paragraphs under it were lost. A page's trail sits above the text, under the site's menu and its banners
    ("Free delivery | 30 days to return": no sentence), or under the last paragraph with no text below: it keeps
    the rule. (`crumbs`: the lines with the rule, in order.)"""
    last_paragraph = -1
    for k in range(len(lines) - 1, crumbs[0], -1):
        if feats[k].cls == GOOD and not lines[k].notes.get("furniture"):
            last_paragraph = k
            break
    for i in crumbs:
        if i >= last_paragraph:
            return
        for k in range(max(0, i - CRUMB_TEXT_REACH), i):
            f = feats[k]
            if (f.cls == GOOD or (f.cls == NEAR and f.terminal)) and not lines[k].notes.get("furniture"):
                del lines[i].notes["furniture"]
                break


CHAPTER_LIST_MIN = 3  # time-stamped lines in a row that make a chapter list
CHAPTER_LIST_GAP = 1  # chapter lines in a row without the feed-item rule that may sit between two with it
_CHAPTER_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})\s")


def _chapter_list(lines: list[Line], run: list[int]) -> bool:
    """The lines of `run` (one after another) are a chapter list: the first at 0:00, the start of the recording,
    and each later than the one before. A news feed's times are the day's clock, newest first."""
    if len(run) < CHAPTER_LIST_MIN:
        return False
    last = -1
    for i in run:
        m = _CHAPTER_TIME_RE.match(lines[i].text)
        if m is None:
            return False
        seconds = int(m.group(1)) * 60 + int(m.group(2))
        if (last < 0 and seconds != 0) or seconds <= last:
            return False
        last = seconds
    return True


def chapter_lists_kept(lines: list[Line], feed_items: list[int]) -> None:
    """A podcast's or video's chapter list ("00:00 Introduction", "04:12 How the closures hit", ...) is the show
    notes' table of contents: its lines lose the feed-item rule (`feed_items`: the lines that have it, in order)
    and are scored as numbered headings are (note "chapter"). A chapter whose title no feed-item rule took (a
    question: "03:15 What does a water board do?") does not break the list: CHAPTER_LIST_GAP such lines at most
    between two feed items, each with a chapter time and no other rule, join it."""
    run: list[int] = []
    for i in [*feed_items, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if run and 0 < i - run[-1] - 1 <= CHAPTER_LIST_GAP and all(
            not lines[k].notes.get("furniture") and _CHAPTER_TIME_RE.match(lines[k].text)
            for k in range(run[-1] + 1, i)
        ):
            run.extend(range(run[-1] + 1, i + 1))
            continue
        if _chapter_list(lines, run):
            for k in run:
                lines[k].notes.pop("furniture", None)
                lines[k].notes["chapter"] = True
        run = [i]


TIMELINE_MIN_ROWS = 3  # clock-time rows that make a timeline or a programme
TIMELINE_DAY_GAP = 1  # lines between two days' rows of a programme (the day's heading: "Saturday 11 July")
TIMELINE_PROSE_REACH = 2  # lines under the rows within which the article's prose goes on
_CLOCK_ROW_RE = re.compile(r"(\d{1,2})[:h](\d{2})\s+(?:([ap])\.?m\b\.?)?", re.IGNORECASE)
HALF_DAY = 12 * 60  # minutes; a row this much earlier than the one before is past midnight, the clock going on


def _clock_row(line: Line) -> int:
    """The minute of the day a row opens with ("14:03 – Error rate rises", "7:30 pm – Opening concert"), or -1 for
    a line that is no such row or that another rule than the feed item's took."""
    rule = line.notes.get("furniture")
    if (rule is not None and rule[0] != "feed-item") or line.notes.get("chapter"):
        return -1
    m = _CLOCK_ROW_RE.match(line.text)
    if m is None:
        return -1
    hour, minute, half = int(m.group(1)), int(m.group(2)), m.group(3)
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return -1
    if half:  # (a 12-hour clock: "12:15 am" is a quarter past midnight, "1:00 pm" 13:00)
        hour = hour % 12 + (12 if half in "pP" else 0)
    return hour * 60 + minute


def _clock_rows_from(lines: list[Line], i: int) -> tuple[int, bool]:
    """The end of the rows in a row from line i, and whether each is later than the one before: the clock may pass
    midnight once ("23:05", "00:40", a drop of more than HALF_DAY); a feed counting back drops by less."""
    n = len(lines)
    last, rising, midnight, b = -1, True, False, i
    while b < n:
        t = _clock_row(lines[b])
        if t < 0:
            break
        if t <= last and last - t > HALF_DAY and not midnight:
            midnight = True
        else:
            rising = rising and t > last
        last, b = t, b + 1
    return b, rising


def timelines_kept(lines: list[Line], feats: list[LineFeatures], feed_items: list[int]) -> None:
    """An incident's timeline or an event's programme ("14:00 – Rotation begins", "14:03 – Error rate rises", ...;
    "18:00 – Gates open", "19:00 – Opening ceilidh", ...) inside an article is the article's: its rows lose the
    feed-item rule. A news feed's rows are newest first, the day's clock going back; a timeline's and a
    programme's go forward. Only TIMELINE_MIN_ROWS rows or more, each later than the one before (a programme's days
    each count up, under a heading each: TIMELINE_DAY_GAP), with the article's prose within TIMELINE_PROSE_REACH
    lines under the last row: a feed of the day's headlines in a sidebar or under the article is none."""
    n = len(lines)
    done = -1
    for i in feed_items:
        if i <= done or not lines[i].notes.get("furniture"):
            continue
        a = i
        while a > 0 and _clock_row(lines[a - 1]) >= 0:
            a -= 1
        spans: list[tuple[int, int]] = []
        start = a
        while True:
            b, rising = _clock_rows_from(lines, start)
            if not rising:
                spans = []
                break
            spans.append((start, b))
            nxt = b + TIMELINE_DAY_GAP
            if nxt < n and _clock_row(lines[nxt]) >= 0 and _clock_row(lines[b]) < 0:
                start = nxt
                continue
            break
        done = spans[-1][1] - 1 if spans else i
        if not spans or sum(b - a for a, b in spans) < TIMELINE_MIN_ROWS:
            continue
        end = spans[-1][1]
        if not any(
            feats[k].cls == GOOD and not lines[k].notes.get("furniture") and not lines[k].notes.get("hard_break")
            for k in range(end, min(n, end + TIMELINE_PROSE_REACH))
        ):
            continue
        for a, b in spans:
            for k in range(a, b):
                lines[k].notes.pop("furniture", None)


# The answer buttons under a page-feedback question ("Was this helpful?" over "Yes" / "No"): a yes or a no, in
# the languages FEEDBACK_PROMPT knows, or a thumb. Alone, such a line is an answer in an interview or a Q&A.
_FEEDBACK_ANSWERS = frozenset(
    [
        "yes", "no", "oui", "non", "ja", "nein", "nee", "sí", "si", "sim", "não", "nao", "tak", "nie", "ano", "ne",
        "igen", "nem", "kyllä", "ei", "da", "nu", "taip", "evet", "hayır",
        "是", "否", "是的", "不是", "有", "没有", "沒有", "はい", "いいえ", "예", "아니요", "아니오", "👍", "👎",
    ]
)
FEEDBACK_ANSWERS_MAX = 3  # buttons under one question ("Yes", "No", "Somewhat")
FEEDBACK_ANSWERS_MIN = 2  # ("Yes" and "No", or two thumbs)
_FEEDBACK_ANSWER_RULE = ("feedback-prompt", "answer button of a page-feedback widget ('Yes' / 'No')")


def feedback_answers(lines: list[Line], prompts: list[int]) -> None:
    """The lines right under a page-feedback question that are bare yes/no buttons go with the question: inside
    the article (a widget between two sections) nothing else removes them."""
    for i in prompts:
        answers = []
        for j in range(i + 1, min(i + 1 + FEEDBACK_ANSWERS_MAX, len(lines))):
            line = lines[j]
            if line.notes.get("furniture") or line.text.strip(" \t.!").lower() not in _FEEDBACK_ANSWERS:
                break
            answers.append(line)
        # A widget has two buttons or more; one answer alone under the question is a reply in a dialogue (a quoted
        # chatbot's "Is this helpful?" over the reader's "No.").
        if len(answers) >= FEEDBACK_ANSWERS_MIN:
            for line in answers:
                line.notes["furniture"] = _FEEDBACK_ANSWER_RULE


def feedback_widgets_transparent(
    lines: list[Line], feats: list[LineFeatures], scores: list[float], prompts: list[int]
) -> None:
    """A page-feedback widget between two sections (the question and its yes/no buttons) scores 0 when there is
    article content on both sides: health and help pages put one under a section, and at its cost the sections
    after it were cut off. Its lines are removed by their rule either way."""
    n = len(lines)
    for i in prompts:
        end = i
        while end + 1 < n and lines[end + 1].notes.get("furniture") is _FEEDBACK_ANSWER_RULE:
            end += 1
        _transparent_run(lines, feats, scores, i, end)


DONATION_BOX_GAP = 2  # lines between two lines of one donation box (a button's label, a logo's alt text)
DONATION_HEADING_MAX_WORDS = 8  # "Enjoyed this post?", "Hat dir der Beitrag gefallen?" over the box


def donation_boxes(lines: list[Line], feats: list[LineFeatures], found: list[int]) -> None:
    """Keep the "donation" rule for lines that make a box: two of them within DONATION_BOX_GAP lines.

    The appeal, the blurb and the button come together; one such line alone is a sentence of the article (a
    quote that readers like you keep a food bank going): it gets the rule it would have without this one. A
    short question right above a box ("Enjoyed this post?") is its heading and goes with it.
    """
    n = len(found)
    k = 0
    while k < n:
        first = last = found[k]
        k += 1
        count = 1
        while k < n and found[k] - last <= DONATION_BOX_GAP + 1:
            last = found[k]
            k += 1
            count += 1
        if count < 2:
            line = lines[first]
            del line.notes["furniture"]
            other = furniture_rule(line.text, line.kind, feats[first], False)
            if other:
                line.notes["furniture"] = other[:2]
            continue
        for j in range(first + 1, last):  # a short line between two lines of the box: its button or label
            if lines[j].notes.get("furniture") is None and feats[j].cls != GOOD:
                lines[j].notes["furniture"] = _DONATION_RULE
        if first > 0:
            above = lines[first - 1]
            text = above.text.rstrip()
            if (
                above.notes.get("furniture") is None
                and text.endswith(("?", "？"))
                and feats[first - 1].words <= DONATION_HEADING_MAX_WORDS
            ):
                above.notes["furniture"] = _DONATION_RULE


_GLUED_MENU_RULE = ("menu", "a site's menu glued before the article's first line ('Home | News | Sports | ...')", False)


def mark_furniture(doc: Document, feats: list[LineFeatures]) -> None:
    """Line rules: tag each line with the rule that makes it furniture (applied after the main-run search)."""
    # The teaser rule finds headlines run together with their summary, an artifact of text dumps;
    # text a reader extracted from markup has its blocks apart, and there it only hits prose.
    extracted = bool(doc.meta.get("main_content_extracted"))
    teasers: list[int] = []
    donations: list[int] = []
    closers: list[int] = []
    feed_items: list[int] = []
    crumbs: list[int] = []
    repeats: list[int] = []
    prompts: list[int] = []
    for i, (line, f) in enumerate(zip(doc.lines, feats, strict=True)):
        found = furniture_rule(line.text, line.kind, f)
        if found and extracted and found[0] == "teaser":
            continue
        if found:
            line.notes["furniture"] = found[:2]
            if found[2]:
                line.notes["hard_break"] = True
            if found[0] == "teaser":
                teasers.append(i)
            elif found[0] == "donation":
                donations.append(i)
            elif found[0] == "separator" and line.text[:1] in _CODE_CLOSERS:
                closers.append(i)
            elif found[0] == "feed-item":
                feed_items.append(i)
            elif found[0] == "breadcrumb":
                crumbs.append(i)
            elif found is _REPEATED_BUTTON or found is _REPEATED_COUNTER or found is _COUNTER_DATE_ROW:
                repeats.append(i)
            elif found[0] == "feedback-prompt":
                prompts.append(i)
    settle_line_rules(
        doc.lines, feats, [line.kind for line in doc.lines], teasers, donations, closers, feed_items, crumbs, repeats,
        prompts,
    )


# A bare button ("Check availability", "See prices", "View deals") or a whole K count ("12K", "12K views") is a
# subheading or a race distance ("10K") once, the page's furniture when the same line repeats (under each hotel
# of a guide, under each part of a post): furniture_rule gives these rules, settle_line_rules keeps them on
# repeated lines only (repeated_furniture).
BARE_BUTTON_MAX_WORDS = 3
_REPEATED_BUTTON = ("promo", "booking or price-comparison button repeated on the page ('Check availability')", False)
_REPEATED_COUNTER = ("counters", "view or like counter repeated on the page ('12K views')", False)
REPEATED_FURNITURE_MIN = 2


def repeated_furniture(lines: list[Line], candidates: list[int]) -> None:
    """The lines of `candidates` (a bare button, a whole K count) keep their rule when their text is on the page
    REPEATED_FURNITURE_MIN times or more; a single one is the article's."""
    counts: dict[str, int] = {}
    for i in candidates:
        text = lines[i].text.strip()
        counts[text] = counts.get(text, 0) + 1
    for i in candidates:
        if counts[lines[i].text.strip()] < REPEATED_FURNITURE_MIN:
            lines[i].notes.pop("furniture", None)


def meta_row_tables(lines: list[Line], rows: list[int]) -> None:
    """A post's meta row (_counter_date_row) stands alone, over or under its post; META_ROW_TABLE_MIN or more one
    after another are a table of the article's (a by-election's results by ward, "Northfield · 04.12.2025 · 812
    votes"): they lose the rule."""
    start = 0
    for k in range(1, len(rows) + 1):
        if k < len(rows) and rows[k] == rows[k - 1] + 1:
            continue
        if k - start >= META_ROW_TABLE_MIN:
            for i in rows[start:k]:
                lines[i].notes.pop("furniture", None)
        start = k


def settle_line_rules(
    lines: list[Line], feats: list[LineFeatures], kinds: list[str], teasers: list[int], donations: list[int],
    closers: list[int], feed_items: list[int], crumbs: list[int], repeats: list[int] | None = None,
    prompts: list[int] | None = None,
) -> None:
    """What the line rules decide from their neighbours once every line has its rule: a donation line alone
    is none (donation_boxes), a closing bracket under code is no separator (code_closers_kept), a dateline's
    lede is no teaser (spare_dateline_ledes), a media page's chapter list is no news feed (chapter_lists_kept),
    a trail inside the article's text is no navigation (crumbs_in_text), the yes/no under a feedback question are
    its buttons (feedback_answers).
    mark_furniture and boilerplate_stage's fused pass both end so."""
    if prompts:
        feedback_answers(lines, prompts)
    if repeats:
        rows = [i for i in repeats if lines[i].notes.get("furniture") == _COUNTER_DATE_ROW[:2]]
        if rows:
            meta_row_tables(lines, rows)
            taken = set(rows)
            repeats = [i for i in repeats if i not in taken]
        repeated_furniture(lines, repeats)
    if crumbs:
        crumbs_in_text(lines, feats, crumbs)
    if donations:
        donation_boxes(lines, feats, donations)
    if closers:
        code_closers_kept(lines, feats, closers, kinds)
    if len(feed_items) >= CHAPTER_LIST_MIN:
        chapter_lists_kept(lines, feed_items)
    if feed_items:
        timelines_kept(lines, feats, feed_items)
    if teasers:
        spare_dateline_ledes(lines, teasers)
    consent_sentences_kept(lines, feats)


# The consent line of a sign-up form opens with the reader's action: "By clicking ...", "Dengan mengklik ...",
# "En vous inscrivant ...", "Mit der Anmeldung ...", "Al suscribirte ...", "Ao se inscrever ...".
_CONSENT_OPENING_RE = re.compile(r"(?:by|dengan|en\s+vous|mit\s+(?:der|ihrer)|al|ao)\s", re.IGNORECASE)


# What only the page's own form says: a click on its button, "our" terms ("By clicking Subscribe, you agree to
# receive emails from us and our partners ...", "Dengan mengklik Langgan, ... Dasar Privasi kami").
_FORM_OWN_RE = re.compile(
    r"\b(?:click\w*|mengklik|klik|our|us|kami|nos|notre|nuestr[oa]s?|unser\w*|nossa|nosso|clicando|cliquant|"
    r"klicken|hacer\s+clic)\b", re.IGNORECASE,
)


def consent_sentences_kept(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Lift the newsletter rule off a consent-shaped sentence that is a paragraph between two paragraphs of prose,
    no line rule on either: an article reporting an app's terms ("By signing up for an account in the app, you
    agree to share your location with partner companies, ..."). A form's consent line sits among the form's
    lines (its heading, e-mail field, button), and one that names a click or "our" terms (_FORM_OWN_RE) is the
    page's own form's wherever it sits."""
    n = len(lines)
    for i in range(n):
        rule = lines[i].notes.get("furniture")
        if rule is None or rule[0] != "newsletter" or feats[i].cls != GOOD:
            continue
        if not _CONSENT_OPENING_RE.match(lines[i].text) or _FORM_OWN_RE.search(lines[i].text):
            continue
        above, below = _prose_neighbour(lines, feats, i, -1), _prose_neighbour(lines, feats, i, 1)
        if above and below:
            del lines[i].notes["furniture"]


def _prose_neighbour(lines: list[Line], feats: list[LineFeatures], i: int, step: int) -> bool:
    """The nearest line from i in direction `step`, over blank separators, is a paragraph of no line rule."""
    k = i + step
    while 0 <= k < len(lines) and lines[k].kind == SEPARATOR and not lines[k].text.strip():
        k += step
    return 0 <= k < len(lines) and feats[k].cls == GOOD and lines[k].notes.get("furniture") is None


# A teaser card's heading is led by an arrow or guillemet (a link marker), not by a list bullet.
_ARROW_LED_RE = re.compile(r"^\s*(?:»|›|→|➜|➔|▶|►)\s*\S")  # not ">": quoted lines of a forum reply
_ARROW_FIRST = frozenset("»›→➜➔▶►")
TEASER_CARD_MIN = 2


@cython.ccall
def _may_open_with_arrow(text: str) -> cython.bint:
    """text[:1] in _ARROW_FIRST or text[:1].isspace(): where _ARROW_LED_RE can match (it runs for every line;
    compiled, a test of the first code point instead of two slices and a set lookup)."""
    if not cython.compiled:
        return text[:1] in _ARROW_FIRST or text[:1].isspace()
    if len(text) == 0:
        return False
    c: cython.Py_UCS4 = text[0]
    return c in "»›→➜➔▶►" or c.isspace()
TEASER_CARD_MAX_BLURB = 2  # lines of blurb under one card heading


def mark_teaser_cards(doc: Document, feats: list[LineFeatures]) -> None:
    """Arrow-led headings, each with a one- or two-line blurb, one after another: a sidebar of teaser cards.

    A teaser blurb is written in full sentences, so the run search alone may prefer a sidebar of
    them to an article without prose (a schedule, a table). An article's subheading is followed by
    paragraphs, rarely by a single sentence and then another arrow-led heading.
    """
    lines = doc.lines
    n = len(lines)
    heads = [
        i for i, line in enumerate(lines)
        # The regex only where the line can open with an arrow (after optional whitespace).
        if _may_open_with_arrow(line.text) and _ARROW_LED_RE.match(line.text) and _is_short(line.text, feats[i], 12)
    ]
    if len(heads) < TEASER_CARD_MIN:
        return
    run: list[list[int]] = []
    blurbed = 0

    def flush() -> None:
        if blurbed >= TEASER_CARD_MIN:
            for members in run:
                for k in members:
                    if not lines[k].notes.get("furniture"):
                        lines[k].notes["furniture"] = ("teaser-card", "teaser card: an arrow-led headline with its blurb")
        run.clear()

    for h, nxt in zip(heads, [*heads[1:], n], strict=True):
        chained = nxt <= h + 1 + TEASER_CARD_MAX_BLURB  # the next card starts within this one's blurb span
        if nxt == h + 1 and nxt < n:  # a card without a blurb (an ad label) inside a run of cards
            run.append([h])
            continue
        if h + 1 >= n:
            break
        f = feats[h + 1]
        # One blurb, not the first of several paragraphs: no prose follows it inside the card or right after it.
        rest = range(h + 2, nxt) if chained else range(h + 2, min(n, h + 3))
        second_paragraph = any(feats[k].cls == GOOD for k in rest)
        if not (f.cls in (GOOD, NEAR) and f.sentences <= 2) or second_paragraph:
            flush()
            blurbed = 0
            continue
        run.append(list(range(h, nxt)) if chained else [h, h + 1])
        blurbed += 1
        if not chained:
            flush()
            blurbed = 0
    flush()


# The number opening an item of a numbered list, with its full stop: "1. ", "12. ".
_ITEM_NUMBER_RE = re.compile(r"\d{1,3}\.\s")


def _item_has_sentences(f: LineFeatures, least: cython.Py_ssize_t) -> cython.bint:
    """_has_sentences(f, least), not counting the full stop of the number opening a numbered item: "1. St. Paul
    police chief seeks funds" is one headline, not two sentences (the abbreviation is a second stop)."""
    m = _ITEM_NUMBER_RE.match(f.text)
    if m is None:
        return _has_sentences(f, least)
    return _count_sentences_upto(f.text[m.end():], least) >= least


LIST_ITEM_INTRO_MIN_WORDS = 4  # words of a line ending with a colon that ends a list of headlines


def _intro_sentence(text: str, f: LineFeatures) -> bool:
    """A sentence that announces what follows ("The new scheme makes these changes:"): no headline ends so."""
    return f.words >= LIST_ITEM_INTRO_MIN_WORDS and text.rstrip().endswith((":", "："))


QUESTION_ITEM_MAX_WORDS = 14  # a headline that asks a question; a longer question is a paragraph


# A list heading that counts its items ("3 related articles", "5 Related Stories", "2 件の関連記事", "相关文章 3 篇"): the
# list holds that many, and the headline-like lines under them (the page's own headline, its dek and byline, when the
# box sits right over the article) are none of it.
_COUNTED_HEADING_RE = re.compile(r"^\W*(\d{1,2})\s*(?:件の|篇|条|則|개의)?\s*[^\W\d_]|^[^\W\d_][^\d]{0,20}?\s*(\d{1,2})\s*(?:篇|条|則|件|개)\W*$")


def _counted_items(text: str) -> int:
    """How many items a list heading says it heads ("3 related articles"), or 0 when it says no number."""
    m = _COUNTED_HEADING_RE.match(text)
    if m is None:
        return 0
    return int(m.group(1) or m.group(2))


@cython.locals(lines=list, f=LineFeatures, j=cython.Py_ssize_t, prose_run=cython.Py_ssize_t, headlines=cython.Py_ssize_t)
def _list_after_heading(doc: Document, feats: list[LineFeatures], i: int) -> list[int]:
    """Indices of the list under a list-intro heading: the headline-like lines that follow it.

    The list ends at the first prose line (near-good or better), at another hard break, or
    after MAX_LIST_ITEMS lines; it counts only if at least two of its lines look like headlines.
    """
    out: list[int] = []
    prose_run = 0
    lines = doc.lines  # read once, and typed with f (compiled): the loop reads fields, not attributes
    # An interview's turns over the heading ("— ...?" / "— ..."): a turn under its links is the next question,
    # no headline (a box of links inside an interview).
    interview = _dialogue_run(lines, i)
    for j in range(i + 1, min(len(lines), i + 1 + MAX_LIST_ITEMS)):
        line, f = lines[j], feats[j]
        if interview and _TURN_RE.match(line.text) is not None:
            break
        if line.notes.get("hard_break") or _item_has_sentences(f, 2) or (
            # (a headline asking a question, "What Counts as Retaliation After a Wage Complaint?", is an item)
            f.cls in (GOOD, NEAR) and f.terminal and not (f.words <= QUESTION_ITEM_MAX_WORDS and line.text.endswith("?"))
        ):
            break
        if line.notes.get("verse"):  # a stanza (mark_cjk_verse), no headline
            break
        # A sentence that announces what follows ("The new scheme makes these changes:"): the article goes on under
        # the box with its own list; no headline ends with a colon.
        if _intro_sentence(line.text, f):
            break
        # Long prose-like lines in a row (a hard-wrapped article), not short headlines with stopwords.
        prose_run = prose_run + 1 if f.cls in (GOOD, NEAR) and f.eff_len >= 90 else 0
        if prose_run == 3:  # three prose-like lines in a row: an article (hard-wrapped), not headlines
            del out[-2:]
            break
        out.append(j)
    headlines = 0  # (a loop: a generator expression could not read the typed `lines`)
    for j in out:
        if lines[j].kind != SEPARATOR and feats[j].eff_len < 200:
            headlines += 1
    return out if headlines >= 2 else []


# A ranking under a bare list heading ("Most read" over "1. <headline> <summary>", "2. ..."): this many items.
RANKING_MIN_ITEMS = 3
RANKING_HEADING_MAX_WORDS = 3
RANKING_ITEM_MAX_WORDS = 60
_RANKING_NUMBER_RE = re.compile(r"(\d{1,2})[.)]\s")


def _numbered_ranking(doc: Document, feats: list[LineFeatures], i: int) -> list[int]:
    """The items of a ranking of other articles right under the list heading at line i: lines numbered 1, 2,
    3, ... in a row, each a headline run together with its summary (two sentences: no list item elsewhere).

    Only under a heading that is the list phrase alone ("Most read", "Les plus lus", "Trending now"): a longer
    heading holding the phrase ("The most popular cities") may head a numbered section of the article.
    """
    lines = doc.lines
    heading = lines[i].text
    if feats[i].words > RANKING_HEADING_MAX_WORDS or _LIST_INTRO_LEAD.match(heading) is None:
        return []
    out: list[int] = []
    for j in range(i + 1, min(len(lines), i + 1 + MAX_LIST_ITEMS)):
        m = _RANKING_NUMBER_RE.match(lines[j].text)
        if m is None or int(m.group(1)) != len(out) + 1 or feats[j].words > RANKING_ITEM_MAX_WORDS:
            break
        if lines[j].notes.get("hard_break"):
            break
        out.append(j)
    return out if len(out) >= RANKING_MIN_ITEMS else []


# --- card streams: "more stories" cards (headline, byline/source/date, one-paragraph summary) -------------------

# A stream needs this many cards in a row, each with CARD_HEAD_MIN..CARD_HEAD_MAX short lines over one summary.
CARD_STREAM_MIN = 3
CARD_HEAD_MIN = 2
CARD_HEAD_MAX = 4
# A summary is one short paragraph: a few sentences (abbreviations count too), a few lines of a card.
CARD_SUMMARY_MAX_SENTENCES = 4
CARD_SUMMARY_MAX_LEN = 600
# Share of the cards whose head has the stream's most common number of lines (the shape repeats).
CARD_SHAPE_SHARE = 0.7
# The article the stream sits next to: its run scores at least this much, and at least this share of the
# stream's own positive score; whatever lies beyond the stream scores less than this share of the article.
CARD_ARTICLE_MIN_SCORE = 10.0
CARD_ARTICLE_SHARE = 0.5
CARD_BEYOND_SHARE = 0.3
# Lines between the article's run and the stream, at least.
CARD_GAP_MIN = 1
# The summaries share at most this much of their vocabulary with the article's title and lead (topic change).
CARD_TOPIC_MAX_OVERLAP = 0.3
# ... and no word of the title and lead is in this share of the cards.
CARD_TOPIC_COMMON_SHARE = 0.5
# A card's meta line (byline, source and section, date, kicker).
CARD_META_MAX_WORDS = 8
CARD_META_MAX_LEN = 60
_CARD_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_CARD_NUMBER_RE = re.compile(r"\D{0,12}?(\d{1,3})\b")


@cython.ccall
@cython.locals(words=cython.Py_ssize_t, upper=cython.Py_ssize_t, start=cython.bint, c=cython.Py_UCS4)
def _title_cased(text: str) -> cython.bint:
    """Five or more words, nearly all capitalized: a headline even when it ends with a full stop.

    (The words are text.split()'s; compiled, one typed pass reads their first characters instead of
    building the lists: this runs on every prose line of every page.)"""
    if cython.compiled:
        words = upper = 0
        start = True  # at the first character of a word (str.split() splits at str.isspace() runs)
        for c in text:
            if c.isspace():
                start = True
            elif start:
                start = False
                if c.isalpha():
                    words += 1
                    if c.isupper():
                        upper += 1
        return words >= 5 and upper >= 0.8 * words
    alpha = [w for w in text.split() if w[:1].isalpha()]
    if len(alpha) < 5:
        return False
    return len([w for w in alpha if w[:1].isupper()]) >= 0.8 * len(alpha)


@cython.ccall  # (visible to tests/test_boilerplate_cards.py)
@cython.locals(words=cython.Py_ssize_t, upper=cython.Py_ssize_t, lower=cython.Py_ssize_t, start=cython.bint,
               c=cython.Py_UCS4)
def _title_cased_in(text: str, tokens: cython.Py_ssize_t) -> cython.bint:
    """_title_cased(text) for a line of `tokens` whitespace-separated tokens (len(text.split())) or fewer.

    Compiled, the pass stops once more than a fifth of the tokens open in lower case: the capitalized words,
    fewer than four times as many, fall short of 0.8 of the words (by 0.2 of a word at least, no rounding
    can close it). Most prose lines it runs on are decided within their first words."""
    if not cython.compiled:
        return _title_cased(text)
    words = upper = lower = 0
    start = True
    for c in text:
        if c.isspace():
            start = True
        elif start:
            start = False
            if c.isalpha():
                words += 1
                if c.isupper():
                    upper += 1
                else:
                    lower += 1
                    if 5 * lower > tokens:
                        return False
    return words >= 5 and upper >= 0.8 * words


@cython.locals(f=LineFeatures, i=cython.Py_ssize_t, last=cython.Py_UCS4, has_last=cython.bint,
               sentence_end=cython.bint, text=str, notes=dict, kind=str, line=Line, kinds=list, n=cython.Py_ssize_t,
               k=cython.Py_ssize_t)
def _card_line_kinds(lines: list[Line], feats: list[LineFeatures]) -> list[int]:
    """Each line's part in a card: 2 a summary (one paragraph of prose), 1 a head line (headline, kicker,
    byline, source, date: short, not a sentence), 0 neither (a long non-prose line, code, a separator).
    (An index loop, not zip: compiled, zip builds a tuple per line; the lengths are checked as zip(strict=True) did.)"""
    kinds = []
    n = len(lines)
    if len(feats) != n:
        raise ValueError("_card_line_kinds: lines and feats differ in length")
    for k in range(n):
        line = lines[k]
        f = feats[k]
        text = line.text
        # The last character before the closing quotes, brackets and spaces (segment._CLOSERS and " ";
        # has_last: there is one). Literal character sets: compiled, each test is a switch.
        i = len(text) - 1
        while i >= 0 and text[i] in "\"'”’»)）」』】] ":
            i -= 1
        has_last = i >= 0
        last = text[i] if has_last else " "
        sentence_end = has_last and last in ".!?。！？…"  # a sentence end
        # A comments or author-box heading ends a stream (a list heading may head one: it stays a head line).
        notes = line.notes
        rule = notes.get("furniture")
        kind = line.kind
        if kind == _SEPARATOR_KIND or f.eff_len > 900 or (rule and rule[0] == "article-end"):
            kinds.append(0)
        elif (
            not rule
            and (f.words >= 4 or f.cjk >= 8)
            and (sentence_end or (f.cls == _GOOD_CLS and _has_sentences(f, 1)))
            and not (f.cjk == 0 and _title_cased_in(text, f.words))  # (without CJK, words is len(text.split()))
        ):
            kinds.append(2)
        # A head line is whole: a line that ends mid-sentence (",") is wrapped prose.
        elif f.eff_len <= 250 and f.cls != _GOOD_CLS and not (has_last and last in ",，、") and not _is_code_like(f):
            kinds.append(1)
        else:
            kinds.append(0)
    return kinds


@cython.locals(f=LineFeatures, n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, prev=cython.Py_ssize_t,
               heads=cython.Py_ssize_t, between_ok=cython.bint, one_paragraph=cython.bint, run=list, runs=list)
def _card_runs(kinds: list[int], feats: list[LineFeatures]) -> list[list[tuple[int, int]]]:
    """Runs of cards, each card (first head line, summary line): every summary is one paragraph (the next
    line is the next card's head, not more prose), and the heads between two summaries are all head lines.
    (Explicit loops, no generator: compiled, the indices are typed.)"""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    prev = -1  # the previous summary line
    n = len(kinds)
    for i in range(n):
        if kinds[i] != 2:
            continue
        heads = i - prev - 1 if prev >= 0 else 0
        between_ok = prev >= 0 and CARD_HEAD_MIN <= heads <= CARD_HEAD_MAX
        if between_ok:
            for k in range(prev + 1, i):
                if kinds[k] != 1:
                    between_ok = False
                    break
        f = feats[i]
        one_paragraph = (
            (i + 1 >= n or kinds[i + 1] != 2)
            and f.eff_len <= CARD_SUMMARY_MAX_LEN
            and not _has_sentences(f, CARD_SUMMARY_MAX_SENTENCES + 1)  # counts no further than it asks
        )
        if run and between_ok and one_paragraph:
            run.append((prev + 1, i))
        else:
            if len(run) >= CARD_STREAM_MIN:
                runs.append(run)
            run = []
            if one_paragraph:
                # The first card's head: the head lines right above it (its length is settled by the shape).
                k = i
                while k > 0 and i - k < CARD_HEAD_MAX and kinds[k - 1] == 1:
                    k -= 1
                run = [(k, i)] if i - k >= CARD_HEAD_MIN else []
        prev = i if one_paragraph else -1
    if len(run) >= CARD_STREAM_MIN:
        runs.append(run)
    return runs


def _card_vocabulary(texts: list[str], language: str) -> set[str]:
    """Content words of the texts: words of 4+ letters that are no stopwords, cut to their first six letters
    (a crude stem: "harbours", "harbour"); in CJK, pairs of characters."""
    sw = stopwords(language) or frozenset()
    out: set[str] = set()
    for text in texts:
        if text.isascii():  # no CJK run to match or to find (str.isascii is a flag): most cards
            _add_ascii_card_words(text.lower(), sw, out)
            continue
        _add_card_words(text.lower(), text, sw, out)
    return out


@cython.cfunc
@cython.inline
def _cjk_char(c: cython.Py_UCS4) -> cython.bint:
    """c is a character of _CJK_RUN_RE's class (kana, CJK ideographs and their extension A and compatibility block)."""
    return (
        "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"
    )


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, j=cython.Py_ssize_t, k=cython.Py_ssize_t, start=cython.Py_ssize_t,
               cjk=cython.Py_ssize_t, c=cython.Py_UCS4)
def _add_card_words(low: str, text: str, sw: frozenset, out: set) -> None:
    """What _card_vocabulary adds of a text beyond ASCII (`low` is text.lower()), in typed passes instead of the
    regexes': the runs of _CARD_WORD_RE ([^\\W\\d_]{4,}: re's word character is str.isalnum's or "_", its digit
    str.isdecimal's) in `low` that are not CJK throughout (_CJK_RUN_RE.fullmatch), each cut to six unless a
    stopword; then each pair of characters of the CJK runs (_CJK_RUN_RE.findall) of `text`. Most such texts are
    a Latin script's with a curly quote or an accent (tests/test_boilerplate_cards.py compares them)."""
    n = len(low)
    start = -1
    cjk = 0
    for j in range(n + 1):
        if j < n:
            c = low[j]
            if c.isalnum() and not c.isdecimal():
                if start < 0:
                    start = j
                    cjk = 0
                if _cjk_char(c):
                    cjk += 1
                continue
        if start >= 0:
            if j - start >= 4 and cjk < j - start:
                w = low[start:j]
                if w not in sw:
                    out.add(w[:6])
            start = -1
    n = len(text)
    start = -1
    for j in range(n + 1):
        if j < n and _cjk_char(text[j]):
            if start < 0:
                start = j
            continue
        if start >= 0:
            for k in range(start, j - 1):
                out.add(text[k:k + 2])
            start = -1


@cython.cfunc
@cython.locals(n=cython.Py_ssize_t, j=cython.Py_ssize_t, start=cython.Py_ssize_t, c=cython.Py_UCS4)
def _add_ascii_card_words(low: str, sw: frozenset, out: set) -> None:
    """What _card_vocabulary adds of an ASCII text lower-cased (`low`): _CARD_WORD_RE.findall(low) is its runs of
    four letters or more ([^\\W\\d_] is a-z on a lower-cased ASCII text), each cut to six unless a stopword. One
    typed pass instead of the regex's (tests/test_boilerplate_perf_gates.py compares them)."""
    n = len(low)
    start = -1
    for j in range(n + 1):
        if j < n:
            c = low[j]
            if "a" <= c <= "z":
                if start < 0:
                    start = j
                continue
        if start >= 0:
            if j - start >= 4:
                w = low[start:j]
                if w not in sw:
                    out.add(w[:6])
            start = -1


def _card_streams(feats: list[LineFeatures], runs: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The runs of cards whose heads have one shape, cut at the cards without a proper head (_card_head_ok).

    The shape is the most common number of head lines between two summaries; the first card of a run
    takes that many of the head lines above it (the lines further up belong to whatever precedes the stream).
    """
    streams: list[list[tuple[int, int]]] = []
    for run in runs:
        gaps = [summary - head for head, summary in run[1:]]
        shape = max(set(gaps), key=gaps.count)
        head0, summary0 = run[0]
        run[0] = (max(head0, summary0 - shape), summary0)
        pieces: list[list[tuple[int, int]]] = [[]]
        for head, summary in run:
            if _card_head_ok(feats, head, summary):
                pieces[-1].append((head, summary))
            elif pieces[-1]:
                pieces.append([])
        for cards in pieces:
            if len(cards) < CARD_STREAM_MIN:
                continue
            gaps = [summary - head for head, summary in cards[1:]]
            if gaps.count(shape) >= CARD_SHAPE_SHARE * len(gaps):
                streams.append(cards)
    return streams


def _card_head_ok(feats: list[LineFeatures], head: int, summary: int) -> bool:
    """The card's head has a headline (3+ words, not mostly digits) and a short line that is no prose (a name,
    a source and section, a date, a kicker): one line can be both."""
    headline = meta = False
    for k in range(head, summary):
        f = feats[k]
        if (f.words >= 3 or f.cjk >= 6) and f.digits <= 0.15:
            headline = True
        if f.cls == SHORT and f.words <= CARD_META_MAX_WORDS and f.eff_len <= CARD_META_MAX_LEN:
            meta = True
    return headline and meta


def _numbered(lines: list[Line], cards: list[tuple[int, int]]) -> bool:
    """The cards' heads carry the numbers 1, 2, 3... (or any run counting up by one): a numbered article."""
    numbers = []
    for head, summary in cards:
        for k in range(head, summary):
            m = _CARD_NUMBER_RE.match(lines[k].text)
            if m:
                numbers.append(int(m.group(1)))
                break
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return len(steps) >= 2 and steps.count(1) >= len(steps) / 2


def mark_card_streams(
    lines: list[Line], feats: list[LineFeatures], scores: list[float], w: dict[str, float], language: str
) -> None:
    """A stream of "more stories" cards next to the article: remove it as a block.

    Each card is a headline (no sentence, or title-cased), a byline/source/section or date line or a kicker,
    and a one-paragraph summary in full sentences. The summaries are prose, so the run search would keep
    the stream with the article. A stream is CARD_STREAM_MIN+ cards in a row whose heads have one shape
    (the same number of short lines, 2 to 4; one headline over one paragraph is also how listicles, FAQs
    and interviews are written, so a card needs a second head line). It is removed only when it sits
    outside an article that stands without it (before or after it, not inside it), its heads are not
    numbered (a how-to's steps), and its summaries are about other things than the article's title and lead.
    """
    streams = []
    for cards in _card_streams(feats, _card_runs(_card_line_kinds(lines, feats), feats)):
        if not _numbered(lines, cards):  # a how-to's steps, a ranking the article is made of
            streams.append((cards[0][0], cards[-1][1] + 1, cards))
    if not streams:
        return
    # The article without the streams: the best run once their lines cost what furniture costs.
    furniture = w["furniture"]
    trial = list(scores)
    for a, b, _cards in streams:
        for k in range(a, b):
            trial[k] = furniture
    start, end = max_run(trial)
    article = sum(trial[start:end])
    # The title (the lines just above the run) and the lead, for the topic of the article.
    vocabulary = _card_vocabulary([lines[k].text for k in range(max(0, start - 3), min(end, start + 5))], language)
    for a, b, cards in streams:
        if start < b and end > a:  # inside the article
            continue
        # Set off from the article (by a heading, tags, a share bar...): a listicle's items follow its lead directly.
        if (a - end if end <= a else start - b) < CARD_GAP_MIN:
            continue
        # Next to the article, not between two parts of it: what lies beyond the stream (other streams aside)
        # scores little against the article, and the article stands on its own against the stream.
        beyond = range(b, len(scores)) if end <= a else range(0, a)
        rest = sum(trial[k] for k in beyond if trial[k] > 0)
        stream = sum(s for s in scores[a:b] if s > 0)
        if article < max(CARD_ARTICLE_MIN_SCORE, CARD_ARTICLE_SHARE * stream) or rest >= CARD_BEYOND_SHARE * article:
            continue
        if not _cards_change_topic(lines, cards, vocabulary, language):
            continue
        for k in range(a, b):
            notes = lines[k].notes
            if not notes.get("furniture"):
                notes["furniture"] = ("card-stream", "stream of story cards: headline, byline and summary repeated")
            scores[k] = furniture


# --- a block of legal notices closing the page --------------------------------------------------------------------

LEGAL_TAIL_LINES = 4  # lines at the end of the main run in which the last notice of a block is looked for
LEGAL_MIN_NOTICES = 2  # notices in a block: one alone can belong to the article (a wire service's reprint terms)
LEGAL_MAX_GAP = 1  # other lines between two notices of one block (a medical caution, a contact line)
LEGAL_NOTICE_WORDS = 6  # a notice of a block is written out; a short "© 2024 Example" line is the copyright rule's
LEGAL_NOTICE_MAX_LEN = 500  # (effective length) a notice is a paragraph of small print, not a long article paragraph
LEGAL_LEAD_LINES = 5  # lines of the article's lead (and 3 above it: the title) that tell what the article is about
_LEGAL_RULE = ("legal-notice", "block of legal notices (copyright, reprint terms, disclaimers) closing the page")


@cython.cfunc
@cython.locals(f=LineFeatures)
def _legal_notice(line: Line, f: LineFeatures) -> cython.bint:
    """A notice of a block: a line the copyright rule took, or written-out small print with a legal phrase."""
    rule = line.notes.get("furniture")
    if rule is not None and rule[0] == "copyright":
        return True
    if f._legal < 0:
        f._legal = 1 if (
            f.words >= LEGAL_NOTICE_WORDS and f.eff_len <= LEGAL_NOTICE_MAX_LEN and may_be_legal(line.text)
            and patterns.LEGAL_NOTICE_RE.search(line.text) is not None
        ) else 0
    return f._legal == 1


@cython.locals(first=cython.Py_ssize_t, last=cython.Py_ssize_t, k=cython.Py_ssize_t, lo=cython.Py_ssize_t,
               count=cython.Py_ssize_t, cut=cython.Py_ssize_t, total=cython.double, best=cython.double)
def mark_legal_notices(
    lines: list[Line], feats: list[LineFeatures], scores: list[float], start: cython.Py_ssize_t, end: cython.Py_ssize_t
) -> int:
    """A block of legal notices at the end of the main run [start, end): copyright and reprint terms, trademark
    notices, disclaimers ("版权声明", "All rights reserved. ... may not be reproduced", "not intended to diagnose").

    Site footers write them as sentences, so the run search keeps them with the article they close. A block is
    LEGAL_MIN_NOTICES+ written-out notices (patterns.LEGAL_NOTICE_RE) at most LEGAL_MAX_GAP other lines apart,
    the last of them among the last LEGAL_TAIL_LINES lines of the run (or just after it: the copyright rule may
    have cut it off), with a short heading ending in a colon above them ("Disclaimer:", "免责声明：") taken along.
    It goes only when an article stands before it, and when the article's title and lead say nothing of such
    things (an article about copyright law quotes them). It runs after the run search and returns the run's end:
    the block's own sentence scores may have carried the run over what lies between the article and the block
    (teaser lines, print links, an editor's credit), so with a block the run ends where its score peaks before
    the block, as on the same page without the block (its record's text, cleaned again); unless article text
    (a good or near-good line) follows the block inside the run, which then keeps its end.
    """
    # From the end back: most pages have no notice there, and the scan stops after a few lines.
    last = -1
    lo = max(start, end - LEGAL_TAIL_LINES)
    k = min(len(lines), end + LEGAL_MAX_GAP + 1) - 1
    while k >= lo:
        if _legal_notice(lines[k], feats[k]):
            last = k
            break
        k -= 1
    if last < 0:
        return end
    first = last
    count = 1
    k = last - 1
    while k > start and first - k - 1 <= LEGAL_MAX_GAP:
        if _legal_notice(lines[k], feats[k]):
            first = k
            count += 1
        k -= 1
    if count < LEGAL_MIN_NOTICES:
        return end
    if sum(s for s in scores[start:first] if s > 0) < MIN_SCORE_BEFORE_END:
        return end
    for k in range(max(0, start - 3), min(first, start + LEGAL_LEAD_LINES)):
        text = lines[k].text
        # (may_be_legal first: one automaton pass rules out the long alternation on most lead paragraphs.)
        if patterns.legal_topic(text) or (may_be_legal(text) and patterns.LEGAL_NOTICE_RE.search(text)):
            return end
    heading = lines[first - 1].text.rstrip() if first > start else ""
    if heading.endswith((":", "：")) and _is_short(heading, feats[first - 1]):
        first -= 1
    for k in range(first, last + 1):
        notes = lines[k].notes
        if not notes.get("furniture"):
            notes["furniture"] = _LEGAL_RULE
    # Article text after the block (a notice set inside the article's last lines): the run keeps its end.
    for k in range(last + 1, end):
        if feats[k].cls == GOOD or feats[k].cls == NEAR:
            return end
    # The end of the best run from `start` that stops before the block (ties: the longer run).
    cut = start + 1
    best = scores[start]
    total = 0.0
    for k in range(start, min(first, end)):
        total += scores[k]
        if total >= best:
            best = total
            cut = k + 1
    return min(cut, end)


@cython.locals(first=cython.Py_ssize_t, last=cython.Py_ssize_t, k=cython.Py_ssize_t, count=cython.Py_ssize_t)
def legal_footer_scored(lines: list[Line], feats: list[LineFeatures], scores: list[float], furniture: float) -> None:
    """A block of legal notices closing the page, after the last prose of anything else, scores as furniture in
    the run search, and is removed as mark_legal_notices removes it (rule "legal-notice").

    A public body's footer writes its small print as paragraphs (who maintains the site and what it does not
    answer for, a non-discrimination statement, a translation note): under a short notice, three such paragraphs
    outscore it, and mark_legal_notices, which trims a block off the run, finds no article before it. The block
    is LEGAL_MIN_NOTICES+ notices (_legal_notice) at most LEGAL_MAX_GAP lines apart with no prose (good or
    near-good) after it, and prose that is no notice before it; when the first paragraphs of that prose speak of
    such things (an article about copyright law quoting notices), nothing changes.
    """
    n = len(lines)
    last = n - 1
    while last >= 0 and not _legal_notice(lines[last], feats[last]):
        if feats[last].cls == GOOD or feats[last].cls == NEAR:
            return
        last -= 1
    if last < 0:
        return
    first = last
    count = 1
    k = last - 1
    while k >= 0 and first - k - 1 <= LEGAL_MAX_GAP:
        if _legal_notice(lines[k], feats[k]):
            first = k
            count += 1
        k -= 1
    if count < LEGAL_MIN_NOTICES:
        return
    lead = [k for k in range(first) if feats[k].cls == GOOD][:LEGAL_LEAD_LINES]
    if not lead or any(patterns.legal_topic(lines[k].text) or _legal_notice(lines[k], feats[k]) for k in lead):
        return
    heading = lines[first - 1].text.rstrip() if first > 0 else ""
    if heading.endswith((":", "：")) and _is_short(heading, feats[first - 1]):
        first -= 1  # "Disclaimer:" over the block, as mark_legal_notices takes it
    for k in range(first, last + 1):
        notes = lines[k].notes
        if not notes.get("furniture"):
            notes["furniture"] = _LEGAL_RULE
        if scores[k] > furniture:
            scores[k] = furniture


# --- an encyclopedia entry's infobox under its lead ---------------------------------------------------------
INFOBOX_MIN_PAIRS = 4  # rows of label over value
INFOBOX_LABEL_MAX_WORDS = 3  # "Born", "Known for", "Area code"
INFOBOX_LABEL_MAX_CJK = 6  # "中文名", "始建年代", "保护级别"
INFOBOX_VALUE_MAX_LEN = 60  # (effective length) a name, a date, a quantity: no paragraph
_INFOBOX_RULE = ("infobox", "row of an encyclopedia entry's infobox (a label over its value) under the lead")
_INFOBOX_ABOVE_RULE = ("infobox", "row of an encyclopedia entry's infobox (a label over its value) over the lead")


def _infobox_label(line: Line, f: LineFeatures) -> bool:
    """A label of an infobox row: a few words (CJK characters) with no digit, no sentence, no line rule."""
    notes = line.notes
    if f.cls != SHORT or f.terminal or f.digits > 0 or notes.get("furniture") or notes.get("hard_break"):
        return False
    if f.cjk:
        return len(line.text.replace(" ", "")) <= INFOBOX_LABEL_MAX_CJK
    return f.words <= INFOBOX_LABEL_MAX_WORDS


def _infobox_value(line: Line, f: LineFeatures) -> bool:
    """A value of an infobox row: a short line that is no prose and no line rule."""
    notes = line.notes
    return (
        f.cls != GOOD and f.cls != NEAR and f.eff_len <= INFOBOX_VALUE_MAX_LEN
        and not (notes.get("furniture") or notes.get("hard_break") or notes.get("in_list"))
    )


def _names_subject(lead: str, value: str) -> bool:
    """The lead opens with the value: the entry's subject, which the infobox names ("青石桥" over "青石桥，位于
    ...", "Marie Curie" over "Marie Curie (1867–1934) was ...")."""
    value = value.strip()
    if len(value) < 2 or not lead.startswith(value) or len(lead) == len(value):
        return False
    return not lead[len(value)].isalnum() or value[-1] >= "\u3040"


def infoboxes_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> int:
    """An encyclopedia entry's infobox between its lead and its first section: removed (rule "infobox"), and
    no boundary for the run search.

    An entry opens with a lead paragraph, then its infobox rendered as text, each label over its value one to
    a line ("中文名" over "青石桥", "始建年代" over "清代乾隆年间"), then its contents and sections. The rows are
    short lines, so the run search started under them and cut the lead off. The block is INFOBOX_MIN_PAIRS
    rows or more right under a good paragraph, labels of a few words with no digit, values of no prose, and
    one of the values is the subject the lead opens with: a menu or a list under a paragraph names no such
    thing. The rows go (they are data, not text) at no cost to the run: their scores are set to 0. Returns the
    lead's index (extend_to_infobox_lead), or -1: no infobox.
    """
    n = len(lines)
    for i in range(n - 2 * INFOBOX_MIN_PAIRS):
        if feats[i].cls != GOOD or not _infobox_label(lines[i + 1], feats[i + 1]):
            continue
        lead = lines[i].text
        k, pairs, subject = i + 1, 0, False
        while k + 1 < n and _infobox_label(lines[k], feats[k]) and _infobox_value(lines[k + 1], feats[k + 1]):
            subject = subject or _names_subject(lead, lines[k + 1].text)
            pairs += 1
            k += 2
        if pairs >= INFOBOX_MIN_PAIRS and subject:
            for j in range(i + 1, k):
                scores[j] = 0.0
                lines[j].notes["furniture"] = _INFOBOX_RULE
            return i
    return -1


INFOBOX_TITLE_ABOVE = 2  # lines above an infobox over the lead where its title may sit (over a group heading)


def infoboxes_above_lead(lines: list[Line], feats: list[LineFeatures], scores: list[float]) -> None:
    """An infobox right above an entry's lead: removed (rule "infobox") at no cost to the run search.

    A wiki page copied as text often has the infobox before the lead ("Kestrel Vance" / "Biographical information"
    / "Homeworld" / "Tarsis IV" / ... / "First appearance" / "\"The Long Dark\" (Season 2, Episode 1)" / "Kestrel
    Vance is a fictional pilot ..."): its values are short heading-like lines right above the lead, and the last of
    them was taken for the title. The box is the short lines under the line that names the subject the lead opens
    with (the box's title; two words or more in alphabetic scripts), down to the lead: label-over-value pairs,
    INFOBOX_MIN_PAIRS or more of them. A menu over the lead holds no such pairs under the entry's name.
    """
    n = len(lines)
    for i in range(2 * INFOBOX_MIN_PAIRS, n):
        if feats[i].cls != GOOD:
            continue
        lead = lines[i].text
        k = i
        while k - 2 >= 0 and _infobox_label(lines[k - 2], feats[k - 2]) and _infobox_value(lines[k - 1], feats[k - 1]):
            k -= 2
        # The box's title: the lowest line naming the subject, among the rows or just over them.
        top = -1
        for j in range(i - 1, max(0, k - INFOBOX_TITLE_ABOVE) - 1, -1):
            if _infobox_subject(lead, lines[j], feats[j]):
                top = j
                break
        if top >= 0 and i - (top + 1) >= 2 * INFOBOX_MIN_PAIRS:
            for j in range(top + 1, i):
                scores[j] = 0.0
                lines[j].notes["furniture"] = _INFOBOX_ABOVE_RULE
        return  # (only the first paragraph of the page can have an infobox over it)


def _infobox_subject(lead: str, line: Line, f: LineFeatures) -> bool:
    """The line names the subject the lead opens with, in two words or more unless it is CJK."""
    return (f.cjk > 0 or f.words >= 2) and _names_subject(lead, line.text)


INFOBOX_HEADINGS_BELOW = 2  # short lines with no line rule between the infobox and the run: a section heading


def extend_to_infobox_lead(lines: list[Line], feats: list[LineFeatures], start: int, lead: int) -> int:
    """Extend the main run back to the entry's lead over its infobox (infoboxes_transparent), its contents and
    its first section's heading: the lines between are the rows, contents entries and edit links (all removed
    by their rules) and INFOBOX_HEADINGS_BELOW short lines at most (the heading). The run search may still
    start under them: a heading and its edit link cost the lead's lone paragraph more than it brings."""
    if lead < 0 or lead >= start:
        return start
    free = INFOBOX_HEADINGS_BELOW
    for k in range(lead + 1, start):
        notes, f = lines[k].notes, feats[k]
        rule = notes.get("furniture")
        if rule is not None and rule[0] in ("infobox", "toc", "edit-link"):
            continue
        if rule is not None or notes.get("hard_break") or f.cls != SHORT or f.terminal or free == 0:
            return start
        free -= 1
    return lead


# --- an author's one-line bio closing the article -----------------------------------------------------------
BIO_MAX_WORDS = 40  # a note of one or two sentences ("Jane Doe covers health for the Sun. Reach her at ...")
BIO_MAX_SENTENCES = 2
BIO_FIRST_NAME_MAX_WORDS = 20  # a bio that opens with the byline's first name alone is one short sentence
BIO_FIRST_NAME_MIN_CHARS = 3
BIO_MIN_PARAGRAPHS = 3  # good paragraphs of the run before it: an article stands there
BIO_TAIL_LINES = 4  # lines at the end of the main run where its last prose line is looked for
_AUTHOR_BIO_RULE = ("author-bio", "author's one-line bio after the article (opens with the byline's name)")


def _opens_with_name(text: str, name: str) -> bool:
    """text opens with the full name (two words or more), then a lower-case word or a comma ("Jane Doe is
    ...", "Jane Doe, a reporter, ...")."""
    n = len(name)
    if n >= len(text) - 2 or len(name.split()) < 2 or text[:n].casefold() != name.casefold():
        return False
    rest = text[n:n + 2]
    return rest[0] == "," or (rest[0] == " " and rest[1].islower())


def mark_author_bio(
    lines: list[Line], feats: list[LineFeatures], scores: list[float], start: int, end: int
) -> None:
    """An author's note closing the article ("Jane Doe is a senior reporter covering health.", "Max Muster
    ist Redakteur im Ressort Wirtschaft."): the run's last prose line or sentence, among its last
    BIO_TAIL_LINES lines, of one or two sentences (BIO_MAX_WORDS words at most), that opens with the full name
    a byline above it gave ("By Jane Doe", "Von Max Muster"), then a lower-case word or a comma (or with its first
    name alone, in one sentence of BIO_FIRST_NAME_MAX_WORDS words at most: "Jane is a reporter for the Sun."). It is a
    sentence, so the run keeps it; what tells it from the article's last paragraph is that its subject is the
    byline's author. It goes only when an article stands before it (BIO_MIN_PARAGRAPHS good paragraphs). A
    longer paragraph about the author is left alone: it may be the article's own (a memoir's close)."""
    from cleaners.metadata import parse_byline

    k = end - 1
    lo = max(start, end - BIO_TAIL_LINES)
    while k >= lo:
        notes = lines[k].notes
        if (feats[k].cls in _PROSE_CLASSES or feats[k].terminal) and not (
            notes.get("furniture") or notes.get("in_list")
        ):
            break
        k -= 1
    if k < lo or k <= start:
        return
    text, f = lines[k].text, feats[k]
    if f.words > BIO_MAX_WORDS or f.cjk or not text[:1].isupper() or _has_sentences(f, BIO_MAX_SENTENCES + 1):
        return
    first_second = text.split(None, 2)[:2]
    if len(first_second) < 2:
        return
    # "Julius is an entertainment reporter for the Courier.": the byline's first name alone, then a lower-case
    # word, in one short sentence (BIO_FIRST_NAME_MAX_WORDS).
    given = ""
    if not first_second[1][:1].isupper():
        given = first_second[0]
        if (
            f.words > BIO_FIRST_NAME_MAX_WORDS or _has_sentences(f, 2) or len(given) < BIO_FIRST_NAME_MIN_CHARS
            or not given.isalpha() or given.isupper()
        ):
            return
    if sum(1 for j in range(start, k) if feats[j].cls == GOOD and scores[j] > 0) < BIO_MIN_PARAGRAPHS:
        return
    if given and _names_someone_in(lines, feats, start, k, given):
        return
    for j in range(k):
        other = lines[j].text
        if len(other) <= 120 and other[:1].isalpha():
            name = parse_byline(other)
            if not name:
                continue
            if _opens_with_name(text, name) if not given else _first_name_of(name, given):
                lines[k].notes["furniture"] = _AUTHOR_BIO_RULE
                return


def _names_someone_in(lines: list[Line], feats: list[LineFeatures], start: int, k: int, given: str) -> bool:
    """A prose line of the article (start..k; not the byline) names `given` as a word ("Jane Roe, a nurse, ..."):
    a closing line that opens with that first name is about that person of the article, who shares it with the
    author."""
    for j in range(start, k):
        if feats[j].cls not in _PROSE_CLASSES:
            continue
        if _word_mentions(lines[j].text, given, 1):
            return True
    return False


def _first_name_of(name: str, given: str) -> bool:
    """`given` is the first of the two or more words of the byline's `name` ("Julius" of "Julius Young")."""
    parts = name.split()
    return len(parts) >= 2 and parts[0] == given


HEADER_LEAD_MAX = 2  # prose lines the run may hold above the article's header: a site's notice, a ticker's story
_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")


def start_at_header(lines: list[Line], feats: list[LineFeatures], start: int, end: int) -> int:
    """The run opens with one or two prose lines over the article's header (a headline, right under it a date line
    with its year, then the first paragraph): a site's notice or a ticker's story of one sentence over the
    headline ("网站公告：本站将于今晚十点进行系统维护，届时可能无法访问，敬请谅解。") that the run search took for
    the article's first paragraph. The article starts at its headline; `start` when the run has no such shape (a
    live blog's entries carry a time, no year; a section heading over a dated entry has prose under it too)."""
    from cleaners.metadata import is_heading_like, parse_byline, parse_date_line

    k = start - 1
    while k >= 0 and lines[k].notes.get("furniture"):
        k -= 1
    if k >= 0 and (
        (_headline_sized(feats[k]) and is_heading_like(lines[k].text))
        or (len(lines[k].text) <= 120 and (parse_date_line(lines[k].text) is not None or parse_byline(lines[k].text)))
    ):
        return start  # the prose is the dek or the lead under a header the run left out
    for h in range(start + 1, min(start + HEADER_LEAD_MAX + 1, end - 2)):
        above = lines[h - 1]
        if feats[h - 1].cls not in _PROSE_CLASSES or above.notes.get("furniture") or is_heading_like(above.text):
            return start
        line, date, f = lines[h], lines[h + 1], feats[h]
        if line.notes.get("furniture") or f.cls == GOOD or f.terminal or not _headline_sized(f):
            continue
        if not is_heading_like(line.text) or parse_byline(line.text) is not None:
            continue
        if (
            not date.notes.get("furniture") and feats[h + 1].cls != GOOD and _YEAR_RE.search(date.text)
            and parse_date_line(date.text) is not None and feats[h + 2].cls == GOOD
        ):
            # (A dated entry's heading, when more follow in the run: a timeline's or a diary's, the lines above
            # it the article's lead.)
            return start if _dated_heading_below(lines, feats, h + 3, end) else h
    return start


def _dated_heading_below(lines: list[Line], feats: list[LineFeatures], lo: int, end: int) -> bool:
    """Lines lo..end hold another heading-like line with a date line under it (an entry's heading)."""
    from cleaners.metadata import is_heading_like, parse_date_line

    for j in range(lo, end - 1):
        f = feats[j]
        if f.cls == GOOD or f.terminal or not _headline_sized(f) or not _YEAR_RE.search(lines[j + 1].text):
            continue
        if is_heading_like(lines[j].text) and parse_date_line(lines[j + 1].text) is not None:
            return True
    return False


HEADLINE_MIN_WORDS = 4  # a headline's words (CJK: characters, twice as many): fewer are as often a name's
HEADLINE_MIN_CJK = 8


def _headline_sized(f: LineFeatures) -> bool:
    """The line is long enough for a headline, longer than an author's name."""
    return f.words >= HEADLINE_MIN_WORDS or f.cjk >= HEADLINE_MIN_CJK


HEADER_GAP_MAX = 6  # lines from the run's start to its first paragraph searched for the header's date line


def _short_lines_under_header(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    """The run starts at the article's header (headline, then a date or byline line) a few lines above its first
    paragraph: the lines from the run's start up to that paragraph, as the end of that range (`start` when there
    is no such header). Its short lines with no sentence end (a breadcrumb between the headline and the date,
    "Shares" or a video player's "Your video will play in 00:25" under the date, another story's headline) are
    in the run only because the header pulled its start up; the clean record, where the date line is gone, has
    them outside the run. A dek or key points of phrases are no short lines, and a short sentence ("It was a
    Tuesday.", "Who pays?") may open the article. (The headline itself is the metadata stage's to take.)"""
    first = start
    while first < len(lines) and first - start < HEADER_GAP_MAX and feats[first].cls != GOOD:
        first += 1
    if first == start or first >= len(lines) or feats[first].cls != GOOD:
        return start
    for h in range(first - 1, start - 1, -1):
        # (At the top of the text the header may be a headline alone: a clean record's title, no date line.)
        if h > 0 and _is_article_header(lines, feats, h):
            return first if h + 1 < first else start
    return start


_OUTSIDE_RULES = {cls: f"boilerplate:outside-main:{cls}" for cls in (GOOD, NEAR, BAD, SHORT)}
_OUTSIDE_REASONS = {
    (cls, before): f"{what} outside the main content block ({'before' if before else 'after'} it)"
    for cls, what in ((GOOD, "prose"), (NEAR, "text"), (BAD, "headline-like line"), (SHORT, "short line"))
    for before in (True, False)
}


# What boilerplate_stage's first pass finds for a line from its text alone: text -> (features with the class set,
# the line's kind, furniture_rule(text, kind, features)), for lines of the document language features.language.
# All three depend on the text, the language and the kind only (the lazily counted features of a LineFeatures,
# stop density, sentences, code look, are the same whenever they are counted, so a page may share them), and a
# site's menus, footers and share lines repeat across its pages. Bounded: cleared when it holds LINE_MEMO_SIZE
# lines or LINE_MEMO_CHARS characters: at most about 12 MB for the entries (features, tuples, dict) and 8 MB for
# the texts and their hash keys when they are ASCII (16 MB for CJK texts, 32 MB beyond the BMP).
LINE_MEMO_SIZE = 1 << 15
LINE_MEMO_CHARS = 1 << 22
_LINE_MEMO: dict[str, tuple[LineFeatures, str, tuple[str, str, bool] | None]] = {}
# Characters of the texts in _LINE_MEMO: an entry replaced for another language counts its text again (an
# over-count, which only clears the memo sooner); one replaced for another kind keeps its count.
_line_memo_chars = [0]


def clear_caches() -> None:
    """Forget the per-line results kept across pages (benchmarks measure the cold cost)."""
    _LINE_MEMO.clear()
    _line_memo_chars[0] = 0


# --- a box of furniture set down inside an article of short paragraphs ------------------------------------------

INNER_BOX_MAX_LINES = 6  # lines of a box between two paragraphs: a share bar, a player, a sign-up box, a short list
INNER_BOX_PROSE_LINES = 6  # lines read on each side of the box for the story's prose
INNER_BOX_PROSE_MIN = 2  # sentences of the story on each side (one line alone may be a caption or a teaser)
INNER_BOX_LEAD_LINES = 3  # lines right under the box that must all be the story's sentences
INNER_BOX_SHARED_MIN = 3  # content words the paragraphs under the box share with those above it
INNER_BOX_SHARED_SHARE = 0.15  # ... and their share of the words of the smaller side
# (In Chinese and Japanese a content word is a pair of characters: most pairs of a sentence are no word, and
# the share of a story's own paragraphs is lower.)
INNER_BOX_SHARED_SHARE_CJK = 0.06
_INNER_BOX_CJK = frozenset({"zh", "ja", "yue", "wuu"})
INNER_BOX_ITEM_MAX_WORDS = 3  # words of an item under a box's label: a network's name, a button
_INNER_BOX_ITEM_RULE = ("furniture", "item under the label of a share bar set down between two paragraphs of the story")


@cython.ccall
def _story_sentence(line: Line, f: LineFeatures) -> cython.bint:
    """A sentence of the story: no line rule, in no list, a full sentence of five words or more."""
    notes = line.notes
    return (
        f.terminal and f.words >= 5 and notes.get("furniture") is None and "in_list" not in notes
        and f.cls != BAD
    )


@cython.cfunc
@cython.inline
def _score_at(scores: list, k: cython.Py_ssize_t) -> cython.double:
    """scores[k] as a C double (the scores are floats: a comparison with 0 in C)."""
    return scores[k]


@cython.cfunc
@cython.locals(v=cython.char)
def _story_at(lines: list, feats: list, story: bytearray, k: cython.Py_ssize_t) -> cython.bint:
    """_story_sentence of line k, asked once a call of inner_boxes_transparent (story: 0 not asked yet, 1 yes,
    2 no). The call changes no answer: the only rule it sets goes to a line without a full stop, no sentence."""
    v = story[k]
    if v == 0:
        v = 1 if _story_sentence(lines[k], feats[k]) else 2
        story[k] = v
    return v == 1


# A paper's "Discussion" section (patterns.PAPER_DISCUSSION) under its "Results" or "Methods" section
# (patterns.PAPER_SECTION): the comments heading's word heads the paper's prose, no readers' thread.
PAPER_SECTION_LOOKBACK = 200

PAPER_DISCUSSION_THREAD_LOOKAHEAD = 12  # lines under a "Discussion" heading searched for a comment's signature
PAPER_DISCUSSION_SIGNATURE_MAX_WORDS = 8  # words of a comment's name-and-date line, at most
# A comment's date or time on its signature line ("Pete Harlow · 14 May 2026", "15 May 2026 at 20:02").
_COMMENT_STAMP_RE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b")
# A comment's reply button, in several languages.
_REPLY_BUTTONS = frozenset((
    "reply", "replies", "antworten", "antwort", "responder", "répondre", "rispondi", "antwoorden", "reageren",
    "svara", "svar", "odpowiedz", "odpovědět", "ответить", "yanıtla", "返信", "回复", "回覆", "답글", "답장",
))


def _comment_signatures_under(lines: list[Line], feats: list[LineFeatures], i: int) -> bool:
    """Lines under the "Discussion" heading at `i` sign readers' comments: a reply button, or a short line with a
    date or a time and no sentence end ("Pete Harlow · 14 May 2026"). A comment system may show a comment's text
    first and its signature under it, so the prose right under the heading proves nothing alone; a paper's or a
    judgment's Discussion has no such line among its paragraphs."""
    for k in range(i + 1, min(len(lines), i + 1 + PAPER_DISCUSSION_THREAD_LOOKAHEAD)):
        text = lines[k].text.strip()
        if re.sub(r"[\W\d_]+", "", text).casefold() in _REPLY_BUTTONS:
            return True
        if (feats[k].words <= PAPER_DISCUSSION_SIGNATURE_MAX_WORDS and text[-1:] not in _SENTENCE_STOPS
                and _COMMENT_STAMP_RE.search(text)):
            return True
    return False


@cython.locals(i=cython.Py_ssize_t, k=cython.Py_ssize_t, keep=list, notes=dict)
def paper_discussions_kept(lines: list[Line], feats: list[LineFeatures], article_ends: list[int]) -> list[int]:
    """article_ends without the "Discussion" headings of a scientific paper, whose notes lose the article-end rule.

    "Discussion" alone on its line heads a comments thread on a blog, and the paper's own closing section on a
    journal's article page or a preprint ("Introduction / Methods / Results / Discussion"). It is the paper's when a
    line above it is a "Results" or "Methods" heading alone (an IMRaD section, in several languages; or the
    "Introduction" or "Background" that opens a paper or a court judgment) and the line under it is prose (GOOD):
    readers' comments open with a name or a date line, no paragraph; or, text first, have a signature or a reply
    button under it (_comment_signatures_under)."""
    keep = []
    for i in article_ends:
        text = lines[i].text.strip().rstrip(":：").casefold()
        if (text in patterns.PAPER_DISCUSSION and i + 1 < len(lines) and feats[i + 1].cls == GOOD
                and not _comment_signatures_under(lines, feats, i)):
            for k in range(i - 1, max(-1, i - PAPER_SECTION_LOOKBACK), -1):
                if feats[k].words <= 4 and lines[k].text.strip().rstrip(":：").casefold() in patterns.PAPER_SECTION:
                    notes = lines[i].notes
                    notes.pop("furniture", None)
                    notes.pop("hard_break", None)
                    break
            else:
                keep.append(i)
        else:
            keep.append(i)
    return keep


def _box_may_close_article(line: Line, f: LineFeatures) -> bool:
    """A line whose box ends the article whatever follows: a comments heading, an author box's heading."""
    rule = line.notes.get("furniture")
    if rule is None or rule[0] != "article-end":
        return False
    return _comment_heading(line.text, f) or "author" in rule[1] or "about" in rule[1]


@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, a=cython.Py_ssize_t, b=cython.Py_ssize_t,
               k=cython.Py_ssize_t, count=cython.Py_ssize_t,
               ok=cython.bint, label=cython.bint, story=bytearray, notes=dict, line=Line, f=LineFeatures,
               above=list, below=list, texts=list, shared=cython.Py_ssize_t, share=cython.double)
def inner_boxes_transparent(lines: list[Line], feats: list[LineFeatures], scores: list[float], language: str) -> None:
    """A short box of furniture between two runs of the story's sentences does not cut the story in two.

    In a story of one-sentence paragraphs the paragraphs score little, and a share bar, a player, a consent
    placeholder or a sign-up box set down between two of them outweighs the side it cuts off. Inside the story, the
    box has the story's sentences right above and right under it, and those under it keep to the words of those
    above; at the story's real end what follows is other stories (headlines over summaries), comments under a
    heading, or an author's box. The box's lines score 0 (the run search goes over them); they are still removed by
    their own rules.

    (Typed loops, each line's _story_sentence asked once (_story_at), and the tests of a box in the order of their
    cost, the regexes of a date line and the content words last: every test is a condition of the box alone, so
    their order changes no answer; tests/test_perf_gates_i.py holds it to the first writing.)"""
    n = len(lines)
    if n <= INNER_BOX_PROSE_MIN + INNER_BOX_LEAD_LINES:
        return  # (no room for a box: the loop below would skip each)
    story = bytearray(n)
    i = 0
    while i < n:
        if _score_at(scores, i) >= 0:
            i += 1
            continue
        # The box: the lines that score below 0, with the furniture next to them that an earlier pass set to 0.
        a = i
        while a > 0 and _score_at(scores, a - 1) == 0 and not _story_at(lines, feats, story, a - 1):
            a -= 1
        b = i
        while b < n and (_score_at(scores, b) < 0 or (_score_at(scores, b) == 0 and not _story_at(lines, feats, story, b))):
            b += 1
        i = b
        if b - a > INNER_BOX_MAX_LINES or a < INNER_BOX_PROSE_MIN or b + INNER_BOX_LEAD_LINES > n:
            continue
        # The story's sentences right above the box, two in a row: between the title's deck (or a caption) and the
        # body the lines above are a header's, and the box is the header's furniture.
        ok = True
        for k in range(a - INNER_BOX_PROSE_MIN, a):
            if not (_score_at(scores, k) > 0 and _story_at(lines, feats, story, k)):
                ok = False
                break
        if not ok:
            continue
        # ... and right under it.
        for k in range(b, b + INNER_BOX_LEAD_LINES):
            if not _story_at(lines, feats, story, k):
                ok = False
                break
        if not ok:
            continue
        # A box of furniture: a line of it removed by a rule (a lone section heading between paragraphs is none).
        ok = False
        for k in range(a, b):
            notes = cython.cast(Line, lines[k]).notes
            if notes.get("furniture") is not None or "in_list" in notes:
                ok = True
                break
        if not ok:
            continue
        # (A date line in the box: the article's header, its byline and date over the body.)
        for k in range(a, b):
            line = lines[k]
            if _box_may_close_article(line, feats[k]) or _date_line_any_order(line.text) is not None:
                ok = False
                break
        if not ok:
            continue
        above = []
        for k in range(max(0, a - INNER_BOX_PROSE_LINES), a):
            if _score_at(scores, k) > 0 and _story_at(lines, feats, story, k):
                above.append(k)
        below = []
        count = 0
        for k in range(b, min(n, b + INNER_BOX_PROSE_LINES)):
            if _story_at(lines, feats, story, k):
                below.append(k)
                if _score_at(scores, k) > 0:
                    count += 1
        if len(above) < INNER_BOX_PROSE_MIN or count < INNER_BOX_PROSE_MIN:
            continue
        texts = []
        for k in above:
            texts.append(cython.cast(Line, lines[k]).text)
        words_above = _card_vocabulary(texts, language)
        texts = []
        for k in below:
            texts.append(cython.cast(Line, lines[k]).text)
        words_below = _card_vocabulary(texts, language)
        shared = len(words_above & words_below)
        share = INNER_BOX_SHARED_SHARE_CJK if language in _INNER_BOX_CJK else INNER_BOX_SHARED_SHARE
        if shared < INNER_BOX_SHARED_MIN or shared < share * min(len(words_above), len(words_below)):
            continue
        label = False  # a label over the box's items ("分享到：" over "微信", "微博"): its short lines are the items
        for k in range(a, b):
            scores[k] = 0.0
            line = lines[k]
            f = feats[k]
            notes = line.notes
            rule = notes.get("furniture")
            if rule is not None:
                label = label or line.text.rstrip().endswith((":", "："))
            elif label and f.words <= INNER_BOX_ITEM_MAX_WORDS and not f.terminal:
                notes["furniture"] = _INNER_BOX_ITEM_RULE


@cython.locals(f=LineFeatures, i=cython.Py_ssize_t, notes=dict, text=str, kind=str, cls=str, line_notes=list, kinds=list,
               weights=_Weights, toc_entries=bytearray, toc_heads=list, memo=dict, entry=tuple,
               memo_size=cython.Py_ssize_t, memo_chars=cython.Py_ssize_t, memo_chars_max=cython.Py_ssize_t,
               keyed=cython.bint, min_key=cython.Py_ssize_t, line=Line)
def boilerplate_stage(doc: Document, config: Config) -> Document:
    lines = doc.lines
    if not lines:
        return doc
    language = doc.language
    extracted = bool(doc.meta.get("main_content_extracted"))
    # One pass computes each line's features, class and line rule (what mark_furniture does), and
    # notes the few lines later steps look for, so they need not scan every line again.
    feats: list[LineFeatures] = []
    # Each line's notes and kind, for _score and the last pass below (no step in between changes a kind or
    # replaces a notes dict).
    line_notes: list[dict] = []
    kinds: list[str] = []
    list_headings: list[int] = []
    article_ends: list[int] = []
    teasers: list[int] = []
    donations: list[int] = []
    closers: list[int] = []  # separator lines that open with a closing bracket: "}", "})", "];"
    feed_items: list[int] = []  # time-stamped headline lines (a chapter list's, chapter_lists_kept)
    crumbs: list[int] = []  # trail-shaped lines (crumbs_in_text)
    repeats: list[int] = []  # bare buttons and whole K counts, furniture when repeated (repeated_furniture)
    prompts: list[int] = []  # page-feedback questions, over their yes/no buttons (feedback_answers)
    # What a table of contents can list (short lines), and the section headings (such lines over prose).
    toc_entries = bytearray(len(lines))
    toc_heads: list[int] = []
    memo = _LINE_MEMO
    memo_size, memo_chars_max, memo_chars = LINE_MEMO_SIZE, LINE_MEMO_CHARS, _line_memo_chars[0]
    # The hash key dedup.duplicate_marks (below) reads from a line's notes, kept with the line's features: a line
    # the memo knows needs no second one. (Not for ASCII lines under dedup.MIN_KEY_CHARS, which get none.)
    keyed = not doc.meta.get("main_content_extracted")
    min_key = dedup.MIN_KEY_CHARS
    for i, line in enumerate(lines):
        text = line.text
        notes = line.notes
        line_notes.append(notes)
        kind = line.kind
        kinds.append(kind)
        entry = memo.get(text)
        if entry is not None and cython.cast(LineFeatures, entry[0]).language != language:
            entry = None
        if entry is None:
            f = line_features(text, language)
            f.cls = classify(f)
            found = furniture_rule(text, kind, f)
            if len(memo) >= memo_size or memo_chars >= memo_chars_max:
                memo.clear()
                memo_chars = 0
            memo[text] = (f, kind, found)
            memo_chars += len(text)
        else:
            f = entry[0]
            if entry[1] == kind:
                found = entry[2]
            else:
                found = furniture_rule(text, kind, f)
                memo[text] = (f, kind, found)
        if "glued_menu" in notes:  # a menu the segment stage cut off the front of the article's first line
            found = _GLUED_MENU_RULE
        cls = notes["class"] = f.cls
        feats.append(f)
        if keyed and not (len(text) < min_key and text.isascii()):
            key = f._hash_key
            if key is None:
                key = f._hash_key = dedup.hash_key(text)
            notes["hash_key"] = key
        if _toc_entry(f, kind):
            toc_entries[i] = 1
        if cls in (_GOOD_CLS, _NEAR_CLS):  # (in page order, each once)
            if i >= 2 and toc_entries[i - 2] and not (toc_heads and toc_heads[-1] == i - 2):
                toc_heads.append(i - 2)
            if i >= 1 and toc_entries[i - 1]:
                toc_heads.append(i - 1)
        if found and not (extracted and found[0] == "teaser"):
            notes["furniture"] = found[:2]
            if found[2]:
                notes["hard_break"] = True
                (list_headings if found[0] == "list-heading" else article_ends).append(i)
            elif found[0] == "teaser":
                teasers.append(i)
            elif found[0] == "donation":
                donations.append(i)
            elif found[0] == "separator" and text[:1] in _CODE_CLOSERS:
                closers.append(i)
            elif found[0] == "feed-item":
                feed_items.append(i)
            elif found[0] == "breadcrumb":
                crumbs.append(i)
            elif found is _REPEATED_BUTTON or found is _REPEATED_COUNTER or found is _COUNTER_DATE_ROW:
                repeats.append(i)
            elif found[0] == "feedback-prompt":
                prompts.append(i)
    _line_memo_chars[0] = memo_chars
    if article_ends:
        article_ends = paper_discussions_kept(lines, feats, article_ends)
    list_headings += more_stories_headings(lines, feats)
    list_headings += other_pages_headings(lines, feats)
    list_headings = _drop_bare_more_over_phrases(lines, list_headings)
    mark_style_names(lines, feats)
    site_about = mark_site_about(lines, feats)
    if site_about >= 0:
        article_ends = sorted([*article_ends, site_about])
    release_about = mark_release_boilerplate(lines, feats)
    if release_about < 0:
        release_about = mark_cjk_release_about(lines, feats)
    if release_about >= 0:
        article_ends = sorted([*article_ends, release_about])
    if article_ends:
        article_ends = _drop_bare_credits(lines, article_ends)
        article_ends = _drop_section_abouts(lines, feats, article_ends)
        article_ends = _drop_about_article_inside(lines, feats, article_ends)
        article_ends = _drop_unnamed_company_boxes(lines, feats, article_ends)
    settle_line_rules(lines, feats, kinds, teasers, donations, closers, feed_items, crumbs, repeats, prompts)
    mark_edit_links(lines, feats)
    mark_series_links(lines, feats)
    mark_slash_credits(lines, feats)
    mark_caption_credits(lines, feats)
    mark_agency_credits(lines, feats)
    unmark_inline_person_credits(lines, feats)
    mark_section_labels(lines, feats)
    mark_sponsor_blocks(lines, feats)
    mark_transcript_hints(lines, feats)
    mark_signature_delimiters(lines, feats)
    unmark_sized_items(lines)
    unmark_listed_documents(lines, feats)
    mark_signup_form_buttons(lines, feats)
    mark_signup_blurbs(lines, feats)
    mark_signup_fine_print(lines, feats)
    mark_player_boxes(lines, feats)
    mark_licensing_captions(lines, feats)
    mark_forum_card_fields(lines, feats)
    mark_post_headers(lines)
    mark_cite_widgets(lines)
    mark_code_gutters(lines)
    mark_ad_slots(lines, feats)
    mark_sidebar_boxes(lines, feats)
    mark_read_button_cards(lines, feats)
    mark_editorial_notes(lines, feats)
    mark_ranking_links(lines, feats)
    caps_links = mark_caps_headline_links(lines, feats)
    mark_wiki_notes(lines, feats)
    mark_blog_header(lines, feats, mark_later_blog_posts(lines, feats))
    mark_pager_numbers(lines, feats)
    release_content_link_rows(lines)
    mark_printed_page_headers(lines, feats)
    mark_share_counts(lines, feats)
    mark_excerpt_cards(lines, feats)
    mark_quote_boxes(lines, feats)

    # A table of contents between the lead and the body: its entries are no list heading, and no boundary.
    toc = mark_toc(lines, feats, toc_entries, toc_heads) if len(toc_heads) >= TOC_MIN_ENTRIES else []
    if toc:  # (an entry "See also" or "Comments" heads no list and ends no article there)
        list_headings = [i for i in list_headings if lines[i].notes.get("hard_break")]
        article_ends = [i for i in article_ends if lines[i].notes.get("hard_break")]
    mark_cjk_verse(lines, feats)
    # Lists introduced by a list heading are boilerplate as a block.
    list_blocks: list[tuple[int, int]] = []
    card_lines: list[int] = []  # the teaser cards under a list heading (their summaries are prose)
    lone_links: list[int] = []  # list headings over a single link inside the article (see _lone_link_inline)
    for i in list_headings:
        line = lines[i]
        items = _list_after_heading(doc, feats, i)
        ranking = _numbered_ranking(doc, feats, i)
        if len(ranking) > len(items):  # its summaries are prose: scored as other stories, like teaser cards
            items = ranking
            card_lines.extend(ranking)
        if not items:
            # Prose under it: teaser cards with summaries, or no list at all. Deeper in the page
            # (after some article) it still closes the article; near the top it is just text. A heading
            # that ends with a colon or an ellipsis announces a list: without one under it, it is a sentence
            # of the article ("More on the budget:" over a paragraph).
            # Teaser cards under it (a headline over a one-paragraph summary, twice or more) are other
            # stories: removed with the heading as its list, even under a short article, whose few
            # paragraphs they would otherwise outweigh.
            # (Inside an interview, "Читайте также:" over one headline and the next question is a link all the same.)
            if feats[i].terminal and not line.text.endswith("?") and not (
                _dialogue_run(lines, i) and _lone_link_inline(lines, feats, i)
            ):
                del line.notes["furniture"], line.notes["hard_break"]
                continue
            good_before = sum(1 for f in feats[:i] if f.cls == GOOD)
            cards_end = _cards_under(feats, i) if good_before else i + 1
            if cards_end > i + 1 and _cards_off_topic(lines, i, cards_end, language):
                for j in range(i + 1, cards_end):
                    lines[j].notes.setdefault("in_list", i)
                    card_lines.append(j)
                list_blocks.append((i, cards_end))
            elif cards_end == i + 1 and _lone_link_inline(
                lines, feats, i, _heads_again(lines, lone_links, i)
            ):  # (cards on the topic: a round-up)
                lines[i + 1].notes.setdefault("in_list", i)
                lone_links.append(i)
            elif good_before < LIST_HEADING_MIN_GOOD_BEFORE and not _prose_up_to_end(feats, i, article_ends):
                del line.notes["furniture"], line.notes["hard_break"]
            continue
        if len(items) >= ROSTER_MIN_ROWS and all(_ROSTER_ROW_RE.match(lines[j].text) for j in items):
            del line.notes["furniture"], line.notes["hard_break"]  # people the article names, no headlines
            continue
        counted = _counted_items(line.text)
        if 0 < counted < len(items):
            # "3 related articles": the fourth headline-like line is the page's own (the buttons among the items,
            # lines a rule took, are not counted)
            seen = 0
            for t in range(len(items)):
                if lines[items[t]].notes.get("furniture") is None:
                    seen += 1
                    if seen == counted:
                        items = items[:t + 1]
                        break
        for j in items:
            lines[j].notes.setdefault("in_list", i)
        list_blocks.append((i, items[-1] + 1))
    # After the list headings: a card's headline may carry a list-intro word that found no list under it.
    if not doc.meta.get("main_content_extracted"):
        mark_teaser_cards(doc, feats)

    weights = _Weights(SCORES)
    scores = [_score(line_notes[i], kinds[i], feats[i], weights) for i in range(len(feats))]
    # Repeats (a run-together copy of the article, a repeated paragraph) add nothing to the run search.
    # (Not needed after a reader's cut: only lines outside the main run are removed as repeats.)
    duplicates = {} if doc.meta.get("main_content_extracted") else dedup.duplicate_marks(lines)
    for i in duplicates:
        if scores[i] > 0:
            scores[i] = 0.0
    for i in toc:
        scores[i] = 0.0
    for i in card_lines:  # other stories: no part of the run search's article
        scores[i] = min(scores[i], weights.furniture)
    for i in feed_entry_bodies(lines, feats, scores):  # another story's text, opened in a feed after the article
        scores[i] = min(scores[i], weights.furniture)
    inline_boxes_transparent(lines, feats, scores, list_blocks)
    for i in lone_links:  # removed by their rules either way; the run search goes on past them
        scores[i] = scores[i + 1] = 0.0
    for i in caps_links:
        scores[i] = 0.0
    # A product's buy button between its name and its paragraph in a round-up, a photo's credit between two
    # captions of a photo essay: removed, and the run goes on over them. So does a bare price or booking button
    # the page repeats under each of its products or hotels ("Check price" under each shop's price in a review):
    # only its repeats keep the rule (repeated_furniture), and each sits between two parts of the article.
    for i in range(len(lines)):
        rule = line_notes[i].get("furniture")
        if rule is not None and scores[i] < 0 and (
            rule[0] in _TRANSPARENT_RULES or (rule[0] == "promo" and rule[1] == _REPEATED_BUTTON[1])
        ):
            scores[i] = 0.0
        elif rule is not None and rule[1] == COPY_BUTTON_REASON:
            code_block_transparent(line_notes, scores, i)
    galleries_transparent(lines, feats, scores)
    player_controls_transparent(lines, feats, scores)
    chart_labels_transparent(lines, feats, scores)
    data_tables_transparent(lines, feats, scores)
    infobox_lead = infoboxes_transparent(lines, feats, scores)
    if infobox_lead < 0:
        infoboxes_above_lead(lines, feats, scores)
    live_entries_transparent(lines, feats, scores)
    board_headers_transparent(lines, feats, scores)
    social_embeds_transparent(lines, feats, scores)
    newsletter_boxes_transparent(lines, feats, scores)
    qa_cards_transparent(lines, feats, scores)
    forum_cards_transparent(lines, feats, scores)
    pros_cons_transparent(lines, feats, scores, weights.short_contentlike)
    best_answer_cards(lines, feats, scores)
    poll_widgets(lines, feats, scores)
    verse_scored(lines, feats, scores)
    sentence_runs_scored(lines, feats, scores)
    formulas_scored(lines, feats, scores, doc.text)
    mark_comment_thread(lines, feats, scores, SCORES)
    damp_after_article_end(lines, scores, article_ends)
    if site_about >= 0:  # the site's prose about itself: after the article, however short the article is
        for k in range(site_about + 1, len(scores)):
            if scores[k] > 0:
                scores[k] *= AFTER_END_WEIGHT
    sandwich_discount(lines, feats, scores, SCORES)
    inline_links_transparent(lines, feats, scores)
    image_captions_transparent(lines, feats, scores)
    if prompts:
        feedback_widgets_transparent(lines, feats, scores, prompts)
    header_rows(lines, feats, scores, SCORES)
    if not extracted:
        mark_card_streams(lines, feats, scores, SCORES, language)
    legal_footer_scored(lines, feats, scores, weights.furniture)
    inner_boxes_transparent(lines, feats, scores, language)
    start, end = max_run(scores)
    end = extend_over_later_cjk_sections(lines, feats, start, end)
    end = mark_legal_notices(lines, feats, scores, start, end)
    end = extend_tail(lines, feats, end, start=start, language=language)
    end = extend_over_appendix(lines, feats, end)
    end = trim_site_voice(lines, feats, start, end)
    end = trim_header_call_echo(lines, feats, start, end)
    end = trim_call_box(lines, feats, start, end)
    start, end = extend_over_list_article(lines, feats, start, end)
    mark_author_bio(lines, feats, scores, start, end)
    start = extend_head(lines, feats, start)
    start = extend_to_key_facts(lines, feats, start, end)
    start = extend_to_result_line(lines, feats, start)
    start = extend_to_drawn_row(lines, feats, start)
    start = extend_to_list_lead(lines, feats, start)
    start = extend_to_first_question(lines, feats, start, end)
    start = extend_first_section_heading(lines, feats, start, end)
    start = extend_over_epigraph(lines, feats, start)
    start = extend_over_first_item_head(lines, feats, start, end)
    start = extend_over_sections(lines, feats, start, end)
    start = extend_over_cjk_sections(lines, feats, start, end)
    start = extend_to_infobox_lead(lines, feats, start, infobox_lead)
    start = start_at_header(lines, feats, start, end)
    under_header = 0  # the run holds the header: its short lines under the date line are none of the article
    if doc.meta.get("main_content_extracted"):
        # A reader already cut the page to its main content (trafilatura on HTML): keep the line and
        # list rules, but do not cut it again to the best-scoring run.
        start, end = 0, len(lines)
    else:
        under_header = _short_lines_under_header(lines, feats, start)
    sibling_rows_in_run(lines, feats, start, end)
    sidebar_bullets_in_run(lines, feats, start, end, language)
    for i, line in enumerate(lines):  # (notes and kind as the first pass kept them: neither changed since)
        notes, f = line_notes[i], feats[i]
        rule = notes.get("furniture")
        if rule:
            doc.remove(line, f"boilerplate:{rule[0]}", rule[1])
        elif "in_list" in notes:
            doc.remove(line, "boilerplate:list", "item of a list of other articles under a list heading")
        elif start <= i < under_header and f.cls == SHORT and not f.terminal and not notes.get("data_row"):
            doc.remove(line, _OUTSIDE_RULES[SHORT], _OUTSIDE_REASONS[SHORT, True])
        elif not start <= i < end:
            if i in duplicates:
                doc.remove(line, f"dedup:{duplicates[i]}", "repeats other lines of this document, outside the main block")
            else:
                doc.remove(line, _OUTSIDE_RULES[f.cls], _OUTSIDE_REASONS[f.cls, i < start])
        # Headings inside the kept block keep their kind; a bullet (or anything else) kept is body text.
        if line.removal is None and kinds[i] not in (HEADING, BODY):
            line.kind = BODY
    # The last line kept heads nothing: a short line over a paragraph that went (a chapter list's last row over a
    # sponsor's read) is body text, as it is when the record's text is cleaned again and nothing follows it.
    last = next((line for line in reversed(lines) if line.removal is None), None)
    if last is not None and last.kind == HEADING:
        last.kind = BODY
    doc.stats["main_block"] = {"start_line": start, "end_line": end}
    return doc
