"""An "About the author" heading that opens a section of the article (boilerplate._drop_section_abouts): a book
review's "About the author" over the novelist's life, then "About the book" over more prose, is the review's, and
does not cut the review off its lead. An author box (the writer's bio, then the page's furniture) still ends the
article. Synthetic text (review1's ro_despre_autor_midarticle in English)."""

from __future__ import annotations

from cleaners import clean_text

REVIEW = """Home | Culture | Books
Review: a novel about memory and exile
3 March 2025
by Andrew Pope
The writer's new novel follows three generations of a family who left the western plain in the seventies, the story told from the point of view of the granddaughter.
The book runs to over four hundred pages, but it reads breathlessly thanks to its brisk pace and very well written dialogue.
About the author
Born in 1978, the novelist made her debut with a volume of short stories and has published four novels so far, translated into several languages.
Her previous novel won the writers' union prize for prose, and critics have praised her sober and precise style ever since.
{after}
Similar articles
© 2025 The Paper.
"""
SECTION = "About the book\nThe book is published by a small press in the north and will be launched at the book fair in May, with the author present."
BOX = "Follow Andrew Pope\nMore by this author"


def _kept(after: str) -> list[str]:
    return [p["text"] for p in clean_text(REVIEW.format(after=after).encode(), source="review.txt").data["paragraphs"]]


def test_an_about_section_of_the_article_keeps_the_lead() -> None:
    kept = _kept(SECTION)
    assert any(p.startswith("The book runs to over four hundred pages") for p in kept)
    assert any(p.startswith("The writer's new novel") for p in kept)


def test_an_author_box_still_ends_the_article() -> None:
    kept = _kept(BOX)
    assert any(p.startswith("The book runs to over four hundred pages") for p in kept)
    assert not any(p.startswith("Born in 1978") for p in kept)
