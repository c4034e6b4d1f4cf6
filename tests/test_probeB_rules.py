"""Rules found by probeB's English page layouts (tests/pages/en_probeB_*), with the near misses they must leave.

- A consent wall's standard prose that does not say "cookie" ("We and our 842 partners store and/or access
  information on a device ...", "Wir und unsere Partner speichern und/oder greifen ...", and the note on "your
  personal data" and "your consent" where the site speaks) is a consent notice (patterns.CONSENT_WALL_RE): kept,
  its three paragraphs over the page made the run start there and take the menu and the buttons with it.
- An ad slot's skip and feedback links ("SKIP ADVERTISEMENT", "Ad Feedback", "Video Ad Feedback") and a syndicated
  story's bare "Story continues" are ad labels (patterns.AD_LABEL), removed and transparent between paragraphs.
- A clip's running time with its source under the clip's link ("01:12 - Source: <channel>", read as a feed item)
  belongs to the clip's run, which the run search goes over (boilerplate._clip_duration): it ended the article.
- "Originally Published: <date>" under the article is a publication date line (metadata).
- A sidebar box a text dump sets between two paragraphs ("Recent Obituaries" over names and "View all obituaries",
  "Classifieds" over ads and "Place a classified ad") is removed as a block the run search goes over
  (boilerplate.mark_sidebar_boxes, patterns.BOX_CLOSER_RE): it was kept inside the article.
- A photo agency's credit under a listicle's numbered item of one or two words ("3. Pothos" / "Getty Images") goes
  as under a longer caption line (boilerplate.mark_agency_credits).
- A citation widget under the article ("Cite This Page:", the style rows "MLA", "APA", "Chicago" and the formatted
  citation) is removed (boilerplate.mark_cite_widgets); a paper's reference list stays.
- A code block copied with its gutter ("1", "2", "3" one a line over the code) and its language label over the copy
  button ("Python" / "Copy") loses the numbers and the label (boilerplate.mark_code_gutters); a numbered list and a
  pager's bare numbers over no code stay as they were.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, line_rule, removed_pairs

from cleaners import patterns

_STORY = [
    "The ferry to the outer islands will run twice a day from April, the harbour board said on Monday, after a "
    "winter in which the single daily crossing was cancelled eleven times.",
    "The second sailing will leave the mainland at six in the evening, so that islanders who work in town can get "
    "home on the same day, and return first thing in the morning.",
    "Board chair Ines Varga said the extra crossing would cost about 400,000 a year, paid for by a rise in car fares "
    "for visitors in the summer months.",
    "Islanders had asked for a second sailing for years. The school on the largest island lost two teachers last "
    "year, in part because they could not count on getting home.",
    "The board will review the timetable in October, after the first summer season with both crossings.",
]


@pytest.mark.parametrize(
    "text",
    [
        "We and our 842 partners store and/or access information on a device, such as cookies, and process personal "
        "data, such as unique identifiers, for personalised advertising and content, audience research and services "
        "development.",
        "With your permission we and our partners may use precise geolocation data and identification through device "
        "scanning. You may click to consent to our and our partners' processing as described above.",
        "Please note that some processing of your personal data may not require your consent, but you have a right to "
        "object to such processing. Your preferences will apply to this website only.",
        "Wir und unsere 312 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel "
        "Cookies, und verarbeiten personenbezogene Daten.",
        "Nous et nos partenaires stockons et/ou accédons à des informations stockées sur un terminal, telles que les "
        "cookies, et traitons les données personnelles.",
        "Noi e i nostri 640 fornitori archiviamo e/o accediamo a informazioni su un dispositivo e trattiamo dati "
        "personali.",
    ],
)
def test_consent_wall_prose_is_a_consent_notice(text: str) -> None:
    assert patterns.CONSENT_WALL_RE.search(text)
    assert line_rule(text) == "cookie-notice"


@pytest.mark.parametrize(
    "text",
    [
        # an article on privacy reports the rules, it does not speak as the site
        "Regulators found that the company processed its users' personal data without consent and shared it with "
        "advertising partners.",
        "Under the new law, you can ask any company to delete your personal data, and it must ask for your consent "
        "again after two years.",
        "We and our partners in the coalition have spent three years building the new shelter, the charity's director "
        "said at the opening.",
        "We and our partners use the latest drilling technology to reach water in the driest villages of the region.",
    ],
)
def test_privacy_news_is_no_consent_wall(text: str) -> None:
    assert line_rule(text) != "cookie-notice"


def test_a_consent_wall_over_the_page_is_no_part_of_the_article() -> None:
    page = [
        "We value your privacy",
        "We and our 1,024 partners store and/or access information on a device, such as unique identifiers in "
        "cookies, to process personal data. You may accept or manage your choices by clicking below.",
        "With your permission we and our partners may use precise geolocation data and identification through device "
        "scanning, for personalised ads and content, ad and content measurement and audience insights.",
        "MORE OPTIONS", "AGREE",
        "Island Post", "News", "Sport", "Weather", "Local",
        "Second daily ferry to outer islands from April",
        "By Tomas Reyes",
        "March 3, 2025",
        *_STORY,
        "Most read", "Storm closes coast road", "Lifeboat crew honoured",
    ]
    kept = kept_texts(clean_lines(page))
    assert kept[0].startswith("The ferry to the outer islands") and len(kept) == len(_STORY)
    assert not any("partners" in k or k in ("News", "Sport", "AGREE") for k in kept)


@pytest.mark.parametrize(
    "text", ["SKIP ADVERTISEMENT", "Skip advertisement", "Ad Feedback", "Video Ad Feedback", "Story continues"]
)
def test_ad_slot_links_are_ad_labels(text: str) -> None:
    assert patterns.AD_LABEL_RE.match(text)


@pytest.mark.parametrize(
    "text", ["Story continues to unfold as rescuers reach the valley", "Feedback from readers on the ad campaign"]
)
def test_ad_label_words_in_a_headline_are_no_label(text: str) -> None:
    assert not patterns.AD_LABEL_RE.match(text)


def test_a_clip_with_its_source_between_paragraphs_does_not_end_the_article() -> None:
    page = [
        "Island Post", "News", "Sport",
        "Second daily ferry to outer islands from April",
        "By Tomas Reyes",
        "March 3, 2025",
        *_STORY[:3],
        "Video Ad Feedback",
        "Watch: Ferry battles high seas on winter crossing",
        "02:47 - Source: Island Post TV",
        *_STORY[3:],
        "Ad Feedback",
        "Most read", "Storm closes coast road", "Lifeboat crew honoured",
    ]
    record = clean_lines(page)
    kept = kept_texts(record)
    assert kept == _STORY
    removed = {text for _, text in removed_pairs(record)}
    assert {"Video Ad Feedback", "02:47 - Source: Island Post TV", "Ad Feedback"} <= removed


def test_originally_published_under_the_article_is_a_date_line() -> None:
    page = [
        "Island Post", "News", "Sport",
        "Second daily ferry to outer islands from April",
        "By Tomas Reyes",
        "PUBLISHED: March 3, 2025 at 9:15 AM PST",
        *_STORY,
        "Originally Published: March 3, 2025 at 9:15 AM PST",
        "Most read", "Storm closes coast road", "Lifeboat crew honoured",
    ]
    record = clean_lines(page)
    assert record["published"] == "2025-03-03T09:15:00-08:00"
    assert kept_texts(record) == _STORY
    assert ("metadata:published", "Originally Published: March 3, 2025 at 9:15 AM PST") in removed_pairs(record)


@pytest.mark.parametrize(
    "text",
    [
        "View all obituaries", "See all jobs", "Browse all events »", "View All (4)", "Place a classified ad",
        "Submit an obituary", "Alle Termine anzeigen", "Voir toutes les annonces", "Ver todas las noticias",
        "Vedi tutti gli eventi", "Zobacz wszystkie", "Показать все", "すべて見る",
    ],
)
def test_box_closing_links(text: str) -> None:
    assert patterns.BOX_CLOSER_RE.match(text)


@pytest.mark.parametrize(
    "text", ["See more photos:", "See all the requests your browser makes and how long each one takes.", "View"]
)
def test_box_closer_near_misses(text: str) -> None:
    assert not patterns.BOX_CLOSER_RE.match(text)


def _with_box(box: list[str]) -> list[str]:
    return [
        "Island Post", "News", "Sport",
        "Second daily ferry to outer islands from April",
        "By Tomas Reyes",
        "March 3, 2025",
        *_STORY[:2],
        *box,
        *_STORY[2:],
        "Most read", "Storm closes coast road", "Lifeboat crew honoured",
    ]


@pytest.mark.parametrize(
    "box",
    [
        ["Recent Obituaries", "Edna R. Foss, 92", "Walter Kimura, 68", "Lucia Ferreira, 81", "View all obituaries"],
        ["Classifieds", "YARD SALE Sat 9-1, 22 Oak St. Books, bikes", "FOR SALE Rowing boat, trailer incl. 555-0101",
         "Place a classified ad"],
        ["Upcoming events", "Harbour festival, May 4", "Lifeboat open day, May 11", "See all events »"],
    ],
)
def test_a_sidebar_box_between_paragraphs_is_removed(box: list[str]) -> None:
    record = clean_lines(_with_box(box))
    assert kept_texts(record) == _STORY
    assert {("boilerplate:sidebar-box", line) for line in box} <= set(removed_pairs(record))


def test_an_article_list_over_a_view_all_link_stays() -> None:
    # The article's own sentence introduces the names: a list of the article, not a box.
    box = ["The board named three new skippers:", "Edna Foss", "Walter Kimura", "Lucia Ferreira", "See all crew"]
    kept = kept_texts(clean_lines(_with_box(box)))
    assert "The board named three new skippers:" in kept and "Walter Kimura" in kept


def test_an_agency_credit_under_a_short_numbered_item_goes() -> None:
    page = [
        "HomeStyle Weekly", "Decor", "Gardening",
        "Five Herbs That Grow on a Dark Windowsill",
        "By Cora Lindqvist", "Published Feb 12, 2025",
        "Not every kitchen gets sun, and most herbs sulk without it. These five are the exception, and all of them "
        "can be bought as small plants in spring.",
        "1. Mint", "Getty Images",
        "Mint will grow almost anywhere, and in a dim kitchen it simply grows a little more slowly and a little "
        "leggier. Pinch out the tips every week.",
        "2. Chives", "Shutterstock",
        "Chives tolerate shade well and come back every year. Cut them close to the soil and they regrow within a "
        "fortnight.",
        "3. Parsley",
        "Flat-leaf parsley copes with less light than curly, though it grows more slowly and needs steady watering.",
        "©2025 HomeStyle Media", "Privacy Notice",
    ]
    record = clean_lines(page)
    kept = kept_texts(record)
    assert "1. Mint" in kept and "2. Chives" in kept and "3. Parsley" in kept
    assert ("boilerplate:image-credit", "Getty Images") in removed_pairs(record)
    assert ("boilerplate:image-credit", "Shutterstock") in removed_pairs(record)


def test_a_citation_widget_under_the_article_goes() -> None:
    citation = 'Island Post. "Second daily ferry to outer islands from April." Island Post, 3 March 2025.'
    page = [
        "Island Post", "News", "Sport",
        "Second daily ferry to outer islands from April",
        "By Tomas Reyes", "March 3, 2025",
        *_STORY,
        "Cite This Page:", "MLA", "APA", "Chicago", citation,
        "Related Stories", "Storm closes coast road", "Lifeboat crew honoured",
    ]
    record = clean_lines(page)
    assert kept_texts(record) == _STORY
    assert {("boilerplate:cite-widget", t) for t in ("Cite This Page:", "MLA", "Chicago", citation)} <= set(
        removed_pairs(record)
    )


def test_a_how_to_cite_sentence_without_styles_stays_a_line_of_the_paper() -> None:
    from cleaners.boilerplate import mark_cite_widgets
    from cleaners.config import Config
    from cleaners.document import Document
    from cleaners.segment import segment_stage

    doc = Document(source="x.txt", raw=b"")
    doc.text = "How to cite\nReyes, T. (2025). Ferries and island schools. Island Studies, 4(2), 11-19.\nReferences"
    lines = segment_stage(doc, Config()).lines
    mark_cite_widgets(lines)
    assert not any(line.notes.get("furniture") for line in lines)


_TUTORIAL_HEAD = ["DevTrail", "Tutorials", "Sign in", "How to count words in a file with Python", "Leona Brandt",
                  "February 27, 2025"]
_INTRO = ("Counting the words in a text file takes a few lines of Python. Open the file, split each line on "
          "whitespace and add up the lengths of the pieces.")
_AFTER = ("The file is read one line at a time, so even a very large file needs little memory, and the count is "
          "printed once the loop has finished.")


def test_a_code_gutter_and_its_language_label_go() -> None:
    code = ["total = 0", 'with open("book.txt") as f:', "for line in f:", "total += len(line.split())", "print(total)"]
    page = [*_TUTORIAL_HEAD, _INTRO, "Python", "Copy", "1", "2", "3", "4", "5", *code, _AFTER,
            "Related Tutorials", "How to merge DataFrames", "© 2025 DevTrail"]
    record = clean_lines(page)
    assert kept_texts(record) == [_INTRO, *code, _AFTER]
    assert {("boilerplate:code-gutter", t) for t in ("Python", "1", "5")} <= set(removed_pairs(record))


def test_bare_numbers_over_prose_are_no_gutter() -> None:
    from cleaners.boilerplate import mark_code_gutters
    from cleaners.config import Config
    from cleaners.document import Document
    from cleaners.segment import segment_stage

    doc = Document(source="x.txt", raw=b"")
    doc.text = "\n".join(["Python", "1", "2", "3", "Next", _AFTER, "The second paragraph has no code in it either"])
    lines = segment_stage(doc, Config()).lines
    mark_code_gutters(lines)
    assert not any(line.notes.get("furniture") for line in lines)
