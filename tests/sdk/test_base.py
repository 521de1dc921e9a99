"""SyncAPIClient / AsyncAPIClient: construction, _request, with_options, raw, closing, logging."""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import logging
import subprocess
import sys
import types
from typing import Any, ClassVar

import httpx
import pytest
from customerio_sdk import errors
from customerio_sdk._core import logs as _logging
from customerio_sdk._core.base_client import AsyncAPIClient, SyncAPIClient, _env_proxy
from customerio_sdk._core.config import USER_AGENT, bearer_auth
from customerio_sdk._core.retry import RetryPolicy


class FakeRawClient:
    """Mimics the generated ``client.Client`` interface the base relies on."""

    instances: ClassVar[list[FakeRawClient]] = []

    def __init__(self, base_url: str, *, raise_on_unexpected_status: bool = False, response_error: Any = None) -> None:
        self.base_url = base_url
        self.response_error = response_error
        self.sync_client: Any = None
        self.async_client: Any = None
        FakeRawClient.instances.append(self)

    def set_httpx_client(self, client: httpx.Client) -> FakeRawClient:
        self.sync_client = client
        return self

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> FakeRawClient:
        self.async_client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        return self.sync_client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.async_client


class AuthenticatedClientMustNotBeUsed:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("the base must build Client, not AuthenticatedClient")


@pytest.fixture
def fake_generated(monkeypatch):
    module = types.ModuleType("fake_cio_api.client")
    module.Client = FakeRawClient  # type: ignore[attr-defined]
    module.AuthenticatedClient = AuthenticatedClientMustNotBeUsed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_cio_api", types.ModuleType("fake_cio_api"))
    monkeypatch.setitem(sys.modules, "fake_cio_api.client", module)
    FakeRawClient.instances.clear()
    return module


class Resource:
    def __init__(self, client: Any) -> None:
        self.client = client


class DemoClient(SyncAPIClient):
    _raw_module = "fake_cio_api.client"
    _raw_class = "AuthenticatedClient"

    @functools.cached_property
    def things(self) -> Resource:
        return Resource(self)


class AsyncDemoClient(AsyncAPIClient):
    _raw_module = "fake_cio_api.client"
    _raw_class = "AuthenticatedClient"


@pytest.fixture(params=["sync", "async"])
def mode(request):
    return request.param


@pytest.fixture
def policy(sleeps):
    return RetryPolicy(sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, random=lambda: 0.0)


@pytest.fixture
async def make_client(mode, loopback, policy):
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("base_url", loopback.url)
        kwargs.setdefault("retry_policy", policy)
        client = (DemoClient if mode == "sync" else AsyncDemoClient)(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        if mode == "sync":
            client.close()
        else:
            await client.aclose()


async def call(client: Any, *args: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("operation_id", "updatePerson")
    kwargs.setdefault("path_template", "/v1/customers/{customer_id}")
    result = client._request(*args, **kwargs)
    return await result if isinstance(client, AsyncAPIClient) else result


# -- construction ----------------------------------------------------------------------------------


def test_repr_shows_class_and_base_url_only():
    client = DemoClient(base_url="https://api.customer.io/", auth_header=bearer_auth("sk-very-secret"))
    try:
        assert repr(client) == "DemoClient(base_url='https://api.customer.io')"
        assert client.base_url == "https://api.customer.io"
    finally:
        client.close()


def test_defaults():
    client = DemoClient(base_url="https://api.customer.io")
    try:
        assert client.max_retries == 2
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
        assert client._client.follow_redirects is False
        assert client._client.headers["User-Agent"] == USER_AGENT
    finally:
        client.close()


@pytest.mark.parametrize("bad", [0, -1, "10", True])
def test_bad_timeout(bad):
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        DemoClient(base_url="https://api.customer.io", timeout=bad)


def test_bad_auth_header_and_base_url():
    with pytest.raises(errors.ConfigurationError, match="Secret"):
        DemoClient(base_url="https://api.customer.io", auth_header="Bearer x")  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="base_url"):
        DemoClient(base_url="api.customer.io")


def test_env_proxy(monkeypatch):
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "internal.example")
    monkeypatch.setenv("no_proxy", "internal.example")
    assert _env_proxy(httpx.URL("https://api.customer.io")) is None
    monkeypatch.setenv("HTTPS_PROXY", "proxy.local:3128")
    monkeypatch.setenv("https_proxy", "proxy.local:3128")
    assert _env_proxy(httpx.URL("https://api.customer.io")) == "http://proxy.local:3128"
    assert _env_proxy(httpx.URL("https://internal.example")) is None


# -- _request --------------------------------------------------------------------------------------


