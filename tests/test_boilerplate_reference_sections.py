"""A reference page's first sections between its lead and the run's first line (boilerplate.extend_over_sections).

An API reference states a call's lead, then "Signature" over the signature and "Parameters" over a table: the run
search started at the table's first row, and the lead and the signature were cut with the menus. The run holds more
one-word section headings ("Returns", "Raises", "Example"); with them, the sections above go back into the run with
the lead over them. Negatives: without such sections in the run, or with a menu's entries above, nothing changes.

From the probe page en_docs_api_reference_params. Synthetic text.
"""

from __future__ import annotations

from stages import boilerplate_doc, clean_lines, kept_texts

from cleaners.boilerplate import LineFeatures, classify, extend_over_sections, line_features
from cleaners.document import Document

MENU = ["sandbar docs", "Guide", "API Reference", "Changelog", "Getting started", "Installation", "Bucket",
        "Bucket.open", "Bucket.upload", "Bucket.delete", "Errors", "Docs / API Reference / Bucket", "Bucket.upload"]
LEAD = ("Upload a file to an open bucket and return the key it is stored under. The call blocks until the server has "
        "stored every byte or the timeout expires.")
ABOVE = ["Signature", "Bucket.upload(path, key=None, *, timeout=60.0)", "Parameters", "Name\tType\tDefault\tDescription"]
BELOW = [
    "path\tstr\trequired\tThe local file to upload.",
    "key\tstr or None\tNone\tThe key to store it under; the file's name by default.",
    "timeout\tfloat\t60.0\tSeconds to wait before raising UploadTimeout.",
    "Returns",
    "The key the file is stored under, as a string, once the server has confirmed that every byte arrived.",
    "Raises",
    "UploadTimeout if the server does not confirm the upload within timeout seconds.",
    "BucketClosed if close() has already been called on this bucket.",
    "Example",
    'key = bucket.upload("report.pdf", timeout=10)',
    "print(key)",
    "Note",
    "Uploads are always sent in parts of eight megabytes, and a part that fails is sent again up to three times "
    "before the call gives up and raises the last error it saw from the server.",
    "A key that is already taken is overwritten without warning, so pass a fresh key when the old file must stay "
    "in the bucket, or check with exists() before you upload the new one.",
]
FOOT = ["Was this page helpful?", "Edit this page", "Documentation licensed under CC BY 4.0."]


def test_lead_and_first_sections_above_the_parameters_table_are_kept() -> None:
    kept = kept_texts(clean_lines([*MENU, LEAD, *ABOVE, *BELOW, *FOOT]))
    assert LEAD in kept, kept
    assert "Bucket.upload(path, key=None, *, timeout=60.0)" in kept, kept
    assert "Bucket.delete" not in kept


def test_without_sections_in_the_run_the_start_stays() -> None:
    rows = [line for line in BELOW if line not in ("Returns", "Raises", "Example")]
    kept = kept_texts(clean_lines([*MENU, LEAD, *ABOVE, *rows, *FOOT]))
    assert "Bucket.delete" not in kept


NEWS_MENU = ["Weekly Review", "Home", "Politics", "Economy", "Culture",
             "Last week: the central bank kept its rates unchanged for the fourth month in a row, and most "
             "economists expect no change before the autumn."]
STORY = [
    "Why the rail strike is spreading across the continent",
    "Rail workers in four countries walked out this week over pay and pensions, and unions say more strikes are "
    "coming before the summer holidays begin.",
    "Background",
    "The dispute began in the spring, when the largest operator announced it would cut its pension contributions, "
    "and it spread as other operators followed the same path.",
    "Unions in the neighbouring countries joined the dispute in May, saying the cuts were part of a wider plan "
    "agreed between the operators and the governments that own them.",
    "Outlook",
    "Talks are planned for next week, but neither side expects a deal before the holidays, and travellers have "
    "been told to check their trains every morning.",
    "Share this article", "© 2025 Weekly Review",
]



def test_menu_entries_over_the_headline_are_no_sections() -> None:
    """One-word menu entries ("World", "Europe") over the headline and its byline rows, a teaser above them: an
    article with one-word sections ("Background", "Outlook") does not take the menu and the teaser back. ("World"
    heads nothing: "Europe" is right under it.)"""
    record = clean_lines([*NEWS_MENU, "World", "Europe", STORY[0], "Jane Roe", "3 June 2025", *STORY[1:]])
    kept = kept_texts(record)
    assert NEWS_MENU[-1] not in kept, kept
    assert "Europe" not in kept, kept
    assert STORY[1] in kept, kept



def _feats(doc: Document) -> list[LineFeatures]:
    feats = []
    for line in doc.lines:
        f = line_features(line.text, "en")
        f.cls = classify(f)
        feats.append(f)
    return feats


def test_one_section_over_the_headline_is_not_enough() -> None:
    """A kicker of one word ("Analysis") over the headline and its byline rows, a teaser above it: one section
    above the run is no reference page's layout (the run search may or may not have taken the teaser in)."""
    page = [*NEWS_MENU, "Analysis", STORY[0], "Jane Roe", "3 June 2025", *STORY[1:]]
    doc = boilerplate_doc(page)
    start = page.index(STORY[1])
    assert [line.text for line in doc.lines] == page
    assert extend_over_sections(doc.lines, _feats(doc), start, len(page) - 2) == start
