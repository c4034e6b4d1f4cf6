"""JSON Lines reader: one document per line, from a text field or an HTML field.

Why line by line: a dump of millions of records must stream, and one broken line (cut JSON,
binary garbage, a line longer than `max_input_bytes`) must cost only that line: it becomes a
`Failure` (a quarantine entry naming the line), the lines around it are kept.

Field names come from Config (comma-separated candidates, first present wins; "a.b" reads a
nested field): `jsonl_text_fields`, `jsonl_html_fields`, `jsonl_url_fields`, `jsonl_id_fields`,
`jsonl_meta_fields`. A record with both text and HTML is read from its text (already extracted
upstream). The record's id, url and metadata object carry into the output record's `meta`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

import orjson

from cleaners.config import Config
from cleaners.document import Document

_CHUNK = 1 << 16


def _fields(spec: str) -> list[list[str]]:
    return [name.strip().split(".") for name in spec.split(",") if name.strip()]


def _get(obj: dict[str, Any], path: list[str]) -> Any:
    cur: Any = obj
    for part in path:
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def _first(obj: dict[str, Any], paths: list[list[str]], types: tuple[type, ...]) -> Any:
    for path in paths:
        value = _get(obj, path)
        if value is not None and isinstance(value, types):
            return value
    return None


def iter_jsonl(stream: BinaryIO, config: Config, base: Document, skipped: Counter[str]) -> Iterator[Any]:
    """Documents and Failures of a JSON Lines stream; `record_index` is the 0-based line number."""
    from cleaners.formats import Failure

    text_f, html_f = _fields(config.jsonl_text_fields), _fields(config.jsonl_html_fields)
    url_f, id_f, meta_f = _fields(config.jsonl_url_fields), _fields(config.jsonl_id_fields), _fields(config.jsonl_meta_fields)
    limit = config.max_input_bytes
    offset = 0
    index = -1
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        index += 1
        start = offset
        offset += len(line)
        meta = {**base.meta, "record_index": index, "offset": start, "line": index + 1}
        if len(line) > limit and not line.endswith(b"\n"):
            while chunk := stream.readline(_CHUNK):  # the rest of the line, never held whole
                offset += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield Failure("too-large", f"line {index + 1} is longer than max_input_bytes={limit}", meta)
            continue
        if not line.strip():
            skipped["blank-line"] += 1
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield Failure("broken-line", f"line {index + 1} is not valid JSON: {exc}", meta)
            continue
        if not isinstance(obj, dict):
            yield Failure("broken-line", f"line {index + 1} is a JSON {type(obj).__name__}, not an object", meta)
            continue
        text = _first(obj, text_f, (str,))
        html = None if text is not None else _first(obj, html_f, (str,))
        if text is None and html is None:
            yield Failure(
                "no-text-field",
                f"line {index + 1} has none of the fields {config.jsonl_text_fields!r} / {config.jsonl_html_fields!r}",
                meta,
            )
            continue
        source_id = _first(obj, id_f, (str, int))
        if source_id is not None:
            meta["source_id"] = str(source_id)
        url = _first(obj, url_f, (str,))
        if url:
            meta["url"] = url
        extra = _first(obj, meta_f, (dict,))
        if extra:
            meta["source_meta"] = extra
        if text is not None:
            meta["format"] = "text"
            doc = Document(source=base.source, text=text, source_sha256=base.source_sha256, meta=meta)
            doc.encoding, doc.encoding_confidence = "utf-8", 1.0
        else:
            meta["format"] = "html"
            doc = Document(
                source=base.source, raw=html.encode("utf-8", "surrogatepass"), source_sha256=base.source_sha256, meta=meta
            )
        yield doc
