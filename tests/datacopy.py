"""Test helper: a deep copy of nested JSON data with one value replaced or deleted (schema tests break records this way)."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any


def replaced(data: Any, path: Sequence[Any], value: Any) -> Any:
    """A deep copy of `data` with the value at `path` set to `value` (deleted when value is ...)."""
    out = copy.deepcopy(data)
    target = out
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out
