"""review13c: look-alikes of xfail13's and probe29's rules that are article text and must stay. Every page here
is synthetic."""

from __future__ import annotations

import pytest
from stages import clean_lines as _clean
from stages import kept_texts as _kept
from stages import line_rule
from test_review5b_false_positives import BODY, LEAD, TAIL

MENU = ["Home | News | Local | Sport | Contact"]


# --- a section label row under the first paragraph is the text's own (boilerplate.mark_section_labels) -----------

def test_a_laws_section_headings_stay() -> None:
    law = ["In this Act, a harbour means any area of water within the limits fixed by the minister, together with "
           "the quays and slipways around it.",
           "This Act applies to every harbour that is owned or operated by a public body, whether or not it charges "
           "dues."]
    kept = _kept(_clean([*MENU, "Harbour Act explained", LEAD, "Section: Definitions", law[0],
                         "Section: Application", law[1], *BODY, *TAIL]))
    assert "Section: Definitions" in kept and "Section: Application" in kept


@pytest.mark.parametrize(("lead", "row", "rest"), [
    ("Buscamos un técnico de selección con experiencia para incorporarse a nuestro equipo en Madrid a partir del "
     "próximo mes.", "Área: Recursos Humanos",
     ["La persona seleccionada se encargará de gestionar los procesos de selección de principio a fin y de "
      "coordinar a los proveedores externos.",
      "Ofrecemos contrato indefinido, horario flexible y un plan de formación continua adaptado a cada perfil."]),
    ("Die Redaktion sucht ab sofort eine Volontärin oder einen Volontär, der die Ausbildung in allen Bereichen "
     "des Hauses durchläuft.", "Ressort: Lokales",
     ["Die Ausbildung dauert zwei Jahre und umfasst Stationen in der Lokalredaktion, im Online-Team und in der "
      "Wirtschaftsredaktion.", "Bewerbungen mit Lebenslauf und Arbeitsproben nehmen wir bis Ende des Monats an."]),
])
def test_a_section_row_under_the_lead_stays(lead: str, row: str, rest: list[str]) -> None:
    kept = _kept(_clean([*MENU, "Stellenangebot / Oferta de empleo", lead, row, *rest, "© 2025"]))
    assert row in kept


# --- a story's closing line that names a topic of the menu (boilerplate.trim_header_call_echo) -------------------

@pytest.mark.parametrize(("head", "last"), [
    (["Home | Climate change | Energy | Politics", "Climate change", "Subscribe now",
      "Harbour towns brace for higher tides as seas rise"],
     "What happens next? Climate change talks resume in Bonn in June."),
    (["Accueil | Politique | Économie", "Réforme des retraites", "S'abonner",
      "Le gouvernement présente son projet de réforme des retraites"],
     "Et maintenant ? Réforme des retraites : le débat ne fait que commencer."),
    (["Inicio | Política | Economía", "Crisis climática", "Suscríbete",
      "Las ciudades costeras se preparan para mareas más altas"],
     "¿Y ahora qué? Crisis climática y presupuestos marcarán el debate del otoño."),
])
def test_a_closing_line_naming_a_menu_topic_stays(head: list[str], last: str) -> None:
    kept = _kept(_clean([*head, LEAD, *BODY, last, *TAIL]))
    assert last in kept


# --- a headline that opens with a Q&A card's verb (patterns.QA_META_RE) ------------------------------------------

@pytest.mark.parametrize(("line", "language"), [
    ("Chiesto un milione di danni", "it"),
    ("Chiesto un anno di carcere", "it"),
    ("Chiesto 1 milione di euro", "it"),
    ("Risposto un secco no", "it"),
    ("Respondida una carta", "es"),
    ("Preguntada una vecina", "es"),
    ("Preguntada 3 veces por la policía", "es"),
    ("Beantwortet 3 Fragen zur Wahl", "de"),
    ("Gesteld op 3 punten", "nl"),
    ("Demandé 2 fois", "fr"),
])
def test_a_headline_opening_with_a_qa_verb_is_no_qa_meta(line: str, language: str) -> None:
    assert line_rule(line, language) != "qa-meta"


@pytest.mark.parametrize(("line", "language"), [
    ("Preguntat fa 3 dies", "ca"),
    ("Respondida hace 2 horas", "es"),
    ("Perguntado há 2 anos", "pt"),
    ("Répondu il y a 2 jours", "fr"),
    ("Risposto un anno fa", "it"),
    ("Gefragt vor einem Jahr", "de"),
    ("Gesteld 3 uur geleden", "nl"),
    ("Posée le 12/03/2024", "fr"),
    ("Chiesto ieri", "it"),
    ("Preguntado el 3 de mayo", "es"),
])
def test_a_qa_cards_time_line_is_qa_meta(line: str, language: str) -> None:
    assert line_rule(line, language) == "qa-meta"


# --- a cookie banner that asks for consent by browsing on is no headline (metadata._ui_topic_headline) -----------

@pytest.mark.parametrize("line", [
    "By continuing to browse you agree to the use of cookies",
    "Continuing to browse this page means agreeing to cookies and tracking",
    "If you keep browsing we assume that you are happy with all cookies",
])
def test_a_browse_on_cookie_banner_is_not_title_shaped(line: str) -> None:
    from cleaners.metadata import _title_shaped

    assert not _title_shaped(line)


def test_a_headline_about_cookies_is_still_title_shaped() -> None:
    from cleaners.metadata import _title_shaped

    assert _title_shaped("Why browsers block third-party cookies and what it means for small shops")
