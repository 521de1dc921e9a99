"""CustomerIOTransport / AsyncCustomerIOTransport against a real loopback server (sync and async)."""

from __future__ import annotations

import base64
import email.utils
import threading
from typing import Any

import httpx
import pytest
from customerio_sdk import errors
from customerio_sdk._core.config import Secret, basic_auth, bearer_auth
from customerio_sdk._core.retry import decide, parse_retry_after
from customerio_sdk._core.transport import (
    UNKNOWN_PATH,
    AsyncCustomerIOTransport,
    CustomerIOTransport,
    RetryPolicy,
)

NOW = 1_700_000_000.0
CUSTOMER_PATH = "/v1/customers/{customer_id}"


def ext(path_template: str = CUSTOMER_PATH, method: str = "get", **extra: Any) -> dict[str, Any]:
    return {"customerio": {"operation_id": "getCustomer", "path_template": path_template, "method": method, **extra}}


class Harness:
    """An httpx client (sync or async) whose transport is ours; ``send`` works the same for both."""

    def __init__(self, mode: str, base_url: str, sleeps: Any, *, timeout: Any = 5.0, **kwargs: Any) -> None:
        policy_kwargs = {k: kwargs.pop(k) for k in list(kwargs) if k in RetryPolicy.__dataclass_fields__}
        policy_kwargs.setdefault("random", lambda: 0.0)
        self.policy = RetryPolicy(
            sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, clock=lambda: NOW, **policy_kwargs
        )
        kwargs.setdefault("origin", base_url)
        self.mode = mode
        if mode == "sync":
            self.transport: Any = CustomerIOTransport(policy=self.policy, **kwargs)
            self.client: Any = httpx.Client(base_url=base_url, transport=self.transport, timeout=timeout)
        else:
            self.transport = AsyncCustomerIOTransport(policy=self.policy, **kwargs)
            self.client = httpx.AsyncClient(base_url=base_url, transport=self.transport, timeout=timeout)

    async def send(self, method: str, url: str, *, extensions: Any = None, **kwargs: Any) -> httpx.Response:
        extensions = ext(method=method.lower()) if extensions is None else extensions
        if self.mode == "sync":
            return self.client.request(method, url, extensions=extensions, **kwargs)
        return await self.client.request(method, url, extensions=extensions, **kwargs)

    async def close(self) -> None:
        if self.mode == "sync":
            self.client.close()
        else:
            await self.client.aclose()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
async def harness(mode: str, loopback: Any, sleeps: Any):
    made: list[Harness] = []

    def make(base_url: str | None = None, **kwargs: Any) -> Harness:
        h = Harness(mode, base_url or loopback.url, sleeps, **kwargs)
        made.append(h)
        return h

    yield make
    for h in made:
        await h.close()


# -- retries ---------------------------------------------------------------------------------------


async def test_429_retry_after_seconds_then_200(harness, loopback, sleeps):
    loopback.enqueue(429, headers={"Retry-After": "2"})
    loopback.enqueue(200, json={"ok": True})
    response = await harness().send("GET", "/v1/customers/42")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert sleeps.delays == [2.0]
    assert len(loopback.requests) == 2


async def test_429_retry_after_http_date(harness, loopback, sleeps):
    loopback.enqueue(429, headers={"Retry-After": email.utils.formatdate(NOW + 7, usegmt=True)})
    loopback.enqueue(200)
    assert (await harness().send("GET", "/v1/customers/42")).status_code == 200
    assert sleeps.delays == [7.0]


async def test_retry_after_date_in_the_past_means_retry_now(harness, loopback, sleeps):
    loopback.enqueue(503, headers={"Retry-After": email.utils.formatdate(NOW - 30, usegmt=True)})
    loopback.enqueue(200)
    assert (await harness().send("GET", "/x")).status_code == 200
    assert sleeps.delays == [0.0]


async def test_429_without_retry_after_uses_jittered_backoff(harness, loopback, sleeps):
    loopback.enqueue(429)
    loopback.enqueue(200)
    import random

    assert (await harness(random=random.random).send("GET", "/x")).status_code == 200
    assert len(sleeps.delays) == 1
    assert 0.375 <= sleeps.delays[0] <= 0.5


