"""HTML reader: decode, parse safely, extract the main text with trafilatura, keep page metadata.

Why each step is here:
- Encoding: byte-order mark, then strict UTF-8, then the charset the container declared (HTTP
  header in a WARC record) or the page's own <meta charset>, then detection (`read.decode`).
- Parsing is ours, not trafilatura's, so the parser settings are known: libxml2's HTML parser
  with no network access and `huge_tree` off. The HTML parser never loads a DTD or resolves an
  external entity; without `huge_tree`, libxml2 stops at 256 levels of nesting, and a page cut
  there is quarantined ("html-too-deep") instead of being half-read.
- Metadata (title, date, author, site name, canonical URL, language) comes from <meta>,
  <link rel=canonical>, JSON-LD and <title>/<h1> in one cheap pass: trafilatura's own metadata
  extraction costs more than the text extraction on typical pages.
- trafilatura then selects the main content. Our text stages still run on its output (promo
  lines, feeds, duplicated paragraphs), but the boilerplate stage does not search for the main
  block again: `meta["main_content_extracted"]` tells it the cut was made.
- trafilatura's cascade is called directly (`_trafilatura_text`), not through `bare_extraction`,
  whose first step is a deep copy of the tree it is given: the tree is ours and not needed intact.
- trafilatura's attribute-matching XPath expressions (EXSLT regexes that call back into Python
  for every element) are replaced by equivalent Python matchers built from their own text
  (`xpath_fast`): same elements selected, about a fifth of trafilatura's time saved.
- Limits: pages over `config.max_html_bytes` are refused before parsing, and parse + extraction
  run under a `config.html_timeout_seconds` alarm (SIGALRM, in a main thread: worker processes run
  tasks in theirs). Elsewhere the size limit and the parser's depth limit bound the work.
"""

from __future__ import annotations

import contextlib
import functools
import re
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from cleaners import patterns
from cleaners.config import Config
from cleaners.document import Document, QuarantineError
from cleaners.read import decode, register_reader

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?>.
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_CHARSET_SNIFF_BYTES = 8192
_HTML_START_RE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# Elements that never carry article text, removed in C before trafilatura copies the tree (it deletes
# them too, later and slower; <form> stays: some sites wrap the whole page in one).
_DROP_TAGS = (
    "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
    "nav", "footer", "aside", "menu", "button", "select", "input", "textarea", "label", "fieldset", "dialog", "option",
)
# A layout-table cell this short whose link text is this share of its text is navigation.
_NAV_CELL_MAX_CHARS = 300
_NAV_CELL_LINK_SHARE = 0.6
# A table cell (without a nested table) holding more text than this makes its table a layout table.
_LAYOUT_CELL_MIN_CHARS = 400
# Blocks the site itself names "copyright": the legal footer (kept inside <article>/<main>, where such
# a name may mark the article's own credit line).
_COPYRIGHT_TAGS = ("div", "section", "p", "ul", "table")
# A call-to-action link ("Learn more about X") at the end of a block: at most this long (see _prune).
_CTA_LINK_MAX_CHARS = 60
# An extraction shorter than this many characters and below this share of the page's text is retried
# with trafilatura's full cascade (see `extract`).
_RETRY_BELOW_CHARS = 1000
_RETRY_BELOW_SHARE = 0.15
_TITLE_SEPARATORS_RE = re.compile(r"\s+[|–—:·•»-]\s+|\s*[|｜]\s*")
_WS_RE = re.compile(r"\s+")
# JSON-LD values, found by pattern rather than parsed: pages ship invalid JSON-LD often enough.
_LD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,40})"')
_LD_AUTHOR_RE = re.compile(r'"author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"]{2,100})"')
_LD_HEADLINE_RE = re.compile(r'"headline"\s*:\s*"([^"]{4,300})"')
_LD_PUBLISHER_RE = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,100})"')

_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "published_time", "publishdate", "publish-date", "pubdate", "publication_date", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date", "date", "sailthru.date", "parsely-pub-date",
    "article.published", "citation_publication_date", "citation_date",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site")
_LANG_KEYS = ("content-language", "og:locale", "language", "dc.language")


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that `except Exception` in libraries cannot swallow it."""


Timeout = _Timeout  # public name: the runner puts a whole document under a deadline too


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[bool]:
    """Raise _Timeout in the block after `seconds` (wall clock); yields whether the alarm is armed.

    Works only in the main thread (signals are delivered there); elsewhere it is a no-op and the
    callers rely on the size and depth limits. An alarm set by an outer caller is restored.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield False
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise _Timeout()

    start = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer, _interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - start), 0.001))


