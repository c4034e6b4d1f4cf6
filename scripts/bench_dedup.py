"""Near-duplicate detection benchmark: precision and recall on copies of real pages.

    python scripts/bench_dedup.py [--eval-dir ../shared/eval] [--thresholds 0.7 0.8 0.9]
                                  [--containment 0 0.9] [--edit-rate 0.01] [--workers 2]
                                  [--corpus dev|synthetic] [--compare-datasketch] [--json out.json]

Every dev page (textdump + gold article) is a base; for each the script makes copies a crawler
meets, runs the default per-document cleaning on all of them, then the corpus pass's
near-duplicate step (map: fingerprint_batch, reduce: decide, on a fresh SQLite catalog):

    exact        the page again, byte for byte, as another document
    boilerplate  the article inside the chrome (header/footer lines) of another dev page
    edited       the page with 1 % of the article's words (CJK: characters) replaced, dropped or
                 doubled (--edit-rate; at 2 % the expected Jaccard of word 5-grams is ~0.82, right
                 at the threshold)
    reordered    the page with its article paragraphs shuffled
    translated   every word mapped to a made-up language (numbers kept): must NOT be a duplicate

Families are a base and its first four copies. A document flagged as a duplicate is correct when
the record it duplicates is in its family. Precision = correct flags / flags; recall = correct
flags / (family size - 1, summed). Per kind: the share of copies that end up in the same cluster
(duplicate_of links) as their base. Translations in their base's cluster are false positives.
`--compare-datasketch` times datasketch MinHash against ours on the same cleaned paragraphs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import xxhash

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners.api import clean_document  # noqa: E402
from cleaners.catalog import Catalog  # noqa: E402
from cleaners.config import Config  # noqa: E402
from cleaners.corpus import attach_spans, decide, fingerprint_batch  # noqa: E402
from cleaners.corpus.reduce import DUPLICATE  # noqa: E402
from cleaners.dedup import hash_key  # noqa: E402
from cleaners.document import Document, QuarantineError  # noqa: E402

KINDS = ("exact", "boilerplate", "edited", "reordered")
_TOKEN_RE = re.compile(r"\w+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _pseudo_word(token: str) -> str:
    """A made-up word for a token: the same token always maps to the same word (a 'translation')."""
    if token.isdigit():
        return token
    h = xxhash.xxh64_intdigest(token.casefold().encode())
    n = 2 + h % 3
    return "".join(_SYLLABLES[(h >> (8 * k)) % len(_SYLLABLES)] for k in range(n))


def translate(text: str) -> str:
    """Every word (every CJK character) replaced by its made-up translation; layout kept."""
    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if _CJK_RE.search(tok):
            return " ".join(_pseudo_word(ch) for ch in tok)
        return _pseudo_word(tok)

    return _TOKEN_RE.sub(repl, text)


def edit_words(line: str, rng: random.Random, rate: float) -> str:
    if _CJK_RE.search(line):  # characters are the words of CJK text
        out = []
        for ch in line:
            r = rng.random()
            if r < rate / 2:
                continue
            out.append(ch + ch if r < rate else ch)
        return "".join(out)
    words = line.split(" ")
    out_w: list[str] = []
    for w in words:
        r = rng.random()
        if r < rate / 3:
            out_w.append(w[::-1])
        elif r < 2 * rate / 3:
            continue
        elif r < rate:
            out_w.extend([w, w])
        else:
            out_w.append(w)
    return " ".join(out_w)


def page_parts(textdump: str, gold: str) -> tuple[list[str], list[int], list[str]]:
    """Lines of the page, indices of the article's lines (their key is in the gold), gold lines."""
    gold_lines = [g for g in gold.splitlines() if g.strip()]
    gold_keys = {hash_key(g) for g in gold_lines if len(hash_key(g)) >= 8}
    lines = textdump.splitlines()
    article = [i for i, line in enumerate(lines) if line.strip() and hash_key(line) in gold_keys]
    return lines, article, gold_lines


