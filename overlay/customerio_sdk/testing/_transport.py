"""An in-process httpx transport (sync and async) answering like the mock server, without sockets.

    client = httpx.Client(base_url=mock.app_url, transport=mock.transport())

The URL's host is ignored; the raw path (mount prefix included) selects the API and operation
exactly as on the server. A scripted ``drop`` raises ``httpx.RemoteProtocolError`` (what httpx
raises when a server closes the connection without answering); a scripted ``delay`` sleeps
(``asyncio.sleep`` for async clients).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx


class MockTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, core: Any) -> None:
        self._core = core

    def _outcome(self, request: httpx.Request, body: bytes) -> Any:
        target = request.url.raw_path.decode("ascii")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        return self._core.handle(request.method, target, headers, body)

    @staticmethod
    def _response(request: httpx.Request, outcome: Any) -> httpx.Response:
        if outcome.drop:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(outcome.status, headers=outcome.headers, content=outcome.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self._outcome(request, request.read())
        if outcome.delay:
            time.sleep(outcome.delay)
        return self._response(request, outcome)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self._outcome(request, await request.aread())
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        return self._response(request, outcome)
