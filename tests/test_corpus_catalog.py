"""Catalog tables of the corpus pass (migration 2) on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from cleaners.catalog import Catalog


def _open(url: str) -> Catalog:
    cat = Catalog.open(url)
    cat.migrate()
    return cat


def test_migration_2_is_applied_once(catalog_url: str) -> None:
    cat = _open(catalog_url)
    try:
        assert cat.schema_version() == 2
        assert cat.migrate() == []
        assert cat.corpus_counts() == {"docs": 0, "sites": 0, "site_lines": 0, "lsh": 0, "fingerprints": 0}
    finally:
        cat.close()


def test_documents_are_counted_once(catalog_url: str) -> None:
    cat = _open(catalog_url)
    try:
        rows = [
            {"record_id": f"r{i}", "site_key": -7, "duplicate_of": None, "similarity": None,
             "signature": bytes(8), "shingles": 10}
            for i in range(3)
        ]
        calls: list[set[str]] = []

        def counts_for(new: set[str]) -> tuple[dict[int, tuple[str, int]], list[tuple[int, int]]]:
            calls.append(set(new))
            return {-7: ("s.test", len(new))}, [(1, len(new)), (-(1 << 63), 1)]

        assert cat.add_corpus_docs(rows, counts_for, "run") == {"r0", "r1", "r2"}
        # A retry (same rows plus one new) adds only the new record's counts.
        more = [*rows, {**rows[0], "record_id": "r3"}]
        assert cat.add_corpus_docs(more, counts_for, "run") == {"r3"}
        assert calls == [{"r0", "r1", "r2"}, {"r3"}]
        assert cat.site_doc_counts([-7, 5]) == {-7: 4}
        assert cat.site_line_counts([1, -(1 << 63), 2]) == {1: 4, -(1 << 63): 2}
        assert cat.corpus_docs(["r1", "nope"]) == {"r1": (None, None)}
        assert cat.corpus_signatures(["r2"]) == {"r2": (bytes(8), 10)}
    finally:
        cat.close()


def test_paragraph_owner_is_the_first_writer_even_under_concurrency(catalog_url: str) -> None:
    cats = [_open(catalog_url) for _ in range(2)]
    try:
        pairs_a = [(h, "a") for h in range(-500, 500)]
        pairs_b = [(h, "b") for h in range(0, 1000)]
        with ThreadPoolExecutor(2) as pool:
            fa = pool.submit(cats[0].claim_paragraphs, pairs_a, "ra")
            fb = pool.submit(cats[1].claim_paragraphs, pairs_b, "rb")
            owners_a, owners_b = fa.result(), fb.result()
        # Each hash has exactly one owner, and both runs were told the same one.
        shared = dict(zip(range(-500, 500), owners_a, strict=True))
        for h, owner in zip(range(0, 1000), owners_b, strict=True):
            if h in shared:
                assert shared[h] == owner
            else:
                assert owner == "b"
        assert all(o == "a" for o in owners_a[:500])
        assert cats[0].claim_paragraphs([(0, "c")], "rc") == [shared[0]]
    finally:
        for c in cats:
            c.close()


def test_lsh_rows_are_idempotent(catalog_url: str) -> None:
    cat = _open(catalog_url)
    try:
        rows = [(k, f"r{k % 3}") for k in range(-20, 20)]
        cat.add_lsh(rows)
        cat.add_lsh(rows[:10])
        assert cat.corpus_counts()["lsh"] == 40
        assert sorted(cat.lsh_candidates([-20, 5, 999])) == [(-20, "r1"), (5, "r2")]
    finally:
        cat.close()