_local = threading.local()


def _parser() -> lxml.html.HTMLParser:
    """One parser per thread (lxml parsers are not thread-safe); no network, no huge trees."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser(
            encoding="utf-8",
            collect_ids=False,
            default_doctype=False,
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=False,
        )
        # Every element an HtmlElement, chosen in C: lxml.html's default lookup calls back into Python
        # for each element proxy (to pick form/input/label subclasses nothing here uses), which cost
        # about a tenth of the extraction time.
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
            )
        )
        _local.parser = parser
    return parser


def looks_like_html(head: bytes) -> bool:
    """True when a file starts like an HTML document (doctype, <html>, <head> or <body>)."""
    return bool(_HTML_START_RE.match(head[:4096]))


def declared_charset(raw: bytes) -> str | None:
    """The charset named by <meta charset>, <meta http-equiv> or an XML declaration near the top."""
    m = _META_CHARSET_RE.search(raw[:_CHARSET_SNIFF_BYTES])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "replace")


def parse_html(data: bytes) -> lxml.html.HtmlElement:
    """Parse UTF-8 HTML bytes; QuarantineError for nesting past the parser's limit or no tree at all."""
    parser = _parser()
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise QuarantineError("empty", f"no HTML document: {exc}") from exc
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
            raise QuarantineError("html-too-deep", f"HTML nesting beyond the parser limit: {entry.message.strip()}")
    if tree is None:
        raise QuarantineError("empty", "no HTML document")
    return tree


def _text(el: Any) -> str:
    return _WS_RE.sub(" ", el.text_content()).strip() if el is not None else ""


def page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Title, published, author, sitename, canonical url and language hint from the page's markup."""
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    ld = " ".join(s.text or "" for s in tree.iter("script") if (s.get("type") or "").lower() == "application/ld+json")
    out: dict[str, str] = {}

    title = _pick_title(tree, metas, ld)
    if title:
        out["title"] = title
    date = next((metas[k] for k in _DATE_KEYS if metas.get(k)), None)
    if not date and (m := _LD_DATE_RE.search(ld)):
        date = m.group(1)
    if not date:
        el = next(iter(tree.xpath('//time[@pubdate or @itemprop="datePublished"][@datetime]')), None)
        date = el.get("datetime") if el is not None else None
    if date:
        out["published"] = date.strip()
    author = next((metas[k] for k in _AUTHOR_KEYS if metas.get(k) and "://" not in metas[k]), None)
    if not author and (m := _LD_AUTHOR_RE.search(ld)):
        author = m.group(1)
    if author:
        out["author"] = _WS_RE.sub(" ", author).strip()
    site = next((metas[k] for k in _SITE_KEYS if metas.get(k)), None)
    if not site and (m := _LD_PUBLISHER_RE.search(ld)):
        site = m.group(1)
    if site:
        out["sitename"] = site.lstrip("@").strip()
    canonical = next(
        (link.get("href") for link in tree.iter("link") if "canonical" in (link.get("rel") or "").lower().split()),
        None,
    ) or metas.get("og:url")
    if canonical and canonical.strip().lower().startswith(("http://", "https://")):
        out["canonical_url"] = canonical.strip()
    lang = (tree.get("lang") or tree.get("xml:lang") or next((metas[k] for k in _LANG_KEYS if metas.get(k)), "")).strip()
    if lang:
        out["lang_hint"] = lang[:35]
    return out


