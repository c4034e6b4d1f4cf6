"""A blog post's "Posted by <name> on <date>" line under the post, with the same day as the date over it, is
page metadata: the first cleaning removes it (the record's text, cleaned again, would read it as the date and
remove it then)."""

from __future__ import annotations

from cleaners import clean_text

BODY = [
    "The new interface lets a page fetch resources with a clean promise-based API instead of the older callback style.",
    "It also exposes requests and responses as objects, so a service worker can inspect and answer them directly.",
    "Support is landing in the next release, and the specification is still being refined with other browser vendors.",
]


def _page(closing: str) -> str:
    return "\n".join(["Home", "Articles", "This interface is so fetching", "March 10, 2015", *BODY, closing,
                      "2 comments", "Post a comment"])


def test_the_same_day_again_under_the_post_leaves_the_text() -> None:
    record = clean_text(_page("Posted by Nikhil Marathe on March 10, 2015 at 08:05"), source="blog.txt")
    assert record["published"].startswith("2015-03-10")
    assert "Posted by" not in record.text
    again = clean_text(record.text, source="blog.txt")
    assert again.text == record.text


def test_another_day_or_no_label_stays() -> None:
    record = clean_text(_page("Posted by Nikhil Marathe on March 14, 2015 at 08:05"), source="blog.txt")
    assert record["published"].startswith("2015-03-10")
    assert "Posted by Nikhil Marathe on March 14, 2015" in record.text
