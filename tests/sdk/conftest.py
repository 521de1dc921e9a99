"""Shared fixtures for the SDK tests: a scriptable loopback HTTP/1.1 server and a sleep recorder.

``loopback`` is a real server on 127.0.0.1 (so the whole httpx/httpcore stack runs) that records
every request as sent on the wire and answers from a per-request script::

    def test_x(loopback):
        loopback.enqueue(429, headers={"Retry-After": "2"})
        loopback.enqueue(200, json={"ok": True})
        ...
        assert [r.target for r in loopback.requests] == ["/v1/x?y=1", "/v1/x?y=1"]

Script actions: a response (status, headers, body/json), ``wait_for=event`` (answer only once the
event is set -- use it to make the client time out; every event is set at teardown), ``drop=True``
(close the connection without answering), ``reset=True`` (abort it with a TCP RST) and
``close=True`` (answer, then close the connection). When the
script is empty the server answers ``loopback.default`` (200 ``{}``).
"""

from __future__ import annotations

import json as _json
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest


@dataclass
class RecordedRequest:
    method: str
    target: str  # the raw request-target: path + query exactly as sent
    headers: list[tuple[str, str]]  # as sent, in order, original case
    body: bytes
    client_port: int  # the client's source port: equal ports = the same pooled connection

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    def header_values(self, name: str) -> list[str]:
        name = name.lower()
        return [v for k, v in self.headers if k.lower() == name]

    def json(self) -> Any:
        return _json.loads(self.body)


@dataclass
class Scripted:
    status: int = 200
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    wait_for: threading.Event | None = None
    action: str = "respond"  # "respond" | "drop" | "reset" | "respond_close"


@dataclass
class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with keep-alive, scripted per request."""

    default: Scripted = field(default_factory=lambda: Scripted(200, [("Content-Type", "application/json")], b"{}"))
    wait_limit: float = 30.0  # safety net: a forgotten event never hangs the suite for longer

    def __post_init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._script: deque[Scripted] = deque()
        self._events: list[threading.Event] = []
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._closed = False
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._accept_loop, name=f"loopback-{self.port}", daemon=True)
        self._thread.start()

    # -- scripting ------------------------------------------------------------------------------

    def enqueue(
        self,
        status: int = 200,
        *,
        headers: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        body: bytes | str | None = None,
        json: Any = None,
        wait_for: threading.Event | None = None,
        drop: bool = False,
        reset: bool = False,
        close: bool = False,
        times: int = 1,
    ) -> None:
        """Queue the answer to the next request(s).

        ``close=True`` closes the connection after writing (with a short body and a larger
        ``Content-Length`` header that makes a response cut off mid-body).
        """
        pairs = list(headers.items()) if isinstance(headers, Mapping) else list(headers or [])
        if json is not None:
            body = _json.dumps(json).encode()
            if not any(k.lower() == "content-type" for k, _ in pairs):
                pairs.append(("Content-Type", "application/json"))
        if isinstance(body, str):
            body = body.encode()
        action = "reset" if reset else "drop" if drop else "respond_close" if close else "respond"
        with self._lock:
            if wait_for is not None:
                self._events.append(wait_for)
            for _ in range(times):
                self._script.append(Scripted(status, pairs, body or b"", wait_for, action))

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for event in self._events:
                event.set()
            conns = list(self._conns)
        try:  # wake the accept() call
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            pass
        self._thread.join(timeout=5)
        self._sock.close()
        for conn in conns:
            _shutdown(conn)

    # -- serving --------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while True:
            try:
                conn, addr = self._sock.accept()
            except OSError:
                return
            with self._lock:
                if self._closed:
                    conn.close()
                    return
                self._conns.add(conn)
            threading.Thread(target=self._serve, args=(conn, addr[1]), daemon=True).start()

    def _serve(self, conn: socket.socket, client_port: int) -> None:
        reader = conn.makefile("rb")
        try:
            while self._serve_one(conn, reader, client_port):
                pass
        except OSError:
            pass
        finally:
            with self._lock:
                self._conns.discard(conn)
            reader.close()
            _shutdown(conn)

    def _serve_one(self, conn: socket.socket, reader: Any, client_port: int) -> bool:
        line = reader.readline(65537)
        if not line:
            return False
        method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
        headers: list[tuple[str, str]] = []
        while True:
            raw = reader.readline(65537)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, _, value = raw.decode("latin-1").partition(":")
            headers.append((name, value.strip()))
        lowered = {k.lower(): v for k, v in headers}
        if lowered.get("transfer-encoding", "").lower() == "chunked":
            body = _read_chunked(reader)
        else:
            body = reader.read(int(lowered.get("content-length", "0") or 0))
        with self._lock:
            self.requests.append(RecordedRequest(method, target, headers, body, client_port))
            script = self._script.popleft() if self._script else self.default
        if script.wait_for is not None:
            script.wait_for.wait(self.wait_limit)
        if script.action == "drop":
            return False
        if script.action == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
            return False
        conn.sendall(_render(script, head=method == "HEAD"))
        return script.action == "respond" and lowered.get("connection", "").lower() != "close"


def _read_chunked(reader: Any) -> bytes:
    chunks = []
    while True:
        size = int(reader.readline().split(b";")[0].strip() or b"0", 16)
        if size == 0:
            while reader.readline() not in (b"\r\n", b"\n", b""):
                pass
            return b"".join(chunks)
        chunks.append(reader.read(size))
        reader.readline()


def _render(script: Scripted, *, head: bool) -> bytes:
    lines = [f"HTTP/1.1 {script.status} Scripted"]
    names = {k.lower() for k, _ in script.headers}
    lines += [f"{k}: {v}" for k, v in script.headers]
    if "content-length" not in names:
        lines.append(f"Content-Length: {len(script.body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (b"" if head else script.body)


def _shutdown(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    conn.close()


@pytest.fixture
def make_loopback() -> Iterator[Callable[[], LoopbackServer]]:
    """Factory for extra servers (e.g. a second origin); all are closed at teardown."""
    servers: list[LoopbackServer] = []

    def make() -> LoopbackServer:
        server = LoopbackServer()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def loopback(make_loopback: Callable[[], LoopbackServer]) -> LoopbackServer:
    return make_loopback()


@pytest.fixture
def unused_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class SleepRecorder:
    """Stands in for ``time.sleep`` / ``anyio.sleep`` in a RetryPolicy: records delays, never sleeps."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()
