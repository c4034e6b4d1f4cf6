"""The code-point test behind `_may_be_relative` and `_may_hold_date` (compiled: `_is_decimal`, with an ASCII
shortcut) against str.isdecimal(), re's \\d, for every code point."""

from __future__ import annotations

from cleaners import metadata


def test_may_be_relative_of_every_code_point() -> None:
    for code in range(0x110000):
        ch = chr(code)
        assert metadata._may_be_relative(ch) == (ch.isdecimal() or ch == "\u017f"), hex(code)


def test_may_hold_date_with_every_code_point_as_a_digit() -> None:
    # "2025" and a one-digit day: a date only if the code point is a decimal digit (a run of 4 and one of 1).
    for code in range(0x110000):
        ch = chr(code)
        assert metadata._may_hold_date("2025 " + ch) == ch.isdecimal(), hex(code)
