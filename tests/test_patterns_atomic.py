"""The phrase regexes with atomic boundary groups and a first-character lookahead match what the plain forms match.

_START and _END are atomic groups of zero-width assertions, and CTA_RE opens with a lookahead on the first
characters of its phrases: both only spare the engine work. The proof is read off the parse trees (every
alternative is zero-width; every character that can open a phrase passes the lookahead, over all code points),
and the regexes are compared with their plain forms (spans included) on the test pages, the dev text dumps
when present, and random text.
"""

from __future__ import annotations

import re
import sys
from re import _constants, _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import HAVE_DEV, NO_DEV_REASON, PAGES, dev_dumps, nonblank_lines

from cleaners import patterns
from tests.test_boilerplate_prefilters import opening_chars

_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)

# The plain forms: the same alternations in non-atomic groups, and CTA_RE without its lookahead.
_PLAIN_END = "(?:" + patterns._END.removeprefix("(?>")
_PLAIN_START = "(?:" + patterns._START.removeprefix("(?>")
PLAIN = {
    "CTA_RE": _PLAIN_START + "(?:" + patterns._trie_alternation(patterns.CTA) + ")" + _PLAIN_END,
    "ARTICLE_END_RE": _PLAIN_START + "(?:" + patterns._trie_alternation(patterns.ARTICLE_END) + ")" + _PLAIN_END,
    "LIST_INTRO_RE": r"^[\W\d_]*(?:(?:.{0,40}?\s)?(?:" + patterns._trie_alternation(patterns._LIST_INTRO_ANYWHERE)
    + r")|(?:\S+\s+){0,2}(?:" + patterns._trie_alternation(patterns.LIST_INTRO_MOST_WATCHED) + "))" + _PLAIN_END,
    "FURNITURE_RE": r"^[\W\d_]*(?:" + patterns._trie_alternation(patterns.FURNITURE) + ")" + _PLAIN_END,
    # Without the lookahead, each start-only alternative with its own "^".
    "NEWSLETTER_FORM_RE": (
        r"\b(?:delivered|sent|straight|directly|right)\s+(?:to|into)\s+your\s+inbox\b"
        r"|\bin\s+your\s+inbox\s+every\s+(?:morning|evening|day|week|weekday|month)\b"
        # the e-mail field: "Email address", "Enter your email", "Adresse e-mail", "E-Mail-Adresse", "Correo electrónico"
        r"|^(?:your\s+|enter\s+(?:your\s+)?)?e-?mail(?:\s+address)?\s*\*?:?$"
        r"|^(?:votre\s+)?adresse\s+(?:e-?mail|électronique)\s*\*?:?$|^(?:ihre\s+)?e-?mail-adresse\s*\*?:?$"
        r"|^(?:tu\s+|su\s+)?correo\s+electr[óo]nico\s*\*?:?$|^(?:seu\s+)?(?:endereço\s+de\s+)?e-?mail\s*\*?:?$"
        r"|^(?:please\s+)?enter\s+a\s+valid\s+e-?mail\b"
        r"|^(?:il\s+tuo\s+)?indirizzo\s+e-?mail\s*\*?:?$|^(?:je\s+|uw\s+)?e-?mailadres\s*\*?:?$"
        r"|^(?:twój\s+)?adres\s+e-?mail\s*\*?:?$|^(?:din\s+)?e-?postadress\s*\*?:?$"
        # the consent line under the form
        r"|^by\s+(?:subscribing|signing\s+up|clicking|registering|submitting|entering\s+your\s+e-?mail)\b.{0,80}?"
        r"\byou\s+(?:agree|accept|consent|acknowledge)"
        r"|^en\s+vous\s+(?:inscrivant|abonnant)\b|^mit\s+(?:der|ihrer)\s+anmeldung\b.{0,80}?\bzu\b"
        r"|^al\s+(?:suscribirte|suscribirse|registrarte|registrarse)\b|^ao\s+(?:se\s+)?(?:inscrever|assinar|cadastrar)"
        r"|^iscrivendoti\b.{0,80}?\b(?:accetti|dichiari)|^door\s+(?:je|u)\s+(?:aan\s+te\s+melden|in\s+te\s+schrijven)\b"
        r".{0,80}?\bakkoord|^(?:zapisując|subskrybując)\s+się\b.{0,80}?\bakceptujesz"
        r"|^genom\s+att\s+(?:prenumerera|registrera\s+dig|anmäla\s+dig)\b.{0,80}?\bgodkänner"
        r"|^(?:ваш\s+)?(?:электронная\s+почта|адрес\s+электронной\s+почты)\s*\*?:?$"
        r"|^(?:подписываясь|регистрируясь|нажимая\s+(?:на\s+)?кнопку)\b.{0,80}?\bсоглаш"
        r"|^dengan\s+(?:mengklik|mendaftar|melanggan|berlangganan)\b.{0,80}?\banda\s+(?:bersetuju|setuju|menyetujui)"
        # the confirmation after it
        r"|^(?:thank\s+you|thanks)\s+for\s+(?:signing\s+up|subscribing|registering)\b"
        r"|^(?:thank\s+you|thanks)\s+for\s+reading\b[^.!?]{0,80}[.!]\s+subscribe\b"
        r"|^merci\s+(?:pour|de)\s+votre\s+(?:inscription|abonnement)\b|^(?:vielen\s+)?dank\s+für\s+ihre\s+anmeldung\b"
        r"|^gracias\s+por\s+(?:suscribirte|suscribirse|registrarte)\b|^obrigad[oa]\s+por\s+(?:se\s+)?(?:inscrever|assinar)"
    ),
}
PAIRS = {name: (getattr(patterns, name).regex, re.compile(plain, re.IGNORECASE)) for name, plain in PLAIN.items()}


