"""HTML input: main text and page metadata, encodings, no network or file access, pathological pages."""

from __future__ import annotations

import http.server
import signal
import threading
import time
from pathlib import Path

import pytest

from cleaners import Config, QuarantineError, clean_file
from cleaners.api import clean_document
from cleaners.document import Document
from cleaners.formats import iter_file, kind_of
from cleaners.formats.html import deadline, declared_charset, looks_like_html, read_html

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the evening bus service on four routes, after a year in "
    "which ridership on the late buses grew faster than on any other part of the network.",
    "Council members said the change would cost less than expected, because the buses already run until "
    "nine in the evening and the drivers' shifts can be moved rather than added to the schedule.",
    "Residents who spoke at the meeting described long walks home from the last stop and asked that the "
    "new timetable be published well before the service starts, so that employers can plan shifts too.",
    "The transport office will publish the new timetable next month. The first extended services are "
    "planned for the start of the autumn term, when the number of evening passengers is usually highest.",
]
PROMO = "Click here to subscribe to our newsletter and get the best stories every morning!"


def article_page(
    title: str = "Council extends evening bus service on four routes",
    paragraphs: list[str] | None = None,
    charset: str | None = "utf-8",
    extra_head: str = "",
    body_extra: str = "",
) -> str:
    """A realistic article page: menu, header, article with a promo line, related links, footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta_charset}
<title>{title} | The Example Gazette</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Example Gazette">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://news.example.org/2024/03/evening-buses">
{extra_head}
<script>var tracking = "do not extract me";</script>
<style>body {{ color: black }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<header><div class="logo">The Example Gazette</div></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Jane Doe</p>
{paras}
<p>{PROMO}</p>
{body_extra}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes coastal road</a></li>
<li><a href="/b">Library reopens after renovation</a></li><li><a href="/c">Market hall gets new roof</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 The Example Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def _clean_html(html: bytes | str, name: str = "page.html", tmp_path: Path | None = None, config: Config | None = None):
    data = html.encode("utf-8") if isinstance(html, str) else html
    doc = Document(source=name, raw=data, meta={"format": "html"})
    return clean_document(doc, config or Config())


def test_html_article_text_title_date_url_and_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "bus.html"
    path.write_text(article_page(), encoding="utf-8")
    record = clean_file(path)
    text = record.text
    for p in PARAGRAPHS:
        assert p in text
    assert record["title"] == "Council extends evening bus service on four routes"
    assert record["published"] == "2024-03-05T09:30:00+01:00"
    meta = record["meta"]
    assert meta["format"] == "html"
    assert meta["url"] == "https://news.example.org/2024/03/evening-buses"
    assert meta["author"] == "Jane Doe"
    assert meta["sitename"] == "The Example Gazette"
    assert meta["lang_hint"] == "en"
    assert meta["main_content_extracted"] is True
    assert meta["source_file"] == "bus.html"
    # Markup furniture never reaches the text; the promo line trafilatura keeps is removed by our rules.
    for junk in ("do not extract me", "color: black", "Storm closes coastal road", "Weather", "Privacy"):
        assert junk not in text
    assert PROMO not in text
    assert any(r["rule"] == "boilerplate:promo" and PROMO in r["text"] for r in record["removed"])
    assert record["language"] == "en"


def test_extracted_article_is_not_cut_again_by_the_main_block_search() -> None:
    """Short lines between paragraphs (a list inside the article) stay: trafilatura already chose the block."""
    items = "<ul><li>Route 4</li><li>Route 7</li><li>Route 12</li><li>Route 15</li></ul>"
    record = _clean_html(article_page(body_extra=f"<p>The routes are:</p>{items}<p>{PARAGRAPHS[0][::-1]}</p>"))
    assert "Route 12" in record.text
    assert not any(r["rule"].startswith("boilerplate:outside-main") for r in record["removed"])


def test_html_sniffed_by_content_and_by_suffix() -> None:
    page = article_page().encode()
    assert looks_like_html(page)
    assert looks_like_html(b"\xef\xbb\xbf  <!-- c -->\n<HTML><body>x</body></HTML>")
    assert not looks_like_html(b"A plain text that mentions <html> later on.")
    assert kind_of("page.txt", page) == "html"
    assert kind_of("page.htm.gz", b"whatever") == "html"
    assert kind_of("notes.txt", b"Just text.") == "text"


def test_sniffed_html_in_a_txt_file_goes_through_the_html_reader(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes(article_page().encode())
    record = clean_file(path)
    assert record["meta"]["format"] == "html"
    assert "do not extract me" not in record.text


def test_shift_jis_page_decoded_from_meta_charset() -> None:
    paras = [
        "市議会は火曜日、夜間のバス運行を四つの路線で延長することを決めた。利用者はこの一年で大きく増えている。",
        "議員によると、運転手の勤務時間をずらすことで費用は予想より少なく済む見込みだという。",
        "住民からは、最終の停留所から家まで長い距離を歩かなければならないという声が寄せられていた。",
        "交通局は来月に新しい時刻表を発表し、秋の学期の始まりに合わせて運行を始める予定だ。",
    ]
    html = article_page(title="夜間バスを延長、市議会が決定", paragraphs=paras, charset="Shift_JIS")
    html = html.replace('lang="en"', 'lang="ja"')
    raw = html.encode("shift_jis")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert declared_charset(raw) == "Shift_JIS"
    record = _clean_html(raw)
    assert record["encoding"]["name"] in ("shift_jis", "cp932")
    assert paras[0] in record.text
    assert record["title"] == "夜間バスを延長、市議会が決定"
    assert record["language"] == "ja"


def test_http_charset_is_used_when_the_page_declares_none() -> None:
    html = article_page(charset=None).replace("buses grew", "büses grew")
    doc = Document(source="p.html", raw=html.encode("cp1252"), meta={"format": "html", "http_charset": "windows-1252"})
    record = clean_document(doc, Config())
    assert "büses grew" in record.text


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        type(self).hits.append(self.path)
        body = b'<!ENTITY leak "LEAKED-OVER-HTTP">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_external_entities_and_dtds_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT-4711")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY ext SYSTEM "file://{secret}">')
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    _CountingHandler.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        pages = [
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            + article_page(body_extra="<p>Entity here: &xxe; end.</p>").split("\n", 1)[1],
            f'<!DOCTYPE html SYSTEM "file://{dtd}">'
            + article_page(body_extra="<p>Entity here: &ext; end.</p>").split("\n", 1)[1],
            f'<!DOCTYPE html SYSTEM "http://127.0.0.1:{port}/evil.dtd">'
            + article_page(body_extra=f'<p>Entity &leak; <img src="http://127.0.0.1:{port}/pixel.png"></p>').split("\n", 1)[1],
            f'<!DOCTYPE html [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/p.dtd"> %remote;]>'
            + article_page().split("\n", 1)[1],
        ]
        for page in pages:
            record = _clean_html(page)
            assert "SECRET-FILE-CONTENT" not in record.text
            assert "LEAKED-OVER-HTTP" not in record.text
            assert PARAGRAPHS[0] in record.text
    finally:
        server.shutdown()
        server.server_close()
    assert _CountingHandler.hits == []


def test_deeply_nested_page_is_quarantined_quickly() -> None:
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "deep text " * 50 + "</div>" * depth + "</body></html>"
    t0 = time.perf_counter()
    with pytest.raises(QuarantineError) as err:
        _clean_html(page)
    assert err.value.reason == "html-too-deep"
    assert time.perf_counter() - t0 < 5


def test_oversized_page_is_quarantined_before_parsing() -> None:
    page = article_page(body_extra="<p>" + "filler text " * 200_000 + "</p>")
    with pytest.raises(QuarantineError) as err:
        _clean_html(page, config=Config(max_html_bytes=1_000_000))
    assert err.value.reason == "html-too-large"


def test_slow_extraction_hits_the_time_limit() -> None:
    rows = "".join(f"<div><p>Paragraph number {i} with a few words of text in it.</p></div>" for i in range(20_000))
    page = article_page(body_extra=rows)
    t0 = time.perf_counter()
    with pytest.raises(QuarantineError) as err:
        _clean_html(page, config=Config(html_timeout_seconds=0.05))
    assert err.value.reason == "html-timeout"
    assert time.perf_counter() - t0 < 5


def test_deadline_restores_an_outer_alarm_and_is_a_no_op_off_the_main_thread() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with deadline(5.0) as armed:
            assert armed
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0  # the outer timer is running again
        time.sleep(0.5)
        assert fired == [signal.SIGALRM]
        assert signal.getsignal(signal.SIGALRM) is not None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

    result: list[object] = []

    def worker() -> None:
        with deadline(0.01) as armed:
            result.append(armed)
        doc = Document(source="t.html", raw=article_page().encode(), meta={"format": "html"})
        result.append(read_html(doc, Config()).text)

    t = threading.Thread(target=worker)
    t.start()
    t.join(30)
    assert result[0] is False
    assert PARAGRAPHS[0] in str(result[1])


def test_page_without_a_main_block_falls_back_to_the_whole_text() -> None:
    page = "<html><body><p>Short.</p></body></html>"
    doc = read_html(Document(source="s.html", raw=page.encode(), meta={"format": "html"}), Config())
    assert "Short." in doc.text


def test_html_file_through_iter_file_has_provenance(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(article_page())
    (doc,) = list(iter_file(path, "sub/a.html", Config()))
    assert doc.meta == {"source_file": "sub/a.html", "format": "html"}
    assert doc.source == "sub/a.html"


FEATURES = [
    ("Page Inspector", "Examine the markup and the styles of any page and change its layout while it is open in a tab."),
    ("Network Monitor", "See every request the browser makes, how long each one takes and what came back from the server."),
    ("Style Editor", "View and edit the style sheets of a page, create new ones and apply them to the page at once."),
]


def test_call_to_action_link_closing_a_block_goes_and_the_block_stays() -> None:
    """A feature list whose items each end with "Learn more about X": the items are text, the links are not."""
    items = "".join(
        f'<li><h3>{name}</h3><p>{desc}</p><a href="/docs/{i}">Learn more about {name}</a></li>'
        for i, (name, desc) in enumerate(FEATURES)
    )
    record = _clean_html(article_page(body_extra=f"<ul>{items}</ul>"))
    for _name, desc in FEATURES:
        assert desc in record.text
    assert "Learn more" not in record.text
    # Left in the tree for trafilatura and the line rules: a link that is most of its block, a link
    # with text after it, a link whose words are not a call to action.
    from cleaners.formats.html import _prune, parse_html

    tree = parse_html(
        b"<html><body><p><a href='/m'>Read more</a></p>"
        b"<p>A sentence about the council and its budget for the year. <a href='/x'>Learn more</a> about it.</p>"
        b"<p>A sentence about the council and its budget for the year. <a href='/y'>the budget</a></p></body></html>"
    )
    _prune(tree)
    assert [a.get("href") for a in tree.iter("a")] == ["/m", "/x", "/y"]


def test_short_extraction_of_a_long_page_is_retried_with_the_full_cascade(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaners.formats import html as html_format

    calls: list[tuple[bool, str]] = []
    answers = {True: "A teaser line only.", False: "The article as the fallback extractors found it."}

    def fake(tree, *, fast, focus):  # type: ignore[no-untyped-def]
        calls.append((fast, focus))
        return answers[fast]

    monkeypatch.setattr(html_format, "_trafilatura_text", fake)
    long_page = html_format.parse_html(article_page(paragraphs=PARAGRAPHS * 3).encode())
    assert html_format.extract(long_page, Config()) == (answers[False], True)
    assert calls == [(True, "recall"), (False, "balanced")]

    # Not retried: a first extraction that is a fair share of the page, or fast mode already off.
    calls.clear()
    answers[True] = " ".join(PARAGRAPHS * 3)
    assert html_format.extract(long_page, Config()) == (answers[True], True)
    assert html_format.extract(long_page, Config(html_fast=False))[0] == answers[False]
    assert calls == [(True, "recall"), (False, "recall")]


@pytest.mark.parametrize(
    "page",
    [
        article_page(),
        article_page(body_extra='<div id="comments"><p>A reader comment that trafilatura prunes first.</p></div>'),
        article_page(paragraphs=["Too short."]),
        "<html><body><div><span></span></div></body></html>",
    ],
)
@pytest.mark.parametrize(("fast", "focus"), [(True, "recall"), (False, "balanced"), (True, "precision")])
def test_trafilatura_text_is_what_bare_extraction_gives(page: str, fast: bool, focus: str) -> None:
    """_trafilatura_text calls trafilatura's cascade without bare_extraction's copy: same text, and a
    trafilatura whose internals changed shape fails here rather than in production."""
    from copy import deepcopy

    from trafilatura import bare_extraction

    from cleaners.formats import html as html_format

    tree = html_format.parse_html(page.encode())
    html_format._prune(tree)
    result = bare_extraction(deepcopy(tree), options=html_format._extractor(fast, focus))
    expected = result.text if result is not None and result.text and result.text.strip() else ""
    assert html_format._trafilatura_text(tree, fast=fast, focus=focus) == expected


def test_block_named_copyright_outside_the_article_is_dropped() -> None:
    """A legal footer in a block the site names "copyright" (no <footer>): trafilatura keeps its list."""
    legal = "Reproduction of any article on this site without the written consent of the publisher is forbidden."
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Council extends evening bus service</title></head><body>"
        f"<div class='container'><div class='row'><div class='col-md-9'><h1>Council extends evening bus service</h1>"
        f"{paras}<p class='copyright'>{PARAGRAPHS[2][::-1]}</p></div></div></div>"
        "<div class='copyright'><div class='container'><div class='row'><div class='col-md-3'><ul>"
        f"<li>{legal}</li><li>Registered with the press council under number 2201-554 since the year 2004.</li>"
        "</ul></div></div></div></div></body></html>"
    )
    record = _clean_html(page)
    assert legal not in record.text and "2201-554" not in record.text
    for p in PARAGRAPHS:
        assert p in record.text
    # A block with the name inside the article is not a site footer.
    record = _clean_html(article_page(body_extra=f'<p class="copyright">{PARAGRAPHS[2][::-1]}</p>'))
    assert PARAGRAPHS[2][::-1] in record.text


def test_layout_table_becomes_blocks_and_data_table_stays_a_table() -> None:
    from cleaners.formats.html import _prune, parse_html

    prose = " ".join(PARAGRAPHS)
    menu = "".join(f"<a href='/{i}'>Section {i}</a><br>" for i in range(8))
    page = (
        "<html><body><table><tr><td>" + menu + "</td><td><h1>Evening buses</h1><p>" + prose + "</p></td></tr>"
        "<tr><td colspan='2'>Contact the newsroom</td></tr></table>"
        "<table><tr><td>Route 4</td><td>21:30</td></tr><tr><td>Route 7</td><td>22:10</td></tr></table>"
        "<table><tr><th>Route</th><th>Note</th></tr><tr><td>12</td><td>" + prose + "</td></tr></table></body></html>"
    )
    tree = parse_html(page.encode())
    _prune(tree)
    tables = list(tree.iter("table"))
    assert len(tables) == 2  # the short-celled one and the one with headers
    assert [len(list(t.iter("td"))) for t in tables] == [4, 2]
    assert prose in tree.text_content()
