"""reviewL: a news section label over the lead is no title when the story's headline sits right above it."""

from __future__ import annotations

from cleaners import clean_text

LEAD = "Politics in the harbour district has been dominated for months by the fate of the old bridge, the council said."
BODY = (
    "The bridge, built in the eighteen nineties, will stay open to pedestrians and cyclists while engineers decide.",
    "Shop owners on the north bank said the decision would cost them customers, while residents welcomed it.",
)
HEADLINE = "City council votes to close the old harbour bridge to cars"


def _title(lines: list[str]) -> str | None:
    return clean_text("\n".join(lines)).data["title"]


def test_section_label_under_headline_is_not_the_title() -> None:
    menu = ["Home", "Politics", "Business", "Sport", "Culture"]
    assert _title([*menu, HEADLINE, "Politics", LEAD, *BODY]) == HEADLINE


def test_docs_heading_under_contents_items_is_still_the_title() -> None:
    lead = "A transaction groups several writes so that either all of them are applied or none of them is applied."
    lines = [
        "Docs", "Getting started", "Transactions", "Indexes", "Backups",
        "Transactions", "On this page", "Opening a transaction", "Isolation levels", "See also",
        "Transactions", lead,
        "Each transaction runs against a snapshot of the database taken when it starts, and sees no later writes.",
        "Opening a transaction",
        "Call the begin method on a connection to open one; commit or roll it back when you are done with it.",
        "Isolation levels",
        "Two levels are offered, and the stricter one retries a transaction that read data another one changed.",
    ]
    assert _title(lines) == "Transactions"
