"""A page that is only a photo gallery under its one-paragraph lead (boilerplate._gallery_page): the captions are
the story, so they stay; the counters, credits and buttons go. A gallery inside an article keeps removing its
captions (pl_news_galeria_slajdy), and a gallery followed by more article prose is left to the other rules.

From tests/pages: es_galeria_fotos_pies lost every caption but the first. Synthetic text.
"""

from __future__ import annotations

from cleaners import clean_text

CAPTIONS = [
    "A cheesemaker from the valley cuts a wheel of aged cheese in front of visitors in the main square.",
    "Children took part in a workshop on making fresh curd cheese run by the catering school.",
    "The jury tastes the cheeses entered in the category of semi-cured sheep's cheese.",
    "The winning dairy, from a village of barely two hundred people, receives first prize from the mayor.",
]


def _page(after: str = "") -> str:
    slides = "".join(
        f"{k} / 8\n{caption}\nAnna Lowe\n" + ("Next image\n" if k < len(CAPTIONS) else "")
        for k, caption in enumerate(CAPTIONS, start=1)
    )
    return (
        "The Valley Post\nHome\nLocal\nSport\nPhotos\nSubscribe\nPhotos\n"
        "The Valley Cheese Fair, in pictures\n"
        "Thousands of visitors toured the stalls of sixty small dairies over the weekend.\n"
        "Photos: Anna Lowe\n10 March 2025\nShare on Facebook\n"
        "The Valley Cheese Fair closed its twentieth edition on Sunday with record attendance. According to the "
        "town hall, more than 25,000 people walked through the main square and the old town over the three days.\n"
        + slides + "See all 8 photos\nPrevious\nNext\n" + after
        + "More galleries\nThe best pictures of the carnival\nThe county derby, in photos\nPrivacy policy\n"
    )


def test_the_captions_of_a_gallery_page_are_kept() -> None:
    record = clean_text(_page().encode(), source="gallery.txt").data
    kept = [p["text"] for p in record["paragraphs"]]
    for caption in CAPTIONS:
        assert caption in kept
    removed = {r["text"] for r in record["removed"]}
    assert {"2 / 8", "Next image", "See all 8 photos"} <= removed
