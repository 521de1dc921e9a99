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


def rotated(names: list[str], round_: int) -> list[str]:
    """``names`` with a different one first each round, so no variant always runs on a warmer or
    colder machine."""
    shift = round_ % len(names)
    return names[shift:] + names[:shift]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    """This process's peak RSS in MB. VmHWM, not ``ru_maxrss``: Linux carries ``ru_maxrss`` over
    fork+exec, so a benchmark's child process would report its parent's peak instead of its own."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:  # not Linux
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
