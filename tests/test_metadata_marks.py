"""Words of scripts whose vowel signs are combining marks (Devanagari, Bengali, Tamil, Thai...).

A token of letters alone cut "दिल्ली" at each vowel sign into pieces too short to count, so a Hindi
headline shared no token with its article and lost the title scoring to any other line. Tokens are
runs of letters and BMP combining marks; the compiled one-pass token loops are held to that regex.
"""

from __future__ import annotations

import random
import unicodedata

from cleaners import clean_text, metadata
from cleaners.metadata import _STOP_TOKENS, _cjk_run_re, _fold, _token_re, _tokens, _tokens_among

HINDI_PAGE = """होम
देश
विदेश
खेल
लॉग इन करें
दिल्ली में नई मेट्रो लाइन का उद्घाटन
12 मार्च 2024
भारत की राजधानी नई दिल्ली में आज एक नई मेट्रो लाइन का उद्घाटन किया गया। यह लाइन शहर के पूर्वी हिस्से को हवाई अड्डे से जोड़ती है और इससे लाखों यात्रियों को लाभ होगा।
अधिकारियों के अनुसार इस परियोजना पर लगभग पाँच वर्षों तक काम चला। निर्माण के दौरान कई तकनीकी चुनौतियों का सामना करना पड़ा, लेकिन इंजीनियरों ने उन्हें सफलतापूर्वक हल किया।
यात्रियों ने इस नई सुविधा का स्वागत किया है। एक यात्री ने कहा कि अब उन्हें दफ्तर पहुँचने में पहले से आधा समय लगेगा।
सबसे ज़्यादा पढ़ी गई खबरें
चुनाव की तारीखों का ऐलान
शेयर करें
"""


def _definition(text: str) -> set[str]:
    """_tokens as the uncompiled module computes it (the token regex, stop words, CJK bigrams)."""
    low = _fold(text)
    toks = set(_token_re().findall(low)) - _STOP_TOKENS
    for run in _cjk_run_re().findall(low):
        toks.update(run[i : i + 2] for i in range(len(run) - 1))
    return toks


def test_indic_and_thai_words_are_whole_tokens() -> None:
    assert _tokens("दिल्ली में नई मेट्रो लाइन का उद्घाटन") == {"दिल्ली", "मेट्रो", "लाइन", "उद्घाटन"}
    assert "சென்னை" in _tokens("சென்னை நகரில் மழை")  # Tamil
    assert "ভারতের" in _tokens("ভারতের রাজধানী")  # Bengali
    assert _tokens("ภาษาไทย") == {"ภาษาไทย"}  # Thai: letters and marks, one run


def test_every_bmp_character_between_letters() -> None:
    """A word character (a letter or another non-decimal alphanumeric, as before, or a combining mark)
    joins "abc" and "d" into one token; any other character leaves two runs too short to count."""
    for code in range(0x80, 0x10000):
        ch = chr(code)
        text = "abc" + ch + "d"
        word = (ch.isalnum() and not ch.isdecimal()) or unicodedata.category(ch)[0] == "M"
        got = _tokens(text)
        assert (_fold(text) in got) if word else got == set(), hex(code)
        assert got == _definition(text), hex(code)


def test_compiled_tokens_match_the_regex_on_random_text() -> None:
    rng = random.Random(5)
    alphabet = "aé कि्ष ் த ั ภ া ব \u0301\u20dd1२_ 東京 .-"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _tokens(text) == _definition(text), repr(text)
        assert _tokens_among(text, _definition(text)) == _definition(text), repr(text)
        words = _token_re().findall(text)
        share = len([w for w in words if w[0].isupper()]) / len(words) if words else 0.0
        assert metadata._title_case_ratio(text) == share, repr(text)


def test_a_hindi_page_gets_its_headline_as_title() -> None:
    rec = clean_text(HINDI_PAGE, source="hi.txt").to_dict()
    assert rec["title"] == "दिल्ली में नई मेट्रो लाइन का उद्घाटन"
    assert rec["language"] == "hi"