async def test_503_503_200_backs_off_exponentially(harness, loopback, sleeps):
    loopback.enqueue(503, times=2)
    loopback.enqueue(200, json={"n": 1})
    response = await harness().send("GET", "/x")
    assert response.json() == {"n": 1}
    assert sleeps.delays == [0.5, 1.0]
    assert len(loopback.requests) == 3


async def test_500_three_times_raises_after_two_retries(harness, loopback, sleeps):
    loopback.enqueue(500, json={"meta": {"error": "boom"}}, times=3)
    with pytest.raises(errors.InternalServerError) as info:
        await harness().send("GET", "/v1/customers/42")
    assert info.value.status_code == 500
    assert info.value.body == {"meta": {"error": "boom"}}
    assert len(loopback.requests) == 3
    assert sleeps.delays == [0.5, 1.0]


async def test_retry_after_above_cap_raises_immediately(harness, loopback, sleeps):
    loopback.enqueue(429, headers={"Retry-After": "120"}, json={"meta": {"error": "slow down"}})
    with pytest.raises(errors.RateLimitError) as info:
        await harness().send("GET", "/x")
    assert info.value.retry_after == 120
    assert "slow down" in str(info.value)
    assert len(loopback.requests) == 1
    assert sleeps.delays == []


async def test_rate_limit_error_after_retries_carries_retry_after(harness, loopback, sleeps):
    loopback.enqueue(429, headers={"Retry-After": "1"}, times=3)
    with pytest.raises(errors.RateLimitError) as info:
        await harness().send("GET", "/x")
    assert info.value.retry_after == 1
    assert sleeps.delays == [1.0, 1.0]


async def test_per_operation_max_retries(harness, loopback, sleeps):
    loopback.enqueue(503, times=5)
    with pytest.raises(errors.InternalServerError):
        await harness().send("GET", "/x", extensions=ext(max_retries=4))
    assert len(loopback.requests) == 5


async def test_post_body_is_resent_identically(harness, loopback):
    loopback.enqueue(502)
    loopback.enqueue(200)
    await harness().send("POST", "/v1/entity", content=b'{"a":"\xc3\xa9"}', extensions=ext(method="post"))
    assert [r.body for r in loopback.requests] == [b'{"a":"\xc3\xa9"}'] * 2


# -- transport failures ------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["drop", "reset"])
async def test_dropped_connection_is_retried_then_raises(harness, loopback, sleeps, failure):
    loopback.enqueue(**{failure: True}, times=3)
    with pytest.raises(errors.APIConnectionError) as info:
        await harness().send("GET", "/v1/customers/42")
    assert not isinstance(info.value, errors.APITimeoutError)
    assert len(loopback.requests) == 3
    assert len(sleeps.delays) == 2
    message = str(info.value)
    assert "GET /v1/customers/{customer_id}" in message and "after 3 attempts" in message
    assert "42" not in message.replace("after 3", "") and "127.0.0.1" not in message
    assert info.value.method == "GET" and info.value.path == CUSTOMER_PATH


async def test_dropped_connection_then_success(harness, loopback):
    loopback.enqueue(drop=True)
    loopback.enqueue(200, json=[1])
    assert (await harness().send("GET", "/x")).json() == [1]


async def test_response_cut_off_mid_body_is_retried(harness, loopback):
    loopback.enqueue(200, headers={"Content-Length": "100"}, body=b'{"partial', close=True)
    loopback.enqueue(200, json={"whole": True})
    assert (await harness().send("GET", "/x")).json() == {"whole": True}
    assert len(loopback.requests) == 2


async def test_read_timeout_raises_api_timeout_error(harness, loopback, sleeps):
    released = threading.Event()
    loopback.enqueue(wait_for=released, times=2)
    h = harness(timeout=httpx.Timeout(5.0, read=0.1), max_retries=1)
    with pytest.raises(errors.APITimeoutError) as info:
        await h.send("GET", "/v1/customers/42")
    assert len(loopback.requests) == 2
    assert len(sleeps.delays) == 1
    assert "GET /v1/customers/{customer_id} (getCustomer) timed out (ReadTimeout)" in str(info.value)
    assert isinstance(info.value, errors.APIConnectionError)


