#!/usr/bin/env python3
"""Score `cleaners.detect_language` on the shared langid sentences and check it is deterministic.

    .venv/bin/python scripts/eval_langid.py [--backend fasttext] [--out PRED.jsonl] [--speed]

Writes predictions as JSONL, runs the shared scorer on them, prints accuracy and the languages
below 0.98, then checks that 3 in-process runs (one in reverse order) and one run in a fresh
subprocess (shuffled order) give identical answers. Exit status 1 if any run differs.
`--speed` also measures the language stage in MB/s on the shared text dumps.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
sys.path.insert(0, str(REPO))

from cleaners.config import Config  # noqa: E402
from cleaners.language import BACKENDS, detect_language, language_stage  # noqa: E402


def load_sentences(data: Path) -> list[dict[str, str]]:
    with open(data / "langid" / "sentences.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(sentences: list[dict[str, str]], backend: str, order: list[int]) -> dict[str, str]:
    return {sentences[i]["id"]: detect_language(sentences[i]["text"], backend)[0] for i in order}


def score(pred_path: Path, data: Path) -> dict:
    """Run the shared scorer (it prints its own table) and return its summary."""
    sys.path.insert(0, str(data))
    import score_langid  # type: ignore[import-not-found]

    return score_langid.main([str(pred_path), "--data", str(data)])


def stage_speed(backend: str, dumps: Path, repeats: int = 5) -> dict[str, float]:
    """CPU-time MB/s of `language_stage` alone on the text dumps (segmented beforehand), best of N,
    with per-line caches cleared each time. The machine is shared and noisy, so the same loop also
    times a baseline (decode, split into lines, xxh64 per line: ~200 MB/s on a quiet core, see
    the shared components notes) and reports the stage as a multiple of it."""
    import xxhash

    from cleaners.document import Document
    from cleaners.language import clear_caches
    from cleaners.segment import split_lines

    raw = [p.read_bytes() for p in sorted(dumps.glob("*.txt"))]
    texts = [r.decode("utf-8") for r in raw]
    size = sum(map(len, raw))
    config = Config().with_(language_backend=backend)
    language_stage(Document("warm", lines=split_lines("warm up the models\nplease")), config)
    if backend != "fasttext":
        detect_language("load the langdetect profiles", "langdetect-plain")  # a one-time 0.5 s
    base = stage = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for r in raw:
            for line in r.decode("utf-8").split("\n"):
                xxhash.xxh64_intdigest(line.encode("utf-8"))
        base = min(base, time.process_time() - t0)
        docs = [Document(f"d{i}", text=t, lines=split_lines(t)) for i, t in enumerate(texts)]
        clear_caches()
        t0 = time.process_time()
        for doc in docs:
            language_stage(doc, config)
        stage = min(stage, time.process_time() - t0)
    return {"mb": size / 1e6, "mb_per_s": size / stage / 1e6, "x_baseline": stage / base,
            "baseline_mb_per_s": size / base / 1e6}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default=Config().language_backend, choices=BACKENDS)
    ap.add_argument("--data", type=Path, default=SHARED_EVAL)
    ap.add_argument("--out", type=Path, help="predictions JSONL (default: /tmp/langid-<backend>.jsonl)")
    ap.add_argument("--speed", action="store_true", help="also measure the language stage on textdump/*.txt")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sentences = load_sentences(args.data)

    if args.child:  # the determinism check's subprocess: shuffled order, answers on stdout
        order = list(range(len(sentences)))
        random.Random(12345).shuffle(order)
        print(json.dumps(predict(sentences, args.backend, order), sort_keys=True))
        return 0

    order = list(range(len(sentences)))
    t0 = time.perf_counter()
    first = predict(sentences, args.backend, order)
    seconds = time.perf_counter() - t0
    out = args.out or Path(f"/tmp/langid-{args.backend}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for s in sentences:
            f.write(json.dumps({"id": s["id"], "lang": first[s["id"]]}) + "\n")
    print(f"backend {args.backend}: {len(sentences)} sentences in {seconds:.1f} s, predictions in {out}")
    res = score(out, args.data)
    print(f"\naccuracy {res['accuracy']:.4f}  macro {res['macro_accuracy']:.4f}  ({args.backend})")
    weak = {k: v for k, v in res["per_lang"].items() if v < 0.98}
    print("below 0.98: " + (", ".join(f"{k} {v:.2f}" for k, v in sorted(weak.items(), key=lambda kv: kv[1])) or "none"))

    runs = {"in-process forward": predict(sentences, args.backend, order),
            "in-process reversed": predict(sentences, args.backend, order[::-1])}
    child = subprocess.run(
        [sys.executable, __file__, "--child", "--backend", args.backend, "--data", str(args.data)],
        capture_output=True, text=True, check=True,
    )
    runs["subprocess shuffled"] = json.loads(child.stdout)
    ok = True
    for name, pred in runs.items():
        diff = sum(pred[k] != v for k, v in first.items())
        ok &= diff == 0
        print(f"determinism, {name} vs first run: {diff} differences")

    if args.speed:
        sp = stage_speed(args.backend, args.data / "textdump")
        print(f"language stage ({args.backend}) on textdump ({sp['mb']:.2f} MB): {sp['mb_per_s']:.1f} MB/s CPU,"
              f" {sp['x_baseline']:.1f} x baseline (baseline {sp['baseline_mb_per_s']:.0f} MB/s here;"
              f" {200 / sp['x_baseline']:.1f} MB/s if the baseline ran at the notes' 200 MB/s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
