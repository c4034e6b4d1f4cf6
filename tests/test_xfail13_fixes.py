"""xfail13: rules that fix strict XFAIL entries of tests/test_pages.py, each with the look-alikes that must stay as
they were. Every page here is synthetic."""

from __future__ import annotations

import pytest
from stages import clean_lines as _clean
from stages import kept_texts as _kept
from stages import line_rule
from test_review5b_false_positives import BODY, LEAD, TAIL  # the same short news page

from cleaners.metadata import (
    _date_closed_headline,
    _find_dates,
    _title_shaped,
    parse_date_line,
    parse_published,
)

MENU = ["Home | News | Local | Sport | Contact"]


# --- an asctime() stamp ("Thu Dec  4 21:37:05 2025"): metadata._ASCTIME_RE -------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Thu Dec 4 21:37:05 2025", "2025-12-04"),
    ("時間 Thu Dec 4 21:37:05 2025", "2025-12-04"),
    ("Date: Mon Mar 10 09:05:44 2025 +0100", "2025-03-10"),
    ("Sent: Fri Jan 31 23:59:59 2025", "2025-01-31"),
])
def test_an_asctime_stamp_is_read(line: str, iso: str) -> None:
    found = parse_published(line)
    assert found is not None and found[:10] == iso
    assert parse_date_line(line) is not None


@pytest.mark.parametrize("line", [
    "Stage 4 finish 21:37:05 2025 riders started",  # no month and day before the time
    "Marathon winner 2:07:05 2025 edition",
    "Results: Dec 4 final 21:37 2025 entries",  # no seconds
])
def test_a_time_before_a_year_without_the_stamp_shape_is_not_read(line: str) -> None:
    assert parse_published(line) is None


def test_a_bulletin_board_posts_time_row_is_its_date() -> None:
    record = _clean([*MENU, "作者 hsiaomei (小梅) 看板 Cooking", "標題 [食譜] 電鍋版蘿蔔糕", "時間 Thu Dec  4 21:37:05 2025",
                     LEAD, *BODY, *TAIL])
    assert record["published"] == "2025-12-04"
    assert not any("21:37:05" in text for text in _kept(record))


# --- a headline about an interface thing (metadata._ui_topic_headline) -------------------------------------------

@pytest.mark.parametrize("line", [
    "How to choose a permalink structure for your blog",
    "Why browsers block third-party cookies and what it means for small shops",
    "Ten simple steps to protect your privacy on a shared family computer",
])
def test_a_long_headline_about_an_interface_noun_is_title_shaped(line: str) -> None:
    assert _title_shaped(line)


@pytest.mark.parametrize("line", [
    "Permalink",
    "Privacy Policy",
    "We use cookies to give you the best experience on our site",
    "Manage your privacy and cookie settings for this device today",
    "Read our privacy policy and terms of use for this site",
    "Click here to copy the permalink of this post to your clipboard",
])
def test_interface_text_with_those_nouns_is_still_no_title(line: str) -> None:
    assert not _title_shaped(line)


def test_a_guides_headline_naming_permalinks_is_the_title() -> None:
    headline = "How to choose a permalink structure for your blog"
    record = _clean([*MENU, headline, "By Chris Adebayo", "April 2, 2025", LEAD, *BODY, *TAIL])
    assert record["title"] == headline


# --- a headline that ends with the date it names (metadata._date_closed_headline) --------------------------------

@pytest.mark.parametrize("headline", [
    "Convocazione del Consiglio comunale del 27 febbraio 2026",
    "Minutes of the council meeting of 3 March 2026",
    "Orden del día del pleno municipal del 12 de marzo de 2026",
    "Sitzung des Gemeinderats vom 5. März 2026",
    "Ordre du jour du conseil municipal du 12 mars 2026",
])
def test_a_headline_closed_by_its_date_is_the_title(headline: str) -> None:
    record = _clean([*MENU, headline, "Published 18 February 2026", "Print", "Share", LEAD, *BODY, *TAIL])
    assert record["title"] == headline