async def test_connect_error_raises_api_connection_error(harness, unused_url, sleeps):
    with pytest.raises(errors.APIConnectionError) as info:
        await harness(unused_url).send("GET", "/x")
    assert "connection failed (ConnectError) after 3 attempts" in str(info.value)
    assert unused_url.rsplit(":", 1)[1] not in str(info.value)
    assert len(sleeps.delays) == 2


# -- non-idempotent operations ---------------------------------------------------------------------

NON_IDEMPOTENT = ext("/v1/send/email", method="post", idempotent=False)


async def test_non_idempotent_503_is_not_retried(harness, loopback, sleeps):
    loopback.enqueue(503)
    with pytest.raises(errors.InternalServerError):
        await harness().send("POST", "/v1/send/email", json={}, extensions=NON_IDEMPOTENT)
    assert len(loopback.requests) == 1
    assert sleeps.delays == []


async def test_non_idempotent_429_is_retried(harness, loopback, sleeps):
    loopback.enqueue(429, headers={"Retry-After": "3"})
    loopback.enqueue(200)
    response = await harness().send("POST", "/v1/send/email", json={}, extensions=NON_IDEMPOTENT)
    assert response.status_code == 200
    assert sleeps.delays == [3.0]


async def test_non_idempotent_connect_error_is_retried(harness, unused_url, sleeps):
    with pytest.raises(errors.APIConnectionError):
        await harness(unused_url).send("POST", "/v1/send/email", json={}, extensions=NON_IDEMPOTENT)
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("failure", ["drop", "reset"])
async def test_non_idempotent_dropped_connection_is_not_retried(harness, loopback, sleeps, failure):
    loopback.enqueue(**{failure: True})
    with pytest.raises(errors.APIConnectionError) as info:
        await harness().send("POST", "/v1/send/email", json={}, extensions=NON_IDEMPOTENT)
    assert "after 1 attempt" in str(info.value)
    assert len(loopback.requests) == 1
    assert sleeps.delays == []


async def test_non_idempotent_read_timeout_is_not_retried(harness, loopback, sleeps):
    released = threading.Event()
    loopback.enqueue(wait_for=released)
    h = harness(timeout=httpx.Timeout(5.0, read=0.1))
    with pytest.raises(errors.APITimeoutError):
        await h.send("POST", "/v1/send/email", json={}, extensions=NON_IDEMPOTENT)
    assert len(loopback.requests) == 1


# -- error mapping -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (418, errors.APIStatusError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (599, errors.InternalServerError),
    ],
)
async def test_status_mapping(harness, loopback, status, cls):
    loopback.enqueue(status, json={"meta": {"error": f"nope {status}"}})
    with pytest.raises(errors.APIStatusError) as info:
        await harness(max_retries=0).send("GET", "/v1/customers/cust-7?email=a@example.com")
    assert type(info.value) is cls
    error = info.value
    assert error.status_code == status
    assert error.path == CUSTOMER_PATH and error.method == "GET" and error.operation_id == "getCustomer"
    message = str(error)
    assert message == f"GET /v1/customers/{{customer_id}} (getCustomer) returned {status}: nope {status}"
    assert error.response.request.url.path == "/v1/customers/cust-7"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ({"meta": {"error": "customer not found"}}, "customer not found"),
        ({"errors": [{"detail": "email is invalid"}, {"detail": "id missing"}]}, "email is invalid; id missing"),
        ("plain text failure", "plain text failure"),
    ],
)
async def test_error_message_contains_customerio_text_not_identifiers(harness, loopback, body, text):
    if isinstance(body, str):
        loopback.enqueue(422, body=body)
    else:
        loopback.enqueue(422, json=body)
    with pytest.raises(errors.UnprocessableEntityError) as info:
        await harness().send("PUT", "/v1/customers/cust-secret-99?q=zzz", extensions=ext(method="put"))
    message = str(info.value)
    for part in ("PUT", CUSTOMER_PATH, "422", text):
        assert part in message
    for leak in ("cust-secret-99", "zzz", "127.0.0.1", loopback.url):
        assert leak not in message and leak not in repr(info.value)