def _families(pages: list[dict[str, Any]]) -> list[int]:
    """Family per page: pages whose gold articles are themselves near-copies (Jaccard >= 0.9 of word
    5-grams) are one family, so a dev-set page that duplicates another is not counted as an error."""
    from cleaners.corpus.minhash import shingles

    sets = [set(shingles(p["gold"]).tolist()) for p in pages]
    parent = list(range(len(pages)))

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a in range(len(pages)):
        for b in range(a + 1, len(pages)):
            inter = len(sets[a] & sets[b])
            if inter and inter / len(sets[a] | sets[b]) >= 0.9:
                parent[root(b)] = root(a)
    return [root(i) for i in range(len(pages))]


def make_corpus(eval_dir: Path, seed: int, edit_rate: float = 0.02) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Documents: {"key", "family", "kind", "text"}; families only for bases with an article found."""
    manifest = [orjson.loads(x) for x in (eval_dir / "manifest.jsonl").read_bytes().splitlines() if x.strip()]
    pages = []
    for m in manifest:
        td, gd = eval_dir / "textdump" / f"{m['id']}.txt", eval_dir / "gold" / f"{m['id']}.txt"
        if td.exists() and gd.exists():
            text = td.read_text(encoding="utf-8", errors="replace")
            lines, art, gold = page_parts(text, gd.read_text(encoding="utf-8", errors="replace"))
            if len(art) >= 2 and sum(len(lines[i]) for i in art) >= 400:
                pages.append({"id": m["id"], "text": text, "lines": lines, "article": art, "gold": gold})
    families = _families(pages)
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for k, p in enumerate(pages):
        fam = families[k]
        lines, art = p["lines"], p["article"]
        docs.append({"key": f"{p['id']}:base", "family": fam, "kind": "base", "text": p["text"]})
        docs.append({"key": f"{p['id']}:exact", "family": fam, "kind": "exact", "text": p["text"]})
        # The article in another page's chrome: that page's lines above and below its own article.
        other = pages[(k + 1 + rng.randrange(len(pages) - 1)) % len(pages)]
        o_lines, o_art = other["lines"], other["article"]
        wrapped = o_lines[: o_art[0]] + [lines[i] for i in art] + o_lines[o_art[-1] + 1 :]
        docs.append({"key": f"{p['id']}:boilerplate", "family": fam, "kind": "boilerplate", "text": "\n".join(wrapped)})
        edited = list(lines)
        for i in art:
            edited[i] = edit_words(lines[i], rng, edit_rate)
        docs.append({"key": f"{p['id']}:edited", "family": fam, "kind": "edited", "text": "\n".join(edited)})
        shuffled = [lines[i] for i in art]
        rng.shuffle(shuffled)
        reordered = list(lines)
        for i, line in zip(art, shuffled, strict=True):
            reordered[i] = line
        docs.append({"key": f"{p['id']}:reordered", "family": fam, "kind": "reordered", "text": "\n".join(reordered)})
        docs.append({"key": f"{p['id']}:translated", "family": -1 - fam, "kind": "translated",
                     "text": translate(p["text"])})
    merged = len(pages) - len(set(families))
    return docs, {"pages": len(pages), "skipped_pages": len(manifest) - len(pages), "pages_in_shared_families": merged}


def make_synthetic(n: int, seed: int, edit_rate: float) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The same copies of generated pages (cleaners.corpus.synth): 20 sites with their own chrome,
    articles in a made-up language (every fifth in CJK), translations into a second made-up language."""
    from cleaners.corpus import synth

    rng = random.Random(seed)
    xx, yy = synth.Language.make("xx", seed), synth.Language.make("yy", seed)
    chromes = [synth.chrome(rng, xx) for _ in range(20)]
    docs: list[dict[str, Any]] = []
    for k in range(n):
        site, other = chromes[k % 20], chromes[(k + 1 + rng.randrange(19)) % 20]
        art = synth.article(rng, n_paragraphs=rng.randint(4, 12))
        body = synth.cjk_article(rng, rng.randint(3, 8)) if k % 5 == 4 else art.render(xx)
        title = synth.render(synth.sentence_ids(rng, 2000, 5, 9), xx)[:-1]
        shuffled = body[:]
        rng.shuffle(shuffled)
        translated = art.render(yy) if k % 5 != 4 else synth.article(rng).render(yy)
        for kind, text in (
            ("base", site.wrap(title, body)),
            ("exact", site.wrap(title, body)),
            ("boilerplate", other.wrap(title, body)),
            ("edited", site.wrap(title, edit_words_all(body, rng, edit_rate))),
            ("reordered", site.wrap(title, shuffled)),
        ):
            docs.append({"key": f"syn{k}:{kind}", "family": k, "kind": kind, "text": text})
        docs.append({"key": f"syn{k}:translated", "family": -1 - k, "kind": "translated",
                     "text": site.wrap(title, translated)})
    return docs, {"pages": n, "skipped_pages": 0, "pages_in_shared_families": 0}


