"""Faster stand-ins for trafilatura's attribute-matching XPath expressions, same matches.

Why: trafilatura prunes and locates the main block with XPath expressions such as
`.//*[self::div or self::span][re:test(@class, '...') or contains(@id, '...')]`. libxml2 walks
every element and, for each `re:test`, calls back into Python (lxml's EXSLT regex functions
are Python code), several times per element. On the dev pages those expressions took about a
quarter of trafilatura's time. The same tests written as a Python loop over
`iterdescendants()` (one `get` per attribute, the regex compiled once) select the same
elements in the same order at a third to a fifth of the cost.

How: `compile_xpath` reads an expression of the small grammar trafilatura's lists use
(descendant steps with predicates made of `self::`, `@a`, `@a='v'`, `re:test`, `contains`,
`starts-with`, `translate`, `not(...)`) and returns a matcher, or None for anything else.
`install` swaps the expressions of a few trafilatura lists, in place, for matchers built from
their own text, so the patterns come from the installed trafilatura, never from here: an
expression this grammar does not know stays an XPath. tests/test_xpath_fast.py checks that the
matchers select what the XPath selects, and that the expressions of the pinned version compile.

XPath details kept: `re:test` is Python's `re.search` (as lxml's EXSLT implementation) on the
attribute's value, or on '' when it is missing; `@a|@b` is the first of the two attributes in
source order; `.//*[p][1]` is the first match among each element's children, in document order;
`(.//*[p])[1]` is the first match in the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

Predicate = Callable[[Any], bool]

# Lists whose expressions are only called as `expr(tree)` and whose results are iterated (pruning),
# or, for BODY_XPATH, read with next(): a lazy matcher is enough there.
TARGET_LISTS = (
    "RAW_TREE_PRUNE_XPATH",
    "REMOVE_COMMENTS_AND_LISTS_XPATH",
    "REMOVE_COMMENTS_XPATH",
    "OVERALL_DISCARD_XPATH",
    "TEASER_DISCARD_XPATH",
    "PRECISION_DISCARD_XPATH",
    "DISCARD_IMAGE_ELEMENTS",
    "BODY_XPATH",
)

_LITERAL_RE = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_NAME = r"[A-Za-z_][\w.-]*"
_ATTRS = rf"@{_NAME}(?:\|@{_NAME})?"
_TERM_RES: list[tuple[str, re.Pattern[str]]] = [
    ("self", re.compile(rf"self::({_NAME})")),
    ("not_self", re.compile(rf"not\((self::{_NAME}(?: or self::{_NAME})*)\)")),
    ("not_desc", re.compile(rf"not\(\.//({_NAME})\)")),
    ("eq", re.compile(rf"({_ATTRS})=#(\d+)")),
    ("has", re.compile(rf"({_ATTRS})")),
    ("re_test", re.compile(rf"re:test\(({_ATTRS}),#(\d+)(?:,#(\d+))?\)")),
    ("contains_tr", re.compile(rf"contains\(translate\(({_ATTRS}),#(\d+),#(\d+)\),#(\d+)\)")),
    ("contains", re.compile(rf"contains\(({_ATTRS}),#(\d+)\)")),
    ("starts", re.compile(rf"starts-with\(({_ATTRS}),#(\d+)\)")),
]


class Unsupported(ValueError):
    """The expression uses XPath this module does not translate."""


def _value_getter(attrs: str) -> Callable[[Any], str | None]:
    """`@a` -> the attribute's value; `@a|@b` -> the value of whichever comes first in the source."""
    names = [a[1:] for a in attrs.split("|")]
    if len(names) == 1:
        (name,) = names
        return lambda el: el.get(name)
    first, second = names

    def get(el: Any) -> str | None:
        a, b = el.get(first), el.get(second)
        if a is None or b is None:
            return b if a is None else a
        for key in el.keys():  # noqa: SIM118  (attribute order is source order)
            if key == first:
                return a
            if key == second:
                return b
        return a  # pragma: no cover  (both present, so one of the keys matches)

    return get


def _translate_table(src: str, dst: str) -> dict[int, int | None]:
    """XPath translate(): each character of src becomes the one at its position in dst, or goes."""
    table: dict[int, int | None] = {}
    for i, ch in enumerate(src):
        table.setdefault(ord(ch), ord(dst[i]) if i < len(dst) else None)
    return table


def _term(text: str, lits: list[str]) -> tuple[Predicate, bool]:
    """One term of an `or` list -> (test, whether it can only hold for an element with attributes)."""
    for kind, pattern in _TERM_RES:
        if (m := pattern.fullmatch(text)) is not None:
            return _build(kind, m, lits)
    raise Unsupported(f"term {text!r}")


def _build(kind: str, m: re.Match[str], lits: list[str]) -> tuple[Predicate, bool]:
    """The test of one matched term (see _TERM_RES) and whether it needs attributes."""
    if kind == "self":
        tag = m.group(1)
        return (lambda el: el.tag == tag), False
    if kind == "not_self":
        tags = frozenset(t.strip()[len("self::"):] for t in m.group(1).split(" or "))
        return (lambda el: el.tag not in tags), False
    if kind == "not_desc":
        tag = m.group(1)
        return (lambda el: next(el.iterdescendants(tag), None) is None), False
    get = _value_getter(m.group(1))
    if kind == "has":
        return (lambda el: get(el) is not None), True
    if kind == "eq":
        want = lits[int(m.group(2))]
        return (lambda el: get(el) == want), True
    if kind == "re_test":
        flags = lits[int(m.group(3))] if m.group(3) else ""
        if set(flags) - {"i", "g"}:
            raise Unsupported(f"re:test flags {flags!r}")
        search = re.compile(lits[int(m.group(2))], re.IGNORECASE if "i" in flags else 0).search
        if search("") is not None:
            return (lambda el: search(get(el) or "") is not None), False
        return (lambda el: (v := get(el)) is not None and search(v) is not None), True
    if kind == "contains_tr":
        table = _translate_table(lits[int(m.group(2))], lits[int(m.group(3))])
        needle = lits[int(m.group(4))]
        return (lambda el: needle in (get(el) or "").translate(table)), bool(needle)
    needle = lits[int(m.group(2))]
    if kind == "contains":
        return (lambda el: needle in (get(el) or "")), bool(needle)
    return (lambda el: (get(el) or "").startswith(needle)), bool(needle)  # starts-with