async def test_missing_extension_uses_unknown_path(harness, loopback):
    loopback.enqueue(404)
    with pytest.raises(errors.NotFoundError) as info:
        await harness().send("DELETE", "/v1/customers/cust-secret-5", extensions={})
    assert info.value.path == UNKNOWN_PATH
    assert str(info.value) == f"DELETE {UNKNOWN_PATH} returned 404"


async def test_non_error_statuses_are_returned(harness, loopback):
    loopback.enqueue(204)
    loopback.enqueue(302, headers={"Location": "https://elsewhere.example/"})
    h = harness()
    assert (await h.send("GET", "/a")).status_code == 204
    assert (await h.send("GET", "/b")).status_code == 302


async def test_stream_extension_leaves_body_unread(harness, loopback):
    loopback.enqueue(200, body=b"x" * 1000)
    h = harness()
    request = h.client.build_request("GET", "/export", extensions=ext(stream=True))
    if h.mode == "sync":
        response = h.client.send(request, stream=True)
        assert not hasattr(response, "_content")
        assert response.read() == b"x" * 1000
        response.close()
    else:
        response = await h.client.send(request, stream=True)
        assert not hasattr(response, "_content")
        assert await response.aread() == b"x" * 1000
        await response.aclose()


# -- auth and headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("secret", "expected"),
    [
        (basic_auth("site-1", "key-abc"), "Basic " + base64.b64encode(b"site-1:key-abc").decode()),
        (bearer_auth("app-key-xyz"), "Bearer app-key-xyz"),
    ],
)
async def test_auth_header_sent_byte_exact_to_own_origin_only(harness, make_loopback, secret, expected):
    own, other = make_loopback(), make_loopback()
    h = harness(own.url, auth_header=secret)
    await h.send("GET", "/v1/customers/1")
    await h.send("GET", f"{other.url}/next?page=2")  # e.g. a `next` URL from a response
    await h.send("GET", f"{other.url}/next", headers={"Authorization": "Basic c3RvbGVu"})
    assert own.requests[0].header_values("Authorization") == [expected]
    assert [r.header("Authorization") for r in other.requests] == [None, None]


async def test_auth_not_sent_to_same_port_on_another_host(harness, loopback):
    h = harness(loopback.url.replace("127.0.0.1", "localhost"), auth_header=bearer_auth("tok"))
    await h.send("GET", f"{loopback.url}/x")
    assert loopback.requests[0].header("Authorization") is None


async def test_auth_overrides_header_set_by_caller_for_own_origin(harness, loopback):
    h = harness(auth_header=bearer_auth("right"))
    await h.send("GET", "/x", headers={"Authorization": "Bearer wrong"})
    assert loopback.requests[0].header_values("authorization") == ["Bearer right"]


async def test_default_headers_and_user_agent(harness, loopback):
    h = harness(default_headers={"User-Agent": "customerio-sdk-python/9.9", "X-Strict-Mode": "1"})
    await h.send("GET", "/x")
    await h.send("GET", "/x", headers={"X-Strict-Mode": "0"})
    first, second = loopback.requests
    assert first.header("User-Agent") == "customerio-sdk-python/9.9"
    assert first.header("X-Strict-Mode") == "1"
    assert second.header("X-Strict-Mode") == "0"


def test_auth_header_requires_origin_and_secret():
    with pytest.raises(ValueError, match="origin"):
        CustomerIOTransport(auth_header=Secret("Bearer x"))
    with pytest.raises(TypeError):
        CustomerIOTransport(auth_header="Bearer x", origin="https://api.customer.io")  # type: ignore[arg-type]


# -- rate limiter, pool sharing, closing -------------------------------------------------------------


class RecordingLimiter:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def acquire(self, request: httpx.Request) -> None:
        self.calls.append(f"sync {request.url.path}")

    async def acquire_async(self, request: httpx.Request) -> None:
        self.calls.append(f"async {request.url.path}")


async def test_rate_limiter_called_before_every_attempt(harness, loopback, mode):
    limiter = RecordingLimiter()
    loopback.enqueue(503)
    loopback.enqueue(200)
    await harness(rate_limiter=limiter).send("GET", "/x")
    assert limiter.calls == [f"{mode} /x", f"{mode} /x"]