def edit_words_all(paragraphs: list[str], rng: random.Random, rate: float) -> list[str]:
    return [edit_words(p, rng, rate) for p in paragraphs]


def _clean(item: tuple[str, str, Config]) -> dict[str, Any] | None:
    key, text, config = item
    raw = text.encode("utf-8")
    doc = Document(source=f"{key}.txt", raw=raw, source_sha256=xxhash.xxh128_hexdigest(key.encode()) * 2)
    try:
        return attach_spans(clean_document(doc, config).to_dict(), doc)
    except QuarantineError:
        return None


def clean_all(docs: list[dict[str, Any]], config: Config, workers: int) -> list[dict[str, Any] | None]:
    items = [(d["key"], d["text"], config) for d in docs]
    if workers <= 1:
        return [_clean(i) for i in items]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_clean, items, chunksize=16))


def evaluate(docs: list[dict[str, Any]], records: list[dict[str, Any] | None], threshold: float,
             config: Config) -> dict[str, Any]:
    cfg = config.with_(corpus_pass=True, corpus_near_dup_threshold=threshold, corpus_dedup="off",
                       corpus_site_boilerplate=False)
    kept = [(d, r) for d, r in zip(docs, records, strict=True) if r is not None]
    recs = [r for _d, r in kept]
    with tempfile.TemporaryDirectory() as tmp:
        cat = Catalog.open(f"sqlite:///{tmp}/catalog.sqlite")
        cat.migrate()
        t0 = time.perf_counter()
        batches = [fingerprint_batch(recs[i : i + 64], cfg) for i in range(0, len(recs), 64)]
        t_map = time.perf_counter() - t0
        t0 = time.perf_counter()
        dec = decide(cat, batches, cfg, "bench")
        t_reduce = time.perf_counter() - t0
        cat.close()
    family = {r["id"]: d["family"] for d, r in kept}
    kind = {r["id"]: d["kind"] for d, r in kept}
    flagged = correct = 0
    parent: dict[str, str] = {}
    for r in recs:
        i = dec.index(r["id"])
        if i is not None and dec.status[i] == DUPLICATE:
            target, _sim = dec.duplicate_of(r["id"])
            flagged += 1
            correct += family.get(target or "") == family[r["id"]]
            parent[r["id"]] = target or ""

    def root(x: str) -> str:
        while x in parent:
            x = parent[x]
        return x

    sizes: dict[int, int] = {}
    for d, _r in kept:
        if d["family"] >= 0:
            sizes[d["family"]] = sizes.get(d["family"], 0) + 1
    expected = sum(n - 1 for n in sizes.values())
    base_root = {family[r["id"]]: root(r["id"]) for r in recs if kind[r["id"]] == "base"}
    per_kind: dict[str, list[int]] = {}
    for r in recs:
        k = kind[r["id"]]
        if k == "base":
            continue
        fam = family[r["id"]] if k != "translated" else -1 - family[r["id"]]
        if fam in base_root:
            per_kind.setdefault(k, []).append(int(root(r["id"]) == base_root[fam]))
    mb = sum(len(p["text"].encode()) for r in recs for p in r["paragraphs"]) / 1e6
    return {
        "threshold": threshold,
        "containment": config.corpus_near_dup_containment,
        "documents": len(recs),
        "flagged": flagged,
        "precision": round(correct / flagged, 4) if flagged else 1.0,
        "recall": round(correct / expected, 4) if expected else 1.0,
        "per_kind_same_cluster": {k: round(sum(v) / len(v), 4) for k, v in sorted(per_kind.items())},
        "map_seconds": round(t_map, 3),
        "map_mb_per_s": round(mb / t_map, 2) if t_map else None,
        "reduce_seconds": round(t_reduce, 3),
        "lsh": [dec.stats["lsh_bands"], dec.stats["lsh_rows"]],
    }


