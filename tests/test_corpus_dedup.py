"""Cross-document paragraph dedup: policies, exemptions, persistence across runs, re-runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners.catalog import Catalog
from cleaners.config import Config
from cleaners.corpus import DEDUP_RULE, EMPTY_KIND, KEEP_KIND, BatchFingerprints, Decisions, apply, decide
from cleaners.corpus import fingerprint_batch as fingerprint
from cleaners.corpus.apply import ANNOTATION_KEY
from cleaners.corpus.synth import record
from cleaners.dedup import fingerprint as dedup_fingerprint
from cleaners.validate import validate_record

CONFIG = Config(corpus_pass=True, corpus_near_dup=False, corpus_site_boilerplate=False)
SHARED = "This paragraph was syndicated to several outlets, which printed it word for word in their pages."
SHORT = "Read more here."  # shorter than corpus_dedup_min_chars: never deduplicated


@pytest.fixture
def cat(tmp_path: Path) -> Catalog:
    c = Catalog.open(f"sqlite:///{tmp_path / 'catalog.sqlite'}")
    c.migrate()
    yield c
    c.close()


def _records() -> list[dict]:
    return [
        record([f"The opening paragraph is about {topic}, a different matter each time.", SHARED, SHORT],
               key=f"doc-{k}", url=f"https://site{k}.test/a")
        for k, topic in enumerate(("rivers", "harvests", "elections"))
    ]


def _apply(cat: Catalog, records: list[dict], config: Config, run_id: str = "run") -> dict[str, dict]:
    d = decide(cat, [fingerprint(records, config)], config, run_id)
    out = {}
    for r in records:
        res = apply(r, d, config)
        validate_record(res.record)
        out[r["id"]] = res.record
    return out


def _texts(rec: dict) -> list[str]:
    return [p["text"] for p in rec["paragraphs"]]


def test_keep_first_keeps_the_smallest_record_id(cat: Catalog) -> None:
    recs = _records()
    out = _apply(cat, recs, CONFIG)
    keeper = min(r["id"] for r in recs)
    for r in recs:
        new = out[r["id"]]
        assert SHORT in _texts(new)  # too short to count
        if r["id"] == keeper:
            assert SHARED in _texts(new)
            assert not [x for x in new["removed"] if x["rule"] == DEDUP_RULE]
        else:
            assert SHARED not in _texts(new) and SHARED not in new["text"]
            (rm,) = [x for x in new["removed"] if x["rule"] == DEDUP_RULE]
            assert rm["text"] == SHARED and keeper in rm["reason"]
            assert new["stats"]["paragraphs"] == 2 and new["stats"]["removed_by_rule"] == {DEDUP_RULE: 1}


def test_drop_all_removes_every_copy(cat: Catalog) -> None:
    recs = _records()
    out = _apply(cat, recs, CONFIG.with_(corpus_dedup="drop-all"))
    for r in recs:
        assert SHARED not in _texts(out[r["id"]])
        (rm,) = [x for x in out[r["id"]]["removed"] if x["rule"] == DEDUP_RULE]
        assert "on 3 records" in rm["reason"]


def test_annotate_only_removes_nothing(cat: Catalog) -> None:
    recs = _records()
    out = _apply(cat, recs, CONFIG.with_(corpus_dedup="annotate-only"))
    keeper = min(r["id"] for r in recs)
    notes = {rid: rec["meta"].get(ANNOTATION_KEY) for rid, rec in out.items()}
    for r in recs:
        assert _texts(out[r["id"]]) == _texts(r)
        if r["id"] == keeper:
            assert notes[r["id"]] is None
        else:
            assert notes[r["id"]] == [{"paragraph": 1, "kept_in": keeper}]


def test_min_length_is_configurable(cat: Catalog) -> None:
    recs = _records()
    out = _apply(cat, recs, CONFIG.with_(corpus_dedup_min_chars=5))
    assert sum(SHORT in _texts(rec) for rec in out.values()) == 1


def test_duplicate_within_one_document_is_left_to_the_document(cat: Catalog) -> None:
    rec = record(["An opening paragraph that is only found in this one place.", SHARED, SHARED], key="twice")
    out = _apply(cat, [rec], CONFIG)
    assert _texts(out[rec["id"]]).count(SHARED) == 2


def test_document_of_duplicates_only_is_empty(cat: Catalog) -> None:
    recs = _records()
    copy = record([SHARED], key="zzz-copy-only")
    d = decide(cat, [fingerprint([*recs, copy], CONFIG)], CONFIG, "run")
    keeper = min(r["id"] for r in [*recs, copy])
    res = apply(copy, d, CONFIG)
    assert res.kind == (KEEP_KIND if copy["id"] == keeper else EMPTY_KIND)


def test_earlier_run_wins_and_rerun_decides_the_same(catalog_url: str) -> None:
    """Fingerprints persist (SQLite and PostgreSQL): run 2's copy goes even with a smaller record id."""
    recs = sorted(_records(), key=lambda r: r["id"])
    c = Catalog.open(catalog_url)
    c.migrate()
    try:
        first = _apply(c, [recs[2]], CONFIG, "run-1")
        assert SHARED in _texts(first[recs[2]["id"]])
        second = _apply(c, recs[:2], CONFIG, "run-2")
        for r in recs[:2]:
            (rm,) = [x for x in second[r["id"]]["removed"] if x["rule"] == DEDUP_RULE]
            assert recs[2]["id"] in rm["reason"]
        counts = c.corpus_counts()
        assert _apply(c, recs[:2], CONFIG, "run-2") == second
        assert c.corpus_counts() == counts
        # The catalog holds the same value as cleaners.dedup.fingerprint, first writer wins.
        assert c.add_fingerprints([(dedup_fingerprint(SHARED), "someone-else")]) == {dedup_fingerprint(SHARED)}
    finally:
        c.close()


def test_map_and_reduce_outputs_travel_as_bytes(cat: Catalog) -> None:
    recs = _records()
    fps = BatchFingerprints.from_bytes(fingerprint(recs, CONFIG).to_bytes())
    d = Decisions.from_bytes(decide(cat, [fps], CONFIG, "bytes").to_bytes())
    assert [apply(r, d).record["text"] for r in recs] == [
        apply(r, decide(cat, [fingerprint(recs, CONFIG)], CONFIG, "bytes")).record["text"] for r in recs
    ]


def test_bad_policy_is_refused(cat: Catalog) -> None:
    with pytest.raises(ValueError, match="corpus_dedup"):
        decide(cat, [], CONFIG.with_(corpus_dedup="keep-some"), "x")


def test_record_without_spans_gets_offsets_into_its_text(cat: Catalog) -> None:
    recs = _records()
    for r in recs:
        del r["stats"]["spans"]
    out = _apply(cat, recs, CONFIG)
    for r in recs:
        for rm in out[r["id"]]["removed"]:
            assert r["text"][rm["start"] : rm["end"]] == rm["text"]
