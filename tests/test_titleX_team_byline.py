"""A byline in lower case between the headline and its date ("Echipa de produs", "Redazione web", "the product
team": no capitalised name for _bare_name) is no title (cleaners.metadata._short_credit_row, an _author_row): it
sits right over the date and took the meta adjacency. Negatives: a capitalised short headline, a row with a digit
or a sentence mark, a row half the headline's length or more."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.metadata import _short_credit_row, metadata_stage

BODY_IT = [
    "La versione 3.4 è disponibile da oggi per tutti i clienti, senza costi aggiuntivi. L'aggiornamento arriva "
    "in automatico nelle prossime ore e non richiede alcun intervento da parte degli amministratori.",
    "La funzione più richiesta dell'ultimo anno era la fatturazione ricorrente: ora si possono programmare "
    "fatture mensili o annuali per ogni cliente, con promemoria automatici prima della scadenza.",
    "Abbiamo anche riscritto l'editor dei modelli, che ora mostra un'anteprima dal vivo del documento mentre "
    "si modificano i campi e il logo, spiega la squadra di prodotto.",
]
PAGE_IT = ["Salta al contenuto", "Libromastro", "Prodotto", "Prezzi", "Blog", "Accedi", "Prova gratis",
           "Blog › Novità di prodotto",
           "Libromastro 3.4: fatture programmate e un editor nuovo per studi e piccole imprese",
           "Squadra di prodotto", "12 settembre 2026", "4 minuti di lettura", *BODY_IT, "Privacy", "Contatti"]


def test_a_lower_case_team_byline_is_not_the_title() -> None:
    doc = metadata_stage(boilerplate_doc(PAGE_IT, "it"), Config())
    assert doc.title == PAGE_IT[8]


HEADLINE = "Libromastro 3.4: fatturazione ricorrente, export dei registri e un nuovo editor dei modelli"


@pytest.mark.parametrize(("text", "expected"), [
    ("Redazione prodotto", True),
    ("Echipa de produs", True),
    ("the product team", True),
    ("Budget Approved", False),  # a capital after the first letter: _bare_name's or a headline's
    ("Versione 3.4", False),  # a digit
    ("Ecco cosa cambia.", False),  # a sentence
    ("Fatturazione ricorrente per tutti i clienti", False),  # more than three words
])
def test_short_credit_row(text: str, expected: bool) -> None:
    assert _short_credit_row(text, HEADLINE) is expected


def test_a_row_half_the_headline_or_longer_is_no_credit() -> None:
    assert not _short_credit_row("Redazione prodotto", "Nuove fatture ricorrenti")
