"""A small, fast loopback HTTP/1.1 server for the benchmark (run as ``python -m bench.server``).

Threaded (one thread per connection), keep-alive, ``TCP_NODELAY`` on every accepted socket. It
answers ``{}`` to everything except:

* ``GET .../messages`` (App ``listMessages``): a page of ``page_size`` messages and a ``next`` cursor
  until ``pages`` pages were served (configured with ``POST /__config``);
* ``GET /__stats``: ``{"requests", "events", "bytes", "max_body"}`` since the last ``POST /__reset``,
  plus (for the latency benchmark) ``unique`` / ``duplicates`` (events counted by their dedupe id:
  Track ``id``, Pipelines ``messageId``), ``throttled`` (429s sent) and ``max_in_flight``.

``POST /__config`` also takes ``delay_ms`` (every answer waits that long: a network round trip),
``count_ids`` (record every event id) and ``limit`` / ``window`` (answer 429 with ``Retry-After: 1``
to a request beyond ``limit`` requests in the last ``window`` seconds: Customer.io's published
limit is 3000 per 3 s). ``POST /__reset`` keeps the configuration.

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
import time
from collections import deque
from urllib.parse import parse_qs, urlsplit

_OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
_THROTTLED = (
    b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
)


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pages = 1000
        self.page_size = 50
        self.delay = 0.0
        self.count_ids = False
        self.limit = 0  # 0: no limit
        self.window = 3.0
        self.in_flight = 0
        self.reset()

    def reset(self) -> None:
        self.requests = 0
        self.events = 0
        self.bytes = 0
        self.max_body = 0
        self.ids: set[str] = set()
        self.duplicates = 0
        self.throttled = 0
        self.max_in_flight = 0  # in_flight itself is not reset: requests may be in flight
        self.recent: deque[float] = deque()

    def admit(self) -> bool:
        """Count a request in the rate window; False if it is over the limit (caller holds the lock)."""
        if not self.limit:
            return True
        now = time.monotonic()
        while self.recent and self.recent[0] <= now - self.window:
            self.recent.popleft()
        if len(self.recent) >= self.limit:
            self.throttled += 1
            return False
        self.recent.append(now)
        return True


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
            counted = not target.startswith("/__")
            if counted:
                with STATE.lock:
                    STATE.in_flight += 1
                    STATE.max_in_flight = max(STATE.max_in_flight, STATE.in_flight)
            try:
                response = self._respond(method, target, body)
                if STATE.delay and counted:
                    time.sleep(STATE.delay)  # the round trip: this connection's answer waits
                sock.sendall(response)
            finally:
                if counted:
                    with STATE.lock:
                        STATE.in_flight -= 1
            if close:
                return

    @staticmethod
    def _respond(method: str, target: str, body: bytes) -> bytes:
        path = target.split("?", 1)[0]
        if path == "/__stats":
            with STATE.lock:
                stats = {"requests": STATE.requests, "events": STATE.events, "bytes": STATE.bytes}
                stats["max_body"] = STATE.max_body
                stats.update(unique=len(STATE.ids), duplicates=STATE.duplicates, throttled=STATE.throttled)
                stats["max_in_flight"] = STATE.max_in_flight
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
                STATE.delay = float(config.get("delay_ms", STATE.delay * 1000)) / 1000
                STATE.count_ids = bool(config.get("count_ids", STATE.count_ids))
                STATE.limit = int(config.get("limit", STATE.limit))
                STATE.window = float(config.get("window", STATE.window))
            return _OK
        with STATE.lock:
            admitted = STATE.admit()
        if not admitted:
            return _THROTTLED
        events = 1
        ids: list[str] = []
        if path.endswith("/batch") and body:
            batch = json.loads(body).get("batch", ())
            events = len(batch)
            if STATE.count_ids:
                ids = [op.get("id") or op.get("messageId") for op in batch]
        with STATE.lock:
            if ids:
                before = len(STATE.ids)
                STATE.ids.update(ids)
                STATE.duplicates += len(ids) - (len(STATE.ids) - before)
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
