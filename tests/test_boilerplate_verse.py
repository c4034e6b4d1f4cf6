"""A poem is the page's content (cleaners.boilerplate.verse_scored): six or more short lines in a row, most going
on in lower case, score as near-good text and the run search keeps them; the poem's title and byline above are no
verse. Negatives: a list of capitalized headlines and a menu stay outside the run."""

from __future__ import annotations

from stages import boilerplate_doc

from cleaners import clean_text

MENU = ["The Quiet Review", "Poetry", "Fiction", "Essays", "Submit"]
POEM = [
    "The water leaves the way a guest leaves",
    "slowly and then all at once",
    "a coat forgotten on the rocks",
    "a glass half full of sky",
    "the gulls go over the mud flats",
    "counting what the sea forgot",
    "a rope a boot a bottle green",
    "the small bright bones of crabs",
]
BIO = "Miriam Achebe lives on the north coast. Her second collection of poems is forthcoming from a small press."
FOOTER = ["More poetry", "Winter Orchard", "The Ferryman's Daughter", "© 2025 The Quiet Review"]


def test_a_poem_is_kept() -> None:
    doc = boilerplate_doc(MENU + ["Low Tide at Harrow Point", "by Miriam Achebe"] + POEM + [BIO] + FOOTER, "en")
    kept = [line.text for line in doc.kept_lines()]
    assert POEM[0] in kept and POEM[-1] in kept and BIO in kept
    assert "More poetry" not in kept and "Fiction" not in kept


def test_a_poem_record_has_its_title_and_is_cleaned_again_the_same() -> None:
    page = "\n".join(MENU + ["Low Tide at Harrow Point", "by Miriam Achebe"] + POEM + [BIO] + FOOTER)
    record = clean_text(page)
    assert record["title"] == "Low Tide at Harrow Point"
    assert [p["text"] for p in record.paragraphs] == POEM + [BIO]
    again = clean_text(record.text)
    assert again.text == record.text


def test_a_list_of_capitalized_headlines_is_no_poem() -> None:
    headlines = ["Council approves new cycle lane on Station Road", "Bakery celebrates a hundred years on the high street",
                 "Storm closes the coast road for a second night", "School choir wins the regional final in the city",
                 "New ferry timetable starts on the first of June", "Fishermen protest over the new harbour fees"]
    doc = boilerplate_doc(MENU + [BIO, BIO.replace("north", "south")] + headlines + ["© 2025 The Quiet Review"], "en")
    assert not [line.text for line in doc.lines if line.notes.get("verse")]


def test_five_short_lines_are_no_poem() -> None:
    doc = boilerplate_doc(MENU + [BIO] + POEM[:5] + FOOTER, "en")
    assert not [line.text for line in doc.lines if line.notes.get("verse")]
