"""A cleaned text that opens with a question headline (cleaners.metadata._past_question_headline): cleaned again,
the question stays its title, not its first paragraph (is_prose takes a question of six words for one).
Negatives: an opening paragraph that asks and answers, and a question that is no headline, stay body text."""

from __future__ import annotations

from cleaners import clean_text

BODY = [
    "A towel leaves a thin film of water in the pores of the iron. Put the pan back on the hob for two minutes "
    "after drying it, until every trace of moisture is gone.",
    "Then wipe a few drops of oil over the warm surface with a paper towel; that thin layer keeps air and "
    "moisture off the metal until you cook again.",
    "Stored this way, a seasoned pan stays free of rust for months, even in a damp kitchen or a holiday cottage.",
]


def _record(first: str):
    return clean_text("\n\n".join([first, *BODY]))


def test_a_question_headline_opening_a_cleaned_text_is_its_title() -> None:
    title = "How do I keep a cast iron pan from rusting between uses?"
    record = _record(title)
    assert record["title"] == title
    assert [p["text"] for p in record.paragraphs] == BODY


def test_a_question_headline_is_kept_on_a_second_cleaning() -> None:
    first = _record("Why does my sourdough loaf spread flat instead of rising in the oven?")
    second = clean_text(first.text)
    assert second.text == first.text and second["title"] == first["title"]


def test_an_opening_paragraph_that_asks_and_answers_is_body() -> None:
    lead = "Why? Because the council said so, and nobody asked the residents what they wanted."
    record = _record(lead)
    assert record["title"] != lead
    assert lead in [p["text"] for p in record.paragraphs]


def test_an_opening_statement_is_not_moved() -> None:
    lead = "The pan had rusted overnight, and the orange spots would not come off with a brush."
    record = _record(lead)
    assert lead in [p["text"] for p in record.paragraphs]
