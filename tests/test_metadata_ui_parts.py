"""`_is_ui` tries only the alternatives of _UI_RE whose keys the line holds: it must say what the whole
alternation says, on page lines and on generated lines made of the alternatives' words in any case."""

from __future__ import annotations

import random

from pagetexts import dev_dumps, own_pages

from cleaners import metadata

WORDS = ["click", "tap", "here", "to", "opens", "open", "in", "a", "new", "window", "tab", "external", "links", "link",
         "share", "print", "email", "tweet", "like", "follow", "comment", "save", "copy link", "permalink", "privacy",
         "cookies", "cookie", "sign", "up", "log", "login", "logout", "out", "subscribe", "newsletters", "javascript",
         "browser", "support", "update", "enable", "[edit]", "[", "]", "edit", "править", "編集", "x", "the", ".", "\n",
         "İ", "ı", "ſ", "\u212a", "é", "\ud800", "\U00020000"]


def _oracle(text: str) -> bool:
    return metadata._UI_RE.search(text) is not None


def test_ui_parts_are_the_alternation() -> None:
    assert "|".join(part.pattern for _, part in metadata._UI_PARTS) == metadata._UI_RE.pattern
    assert tuple(key for keys, _ in metadata._UI_PARTS for key in keys) == metadata._UI_KEYS


def test_is_ui_on_page_lines() -> None:
    paths = own_pages()
    paths += dev_dumps(required=False)
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            assert metadata._is_ui(line) == _oracle(line), line


def test_is_ui_on_generated_lines() -> None:
    rng = random.Random(12)
    for _ in range(30000):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 7))]
        words = [w.upper() if rng.random() < 0.2 else w.title() if rng.random() < 0.2 else w for w in words]
        text = rng.choice([" ", "", "-"]).join(words)
        metadata._is_ui.cache_clear()
        assert metadata._is_ui(text) == _oracle(text), text
