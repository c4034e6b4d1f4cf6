"""Site boilerplate learned across the pages of a site; order independence; persistence."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cleaners.api import clean_document
from cleaners.catalog import Catalog
from cleaners.config import Config
from cleaners.corpus import (
    EMPTY_KIND,
    KEEP_KIND,
    SITE_RULE,
    apply,
    attach_spans,
    decide,
    fingerprint_batch,
    site_of,
)
from cleaners.corpus.synth import Language, article, chrome, record, render, sentence_ids
from cleaners.document import Document
from cleaners.validate import validate_record

CONFIG = Config(corpus_pass=True, corpus_near_dup=False, corpus_dedup="off")


@pytest.fixture
def cat(tmp_path: Path) -> Catalog:
    c = Catalog.open(f"sqlite:///{tmp_path / 'catalog.sqlite'}")
    c.migrate()
    yield c
    c.close()


def _site(n: int, seed: int = 1, host: str = "news.example.test") -> tuple[list[dict], str, str]:
    """n pages of one site: its chrome, an article, and a promo sentence inside every article.

    The promo reads like prose in a made-up language, so only its recurrence can give it away.
    Page 0 also carries a paragraph found on no other page.
    """
    rng = random.Random(seed)
    lang = Language.make("xx", seed)
    promo = render(sentence_ids(rng, 300, 14, 18), lang) + " " + render(sentence_ids(rng, 300, 10, 12), lang)
    unique = render(sentence_ids(rng, 2000, 16, 20), lang)
    tmpl = chrome(rng, lang)
    pages = []
    for i in range(n):
        body = article(rng, n_paragraphs=5).render(lang)
        body.insert(2, promo)
        if i == 0:
            body.insert(4, unique)
        raw = tmpl.wrap(render(sentence_ids(rng, 2000, 5, 8), lang)[:-1], body)
        doc = Document(
            source=f"pages/{i}.txt",
            raw=raw.encode(),
            source_sha256=f"{seed:032x}{i:032x}",
            meta={"url": f"https://{host}/a/{i}.html"},
        )
        rec = clean_document(doc, CONFIG).to_dict()
        pages.append((attach_spans(rec, doc), doc))
    return pages, promo, unique


def _run(cat: Catalog, records: list[dict], config: Config = CONFIG, run_id: str = "r", batch: int = 3) -> dict:
    fps = [fingerprint_batch(records[i : i + batch], config) for i in range(0, len(records), batch)]
    d = decide(cat, fps, config, run_id)
    return {r["id"]: apply(r, d, config) for r in records}


def test_site_of() -> None:
    assert site_of({"meta": {"url": "https://www.Example.test:8443/x?y"}, "source": "a"}) == "example.test"
    assert site_of({"meta": {"url": "http://www.test/"}, "source": "a"}) == "www.test"
    assert site_of({"meta": {}, "source": "news/2024/a.txt"}) == "dir:news/2024"
    assert site_of({"meta": {"url": "not a url"}, "source": "a.txt"}) == "dir:."


def test_line_on_every_page_is_removed_line_on_one_page_is_kept(cat: Catalog) -> None:
    pages, promo, unique = _site(8)
    records = [r for r, _doc in pages]
    assert all(promo in [p["text"] for p in r["paragraphs"]] for r in records)  # the per-page cleaner keeps it
    out = _run(cat, records)
    for rec, doc in pages:
        res = out[rec["id"]]
        assert res.kind == KEEP_KIND
        new = res.record
        validate_record(new)
        assert promo not in [p["text"] for p in new["paragraphs"]] and promo not in new["text"]
        hits = [r for r in new["removed"] if r["rule"] == SITE_RULE and r["text"] == promo]
        assert len(hits) == 1
        assert "on 8 of 8 pages of site news.example.test" in hits[0]["reason"]
        # Offsets point into the normalized text, like every other removal.
        assert doc.text[hits[0]["start"] : hits[0]["end"]] == promo
        starts = [r["start"] for r in new["removed"]]
        assert starts == sorted(starts)
        assert new["text"] == "\n\n".join(([new["title"]] if new["title"] else []) + [p["text"] for p in new["paragraphs"]])
        assert new["stats"]["removed_by_rule"][SITE_RULE] >= 1
        assert len(new["stats"]["spans"]["paragraphs"]) == len(new["paragraphs"])
    first = out[records[0]["id"]].record
    assert unique in [p["text"] for p in first["paragraphs"]]


def test_order_of_arrival_does_not_matter(tmp_path: Path) -> None:
    pages, _promo, _unique = _site(9, seed=2)
    records = [r for r, _doc in pages]
    results = []
    for k, seed in enumerate((0, 1, 2)):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        c = Catalog.open(f"sqlite:///{tmp_path / f'c{k}.sqlite'}")
        c.migrate()
        out = _run(c, shuffled, batch=2 + k)
        c.close()
        results.append({rid: (a.kind, a.record) for rid, a in out.items()})
    assert results[0] == results[1] == results[2]


def test_counts_persist_across_runs(catalog_url: str) -> None:
    """Run 2 has one page of the site; the catalog remembers that run 1's pages carried the line."""
    pages, promo, _unique = _site(5, seed=3)
    records = [r for r, _doc in pages]
    c = Catalog.open(catalog_url)
    c.migrate()
    try:
        _run(c, records[:4], run_id="one")
        out = _run(c, records[4:], run_id="two")
        new = out[records[4]["id"]].record
        removed = [r for r in new["removed"] if r["rule"] == SITE_RULE and r["text"] == promo]
        assert removed and "on 5 of 5 pages" in removed[0]["reason"]
        # The same page alone, without history, keeps the line.
        fresh = Catalog.open(catalog_url.replace("catalog.sqlite", "fresh.sqlite")) if "sqlite" in catalog_url else None
        if fresh is not None:
            fresh.migrate()
            alone = _run(fresh, records[4:], run_id="alone")[records[4]["id"]].record
            assert promo in [p["text"] for p in alone["paragraphs"]]
            fresh.close()
        # A re-run of run two counts nothing twice and decides the same.
        before = c.corpus_counts()
        again = _run(c, records[4:], run_id="two")
        assert again[records[4]["id"]].record == new
        assert c.corpus_counts() == before
    finally:
        c.close()


