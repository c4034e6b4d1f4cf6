"""A second line that is only a date among the body's first lines (a fact-check's "Source: <claimant>, <date>" under
the quoted claim, the page's own date over it) is page metadata: the first cleaning removes it. Kept, the record's
text cleaned again (its header date line gone) would read it as the date and remove it then.

Every page here is synthetic.
"""

from __future__ import annotations

from cleaners import clean_text

NAV = ["Home", "Economy", "Health", "Politics", "About", "Search"]
CLAIM = ("“The new vaccine programme has failed: not a single district reached its target, and the ministry has "
         "quietly stopped publishing the figures that would show how far behind the country has fallen.”")
BODY = [
    "In a statement published on its website, the ministry of health said that the national vaccine programme had "
    "failed in every district and that the government was hiding the figures.",
    "Official data show the opposite: forty of the country's fifty districts reached their targets by the end of "
    "the year, and the figures are published every month on the statistics office's website.",
    "Independent researchers who checked the monthly reports said the numbers were consistent with hospital "
    "records and with the surveys that aid groups ran in the countryside.",
    "The ten districts that fell short are mostly in the mountains, where clinics are far apart and roads close "
    "for weeks in winter, which the programme's own reports discuss at length.",
    "Health workers in two of those districts said the programme sent mobile teams in the spring, and that most "
    "families who had missed the first round were reached before the summer.",
    "The ministry did not answer questions about where its statement came from, and the page was removed from "
    "its website two days after it was published.",
    "A spokesman for the statistics office said the monthly reports had never been stopped, and that the latest "
    "one had been downloaded more than ten thousand times.",
    "Aid groups that run clinics in the mountains said the figures matched what they saw, although they warned "
    "that the winter months would again make the last districts hard to reach.",
]
FOOTER = ["Most popular", "Back to top", "© 2024 Example Fact Check. All rights reserved."]


def _page(source_line: str, verdict: str = "False") -> str:
    return "\n".join([*NAV, "Ministry says vaccine programme failed in every district", "November 18, 2019", "Share",
                      "The ministry of health", CLAIM, source_line, verdict, "Official figures show most districts met their targets",
                      *BODY, *FOOTER])


def test_the_claims_date_line_leaves_the_text_and_the_record_is_stable() -> None:
    record = clean_text(_page("Source: Ministry of Health, October 25, 2019"), source="check.txt")
    assert record["published"] == "2019-11-18"
    assert "Source: Ministry of Health" not in record.text
    assert record["attribution"] is None  # the page's attribution is none of the claim's source
    assert all(p in record.text for p in BODY)
    again = clean_text(record.text, source="check.txt")
    assert (again.text, again["title"]) == (record.text, record["title"])


def test_a_sentence_that_gives_a_date_stays() -> None:
    sentence = "The claim first appeared on October 25, 2019, in a post that was shared thousands of times."
    record = clean_text(_page(sentence), source="check.txt")
    assert record["published"] == "2019-11-18"
    assert sentence in record.text
    again = clean_text(record.text, source="check.txt")
    assert again.text == record.text


PRESS_REVIEW = [
    "World", "Press review: Europe's papers on the climate summit", "March 13, 2025",
    "France's leading daily calls the summit a missed chance, arguing that the final text waters down every promise "
    "made by the host country in the autumn.",
    "Source: Le Monde, March 12, 2025",
    "In Madrid, the mood is kinder: the paper praises the deal on forests and says that Spain's minister played a "
    "decisive role in the night talks.",
    "Source: El País, March 12, 2025",
    "The German weekly is the harshest of all, describing the summit as an expensive show that changed nothing for "
    "the people most exposed to floods.",
    "Source: Der Spiegel, March 11, 2025",
    "Italy's business paper focuses on the money, noting that the new fund is only a fifth of what developing "
    "countries had asked for.",
    "Source: Il Sole 24 Ore, March 12, 2025",
    "Share", "© 2025 World Desk",
]


def test_a_press_review_keeps_its_citations_and_paragraphs() -> None:
    """Source lines under paragraph after paragraph are the article's citations, not one stray page date; and a
    paragraph opening with two capitalised words and a comma ("In Madrid, ...") above one is no author name."""
    record = clean_text("\n".join(PRESS_REVIEW).encode(), source="review.txt")
    kept = [p["text"] for p in record.paragraphs]
    assert str(record["published"]).startswith("2025-03-13")
    assert [line for line in PRESS_REVIEW[3:10] if line not in kept] == []
    assert "author" not in record["meta"]


def test_a_short_sentence_opening_with_two_capitalised_words_and_a_comma_is_no_author() -> None:
    lines = list(PRESS_REVIEW)
    lines[5] = "In Madrid, the mood is kinder."
    record = clean_text("\n".join(lines).encode(), source="review.txt")
    assert "In Madrid, the mood is kinder." in [p["text"] for p in record.paragraphs]
    assert "author" not in record["meta"]
