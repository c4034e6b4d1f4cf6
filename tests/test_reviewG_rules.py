"""Near misses of probeB's rules (reviewG): article text with the shape a rule reads as furniture, which must stay.

- A story about privacy quotes a consent wall's wording ("The banner opened with "We and our 612 partners store
  and/or access information on a device ..."") or a regulator's sentence on "your consent" and "your personal data":
  the wall's own text speaks unquoted (boilerplate._inside_quote), and its note on the reader's data names the site's
  own words ("this website", "our partners", "your preferences", "cookies"), no explainer's "we". A company's line
  on what it does with its partners ("We and our partners use anonymised location data from devices to map traffic
  jams") speaks to no reader: a wall says "and/or", "you" or "cookies" (patterns.CONSENT_WALL_ADDRESS_RE).
- A how-to's steps under a short heading whose last step reads like a box's closing link ("On Android" / "Open
  Settings" / "Tap Location" / "Show all apps") are no sidebar box (boilerplate._step_rows); nor is the article's
  list folded under a bare "Show more" (its winners, its results): the expander alone goes, transparent to the run
  search (boilerplate._BARE_EXPANDER_RE).
- A one-letter line inside a sentence (a variable "F" under "... the deceleration is" over "divided by m ..."; an
  answer "B" under "...:" over "because ...") is no drop cap: it is not joined to the next line
  (segment._sentence_goes_on).
- A program's printed numbers ("1", "2", "3" under "Running it prints:") over sentences that explain them are no
  code gutter: a sentence of prose is no line of code (boilerplate._code_line).
- A citation widget shows the citation under its style rows; a guide's "How to cite" over the styles' names and
  prose is no widget (boilerplate.mark_cite_widgets).
- A short poem's line of two sentences right under the byline and date is no headline (metadata._sentence_headline).

Every text here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, line_rule

from cleaners.boilerplate import _code_line, _inside_quote
from cleaners.segment import _sentence_goes_on

_HEAD = ["Harbour Weekly", "News", "Sport", "Opinion", "Weather"]
_LEAD = [
    "The ferry to the outer islands will run twice a day from April, the harbour board said on Monday, after a "
    "winter in which the single daily crossing was cancelled eleven times.",
    "The second sailing will leave the mainland at six in the evening, so that islanders who work in town can get "
    "home on the same day, and return first thing in the morning.",
]
_TAIL = [
    "Board chair Ines Varga said the extra crossing would cost about 400,000 a year, paid for by a rise in car fares "
    "for visitors in the summer months.",
    "The board will review the timetable in October, after the first summer season with both crossings.",
]


_LEAD_DE = [
    "Die Fähre zu den äußeren Inseln fährt ab April zweimal am Tag, teilte die Hafenbehörde am Montag mit, nach einem "
    "Winter, in dem die einzige tägliche Fahrt elfmal ausgefallen war.",
    "Die zweite Fahrt legt um sechs Uhr abends vom Festland ab, damit Inselbewohner, die in der Stadt arbeiten, noch "
    "am selben Tag nach Hause kommen.",
]
_TAIL_DE = [
    "Die zusätzliche Fahrt kostet nach Angaben der Behörde rund 400.000 Euro im Jahr und wird über höhere "
    "Autotarife für Urlauber im Sommer bezahlt.",
    "Im Oktober will die Behörde den Fahrplan nach der ersten Sommersaison mit beiden Fahrten überprüfen.",
]
_LEAD_FR = [
    "Le bac vers les îles extérieures circulera deux fois par jour à partir d'avril, a annoncé lundi l'autorité "
    "portuaire, après un hiver où l'unique traversée quotidienne a été annulée onze fois.",
    "La deuxième traversée quittera le continent à six heures du soir, pour que les insulaires qui travaillent en "
    "ville puissent rentrer chez eux le jour même.",
]
_TAIL_FR = [
    "Selon l'autorité, cette traversée supplémentaire coûtera environ 400 000 euros par an, financés par une hausse "
    "des tarifs pour les voitures des visiteurs en été.",
    "L'autorité réexaminera les horaires en octobre, après une première saison d'été avec les deux traversées.",
]


def _page(middle: list[str], title: str = "Second daily ferry to the outer islands from April",
          language: str = "en") -> list[str]:
    lead, tail = {"en": (_LEAD, _TAIL), "de": (_LEAD_DE, _TAIL_DE), "fr": (_LEAD_FR, _TAIL_FR)}[language]
    return [*_HEAD, title, "By Tomas Reyes", "March 3, 2025", *lead, *middle, *tail, "Most read", "Storm closes coast road"]


@pytest.mark.parametrize(
    "text",
    [
        'The banner opened with the sentence "We and our 612 partners store and/or access information on a device, '
        'such as cookies, and process personal data", followed by a large green button.',
        "The banner opened with the words “We and our 612 partners store and/or access information on a device”, "
        "followed by a large green button.",
        '"Under the law a company must ask for your consent before it touches your personal data, and it must make '
        'saying no as easy as saying yes," the chair told reporters. "That is not what we found here."',
        "Das Banner begann mit dem Satz „Wir und unsere 612 Partner speichern und/oder greifen auf Informationen auf "
        "einem Gerät zu“, darunter stand ein großer grüner Knopf.",
        "La bannière commençait par « Nous et nos 612 partenaires stockons et/ou accédons à des informations sur un "
        "terminal », suivie d'un gros bouton vert.",
        # an explainer's own "we", no site's words after it
        "Companies need your consent before they use your personal data, and we explain below how to refuse it.",
        # a company's line on what it does, quoted without marks: it speaks of no "and/or", no "you", no cookies
        "We and our partners use anonymised location data from phones and other devices to map traffic jams in real "
        "time and suggest faster routes.",
        "Nosotros y nuestros socios tratamos los datos de tráfico de miles de conductores cada día para predecir "
        "atascos.",
        "Wir und unsere Partner verarbeiten Daten von Wetterstationen und Geräten auf den Feldern, um Ernten "
        "vorherzusagen.",
    ],
)
def test_privacy_story_quoting_a_consent_wall_is_no_consent_notice(text: str) -> None:
    assert line_rule(text) != "cookie-notice"


@pytest.mark.parametrize(
    "text",
    [
        "We and our 842 partners store and/or access information on a device, such as cookies, and process personal "
        "data, for personalised advertising and content.",
        'Please note that some processing of your personal data may not require your consent. Your preferences will '
        'apply to this website only. Click the "Privacy" link to change them.',
        "With your permission we and our partners may use precise geolocation data and identification through device "
        "scanning.",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel Cookies.",
    ],
)
def test_the_wall_itself_is_still_a_consent_notice(text: str) -> None:
    assert line_rule(text) == "cookie-notice"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('He read out "We and our partners', True),
        ('He read out "We and our partners" and then we', False),
        ("He read out “We and our", True),
        ("He read out “We” and then we", False),
        ("Er las „Wir und unsere", True),
        ("Er las „Wir“ und dann wir", False),
        ("Il a lu « Nous et nos", True),
        ("We and our", False),
    ],
)
def test_inside_quote(text: str, inside: bool) -> None:
    assert _inside_quote(text, len(text) - 2) is inside


@pytest.mark.parametrize(
    ("language", "heading", "steps", "closer"),
    [
        ("en", "On Android", ["Open Settings", "Tap Location", "Tap App location permissions"], "Show all apps"),
        ("en", "On the iPhone", ["Open Settings", "Tap Privacy and Security", "Tap Location Services"], "See all apps"),
        ("de", "Unter Android", ["Öffne die Einstellungen", "Tippe auf Standort", "Tippe auf Berechtigungen"],
         "Alle Apps anzeigen"),
        ("fr", "Sur Android", ["Ouvrez les Réglages", "Appuyez sur Position", "Appuyez sur Autorisations"],
         "Voir toutes les applications"),
    ],
)
def test_howto_steps_ending_in_show_all_are_no_sidebar_box(
    language: str, heading: str, steps: list[str], closer: str
) -> None:
    kept = kept_texts(clean_lines(_page([heading, *steps, closer], "Stop apps tracking your location", language)))
    for row in (heading, *steps, closer):
        assert row in kept


def test_an_articles_list_folded_under_show_more_stays() -> None:
    rows = ["The winners", "Best novel: The Salt Road by Ines Marr", "Best first novel: Low Water by Tom Reyes",
            "Best poetry collection: Tide Tables by Ann Lowe"]
    record = clean_lines(_page([*rows, "Show more"], "Local writers sweep the regional book awards"))
    kept = kept_texts(record)
    assert all(row in kept for row in rows) and all(p in kept for p in _LEAD + _TAIL)
    assert ("boilerplate:expander", "Show more") in [(r["rule"], r["text"]) for r in record["removed"]]


def test_a_sidebar_box_of_names_still_goes() -> None:
    box = ["Recent Obituaries", "Margaret L. Dunleavy, 87", "Harold Esterline, 74", "Joan M. Kowalczyk, 91",
           "View all obituaries"]
    kept = kept_texts(clean_lines(_page(box)))
    assert not any(row in kept for row in box)
    assert all(p in kept for p in _LEAD + _TAIL)


@pytest.mark.parametrize(
    ("above", "letter", "below"),
    [
        ("The braking force is limited, and the deceleration it produces is that force divided by the mass. Written "
         "as a formula, the deceleration is", "F",
         "divided by m, so doubling the load roughly halves how fast the truck can slow down."),
        ("Two answers were marked correct in the theory test question about stopping in the wet:", "B",
         "because wet roads can double the distance a vehicle needs to stop, whatever its size."),
        ("The treasure map in the old sailor's chest showed the island, the cove and,", "X",
         "marks the spot where the captain said the chest had been buried in the sand."),
    ],
)
def test_a_letter_inside_a_sentence_is_no_drop_cap(above: str, letter: str, below: str) -> None:
    kept = kept_texts(clean_lines(_page([above, letter, below])))
    assert letter in kept and below in kept
    assert not any(k.startswith(letter + below[:5]) for k in kept)


def test_a_drop_cap_under_the_date_is_still_joined() -> None:
    page = [*_HEAD, "The last keeper of the rock", "By Fenella Ashgrove", "April 2, 2025", "W",
            "hen the last keeper left the rock in 1987, he locked the door of the tower and walked down the steps.",
            *_TAIL]
    kept = kept_texts(clean_lines(page))
    assert any(k.startswith("When the last keeper left the rock") for k in kept)


@pytest.mark.parametrize(
    ("prev", "goes_on"),
    [
        ("Written as a formula, the deceleration is", True),
        ("Two answers were marked correct in the question:", True),
        ("April 2, 2025", False),
        ("The Keepers", False),
        ("The light went on working without him, as it still does.", False),
    ],
)
def test_sentence_goes_on(prev: str, goes_on: bool) -> None:
    assert _sentence_goes_on(prev) is goes_on


def test_printed_numbers_over_their_explanation_are_no_code_gutter() -> None:
    middle = [
        "The range() function produces a sequence of numbers. Here is the smallest useful example:",
        "for i in range(1, 4):", "    print(i)", "Running it prints:", "1", "2", "3",
        "The loop stops at 3 because range() excludes its end value.",
        "This surprises almost everyone at first, so it is worth remembering.",
        "If you want to include 4, write range(1, 5) instead.",
    ]
    record = clean_lines(_page(middle, "Python loops for complete beginners"))
    kept = kept_texts(record)
    assert [k for k in kept if k.isdigit()] == ["1", "2", "3"]
    assert not any(r["rule"].endswith("code-gutter") for r in record["removed"])


def test_a_code_gutter_over_code_still_goes() -> None:
    middle = [
        "Pass the chunksize argument to read_csv and it returns an iterator instead of a DataFrame:",
        "Python", "Copy", "1", "2", "3", "4",
        "import pandas as pd", "for chunk in pd.read_csv('big.csv', chunksize=10_000):", "    total += chunk['t'].sum()",
        "print(total)",
    ]
    record = clean_lines(_page(middle, "Reading a large file in chunks"))
    gutter = [r["text"] for r in record["removed"] if r["rule"].endswith("code-gutter")]
    assert gutter[-4:] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("import pandas as pd", False),  # no symbol of code: the gutter's count asks for most lines, not all
        ("total = chunk['t'].sum()", True),
        ("print(total)", True),
        ("The loop stops at 3 because range() excludes its end value.", False),
        ("If you want to include 4, write range(1, 5) instead.", False),
    ],
)
def test_code_line(text: str, code: bool) -> None:
    assert _code_line(text) is code


def test_a_guide_naming_citation_styles_is_no_cite_widget() -> None:
    middle = [
        "How to cite", "MLA", "APA", "Chicago",
        "Each style orders the same pieces of information differently, and your school's guide says which to use.",
    ]
    record = clean_lines(_page(middle, "How to cite a website in your essay"))
    assert not any(r["rule"].endswith("cite-widget") for r in record["removed"])


def test_a_cite_widget_with_its_citation_still_goes() -> None:
    widget = ["Cite This Page:", "MLA", "APA", "Chicago",
              'Harbour Board. "Second daily ferry to the outer islands from April." Harbour Weekly, 3 March 2025.']
    record = clean_lines([*_page([]), *widget])
    removed = {r["text"]: r["rule"] for r in record["removed"]}
    assert all(removed.get(row, "").endswith("cite-widget") for row in widget)


def test_a_poems_two_sentence_line_under_the_date_is_no_title() -> None:
    page = [*_HEAD, "Winter Harbour", "A new poem for the turning of the year.", "By Elin Marsh", "December 28, 2024",
            "The boats are in. The nets are dry.",
            "Nobody walks the long sea wall this week, and the gulls have the harbour to themselves from dawn until the "
            "lamps come on along the front.",
            "The tide goes out. The tide comes back.",
            "The cafe on the corner keeps its shutters half down, and the owner sits inside with the radio on, mending "
            "chairs for the summer that always comes later than she hopes.",
            "Most read", "Storm closes coast road"]
    assert clean_lines(page)["title"] != "The boats are in. The nets are dry."
