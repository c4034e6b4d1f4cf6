"""An article's sentence that reports an opinion disclaimer ("The minister said the views expressed in the letter are
his own") is no disclaimer of the publisher's.

The Latin-script (and Greek) disclaimer phrases went by their words alone; a sentence that reports someone saying
them (a reporting verb or "according to" in the same sentence: said, sagte, zei, powiedział, uvedl, szerint, δήλωσε,
sa, sagde, dedi, a rappelé, dijo) is the article's. The notes themselves (no reporting verb; "Unless otherwise
stated" opens some) are still removed, and a note after a reported sentence on the same line is still read.
"""

from __future__ import annotations

import pytest
from stages import line_rule

from cleaners.patterns import is_opinion_disclaimer

REPORTED = [
    ("en", "The minister said the views expressed in the letter are his own and not the government's."),
    ("en", "Asked about the post, the mayor told reporters that the views expressed are solely those of the author."),
    ("en", "“The views expressed in this column are those of the author,” the paper's spokesman said on Tuesday."),
    ("en", "In a statement, the company said the podcast does not necessarily reflect the views of the network."),
    ("de", "Der Sprecher sagte, der Gastbeitrag gebe nicht unbedingt die Meinung der Redaktion wieder."),
    ("de", "Der Chefredakteur erklärte am Montag, Gastbeiträge spiegelten nicht zwingend die Position der Redaktion "
           "wider."),
    ("nl", "De hoofdredacteur zei dat opiniestukken niet noodzakelijk de mening van de redactie weergeven."),
    ("pl", "Rzecznik gazety powiedział, że felietony nie muszą być zgodne ze stanowiskiem redakcji."),
    ("cs", "Šéfredaktor uvedl, že komentáře nemusí nutně vyjadřovat názor redakce."),
    ("hu", "A főszerkesztő szerint a vendégszerzők írásai nem feltétlenül tükrözik a szerkesztőség álláspontját."),
    ("el", "Ο εκπρόσωπος δήλωσε ότι τα άρθρα γνώμης δεν εκφράζουν απαραίτητα τις απόψεις της σύνταξης."),
    ("sv", "Chefredaktören sa att debattartiklar inte nödvändigtvis delas av redaktionen."),
    ("da", "Chefredaktøren sagde, at debatindlæg ikke nødvendigvis deles af redaktionen."),
    ("no", "Redaktøren sa at kronikker ikke nødvendigvis deles av redaksjonen."),
    ("tr", "Bakan, açıklamasında köşe yazısındaki görüşlerin sadece yazarına aittir ifadesini kullandı."),
    ("fr", "Le directeur a rappelé que les tribunes n'engagent que leurs auteurs."),
    ("es", "El portavoz dijo que las columnas de opinión no reflejan necesariamente la línea editorial."),
]


@pytest.mark.parametrize(("language", "text"), REPORTED)
def test_a_reported_disclaimer_is_the_articles(language: str, text: str) -> None:
    assert line_rule(text, language) != "disclaimer"


NOTES = [
    ("en", "The views expressed in this article are those of the author and do not necessarily reflect the views of "
           "the publisher."),
    ("en", "Unless otherwise stated, the views expressed are solely those of the author."),
    ("de", "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder."),
    ("nl", "Opiniestukken geven niet noodzakelijk de mening van de redactie weer."),
    ("cs", "Komentáře nemusí nutně vyjadřovat názor redakce."),
    ("pl", "Felietony nie muszą być zgodne ze stanowiskiem redakcji."),
    ("sv", "Åsikterna är skribentens egna och delas inte nödvändigtvis av redaktionen."),
    ("tr", "Köşe yazılarındaki görüşler yalnızca yazarına aittir."),
    ("es", "Las opiniones expresadas en esta columna no reflejan necesariamente la línea editorial."),
]


@pytest.mark.parametrize(("language", "text"), NOTES)
def test_the_publishers_note_is_still_a_disclaimer(language: str, text: str) -> None:
    assert line_rule(text, language) == "disclaimer"


def test_a_long_line_reads_the_sentence_of_the_words() -> None:
    """A long line (no phrase scan: is_opinion_disclaimer) reporting the words is no note; a note after another
    sentence that reports something else is one."""
    filler = " ".join(["The council met on Tuesday evening and discussed the budget for the coming year at length."] * 4)
    reported = filler + " The minister said the views expressed in the letter are his own and not the government's."
    note = "The mayor said the budget was fair. " + filler + (
        " The views expressed in this article are those of the author and do not necessarily reflect the publisher's."
    )
    assert not is_opinion_disclaimer(reported)
    assert is_opinion_disclaimer(note)
