"""The two seed pages, field by field, against what a careful reader of the page expects."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from cleaners import Config, Document, Record, clean_file
from cleaners.normalize import normalize_stage
from cleaners.read import read_stage

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EN = "000_9188a69b0addec25.txt"
JA = "003_9d558cf92b0720f0.txt"


@cache
def _record(name: str) -> Record:
    return clean_file(SEEDS / name)


@cache
def _lines(name: str) -> tuple[str, ...]:
    """The seed's lines exactly as written in the file (1-based line n is _lines(name)[n - 1])."""
    return tuple((SEEDS / name).read_text(encoding="utf-8").split("\n"))


@cache
def _line_starts(name: str) -> tuple[tuple[str, int], ...]:
    """(line, offset) of every non-blank line of the normalized text the removal offsets point into."""
    doc = normalize_stage(read_stage(Document(source=name, raw=(SEEDS / name).read_bytes()), Config()), Config())
    out, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            out.append((line.strip(), pos + len(line) - len(line.lstrip())))
        pos += len(line) + 1
    return tuple(out)


def _texts(record: Record, kind: str | None = None) -> list[str]:
    return [p["text"] for p in record.paragraphs if kind is None or p["kind"] == kind]


# --- seeds/000: English editorial with a date line, an attribution and two lists of other articles. ---


def test_en_language() -> None:
    assert _record(EN)["language"] == "en"


def test_en_title() -> None:
    record = _record(EN)
    assert record["title"] == (
        "Telephone Talks between U.S., Russian Leaders: Diplomacy Based on Making Deals Cannot Break the Deadlock"
    )
    assert record["title"] not in _texts(record)


def test_en_published() -> None:
    assert _record(EN)["published"] == "2025-05-21T15:09:00+09:00"


def test_en_body_is_exactly_the_twelve_paragraphs() -> None:
    record = _record(EN)
    expected = list(_lines(EN)[2:14])  # lines 3..14 of the file, wording unchanged
    assert len(expected) == 12
    assert expected[0].startswith("U.S. President Donald Trump’s diplomacy")
    assert expected[-1].endswith("accused of giving in to Putin.")
    assert _texts(record) == expected
    assert all(p["kind"] == "body" for p in record.paragraphs)
    assert all(p["language"] == "en" for p in record.paragraphs)


def test_en_text_is_title_then_body() -> None:
    record = _record(EN)
    assert record.text == "\n\n".join([record["title"], *_lines(EN)[2:14]])


def test_en_date_line_not_in_body() -> None:
    record = _record(EN)
    assert "15:09 JST, May 21, 2025" not in record.text
    assert any(r["text"] == "15:09 JST, May 21, 2025" and r["reason"] for r in record["removed"])


def test_en_attribution() -> None:
    record = _record(EN)
    attribution = record["attribution"]
    assert attribution is not None
    assert "The Yomiuri Shimbun" in attribution
    assert "May 21, 2025" in attribution
    line = _lines(EN)[14]
    assert line == "(From The Yomiuri Shimbun, May 21, 2025)"
    assert line not in _texts(record)
    assert "Yomiuri" not in record.text
    assert any(r["text"] == line and r["rule"] and r["reason"] for r in record["removed"])


def test_en_nothing_after_the_article_is_in_the_body() -> None:
    record = _record(EN)
    lines = _line_starts(EN)
    first_tail = next(i for i, (text, _) in enumerate(lines) if text.startswith('"Editorial & Columns" POPULAR ARTICLE'))
    tail = lines[first_tail:]
    assert len(tail) == 22  # file lines 16..37
    removed_at = {r["start"]: r for r in record["removed"]}
    for text, start in tail:
        if text != "-":
            assert text not in record.text, text
        assert start in removed_at, f"line {text!r} at offset {start} is not in `removed`"
        r = removed_at[start]
        assert r["text"] == text
        assert r["rule"].strip() and r["reason"].strip()


# --- seeds/003: Japanese article whose first line runs the whole article (and a promo) together. ---

JA_TITLE = "EUリーダー、トランプがプーチンと個別に話す前に彼を説得しようと急ぐ"
JA_HEADINGS = [
    "トランプが電話を計画、プーチンが抵抗、ゼレンスキーが米国の当局者と会う",
    "ラブロフが条件を策定、ヨーロッパは影響に備える",
]


def _ja_body_lines() -> list[str]:
    lines = _lines(JA)
    return [lines[i - 1] for i in (*range(3, 7), *range(8, 13), *range(14, 19))]


def test_ja_language() -> None:
    assert _record(JA)["language"] == "ja"


def test_ja_title() -> None:
    record = _record(JA)
    assert record["title"] == JA_TITLE
    assert JA_TITLE not in _texts(record)


def test_ja_first_line_removed_by_dedup() -> None:
    record = _record(JA)
    first = _lines(JA)[0]
    hits = [r for r in record["removed"] if r["start"] == 0]
    assert len(hits) == 1
    assert hits[0]["text"] == first
    assert hits[0]["rule"].startswith("dedup:")
    assert hits[0]["reason"].strip()
    assert first not in _texts(record)


def test_ja_section_headings_kept_as_headings() -> None:
    record = _record(JA)
    for heading in JA_HEADINGS:
        kinds = [p["kind"] for p in record.paragraphs if p["text"] == heading]
        assert kinds == ["heading"], heading


def test_ja_fourteen_body_paragraphs_exactly_once() -> None:
    record = _record(JA)
    body = _ja_body_lines()
    assert len(body) == 14 and len(set(body)) == 14
    assert _texts(record, "body") == body
    texts = _texts(record)
    for line in body:
        assert texts.count(line) == 1


def test_ja_paragraphs_are_the_article_in_order() -> None:
    lines = _lines(JA)
    expected = [
        ("heading" if i in (7, 13) else "body", lines[i - 1]) for i in (*range(3, 13), *range(13, 19))
    ]
    assert [(p["kind"], p["text"]) for p in _record(JA).paragraphs] == expected


def test_ja_promotional_lines_removed() -> None:
    record = _record(JA)
    promo = "Cryptopolitan Academy"
    assert promo not in record.text
    last = _lines(JA)[18].strip()
    assert last.startswith("Cryptopolitan Academy: ")
    assert any(r["text"] == last and r["rule"] and r["reason"] for r in record["removed"])
    # The promo glued to the end of line 1 leaves with line 1.
    first = _lines(JA)[0]
    assert first.endswith("。詳細はこちら") and promo in first
    assert sum(1 for r in record["removed"] if promo in r["text"]) == 2


# --- both seeds ---


@pytest.mark.parametrize("name", [EN, JA])
def test_seed_validates_against_schema(name: str) -> None:
    validate = pytest.importorskip("cleaners.validate")
    result = validate.validate_record(_record(name).to_dict())
    if isinstance(result, bool):
        assert result
    else:
        assert not result, result


@pytest.mark.parametrize("name", [EN, JA])
def test_seed_removals_are_audited(name: str) -> None:
    record = _record(name)
    doc = normalize_stage(read_stage(Document(source=name, raw=(SEEDS / name).read_bytes()), Config()), Config())
    for r in record["removed"]:
        assert r["rule"].strip() and r["reason"].strip()
        assert doc.text[r["start"] : r["end"]] == r["text"]
