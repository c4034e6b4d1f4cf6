"""A slideshow inside an article (boilerplate.galleries_transparent) ends with its last slide: the article's list
set right under it, its items on consecutive lines ("Harbour Freight Ltd, Leith, Scotland"), is the article's and
stays, while the counters, captions and credits of the slides go. A one-line button under the last slide is still
the gallery's.

From the dev set's error analysis (a news story whose five-slide gallery was followed by the list of the
companies it named: the list went as "slides"). Synthetic text.
"""

from __future__ import annotations

from stages import clean_lines, kept_texts

LEAD = [
    "The port authority on Monday chose five companies to build the new cargo cranes for the eastern quay, "
    "a contract worth about 400 million euros over the next six years.",
    "The cranes will replace machines that have worked the quay since the 1970s and will be able to lift the "
    "largest containers now calling at the port, the authority said in a statement.",
    "The chosen companies will now compete for each order as the quay is rebuilt in stages over the decade.",
]
SLIDES = [
    ("A model of the first crane design shown to the port's board in the spring.", "(Image credit: Harbour Freight)"),
    ("An engineer checks the frame of a test crane at the yard outside the city.", "(Image credit: Northline Works)"),
    ("Workers unload a container with one of the old cranes that will be replaced.", "(Image credit: Port Authority)"),
]
LIST = [
    "Harbour Freight Ltd, Leith, Scotland",
    "Northline Works, Rotterdam, Netherlands",
    "Baltic Lift Systems, Gdansk, Poland",
    "Southquay Engineering, Bilbao, Spain",
]
AFTER = [
    "The contracts range from a single small crane for the ferry berth to a fleet of twelve gantry cranes for the "
    "container terminal, the largest order the port has placed in forty years.",
    "The authority expects the first of the new cranes to be working by the end of next year, and the last one "
    "to be in service before the quay reopens in full.",
    "Unions at the port said they welcomed the plan but asked for training for the crane drivers to begin early.",
]


def _page(between: list[str]) -> list[str]:
    head = ["Port News", "Home", "Business", "Port picks five crane builders for the eastern quay", "June 3, 2024", ""]
    body: list[str] = []
    for p in LEAD:
        body += [p, ""]
    for k, (caption, credit) in enumerate(SLIDES, start=1):
        body += [f"Image {k} of {len(SLIDES)}", "", caption, "", credit, ""]
    body += between
    for p in AFTER:
        body += [p, ""]
    return head + body + ["More business news", "Privacy policy | Terms of use"]


def test_list_right_under_the_last_slide_is_kept() -> None:
    kept = kept_texts(clean_lines(_page([*LIST, ""])))
    for item in LIST:
        assert item in kept
    for caption, credit in SLIDES:
        assert caption not in kept
        assert credit not in kept
    for p in LEAD + AFTER:
        assert p in kept


def test_a_button_under_the_last_slide_still_goes() -> None:
    kept = kept_texts(clean_lines(_page(["Back to Gallery", ""])))
    assert "Back to Gallery" not in kept
    for caption, credit in SLIDES:
        assert caption not in kept
        assert credit not in kept
    for p in LEAD + AFTER:
        assert p in kept
