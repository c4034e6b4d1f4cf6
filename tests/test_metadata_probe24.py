"""Header rows found by the probe24 pages (tests/pages: a hospital notice, a student newspaper, a chess round report,
a cycling stage report...).

- A service page's review date ("Last reviewed: Tuesday 2 December 2025", "Zuletzt geprüft", "Dernière révision")
  was a loose date line: its date was taken, but the line stayed at the top of the body.
- Two bare author rows under the headline ("Amara Nwosu, Staff Writer" over "Samuel Ferris, Contributing Writer")
  and the date: only the row right over the date was read as the byline, so the first was taken for the title.
- A section label in parts over the headline ("Tour of the Highlands · Stage 5", "Tournaments / Harbour City Open
  2025") read as a title over its standfirst, and won over the headline that has the date row under it.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _parse_date_line

MENU = ["Home", "News", "Sport", "Culture", "Opinion", "Subscribe"]
FOOTER = [
    "More in News",
    "Council to vote on the bus lane next week",
    "Parking permits to cost more from May",
    "About us | Contact | Privacy | Terms",
    "© 2025 Example Media Ltd",
]
BODY = [
    "Cleaners at the city's two hospitals voted 212 to 41 on Monday to join a union, ending a campaign that began "
    "last spring with a petition over unpaid breaks.",
    "The vote covers about 270 cleaners and porters. It is the first successful union election among the hospitals' "
    "support staff since the kitchen workers organised in 1992.",
    '"We are the people who keep these wards safe every single day," said Rosa Delgado, who has worked nights at the '
    'hospital for 14 years. "We just wanted a say in our hours."',
    "Workers said the main issues were rotas, which are often posted only days in advance, and pay for the night shift.",
    "Bargaining is expected to begin in January.",
]
HEADLINE = "Hospital cleaners vote to unionise after months of organising"
CHESS_BODY = [
    "Adaeze Okonkwo moved into sole first place at the Harbour City Open on Sunday with a win that will be replayed "
    "in club rooms for a while.",
    "Playing Black against the second seed, she gave up a rook for a knight on move 23 and spent the next fifteen "
    "moves squeezing his position with two bishops.",
    '"I didn\'t calculate everything," Okonkwo admitted afterwards. "I just felt that his king would never be safe '
    'while my bishops were alive."',
    "With three rounds left, Okonkwo leads by half a point from a group of five players that includes the defending "
    "champion.",
]
CHESS_HEADLINE = "Round 6: Okonkwo's exchange sacrifice leaves the whole field chasing"


def _page(header: list[str], body: list[str] = BODY) -> str:
    return "\n\n".join(["\n".join(MENU), "\n".join(header), *body, "\n".join(FOOTER)]) + "\n"


def _removed_texts(record) -> list[str]:
    return [r["text"] for r in record["removed"]]


# --- A page's review date -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last reviewed: Tuesday 2 December 2025",
        "Page last reviewed: 12 March 2024",
        "Zuletzt geprüft: 2. Dezember 2025",
        "Zuletzt überprüft am 2. Dezember 2025",
        "Dernière révision : 2 décembre 2025",
        "Última revisión: 2 de diciembre de 2025",
        "Última revisão: 2 de dezembro de 2025",
        "Ultima revisione: 2 dicembre 2025",
        "Laatst gecontroleerd op 2 december 2025",
        "Последняя проверка: 2 декабря 2025",
        "Senast granskad: 2025-11-24",
        # the CJK labels and the German noun (review10a)
        "最終確認日：2025年12月2日",
        "最終確認日 2025年12月2日",
        "最后审核：2025年12月2日",
        "最后审核日期：2025-12-02",
        "最後審閱：2025年12月2日",
        "최종 검토일: 2025.12.02",
        "최종 검토: 2025년 12월 2일",
        "Letzte Überprüfung: 2. Dezember 2025",
    ],
)
def test_review_date_line_is_a_pure_date_line_of_an_update(text: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is not None and parsed.tier == "pure" and parsed.updated


@pytest.mark.parametrize(
    "text",
    [
        "The page was last reviewed on 2 December 2025 by the board, which found two errors.",
        "Reviewed the budget on 2 December 2025",
        "Die Akten wurden zuletzt geprüft am 2. Dezember 2025, und es fehlte nichts.",
        "La dernière révision du plan date du 2 décembre 2025, a rappelé le maire.",
        "La última revisión del contrato fue el 2 de diciembre de 2025, según el ayuntamiento.",
        "最后审核于2025年12月2日完成，共发现两处错误。",
        "最终审核结果将于2025年12月2日公布",
        "최종 검토는 2025년 12월 2일에 끝났다.",
        "최종 검토 결과 2025년 12월 2일 발표 예정",
        "最終確認日は2025年12月2日です。",
        "最終確認は2025年12月2日に行われ、問題はなかった",
    ],
)
def test_a_sentence_about_a_review_is_no_pure_date_line(text: str) -> None:
    parsed = _parse_date_line(text, None)
    assert parsed is None or parsed.tier != "pure"


def test_review_date_row_under_the_headline_leaves_the_body() -> None:
    record = clean_text(_page([HEADLINE, "Last reviewed: Tuesday 2 December 2025"]))
    assert record["title"] == HEADLINE
    assert record["published"] == "2025-12-02"
    assert "Last reviewed" not in record.text
    assert "Last reviewed: Tuesday 2 December 2025" in _removed_texts(record)


# --- Two author rows over the date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rows",
    [
        ["Amara Nwosu, Staff Writer", "Samuel Ferris, Contributing Writer"],
        ["Amara Nwosu, Staff Writer", "Samuel Ferris"],
    ],
)
def test_first_of_two_author_rows_is_no_title(rows: list[str]) -> None:
    record = clean_text(_page([HEADLINE, *rows, "October 29, 2025"]))
    assert record["title"] == HEADLINE
    assert record["published"] == "2025-10-29"
    for row in rows:
        assert row not in record.text


@pytest.mark.parametrize(
    "rows",
    [
        ["Amara Nwosu, Staff Writer"],  # one author row over the date (_author_row, as before)
        [
            "Jana Novak",
            "Peter Lund",
        ],  # two bare names: the rows of names the date adjacency skips (as before)
    ],
)
def test_author_rows_the_header_already_read(rows: list[str]) -> None:
    record = clean_text(_page([HEADLINE, *rows, "October 29, 2025"]))
    assert record["title"] == HEADLINE


# --- A section label in parts over the headline ---------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["Tournaments / Harbour City Open 2025", CHESS_HEADLINE, "By Marta Lindqvist | 9 March 2025"],
        [
            "Tournaments / Harbour City Open 2025",
            CHESS_HEADLINE,
            "By Marta Lindqvist | 9 March 2025",
            "Tweet | Share | Copy link",
        ],
        [
            "Tournaments · Harbour City Open 2025",
            CHESS_HEADLINE,
            "By Marta Lindqvist",
            "Published: Sunday 9 March 2025, 18:42 GMT",
            "Tweet | Share | Copy link",
        ],
        ["Tournaments › Harbour City Open 2025", CHESS_HEADLINE, "9 March 2025"],
    ],
)
def test_section_label_in_parts_over_a_dated_headline_is_no_title(header: list[str]) -> None:
    record = clean_text(_page(header, CHESS_BODY))
    assert record["title"] == CHESS_HEADLINE
    assert header[0] not in record.text


@pytest.mark.parametrize(
    "header",
    [
        # a sentence under the label: a standfirst, whatever the label holds (the old choice)
        [
            "Tournaments / Harbour City Open 2025",
            "Okonkwo's exchange sacrifice leaves the whole field chasing. Again.",
            "By Marta Lindqvist | 9 March 2025",
            "Tweet | Share | Copy link",
        ],
        # a label with a colon, no spaced separator: "Review: ..." is a headline's own shape (the old choice)
        [
            "Tournaments: Harbour City Open 2025",
            CHESS_HEADLINE,
            "By Marta Lindqvist | 9 March 2025",
            "Tweet | Share | Copy link",
        ],
    ],
)
def test_label_rule_does_not_fire_without_its_cues(header: list[str]) -> None:
    record = clean_text(_page(header, CHESS_BODY))
    assert record["title"] == header[0]
