"""The corpus pass inside runner.run: workers 2 == workers 1, runs that build on earlier runs, retries."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from cleaners import runner
from cleaners.cli import main
from cleaners.config import Config
from cleaners.corpus import DEDUP_RULE, SITE_RULE
from cleaners.corpus.synth import Language, article, chrome, render, sentence_ids
from cleaners.validate import validate_quarantine, validate_record
from cleaners.write import read_jsonl

CONFIG = Config(corpus_pass=True)
SHARED = (
    "Vamo teki ruda sepo kilu mane forisa damu, pelo vika tone sura mipe lado kesu. "
    "Rina sopa kedu vela moni tasu; dekalo ripe sume tona vali."
)


def _write_site(root: Path, folder: str, seed: int, n: int, *, shared_on: int | None = None) -> dict[str, Any]:
    """n pages of one site (a folder): chrome, a promo paragraph on every page, articles."""
    rng = random.Random(seed)
    lang = Language.make("xx", seed)
    tmpl = chrome(rng, lang)
    promo = render(sentence_ids(rng, 300, 14, 18), lang)
    bodies = []
    (root / folder).mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = article(rng, n_paragraphs=5).render(lang)
        body.insert(1, promo)
        if shared_on == i:
            body.insert(3, SHARED)
        bodies.append(body)
        title = render(sentence_ids(rng, 2000, 5, 8), lang)[:-1]
        (root / folder / f"page{i:02d}.txt").write_text(tmpl.wrap(title, body))
    return {"promo": promo, "bodies": bodies, "lang": lang, "rng": rng}


def _tree(root: Path) -> None:
    a = _write_site(root, "alpha", 1, 6, shared_on=2)
    _write_site(root, "beta", 2, 4, shared_on=0)
    # The article of alpha/page00 again, in beta's chrome: a near-duplicate in another site.
    rng = random.Random(5)
    other = chrome(rng, Language.make("yy", 5))
    (root / "beta" / "copy-of-alpha.txt").write_text(other.wrap("Pita sova", a["bodies"][0]))


def _shards(out: Path) -> list[dict[str, Any]]:
    return [r for p in sorted((out / "shards").glob("*.jsonl.zst")) for r in read_jsonl(p)]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return list(read_jsonl(path)) if path.exists() else []


def test_workers_two_equal_workers_one(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    _tree(inp)
    one = runner.run([inp], tmp_path / "one", CONFIG, progress=False, run_id="same")
    two = runner.run([inp], tmp_path / "two", CONFIG, workers=2, batch_size=1, progress=False, run_id="same")
    r1, r2 = _shards(tmp_path / "one"), _shards(tmp_path / "two")
    assert r1 == r2
    assert [s["sha256"] for s in one.shards] == [s["sha256"] for s in two.shards]
    d1 = _jsonl(tmp_path / "one" / "duplicates" / "same.jsonl")
    assert d1 == _jsonl(tmp_path / "two" / "duplicates" / "same.jsonl")
    assert _jsonl(tmp_path / "one" / "quarantine" / "same.jsonl") == _jsonl(tmp_path / "two" / "quarantine" / "same.jsonl")
    # Not vacuous: all three kinds of decision happened.
    rules = {x["rule"] for r in r1 for x in r["removed"]}
    assert {SITE_RULE, DEDUP_RULE} <= rules
    assert len(d1) == 1 and d1[0]["record"]["source"] in ("beta/copy-of-alpha.txt", "alpha/page00.txt")
    (kept,) = [r for r in r1 if r["source"] in ("beta/copy-of-alpha.txt", "alpha/page00.txt")]
    assert d1[0]["duplicate_of"] == kept["id"] < d1[0]["id"]  # the smaller record id is kept
    assert one.duplicates == 1 and one.records == 10 and one.corpus["documents"] == 11
    for r in r1:
        validate_record(r)
    manifest = orjson.loads((tmp_path / "one" / "manifests" / "same.json").read_bytes())
    assert manifest["corpus"]["duplicates"] == 1 and manifest["config"]["corpus_pass"] is True
    assert not list((tmp_path / "one" / "shards").glob(".*"))  # no staging file left behind


def test_second_run_builds_on_the_first(tmp_path: Path, catalog_url: str) -> None:
    """Site counts, paragraph fingerprints and the LSH index of run 1 shape run 2 (SQLite and PostgreSQL)."""
    inp1, inp2, out = tmp_path / "in1", tmp_path / "in2", tmp_path / "corpus"
    a = _write_site(inp1, "alpha", 1, 5, shared_on=2)
    runner.run([inp1], out, CONFIG, progress=False, run_id="one", catalog_url=catalog_url)
    first = {r["source"]: r for r in _shards(out)}
    # Run 2: one new page of the same site (same folder name under another input root) with the
    # promo and the shared paragraph, and a re-crawl of a run-1 page with one word changed.
    (inp2 / "alpha").mkdir(parents=True)
    body = article(a["rng"], n_paragraphs=4).render(a["lang"])
    (inp2 / "alpha" / "new.txt").write_text("\n\n".join(["Kalu resa", body[0], a["promo"], SHARED, *body[1:]]) + "\n")
    page = (inp1 / "alpha" / "page03.txt").read_text()
    (inp2 / "alpha" / "copy.txt").write_text(page.replace(a["bodies"][3][2][:30], a["bodies"][3][2][:30] + " sumo"))
    s2 = runner.run([inp2], out, CONFIG, progress=False, run_id="two", catalog_url=catalog_url)
    assert s2.records == 1 and s2.duplicates == 1
    (new,) = [r for r in _shards(out) if r["source"] == "alpha/new.txt"]
    texts = [p["text"] for p in new["paragraphs"]]
    assert a["promo"] not in texts and SHARED not in texts
    reasons = {x["rule"]: x["reason"] for x in new["removed"] if x["rule"] in (SITE_RULE, DEDUP_RULE)}
    assert "6 pages of site dir:alpha" in reasons[SITE_RULE]
    assert first["alpha/page02.txt"]["id"] in reasons[DEDUP_RULE]
    (dup,) = _jsonl(out / "duplicates" / "two.jsonl")
    assert dup["duplicate_of"] == first["alpha/page03.txt"]["id"]
    # A rerun finds nothing new and changes nothing.
    s3 = runner.run([inp1, inp2], out, CONFIG, progress=False, run_id="three", catalog_url=catalog_url)
    assert (s3.records, s3.duplicates, s3.skipped) == (0, 0, 7)


def test_retry_after_a_crash_gives_the_same_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inp = tmp_path / "in"
    _tree(inp)
    cfg = CONFIG.with_(shard_max_records=2)
    runner.run([inp], tmp_path / "clean", cfg, progress=False, run_id="r")
    expected = sorted(_shards(tmp_path / "clean"), key=lambda r: r["id"])

    real = runner._Run._write_records
    calls = {"n": 0}

    def crash_on_fifth(self: Any, f: Any, records: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("worker host lost")
        real(self, f, records)

    monkeypatch.setattr(runner._Run, "_write_records", crash_on_fifth)
    out = tmp_path / "crashed"
    with pytest.raises(RuntimeError):
        runner.run([inp], out, cfg, progress=False, run_id="r")
    assert 0 < len(_shards(out)) < len(expected)
    monkeypatch.setattr(runner._Run, "_write_records", real)
    runner.run([inp], out, cfg, progress=False, run_id="r")
    assert sorted(_shards(out), key=lambda r: r["id"]) == expected
    dups = _jsonl(out / "duplicates" / "r.jsonl")
    assert dups == _jsonl(tmp_path / "clean" / "duplicates" / "r.jsonl")


def test_page_left_empty_is_quarantined(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    a = _write_site(inp, "alpha", 3, 5)
    (inp / "alpha" / "promo-only.txt").write_text(a["promo"] + "\n")
    s = runner.run([inp], tmp_path / "out", CONFIG, progress=False, run_id="q")
    entries = _jsonl(tmp_path / "out" / "quarantine" / "q.jsonl")
    assert [(e["source"], e["reason"], e["stage"]) for e in entries] == [("alpha/promo-only.txt", "empty", "corpus")]
    validate_quarantine(entries[0])
    assert s.quarantined == 1 and s.records == 5


def test_cli_corpus_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in"
    _tree(inp)
    code = main(["run", str(inp), "--out", str(tmp_path / "out"), "--corpus", "--corpus-dedup", "drop-all",
                 "--near-dup-threshold", "0.9", "--run-id", "cli", "--no-progress"])
    assert code == 0
    manifest = orjson.loads((tmp_path / "out" / "manifests" / "cli.json").read_bytes())
    assert manifest["config"]["corpus_dedup"] == "drop-all"
    assert manifest["config"]["corpus_near_dup_threshold"] == 0.9
    assert (tmp_path / "out" / "duplicates" / "cli.jsonl").exists()
    assert "near-duplicates" in capsys.readouterr().out


def test_corpus_pass_off_streams_as_before(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    _tree(inp)
    s = runner.run([inp], tmp_path / "out", Config(), progress=False, run_id="plain")
    assert s.records == 11 and not (tmp_path / "out" / "duplicates").exists()
    assert not any(x["rule"] in (SITE_RULE, DEDUP_RULE) for r in _shards(tmp_path / "out") for x in r["removed"])
