"""Near-duplicate documents: MinHash shingles and signatures, LSH, decisions across runs."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from cleaners.catalog import Catalog
from cleaners.config import Config
from cleaners.corpus import DUPLICATE_KIND, KEEP_KIND, apply, decide, fingerprint_batch
from cleaners.corpus.minhash import (
    band_keys,
    cjk_share,
    jaccard,
    lsh_params,
    permutations,
    shingles,
    signature,
)
from cleaners.corpus.synth import Language, article, cjk_article, edit, record

CONFIG = Config(corpus_pass=True)


def _catalog(url: str) -> Catalog:
    cat = Catalog.open(url)
    cat.migrate()
    return cat


@pytest.fixture
def sqlite_catalog(tmp_path: Path) -> Catalog:
    cat = _catalog(f"sqlite:///{tmp_path / 'catalog.sqlite'}")
    yield cat
    cat.close()


def _exact(a: list[str], b: list[str]) -> float:
    sa, sb = set(shingles(a).tolist()), set(shingles(b).tolist())
    return len(sa & sb) / len(sa | sb)


# -- MinHash ------------------------------------------------------------------------------------------


def test_permutations_never_change() -> None:
    """Signatures are stored in the catalog: a change here silently breaks near-dup detection across runs."""
    a, b = permutations(128)
    assert a.dtype == np.uint32 and (a % 2 == 1).all()
    sig = signature(shingles(["one two three four five six seven eight nine ten"]))
    assert (int(a[0]), int(b[0]), int(sig[0])) == (844566927, 2664028157, 947267849)


def test_shingles_ignore_paragraph_order_and_case() -> None:
    rng = random.Random(1)
    paras = article(rng).render(Language.make("xx", 1))
    assert np.array_equal(shingles(paras), shingles(list(reversed(paras))))
    assert np.array_equal(shingles(paras), shingles([p.upper() for p in paras]))


def test_cjk_characters_are_tokens() -> None:
    rng = random.Random(2)
    zh = cjk_article(rng)
    assert cjk_share(zh) > 0.9 and cjk_share(["plain words in a latin script sentence"]) == 0.0
    # Word shingles would make one shingle per sentence; characters give about one per character.
    assert len(shingles(zh)) > 0.8 * sum(len(p) for p in zh) - 10
    # A page mixing scripts gets both: the CJK paragraph is not one opaque "word".
    mixed = ["Some English words around the article, in a menu and a footer line."] + zh[:1]
    assert len(shingles(mixed)) > 0.8 * len(zh[0])
    edited = [mixed[0], zh[0][:20] + zh[0][21:]]
    assert 0.7 < float(jaccard(signature(shingles(mixed)), signature(shingles(edited)))) < 1.0


def test_signature_estimates_jaccard() -> None:
    rng = random.Random(3)
    lang = Language.make("xx", 3)
    base = article(rng, n_paragraphs=10).render(lang)
    for rate in (0.0, 0.02, 0.05, 0.2):
        other = edit(base, random.Random(int(rate * 100)), rate)
        est = float(jaccard(signature(shingles(base)), signature(shingles(other))))
        assert abs(est - _exact(base, other)) < 0.15, rate


def test_empty_document_has_no_signature() -> None:
    assert (signature(shingles([])) == 0xFFFFFFFF).all()
    assert (signature(shingles(["... !!!"])) == 0xFFFFFFFF).all()


def test_lsh_params_favour_recall() -> None:
    bands, rows = lsh_params(0.8, 128)
    assert (bands, rows) == (18, 7)
    assert 1 - (1 - 0.8**rows) ** bands >= 0.95
    with pytest.raises(ValueError):
        lsh_params(0.0, 128)


def test_band_keys_equal_iff_band_equal() -> None:
    sigs = np.arange(2 * 128, dtype=np.uint32).reshape(2, 128)
    sigs[1, :7] = sigs[0, :7]
    keys = band_keys(sigs, 18, 7)
    assert keys[0, 0] == keys[1, 0] and (keys[0, 1:] != keys[1, 1:]).all()


# -- decisions ------------------------------------------------------------------------------------------


def _family(seed: int) -> dict[str, dict]:
    """A base article and its copies: exact, edited, reordered, translated; and a CJK pair."""
    rng = random.Random(seed)
    xx, yy = Language.make("xx", seed), Language.make("yy", seed)
    art = article(rng, n_paragraphs=8)
    base = art.render(xx)
    zh = cjk_article(rng, 6)
    return {
        "base": record(base, key=f"{seed}-base"),
        "exact": record(base, key=f"{seed}-exact"),
        "edited": record(edit(base, rng, 0.01), key=f"{seed}-edited"),
        "reordered": record(base[3:] + base[:3], key=f"{seed}-reordered"),
        "translated": record(art.render(yy), key=f"{seed}-translated"),
        "zh": record(zh, key=f"{seed}-zh"),
        "zh-edited": record(zh[:-1] + [zh[-1][:-6] + "。"], key=f"{seed}-zh-edited"),
        "other": record(article(rng).render(xx), key=f"{seed}-other"),
    }


def test_copies_are_near_duplicates_translations_are_not(sqlite_catalog: Catalog) -> None:
    fam = _family(7)
    d = decide(sqlite_catalog, [fingerprint_batch(list(fam.values()), CONFIG)], CONFIG, "r1")
    outcome = {name: apply(rec, d) for name, rec in fam.items()}
    latin = ["base", "exact", "edited", "reordered"]
    kept = [n for n in latin if outcome[n].kind == KEEP_KIND]
    assert len(kept) == 1
    for n in latin:
        if n != kept[0]:
            assert outcome[n].kind == DUPLICATE_KIND, n
            assert outcome[n].duplicate_of == fam[kept[0]]["id"]
            assert outcome[n].similarity >= 0.8
    assert outcome["translated"].kind == KEEP_KIND
    assert outcome["other"].kind == KEEP_KIND
    zh_kinds = sorted(outcome[n].kind for n in ("zh", "zh-edited"))
    assert zh_kinds == [DUPLICATE_KIND, KEEP_KIND]
    assert d.stats["duplicates"] == 4


def test_threshold_is_configurable(sqlite_catalog: Catalog) -> None:
    fam = _family(8)
    recs = [fam["base"], fam["edited"]]
    strict = CONFIG.with_(corpus_near_dup_threshold=1.0, corpus_near_dup_containment=0.0)
    d = decide(sqlite_catalog, [fingerprint_batch(recs, strict)], strict, "strict")
    assert [apply(r, d).kind for r in recs] == [KEEP_KIND, KEEP_KIND]


def test_containment_drops_the_copy_not_the_larger_document(sqlite_catalog: Catalog, tmp_path: Path) -> None:
    """A copy missing a few paragraphs (Jaccard < 0.8) is a duplicate of the complete one, whatever
    the record ids; the complete one is kept."""
    rng = random.Random(11)
    paras = article(rng, n_paragraphs=20).render(Language.make("xx", 11))
    full = record(paras, key="full")
    part = record(paras[:14], key="part")
    j = _exact([p["text"] for p in full["paragraphs"]], [p["text"] for p in part["paragraphs"]])
    assert 0.6 < j < 0.8
    d = decide(sqlite_catalog, [fingerprint_batch([part, full], CONFIG)], CONFIG, "c")
    assert apply(full, d).kind == KEEP_KIND
    out = apply(part, d)
    assert out.kind == DUPLICATE_KIND and out.duplicate_of == full["id"]
    # Decisions are remembered per record (a re-run decides the same): a fresh catalog to compare.
    no_containment = CONFIG.with_(corpus_near_dup_containment=0.0, corpus_dedup="off")
    fresh = _catalog(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    d = decide(fresh, [fingerprint_batch([part, full], no_containment)], no_containment, "c")
    fresh.close()
    assert apply(part, d).kind == KEEP_KIND


def test_larger_document_is_not_dropped_for_a_smaller_one_of_an_earlier_run(sqlite_catalog: Catalog) -> None:
    rng = random.Random(12)
    paras = article(rng, n_paragraphs=20).render(Language.make("xx", 12))
    part, full = record(paras[:14], key="part"), record(paras, key="full")
    decide(sqlite_catalog, [fingerprint_batch([part], CONFIG)], CONFIG, "one")
    d = decide(sqlite_catalog, [fingerprint_batch([full], CONFIG)], CONFIG, "two")
    assert apply(full, d).kind == KEEP_KIND  # it has content the earlier record lacks


def test_near_duplicate_of_an_earlier_run(catalog_url: str) -> None:
    """The LSH index persists (SQLite and PostgreSQL): run 2 drops a copy of a record run 1 kept,
    even when the copy has the smaller record id."""
    fam = _family(9)
    cat = _catalog(catalog_url)
    try:
        first, second = sorted([fam["base"], fam["edited"]], key=lambda r: r["id"], reverse=True)
        d1 = decide(cat, [fingerprint_batch([first, fam["other"]], CONFIG)], CONFIG, "run-1")
        assert apply(first, d1).kind == KEEP_KIND
        d2 = decide(cat, [fingerprint_batch([second], CONFIG)], CONFIG, "run-2")
        out = apply(second, d2)
        assert out.kind == DUPLICATE_KIND and out.duplicate_of == first["id"]
        # Re-running run 2 gives the same decision and registers nothing twice.
        counts = cat.corpus_counts()
        d2b = decide(cat, [fingerprint_batch([second], CONFIG)], CONFIG, "run-2")
        assert apply(second, d2b).duplicate_of == first["id"]
        assert cat.corpus_counts() == counts
    finally:
        cat.close()


def test_near_dup_off_keeps_everything(sqlite_catalog: Catalog) -> None:
    fam = _family(10)
    cfg = CONFIG.with_(corpus_near_dup=False, corpus_dedup="off")
    d = decide(sqlite_catalog, [fingerprint_batch([fam["base"], fam["exact"]], cfg)], cfg, "off")
    assert d.stats["duplicates"] == 0
