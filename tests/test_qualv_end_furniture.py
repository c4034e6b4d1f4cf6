"""qualV: the furniture at the end of community, tech-blog and magazine articles (probe pages
tests/pages/*_qualV-style: teaser cards cut off with "...", share pleas and their counters, a category row over the
headline, a how-to's list intro that opens with a furniture verb). Each case failed before its change."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text, patterns

ARTICLE = [
    "Most home-lab services start life as a process someone installed by hand years ago. Moving one into a container "
    "sounds simple until you realise the data lives in three different directories nobody wrote down.",
    "This walkthrough uses a small note-taking service as the example, but the steps apply to almost anything that "
    "keeps its state in files on disk, from a wiki to a photo gallery.",
    "Stop the service first. Then list every file it has open while it starts again, and write the paths down. "
    "Configuration, the database file and uploaded attachments are usually in separate places.",
    "Start the container and open the web interface. Compare the number of notes with the old instance before you "
    "delete anything, and keep the old files for at least a week.",
]
NAV = ["Skip to main content", "Home Lab Notes", "Articles", "Forums", "Events", "Sign in"]
FOOTER = ["About us", "Privacy", "Terms", "© 2025 Home Lab Notes"]
HEADLINE = "How to move a small home-lab service into a container without losing its data"
BYLINE = "By Marta Kovač · 3 February 2025"


def _page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*NAV, *middle, HEADLINE, BYLINE, *ARTICLE, *tail, *FOOTER]) + "\n"


def _kept(text: str) -> str:
    return "\n".join(p["text"] for p in clean_text(text).data["paragraphs"])


def _rule(text: str, line: str) -> str | None:
    for r in clean_text(text).data["removed"]:
        if r["text"] == line:
            return r["rule"]
    return None


@pytest.mark.parametrize("text", [
    "¿Te ha gustado? ¡Compártelo!", "Ti è piaciuto? Condividilo!", "Gostou? Compartilhe!",
    "Gefällt dir der Artikel? Dann teile ihn!", "Gefällt es dir? Dann teile es!", "Enjoyed this essay? Pass it on!",
])
def test_share_plea_after_a_question_without_object(text: str) -> None:
    assert patterns.READER_VERDICT_PLEA_RE.match(text)


@pytest.mark.parametrize("text", [
    "¿Te ha gustado?", "Ti è piaciuto?", "Gostou? Então volte amanhã.", "Gefällt dir der Artikel über Bienen, den sie schrieb?",
])
def test_question_alone_is_no_share_plea(text: str) -> None:
    m = patterns.READER_VERDICT_PLEA_RE.match(text)
    assert m is None or patterns.READER_VERDICT_OTHER_RE.search(m.group(0))


@pytest.mark.parametrize("text", [
    "12 partages", "7 veces compartido", "3 compartilhamentos", "9 condivisioni", "5 Mal geteilt", "8 репостов",
    "6 keer gedeeld",
])
def test_share_counters(text: str) -> None:
    assert patterns.TIMESTAMP_RE.match(text)


@pytest.mark.parametrize("text", ["12 partages de fichiers", "5 Mal geteilt und gelöscht", "Geteilt"])
def test_no_share_counter(text: str) -> None:
    assert not patterns.TIMESTAMP_RE.match(text)


def test_excerpt_cards_go_without_a_heading() -> None:
    tail = (
        "Is a second-hand mini PC enough for a home lab?",
        "I bought one for the price of a dinner out and have been running eleven services on it since ...",
        "Weekly Roundup - 31 January 2025",
        "Three reasons your backups are not backups, a new release of the compose tool and the best …",
    )
    text = _page(tail=tail)
    for line in tail:
        assert _rule(text, line) == "boilerplate:teaser-card", line


def test_one_trailing_answer_is_no_card() -> None:
    tail = (
        "What would you change next time?",
        "Honestly, I would start with the backups, because the first time I tried this I lost a week of notes and ...",
        "That is all there is to it. The first migration takes an afternoon; the second one takes twenty minutes.",
    )
    kept = _kept(_page(tail=tail))
    assert "Honestly, I would start with the backups" in kept


def test_quoted_ellipsis_inside_a_paragraph_stays() -> None:
    tail = (
        "Short answers",
        'A reader wrote "I was going to say something about this but..." and nothing followed it, which says a lot.',
        "Long answers",
        'Another ended with "well, we\'ll see..." and came back a week later with a whole essay on the subject.',
    )
    kept = _kept(_page(tail=tail))
    assert "I was going to say something about this but..." in kept
    assert "well, we'll see..." in kept


def test_share_count_next_to_a_share_plea() -> None:
    text = _page(tail=("137", "Enjoyed this guide? Pass it on!"))
    assert _rule(text, "137") == "boilerplate:furniture"
    assert "137" not in _kept(text)


def test_list_intro_with_a_furniture_verb_stays() -> None:
    text = _page(tail=(
        "Follow these steps in order:",
        "Open the compose file.",
        "Name the volume after the service.",
        "Save your file now.",
        "Once the container runs, compare the number of notes with the old instance before you delete anything.",
    ))
    kept = _kept(text)
    assert "Follow these steps in order:" in kept
    assert "Save your file now." in kept


PAGES = Path(__file__).resolve().parent / "pages"


@pytest.mark.parametrize(("page", "headline"), [
    ("ru_blog_avtor_zayavka_modal", "Как настроить автоматическое резервное копирование домашнего сервера"),
    ("it_rivista_evento_iscriviti_anteprime", "Come archiviare le foto di famiglia perché durino cinquant'anni"),
])
def test_category_row_over_a_sentence_case_headline_is_no_title(page: str, headline: str) -> None:
    """The row ("Технологии Софт Linux Серверы Советы") was taken for a headline over its standfirst."""
    assert clean_text((PAGES / f"{page}.txt").read_text(encoding="utf-8")).data["title"] == headline


def test_title_case_headline_over_a_standfirst_keeps_its_standfirst_bonus() -> None:
    """A title-case headline over a sentence-case standfirst that ends with a full stop is still the title."""
    text = "\n".join([
        *NAV, "Council Approves New Harbour Plan",
        "The plan adds a ferry pier and a cycle path, and work is due to start in the spring of next year.",
        BYLINE, *ARTICLE, *FOOTER,
    ]) + "\n"
    assert clean_text(text).data["title"] == "Council Approves New Harbour Plan"
