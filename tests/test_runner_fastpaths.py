"""The runner's shortcuts around pathlib and serialization give what the plain definitions give.

discover() builds each source as "<folder prefix>/<name>" instead of `path.relative_to(root).as_posix()`;
claims name files with `_absolute_name` instead of `text_name(Path(path).absolute())`; workers
serialize each record once (the serializability check's bytes are the shard line).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cleaners import runner
from cleaners.config import Config
from cleaners.runner import InputFile, _absolute_name, clean_batch, clean_batch_encoded, discover, text_name
from cleaners.write import json_line


def _tree(root: Path) -> None:
    (root / "a" / "b" / "c").mkdir(parents=True)
    (root / "z").mkdir()
    for rel in ("top.txt", "a/x.txt", "a/b/y.txt", "a/b/c/deep.txt", "z/é.txt", "a/.hidden.txt"):
        (root / rel).write_text("Some text of a page.\n")
    (root / os.fsdecode(b"a/b/bad-\xff-name.txt")).write_text("x\n")
    (root / "0links").mkdir()
    os.symlink(root / "a" / "b", root / "0links" / "link-to-b")  # walked before a/b itself
    os.symlink(root / "top.txt", root / "z" / "link-to-top.txt")


@pytest.mark.parametrize("form", ["absolute", "relative", "dotted", "trailing-slash"])
def test_discover_sources_match_relative_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str) -> None:
    root = tmp_path / "in"
    root.mkdir()
    _tree(root)
    monkeypatch.chdir(tmp_path)
    given = {"absolute": str(root), "relative": "in", "dotted": "./in/../in", "trailing-slash": "in/"}[form]
    found = list(discover([given]))
    assert len(found) >= 7
    for f in found:
        assert f.source == text_name(Path(f.path).relative_to(f.root).as_posix())
        assert f.root == Path(given)


def test_discover_from_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = list(discover(["."]))
    assert {f.source for f in found} >= {"top.txt", "a/x.txt", "a/b/c/deep.txt", "0links/link-to-b/y.txt"}
    for f in found:
        assert f.source == text_name(Path(f.path).relative_to(f.root).as_posix())


@pytest.mark.parametrize(
    "path", ["x.txt", "a/b.txt", "./a//b.txt", "/abs/p.txt", "a/../b.txt", ".", os.fsdecode(b"bad-\xfe.txt")]
)
@pytest.mark.parametrize("cwd", ["/", "/work/some dir", "//net/share"])
def test_absolute_name_matches_pathlib(path: str, cwd: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "getcwd", lambda: cwd)
    expected = text_name(Path(path).absolute())
    assert _absolute_name(Path(path), cwd) == expected
    assert _absolute_name(path, cwd) == expected


def test_encoded_lines_are_the_records_json_lines(tmp_path: Path) -> None:
    texts = sorted((Path(__file__).parent.parent / "seeds").rglob("*.txt"))[:6]
    assert texts, "seed pages expected"
    files = [InputFile(p, p.parent, p.name) for p in texts]
    plain = clean_batch(files, Config())
    encoded = clean_batch_encoded(files, Config())
    assert plain.records and not encoded.records
    assert [e.line for e in encoded.encoded] == [json_line(r) for r in plain.records]
    assert encoded.encoded == [runner.encode_record(r) for r in plain.records]
    assert encoded.quarantined == plain.quarantined
