"""Review of xfail6 (review7c): a date line under the body over the page's one closing note, or between three
summary paragraphs and the body, is still the publication date (an event box's day is a row next to the box's
other short rows, with the story's paragraphs going on under it); and site boxes of the
short-section shape (a footer's link column or a box's rows under a heading, then a heading over the site's own
sentence) are no last sections of the article (_short_section_end: rows need a header row or columns)."""

from __future__ import annotations

import pytest

from cleaners import clean_text


def _clean(lines: list[str]) -> tuple[list[str], str | None]:
    data = clean_text("\n".join(lines).encode(), source="page.txt").data
    return [p["text"] for p in data["paragraphs"]], data["published"]


JA_STORY = [
    "ホーム", "ニュース", "くらし",
    "町の図書館、夜間の開館を試験的に始める",
    "町立図書館は今月から、平日の閉館時間を午後九時まで延ばす試みを始めた。仕事帰りの利用者を増やすのがねらいだ。",
    "初日の夜には会社員や高校生など約四十人が訪れ、閲覧席はほぼ満席になったという。",
    "館長は、利用状況を半年ほど見たうえで、本格的に続けるかどうかを決めたいと話している。",
    "町は夜間の警備と照明にかかる費用を補正予算に計上しており、来月の議会で審議される予定だ。",
]


def test_a_date_under_the_body_over_one_closing_note_is_the_publication_date() -> None:
    note = "この記事へのご意見やご感想は、編集部までお寄せください。今後の記事づくりの参考にさせていただきます。"
    kept, published = _clean([*JA_STORY, "2025年10月8日", note])
    assert published == "2025-10-08"
    assert "2025年10月8日" not in kept


MENU = ["Home", "News", "Sport", "Culture", "Sign in"]
STORY = [
    "Town council approves new harbour walkway after long debate",
    "The town council voted on Tuesday evening to build a wooden walkway along the old harbour wall, ending a "
    "dispute that has run for almost three years.",
    "Residents had asked for safer access to the water after two people fell from the crumbling quay last winter.",
    "What happens next",
    "The council will publish the final plans in January and invite comments from residents for six weeks.",
    "Reactions",
    "Local shop owners welcomed the decision, saying the walkway would bring more visitors in the summer season.",
]
FOOTER = ["© 2025 Harbour Media", "Privacy policy"]

# _short_section_end takes a heading over up to four short lines, then a heading over a sentence, as the article's
# last sections: a README's "Supported formats" over a table's rows, then "Contributing" over its paragraph. A
# footer's link column ("Service" over its links, then "Redaktion" over the newsroom's hours) or a box of other
# stories over the site's self-description has no header row over its lines and no columns in them.
@pytest.mark.parametrize("box", [
    ["Explore", "Harbour walkway opens in May", "Quay repairs cost doubles", "New ferry timetable for 2025",
     "Our mission", "We report on the town and its people without fear or favour."],
    ["Service", "Abo & Leserservice", "E-Paper / Archiv", "Mediadaten 2025",
     "Redaktion", "Die Redaktion erreichen Sie werktags von 9 bis 17 Uhr."],
    ["Rubriques", "Politique & société", "Sports / Culture", "Économie 2025",
     "Rédaction", "La rédaction est joignable du lundi au vendredi."],
    ["Upcoming events", "Harbour fair, 12 May", "Boat show, 3 June",
     "Sponsors", "This page is supported by local businesses of the harbour district."],
], ids=["en-explore-mission", "de-service-redaktion", "fr-rubriques-redaction", "en-events-sponsors"])
def test_a_site_box_of_the_short_section_shape_stays_out(box: list[str]) -> None:
    kept, _ = _clean([*MENU, *STORY, *box, *FOOTER])
    assert STORY[-1] in kept
    assert box[-1] not in kept
    assert box[1] not in kept


# A story that opens with three summary paragraphs over its date line (a release's highlights, an explainer's
# "what we know" sentences), the body under it: a dateline between two paragraphs, no row of an event box.
def test_a_date_line_under_three_summary_paragraphs_is_the_publication_date() -> None:
    summary = [
        "The council will build a wooden walkway along the old harbour wall, starting in the spring.",
        "The work is expected to take about eight months and to cost less than the repairs planned last year.",
        "Residents can comment on the final plans for six weeks from January, online or at the town hall.",
    ]
    body = [
        "The vote on Tuesday evening ended a dispute that has run for almost three years, after two people fell "
        "from the crumbling quay last winter and residents asked for safer access to the water.",
        "Local shop owners welcomed the decision, saying the walkway would bring more visitors in the summer.",
        "The harbour master said the quay would stay open to fishing boats while the work goes on.",
    ]
    kept, published = _clean([*MENU, STORY[0], *summary, "12 March 2025", *body, *FOOTER])
    assert published == "2025-03-12"
    assert "12 March 2025" not in kept