def _pick_title(tree: lxml.html.HtmlElement, metas: dict[str, str], ld: str) -> str | None:
    """The cleanest article title: an <h1> the other titles agree with, else og:title, else <title> trimmed."""
    social = metas.get("og:title") or metas.get("twitter:title")
    if not social and (m := _LD_HEADLINE_RE.search(ld)):
        social = m.group(1)
    title_el = next(tree.iter("title"), None)
    page_title = _text(title_el)
    h1s = [t for t in (_text(h) for h in tree.iter("h1")) if 2 <= len(t) <= 300][:5]
    wider = _fold(f"{social or ''} {page_title}")
    for h1 in h1s:
        if len(_fold(h1)) >= 8 and _fold(h1) in wider:
            return h1
    if social:
        return _WS_RE.sub(" ", social).strip()
    if page_title:
        parts = [p for p in _TITLE_SEPARATORS_RE.split(page_title) if p.strip()]
        return max(parts, key=len).strip() if parts else page_title
    return h1s[0] if h1s else None


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _prune(tree: lxml.html.HtmlElement) -> None:
    """Drop elements that never hold article text (JSON-LD scripts stay: trafilatura reads them).

    Also drops blocks named "copyright" outside the article (site legal footers that trafilatura's
    class-name list misses), and the link-dense cells of layout tables: old sites build their menus
    as table cells of links, which trafilatura keeps as table rows when the article shares the
    table. Tables with <th> or <caption> hold data, and their cells stay.
    """
    for script in list(tree.iter("script")):
        if (script.get("type") or "").lower() != "application/ld+json":
            script.drop_tree()
    etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    # The head's tags were read by page_metadata; trafilatura would copy them three times for nothing.
    head = tree.find("head")
    if head is not None:
        etree.strip_elements(head, "meta", "link", "title", "base", with_tail=False)
    data_tables: dict[Any, bool] = {}
    for cell in list(tree.iter("td")):
        if cell.getparent() is None or cell.find(".//table") is not None:
            continue
        links = cell.findall(".//a")
        if not links:
            continue
        total = _chars(cell.text_content())
        if not 0 < total <= _NAV_CELL_MAX_CHARS:
            continue
        table = next(cell.iterancestors("table"), None)
        if table is not None and table not in data_tables:
            data_tables[table] = table.find(".//th") is not None or table.find("caption") is not None
        if table is not None and data_tables[table]:
            continue
        if sum(_chars(a.text_content()) for a in links) >= _NAV_CELL_LINK_SHARE * total:
            cell.drop_tree()
    named = [el for el in tree.iter(_COPYRIGHT_TAGS) if "opyright" in f"{el.get('class')} {el.get('id')}".lower()]
    for block in named:  # (a Python loop: an XPath over every element's attributes cost four times as much)
        if block.getparent() is not None and next(block.iterancestors("article", "main"), None) is None:
            block.drop_tree()
    _drop_call_to_action_links(tree)
    _unwrap_layout_tables(tree)


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn layout tables into divs: a table without <th>/<caption> with a cell of long prose.

    trafilatura keeps a table as one unit, rows and all, so an old page laid out as a table
    came out with its menu and sidebar cells as table rows around the article; as divs, its
    block-level heuristics (link density, boilerplate names) judge each cell on its own. Data
    tables have headers or short cells and stay tables (readability does the same test).
    """
    for table in list(tree.iter("table")):
        if table.getparent() is None or table.find(".//th") is not None or table.find(".//caption") is not None:
            continue
        own = [el for el in table.iter("tbody", "thead", "tfoot", "tr", "td") if next(el.iterancestors("table")) is table]
        if not any(
            el.tag == "td" and el.find(".//table") is None and _chars(el.text_content()) > _LAYOUT_CELL_MIN_CHARS
            for el in own
        ):
            continue
        for el in [table, *own]:
            el.tag = "div"


def _drop_call_to_action_links(tree: lxml.html.HtmlElement) -> None:
    """Drop a "Learn more about X" / "Read more" link that closes a block of text, keep the block.

    trafilatura keeps link text inline, so the block's line ends with the call to action and the
    line rules then remove the whole line as promotional, taking the text before it along (a list
    of product features, each closing with its own "learn more" link, lost every item). Only a link
    with nothing after it in its block, and at most a third of the block's text, goes.
    """
    cta = patterns.CTA_RE.regex  # anchored at the link's start: one position to try, no prefilter needed
    for a in list(tree.iter("a")):
        if a.tail and not a.tail.isspace():
            continue
        text = a.text_content() if len(a) else a.text
        if not text or len(text) > _CTA_LINK_MAX_CHARS * 2 or not cta.match(text := _WS_RE.sub(" ", text).strip()):
            continue
        parent, after = a.getparent(), a.getnext()
        if parent is None or len(text) > _CTA_LINK_MAX_CHARS or (after is not None and _chars(after.text_content())):
            continue
        if _chars(parent.text_content()) >= 3 * _chars(text):
            a.drop_tree()


def _chars(text: str) -> int:
    """Characters without whitespace (link density is measured on these)."""
    return len(text) - sum(map(text.count, (" ", "\n", "\t", "\r", "\xa0")))


def extract(tree: lxml.html.HtmlElement, config: Config) -> tuple[str, bool]:
    """Main text of the page (blocks on their own lines) and whether trafilatura found a main block.

    A short extraction that covers a small share of the page's text is a miss more often than a
    short article (a page whose article sits in an unusual container): trafilatura's full cascade
    (fallback extractors, balanced focus with its own recall retry) runs on those pages only, and
    its text replaces the first one when it has any.
    """
    from trafilatura import html2txt

    text = _trafilatura_text(tree, fast=config.html_fast, focus=config.html_focus)
    if text and len(text) < _RETRY_BELOW_CHARS and config.html_fast:
        page_chars = len(html2txt(tree, clean=True))
        if len(text) < _RETRY_BELOW_SHARE * page_chars:
            text = _trafilatura_text(tree, fast=False, focus="balanced") or text
    if text:
        return text, True
    # No main block: the whole page's text, and the boilerplate stage's own main-block search decides.
    return html2txt(tree, clean=True), False


@functools.lru_cache(maxsize=8)
def _extractor(fast: bool, focus: str) -> Any:
    """trafilatura's options, built once: building them reads its config file's values every time.

    No URL: with links and images off, trafilatura uses it for nothing but its own metadata.
    Its attribute-matching XPath expressions are swapped for Python matchers first (same matches,
    a fraction of the cost: see formats/xpath_fast.py).
    """
    from trafilatura import xpaths
    from trafilatura.settings import Extractor

    from cleaners.formats import xpath_fast

    xpath_fast.install(xpaths)

    return Extractor(
        output_format="python",
        fast=fast,
        precision=focus == "precision",
        recall=focus == "recall",
        comments=False,
        tables=True,
        images=False,
        links=False,
        with_metadata=False,
        dedup=False,
    )


def _trafilatura_text(tree: lxml.html.HtmlElement, *, fast: bool, focus: str) -> str:
    """trafilatura's main text of `tree`, or "" when it finds none.

    What `bare_extraction` does for our options (no metadata, language, dedup or prune list), minus
    its first step: a deep copy of the tree it is handed (~0.4 ms a page). The tree is ours and
    read only by `extract` after this, so the copy buys nothing; trafilatura's cascade copies it
    itself before cleaning, and only deletes comment sections and infinite-scroll containers from
    it in place (the page measure and the retry in `extract` see the page without those).
    tests/test_formats_html.py checks that this gives bare_extraction's text.
    """
    from lxml.etree import strip_tags
    from trafilatura.core import trafilatura_sequence
    from trafilatura.xml import xmltotxt

    options = _extractor(fast, focus)
    try:
        found = trafilatura_sequence(tree, options)
    except (TypeError, ValueError):  # bare_extraction's "discarding data"
        return ""
    body, body_text, _comments, comments_text = found
    if options.max_tree_size and len(body) > options.max_tree_size:
        strip_tags(body, "hi")
        if len(body) > options.max_tree_size:
            return ""
    if len(body_text) < options.min_output_size and len(comments_text) < options.min_output_comm_size:
        return ""
    text = xmltotxt(body, options.formatting)
    return text if text and text.strip() else ""


@register_reader("html")
def read_html(doc: Document, config: Config) -> Document:
    """Fill doc.text with the page's main text and doc.meta with what the page says about itself."""
    raw = doc.raw
    if len(raw) > config.max_html_bytes:
        raise QuarantineError("html-too-large", f"{len(raw)} bytes of HTML > max_html_bytes={config.max_html_bytes}")
    declared = doc.meta.get("http_charset") or declared_charset(raw)
    result = decode(raw, declared=declared)
    doc.encoding, doc.encoding_confidence = result.encoding, result.confidence
    if result.replacements:
        doc.stats["decode_replacements"] = result.replacements
        doc.fixes.append("invalid_bytes")
    plain_utf8 = result.encoding == "utf-8" and not result.replacements and not raw.startswith(b"\xef\xbb\xbf")
    data = raw if plain_utf8 else result.text.encode("utf-8", "surrogatepass")
    try:
        with deadline(config.html_timeout_seconds):
            tree = parse_html(data)
            found = page_metadata(tree)
            _prune(tree)
            text, main = extract(tree, config)
    except _Timeout:
        raise QuarantineError(
            "html-timeout",
            f"parse and extraction took longer than html_timeout_seconds={config.html_timeout_seconds}",
        ) from None
    except RecursionError as exc:
        raise QuarantineError("html-too-deep", "HTML too deeply nested for extraction") from exc
    for key, value in found.items():
        doc.meta.setdefault(key, value)
    if "url" not in doc.meta and "canonical_url" in doc.meta:
        doc.meta["url"] = doc.meta["canonical_url"]
    doc.meta["main_content_extracted"] = main
    doc.text = text
    return doc
