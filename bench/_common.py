"""Shared helpers: the loopback server process, medians, fake credentials."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from typing import Any

SITE_ID, API_KEY, APP_KEY, WRITE_KEY = "bench-site", "bench-key", "bench-app-key", "bench-write-key"


class Server:
    """The loopback server (:mod:`bench.server`) in its own process."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.port = int(self._proc.stdout.readline())  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{self.port}"

    def _call(self, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        with urllib.request.urlopen(urllib.request.Request(self.url + path, data=data), timeout=30) as response:
            return json.loads(response.read())

    def reset(self) -> None:
        self._call("/__reset", {})

    def stats(self) -> dict[str, int]:
        return self._call("/__stats")

    def configure(self, **config: int) -> None:
        self._call("/__config", config)

    def close(self) -> None:
        self._proc.stdin.close()  # type: ignore[union-attr]
        self._proc.wait(timeout=10)


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
