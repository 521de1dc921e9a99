"""``client.raw`` stays bound to its SDK client.

The generated client's ``set_httpx_client``/``set_async_httpx_client`` would replace the SDK's
httpx client on the shared ``client.raw`` (which every App method sends through), silently dropping
auth, retries and typed errors everywhere; they raise a ConfigurationError naming ``transport=``
instead. Entering and leaving ``client.raw`` as a context manager would close the SDK client's
connection pool; the SDK client owns it, so that is a no-op.
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest
from _helpers import Server, no_sleep
from customerio_app_api.api.segments import list_segments
from customerio_sdk import AppClient, AsyncAppClient, AsyncTrackClient, TrackClient, errors
from customerio_track_api.api.track_customers import delete

UNREACHABLE = "http://127.0.0.1:9"  # nothing listens: a request that escaped the transport fails
AUTH = "Basic " + base64.b64encode(b"site-1:key-1").decode()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def server() -> Server:
    return Server()


def make_track(mode: str, server: Server) -> Any:
    cls = TrackClient if mode == "sync" else AsyncTrackClient
    return cls("site-1", "key-1", base_url=UNREACHABLE, transport=httpx.MockTransport(server), retry_policy=no_sleep())


async def send_delete(mode: str, raw: Any) -> None:
    if mode == "sync":
        delete.sync_detailed("42", client=raw)
    else:
        await delete.asyncio_detailed("42", client=raw)


async def finish(mode: str, client: Any) -> None:
    if mode == "sync":
        client.close()
    else:
        await client.aclose()


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

    await send_delete(mode, client.raw)
    assert server.last.headers["Authorization"] == AUTH
    await finish(mode, client)


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
