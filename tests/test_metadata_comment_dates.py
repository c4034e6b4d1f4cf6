"""A reader comment's date is never the article's publication date, nor its lines the title (cleaners.metadata).

The date search looks a few lines into the body for a line that is only a date; under a short article
the first comment's "May 4, 2021 at 9:12 am" is such a line. Lines boilerplate removed as a comment
thread ("boilerplate:comments") are skipped. Negative cases: the article's own date line, above or
below the title, is still found, with or without a thread under the article.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.metadata import _furniture_rule, metadata_stage

ARTICLE_EN = [
    "Harbour Ferry Switches to Electric Power",
    "The harbour ferry between the old town and the fish market will run on batteries from next summer, the "
    "transport company said on Tuesday, after two years of trials with a smaller boat on the same route, which "
    "carried more than forty thousand passengers without a single cancelled crossing.",
    "The new vessel carries up to 120 passengers and charges at the fish market pier while people get on and "
    "off, which takes about eight minutes and is enough for the short crossing back to the old town, even on "
    "the busiest summer days when the boats run every quarter of an hour.",
    "Residents along the quay had complained for years about the noise and the smell of the diesel engines, "
    "especially in the early morning when the first boats leave before six and the water is still calm, and "
    "the town council had twice asked the company to find a quieter solution.",
    "The company said the electric boat would cost more to buy but less to run, and that it expected the "
    "difference to be paid back within nine years if the price of electricity stays where it is today, with "
    "two more boats of the same type planned for the longer routes to the islands.",
]
THREAD_EN = [
    "3 thoughts on “Harbour Ferry Switches to Electric Power”",
    "Maria Lopez",
    "May 4, 2021 at 9:12 am",
    "I take this ferry every morning and the noise really was awful, so I am glad something is finally being "
    "done about it, even if it took them far too long to decide.",
    "Tom Baker",
    "May 5, 2021 at 7:02 pm",
    "Nine years to pay it back sounds optimistic to me, since the price of electricity has gone up twice "
    "this year already and nobody knows where it will be next winter.",
    "Ingrid Halvorsen",
    "May 6, 2021 at 8:15 am",
    "We had electric ferries on the fjord near my parents' house for years and people got used to them "
    "very quickly, the only complaint was that you could no longer hear them coming.",
]
ARTICLE_DE = [
    "Hafenfähre fährt bald elektrisch",
    "Die Hafenfähre zwischen der Altstadt und dem Fischmarkt soll ab dem nächsten Sommer mit einem elektrischen "
    "Antrieb fahren, teilte die Verkehrsgesellschaft am Dienstag nach zwei Jahren mit Probefahrten mit.",
    "Das neue Schiff bietet Platz für bis zu 120 Fahrgäste und wird am Anleger am Fischmarkt geladen, während "
    "die Leute ein- und aussteigen, was etwa acht Minuten dauert und für die kurze Überfahrt reicht.",
    "Anwohner am Kai hatten sich seit Jahren über den Lärm und den Geruch der Dieselmotoren beschwert, vor "
    "allem am frühen Morgen, wenn die ersten Boote schon vor sechs Uhr ablegen und das Wasser ruhig ist.",
    "Nach Angaben der Gesellschaft ist das elektrische Boot in der Anschaffung teurer, im Betrieb aber "
    "günstiger, und der Unterschied soll sich bei gleichbleibenden Strompreisen in neun Jahren rechnen.",
]
THREAD_DE = [
    "3 Kommentare zu „Hafenfähre fährt bald elektrisch“",
    "Anna Becker",
    "4. Mai 2021 um 09:12 Uhr",
    "Ich fahre jeden Morgen mit dieser Fähre und der Lärm war wirklich schlimm, deshalb freue ich mich, dass "
    "endlich etwas passiert, auch wenn die Entscheidung viel zu lange gedauert hat.",
    "Klaus Meyer",
    "4. Mai 2021 um 11:40 Uhr",
    "Neun Jahre halte ich für sehr optimistisch, der Strompreis ist in diesem Jahr schon zweimal gestiegen und "
    "niemand weiß, wo er im nächsten Winter stehen wird.",
    "Jens Petersen",
    "5. Mai 2021 um 19:02 Uhr",
    "Bei uns am Fjord fahren seit Jahren elektrische Fähren und die Leute haben sich sehr schnell daran "
    "gewöhnt, nur hört man sie jetzt nicht mehr kommen.",
]
PAGES = [("en", ARTICLE_EN, THREAD_EN), ("de", ARTICLE_DE, THREAD_DE)]


def _run(page: list[str], language: str, thread: list[str]):  # noqa: ANN202 (a Document)
    doc = boilerplate_doc(page, language)
    # The precondition: boilerplate took the thread for one (else this tests nothing).
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules.get(thread[2]) == "boilerplate:comments", rules.get(thread[2])
    return metadata_stage(doc, Config())


@pytest.mark.parametrize(("language", "article", "thread"), PAGES)
def test_comment_date_is_not_the_publication_date(language: str, article: list[str], thread: list[str]) -> None:
    doc = _run(["Home", "News", "Sport", *article, *thread, "© 2026 Harbour Daily"], language, thread)
    assert doc.published is None
    date_line = next(line for line in doc.lines if line.text == thread[2])
    assert date_line.removal is not None and date_line.removal.rule == "boilerplate:comments"


@pytest.mark.parametrize(("language", "article", "thread"), PAGES)
def test_article_date_is_still_found_over_a_thread(language: str, article: list[str], thread: list[str]) -> None:
    date = {"en": "December 4, 2026", "de": "4. Dezember 2026"}[language]
    doc = _run(["Home", "News", article[0], date, *article[1:], *thread], language, thread)
    assert doc.published is not None and doc.published.startswith("2026-12-04")


def test_comment_thread_is_furniture_for_the_title_search() -> None:
    assert _furniture_rule("boilerplate:comments")
    assert not _furniture_rule("boilerplate:outside-main:short")
