"""The title scoring asks _is_meta_line (cached) before _date_line_any_order: _meta_adjacency for the date line right
above a candidate, _role_row for the date row under a role line. The gate is sound when every text of at most
MAX_DATE_LINE characters that _date_line_any_order reads is a meta line, which _is_meta_line's first clause is:
checked over the probe pages' lines, the dev dumps' lines, date lines in several languages and generated strings
with case-folding edge characters. _meta_adjacency with skip_furniture no longer asks _is_ui a second time of a line
it did not skip (the first test already said no)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import PAGES, dev_dumps, nonblank_lines

from cleaners import metadata

PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
DEV_LINES = nonblank_lines(dev_dumps(required=False))
_EDGES = "ſKİıßẞﬁﬀςΣＡａ\u0301 \t\u00a0:：-/.,0123456789"
_DATES = [
    "January 14, 2025",
    "14 January 2025",
    "Mis à jour le 05/11/2025",
    "05.11.2025 14:30",
    "Stand: 28.11.2025",
    "Publicado el 5 de diciembre de 2025",
    "Aktualisiert am 3. Dezember 2025",
    "2025年12月5日",
    "2025-12-05",
    "By Jane Doe | January 14, 2025",
    "Nov 28",
    "3 hours ago",
    "Опубликовано 5 декабря 2025",
    "2025년 12월 5일",
    "Pubblicato il 5 dicembre 2025",
    "Gepubliceerd op 5 december 2025",
    "Publicado em 5 de dezembro de 2025",
]


def _gate_holds(text: str) -> None:
    if len(text) <= metadata.MAX_DATE_LINE and metadata._date_line_any_order(text) is not None:
        assert metadata._is_meta_line(text), text


def test_date_lines_are_meta_lines() -> None:
    for text in [*_DATES, *PROBE_LINES, *DEV_LINES]:
        _gate_holds(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_EDGES + "JanuryDecmbMäzdezhoy"), max_size=40))
def test_generated_date_lines_are_meta_lines(text: str) -> None:
    _gate_holds(text)

