"""Line rules and date words found by the probes of new languages and page kinds (tests/pages, probe5): the
words of languages the phrase tables lacked (a Hebrew "read more" link, a Danish share button, an Arabic
opinion disclaimer and "about the author" heading, an ad slot's "scroll to continue" line), a story's
sign-off of initials ("(rpr/ara)"), a code block's copy button, and date lines in Indonesian, Danish, Hindi, Bengali and a forum's
"Last edited:"."""

from __future__ import annotations

from functools import partial

import pytest
from stages import line_rule

from cleaners.metadata import parse_date_line

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("קראו עוד: מחירי הכרטיסים לתחבורה הציבורית יעלו בינואר", "he", "read-also"),
        ("Del artikel", "da", "furniture"),
        ("Del artiklen", "da", "furniture"),
        ("SCROLL TO CONTINUE WITH CONTENT", "id", "furniture"),
        (
            "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع.",
            "ar",
            "disclaimer",
        ),
        ("المقال يعبر عن وجهة نظر كاتبه ولا يعكس بالضرورة رأي الصحيفة", "ar", "disclaimer"),
        ("عن الكاتب", "ar", "article-end"),
        ("(rpr/ara)", "id", "wire-credit"),
        ("(tb/dpa)", "de", "wire-credit"),
        ("(nkh/AFP)", "fr", "wire-credit"),
        ("(dpa / lno)", "de", "wire-credit"),
    ],
)
def test_a_boilerplate_line_of_a_new_language_is_removed(text: str, language: str, rule: str) -> None:
    assert _line_rule(text, language) == rule


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Hebrew prose with the words "read" and "more" apart.
        ("התלמידים קראו עוד ספר אחד בחופשה, כך סיפרה המורה.", "he"),
        # Danish prose that opens with "Del" ("part") and an article ("artikel") further on.
        ("Del af forklaringen er, at artiklen blev skrevet før valget, siger redaktøren.", "da"),
        ("Scroll to continue reading the full timeline of the trial below the map.", "en"),
        # Arabic prose that says figures "do not necessarily reflect" reality: no one's opinion or position.
        ("ويقول الباحثون إن هذه الأرقام لا تعكس بالضرورة الواقع في المناطق الريفية البعيدة عن المدن.", "ar"),
        ("تحدث الكاتب عن الكاتب الذي ألهمه في شبابه.", "ar"),
        # A parenthesized aside, a part number or a credit: no sign-off.
        ("(Teil 1/3)", "de"),
        ("(Fotos: dpa/Schmidt)", "de"),
        ("(siehe Grafik)", "de"),
        ("(km/h)", "de"),
        ("Die Partei (SPD/Grüne) hat zugestimmt.", "de"),
    ],
)
def test_prose_with_the_same_words_is_no_boilerplate(text: str, language: str) -> None:
    assert _line_rule(text, language) not in {
        "read-also",
        "furniture",
        "disclaimer",
        "article-end",
        "wire-credit",
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("复制", "zh"),
        ("Copy", "en"),
        ("Copied!", "en"),
        ("Copy code", "en"),
        ("コピー", "ja"),
        ("Kopieren", "de"),
    ],
)
def test_the_copy_button_of_a_code_block_is_removed(text: str, language: str) -> None:
    assert _line_rule(text, language) == "furniture"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Copy the file to the server", "en"),
        ("Copy editors", "en"),
        ("复制粘贴并不是学习编程的好办法", "zh"),
        ("コピー機の使い方", "ja"),
    ],
)
def test_a_line_that_opens_with_copy_is_no_copy_button(text: str, language: str) -> None:
    assert _line_rule(text, language) != "furniture"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jumat, 05 Des 2025 10:42 WIB", "2025-12-05T10:42:00+07:00"),  # Indonesian "Des", time in WIB
        ("Senin, 18 Agu 2025 07:00 WIB", "2025-08-18T07:00:00+07:00"),
        ("दिनांक: 05.12.2025", "2025-12-05"),  # Hindi "date:"
        ("প্রকাশ: ০৫ ডিসেম্বর ২০২৫", "2025-12-05"),  # Bengali "published:", Bengali digits
        ("Last edited: Jul 14, 2024", "2024-07-14"),
    ],
)
def test_a_date_line_of_a_new_language_is_pure(text: str, iso: str) -> None:
    found = parse_date_line(text)
    assert found is not None and found.iso == iso and found.tier == "pure"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5. des. 2025", "2025-12-05"),  # Norwegian
        ("Rabu, 17 Des 2025", "2025-12-17"),
    ],
)
def test_des_between_a_day_and_a_year_is_december(text: str, iso: str) -> None:
    found = parse_date_line(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        # French "des" ("of the") between a number and a number that reads as a year: no date.
        "5 des 2000 salariés ont été licenciés",
        "Selon 3 des 2025 répondants",
    ],
)
def test_french_des_is_no_month(text: str) -> None:
    assert parse_date_line(text) is None
