"""The article's last paragraph under a "related" box (boilerplate._last_paragraph_under_box): one paragraph
between the box and the article's end furniture (tags, copyright) that goes on with the article's words is kept
with the article; another story's summary there (none of the article's words) still goes with the box.

From tests/pages: pt_news_leia_mais and it_news_potrebbe_interessarti lost their last paragraph. Synthetic text.
"""

from __future__ import annotations

from stages import kept_paragraphs as _kept

HEAD = """The Valley Courier
News
Sport
Business
Bridge repairs close the river crossing for six weeks
By Sam Green
4 March 2025
Engineers will close the old river bridge from Monday for six weeks while corroded steel bearings under the main span are replaced, the county council said.
Drivers will be sent on a diversion through the northern bypass, which adds about fifteen minutes to a journey into the town centre at busy times.
The council said the bearings had worn far faster than expected and that inspectors had found cracks in two of them during the routine survey last autumn.
Related stories
Council approves budget for new library
Flood defences finished ahead of winter
"""
TAIL = """Tags: bridge, roads, council
© 2025 The Valley Courier
Most read
Privacy
"""
LAST = ("Buses will keep crossing the bridge on a single lane during the repairs, and the council expects the bypass "
        "diversion to end before the town's spring festival.")
OTHER = ("A new cycle path along the canal opened on Saturday, giving riders a traffic-free route from the station "
         "to the university campus in under ten minutes.")


def test_the_articles_last_paragraph_under_the_box_is_kept() -> None:
    kept = _kept(HEAD + LAST + "\n" + TAIL)
    assert LAST in kept
    assert "Council approves budget for new library" not in kept


def test_another_storys_summary_under_the_box_goes_with_it() -> None:
    kept = _kept(HEAD + OTHER + "\n" + TAIL)
    assert OTHER not in kept
