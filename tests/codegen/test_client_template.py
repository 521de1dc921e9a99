"""The generated ``Client``/``AuthenticatedClient`` (codegen/templates/client.py.jinja), without the SDK.

``with_headers``/``with_cookies``/``with_timeout`` derive a new client and leave the original
alone; a derived client sends through the httpx clients the original was given (their auth, event
hooks, transport, default headers), and one made before any httpx client existed builds its own from
its settings. Checked in all three generated packages.
"""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import httpx
import pytest

PACKAGES = ("customerio_app_api", "customerio_track_api", "customerio_pipelines_api")
UNREACHABLE = "http://127.0.0.1:9"  # nothing listens: a request that escaped the transport fails


@pytest.fixture(params=PACKAGES)
def client_module(request: pytest.FixtureRequest) -> Any:
    return importlib.import_module(f"{request.param}.client")


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={}, headers={"Set-Cookie": "from_server=1"})


def given_httpx_client(recorder: Recorder, hooked: list[str]) -> httpx.Client:
    http = httpx.Client(
        base_url=UNREACHABLE,
        transport=httpx.MockTransport(recorder),
        auth=("user", "secret"),
        headers={"X-Original": "1"},
        params={"always": "yes"},
        timeout=7.0,
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    )
    del http.headers["Accept-Encoding"]  # a default the original removed stays removed
    return http


def test_with_headers_sends_through_the_given_httpx_client(client_module: Any) -> None:
    recorder, hooked = Recorder(), []
    http = given_httpx_client(recorder, hooked)
    original = client_module.Client(base_url=UNREACHABLE).set_httpx_client(http)
    headers_before = dict(http.headers)

    derived = original.with_headers({"X-Extra": "2", "X-Original": "overridden"})
    derived.get_httpx_client().get("/v1/thing")

    sent = recorder.requests[-1]
    assert sent.headers["Authorization"] == httpx.BasicAuth("user", "secret")._auth_header
    assert (sent.headers["X-Extra"], sent.headers["X-Original"]) == ("2", "overridden")
    assert "accept-encoding" not in sent.headers
    assert sent.url.params["always"] == "yes"
    assert sent.extensions["timeout"] == httpx.Timeout(7.0).as_dict()
    assert hooked == ["/v1/thing"]
    # The original and its httpx client are untouched.
    assert dict(http.headers) == headers_before
    assert original.get_httpx_client() is http
    original.get_httpx_client().get("/v1/thing")
    assert recorder.requests[-1].headers["X-Original"] == "1" and "X-Extra" not in recorder.requests[-1].headers


def test_with_cookies_and_with_timeout_leave_the_original_alone(client_module: Any) -> None:
    recorder, hooked = Recorder(), []
    http = given_httpx_client(recorder, hooked)
    original = client_module.Client(base_url=UNREACHABLE).set_httpx_client(http)

    derived = original.with_cookies({"session": "s-1"}).with_timeout(httpx.Timeout(1.5))
    derived.get_httpx_client().get("/v1/thing")

    sent = recorder.requests[-1]
    assert sent.headers["Cookie"] == "session=s-1"
    assert sent.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert "Authorization" in sent.headers
    assert http.timeout == httpx.Timeout(7.0)
    assert "session" not in http.cookies
    assert "from_server" in http.cookies  # the original still keeps what the server set


def test_closing_a_derived_client_leaves_the_original_open(client_module: Any) -> None:
    recorder, hooked = Recorder(), []
    http = given_httpx_client(recorder, hooked)
    original = client_module.Client(base_url=UNREACHABLE).set_httpx_client(http)

    with original.with_headers({"X-Extra": "2"}) as derived:
        derived.get_httpx_client().get("/v1/thing")

    assert not http.is_closed
    original.get_httpx_client().get("/v1/thing")
    assert len(recorder.requests) == 2


def test_async_twin(client_module: Any) -> None:
    recorder = Recorder()
    http = httpx.AsyncClient(base_url=UNREACHABLE, transport=httpx.MockTransport(recorder), auth=("user", "secret"))
    original = client_module.Client(base_url=UNREACHABLE).set_async_httpx_client(http)

    async def main() -> None:
        derived = original.with_headers({"X-Extra": "2"}).with_timeout(httpx.Timeout(2.0))
        async with derived:
            await derived.get_async_httpx_client().get("/v1/thing")
        assert not http.is_closed
        await original.get_async_httpx_client().get("/v1/thing")

    asyncio.run(main())
    derived_request, original_request = recorder.requests
    assert derived_request.headers["X-Extra"] == "2" and "Authorization" in derived_request.headers
    assert derived_request.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    assert "X-Extra" not in original_request.headers


def test_before_any_httpx_client_exists_the_derived_client_builds_its_own(client_module: Any) -> None:
    recorder = Recorder()
    original = client_module.AuthenticatedClient(
        base_url=UNREACHABLE,
        token="tok",
        headers={"X-Original": "1"},
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )

    derived = original.with_headers({"X-Extra": "2"}).with_timeout(httpx.Timeout(3.0))
    derived.get_httpx_client().get("/v1/thing")
    original.get_httpx_client().get("/v1/thing")

    from_derived, from_original = recorder.requests
    assert from_derived.headers["Authorization"] == "Bearer tok"
    assert (from_derived.headers["X-Original"], from_derived.headers["X-Extra"]) == ("1", "2")
    assert from_derived.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert "X-Extra" not in from_original.headers
    assert derived.get_httpx_client() is not original.get_httpx_client()
