"""mark_author_bio: the author's one-line bio closing the article ("Jane Doe covers health for the Sun.") is
removed when it opens with the name of the byline above; a last paragraph about someone else, a bio with no
byline, a longer paragraph about the author and an article's own sentence naming the author are kept.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_texts as _kept

from cleaners.document import Document

# A bio that ends with the author's contact ("... Reach her at jdoe@paper.example.") goes as the contact line.
BIO_RULES = ("boilerplate:author-bio", "boilerplate:author-contact")


def _bio(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule in BIO_RULES]


EN_HEAD = ["Home", "News", "Sports", "Town council approves new bus routes", "By Jane Doe", "March 3, 2024"]
EN_ARTICLE = [
    "The town council voted on Tuesday to approve three new bus routes that will link the northern suburbs "
    "with the hospital and the train station from the start of next month.",
    "The routes will run every twenty minutes during the day and every hour in the evening, and the fares will "
    "stay the same as on the existing lines, the council said in a statement.",
    "Residents of the northern suburbs have asked for a direct connection to the hospital for years, and a "
    "petition last spring collected more than four thousand signatures.",
    "The council expects the new routes to carry about two thousand passengers a day once they are running.",
]
EN_FOOT = ["More from Jane Doe", "Library extends weekend hours", "Ferry adds winter sailings", "Privacy | Terms"]


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a senior reporter covering transport and local government. Reach her at jdoe@paper.example.",
        "Jane Doe covers the town hall for the Courier.",
        "Jane Doe, a staff writer, has covered the council since 2019.",
        "JANE DOE is the author of a book about the town's railway.",
    ],
)
def test_bio_opening_with_the_bylines_name_is_removed(bio: str) -> None:
    doc = boilerplate_doc([*EN_HEAD, *EN_ARTICLE, bio, *EN_FOOT])
    assert _bio(doc) == [bio]
    assert set(EN_ARTICLE) <= set(_kept(doc))
    for line in doc.lines:
        if line.removal is not None and line.removal.rule in BIO_RULES:
            assert line.removal.reason


def test_bio_in_german_and_french() -> None:
    de = [
        "Startseite", "Stadtrat beschließt neue Buslinien", "Von Max Muster", "3. März 2024",
        "Der Stadtrat hat am Dienstag drei neue Buslinien beschlossen, die ab dem nächsten Monat die nördlichen "
        "Vororte mit dem Krankenhaus und dem Bahnhof verbinden sollen.",
        "Die Busse sollen tagsüber alle zwanzig Minuten und abends jede Stunde fahren, und die Preise bleiben so, "
        "wie sie auf den bestehenden Linien sind, teilte die Stadt mit.",
        "Die Bewohner der Vororte hatten seit Jahren eine direkte Verbindung zum Krankenhaus gefordert, und eine "
        "Petition im letzten Frühjahr sammelte mehr als viertausend Unterschriften.",
        "Max Muster ist Redakteur im Ressort Lokales.",
        "Impressum | Datenschutz",
    ]
    assert _bio(boilerplate_doc(de, language="de")) == ["Max Muster ist Redakteur im Ressort Lokales."]
    fr = [
        "Accueil", "Le conseil municipal approuve de nouvelles lignes de bus", "Par Jean Dupont", "3 mars 2024",
        "Le conseil municipal a approuvé mardi trois nouvelles lignes de bus qui relieront les quartiers nord à "
        "l'hôpital et à la gare dès le début du mois prochain.",
        "Les bus passeront toutes les vingt minutes pendant la journée et toutes les heures le soir, et les tarifs "
        "resteront les mêmes que sur les lignes existantes, a indiqué la mairie.",
        "Les habitants des quartiers nord réclamaient depuis des années une liaison directe avec l'hôpital, et une "
        "pétition a réuni plus de quatre mille signatures au printemps dernier.",
        "Jean Dupont est journaliste au service des informations locales.",
        "Mentions légales",
    ]
    assert _bio(boilerplate_doc(fr, language="fr")) == ["Jean Dupont est journaliste au service des informations locales."]


@pytest.mark.parametrize(
    "last",
    [
        # someone else: the article's last paragraph
        "Mark Evans is the council's transport officer and will oversee the new routes until the end of the year.",
        # the author named in a sentence of the article, not as its subject
        "Asked about the plan, the mayor told Jane Doe that more routes would follow next year.",
        # a longer paragraph about the author (three sentences): it may be the article's own
        "Jane Doe has covered the town for ten years. She grew up on the northern estate. Her first bus ride "
        "to the hospital, she remembers, took an hour and a half.",
        # the name alone over a quote: no lower-case word after it
        "Jane Doe Foundation Award goes to the transport campaign.",
    ],
)
def test_other_last_paragraphs_are_kept(last: str) -> None:
    doc = boilerplate_doc([*EN_HEAD, *EN_ARTICLE, last, *EN_FOOT])
    assert _bio(doc) == []
    assert last in _kept(doc)


def test_no_byline_no_bio() -> None:
    head = [line for line in EN_HEAD if line != "By Jane Doe"]
    bio = "Jane Doe is a senior reporter covering transport and local government."
    doc = boilerplate_doc([*head, *EN_ARTICLE, bio, *EN_FOOT])
    assert _bio(doc) == []
    assert bio in _kept(doc)


def test_bio_with_no_article_before_it_is_kept() -> None:
    # A profile page or a short note: the line with the byline's name is the text itself.
    bio = "Jane Doe is a senior reporter covering transport and local government for the Courier."
    doc = boilerplate_doc(["Home", "About our staff", "By Jane Doe", bio, EN_ARTICLE[0], "Privacy | Terms"])
    assert _bio(doc) == []


def test_bio_not_at_the_end_of_the_article_is_kept() -> None:
    # The name's sentence in the middle of the article is one of its paragraphs.
    mid = "Jane Doe rode the trial route last week and timed the journey at twenty-two minutes."
    doc = boilerplate_doc([*EN_HEAD, *EN_ARTICLE[:2], mid, *EN_ARTICLE[2:], *EN_FOOT])
    assert _bio(doc) == []
    assert mid in _kept(doc)
