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


# A slideshow paged over several pages (probe26, en_celebrity_slideshow_next_slide): the page shows its first
# slides and ends in the link to the next page's slide, a counter line of its own with no caption under it.
PAGED_CONTROLS = {
    "en": ("{k} of 6", "Next slide", "Continue to slide 4 of 6"),
    "de": ("{k} von 6", "Nächstes Bild", "Weiter zu Bild 4 von 6"),
    "fr": ("{k} sur 6", "Photo suivante", "Passer à la photo 4 sur 6"),
    "es": ("{k} de 6", "Siguiente foto", "Continuar a la foto 4 de 6"),
}


def _paged_page(lang: str, after: str = "") -> str:
    counter, button, control = PAGED_CONTROLS[lang]
    slides = "".join(
        f"{counter.format(k=k)}\n{caption}\nPhoto: Anna Lowe\n{button}\n" for k, caption in enumerate(CAPTIONS[:3], 1)
    )
    return (
        "The Valley Post\nHome\nLocal\nSport\nPhotos\nSubscribe\nPhotos\n"
        "The Valley Cheese Fair, in pictures\nBy Anna Lowe\n10 March 2025\nShare on Facebook\n"
        "The Valley Cheese Fair closed its twentieth edition on Sunday with record attendance. According to the "
        "town hall, more than 25,000 people walked through the main square and the old town over the three days.\n"
        + slides + "Advertisement\n" + control + "\n" + after
        + "More galleries\nThe best pictures of the carnival\nThe county derby, in photos\nPrivacy policy\n"
    )


def test_the_captions_of_a_paged_slideshow_are_kept_and_its_next_page_link_goes() -> None:
    for lang, (_, _, control) in PAGED_CONTROLS.items():
        record = clean_text(_paged_page(lang).encode(), source="paged.txt").data
        kept = [p["text"] for p in record["paragraphs"]]
        for caption in CAPTIONS[:3]:
            assert caption in kept, (lang, caption)
        removed = {r["text"] for r in record["removed"]}
        assert control in removed, lang
        assert "The best pictures of the carnival" in removed, lang


def test_a_caption_missing_from_a_middle_slide_still_makes_no_gallery_page() -> None:
    # Only the last counter may be a control without a caption: a slide in the middle without one is no slide of
    # a gallery page (a strip of thumbnails), and the captions under the lead are not taken for the story.
    page = _paged_page("en").replace(CAPTIONS[1] + "\n", "")
    record = clean_text(page.encode(), source="paged.txt").data
    kept = [p["text"] for p in record["paragraphs"]]
    assert CAPTIONS[2] not in kept
    assert kept[0].startswith("The Valley Cheese Fair closed its twentieth edition")