def test_the_boundaries_are_atomic_groups_of_zero_width_alternatives() -> None:
    for boundary in (patterns._START, patterns._END):
        assert boundary.startswith("(?>")
        (op, av), = _parser.parse(boundary, re.IGNORECASE).data
        assert op is _constants.ATOMIC_GROUP
        (branch, (_, alternatives)), = av.data
        assert branch is _constants.BRANCH and len(alternatives) == 4
        for alternative in alternatives:
            assert all(item_op in _ZERO_WIDTH for item_op, _ in alternative.data), alternative


def test_the_plain_forms_are_the_regexes_without_the_changes() -> None:
    for name, (regex, plain) in PAIRS.items():
        if name == "NEWSLETTER_FORM_RE":  # (regrouped: compared by its matches only)
            assert regex.flags == plain.flags
            continue
        expected = plain.pattern.replace(_PLAIN_START, patterns._START).replace(_PLAIN_END, patterns._END)
        if name == "CTA_RE":
            expected = patterns._first_chars_lookahead(patterns.CTA) + expected
        assert regex.pattern == expected, name
        assert regex.flags == plain.flags


def test_every_phrase_opener_passes_the_lookahead() -> None:
    """Over all code points: a character that can open a call-to-action phrase (re.IGNORECASE folds included)
    matches the lookahead's class; the lookahead tests the character the phrase starts with."""
    alternation = re.compile("(?:" + patterns._trie_alternation(patterns.CTA) + ")", re.IGNORECASE)
    openers = opening_chars(alternation)
    lookahead = patterns._first_chars_lookahead(patterns.CTA)
    assert lookahead.startswith("(?=[") and lookahead.endswith("])")
    first_char = re.compile(lookahead[3:-1], re.IGNORECASE)
    admitted = {chr(c) for c in range(sys.maxunicode + 1) if first_char.fullmatch(chr(c))}
    assert openers <= admitted
    assert {"K", "\u212a", "ſ", "S"} <= openers  # the folds are counted (the Kelvin sign, the long s)


def test_every_newsletter_blurb_opener_passes_the_lookahead() -> None:
    """The same proof for NEWSLETTER_FORM_RE: its lookahead guards the two alternatives that may match anywhere."""
    blurbs = ["delivered", "sent", "straight", "directly", "right", "in"]
    openers = opening_chars(re.compile("(?:" + "|".join(blurbs) + ")", re.IGNORECASE))
    lookahead = patterns._first_chars_lookahead(blurbs)
    assert patterns.NEWSLETTER_FORM_RE.regex.pattern.startswith(lookahead)
    first_char = re.compile(lookahead[3:-1], re.IGNORECASE)
    assert openers <= {chr(c) for c in range(sys.maxunicode + 1) if first_char.fullmatch(chr(c))}
    assert {"ſ", "S"} <= openers


def _spans(rx: re.Pattern[str], text: str) -> tuple:
    m, s = rx.match(text), rx.search(text)
    return (m and m.span()), (s and s.span())


def _check(text: str) -> None:
    for name, (regex, plain) in PAIRS.items():
        assert _spans(regex, text) == _spans(plain, text), (name, text)


_lines = nonblank_lines


def test_on_the_test_pages() -> None:
    for line in _lines(sorted(PAGES.glob("*.txt"))):
        _check(line)
        _check(line[-15:])
        _check(line[-40:])


@pytest.mark.skipif(not HAVE_DEV, reason=NO_DEV_REASON)
def test_on_the_dev_dumps() -> None:
    hits = 0
    for line in _lines(dev_dumps()):
        if len(line) <= 400:  # the lengths the rules run the regexes on
            _check(line)
            hits += bool(PAIRS["CTA_RE"][1].search(line))
    assert hits > 100


PHRASES = st.sampled_from(
    [*patterns.CTA[:40], *patterns.ARTICLE_END, "Sign Up", "SUBSCRIBE", "ſubscribe", "\u212aomment", "İ", "ß",
     " ", "-", "!", ":", "12", "漢字", "まとめ", "x", "é", "😀", "\ud800", "\n",
     "delivered to your inbox", "in your inbox every week", "Email address", "E-Mail-Adresse:", "by clicking",
     " you agree", "Thanks for subscribing", "Gracias por suscribirte", "ſent ſtraight to your inbox", "*"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(PHRASES, min_size=1, max_size=6).map("".join))
def test_on_random_text(text: str) -> None:
    _check(text)
