"""xfail13: rules that fix strict XFAIL entries of tests/test_pages.py, each with the look-alikes that must stay as
they were. Every page here is synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from stages import clean_lines as _clean
from stages import kept_texts as _kept
from stages import line_rule
from test_review5b_false_positives import BODY, LEAD, TAIL  # the same short news page

from cleaners.boilerplate import _section_label_row
from cleaners.metadata import (
    _date_closed_headline,
    _find_dates,
    _labelled_headline,
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
    assert _section_label_row(line)
    record = _clean([*MENU, "Council approves plan to rebuild the old harbour wall", line, LEAD, *BODY, *TAIL])
    assert line not in _kept(record) and LEAD in _kept(record)


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
    assert not _section_label_row(line)


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


def test_a_citation_under_a_paper_that_names_the_headers_journal_stays() -> None:
    head = ["Revista Catalana d'Ecologia Aplicada", "Números", "Cerca", "Efectes de la sequera sobre l'alzina"]
    citation = ("Puigdomènech, N. i Vidal, L. (2024). Efectes de la sequera sobre l'alzina. Revista Catalana "
                "d'Ecologia Aplicada, 18(2), 45–61.")
    kept = _kept(_clean([*head, LEAD, *BODY, citation, *TAIL]))
    assert citation in kept


# --- a match's bracketed result line over its lead (boilerplate.extend_to_result_line) ---------------------------

JA_REPORT = [
    "第105回全国高校ラグビー大会県予選の決勝が16日、県営陸上競技場で行われ、北陵工が桜ケ丘に24―20で逆転勝ちし、3大会ぶり"
    "12度目の全国大会出場を決めた。",
    "北陵工は前半を7―13で折り返した。後半に入ってもFW戦で押し込まれる時間が続いたが、ロスタイムに敵陣22メートル付近の"
    "ラインアウトからモールを押し込み、最後はフッカーの宮田がインゴールに飛び込んだ。",
    "主将の堀内は「最後まで自分たちのラグビーを信じた。花園では一勝でも多く挙げたい」と話した。",
    "敗れた桜ケ丘は、準決勝までの4試合で失点わずか10と堅い守りを見せたが、最後の10分間に足が止まった。",
]
JA_HEAD = ["ニュース", "スポーツ", "経済", "くらし", "高校ラグビー", "北陵工、3大会ぶり花園へ　後半ロスタイムに逆転トライ",
           "2025年11月16日 18:42", "この記事をシェア", "ポスト", "シェア", "LINE"]


def test_a_bracketed_result_line_over_a_lead_with_its_score_is_kept() -> None:
    result = "【高校ラグビー県大会決勝】北陵工 24―20 桜ケ丘（16日・県営陸上競技場）"
    record = _clean([*JA_HEAD, result, *JA_REPORT, "この記事は会員限定です。", "おすすめ記事"])
    assert result in _kept(record)
    assert record["title"] != result


def test_a_bracketed_line_whose_score_the_lead_does_not_tell_stays_out() -> None:
    other = "【速報】南高 3―1 西高（サッカー県大会準決勝）"  # another match's result in the header
    record = _clean([*JA_HEAD, other, *JA_REPORT, "この記事は会員限定です。", "おすすめ記事"])
    assert other not in _kept(record)


# --- a heading with a two-word label right under a trail of sections (metadata._LABELLED_HEADLINE_RE) -------------

@pytest.mark.parametrize(("page", "heading"), [
    ("fi_tv_opas_ohjelmakuvaus_jakso", "Metsän kätköissä: Karhuemo ja pennut"),  # a series' name over the episode's
    ("he_azharat_massa_ramat_sikun", "אזהרת מסע: מדינת לוּמָרָה"),  # a notice's kind over its subject
])
def test_a_two_word_labelled_heading_under_a_trail_is_the_title(page: str, heading: str) -> None:
    # (the probe page's header and first paragraphs: the heading shares no word with them)
    lines = (Path(__file__).parent / "pages" / f"{page}.txt").read_text(encoding="utf-8").split("\n")[:20]
    assert heading in lines
    assert _clean(lines)["title"] == heading


@pytest.mark.parametrize("line", [
    "Source: Reuters",  # a field's short value
    "Original title: Boot",
    "Tags: ferry, storm, elections, budget",  # a list of topics
    "Published by the council: 3 March 2026",  # a label of more words
])
def test_fields_are_no_labelled_headline(line: str) -> None:
    assert not _labelled_headline(line)
