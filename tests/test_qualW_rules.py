"""Run rules found by qualW's docs and science probe pages (tests/pages), with the near misses they must leave.

- A code block over its copy button ("Copy", "Kopieren", "コピー"): the commands and config lines score as menu rows
  and cut the page off after its first block; the block and its button are transparent to the run search
  (boilerplate.code_block_transparent). A share row's "Copy" under its network buttons is no code block.
- A paper's "Discussion" section under its "Results" heading was read as a comments heading and ended the
  article (boilerplate.paper_discussions_kept); a blog's "Discussion" over readers' comments still ends it.
(The Russian paper whose "Поступила в редакцию: ..." gave the received date as the published one is checked by
its probe page, ru_zhurnal_statya_annotatsiya_literatura.)

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, removed_pairs


def test_code_block_over_copy_button_keeps_the_rest_of_the_guide() -> None:
    lines = [
        "Skip to content", "Docs", "Version 4.1", "Search", "Getting started", "Installation", "Quickstart",
        "Configuration", "Data sources", "Exports", "Scheduling", "Users", "Roles", "Single sign-on", "Backups",
        "Restore", "Troubleshooting", "FAQ", "Release notes",
        "Home / Administration / Backups",
        "Setting up backups",
        "The server keeps every project, user and setting in a single database. A regular backup of that database is "
        "the most important protection against losing data after a disk failure or a broken update.",
        "In this guide you set up a nightly backup, choose how many backups to keep, and check that a backup can "
        "really be restored.",
        "Step by step",
        "1. Log in to the server and change to the installation folder.",
        "2. Open the file config/backup.yml in an editor.",
        "3. Enter the target folder and the time of the backup.",
        "backup:",
        "  target: /var/backups/app",
        "  schedule: \"0 2 * * *\"",
        "  keep: 14",
        "Copy",
        "Then restart the service:",
        "sudo systemctl restart app",
        "Copy",
        "Note: the schedule uses cron syntax, so the line above means every day at 2:00 server time.",
        "Checking a backup",
        "A backup that was never restored is only a guess. Restore one on a test system at least once a quarter, "
        "and log in there to check that your projects are complete.",
        "Was this page helpful?",
        "Yes",
        "No",
        "Previous",
        "Users",
        "Next",
        "Restore",
        "© 2025 The authors",
    ]
    record = clean_lines(lines)
    kept = kept_texts(record)
    assert "sudo systemctl restart app" in kept
    assert any(t.startswith("A backup that was never restored") for t in kept)
    assert ("boilerplate:furniture", "Copy") in removed_pairs(record)


def test_share_row_copy_button_is_no_code_block() -> None:
    lines = [
        "News", "Sport", "Culture",
        "Council approves the new bridge",
        "The council voted on Tuesday to build a footbridge over the river, ending a debate that has gone on for "
        "more than ten years and divided the two halves of the town.",
        "Work is due to start next spring and should take about eighteen months, the council said in a statement "
        "after the vote.",
        "Share this article",
        "Facebook",
        "WhatsApp",
        "Copy",
        "Most read",
        "Library opening hours extended",
        "School fete raises record sum",
    ]
    kept = kept_texts(clean_lines(lines))
    assert "Facebook" not in kept and "WhatsApp" not in kept and "Copy" not in kept


def _paper(discussion_heading: str) -> list[str]:
    return [
        "Journal of Examples", "Articles", "About", "Submit",
        "Shade and stream temperature in small catchments",
        "Introduction",
        "Small streams warm quickly when the trees along their banks are lost, and cold-water fish suffer first "
        "when the water stays warm for several days in a row.",
        "Results",
        "Reaches with full canopy cover were on average two degrees cooler at their downstream end during the "
        "hottest week of each of the three summers we measured.",
        discussion_heading,
        "Our results support the planting of trees along small streams as a cheap way to keep them cool, as earlier "
        "small studies had suggested.",
        "Related articles",
        "Wildfire ash and stream chemistry",
    ]


def test_paper_discussion_section_is_kept() -> None:
    for heading in ("Discussion", "Results and discussion"):
        kept = kept_texts(clean_lines(_paper(heading)))
        assert any(t.startswith("Our results support the planting") for t in kept), heading


def test_blog_discussion_heading_still_ends_the_post() -> None:
    lines = [
        "My garden blog", "Home", "About", "Archive",
        "Why I stopped digging my vegetable beds",
        "Three years ago I stopped digging the beds in the spring and started covering them with compost instead, "
        "and the soil has never been better.",
        "The weeds came up less, the worms came back, and I saved a weekend of hard work every year.",
        "Discussion",
        "Mark from Leeds",
        "I tried this last year and the slugs loved the compost. Any tips on keeping them away from the seedlings?",
    ]
    kept = kept_texts(clean_lines(lines))
    assert not any(t.startswith("I tried this last year") for t in kept)



def test_code_like_text_reads_an_underscore_as_a_word_character() -> None:
    """_code_like_text is _CODE_CHAR_RE.search or _CODE_WORD_RE.match written out: after a keyword, "_" is a word
    character as \\b reads it ("class_name list" opens with no keyword). It compared the character with 95, which
    only the compiled module read as "_": pure Python and compiled disagreed."""
    from cleaners import boilerplate

    fn = getattr(boilerplate, "_code_like_text", None)
    if fn is None:
        pytest.skip("a C function of the compiled module (CLEANERS_PURE_PYTHON=1 runs this test)")
    for text in ("class_name list", "def_x", "import_data now", "if_needed", "return value", "for x in y", "class A",
                 "imports are up", "letter"):
        want = bool(boilerplate._CODE_CHAR_RE.search(text) or boilerplate._CODE_WORD_RE.match(text))
        assert fn(text) == want, text
