"""Security of inputs and deploy: names in the data never become paths, HTML never reaches the
network, the deploy publishes nothing beyond localhost and commits no secret.

(Also proven elsewhere: symlinks out of the inbox and loops in tests/test_runner.py, XXE and
external DTDs in tests/test_formats_html.py, literal secrets and `${VAR:?}` in tests/test_compose.py,
401 without or with a bad token against the running api-server in tests/test_distributed.py.)
"""

from __future__ import annotations

import http.server
import json
import re
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml

from cleaners.config import Config
from cleaners.runner import RunError, check_run_id, run
from cleaners.write import read_jsonl

REPO = Path(__file__).resolve().parent.parent
ENGLISH = sorted((REPO / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
TRAVERSAL = ["../../../../../tmp/cleaners-escape", "/tmp/cleaners-escape-abs", "..\\..\\evil", "a/../../b"]


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _warc(uri: str, filename: str, body: bytes, n: int) -> bytes:
    http_block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nWARC-Filename: {filename}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http_block)}\r\n\r\n"
    )
    return head.encode() + http_block + b"\r\n\r\n"


def test_names_in_jsonl_and_warc_metadata_never_become_paths(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    lines = [
        json.dumps({"id": name, "url": f"file://{name}", "text": ENGLISH + f"\n\nVariant {i}.", "meta": {"path": name}})
        for i, name in enumerate(TRAVERSAL)
    ]
    (inbox / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n")) + "</article></body></html>"
    (inbox / "crawl.warc").write_bytes(
        b"".join(_warc(f"file://{name}", name, page.replace("</article>", f"<p>Copy {i}.</p></article>").encode(), i)
                 for i, name in enumerate(TRAVERSAL))
    )
    before = _tree(tmp_path)
    out = tmp_path / "out"
    s = run([inbox], out, progress=False)
    assert s.records >= len(TRAVERSAL)
    assert not Path("/tmp/cleaners-escape").exists() and not Path("/tmp/cleaners-escape-abs").exists()
    created = {p for p in _tree(tmp_path) - before if not p.startswith("out")}
    assert created == set(), f"files written outside the corpus folder: {created}"
    shard_names = {p.name for p in (out / "shards").iterdir()}
    assert all(name.startswith(s.run_id) for name in shard_names)
    ids = {r["meta"].get("source_id") for p in (out / "shards").glob("*.jsonl.zst") for r in read_jsonl(p)}
    assert set(TRAVERSAL) <= ids  # kept as data, verbatim


@pytest.mark.parametrize("run_id", ["../escape", "/abs", "a/b", ".hidden", "-flag", "x" * 101, "a\nb"])
def test_run_ids_cannot_name_a_path_outside_the_corpus(run_id: str, tmp_path: Path) -> None:
    with pytest.raises(RunError, match="invalid run id"):
        check_run_id(run_id)
    with pytest.raises(RunError):
        run([tmp_path], tmp_path / "out", progress=False, run_id=run_id)


def test_a_symlinked_input_folder_out_of_the_inbox_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text(ENGLISH, encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "link").symlink_to(outside)
    (inbox / "file-link.txt").symlink_to(outside / "private.txt")
    out = tmp_path / "out"
    s = run([inbox], out, progress=False)
    assert s.records == 0
    entries = [e for p in (out / "quarantine").glob("*.jsonl") for e in read_jsonl(p)]
    assert {e["reason"] for e in entries} == {"symlink_outside_root"}


class _Counting(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Counting.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"FETCHED-OVER-HTTP")

    def log_message(self, *args: Any) -> None:
        pass


def test_html_inputs_never_fetch_linked_resources(tmp_path: Path) -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counting)
    _Counting.hits = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    paras = "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n"))
    page = (
        f'<html><head><base href="{base}/"><link rel="stylesheet" href="{base}/s.css">'
        f'<meta http-equiv="refresh" content="0; url={base}/r"><script src="{base}/x.js"></script>'
        f'<link rel="import" href="{base}/imp.html"></head><body><article>{paras}'
        f'<img src="{base}/i.png" srcset="{base}/i2.png 2x"><iframe src="{base}/f.html"></iframe>'
        f'<object data="{base}/o.svg"></object><svg><image href="{base}/s.svg"/></svg>'
        f'<p style="background:url({base}/bg.png)">Styled.</p></article></body></html>'
    )
    (inbox / "page.html").write_text(page, encoding="utf-8")
    try:
        s = run([inbox], tmp_path / "out", Config(), progress=False)
    finally:
        server.shutdown()
        server.server_close()
    assert s.records == 1
    assert _Counting.hits == []


# -- the deploy ------------------------------------------------------------------------------------


def test_compose_publishes_ports_on_localhost_only() -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    published = []
    for name, svc in compose["services"].items():
        for port in svc.get("ports") or []:
            spec = port if isinstance(port, str) else f"{port.get('host_ip', '')}:{port.get('published')}"
            published.append((name, spec))
            assert spec.startswith("127.0.0.1:"), f"{name} publishes {spec} on every interface"
    assert published, "the api-server (UI) must be published (on 127.0.0.1)"
    doc = (REPO / "docs" / "airflow.md").read_text()
    assert "127.0.0.1:${AIRFLOW_API_PORT:-8080}" in doc  # where the README/doc says the UI binds


def test_no_env_file_or_secret_value_is_committed() -> None:
    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    assert ".env" not in files
    example = (REPO / ".env.example").read_text()
    for var in ("POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET", "AIRFLOW_ADMIN_PASSWORD"):
        (value,) = re.findall(rf"^{var}=(.*)$", example, re.M)
        assert value == "", f".env.example holds a value for {var}"
        assert re.search(rf"\$\{{{var}:\?", (REPO / "docker-compose.yml").read_text()), f"{var} is not required"


def test_dependencies_are_pinned_and_audit_is_a_maintenance_command() -> None:
    lock = (REPO / "requirements.lock").read_text().splitlines()
    reqs = [line for line in lock if line and not line.startswith((" ", "#"))]
    assert reqs and all("==" in line for line in reqs), [r for r in reqs if "==" not in r][:5]
    assert re.search(r"^audit:", (REPO / "Makefile").read_text(), re.M)
