"""A loopback server counting batch deliveries by dedupe id (tests/bulk and bench/bulk.py use it).

Answers ``POST .../batch`` (Track v2 ``/api/v2/batch`` and Pipelines ``/v1/batch``): every
operation's ``id`` (Track) or ``messageId`` (Pipelines) is counted, and the row number carried in
its data (``attributes.n`` / ``properties.n`` / ``traits.n``) is mapped to the ids it arrived under,
so a test can check both "every row exactly once" and "no row under two ids".

Hooks for tests (in-process use): ``hold_row=n`` makes the request carrying row ``n`` wait, *after*
its operations were counted, until :attr:`release` is set, with :attr:`reached` set meanwhile (a test
kills the client then: delivered, never acknowledged); rows whose ``n`` is in ``refuse`` get a
Track ``207`` error entry. ``latency`` delays every answer (the benchmark's 50 ms).

As a script (``python tests/bulk/bulk_server.py --latency 0.05``) it prints its port and serves
until stdin closes; ``GET /__stats`` answers the counts as JSON, ``POST /__reset`` zeroes them.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import Counter, defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class CountingServer:
    def __init__(self, *, latency: float = 0.0) -> None:
        self.latency = latency
        self.lock = threading.Lock()
        self.ids: Counter[str] = Counter()
        self.rows: defaultdict[Any, set[str]] = defaultdict(set)
        self.requests = 0
        self.refuse: set[Any] = set()
        self.hold_row: Any = None  # or hold the request that carries this row
        self.held_first_row: Any = None  # the lowest row of the request being held
        self.status: int | None = None  # answer every batch with this status (nothing counted)
        self.reached = threading.Event()
        self.release = threading.Event()
        self.arrived = threading.Condition(self.lock)  # notified as each batch request is counted
        self.in_flight = 0
        self.max_in_flight = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return None

            def do_GET(self) -> None:  # /__stats (the benchmark reads the counts from its own process)
                data = json.dumps(server.stats()).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with server.lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    status, payload = server.handle(self.path, body)
                    if server.latency:
                        time.sleep(server.latency)  # the simulated network round trip
                finally:
                    with server.lock:
                        server.in_flight -= 1
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> CountingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def reset(self) -> None:
        with self.lock:
            self.ids.clear()
            self.rows.clear()
            self.requests = 0
            self.max_in_flight = 0
            self.refuse = set()
            self.hold_row = None
            self.held_first_row = None
            self.status = None
            self.reached.clear()
            self.release.clear()

    def handle(self, path: str, body: bytes) -> tuple[int, Any]:
        if path == "/__reset":
            self.reset()
            return 200, {}
        if not path.endswith("/batch"):
            return 404, {"errors": [{"message": "only batch requests are counted"}]}
        if self.status is not None:
            with self.lock:
                self.requests += 1
            return self.status, {"errors": [{"message": "unauthorized"}]}
        ops = json.loads(body)["batch"]
        errors = []
        rows_here = []
        with self.lock:
            self.requests += 1
            for position, op in enumerate(ops):
                dedupe = op.get("id") or op.get("messageId")
                data = op.get("attributes") or op.get("properties") or op.get("traits") or {}
                row = data.get("n")
                rows_here.append(row)
                if row in self.refuse:
                    errors.append({"batch_index": position, "reason": "refused", "message": f"row {row} refused"})
                    continue
                if dedupe is not None:
                    self.ids[dedupe] += 1
                    self.rows[row].add(dedupe)
            self.arrived.notify_all()
        if self.hold_row is not None and self.hold_row in rows_here:
            self.held_first_row = min((r for r in rows_here if isinstance(r, int)), default=None)
            self.reached.set()
            self.release.wait(60)
        return (207, {"errors": errors}) if errors else (200, {})

    def wait_for_requests(self, count: int, timeout: float = 60) -> bool:
        """Block until ``count`` batch requests were counted (False after ``timeout`` seconds)."""
        with self.arrived:
            return self.arrived.wait_for(lambda: self.requests >= count, timeout)

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "requests": self.requests,
                "ids": len(self.ids),
                "deliveries": sum(self.ids.values()),
                "max_per_id": max(self.ids.values(), default=0),
                "max_in_flight": self.max_in_flight,
            }


if __name__ == "__main__":
    latency = float(sys.argv[sys.argv.index("--latency") + 1]) if "--latency" in sys.argv else 0.0
    srv = CountingServer(latency=latency).start()
    print(srv.url.rsplit(":", 1)[1], flush=True)
    sys.stdin.read()
    srv.stop()
