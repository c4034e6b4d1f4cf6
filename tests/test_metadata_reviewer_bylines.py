"""A health page's header (review11c): the medical reviewer's byline and the author's "written by" in many
languages are bylines, and an update label over a numeric date that reads either way ("Mis à jour le 05/11/2025")
is a date line to the title scoring and the header checks, as it is to the date search."""

from __future__ import annotations

import pytest

from cleaners.metadata import _is_meta_line, parse_attribution, parse_byline

REVIEWER_BYLINES = [
    ("Medically reviewed by Dr. Jane Doe, MD", "Jane Doe"),
    ("Fact-checked by John Smith", "John Smith"),
    ("Revisado médicamente por la Dra. Ana Gómez, especialista en neurología", "Ana Gómez"),
    ("Revisto por Dr. João Silva", "João Silva"),
    ("Relu par le Dr Pierre Lambert, allergologue", "Pierre Lambert"),
    ("Medizinisch geprüft von Dr. Anna Weber", "Anna Weber"),
    ("Rivisto da Marco Rossi", "Marco Rossi"),
    ("Medisch gecontroleerd door Sanne de Vries", "Sanne de Vries"),
    ("Zweryfikowane przez Annę Kowalską", "Annę Kowalską"),
    ("Проверено: Иван Петров, врач-терапевт", "Иван Петров"),
    ("医師監修：山田太郎", "山田太郎"),
    ("审核专家：刘某某 主任医师", "刘某某 主任医师"),
    ("감수 박민호 교수", "박민호 교수"),
    ("Escrito por Marta Ruiz", "Marta Ruiz"),
    ("Rédigé par Claire Martin, journaliste santé", "Claire Martin"),
    ("Geschrieben von Max Muster", "Max Muster"),
]


@pytest.mark.parametrize(("text", "name"), REVIEWER_BYLINES)
def test_reviewer_and_writer_bylines(text: str, name: str) -> None:
    assert parse_byline(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Revisado por última vez el 3 de mayo",  # "last reviewed on": no name
        "Geprüft von der Stiftung im Mai",
        "감수 결과 문제가 없었다",  # "the review found no problem"
        "审核通过后将在三个工作日内发放",
        "By Jane Doe, who said it was fine",  # a clause after the comma, no role
        "Von Anna Weber, die lange dort lebte",
        "Escrito por un grupo de vecinos del barrio",
    ],
)
def test_lookalikes_are_no_bylines(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    "text",
    ["Mis à jour le 05/11/2025", "Aktualisiert am 05.11.2025", "Actualizado el 05/11/2025", "Updated 05/11/2025"],
)
def test_update_label_over_either_way_date_is_a_meta_line(text: str) -> None:
    assert _is_meta_line(text)


def test_either_way_date_is_no_attribution_source() -> None:
    # an attribution's bare date is no source, whichever way it reads (as "Source: 25/11/2025" is not)
    assert parse_attribution("Source: 05/11/2025") is None