def _split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses and brackets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _predicate(text: str, lits: list[str]) -> tuple[Predicate, frozenset[str] | None, bool]:
    """An `or` list -> (test, the tags it is limited to when it is only `self::` terms, needs attributes)."""
    if " and " in text:
        raise Unsupported("and")
    parts = [part.strip() for part in _split_top(text, " or ")]
    terms = [_term(part, lits) for part in parts]
    only_self = all(re.fullmatch(rf"self::{_NAME}", part) for part in parts)
    tags = frozenset(part[len("self::"):] for part in parts) if only_self else None
    needs_attrs = all(needs for _, needs in terms)
    tests = [test for test, _ in terms]
    if len(tests) == 1:
        return tests[0], tags, needs_attrs

    def any_of(el: Any) -> bool:
        for test in tests:  # noqa: SIM110  (a loop: any() over a generator costs more per element)
            if test(el):
                return True
        return False

    return any_of, tags, needs_attrs


def _normalise(path: str) -> tuple[str, list[str]]:
    """Literals out (as #n), whitespace collapsed, none around brackets, commas and `|` `=`."""
    lits: list[str] = []

    def keep(m: re.Match[str]) -> str:
        lits.append(m.group(1) if m.group(1) is not None else m.group(2))
        return f"#{len(lits) - 1}"

    text = _LITERAL_RE.sub(keep, path)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*([\[\](),|=])\s*", r"\1", text)
    text = re.sub(r"\)or ", ") or ", text)
    text = re.sub(r"\bor\(", "or (", text)
    return text, lits


_STEP_RE = re.compile(r"\.//\*((?:\[[^\[\]]*\])+)")


class FastMatch:
    """Callable like the XPath it replaces (`expr(tree)`); keeps the original as `.xpath`."""

    def __init__(self, xpath: Any, tags: frozenset[str] | None, tests: list[tuple[Predicate, bool]], mode: str):
        self.xpath = xpath
        self.path = getattr(xpath, "path", "")
        self._tags = tuple(sorted(tags)) if tags else (etree.Element,)
        self._tests = tests
        self._mode = mode  # "all", "first_child" (.//*[p][1]) or "first" ((.//*[p])[1])

    def __repr__(self) -> str:
        return f"FastMatch({self.path!r})"

    def _matches(self, tree: Any) -> Iterator[Any]:
        tests = self._tests
        for el in tree.iterdescendants(*self._tags):
            attrs = None
            for test, needs_attrs in tests:
                if needs_attrs:
                    if attrs is None:
                        attrs = bool(el.keys())
                    if not attrs:
                        break
                if not test(el):
                    break
            else:
                yield el

    def __call__(self, tree: Any) -> list[Any] | Iterator[Any]:
        if self._mode == "all":
            return list(self._matches(tree))
        if self._mode == "first":
            el = next(self._matches(tree), None)
            return [] if el is None else [el]
        return self._first_children(tree)

    def _first_children(self, tree: Any) -> Iterator[Any]:
        """`.//*[p][1]`: the matches that are the first matching child of their parent (lazily)."""
        seen: set[Any] = set()
        for el in self._matches(tree):
            parent = el.getparent()
            if parent not in seen:
                seen.add(parent)
                yield el


def compile_xpath(xpath: Any) -> FastMatch | None:
    """A FastMatch for an XPath of the supported shapes, else None (the XPath is kept)."""
    path = getattr(xpath, "path", None)
    if not isinstance(path, str):
        return None
    text, lits = _normalise(path)
    mode = "all"
    if text.startswith("(") and text.endswith(")[1]"):
        text, mode = text[1:-4], "first"
    elif text.endswith("][1]"):
        text, mode = text[:-3], "first_child"
    m = _STEP_RE.fullmatch(text)
    if m is None:
        return None
    preds = m.group(1)[1:-1].split("][")
    try:
        compiled = [_predicate(p, lits) for p in preds]
    except Unsupported:
        return None
    tags: frozenset[str] | None = None
    tests: list[tuple[Predicate, bool]] = []
    for i, (test, only_tags, needs_attrs) in enumerate(compiled):
        if i == 0 and only_tags is not None:
            tags = only_tags  # the tag filter runs in C, in iterdescendants
            continue
        tests.append((test, needs_attrs))
    return FastMatch(xpath, tags, tests, mode)


def install(module: Any) -> int:
    """Replace, in place, the expressions of `TARGET_LISTS` in `module` (trafilatura.xpaths) that
    compile; returns how many were replaced (0 on a second call)."""
    done = 0
    for name in TARGET_LISTS:
        exprs = getattr(module, name, None)
        if not isinstance(exprs, list):
            continue
        for i, expr in enumerate(exprs):
            if isinstance(expr, etree.XPath) and (fast := compile_xpath(expr)) is not None:
                exprs[i] = fast
                done += 1
    return done
