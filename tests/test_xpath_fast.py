"""formats/xpath_fast: the Python matchers select what the XPath expressions they replace select."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree
from trafilatura import xpaths

from cleaners.formats import xpath_fast
from cleaners.formats.xpath_fast import FastMatch, compile_xpath

RE_NS = {"re": "http://exslt.org/regular-expressions"}

# Attribute order, missing and empty attributes, nesting (a match inside a match), case, lists.
PAGE = """<html><head><title>t</title></head><body>
<div class="post-body" id="x1"><p>Lead text of the article.</p>
  <div id="comments" class="sidebar-wrap"><p>c</p><div class="comment-list"><p>c2</p></div></div>
  <section class="share-tools" id="share"><span role="Navigation">nav</span></section>
  <div id="related" class="menu">m <h1>Heading</h1></div>
  <div class="related">r</div>
  <div style="display: none" id="y">hidden</div><p aria-hidden="true">aria</p>
  <p class="caption here">cap</p><span data-lp-replacement-content="">lp</span>
  <ul class="comment-items"><li>one</li></ul><ol id="commentary"><li>two</li></ol>
  <div class=" ad ">ad</div><div class="Ad-slot">ad2</div><div class="reply-to" id="a">r1</div>
  <div id="reply-x" class="other">r2</div><div class="FullText">ft</div>
  <div class="Main-Content">mc</div><div class="entry">e</div><div class="entry">e2</div>
  <article><div class="post">p1</div></article><div class="post">p2</div>
  <div class="">empty</div><div id="">empty id</div><main>main</main>
</div></body></html>"""


def _pages() -> list[etree._Element]:
    trees = [lxml.html.document_fromstring(PAGE)]
    # The same page with trafilatura's converted tag names (lists and items are matched as such).
    converted = lxml.html.document_fromstring(PAGE)
    for el in converted.iter("ul", "ol"):
        el.tag = "list"
    for el in converted.iter("li"):
        el.tag = "item"
    trees.append(converted)
    return trees


def _same(fast: FastMatch, xpath: etree.XPath, tree: etree._Element) -> None:
    assert list(fast(tree)) == xpath(tree), xpath.path


@pytest.mark.parametrize("name", xpath_fast.TARGET_LISTS)
def test_trafilatura_expressions_match_the_same_elements(name: str) -> None:
    originals = [e.xpath if isinstance(e, FastMatch) else e for e in getattr(xpaths, name, [])]
    for xpath in originals:
        fast = compile_xpath(xpath)
        if fast is None:
            continue
        for tree in _pages():
            _same(fast, xpath, tree)
            for sub in tree.iter("div"):  # also from inner context nodes
                _same(fast, xpath, sub)


@pytest.mark.parametrize(
    "expr",
    [
        ".//*[self::div or self::p][re:test(@id|@class, 'elated')]",
        ".//*[re:test(@class, 'fulltext', 'i')]",
        ".//*[re:test(@class, '^|x')]",  # a pattern that matches '': every element, with or without class
        ".//*[contains(@class, '')]",
        ".//*[starts-with(@id|@class, 'reply-')]",
        ".//*[contains(translate(@class, 'MC', 'mc'), 'main-content')]",
        ".//*[contains(translate(@role, 'NX', 'n'), 'navigation')]",
        ".//*[@class='entry' or @id='']",
        ".//*[@data-lp-replacement-content]",
        ".//*[self::div][not(.//h1)][re:test(@id, 'related')]",
        ".//*[self::div or self::ul or self::ol][re:test(@class, 'comment') or re:test(@id, 'comment')]"
        "[not(self::ol or self::ul) or re:test(@id, '^comment(?!ary)')]",
        ".//*[self::div or self::article][@class='post' or @class='entry'][1]",
        "(.//*[self::div or self::article][@class='post' or @class='entry'])[1]",
        "(.//*[self::div][@class='nothing-like-this'])[1]",
    ],
)
def test_each_construct_matches_like_xpath(expr: str) -> None:
    xpath = etree.XPath(expr, namespaces=RE_NS)
    fast = compile_xpath(xpath)
    assert fast is not None, expr
    for tree in _pages():
        _same(fast, xpath, tree)


@pytest.mark.parametrize(
    "expr",
    [
        "(.//article)[1]",
        ".//*[self::div and @id]",
        ".//*[self::div][2]",
        "//div[@class='x']",
        ".//*[re:test(@class, 'x', 'm')]",
        ".//*[string-length(@class) > 3]",
        "(.//*[self::div][@id='a'])[1]|(.//main)[1]",
    ],
)
def test_unknown_xpath_is_left_alone(expr: str) -> None:
    assert compile_xpath(etree.XPath(expr, namespaces=RE_NS)) is None


def test_pinned_trafilatura_expressions_compile() -> None:
    """The costly pruning lists of the locked trafilatura compile: a version whose expressions no
    longer do still works, slower; this test says so."""
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH", "OVERALL_DISCARD_XPATH"):
        for expr in getattr(xpaths, name):
            original = expr.xpath if isinstance(expr, FastMatch) else expr
            assert compile_xpath(original) is not None, (name, original.path)


def test_install_replaces_in_place_once() -> None:
    class Module:
        OVERALL_DISCARD_XPATH = [etree.XPath(".//*[contains(@class, 'a')]"), etree.XPath("(.//article)[1]")]

    lst = Module.OVERALL_DISCARD_XPATH
    assert xpath_fast.install(Module) == 1
    assert Module.OVERALL_DISCARD_XPATH is lst and isinstance(lst[0], FastMatch) and isinstance(lst[1], etree.XPath)
    assert xpath_fast.install(Module) == 0
