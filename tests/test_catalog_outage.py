"""PostgreSQL gone mid-run, for real: a TCP proxy between the run and the server is cut, then restored.

The machine's PostgreSQL is shared and never restarted: the outage is made by the proxy, which
drops every open connection and refuses new ones (accepts and closes at once) while cut. The run
must retry its idempotent catalog calls (cleaners.catalog_retry), finish once the proxy is back,
and hold every record exactly once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from test_faults import corpus_records, make_inbox

import cleaners.runner as runner_mod
from cleaners.catalog import Catalog
from cleaners.catalog_retry import RetryingCatalog, is_transient
from cleaners.config import Config
from cleaners.runner import run


class Proxy:
    """127.0.0.1:<port> -> upstream, with cut() / restore()."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.down = False
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self.lock:
                self.conns += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.down = True
        self.cuts += 1
        with self.lock:
            conns, self.conns = self.conns, []
        for s in conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def restore(self) -> None:
        self.down = False

    def close(self) -> None:
        self.listener.close()
        self.cut()


@pytest.fixture
def proxy(pg_url: str) -> Iterator[tuple[Proxy, str]]:
    url = make_url(pg_url)
    p = Proxy((url.host or "127.0.0.1", url.port or 5432))
    try:
        yield p, url.set(port=p.port).render_as_string(hide_password=False)
    finally:
        p.close()


def test_postgres_outage_mid_run_is_ridden_out_without_loss_or_duplicate(
    proxy: tuple[Proxy, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p, url = proxy
    inbox = make_inbox(tmp_path)
    config = Config(shard_max_records=3)
    ref = tmp_path / "ref"
    run([inbox], ref, config, progress=False)
    expected = corpus_records(ref)

    # Cut the proxy while the run is between files (after its 4th file), restore it 3 s later.
    real_take = runner_mod._Run.take
    seen = {"files": 0}
    catalogs: list[Any] = []

    def take(self: Any, batch: list[Any], result: Any) -> None:
        catalogs.append(self.catalog)
        real_take(self, batch, result)
        seen["files"] += len(batch)
        if seen["files"] == 4 and p.cuts == 0:
            p.cut()
            threading.Timer(3.0, p.restore).start()

    monkeypatch.setattr(runner_mod._Run, "take", take)
    t0 = time.monotonic()
    s = run([inbox], tmp_path / "out", config, progress=False, catalog_url=url, batch_size=1)
    assert p.cuts == 1 and time.monotonic() - t0 >= 3.0
    assert isinstance(catalogs[0], RetryingCatalog) and catalogs[0].retries >= 1
    got = corpus_records(tmp_path / "out")
    assert got == expected, f"lost {sum((expected - got).values())}, extra {sum((got - expected).values())}"
    cat = Catalog.open(url)
    try:
        counts = cat.status_counts()
    finally:
        cat.close()
    assert "claimed" not in counts  # every claimed file was finished
    assert s.records == sum(expected.values())


def test_only_connection_errors_are_transient() -> None:
    from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

    assert is_transient(OperationalError("SELECT 1", {}, Exception("server closed the connection")))
    assert not is_transient(IntegrityError("INSERT", {}, Exception("duplicate key")))
    assert not is_transient(ProgrammingError("SELEC", {}, Exception("syntax error")))
    assert not is_transient(ValueError("no"))


def test_unreachable_at_start_fails_at_once(tmp_path: Path) -> None:
    """No catalog at all is a configuration error, not an outage: no 2-minute wait."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    t0 = time.monotonic()
    with pytest.raises(runner_mod.RunError, match="cannot open the catalog"):
        run([make_inbox(tmp_path)], tmp_path / "out", progress=False,
            catalog_url=f"postgresql+psycopg2://postgres@127.0.0.1:{port}/x")
    assert time.monotonic() - t0 < 30
