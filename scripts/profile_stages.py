"""CPU seconds per pipeline stage over the dev text dumps, in one process.

    python scripts/profile_stages.py [--language-backend fasttext] [--repeat 1] [--cprofile [N]]

Runs the pipeline in-process (no runner, no writer) over every `textdump/*.txt` and prints the
CPU time (time.process_time, so other load on a shared machine barely matters) of each stage
and of the whole run, with MB/s. `--cprofile` prints the N most expensive functions instead.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cleaners import Config  # noqa: E402
from cleaners.document import Document  # noqa: E402
from cleaners.pipeline import Pipeline, Stage  # noqa: E402


class CpuTimed:
    """Wraps a stage to add its CPU time (not wall time) to a counter: a busy machine skews wall time."""

    def __init__(self, stage: Stage, totals: dict[str, float]) -> None:
        self.stage = stage
        self.name = stage.name
        self.totals = totals

    def __call__(self, doc: Document, config: Config) -> Document:
        t0 = time.process_time()
        try:
            return self.stage(doc, config)
        finally:
            self.totals[self.name] = self.totals.get(self.name, 0.0) + time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=REPO.parent / "shared" / "eval" / "textdump")
    ap.add_argument("--language-backend", default="fasttext")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the dumps")
    ap.add_argument("--no-freeze", action="store_true", help="leave the models in the GC's generations")
    ap.add_argument("--lazy", action="store_true",
                    help="leave the regexes compiled on first use to the run (default: compile them first, so the "
                         "run counts the cleaning work alone, comparable across versions)")
    ap.add_argument("--cprofile", type=int, nargs="?", const=30, default=0, metavar="N")
    args = ap.parse_args(argv)

    data = [(p.name, p.read_bytes()) for p in sorted(args.src.glob("*.txt"))]
    totals: dict[str, float] = {}
    pipe = Pipeline(config=Config(language_backend=args.language_backend))
    pipe.stages = [CpuTimed(s, totals) for s in pipe.stages]
    # Compile the regexes left to their first use before anything runs: callgrind's count of Pipeline.run
    # includes the warm-up run below, which would otherwise compile the ones it meets.
    if not args.lazy:
        from cleaners.patterns import compile_lazy_patterns

        compile_lazy_patterns()
    # Load models outside the measurement (langdetect's profiles load on the first unsure page otherwise).
    pipe.run(Document(source="warm-up", raw=data[0][1]))
    if args.language_backend != "fasttext":
        from cleaners import language

        language._langdetect_factory()
    # Cold: forget what the warm-up page left in the per-line caches that outlive a page.
    from cleaners import boilerplate

    boilerplate.clear_caches()
    # A worker freezes what outlives its first batch (models, patterns) out of the GC's sight: do the same.
    if not args.no_freeze:
        from cleaners.runner import freeze_long_lived

        freeze_long_lived()
    totals.clear()
    n_bytes = sum(len(raw) for _, raw in data) * args.repeat

    def work() -> None:
        for _ in range(args.repeat):
            for name, raw in data:
                try:
                    pipe.run(Document(source=name, raw=raw))
                except Exception as exc:  # a quarantined page still counts its time
                    print(f"{name}: {exc}", file=sys.stderr)

    profiler = cProfile.Profile() if args.cprofile else None
    t0 = time.process_time()
    if profiler:
        profiler.runcall(work)
    else:
        work()
    cpu = time.process_time() - t0
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.cprofile)
    from cleaners._compiled import summary

    print(f"{len(data) * args.repeat} documents, {n_bytes / 1e6:.2f} MB, backend {args.language_backend}; "
          f"stage modules: {summary()}")
    for name, secs in totals.items():
        print(f"  {name:<12} {secs:7.3f} s CPU")
    print(f"  {'total':<12} {cpu:7.3f} s CPU  ->  {n_bytes / 1e6 / cpu:.2f} MB/s per core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
