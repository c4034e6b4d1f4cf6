"""Label rows under a heading of their own after the last paragraph are the article's table, digits or not
(boilerplate._tail_table_end).

A listing's features ("Property features" over "Legal status: freehold, ready to transfer", "Balcony faces: east")
hold few digits; the tail asked most rows for one (a block of page facts, "Tags: ...", has none) and cut the
table off with the seller's box under it. A heading of its own over the rows tells the table from page facts,
which have none."""

from __future__ import annotations

from stages import boilerplate_doc

from cleaners import clean_text

PROSE = [
    "The flat is on the fourth floor of a building finished in 2021, and its balcony looks straight over the river "
    "towards the old town, with soft morning sun and a breeze for most of the year.",
    "It comes fully furnished: an induction hob, air conditioning in both bedrooms, built-in wardrobes and a washing "
    "machine. The owner repainted every room last month and replaced the front door.",
    "The building has a pool, a gym, parking for cars and bikes, and a caretaker. The market and a primary school "
    "are a five minute walk away, and the tram stops at the corner.",
]
ROWS = ["Legal status: freehold, ready to transfer", "Balcony faces: east", "Heating: gas boiler, individual"]


def _page(heading: str | None) -> list[str]:
    head = [heading] if heading else []
    return [
        "Skip to content", "Buy", "Rent", "New homes", "Sign in",
        "Two-bedroom flat with river view, fully furnished",
        "Riverside Road, Eastbank",
        "Save", "Report listing",
        "Description",
        *PROSE,
        *head,
        *ROWS,
        "Contact the seller",
        "Mr Tobias Wren",
        "Show number",
        "Send a message",
        "Similar listings",
        "Privacy policy",
        "© 2026 Eastbank Homes",
    ]


def _kept(lines: list[str]) -> set[str]:
    doc = boilerplate_doc(lines)
    return {line.text for line in doc.lines if line.removal is None}


def test_headed_rows_without_digits_kept() -> None:
    kept = _kept(_page("Property features"))
    assert set(ROWS) <= kept
    assert "Property features" in kept
    assert "Contact the seller" not in kept and "Mr Tobias Wren" not in kept


def test_record_keeps_headed_rows() -> None:
    r = clean_text("\n".join(_page("Property features")), source="qualY-flat.txt")
    assert all(row in r.text for row in ROWS)


def test_unheaded_rows_without_digits_still_cut() -> None:
    """No heading over them: page facts as far as the tail can tell (the digit share decides, as before)."""
    kept = _kept(_page(None))
    assert not set(ROWS) & kept


def test_headed_register_rows_still_cut() -> None:
    """A register's rows under a heading (names, codes, links: the publisher's or the file's box) are no features."""
    page = _page(None)
    i = page.index("Contact the seller")
    page[i - len(ROWS):i] = ["About the agency", "Agency: Eastbank Homes Ltd", "Formats: PDF, CSV", "Website: https://eastbank.example"]
    kept = _kept(page)
    assert "Formats: PDF, CSV" not in kept and "Agency: Eastbank Homes Ltd" not in kept