async def test_request_serialises_json_once_compact_utf8(make_client, loopback):
    loopback.enqueue(200, json={"ok": True})
    client = make_client(auth_header=bearer_auth("tok"), default_headers={"X-Strict-Mode": "1"})
    result = await call(client, "PUT", "/v1/customers/c%C3%A9-1", json={"name": "Zoë", "n": [1, 2]})
    assert result == {"ok": True}
    (request,) = loopback.requests
    assert request.method == "PUT"
    assert request.target == "/v1/customers/c%C3%A9-1"
    assert request.body == '{"name":"Zoë","n":[1,2]}'.encode()
    assert request.header("Content-Type") == "application/json"
    assert request.header("Authorization") == "Bearer tok"
    assert request.header("User-Agent") == USER_AGENT
    assert request.header("X-Strict-Mode") == "1"


async def test_request_params_drop_none_and_empty_body_is_none(make_client, loopback):
    loopback.enqueue(204)
    loopback.enqueue(200, body=b"not json")
    client = make_client()
    assert await call(client, "GET", "/v1/things", params={"limit": 10, "start": None}) is None
    assert await call(client, "GET", "/v1/things") == "not json"
    assert loopback.requests[0].target == "/v1/things?limit=10"
    assert loopback.requests[0].body == b"" and loopback.requests[0].header("Content-Type") is None


async def test_request_refuses_nan(make_client):
    with pytest.raises(ValueError):
        await call(make_client(), "POST", "/x", json={"v": float("nan")})


async def test_request_errors_use_template_and_non_idempotent_flag(make_client, loopback, sleeps):
    loopback.enqueue(503, json={"errors": [{"detail": "try later"}]})
    with pytest.raises(errors.InternalServerError) as info:
        await call(make_client(), "POST", "/v1/send/email", json={}, idempotent=False, path_template="/v1/send/email")
    assert str(info.value) == "POST /v1/send/email (updatePerson) returned 503: try later"
    assert len(loopback.requests) == 1 and sleeps.delays == []


async def test_request_retries_and_timeout_setting(make_client, loopback, sleeps):
    loopback.enqueue(500)
    loopback.enqueue(200, json=[1])
    client = make_client(timeout=7.5, max_retries=1)
    assert client.max_retries == 1 and client.timeout == httpx.Timeout(7.5)
    assert await call(client, "GET", "/v1/customers/1") == [1]
    assert sleeps.delays == [0.5]


# -- with_options ----------------------------------------------------------------------------------


async def test_with_options_shares_pool_and_changes_retries(make_client, loopback, mode):
    client = make_client()
    copy = client.with_options(max_retries=0, timeout=3)
    assert type(copy) is type(client)
    assert copy.max_retries == 0 and client.max_retries == 2
    assert copy.timeout == httpx.Timeout(3.0) and client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert copy._transport._inner is client._transport._inner
    assert copy._client is not client._client

    loopback.enqueue(200)
    loopback.enqueue(503)  # the copy does not retry...
    loopback.enqueue(200)
    await call(client, "GET", "/a")
    with pytest.raises(errors.InternalServerError):
        await call(copy, "GET", "/b")
    if mode == "sync":
        copy.close()
    else:
        await copy.aclose()
    await call(client, "GET", "/c")  # ...closing the copy left the shared pool open
    assert len(loopback.requests) == 3
    assert loopback.requests[0].client_port == loopback.requests[2].client_port  # one pooled connection


