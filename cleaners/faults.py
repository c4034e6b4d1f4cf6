"""Deterministic fault injection for the crash tests: SIGKILL this process at a named point.

    CLEANERS_FAULT=<point>:<n>        # kill -9 ourselves the n-th time (1-based) `point` is reached
    CLEANERS_FAULT=<point>:<n>:hang   # stop there instead (sleep HANG_SECONDS, then kill -9 ourselves),
                                      # so a test can kill the whole worker while a task is inside

Why in the library: a kill from outside after a random delay mostly lands in the cleaning loop;
the windows that matter for exactly-once (a temp file written but not renamed, a shard renamed
but not yet marked finished in the catalog, a catalog transaction half done) last microseconds.
Named points make every such window reachable on purpose. Unset (always, outside tests), a
point costs one dict lookup.

Points (where they sit, see tests/test_faults.py for the loop over all of them):
    clean           runner: after the results of one input file were taken (written or staged)
    write_tmp       write: a temp file is complete and fsynced, not yet renamed (shards, quarantine,
                    manifests, staging)
    shard_pending   runner: the catalog says "results are in shard X", the shard is not renamed yet
    shard_renamed   runner: the shard is renamed into place, its files are not marked finished yet
    catalog_commit  catalog: inside the finish transaction, before it commits
    quarantine      runner: the quarantine file is committed, its files are not marked finished yet
    manifest        runner: everything is committed and finished, the manifest is not written yet
"""

from __future__ import annotations

import os
import signal
import time

ENV = "CLEANERS_FAULT"
POINTS = ("clean", "write_tmp", "shard_pending", "shard_renamed", "catalog_commit", "quarantine", "manifest")

ACTIONS = ("kill", "hang")
# Bounded, so a hung test process never outlives its test run by much.
HANG_SECONDS = 180.0

_hits: dict[str, int] = {}


def _target() -> tuple[str, int, str] | None:
    spec = os.environ.get(ENV)
    if not spec:
        return None
    name, _, rest = spec.partition(":")
    n, _, action = rest.partition(":")
    if name not in POINTS:
        raise ValueError(f"{ENV}={spec!r}: unknown fault point {name!r} (known: {', '.join(POINTS)})")
    if (action or "kill") not in ACTIONS:
        raise ValueError(f"{ENV}={spec!r}: unknown action {action!r} (known: {', '.join(ACTIONS)})")
    return name, int(n or "1"), action or "kill"


def point(name: str) -> None:
    """Count a pass through fault point `name`; SIGKILL the process on the configured pass."""
    target = _target()
    if target is None or target[0] != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] == target[1]:
        if target[2] == "hang":
            time.sleep(HANG_SECONDS)
        os.kill(os.getpid(), signal.SIGKILL)