async def test_with_policy_shares_inner_and_close_is_owned_only(harness, loopback, mode):
    h = harness()
    copy = h.transport.with_policy(RetryPolicy(max_retries=0))
    assert copy._inner is h.transport._inner
    assert copy.policy.max_retries == 0 and h.transport.policy.max_retries == 2
    cls = httpx.Client if mode == "sync" else httpx.AsyncClient
    other = cls(base_url=loopback.url, transport=copy)
    loopback.enqueue(200, times=3)
    await h.send("GET", "/1")
    if mode == "sync":
        other.get("/2", extensions=ext())
        other.close()
    else:
        await other.get("/2", extensions=ext())
        await other.aclose()
    await h.send("GET", "/3")  # the shared pool is still open...
    ports = [r.client_port for r in loopback.requests]
    assert ports[0] == ports[1] == ports[2]  # ...and all three went over one pooled connection


def test_close_closes_inner_only_when_owned():
    closed: list[str] = []

    class Inner(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            closed.append("closed")

    CustomerIOTransport(Inner(), owns_inner=False).close()
    assert closed == []
    owner = CustomerIOTransport(Inner())
    owner.with_policy(RetryPolicy()).close()
    assert closed == []
    owner.close()
    assert closed == ["closed"]


def test_unretryable_transport_error_is_not_retried(sleeps):
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.UnsupportedProtocol("nope")

    transport = CustomerIOTransport(httpx.MockTransport(handler), policy=RetryPolicy(sleep=sleeps.sleep))
    with httpx.Client(transport=transport) as client, pytest.raises(errors.APIConnectionError) as info:
        client.get("https://track.customer.io/x", extensions=ext())
    assert "after 1 attempt" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.UnsupportedProtocol)
    assert sleeps.delays == []


def test_unrelated_exceptions_propagate_unchanged():
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("bug")

    client = httpx.Client(transport=CustomerIOTransport(httpx.MockTransport(handler)))
    with client, pytest.raises(RuntimeError, match="bug"):
        client.get("https://track.customer.io/x")


# -- the pure decision function ----------------------------------------------------------------------

POLICY = RetryPolicy(random=lambda: 0.0, clock=lambda: NOW)
CONNECT = httpx.ConnectError("refused")
READ = httpx.ReadError("reset")


@pytest.mark.parametrize(
    ("outcome", "idempotent", "retry"),
    [
        ({"status": 408}, True, True),
        ({"status": 429}, True, True),
        ({"status": 500}, True, True),
        ({"status": 503}, True, True),
        ({"status": 400}, True, False),
        ({"status": 404}, True, False),
        ({"status": 503}, False, False),
        ({"status": 408}, False, False),
        ({"status": 429}, False, True),
        ({"error": CONNECT}, False, True),
        ({"error": httpx.ConnectTimeout("t")}, False, True),
        ({"error": httpx.PoolTimeout("t")}, False, True),
        ({"error": httpx.ReadTimeout("t")}, False, False),
        ({"error": httpx.WriteTimeout("t")}, True, True),
        ({"error": READ}, False, False),
        ({"error": READ}, True, True),
        ({"error": httpx.RemoteProtocolError("x")}, True, True),
        ({"error": httpx.LocalProtocolError("x")}, True, False),
        ({"error": ValueError("x")}, True, False),
    ],
)
def test_decide_table(outcome, idempotent, retry):
    assert decide(POLICY, retries_done=0, idempotent=idempotent, **outcome).retry is retry