async def test_closing_original_closes_shared_pool(make_client, mode):
    closed: list[bool] = []

    class Inner(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def handle_request(self, request):  # pragma: no cover - not called
            return httpx.Response(200)

        def close(self) -> None:
            closed.append(True)

        async def aclose(self) -> None:
            closed.append(True)

    client = make_client(base_url="https://api.customer.io", transport=Inner())
    copy = client.with_options(max_retries=5)
    if mode == "sync":
        copy.close()
        assert closed == []
        client.close()
    else:
        await copy.aclose()
        assert closed == []
        await client.aclose()
    assert closed == [True]


def test_with_options_rebuilds_cached_resources(loopback):
    with DemoClient(base_url=loopback.url) as client:
        assert client.things.client is client
        copy = client.with_options(max_retries=1)
        assert copy.things.client is copy
        assert client.things.client is client


def test_context_manager_closes():
    with DemoClient(base_url="https://api.customer.io") as client:
        pass
    assert client._client.is_closed


async def test_async_context_manager_closes():
    async with AsyncDemoClient(base_url="https://api.customer.io") as client:
        pass
    assert client._client.is_closed
    await client.close()  # alias of aclose; closing twice is harmless


# -- raw -------------------------------------------------------------------------------------------


def test_raw_is_lazy_and_uses_our_client(fake_generated):
    client = DemoClient(base_url="https://api.customer.io", auth_header=bearer_auth("tok"))
    try:
        assert FakeRawClient.instances == []
        raw = client.raw
        assert raw is client.raw
        assert FakeRawClient.instances == [raw]
        assert raw.base_url == "https://api.customer.io"
        assert raw.sync_client is client._client
        with pytest.raises(errors.CustomerIOError, match="synchronous"):  # no silent unauthenticated client
            asyncio.run(raw.async_client.get("https://api.customer.io/x"))
    finally:
        client.close()


async def test_async_raw_uses_our_async_client(fake_generated):
    async with AsyncDemoClient(base_url="https://api.customer.io") as client:
        raw = client.raw
        assert raw.async_client is client._client
        with pytest.raises(errors.CustomerIOError, match="asynchronous"):
            raw.sync_client.get("https://api.customer.io/x")


def test_with_options_copy_has_its_own_raw(fake_generated):
    with DemoClient(base_url="https://api.customer.io") as client:
        copy = client.with_options(max_retries=0)
        assert copy.raw is not client.raw
        assert copy.raw.sync_client is copy._client


def test_raw_without_module():
    class Bare(SyncAPIClient):
        pass

    with Bare(base_url="https://api.customer.io") as client, pytest.raises(NotImplementedError):
        client.raw  # noqa: B018


def test_raw_with_real_generated_client(loopback, policy):
    """End to end through a real generated operation: extension read, auth added, errors mapped."""
    pytest.importorskip("customerio_app_api.client")
    get_sender = pytest.importorskip("customerio_app_api.api.sender_identities.get_sender")

    class App(SyncAPIClient):
        _raw_module = "customerio_app_api.client"
        _raw_class = "AuthenticatedClient"

    loopback.enqueue(500, json={"meta": {"error": "db down"}}, times=3)
    app = App(base_url=loopback.url, auth_header=bearer_auth("app-key"), retry_policy=policy)
    with app, pytest.raises(errors.InternalServerError) as info:
        get_sender.sync_detailed(sender_id=987654, client=app.raw)
    assert len(loopback.requests) == 3
    assert loopback.requests[0].target == "/v1/sender_identities/987654"
    assert loopback.requests[0].header("Authorization") == "Bearer app-key"
    assert "GET /v1/sender_identities/{sender_id}" in str(info.value) and "db down" in str(info.value)
    assert "987654" not in str(info.value)


def test_importing_base_does_not_import_generated_packages():
    code = (
        "import sys, customerio_sdk._core.base_client, customerio_sdk._core.transport;"
        "print(sorted(m for m in sys.modules if m.split('.')[0].endswith('_api')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- logging ---------------------------------------------------------------------------------------


@pytest.fixture
def fresh_logging():
    _logging._reset_for_tests()
    yield
    _logging._reset_for_tests()


def test_logger_silent_by_default(monkeypatch, fresh_logging):
    monkeypatch.delenv("CUSTOMERIO_LOG", raising=False)
    DemoClient(base_url="https://api.customer.io").close()
    logger = logging.getLogger("customerio_sdk")
    assert [type(h) for h in logger.handlers] == [logging.NullHandler]
    assert logger.level == logging.NOTSET


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_customerio_log_env_attaches_one_stderr_handler(monkeypatch, fresh_logging, value, level):
    monkeypatch.setenv("CUSTOMERIO_LOG", value)
    DemoClient(base_url="https://api.customer.io").close()
    DemoClient(base_url="https://api.customer.io").close()
    logger = logging.getLogger("customerio_sdk")
    streams = [h for h in logger.handlers if isinstance(h, logging.StreamHandler)]
    assert len(streams) == 1 and streams[0].stream is sys.stderr
    assert logger.level == level


async def test_log_records_name_template_status_and_decision_only(make_client, loopback, caplog):
    loopback.enqueue(503)
    loopback.enqueue(200)
    client = make_client(auth_header=bearer_auth("tok-123"))
    with caplog.at_level(logging.DEBUG, logger="customerio_sdk"):
        await call(client, "GET", "/v1/customers/person-77?email=x@example.com")
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("customerio_sdk")]
    assert messages == [
        "GET /v1/customers/{customer_id} (updatePerson): status 503 on attempt 1; retrying in 0.50s (retry 1 of 2)",
        "GET /v1/customers/{customer_id} (updatePerson) -> 200 (attempt 2)",
    ]


def test_public_names_match_the_lazy_exports():
    import customerio_sdk

    for name in customerio_sdk.__all__:
        assert getattr(customerio_sdk, name) is not None, name


def test_constructing_the_clients_loads_only_what_single_calls_need():
    """Import cost is measured in bench/; this checks which modules a fresh process loads."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from customerio_sdk import AppClient, PipelinesClient, TrackClient\n"
        "TrackClient('s', 'k'); AppClient('k'); PipelinesClient('w')\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    deferred = {
        "httpcore",  # the connection pool is built on the first request
        "asyncio",
        "customerio_sdk._core.batch_packing",
        "customerio_sdk._core.batch_loop",
        "customerio_sdk._core.batch_writer",
        "customerio_sdk._core.pagination",
        "customerio_sdk.app._resources",
        "customerio_sdk.app._generated._index",
        "customerio_sdk.app._generated.segments",
        "customerio_app_api",
        "customerio_track_api",
        "customerio_pipelines_api",
    }
    assert loaded & deferred == set()
    # Not vacuous: the clients' own modules did load, and every deferred name is a module that
    # exists (a module renamed without renaming it here would otherwise pass unnoticed).
    assert {"customerio_sdk.track._client", "customerio_sdk._core.base_client"} <= loaded
    for name in deferred:
        assert importlib.util.find_spec(name) is not None, name
