"""Where tests find real page texts: the seeds, tests/pages/, and the shared dev text dumps.

One definition for the test modules that hold a fast path to its plain definition on real lines.
The dev dumps live beside the checkout (`../shared/eval/textdump`); CLEANERS_DEV_EVAL names
another eval folder. Without them a test that needs them is skipped with this reason, never passed
over an empty list.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PAGES = REPO / "tests" / "pages"
DEV_EVAL = Path(os.environ.get("CLEANERS_DEV_EVAL") or REPO.parent / "shared" / "eval")
DEV_TEXTDUMP = DEV_EVAL / "textdump"
HAVE_DEV = DEV_TEXTDUMP.is_dir() and any(DEV_TEXTDUMP.glob("*.txt"))
NO_DEV_REASON = (
    f"the dev text dumps are not at {DEV_TEXTDUMP}: set CLEANERS_DEV_EVAL to the shared eval folder"
)


def dev_dumps(limit: int | None = None, *, required: bool = True) -> list[Path]:
    """The dev text dumps in name order (the first `limit`).

    required: without them, skip the calling test (True) or return [] (False: for a test that also
    has pages of its own).
    """
    paths = sorted(DEV_TEXTDUMP.glob("*.txt"))
    if not paths and required:
        pytest.skip(NO_DEV_REASON)
    return paths[:limit]


def own_pages() -> list[Path]:
    """The seeds and the page dumps written for the tests (always in the checkout)."""
    return sorted(SEEDS.glob("*.txt")) + sorted(PAGES.glob("*.txt"))


def nonblank_lines(paths: list[Path]) -> list[str]:
    """The lines of the files that hold more than whitespace, in file order."""
    return [
        line for path in paths for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
    ]


@cache
def all_chars() -> str:
    """Every Unicode scalar value (no surrogates), in code point order: what an exact gate is checked against
    when it stands for a case-insensitive regex (casefolding maps a few far-off characters onto ASCII)."""
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


@cache
def probe_lines() -> list[str]:
    """The non-blank lines of the page dumps written for the tests (tests/pages), in file order."""
    return nonblank_lines(sorted(PAGES.glob("*.txt")))
