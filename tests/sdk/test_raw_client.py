"""``client.raw`` keeps the SDK's transport, whatever is done with it.

The generated clients' ``with_headers / with_cookies / with_timeout`` builders return a new raw
client. It must still send through the SDK client's transport (auth, retries, rate limiting, typed
errors, redacted validation errors) and must leave the SDK client and its ``raw`` exactly as they
were. ``raw`` itself is shared (every App method sends through it): ``set_httpx_client`` /
``set_async_httpx_client`` raise a ConfigurationError naming ``transport=`` instead of replacing the
SDK's httpx client, and leaving ``with client.raw`` closes nothing (the SDK client owns the pool).

The clients point at a closed loopback port and answer from an ``httpx.MockTransport``: a request
that escaped the SDK's transport would fail to connect instead of reaching the recorder.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
from typing import Any

import httpx
import pytest
from _helpers import Server, no_sleep
from customerio_app_api.api.segments import list_segments
from customerio_sdk import AppClient, AsyncAppClient, AsyncTrackClient, TrackClient, errors
from customerio_track_api.api.track_customers import delete, identify
from customerio_track_api.models.identify_body import IdentifyBody

# Nothing listens here: a request that bypassed the MockTransport fails to connect.
UNREACHABLE = "http://127.0.0.1:9"
AUTH = "Basic " + base64.b64encode(b"site-1:key-1").decode()
APP_KEY = "app-key-0123456789abcdef"


class RecordingLimiter:
    def __init__(self) -> None:
        self.acquired: list[str] = []

    def acquire(self, request: httpx.Request) -> None:
        self.acquired.append(request.url.path)

    async def acquire_async(self, request: httpx.Request) -> None:
        self.acquired.append(request.url.path)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def server() -> Server:
    return Server()


def make_track(mode: str, server: Server, **kwargs: Any) -> Any:
    cls = TrackClient if mode == "sync" else AsyncTrackClient
    kwargs.setdefault("retry_policy", no_sleep())
    return cls("site-1", "key-1", base_url=UNREACHABLE, transport=httpx.MockTransport(server), **kwargs)


async def send_identify(mode: str, raw: Any, identifier: str = "42") -> Any:
    """The generated ``identify`` operation through ``raw``, in the client's mode."""
    body = IdentifyBody.from_dict({"email": "a@b.co"})
    if mode == "sync":
        return identify.sync_detailed(identifier, client=raw, body=body)
    return await identify.asyncio_detailed(identifier, client=raw, body=body)


async def close(client: Any) -> None:
    result = client.close()
    if inspect.isawaitable(result):
        await result


async def test_with_headers_sends_through_the_sdk_transport(mode: str, server: Server) -> None:
    limiter = RecordingLimiter()
    client = make_track(mode, server, rate_limiter=limiter)
    derived = client.raw.with_headers({"X-Trace": "t-1"})
    assert derived is not client.raw

    response = await send_identify(mode, derived)

    assert response.status_code == 200
    sent = server.last
    assert sent.headers["Authorization"] == AUTH
    assert sent.headers["X-Trace"] == "t-1"
    assert sent.headers["User-Agent"].startswith("customerio-sdk")
    assert sent.url.raw_path == b"/api/v1/customers/42"
    assert limiter.acquired == ["/api/v1/customers/42"]
    await close(client)


async def test_with_headers_leaves_the_sdk_client_and_its_raw_unchanged(mode: str, server: Server) -> None:
    client = make_track(mode, server)
    raw = client.raw
    raw.with_headers({"X-Trace": "t-1"})
    raw.with_cookies({"session": "s-1"})
    raw.with_timeout(httpx.Timeout(1.5))

    await send_identify(mode, raw)
    assert "X-Trace" not in server.last.headers
    assert "Cookie" not in server.last.headers
    assert server.last.extensions["timeout"] == client.timeout.as_dict()

    result = client.identify("a@b.co", plan="pro")
    if inspect.isawaitable(result):
        await result
    assert "X-Trace" not in server.last.headers and "Cookie" not in server.last.headers
    assert server.last.headers["Authorization"] == AUTH
    assert client.raw is raw
    await close(client)


