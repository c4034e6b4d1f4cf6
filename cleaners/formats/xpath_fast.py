"""Faster stand-ins for trafilatura's attribute-matching XPath expressions, same matches.

Why: trafilatura prunes and locates the main block with XPath expressions such as
`.//*[self::div or self::span][re:test(@class, '...') or contains(@id, '...')]`. libxml2 walks
every element and, for each `re:test`, calls back into Python (lxml's EXSLT regex functions
are Python code), several times per element. On the dev pages those expressions took about a
quarter of trafilatura's time. The same tests written as a Python loop over
`iterdescendants()` (one `get` per attribute, the regex compiled once) select the same
elements in the same order at a quarter of the cost or less: each matcher is one generated
function that reads every attribute it needs once and tests them in one boolean expression.

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


def _first_of(el: Any, first: str, second: str, a: str | None, b: str | None) -> str | None:
    """`@first|@second`: the value of whichever attribute comes first in the source."""
    if a is None or b is None:
        return b if a is None else a
    for key in el.keys():  # noqa: SIM118  (attribute order is source order)
        if key == first:
            return a
        if key == second:
            return b
    return a  # pragma: no cover  (both present, so one of the keys matches)


def _translate_table(src: str, dst: str) -> dict[int, int | None]:
    """XPath translate(): each character of src becomes the one at its position in dst, or goes."""
    table: dict[int, int | None] = {}
    for i, ch in enumerate(src):
        table.setdefault(ord(ch), ord(dst[i]) if i < len(dst) else None)
    return table


class _Source:
    """One matcher's Python source: constants by name (never spliced into the code) and attribute slots.

    The generated function reads each attribute once (`a0 = get(c0)`) and evaluates the predicates
    as one boolean expression: no Python call per term, which is what made closures slow.
    """

    def __init__(self) -> None:
        self.consts: dict[str, Any] = {}
        self.attrs: list[str] = []
        self.pairs: list[tuple[str, str]] = []
        self.source = ""

    def const(self, value: Any) -> str:
        name = f"c{len(self.consts)}"
        self.consts[name] = value
        return name

    def value(self, attrs: str) -> str:
        """The variable holding `@a`, or `@a|@b` (first in source order)."""
        names = [a[1:] for a in attrs.split("|")]
        for name in names:
            if name not in self.attrs:
                self.attrs.append(name)
        if len(names) == 1:
            return f"a{self.attrs.index(names[0])}"
        pair = (names[0], names[1])
        if pair not in self.pairs:
            self.pairs.append(pair)
        return f"f{self.pairs.index(pair)}"

    def function(self, condition: str) -> Callable[[Any], bool]:
        lines = ["def match(el):", "    get = el.get"]
        lines += [f"    a{i} = get({self.const(name)})" for i, name in enumerate(self.attrs)]
        for i, (first, second) in enumerate(self.pairs):
            a, b = f"a{self.attrs.index(first)}", f"a{self.attrs.index(second)}"
            call = f"_first_of(el, {self.const(first)}, {self.const(second)}, {a}, {b})"
            lines.append(f"    f{i} = {b} if {a} is None else {a} if {b} is None else {call}")
        lines.append(f"    return {condition}")
        namespace: dict[str, Any] = {"_first_of": _first_of, **self.consts}
        # The code is this method's template with our own variable names; values come in as constants.
        self.source = "\n".join(lines)
        exec(compile(self.source, "<xpath_fast>", "exec"), namespace)
        return namespace["match"]  # type: ignore[no-any-return]


def _term(text: str, lits: list[str], src: _Source) -> str:
    """One term of an `or` list as a Python expression over `el` and the attribute variables."""
    for kind, pattern in _TERM_RES:
        if (m := pattern.fullmatch(text)) is not None:
            return _build(kind, m, lits, src)
    raise Unsupported(f"term {text!r}")


def _build(kind: str, m: re.Match[str], lits: list[str], src: _Source) -> str:
    """The expression of one matched term (see _TERM_RES)."""
    if kind == "self":
        return f"el.tag == {src.const(m.group(1))}"
    if kind == "not_self":
        tags = frozenset(t.strip()[len("self::"):] for t in m.group(1).split(" or "))
        return f"el.tag not in {src.const(tags)}"
    if kind == "not_desc":
        return f"next(el.iterdescendants({src.const(m.group(1))}), None) is None"
    v = src.value(m.group(1))
    if kind == "has":
        return f"{v} is not None"
    if kind == "eq":
        return f"{v} == {src.const(lits[int(m.group(2))])}"
    if kind == "re_test":
        flags = lits[int(m.group(3))] if m.group(3) else ""
        if set(flags) - {"i", "g"}:
            raise Unsupported(f"re:test flags {flags!r}")
        search = re.compile(lits[int(m.group(2))], re.IGNORECASE if "i" in flags else 0).search
        c = src.const(search)
        if search("") is not None:
            return f"{c}({v} or '') is not None"
        return f"({v} is not None and {c}({v}) is not None)"
    if kind == "contains_tr":
        table = src.const(_translate_table(lits[int(m.group(2))], lits[int(m.group(3))]))
        return f"{src.const(lits[int(m.group(4))])} in ({v} or '').translate({table})"
    needle = lits[int(m.group(2))]
    if kind == "contains":
        return f"({v} is not None and {src.const(needle)} in {v})" if needle else "True"
    return f"({v} or '').startswith({src.const(needle)})"  # starts-with


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


def _predicate(text: str, lits: list[str], src: _Source) -> tuple[str, frozenset[str] | None]:
    """An `or` list -> (Python expression, the tags it names when it is only `self::` terms)."""
    if " and " in text:
        raise Unsupported("and")
    parts = [part.strip() for part in _split_top(text, " or ")]
    only_self = all(re.fullmatch(rf"self::{_NAME}", part) for part in parts)
    tags = frozenset(part[len("self::"):] for part in parts) if only_self else None
    return "(" + " or ".join(_term(part, lits, src) for part in parts) + ")", tags


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

    def __init__(self, xpath: Any, tags: frozenset[str] | None, match: Callable[[Any], bool], mode: str):
        self.xpath = xpath
        self.path = getattr(xpath, "path", "")
        self._tags = tuple(sorted(tags)) if tags else (etree.Element,)
        self._match = match
        self.source = ""  # the generated function's code, for reading (set by compile_xpath)
        self._mode = mode  # "all", "first_child" (.//*[p][1]) or "first" ((.//*[p])[1])

    def __repr__(self) -> str:
        return f"FastMatch({self.path!r})"

    def __call__(self, tree: Any) -> list[Any] | Iterator[Any]:
        match = self._match
        if self._mode == "all":
            return [el for el in tree.iterdescendants(*self._tags) if match(el)]
        if self._mode == "first":
            el = next((el for el in tree.iterdescendants(*self._tags) if match(el)), None)
            return [] if el is None else [el]
        return self._first_children(tree)

    def _first_children(self, tree: Any) -> Iterator[Any]:
        """`.//*[p][1]`: the matches that are the first matching child of their parent (lazily)."""
        seen: set[Any] = set()
        match = self._match
        for el in tree.iterdescendants(*self._tags):
            if match(el) and (parent := el.getparent()) not in seen:
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
    src = _Source()
    try:
        preds = [_predicate(p, lits, src) for p in m.group(1)[1:-1].split("][")]
    except Unsupported:
        return None
    tags = preds[0][1]  # a leading `self::` list: the tag filter runs in C, in iterdescendants
    conditions = [cond for i, (cond, _) in enumerate(preds) if i or tags is None]
    fast = FastMatch(xpath, tags, src.function(" and ".join(conditions) or "True"), mode)
    fast.source = src.source
    return fast


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
