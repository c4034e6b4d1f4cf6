"""Metadata stage: title, publication date, source attribution and byline of the article.

A text dump has no markup, so metadata is read from the *shape* of the lines next to
the start of the article body: the title is the heading-like line just above the first
body paragraph (a date or byline line may sit between them); the date line is the
short line near the title that is only a date (plus labels such as "Published" or a
byline); the attribution ("(From X, May 21, 2025)", "Source: X", "来源：X") closes
the body. Lines that carry metadata leave the body (with an audit rule) and their
content goes to the record fields.

Every rule is generic: month names, labels and time-zone abbreviations in several
languages, and line shape. Nothing here knows a site or a publication.

Dates
-----
`parse_published` returns ISO 8601: "2025-05-21T15:09:00+09:00" when the line has a
time *and* a zone (or a `default_tz` is given), else the date only ("2025-05-21").
A time without a zone is never given an offset guessed from the language (Japanese
text is not always Tokyo time); the date alone is the honest answer. Numeric dates are
read day-first or month-first only when the reading is certain: "21/05/2025" (21 > 12)
and "05/21/2025" are certain, "03/04/2025" is not (None); dotted numeric dates
("21.05.2025", "03.04.2025") are day-first, the convention wherever dots are used,
unless the second number cannot be a month ("11.14.2019"). Only the stage's date search,
which knows the page, reads "03/04/2025" (slash or dash) one way: the way the page's
certain numeric dates are written ("25/11/2025"), else the language's convention (day-first
in every language but English, Filipino and the year-first CJK languages), else, for those,
the reading another date line of the page confirms ("April 3, 2025"); see `_page_num_order`.

Time-zone abbreviations (see `_TZ_TABLE`) are mapped to fixed offsets, except the
generic US zones (ET, CT, MT, PT), which follow daylight saving via zoneinfo. The
ambiguous ones get one documented reading: CST is US Central (-06:00) unless the line
contains CJK characters (then China Standard Time, +08:00); IST is India (+05:30); BST
is British Summer Time (+01:00); AST is Atlantic (-04:00). Zone names spelled out ("Eastern
Standard Time", "Central European Summer Time", "Japan Standard Time": `_TZ_NAMES`) are read too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import cython

from cleaners.config import Config
from cleaners.document import BODY, HEADING, TITLE, Document, Removal
from cleaners.patterns import (
    _CRUMB_SEP_RE,  # the separators of a trail that opens with the home page's name (_under_crumb_trail)
    BREADCRUMB_HOME,  # the home page's name that opens a trail (_trail_copy)
    CASE_FOLDS,  # each code point's case fold, filled as met (_fold_typed)
    CRUMB_MAX_CJK,  # CJK characters of a section's name in a trail (_section_path)
    EDIT_LINK_WORDS,  # a wiki section's edit link in brackets: interface text (_UI_ALTERNATIVES)
    EMPLOYMENT_TERMS,  # a job posting's terms of employment: its facts row is no headline (_job_terms_row)
    FIELD_LABEL_WORDS,  # a label naming a record's field ("Original title:"): no labelled headline
    IMAGE_CAPTION_RE,  # labelled captions and credits: no title (_title_shaped)
    NEWSLETTER_ISSUE_RE,  # a newsletter issue's name: a title, though _is_ui holds it interface text (_title_shaped)
    SOCIAL_EMBED_SIGNATURE_RE,  # an embedded post's closing line: its date is the post's (_parse_date_line)
    LazyPattern,  # a long regex few pages reach, compiled on first use
    _trie_alternation,  # month, label and weekday names, factored by prefix
    fold_one,
    is_breadcrumb,
)

if cython.compiled:  # Line as a C type: its fields read directly (document.pxd)
    from cython.cimports.cleaners.document import Line
else:
    from cleaners.document import Line

if cython.compiled:  # a str made from _fold_typed's code points (the plain branch never needs it)
    from cython.cimports.cpython.unicode import PyUnicode_4BYTE_KIND, PyUnicode_FromKindAndData

# ---------------------------------------------------------------------------
# Limits: only short lines are tried for dates, only a window of lines is scanned.
# ---------------------------------------------------------------------------
MAX_DATE_TEXT = 200  # parse_published: longer text is not a metadata line
MAX_DATE_LINE = 120  # the stage only tries lines up to this length for the date
MAX_ATTRIBUTION_LINE = 200
MAX_TITLE_CHARS = 200
TITLE_WINDOW = 40  # lines above the first body paragraph searched for the title
DATE_WINDOW_BEFORE = 4  # lines above the title searched for the date
UPDATED_PAIR_GAP = 2  # lines from the publication date line to its "updated" line
DATE_WINDOW_AFTER_BODY = 2  # lines into the body searched for a date inside a short line
PURE_DATE_WINDOW_AFTER_BODY = 6  # ... and for a line that is only a date (share bars may come first)
ENTRY_STAMP_LENGTH_GAP = 6  # chars a date stamp of another entry may differ in length from the page's ("9 May" / "10 May")
# Paragraphs of the body above a date line that make it a date the article speaks of (an event box's day under
# the story's paragraphs), not its own: a byline's date sits over the body or under its first lines (a standfirst
# and a photo's caption).
BODY_PROSE_ABOVE_DATE_MAX = 3
# Paragraphs of prose kept under a date line below the body that show the story goes on past it (an event box's
# day inside the story); a single one is the page's note closing the article ("この記事へのご意見は…", a disclaimer).
BODY_PROSE_BELOW_DATE_MIN = 2
DATE_WINDOW_BELOW_BODY = 3  # lines under the last paragraph searched for the date when none is over the body
ATTRIBUTION_TAIL = 6  # lines around the end of the body searched for an attribution
MIN_YEAR, MAX_YEAR = 1900, 2100
MIN_TITLE_SCORE = 0.2  # below this no window line looks enough like a title
AUTHOR_ROW_PENALTY = 1.0  # a bare name between the headline and its date (see _author_row)
OPENING_TITLE_BONUS = 0.3  # a text's first line right above its kept body (a cleaned record opens with its title)
LIST_ITEM_TITLE_PENALTY = 1.0  # a line removed as an item of a list of other articles (its heading above it)

def _opening(first: str, pattern: str, flags: int = 0, lazy: bool = False) -> re.Pattern[str]:
    """`pattern` compiled behind a lookahead for the character its first alternative's every match opens with.

    The matches are the same; the engine, which tries the pattern at every position of the text, gives
    up at once where that character is not (a lookbehind and a long case-insensitive alternation of
    names would be tried there). Only the first top-level alternative is behind the lookahead.
    `lazy` compiles it on first use (a LazyPattern), for one that few texts reach.
    """
    source = f"(?=(?-i:{first})){pattern}"
    return LazyPattern(source, flags) if lazy else re.compile(source, flags)  # type: ignore[return-value]


_LETTER = r"[^\W\d_]"  # the character a name opens with (under IGNORECASE its letters match letters only)
_DIGIT = r"\d"


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"


@cache
def _cjk_re() -> re.Pattern[str]:
    """A CJK character, compiled on first use: re builds a code-point map of the ranges (~50,000 code points,
    milliseconds per process) and the compiled module never needs it (`_has_cjk`, `_count_cjk` loop instead)."""
    return re.compile(f"[{_CJK}]")


@cache
def _cjk_run_re() -> re.Pattern[str]:
    """A run of CJK characters, compiled on first use like `_cjk_re` (only the plain `_tokens` reads runs)."""
    return re.compile(f"[{_CJK}]+")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Full-width digits and separators, mapped one-to-one so match offsets stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９：／．－", "0123456789:/.-")

# ---------------------------------------------------------------------------
# Month names (full, genitive and common abbreviations) in many languages.
# ---------------------------------------------------------------------------
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen",
        "januari", "janúar", "styczeń", "stycznia", "ledna", "leden", "ocak", "gener", "январь", "января", "янв",
        "січня", "tammikuuta", "januára", "siječnja", "sausio", "janvāris"),
    2: ("february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "fevereiro", "fev",
        "febbraio", "februari", "lutego", "února", "şubat", "subat", "febrer", "февраль", "февраля", "фев",
        "лютого", "helmikuuta", "februára", "veljače", "vasario"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "maret", "marca",
        "března", "mart", "març", "март", "марта", "мар", "березня", "maaliskuuta", "marca", "ožujka", "kovo", "mac"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "dubna", "nisan", "апрель",
        "апреля", "апр", "квітня", "huhtikuuta", "apríla", "travnja", "balandžio"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "maja", "května", "mayıs", "mayis",
        "maig", "май", "мая", "травня", "toukokuuta", "mája", "svibnja", "gegužės"),
    6: ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwca", "června", "haziran",
        "juny", "июнь", "июня", "июн", "червня", "kesäkuuta", "júna", "lipnja", "birželio"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipca", "července",
        "temmuz", "juliol", "июль", "июля", "июл", "липня", "heinäkuuta", "júla", "srpnja", "liepos"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "agustus", "sierpnia", "srpna", "ağustos",
        "agustos", "agost", "augusti", "ogos", "agu", "agt", "август", "августа", "авг", "серпня", "elokuuta", "augusta", "kolovoza",
        "rugpjūčio"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
        "sett", "wrzesień", "września", "září", "eylül", "eylul", "setembre", "сентябрь", "сентября", "сен",
        "сент", "вересня", "syyskuuta", "septembra", "rujna", "rugsėjo"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott",
         "października", "října", "ekim", "octubre", "октябрь", "октября", "окт", "жовтня", "lokakuuta",
         "októbra", "listopada", "spalio"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopadu", "kasım", "kasim", "ноябрь",
         "ноября", "ноя", "нояб", "листопада", "marraskuuta", "novembra", "studenoga", "lapkričio"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro",
         "dicembre", "desember", "disember", "grudnia", "prosince", "aralık", "aralik", "desembre", "декабрь", "декабря",
         "дек", "грудня", "joulukuuta", "decembra", "prosinca", "gruodžio"),
}
# Hindi, Urdu, Arabic, Greek (genitive, as in dates, and nominative), Hebrew (also with the prefix ב, "in":
# "12 במרץ 2024"), Romanian, Bulgarian, Estonian, Danish, Welsh, Swahili ("Desemba 5, 2025"; its other months
# are Indonesian or Dutch names above), Tamil ("4 டிசம்பர், 2025") and Thai (whose years are Buddhist Era:
# _date_from_match subtracts 543).
_MORE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("जनवरी", "يناير", "ιανουαρίου", "ιανουάριος", "ינואר", "בינואר", "ianuarie", "януари", "jaanuar", "ionawr",
        "มกราคม", "ม.ค.", "ஜனவரி", "جنوری"),
    2: ("फ़रवरी", "फरवरी", "فبراير", "φεβρουαρίου", "φεβρουάριος", "פברואר", "בפברואר", "februarie", "февруари",
        "veebruar", "chwefror", "กุมภาพันธ์", "ก.พ.", "பிப்ரவரி", "فروری"),
    3: ("मार्च", "مارس", "μαρτίου", "μάρτιος", "מרץ", "במרץ", "מרס", "במרס", "martie", "märts", "marts", "mawrth",
        "มีนาคม", "มี.ค.", "machi", "மார்ச்", "مارچ"),
    4: ("अप्रैल", "أبريل", "ابريل", "إبريل", "απριλίου", "απρίλιος", "אפריל", "באפריל", "aprilie", "април", "aprill",
        "ebrill", "เมษายน", "เม.ย.", "aprili", "ஏப்ரல்", "اپریل"),
    5: ("मई", "مايو", "μαΐου", "μάιος", "מאי", "במאי", "พฤษภาคม", "พ.ค.", "மே", "مئی"),
    6: ("जून", "يونيو", "يونيه", "ιουνίου", "ιούνιος", "יוני", "ביוני", "iunie", "юни", "juuni", "mehefin", "มิถุนายน", "มิ.ย.", "ஜூன்", "جون"),
    7: ("जुलाई", "يوليو", "يوليه", "ιουλίου", "ιούλιος", "יולי", "ביולי", "iulie", "юли", "juuli", "gorffennaf",
        "กรกฎาคม", "ก.ค.", "julai", "ஜூலை", "جولائی"),
    8: ("अगस्त", "أغسطس", "اغسطس", "αυγούστου", "αύγουστος", "אוגוסט", "באוגוסט", "awst", "สิงหาคม", "ส.ค.", "agosti", "ஆகஸ்ட்", "اگست"),
    9: ("सितंबर", "सितम्बर", "سبتمبر", "σεπτεμβρίου", "σεπτέμβριος", "ספטמבר", "בספטמבר", "septembrie", "септември",
        "medi", "กันยายน", "ก.ย.", "septemba", "செப்டம்பர்", "ستمبر"),
    10: ("अक्टूबर", "अक्तूबर", "أكتوبر", "اكتوبر", "οκτωβρίου", "οκτώβριος", "אוקטובר", "באוקטובר", "octombrie",
         "октомври", "oktoober", "hydref", "ตุลาคม", "ต.ค.", "oktoba", "அக்டோபர்", "اکتوبر"),
    11: ("नवंबर", "नवम्बर", "نوفمبر", "νοεμβρίου", "νοέμβριος", "נובמבר", "בנובמבר", "noiembrie", "ноември",
         "tachwedd", "พฤศจิกายน", "พ.ย.", "novemba", "நவம்பர்", "نومبر"),
    12: ("दिसंबर", "दिसम्बर", "ديسمبر", "δεκεμβρίου", "δεκέμβριος", "דצמבר", "בדצמבר", "decembrie", "декември",
         "detsember", "rhagfyr", "ธันวาคม", "ธ.ค.", "desemba", "டிசம்பர்", "دسمبر"),
}
# Thai month names and their abbreviations ("มี.ค."): a year beside them is Buddhist Era (2567 BE = 2024 CE).
_BUDDHIST_ERA_MONTHS = frozenset(
    ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
     "พฤศจิกายน", "ธันวาคม", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
     "ธ.ค.")
)
# The months of the Solar Hijri calendar of Iran, as Persian pages date their articles ("۱۴ آذر ۱۴۰۴"): the
# day, month and year beside them are read in that calendar (_solar_hijri_to_gregorian).
_SOLAR_HIJRI_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("فروردین",), 2: ("اردیبهشت",), 3: ("خرداد",), 4: ("تیر",), 5: ("مرداد", "امرداد"), 6: ("شهریور",),
    7: ("مهر",), 8: ("آبان",), 9: ("آذر",), 10: ("دی",), 11: ("بهمن",), 12: ("اسفند",),
}
_SOLAR_HIJRI_MONTHS = frozenset(
    unicodedata.normalize("NFC", name).casefold() for names in _SOLAR_HIJRI_MONTH_NAMES.values() for name in names
)
# "listopada" is November in Polish/Czech genitive but October in Croatian: keep the majority reading.
# Keys are casefolded (the matched name is looked up casefolded: Greek "ος" folds to "οσ").
# Hungarian, whose dates run year, month, day ("2025. december 2., kedd"): see the "ymon" pattern.
_HU_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("január",), 2: ("február", "febr"), 3: ("március", "márc"), 4: ("április", "ápr"), 5: ("május", "máj"),
    6: ("június", "jún"), 7: ("július", "júl"), 8: ("augusztus",), 9: ("szeptember", "szept"), 10: ("október",),
    11: (), 12: (),
}
# Bengali (its dates are written in Bengali digits, which the patterns' \d matches: "০৫ ডিসেম্বর ২০২৫").
_BN_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("জানুয়ারি", "জানুয়ারী"), 2: ("ফেব্রুয়ারি", "ফেব্রুয়ারী"), 3: ("মার্চ",), 4: ("এপ্রিল",), 5: ("মে",),
    6: ("জুন",), 7: ("জুলাই",), 8: ("আগস্ট",), 9: ("সেপ্টেম্বর",), 10: ("অক্টোবর",), 11: ("নভেম্বর",), 12: ("ডিসেম্বর",),
}
# Filipino (Tagalog) names that are not Spanish ones above ("Disyembre 3, 2025"; "Enero", "Abril", "Mayo" and
# "Agosto" are spelled as in Spanish).
_TL_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (), 2: ("pebrero",), 3: ("marso",), 4: (), 5: (), 6: ("hunyo",), 7: ("hulyo",), 8: (), 9: ("setyembre",),
    10: ("oktubre",), 11: ("nobyembre",), 12: ("disyembre",),
}
# Telugu ("జనవరి 9, 2025"), Marathi ("८ मार्च २०२५": its March and June are the Hindi names above), Georgian
# ("12 თებერვალს 2025", with the case endings the day before them takes) and Armenian, genitive as in dates
# ("12 մարտի 2024").
_MORE_SCRIPT_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("జనవరి", "जानेवारी", "იანვარი", "იანვარს", "հունվարի"),
    2: ("ఫిబ్రవరి", "फेब्रुवारी", "თებერვალი", "თებერვალს", "փետրվարի"),
    3: ("మార్చి", "მარტი", "მარტს", "մարտի"),
    4: ("ఏప్రిల్", "एप्रिल", "აპრილი", "აპრილს", "ապրիլի"),
    5: ("మే", "मे", "მაისი", "მაისს", "մայիսի"),
    6: ("జూన్", "ივნისი", "ივნისს", "հունիսի"),
    7: ("జూలై", "జులై", "जुलै", "ივლისი", "ივლისს", "հուլիսի"),
    8: ("ఆగస్టు", "ఆగస్ట్", "ऑगस्ट", "აგვისტო", "აგვისტოს", "օգոստոսի"),
    9: ("సెప్టెంబర్", "సెప్టెంబరు", "सप्टेंबर", "სექტემბერი", "სექტემბერს", "սեպտեմբերի"),
    10: ("అక్టోబర్", "అక్టోబరు", "ऑक्टोबर", "ოქტომბერი", "ოქტომბერს", "հոկտեմբերի"),
    11: ("నవంబర్", "నవంబరు", "नोव्हेंबर", "ნოემბერი", "ნოემბერს", "նոյեմբերի"),
    12: ("డిసెంబర్", "డిసెంబరు", "डिसेंबर", "დეკემბერი", "დეკემბერს", "դեկտեմբերի"),
}
# Azerbaijani and Uzbek ("05 dekabr 2025"), Serbian in both scripts ("29. novembar 2025", "3. децембра 2025"),
# Kazakh, Latvian ("2. decembris", "decembrī"), Irish ("2 Nollaig 2025"; its two-word September and October are
# left out), and the Indic scripts Kannada, Malayalam, Gujarati and Punjabi ("ನವೆಂಬರ್ 21, 2025"), and Sinhala.
_EVEN_MORE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("yanvar", "јануар", "јануара", "januar", "januara", "қаңтар", "janvārī", "eanáir", "ಜನವರಿ", "ജനുവരി",
        "જાન્યુઆરી", "ਜਨਵਰੀ", "ජනවාරි"),
    2: ("fevral", "фебруар", "фебруара", "februara", "ақпан", "februāris", "februārī", "feabhra", "ಫೆಬ್ರವರಿ",
        "ഫെബ്രുവരി", "ફેબ્રુઆરી", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "පෙබරවාරි"),
    3: ("март", "марта", "marta", "наурыз", "marts", "martā", "márta", "ಮಾರ್ಚ್", "മാർച്ച്", "માર્ચ", "ਮਾਰਚ",
        "මාර්තු"),
    4: ("aprel", "април", "априла", "aprila", "сәуір", "aprīlis", "aprīlī", "aibreán", "ಏಪ್ರಿಲ್", "ഏപ്രിൽ", "એપ્રિલ",
        "ਅਪ੍ਰੈਲ", "අප්‍රේල්"),
    5: ("мај", "маја", "мамыр", "maijs", "maijā", "bealtaine", "ಮೇ", "മേയ്", "મે", "ਮਈ", "මැයි"),
    6: ("iyun", "јун", "јуна", "juna", "маусым", "jūnijs", "jūnijā", "meitheamh", "ಜೂನ್", "ജൂൺ", "જૂન", "ਜੂਨ", "ජූනි"),
    7: ("iyul", "јул", "јула", "jula", "шілде", "jūlijs", "jūlijā", "iúil", "ಜುಲೈ", "ജൂലൈ", "જુલાઈ", "ਜੁਲਾਈ", "ජූලි"),
    8: ("avqust", "avgust", "август", "августа", "avgusta", "тамыз", "augusts", "augustā", "lúnasa", "ಆಗಸ್ಟ್",
        "ഓഗസ്റ്റ്", "ઑગસ્ટ", "ઓગસ્ટ", "ਅਗਸਤ", "අගෝස්තු"),
    9: ("sentyabr", "sentabr", "септембар", "септембра", "septembar", "septembra", "қыркүйек", "septembris",
        "septembrī", "ಸೆಪ್ಟೆಂಬರ್", "സെപ്റ്റംബർ", "સપ્ટેમ્બર", "ਸਤੰਬਰ", "සැප්තැම්බර්"),
    10: ("oktyabr", "oktabr", "октобар", "октобра", "oktobar", "oktobra", "қазан", "oktobris", "oktobrī",
         "ಅಕ್ಟೋಬರ್", "ഒക്ടോബർ", "ઑક્ટોબર", "ઓક્ટોબર", "ਅਕਤੂਬਰ", "ඔක්තෝබර්"),
    11: ("noyabr", "новембар", "новембра", "novembar", "қараша", "novembris", "novembrī", "samhain", "ನವೆಂಬರ್",
         "നവംബർ", "નવેમ્બર", "ਨਵੰਬਰ", "නොවැම්බර්"),
    12: ("dekabr", "децембар", "децембра", "decembar", "желтоқсан", "decembris", "decembrī", "nollaig", "ಡಿಸೆಂಬರ್",
         "ഡിസംബർ", "ડિસેમ્બર", "ਦਸੰਬਰ", "දෙසැම්බර්"),
}
# Icelandic ("13. febrúar 2025 kl. 17:05"; its "janúar", "mars", "september" and "desember" are in the tables above).
_IS_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (), 2: ("febrúar",), 3: (), 4: ("apríl",), 5: ("maí",), 6: ("júní",), 7: ("júlí",), 8: ("ágúst",), 9: (),
    10: ("október",), 11: ("nóvember",), 12: (),
}
# Khmer ("ថ្ងៃចន្ទ ទី១០ ខែវិច្ឆិកា ឆ្នាំ២០២៥": day, "ខែ" month and its name, "ឆ្នាំ" year, in Khmer digits, which \d
# matches): the name alone and run into "ខែ", as the script writes words without spaces.
# Albanian ("12 shkurt 2026"; its "mars" and "maj" are in the tables above) and the Macedonian names the Serbian and
# Bulgarian ones above do not spell ("16 јануари 2026", "јуни", "јули").
_SQ_MK_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("janar", "јануари"), 2: ("shkurt",), 3: (), 4: ("prill",), 5: (), 6: ("qershor", "јуни"), 7: ("korrik", "јули"),
    8: ("gusht",), 9: ("shtator",), 10: ("tetor",), 11: ("nëntor",), 12: ("dhjetor",),
}
_KM_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
_KM_MONTH_NAMES: dict[int, tuple[str, ...]] = {k + 1: (name, "ខែ" + name) for k, name in enumerate(_KM_MONTHS)}
_MONTHS: dict[str, int] = {}
for _table in (_MONTH_NAMES, _MORE_MONTH_NAMES, _HU_MONTH_NAMES, _BN_MONTH_NAMES, _SOLAR_HIJRI_MONTH_NAMES, _TL_MONTH_NAMES,
               _MORE_SCRIPT_MONTH_NAMES, _EVEN_MORE_MONTH_NAMES, _IS_MONTH_NAMES, _SQ_MK_MONTH_NAMES,
               _KM_MONTH_NAMES):
    for _num, _names in _table.items():
        for _name in _names:
            _MONTHS.setdefault(unicodedata.normalize("NFC", _name).casefold(), _num)
_MONTHS["listopada"] = 11
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))


# Every month name is made of letters (as are all their case variants; the Thai abbreviations such as
# "มี.ค." hold dots too, and none of them is the start of another name), and a letter may not follow
# it: at a given position only one length can match, so the order of the alternatives does not matter
# and the factored form finds the same matches as _MONTH_ALT.
# The lookahead holds the names' first letters: the day-month pattern tries a name after every way of splitting
# its separators, and a position without one of them fails at once instead of in each branch of the trie (under
# IGNORECASE a set matches the characters its letters match as literals).
_MONTH_FIRST = "[" + "".join(sorted({re.escape(name[0]) for name in _MONTHS})) + "]"
_MONTH_TRIE = rf"(?={_MONTH_FIRST}){_trie_alternation(list(_MONTHS))}"  # the names as _MONTH_ALT matches them
_M = rf"(?P<mon>{_MONTH_TRIE})(?![^\W\d_])\.?"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|e|º|°)?"
_SEP = r"[\s,./\-]*"

# Date patterns; each names its groups y, m (number) or mon (name), d.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2025-05-21T06:09:00Z, 2025-05-21 15:09:00+09:00, 2025-5-21 (ISO 8601 and close relatives)
    ("iso", _opening(_DIGIT,
        r"(?<![\d/.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:(?:T|\s+|\s*T\s*)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
        r"\s*(?P<z>Z(?![A-Za-z])|[+\-−]\d{2}:?\d{2}(?!\d))?)?(?!\d)")),
    # 2025/05/21, 2025.05.21, 2025. 5. 21.
    ("ymd", _opening(_DIGIT, r"(?<![\d/.])(?P<y>\d{4})(?P<s>[/.])\s?(?P<m>\d{1,2})(?P=s)\s?(?P<d>\d{1,2})(?![\d/])")),
    # 2025年5月21日, 2025년 5월 21일
    ("cjk", _opening(_DIGIT, r"(?<!\d)(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]?")),
    # 21.05.2025, 21/05/2025, 05/21/2025, 21-05-2025
    ("num", _opening(_DIGIT, r"(?<![\d/.:])(?P<a>\d{1,2})(?P<s>[./\-])\s?(?P<b>\d{1,2})(?P=s)\s?(?P<y>\d{4})(?![\d/])")),
    # 21 May 2025, 21. Mai 2025, 21 de mayo de 2025, 21.dez.2018, 1er janvier 2025, 21 мая 2025 г.
    ("dmy", _opening(_DIGIT,
        rf"(?<![\d.])(?P<d>\d{{1,2}}){_DAY_SUFFIX}{_SEP}(?:(?:de|of|del)\s+)?{_M}{_SEP}(?:(?:de|del)\s+|ឆ្នាំ)?"
        rf"(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)),
    # May 21, 2025, JAN. 13, 2017, Sept. 5th 2019
    ("mdy", _opening(_LETTER,
        rf"(?<![^\W\d_]){_M}\s*(?P<d>\d{{1,2}}){_DAY_SUFFIX}(?!\d)[\s,.]*(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)),
    # 2025. december 2., 2024. márc. 5. (Hungarian: the year first, closed by a dot)
    ("ymon", _opening(_DIGIT, rf"(?<![\d.])(?P<y>\d{{4}})\.\s*{_M}\s*(?P<d>\d{{1,2}})\.?(?!\d)", re.IGNORECASE)),
    # 2025. gada 2. decembris (Latvian: the year, "gada" (of the year), the day, the month)
    # (Compiled on first use: only a text with "gada" in it tries it, see _LV_YEAR_WORD_RE.)
    ("lv", _opening(_DIGIT, rf"(?<![\d.])(?P<y>\d{{4}})\.\s*gada\s+(?P<d>\d{{1,2}})\.\s*{_M}", re.IGNORECASE,
                    lazy=True)),
    # 21 tháng 5, 2025 / ngày 21 tháng 5 năm 2025 (Vietnamese numeric months)
    ("vi", _opening(_DIGIT, r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*,|\s+năm)?\s+(?P<y>\d{4})(?!\d)",
                      re.IGNORECASE)),
]

# Characters a pattern's every match holds (its literal separators): without one of them it is not run.
_DATE_PATTERN_NEEDS: dict[str, str] = {"iso": "-", "ymd": "/.", "cjk": "年년", "num": "./-", "vi": "áÁ", "ymon": ".", "lv": "."}
# The tail of every "mdy" match: its day (a run of one or two digits: no month name ends with a digit), the day's
# suffix and the year. The month names' alternation is tried at every letter of a line; this, at its digits only,
# and most lines with a year fail it ("21 May 2025", "2025-05-21", "Posted in 2019"): the "mdy" pattern is skipped.
_MDY_TAIL_RE = _opening(_DIGIT, rf"(?<!\d)\d{{1,2}}{_DAY_SUFFIX}(?!\d)[\s,.]*\d{{4}}(?!\d)", re.IGNORECASE)
# The word every "lv" match holds, as that pattern matches it (case-insensitively): a text without it is not tried
# (and the pattern, with its month names, is never compiled in a process that meets no Latvian date).
_LV_YEAR_WORD_RE = re.compile("gada", re.IGNORECASE)

# ---------------------------------------------------------------------------
# Times and zones.
# ---------------------------------------------------------------------------
# Abbreviation → UTC offset in minutes, or an IANA zone for the generic US zones (DST via zoneinfo).
_TZ_TABLE: dict[str, int | str] = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    "BRT": -180, "ART": -180, "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "PKT": 300, "NPT": 345,
    "ICT": 420, "WIB": 420, "WITA": 480, "WIT": 540, "HKT": 480, "SGT": 480, "MYT": 480, "PHT": 480,
    "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660,
    "NZST": 720, "NZDT": 780,
}
# Zone names spelled out ("09:00 AM Eastern Standard Time", "10:00 Central European Summer Time"), as press
# releases and event pages write them: read with their offsets (the generic "Eastern Time" follows DST).
_TZ_NAMES: dict[str, int | str] = {
    "Eastern Standard Time": -300, "Eastern Daylight Time": -240, "Central Standard Time": -360,
    "Central Daylight Time": -300, "Mountain Standard Time": -420, "Mountain Daylight Time": -360,
    "Pacific Standard Time": -480, "Pacific Daylight Time": -420, "Alaska Standard Time": -540,
    "Hawaii Standard Time": -600, "Atlantic Standard Time": -240,
    "Eastern Time": "America/New_York", "Central Time": "America/Chicago", "Mountain Time": "America/Denver",
    "Pacific Time": "America/Los_Angeles",
    "Greenwich Mean Time": 0, "Coordinated Universal Time": 0, "British Summer Time": 60, "Irish Standard Time": 60,
    "Western European Time": 0, "Western European Summer Time": 60, "Central European Time": 60,
    "Central European Summer Time": 120, "Eastern European Time": 120, "Eastern European Summer Time": 180,
    "Moscow Standard Time": 180, "India Standard Time": 330, "China Standard Time": 480, "Singapore Standard Time": 480,
    "Hong Kong Time": 480, "Japan Standard Time": 540, "Korea Standard Time": 540,
    "Australian Eastern Standard Time": 600, "Australian Eastern Daylight Time": 660,
    "Australian Western Standard Time": 480, "New Zealand Standard Time": 720, "New Zealand Daylight Time": 780,
}
_TZ_BY_NAME = {name.replace(" ", ""): value for name, value in _TZ_NAMES.items()}  # _zone_info drops the spaces
_CHINA_CST = 480
_TZ_ABBR = "|".join(
    [name.replace(" ", r"\s+") for name in sorted(_TZ_NAMES, key=len, reverse=True)]
    + sorted((k for k in _TZ_TABLE if k != "Z"), key=len, reverse=True)
)
# A zone after a time: "JST", "(UTC)", "GMT+9", "UTC-05:00", "+09:00", "Uhr MESZ", "北京时间" is handled apart.
_ZONE = (rf"(?:\s*(?:Uhr|h)\b)?\s*\(?\s*(?P<zone>(?:GMT|UTC)\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?"
         rf"|(?-i:(?:{_TZ_ABBR})(?![a-z]|[A-Z]{{2}}))|[+\-−]\d{{2}}:?\d{{2}}(?!\d))\)?")
_AMPM = r"(?P<ampm>[ap]\.?\s?m\.?(?![a-z])|午前|午後|上午|下午|오전|오후)"
_AMPM_PRE = r"(?:(?P<pre>午前|午後|上午|下午|오전|오후)\s*)?"
_TIME_PATTERNS: list[re.Pattern[str]] = [
    # 15:09, 3:09 PM, 15:09:30 JST, 10:30 Uhr, @17:19 PM
    _opening("[午上下오\\d]", rf"{_AMPM_PRE}(?<![\d:.])(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d:])\s*{_AMPM}?(?:{_ZONE})?",
               re.IGNORECASE),
    # 15時09分, 午後3時9分, 15시 9분
    _opening("[午上下오\\d]", rf"{_AMPM_PRE}(?<!\d)(?P<H>[01]?\d|2[0-3])\s*[時时시]\s*(?:(?P<M>[0-5]?\d)\s*[分분])?(?:{_ZONE})?"),
    # 12h55, 17 h 57 (pt, fr): the minutes are required ("17 h" alone is an hour count or a page, not a time)
    _opening(_DIGIT, rf"(?<![\d:])(?P<H>[01]?\d|2[0-3])\s?h\s?(?P<M>[0-5]\d)(?!\d)(?:{_ZONE})?", re.IGNORECASE),
    # 3 PM, 10 a.m. ET
    _opening(_DIGIT, rf"(?<![\d:.])(?P<H>1[0-2]|0?[1-9])\s*{_AMPM}(?:{_ZONE})?", re.IGNORECASE),
    # 07.00 GMT, 9.30pm, 7.30pm BST (British style): only with AM/PM or a zone after it, a bare "3.45" is a number
    _opening(_DIGIT, rf"(?<![\d:.,])(?P<H>[01]?\d|2[0-3])\.(?P<M>[0-5]\d)(?![\d.,])"
             rf"(?=\s*(?:[ap]\.?\s?m\.?(?![a-z])|(?-i:{_TZ_ABBR})(?![a-z])))\s*{_AMPM}?(?:{_ZONE})?", re.IGNORECASE),
]
# Characters each time pattern's every match holds (":", 時, "h", the AM/PM marker: "m" or 午/오, the dot of "07.00 BST"); under
# IGNORECASE no other character equals h, m, a or p.
_TIME_PATTERN_NEEDS: tuple[str, ...] = (":", "時时시", "hH", "mM午오", ".")
_ZONE_RE = re.compile(_ZONE)
_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DIGIT_RUN_RE = re.compile(r"\d+")
_YEAR_TIME_RE = re.compile(r"(?<![\d:])((?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d(?!\d))")
_BEIJING_RE = re.compile(r"北京时间|北京時間|Beijing time", re.IGNORECASE)
# Words that label a date as an update. Only whether a label holds one is asked (a search's truth): the
# prefix-factored alternation matches the same strings and rejects most positions after one character.
_UPDATE_WORDS = (
    "updated", "update", "modified", "last edited", "aktualisiert", "geändert", "mis à jour", "actualizado",
    "actualización", "atualizado", "atualização", "aggiornato", "обновлено", "обновлен", "bijgewerkt", "zaktualizowano",
    "diperbarui", "güncelleme", "更新", "修改", "수정", "업데이트", "อัปเดต", "อัพเดท", "تحديث", "آخر تحديث", "עודכן",
    # a page's last review is a revision of it, not its publication (the labels of _LABEL_PHRASES)
    "last reviewed", "zuletzt geprüft", "zuletzt überprüft", "dernière révision", "última revisión", "última revisão",
    "ultima revisione", "laatst gecontroleerd", "laatst herzien", "последняя проверка", "senast granskad",
    "senest revideret", "sist gjennomgått", "letzte überprüfung", "最終確認", "最后审核", "最後審核", "最后审阅", "最後審閱",
    "최종 검토", "최종검토",
    "mise à jour", "actualisé", "aktualisierung", "aggiornamento", "aktualizacja",
    # the update's date labels among _LABEL_PHRASES' "date of ..." ("Fecha de modificación", "Data aktualizacji",
    # "Datum aktualizace"): the page's revision, not its publication
    "modificación", "aktualizacji", "aktualizace", "aktualizováno",
    "frissítve", "módosítva",  # hu: updated, modified
)
_UPDATED_RE = _opening(_LETTER, rf"(?:{_trie_alternation(list(_UPDATE_WORDS))})", re.IGNORECASE)
# Labels of a paper's history before its publication (the dates a journal prints beside "Published").
_SUBMITTED_RE = re.compile(
    r"\b(?:received|accepted|submitted|revised|eingereicht|eingegangen|angenommen|reçu|accepté|soumis|recibido|aceptado|"
    r"recebido|aceito|ricevuto|accettato|получено|принято|"
    # the feminine forms a paper ("статья", "article", "comunicação") takes: "Поступила в редакцию", "Принята к
    # публикации", "Reçue le", "Recibida", "Aceptada", "Recebida", "Aceita"
    r"поступил[аои]?|получен[аоы]|принят[аоы]|reçue|acceptée|recibida|aceptada|recebida|aceita)\b|收稿|接受日期|录用|修回|受付|受理",
    re.IGNORECASE,
)
# A date line opened by a publication label ("Published by the Gazette on Jan. 16, 2025.").
_PUBLISHED_OPENING_RE = re.compile(
    r"^(?:(?:first|originally)\s+)?(?:published|posted|publié|publicado|publicada|veröffentlicht|pubblicato|gepubliceerd|opublikowano|"
    r"опубликовано|опубликована)\b",
    re.IGNORECASE,
)

# Words that label a date line, and weekday names: removed before judging what else the line says.
# The one-word labels and the weekday names are letters ending at a non-letter, so they go into a
# prefix-factored alternation (see _M). The phrases are tried first, in their order: no one-word label
# that came before a phrase in the old flat alternation is that phrase's first word, so the choice
# between them ("as of" over "as") is the same.
_LABEL_PHRASES = (r"first\s+published", r"originally\s+(?:published|posted)", r"last\s+updated", r"last\s+modified", r"as\s+of", r"min(?:ute)?s?\s+read",
                  r"read\s+time", r"last\s+edited", r"mis\s+à\s+jour", r"a\s+las", r"a\s+la", r"cập\s+nhật",
                  # the date a service or health page was last checked ("Page last reviewed: 12 March 2024",
                  # "Zuletzt geprüft am", "Dernière révision", "Última revisión", "Laatst gecontroleerd")
                  r"(?:page\s+)?last\s+reviewed", r"zuletzt\s+(?:ge|über)prüft", r"dernière\s+révision",
                  r"última\s+revisión", r"última\s+revisão", r"ultima\s+revisione", r"laatst\s+(?:gecontroleerd|herzien)",
                  r"последняя\s+проверка", r"senast\s+granskad", r"senest\s+revideret", r"sist\s+gjennomgått",
                  # "Last updated" in other languages ("Dernière mise à jour : 12 mars 2024"): the same label
                  r"derni[èe]re\s+mise\s+à\s+jour", r"mise\s+à\s+jour", r"letzte\s+aktualisierung",
                  r"zuletzt\s+aktualisiert", r"[úu]ltim[oa]\s+(?:actualización|atualização|aggiornamento)",
                  r"ostatnia\s+aktualizacja", r"последнее\s+обновление", r"laatst\s+bijgewerkt",
                  # "Date of publication" as a phrase ("Fecha de publicación: 12/02/2024", "Data de publicação",
                  # "Date de publication", "Data di pubblicazione", "Дата публикации", "Datum zveřejnění")
                  r"date\s+of\s+(?:publication|issue)", r"fecha\s+de\s+(?:publicación|actualización|modificación)",
                  r"data\s+de\s+(?:publicação|atualização)", r"date\s+de\s+(?:publication|parution|mise\s+à\s+jour)",
                  r"data\s+di\s+(?:pubblicazione|aggiornamento)", r"дата\s+(?:публикации|обновления)",
                  r"datum\s+(?:der\s+veröffentlichung|van\s+publicatie|zveřejnění|publikace|aktualizace)",
                  r"data\s+(?:publikacji|aktualizacji)")
_LABEL_WORDS = _wordset(
    "published posted updated modified created date released on at in the from ago veröffentlicht aktualisiert "
    "erstellt stand datum am um uhr h hs vom publié publie le à publicado actualizado atualizado publicada el en em "
    "às as pubblicato aggiornato il alle ore del de opublikowano zaktualizowano опубликовано обновлено дата в г "
    "gepubliceerd bijgewerkt op om diterbitkan dipublikasikan diposting ditulis pada tanggal yayınlanma güncelleme tarihi "
    "publikováno aktualizováno ngày kl दिनांक প্রকাশ প্রকাশিত تاريخ النشر نشر بتاريخ تحديث آخر פורסם עודכן לאחרונה תאריך "
    # hu: "Közzétéve: 2026. március 3.", "Frissítve", "Megjelent", "Feladás dátuma" (a listing's posting date)
    "közzétéve frissítve megjelent módosítva feladva feladás dátum dátuma")
# The first characters of the labels and weekdays in other scripts (the alternatives after the Latin-script ones):
# a lookahead for them in front lets a substitution give up at once at any other position instead of trying each
# alternative there (re.IGNORECASE: the set matches what the literals match, "t"/"c" of the Vietnamese weekdays in
# either case). tests/test_metadata_prefilters.py reads the opening characters off the alternatives.
_LABEL_CJK_FIRST = "[作入公发投掲日时時更最期発發配编編게기등수업입작최นวอเโ]"
_WEEKDAY_OTHER_FIRST = "[(（周星월화수목금토일tc]"
_LABEL_RE = _opening(
    _LETTER,
    rf"(?<![^\W\d_])(?:{'|'.join(_LABEL_PHRASES)}|{_trie_alternation(list(_LABEL_WORDS))})(?![^\W\d_])"
    rf"|(?={_LABEL_CJK_FIRST})(?:"
    r"発行日?|公開日?|更新日?|投稿日?|掲載日?|配信日?|作成日?|発表|日時|发布时间|發佈時間|发布于|发表于|發表於|编辑于|編輯於|"
    r"最[后後终終近]更新(?:于|於|时间|時間|日期|日時|日)?|最終更新|"
    r"最終確認日?|最[后後终終近][审審][核阅閱](?:于|於|时间|時間|日期)?|최종\s*검토일?|"  # a page's last review
    r"发布日期|发布|發佈|發布|发表|發表|更新时间|更新時間|更新|时间|時間|日期|期号|入力|기사입력|최종\s*(?:수정|업데이트)|입력|"
    r"수정|등록|게시|작성일?|업데이트|"
    r"เผยแพร่|อัปเดต|อัพเดท|วันที่|โพสต์เมื่อ|น\.(?!\S))",  # Thai: published, updated, date, posted on, "น." after a time (o'clock)
    re.IGNORECASE)
_WEEKDAY_NAMES = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun montag "
    "dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta feira lunedì martedì "
    "mercoledì giovedì venerdì sabato понедельник вторник среда четверг пятница суббота воскресенье maandag "
    "dinsdag woensdag donderdag vrijdag zaterdag zondag senin selasa rabu kamis jumat sabtu minggu "
    # cs, sk, pl, hr; sv, da, no; tr; uk; hu; fi ("sobota 19. října 2024, 16:45", "Salı 14:30")
    "pondělí úterý středa čtvrtek pátek sobota neděle pondelok utorok streda štvrtok piatok nedeľa poniedziałek "
    "wtorek środa czwartek piątek niedziela ponedjeljak utorak srijeda četvrtak petak subota nedjelja måndag tisdag "
    "onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag pazartesi salı çarşamba perşembe cuma "
    "cumartesi понеділок вівторок середа четвер п'ятниця пʼятниця субота неділя hétfő kedd szerda csütörtök "
    "péntek szombat vasárnap maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai")
_WEEKDAY_RE = _opening(
    _LETTER,
    rf"(?<![^\W\d_])(?:{_trie_alternation(list(_WEEKDAY_NAMES))})(?![^\W\d_])\.?"
    rf"|(?={_WEEKDAY_OTHER_FIRST})(?:"
    r"星期[一二三四五六日天]|周[一二三四五六日]|[(（][月火水木金土日][)）]|[월화수목금토일]요일|\([월화수목금토일]\)"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])(?![^\W\d_])|chủ\s+nhật(?![^\W\d_]))",  # (Vietnamese: two words)
    re.IGNORECASE)
_LETTER_RE = re.compile(r"[^\W\d_]")  # a superset of str.isalpha(): what the letters of the patterns may match
_READ_TIME_RE = re.compile(r"\d+\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
# A relative time in English ("3 hours" of "Updated 3 hours ago": "ago" and "updated" are labels), and in other
# languages with the word that makes it relative ("Atualizado há 2 horas", "Actualizado hace 3 horas", "Mis à jour il
# y a 2 heures", "vor 2 Stunden aktualisiert", "3 ore fa", "2 uur geleden", "2 часа назад").
_RELATIVE_RE = re.compile(
    r"\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b|"
    r"(?<![^\W\d_])(?:há|hace|il\s+y\s+a|vor)\s+\d+\s*(?:min(?:uto|ute|uti)?[sn]?|minuten|horas?|heures?|stunden?|"
    r"d[ií]as?|jours?|tagen?|semanas?|semaines?|wochen?)(?![^\W\d_])|"
    r"\d+\s*(?:min(?:uti|uten|utos)?|minut[ao]?|or[ae]|giorn[oi]|settiman[ae]|uur|dagen?|weken|horas?|d[ií]as?|"
    r"час(?:а|ов)?|минут[аы]?|дн(?:я|ей)|день)\s+(?:fa|geleden|atrás|назад)(?![^\W\d_])|"
    r"\d+\s*(?:分钟|分鐘|分|時間|小时|小時|天|日|분|시간|일)\s*(?:前|전)",  # "3時間前", "3小时前", "3시간 전"
    re.IGNORECASE)
# Every match of _READ_TIME_RE holds "min", and every match of _RELATIVE_RE one of these (its lowered text does,
# but for the characters _may_match answers True for): most date lines hold none, and the substitution tries
# the pattern at every position. ("наза" for "назад": its "д" has another lower case, U+1C81.)
_READ_TIME_KEYS = ("min",)
_RELATIVE_KEYS = ("min", "hour", "hr", "day", "week", "há", "hace", "il", "vor", "fa", "geleden", "atrás", "наза",
                  "前", "전")

# ---------------------------------------------------------------------------
# Bylines and attributions.
# ---------------------------------------------------------------------------
# Author labels, each followed by its colon only ("Author: Jane Doe", "Autor: Marta Zielińska", "Autora:", "Autorka:",
# "Auteur :", "Autore:", "Autrice:", "Szerző: Tóth Gábor", "Yazar:", "Penulis:", "Tác giả:", "Forfatter:",
# "Författare:", "Kirjoittaja:", "Συντάκτης:", "Συγγραφέας:"): the bare word opens a sentence as often ("Autor des
# Buches ist ..."). The last of _BYLINE_TITLED_ALTS (the title after them never matches: the colon comes first).
_AUTHOR_LABEL_WORDS: tuple[str, ...] = (
    r"author", r"autor", r"autora", r"autorka", r"auteur", r"autore", r"autrice", r"szerző", r"yazar", r"penulis",
    r"tác\s+giả", r"forfatter", r"författare", r"kirjoittaja", r"συντάκτης", r"συγγραφέας",
)
_AUTHOR_LABEL_ALTS = r"(?:" + "|".join(_AUTHOR_LABEL_WORDS) + r")(?=\s*:)"
_AUTHOR_LABEL_RE = re.compile(rf"^{_AUTHOR_LABEL_ALTS}\s*:", re.IGNORECASE)
# The byline words, ONE list for _BYLINE_RE and its split by initial (_BYLINE_BY_INITIAL), in the alternation's
# order (the engine takes the first alternative that lets the line match). The plain ones first, then the ones a
# title may follow (_BYLINE_TITLE). A word's ASCII initial is its first character (after a "(?-i:" that opens it).
_BYLINE_PLAIN_ALTS: tuple[str, ...] = (
    r"by", r"von", r"por", r"par", r"door", r"av", r"af", r"przez", r"di", r"da", r"oleh", r"от", r"автор", r"текст",
    r"written\s+by", r"reported\s+by", r"words\s+by", r"story\s+by", r"text\s+by", r"reviewed\s+by", r"compiled\s+by",
    r"edited\s+by",
    # "written by" in other languages: "Escrito por", "Rédigé par", "Écrit par", "Geschrieben von",
    # "Scritto da", "Geschreven door", "Napisane przez"
    r"escrito\s+por", r"escrita\s+por", r"rédigé\s+par", r"rédigée\s+par", r"écrit\s+par", r"écrite\s+par",
    r"geschrieben\s+von", r"scritto\s+da", r"scritta\s+da", r"geschreven\s+door", r"napisane\s+przez", r"napisał[a]?",
    # vi: "Đăng bởi Minh Anh", "Viết bởi ..."
    r"đăng\s+bởi", r"viết\s+bởi",
)
# A health or fact-checked page's reviewer, a byline of the header like the author's: "Medically reviewed by Dr.
# Jane Doe", "Fact-checked by", "Revisado (médicamente) por la Dra. X", "Revisto por", "Relu par le Dr X", "Vérifié
# par", "(Medizinisch) geprüft von", "Rivisto da", "Revisionato da", "Medisch gecontroleerd door", "Zweryfikowane
# przez", "Проверено:", "Перевірено:", "Duyệt bởi", "Ditinjau oleh" (CJK and Korean reviewer labels:
# _CJK_BYLINE_RE); ro: "de Ioana Popescu", "Scris de ..." (the bare "de" in lower case only: "De Nederlandse Bank",
# "De Gaulle" are names); el: "Γράφει η Δανάη Παππά", "Γράφουν οι ...", "Γράφει:". A title may follow them.
# Each is (optional words before it, its first words, the rest): r"(?:p1\s+|p2\s+)?(?:h1|h2)rest".
_BYLINE_TITLED_ALTS: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("medically", "clinically", "expert"), ("reviewed",), r"\s+by"), ((), ("fact",), r"[-\s]checked\s+by"),
    (("médicamente", "medicamente"), ("revisado", "revisada", "revisto", "revista", "verificado"),
     r"\s+(?:médicamente\s+|medicamente\s+)?por"),
    ((), ("relu", "relue", "vérifié", "vérifiée", "validé", "validée"), r"(?:\s+et\s+(?:validé|validée|vérifié|vérifiée))?\s+par"),
    (("medizinisch", "fachlich", "ärztlich"), ("geprüft",), r"\s+von"),
    ((), ("rivisto", "revisionato", "verificato"), r"\s+da"), (("medisch",), ("gecontroleerd", "beoordeeld"), r"\s+door"),
    ((), ("zweryfikowane", "sprawdzone", "zweryfikował[a]?"), r"\s+przez"), ((), ("провер",), r"(?:ено|ил|ила)"),
    ((), ("перевір",), r"(?:ено|ив|ила)"),
    ((), ("duyệt",), r"\s+bởi"), ((), ("kiểm",), r"\s+duyệt\s+bởi"), ((), ("ditinjau",), r"\s+oleh"),
    ((), ("(?-i:de)",), ""), ((), ("scris[ăa]?",), r"\s+de"), ((), ("γράφ",), r"(?:ει|ουν)(?:\s+(?:ο|η|οι))?"),
    ((), _AUTHOR_LABEL_WORDS, r"(?=\s*:)"),
)
# a title before the reviewer's name: "la Dra.", "le Dr", "Dr.", "Prof."
_BYLINE_TITLE = r"(?:(?:\s+(?:el|la|le|the|der|die))?\s+(?:dr|dra|dre|prof|profa)\.?(?=\s))?"


_BYLINE_SPACE = r"\s+"


def _byline_initial(word: str) -> str:
    """The ASCII letter (lower case) a byline word opens with, or ""."""
    c = word[5:6] if word.startswith("(?-i:") else word[:1]
    return c.lower() if c.isascii() and c.isalpha() else ""


def _either(words: list[str] | tuple[str, ...], after: str = "") -> str:
    """The alternation of `words`, each followed by `after` (grouped when more than one)."""
    return words[0] + after if len(words) == 1 else f"(?:{'|'.join(w + after for w in words)})"


def _titled_alt(pre: tuple[str, ...], heads: tuple[str, ...], rest: str, initial: str | None = None) -> list[str]:
    """A titled alternative as _BYLINE_RE holds it (initial None), or as the alternatives of it that may match a line
    opening with `initial`, in the order the engine tries them (the optional words first)."""
    if initial is None:
        opt = "(?:" + "|".join(w + _BYLINE_SPACE for w in pre) + ")?" if pre else ""
        return [opt + _either(heads) + rest]
    out = []
    pre_i = [w for w in pre if _byline_initial(w) == initial]
    if pre_i:
        out.append(_either(pre_i, _BYLINE_SPACE) + _either(heads) + rest)
    heads_i = [w for w in heads if _byline_initial(w) == initial]
    if heads_i:
        out.append(_either(heads_i) + rest)
    return out


def _byline_prefix(initial: str | None = None) -> str:
    """The alternation of the byline words (initial None), or of those that may open with `initial`, in order."""
    parts = [w for w in _BYLINE_PLAIN_ALTS if initial is None or _byline_initial(w) == initial]
    titled = [alt for entry in _BYLINE_TITLED_ALTS for alt in _titled_alt(*entry, initial=initial)]
    if titled:
        parts.append(f"(?:{'|'.join(titled)}){_BYLINE_TITLE}")
    return f"(?:{'|'.join(parts)})"


_BYLINE_PREFIX = _byline_prefix()
_BYLINE_WORDS = _wordset("by von por par door av af przez di oleh")
_BYLINE_RE = re.compile(rf"^{_BYLINE_PREFIX}\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
# The ASCII characters _BYLINE_RE's first letter may be (either case: no other ASCII character equals them
# under IGNORECASE); a line opening with another ASCII character is no byline.
_BYLINE_INITIALS = "".join(sorted(
    ({_byline_initial(w) for w in _BYLINE_PLAIN_ALTS} | {_byline_initial(w) for e in _BYLINE_TITLED_ALTS for w in e[0] + e[1]})
    - {""}))
_BYLINE_INITIALS += _BYLINE_INITIALS.upper()
# _BYLINE_RE for a line opening with an ASCII letter (either case): its alternatives that may open with it, in their
# order there. A line opening with that letter can match no other alternative at its start, and the engine tries
# each of some sixty alternatives in turn (under IGNORECASE none is skipped at its first character). A line opening
# with another character gets _BYLINE_RE itself (tests/test_perf_gates_s.py).
_BYLINE_BY_INITIAL: dict[str, re.Pattern[str]] = {}
for _initial in _BYLINE_INITIALS[: len(_BYLINE_INITIALS) // 2]:
    _BYLINE_BY_INITIAL[_initial] = _BYLINE_BY_INITIAL[_initial.upper()] = re.compile(
        rf"^{_byline_prefix(_initial)}\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
_NAME_JOINERS = _wordset("and & und et y e i ed и da de der den del della des di do dos du la le van von ten ter zu al bin ibn")
_CJK_BYLINE_RE = re.compile(
    r"^(?:(?:文|撮影|写真|取材|構成)[／/｜|・:：]\s*|(?:\S{0,8}(?:记者|記者|通讯员|通訊員|实习生|實習生))[／/｜|：:]?\s*|"
    r"(?:作者|撰文|编辑|編輯|责任编辑|責任編輯|责编|責編|编者|執筆|質問者|投稿者|提问者|提問者|"
    # a health page's medical reviewer ("医師監修：山田太郎", "監修医：", "审核专家：刘某某 主任医师", "医学审核：")
    r"監修|监修|医師監修|医师监修|監修医|审核|審核|审核专家|審核專家|医学审核|醫學審核|审校|審校)\s*[：:／/]\s*|"
    # a Korean post's author label, colon or not ("작성자 리뷰랩 에디터 김소연", "글쓴이: 햇살엄마")
    # and a health page's medical reviewer's ("감수 박민호 교수", "의학 감수: ...", "감수자: ...")
    r"(?:작성자|글쓴이)(?:\s*[：:]\s*|\s+)|(?:감수자?|의학\s*감수)(?:\s*[：:]\s*|\s+(?=[가-힣]{2,4}\s*(?:교수|박사|의사|전문의|원장|약사|간호사|\(|$))))(?P<name>\S.{0,30})$")
# A byline row without a byline word is a name and a few words of role or place ("Jane Doe, Senior Correspondent,
# The Daily Planet"); a longer line that opens with two capitalised words and a comma is a sentence.
BARE_NAME_MAX_WORDS = 10
# Where a byline's name ends (an affiliation after a separator), and the words of a name.
# "By Jane Doe in London", "By Jane Doe at Marsh Lane": a place after "in"/"at" ends the name too.
# The collective noun closing a desk's byline ("By Herald staff", "By Courier readers", "By Times wire reports").
_DESK_NOUNS = frozenset(("staff", "readers", "reports", "contributors", "correspondents", "writers", "reporters", "editors"))
_NAME_END_RE = re.compile(r"\s*[,|/•·–—-]\s+|\s+[|/•·–—-]\s*|\s+(?:in|at)\s+(?=[^\W\d_])")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w.'’-]*")
# A title-case headline that opens with a byline word ("By Design: How Cities Plan Parks", "Edited By AI: How
# Newsrooms Use Chatbots"): a word, a colon and the headline's second part. A name never ends in a colon before more
# words (a byline's affiliation follows a comma, a bar or a dash; a time's colon has digits on both sides).
_HEADLINE_COLON_RE = re.compile(r"[^\W\d_]:\s+\S")
BYLINE_ROLE_MAX_WORDS = 3  # "By Jane Doe: Senior Political Correspondent"
_CONTACT_RE = re.compile(r"\S*@\S+")  # an e-mail address or a social handle in a byline
_NON_WORD_RE = re.compile(r"[^\w@#]+")  # what separates the words of a date line's residue
_DATE_LINE_SEPARATORS = " |｜·•-–—/／"  # between a date line's fields ("2019-11-28 | 作者：小熊")
_CJK_SENTENCE_END_RE = re.compile(r"[。？！?!；]")
_CJK_REPORTER_LABEL_ENDS = "者员員生"  # the last characters of 记者, 通讯员, 实习生 (and their traditional forms)
# A name after a comma of a byline, with its label or not ("，李华", "，通讯员李华", "，攝影李小龍"): a clause is longer.
_CJK_COMMA_NAME_RE = re.compile(r"(?:通讯员|通訊員|实习生|實習生|摄影|攝影|记者|記者)?\s*\w{1,4}\s*")


def _cjk_clause_after_comma(text: str) -> bool:
    """What follows a comma of the line is a clause, not one more name of a byline ("记者在现场看到，志愿者们正在搬运
    物资" against "本报记者王小明，李华")."""
    return any(_CJK_COMMA_NAME_RE.fullmatch(part) is None for part in text.split("，")[1:])


_KO_BYLINE_RE = re.compile(r"^(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|논설위원)(?:\s*[=|·].*)?$")
# A Thai byline: "โดย" ("by") and a space before the name ("โดย ทีมงานบอกต่อ"); run into the next word it is a
# sentence's "by means of" ("โดยทั่วไป", "generally").
_TH_BYLINE_RE = re.compile(r"^โดย\s+(?P<name>\S.{0,30})$")
# A Khmer byline: "ដោយ" ("by") and the Khmer colon or a colon before the name ("ដោយ៖ ក្រុមការងារព័ត៌មាន"); with a
# space alone it opens a sentence's "by means of".
_KM_BYLINE_RE = re.compile(r"^ដោយ\s*[៖:]\s*(?P<name>\S.{0,30})$")

_ATTRIBUTION_LABELS = (
    r"source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|источник|джерело|sumber|kaynak|źródło|"
    r"zdroj|bron|källa|kilde|lähde|forrás|nguồn|πηγή|出典|出处|出處|来源|來源|资料来源|資料來源|引用元|転載元|출처"
)
_ATTRIBUTION_PATTERNS: list[re.Pattern[str]] = [
    # (From The Daily Example, May 21, 2025), [Source: X], （出典：X）, 【来源：X】
    re.compile(rf"^[(\[（【]\s*(?:from|via|{_ATTRIBUTION_LABELS})\s*[:：]?\s*(?P<x>[^)\]）】]+?)\s*[)\]）】][.。]?$",
               re.IGNORECASE),
    # Source: X, Quelle: X, 来源：X
    re.compile(rf"^(?:{_ATTRIBUTION_LABELS})\s*[:：]\s*(?P<x>\S.*?)[.。]?$", re.IGNORECASE),
    # This article originally appeared in X. / was first published on X / A version of this story appeared in X
    re.compile(
        r"^(?:this|the|a\s+version\s+of\s+this)\s+(?:article|story|post|piece|column|essay|report|interview)\s+"
        r"(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+|previously\s+)?"
        r"(?:appeared|published|ran|posted|republished)\s+(?:originally\s+|first\s+)?(?:in|on|at|by|from)\s+"
        r"(?P<x>\S.*?)[.。]?$", re.IGNORECASE),
    re.compile(r"^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:in|on|at|by)\s+(?P<x>\S.*?)\.?$",
               re.IGNORECASE),
    re.compile(r"^(?:republished|reprinted)\s+(?:with\s+permission\s+)?(?:from|by)\s+(?P<x>\S.*?)\.?$", re.IGNORECASE),
    # fr / es / pt / de / it
    re.compile(r"^(?:cet|l')\s*article\s+a\s+(?:été\s+)?(?:initialement\s+|d'abord\s+)?(?:été\s+)?"
               r"(?:publié|paru)\s+(?:initialement\s+)?(?:dans|sur|par)\s+(?P<x>\S.*?)\.?$", re.IGNORECASE),
    re.compile(r"^(?:este|el)\s+(?:artículo|articulo|texto)\s+(?:fue|se)\s+(?:publicado|publicó)\s+"
               r"(?:originalmente\s+|primero\s+)?(?:en|por)\s+(?P<x>\S.*?)\.?$", re.IGNORECASE),
    re.compile(r"^(?:este|o)\s+(?:artigo|texto)\s+foi\s+(?:publicado|originalmente\s+publicado)\s+"
               r"(?:originalmente\s+)?(?:em|no|na|pelo|pela)\s+(?P<x>\S.*?)\.?$", re.IGNORECASE),
    re.compile(r"^dieser\s+(?:artikel|beitrag|text)\s+(?:ist|erschien|wurde)\s+(?:zuerst|ursprünglich)\s+"
               r"(?:erschienen\s+|veröffentlicht\s+)?(?:in|bei|auf|im)\s+(?P<x>\S.*?)(?:\s+erschienen)?\.?$",
               re.IGNORECASE),
    re.compile(r"^(?:questo|l')\s*articolo\s+è\s+(?:stato\s+)?(?:pubblicato|apparso)\s+(?:originariamente\s+|"
               r"per\s+la\s+prima\s+volta\s+)?(?:su|in|da)\s+(?P<x>\S.*?)\.?$", re.IGNORECASE),
]
# The ASCII characters (lower case) a match of each attribution pattern may open with: a line that opens
# with another ASCII character is not tried against it (under IGNORECASE no other ASCII character equals
# these letters).
_ATTRIBUTION_INITIALS: tuple[str, ...] = ("([", "bfklnqsz", "at", "fo", "r", "cl", "e", "eo", "d", "lq")
# "来源：X" inside a header line ("发布时间：2025-05-21 来源：X"): the source ends at a separator.
_SOURCE_IN_LINE_RE = _opening(_LETTER, rf"(?:{_ATTRIBUTION_LABELS})\s*[:：]\s*(?P<x>[^|｜·•\s][^|｜·•]*)", re.IGNORECASE)

# ---------------------------------------------------------------------------
# Line shape helpers.
# ---------------------------------------------------------------------------
# [.!?…][\"”’»)\]]*(?:\s|$)|[。！？], written to open with a character class: the engine then skips to the
# punctuation marks instead of trying both alternatives at every position.
# (The stops of other scripts, segment.SCRIPT_STOPS, count like 。！？.)
_SENTENCE_PUNCT_RE = re.compile(r"[.!?…。！？।॥۔؟։።፧။།។៕](?:(?<=[.!?…])[\"”’»)\]]*(?:\s|$)|(?<=[。！？।॥۔؟։።፧။།។៕]))")
_TERMINAL_STOPS = ".。．:：;；,，、"
_TERMINAL_STOP_RE = re.compile(rf"(?<!\.\.)[{_TERMINAL_STOPS}]$")
# Photo captions and credits ("Photo: X", "(Credit: X/Y)", "Photo credit X", "Name/Agency"): never the title. A
# bare "credit" opens a short line ("Credit Jane Doe") or a bracket, is glued to the caption before it or the name
# after it ("2023.Credit", "harbour.CreditJane Doe", "CreditJane Doe") or follows a photo's word: a headline's
# "credit card" is no credit.
_CAPTION_RE = re.compile(
    r"(?<![^\W\d_])(?:photo|photos|photograph|photography|foto|fotos|fotó|fotografía|fotografia|image|imagen|"
    r"imagem|bild|credit|credits|crédit|crédito|illustration|ilustración|ilustração)(?![^\W\d_])\s*"
    r"(?:[:/]|\d+\s+(?:of|de|von|sur)\b)|(?:(?<=[(\[.,;:)\]\d])|(?:photo|image|foto|bild|picture)\s+)(?:credits?|créditos?)(?![^\W\d_])|"
    r"^(?:credits?|créditos?)(?![^\W\d_])(?=(?:\s+\S+){0,4}\s*$|\s*[:：])|"
    r"(?<=[a-z])(?-i:Credit)|^(?-i:Credits?)(?=[A-Z\u00c0-\u00de])|"
    r"(?:media\s*)?caption|"
    r"写真[:：]|사진[:：=]|图片[:：]|圖片[:：]|摄影[:：／/]|攝影[:：／/]",
    re.IGNORECASE,
)
# A photo credit "Name Surname/Agency" inside a line.
_CREDIT_SLASH_RE = re.compile(r"[^\W\d_]{3,}/[A-Z][a-z]+")
# A page template's section heading about "this <page kind>" ("Why this petition matters", "About this event",
# "About this recipe", "Über diese Veranstaltung", "À propos de ce cours", "Acerca de este evento", "Sobre este
# curso", "Об этом мероприятии", "このイベントについて", "关于此活动", "이 행사에 대하여"): it heads the body under the
# page's own headline, never is it. A headline on another thing ("Why this election matters") names no page kind.
_PAGE_KIND = (
    r"(?:petition|campaign|fundraiser|project|event|course|class|workshop|recipe|job|listing|property|product|item|"
    r"offer|tour|programme|program|"
    r"kampagne|spendenaktion|veranstaltung|kurs|rezept|stelle|anzeige|immobilie|produkt|angebot|"
    r"pétition|campagne|cagnotte|projet|événement|évènement|cours|atelier|recette|offre|annonce|produit|"
    r"petición|campaña|proyecto|evento|curso|taller|receta|oferta|anuncio|producto|"
    r"petição|campanha|vaquinha|projeto|receita|vaga|anúncio|produto|"
    r"petizione|raccolta\s+fondi|progetto|corso|ricetta|annuncio|prodotto)"
)
# The template's heading ends with the kind or a fixed tail ("matters", "is important", "wichtig ist"); a headline
# on the thing says more ("How this recipe changed my life", "Why this campaign failed").
_PAGE_KIND_TAIL = (
    r"(?:matters|is\s+important|works|covers|includes|offers|is\s+about|wichtig\s+ist|ist\s+wichtig|"
    r"est\s+importante?|es\s+importante|é\s+importante|importa|è\s+importante|важн[аао]|важен)"
)
# The lookahead after "^" holds the first characters of the alternatives (under IGNORECASE a set matches what its
# characters match as literals): most lines fail there at once instead of in each branch (tests/test_perf_gates_n.py).
_PAGE_KIND_HEADING_RE = re.compile(
    r"^(?=[ahipswàüопこ关이])(?:(?:about|why|what|how)\s+this\s+" + _PAGE_KIND + r"\b"
    r"|(?:über|warum)\s+(?:diese[nsrm]?|dieses)\s+" + _PAGE_KIND + r"\b"
    r"|(?:à\s+propos\s+de|pourquoi)\s+(?:cette|cet|ce)\s+" + _PAGE_KIND + r"\b"
    r"|(?:acerca\s+de|sobre|por\s+qué)\s+(?:es\s+importante\s+)?(?:esta|este)\s+" + _PAGE_KIND + r"\b"
    r"|(?:sobre|por\s+que)\s+(?:esta|este|essa|esse)\s+" + _PAGE_KIND + r"\b"
    r"|(?:informazioni\s+su|perché)\s+(?:questa|questo|quest')\s*" + _PAGE_KIND + r"\b"
    r"|(?:об\s+этом|об\s+этой|почему\s+эта|почему\s+этот)\s+(?:петици[яи]|мероприятии|мероприятие|проекте|проект|"
    r"курсе|курс|рецепте|рецепт|вакансии|кампании)"
    r"|この(?:イベント|プロジェクト|講座|レシピ|求人|キャンペーン|署名)について"
    r"|关于(?:此|这个|這個|本)(?:活动|活動|项目|項目|课程|課程|食谱|食譜|职位|職位|请愿|請願)"
    r"|이\s*(?:행사|프로젝트|강좌|레시피|청원|캠페인)에\s*(?:대하여|대해))"
    r"(?:\s+" + _PAGE_KIND_TAIL + r")?\s*[.:!]?$",
    re.IGNORECASE,
)
PAGE_KIND_HEADING_PENALTY = 1.0
# Month and weekday names and labels: what is left of "November 19, 2019 / 8:16 AM" without them is no name.


@cache
def _date_words_re() -> re.Pattern[str]:
    """Month and weekday names and a.m./p.m., compiled on first use: the flat case-insensitive alternation of
    every month name is the costliest pattern to compile, and only a dated attribution line needs it."""
    # The weekday alternatives in a group of their own: the same alternation in the same order (a test holds
    # it to the flat form; callgrind showed no compile-time gain from the grouping).
    return re.compile(rf"(?:{_MONTH_ALT})(?![^\W\d_])|\b[ap]\.?m\.?\b|(?:{_WEEKDAY_RE.pattern})", re.IGNORECASE)
# A wiki's site tagline under the article name ("From <Wiki>, the free encyclopedia", "De <Wiki>, la
# enciclopedia libre", "Aus <Wiki>, der freien Enzyklopädie", "From <Wiki>, the <topic> wiki"): the line
# above it is the article's name (see _title_over_tagline).
# More languages: Swedish, Danish and Norwegian ("Från <Wiki>, den fria encyklopedin"), Indonesian ("Dari <Wiki>,
# ensiklopedia bebas"), Hungarian ("A <Wiki>-ból, a szabad enciklopédiából"), Greek ("Από τη <Wiki>, την ελεύθερη
# εγκυκλοπαίδεια"), Ukrainian ("Матеріал з <Wiki> — вільної енциклопедії"), and the Armenian one, whose "from" is a
# case ending ("<Wiki>ից՝ ազատ հանրագիտարանից").
_SITE_TAGLINE_RE = re.compile(
    r"^(?:(?:from|från|fra|dari|de(?: la)?|del|da|aus|von|uit|z|ze|a|origem:|материал из|матеріал з|από\s+τη[νς]?)"
    r"\s+[^,—–]{2,40}\s*[,—–]\s*"
    r"(?:[^,]{0,30}?(?:encyclop|enciclop|enzyklop|encyklop|enciklop|ensiklop|энциклопеди|енциклопеді|εγκυκλοπαίδ)"
    r"[^,.]{0,20}|[^,]{0,30}\bwiki)"
    r"|\S{2,40}ից[՝,]\s*ազատ\s+հանրագիտարանից)\.?$",
    re.IGNORECASE,
)
# The ASCII letters the opening words of _SITE_TAGLINE_RE start with (under IGNORECASE no other ASCII character
# matches them): a line opening with another ASCII character is no tagline, without the regex's call.
_TAGLINE_INITIALS = "fdavuzoFDAVUZO"  # repeated as a literal in _title_over_tagline
# "Title: X", "标 题： X": a form label before the title text.
_TITLE_LABEL_RE = re.compile(r"^(?:title|titel|titre|título|titolo|标\s*题|標\s*題|タイトル|제목)\s*[:：]\s*", re.IGNORECASE)
_INNER_SENTENCE_RE = re.compile(r"[a-z\u00e0-\u024f][.!?]\s+[A-Z\u00c0-\u00de]")
# A CJK sentence end with more text after it (not a closing quote or bracket): "…冻坏了。温度已经…".
_CJK_INNER_SENTENCE_RE = re.compile(r"[。！？][^\s。！？」』”’）)】]")
CJK_SUMMARY_MIN_CHARS = 30  # a CJK line this long with a sentence end inside is a summary, not a headline
# A form row "label: value" (索引号：…, 发布机构：…, "Publisher: ..."): a label of one to three words, then its value.
_LABEL_ROW_RE = re.compile(r"^(?:[^\W\d_][\w.'’-]*\s?){1,3}[:：]\s*\S")
LABEL_ROW_MAX_LABEL = 16  # characters up to the colon
LABEL_ROW_MAX_VALUE = 16  # characters after it: a name, a number or a date, not a headline's rest
# ... or a longer code: an index or file number in ASCII without spaces ("11330100MB0123456X/2025-00187"), no headline.
LABEL_ROW_MAX_CODE = 48
_CODE_VALUE_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z/._-]{0,47}")
_PATH_SEPARATOR_RE = re.compile(r"[>›»|]")
LABEL_TABLE_MIN_ROWS = 3  # rows in a run, with at least one on each side of the candidate
# Relative times under a headline: "2 hours ago", "před 2 hodinami", "il y a 3 heures", "3小时前", "2時間前".
_RELATIVE_LINE_RE = re.compile(
    r"^(?:\W*(?:updated|aktualisiert|mis à jour|actualizado|atualizado)\s+)?(?:"
    r"\d+\s*(?:sec|second|min|minute|hr|hour|day|week|month)s?\s+ago|yesterday|today|just now|"
    r"vor\s+\d+\s+\w+|il y a\s+\d+\s+\w+|hace\s+\d+\s+\w+|há\s+\d+\s+\w+|\d+\s+\w+\s+fa|"
    r"před\s+\d+\s+\w+|\d+\s+\w+\s+назад|\d+\s+\w+\s+temu|\d+\s+\w+\s+geleden|\d+\s+\w+\s+yang lalu|"
    r"\d+\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週)前|\d+\s*(?:초|분|시간|일)\s*전)\W*$",
    re.IGNORECASE,
)
# Interface prompts near a headline (share, print, sign in, cookies): generic web furniture only. Each
# alternative of _UI_RE comes with the keys (lowercase) one of which its every match holds; the one that
# opens a line, with _UI_OPENINGS (below).
_UI_ALTERNATIVES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("click", "tap"), r"\b(?:click|tap)\s+(?:here|to)\b"),
    (("new window", "new tab"), r"opens? in (?:a )?new (?:window|tab)"),
    (("external link",), r"\bexternal links?\b"),
    # An opening prompt word ("Share", "Comments (12)", "Follow us on X", "Email this story") only when what follows
    # is a prompt's: the end, a count or a sign, or a prompt's next word; its inflected forms ("Comments", "Liked
    # by 3") only before the end, a count or a sign. "Comment les prix ..." and "Comment on a fini ..." (French
    # "how"), "Like many cities ...", "Follow the money: ...", "Saved by the bell: ..." and "Follow-up: ..." open
    # headlines.
    ((), r"^(?:share|print|email|tweet|like|follow|comment|save|copy link)"
         r"(?:\s*$|\s*[^\w\s-]|\s+\d|\s+(?:this|these|us|me|it|to|via|with|link|article|story|page|post|now|your|our|"
         r"on\s+(?:this|the|our|it|facebook|twitter|x|instagram|linkedin|whatsapp|reddit)|for\s+later)\b)"
         r"|^(?:share|print|email|tweet|like|follow|comment|save)(?:s|d|ed)(?:\s*$|\s*[^\w\s-]|\s+\d|\s+by\s+\d)"
         r"|^follow\s+(?:\S+\s+){1,3}on\s"),
    (("permalink",), r"\bpermalink\b"),
    (("privacy", "cookie"), r"\b(?:privacy|cookies?)\b"),
    (("sign in", "sign up"), r"\bsign (?:in|up)\b"),
    (("login", "log in", "logout", "log out"), r"\blog ?(?:in|out)\b"),
    (("subscribe",), r"\bsubscribe\b"),
    (("newsletter",), r"\bnewsletters?\b"),
    (("javascript",), r"\bjavascript\b"),
    (("browser",), r"\bbrowser\b.*\b(?:support|update|enable)"),
    (("[",), r"\[(?:" + "|".join(re.escape(w) for w in sorted(EDIT_LINK_WORDS, key=lambda w: (-len(w), w))) + r")[^\]]*\]$"),
    # a Japanese page's switch for the readings it prints over (or after) its kanji: "ふりがなをつける", "ルビを消す"
    (("ふりがな", "フリガナ", "ルビ"), r"^(?:ふりがな|フリガナ|ルビ)\s*[をの]?\s*(?:つける|付ける|表示(?:する)?|けす|消す|"
     r"非表示(?:にする)?|オン|オフ|on|off|あり|なし|切り替え|切替)$"),
)
_UI_RE = re.compile("|".join(pattern for _, pattern in _UI_ALTERNATIVES), re.IGNORECASE)
# Each alternative on its own: _is_ui tries only those whose key the line holds (the whole alternation tries
# every alternative at every position of a long paragraph that has a "[" in it).
_UI_PARTS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (keys, re.compile(pattern, re.IGNORECASE)) for keys, pattern in _UI_ALTERNATIVES
)
# The combining marks (Mn, Mc, Me) of the BMP, 1 per code point. The vowel signs of the Indic scripts and of
# Thai are marks, not letters: a word of those scripts is letters and marks, and a token regex of letters
# alone cut every Hindi word at each vowel sign (no Hindi title shared a token with its body).
# Learnt per code point when first met (0: not asked yet, 1: no mark, 2: a mark), by the compiled _is_word_char:
# the table of all 65,536 at import cost ~80 M instructions per process, and a page meets few code points.
_MARKS_BMP = cython.declare(bytearray, bytearray(0x10000))


@cython.cfunc
@cython.exceptval(check=False)
def _learn_mark(ch: cython.Py_UCS4) -> cython.int:
    """Whether the BMP code point `ch` is a combining mark, as its _MARKS_BMP entry (2: a mark, 1: not), kept there."""
    known: cython.int = 2 if unicodedata.category(chr(ch))[0] == "M" else 1
    _MARKS_BMP[cython.cast(cython.Py_ssize_t, ch)] = known
    return known


def _mark_class() -> str:
    """The combining marks of the BMP as the ranges of a regex character class."""
    parts: list[str] = []
    c = 0
    while c < 0x10000:
        if unicodedata.category(chr(c))[0] == "M":
            start = c
            while c + 1 < 0x10000 and unicodedata.category(chr(c + 1))[0] == "M":
                c += 1
            parts.append(f"\\u{start:04x}-\\u{c:04x}")
        c += 1
    return "".join(parts)


@cache
def _word_char() -> str:
    r"""A word character: a letter (re's [^\W\d_]) or a BMP combining mark (a class of ~300 ranges, made on
    first use: the compiled module counts tokens with _is_word_char and never needs it)."""
    return r"(?:[^\W\d_]|[" + _mark_class() + "])"


@cache
def _token_re() -> re.Pattern[str]:
    """A token: a run of 4+ word characters (the uncompiled _tokens and _title_case_ratio)."""
    return re.compile(_word_char() + "{4,}")
_NORM_RE = re.compile(r"[\W_]+")
_STOP_TOKENS = _wordset(
    "that this with from have will been were their they them what when where which about after over into "
    "than more most your says said just also only some other these those here there while would could should "
    "para como sobre pelo pela pelos pelas está esta este dans pour avec sont nach eine einer einem über auch "
    "sich dass sind wird nicht oder")


@cython.ccall
def _fold(text: str) -> str:
    """text.casefold(). For ASCII text that is text.lower(), which has an ASCII fast path that casefold() lacks
    (casefold maps every character through the full Unicode case tables, twice: about 40 instructions a
    character). Compiled, other text is folded through patterns.CASE_FOLDS (_fold_typed)."""
    if text.isascii():
        return text.lower()
    if cython.compiled:
        folded = _fold_typed(text)
        if folded is not None:
            return folded
    return text.casefold()


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(k=cython.Py_ssize_t, ch=cython.Py_UCS4, m=cython.int, folds=cython.p_int, table=bytearray,
               out=bytearray, buf=cython.p_uint)
def _fold_typed(text: str) -> object:
    """text.casefold() in one typed loop, each character folded on its own as str.casefold does (ASCII
    lowered, others through patterns.CASE_FOLDS, filled as met); None when a character folds to several
    (ß, ﬁ, İ: str.casefold then). Compiled only."""
    out = bytearray(4 * len(text))
    buf = cython.cast(cython.p_uint, cython.cast(cython.p_char, out))
    table = CASE_FOLDS
    folds = cython.cast(cython.p_int, cython.cast(cython.p_char, table))
    k = 0
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
            buf[k] = m
        elif "A" <= ch <= "Z":
            buf[k] = cython.cast(cython.uint, ch) + 32
        else:
            buf[k] = ch
        k += 1
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, k)


@cython.ccall
def _norm(text: str) -> str:
    """The casefolded text's runs of alphanumeric characters, joined by single spaces."""
    if cython.compiled:
        return _alnum_runs(_fold(text))
    return _NORM_RE.sub(" ", _fold(text)).strip()


@cython.cfunc
@cython.locals(i=cython.Py_ssize_t, run=cython.Py_ssize_t, ch=cython.Py_UCS4, alnum=cython.bint)
def _alnum_runs(low: str) -> str:
    """_NORM_RE.sub(" ", low).strip() in one pass: re's [\\W_] is a character that is not str.isalnum()."""
    parts: list = []
    run = -1  # start of the current run of alphanumeric characters
    i = -1
    for ch in low:
        i += 1
        alnum = ((97 <= ch <= 122) or (65 <= ch <= 90) or (48 <= ch <= 57)) if ch < 128 else ch.isalnum()
        if alnum:
            if run < 0:
                run = i
        elif run >= 0:
            parts.append(low[run:i])
            run = -1
    if run >= 0:
        parts.append(low[run:])
    return " ".join(parts)


# ---------------------------------------------------------------------------
# Typed code-point loops, used only when the module is compiled (cython.compiled is a compile-time
# constant: the other branch is the plain Python code, which the uncompiled module runs). Each gives
# the same answer as the regex or str method it stands for: `_is_cjk_char` is _CJK, `_is_word_char`
# is _word_char() ([^\W\d_]: re's \w is str.isalnum() or "_", its \d str.isdecimal(); or a BMP combining mark),
# and `_word_count` is
# len(text.split()) (str.split() splits at str.isspace() runs).
# ---------------------------------------------------------------------------
@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_cjk_char(ch: cython.Py_UCS4) -> cython.bint:
    return (
        (0x3040 <= ch <= 0x30FF) or (0x3400 <= ch <= 0x4DBF) or (0x4E00 <= ch <= 0x9FFF)
        or (0xAC00 <= ch <= 0xD7AF) or (0xF900 <= ch <= 0xFAFF)
    )


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_word_char(ch: cython.Py_UCS4) -> cython.bint:
    if ch < 128:  # ASCII: the letters (no digit, no "_")
        return (97 <= ch <= 122) or (65 <= ch <= 90)
    if ch.isalnum():
        return not ch.isdecimal()
    if ch >= 0x10000:
        return False
    known: cython.int = _MARKS_BMP[cython.cast(cython.Py_ssize_t, ch)]
    if not known:
        known = _learn_mark(ch)
    return known == 2  # a combining mark


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_decimal(ch: cython.Py_UCS4) -> cython.bint:
    """ch.isdecimal() (re's \\d); an ASCII character is decimal only as 0-9, which spares the table look-up."""
    if ch < 128:
        return 48 <= ch <= 57
    return ch.isdecimal()


@cython.ccall
@cython.locals(ch=cython.Py_UCS4)
def _has_cjk(text: str) -> cython.bint:
    """bool(_cjk_re().search(text)): a loop over the code points when compiled."""
    if cython.compiled:
        for ch in text:  # noqa: SIM110 (a generator costs more than the tests)
            if _is_cjk_char(ch):
                return True
        return False
    return _cjk_re().search(text) is not None


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(n=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _count_cjk(text: str) -> cython.Py_ssize_t:
    n = 0
    for ch in text:
        if _is_cjk_char(ch):
            n += 1
    return n


@cython.cfunc
@cython.exceptval(check=False)
def _word_count(text: str) -> cython.Py_ssize_t:
    """len(text.split()) without the list."""
    return _word_count_upto(text, len(text) + 1)  # a text has fewer words than characters + 1


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(n=cython.Py_ssize_t, ch=cython.Py_UCS4, in_word=cython.bint)
def _word_count_upto(text: str, cap: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """min(len(text.split()), cap): the count stops at `cap` words."""
    n = 0
    in_word = False
    for ch in text:
        if ch.isspace():
            in_word = False
        elif not in_word:
            in_word = True
            n += 1
            if n >= cap:
                return n
    return n


@cython.cfunc
@cython.exceptval(check=False)
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, cjk=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _cjk_if_third(text: str) -> cython.Py_ssize_t:
    """_count_cjk(text) if that is at least len(text) / 3, else -1: the count stops once a third is out of reach."""
    n = len(text)
    cjk = 0
    i = -1
    for ch in text:  # a loop over the code points (indexing would look up the string's kind each time)
        i += 1
        if _is_cjk_char(ch):
            cjk += 1
        elif 3 * (cjk + n - 1 - i) < n:
            return -1
    return cjk if 3 * cjk >= n else -1


@cython.cfunc
@cython.locals(ch=cython.Py_UCS4, n=cython.Py_ssize_t)
def _n_alpha(text: str) -> cython.Py_ssize_t:
    """sum(map(str.isalpha, text))."""
    if cython.compiled:
        n = 0
        for ch in text:
            if (97 <= ch <= 122) or (65 <= ch <= 90) if ch < 128 else ch.isalpha():
                n += 1
        return n
    return sum(map(str.isalpha, text))


@cython.cfunc
def _n_words(text: str) -> cython.Py_ssize_t:
    """len(text.split()), without building the list when compiled."""
    if cython.compiled:
        return _word_count(text)
    return len(text.split())


@lru_cache(maxsize=8192)
def _cjk_count(text: str) -> int:
    """CJK characters in `text`; cached: the title scoring asks about the same lines many times."""
    if cython.compiled:
        return _count_cjk(text)
    return len(_cjk_re().findall(text))


@cython.cfunc
def _cjk_in_line(text: str) -> cython.Py_ssize_t:
    """_cjk_count of a short line: counted when compiled (a pass over a line costs less than the cache's call)."""
    if cython.compiled:
        return _count_cjk(text)
    return _cjk_count(text)


@cython.cfunc
def _is_cjk(text: str) -> cython.bint:
    return _cjk_in_line(text) >= max(2, len(text) / 3)


@cython.cfunc
@cython.locals(ch=cython.Py_UCS4)
def _has_hangul(text: str) -> cython.bint:
    """A Hangul syllable in the text: Korean, which spaces its words (Chinese and Japanese do not)."""
    for ch in text:  # noqa: SIM110 (typed loop)
        if "\uac00" <= ch <= "\ud7af":
            return True
    return False


@cython.cfunc
@cython.locals(ch=cython.Py_UCS4)
def _hangul_sentences(text: str) -> cython.bint:
    """Korean text ending a sentence with a Latin full stop ("...써 봤습니다. 주방이 좁다면 ..."): Korean writes
    "." (or "!", "?") where Chinese and Japanese write "。", and a Korean headline ends with none."""
    for ch in text:
        if "\uac00" <= ch <= "\ud7af":  # a Hangul syllable
            return _has_sentence_end(text)
    return False


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """A body paragraph: long enough and made of sentences (CJK-aware). Titles, menus and dates are not."""
    n = len(text)
    if cython.compiled:  # the same tests, with counts that stop once the answer is known
        cjk = _cjk_if_third(text)
        cjk_text = cjk >= 0
    else:
        cjk = _cjk_count(text)
        cjk_text = cjk >= n / 3
    if cjk_text:  # a CJK paragraph has full stops; a headline at most a comma or a question mark
        return (
            (cjk >= 15 and ("。" in text or _hangul_sentences(text)))
            or (cjk >= 40 and any(c in text for c in "！？")) or cjk >= 80
        )
    # Compiled, the count stops past max(26, n / 25) words: every test below has its answer there.
    words = _word_count_upto(text, max(26, n // 25 + 1)) if cython.compiled else _n_words(text)
    if words < max(3, n / 25):  # scripts without spaces (Thai, ...): length alone
        return n >= 80
    if words <= 25 and _title_case_ratio(text) >= 0.7:  # Headline Case Even With A Final "N.Y.C."
        return False
    if n >= 40 and words >= 6 and _has_sentence_end(text):
        return True
    # Thai and Lao paragraphs set numbers and some conjunctions off by spaces ("... 320 ແມັດ ແລະ ກວ້າງ 12 ແມັດ"),
    # which can give them words enough to be read as spaced text, but no sentence punctuation: length alone, as
    # above, when most of the line is of a script without spaces between words.
    return n >= 80 and not text.isascii() and len(_UNSPACED_SCRIPT_RE.findall(text)) >= n / 2


@cython.ccall
@cython.locals(i=cython.Py_ssize_t, j=cython.Py_ssize_t, n=cython.Py_ssize_t, ch=cython.Py_UCS4, nxt=cython.Py_UCS4)
def _has_sentence_end(text: str) -> cython.bint:
    """bool(_SENTENCE_PUNCT_RE.search(text)): compiled, one pass over the code points. A CJK stop (or another
    script's, segment.SCRIPT_STOPS) ends a sentence; so does [.!?…] followed by closing quotes or brackets, then whitespace (re's \\s is
    str.isspace()) or the end of the text ("$" also matches before a final newline, itself whitespace)."""
    if not cython.compiled:
        return _SENTENCE_PUNCT_RE.search(text) is not None
    n = len(text)
    i = -1
    for ch in text:
        i += 1
        if ch == 0x3002 or ch == 0xFF01 or ch == 0xFF1F:  # 。！？
            return True
        if 0x0589 <= ch <= 0x17D5 and ch in "।॥۔؟։።፧။།។៕":  # segment.SCRIPT_STOPS
            return True
        if ch == 0x2E or ch == 0x21 or ch == 0x3F or ch == 0x2026:  # . ! ? …
            j = i + 1
            while j < n:
                nxt = text[j]
                if nxt not in "\"”’»)]":
                    break
                j += 1
            if j == n:
                return True
            nxt = text[j]
            if nxt.isspace():
                return True
    return False


# ---------------------------------------------------------------------------
# Date parsing.
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _DateHit:
    """A date (and its time/zone if found) inside a line; start/end cover all of it."""

    start: int
    end: int
    day: date
    hms: tuple[int, int, int] | None
    zone: str | None
    updated: bool
    submitted: bool = False  # labelled as a manuscript's history ("Received:", "Accepted:"), not its publication


@dataclass(frozen=True, slots=True)
class _TimeHit:
    start: int
    end: int
    hms: tuple[int, int, int]
    zone: str | None


def _valid_date(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _solar_hijri_to_gregorian(jy: int, jm: int, jd: int) -> date | None:
    """The Gregorian date of day jd of month jm of Solar Hijri year jy (the 33-year arithmetic rule, exact for
    the years of the web), or None when there is no such day."""
    if not 1 <= jm <= 12 or not 1 <= jd <= (31 if jm <= 6 else 30):
        return None
    ordinal = _solar_hijri_ordinal(jy, jm, jd)
    if jm == 12 and jd == 30 and ordinal == _solar_hijri_ordinal(jy + 1, 1, 1):
        return None  # 30 Esfand of a common year
    try:
        return date.fromordinal(ordinal)
    except ValueError:
        return None


def _solar_hijri_ordinal(jy: int, jm: int, jd: int) -> int:
    """The proleptic Gregorian ordinal (date.toordinal) of a Solar Hijri day, by the 33-year arithmetic rule."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    return days - 365


def _date_from_match(kind: str, m: re.Match[str], num_order: str | None = None) -> date | None:
    """The date of a pattern's match. A numeric date that reads either way ("03/04/2025") is None unless
    `num_order` ("dmy" or "mdy", settled by the page: see _num_order) says how this page writes them."""
    g = m.groupdict()
    y = int(g["y"])
    if kind == "num":
        a, b = int(g["a"]), int(g["b"])
        if a > 12 or (g["s"] == "." and b <= 12):
            day, month = a, b  # a > 12 can only be a day; dotted dates are day-first unless b > 12
        elif b > 12:
            day, month = b, a
        elif a == b or num_order == "dmy":  # the same either way; or the page writes the day first
            day, month = a, b
        elif num_order == "mdy":
            day, month = b, a
        else:
            return None  # 03/04/2025: both readings possible
        return _valid_date(y, month, day)
    if g.get("mon"):
        name = g["mon"].casefold()
        month = _MONTHS[name]
        if name in _BUDDHIST_ERA_MONTHS and y > MAX_YEAR:
            y -= 543
        elif name in _SOLAR_HIJRI_MONTHS:  # (a Gregorian year beside a Solar Hijri month is no date)
            day = _solar_hijri_to_gregorian(y, month, int(g["d"])) if y < MIN_YEAR else None
            return day if day is not None and MIN_YEAR <= day.year <= MAX_YEAR else None
    else:
        month = int(g["m"])
    return _valid_date(y, month, int(g["d"]))


def _hms(m: re.Match[str]) -> tuple[int, int, int] | None:
    """Hour, minute, second of a time match, with AM/PM (午後, 오후) applied; None if impossible."""
    g = m.groupdict()
    h = int(g["H"])
    minute = int(g.get("M") or 0)
    sec = int(g.get("S") or 0)
    ampm = (g.get("ampm") or g.get("pre") or "").casefold().replace(".", "").replace(" ", "")
    if ampm in ("pm", "午後", "下午", "오후") and h < 12:
        h += 12
    elif ampm in ("am", "午前", "上午", "오전") and h == 12:
        h = 0
    if h > 23 or minute > 59 or sec > 59:
        return None
    return h, minute, sec


@cython.cfunc
def _has_any(text: str, chars: str) -> cython.bint:
    """any(c in text for c in chars), without a generator."""
    for c in chars:  # noqa: SIM110 (a generator costs more than the tests)
        if c in text:
            return True
    return False


def _find_times(text: str) -> list[_TimeHit]:
    hits: list[_TimeHit] = []
    for k, (pat, needs) in enumerate(zip(_TIME_PATTERNS, _TIME_PATTERN_NEEDS, strict=True)):
        if not _has_any(text, needs) or not _time_pattern_may_match(k, text):
            continue  # the pattern cannot match: see _TIME_PATTERN_NEEDS and _time_pattern_may_match
        for m in pat.finditer(text):
            hms = _hms(m)
            if hms is None or any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            zone = m.groupdict().get("zone")
            if zone is None and _BEIJING_RE.search(text[max(0, m.start() - 6) : m.start()]):
                zone = "BEIJING"
            hits.append(_TimeHit(m.start(), m.end(), hms, zone))
    return sorted(hits, key=lambda h: h.start)


# The AM/PM marker's first characters (_AMPM: "[ap]", which under IGNORECASE only "A" and "P" equal too, and 午前,
# 午後, 上午, 下午, 오전, 오후).
_AMPM_FIRSTS = "aApP午上下오"
_ANY_SPACES = 1 << 30


@cython.ccall
def _time_pattern_may_match(k: cython.Py_ssize_t, text: str) -> cython.bint:
    """False when _TIME_PATTERNS[k] cannot match `text`, by what its hour and minutes need (each pattern tries every
    position of the line, and most lines that hold its separator hold no time): "15:09" a digit, ":" and a digit;
    "12h55" a digit, at most one space and "h"; "3 PM" a digit, spaces and the marker; "07.00 GMT" a digit, "." and a
    digit. (The hour of each ends with a decimal digit, re's \\d or [0-9]; tests/test_perf_gates_metadata_dates.py.)"""
    if k == 0:
        return _digit_sep_digit(text, ":")
    if k == 2:
        return _digit_then(text, "hH", 1)
    if k == 3:
        return _digit_then(text, _AMPM_FIRSTS, _ANY_SPACES)
    if k == 4:
        return _digit_sep_digit(text, ".")
    return True


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(run=cython.Py_ssize_t, ch=cython.Py_UCS4, has4=cython.bint, has12=cython.bint)
def _date_digit_runs(text: str) -> cython.bint:
    """_may_hold_date in one pass over the code points (ch.isdecimal() is re's \\d)."""
    run = 0
    has4 = has12 = False
    for ch in text:
        if _is_decimal(ch):
            run += 1
            continue
        if run:
            if run == 4:
                has4 = True
            elif run <= 2:
                has12 = True
            elif run == 5 or run == 6:
                return True
            run = 0
    if run == 4:
        has4 = True
    elif 0 < run <= 2:
        has12 = True
    elif run == 5 or run == 6:
        return True
    return has4 and has12


@cython.ccall
def _may_hold_date(text: str) -> cython.bint:
    """False when no date pattern can match `text` or `_prepare(text)` (nor `_prepare` of that, ...).

    Every date pattern holds a year that is a maximal run of exactly four digits and a day or month
    that is a maximal run of one or two (the runs are bounded by non-digits: separators, month names,
    lookarounds). `_prepare` only splits a run of five or six digits (a year run into a time) into
    four and one or two. So a text whose digit runs have neither lengths 4 and 1-2 nor a length of
    5 or 6 holds no date. Most lines, even with a year in them ("Full Moons 2019"), stop here. (`_prepare` also
    writes a Republic of China year of three digits as the Gregorian one: _roc_date.)
    """
    if cython.compiled:
        return _date_digit_runs(text) or _roc_date(text) or _short_year_date(text)
    lengths = set(map(len, _DIGIT_RUN_RE.findall(text)))
    return (
        (4 in lengths and (1 in lengths or 2 in lengths)) or 5 in lengths or 6 in lengths or _roc_date(text)
        or _short_year_date(text)
    )


# A numeric date with a two-digit year ("03/12/25", "03.12.25"): _prepare writes its year in full after a label.
_SHORT_YEAR_DATE_RE = re.compile(r"(?<![\d./])\d{1,2}([./])\d{1,2}\1\d{2}(?![\d./])")


@cython.ccall
def _short_year_date(text: str) -> cython.bint:
    """`text` holds a labelled numeric date with a two-digit year that _prepare writes in full
    (_LABELLED_SHORT_YEAR_RE); the plain search first, the label's only on a line that has such a date.
    Both need a separator between two digits ("3/12", "03.12"): a sentence's full stop after a word is none, so
    nearly every line stops at that exact test (_digit_sep_digit) before either regex."""
    return (
        _numeric_date_separator(text)
        and _SHORT_YEAR_DATE_RE.search(text) is not None
        and _LABELLED_SHORT_YEAR_RE.search(text) is not None
    )


@cython.ccall
def _numeric_date_separator(text: str) -> cython.bint:
    """A "/" or a "." stands between two decimal digits ("3/12", "03.12"): what every numeric date with a two-digit
    year holds (_SHORT_YEAR_DATE_RE, _LABELLED_SHORT_YEAR_RE), and a sentence's full stop after a word is not."""
    return _digit_sep_digit(text, "/") or _digit_sep_digit(text, ".")


@cython.ccall
@cython.locals(p=cython.Py_ssize_t, n=cython.Py_ssize_t)
def _digit_sep_digit(text: str, sep: str) -> cython.bint:
    """`sep` (one character) stands somewhere in `text` between two decimal digits (re's \\d: str.isdecimal)."""
    n = len(text)
    p = text.find(sep, 1)
    while 0 < p < n - 1:
        if text[p - 1].isdecimal() and text[p + 1].isdecimal():
            return True
        p = text.find(sep, p + 1)
    return False


@cython.ccall
@cython.locals(p=cython.Py_ssize_t, n=cython.Py_ssize_t, ch=cython.Py_UCS4)
def _short_year_tail(text: str) -> cython.bint:
    """`text` holds a maximal run of exactly two decimal digits right after a "." or a "/" and before no digit, "."
    or "/": the two-digit year of every _LABELLED_SHORT_YEAR_RE match ("...(?P=s)(?P<y>\\d{2})(?![\\d./])": its
    separator before it, no digit after it). Most numeric dates have a four-digit year ("03/12/2025") and fail it, so
    _prepare skips that substitution, which tries its labels at every position of the line."""
    n = len(text)
    for p in range(n - 2):
        ch = text[p]
        if (ch == "." or ch == "/") and text[p + 1].isdecimal() and text[p + 2].isdecimal():
            if p + 3 == n:
                return True
            ch = text[p + 3]
            if not ch.isdecimal() and ch != "." and ch != "/":
                return True
    return False


@cython.ccall
@cython.locals(ch=cython.Py_UCS4)
def _has_decimal(text: str) -> cython.bint:
    """`text` holds a decimal digit (re's \\d: str.isdecimal)."""
    for ch in text:  # noqa: SIM110 (a generator costs more than the tests)
        if ch.isdecimal():
            return True
    return False


@cython.ccall
@cython.locals(p=cython.Py_ssize_t, k=cython.Py_ssize_t)
def _digits_before_colon(text: str, count: cython.Py_ssize_t) -> cython.bint:
    """A ":" in `text` has `count` decimal digits right before it. Every _YEAR_TIME_RE match ends in one with five
    (its year's four and the hour's one or two: "20194:29"), so a line without one is left as it is."""
    p = text.find(":", count)
    while p >= 0:
        k = 1
        while k <= count and text[p - k].isdecimal():
            k += 1
        if k > count:
            return True
        p = text.find(":", p + 1)
    return False


@cython.ccall
@cython.locals(p=cython.Py_ssize_t, n=cython.Py_ssize_t, q=cython.Py_ssize_t, spaces=cython.Py_ssize_t)
def _digit_then(text: str, chars: str, max_spaces: cython.Py_ssize_t) -> cython.bint:
    """A decimal digit in `text` is followed, after at most `max_spaces` whitespace characters (re's \\s:
    str.isspace), by one of `chars`: what the hour of _TIME_PATTERNS' "12h55" (one space at most before "h") and "3 PM"
    (any spaces before the marker) patterns needs."""
    n = len(text)
    for p in range(n - 1):
        if not text[p].isdecimal():
            continue
        q = p + 1
        spaces = 0
        while q < n and spaces <= max_spaces:
            if text[q] in chars:
                return True
            if not text[q].isspace():
                break
            q += 1
            spaces += 1
    return False


def _roc_date(text: str) -> bool:
    """`text` holds a date in a Republic of China year that `_prepare` rewrites (_ROC_YEAR_RE), or one in a year of a
    Japanese era (_JA_ERA_YEAR_RE)."""
    if text.isascii():
        return False
    if ("民" in text or "期" in text) and _ROC_YEAR_RE.search(text) is not None:
        return True
    return "年" in text and _ja_era_named(text) and _JA_ERA_YEAR_RE.search(text) is not None


def _ja_era_named(text: str) -> bool:
    """`text` names an era of _JA_ERA_YEAR_RE (exact substring checks: most CJK lines name none)."""
    return "令和" in text or "平成" in text or "昭和" in text or "大正" in text


def _prepare(text: str) -> str:
    """Full-width digits to ASCII; December's "Des" read as "Dec"; a space between a year and a time run together
    ("20194:29 AM")."""
    # An ASCII text has no full-width character (translate() costs a dict look-up a character).
    if not text.isascii() and _may_hold_fullwidth(text):
        text = text.translate(_FULLWIDTH)
    if "Des" in text or "des" in text:  # (the regex's two spellings: it ignores no case)
        text = _DES_RE.sub(_dec_for_des, text)
    if _roc_date(text):
        text = _ROC_YEAR_RE.sub(_gregorian_for_roc, text)
        text = _JA_ERA_YEAR_RE.sub(_gregorian_for_ja_era, text)
    if not text.isascii() and _ETHIOPIAN_DATE_RE.search(text) is not None:
        text = _ETHIOPIAN_DATE_RE.sub(_gregorian_for_ethiopian, text)
    if _short_year_tail(text):  # (exact: the labelled date's two-digit year after its separator)
        text = _LABELLED_SHORT_YEAR_RE.sub(_century_for_short_year, text)
    if ":" in text and _ASCTIME_GATE_RE.search(text) is not None:
        text = _ASCTIME_RE.sub(_year_before_time, text)
    if not _digits_before_colon(text, 5):  # the year-time pattern needs a year and an hour run together before a colon
        return text
    return _YEAR_TIME_RE.sub(_year_and_space, text)


# The C library's asctime() stamp, as terminal bulletin boards and mail headers print it ("Thu Dec  4 21:37:05
# 2025"): the time stands between the day and the year, where no date pattern looks for the year. Read with the
# year moved before the time ("Thu Dec 4 2025 21:37:05", the same length). Only after an English month's
# abbreviation and a day, with seconds: a bare "21:37 2025" may be a score row or a count.
_ASCTIME_GATE_RE = re.compile(r"\d:\d\d \d{4}(?!\d)")
_ASCTIME_RE = re.compile(
    r"(?<![^\W\d_])(?P<md>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2}) +"
    r"(?P<t>[0-2]?\d:[0-5]\d:[0-5]\d) (?P<y>(?:19|20)\d\d)(?!\d)"
)


def _year_before_time(m: re.Match[str]) -> str:
    """The asctime stamp's year before its time ("Dec 4 21:37:05 2025": "Dec 4 2025 21:37:05")."""
    return f"{m['md']} {m['y']} {m['t']}"


# A numeric date with a two-digit year after a publication or update label ("Publié le 03/12/25 à 10h30", "Mis à
# jour le 03/12/25", "Veröffentlicht am 03.12.25", "Published 12/03/25"): read as 20yy. Only after the label: a bare
# "3/12/25" may be a score, a ratio or a version.
_LABELLED_SHORT_YEAR_RE = re.compile(
    r"(?P<label>\b(?:publié|publiée|mis\s+à\s+jour|modifié|published|updated|posted|veröffentlicht|aktualisiert|"
    r"publicado|publicada|atualizado|actualizado|pubblicato|aggiornato|opublikowano|gepubliceerd|bijgewerkt)"
    r"(?:\s+(?:le|on|am|em|el|il|op|:))?\s*:?\s*)"
    r"(?P<dm>\d{1,2}(?P<s>[./])\d{1,2}(?P=s))(?P<y>\d{2})(?![\d./])",
    re.IGNORECASE,
)


def _century_for_short_year(m: re.Match[str]) -> str:
    """The labelled date with its year in full ("03/12/25" after "Publié le": "03/12/2025")."""
    return f"{m['label']}{m['dm']}20{m['y']}"


# Indonesian and Norwegian abbreviate December "Des" ("05 Des 2025", "5. des. 2025"). The French and Catalan word
# "des" ("5 des 2000 salariés") forbids a month name "des" in the table: only a capitalized "Des" between a day and
# a year, or a lower-case one between a day and a year with dots as Norwegian writes it, is the month.
_DES_RE = re.compile(r"(?<=\d )Des(?=\.? \d{4}(?!\d))|(?<=\d\. )des(?=\. \d{4}(?!\d))")


def _dec_for_des(m: re.Match[str]) -> str:
    """Read "Des" as "Dec" and "des" as "dec": the same length, so the match offsets stay those of the text."""
    return "Dec" if m.group()[0] == "D" else "dec"


# A year of the Republic of China calendar, as Taiwan's public offices date their pages ("發布日期：114-12-04",
# "民國114年12月4日", spaced or not: "民國 114 年 12 月 4 日"; 1912 is its year 1): three digits, read as a year only
# after the era's name or a date label's colon, before a month and a day. (Years 100-139: 2011-2050; a bare
# "114-12-04" stays unread.)
_ROC_YEAR_RE = re.compile(
    r"(民[國国]\s*|(?<=日期[:：])\s*)(1[0-3]\d)(?=(?:([-/.])\d{1,2}\3\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!\d))"
)
ROC_YEAR_OFFSET = 1911


def _gregorian_for_roc(m: re.Match[str]) -> str:
    """The Gregorian year for a Republic of China year; the era's name becomes spaces (no word left over)."""
    return " " * len(m.group(1)) + str(int(m.group(2)) + ROC_YEAR_OFFSET)


# A year of a Japanese era, as Japanese public offices and papers date their pages ("令和6年4月22日", "平成31年4月30日",
# the first year written "元": "令和元年5月1日"; spaced or not): read as a year only before a month and a day. Reiwa's
# year 1 is 2019, Heisei's 1989, Shōwa's 1926, Taishō's 1912 (a bare "令和6年" or "平成の30年間" stays unread).
_JA_ERA_YEAR_RE = re.compile(r"(令和|平成|昭和|大正)\s*(元|\d{1,2})(?=\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
JA_ERA_YEAR_OFFSETS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911}


def _gregorian_for_ja_era(m: re.Match[str]) -> str:
    """The Gregorian year for a year of a Japanese era; the era's name becomes spaces (no word left over)."""
    year = 1 if m.group(2) == "元" else int(m.group(2))
    return " " * len(m.group(1)) + str(year + JA_ERA_YEAR_OFFSETS[m.group(1)])


# A date of the Ethiopian calendar, as Amharic and Tigrinya pages date their articles ("ጥር 14 ቀን 2018 ዓ.ም.": Tir 14,
# 2018 of the Ethiopian era, 22 January 2026): its month's name (thirteen months, the last, Pagume, of five or six
# days), the day, "ቀን" (day) or a comma, the year and the era's "ዓ.ም." if printed. The names are the Ethiopian
# months' (a Gregorian month written in Ethiopic is a transliteration: "ጃንዩወሪ", "ዲሴምበር"), so the year is of that era.
_ETHIOPIAN_MONTH_NAMES: dict[str, int] = {
    "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታህሣሥ": 4, "ጥር": 5, "የካቲት": 6,
    "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11, "ሃምሌ": 11, "ነሐሴ": 12, "ነሃሴ": 12, "ጳጉሜ": 13, "ጳጉሜን": 13,
}
_ETHIOPIAN_DATE_RE = re.compile(
    r"(?<![\u1200-\u137f])(?P<mon>" + "|".join(sorted(_ETHIOPIAN_MONTH_NAMES, key=len, reverse=True)) + r")"
    r"\s*(?P<d>\d{1,2})(?!\d)\s*(?:ቀን|,)?\s*(?P<y>\d{4})(?!\d)(?:\s*ዓ\.?\s*ም\.?)?"
)
ETHIOPIAN_EPOCH_ORDINAL = 2796  # date.toordinal() of Meskerem 1 of the year 1 (29 August 8 CE, Julian)


def _gregorian_for_ethiopian(m: re.Match[str]) -> str:
    """The Gregorian date of an Ethiopian one, as ISO 8601, padded with spaces to the length it replaces (an invalid
    day stays as it was)."""
    year, month, day = int(m["y"]), _ETHIOPIAN_MONTH_NAMES[m["mon"]], int(m["d"])
    # (Pagume has six days in the year before an Ethiopian leap year's end, year % 4 == 3, and five in the others)
    if not 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3 else 5):
        return m.group(0)
    ordinal = ETHIOPIAN_EPOCH_ORDINAL + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    iso = date.fromordinal(ordinal).isoformat()
    return iso + " " * max(0, len(m.group(0)) - len(iso))


def _year_and_space(m: re.Match[str]) -> str:
    """The replacement r"\\1 " as a function: sub() parses a template string on every call, matches or not."""
    return m.group(1) + " "


@cython.ccall
@cython.locals(ch=cython.Py_UCS4)
def _may_hold_fullwidth(text: str) -> cython.bint:
    """False when `text` holds none of the characters _FULLWIDTH maps (U+FF0D-U+FF1A: －．／０-９：); compiled, a
    loop over the code points. Uncompiled, always True (translate() decides)."""
    if cython.compiled:
        for ch in text:  # noqa: SIM110 (a generator costs more than the tests)
            if 0xFF0D <= ch <= 0xFF1A:
                return True
        return False
    return True


# The longest month name (a name matches as many characters as it has, in any case): how far before the day of
# an "mdy" match its month can start.
_MONTH_MAX_LEN = max(map(len, _MONTHS))


@cython.ccall
@cython.locals(day=cython.Py_ssize_t, p=cython.Py_ssize_t)
def _mdy_search_start(text: str, day: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """Where the "mdy" pattern's search may start: no match of it starts before. `day` is where _MDY_TAIL_RE's first
    match (the leftmost day and year) starts. A match's day is such a day, at `day` or after it; its month, then
    an optional dot and spaces, stand right before its day and hold no digit, so a month after `day` starts after
    it, and one before ends before the spaces and the dot in front of `day`, at most _MONTH_MAX_LEN characters long.
    (The pattern's lookbehind still sees the text before the start: re's lookbehinds look before `pos`.) The month
    names' alternation is tried at every letter of a line: here only from the month's room before the day on.
    tests/test_perf_gates_u.py holds it to the full search."""
    p = day
    while p > 0 and text[p - 1].isspace():  # \s is str.isspace
        p -= 1
    p -= 1 + _MONTH_MAX_LEN  # the optional dot, the month
    return p if p > 0 else 0


@cython.ccall
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, j=cython.Py_ssize_t, prev=cython.Py_ssize_t, gap=cython.bint,
               ch=cython.Py_UCS4)
def _day_gap_year(text: str) -> cython.bint:
    """`text` may hold a match of the "dmy" pattern ("21 May 2025", "1er janvier 2025", "21.dez.2018"): a maximal run
    of one or two decimal digits (its day: a digit or "." before it is refused, a suffix, separator or month name
    after it is no digit), then no digit, then a maximal run of four (its year), with between them a character that
    is neither a space nor one of ",./-" (the month name's: no name is made of those, nor holds a digit). Numeric
    dates ("21.05.2025", "2025-05-21") and most lines with a year fail it, and the pattern, which tries its month
    names after every digit, is not run. tests/test_perf_gates_u.py holds it to the pattern."""
    n = len(text)
    i = 0
    prev = 0  # the length of the last digit run (0: none yet)
    gap = False  # a character other than a space or ",./-" since that run
    while i < n:
        ch = text[i]
        if ch.isdecimal():  # \d is str.isdecimal
            j = i + 1
            while j < n and text[j].isdecimal():
                j += 1
            if j - i == 4 and gap and 0 < prev <= 2:
                return True
            prev = j - i
            gap = False
            i = j
            continue
        if not gap and not ch.isspace() and ch != "," and ch != "." and ch != "/" and ch != "-":
            gap = True
        i += 1
    return False


@lru_cache(maxsize=8192)
def _find_dates(text: str, num_order: str | None = None) -> list[_DateHit]:
    """All dates in `text`, each with the time (and zone) written next to it.

    Cached (callers only read the list): the title, byline and date searches ask about the same lines.
    `num_order` reads the numeric dates that read either way (see _date_from_match); only the date
    search passes it, for a line that holds such a date on a page that settles the order.
    """
    if not _may_hold_date(text):  # most lines: no digit runs a date can be made of
        return []
    return _prepared_dates(_prepare(text), num_order)


def _dates_of_prepared(text: str, num_order: str | None = None) -> list[_DateHit]:
    """_find_dates(text) for a text _prepare has written already (_prepare(text) == text): the lines
    _parse_date_line and _newest_year_elsewhere prepare themselves. Preparing twice is preparing once
    (tests/test_perf_gates_h.py), so _find_dates would only prepare it again, at the cost of its regexes."""
    if not _may_hold_date(text):
        return []
    return _prepared_dates(text, num_order)


@lru_cache(maxsize=8192)
def _prepared_dates(text: str, num_order: str | None = None) -> list[_DateHit]:
    """The dates of a prepared text (_find_dates' work after _prepare). Cached: _find_dates of a raw line and
    _dates_of_prepared of the line its caller prepared share it."""
    if not _YEAR_RE.search(text):
        return []
    found: list[tuple[int, int, date, tuple[int, int, int] | None, str | None]] = []
    for kind, pat in _DATE_PATTERNS:
        needs = _DATE_PATTERN_NEEDS.get(kind)
        if needs is not None and not _has_any(text, needs):
            continue  # the pattern cannot match: its separator is not in the text
        begin = 0
        if kind == "mdy":
            tail = _MDY_TAIL_RE.search(text)
            if tail is None:
                continue  # no day and year as a month name's would stand before them
            begin = _mdy_search_start(text, tail.start())  # no match starts before it
        elif kind == "dmy" and not _day_gap_year(text):
            continue  # no day and year with a month name's room between them
        elif kind == "lv" and _LV_YEAR_WORD_RE.search(text) is None:
            continue  # no "gada" (of the year), which every Latvian date here holds
        for m in pat.finditer(text, begin):
            day = _date_from_match(kind, m, num_order)
            if day is None:
                continue
            hms: tuple[int, int, int] | None = None
            zone = None
            end = m.end()
            if kind == "iso" and m.group("H") is not None:
                h, mi, s = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
                if h > 23 or mi > 59 or s > 59:
                    continue
                hms, zone = (h, mi, s), m.group("z")
                if zone is None:  # "2025-05-21 15:09 CST"
                    zm = _ZONE_RE.match(text, end)
                    if zm:
                        zone, end = zm.group("zone"), zm.end()
            found.append((m.start(), end, day, hms, zone))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    dates: list[tuple[int, int, date, tuple[int, int, int] | None, str | None]] = []
    for f in found:
        if not dates or f[0] >= dates[-1][1]:
            dates.append(f)
    if not dates:
        return []
    times = [t for t in _find_times(text) if not any(d[0] <= t.start < d[1] for d in dates)]
    claimed: set[int] = set()
    chosen: list[_TimeHit | None] = [None] * len(dates)
    # A time after the date (before the next date) belongs to it; else the nearest one before it. A time behind
    # an update label is the update's ("Published: 14:22 BST, 7 July 2025 | Updated: 16:05 BST, 7 July 2025": the
    # time-first fields each have their time before their date).
    for i, (_start, end, _day, hms, _zone) in enumerate(dates):
        if hms is not None:
            continue
        limit = min(dates[i + 1][0] if i + 1 < len(dates) else len(text), end + 45)
        for j, t in enumerate(times):
            if j not in claimed and end <= t.start < limit:
                gap = text[end : t.start]
                if _UPDATED_RE.search(gap):
                    break
                chosen[i] = t
                claimed.add(j)
                break
    for i, (start, _end, _day, hms, _zone) in enumerate(dates):
        if hms is not None or chosen[i] is not None:
            continue
        floor = max(dates[i - 1][1] if i else 0, start - 45)
        before = [j for j, t in enumerate(times) if j not in claimed and floor <= t.start and t.end <= start + 1]
        if before:
            chosen[i] = times[before[-1]]
            claimed.add(before[-1])
    hits: list[_DateHit] = []
    prev_end = 0
    for (start, end, day, hms, zone), t in zip(dates, chosen, strict=True):
        if t is not None:
            hms, zone = t.hms, t.zone
            start, end = min(start, t.start), max(end, t.end)
        label = text[max(prev_end, start - 30) : start]
        hits.append(_DateHit(start, end, day, hms, zone, bool(_UPDATED_RE.search(label)), bool(_SUBMITTED_RE.search(label))))
        prev_end = end
    return hits


def _zone_info(zone: str, text: str) -> tzinfo | None:
    """A tzinfo for a zone token: abbreviation, GMT+9 / UTC-05:00, +09:00, Z, or Beijing time."""
    if zone == "BEIJING":
        return timezone(timedelta(minutes=_CHINA_CST))
    z = zone.replace("−", "-").replace(" ", "")
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", z)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes > 14 * 60:
            return None
        return timezone(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
    value = _TZ_TABLE.get(z)
    if value is None:
        value = _TZ_BY_NAME.get(z)
        if value is None:
            return None
    if z == "CST" and _has_cjk(text):
        value = _CHINA_CST
    if isinstance(value, str):
        return ZoneInfo(value)
    return timezone(timedelta(minutes=value))


def _to_iso(hit: _DateHit, text: str, default_tz: str | None) -> str:
    if hit.hms is None:
        return hit.day.isoformat()
    tz = _zone_info(hit.zone, text) if hit.zone else None
    if tz is None and default_tz:
        try:
            tz = ZoneInfo(default_tz)
        except (ZoneInfoNotFoundError, ValueError):
            tz = None
    if tz is None:
        return hit.day.isoformat()  # a time without a zone is not a point in time: keep the date only
    dt = datetime(hit.day.year, hit.day.month, hit.day.day, *hit.hms, tzinfo=tz)
    return dt.isoformat(timespec="seconds")


def _pick(hits: list[_DateHit]) -> _DateHit:
    """The publication date of a line: the first date not labelled as an update, nor as a step of a paper's
    history before it ("Received: 14 February 2024; Accepted: 2 July 2024; Published: 19 August 2024")."""
    return next((h for h in hits if not h.updated and not h.submitted), None) or next(
        (h for h in hits if not h.updated), hits[0]
    )


def parse_published(text: str, default_tz: str | None = None) -> str | None:
    """ISO 8601 publication date/time found in a short line, or None.

    With a time and a zone (or `default_tz`, an IANA name) the result carries the
    offset; otherwise it is the date alone. Text longer than MAX_DATE_TEXT is not a
    metadata line and gives None.
    """
    if not text or len(text) > MAX_DATE_TEXT:
        return None
    hits = _find_dates(text)
    if not hits:
        return None
    return _to_iso(_pick(hits), _prepare(text), default_tz)


# ---------------------------------------------------------------------------
# Bylines and date lines.
# ---------------------------------------------------------------------------
def _name_like(words: list[str], max_words: int = 6) -> bool:
    """Capitalised words (with joiners such as "and", "van"): a person or desk name."""
    real = [w for w in words if w.casefold() not in _NAME_JOINERS]
    if not real or len(real) > max_words:
        return False
    # all(w[:1].isupper() or not w[:1].isalpha()) and any(w[:1].isalpha()), without two generators
    alpha = False
    for w in real:
        head = w[:1]
        if head.isalpha():
            if not head.isupper():
                return False
            alpha = True
    return alpha


@lru_cache(maxsize=8192)
def parse_byline(text: str) -> str | None:
    """The author named by a byline line ("By Jane Doe", "Von Max Muster", "文／記者 山田太郎"), or None.

    Confident forms only: a byline word followed by capitalised names (an affiliation
    after a comma or "|" is allowed), or a CJK author label.
    """
    text = text.strip()
    if not text or len(text) > 120 or (text.endswith(".") and len(text.split()[-1]) > 2):
        return None  # "By J. Doe" may end with an initial; a sentence ends with a word and a full stop
    first = text[0]
    if first.isascii():  # (no ASCII character but these letters matches an alternative's first under IGNORECASE)
        pat = _BYLINE_BY_INITIAL.get(first)
        m = pat.match(text) if pat is not None else None
    else:
        m = _BYLINE_RE.match(text)
    if m:
        name = m.group("name").strip()
        dates = _find_dates(name)  # "By JANE DOE JAN. 13, 2017": the name ends where the date starts
        name = name[: dates[0].start].strip(" ,;-–—|") if dates else name
        if not name or name[0].isdigit():
            # A name opens with a letter: a number after the byline word is a date or an address (ro "de 1
            # Decembrie", "Von 3 Uhr an", es "por 5 euros"), no person.
            return None
        colon = _HEADLINE_COLON_RE.search(name)
        if colon is not None:
            # A name of two words or more and a role of a few after the colon ("By Jane Doe: Senior Reporter"): the
            # name; a word and a headline's second part ("Edited By AI: How Newsrooms Use Chatbots"): no byline.
            cut = colon.start() + 1
            if len(_NAME_WORD_RE.findall(name[:cut])) < 2 or len(name[cut + 1:].split()) > BYLINE_ROLE_MAX_WORDS:
                return None
            name = name[:cut]
        head = _NAME_END_RE.split(name, maxsplit=1)[0]
        words = _NAME_WORD_RE.findall(head)
        # The reporter's address or handle after the name ("| jdoe@paper.example", "@jdoe") is no lower-case word.
        all_words = _NAME_WORD_RE.findall(_CONTACT_RE.sub(" ", name) if "@" in name else name)
        caps = sum(1 for w in all_words if w[:1].isupper() or w.casefold() in _NAME_JOINERS)
        if _name_like(words) and caps >= 0.6 * len(all_words):
            return head.strip(" ,;-–—|") or None
        # A name of two words or more and, after its comma, a role of a few lower-case words ("Revisado por la Dra.
        # Ana Gómez, especialista en neurología", "By Jane Doe, health reporter"): a byline, its role no name.
        if len(words) >= 2 and _name_like(words) and name[len(head):].lstrip().startswith(",") and (
            len(all_words) - len(words) <= BYLINE_ROLE_MAX_WORDS
        ):
            return head.strip(" ,;-–—|") or None
        # A desk or a group of writers under the paper's name ("By Valley Courier readers", "By Herald staff",
        # "By Times wire reports"): capitalised words and one collective noun at the end.
        if len(words) >= 2 and words == all_words and words[-1].casefold() in _DESK_NOUNS and _name_like(words[:-1], 4):
            return head.strip(" ,;-–—|") or None
        # An author label and its colon, then the name and a role of a few lower-case words without a comma
        # ("Szerző: Kardos Eszter meteorológus", "Autor: Jan Novák redaktor"): the label says it is a byline.
        if len(all_words) >= 3 and _AUTHOR_LABEL_RE.match(text) is not None:
            k = 0
            while k < len(all_words) and all_words[k][:1].isupper():
                k += 1
            if k >= 2 and len(all_words) - k <= BYLINE_ROLE_MAX_WORDS and _name_like(all_words[:k]) and all(
                w[:1].islower() for w in all_words[k:]
            ):
                return " ".join(all_words[:k])
        return None
    if text.isascii():  # the patterns below need CJK ideographs, Hangul, Thai or Khmer
        return None
    m = _CJK_BYLINE_RE.match(text) or _KO_BYLINE_RE.match(text) or _TH_BYLINE_RE.match(text) or _KM_BYLINE_RE.match(text)
    # A sentence after the label is no name: an interview's question ("记者：您为什么想到要建图书室？"), or a
    # clause the label opens as its subject, run on with no separator ("记者在现场看到，志愿者们…": "the reporter
    # saw at the scene, ..."). A byline gives its names after a colon or a space, or runs them on without a comma.
    if m and not _CJK_SENTENCE_END_RE.search(text) and not (
        "，" in text and text[m.start("name") - 1] in _CJK_REPORTER_LABEL_ENDS and _cjk_clause_after_comma(text)
    ):
        return re.sub(r"^(?:记者|記者)\s*", "", m.group("name").strip()) or None
    return None


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line read as a date line: `tier` "pure" (only date, labels, byline: safe to remove) or "loose"."""

    iso: str
    tier: str
    updated: bool
    author: str | None = None
    source: str | None = None


def parse_date_line(text: str, default_tz: str | None = None) -> DateLine | None:
    """Classify a short line that carries a publication date (see _parse_date_line).

    One cache entry per (text, zone) however it is called: lru_cache keys f(x) and f(x, None) apart,
    and the title scoring, boilerplate and the date search ask about the same lines.

    A line _parse_date_line turns away by its first test (empty, longer than MAX_DATE_LINE, no digit runs a date
    can be made of: _may_hold_date) is turned away here, before the cache's call: most lines asked about are.
    """
    if len(text) > MAX_DATE_LINE or not _may_hold_date(text):  # (_may_hold_date("") is False)
        return None
    return _parse_date_line(text, default_tz)


# The region a post was sent from, which Chinese platforms print next to its date ("IP 属地浙江", "IP属地：北京",
# "IP 屬地：台灣"): a field of the date row, as a source is.
_IP_REGION_RE = re.compile(r"IP\s?(?:属地|屬地|归属地|歸屬地)\s*[:：]?\s*[\u4e00-\u9fff]{1,8}")


@lru_cache(maxsize=8192)
def _parse_date_line(text: str, default_tz: str | None, num_order: str | None = None) -> DateLine | None:
    """Classify a short line that carries a publication date.

    "pure": nothing else than the date/time, labels ("Published", "Updated", "发布时间"),
    weekday names, a byline ("By Jane Doe") or a "Source: X" note — the whole line is
    metadata. "loose": a short non-sentence line with a date and a few other words (the
    date is usable, the line is left alone). A sentence or a long paragraph is neither.
    `num_order` (the date search only) reads a numeric date that reads either way: see _num_order.
    """
    if not text or len(text) > MAX_DATE_LINE or not _may_hold_date(text):
        return None  # no digits a date can be made of (most lines; _find_dates would say so after _prepare)
    if "(@" in text and SOCIAL_EMBED_SIGNATURE_RE.match(text):
        return None  # an embedded post's closing line ("— Jane Doe (@janedoe) March 1, 2025"): the post's date
    norm = _prepare(text)
    # (no num_order: the others' cache key)
    hits = _dates_of_prepared(norm) if num_order is None else _dates_of_prepared(norm, num_order)
    if not hits:
        return None
    hit = _pick(hits)
    iso = _to_iso(hit, norm, default_tz)
    chars = list(norm)
    for h in hits:
        chars[h.start : h.end] = " " * (h.end - h.start)
    for t in _find_times("".join(chars)):  # times of "Updated 3:26 pm IST" without a date
        chars[t.start : t.end] = " " * (t.end - t.start)
    rest = "".join(chars)
    source = None
    sm = _SOURCE_IN_LINE_RE.search(rest) if ":" in rest or "：" in rest else None  # the label needs its colon
    if sm:
        x = sm.group("x").strip()
        if _has_cjk(x):  # CJK sources end at a space ("来源：X 网友评论 0 条")
            x = x.split()[0]
        source = x.strip(" ,;") or None
        if source:
            end = sm.start("x") + sm.group("x").find(x) + len(x)
            rest = rest[: sm.start()] + " " * (end - sm.start()) + rest[end:]
    if "IP" in rest:  # "编辑于 2025-08-12 07:45・IP 属地浙江": the poster's region, a field of the date row
        rest = _IP_REGION_RE.sub(" ", rest)
    if _LETTER_RE.search(rest):  # every match of the four patterns holds letters (a bare date line has none left)
        # Every match of the first two holds a decimal digit too (`\d+`): most date lines have none left.
        counted = _has_decimal(rest)
        if counted and _may_match(rest, _READ_TIME_KEYS):  # (a sub that cannot match leaves `rest` as it is)
            rest = _READ_TIME_RE.sub(" ", rest)  # "· 6 min read" next to the date: before "6 min" reads as a relative time
        if counted and _may_match(rest, _RELATIVE_KEYS):
            rest = _RELATIVE_RE.sub(" ", rest)
        rest = _WEEKDAY_RE.sub(" ", rest)
        rest = _LABEL_RE.sub(" ", rest)
    residue = " ".join(_NON_WORD_RE.sub(" ", rest).split())
    author = None
    if residue:
        byline = parse_byline(residue)
        if byline is None and not rest.isascii():  # "2019-11-28 作者：小熊": a CJK author label needs its colon
            byline = parse_byline(" ".join(rest.split()).strip(_DATE_LINE_SEPARATORS))
        if byline is None:  # "Jane Doe - May 21, 2025": a name without a byline word is metadata, no author
            words = residue.split()
            prefixed = bool(words) and words[0].casefold() in _BYLINE_WORDS
            if prefixed:
                words = words[1:]
            if not _DIGIT_RUN_RE.search(residue) and _name_like(words, 4) and not _is_cjk(residue):
                author = " ".join(words) if prefixed else None
                residue = ""
        else:
            author, residue = byline, ""
    if not residue:
        return DateLine(iso, "pure", hit.updated, author, source)
    if " · " in text and _header_fields_row(text, default_tz, num_order):
        # "Written by Jane Doe on 3 March 2025 · 6 minute read · gardening, soil": the byline and date field, its
        # reading time and the post's tags, a header row of fields
        first = _parse_date_line(text.split(" · ", 1)[0], default_tz, num_order)
        return DateLine(iso, "pure", hit.updated, first.author if first is not None else author, source)
    stripped = text.rstrip()
    too_long = len(residue.split()) > 12 or (_is_cjk(residue) and len(residue) > 40)
    if too_long or (
        stripped[-1:] in ".!?。！？।॥۔؟։።፧။།។៕" and not stripped.endswith("..") and not _signed_with_date(norm, hits)
    ):
        return None
    return DateLine(iso, "loose", hit.updated, author, source)


def _date_line_any_order(text: str) -> DateLine | None:
    """`text` as a date line whichever way its numeric date reads: the question of the title scoring and the
    header checks is whether the line IS a date line, not which day it names. "Mis à jour le 05/11/2025" reads
    either way (5 November or 11 May), and _parse_date_line without the page's order reads neither: the line was
    no date line to them and was taken for the title. Any order classifies it the same (both numbers are 12 or
    less); its day is the date search's, which reads it in the page's order (_read_date_line).

    The first test of _parse_date_line (either order) comes before the cache's call: most lines fail it."""
    if len(text) > MAX_DATE_LINE or not _may_hold_date(text):  # (_may_hold_date("") is False)
        return None
    parsed = _parse_date_line(text, None)
    if parsed is None and _ambiguous_readings(text):
        parsed = _parse_date_line(text, None, "dmy")
    return parsed


HEADER_FIELD_MAX_WORDS = 3  # a field of a header row beside its date field: a reading time, tags, a place


def _header_fields_row(text: str, default_tz: str | None, num_order: str | None) -> bool:
    """`text` is a header row of fields parted by " · ": its first field a date line of the pure tier (a byline
    and a date, or a date), the others short, with no sentence end (a reading time, a few tags)."""
    fields = text.split(" · ")
    head = _parse_date_line(fields[0], default_tz, num_order)
    if head is None or head.tier != "pure":
        return False
    for field in fields[1:]:
        field = field.strip()
        if not field or len(field.split()) > HEADER_FIELD_MAX_WORDS or field[-1:] in ".!?。！？":
            return False
    return True


def _signed_with_date(norm: str, hits: list[_DateHit]) -> bool:
    """A post's header that closes with its date and the date's full stop: "Thread started by jane_d, 12 Jan
    2025.", "Tópico em 'X' iniciado por Y, 12 jan. 2025.". The period is the date's, not a sentence's: the date
    is the line's last word, set off by a comma after a byline word and a name. A sentence ending in a date
    reads it after a preposition ("Entries close on 31 March 2025."), or has no byline word before it."""
    last = hits[-1]
    if last.end != len(norm.rstrip()) - 1 or norm.rstrip()[-1:] != ".":
        return False
    head = norm[: last.start].rstrip()
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    if len(words) < 2 or words[-2].casefold() not in _BYLINE_WORDS or not _poster_name(words[-1]):
        return False
    # "Photo by Reuters, 12 March 2024.", "Translated by Marta, 2 May 2025.": a credit or a note on how the
    # text was made, under a headline, dates the picture or the work, not the post.
    return _CREDIT_WORDS.isdisjoint([word.casefold().strip(".,:;()") for word in words[:-2]])


# Nouns and participles of a credit or a production note before its by-word ("Photo by", "Interview conducted
# by", "Foto von", "Imagen de"): the line credits a picture or a piece of work, no poster.
_CREDIT_WORDS = _wordset(
    "photo photos photograph photography picture pictures image images illustration illustrations graphic graphics "
    "video videos map chart cartoon drawing artwork interview interviewed conducted translated translation edited "
    "compiled produced reported recorded filmed shot designed written reporting additional "
    "foto fotos fotografie bild bilder grafik illustrationen übersetzt übersetzung bearbeitet "
    "imagen imágenes ilustración gráfico entrevista traducido traducción editado "
    "imagem ilustração gráfico traduzido tradução editado "
    "photographie illustration traduit traduction édité image dessin "
    "immagine illustrazione tradotto zdjęcie ilustracja tłumaczenie"
)


# Common words after a by-word that no poster's name is ("Entries by email, 12 Jan 2025.", "Payment by card"):
# a forum's lower-case user names ("mike", "admin") are names.
_NOT_POSTER_WORDS = _wordset(
    "phone telephone email e-mail mail post fax hand card cheque check cash car bus train plane air sea land road "
    "boat ferry bike foot appointment request invitation default design chance far now then noon midnight "
    "tomorrow today tonight invitation registration the a an all"
)


def _poster_name(word: str) -> bool:
    """A poster's name as a post's header gives it: capitalized ("Reuters", "Anna"), a user handle ("jane_d",
    "user123") or a forum's lower-case user name ("mike", "admin"), not a common word ("by phone", "by email")."""
    if not word[:1].isalnum():
        return False
    if word[:1].isupper() or any(c == "_" or c.isdigit() or c == "." for c in word):
        return True
    return word.isalpha() and word.casefold() not in _NOT_POSTER_WORDS


def parse_attribution(line: str) -> str | None:
    """The source named by an attribution line, its date kept ("The Daily Example, May 21, 2025"), or None."""
    text = line.strip()
    if not text or len(text) > MAX_ATTRIBUTION_LINE:
        return None
    first = text[0].lower() if text[0].isascii() else ""
    for n, pat in enumerate(_ATTRIBUTION_PATTERNS):
        if first and first not in _ATTRIBUTION_INITIALS[n]:
            continue  # the pattern cannot match at the line's first character
        m = pat.match(text)
        if not m:
            continue
        x = m.group("x").strip().strip("\"“”'‘’«»「」").strip()
        if n == 1 and _has_cjk(x):  # "来源：X 记者 Y": a CJK source name ends at a space
            x = x.split()[0]
        # A source is a name (with its date), not a headline after "Sources:" nor a bare date.
        if not 2 <= len(x) <= 150 or len(x.split()) > (20 if n == 0 else 10) or x.count(". ") >= 2:
            return None
        dated = _date_line_any_order(x) if len(x) <= MAX_DATE_LINE else None
        if dated is not None and dated.tier == "pure" and not re.search(r"[^\W\d_]{3,}", _date_words_re().sub("", x)):
            return None
        return x
    return None


# ---------------------------------------------------------------------------
# Title.
# ---------------------------------------------------------------------------
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer): a headline is one "word".
_UNSPACED_SCRIPT_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _unspaced_headline(text: str) -> bool:
    """A line of 10 to 120 characters, most of them of a script without spaces between words: the
    length of a headline, whatever its word count. (An ASCII line holds none of those scripts' letters: the
    findall, which builds a list of every such letter, is not asked of it.)"""
    return 10 <= len(text) <= 120 and not text.isascii() and len(_UNSPACED_SCRIPT_RE.findall(text)) >= len(text) / 2


_CRUMB_JOINT_RE = re.compile(r" [›»>＞] ")
CRUMB_MAX_WORDS = 4  # words of a section name ("Thời sự" is two: Vietnamese writes a syllable a word)


def _section_path(text: str) -> bool:
    """Section names joined by a spaced ›, » or > ("Thời sự › Giao thông", "Berita › Ekonomi Bisnis"): a
    breadcrumb of two crumbs is no headline either, though its four words make it a rival of the headline
    under it (whose greater length then scores as the crumbs' standfirst). French quotes (« ... ») are no joint."""
    if "«" in text or _CRUMB_JOINT_RE.search(text) is None:
        return False
    parts = _CRUMB_JOINT_RE.split(text)
    return all(0 < _n_words(p) <= CRUMB_MAX_WORDS and _cjk_in_line(p) <= CRUMB_MAX_CJK for p in parts)


# The characters is_heading_like's menu and trail tests look for: "|", " · ", " • ", ">", "＞", " › ", " » ", and
# _CRUMB_JOINT_RE's joints (tests/test_perf_gates_v_title.py reads them off the pattern).
_MENU_MARKS = "|·•>＞›»"


@cython.cfunc
@cython.locals(ch=cython.Py_UCS4)
def _has_menu_mark(text: str) -> cython.bint:
    """One of _MENU_MARKS is in `text` (compiled, one typed pass over the line)."""
    if cython.compiled:
        for ch in text:
            if ch == "|" or ch == "·" or ch == "•" or ch == ">" or ch == "＞" or ch == "›" or ch == "»":
                return True
        return False
    return _has_any(text, _MENU_MARKS)


@lru_cache(maxsize=8192)
def is_heading_like(text: str) -> bool:
    """Short, no terminal sentence punctuation, mostly letters, not a date, byline or menu row."""
    n = len(text)
    if n < 4 or n > MAX_TITLE_CHARS:
        return False
    cjk = _cjk_in_line(text)
    if cjk >= n / 3:
        if cjk < 4 or n > 80:
            return False
    else:
        words = _n_words(text)
        if (words < 2 and not _unspaced_headline(text)) or words > 30:
            return False
    # The regex ends with "$": it can only match at the last character (or the one before a final newline).
    if (text[-1] in _TERMINAL_STOPS or text[-2:-1] in _TERMINAL_STOPS) and _TERMINAL_STOP_RE.search(text):
        last = text.split()[-1]
        if not (text.endswith(".") and last.count(".") >= 2):  # "U.S." ends a title, a sentence ends with "."
            return False
    letters = _n_alpha(text)
    if letters < 0.5 * (len(text) - text.count(" ")):  # the length without spaces
        return False
    low = _fold(text)
    if "http" in low or "www." in low or "@" in text or "©" in text:
        return False
    if "☆" in text and _RATING_STARS_RE.search(text):
        return False  # "<user> reviewed <book> ★★★★☆": a rating's stars, filled and empty (a hotel's class has no empty one)
    # The menu and trail tests below each need one of _MENU_MARKS in the line (_section_path's joints are among
    # them): most lines have none, and one pass over the line rules out all of them (eight counts and a regex).
    if _has_menu_mark(text):
        if "|" in text and all(len(part.split()) <= 3 for part in text.split("|")):
            return False  # "« Previous | Next »", "Home | News": a menu row
        # (">" in full width too: "ホーム ＞ IR情報 ＞ IRニュース")
        if text.count("|") >= 2 or text.count(" · ") >= 2 or text.count(" • ") >= 2 or text.count(">") + text.count("＞") >= 2:
            return False
        if text.count(" › ") + text.count(" » ") >= 2 or _section_path(text):  # "Docs › Guides › Caching": a breadcrumb trail
            return False
    # Dates, bylines and lines with a full date inside (photo captions, datelines) are not titles; but a headline
    # may end with the date of what it names after a dash ("Town Council Regular Meeting Minutes – February 10, 2025").
    if parse_byline(text):
        return False
    hits = _find_dates(text)
    return not hits or _dated_heading(text, hits)


# A row of a rating's stars ("★★★★☆", "★ ★ ★ ½"): three or more, spaces between them or not. A title holding one
# with an empty star is a review's line, not the page's headline (is_heading_like); alone on its line, under the
# headline, it is the review's rating row (_rating_row).
_RATING_STAR_CHARS = "★☆✩✪✫✬✭✮✯⭐½"
_RATING_STARS_RE = re.compile("[" + _RATING_STAR_CHARS + r"](?:\s*[" + _RATING_STAR_CHARS + "]){2,}")
DATED_HEADING_MIN_WORDS = 3  # words before the dash: a name of its own, not "Updated – June 3, 2025"
_DATED_HEADING_DASH_RE = re.compile(r"\s[–—-]\s+$")


# A headline closed by its date (_dated_heading) is a teaser's or a link's more often than the page's own: it takes the
# title only by a margin (a meeting's minutes under their dated title, whose rivals are the items' headings; a report's
# dated title under a four-word kicker), and it is no headline over a dek (_dek_below).
DATED_HEADING_PENALTY = 0.75


def _dated_list_item(lines: list, i: int) -> bool:
    """Line i is heading-like by its closing date (_dated_heading) and so is a line next to it: items of a list of
    dated teasers ("Storm closes harbour promenade – January 14, 2025" over "Council delays vote ... – February 2,
    2025"), no title; a meeting's minutes have one such line."""
    if not _dated_line(lines[i].text):
        return False
    return (i > 0 and _dated_line(lines[i - 1].text)) or (i + 1 < len(lines) and _dated_line(lines[i + 1].text))


def _dated_line(text: str) -> bool:
    """The line closes with its one date after a dash over a heading (_dated_heading)."""
    if " – " not in text and " — " not in text and " - " not in text:  # cheap: no dash, no dated heading
        return False
    hits = _find_dates(text)
    return bool(hits) and _dated_heading(text, hits)


def _dated_heading(text: str, hits: list[_DateHit]) -> bool:
    """The line's one date closes it after a dash, with no time, over a heading of DATED_HEADING_MIN_WORDS words or
    more: the date is part of a name (a meeting's, a report's), not a photo caption's or a dateline's."""
    if len(hits) != 1:
        return False
    hit = hits[0]
    if hit.hms is not None or text[hit.end :].strip(" .") or not _DATED_HEADING_DASH_RE.search(text[: hit.start]):
        return False
    head = text[: hit.start].rstrip(" –—-")
    return _n_words(head) >= DATED_HEADING_MIN_WORDS and not _is_meta_line(head)


@cython.ccall
def _tokens(text: str) -> set:
    """Content tokens for overlap: words of 4+ letters, and CJK character bigrams."""
    low = _fold(text)
    if cython.compiled:
        return _token_set(low)
    toks = set(_token_re().findall(low))
    toks.difference_update(_STOP_TOKENS)
    if _has_cjk(low):  # a quick no for most lines; the runs' findall costs more
        for run in _cjk_run_re().findall(low):
            toks.update(map(str.__add__, run, run[1:]))  # the character bigrams run[i : i + 2]
    return toks


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, run=cython.Py_ssize_t, ch=cython.Py_UCS4,
               prev_cjk=cython.bint, cjk=cython.bint)
def _token_set(low: str) -> set:
    r"""_tokens of a casefolded text in one pass: the maximal runs of 4+ [^\W\d_] (_token_re()'s matches)
    that are no stop word, and the bigrams of adjacent CJK characters."""
    toks: set = set()
    stop: frozenset = _STOP_TOKENS
    n = len(low)
    run = -1  # start of the current letter run
    prev_cjk = False
    i = -1
    for ch in low:  # a loop over the code points (indexing would look up the string's kind each time)
        i += 1
        if _is_word_char(ch):
            if run < 0:
                run = i
        elif run >= 0:
            if i - run >= 4:
                tok = low[run:i]
                if tok not in stop:
                    toks.add(tok)
            run = -1
        cjk = _is_cjk_char(ch)
        if cjk and prev_cjk:
            toks.add(low[i - 1 : i + 1])
        prev_cjk = cjk
    if run >= 0 and n - run >= 4:
        tok = low[run:n]
        if tok not in stop:
            toks.add(tok)
    return toks


@cython.ccall
def _tokens_among(text: str, wanted: set) -> set:
    """_tokens(text) & wanted. The title scoring only asks which of its candidates' tokens the body holds:
    compiled, a body token is built (a substring and its hash) only where its length and end letters are
    those of a wanted token, instead of for every word of the body sample."""
    if cython.compiled:
        return _token_set_among(_fold(text), wanted)
    return _tokens(text) & wanted


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, k=cython.Py_ssize_t, run=cython.Py_ssize_t,
               size=cython.Py_ssize_t, ch=cython.Py_UCS4, prev=cython.Py_UCS4, prev_cjk=cython.bint, cjk=cython.bint,
               bit=cython.ulonglong, first=cython.Py_UCS4, last=cython.Py_UCS4, tok=str)
def _token_set_among(low: str, wanted: set) -> set:
    """_token_set(low) & wanted in one pass. A token of length L (L capped at 63) opening with code point a and
    ending with b is wanted only if bit L is set in firsts[a % 64] and in lasts[b % 64]: a necessary test, the
    set look-up decides."""
    firsts = cython.declare(cython.ulonglong[64])
    lasts = cython.declare(cython.ulonglong[64])
    for k in range(64):
        firsts[k] = 0
        lasts[k] = 0
    for tok in wanted:
        size = len(tok)
        if size == 0:
            continue
        bit = cython.cast(cython.ulonglong, 1) << min(size, 63)
        first, last = tok[0], tok[size - 1]
        firsts[ord(first) & 63] |= bit
        lasts[ord(last) & 63] |= bit
    toks: set = set()
    stop: frozenset = _STOP_TOKENS
    n = len(low)
    run = -1  # start of the current letter run
    prev = 0
    prev_cjk = False
    i = -1
    for ch in low:  # compiled, a loop over the code points (indexing would look up the string's kind each time)
        i += 1
        if _is_word_char(ch):
            if run < 0:
                run = i
        elif run >= 0:
            _add_wanted_run(low, run, i, prev, firsts, lasts, wanted, stop, toks)
            run = -1
        cjk = _is_cjk_char(ch)
        if cjk and prev_cjk and firsts[ord(prev) & 63] & 4 and lasts[ord(ch) & 63] & 4:
            tok = low[i - 1 : i + 1]
            if tok in wanted:
                toks.add(tok)
        prev_cjk = cjk
        prev = ch
    if run >= 0:
        _add_wanted_run(low, run, n, prev, firsts, lasts, wanted, stop, toks)
    return toks


@cython.cfunc
@cython.inline
@cython.locals(size=cython.Py_ssize_t, bit=cython.ulonglong, first=cython.Py_UCS4)
def _add_wanted_run(
    low: str, run: cython.Py_ssize_t, end: cython.Py_ssize_t, last: cython.Py_UCS4,
    firsts: cython.p_ulonglong, lasts: cython.p_ulonglong, wanted: set, stop: frozenset, toks: set,
) -> cython.void:
    """_token_set_among's test of one letter run low[run:end] (ending with `last`): add it to `toks` when it
    has 4+ characters, passes the first/last-letter filter, is wanted and is no stopword."""
    size = end - run
    if size < 4:
        return
    bit = cython.cast(cython.ulonglong, 1) << min(size, 63)
    first = low[run]
    if firsts[ord(first) & 63] & bit and lasts[ord(last) & 63] & bit:
        tok = low[run:end]
        if tok in wanted and tok not in stop:
            toks.add(tok)


@cython.ccall
def _title_case_ratio(text: str) -> cython.double:
    if cython.compiled:
        return _title_case_share(text)
    words = _token_re().findall(text)  # the letter runs of 4+ letters
    return len([w for w in words if w[0].isupper()]) / len(words) if words else 0.0


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(n=cython.Py_ssize_t, i=cython.Py_ssize_t, run=cython.Py_ssize_t, ch=cython.Py_UCS4,
               first=cython.Py_UCS4, words=cython.Py_ssize_t, upper=cython.Py_ssize_t)
def _title_case_share(text: str) -> cython.double:
    """_title_case_ratio in one pass: the share of the 4+ letter runs that open with an upper-case letter."""
    n = len(text)
    run = -1
    words = upper = 0
    first = 0
    i = -1
    for ch in text:  # a loop over the code points (indexing would look up the string's kind each time)
        i += 1
        if _is_word_char(ch):
            if run < 0:
                run = i
                first = ch
        elif run >= 0:
            if i - run >= 4:
                words += 1
                if first.isupper():
                    upper += 1
            run = -1
    if run >= 0 and n - run >= 4:
        words += 1
        if first.isupper():
            upper += 1
    return upper / words if words else 0.0


@dataclass(slots=True)
class _Block:
    start: int  # index into doc.lines of the first body paragraph
    end: int  # index of the last body paragraph


def _main_block(lines: list[Line]) -> _Block | None:
    """The run of kept body paragraphs with most text (short kept lines between them are tolerated)."""
    best: _Block | None = None
    best_score = 0.0
    cur: _Block | None = None
    score = 0.0
    gap = 0
    for i, line in enumerate(lines):
        if line.removal is not None:  # not kept (the property costs a call per line)
            continue
        if is_prose(line.text) or line.notes.get("verse") or line.notes.get("story_line"):
            weight = len(line.text) + 2 * _cjk_count(line.text)
            if cur is None or gap > 4:
                cur, score = _Block(i, i), 0.0
            cur.end = i
            score += weight
            gap = 0
            if score > best_score:
                best, best_score = _Block(cur.start, cur.end), score
        elif cur is not None:
            gap += 1
    return best


def _past_question_headline(lines: list[Line], end: int) -> int:
    """Where the body starts in a text that opens with its block: past a first line that is one question
    shaped like a headline ("How do I stop a worker from leaking file handles?"), or a heading-like line over
    the lines of a poem: the title a cleaned record opens with (is_prose takes a question of six words for a
    paragraph, verse_scored a poem's title for verse). 0 otherwise."""
    text = lines[0].text
    if lines[0].notes.get("verse") and end >= 1 and lines[1].notes.get("verse") and is_heading_like(text):
        return 1  # a poem's title over its first line (a cleaned record: boilerplate took it for verse)
    if not text.endswith(("?", "？")) or not is_heading_like(text):
        return 0
    for i in range(1, end + 1):
        if lines[i].removal is None and is_prose(lines[i].text):
            return i
    return 0


# Lines allowed between a text's opening title and its first paragraph: a dek, a stray number, or the short lines
# the first cleaning kept between the title and the first paragraph (a list's first items, a blog's profile line).
OPENING_TITLE_GAP = 3


def _body_under_opening_title(lines: list[Line]) -> int:
    """Where the body starts in a text shaped like a clean record: a first line shaped like a title with a
    paragraph under it (at most OPENING_TITLE_GAP short lines between). The title is the first line of a
    record's text, so cleaning it again must find its body there, not at the densest run of paragraphs further
    down (a list of short lines after the lead splits the runs), nor take the title itself for the lead when it
    reads like a sentence. A line between that only dates or signs the text (a header's date line or byline)
    says it is a page, not a record: the first cleaning takes those out from under the title. 0 when the text
    has another shape."""
    # (or a headline of two short sentences, _sentence_headline_shaped, which the first cleaning took for the title)
    if len(lines) < 2 or not (_title_shaped(lines[0].text) or _sentence_headline_shaped(lines[0].text)):
        return 0
    for i in range(1, min(len(lines), OPENING_TITLE_GAP + 2)):
        line = lines[i]
        if is_prose(line.text) or line.notes.get("verse") or line.notes.get("story_line"):
            return i
        if len(line.text) > MAX_DATE_LINE:
            return 0  # a long line that is no paragraph (a list, a table row): no record's opening
        if _header_meta(line.text):
            return 0
    return 0


def _header_meta(text: str) -> bool:
    """A line the first cleaning takes out from under a title: only a date (with its labels) or a byline."""
    parsed = _date_line_any_order(text)
    return (parsed is not None and parsed.tier == "pure") or parse_byline(text) is not None


@cython.locals(k=cython.Py_ssize_t)
def _all_kept(lines: list, start: cython.Py_ssize_t = 0) -> cython.bint:
    """No stage removed a line from `start` on: raw input with boilerplate switched off, or a clean record's own
    text (the property `kept` costs a call per line; a generator costs more than the loop)."""
    for k in range(start, len(lines)):  # noqa: SIM110
        if lines[k].removal is not None:
            return False
    return True


def _opening_title(doc: Document, anchor: int) -> Line | None:
    """The first line of a text shaped like a clean record (nothing removed under it, a title-shaped first line
    right over its first paragraph, which is the anchor): the record's title, even when boilerplate took it for
    a short line outside the body (a section or blog name a page was given as its title). Scoring the lines
    above the body would weigh the title against a dek or subheading under it without the date line that told
    them apart when the page was cleaned (the date went to `published` and is no longer in the text)."""
    lines = doc.lines
    if anchor < 1 or anchor > OPENING_TITLE_GAP + 1 or not _all_kept(lines, 1):
        return None
    if lines[0].notes.get("verse") and _is_cjk(lines[0].text):  # a record of CJK lyrics opens with their first line
        return None
    if lines[0].notes.get("data_row"):  # a record that opens with the body's rows (an epigraph): no title line
        return None
    return lines[0] if _body_under_opening_title(lines) == anchor else None


@cython.locals(line=Line)
def _anchor(doc: Document) -> tuple[int, _Block | None]:
    """Index of the first body paragraph (the title is searched above it) and the body's extent.

    After boilerplate removal the first kept paragraph starts the body. If no earlier
    stage removed anything (raw input, or boilerplate switched off), the densest run
    of paragraphs stands in for the body, so menus and teasers above it are skipped.
    """
    lines = doc.lines
    if _all_kept(lines):
        block = _main_block(lines)
        opening = _body_under_opening_title(lines)
        if block is not None and opening:
            block.start = opening
            block.end = max(block.end, opening)
        elif block is not None and block.start == 0 and block.end > 0:
            block.start = _past_question_headline(lines, block.end)
    else:
        last = None
        for line in reversed(lines):
            if line.removal is None and (is_prose(line.text) or line.notes.get("story_line")):
                last = line.index
                break
        first = None
        for line in lines:
            # (a poem's lines are its body, and a story's short sentences: boilerplate.verse_scored and
            # sentence_runs_scored note them)
            if line.removal is None and (is_prose(line.text) or line.notes.get("verse") or line.notes.get("story_line")):
                first = line.index
                # A headline that reads like a sentence ("The ID. X is ...") with its date under it is the title.
                if not (line.index != last and is_heading_like(line.text) and _meta_adjacency(lines, line.index) >= 0.7):
                    break
        block = _Block(first, last) if first is not None and last is not None else None
    if block is not None:
        return block.start, block
    kept = doc.kept_lines()
    if not kept:
        return len(lines), None
    longest = max(kept, key=lambda line: len(line.text) + 2 * _cjk_count(line.text))
    return longest.index, _Block(longest.index, longest.index)


# Parts of removal rules that mean "site furniture" (share buttons, captions, links, lists of other
# articles, reader comments): such a line is never the title. Position-only removals (outside the main
# block) may be.
_FURNITURE_RULE_PARTS = _wordset(
    "furniture promo cta copyright url separator list-heading article-end cookie cookies share social "
    "navigation nav menu ad ads advert legal teaser caption credit timestamp comments app-promo newsletter gallery"
    " qa-meta qa-card donation categories infobox blog-header blog-profile"
)
# The rule of the lines of a reader-comment thread (boilerplate.mark_comment_thread): a comment's date is
# never the article's.
_COMMENT_THREAD_RULE = "boilerplate:comments"
# The rule of an item of a list of other articles under its heading ("Most read", "Up next").
_LIST_ITEM_RULE = "boilerplate:list"


@lru_cache(maxsize=1024)
def _furniture_rule(rule: str) -> bool:
    """A removal rule that names site furniture; cached: rules are a small fixed vocabulary."""
    return bool(_FURNITURE_RULE_PARTS.intersection(rule.split(":")))


# rule -> _furniture_rule(rule): a plain dict look-up per line costs less than the cached function's call
# (the title scoring asks about each line near the title several times).
_FURNITURE_RULES: dict[str, bool] = {}


@cython.ccall
def _furniture_removed(line: Line) -> cython.bint:
    removal = line.removal
    if removal is None:
        return False
    rule: str = removal.rule
    rules: dict = _FURNITURE_RULES  # typed: compiled, .get is a dict look-up, not a bound method's call
    known = rules.get(rule)
    if known is None:
        if len(rules) >= 1024:  # rules are a small vocabulary; a bound all the same
            rules.clear()
        known = rules[rule] = _furniture_rule(rule)
    return known


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t)
def _next_unfurnished(lines: list, lo: cython.Py_ssize_t, hi: cython.Py_ssize_t) -> object:
    """The first line of lines[lo:hi] (0 <= lo) that no furniture rule removed, or None."""
    for k in range(lo, min(hi, len(lines))):
        line = lines[k]
        if not _furniture_removed(line):
            return line
    return None


@lru_cache(maxsize=8192)
def _is_meta_line(text: str) -> bool:
    """A date, relative time ("2 hours ago") or byline line: what sits under a title.

    Cached: the title scoring asks about the same lines many times (gap costs, adjacency, deks).
    """
    if len(text) > MAX_DATE_LINE:
        return False
    return (
        _date_line_any_order(text) is not None
        or parse_byline(text) is not None
        or (_may_be_relative(text) and bool(_RELATIVE_LINE_RE.match(text)))
    )


# Every alternative of _RELATIVE_LINE_RE holds a digit (\d) or one of these words.
_RELATIVE_WORDS = ("yesterday", "today", "just now")


@cython.ccall
@cython.locals(ch=cython.Py_UCS4)
def _may_be_relative(text: str) -> cython.bint:
    r"""False when _RELATIVE_LINE_RE cannot match: no decimal digit (re's \d is str.isdecimal) and none of
    _RELATIVE_WORDS in the lowered text. Under IGNORECASE the only character that matches one of their letters
    without lowering to it is "ſ" (for s): a line with it always may match."""
    if cython.compiled:
        for ch in text:
            if _is_decimal(ch):
                return True
    elif _DIGIT_RUN_RE.search(text):
        return True
    low = text.lower()
    for word in _RELATIVE_WORDS:  # noqa: SIM110 (a generator costs more than the tests)
        if word in low:
            return True
    return "\u017f" in text


# Every alternative of _UI_RE needs one of these in the lowered text (or a line opening): most lines have
# none, and a few substring tests are far cheaper than the regex. str.lower() agrees with the regex's
# case-insensitive matching except for the characters in _UI_CASE_EXCEPTIONS (İ lowers to two characters;
# ı, ſ and the Kelvin sign match i, s, k under IGNORECASE): lines with them always get the regex.
_UI_KEYS = tuple(key for keys, _ in _UI_ALTERNATIVES for key in keys)
_UI_OPENINGS = ("share", "print", "email", "tweet", "like", "follow", "comment", "save", "copy link")
_UI_CASE_EXCEPTIONS = "\u0130\u0131\u017f\u212a"
# Every alternative of _CAPTION_RE holds one of these (é has no other case variant than É).
_CAPTION_KEYS = ("phot", "fot", "imag", "bild", "credit", "crédit", "illustr", "ilustr", "caption",
                 "写真", "사진", "图片", "圖片", "摄影", "攝影")


@lru_cache(maxsize=8192)
def _is_ui(text: str) -> bool:
    """Interface text (share/print/sign-in/cookie prompts) that a page shows near its headline.

    bool(_UI_RE.search(text)): the alternation matches where one of its alternatives does, and an
    alternative can only match a line that holds one of its keys (see _may_match).
    """
    if not _may_match(text, _UI_KEYS, _UI_OPENINGS):
        return False
    if _has_case_exception(text):  # the keys need not show in the lowered line
        return bool(_UI_RE.search(text))
    low = text.lower()
    for keys, part in _UI_PARTS:
        if not keys:
            held = low.startswith(_UI_OPENINGS)
        else:
            held = False
            for key in keys:
                if key in low:
                    held = True
                    break
        if held and part.search(text):
            return True
    return False


@cython.ccall
def _has_case_exception(text: str) -> cython.bint:
    """`text` holds one of _UI_CASE_EXCEPTIONS (never an ASCII text); compiled, a C call from _may_match and _is_ui."""
    if not text.isascii():
        for c in _UI_CASE_EXCEPTIONS:  # plain loops: a generator costs more than the tests
            if c in text:
                return True
    return False


@cython.ccall
def _may_match(text: str, keys: tuple[str, ...], openings: tuple[str, ...] = ()) -> cython.bint:
    """False when no key is in `text` and it opens with none of `openings`, ignoring case as `re` does.
    (Compiled, a C call from _is_ui and _title_shaped.)

    A cheap necessary test before a case-insensitive regex whose every alternative holds a key (all
    lowercase). Lines with one of _UI_CASE_EXCEPTIONS in them always may match.
    """
    if _has_case_exception(text):
        return True
    low = text.lower()
    if cython.compiled:
        return _holds_key(low, keys, openings)
    if low.startswith(openings):
        return True
    for key in keys:  # noqa: SIM110 (a generator costs more than the tests)
        if key in low:
            return True
    return False


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _triple_hash(a: cython.Py_UCS4, b: cython.Py_UCS4, c: cython.Py_UCS4) -> cython.uint:
    """A hash (0-255) of three adjacent characters, for the filter of `_holds_key`."""
    return (ord(a) * 49 + ord(b) * 7 + ord(c)) & 255


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(size=cython.Py_ssize_t, j=cython.Py_ssize_t)
def _starts_at(low: str, start: cython.Py_ssize_t, key: str) -> cython.bint:
    """low[start:].startswith(key), without the slice."""
    size = len(key)
    if start + size > len(low):
        return False
    for j in range(size):  # noqa: SIM110 (a generator costs more than the tests)
        if low[start + j] != key[j]:
            return False
    return True


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(i=cython.Py_ssize_t, h=cython.uint, a=cython.Py_UCS4, b=cython.Py_UCS4, ch=cython.Py_UCS4, key=str)
def _holds_key(low: str, keys: tuple, openings: tuple) -> cython.bint:
    """low.startswith(openings) or any(key in low for key in keys) in one pass over `low`: a key of three or more
    characters is compared only where the hash of its first three characters is set in a 256-bit filter."""
    triples = cython.declare(cython.ulonglong[4])
    triples[0] = triples[1] = triples[2] = triples[3] = 0
    a = low[0] if low else 0
    for key in openings:
        if not key or (low and key[0] == a and _starts_at(low, 0, key)):
            return True
    for key in keys:
        if len(key) < 3:
            if key in low:
                return True
        else:
            h = _triple_hash(key[0], key[1], key[2])
            triples[h >> 6] |= cython.cast(cython.ulonglong, 1) << (h & 63)
    a = b = 0
    i = -1
    for ch in low:
        i += 1
        if i >= 2:
            h = _triple_hash(a, b, ch)
            if (triples[h >> 6] >> (h & 63)) & 1:
                for key in keys:
                    if len(key) >= 3 and key[0] == a and key[1] == b and key[2] == ch and _starts_at(low, i - 2, key):
                        return True
        a = b
        b = ch
    return False


@lru_cache(maxsize=8192)
def _is_rival(text: str) -> bool:
    """A line that could itself be a title (heading-like, 4+ words or 8+ CJK characters); cached like _is_meta_line."""
    return is_heading_like(text) and (_n_words(text) >= 4 or _cjk_in_line(text) >= 8)


@cython.cfunc
@cython.locals(notes=dict)
def _line_cost(line: Line) -> cython.double:
    """How much a line between a title candidate and the body separates them: paragraphs and rival
    headlines a lot, furniture and date lines (nearly) nothing."""
    text = line.text
    if _furniture_removed(line) or _is_ui(text):
        return 0.05
    notes = line.notes  # typed: compiled, .get is a dict look-up, not a bound method's call
    if notes.get("data_row"):  # rows of a schedule or table the article consists of
        return 0.0  # the rows are the body: no distance between the title and them
    if len(text) <= MAX_DATE_LINE and _is_meta_line(text):  # (its own length test, before the cached call)
        return 0.0
    if is_prose(text):
        return 1.0 if line.removal is None else 0.3
    if _rating_row(text):  # a review's rating under its headline, like its share buttons
        return 0.05
    if _is_rival(text):
        return 0.5 if line.removal is None else 0.25
    return 0.1 if line.removal is None else 0.05


STANDFIRST_SKIPPED_ROWS = 2  # rating and venue rows between a headline and its standfirst
STANDFIRST_ROWS_TITLE_WORDS = 6
STANDFIRST_ROW_MAX_WORDS = 4


def _short_row(text: str) -> bool:
    """A short row that names a thing (a venue, a place): STANDFIRST_ROW_MAX_WORDS words at most, no sentence mark."""
    return _n_words(text) <= STANDFIRST_ROW_MAX_WORDS and _SENTENCE_PUNCT_RE.search(text) is None


def _rated_rows(lines: list, i: int, k: int) -> bool:
    """A rating row is among the lines under line i, down to the one under line k (two lines under i at most)."""
    return any(_rating_row(lines[j].text) for j in range(i + 1, min(k + 2, i + 3, len(lines))))


CATEGORY_ROW_MIN_WORDS = 3
CATEGORY_ROW_MAX_WORDS = 8
# A row of categories is nouns alone; a headline in title case joins its words with articles, prepositions and
# conjunctions ("Council Approves New Budget After Long Debate", "Lo Que Hay Que Saber De La Reforma"): one of these
# in the row, and it is no row of categories.
_ROW_FUNCTION_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "after",
    "before", "over", "under", "into", "as", "is", "are", "vs", "how", "why", "what", "il", "lo", "la", "i", "gli",
    "le", "di", "da", "con", "su", "per", "tra", "fra", "e", "del", "della", "dei", "delle", "al", "alla", "nel",
    "nella", "come", "der", "die", "das", "den", "dem", "des", "und", "mit", "von", "zu", "im", "auf", "für",
    "vor", "nach", "über", "wie", "les", "de", "du", "des", "et", "en", "à", "au", "aux", "pour", "sur", "avec",
    "dans", "par", "un", "une", "el", "los", "las", "del", "y", "con", "por", "para", "que", "se", "una", "o",
    "os", "as", "do", "dos", "das", "em", "com", "uma", "в", "на", "с", "и", "по", "для", "от", "к", "о", "у",
    "за", "из", "как", "что",
))


@cython.locals(n_words=cython.Py_ssize_t)
def _category_words(text: str, max_words: cython.Py_ssize_t) -> cython.bint:
    """The line reads as categories run together: CATEGORY_ROW_MIN_WORDS to `max_words` words, each opening with a
    capital or a digit, letters, digits and hyphens only, none of them a function word (_ROW_FUNCTION_WORDS)."""
    words = text.split()
    n_words = len(words)
    if n_words < CATEGORY_ROW_MIN_WORDS or n_words > max_words:
        return False
    for w in words:
        if not (w[0].isupper() or w[0].isdecimal()):
            return False
        for ch in w:
            if not (ch.isalnum() or ch == "-"):
                return False
        if w.lower() in _ROW_FUNCTION_WORDS:
            return False
    return True


TAG_ROW_MAX_WORDS = 12  # a post's tags under its byline run longer than a category row over a headline
TAG_ROW_META_REACH = 3  # lines from the tag row up to the byline or date row (share buttons between)


@cython.locals(k=cython.Py_ssize_t, h=cython.Py_ssize_t)
def _tag_row_under_meta(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a row of a post's tags or categories run together ("Health Policy Clinics Vaccines") under the
    byline or date row that a headline heads: headline, byline and date, tags, body. The headline over the byline
    is a phrase (a lower-case word or a function word in it), the row only nouns: the headline is the title.
    (A row right over the body is scored high for it; a title-case headline under its date has no headline over
    that date.)"""
    if not _category_words(lines[i].text, TAG_ROW_MAX_WORDS):
        return False
    k = i - 1
    while k >= 0 and k >= i - TAG_ROW_META_REACH and _furniture_removed(lines[k]):
        k -= 1
    if k < 0 or k < i - TAG_ROW_META_REACH:
        return False
    meta: str = lines[k].text
    if not (_is_meta_line(meta) or (len(meta) <= MAX_DATE_LINE and _BYLINE_RE.match(meta) is not None)):
        return False
    h = k - 1
    while h >= 0 and _furniture_removed(lines[h]):
        h -= 1
    if h < 0:
        return False
    headline: str = lines[h].text
    return _is_rival(headline) and not _category_words(headline, TAG_ROW_MAX_WORDS)


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t)
def _category_row_over_headline(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a row of a post's categories run together ("Tech Hardware PC Laptops Repair", "Технологии Софт
    Linux Серверы"), right over a headline in sentence case whose byline or date is under it: every word of the row
    opens with a capital or a digit and the row has no punctuation, where the headline under it has lower-case words
    and no full stop. The headline is no standfirst or dek of the row, whatever their lengths (a title-case headline
    over a sentence-case standfirst ends the standfirst with a full stop, or has no byline under the standfirst)."""
    if not _category_words(lines[i].text, CATEGORY_ROW_MAX_WORDS):
        return False
    if i + 1 >= len(lines):
        return False
    nxt: str = lines[i + 1].text
    if nxt.rstrip()[-1:] in ".。" or not any(w[0].islower() and len(w) >= 3 for w in nxt.split()):
        return False
    return _meta_adjacency(lines, i + 1) >= 0.7


@cython.cfunc
def _standfirst_below(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is followed by a longer summary line (a standfirst): the title sits above its summary."""
    title = lines[i].text
    if not _is_rival(title) or _category_row_over_headline(lines, i):
        return False
    nxt = _next_unfurnished(lines, i + 1, i + 3)
    skipped: cython.Py_ssize_t = 0
    # A review's rating row with a short row that names the venue or the product ("★★★★☆", "Civic Hall, Eastport")
    # between a headline and its standfirst: looked past, under a headline of STANDFIRST_ROWS_TITLE_WORDS words or
    # more (a one-word section label over a short headline is no such pair). Without a rating row a short row is as
    # often a share button's label over a photo's caption.
    if nxt is not None and _n_words(title) >= STANDFIRST_ROWS_TITLE_WORDS and _rated_rows(lines, i, nxt.index):
        while nxt is not None and skipped < STANDFIRST_SKIPPED_ROWS and (_rating_row(nxt.text) or _short_row(nxt.text)):
            skipped += 1
            nxt = _next_unfurnished(lines, nxt.index + 1, nxt.index + 3)
    if nxt is None or _is_meta_line(nxt.text):
        return False
    text = nxt.text
    if not (len(text) >= max(60, 1.2 * len(title)) and (is_prose(text) or is_heading_like(text))):
        return False
    return not _label_over_headline(lines, title, nxt)


# The spaced separators of a section label's parts ("Tour of the Highlands · Stage 5", "Tournaments / Harbour City
# Open 2025"); a headline's own " | " before the site's name is left out (a headline with a standfirst under it).
_LABEL_PART_SEPS = (" / ", " · ", " › ", " » ", " > ", " ／ ", " ・ ")
LABEL_OVER_HEADLINE_MAX_WORDS = 8
LABEL_HEADLINE_MAX_WORDS = 14  # a headline's length; the summary under a headline runs longer
_HEADLINE_CLAIM_MARKS = ":?!：？！"  # in a headline with parts ("Bach / Glass: a concert review"), never in a label


@cython.cfunc
def _label_over_headline(lines: list, label: str, headline: Line) -> cython.bint:
    """`label` over `headline` is a section label in parts over the headline, not a title over its standfirst: the
    label holds a spaced separator ("Tour of the Highlands · Stage 5"), the line under it holds none, is no sentence
    and no longer than a headline ("Ferreira conquers the Cairn Pass as Baxter's lead shrinks"), and the date or byline row is right under it (a
    standfirst sits over that row too, but under a headline that names no section). A label names places, no
    claim: a colon or a question or exclamation mark makes the line a headline of its own ("Bach / Glass: a concert
    review", "Rust > C++? A benchmark")."""
    if _n_words(label) > LABEL_OVER_HEADLINE_MAX_WORDS or not any(sep in label for sep in _LABEL_PART_SEPS):
        return False
    if _has_any(label, _HEADLINE_CLAIM_MARKS):
        return False
    text = headline.text
    if _n_words(text) > LABEL_HEADLINE_MAX_WORDS or any(sep in text for sep in _LABEL_PART_SEPS):
        return False
    if _SENTENCE_PUNCT_RE.search(text):
        return False
    below = _next_unfurnished(lines, headline.index + 1, headline.index + 2)
    return below is not None and _is_meta_line(below.text)


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t)
def _standfirst(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is itself a standfirst: a much longer line right under a title-like line."""
    prev = None
    for k in range(i - 1, max(0, i - 2) - 1, -1):  # lines[max(0, i - 2) : i], last first
        if not _furniture_removed(lines[k]):
            prev = lines[k]
            break
    return prev is not None and _standfirst_below(lines, prev.index) and prev.index + 2 >= i


STANDFIRST_META_ADJACENCY = 0.7  # as for a date under one skipped row
# A standfirst longer than a headline gets ("Why you should ... bed" over the headline proper, 74 characters,
# is a teaser over a headline that its shorter line takes for a standfirst).
LONG_STANDFIRST_CHARS = 100
MID_STANDFIRST_CHARS = 90
SHORT_STANDFIRST_CHARS = 70
STANDFIRST_HEADLINE_RATIO = 2.0
SHORT_STANDFIRST_HEADLINE = 30  # characters of the headline over it (a button's "To se mi líbí" over a headline is none)


@cython.cfunc
def _meta_under_standfirst(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a headline over its long standfirst, and the byline or date follows the standfirst ("La ciudad que
    expulsa a sus maestros" / a 134-character summary / the author / the date): the date is the headline's too,
    not only the standfirst's (which sits next to it but is no title)."""
    if i + 1 >= len(lines):
        return False
    size = len(lines[i + 1].text)
    # (or a line too long for a dek of the headline, DEK_RATIO, and MID_STANDFIRST_CHARS long: "How a routine
    # certificate rotation and a retry storm took down payments, and what we are changing", 98 characters under a
    # headline of 57)
    # A line twice the headline's length and SHORT_STANDFIRST_CHARS long is no dek either, though short of
    # MID_STANDFIRST_CHARS ("Bäckereien kämpfen mit hohen Energiepreisen", 43 characters, over an 88-character
    # summary without a full stop, then the byline), under a headline of SHORT_STANDFIRST_HEADLINE characters.
    head = len(lines[i].text)
    if size < LONG_STANDFIRST_CHARS and (size < MID_STANDFIRST_CHARS or size <= DEK_RATIO[1] * head) and (
        size < SHORT_STANDFIRST_CHARS or size < STANDFIRST_HEADLINE_RATIO * head or head < SHORT_STANDFIRST_HEADLINE
    ):
        return False
    if not _standfirst_below(lines, i):
        return False
    return _meta_adjacency(lines, i + 1) >= 0.7


# A dek (subtitle) of about the headline's length, up to half again as long (a one-line dek often says more
# than its headline): shorter ones are kickers, longer ones standfirsts.
DEK_RATIO = (0.8, 1.5)
DEK_WEIGHT = 0.9
_PATH_SEP_RE = re.compile(r"[|｜>＞›»/]")


def _dek_shaped(text: str) -> bool:
    """A dek is heading-like, or one sentence of prose ("We picked what is worth seeing this weekend.")."""
    return _is_rival(text) or (is_prose(text) and _INNER_SENTENCE_RE.search(text) is None)


SUBHEAD_STACK_MAX = 3  # deks one under another between a headline and its byline (Korean news prints two or three)


@cython.cfunc
def _dek_below(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a headline over a dek of similar length, and the byline or date follows the dek.

    Headline, dek, byline, date is the order of a news header: of two stacked heading-like lines
    right above the meta line, the upper one is the title (the dek has the closer date, not the title).
    """
    return _dek_below_within(lines, i, SUBHEAD_STACK_MAX)


@cython.cfunc
@cython.locals(depth=cython.Py_ssize_t)
def _dek_below_within(lines: list, i: cython.Py_ssize_t, depth: cython.Py_ssize_t) -> cython.bint:
    """_dek_below, where the dek may itself stand over a dek (`depth` deks in a stack at most, the last one right
    over the byline or date): "headline / subhead / subhead / byline / date"."""
    title = lines[i].text
    if not _is_rival(title) or _PATH_SEP_RE.search(title):  # a breadcrumb over the headline is no headline
        return False
    if _dated_line(title):  # a dated teaser over the headline ("Storm closes ... – January 14, 2025"), no headline
        return False
    nxt = _next_unfurnished(lines, i + 1, i + 3)
    if nxt is None or nxt.index != i + 1 or _category_row_over_headline(lines, i):
        return False
    # The lengths first: most lines under a candidate are no dek by their length alone, and _dek_shaped's prose
    # test is not cached.
    lo, hi = DEK_RATIO
    if not lo * len(title) <= len(nxt.text) < hi * len(title) and not _short_dek(title, nxt.text):
        return False
    if not _dek_shaped(nxt.text) or _is_meta_line(nxt.text):
        return False
    # A dek says something else; a copy of the headline with a prefix (breadcrumb, list number) is not one.
    # (Chinese and Japanese have no spaces to split their words at; Korean has, and its words compare as these do)
    a, b = set(_norm(title).split()), set(_norm(nxt.text).split())
    if (_is_cjk(title) and not _has_hangul(title)) or not a or len(a & b) / len(a | b) >= 0.3:
        return False
    # (a dek under another dek heads a byline or date row, not a lead that opens with its dateline: a release's
    # highlights, one a line between its date and its lead, are no stack of subheads)
    if _meta_adjacency(lines, nxt.index) >= 0.7 and (
        depth == SUBHEAD_STACK_MAX or nxt.index + 1 >= len(lines) or not is_prose(lines[nxt.index + 1].text)
    ):
        return True
    if depth > 1 and _dek_below_within(lines, nxt.index, depth - 1):
        return True
    if depth < SUBHEAD_STACK_MAX:  # (a dek's dek must reach the byline or date: the test below is the top pair's)
        return False
    # A text that opens with headline and dek (a cleaned record) has its body right under the dek; so has a
    # page whose date is under its article ("Stand: ..."), but there the pair must be no list's items and no
    # caption or label row ("Topics: ...", "(Credit: AP/...)"), which also sit right above a lead.
    after = lines[i + 2] if i + 2 < len(lines) else None
    if after is None or not is_prose(after.text):
        return False
    return i == 0 or _headline_and_dek_shaped(lines[i], nxt)


SHORT_DEK_MIN_RATIO = 0.5  # a dek this much shorter than a long headline of sentence case
LONG_HEADLINE_WORDS = 8  # ("Divers find 200-year-old merchant ship in remarkably intact condition" over its dek)
SENTENCE_CASE_MAX = 0.6  # share of capitalized words (4+ letters) of a headline in sentence case


def _short_dek(title: str, dek: str) -> bool:
    """A long sentence-case headline over a shorter sentence-case dek ("Fallece a los 91 años Rosario Valdés, la
    maestra que ..." over "Su escuela unitaria funcionó en el pueblo hasta 1987"). A title-case line under a longer
    line is a headline under some other row ("On Recent Controversial Events" under a footer link), no dek."""
    return (
        SHORT_DEK_MIN_RATIO * len(title) <= len(dek) < len(title)
        and _n_words(title) >= LONG_HEADLINE_WORDS
        and _title_case_ratio(title) < SENTENCE_CASE_MAX
        and _title_case_ratio(dek) < SENTENCE_CASE_MAX
    )


def _headline_and_dek_shaped(title: Line, dek: Line) -> bool:
    """Neither line is an item of a list of other articles, a caption, interface line or "Label: ..." row."""
    if _list_item(title) or _list_item(dek) or _field_row(title.text):
        return False
    return _title_shaped(title.text) and _title_shaped(dek.text)


@cython.cfunc
def _author_row(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a bare author name ("Dara Whelan", "Jane Doe in London") between a headline right above it
    and a date right under it.

    Headline, author, date is a common header without a "By": the name row is next to the date, so
    _meta_adjacency gives it more than the headline, but it is the byline.
    """
    if i == 0 or i + 1 >= len(lines):
        return False
    above = lines[i - 1].text
    if _between_byline_and_date(lines, i):
        return True
    if not _is_rival(above) or _PATH_SEP_RE.search(above):
        return _role_row(lines, i)
    if not _is_meta_line(lines[i + 1].text):
        return _role_row(lines, i) or _first_of_author_rows(lines, i)
    text = lines[i].text
    return _bare_name(text) is not None or _handle_row(text, above) or _short_credit_row(text, above)


def _between_byline_and_date(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i sits between a "By ..." byline right above it and a date line right under it: the byline's second row
    (the reporter's role or where they report from, "Staff Writer", "Reporting from the northern forest"), whatever
    its shape. A headline sits over its byline, not under it."""
    above = lines[i - 1].text
    if len(above) > MAX_DATE_LINE or not parse_byline(above):
        return False
    below = lines[i + 1].text
    return len(below) <= MAX_DATE_LINE and _is_meta_line(below) and not _is_meta_line(lines[i].text)


SHORT_CREDIT_MAX_WORDS = 3


def _short_credit_row(text: str, headline: str) -> bool:
    """`text`, between `headline` and its date, is a byline in lower case ("Echipa de produs", "Redazione web",
    "the product team"): SHORT_CREDIT_MAX_WORDS words at most, no capital after its first letter (a name is
    _bare_name's), no digit, no sentence mark, less than half the headline's length."""
    if _n_words(text) > SHORT_CREDIT_MAX_WORDS or 2 * len(text) >= len(headline) or _has_decimal(text):
        return False
    if _SENTENCE_PUNCT_RE.search(text) is not None or _is_cjk(text):
        return False
    return text[1:] == text[1:].lower()


_ROLE_SEPARATORS = frozenset(",|/•·–—-")  # between a name and its role in a byline row (_NAME_END_RE's separators)
AUTHOR_ROWS_MAX = 3  # the names of a shared byline, one a row ("Amara Nwosu, Staff Writer" / "Sam Ferris, Contributor")


@cython.cfunc
@cython.locals(k=cython.Py_ssize_t)
def _first_of_author_rows(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is the first of two or three bare author rows between the headline and the date (a shared byline, a
    name and a role a row): every row a name (_bare_name), the date row right under the last. The first row names its
    author's role after the name ("Amara Nwosu, Staff Writer", "Sam Ferris | Contributor"): a short headline in
    title case reads as a name too ("Budget Approved" over "Jane Doe" and the date)."""
    end = min(len(lines), i + AUTHOR_ROWS_MAX + 1)
    # The date row first: the loop below is True only at one, two or three rows down (cached; most lines have
    # none there), and _bare_name's split and word tests cost more.
    for k in range(i + 2, end):
        if _is_meta_line(lines[k].text):
            break
    else:
        return False
    text = lines[i].text
    name = _bare_name(text)
    if name is None or not text.startswith(name) or text[len(name) :].lstrip()[:1] not in _ROLE_SEPARATORS:
        return False
    for k in range(i + 1, end):
        text = lines[k].text
        if _is_meta_line(text):
            return k > i + 1
        if _bare_name(text) is None:
            return False
    return False


# A member's screen name under a post's headline on a CJK forum or community board ("산바람조아", "山歩き好き"): one
# unspaced word of CJK characters or Hangul, no sentence (a headline of that size has no date under it so close).
HANDLE_MAX_CHARS = 12


def _handle_row(text: str, headline: str) -> bool:
    """`text` is a screen name under `headline`: one word of 2-HANDLE_MAX_CHARS characters, mostly CJK or Hangul,
    without sentence punctuation, at most half as long as the headline."""
    if not 2 <= len(text) <= HANDLE_MAX_CHARS or 2 * len(text) > len(headline) or " " in text:
        return False
    return _cjk_in_line(text) * 2 > len(text) and not _SENTENCE_PUNCT_RE.search(text)


def _caseless_author_row(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a name row of a script without capitals ("ڈاکٹر عائشہ فاروقی"): two or three words, no digits or
    punctuation, right over a date line. The caller has seen the line above it share words with the body (the
    headline) and this one share none: _bare_name reads names by their capitals, which these scripts lack.
    """
    if i + 1 >= len(lines) or not _is_meta_line(lines[i + 1].text):
        return False
    text = lines[i].text
    return (
        2 <= len(text.split()) <= 3 and text.upper() == text.lower() and not _is_cjk(text)
        and not _has_any(text, "0123456789.,:;!?؟،")
    )


ROLE_MAX_WORDS = 8


@cython.cfunc
def _role_row(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is the author's role ("Corresponsal en La Paz", "كاتب وباحث في التخطيط الحضري") in a byline block:
    under a name row ("Redacción", a person's name) that is under the headline, and right over the date.

    The role sits next to the date, so _meta_adjacency gives it more than the headline; but a short line
    without sentence punctuation, shorter than the headline two rows up, between a name and a date is the
    byline's second row, no title.
    """
    if i < 2 or i + 1 >= len(lines):
        return False
    # The date under it first (a row with none under it is no role, whatever it says): most rows end here, before
    # the tests of the row's own text. (len(below) <= MAX_DATE_LINE: _is_meta_line, cached, is True for every date
    # line.)
    below = lines[i + 1].text
    if len(below) > MAX_DATE_LINE or not _is_meta_line(below):
        return False
    text = lines[i].text
    headline = lines[i - 2].text
    if not 2 <= _n_words(text) <= ROLE_MAX_WORDS or len(text) >= len(headline) or _is_meta_line(text):
        return False
    if _SENTENCE_PUNCT_RE.search(text) or _TERMINAL_STOP_RE.search(text) or is_prose(text):
        return False
    if not _is_rival(headline) or _PATH_SEP_RE.search(headline):
        return False
    name = lines[i - 1].text  # a name has no digits ("49. Bibliography" over it is a list's item)
    if _row_below_title(name) != _ROW_SKIPPABLE or _has_any(name, "0123456789"):
        return False
    return _date_line_any_order(below) is not None


def _bare_name(text: str) -> str | None:
    """The person a line names without a byline word: 2-3 capitalised words ("Dara Whelan"), a place after
    "in"/"at" allowed ("Kenji Hollis in Rotterdam"). Four title-case words are as often a short headline."""
    words_in_line = _word_count(text)
    if words_in_line > BARE_NAME_MAX_WORDS:  # "In Madrid, the mood is kinder: ..." is a paragraph
        return None
    if words_in_line > 3 and text.rstrip()[-1:] in ".!?":  # "In Madrid, the mood is kinder." is a sentence
        return None
    name = _NAME_END_RE.split(text, maxsplit=1)[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD_RE.fullmatch(w) for w in words):
        return None
    return name if _name_like(words, 3) else None


@cython.cfunc
def _kicker(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a short section label ("World", "Tech Industry") right above a longer headline."""
    if _n_words(lines[i].text) > 3 and _cjk_in_line(lines[i].text) < 4:
        return False
    nxt = _next_unfurnished(lines, i + 1, i + 3)
    return nxt is not None and _is_rival(nxt.text) and len(nxt.text) > len(lines[i].text)


_ROW_META, _ROW_SKIPPABLE, _ROW_STOP = 0, 1, 2

# A review's rating row under its headline: a row of stars ("★★★★☆"), or a score out of a scale with its label
# ("Our rating: 4 out of 5", "Note : 8/10", "Bewertung: 4 von 5 Sternen", "4.5/5 stars"); nothing else on the line.
_RATING_SCORE_RE = re.compile(
    r"(?:[^\W\d_][\w' ]{0,24}\s?[:：]\s*)?\d{1,3}(?:[.,]\d)?\s*(?:/|out\s+of|of|von|sur|de|su|uit|z|из)\s*"
    r"(?:5|10|100)\b\.?(?:\s*(?:stars?|sterne[n]?|étoiles|estrellas|estrelas|stelle|sterren|gwiazdek))?",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _rating_row(text: str) -> bool:
    """A review's rating row: only stars, or a label and a score out of 5, 10 or 100 (_RATING_SCORE_RE). A
    headline that gives a score says more ("Review: 4 out of 5 stars for the new tram")."""
    text = text.strip()
    if len(text) > 60:
        return False
    # The regexes only where they can match: a row of stars opens with a star (strip() took the whitespace, \\s),
    # a score holds a decimal digit (\\d, str.isdecimal()).
    if text[:1] in _RATING_STAR_CHARS and _RATING_STARS_RE.fullmatch(text):
        return True
    return any(c.isdecimal() for c in text) and _RATING_SCORE_RE.fullmatch(text) is not None


@lru_cache(maxsize=8192)
def _row_below_title(text: str) -> int:
    """What a line under a title candidate is for `_meta_adjacency`: a date/byline line (_ROW_META), a row
    that may sit between the title and its date (author names, 1-2 words: _ROW_SKIPPABLE), or neither.

    Cached: each line is looked at from up to eight candidates above it.
    """
    if _is_meta_line(text):
        return _ROW_META
    if cython.compiled and _word_count(text) > 8:  # no name row, more than two words (a paragraph is not split)
        return _ROW_STOP
    words = text.split()
    name_row = len(words) <= 8 and _name_like([w.strip(",") for w in words], 8) and not _is_cjk(text)
    # A script without capitals cannot show a name by them: three words of it may be a name with its title
    # ("ڈاکٹر عائشہ فاروقی", Dr. A. F.), as two words of any script may be.
    caseless_name = (
        len(words) == 3 and text.upper() == text.lower() and not _has_any(text, "0123456789.,:;!?؟،") and not _is_cjk(text)
    )
    return _ROW_SKIPPABLE if name_row or len(words) <= 2 or caseless_name else _ROW_STOP


@cython.cfunc
@cython.locals(skipped=cython.int, k=cython.Py_ssize_t, row=cython.long, line=Line)
def _meta_adjacency(lines: list, i: cython.Py_ssize_t, skip_furniture: cython.bint = True) -> cython.double:
    """Bonus for a date/byline line under line i (author names or furniture may sit between), or a date above."""
    skipped = 0
    for k in range(i + 1, min(i + 9, len(lines))):  # lines[i + 1 : i + 9]
        line = lines[k]
        row = _row_below_title(line.text)
        if row == _ROW_META:
            return 1.0 if skipped == 0 else 0.7
        if skip_furniture and (_furniture_removed(line) or _is_ui(line.text) or _rating_row(line.text)):
            continue  # share buttons, a review's rating and the like between a title and its date do not count
        if len(line.text) <= TAG_MAX_LEN and _tag_line(lines, k):  # (_tag_token's own length test, before the call)
            continue  # a topic's tags, one to a line, between its title and the poster's name and date
        if skipped and len(line.text) <= YEARLESS_DATE_MAX_LEN and _yearless_date(line.text):
            return 0.7  # a forum's post date under the poster's name ("Nov 28": this year's, no year printed)
        # (with skip_furniture, a line that reaches here is no interface line: it was skipped above)
        if skipped == 0 and not skip_furniture and _is_ui(line.text):
            break  # (asked for the date right under a headline: a switch right under a line parts it from the
            # date, as under a menu's item; a "Follow" button after the author's name is the byline's)
        if skipped == 2 or (row == _ROW_STOP and not (skipped == 1 and _role_row(lines, k))):
            break  # (an author's role line under the name row is a byline row too)
        skipped += 1
    # (_is_meta_line's cached answer first: it is True for every such date line, and the gap costs of
    # _title_scores have asked it of these lines already)
    if i > 0:
        above = lines[i - 1].text
        if len(above) <= MAX_DATE_LINE and _is_meta_line(above) and _date_line_any_order(above):
            return 0.3
    return 0.0


# A date without its year, as a forum prints this year's ("Nov 28", "28 Nov", "28. November").
YEARLESS_DATE_MAX_LEN = 20
# Day and month either way round, in one alternation of the names (compiled on first use: few lines get past
# _yearless_date's tests). The day is before the name (group "pre") or after it (group "post"), never both: the
# plain form is "(?:MONTH\.?\s+\d{1,2}|\d{1,2}\.?\s+MONTH\.?)", see _yearless_date. The names as a trie behind
# their first letters (_MONTH_TRIE: the strings of _MONTH_ALT; only whether the whole text matches is asked, and
# which end holds the day, which the names decide not): the flat alternation tried each of its ~740 names in turn
# (_meta_adjacency asks it of short rows under a title candidate, ~5x faster so).
_YEARLESS_DATE_RE = LazyPattern(r"(?P<pre>\d{1,2}\.?\s+)?(?:" + _MONTH_TRIE + r")\.?(?P<post>\s+\d{1,2})?", re.IGNORECASE)


def _yearless_date(text: str) -> bool:
    """The whole text is a date without its year: a month name with a day of one or two digits after it
    ("Nov 28") or before it ("28 Nov", "28. November"), as "(?:MONTH\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+MONTH\\.?)" fullmatches.

    The tests before the regex are what every such text has: a decimal digit (\\d, str.isdecimal()) at one end, and
    two words (no month name holds a space or a digit; \\s is str.isspace(), str.split()'s whitespace). In the
    regex, with no name opening or closing with a digit, the day is before the name exactly when the text opens
    with a digit and after it exactly when it ends with one: a match with both (or neither) is no such date.
    """
    first, last = text[:1].isdecimal(), text[-1:].isdecimal()
    if first == last or len(text.split()) != 2:
        return False
    m = _YEARLESS_DATE_RE.fullmatch(text)
    return m is not None and (m.group("pre") is None) != (m.group("post") is None)


_TAG_RE = re.compile(r"[^\W_A-Z][\w.+#-]{0,29}")
TAG_MAX_LEN = 30  # the longest text _TAG_RE can fullmatch


def _tag_token(text: str) -> bool:
    """One lower-case token (a tag: "fermentation", "c++", "python-3.x") of a script with cases: a lower-case
    letter in it (a word of a script without cases, "やさしいことば", says nothing of its case)."""
    # (_TAG_RE matches 30 characters at most: a longer line, a headline or a paragraph, is not asked; nor one with a
    # space, which neither \w nor the other characters of its set match.)
    return (
        len(text) <= TAG_MAX_LEN and " " not in text and _TAG_RE.fullmatch(text) is not None and text.lower() == text and any(c.islower() for c in text)
    )


def _tag_line(lines: list, k: cython.Py_ssize_t) -> bool:
    """Line k is one of a post's tags: a lower-case token (_tag_token) with another right above or below it (a
    run of tags; one such line alone may be a user's name)."""
    if not _tag_token(lines[k].text):
        return False
    return (k > 0 and _tag_token(lines[k - 1].text)) or (k + 1 < len(lines) and _tag_token(lines[k + 1].text))


@lru_cache(maxsize=8192)
def _label_row(text: str) -> bool:
    """A short form row "label: value" (发布机构： 南屿县农业农村局, "Publisher: Ministry of Health")."""
    # The sizes first: on a long line without a colon the regex backtracks through every split into words.
    if len(text) > LABEL_ROW_MAX_LABEL + LABEL_ROW_MAX_CODE:
        return False
    colon = max(text.find(":"), text.find("："))
    if not 0 <= colon < LABEL_ROW_MAX_LABEL:
        return False
    if len(text) - colon - 1 > LABEL_ROW_MAX_VALUE and _CODE_VALUE_RE.fullmatch(text[colon + 1 :].strip()) is None:
        return False
    # (A path is no field's value: "当前位置：首页 > 财经" is a breadcrumb.)
    return _LABEL_ROW_RE.match(text) is not None and not _PATH_SEPARATOR_RE.search(text)


def _in_label_table(lines: list[Line], i: int) -> bool:
    """Line i is a row of a table of form rows (the 索引号 / 发布机构 / 成文日期 box of a notice), with rows
    above and below it: a field of the page's record, no headline. A headline over its "Source: ..." and
    "Author: ..." rows has none above it."""
    if not _label_row(lines[i].text):
        return False
    above = 0
    while i - above - 1 >= 0 and _label_row(lines[i - above - 1].text):
        above += 1
    below = 0
    while i + below + 1 < len(lines) and _label_row(lines[i + below + 1].text):
        below += 1
    return above >= 1 and below >= 1 and above + below + 1 >= LABEL_TABLE_MIN_ROWS


# A headline that is about an interface thing ("How to choose a permalink structure for your blog", "Why
# browsers block third-party cookies and what it means for small shops", "Why the humble email newsletter refuses
# to die"): the noun is its topic, not a link's label. Only the nouns of _UI_ALTERNATIVES (no prompt: "click here",
# "sign in", "subscribe"), in a line of UI_TOPIC_HEADLINE_MIN_WORDS words or more, and none that speaks as the site
# ("We use cookies to ...", "Our privacy policy has changed ...", "... the newsletter in your inbox") or names a
# banner's controls ("Manage your privacy and cookie settings ..."): a cookie banner or a policy notice; nor one
# that asks for consent by browsing on ("By continuing to browse you agree to the use of cookies").
UI_TOPIC_HEADLINE_MIN_WORDS = 8
_UI_TOPIC_WORDS_RE = re.compile(r"\b(?:permalinks?|privacy|cookies?|newsletters?)\b", re.IGNORECASE)
_UI_SITE_VOICE_RE = re.compile(
    r"\b(?:we|we'?re|we'?ve|our|us|this (?:site|website)|settings|preferences|consent|accept|reject|manage|"
    r"policy|notice|statement|agrees?|continu(?:e|ing)|browsing|inbox)\b",
    re.IGNORECASE,
)


def _ui_topic_headline(text: str) -> bool:
    """A headline of eight words or more whose only interface words are nouns it is about (see above)."""
    if _n_words(text) < UI_TOPIC_HEADLINE_MIN_WORDS or _UI_SITE_VOICE_RE.search(text) is not None:
        return False
    rest = _UI_TOPIC_WORDS_RE.sub(" ", text)
    return rest != text and not _is_ui(rest)


# The marks that open an affiliation or a footnote row: superscript digits, daggers.
_NOTE_MARKS = ("¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "†", "‡")


# A paper's author row: names with their affiliations' marks, listed with commas ("Ana Ruiz¹, Li Wei²,³, Tom Berg¹*").
_MARKED_NAME_RE = re.compile(r"([^\W\d_]+)[" + "".join(_NOTE_MARKS) + r"*]")


def _marked_author_row(text: str) -> bool:
    """Two or more capitalized words (names) end in an affiliation mark (a superscript digit, a star, a dagger) and
    commas part them: a paper's author row ("Ana Ruiz¹, Li Wei², Tom Berg¹"), no headline (a unit is written in
    lower case: "Wohnungen unter 50 m², Häuser über 200 m²")."""
    if "," not in text or not any(mark in text for mark in _NOTE_MARKS):
        return False
    names = 0
    for word in _MARKED_NAME_RE.findall(text):
        if len(word) >= 2 and word[0].isupper():
            names += 1
    return names >= 2


# A link, not a headline: a line that opens or closes with an arrow ("← Zurück zur Ergebnisliste", "Next lesson →").
# (No « » ‹ ›: French and German quotes open headlines.)
_ARROWS = "←→↑↓⟵⟶⇐⇒⇦⇨◄◀►▶❮❯"
# A position counter: "<label> N <of> M" ("Pelajaran 3 dari 12", "Bild 1 von 14", "Page 2 of 5", "Урок 3 из 12",
# "Część 2 z 5", "Lesson 3/12"): one or two words, then N, a short word or a slash, and M (N <= M < 1000).
# A comparison's "or" / "vs" between the numbers makes a headline of two versions instead ("Windows 10 or 11",
# "iPhone 15 vs 16", "Série 3 ou 4"): _COMPARISON_WORDS.
_POSITION_COUNTER_RE = re.compile(r"^(?:[^\W\d_]+\.?\s+){1,2}(\d{1,3})\s*(?:/|\s([^\W\d_]{1,4})\s)\s*(\d{1,3})$")
_COMPARISON_WORDS = frozenset(
    ["vs", "v", "or", "and", "nor", "oder", "und", "ou", "et", "o", "y", "e", "u", "ni", "и", "или", "або", "чи", "i", "lub", "albo", "czy", "eller", "och", "og", "ja", "tai", "veya", "ve", "ya"]
)


def _nav_line(text: str) -> bool:
    """A navigation line no headline is: an arrow link or a position counter (_ARROWS, _POSITION_COUNTER_RE)."""
    if text[:1] in _ARROWS or text[-1:] in _ARROWS or text.startswith(("< ", "<< ")) or text.endswith((" >", " >>")):
        return True
    if not text[-1:].isdigit():
        return False
    m = _POSITION_COUNTER_RE.match(text)
    if m is None or (m.group(2) or "").casefold() in _COMPARISON_WORDS:
        return False
    return int(m.group(1)) <= int(m.group(3))


@lru_cache(maxsize=8192)
def _title_shaped(text: str) -> bool:
    """A heading-like line that is no interface prompt, photo caption ("Photo: ...", "Image 1 of 13"), labelled
    caption or credit (patterns.IMAGE_CAPTION_RE, the boilerplate stage's table: "Image source, Getty Images",
    "Fuente de la imagen, Archivo"), line quoted in a mail ("> ...") nor an accordion's toggled question ("+ What
    is a REAL ID?" right above its answer, an FAQ's: the page's heading is above the toggles) or a "+" bullet."""
    return (
        is_heading_like(text)
        and not text.startswith((">", "+ "))
        # a subtitle or a credit under the headline, opening with a CJK dash ("——当代城市的记忆", "——作者手记")
        and not text.startswith("——")
        and not _nav_line(text)  # "← Back to results", "Lesson 3 of 12": navigation
        # an author's affiliation or a footnote under a paper's title ("² Department of ...", "† Equal contribution")
        and not text.startswith(_NOTE_MARKS)
        and not _marked_author_row(text)
        # (a newsletter issue's name, "Parish newsletter: Spring 2025", holds the interface word "newsletter")
        and (not _is_ui(text) or NEWSLETTER_ISSUE_RE.match(text) is not None or _ui_topic_headline(text))
        and not (_may_match(text, _CAPTION_KEYS) and _CAPTION_RE.search(text))
        and IMAGE_CAPTION_RE.search(text) is None
    )


# A short line that repeats a piece of a longer candidate just above it (the place of a dateline, a name
# from the headline) is no title: the headline holds it.
FRAGMENT_PENALTY = 1.0
FRAGMENT_WINDOW = 6  # lines above the fragment where the headline that holds it is looked for


@cython.cfunc
@cython.locals(c=cython.Py_ssize_t, k=cython.Py_ssize_t)
def _fragment_of_above(lines: list, candidates: list, c: cython.Py_ssize_t) -> cython.bint:
    """Candidate c's text is a whole-word piece of under half of a candidate at most FRAGMENT_WINDOW lines
    above it. (A breadcrumb line is no headline: the title is its last crumb.)"""
    i = candidates[c]
    text = lines[i].text
    for k in range(c - 1, -1, -1):
        j = candidates[k]
        if i - j > FRAGMENT_WINDOW:
            break
        longer = lines[j].text
        # The length and substring tests first: they rule out most pairs without a regex (the word-bounded
        # one is built for each pair). A breadcrumb ("News / Title") holds the title as its last crumb.
        if (
            2 * len(text) < len(longer)
            and text in longer
            and not _PATH_SEP_RE.search(longer)
            and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", longer)
        ):
            return True
    return False


# "Status: RESOLVED", "Reporter: Jane Doe", "From: ...": a label of a few words, a colon, a value.
_FIELD_ROW_RE = re.compile(r"^[^\W\d_][^\W_]*(?:[ '-][^\W_]+){0,2}\s?[:：]\s+\S")
FIELD_ROWS_MIN = 3  # field rows among a line and its two neighbours on each side: a fields table
# A code before the colon, capitals and a number ("GEOG 214:", "CS 101:", "ECON2010:"): a course's or a product's
# code in its heading, no field's label (those are words: "Credits:", "Meeting times:").
_CODE_LABEL_RE = re.compile(r"^[A-Z]{2,6}[ -]?\d{2,5}[A-Z]?\s?[:：]\s+\S")
# A part's word and number before the colon ("Lesson 3:", "Kapitel 12:", "Pelajaran 3:"): with a headline after it,
# a numbered heading among its course's or book's field rows, no field.
_NUMBERED_LABEL_RE = re.compile(r"^[^\W\d_]+\s\d{1,3}\s?[:：]\s+\S")


@cython.cfunc
@cython.locals(i=cython.Py_ssize_t, k=cython.Py_ssize_t, rows=cython.int, first=cython.bint)
def _in_field_rows(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a row of a table of labelled fields (an issue's status table, a message's headers, an infobox):
    the title is above such a table, never one of its rows ("Review: ..." alone is a headline) but the one
    labelled as the title ("Title: ...", "标 题： ...")."""
    text = lines[i].text
    if not _field_row(text) or _TITLE_LABEL_RE.match(text) is not None:
        return False
    if _NUMBERED_LABEL_RE.match(text) is not None and _headline_value(text):
        return False  # a numbered part's heading ("Pelajaran 3: Membaca Neraca ...", "Chapter 12: The Long Road")
    top = i == 0 or not _table_row_above(lines[i - 1])
    if top and _CODE_LABEL_RE.match(text) is not None:
        return False  # the table's heading: a course's or a model's code and its name ("GEOG 214: Urban Climate")
    if top and _headline_value(text):
        return False  # the table's top row holds a headline behind its kind ("Security advisory: Path traversal ...")
    if _headline_under_fields(lines, i):
        return False
    rows = 0
    for k in range(max(0, i - 2), i):
        if _table_row_above(lines[k]):
            rows += 1
    # The first labelled line, over its header's date and reading-time rows ("Stand: 28.11.2025", "Lesezeit: 6
    # Minuten"), is a headline with a colon: those rows are no fields of a table (under a table's other rows they are).
    first = rows == 0
    for k in range(i, min(len(lines), i + 3)):
        if _field_row(lines[k].text) and (k == i or not first or not _header_meta_row(lines[k])):
            rows += 1
    return rows >= FIELD_ROWS_MIN


def _table_row_above(line: Line) -> cython.bint:
    """A field row over a line of a table of fields (_in_field_rows): a breadcrumb trail behind its label ("You are
    here: Home > Planning > Notices", "Sie sind hier: ...") is the page's navigation, no row of the table."""
    if not _field_row(line.text):
        return False
    rule = line.notes.get("furniture")
    return rule is None or rule[0] != "breadcrumb"


def _field_label(text: str) -> str:
    """The label of a field row: what is before its first colon."""
    cut = text.find(":")
    wide = text.find("：")
    if cut < 0 or 0 <= wide < cut:
        cut = wide
    return text[:cut]


def _headline_under_fields(lines: list, i: cython.Py_ssize_t) -> cython.bint:
    """Line i is a headline with a colon right under a header of one-word fields ("Archive-name: birding/faq",
    "Last-modified: 2025-11-30", "Version: 4.2" over "Binoculars for Birdwatching: Frequently Asked Questions", a
    plain-text FAQ's or a mail's header): the last row before a line that is no field, its label words with a space
    between, every row above labelled by one word."""
    if " " not in _field_label(lines[i].text).strip():
        return False
    if i + 1 < len(lines) and _field_row(lines[i + 1].text):
        return False
    above = 0
    k = i - 1
    while k >= 0 and _field_row(lines[k].text):
        if " " in _field_label(lines[k].text).strip():
            return False
        above += 1
        k -= 1
    return above >= FIELD_ROWS_MIN - 1


def _header_meta_row(line: Line) -> bool:
    """An article header's labelled row under its headline: a date line ("Stand: 28.11.2025") or a reading-time or
    counter row ("Lesezeit: 6 Minuten"). With a headline that holds a colon they make no table of fields."""
    rule = line.notes.get("furniture")
    if rule is not None and rule[0] in _HEADER_ROW_RULES:
        return True
    found = _date_line_any_order(line.text)
    return found is not None and found.tier == "pure"


HEADLINE_VALUE_MIN_WORDS = 5


def _headline_value(text: str) -> bool:
    """The value after a field row's label is a headline: HEADLINE_VALUE_MIN_WORDS words or more, with letters
    and no sentence end (a field's value is a name, a number, a date or a few words)."""
    value = text.split(":", 1)[1] if ":" in text else text.split("：", 1)[1]
    value = value.strip()
    return _n_words(value) >= HEADLINE_VALUE_MIN_WORDS and value[-1:] not in ".;," and is_heading_like(value)


@cython.ccall
def _field_row(text: str) -> cython.bint:
    """_FIELD_ROW_RE matches `text`. The colon first: on a line without one (most headlines) the regex tries
    every split of its first words into label words before it fails."""
    if ":" not in text and "：" not in text:
        return False
    return _FIELD_ROW_RE.match(text) is not None


BODY_SAMPLE_LINES, BODY_SAMPLE_CHARS = 12, 2000
# A summary box between the header and the body ("Key points:" over short items): its items are no titles,
# and they part the headline from the body little (they belong to the article's lead).
SUMMARY_MIN_ITEMS, SUMMARY_MAX_ITEMS = 3, 8
SUMMARY_LABEL_MAX_WORDS = 5
SUMMARY_ITEM_COST = 0.1


def _summary_boxes(lines: list[Line], lo: int, hi: int) -> list[tuple[int, list[int]]]:
    """(label, items) of each summary box in [lo, hi): a short label that ends with a colon ("Key points:",
    "要点：") over SUMMARY_MIN_ITEMS to SUMMARY_MAX_ITEMS kept lines in a row that are no paragraphs, dates or
    bylines. (A kicker "Analysis:" over a headline has one or two such lines under it, then the byline.)"""
    boxes: list[tuple[int, list[int]]] = []
    for i in range(lo, hi):
        text = lines[i].text.rstrip()
        if not text.endswith((":", "：")) or _n_words(text) > SUMMARY_LABEL_MAX_WORDS:
            continue
        run = []
        for k in range(i + 1, min(hi, i + 1 + SUMMARY_MAX_ITEMS)):
            item = lines[k].text
            if lines[k].removal is not None or is_prose(item) or item.rstrip().endswith((":", "：")) or _is_meta_line(item):
                break
            run.append(k)
        if len(run) >= SUMMARY_MIN_ITEMS:
            boxes.append((i, run))
    return boxes


def _summary_items(lines: list[Line], lo: int, hi: int) -> set[int]:
    """Indices in [lo, hi) of the items of the summary boxes there (see _summary_boxes)."""
    items: set[int] = set()
    for _, run in _summary_boxes(lines, lo, hi):
        items.update(run)
    return items


def _keep_summary_labels(doc: Document, title: Line, anchor: int) -> None:
    """A summary box kept between the title and the body keeps its label ("Key points:"): the record shows
    the box as the page did, and cleaned again its items are still read as a box, not as headlines."""
    for label, _ in _summary_boxes(doc.lines, title.index + 1, anchor):
        doc.lines[label].removal = None


def _body_start(lines: list[Line], anchor: int) -> str:
    """The first BODY_SAMPLE_CHARS of the kept prose among the BODY_SAMPLE_LINES lines from `anchor`, joined
    by spaces; lines after the sample is full are not looked at (is_prose of a long paragraph costs)."""
    parts: list[str] = []
    size = -1  # the joined length: a space between two parts
    for line in lines[anchor : anchor + BODY_SAMPLE_LINES]:
        if line.removal is None and is_prose(line.text):
            parts.append(line.text)
            size += 1 + len(line.text)
            if size >= BODY_SAMPLE_CHARS:
                break
    return " ".join(parts)[:BODY_SAMPLE_CHARS]


ONE_WORD_TITLE_BONUS = 1.0
_CRUMB_SEPS = (" › ", " > ", " » ", " / ", " | ")


# How far above a docs page's one-word heading the sidebar's or the trail's line naming the same page may sit.
PAGE_HEADING_REPEAT_WINDOW = 40
PAGE_HEADING_CJK_MAX = 8


def _page_heading_over_lead(lines: list, i: int, lead: str, repeated: bool) -> bool:
    """A docs page's one-word heading ("Transactions", "坐标轴") right over its first paragraph, which names it, and
    named again by a line above (the sidebar's item for the page, the trail's last crumb one to a line): the
    page's title. (A heading of one word is no title to is_heading_like, and no trail with separators is here.)
    Without `repeated`, the heading opens the text (a cleaned record opens with its title: the same title again)."""
    text = lines[i].text.strip()
    if _cjk_in_line(text):
        if not 2 <= len(text) <= PAGE_HEADING_CJK_MAX or _cjk_in_line(text) != len(text) or text not in lead:
            return False
    else:
        if len(text) < 4 or not text.isalpha() or not text[0].isupper():
            return False
        stem = text.casefold()[: max(4, len(text) - 2)]  # "Transactions" named by "a transaction ..."
        if stem not in lead.casefold():
            return False
    if not repeated:
        return i == 0
    if _headline_above(lines, i):
        return False
    return any(lines[k].text.strip() == text for k in range(max(0, i - PAGE_HEADING_REPEAT_WINDOW), i - 1))


HEADLINE_ABOVE_MIN_WORDS = 5
HEADLINE_ABOVE_MIN_CJK = 10


def _headline_above(lines: list, i: int) -> bool:
    """The line right over the one-word heading is a headline: a news page's section label ("Politics", in the menu
    too) sits under its story's headline, and a docs page's heading under a sidebar or contents item. A headline is
    long (HEADLINE_ABOVE_MIN_WORDS words, HEADLINE_ABOVE_MIN_CJK CJK characters), ends with no sentence's stop, and is
    on the page once (a contents item comes back as a section heading further down)."""
    above = lines[i - 1].text.strip()
    if not above or above[-1] in ".!?。！？:：":
        return False
    if len(above.split()) < HEADLINE_ABOVE_MIN_WORDS and _cjk_in_line(above) < HEADLINE_ABOVE_MIN_CJK:
        return False
    return sum(1 for line in lines if line.text.strip() == above) == 1


def _one_word_title(lines: list, i: int, anchor: int) -> bool:
    """A one-word heading ("Caching") that is a title, though is_heading_like wants two words: the last crumb of
    the breadcrumb trail right above it ("Docs › Guides › Caching"), or the first line of a text whose body starts
    right under it (a cleaned record opens with its title)."""
    text = lines[i].text
    if i == anchor - 1 and anchor < len(lines) and _page_heading_over_lead(lines, i, lines[anchor].text, i > 0):
        return True
    if len(text) < 3 or not text.isalpha() or not text[0].isupper() or _cjk_in_line(text):
        return False
    if i == 0:
        return anchor == 1
    above = lines[i - 1].text
    for sep in _CRUMB_SEPS:
        if sep in above:
            crumbs = above.split(sep)
            return len(crumbs) >= 2 and crumbs[-1].strip() == text
    return False


# Two family names joined by a dash or "&": the heading of a wedding or engagement announcement ("Alvarez–Thornton",
# "Nguyen & Patel"). One "word" to is_heading_like; a title when the lead names both.
_NAME_PAIR_RE = re.compile(r"^(?P<a>[^\W\d_][\w'’]+)\s?(?:[-–—]|\s&\s?)\s?(?P<b>[^\W\d_][\w'’]+)$")
_NAME_PAIR_JOINTS = "-–—&"  # every match of _NAME_PAIR_RE holds one (tests/test_perf_gates_v.py)


def _name_pair_title(text: str, lead: str) -> bool:
    """`text` is two capitalised names joined by a dash or "&", and the lead names both of them."""
    if len(text) > 60 or not text[:1].isupper():
        return False
    if not _has_any(text, _NAME_PAIR_JOINTS):  # (most lines: _NAME_PAIR_RE needs one of them between the names)
        return False
    m = _NAME_PAIR_RE.match(text)
    if m is None or not m.group("b")[:1].isupper():
        return False
    # Each name must be in the lead as it stands: the substitution below only cuts text out (a name, without
    # spaces, cannot form across the space it leaves), so a name not in the lead is in no version of it.
    if m.group("a") not in lead or m.group("b") not in lead:
        return False
    # the lead names them apart: a compound it names whole is one name ("Baden-Württemberg", "Rolls-Royce")
    lead = re.sub(rf"(?<!\w){re.escape(m.group('a'))}\s?(?:[-–—]|&)\s?{re.escape(m.group('b'))}(?!\w)", " ", lead)
    return re.search(rf"(?<!\w){re.escape(m.group('a'))}(?!\w)", lead) is not None and (
        re.search(rf"(?<!\w){re.escape(m.group('b'))}(?!\w)", lead) is not None
    )


UNDER_CRUMBS_BONUS = 1.0  # (as ONE_WORD_TITLE_BONUS: the place makes the title, not its words)
UNDER_CRUMBS_MIN_CRUMBS = 3
# The separators of a trail of sections, pointing down it ("/" and "|" also part a row of links: "Prev | Home | Next").
_TRAIL_SEPS = (" › ", " > ", " » ", " ＞ ")  # (the full-width ">" of a CJK site's trail: "トップ ＞ 求人 ＞ 品質管理")


# A headline with a one-word label ("Review: wireless headphones North Wind Q7", "Δοκιμή: ...", "Test: ..."): the
# label and at least three words of a headline after it. A field gives a short value ("Source: Reuters"). A label
# of two words takes two words after it: a series' name over its episode's ("Metsän kätköissä: Karhuemo ja pennut"),
# a notice's kind over its subject ("Travel advisory: Country name", "אזהרת מסע: ..."). It is asked only of the line
# right under a trail of sections, where a field's row may stand too: a reprint's "Original title: <the headline>"
# reads the same, and its label's words are a field's (FIELD_LABEL_WORDS), so it is no headline.
_LABELLED_HEADLINE_RE = re.compile(r"^[^\W\d_]{3,}(?:: (?:\S+ ){2,}\S+| [^\W\d_]{3,}: (?:\S+ )+\S+)$")
# A label's value that is a list of topics or tags ("Trending: ferry, storm, elections, budget"): three items or
# more between commas, each of one or two words. A headline has longer stretches between its commas.
_TOPIC_LIST_RE = re.compile(r"^[^:]+: [^,\s]+(?: [^,\s]+)?(?:, [^,\s]+(?: [^,\s]+)?){2,}$")


def _labelled_headline(text: str) -> bool:
    """A headline behind a one- or two-word label (_LABELLED_HEADLINE_RE), whose value is no list of topics and
    whose label names no field of the record ("Original title: ...", FIELD_LABEL_WORDS)."""
    if _LABELLED_HEADLINE_RE.match(text) is None or _TOPIC_LIST_RE.match(text) is not None:
        return False
    return all(word.casefold() not in FIELD_LABEL_WORDS for word in text[:text.index(":")].split())


def _under_crumb_trail(lines: list, i: int) -> bool:
    """Line i sits right under a breadcrumb trail of UNDER_CRUMBS_MIN_CRUMBS crumbs or more ("Início > Ensino >
    Graduação > Disciplinas"): the page's heading, whose place that is, however short its name ("Hidrologia
    Aplicada (ENA-2041)") and however few words it shares with the text under it. A labelled line there
    ("原标题：...", the original headline of a reprint) is a field, not the heading; a headline behind a one-word
    label ("Review: wireless headphones North Wind Q7", _LABELLED_HEADLINE_RE) is the heading. A shorter trail
    counts when it ends with the line's own text ("Dokumentace › Poznámky k vydání" over "Poznámky k vydání"):
    the trail names the page the heading heads (with spaced slashes too). A trail that opens with the home page's
    name may use spaced slashes ("Etusivu / Työpaikat / Sosiaali- ja terveysala / Lähihoitaja", patterns.is_breadcrumb)."""
    if i == 0 or "：" in lines[i].text or (":" in lines[i].text and not _labelled_headline(lines[i].text)):
        return False
    above = lines[i - 1].text
    for sep in _TRAIL_SEPS:
        if sep in above:
            crumbs = above.split(sep)
            return len(crumbs) >= UNDER_CRUMBS_MIN_CRUMBS or (
                len(crumbs) >= 2 and crumbs[-1].strip() == lines[i].text.strip()
            )
    if " / " in above:
        crumbs = above.split(" / ")
        # (a slashed trail that ends with the line's own text names the page, as an arrowed one does: "Referencia
        # de la API / Clientes / Crear un cliente" over "Crear un cliente")
        if len(crumbs) >= 2 and crumbs[-1].strip() == lines[i].text.strip():
            return True
        if is_breadcrumb(above):
            return len(_CRUMB_SEP_RE.split(above.strip())) >= UNDER_CRUMBS_MIN_CRUMBS
    return False


TRAIL_END_BONUS = 1.0  # (as UNDER_CRUMBS_BONUS: the trail names the page's heading)
TRAIL_END_MIN_WORDS = 2  # the trail's last crumb, to name a line under it: two words or more ...
TRAIL_END_MIN_CJK = 4  # ... or four CJK characters (one word, "News" or "新闻", is a section's name)
TRAIL_END_MAX_GLUED_WORDS = 4  # a label glued after the headline ("<headline> <sidebar label>"): four words at most
TRAIL_END_MAX_GLUED_CHARS = 30
# Where _title_scores leaves the last crumb of the trail a line repeats: the title is the crumb (the line may go on
# with a sidebar's label the dump glued to it).
_TRAIL_TITLE_NOTE = "trail_title"


def _trail_end(lines: list, lo: int, hi: int) -> tuple[int, str] | None:
    """The lowest breadcrumb trail of UNDER_CRUMBS_MIN_CRUMBS crumbs or more in lines[lo:hi] ("Site > Section >
    Month > <headline>") whose last crumb is long enough to be a page's heading (TRAIL_END_MIN_WORDS words or
    TRAIL_END_MIN_CJK CJK characters): its index and that crumb."""
    for t in range(hi - 1, lo - 1, -1):
        text: str = lines[t].text
        if not _has_any(text, "›>»＞"):
            continue
        for sep in _TRAIL_SEPS:
            if sep in text:
                crumbs = [c.strip() for c in text.split(sep)]
                last = crumbs[-1]
                if len(crumbs) < UNDER_CRUMBS_MIN_CRUMBS or not all(crumbs):
                    break
                if _n_words(last) >= TRAIL_END_MIN_WORDS or _cjk_in_line(last) >= TRAIL_END_MIN_CJK:
                    return t, last
                break
    return None


def _repeats_trail_end(text: str, crumb: str, glued: cython.bint) -> bool:
    """`text` is the trail's last crumb, or (`glued`) the crumb with a short label glued after it behind a space
    (two interleaved columns run together in a dump: "<headline> <sidebar label>"), the label no sentence and no
    continuation in lower case ("Ridgeback Loop via Cedar Creek": the trail shortened the headline)."""
    if text == crumb:
        return True
    if not glued or not text.startswith(crumb) or text[len(crumb) : len(crumb) + 1] not in (" ", "\u3000"):
        return False
    rest = text[len(crumb) :].strip()
    return (
        0 < len(rest) <= TRAIL_END_MAX_GLUED_CHARS
        and not rest[:1].islower()
        and _n_words(rest) <= TRAIL_END_MAX_GLUED_WORDS
        and not _SENTENCE_PUNCT_RE.search(rest)
        and not _title_case_going_on(crumb, rest)
    )


def _title_case_going_on(crumb: str, rest: str) -> bool:
    """A headline in title case whose words after the crumb are all capitalised too ("City Council Approves Budget"
    over "City Council Approves Budget After Long Debate"): the same headline, which the trail shortened, not a label
    glued after it (a sidebar's label is written as a phrase: "Flower of the day")."""
    return _title_case_ratio(crumb) >= 0.6 and all(word[:1].isupper() or word[:1].isdigit() for word in rest.split())


CHAPTER_HEADING_BONUS = 1.0  # (as UNDER_CRUMBS_BONUS: the place and the form make the title, not the words)
# A chapter's heading: its ordinal and, after a space or a colon, its name ("第十四話　嵐の夜に", "第3章 旅立ち",
# "Chapter 12: The Long Road", "Глава 7. Буря"). On a serial's chapter page the work's name sits over the pager
# with its author; the chapter's heading over the text is the page's title.
_CHAPTER_HEADING_RE = re.compile(
    r"^(?:第[〇一二三四五六七八九十百千零\d]{1,6}[話话章回節节幕部]|제\s?\d{1,4}\s?[화장]|"
    r"(?:chapter|chapitre|cap[ií]tulo|capitolo|kapitel|hoofdstuk|rozdział|kapitola|luku|глава|розділ|bölüm|"
    r"bab|chương)\s+(?:\d{1,4}|[ivxlc]{1,7})(?![\w]))[\s:：.．、]+\S",
    re.IGNORECASE,
)


CHAPTER_LIST_REACH = 3  # lines either side of a chapter's heading with no other chapter's heading (no contents)


def _chapter_heading(lines: list, i: int, anchor: int) -> bool:
    """Line i is a chapter's heading (_CHAPTER_HEADING_RE) close over the body (the next line, or past three short
    rows of a pager: "Previous chapter", "Contents"), no item of a list of chapters (no other chapter's heading within
    CHAPTER_LIST_REACH lines above or under it: a table of contents)."""
    if anchor - i > 4 or _CHAPTER_HEADING_RE.match(lines[i].text) is None:
        return False
    # (a table of contents may part its chapters with a row of links: "Chapter 2: ..." / "Read now" / "Chapter 3: ...")
    for k in range(max(0, i - CHAPTER_LIST_REACH), min(len(lines), i + CHAPTER_LIST_REACH + 1)):
        if k != i and _CHAPTER_HEADING_RE.match(lines[k].text) is not None:
            return False
    return all(len(lines[k].text) <= MAX_DATE_LINE for k in range(i + 1, anchor))


TRAIL_DATED_TAIL_MAX_WORDS = 6  # "за 16. март 2025." after the crumb: a link word and a date


def _trail_dated_heading(lines: list, i: int) -> bool:
    """Line i, right under a breadcrumb trail, is the trail's last crumb with a date after it ("Почетна » Најаве »
    Недељни билтен" over "Недељни билтен за 16. март 2025."): the page's heading, the issue of a series named by its
    date. is_heading_like refuses a line with a full date (_dated_headline wants four words before a closing date);
    the trail vouches for the words before it."""
    if i == 0:
        return False
    text: str = lines[i].text
    if len(text) > MAX_TITLE_CHARS or not _may_hold_date(text):
        return False
    above: str = lines[i - 1].text
    for sep in _TRAIL_SEPS:
        if sep in above:
            crumb = above.rsplit(sep, 1)[1].strip()
            if not (_n_words(crumb) >= TRAIL_END_MIN_WORDS or _cjk_in_line(crumb) >= TRAIL_END_MIN_CJK):
                return False
            if not text.startswith(crumb + " "):
                return False
            tail = text[len(crumb) :]
            return _n_words(tail) <= TRAIL_DATED_TAIL_MAX_WORDS and bool(_find_dates(tail))
    return False


def _section_over_dated_headline(lines: list, i: int) -> bool:
    """Line i repeats the last crumb of the trail above it, and under it come a date line and a longer headline: the
    trail ends at the section ("Home > Investors > IR news" over "IR news"), whose heading heads a dated entry's
    headline ("IR news" / "5 December 2025" / "Revision of the full-year forecast"), not the page."""
    if i + 2 >= len(lines) or not _is_meta_line(lines[i + 1].text):
        return False
    text: str = lines[i].text
    above: str = lines[i - 1].text if i > 0 else ""
    if not any(above.endswith(sep + text) for sep in _TRAIL_SEPS):
        return False
    headline: str = lines[i + 2].text
    return len(headline) > len(text) and _is_rival(headline)


CJK_SUBJECT_BONUS = 2.0  # (a kept tagline right above the lead scores about 1)


# An entry's name with a qualifier in brackets that tells it from others of that name ("青石桥（浙南古桥）").
_QUALIFIER_RE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
QUALIFIED_NAME_MAX_CJK = 8


def _cjk_subject_name(text: str, lead: str) -> bool:
    """A name of two or three CJK characters that opens the first body paragraph ("竹编" over "竹编是用竹篾编织
    ..."): an encyclopedia entry's title, too short for is_heading_like (menu items are two characters), named
    again as the subject of its lead. Or an entry's name (QUALIFIED_NAME_MAX_CJK characters at most) with its
    qualifier in brackets, the name alone opening the lead ("青石桥（浙南古桥）" over "青石桥，位于 ...")."""
    name = text
    if not 2 <= len(text) <= 3:
        m = _QUALIFIER_RE.search(text) if text[-1:] in "）)" else None
        if m is None:
            return False
        name = text[: m.start()].rstrip()
        if not 2 <= len(name) <= QUALIFIED_NAME_MAX_CJK:
            return False
    return lead.startswith(name) and len(lead) > len(name) and _cjk_in_line(name) == len(name)


# Line rules of a header's rows under the headline (a reading time, "زمان مطالعه: ۶ دقیقه"; counters, "Views (1,204)
# Comments (8)"): the row is no title even where the run search left it outside the article, where its removal
# names that, not the line rule. In a script whose digits the title tests do not read, such a row is heading-like.
_HEADER_ROW_RULES = frozenset(("reading-time", "counters"))


DATED_HEADLINE_SIDE_WORDS = 2  # words of a headline on each side of the date it names


def _dated_headline(lines: list, i: int, anchor: int) -> bool:
    """A headline that names a date inside it ("Гороскоп на неделю с 8 по 14 декабря 2025 года для всех знаков",
    "Programa de TV del 5 de diciembre de 2025 en abierto"), right over its byline or date row: heading-like once
    its dates are taken out, with words on both sides of them. is_heading_like refuses any line with a full date
    (a caption or a dateline ends or opens with one; they seldom sit right over the byline and date). The first
    line right over the body is one too: a cleaned record's title, its byline and date rows gone."""
    text = lines[i].text
    if len(text) > MAX_TITLE_CHARS or not _may_hold_date(text):
        return False
    hits = _find_dates(text)
    if not hits or len(text[: hits[0].start].split()) < DATED_HEADLINE_SIDE_WORDS:
        return False
    opening = i == 0 and anchor == 1  # (a cleaned record's title: its trail, which vouched for it, is gone)
    closed_min = OPENING_DATE_CLOSED_MIN_WORDS if opening else DATE_CLOSED_HEADLINE_MIN_WORDS
    if len(text[hits[-1].end :].split()) < DATED_HEADLINE_SIDE_WORDS and not _date_closed_headline(
        text, hits, closed_min
    ):
        return False
    parts = [text[: hits[0].start], *(text[a.end : b.start] for a, b in zip(hits, hits[1:], strict=False))]
    tail = text[hits[-1].end :]
    rest = " ".join(part.strip() for part in [*parts, tail if tail.strip(" .") else ""] if part.strip())
    return is_heading_like(rest) and _title_shaped(rest) and (
        opening or (_meta_adjacency(lines, i) >= 0.7 and not _headline_above(lines, i))
    )


SENTENCE_HEADLINE_MAX_WORDS = 20
SENTENCE_HEADLINE_MAX_SENTENCES = 3
SENTENCE_HEADLINE_SENTENCE_MAX_WORDS = 12
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[a-z\u00e0-\u024f][.!?])\s+(?=[A-Z\u00c0-\u00de])")


def _sentence_headline(lines: list, i: int, anchor: int) -> bool:
    """A headline of two or three short sentences closed by a full stop ("Our library branches are not a luxury.
    Stop treating them like one.", "A Forest Fire Burned for Two Winters Underground. Then It Came Back."), right
    over its byline or date row or over a longer standfirst: heading-like once its closing stop is taken off, each
    sentence SENTENCE_HEADLINE_SENTENCE_MAX_WORDS words at most. is_heading_like refuses any line that ends with a
    full stop: a caption's, a standfirst's or a teaser's sentence. A one-sentence line stays refused; the first line
    right over the body is one too (a cleaned record's title, its byline and date rows gone). Right under a headline
    the same shape is the headline's dek."""
    if not _sentence_headline_shaped(lines[i].text):
        return False
    if i == 0 and anchor == 1:
        return True
    # (under a headline, the same shape is its dek: "Seventy-eight years old. Half a century on its stage."; under
    # the byline or the date with none under it, it is the body's first line: a poem's "The boats are in. The nets
    # are dry." over its next stanza)
    if _body_under_meta(lines, i):
        return False
    return (_meta_adjacency(lines, i) >= 0.7 or _prose_standfirst_under(lines, i)) and not _headline_above(lines, i)


def _body_under_meta(lines: list, i: int) -> bool:
    """Line i sits right under a byline or date row and over no such row: the body's first line, no headline (a
    headline sits over its byline and date)."""
    if i == 0:
        return False
    above = lines[i - 1].text
    if len(above) > MAX_DATE_LINE or not _is_meta_line(above):
        return False
    return i + 1 >= len(lines) or not _is_meta_line(lines[i + 1].text)


def _sentence_headline_shaped(text: str) -> bool:
    """The shape of _sentence_headline's line: two or three sentences of SENTENCE_HEADLINE_SENTENCE_MAX_WORDS words at
    most, SENTENCE_HEADLINE_MAX_WORDS in all, the last closed by a full stop, heading-like without it."""
    if len(text) > MAX_TITLE_CHARS or not text.endswith(".") or text.endswith("..") or not text[:1].isupper():
        return False
    sentences = _SENTENCE_SPLIT_RE.split(text)
    if not 2 <= len(sentences) <= SENTENCE_HEADLINE_MAX_SENTENCES or _n_words(text) > SENTENCE_HEADLINE_MAX_WORDS:
        return False
    if any(_n_words(part) > SENTENCE_HEADLINE_SENTENCE_MAX_WORDS for part in sentences):
        return False
    rest = text[:-1]
    return is_heading_like(rest) and _title_shaped(rest)


def _prose_standfirst_under(lines: list, i: int) -> bool:
    """The first line under line i that no rule removed is a longer summary in prose, no date or byline row (as
    _standfirst_below asks of a heading-like line)."""
    nxt = _next_unfurnished(lines, i + 1, i + 3)
    if nxt is None or _is_meta_line(nxt.text):
        return False
    return len(nxt.text) >= max(60, 1.2 * len(lines[i].text)) and is_prose(nxt.text)


DATE_CLOSED_HEADLINE_MIN_WORDS = 4  # words before the date that ends a headline
# ... and on the first line of a text whose body starts right under it (a cleaned record): a series' name of two
# words and its link ("Недељни билтен за 16. март 2025.", which a trail named on the page: _trail_dated_heading).
OPENING_DATE_CLOSED_MIN_WORDS = 3
# The word that ties the date to the thing it dates ("del", "of", "vom", "du", "van", "от"): of, from or for; not
# "on", "am", "le", which date what a sentence tells ("The council met again on 27 February 2026").
_DATE_CLOSED_LINKS = _wordset("of from for dated vom von des du de del dal dello della do da dos das van z ze od от за із з")


def _date_closed_headline(text: str, hits: list, min_words: int = DATE_CLOSED_HEADLINE_MIN_WORDS) -> bool:
    """A headline that ends with the date of what it names ("Convocazione del Consiglio comunale del 27 febbraio
    2026", "Minutes of the council meeting of 3 March 2026", "Sitzung des Gemeinderats vom 5. März 2026"): four
    words or more before the date, the last a word that ties the date to them (_DATE_CLOSED_LINKS). A caption or a
    dateline that ends with its date ends with a place or a verb's words before it ("Rome, 27 February 2026")."""
    before = text[: hits[0].start].split()
    if len(before) < min_words or text[hits[-1].end :].strip(" ."):  # (the year's ordinal dot: "16. март 2025.")
        return False
    return before[-1] in _DATE_CLOSED_LINKS


HEADLINE_ABOVE_MIN_WORDS = 4  # a section's label over a headline has fewer ("Гороскоп", "Weather")


def _headline_above(lines: list, i: int) -> bool:
    """A headline is right above line i (furniture or the author's row between them aside): line i is its dek or a
    photo's caption under it ("Участники пикета у здания мэрии 3 декабря 2025 года во время заседания"), however
    close to the byline or date."""
    for k in range(i - 1, max(-1, i - 4), -1):
        line = lines[k]
        text = line.text
        if _furniture_removed(line) or parse_byline(text) is not None or _bare_name(text) is not None:
            continue  # (the author's row may sit between: headline, author, caption, date)
        return _title_shaped(text) and (_n_words(text) >= HEADLINE_ABOVE_MIN_WORDS or _cjk_count(text) >= 8)
    return False


TOC_MIN_ITEMS = 3  # entries of a table of contents above the body whose headings follow in the body, in order
TOC_BODY_GAP = 6  # lines from a table of contents' last candidate line (the first section's heading) to the body


def _toc_lines(lines: list[Line], candidates: list[int], anchor: int) -> set[int]:
    """The entries of a table of contents over the body ("On this page" over the section headings) and their
    copies below: TOC_MIN_ITEMS or more candidate lines in a row, each repeated further down as a line of its own,
    the copies below the last entry, in the same order, with prose between each two (the sections' text). Neither
    is the title: the body's first section heading sits right above its first paragraph, and the entries right
    above that (an FAQ's questions, a guide's sections), each sharing words with the body. A headline repeated by
    a sticky header, a trail or a header printed twice has no prose between its copies; a headline over the entries whose copy sits
    over its date or byline is the header printed again over the body, no entry. Only a run that ends
    near the body (TOC_BODY_GAP) is looked at: a menu at the top of the page is none, and the scan costs."""
    runs: list = []
    start = -2
    prev = -2
    for i in candidates:
        if i != prev + 1:
            if prev - start + 1 >= TOC_MIN_ITEMS:
                runs.append((start, prev))
            start = i
        prev = i
    if prev - start + 1 >= TOC_MIN_ITEMS:
        runs.append((start, prev))
    runs = [(a, b) for a, b in runs if b + TOC_BODY_GAP >= anchor]
    out: set = set()
    if not runs:
        return out
    n = len(lines)
    for a, b in runs:
        first: dict = {}  # folded text -> its first line in the run
        longest = 0
        for i in range(a, b + 1):
            key = _fold(lines[i].text)
            first.setdefault(key, i)
            longest = max(longest, len(key))
        # sizes[k]: some entry's folded text has k characters. An ASCII line folds to as many characters
        # (str.lower()), so it is no entry unless an entry has its length (as in _title_scores' seen_above).
        sizes = bytearray(longest + 1)
        for key in first:
            sizes[len(key)] = 1
        copy_of: dict = {}  # entry -> its first copy below it
        for j in range(a + 1, n):
            text = lines[j].text
            if len(text) > longest or (not sizes[len(text)] and text.isascii()):  # (casefold never shortens a text)
                continue
            i = first.get(_fold(text), -1)
            if 0 <= i < j and i not in copy_of:
                copy_of[i] = j
        chain: list = []
        for i in sorted(copy_of):
            if chain and (i != chain[-1] + 1 or copy_of[i] < copy_of[chain[-1]]
                          or not any(is_prose(lines[k].text) for k in range(copy_of[chain[-1]] + 1, copy_of[i]))):
                if len(chain) >= TOC_MIN_ITEMS and copy_of[chain[0]] > chain[-1]:
                    break
                chain = []
            chain.append(i)
        if chain and copy_of[chain[0]] + 1 < n and _is_meta_line(lines[copy_of[chain[0]] + 1].text):
            # The headline printed over the contents and again over its date or byline ("Title", the entries,
            # "Title", "9 September 2025"): the header printed again over the body, no entry.
            chain = chain[1:]
        if len(chain) >= TOC_MIN_ITEMS and copy_of[chain[0]] > chain[-1]:
            out.update(chain)
            out.update(copy_of[i] for i in chain)
    return out


# A credit row that names who runs the page's cause or event, not its headline: "Organised by Priya Castellano on
# behalf of Millbrook Community Pantry", "Hosted by ...", "Organisiert von ...", "Organisé par ...", "Organizado por
# ...", "Organizzato da ...", "Georganiseerd door ...": the label, then a capitalised name.
_ORGANISER_ROW_RE = re.compile(
    r"(?:organi[sz]ed|hosted|created|curated|started|presented|run|launched)\s+by"
    r"|(?:organisiert|veranstaltet|erstellt|gestartet)\s+von|(?:organisée?|créée?|lancée?|animée?)\s+par"
    r"|(?:organizad[oa]|cread[oa]|iniciad[oa])\s+por|(?:organizzat[oa]|creat[oa])\s+da"
    r"|(?:georganiseerd|gestart|opgezet)\s+door",
    re.IGNORECASE,
)
ORGANISER_ROW_MAX_WORDS = 16
# The words after the verb in _ORGANISER_ROW_RE ("by", "von", "par", "por", "da", "door"), lower case: no other
# character equals one of their letters under IGNORECASE (tests/test_perf_gates_v.py reads them off the pattern).
_ORGANISER_LINKS = ("by", "von", "par", "por", "da", "door")
_ORGANISER_ARTICLES = frozenset(("the", "der", "die", "das", "den", "la", "le", "les", "el", "los", "las", "il", "lo",
                                 "gli", "de", "het", "a", "o", "os", "as"))


def _organiser_row(text: str) -> bool:
    """The line opens with an organiser's label and a capitalised name (_ORGANISER_ROW_RE)."""
    if _n_words(text) > ORGANISER_ROW_MAX_WORDS:
        return False
    # The label's second word opens the line's second word (the first is the verb, _ORGANISER_ROW_RE's \s+ the
    # whitespace str.split() splits at): most lines end here, without the regex's dozen alternatives.
    words = text.split(None, 2)
    if len(words) < 2 or not words[1][:4].lower().startswith(_ORGANISER_LINKS):
        return False
    m = _ORGANISER_ROW_RE.match(text)
    if m is None:
        return False
    rest = text[m.end():].split(None, 1)
    if len(rest) == 2 and rest[0].casefold() in _ORGANISER_ARTICLES:  # "Organizado por la Asociación de Vecinos"
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper()


# A credit row that names a piece's kind before its author: "Essay by Jonah Whitfield", "Words by ...", "Fotos von
# ...", "Texte par ...", "Reportaje por ...", "Match report by ...", "Photo essay by ...": a capitalised label word
# (and a lower-case second one that is no past participle: "Plan approved by ..." is a headline's verb), the link
# word, a bare name to the line's end.
_LABELLED_CREDIT_RE = re.compile(
    r"^[^\W\d_][\w’'-]{1,13}(?:\s+(?-i:[a-z])[\w’'-]{1,12}(?<!ed))?\s+(?:by|von|par|por|door|di|da|av|af|przez)\s+"
    r"(?P<name>[^\W\d_].*)$",
    re.IGNORECASE,
)


def _labelled_credit_row(text: str) -> bool:
    """The line is such a credit row (_LABELLED_CREDIT_RE, the name a bare name of 2-3 capitalised words): the
    byline under an essay's or a photo story's headline, which parse_byline leaves (a word before its "by"). A
    headline has a subject and a verb before "by" ("Council report praised by auditors")."""
    if not text[:1].isupper() or _n_words(text) > 5:
        return False
    m = _LABELLED_CREDIT_RE.match(text)
    if m is None:
        return False
    name = m.group("name")
    return _bare_name(name) == name.strip()


def _credit_under_headline(lines: list, i: int) -> bool:
    """Line i is a labelled credit row (_labelled_credit_row) right under a headline of three words or more, where a
    credit sits ("The unfinished sentence ..." / "Essay by Jonah Whitfield"). Under a section name ("Exhibitions" /
    "Inspired by Greta Lindqvist") the same shape is the page's own headline."""
    if i == 0 or not _labelled_credit_row(lines[i].text):
        return False
    above: str = lines[i - 1].text
    return _n_words(above) >= 3 and _title_shaped(above)


# A row of facts in parts split by middle dots, one of them a quantity: a job ad's "Utrecht · 24-32 uur per week",
# "London · Full-time · £40,000", an event's "Berlin · 2 Tage". Short parts (a place, a figure), no sentence.
FACTS_ROW_PENALTY = 0.5
FACTS_ROW_PART_MAX_WORDS = 4
_FACTS_ROW_SEPS = (" · ", " • ", " ・ ")


def _short_parts(text: str, seps: tuple[str, ...]) -> list[str] | None:
    """The line's parts between the first of `seps` it holds, when it is a row of short parts: no sentence, every
    part of FACTS_ROW_PART_MAX_WORDS words at most (None otherwise)."""
    sep = next((s for s in seps if s in text), None)
    if sep is None or _SENTENCE_PUNCT_RE.search(text) is not None:
        return None
    parts = [p.strip() for p in text.split(sep)]
    if any(not p or _n_words(p) > FACTS_ROW_PART_MAX_WORDS for p in parts):
        return None
    return parts


def _facts_row(text: str) -> bool:
    """The line is such a row of facts (_FACTS_ROW_SEPS between parts of FACTS_ROW_PART_MAX_WORDS words at most)."""
    parts = _short_parts(text, _FACTS_ROW_SEPS)
    return parts is not None and any(p[0].isdecimal() or (p[0] in "£$€¥" and p[1:2].isdecimal()) for p in parts)


_JOB_TERMS_SEPS = (*_FACTS_ROW_SEPS, " | ")


def _job_terms_row(text: str) -> bool:
    """The line is a job posting's row of facts with its terms of employment: parts of FACTS_ROW_PART_MAX_WORDS
    words at most between middle dots or bars, one of them a term of patterns.EMPLOYMENT_TERMS ("Full-time",
    "Határozatlan idejű", "Vollzeit"), no sentence. A headline that names a term ("Part-time work is rising")
    is no row of parts."""
    parts = _short_parts(text, _JOB_TERMS_SEPS)
    return parts is not None and any(p.casefold() in EMPLOYMENT_TERMS for p in parts)


# An item of a numbered list ("3. Man dies after ...", "2) Weather & Climate"): its number, then a space.
_NUMBERED_ITEM_RE = re.compile(r"^(\d{1,3})[.)]\s+\S")
# A teaser's one-character marker before its text ("荐 ...", "推 ..."): a Han or kana character, then a space. Not a
# Hangul syllable: Korean puts spaces between its words, and many of them are one syllable long ("새 학기부터 ...",
# "이 달 말부터 ...", "첫 해 ..."), so a headline and its summary lines may each open with one (no marker).
_CJK_MARKER_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # _CJK without the Hangul syllables
_CJK_MARKER_ITEM_RE = re.compile(rf"^[{_CJK_MARKER_CHARS}][ \u3000]+\S")
MARKER_RUN_MIN = 3  # marked lines in a row: a run of teasers (one or two may be a headline's own opening)


def _item_number(text: str) -> int:
    """The number a numbered list's item opens with, -1 for a line that opens with none."""
    if not text[:1].isdecimal():
        return -1
    m = _NUMBERED_ITEM_RE.match(text)
    return int(m.group(1)) if m is not None else -1


def _list_run_item(lines: list, i: int) -> bool:
    """Line i is an item of a run of list items: "<n>. " with the item numbered n - 1 right above it or n + 1 right
    under it (a ranking of most-read stories, a breadcrumb trail as an ordered list), or a line that opens with a
    one-character CJK marker and a space among MARKER_RUN_MIN such lines in a row (a column of teasers whose markers
    spell "今日推荐"). A headline stands alone: no neighbour continues its numbering or its marker."""
    text: str = lines[i].text
    number = _item_number(text)
    if number >= 0:
        return (i > 0 and _item_number(lines[i - 1].text) == number - 1) or (
            i + 1 < len(lines) and _item_number(lines[i + 1].text) == number + 1
        )
    if _CJK_MARKER_ITEM_RE.match(text) is None:
        return False
    lo = i
    while lo > 0 and _CJK_MARKER_ITEM_RE.match(lines[lo - 1].text) is not None:
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and _CJK_MARKER_ITEM_RE.match(lines[hi + 1].text) is not None:
        hi += 1
    return hi - lo + 1 >= MARKER_RUN_MIN


@cython.locals(
    anchor=cython.Py_ssize_t, n=cython.Py_ssize_t, lo=cython.Py_ssize_t, hi=cython.Py_ssize_t, i=cython.Py_ssize_t,
    j=cython.Py_ssize_t, c=cython.Py_ssize_t, size=cython.Py_ssize_t, first_kept=cython.Py_ssize_t, top=cython.Py_ssize_t, total=cython.double, longest=cython.Py_ssize_t,
    score=cython.double, shared=cython.Py_ssize_t, n_toks=cython.Py_ssize_t, n_words=cython.Py_ssize_t,
    cjk=cython.bint, about_body=cython.bint, above_about=cython.bint, notes=dict, line=Line,
)
def _title_scores(doc: Document, anchor: int) -> list[tuple[float, Line]]:
    """Score heading-like lines in the window above the body; higher is more title-like."""
    lines: list = doc.lines
    n = len(lines)
    lo = max(0, anchor - TITLE_WINDOW)
    hi = min(anchor, n)
    candidates: list = []
    items = _summary_items(lines, lo, hi)
    lead: str = lines[anchor].text if anchor < n else ""
    trail = _trail_end(lines, lo, hi)
    trail_at, crumb = trail if trail is not None else (hi, "")
    for i in range(lo, hi):
        line = lines[i]
        # (the line right under the trail that goes on after its last crumb is the whole headline, which the trail
        # shortened: a label is glued to a headline in a column away from the trail)
        if i > trail_at and _repeats_trail_end(line.text, crumb, i > trail_at + 1):
            # the trail's last crumb, repeated by a line under it: the page's heading, whatever removed the line
            line.notes[_TRAIL_TITLE_NOTE] = crumb
            candidates.append(i)
            continue
        if _trail_dated_heading(lines, i):  # (also whatever removed it: "Club newsletter for 4 April 2025", a promo's word)
            candidates.append(i)
            continue
        if _furniture_removed(line) or i in items:
            continue
        notes = line.notes
        rule = notes.get("furniture")
        if rule is not None and rule[0] in _HEADER_ROW_RULES:
            continue
        if notes.get("verse") and _is_cjk(line.text):  # a line of CJK lyrics (a Latin poem's verse may hold its title)
            continue
        if notes.get("formula"):  # a formula or its heading (boilerplate.formulas_scored): inside the article
            continue
        if (
            not notes.get("data_row")
            and _title_shaped(line.text)
            # form rows of a notice (no space after the colon) or labelled fields (an issue's status, mail headers)
            and not _in_label_table(lines, i)
            and not _in_field_rows(lines, i)
            and not _dated_list_item(lines, i)
            and not _rating_row(line.text)
            and not _organiser_row(line.text)  # a credit row, as a byline is (is_heading_like: parse_byline)
            and not _credit_under_headline(lines, i)
            and not _tag_row_under_meta(lines, i)
        ) or _cjk_subject_name(line.text, lead) or _one_word_title(lines, i, anchor) or _dated_headline(lines, i, anchor) or (
            _sentence_headline(lines, i, anchor)
        ) or (
            _name_pair_title(line.text, lead)
            # a newsletter issue named by its date ("Weekly Newsletter – Friday 21 November 2025"): is_heading_like
            # refuses a line with a full date
            or (line.text[-1:].isdigit() and NEWSLETTER_ISSUE_RE.match(line.text) is not None)
        ):
            candidates.append(i)
    if not candidates:
        return []
    toc = _toc_lines(lines, candidates, anchor)
    if toc:
        candidates = [i for i in candidates if i not in toc]
        if not candidates:
            return []
    # (after the table of contents, whose numbered entries are a run too: its copies below leave with it)
    candidates = [i for i in candidates if not _list_run_item(lines, i)]
    if not candidates:
        return []
    # Each candidate's tokens, then the body's tokens among them (only those count: `toks & body_tokens`).
    cand_tokens: list = [_tokens(lines[i].text) for i in candidates]
    wanted: set = set()
    for toks in cand_tokens:
        wanted |= toks
    body_tokens: set = _tokens_among(_body_start(lines, anchor), wanted) if wanted else set()
    first_kept = -1  # no kept line
    for line in lines:
        if line.removal is None:
            first_kept = line.index
            break
    # How often each candidate's text (casefolded) occurs among lines[: anchor + 1].
    # casefold() never shortens a text: a line longer than every candidate's casefolded text is none of them;
    # an ASCII line folds to as many characters (str.lower()), so it is none of them unless a key has its length.
    seen_above: dict = {}
    cand_keys: list = []
    longest = 0
    for i in candidates:
        key = _fold(lines[i].text)
        cand_keys.append(key)
        seen_above[key] = 0
        longest = max(longest, len(key))
    key_sizes = bytearray(longest + 1)  # key_sizes[n]: some key has n characters
    for key in cand_keys:
        key_sizes[len(key)] = 1
    for line in lines[: anchor + 1]:
        text = line.text
        size = len(text)
        if size > longest or (not key_sizes[size] and text.isascii()):
            continue
        key = _fold(text)
        if key in seen_above:
            seen_above[key] += 1
    # gap[i - top]: separation between line i and the body, summed once from the body upwards (and only as
    # far up as the highest candidate: the lines above it separate no candidate from the body).
    top = candidates[0]
    gap: list = [0.0] * (hi - top)
    total = 0.0
    for j in range(hi - 1, top - 1, -1):
        gap[j - top] = total
        total += SUMMARY_ITEM_COST if j in items else _line_cost(lines[j])
    out: list = []
    above_about = False  # the candidate before this one shares words with the body
    for c in range(len(candidates)):
        i = candidates[c]
        toks: set = cand_tokens[c]
        line = lines[i]
        text: str = line.text
        score = 0.0
        about_body = False
        if toks and body_tokens:  # a title's words recur in the body; a teaser for another story's do not
            shared = len(toks & body_tokens)
            about_body = shared > 0
            n_toks = len(toks)
            score += 1.2 * min(1.0, shared / 3) * (0.5 + 0.5 * shared / n_toks)
        score -= 0.3 * cython.cast(cython.double, gap[i - top])
        score += 0.3 if line.removal is None else -0.3
        if line.kind == HEADING:
            score += 0.1
        if i == first_kept:
            score += 0.3
        if i == 0 and first_kept == 1:  # the text opens with this line right above its kept body (a cleaned record)
            score += OPENING_TITLE_BONUS
        if seen_above[cand_keys[c]] >= 2:  # the headline is repeated (breadcrumb, sticky header)
            score += 0.3
        score += max(_meta_adjacency(lines, i), STANDFIRST_META_ADJACENCY if _meta_under_standfirst(lines, i) else 0.0)
        if _cjk_subject_name(text, lead):  # the lead names it as its subject: outweighs a kept tagline under it
            score += CJK_SUBJECT_BONUS
        elif _one_word_title(lines, i, anchor):  # no heading-like line gets the shape bonus below
            score += ONE_WORD_TITLE_BONUS
        elif _section_over_dated_headline(lines, i):
            pass  # (the trail's section, not the page: neither bonus below)
        elif _chapter_heading(lines, i, anchor):
            score += CHAPTER_HEADING_BONUS
        elif _under_crumb_trail(lines, i) and not _issuer_name(text):  # (a press release's issuer sits there too)
            score += UNDER_CRUMBS_BONUS
        elif i > trail_at and _repeats_trail_end(text, crumb, i > trail_at + 1):
            score += TRAIL_END_BONUS
        if _standfirst_below(lines, i):
            score += 0.6
        elif _kicker(lines, i):
            score -= 0.5
        if _standfirst(lines, i):
            score -= 0.4
            if i == first_kept:  # boilerplate cut the headline above its standfirst: no opening bonus
                score -= 0.3
        if _author_row(lines, i) or (not about_body and c > 0 and candidates[c - 1] == i - 1 and above_about
                                     and _caseless_author_row(lines, i)):
            score -= AUTHOR_ROW_PENALTY
        above_about = about_body
        if about_body:  # both lines of the pair must be about the body
            # (the dek of the line above first: in a stack of a headline and two or three subheads, each a dek of
            # the one over it, only the top line is the headline)
            if i > 0 and _dek_below(lines, i - 1):
                score -= DEK_WEIGHT
            elif _dek_below(lines, i):
                score += DEK_WEIGHT
        if "/" in text and _CREDIT_SLASH_RE.search(text):
            score -= 1.0
        if len(text) <= 60 and _PAGE_KIND_HEADING_RE.match(text) is not None:
            score -= PAGE_KIND_HEADING_PENALTY
        if _facts_row(text) or _job_terms_row(text):
            score -= FACTS_ROW_PENALTY
        if _dated_line(text):  # "Storm closes harbour promenade – January 14, 2025": a dated teaser's more often
            score -= DATED_HEADING_PENALTY
        if c > 0 and _fragment_of_above(lines, candidates, c):
            score -= FRAGMENT_PENALTY
        cjk = _is_cjk(text)
        if text.isupper() and not cjk:
            score -= 0.2  # an all-caps kicker or section label more often than a headline
        n_words = _n_words(text)
        if n_words > 12 and _INNER_SENTENCE_RE.search(text):
            score -= 0.3  # two sentences: a summary, not a headline
        elif cjk and _cjk_in_line(text) >= CJK_SUMMARY_MIN_CHARS and _CJK_INNER_SENTENCE_RE.search(text):
            score -= 0.5  # (a question's text under its one-line question, a lead over the headline's date)
        if not cjk:
            if n_words < 4 and _unspaced_headline(text):  # Thai, Lao, Khmer: a headline is one or two "words"
                score += 0.3
            else:
                score += 0.3 if 4 <= n_words <= 18 else 0.0 if 18 < n_words <= 25 else -0.3
            if _title_case_ratio(text) >= 0.6:
                score += 0.2
            if text[:1].islower() and not _desk_label_split(text):  # "in Featured Article ...": a label row
                score -= 0.3
        elif _cjk_in_line(text) >= 8:
            score += 0.3
        out.append((score, line))
    return out


def _set_title(doc: Document, line: Line, text: str | None = None) -> None:
    """Mark `line` as the title; if boilerplate removed it (a headline looks like a teaser), bring it back."""
    line.removal = None
    line.kind = TITLE
    doc.title = text or _title_text(line.text, not _writes_lower_case(doc.lines, line.index))


LOWER_CASE_SITE_MIN_LINES = 3  # lines over the title opening in lower case: a site that writes its menu so


def _writes_lower_case(lines: list, i: int) -> bool:
    """The lines over line i (the menu, the site's name) open in lower case more often than not, three of them at
    least ("news", "culture", "the weekly ledger"): a site that writes in lower case, whose headline's lower-case
    first word is its own ("meet Jana, the rider who ..."), no desk's label glued before it."""
    lower = upper = 0
    for k in range(i):
        first: str = lines[k].text[:1]
        if first.islower():
            lower += 1
        elif first.isupper():
            upper += 1
    return lower >= LOWER_CASE_SITE_MIN_LINES and lower > upper


# Tool links a forum prints right after a thread's title, in brackets: "[复制链接]", "【打印】", "[Copy link]".
_TITLE_TOOLS_RE = re.compile(
    r"(?:\s*[\[【](?:复制链接|复制本帖链接|複製鏈接|複製連結|复制地址|打印(?:本页)?|只看楼主|只看樓主|阅读模式|閱讀模式|"
    r"收藏本帖|copy\s+link|permalink|print)[\]】])+\s*$",
    re.IGNORECASE,
)


# A social network's follow link glued after a headline: "<name> on Facebook" (the name, one to three words,
# repeats the headline's: the site's or the product's, "Harbour Tales 2.0 - The Winter Update Harbour Tales on
# Facebook"); "Mayor attacks rival on Twitter" names no word of its own twice and keeps its tail.
_GLUED_FOLLOW_RE = re.compile(
    r"\s+(?:on|auf|sur|en|em|su|na|op|в)\s+"
    r"(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|LinkedIn|Pinterest|Tumblr|Threads|Bluesky|Mastodon|"
    r"Telegram|WhatsApp|VK|Weibo|Flickr)$"
)
# A link glued after a headline behind a middle dot or a bar whose text trails off ("X ·Free downloads, music,
# games……"): a teaser, no part of the headline (a headline's own ellipsis has no such separator before it).
_GLUED_TEASER_RE = re.compile(r"\s+[·|｜•]\s*[^·|｜•]{2,60}?(?:……|…|\.\.\.)$")
# A site's "home" link glued after a headline in sentence case: "... killed in the unrest Home".
_GLUED_HOME_RE = re.compile(
    r"(?<=[a-z\u00df-\u00ff\u0430-\u044f,])\s+(?:Home|Homepage|Startseite|Accueil|Inicio|Início|Главная|Головна|"
    r"Strona główna|Etusivu|Forside|Hjem|Hem|Anasayfa|Trang chủ|Beranda)$"
)


def _title_tail_trimmed(title: str) -> str:
    """The headline without a link glued after it (a follow link naming words of its own, a teaser behind a
    separator that trails off, a "Home" link after a lower-case word): the line is the headline, the rest the
    page's furniture that the dump ran into it. The trimmed headline keeps three words or eight characters."""
    m = _GLUED_FOLLOW_RE.search(title)
    if m is not None:
        before = title[: m.start()]
        for k in range(3, 0, -1):  # the longest name (three words at most) whose every word the headline holds
            parts = before.rsplit(None, k)
            if len(parts) <= k:
                continue
            head = parts[0]
            words = {w.casefold() for w in _NAME_WORD_RE.findall(head)}
            if all(w.casefold() in words for w in parts[1:]):
                title = head
                break
    if title[-1:] in "….":
        m = _GLUED_TEASER_RE.search(title)
        if m is not None:
            title = title[: m.start()]
    if title[-1:].isalpha():
        m = _GLUED_HOME_RE.search(title)
        # (not after a function word: "How to Build a Home" ends with its own "Home")
        # (nor after a capitalised word: "Taking the Long Road Home" is a title-case headline's own "Home"; the
        # glued link follows a sentence-case headline's lower-case word)
        prev = title[: m.start()].rsplit(None, 1)[-1] if m is not None else ""
        if m is not None and prev.casefold() not in _ROW_FUNCTION_WORDS and not prev[:1].isupper():
            title = title[: m.start()]
    return title


DESK_LABEL_MAX_WORDS = 2  # a desk's name in lower case glued before a headline ("world", "local news")
DESK_LABEL_MIN_LETTERS = 3  # (shorter lower-case words open names: "de Gaulle", "al Bashir")
DESK_HEADLINE_MIN_WORDS = 3


def _desk_label_split(title: str) -> int:
    """Where the headline starts behind a desk's or section's name in lower case that a dump glued before it ("world
    Council approves new ferry timetable", "local news Storm closes ..."): one or two words of lower-case letters
    alone, none a function word or a name's particle ("van", "de", "bin": "van Gogh's letters go on show"), then a
    capitalised headline of DESK_HEADLINE_MIN_WORDS words or more. 0 when the line opens with no such label."""
    if not title[:1].islower():
        return 0
    words = title.split(" ", DESK_LABEL_MAX_WORDS)
    start = 0
    for k in range(min(DESK_LABEL_MAX_WORDS, len(words) - 1)):
        word = words[k]
        if (
            len(word) < DESK_LABEL_MIN_LETTERS or not word.isalpha() or not word.islower()
            or word in _ROW_FUNCTION_WORDS or word in _NAME_JOINERS
        ):
            return 0
        start += len(word) + 1
        rest = title[start:]
        if rest[:1].isupper() and _n_words(rest) >= DESK_HEADLINE_MIN_WORDS:
            # (a headline in title case, or one that opens with a name of two capitalised words, after a lower-case
            # word: the word is the headline's own, a name or a number written in lower case ("mura masa Returns With
            # ...", "three Ways the ...", "mayor Jane Doe resigns ..." on a site that writes lower case))
            second = rest.split(" ", 2)[1] if " " in rest else ""
            return 0 if second[:1].isupper() or _title_case_ratio(rest) >= 0.6 else start
    return 0


# A site's menu glued before the headline on the page's first line, as a select-all copy joins link texts without
# spaces: "首页时政社会经济文化体育图片视频专题老城夜市重新开张 ...". The home link, then GLUED_MENU_MIN_ENTRIES
# section names or more from a menu's common ones, then the headline (GLUED_MENU_MIN_REST CJK characters at least).
_MENU_SECTION_NAMES = (
    "新闻|新聞|要闻|要聞|时政|時政|政治|社会|社會|经济|經濟|财经|財經|文化|文旅|体育|體育|娱乐|娛樂|科技|汽车|汽車|房产|房產|"
    "教育|健康|旅游|旅遊|军事|軍事|国际|國際|国内|國內|地方|本地|评论|評論|观点|觀點|图片|圖片|视频|視頻|影音|专题|專題|直播|"
    "民生|法治|生活|时尚|時尚|游戏|遊戲|历史|歷史|读书|讀書|美食|公益|理财|理財|股票|基金|数码|數碼|论坛|論壇|博客|社区|社區|"
    "政务|政務|即时|即時|两岸|兩岸|港澳|热点|熱點|原创|原創|专栏|專欄|人物|访谈|訪談|城市|金融|楼市|樓市|环保|環保|法制|"
    "艺术|藝術|影视|影視|音乐|音樂|天气|天氣|女性|亲子|親子|家居|职场|職場|招聘|商业|商業|产经|產經|电视|電視|广播|廣播"
)
GLUED_MENU_MIN_ENTRIES = 4  # (a headline may open with three section names: "首页新闻体育教育三大频道改版")
GLUED_MENU_MIN_REST = 8
_GLUED_MENU_HEAD_RE = re.compile(rf"^(?:网站首页|網站首頁|首页|首頁|主页|主頁)(?:{_MENU_SECTION_NAMES}){{{GLUED_MENU_MIN_ENTRIES},}}")


def _title_head_trimmed(title: str) -> str:
    """The headline without a menu glued before it (_GLUED_MENU_HEAD_RE), when enough of the headline is left."""
    m = _GLUED_MENU_HEAD_RE.match(title)
    if m is None:
        return title
    rest = title[m.end() :].lstrip()
    return rest if _cjk_in_line(rest) >= GLUED_MENU_MIN_REST else title


def _title_text(text: str, desk_label: bool = True) -> str:
    """A title line's text without a "Title:" label, without a forum's tool links after it, without a menu glued
    before it (_title_head_trimmed), without a link glued after the headline (_title_tail_trimmed) and (`desk_label`)
    without a desk's lower-case name glued before it (_desk_label_split)."""
    title = _TITLE_LABEL_RE.sub("", text).strip()
    if title[-1:] in "]】":
        title = _TITLE_TOOLS_RE.sub("", title)
    if title[:1] in "首主网網":
        title = _title_head_trimmed(title)
    trimmed = _title_tail_trimmed(title)
    if trimmed != title and (_n_words(trimmed) >= 3 or _cjk_in_line(trimmed) >= 8):
        title = trimmed.rstrip()
    if desk_label:
        title = title[_desk_label_split(title) :]
    return title or text


def _title_from_meta(doc: Document, anchor: int) -> Line | None:
    """A reader already found a title: keep it, and mark the line that shows it (a site-name suffix may differ)."""
    meta_title = str(doc.meta.get("title") or doc.title or "").strip()
    if not meta_title:
        return None
    target = _norm(meta_title)
    parts = {_norm(p) for p in re.split(r"\s+[|–—:·•»-]\s+|\s*[|｜_]\s*", meta_title) if len(_norm(p)) >= 8}
    lo = max(0, anchor - TITLE_WINDOW)
    best: tuple[int, Line, bool] | None = None
    for line in doc.lines:
        key = _norm(line.text)
        exact = key == target
        if not exact and key not in parts:
            continue
        near = lo <= line.index <= anchor
        if not (line.kept or near):
            continue
        rank = (4 if exact else 0) + (2 if line.kept else 0) + (1 if near else 0)
        if best is None or rank > best[0]:
            best = (rank, line, exact)
    doc.title = meta_title
    if best is None:
        return None
    _, line, exact = best
    # The line without the site name is the cleaner title when the reader's one carries a suffix.
    _set_title(doc, line, meta_title if exact else line.text)
    return line


META_REACH_BUTTONS = 3  # buttons between a title's date row and a runner-up under them (_prefer_title_over_meta)


def _prefer_title_over_meta(
    lines: list[Line], scored: list[tuple[float, Line]], best_score: float, best: Line
) -> Line:
    """Title, then date/byline, then the body is the usual order: a headline with the date under it wins
    over a close runner-up that sits *below* that date line (a subheading, caption or tag row). The date is looked
    for in the three lines above the runner-up, and over up to META_REACH_BUTTONS lines a line rule took: a
    release's buttons ("Print", "Listen to webcast") between its date row and its highlights are the page's
    interface, no distance. (A longer bar, a share bar and a video player's controls, parts the story from a
    video's own title under it.)"""
    above: list = []
    seen = skipped = 0
    j = best.index - 1
    while j >= 0 and seen < 3:
        if _furniture_removed(lines[j]) and skipped < META_REACH_BUTTONS:
            skipped += 1
        else:
            seen += 1
            if _is_meta_line(lines[j].text):
                above.append(j)
        j -= 1
    above.reverse()
    if not above:
        return best
    for score, line in sorted(scored, key=lambda s: -s[0]):
        if (
            line.index < above[0]
            and best_score - score <= 1.0
            and _is_rival(line.text)
            and not _issuer_name(line.text)
            and _heads_the_meta(lines, line.index)
        ):
            return line
    return best


# A company's legal form, which names a press release's issuer over its date line: opening or closing a CJK name
# ("株式会社X", "X有限公司", "주식회사 X"), closing a Latin one ("X Inc.", "X GmbH", "X S.A.").
_CJK_COMPANY_FORM_RE = re.compile(
    r"^(?:株式会社|有限会社|合同会社|주식회사|\(주\)|㈜)|(?:株式会社|有限会社|合同会社|股份有限公司|有限公司|集团|集團|주식회사)$"
)
_LATIN_COMPANY_FORM_RE = re.compile(
    r"\s(?:Inc|Ltd|LLC|Corp|GmbH|AG|SE|S\.A|SAS|SARL|S\.p\.A|SpA|S\.L|B\.V|N\.V|Oy|AB|ASA|Ltda|PLC|plc|KG)\.?$"
)
ISSUER_NAME_MAX_WORDS = 6
ISSUER_NAME_MAX_CJK = 20


def _issuer_name(text: str) -> bool:
    """A company's name with its legal form ("株式会社みどり製茶", "Northwind Robotics GmbH"): on a press release
    it sits over the date line as its issuer, and the headline under the date is the title (the name may not
    take its place for heading the date line). A headline names a company inside a sentence, with a comma or
    a verb after the name ("株式会社X、新製品を発売"), not as the whole line."""
    if _has_cjk(text):
        return (
            _cjk_in_line(text) <= ISSUER_NAME_MAX_CJK
            and not re.search(r"[、，,。！？!?]", text)
            and _CJK_COMPANY_FORM_RE.search(text) is not None
        )
    return _n_words(text) <= ISSUER_NAME_MAX_WORDS and _LATIN_COMPANY_FORM_RE.search(text) is not None


def _heads_the_meta(lines: list[Line], i: int) -> bool:
    """The date or byline follows line i, or follows the dek or standfirst right under it (headline, dek,
    author, date: the dek sits between the headline and its date)."""
    if _meta_adjacency(lines, i, False) >= 0.7:
        return True
    return (
        i + 1 < len(lines)
        and (_dek_below(lines, i) or _standfirst_below(lines, i))
        and _meta_adjacency(lines, i + 1, False) >= 0.7
    )


def _list_item(line: Line) -> bool:
    removal = line.removal
    return removal is not None and removal.rule == _LIST_ITEM_RULE


def _list_items_behind(scored: list[tuple[float, Line]]) -> list[tuple[float, Line]]:
    """Items of a list of other articles ("Up next", "Related") lose LIST_ITEM_TITLE_PENALTY when a line
    outside such lists looks like a title: a headline listed between the title and the body (a video
    block's playlist) is another story's, however close to the body and the byline it sits. When no
    other line qualifies, the list may have swallowed the headline itself (a site-wide list detected
    from far above it): its items are scored as they are."""
    if not any(score >= MIN_TITLE_SCORE and not _list_item(line) for score, line in scored):
        return scored
    return [(score - LIST_ITEM_TITLE_PENALTY if _list_item(line) else score, line) for score, line in scored]


@cython.locals(score=cython.double, best_score=cython.double, index=cython.Py_ssize_t, best_index=cython.Py_ssize_t)
def _best_scored(scored: list[tuple[float, Line]]) -> tuple[float, Line]:
    """max(scored, key=lambda s: (s[0], s[1].index)) without a key tuple per line: the highest score, the lowest
    line on a tie (the scores are finite, the indices distinct)."""
    best = scored[0]
    best_score, best_index = best[0], best[1].index
    for item in scored:
        score, index = item[0], item[1].index
        if score > best_score or (score == best_score and index > best_index):
            best, best_score, best_index = item, score, index
    return best


MAX_TAGLINE_TITLE_WORDS = 12
# Marks a title found over a wiki's site tagline: the dates under it (infobox rows) are the subject's.
_WIKI_TITLE_NOTE = "wiki_title"


@cython.locals(t=cython.Py_ssize_t, stop=cython.Py_ssize_t, first=cython.Py_UCS4, text=str)
def _title_over_tagline(doc: Document, anchor: int) -> Line | None:
    """The article name right above a wiki's site tagline ("From <Wiki>, the free encyclopedia").

    The tagline names the line over it the article, however far the infobox and contents push the lead
    paragraph down (the scoring window and its gap cost would lose the name); the name must recur in the
    lead, as a wiki's subject does in its first sentence.
    """
    lines: list = doc.lines
    stop = min(anchor, len(lines))
    for t in range(1, stop):
        text = lines[t].text
        if not text or len(text) > MAX_DATE_LINE:
            continue
        first = text[0]
        # _TAGLINE_INITIALS, which the literal repeats (compiled, a switch on the character). An ASCII tagline holds
        # a comma: the "—" and "–" the pattern takes instead, and its Armenian "ից", are no ASCII characters.
        if (
            (ord(first) < 128 and first not in "fdavuzoFDAVUZO")
            or (text.isascii() and "," not in text)
            or _SITE_TAGLINE_RE.match(text) is None
        ):
            continue
        above = next((lines[k] for k in range(t - 1, max(-1, t - 4), -1) if not _furniture_removed(lines[k])), None)
        if above is None or _n_words(above.text) > MAX_TAGLINE_TITLE_WORDS or _is_ui(above.text):
            return None
        if _SENTENCE_PUNCT_RE.search(above.text):
            return None
        toks = _tokens(above.text)
        if not toks or not _tokens_among(_body_start(lines, anchor), toks):
            return None
        above.notes[_WIKI_TITLE_NOTE] = True
        return above
    return None


CLEAR_TITLE_MARGIN = 0.5  # a weak best line this far ahead of every other is the title all the same


def _clear_winner(scored: list[tuple[float, Line]], score: float, line: Line) -> bool:
    """The best line scores below MIN_TITLE_SCORE but above zero and CLEAR_TITLE_MARGIN ahead of the runner-up: a
    chapter's heading among a fiction site's menus, far above the text (the gap costs it), that no other line
    rivals. Two weak lines of about the same score are no title, nor a short label ("In-line Mathematics", a
    section's heading over the last paragraph): the line must be headline-shaped (_is_rival)."""
    if score <= 0.0 or not _is_rival(line.text):
        return False
    runner = max((s for s, other in scored if other is not line), default=score - CLEAR_TITLE_MARGIN)
    return score - runner >= CLEAR_TITLE_MARGIN


def pick_title(doc: Document, anchor: int | None = None) -> Line | None:
    """Find the title line, mark it (kind "title", restored if boilerplate removed it) and set doc.title.

    A title given by a reader (doc.meta["title"] or doc.title) wins; the line that
    shows it is marked. Otherwise the best heading-like line in a window above the
    first body paragraph: scored by closeness to the body, words shared with the
    first paragraphs, a date/byline line next to it, a repeated copy, and its shape.
    """
    if not doc.lines:
        return None
    if anchor is None:
        anchor, _ = _anchor(doc)
    if doc.meta.get("title") or doc.title:
        return _title_from_meta(doc, anchor)
    line = _title_over_tagline(doc, anchor) or _opening_title(doc, anchor)
    if line is not None:
        _set_title(doc, line)
        return line
    scored = _title_scores(doc, anchor)
    if not scored:
        return None
    scored = _list_items_behind(scored)
    score, line = _best_scored(scored)
    line = _prefer_title_over_meta(doc.lines, scored, score, line)
    if score < MIN_TITLE_SCORE and not _clear_winner(scored, score, line):
        return None
    _set_title(doc, line, line.notes.get(_TRAIL_TITLE_NOTE))
    return line


@cython.locals(size=cython.Py_ssize_t, long_title=cython.bint, line=Line)
def _drop_title_copies(doc: Document, title: Line, anchor: int) -> None:
    """Keep one copy of the title: other kept lines with the same text leave the body."""
    key = _norm(title.text)
    # A word of the key is a run of word characters of the casefolded line: a line without the key's
    # first word is no copy (a substring test is far cheaper than _norm).
    head = key.split(" ", 1)[0]
    size = len(title.text)
    long_title = _n_words(title.text) >= 4 or _cjk_in_line(title.text) >= 8
    for line in doc.lines:
        if line is title or line.removal is not None:
            continue
        if abs(len(line.text) - size) > 8:
            if long_title and _labelled_copy(line.text, title.text):
                doc.remove(line, "metadata:title", "repeats the title after a field label")
            elif long_title and line.index < title.index and _trail_copy(line.text, title.text):
                # A trail is in the page's head, over the headline: a line of the body ending with the headline
                # behind "Home Secretary ..." is the article's.
                doc.remove(line, "metadata:title", "repeats the title after a breadcrumb trail copied without its arrows")
            continue
        if head not in _fold(line.text) or _norm(line.text) != key:
            continue
        if line.index <= anchor or long_title:
            doc.remove(line, "metadata:title", "repeats the title")


# A field label of one to three words and its colon: "Temat postu: ", "Post subject: ", "Betreff: ", "主题：".
# One to three words, each after a space (an optional space would let the regex split a long unspaced run into
# words every way it can: cubic in the run's length), then a colon.
_FIELD_LABEL_RE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}\s?[:：]\s*$")
FIELD_LABEL_MAX_CHARS = 60  # a field label is a few words; a long line ending with the title is no label row


def _labelled_copy(text: str, title: str) -> bool:
    """`text` is the title under a field label: a forum post's subject row over its text ("Temat postu: <the
    thread's title>", "Post subject: ..."), the title of its page again. The colon and the length first."""
    if not text.endswith(title):
        return False
    label = text[: len(text) - len(title)]
    if len(label) > FIELD_LABEL_MAX_CHARS or not label.rstrip().endswith((":", "：")):
        return False
    return _FIELD_LABEL_RE.match(label) is not None


# A trail copied without its arrows (icons in the page) and run into the title: "Home News Business News <title>",
# "HomeLatest News<title>". The home page's name opens it; a few words of section names follow, no sentence.
TRAIL_COPY_MAX_WORDS = 6
_TRAIL_STOPS = frozenset(".!?:;,。！？：；，()[]\"“”«»0123456789")


def _trail_copy(text: str, title: str) -> bool:
    """`text` is the title behind a breadcrumb trail that lost its separators, opening with the home page's name
    (patterns.BREADCRUMB_HOME; glued to the next crumb, "HomeLatest", when no lower-case letter follows the name):
    the page's own headline again, not a sentence of the article."""
    if not text.endswith(title):
        return False
    trail = text[: len(text) - len(title)].strip()
    if not trail or len(trail.split()) > TRAIL_COPY_MAX_WORDS or any(ch in _TRAIL_STOPS for ch in trail):
        return False
    folded = trail.casefold()
    for name in BREADCRUMB_HOME:
        if folded.startswith(name) and (len(trail) == len(name) or not trail[len(name)].islower()):
            return True
    return False


# ---------------------------------------------------------------------------
# Published date, byline, attribution.
# ---------------------------------------------------------------------------
def _claim(doc: Document, line: Line, rule: str, reason: str) -> None:
    """Remove a metadata line; if an earlier stage removed it as boilerplate, record what it really is."""
    if not line.kept and line.removal is not None and line.removal.rule.startswith("metadata:"):
        return
    line.removal = None
    doc.remove(line, rule, reason)


@cython.ccall
@cython.locals(d=cython.Py_ssize_t, far=cython.Py_ssize_t)
def _outward(lo: cython.Py_ssize_t, hi: cython.Py_ssize_t, center: cython.Py_ssize_t, with_center: cython.bint) -> list:
    """The indices of range(lo, hi) (without `center` unless `with_center`) from `center` outwards, the one below
    before the one above at each distance: sorted(..., key=lambda i: (abs(i - center), i < center)) without
    a key tuple per index."""
    out: list = []
    if with_center and lo <= center < hi:
        out.append(center)
    far = max(center - lo, hi - 1 - center)  # no index of the range is farther from center
    for d in range(1, far + 1):
        if lo <= center + d < hi:
            out.append(center + d)
        if lo <= center - d < hi:
            out.append(center - d)
    return out


# Numeric dates that read either way ("03/12/2025"): the date search reads them the page's way.
_NUM_DATE_RE = dict(_DATE_PATTERNS)["num"]
# Languages without one convention for the order of day and month in "03/12/2025": English (en-US writes
# the month first, en-GB the day), Filipino (month first), Chinese, Japanese and Korean (the year comes
# first: a date with the year last follows a foreign habit, either one), and an unknown language. Every
# other language writes the day first.
_NUM_ORDER_OPEN_LANGUAGES = frozenset(("en", "tl", "fil", "zh", "ja", "ko", "und", ""))


def _slash_dash_dates(text: str) -> list[tuple[int, int, int]]:
    """(first number, second number, year) of each numeric date of `text` written with slashes or dashes
    ("03/12/2025", "25-11-2025"); dotted dates are left out: they are day-first wherever they are used."""
    if not _may_hold_date(text):
        return []
    text = _prepare(text)
    if not _has_any(text, "/-"):
        return []
    return [(int(m["a"]), int(m["b"]), int(m["y"])) for m in _NUM_DATE_RE.finditer(text) if m["s"] != "."]


@lru_cache(maxsize=1024)
def _ambiguous_readings(text: str) -> tuple[tuple[date, date], ...]:
    """The day-first and month-first readings of each numeric date of `text` that reads either way
    ("03/12/2025": 3 December or 12 March 2025; both numbers 12 or less and different); () for most lines."""
    out = []
    for a, b, y in _slash_dash_dates(text):
        if a != b and a <= 12 and b <= 12:
            day_first, month_first = _valid_date(y, b, a), _valid_date(y, a, b)
            if day_first is not None and month_first is not None:
                out.append((day_first, month_first))
    return tuple(out)


def _page_num_order(doc: Document) -> str | None:
    """How the page writes numeric dates: "dmy", "mdy", or None when it does not say.

    The page's own certain numeric dates decide first (any line: a list of other articles or the
    comments show the site's habit as well as the header): "25/11/2025" is day-first (25 cannot be a
    month), "11/25/2025" month-first. A page showing both orders settles nothing. Without such a
    date, the language's convention: day-first, except where there is none (_NUM_ORDER_OPEN_LANGUAGES).
    """
    orders = set()
    for line in doc.lines:
        for a, b, y in _slash_dash_dates(line.text):
            if a > 12 and b <= 12 and _valid_date(y, b, a) is not None:
                orders.add("dmy")
            elif b > 12 and a <= 12 and _valid_date(y, a, b) is not None:
                orders.add("mdy")
    if orders:
        return orders.pop() if len(orders) == 1 else None
    return None if doc.language in _NUM_ORDER_OPEN_LANGUAGES else "dmy"


def _matching_order(doc: Document, readings: tuple[tuple[date, date], ...]) -> str | None:
    """The reading of a line's numeric dates that another date line of the page confirms, or None.

    A page that leaves the order open (English) may write the same date again elsewhere, with the
    month's name or year first ("Published December 3, 2025" under the article, "2025-12-03"): the
    reading that this date matches is the page's. Only date lines count (short lines that are a date,
    see _parse_date_line), not dates inside the article's sentences, which are other events. Both
    readings found, or neither, or the line's dates disagreeing: None.
    """
    days = set()
    for line in doc.lines:
        text = line.text
        if len(text) <= MAX_DATE_LINE and _may_hold_date(text) and _parse_date_line(text, None) is not None:
            days.update(h.day for h in _find_dates(text))
    orders = set()
    for day_first, month_first in readings:
        if (day_first in days) != (month_first in days):
            orders.add("dmy" if day_first in days else "mdy")
        else:
            return None
    return orders.pop() if len(orders) == 1 else None


# A reply's intro to the mail it quotes: "On Mon, 8 May 2023 at 18:40, Jane Doe wrote:", "Am ... schrieb X:".
_QUOTE_INTRO_RE = re.compile(
    r"(?:\bwrote|\bschrieb|a écrit|escribió|escreveu|ha scritto|schreef|napsal[a]?|написал[а]?)\s*:$", re.IGNORECASE
)


# The signing line of an official notice or a letter, over its signature: the place, a comma, "the" and the day
# ("Oberwalden, den 26.11.2025" over "gez. Martin Kessler", "Fait à Lyon, le 3 décembre 2025", "Roma, il 3
# dicembre 2025", "Warszawa, dnia 3 grudnia 2025"). It dates the signature, part of the notice's text; taken
# for a date line only when the page's own date line is gone (its record cleaned again), it changed the text.
# Under the lead only: over the title the same form is a press release's date line ("Hamburg, den 03.12.2025").
_SIGNING_DATE_RE = re.compile(
    r"^(?:fait\s+à\s+)?[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][^\W\d_]+){0,3},\s+(?:den|le|il|dnia|dne)\s+\d"
)


def _signing_line(text: str) -> bool:
    """`text` is the place and day a notice was signed (_SIGNING_DATE_RE), when it stands under the notice's text."""
    return ", " in text and _SIGNING_DATE_RE.match(text) is not None


def _read_date_line(doc: Document, text: str, default_tz: str | None, orders: dict[str, str | None]) -> DateLine | None:
    """`text` read as a date line (see _parse_date_line), its "03/12/2025" read the way the page writes dates
    when the page says (_page_num_order, else _matching_order); `orders` caches the page's order for the
    caller's loop. Every date search of the stage reads lines this way: one that did not would skip a line the
    other takes, and cleaning the record's text again (where the lines sit elsewhere) would decide otherwise.

    A line without digit runs a date can be made of (_may_hold_date, most lines) is no date line in any order, and
    has no numeric date to read either way (_slash_dash_dates): None, before the caches' calls."""
    if not _may_hold_date(text):
        return None
    parsed = _parse_date_line(text, default_tz)
    readings = _ambiguous_readings(text)
    if readings:
        if "page" not in orders:
            orders["page"] = _page_num_order(doc)
        num_order = orders["page"] or _matching_order(doc, readings)
        if num_order is not None:
            parsed = _parse_date_line(text, default_tz, num_order)
    return parsed


# The closing date of a job ad, a call or a tender ("Deadline: 31/12/2025", "Hạn nộp hồ sơ: 31/12/2025",
# "Bewerbungsfrist: 15.03.2025", "Haku päättyy 9.2.2025", "截止日期：2025-12-31", "応募締切：12月31日"): a date in the
# page's future, not the page's own; its publication date, when it states one, is on another line.
# The lookahead holds the alternatives' first characters, as _PAGE_KIND_HEADING_RE's does (the same matches).
_DEADLINE_RE = re.compile(
    r"^[\W_]*(?=[abcdefhlpstuпс報応截投报申締마접])(?:(?:application\s+)?deadline|closing\s+date|apply\s+(?:by|before)|applications?\s+close|"
    r"bewerbungs(?:frist|schluss)|einsendeschluss|anmeldeschluss|date\s+limite|fecha\s+l[ií]mite|plazo|prazo|"
    r"data\s+limite|scadenza|termin\s+(?:składania|zgłoszeń)|uiterste\s+datum|sista\s+ansökningsdag|"
    r"ansøgningsfrist|søknadsfrist|haku\s+päättyy|hakuaika\s+päättyy|son\s+başvuru|срок\s+подачи|"
    r"прием\s+заявок\s+до|приём\s+заявок\s+до|hạn\s+(?:nộp|chót|cuối)|batas\s+(?:akhir|waktu)|tarikh\s+tutup|"
    r"截止(?:日期|时间|時間)?|报名截止|報名截止|(?:応募|申込|申し込み)?締(?:め)?切(?:り)?|접수\s*마감|마감일?|"
    r"application\s+closing\s+date|last\s+date\s+(?:to\s+apply|for\s+(?:applications?|submissions?))|"
    r"(?:申请|申請|投递|投遞)截止(?:日期|时间|時間)?)(?![^\W\d_])",
    re.IGNORECASE,
)
# The separator between the parts of a job card's row ("Closing date: 31 December 2025 | Posted: 1 December 2025").
_ROW_PART_SEP_RE = re.compile(r"\s+[|·•]\s+")


def _without_deadline(text: str) -> str | None:
    """The line's text for the date reader: a closing-date row gives none, and a row of a job card whose other
    parts give the posting date ("Closing date: 31 December 2025 | Posted: 1 December 2025") gives those."""
    if not _DEADLINE_RE.match(text):
        return text
    parts: list = []
    value = False  # the part is the closing date of the label before it ("Deadline | 31 December 2025")
    for part in _ROW_PART_SEP_RE.split(text):
        if _DEADLINE_RE.match(part):
            value = not any(ch.isdigit() for ch in part)
        elif value:
            value = False
        else:
            parts.append(part)
    return " | ".join(parts) if parts else None


# A member's join date in a forum post's profile card ("Joined: 14.03.2019", "Dołączył: 14.03.2019",
# "Registriert seit: 02.06.2016", "Inscrit le : 3 mai 2018", "Inscription : 14 avr. 2023", "Регистрация: 14.03.2016", "Join Date: Mar 2016",
# "注册时间: 2019-3-14", "가입일 2019.03.14"): the member's date, not the post's; the post's date is on another
# line of the card. The lookahead holds the alternatives' first characters, as _PAGE_KIND_HEADING_RE's does.
_JOINED_RE = re.compile(
    r"^[\W_]*(?=[bdgijklmrstzüзнр加参注登註가])(?:joined(?:\s+on)?|member\s+since|registered(?:\s+on|\s+since)?|registriert(?:\s+seit|\s+am)?|"
    r"mitglied\s+seit|dabei\s+seit|inscrit(?:e|\(e\))?(?:\s+(?:le|depuis))?|inscription|membre\s+depuis|registrado(?:\s+(?:el|em|desde))?|"
    r"miembro\s+desde|se\s+unió|membro\s+desde|iscritt[oa](?:\s+(?:il|dal))?|dołączył(?:a|\(a\))?|"
    r"zarejestrowan[ya]|registrován[a]?|registrovan[ýá]|зарегистрирован[а]?|на\s+(?:форуме|сайте)\s+с|"
    r"join\s+date|регистрация|реєстрація|rejestracja|registrace|"
    r"lid\s+sinds|geregistreerd|registrerad|medlem\s+(?:sedan|siden)|katıldı|üyelik\s+tarihi|kayıt\s+tarihi|"
    r"bergabung(?:\s+sejak)?|tham\s+gia|加入(?:时间|時間|日期|于|於)|注册(?:时间|日期|于)|註冊(?:時間|日期|於)|"
    r"登録日|参加日|가입일?)(?![^\W\d_])",
    re.IGNORECASE,
)


# A comment section's heading with its count ("328 条评论", "評論 (12)", "网友评论"): the rows under it are comments'.
_COMMENTS_HEADING_RE = re.compile(
    r"^(?:\d[\d,.]*\s?[万萬]?\s?(?:条|條|则|則)?\s?(?:评论|評論|留言|回复|回覆)|(?:网友|網友|全部|热门|熱門)?(?:评论|評論|留言)"
    r"\s?[（(]?\d*[)）]?)$"
)


def _under_comments_heading(lines: list[Line], anchor: int, i: int) -> bool:
    """A comment section's heading (_COMMENTS_HEADING_RE) stands between the body's first line and line i."""
    return any(_COMMENTS_HEADING_RE.match(lines[k].text.strip()) for k in range(anchor + 1, i))


def _published(doc: Document, title: Line | None, anchor: int, default_tz: str | None) -> None:
    """Set doc.published from the date line nearest the title; date lines of the header leave the body."""
    lines = doc.lines
    center = title.index if title is not None else anchor
    lo = max(0, center - DATE_WINDOW_BEFORE)
    hi = min(len(lines), max(center, anchor) + PURE_DATE_WINDOW_AFTER_BODY + 1)
    # A wiki article states no publication date in its header: the dates between its name and its lead are
    # infobox rows ("Founded February 28, 1998"), the subject's dates.
    order = [] if title is not None and title.notes.get(_WIKI_TITLE_NOTE) else _outward(lo, hi, center, False)
    found: list[tuple[Line, DateLine]] = []
    orders: dict[str, str | None] = {}
    for i in order:
        line = lines[i]
        if line.kind == TITLE or len(line.text) > MAX_DATE_LINE:
            continue
        if i >= anchor and line.kept and is_prose(line.text):
            continue
        if (
            i > anchor and _body_prose_above(lines, anchor, i) >= BODY_PROSE_ABOVE_DATE_MAX
            and _body_prose_below(lines, i) >= BODY_PROSE_BELOW_DATE_MIN and _among_box_rows(lines, i)
        ):
            continue  # an event box's date amid the story's paragraphs (the record's text, cleaned again)
        if i > anchor and line.kept and _between_paragraphs(lines, i):
            shape = _date_shape(line.text)
            if shape is not None and any(h is line for h in _chronology_headings(lines, anchor, shape)):
                continue  # one of a chronology's dated headings between the body's paragraphs
        if line.removal is not None and line.removal.rule == _COMMENT_THREAD_RULE:
            continue
        if line.text.endswith(":") and _QUOTE_INTRO_RE.search(line.text):  # the date of the mail quoted below
            continue
        if _JOINED_RE.match(line.text):  # a forum member's join date
            continue
        if i > anchor and _signing_line(line.text):  # a notice's signing line, under its text
            continue
        if i > anchor and "IP" in line.text and _IP_REGION_RE.search(line.text) and _under_comments_heading(lines, anchor, i):
            continue  # "2025-01-15 08:12・IP 属地江苏" under "328 条评论": a comment's row, not the post's
        date_text = _without_deadline(line.text)  # (not a job ad's or a call's closing date)
        if date_text is None:
            continue
        parsed = _read_date_line(doc, date_text, default_tz, orders)
        if (
            parsed is not None and not parsed.updated and i > anchor and _credit_line(line.text)
            and _body_prose_below(lines, i) == 0 and _body_prose_above(lines, anchor, i) >= BODY_PROSE_ABOVE_DATE_MAX
        ):
            # An agency's credit line closing a body of several paragraphs ("Agency (City) First published ...")
            # is no header's: the search under the body decides on it, as it does when the record's text is
            # cleaned again and the body is short enough for this search to reach its end.
            continue
        if parsed is not None and (parsed.tier == "pure" or i <= max(center, anchor) + DATE_WINDOW_AFTER_BODY):
            found.append((line, parsed))
    pure = [f for f in found if f[1].tier == "pure"]
    chosen = (
        next((f for f in pure if not f[1].updated), None)
        or (pure[0] if pure else None)
        or next((f for f in found if not f[1].updated), None)
        or (found[0] if found else None)
    )
    # A reader's date (HTML meta) wins when it parses; the record field is ISO 8601 or null, never free text.
    meta = doc.meta.get("published")
    from_meta = parse_published(str(meta), default_tz) if meta else None
    if from_meta:
        doc.published = from_meta
    elif chosen is not None:
        doc.published = chosen[1].iso
    elif anchor < len(lines) and lines[anchor].kept:
        doc.published = _lede_dateline_date(lines[anchor].text, default_tz)
        if doc.published is not None and _newest_year_elsewhere(lines, anchor) - int(doc.published[:4]) > LEDE_DATELINE_MAX_AGE:
            doc.published = None  # "New York, 11. September 2001 – ..." on a page of 2025: the day the story tells of
    # Several source lines in the body are the article's citations (a press review quoting paper after paper).
    cited = sum(1 for line, parsed in pure if parsed.source and line.index > anchor and line.kept)
    for line, parsed in pure:
        # (an event's key facts between the title and the body hold its date: data rows, the body's: extend_to_key_facts)
        between = title is not None and title.index < line.index < anchor and not line.notes.get("data_row")
        # The "updated" line next to the chosen date is the pair's other half, wherever the pair sits (under a lede).
        beside = chosen is not None and parsed.updated and abs(line.index - chosen[0].index) <= UPDATED_PAIR_GAP
        if (chosen is not None and line is chosen[0]) or ((between or beside) and line.kept):
            _claim(doc, line, "metadata:published", "publication date moved to `published`")
            if parsed.author and "author" not in doc.meta:
                doc.meta["author"] = parsed.author
            if parsed.source and not doc.attribution:
                doc.attribution = parsed.source
        elif chosen is not None and parsed.source and line.index > anchor and line.kept and cited == 1:
            # Another line that is only a source and its date among the body's first lines (the quoted claim's
            # "Source: Ministry, October 25, 2019" under a fact-check's header date): the record's text, cleaned
            # again, has no header date line left and would read this one as the date. A citation is page metadata
            # too: it leaves the text now (the page's date and attribution stay the header's). (A bare other date
            # stays: it may be the day the article is about.)
            _claim(doc, line, "metadata:published", "a source's date line in the body's opening lines: page metadata")
    if chosen is not None and chosen[1].tier == "pure" and not chosen[0].kept:
        _claim_entry_stamps(doc, chosen[0], anchor, default_tz, orders)


_PUBLISHED_LABEL_RE = re.compile(_PUBLISHED_OPENING_RE.pattern.lstrip("^"), re.IGNORECASE)


def _credit_line(text: str) -> bool:
    """A publication label after other words ("Agency (City) First published March 3, 2025"): a credit line."""
    m = _PUBLISHED_LABEL_RE.search(text)
    return m is not None and m.start() > 0 and text[: m.start()].strip() != ""


def _date_shape(text: str) -> str | None:
    """A date line with its dates and times blanked and its other digits made one: the stamp's template
    ("Posted Dec 04, 2025 - 10:41 UTC" and "Posted Dec 04, 2025 - 09:58 UTC" share it), or None with no date."""
    norm = _prepare(text)
    hits = _find_dates(norm)
    if not hits:
        return None
    chars = list(norm)
    for h in hits:
        chars[h.start : h.end] = "\x00" * (h.end - h.start)
    for t in _find_times("".join(chars)):
        chars[t.start : t.end] = "\x00" * (t.end - t.start)
    return " ".join(_NUL_RUN_RE.sub("\x00", _DIGIT_RUN_RE.sub("0", "".join(chars))).casefold().split())


_NUL_RUN_RE = re.compile("\x00+")


def _kept_neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    """The nearest kept line over (step -1) or under (step 1) line i, as the record's text shows them."""
    k = i + step
    while 0 <= k < len(lines):
        if lines[k].kept:
            return lines[k]
        k += step
    return None


def _between_paragraphs(lines: list[Line], i: int) -> bool:
    """Line i sits between two kept paragraphs of prose (a heading of the text, not a row of a box or card)."""
    above = _kept_neighbour(lines, i, -1)
    if above is None or not is_prose(above.text):
        return False
    below = _kept_neighbour(lines, i, 1)
    return below is not None and is_prose(below.text)


def _chronology_headings(lines: list[Line], anchor: int, shape: str) -> list[Line]:
    """The kept date lines of template `shape` in the body that each sit between two paragraphs, when there are
    two or more: the dated headings of a chronology ("3 March 2024" / its paragraph / "6 March 2024" / ...), the
    text's own; none when only one."""
    found = [
        line for line in lines[anchor + 1:]
        if line.kept and len(line.text) <= MAX_DATE_LINE and _may_hold_date(line.text)
        and _between_paragraphs(lines, line.index) and _date_shape(line.text) == shape
    ]
    return found if len(found) >= 2 else []


def _claim_entry_stamps(doc: Document, chosen: Line, anchor: int, default_tz: str | None, orders: dict[str, str | None]) -> None:
    """The page's date line taken, the kept date lines of the same template further down are the stamps of the
    page's other entries ("Posted Dec 04, 2025 - 10:41 UTC" under each update of an incident report, a forum
    post's date over each reply): page metadata like the one taken. Kept, cleaning the record's text again
    (the taken line gone) would read the first of them as the page's date and remove it then."""
    text = chosen.text
    shape = None
    size = len(text)
    lines = doc.lines
    headings: list[Line] | None = None
    for line in lines[min(chosen.index, anchor):]:
        other = line.text
        if not line.kept or line is chosen or abs(len(other) - size) > ENTRY_STAMP_LENGTH_GAP or len(other) > MAX_DATE_LINE:
            continue
        if not _may_hold_date(other):
            continue
        if shape is None:
            shape = _date_shape(text)
            if shape is None:
                return
        if _date_shape(other) != shape:
            continue
        i = line.index
        if (
            _body_prose_above(lines, anchor, i) >= BODY_PROSE_ABOVE_DATE_MAX
            and _body_prose_below(lines, i) >= BODY_PROSE_BELOW_DATE_MIN and _among_box_rows(lines, i)
        ):
            continue  # a row of a box amid the paragraphs (another article's byline and date): the search skips it too
        if i > anchor and _between_paragraphs(lines, i):
            if headings is None:
                headings = _chronology_headings(lines, anchor, shape)
            if any(h is line for h in headings):
                continue  # a chronology's dated heading: the text's (the search skips it too)
        parsed = _read_date_line(doc, other, default_tz, orders)
        if parsed is not None and parsed.tier == "pure":
            _claim(doc, line, "metadata:published", "another entry's date stamp of the page's date line's template: page metadata")


def _body_prose_above(lines: list[Line], anchor: int, i: int) -> int:
    """The kept paragraphs of prose from the body's anchor down to line i."""
    return sum(1 for k in range(anchor, i) if lines[k].kept and is_prose(lines[k].text))


def _among_box_rows(lines: list[Line], i: int) -> bool:
    """A kept short line right over or under line i: the date is one row of a box (an event's name, time or
    place next to it), not a dateline between two paragraphs (a summary over the story's body)."""
    return any(0 <= k < len(lines) and lines[k].kept and not is_prose(lines[k].text) for k in (i - 1, i + 1))


def _body_prose_below(lines: list[Line], i: int) -> int:
    """The kept paragraphs of prose under line i, counted up to BODY_PROSE_BELOW_DATE_MIN."""
    count = 0
    for k in range(i + 1, len(lines)):
        if lines[k].kept and is_prose(lines[k].text):
            count += 1
            if count >= BODY_PROSE_BELOW_DATE_MIN:
                break
    return count


# A press release's lede opens with its dateline: "HARLOW SPRINGS, Ohio, Feb. 6, 2025 /Newswire/ -- ...". Releases in
# other languages write the place in title case and the date right after its comma ("Nordheide, 03.12.2025 – Die
# Stadtwerke ...", "Lyon, 4 décembre 2025 – La ..."): a lede opening "However, in 2025 – ..." names no place.
_LEDE_DATELINE_RE = re.compile(
    r"^(?P<head>(?:[A-Z][A-Z.'’ -]+,|[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][^\W\d_]+){0,3},\s*(?=\d))[^\n]{4,60}?)"
    r"\s*(?:/[^/\n]{2,40}/\s*)?(?:--|—|–)\s"
)


# The dateline of a page's own lede dates it only from the web's years on: an older date opening the lede is the day
# a story tells of ("Berlin, 9. November 1989 – Um kurz vor sieben Uhr ..."), not the day the page came out.
LEDE_DATELINE_MIN_YEAR = 1995


# Nor is a page dated by its lede's dateline more than this many years older than the newest year the page states
# elsewhere (a date on another line, the copyright line's year): a release's dateline is the page's own day, a
# feature's ("New York, 11. September 2001 – ...") the day of the story, told on a page of today.
LEDE_DATELINE_MAX_AGE = 10


def _newest_year_elsewhere(lines: list[Line], skip: int) -> int:
    """The newest year of a date on any line but line `skip`, or of a copyright line ("© 2025 ..."); 0 if none.
    (Asked only of a page dated by its lede's dateline: a rare page, each of its lines read once.)"""
    newest = 0
    for k, line in enumerate(lines):
        text = line.text
        if k == skip:
            continue
        if "©" in text or "copyright" in text.casefold():
            for y in _YEAR_RE.findall(text):
                if MIN_YEAR <= int(y) <= MAX_YEAR:
                    newest = max(newest, int(y))
        if _may_hold_date(text):
            for hit in _dates_of_prepared(_prepare(text)):
                newest = max(newest, hit.day.year)
    return newest


def _lede_dateline_date(text: str, default_tz: str | None) -> str | None:
    """The date in the dateline that opens the lede (a place in capitals, a comma, the date, a dash), or None:
    a page without a date line of its own (a press release) dates its text there (from LEDE_DATELINE_MIN_YEAR)."""
    m = _LEDE_DATELINE_RE.match(text)
    iso = parse_published(m.group("head"), default_tz) if m else None
    return iso if iso is not None and int(iso[:4]) >= LEDE_DATELINE_MIN_YEAR else None


def _published_below(doc: Document, block: _Block, default_tz: str | None) -> None:
    """With no date over the article, its date line right under the body ("By Jane Doe" / "Published: 06:32,
    14 Jan 2024" closing a tabloid story): a line that is only a date and its labels, within
    DATE_WINDOW_BELOW_BODY lines of the last paragraph. An update ("Atualizado em 05/02/2025 às 17h20") is no
    publication date, but it is page metadata all the same: it leaves the text, alone or with the date it pairs
    with. Cleaning the record's text again finds a short article's closing date lines within the search over
    the body (_published), which removes them: the first cleaning must not keep them. A date in a list of
    other articles, a comment thread or other furniture is none of the article's, nor one after a name (an
    embedded post's author) or opening with punctuation (the end of a reference)."""
    lines = doc.lines
    # A text that is its title and its paragraphs, nothing over them (a record's text cleaned again, a feed item's
    # body): a credit line closing it ("Agency (City) First published ...", which the first cleaning kept beside
    # the header's date) is the text's own: it stays.
    bare = block.start == 1 and lines[0].kind == TITLE
    orders: dict[str, str | None] = {}
    found: list[tuple[Line, DateLine]] = []
    for i in range(block.end + 1, min(len(lines), block.end + 1 + DATE_WINDOW_BELOW_BODY)):
        line = lines[i]
        if line.notes.get("hard_break"):
            break  # a list of other articles or a comment thread starts: its dates are theirs
        removal = line.removal
        if removal is not None and not removal.rule.startswith("boilerplate:outside-main"):
            continue
        if len(line.text) > MAX_DATE_LINE:
            break  # prose under the body: no date line of it further down
        if not line.text[:1].isalnum():
            continue  # "— Jane Doe (@jdoe) May 4, 2021" under an embedded post, ". Retrieved 4 May 2021." of a reference
        if "(@" in line.text:
            continue  # "Jane Doe (@jdoe) May 4, 2021" without its dash: a handle names an embedded post's author
        if bare and _credit_line(line.text):
            continue
        if _JOINED_RE.match(line.text):  # a forum member's join date
            continue
        if _signing_line(line.text):  # a notice's signing line over its signature
            continue
        date_text = _without_deadline(line.text)  # (not a job ad's or a call's closing date)
        if date_text is None:
            continue
        parsed = _read_date_line(doc, date_text, default_tz, orders)
        # (A name before the date is an embedded post's author, unless a publication label opens the line:
        # "Published by the Gazette on Jan. 16, 2025." closing an obituary.)
        if parsed is not None and parsed.tier == "pure" and (parsed.author is None or _PUBLISHED_OPENING_RE.match(line.text)):
            if _body_prose_below(lines, i) >= BODY_PROSE_BELOW_DATE_MIN:
                continue  # the article's paragraphs go on under it: an event box's day inside the story
            found.append((line, parsed))
    if not found:
        # The date line kept as one of the body's last lines (a sentence's full stop ends it, or a promo line
        # follows): "Published by the Gazette on Jan. 16, 2025." under an obituary.
        found.extend(itertools.islice(_closing_publication_lines(doc, block, block.end + 1, default_tz, orders), 1))
    chosen = next((f for f in found if not f[1].updated), None)
    if chosen is not None:
        doc.published = chosen[1].iso
        _claim(doc, chosen[0], "metadata:published", "publication date moved to `published`")
    for line, parsed in found:  # the update alone, or the one of the chosen date's pair
        if parsed.updated and (chosen is None or abs(line.index - chosen[0].index) <= UPDATED_PAIR_GAP):
            _claim(doc, line, "metadata:published", "update date under the article: page metadata, not its text")
            break


def _published_again_below(doc: Document, block: _Block, default_tz: str | None) -> None:
    """With the date read over the article, a line closing the body that a publication label opens and that
    gives the same day ("Posted by Jane Doe on March 10, 2015 at 08:05" under a blog post) is that page
    metadata again: it leaves the text too. Kept, it would be the date that cleaning the record's text again
    reads (the header's date line is gone from the record) and removes then."""
    day = (doc.published or "")[:10]
    stop = min(len(doc.lines), block.end + 1 + DATE_WINDOW_BELOW_BODY)
    for line, parsed in _closing_publication_lines(doc, block, stop, default_tz, {}):
        if parsed.iso[:10] == day:
            _claim(doc, line, "metadata:published", "the publication date again under the article: page metadata")


def _closing_publication_lines(
    doc: Document, block: _Block, stop: int, default_tz: str | None, orders: dict[str, str | None]
) -> Iterator[tuple[Line, DateLine]]:
    """The kept lines from the body's last three up to `stop` that a publication label opens and that hold
    nothing but the label, a name and a date of publication (no update): each with its date."""
    lines = doc.lines
    for i in range(max(block.start + 1, block.end - 2), stop):
        line = lines[i]
        if not line.kept or len(line.text) > MAX_DATE_LINE or not _PUBLISHED_OPENING_RE.match(line.text):
            continue
        parsed = _read_date_line(doc, line.text, default_tz, orders)
        if parsed is not None and parsed.tier == "pure" and not parsed.updated:
            yield line, parsed


BYLINE_HEADER_LINES = 5  # kept lines under the title searched for its byline
BYLINE_INTO_BODY = 3  # ... of which at most this many from the first body paragraph on


@cython.locals(k=cython.Py_ssize_t, into_body=cython.Py_ssize_t)
def _header_kept(doc: Document, title: Line, anchor: int) -> list[Line]:
    """The kept lines under the title where its byline may be: before the body or among its first lines (a
    photo caption may come first). Kept lines are counted, not the page's lines: the furniture a page has
    between them is not in its clean record, which must show the same header when it is cleaned again."""
    lines: list = doc.lines
    header: list = []
    into_body = 0
    for k in range(title.index + 1, len(lines)):
        line = lines[k]
        if line.removal is not None:
            continue
        if line.index >= anchor:
            into_body += 1
            if into_body > BYLINE_INTO_BODY:
                break
        header.append(line)
        if len(header) == BYLINE_HEADER_LINES:
            break
    return header


BYLINE_PROSE_MAX_WORDS = 12  # words of a byline with a role that reads as a sentence


def _byline(doc: Document, title: Line | None, anchor: int) -> None:
    """A confident byline right under the title goes to meta["author"] and leaves the body."""
    if title is None:
        return
    header = _header_kept(doc, title, anchor)
    prose_above = False
    for line in header:
        # "Reviewed by X" above the first paragraph only: under a section of a roundup it is that section's
        # reviewer. (Another byline may follow a photo caption written as a sentence.)
        # A byline with the role after the name reads as a sentence ("Revisado médicamente por la Dra. Ana Gómez,
        # especialista en neurología"): the first such line under the title is still the header's.
        if line.kept and is_prose(line.text) and (
            prose_above or _n_words(line.text) > BYLINE_PROSE_MAX_WORDS or not parse_byline(line.text)
        ):
            prose_above = True
            continue
        if prose_above and line.text[:8].casefold() == "reviewed":
            continue
        author = parse_byline(line.text)
        if author:
            doc.meta.setdefault("author", author)
            doc.remove(line, "metadata:byline", "byline moved to meta.author")
            return
    # No "By": a bare name right above the date line of the header ("Dara Whelan" / "Sat 9 Nov 2024"), or above a
    # numeric date that reads either way ("Catalina Fuentes" / "05/12/2025 - 18:20": a date line whichever way the
    # page writes it).
    for line in header:
        if line.kept and line.index + 1 < len(doc.lines) and _date_row(doc.lines[line.index + 1].text):
            name = _bare_name(line.text)
            if name and not _is_meta_line(line.text):
                doc.meta.setdefault("author", name)
                doc.remove(line, "metadata:byline", "author name above the date line moved to meta.author")
                return


def _date_row(text: str) -> bool:
    """A header's date, relative time or byline line (_is_meta_line), or a line that is a numeric date reading
    either way ("05/12/2025 - 18:20")."""
    return _is_meta_line(text) or ("/" in text and _parse_date_line(text, None, "dmy") is not None)


def _attribution(doc: Document, title: Line | None, block: _Block | None) -> None:
    """A source note at the end of the body (or right under the title) goes to doc.attribution."""
    if block is None:
        return
    lines = doc.lines
    lo, hi = max(block.start, block.end - ATTRIBUTION_TAIL), min(len(lines), block.end + ATTRIBUTION_TAIL + 1)
    tail = _outward(lo, hi, block.end, True)
    head = range(title.index + 1, min(len(lines), title.index + 4)) if title is not None else range(0)
    for i in [*tail, *head]:
        line = lines[i]
        if line.kind == TITLE or (not line.kept and not (line.removal and i > block.end)):
            continue
        found = parse_attribution(line.text)
        if found:
            doc.attribution = found
            _claim(doc, line, "metadata:attribution", "source attribution moved to `attribution`")
            return


# The signature's date: what follows the handle in brackets ("— Jane Doe (@janedoe) March 3, 2025" -> "March 3, 2025").
_SIGNATURE_DATE_RE = re.compile(r"\(@\w{1,30}\)\s*(?P<date>\S.*)$")


def _published_from_signed_header(doc: Document, title: Line, anchor: int, default_tz: str | None) -> None:
    """With no other date, a newsletter's or a blog's signed header line between the title and the first
    paragraph ("— Jane Doe (@janedoe) March 3, 2025"): its date is the post's own. The same line under an embedded
    post inside the article is that post's (_parse_date_line reads no signature for that reason)."""
    lines = doc.lines
    for i in range(title.index + 1, min(anchor, len(lines))):
        text = lines[i].text
        if "(@" not in text or len(text) > MAX_DATE_LINE or not SOCIAL_EMBED_SIGNATURE_RE.match(text):
            continue
        m = _SIGNATURE_DATE_RE.search(text)
        parsed = _read_date_line(doc, m.group("date"), default_tz, {}) if m else None
        if parsed is not None and parsed.tier == "pure":
            doc.published = parsed.iso
            return


def _drop_trail_over_title(doc: Document, title: Line) -> None:
    """A kept breadcrumb trail right over the title that ends with the title's own text ("Referencia de la API /
    Clientes / Crear un cliente" over "Crear un cliente") leaves the body: the page's place, not its text."""
    i = title.index
    if i == 0:
        return
    above = doc.lines[i - 1]
    if above.removal is not None:
        return
    key = title.text.strip()
    for sep in (" / ", *_TRAIL_SEPS):
        if sep in above.text:
            crumbs = above.text.split(sep)
            if len(crumbs) >= 2 and crumbs[-1].strip() == key and all(crumbs):
                doc.remove(above, "metadata:title", "a breadcrumb trail that ends with the title")
            return


def _drop_marked_teasers(doc: Document, title: Line, anchor: int) -> None:
    """Kept lines of a run of marked teasers ("今 ...", "日 ...", "推 ...", "荐 ...": _list_run_item) between the title
    and the body leave the body: they are other stories' headlines, one marker a line, never the article's text."""
    lines = doc.lines
    for i in range(title.index + 1, min(anchor, len(lines))):
        line = lines[i]
        if line.removal is None and _CJK_MARKER_ITEM_RE.match(line.text) is not None and _list_run_item(lines, i):
            doc.remove(line, "metadata:teaser-run", "a teaser of a run marked one character a line, under the title")


# A board's footer that names the zone of every time on the page: "All times are UTC", "All times are UTC-05:00",
# "Alle Zeiten sind UTC+01:00", "Heures au format UTC+01:00", "Todos los horarios son UTC", "Tutti gli orari sono
# UTC+1 ora", "Todos os horários são UTC-03:00", "Alle tijden zijn UTC+01:00" (a DST mark after it aside).
_PAGE_ZONE_RE = re.compile(
    r"^(?:all\s+times\s+are|alle\s+zeiten\s+sind|heures\s+au\s+format|todos\s+los\s+horarios\s+son"
    r"|tutti\s+gli\s+orari\s+sono|todos\s+os\s+horários\s+são|alle\s+tijden\s+zijn)\s+"
    r"(?:UTC|GMT)(?:\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?"
    r"(?:\s+(?:hours?|uhr|heures?|horas?|ore|ora|uur))?(?:\s*\[\s*\w+\s*\])?\s*$",
    re.IGNORECASE,
)
PAGE_ZONE_WINDOW = 40  # lines at the page's end where a board's footer names its zone


def _page_time_zone(doc: Document) -> str | None:
    """The zone a board's footer gives every time on the page (_PAGE_ZONE_RE) as an IANA name ("UTC", "Etc/GMT-1"
    for UTC+01:00), for the post dates printed without one ("Mon Mar 03, 2025 4:12 pm"); None without such a line or
    for a zone of whole hours plus minutes, which no Etc/ name has."""
    for line in doc.lines[-PAGE_ZONE_WINDOW:]:
        text = line.text.strip()
        if text[:1] not in "AaHhTt" or len(text) > 60:
            continue
        m = _PAGE_ZONE_RE.match(text)
        if m is None:
            continue
        if m.group("hours") is None or int(m.group("hours")) == 0:
            return "UTC"
        if m.group("minutes") not in (None, "00") or int(m.group("hours")) > 14:
            return None
        # (the Etc/ names count the other way round: UTC+01:00 is Etc/GMT-1)
        return ("Etc/GMT-" if m.group("sign") == "+" else "Etc/GMT+") + str(int(m.group("hours")))
    return None


def metadata_stage(doc: Document, config: Config) -> Document:
    """Title, published date, byline and attribution from the lines around the start and end of the body."""
    if not doc.lines:
        return doc
    anchor, block = _anchor(doc)
    title = pick_title(doc, anchor)
    if title is not None:
        _drop_title_copies(doc, title, anchor)
        _drop_marked_teasers(doc, title, anchor)
        _drop_trail_over_title(doc, title)
        _keep_summary_labels(doc, title, anchor)
    default_tz = config.published_default_tz or _page_time_zone(doc)
    _published(doc, title, anchor, default_tz)
    if doc.published is None and block is not None:
        _published_below(doc, block, default_tz)
        if doc.published is None and title is not None:
            _published_from_signed_header(doc, title, anchor, default_tz)
    elif block is not None:
        _published_again_below(doc, block, default_tz)
    _byline(doc, title, anchor)
    _attribution(doc, title, block)
    kinds_from_kept(doc)
    if title is not None:
        _record_title_trims(doc, title)
    return doc


_TITLE_TRIM_RULE = (
    "metadata:title-trim",
    "part of the title's line that is no part of the headline (a label, a site's menu, a forum's tool links or a link "
    "the copy glued to it)",
)


def _record_title_trims(doc: Document, line: Line) -> None:
    """Record what _title_text cut off the title's line as removals (Document.trimmed): the record's title is the
    headline alone, and the audit trail must still hold every character of the input the record leaves out."""
    title = doc.title
    if not title or not doc.text or line.removal is not None or line.kind != TITLE or line.text == title:
        return
    span = doc.text[line.start : line.end]
    at = span.find(title)
    if at < 0:  # (a reader's own title, spelled otherwise than the line)
        return
    for lo, hi in ((0, at), (at + len(title), len(span))):
        piece = span[lo:hi]
        text = piece.strip()
        if text:
            start = line.start + lo + len(piece) - len(piece.lstrip())
            doc.trimmed.append(Removal(text, _TITLE_TRIM_RULE[1], _TITLE_TRIM_RULE[0], start, start + len(text)))


@cython.locals(k=cython.Py_ssize_t, n=cython.Py_ssize_t, heading=cython.bint, line=Line)
def kinds_from_kept(doc: Document) -> None:
    """Heading or body from the kept neighbour, as the clean text shows it (so cleaning it again agrees).

    Segmentation judged each line against the next line of the page; a dek under the title or a
    subheading above an ad is a heading once the date line or the ad between them is gone.
    """
    from cleaners.segment import ends_sentence, is_bullet, is_separator

    # The kept lines with their kinds and texts, each attribute read once (a line's kind changes only at its own
    # turn in the loop below, after it was read).
    kept: list = []
    kinds: list = []
    texts: list = []
    heading_or_body: frozenset = _HEADING_OR_BODY
    for line in doc.lines:
        if line.removal is None:
            kind = line.kind
            if kind in heading_or_body:
                kept.append(line)
                kinds.append(kind)
                texts.append(line.text)
    heading_kind, body_kind = HEADING, BODY
    for k in range(len(kept) - 1):
        text: str = texts[k]
        nxt_text: str = texts[k + 1]
        n = len(text)
        # The length tests first: they settle most lines before the sentence-end tests.
        heading = n <= 120 and len(nxt_text) > max(n * 1.5, 60) and not ends_sentence(text) and ends_sentence(nxt_text)
        if heading and _CODE_MARK_RE.search(text):  # "layer.render(bbox, cache=cache)" over prose: a code line
            heading = False
        kind = heading_kind if heading else body_kind
        if kinds[k] == kind:
            continue  # nothing to change (whether or not the line is one that keeps its kind)
        line = kept[k]
        if is_separator(text) or is_bullet(text) or "joined_lines" in line.notes:
            continue  # separators, list items and joined lines keep their kind
        line.kind = kind


_HEADING_OR_BODY = frozenset((HEADING, BODY))
# Characters of code that a heading does not hold: braces, a semicolon, an assignment or comparison.
_CODE_MARK_RE = re.compile(r"[{};=<>]")
