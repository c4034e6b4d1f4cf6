"""`_outward` against the sort it replaces in `_published` and `_attribution`."""

from __future__ import annotations

from cleaners.metadata import _outward


def test_outward_is_the_sorted_order() -> None:
    for lo in range(0, 6):
        for hi in range(0, 14):
            for center in range(-3, 16):
                expect = sorted((i for i in range(lo, hi) if i != center), key=lambda i: (abs(i - center), i < center))
                assert _outward(lo, hi, center, False) == expect, (lo, hi, center)
                expect = sorted(range(lo, hi), key=lambda i: (abs(i - center), i < center))
                assert _outward(lo, hi, center, True) == expect, (lo, hi, center)


def test_best_scored_is_the_max() -> None:
    import random

    from cleaners.document import Line
    from cleaners.metadata import _best_scored

    rng = random.Random(6)
    for _ in range(3000):
        lines = [Line(i, "x", 0, 1) for i in rng.sample(range(50), rng.randint(1, 12))]
        scored = [(rng.choice([0.0, -0.0, 0.5, 1.2, -0.3, rng.uniform(-2, 2)]), line) for line in lines]
        assert _best_scored(scored) is max(scored, key=lambda s: (s[0], s[1].index))
