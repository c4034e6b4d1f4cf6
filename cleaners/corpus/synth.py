"""Synthetic pages for the corpus-pass tests and benchmarks (deterministic for a seed).

Real pages are what matter (scripts/bench_site_learning.py uses the dev set), but exact control
over what repeats where needs generated text: sites whose pages share menus and footers, articles
in a made-up language (so no word list knows any line), CJK articles, and the copies a crawler
meets (exact, edited, reordered, re-wrapped in other chrome, translated).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cleaners.record import record_id
from cleaners.version import PIPELINE_VERSION

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
# Common Han characters (a fixed run of the URO block is enough for made-up CJK prose).
_HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


@dataclass(frozen=True)
class Language:
    """A made-up language: a fixed vocabulary; word i of one language translates to word i of another."""

    name: str
    words: tuple[str, ...]

    @classmethod
    def make(cls, name: str, seed: int, size: int = 2000) -> Language:
        rng = random.Random(f"{name}:{seed}")
        words: list[str] = []
        seen: set[str] = set()
        while len(words) < size:
            w = "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 4)))
            if len(w) > 2 and w not in seen:
                seen.add(w)
                words.append(w)
        return cls(name, tuple(words))


def sentence_ids(rng: random.Random, vocab_size: int, min_words: int = 10, max_words: int = 24) -> list[int]:
    # Zipf-like word choice so texts share common words, like real prose.
    n = rng.randint(min_words, max_words)
    return [min(int(rng.paretovariate(1.1)) - 1, vocab_size - 1) if rng.random() < 0.5
            else rng.randrange(vocab_size) for _ in range(n)]


def render(ids: Sequence[int], lang: Language) -> str:
    words = [lang.words[i] for i in ids]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


@dataclass
class Article:
    """Paragraphs as word-id sentences, so the same article can be rendered in any Language."""

    paragraphs: list[list[list[int]]]
    numbers: list[str]

    def render(self, lang: Language) -> list[str]:
        out = []
        for k, para in enumerate(self.paragraphs):
            text = " ".join(render(s, lang) for s in para)
            # Numbers and names survive translation, as in real translations.
            out.append(f"{text[:-1]} {self.numbers[k % len(self.numbers)]}.")
        return out


def article(rng: random.Random, vocab_size: int = 2000, n_paragraphs: int = 6) -> Article:
    paragraphs = [[sentence_ids(rng, vocab_size) for _ in range(rng.randint(2, 4))] for _ in range(n_paragraphs)]
    numbers = [str(rng.randint(10, 99999)) for _ in range(3)]
    return Article(paragraphs, numbers)


def cjk_article(rng: random.Random, n_paragraphs: int = 5) -> list[str]:
    """Made-up Chinese-script prose: no spaces, full stops."""
    paras = []
    for _ in range(n_paragraphs):
        sents = ["".join(rng.choice(_HAN) for _ in range(rng.randint(15, 35))) + "。" for _ in range(rng.randint(2, 4))]
        paras.append("".join(sents))
    return paras


def edit(paragraphs: Sequence[str], rng: random.Random, rate: float = 0.02) -> list[str]:
    """Light edits: each word replaced, dropped or doubled with probability `rate`."""
    out = []
    for p in paragraphs:
        words = p.split(" ")
        new: list[str] = []
        for w in words:
            r = rng.random()
            if r < rate / 3:
                new.append(w[::-1])
            elif r < 2 * rate / 3:
                continue
            elif r < rate:
                new.extend([w, w])
            else:
                new.append(w)
        out.append(" ".join(new) if new else p)
    return out


@dataclass
class Chrome:
    """A site's template: lines above and below the article on every page."""

    header: list[str]
    footer: list[str]

    def wrap(self, title: str, body: Sequence[str]) -> str:
        return "\n\n".join([*self.header, title, *body, *self.footer]) + "\n"


def chrome(rng: random.Random, lang: Language) -> Chrome:
    menu = " | ".join(lang.words[rng.randrange(len(lang.words))].capitalize() for _ in range(6))
    header = [menu, lang.words[rng.randrange(50)].capitalize() + " " + lang.words[rng.randrange(50)]]
    footer = [
        render(sentence_ids(rng, 300, 8, 14), lang),
        "© " + lang.words[rng.randrange(300)].capitalize() + " " + str(rng.randint(1990, 2030)),
    ]
    return Chrome(header, footer)


def record(
    paragraphs: Sequence[str],
    *,
    key: str,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    language: str = "und",
) -> dict[str, Any]:
    """A valid record as the runner would build it (spans included) without running the pipeline.

    `key` makes the content hash, hence the record id: the same key, the same id.
    """
    lines = ([title] if title else []) + list(paragraphs)
    pos = 0
    spans: list[list[int]] = []
    for line in lines:
        spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    sha = hashlib.sha256(key.encode("utf-8")).hexdigest()
    text = "\n\n".join(lines)
    return {
        "id": record_id(sha),
        "source": source or f"{key}.txt",
        "source_sha256": sha,
        "title": title,
        "published": None,
        "attribution": None,
        "language": language,
        "language_confidence": 1.0,
        "paragraphs": [{"text": p, "kind": "body", "language": language} for p in paragraphs],
        "text": text,
        "removed": [],
        "stats": {
            "paragraphs": len(paragraphs),
            "lines": len(lines),
            "lines_removed": 0,
            "removed_by_rule": {},
            "spans": {"title": spans[0] if title else None, "paragraphs": spans[1:] if title else spans},
        },
        "encoding": {"name": None, "confidence": 1.0},
        "normalization": [],
        "meta": {"url": url} if url else {},
        "pipeline_version": PIPELINE_VERSION,
    }