def test_decide_backoff_grows_and_caps():
    delays = [decide(POLICY, retries_done=n, max_retries=99, status=500).delay for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert decide(POLICY, retries_done=10_000, max_retries=100_000, status=500).delay == 8.0


@pytest.mark.parametrize(("r", "expected"), [(0.0, 2.0), (0.5, 1.75), (1.0, 1.5)])
def test_decide_jitter_subtracts_up_to_a_quarter(r, expected):
    policy = RetryPolicy(random=lambda: r)
    assert decide(policy, retries_done=2, max_retries=5, status=503).delay == expected


def test_decide_stops_when_retries_exhausted():
    assert decide(POLICY, retries_done=2, status=503).retry is False
    assert decide(POLICY, retries_done=2, max_retries=3, status=503).retry is True
    assert decide(POLICY, retries_done=0, max_retries=0, error=CONNECT).retry is False


def test_decide_retry_after():
    d = decide(POLICY, retries_done=0, status=429, headers=httpx.Headers({"Retry-After": "60"}))
    assert (d.retry, d.delay, d.retry_after) == (True, 60.0, 60.0)
    d = decide(POLICY, retries_done=0, status=429, headers=httpx.Headers({"Retry-After": "61"}))
    assert (d.retry, d.retry_after) == (False, 61.0)
    assert "exceeds" in d.reason
    d = decide(POLICY, retries_done=0, status=400, headers=httpx.Headers({"Retry-After": "5"}))
    assert (d.retry, d.retry_after) == (False, 5.0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2", 2.0),
        ("0", 0.0),
        ("1.5", 1.5),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("-1", None),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"max_retries": 1.5}, {"max_retries": True}, {"jitter": 2}, {"max_backoff": float("inf")}],
)
def test_policy_validation(kwargs):
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)


def test_policy_repr_hides_callables():
    assert repr(RetryPolicy()) == (
        "RetryPolicy(max_retries=2, initial_backoff=0.5, max_backoff=8.0, max_retry_after=60.0, jitter=0.25)"
    )


async def test_generated_extension_names_the_operation_in_errors(harness, loopback):
    from customerio_app_api.api.sender_identities import get_sender

    loopback.enqueue(404)
    kwargs = get_sender._get_kwargs(5)
    with pytest.raises(errors.NotFoundError) as info:
        await harness().send("GET", kwargs["url"], extensions=kwargs["extensions"])
    assert str(info.value) == "GET /v1/sender_identities/{sender_id} (getSender) returned 404"


def test_raw_send_calls_are_not_retried_after_reaching_the_server(loopback, sleeps):
    """A generated sendEmail call (no idempotent flag) that got a 503 must not be sent twice."""
    from customerio_app_api.api.send_messages import send_email
    from customerio_app_api.models import SendEmailWithTemplate  # noqa: F401 - model exists
    from customerio_sdk._core.base_client import SyncAPIClient
    from customerio_sdk._core.config import bearer_auth
    from customerio_sdk._core.retry import RetryPolicy
    from customerio_sdk.errors import InternalServerError

    class Client(SyncAPIClient):
        _raw_module = "customerio_app_api.client"

    class Body:
        def to_dict(self):
            return {"to": "a@b.com"}

    loopback.enqueue(503, times=3)
    with (
        Client(
            base_url=loopback.url, auth_header=bearer_auth("k"), retry_policy=RetryPolicy(sleep=sleeps.sleep)
        ) as client,
        pytest.raises(InternalServerError),
    ):
        send_email.sync_detailed(client=client.raw, body=Body())
    assert len(loopback.requests) == 1


# -- no import is retried per request ------------------------------------------------------------------


class _MissRecorder:
    """Last on ``sys.meta_path``: asked only about modules no real finder has, i.e. failed imports."""

    def __init__(self) -> None:
        self.misses: list[str] = []

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        self.misses.append(name)


async def test_requests_do_not_retry_a_failed_import_each_time(loopback: Any) -> None:
    # httpcore's async locks `import sniffio` on every request: without it installed, each request
    # paid a failed import (~50 µs, four a request). A dependency now; this catches the class.
    import sys

    from customerio_sdk import AsyncTrackClient, TrackClient

    recorder = _MissRecorder()
    async with AsyncTrackClient("site", "key-123456", base_url=loopback.url) as track:
        await track.identify("warm-up")  # first use may try optional imports once
        with TrackClient("site", "key-123456", base_url=loopback.url) as sync_track:
            sync_track.identify("warm-up")
            sys.meta_path.append(recorder)
            try:
                for i in range(5):
                    await track.identify(str(i))
                    sync_track.identify(str(i))
            finally:
                sys.meta_path.remove(recorder)
    assert recorder.misses == []
