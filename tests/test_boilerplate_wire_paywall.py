"""Line rules found by the European news probes (tests/pages): a paywall notice that cuts the article short,
a wire story's credit line in parentheses, and a "read also" label run into its headline without a colon."""

from __future__ import annotations

from functools import partial

import pytest
from stages import line_rule

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(("text", "language"), [
    ("Para seguir leyendo este artículo de El Observador necesitas una suscripción.", "es"),
    ("Contenido exclusivo para suscriptores", "es"),
    ("Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.", "fr"),
    ("Il vous reste 65 % de l'article à lire.", "fr"),
    ("Per continuare a leggere questo articolo abbonati al giornale.", "it"),
    ("Para continuar lendo, faça login ou assine o jornal.", "pt"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar.", "de"),
    ("To continue reading this story, please subscribe or sign in.", "en"),
    ("Dit artikel is alleen voor abonnees.", "nl"),
])
def test_a_paywall_notice_is_removed(text: str, language: str) -> None:
    assert _line_rule(text, language) == "paywall-notice"


@pytest.mark.parametrize(("text", "language"), [
    ("El periódico perdió 2.000 suscriptores el año pasado, según su informe anual.", "es"),
    ("Para seguir leyendo a sus autores favoritos, muchos lectores acuden a la biblioteca del barrio.", "es"),
    ("Le journal compte désormais 40 000 abonnés, un record pour un titre régional.", "fr"),
    ("Il vous reste encore quelques jours pour déposer votre dossier en mairie.", "fr"),
    ("We continue reading the budget documents and will update this story.", "en"),
])
def test_prose_about_subscriptions_is_no_paywall_notice(text: str, language: str) -> None:
    assert _line_rule(text, language) != "paywall-notice"


@pytest.mark.parametrize(("text", "language"), [
    ("(Reporting by Anna Lee and Tom Brandt; Editing by Sarah Kent)", "en"),
    ("(Additional reporting by Mark Hale; writing by Ruth Ames; editing by Ian Cole.)", "en"),
    ("(Información de Marta Quintana y Jorge Ibarra; editado en español por Carlos Serrano)", "es"),
    ("(Con información de agencias)", "es"),
    ("(Avec agence)", "fr"),
    ("(Reportage de Paul Martin, édité par Claire Dubois)", "fr"),
    ("(Mit Material von Agenturen)", "de"),
    ("(Com agências)", "pt"),
])
def test_a_wire_credit_in_parentheses_is_removed(text: str, language: str) -> None:
    assert _line_rule(text, language) == "wire-credit"


@pytest.mark.parametrize(("text", "language"), [
    # An aside in parentheses that is part of the text, and a credit that does not close in parentheses.
    ("(The reporting by the local paper prompted the inquiry, officials said.) The council met on Monday.", "en"),
    ("(Información de contexto: el río se desbordó por última vez en 1987.)", "es"),
    ("Reporting by the local paper prompted the inquiry; the council met on Monday.", "en"),
    ("La police a travaillé avec agences et associations pour retrouver les familles.", "fr"),
])
def test_asides_in_parentheses_are_no_wire_credit(text: str, language: str) -> None:
    assert _line_rule(text, language) != "wire-credit"


@pytest.mark.parametrize(("text", "language"), [
    ("À lire aussi Climat : ce que contient le projet d'accord", "fr"),
    ("Lee también Bono alquiler joven: quién puede pedirlo en 2026", "es"),
    ("Leggi anche Lavori pubblici, ecco i cantieri che apriranno in città nel 2026", "it"),
    ("Czytaj także Radni przyjęli budżet na 2026 rok po długiej i burzliwej sesji", "pl"),
    ("Διαβάστε επίσης Νέοι χώροι στάθμευσης στο κέντρο της πόλης από τον Ιανουάριο", "el"),
])
def test_a_read_also_label_without_a_colon_is_an_inline_link(text: str, language: str) -> None:
    """(A line of up to eight words was already a list heading; these are longer.)"""
    assert _line_rule(text, language) == "read-also"


@pytest.mark.parametrize(("text", "language"), [
    ("Lire aussi le rapport de la Cour des comptes permet de comprendre l'ampleur du problème.", "fr"),
    ("Lee también en voz alta a sus alumnos cada mañana, cuenta la maestra.", "es"),
    ("Leggi anche tu il regolamento prima di iscriverti al corso.", "it"),
])
def test_prose_opening_with_the_words_is_no_read_also_line(text: str, language: str) -> None:
    assert _line_rule(text, language) != "read-also"
