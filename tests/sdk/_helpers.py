"""Small helpers shared by the client tests (imported as ``_helpers``: tests/sdk is on sys.path)."""

from __future__ import annotations

import threading

import httpx
from customerio_sdk._core.retry import RetryPolicy


class Server:
    """httpx.MockTransport handler: records requests, answers from a script (default 200 {})."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.script: list[httpx.Response] = []
        # batch() sends from several threads: recording a request and taking its scripted answer is
        # one step, so requests[i] is always the request that got the i-th answer.
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        with self._lock:
            self.requests.append(request)
            return self.script.pop(0) if self.script else httpx.Response(200, json={})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def no_sleep() -> RetryPolicy:
    """A retry policy whose waits return at once (the waits themselves are tested in test_transport)."""

    async def async_sleep(_: float) -> None:
        return None

    return RetryPolicy(sleep=lambda _: None, async_sleep=async_sleep)