async def test_a_derived_raw_client_still_retries(mode: str, server: Server) -> None:
    server.script = [httpx.Response(503), httpx.Response(503), httpx.Response(200, json={})]
    client = make_track(mode, server)
    derived = client.raw.with_headers({"X-Trace": "t-1"})

    response = await send_identify(mode, derived)

    assert response.status_code == 200
    assert len(server.requests) == 3
    assert {r.headers["X-Trace"] for r in server.requests} == {"t-1"}
    assert {r.headers["Authorization"] for r in server.requests} == {AUTH}
    assert len({r.content for r in server.requests}) == 1  # the same bytes on every attempt
    await close(client)


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, errors.AuthenticationError), (404, errors.NotFoundError), (429, errors.RateLimitError)],
)
async def test_a_derived_raw_client_raises_the_sdks_typed_errors(
    mode: str, server: Server, status: int, error: type[errors.APIStatusError]
) -> None:
    server.script = [httpx.Response(status, json={"meta": {"error": "no"}})]
    client = make_track(mode, server, max_retries=0)
    derived = client.raw.with_timeout(httpx.Timeout(2.0))

    with pytest.raises(error) as raised:
        await send_identify(mode, derived)

    assert raised.value.status_code == status
    assert "key-1" not in str(raised.value)
    await close(client)


async def test_with_timeout_applies_to_the_derived_client_only(mode: str, server: Server) -> None:
    client = make_track(mode, server)
    derived = client.raw.with_timeout(httpx.Timeout(1.5))

    await send_identify(mode, derived)
    assert server.last.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert server.last.headers["Authorization"] == AUTH

    await send_identify(mode, client.raw)
    assert server.last.extensions["timeout"] == client.timeout.as_dict()
    await close(client)


async def test_with_cookies_keeps_auth(mode: str, server: Server) -> None:
    client = make_track(mode, server)
    derived = client.raw.with_cookies({"session": "s-1"})

    await send_identify(mode, derived)

    assert server.last.headers["Cookie"] == "session=s-1"
    assert server.last.headers["Authorization"] == AUTH
    await close(client)


async def test_derivations_chain_and_combine_with_without_parsing(mode: str, server: Server) -> None:
    client = make_track(mode, server)
    derived = (
        client.raw.without_parsing()
        .with_headers({"X-A": "1"})
        .with_timeout(httpx.Timeout(3.0))
        .with_headers({"X-B": "2"})
        .with_cookies({"c": "v"})
    )

    await send_identify(mode, derived)

    sent = server.last
    assert (sent.headers["X-A"], sent.headers["X-B"], sent.headers["Cookie"]) == ("1", "2", "c=v")
    assert sent.headers["Authorization"] == AUTH
    assert sent.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert derived.parse_responses is False
    await close(client)


async def test_closing_a_derived_raw_client_leaves_the_sdk_client_open(mode: str, server: Server) -> None:
    client = make_track(mode, server)
    derived = client.raw.with_headers({"X-Trace": "t-1"})
    if mode == "sync":
        with derived:
            await send_identify(mode, derived)
    else:
        async with derived:
            await send_identify(mode, derived)

    await send_identify(mode, client.raw)
    assert server.last.headers["Authorization"] == AUTH
    await close(client)


def test_a_derived_raw_client_still_refuses_the_wrong_mode(server: Server) -> None:
    client = make_track("sync", server)
    derived = client.raw.with_headers({"X-Trace": "t-1"})
    with pytest.raises(errors.CustomerIOError, match="synchronous"):
        asyncio.run(send_identify("async", derived))
    assert server.requests == []
    client.close()


def test_an_async_clients_derived_raw_client_refuses_sync_calls(server: Server) -> None:
    client = make_track("async", server)
    derived = client.raw.with_timeout(httpx.Timeout(1.0))
    with pytest.raises(errors.CustomerIOError, match="asynchronous"):
        asyncio.run(send_identify("sync", derived))
    assert server.requests == []


