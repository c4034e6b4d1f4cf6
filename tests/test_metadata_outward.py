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