@pytest.mark.parametrize("line", [
    "Protesters gather outside the town hall in Rome, 27 February 2026",  # a caption's place before its date
    "The council met again on 27 February 2026",  # "on" dates what the sentence tells
    "Residents queue outside the clinic Thursday 27 February 2026",
    "Le conseil municipal a adopté le budget 12 mars 2026 et demain",  # words after the date
])
def test_a_line_ending_with_a_date_otherwise_is_no_date_closed_headline(line: str) -> None:
    assert not _date_closed_headline(line, _find_dates(line))


# --- an editorial-standards link over the lead (boilerplate._EDITORIAL_NOTE_VOICE_RE) ----------------------------

RATES = ["Current mortgage rates", "30-year fixed\t6.18%\t6.24%", "15-year fixed\t5.41%\t5.47%",
         "5/1 ARM\t5.96%\t6.01%"]


def test_the_lead_under_an_editorial_standards_link_is_kept() -> None:
    head = [*MENU, "Mortgage rates slip again as bond yields ease", "Written by Laura Mendes", "Updated Dec 5, 2025"]
    kept = _kept(_clean([*head, "Our editorial standards", LEAD, *RATES, *BODY, *TAIL]))
    assert LEAD in kept


@pytest.mark.parametrize("note", [
    ["Our editorial standards", "Our editors check every figure against the lenders' own rate sheets."],
    ["Unser redaktioneller Prozess", "Unsere Redaktion prüft jeden Artikel vor der Veröffentlichung."],
    ["Notre processus éditorial", "Nous vérifions chaque chiffre auprès des banques avant publication."],
    ["Nuestro proceso editorial", "Nuestros editores revisan cada cifra antes de publicarla."],
])
def test_a_closing_editorial_note_still_goes(note: list[str]) -> None:
    sources = ["Sources", "Harbour Board (2024). Annual report on the sea defences.", "Share this article", "Email"]
    kept = _kept(_clean([*MENU, "Council approves plan to rebuild the old harbour wall", "By Laura Mendes",
                         "March 3, 2025", LEAD, *BODY, *note, *sources, *TAIL]))
    assert LEAD in kept
    assert note[1] not in kept


# --- a header's section label row (boilerplate._section_label_row) -----------------------------------------------

@pytest.mark.parametrize(("line", "language"), [
    ("Área: Medio Ambiente", "es"),
    ("Sección: Deportes", "es"),
    ("Rubrik: Kultur", "de"),
    ("Rubrique : Société", "fr"),
    ("Sezione: Cronaca", "it"),
    ("Dział: Kraj", "pl"),
    ("Рубрика: Общество", "ru"),
    ("Section: Local news", "en"),
])
def test_a_section_label_row_is_removed(line: str, language: str) -> None:
    assert line_rule(line, language) == "categories"


@pytest.mark.parametrize(("line", "language"), [
    ("Área: 250 m²", "es"),  # a listing's data field
    ("Sección 3: Disposiciones generales", "es"),  # a numbered heading of a regulation
    ("Section: the part of the law that matters most", "en"),
    ("Thema: Die Zukunft der Stadt", "de"),  # an event notice's talk
    ("Ressort: Politik, Wirtschaft, Kultur und Sport", "de"),  # a list, not one section
    ("Área de Medio Ambiente del Ayuntamiento", "es"),  # no label
])
def test_other_labelled_lines_are_no_section_label(line: str, language: str) -> None:
    assert line_rule(line, language) != "categories"


ES_NOTICE = [
    "El Ayuntamiento abre hasta el 8 de marzo el plazo de solicitud para la adjudicación de 24 parcelas de huerto "
    "urbano en el paraje de La Vega. Las parcelas, de 50 metros cuadrados cada una, se cederán por dos años.",
    "La solicitud puede presentarse en el Registro General, de lunes a viernes de 9:00 a 14:00, o a través de la sede "
    "electrónica. Si hay más solicitudes que parcelas, la adjudicación se hará por sorteo público.",
    "Las personas adjudicatarias pagarán una tasa anual de 30 euros, que incluye el agua de riego. El Ayuntamiento "
    "facilitará además un curso gratuito de agricultura ecológica de ocho horas.",
]