def compare_datasketch(records: list[dict[str, Any]], num_perm: int = 128) -> dict[str, Any]:
    """Time datasketch MinHash (word 5-gram shingles built in Python, update_batch) against ours."""
    import datasketch

    from cleaners.corpus.minhash import shingles, signature

    docs = [[p["text"] for p in r["paragraphs"]] for r in records if r is not None]
    mb = sum(len(t.encode()) for d in docs for t in d) / 1e6
    t0 = time.perf_counter()
    for d in docs:
        signature(shingles(d), num_perm)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        m = datasketch.MinHash(num_perm=num_perm)
        grams: set[bytes] = set()
        for para in d:
            words = _TOKEN_RE.findall(para.casefold())
            grams.update(" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4)))
        m.update_batch(list(grams))
    theirs = time.perf_counter() - t0
    return {"mb": round(mb, 2), "numpy_mb_per_s": round(mb / ours, 2), "datasketch_mb_per_s": round(mb / theirs, 2),
            "speedup": round(theirs / ours, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--corpus", choices=["dev", "synthetic"], default="dev",
                    help="copies of the dev pages (default) or of generated pages")
    ap.add_argument("--pages", type=int, default=300, help="base pages of the synthetic corpus")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[Config().corpus_near_dup_threshold])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--edit-rate", type=float, default=0.01, help="share of article words edited in 'edited'")
    ap.add_argument("--containment", type=float, nargs="+", default=[Config().corpus_near_dup_containment],
                    help="containment thresholds to evaluate (0: Jaccard only)")
    ap.add_argument("--compare-datasketch", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)

    config = Config()
    if args.corpus == "dev":
        docs, info = make_corpus(args.eval_dir, args.seed, args.edit_rate)
    else:
        docs, info = make_synthetic(args.pages, args.seed, args.edit_rate)
    mb_in = sum(len(d["text"].encode()) for d in docs) / 1e6
    t0 = time.perf_counter()
    records = clean_all(docs, config, args.workers)
    t_clean = time.perf_counter() - t0
    print(f"{info['pages']} base pages ({info['skipped_pages']} without a usable gold article, "
          f"{info['pages_in_shared_families']} copies of another dev page), "
          f"{len(docs)} documents, {mb_in:.1f} MB; per-document cleaning {t_clean:.1f} s "
          f"({args.workers} workers); {sum(r is None for r in records)} quarantined")
    results: dict[str, Any] = {"corpus": {**info, "documents": len(docs), "mb": round(mb_in, 2)}, "runs": []}
    print(f"{'J':>5} {'C':>5} {'P':>7} {'R':>7} {'flags':>6}  same cluster as base: "
          + " ".join(f"{k:>11}" for k in (*KINDS, "translated")) + "   map MB/s  reduce s")
    for cont in args.containment:
        for thr in args.thresholds:
            res = evaluate(docs, records, thr, config.with_(corpus_near_dup_containment=cont))
            results["runs"].append(res)
            pk = res["per_kind_same_cluster"]
            print(f"{thr:5.2f} {cont:5.2f} {res['precision']:7.4f} {res['recall']:7.4f} {res['flagged']:6d}  {'':20} "
                  + " ".join(f"{pk.get(k, float('nan')):11.3f}" for k in (*KINDS, "translated"))
                  + f"   {res['map_mb_per_s']:8.2f}  {res['reduce_seconds']:8.3f}")
    if args.compare_datasketch:
        cmp_ = compare_datasketch(records)
        results["minhash_speed"] = cmp_
        print(f"MinHash on {cmp_['mb']} MB of cleaned paragraphs: numpy {cmp_['numpy_mb_per_s']} MB/s, "
              f"datasketch {cmp_['datasketch_mb_per_s']} MB/s ({cmp_['speedup']}x)")
    if args.json:
        args.json.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
