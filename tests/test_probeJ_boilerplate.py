"""probeJ: an old-style site's or a serial's row of previous / index / next links, and a plain-text standard's
printed page footers and running headers, are furniture; the text around them stays one article."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.boilerplate import _PRINTED_PAGE_FOOTER_RE, _link_pager_row

_STORY = [
    "This spring I finally built the little bridge that carries the path over the stream behind the house.",
    "The piers are made of old bricks from the shed we took down, stacked and set in lime mortar by hand.",
    "The trickiest part was getting the deck level, because the bank on one side is a good deal lower.",
    "The first walk over it was on a wet Sunday, and nobody fell in, which I count as a success.",
]


def _kept(lines: list[str]) -> str:
    record = clean_text("\n".join(lines).encode())
    return "\n".join(p["text"] for p in record.paragraphs)


def test_link_pager_rows_in_several_scripts() -> None:
    assert _link_pager_row("<< Part 2: The pond | Back to My projects | Part 4: The gate >>", 14)
    assert _link_pager_row("← 前の記録へ | 記録一覧 | 次の記録へ →", 5)
    assert _link_pager_row("« Chapitre précédent | Sommaire | Chapitre suivant »", 6)


def test_no_pager_row_without_arrows_at_both_ends() -> None:
    assert not _link_pager_row("Home | About | Links", 5)  # a menu (its own rules)
    assert not _link_pager_row("« Nous partirons demain », dit-elle, « et tant pis »", 9)  # quotes, no bars
    assert not _link_pager_row("<< Part 2 | Part 4", 5)  # no arrow closing it
    assert not _link_pager_row("a < b | c > d " + "word " * 30, 40)  # too long for a row of links


def test_pager_row_under_a_story_goes_and_the_story_stays() -> None:
    row = "<< Part 2: The pond | Back to My projects | Part 4: The gate >>"
    kept = _kept(["My Bridge, Part 3", *_STORY, row, "Back to home"])
    assert row not in kept
    for line in _STORY:
        assert line in kept


def test_printed_page_footer_shape() -> None:
    assert _PRINTED_PAGE_FOOTER_RE.match("Lowe                 Standards Track              [Page 2]")
    assert _PRINTED_PAGE_FOOTER_RE.match("Rossi Informational [Page 14]")
    assert not _PRINTED_PAGE_FOOTER_RE.match("See the list on the next page. It is long [Page 2]")  # a sentence
    assert not _PRINTED_PAGE_FOOTER_RE.match("[Page 2] of the manual")


def test_page_break_of_a_plain_text_document_goes_and_the_text_goes_on() -> None:
    before = [
        "   Small sensors often keep time with a cheap crystal that drifts by several",
        "   seconds a day, and a collector needs to know how far each clock has drifted.",
        "",
        "   Existing time protocols ask the node to keep per-server state and to exchange",
        "   several messages, which is too costly for a node that sleeps most of the time.",
    ]
    after = [
        "2.  Message Format",
        "",
        "   The report is a single map with three entries, sent in one datagram with no reply",
        "   expected, so that a node spends as little time awake as it possibly can.",
        "",
        "   A node MUST NOT send more than one report per wake-up period, and a collector",
        "   SHOULD drop any report that arrives more often than the period allows for.",
    ]
    footer = "Lowe                         Standards Track                    [Page 2]"
    header = "RFC 9871                Clock Offset Report                   March 2025"
    record = clean_text("\n".join(["1.  Introduction", "", *before, "", footer, "", header, "", *after]).encode())
    kept = "\n".join(p["text"] for p in record.paragraphs)
    assert "[Page 2]" not in kept and "Clock Offset Report" not in kept
    assert "drifts by several seconds a day" in kept
    assert "The report is a single map with three entries" in kept
    assert "SHOULD drop any report" in kept
    assert {r["rule"] for r in record["removed"] if "[Page 2]" in r["text"] or "Clock Offset" in r["text"]}


def test_comment_with_its_signature_is_part_of_a_qa_card() -> None:
    """A comment under a question ("... – handle" and its date) is the card's, not the question's headline."""
    lines = [
        "Why does my cron job run twice every night?",
        "Asked 2 years ago",
        "Viewed 3k times",
        "My backup script runs from cron at two in the morning, but the log shows that it started twice each night.",
        "There is only one line for it in my crontab, and no other user has a crontab on this machine at all.",
        "cron",
        "linux",
        "Share",
        "Improve this question",
        "Follow",
        "asked Mar 2, 2023 at 9:10",
        "night_owl",
        "Is the script also in /etc/cron.d by any chance? That would explain it.",
        "– brick_layer",
        "Mar 2, 2023 at 9:15",
        "1 Answer",
        "Your system probably has the same job in /etc/cron.d as well as in your crontab, so it runs from both.",
        "Remove one of the two entries and the job will run once a night again, as you expected it to.",
    ]
    record = clean_text("\n".join(lines).encode())
    assert record["title"] == "Why does my cron job run twice every night?"
    assert any(r["rule"].endswith("qa-card") and "That would explain it" in r["text"] for r in record["removed"])