def test_small_sites(cat: Catalog) -> None:
    """Two pages: a short line on both is boilerplate; a long paragraph on both is not (that is a
    duplicate, for dedup to handle); a one-page site learns nothing."""
    short = "Zuvo maka tepi ro lanu fesi"
    long = "Kalo mire tuna se vapo dini lore ka mesu tavi poro lina sefu, " * 6  # key weight > 200
    a = record(["Lamo pira se tuno vake mi dora fela.", short, long], key="a", url="https://two.test/a")
    b = record(["Pesa romi tula ka neri vo sami doka.", short, long], key="b", url="https://two.test/b")
    c = record(["Dira vemo kalu ti soma ne fupa rela.", short, long], key="c", url="https://one.test/c")
    out = _run(cat, [a, b, c])
    for rec in (a, b):
        texts = [p["text"] for p in out[rec["id"]].record["paragraphs"]]
        assert short not in texts and long.strip() in [t.strip() for t in texts]
    assert [p["text"] for p in out[c["id"]].record["paragraphs"]] == [p["text"] for p in c["paragraphs"]]


def test_thresholds_are_configurable(cat: Catalog) -> None:
    line = "Soru pela minu ka tose"
    recs = [record([f"Unique text number {i} of the page goes here.", line], key=f"t{i}", url="https://s.test/")
            for i in range(10)]
    recs += [record([f"Another unique body line {i} for the page."], key=f"u{i}", url="https://s.test/")
             for i in range(10)]
    # The line is on 10 of 20 pages: removed at share 0.2 (or 0.5 for a short line), kept at 0.6.
    strict = CONFIG.with_(corpus_site_min_share=0.6, corpus_site_short_share=0.6)
    out = _run(cat, recs, strict, run_id="strict")
    assert all(line in [p["text"] for p in out[r["id"]].record["paragraphs"]] for r in recs[:10])


def test_title_that_is_site_boilerplate_is_removed(cat: Catalog) -> None:
    recs = [record([f"Body paragraph of page {i} with its own words."], key=f"p{i}", title="Tavo Nimu Daily",
                   url="https://t.test/") for i in range(4)]
    out = _run(cat, recs)
    for r in recs:
        new = out[r["id"]].record
        validate_record(new)
        assert new["title"] is None and not new["text"].startswith("Tavo")
        assert [x["rule"] for x in new["removed"]] == [SITE_RULE]


def test_page_made_only_of_boilerplate_is_empty(cat: Catalog) -> None:
    recs = [record(["Kemo fari sulo", f"Page {i} text of its own, long enough."], key=f"e{i}", url="https://e.test/")
            for i in range(4)]
    recs.append(record(["Kemo fari sulo"], key="only", url="https://e.test/"))
    out = _run(cat, recs)
    assert out[recs[-1]["id"]].kind == EMPTY_KIND
    assert all(out[r["id"]].kind == KEEP_KIND for r in recs[:-1])
