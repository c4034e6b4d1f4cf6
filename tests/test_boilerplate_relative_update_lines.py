"""A relative update or publication stamp ("Updated 14 minutes ago", "Aktualisiert vor 3 Stunden", "更新：3時間前")
is a feed's or a live page's timestamp line, in every language as in Czech ("Aktualizováno před 5 minutami"): the
timestamp rule removes it wherever it sits, the body's paragraphs included. A sentence that says so stays."""

from __future__ import annotations

import pytest

from cleaners import clean_text, patterns
from tests.test_idempotence_pages import FOOTER, NAV, P

STAMPS = [
    ("Updated 14 minutes ago", "en"), ("Updated 3 hours ago", "en"), ("Last updated 5 minutes ago", "en"),
    ("Posted 2 hours ago", "en"), ("Aktualisiert vor 3 Stunden", "de"), ("Veröffentlicht vor 2 Stunden", "de"),
    ("Mis à jour il y a 3 heures", "fr"), ("Publié il y a 2 heures", "fr"), ("Actualizado hace 3 horas", "es"),
    ("Publicado hace 2 horas", "es"), ("Atualizado há 3 horas", "pt"), ("Aggiornato 3 ore fa", "it"),
    ("Pubblicato 2 ore fa", "it"), ("Обновлено 3 часа назад", "ru"), ("Опубликовано 2 часа назад", "ru"),
    ("更新：3時間前", "ja"), ("3時間前に更新", "ja"), ("更新于3小时前", "zh"), ("3小时前更新", "zh"),
    ("업데이트 3시간 전", "ko"), ("3시간 전 수정됨", "ko"),
]


@pytest.mark.parametrize(("stamp", "language"), STAMPS)
def test_relative_update_stamp_is_a_timestamp_line(stamp: str, language: str) -> None:
    assert patterns.TIMESTAMP_RE.match(stamp)


@pytest.mark.parametrize("stamp", ["Updated 14 minutes ago", "Aktualisiert vor 3 Stunden", "Mis à jour il y a 3 heures",
                                   "Обновлено 3 часа назад", "更新：3時間前", "업데이트 3시간 전"])
def test_relative_update_stamp_between_paragraphs_leaves(stamp: str) -> None:
    page = "\n".join([*NAV, "Council votes to close the harbour bridge to cars", *P[:3], stamp, *P[3:], *FOOTER])
    record = clean_text(page)
    assert stamp not in record.text.split("\n")
    assert any(r["text"] == stamp and r["rule"] == "boilerplate:timestamp" for r in record["removed"])


@pytest.mark.parametrize("text", [
    "Updated the plan 3 times", "Published in 2020", "Posted 3 letters to the council ago",
    "Aktualisiert vor 3 Stunden wurde der Fahrplan der Fähre", "更新于2025年3月", "3時間前に更新された計画によると、橋は閉鎖される",
])
def test_other_lines_with_an_update_word_and_a_number_are_no_timestamp(text: str) -> None:
    assert not patterns.TIMESTAMP_RE.match(text)
