"""Review of the probe24 merge (review-date rows, two author rows, a section label in parts over the headline),
and the hard-wrap joiner on a page of single-line paragraphs.

- A page's review date in Japanese, Chinese or Korean ("最終確認日：", "最后审核：", "최종 검토일:") stayed a loose
  date line of the publication: the labels of the other languages were read as an update's, these were not (the
  cases are in tests/test_metadata_probe24.py, beside the other languages').
- A headline in parts with a colon or a question mark ("Bach / Glass: ...", "Rust > C++? ...") over an unpunctuated
  standfirst and the date row was read as a section label over the headline: the standfirst became the title.
  So was a headline in parts over a standfirst of headline-plus length (more than 14 words).
- A short headline in title case ("Budget Approved", "Council Approves Budget") under a site line and over one
  author row and the date read as the first of two author rows (_bare_name takes any two or three capitalised
  words): the site line became the title. The first of the rows now must name a role after the name.
- Items of a list without bullet marks, in lower case, were joined as one hard-wrapped paragraph when the first was
  long ("wash your hands ... (alcohol gel does not kill norovirus)" + "do not bring food for patients") on a page
  whose paragraphs sit on single lines far wider than that. Now a two-line join of a lower-case line among rows (a
  colon line right above, or another lower-case line right under) is refused on such a page.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.segment import join_hard_wraps, split_lines
from tests.test_metadata_probe24 import _page

# --- A headline in parts is no section label --------------------------------------------------------------------

CONCERT_BODY = [
    "The Philharmonic paired Bach's third orchestral suite with Philip Glass's violin concerto on Friday, and the "
    "hall was full.",
    "Glass wrote the concerto in 1987. Its slow movement, played with great restraint by the soloist, was the high "
    "point of the night.",
    "The Bach was brisk and bright, though the trumpets sometimes covered the strings in the overture.",
    "The programme repeats on Saturday and Sunday afternoon.",
]
RUST_BODY = [
    "We rewrote our parser in Rust and measured it against the C++ version on the same 40 GB of logs.",
    "The Rust build was 8 percent faster on one core and 3 percent slower on eight cores, which surprised us.",
    "Most of the difference came from the allocator. With the same allocator, the two were within 1 percent.",
    "The code and the data are on our site.",
]


@pytest.mark.parametrize(
    ("header", "body"),
    [
        # a colon or a question mark: a headline's own parts ("Bach / Glass: ...")
        (
            [
                "Bach / Glass: Philharmonic concerto review",
                "A winter evening of music written three centuries apart turns out to be the season's best",
                "By Ann Lee | 9 March 2025",
            ],
            CONCERT_BODY,
        ),
        (
            [
                "Rust > C++? Parser benchmark on logs",
                "A small team spent a winter on a rewrite nobody asked for and learned a lot along the way",
                "By Ann Lee | 9 March 2025",
            ],
            RUST_BODY,
        ),
        # the line under it is a standfirst's length, not a headline's
        (
            [
                "Rust > C++ for parser benchmark on logs",
                "A small team spent a winter on a rewrite nobody asked for and learned a lot along the way",
                "By Ann Lee | 9 March 2025",
            ],
            RUST_BODY,
        ),
    ],
)
def test_headline_in_parts_over_its_standfirst_stays_the_title(header: list[str], body: list[str]) -> None:
    record = clean_text(_page(header, body))
    assert record["title"] == header[0]


# --- A short headline in title case is no author row ------------------------------------------------------------

COUNCIL_BODY = [
    "The city council approved the budget on Monday night by a vote of seven to two after a long debate over bus "
    "lanes.",
    "The budget adds money for road repairs and two new libraries, and raises parking charges from May.",
    '"It is not perfect, but it is a fair budget," the mayor said after the vote.',
    "Opponents said the parking charges would hurt small shops in the centre.",
]
SITE_LINE = "Latest Local News From The Valley"


@pytest.mark.parametrize(
    "header",
    [
        [SITE_LINE, "Budget Approved", "Jane Doe", "March 9, 2025"],
        [SITE_LINE, "Council Approves Budget", "Jane Doe, City Reporter", "March 9, 2025"],
    ],
)
def test_short_title_case_headline_over_an_author_row_stays_the_title(header: list[str]) -> None:
    # the headline reads as a name (two or three capitalised words) but names no role: no first of two author rows
    record = clean_text(_page(header, COUNCIL_BODY))
    assert record["title"] == header[1]


@pytest.mark.parametrize(
    "rows",
    [
        ["Amara Nwosu — Staff Writer", "Samuel Ferris — Contributing Writer"],
        ["Amara Nwosu | Staff Writer", "Samuel Ferris"],
    ],
)
def test_first_of_two_author_rows_with_another_separator_is_no_title(rows: list[str]) -> None:
    from tests.test_metadata_probe24 import HEADLINE

    record = clean_text(_page([HEADLINE, *rows, "October 29, 2025"]))
    assert record["title"] == HEADLINE


# --- List items without bullets on a page of single-line paragraphs ---------------------------------------------

PARAGRAPHS = [
    "We have temporarily restricted visiting on three wards after a number of patients became unwell with "
    "norovirus, the winter vomiting bug, over the weekend.",
    "Wards 7, 8 and 12 are closed to new admissions. Patients on these wards can still have one named visitor each "
    "day, and only if that visitor has had no symptoms for at least 48 hours.",
    "Norovirus spreads very easily in hospitals, where many patients are already unwell, and although most people "
    "recover in two or three days it can be serious for older patients.",
]
ITEMS = [
    "wash your hands with soap and water when you arrive and when you leave (alcohol gel does not kill norovirus)",
    "do not bring food for patients",
]


def _joined_texts(rows: list[str]) -> list[str]:
    return [line.text for line in join_hard_wraps(split_lines("\n".join(rows)))]


def test_lower_case_items_stay_apart_on_a_page_of_single_line_paragraphs() -> None:
    rows = ["\n".join(PARAGRAPHS[:2]), "", "If you are visiting, please:", *ITEMS, "", PARAGRAPHS[2]]
    texts = _joined_texts(rows)
    assert ITEMS[0] in texts and ITEMS[1] in texts


def test_lower_case_items_under_no_colon_stay_apart_when_a_third_follows() -> None:
    third = "do not sit on patients' beds"
    rows = ["\n".join(PARAGRAPHS[:2]), "", *ITEMS, third, "", PARAGRAPHS[2]]
    texts = _joined_texts(rows)
    assert ITEMS[0] in texts and ITEMS[1] in texts and third in texts


def test_lower_case_pair_after_a_colon_on_a_wrapped_page_is_still_joined() -> None:
    # every paragraph of the page within the width of the pair: a wrapped page, the pair one wrapped item
    rows = [
        "The council listed what the new rules change for tenants and landlords:",
        "landlords must give three months' notice before any rent increase and",
        "tenants may keep pets.",
        "",
        "The rules take effect in January, the council said on Tuesday.",
    ]
    assert _joined_texts(rows)[1] == " ".join(rows[1:3])


def test_lower_case_pair_without_rows_around_it_is_still_joined() -> None:
    # no colon above it, no lower-case row under it: a wrapped paragraph's two lines, wide paragraphs or not
    pair = [
        "wash your hands with soap and water when you arrive and when you leave (alcohol gel does not kill it)",
        "and then dry them.",
    ]
    rows = ["\n".join(PARAGRAPHS[:2]), "", "You should always wash your hands.", "", *pair, "", PARAGRAPHS[2]]
    assert " ".join(pair) in _joined_texts(rows)


def test_lower_case_items_stay_apart_on_the_hospital_page() -> None:
    with open("tests/pages/en_hospital_visiting_restrictions_update.txt", encoding="utf-8") as f:
        record = clean_text(f.read())
    paragraphs = record.text.split("\n")
    assert "do not bring food for patients" in paragraphs


WRAPPED = {
    "en": [
        "The council said the new bus lane would cost about three million pounds and",
        "take two years to build.",
    ],
    "de": [
        "Der Stadtrat sagte, die neue Busspur werde etwa drei Millionen Euro kosten und",
        "in zwei Jahren gebaut.",
    ],
    "fr": [
        "Le conseil municipal a indiqué que la nouvelle voie de bus coûterait environ",
        "trois millions d'euros.",
    ],
    "es": [
        "El ayuntamiento dijo que el nuevo carril bus costaría unos tres millones de",
        "euros y tardaría dos años.",
    ],
}


@pytest.mark.parametrize("lang", sorted(WRAPPED))
def test_two_line_paragraph_of_a_wrapped_page_is_still_joined(lang: str) -> None:
    # every line of the page within the wrap width: the pair is one paragraph, as before
    rows = [
        *WRAPPED[lang],
        "",
        "A second paragraph of the page, which is short.",
        "",
        "And a third one, too.",
    ]
    assert _joined_texts(rows)[0] == " ".join(WRAPPED[lang])


@pytest.mark.parametrize("lang", sorted(WRAPPED))
def test_two_line_paragraph_beside_one_long_line_is_still_joined(lang: str) -> None:
    # one wide paragraph (a quoted post, a long caption) is no evidence against the wrap
    rows = [*WRAPPED[lang], "", PARAGRAPHS[0], "", "A second paragraph of the page, which is short."]
    assert _joined_texts(rows)[0] == " ".join(WRAPPED[lang])


def test_three_wrapped_lines_beside_wide_paragraphs_are_still_joined() -> None:
    # three lines of one width show the wrap themselves, whatever the rest of the page does
    rows = [
        "The council said the new bus lane would cost about three million pounds and",
        "take two years to build, with work starting in the spring on the northern part",
        "of the route.",
        "",
        *PARAGRAPHS,
    ]
    assert _joined_texts(rows)[0] == " ".join(rows[:3])