async def test_a_derived_raw_client_redacts_validation_errors(mode: str) -> None:
    # A 200 whose body does not fit the spec, echoing the credential: the SDK's response_error hook
    # turns it into ResponseValidationError with the credential cut out of the kept body.
    answer = httpx.Response(200, json={"segments": [{"id": "seven", "name": APP_KEY}]})
    cls = AppClient if mode == "sync" else AsyncAppClient
    app = cls(APP_KEY, base_url=UNREACHABLE, transport=httpx.MockTransport(lambda request: answer))
    derived = app.raw.with_headers({"X-Trace": "t-1"})

    with pytest.raises(errors.ResponseValidationError) as raised:
        if mode == "sync":
            list_segments.sync(client=derived)
        else:
            await list_segments.asyncio(client=derived)

    assert raised.value.operation_id == "listSegments"
    assert APP_KEY.encode() not in raised.value.body
    await close(app)


# -- raw itself is bound to its SDK client ---------------------------------------------------------


@pytest.mark.parametrize("setter", ["set_httpx_client", "set_async_httpx_client"])
async def test_replacing_the_raw_clients_httpx_client_is_refused(mode: str, server: Server, setter: str) -> None:
    client = make_track(mode, server)
    replacement = httpx.Client() if setter == "set_httpx_client" else httpx.AsyncClient()
    name = type(client).__name__

    with pytest.raises(errors.ConfigurationError, match=rf"transport= to {name}\(") as raised:
        getattr(client.raw, setter)(replacement)
    assert "with_headers" in str(raised.value)
    with pytest.raises(errors.ConfigurationError):  # a derived raw client is bound the same way
        getattr(client.raw.with_headers({"X-A": "1"}), setter)(replacement)

    await send_identify(mode, client.raw)
    assert server.last.headers["Authorization"] == AUTH
    await close(client)


def test_app_methods_keep_their_transport_when_raw_is_misused() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"segments": []})

    with AppClient("app-key", base_url=UNREACHABLE, transport=httpx.MockTransport(answer)) as app:
        with pytest.raises(errors.ConfigurationError):
            app.raw.set_httpx_client(httpx.Client(base_url=UNREACHABLE))
        app.segments.list()
        list_segments.sync(client=app.raw)
    assert [r.headers["Authorization"] for r in seen] == ["Bearer app-key", "Bearer app-key"]


def test_leaving_raw_as_a_context_manager_leaves_the_sdk_client_open(server: Server) -> None:
    client = make_track("sync", server)
    with client.raw as raw:
        delete.sync_detailed("42", client=raw)
    client.delete("43")  # still open
    assert [r.url.path for r in server.requests] == ["/api/v1/customers/42", "/api/v1/customers/43"]
    client.close()
    assert client._client.is_closed


async def test_leaving_async_raw_as_a_context_manager_leaves_the_sdk_client_open(server: Server) -> None:
    client = make_track("async", server)
    async with client.raw as raw:
        await delete.asyncio_detailed("42", client=raw)
    await client.delete("43")
    assert [r.url.path for r in server.requests] == ["/api/v1/customers/42", "/api/v1/customers/43"]
    await client.aclose()
    assert client._client.is_closed


def test_app_raw_as_a_context_manager_leaves_app_usable() -> None:
    answer = httpx.Response(200, json={"segments": []})
    with AppClient("app-key", base_url=UNREACHABLE, transport=httpx.MockTransport(lambda r: answer)) as app:
        with app.raw as raw:
            list_segments.sync(client=raw)
        assert app.segments.list().segments == []


def test_async_app_raw_as_a_context_manager_leaves_app_usable() -> None:
    answer = httpx.Response(200, json={"segments": []})

    async def main() -> None:
        async with AsyncAppClient(
            "app-key", base_url=UNREACHABLE, transport=httpx.MockTransport(lambda r: answer)
        ) as app:
            async with app.raw as raw:
                await list_segments.asyncio(client=raw)
            assert (await app.segments.list()).segments == []

    asyncio.run(main())