def test_the_section_label_over_the_lead_goes() -> None:
    record = _clean(["Inicio", "Sede electrónica", "Servicios", "Estás en: Inicio > Actualidad > Noticias",
                     "Abierto el plazo para solicitar los huertos urbanos municipales",
                     "Fecha de publicación: 12/02/2024", "Área: Medio Ambiente", *ES_NOTICE,
                     "Imprimir", "Compartir", "Otras noticias"])
    assert "Área: Medio Ambiente" not in _kept(record)
    assert ES_NOTICE[0] in _kept(record)


# --- a labelled credit under a removed photo caption (boilerplate.mark_caption_credits) ---------------------------

@pytest.mark.parametrize(("caption", "credit"), [
    ("Výlov rybníka sledovaly tisíce lidí. (12 fotografií)", "Foto: Pavel Horák"),
    ("Los vecinos siguieron las obras del puerto. (12 fotos)", "Foto: Ana García"),
    ("Die Bewohner sahen den Arbeiten am Hafen zu. (12 Bilder)", "Foto: Hans Müller"),
])
def test_a_credit_under_a_removed_gallery_caption_goes(caption: str, credit: str) -> None:
    head = [*MENU, "Council approves plan to rebuild the old harbour wall", "By Laura Mendes", "March 3, 2025"]
    record = _clean([*head, LEAD, caption, credit, *BODY, *TAIL])
    kept = _kept(record)
    assert caption not in kept
    assert credit not in kept
    assert LEAD in kept and BODY[0] in kept


def test_a_credit_between_two_paragraphs_without_a_caption_stays() -> None:
    head = [*MENU, "Council approves plan to rebuild the old harbour wall", "By Laura Mendes", "March 3, 2025"]
    record = _clean([*head, LEAD, "Foto: Pavel Horák", *BODY, *TAIL])
    assert "Foto: Pavel Horák" in _kept(record)


# --- a closing call to action that repeats the header's button (boilerplate.trim_header_call_echo) ----------------

AGENT_HEAD = ["Skip to main content", "Harbour Homes Estate Agents", "Buy", "Sell", "Book a free valuation", "News",
              "House prices in the harbour district rose again this spring", "Published 8 April 2026"]


@pytest.mark.parametrize("call", [
    "Thinking of selling? Book your free valuation today.",
    "Wondering what your home is worth? Book a no-obligation valuation with our team.",
])
def test_a_closing_call_that_repeats_the_headers_button_goes(call: str) -> None:
    kept = _kept(_clean([*AGENT_HEAD, LEAD, *BODY, call, "Contact us", "Harbour Homes Ltd", *TAIL]))
    assert call not in kept
    assert BODY[-1] in kept


@pytest.mark.parametrize(("head", "last"), [
    # the header's button is another call ("Book a free valuation"): the story's closing advice stays
    (AGENT_HEAD, "Buyers should expect more competition. Read the lenders' terms carefully before bidding."),
    # a news site's menu: its words are no button the closing sentence repeats
    ([*MENU, "Council approves plan to rebuild the old harbour wall", "March 3, 2025"],
     "The council meets again in May. Residents can book a place at the meeting on its website."),
    # the same verb, other words: "Read the latest news" over "Read the full report ..."
    (["Home", "Read the latest news", "Council approves plan to rebuild the old harbour wall", "March 3, 2025"],
     "The report runs to 240 pages. Read the full report before the hearing on Friday."),
])
def test_a_closing_sentence_that_repeats_no_button_stays(head: list[str], last: str) -> None:
    kept = _kept(_clean([*head, LEAD, *BODY, last, *TAIL]))
    assert last in kept
