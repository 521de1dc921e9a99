"""A small, fast loopback HTTP/1.1 server for the benchmark (run as ``python -m bench.server``).

Threaded (one thread per connection), keep-alive, ``TCP_NODELAY`` on every accepted socket. It
answers ``{}`` to everything except:

* ``GET .../messages`` (App ``listMessages``): a page of ``page_size`` messages and a ``next`` cursor
  until ``pages`` pages were served (configured with ``POST /__config``);
* ``GET /__stats``: ``{"requests", "events", "bytes", "max_body"}`` since the last ``POST /__reset``.

A request whose path ends in ``/batch`` has its JSON body parsed and its ``batch`` array counted as
events (Track v2, Pipelines and customerio-cdp-analytics all send ``{"batch": [...]}``); any other
request counts as one event. It runs in its own process so it does not share the GIL with the
clients being measured; it prints its port on stdout once listening.
"""

from __future__ import annotations

import json
import socket
import socketserver
import sys
import threading
from urllib.parse import parse_qs, urlsplit

_OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pages = 1000
        self.page_size = 50
        self.reset()

    def reset(self) -> None:
        self.requests = 0
        self.events = 0
        self.bytes = 0
        self.max_body = 0


STATE = _State()


def _json_response(payload: object) -> bytes:
    body = json.dumps(payload, separators=(",", ":")).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _messages_page(target: str) -> bytes:
    query = parse_qs(urlsplit(target).query)
    start = query.get("start", ["0"])[0]
    page = int(start[1:]) if start.startswith("p") else 0
    messages = [
        {"id": f"m{page}-{i}", "type": "email", "created": 1_700_000_000 + i, "metrics": {"sent": 1}}
        for i in range(STATE.page_size)
    ]
    payload: dict[str, object] = {"messages": messages}
    if page + 1 < STATE.pages:
        payload["next"] = f"p{page + 1}"
    return _json_response(payload)


class _Handler(socketserver.StreamRequestHandler):
    rbufsize = 1 << 16
    wbufsize = 0

    def setup(self) -> None:
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()

    def handle(self) -> None:
        rfile, sock = self.rfile, self.request
        while True:
            line = rfile.readline(65537)
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                continue
            method, target, _ = line.decode("latin-1").split(" ", 2)
            length = 0
            close = False
            while True:
                header = rfile.readline(65537)
                if header in (b"\r\n", b"\n", b""):
                    break
                name, _, value = header.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            body = rfile.read(length) if length else b""
            sock.sendall(self._respond(method, target, body))
            if close:
                return

    @staticmethod
    def _respond(method: str, target: str, body: bytes) -> bytes:
        path = target.split("?", 1)[0]
        if path == "/__stats":
            with STATE.lock:
                stats = {"requests": STATE.requests, "events": STATE.events, "bytes": STATE.bytes}
                stats["max_body"] = STATE.max_body
            return _json_response(stats)
        if path == "/__reset":
            with STATE.lock:
                STATE.reset()
            return _OK
        if path == "/__config":
            config = json.loads(body)
            with STATE.lock:
                STATE.pages = int(config.get("pages", STATE.pages))
                STATE.page_size = int(config.get("page_size", STATE.page_size))
            return _OK
        events = 1
        if path.endswith("/batch") and body:
            events = len(json.loads(body).get("batch", ()))
        with STATE.lock:
            STATE.requests += 1
            STATE.events += events
            STATE.bytes += len(body)
            STATE.max_body = max(STATE.max_body, len(body))
        if method == "GET" and path.endswith("/messages"):
            return _messages_page(target)
        return _OK


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main() -> None:
    server = _Server(("127.0.0.1", 0), _Handler)
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # Exit when the parent closes our stdin (or dies).
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
