"""PipelinesClient / AsyncPipelinesClient: configuration, auth, strict mode, spec-shaped bodies,
messageId dedupe across retries, size limits and lossless batching. Sync and async via ``mode``."""

from __future__ import annotations

import base64
import inspect
import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from _helpers import Server, no_sleep
from customerio_sdk import AsyncPipelinesClient, PipelinesClient
from customerio_sdk.errors import ConfigurationError, PayloadTooLargeError

AUTH = "Basic " + base64.b64encode(b"wk-1:").decode()


def make(mode: str, server: Server, **kwargs: Any) -> Any:
    cls = PipelinesClient if mode == "sync" else AsyncPipelinesClient
    kwargs.setdefault("retry_policy", no_sleep())
    return cls("wk-1", transport=httpx.MockTransport(server), **kwargs)


async def call(obj: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(obj, method)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(mode: str, server: Server) -> Any:
    return make(mode, server)


def is_uuid4(value: str) -> bool:
    return uuid.UUID(value).version == 4 and str(uuid.UUID(value)) == value


# -- configuration ----------------------------------------------------------------------------------


async def test_write_key_from_environment(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    monkeypatch.setenv("CUSTOMERIO_PIPELINES_WRITE_KEY", "env-wk")
    cls = PipelinesClient if mode == "sync" else AsyncPipelinesClient
    server = Server()
    await call(cls(transport=httpx.MockTransport(server)), "identify", user_id="1")
    assert server.last.headers["Authorization"] == "Basic " + base64.b64encode(b"env-wk:").decode()


def test_missing_write_key_names_argument_and_variable(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    monkeypatch.delenv("CUSTOMERIO_PIPELINES_WRITE_KEY", raising=False)
    cls = PipelinesClient if mode == "sync" else AsyncPipelinesClient
    with pytest.raises(ConfigurationError) as info:
        cls()
    assert "write_key" in str(info.value) and "CUSTOMERIO_PIPELINES_WRITE_KEY" in str(info.value)


@pytest.mark.parametrize(
    ("region", "env", "url"),
    [
        (None, None, "https://cdp.customer.io/v1/identify"),
        ("us", None, "https://cdp.customer.io/v1/identify"),
        ("eu", None, "https://cdp-eu.customer.io/v1/identify"),
        (None, "EU", "https://cdp-eu.customer.io/v1/identify"),
    ],
)
async def test_region_hosts(monkeypatch: pytest.MonkeyPatch, mode: str, region: Any, env: Any, url: str) -> None:
    monkeypatch.delenv("CUSTOMERIO_REGION", raising=False)
    if env:
        monkeypatch.setenv("CUSTOMERIO_REGION", env)
    server = Server()
    await call(make(mode, server, region=region), "identify", user_id="1")
    assert str(server.last.url) == url
    assert server.last.headers["Authorization"] == AUTH


async def test_unknown_region_and_base_url_override(mode: str) -> None:
    with pytest.raises(ConfigurationError, match="unknown region"):
        make(mode, Server(), region="apac")
    server = Server()
    await call(make(mode, server, base_url="http://127.0.0.1:9/v1/"), "track", "e", user_id="1")
    assert str(server.last.url) == "http://127.0.0.1:9/v1/track"
    assert server.last.headers["Authorization"] == AUTH  # same origin as base_url


async def test_strict_mode_header(mode: str) -> None:
    server = Server()
    await call(make(mode, server), "identify", user_id="1")
    assert server.last.headers["X-Strict-Mode"] == "1"
    await call(make(mode, server, strict=False), "identify", user_id="1")
    assert "X-Strict-Mode" not in server.last.headers


def test_strict_mode_on_the_wire(loopback: Any) -> None:
    with PipelinesClient("wk-1", base_url=loopback.url + "/v1") as client:
        client.track("signed up", user_id="u/1", properties={"plan": "pro"})
    (request,) = loopback.requests
    assert (request.method, request.target) == ("POST", "/v1/track")
    assert request.header("X-Strict-Mode") == "1" and request.header("Authorization") == AUTH
    assert request.json()["userId"] == "u/1" and request.header("Content-Type") == "application/json"


# -- calls ----------------------------------------------------------------------------------------

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
CASES: list[tuple[str, tuple, dict, str, dict]] = [
    (
        "identify",
        (),
        {"user_id": "42", "traits": {"email": "a@b.co"}, "timestamp": WHEN},
        "/identify",
        {"type": "identify", "userId": "42", "traits": {"email": "a@b.co"}, "timestamp": "2024-05-06T07:08:09Z"},
    ),
    (
        "identify",
        (),
        {"anonymous_id": "anon", "context": {"ip": "1.2.3.4"}, "integrations": {"All": False}},
        "/identify",
        {"type": "identify", "anonymousId": "anon", "context": {"ip": "1.2.3.4"}, "integrations": {"All": False}},
    ),
    (
        "track",
        ("purchased",),
        {"user_id": "42", "anonymous_id": "anon", "properties": {"amount": 5}},
        "/track",
        {"type": "track", "userId": "42", "anonymousId": "anon", "event": "purchased", "properties": {"amount": 5}},
    ),
    (
        "track",
        ("seats added",),
        {"group_id": "g1"},
        "/track",
        {"type": "track", "groupId": "g1", "event": "seats added"},
    ),
    ("page", ("Home",), {"user_id": "42"}, "/page", {"type": "page", "userId": "42", "name": "Home"}),
    (
        "page",
        (),
        {"anonymous_id": "a", "properties": {"url": "/"}},
        "/page",
        {"type": "page", "anonymousId": "a", "properties": {"url": "/"}},
    ),
    ("screen", ("Settings",), {"user_id": "42"}, "/screen", {"type": "screen", "userId": "42", "name": "Settings"}),
    (
        "group",
        ("acme",),
        {"user_id": "42", "traits": {"name": "Acme"}},
        "/group",
        {"type": "group", "userId": "42", "groupId": "acme", "traits": {"name": "Acme"}},
    ),
    ("alias", ("42", "anon"), {}, "/alias", {"type": "alias", "userId": "42", "previousId": "anon"}),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "path", "expected"), CASES)
async def test_call_sends_spec_body(
    client: Any, server: Server, method: str, args: tuple, kwargs: dict, path: str, expected: dict
) -> None:
    assert await call(client, method, *args, **kwargs) is None
    request = server.last
    assert request.method == "POST" and request.url.raw_path == b"/v1" + path.encode()
    sent = body(request)
    assert is_uuid4(sent.pop("messageId"))
    assert sent == expected
    assert request.headers["Authorization"] == AUTH and request.headers["X-Strict-Mode"] == "1"
    assert request.extensions["customerio"]["path_template"] == path


async def test_message_id_kept_and_timestamp_offsets(client: Any, server: Server) -> None:
    when = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=-5)))
    await call(client, "track", "e", user_id="1", message_id="m-1", timestamp=when)
    assert body(server.last)["messageId"] == "m-1"
    assert body(server.last)["timestamp"] == "2024-01-01T12:00:00-05:00"
    await call(client, "track", "e", user_id="1", timestamp="2024-01-01T00:00:00Z")
    assert body(server.last)["timestamp"] == "2024-01-01T00:00:00Z"


async def test_message_id_stable_across_retry(client: Any, server: Server) -> None:
    server.script = [httpx.Response(503), httpx.Response(200, json={})]
    await call(client, "identify", user_id="1")
    first, second = server.requests
    assert first.content == second.content and is_uuid4(body(first)["messageId"])


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error"),
    [
        ("identify", (), {}, "identify\\(\\) needs user_id or anonymous_id"),
        ("track", ("e",), {}, "track\\(\\) needs user_id or anonymous_id"),
        ("page", (), {}, "page\\(\\) needs user_id or anonymous_id"),
        ("screen", (), {}, "screen\\(\\) needs user_id or anonymous_id"),
        ("group", ("g",), {}, "group\\(\\) needs user_id or anonymous_id"),
        ("identify", (), {"user_id": ""}, "user_id must not be empty"),
        ("track", ("",), {"user_id": "1"}, "event must not be empty"),
        ("alias", ("1", ""), {}, "previous_id"),
        ("identify", (), {"user_id": "1", "timestamp": datetime(2024, 1, 1)}, "naive"),
        ("identify", (), {"user_id": "1", "traits": ["x"]}, "traits must be a dict"),
    ],
)
async def test_invalid_calls_rejected_before_sending(
    client: Any, server: Server, method: str, args: tuple, kwargs: dict, error: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=error):
        await call(client, method, *args, **kwargs)
    assert server.requests == []


async def test_call_over_32kb_refused_before_sending(client: Any, server: Server) -> None:
    with pytest.raises(PayloadTooLargeError) as info:
        await call(client, "track", "e", user_id="1", properties={"pad": "x" * 32_000})
    assert info.value.limit == 32_000 and server.requests == []


# -- batch ----------------------------------------------------------------------------------------


class BatchServer(Server):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[dict] = []
        self.sizes: list[int] = []
        self.contexts: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = super().__call__(request)
        assert request.url.raw_path == b"/v1/batch"
        self.sizes.append(len(request.content))
        payload = json.loads(request.content)
        self.contexts.append(payload.get("context"))
        if response.status_code < 400:
            self.received.extend(payload["batch"])
        return response


def track_call(i: int, pad: int) -> dict:
    return {"type": "track", "userId": str(i), "event": "e", "properties": {"p": "x" * pad}}


def random_size(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.005:
        return rng.randint(32_500, 60_000)
    if roll < 0.02:
        return rng.randint(20_000, 31_800)
    return rng.randint(0, 400) if roll < 0.9 else rng.randint(400, 4000)


async def test_batch_20000_calls_lossless(mode: str) -> None:
    rng = random.Random(99)
    pads = [random_size(rng) for _ in range(20_000)]
    calls = [track_call(i, pad) for i, pad in enumerate(pads)]
    server = BatchServer()
    result = await call(make(mode, server), "batch", calls, context={"library": {"name": "t"}}, on_oversize="collect")
    rejected = {r.index for r in result.rejected}
    assert result.total == 20_000 and result.failed == [] and len(rejected) > 50
    assert result.sent + len(result.rejected) + len(result.failed) == result.total
    assert all(pads[i] >= 31_000 for i in rejected) and all(pads[i] < 31_900 for i in set(range(20_000)) - rejected)
    received = sorted(int(c["userId"]) for c in server.received)
    assert received == [i for i in range(20_000) if i not in rejected]
    assert max(server.sizes) <= 500_000 and len(server.sizes) > 10
    assert all(ctx == {"library": {"name": "t"}} for ctx in server.contexts)
    assert len({c["messageId"] for c in server.received}) == len(server.received)
    assert all("messageId" not in c for c in calls)  # the caller's dicts are not modified


async def test_batch_chunk_error_marks_its_calls_failed_and_continues(mode: str) -> None:
    server = BatchServer()
    server.script = [httpx.Response(400, json={"error": "bad"})]
    calls = [track_call(i, 20_000) for i in range(60)]
    result = await call(make(mode, server), "batch", calls)
    first = json.loads(server.requests[0].content)["batch"]  # the request that got the 400
    assert [f.index for f in result.failed] == [int(c["userId"]) for c in first]
    assert "400" in result.failed[0].error and len(server.requests) == 3
    result.check()


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ({"type": "track", "event": "e"}, "batch call 1 \\(track\\) needs 'userId' or 'anonymousId'"),
        ({"type": "alias", "userId": "1", "previousId": "0"}, "batch call 1 needs 'type'"),
        ({"type": "group", "userId": "1"}, "needs 'groupId'"),
        ({"type": "track", "user_id": "1", "event": "e"}, "camelCase"),
        ("nope", "batch call 1 must be a dict"),
    ],
)
async def test_batch_invalid_call_in_list_raises_before_sending(
    client: Any, server: Server, bad: Any, error: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=error):
        await call(client, "batch", [track_call(0, 1), bad])
    assert server.requests == []


async def test_batch_timestamp_and_message_id(client: Any, server: Server) -> None:
    calls = [
        {"type": "identify", "userId": "1", "timestamp": WHEN},
        {"type": "page", "anonymousId": "a", "messageId": "m"},
    ]
    result = await call(client, "batch", iter(calls), integrations={"All": True})
    sent = body(server.last)
    assert sent["integrations"] == {"All": True} and result.sent == 2
    assert sent["batch"][0]["timestamp"] == "2024-05-06T07:08:09Z" and is_uuid4(sent["batch"][0]["messageId"])
    assert sent["batch"][1]["messageId"] == "m"


async def test_batch_writer(mode: str) -> None:
    server = BatchServer()
    writer = make(mode, server).batch_writer(context={"ip": "0"}, max_count=3)
    for i in range(7):
        await call(writer, "add", track_call(i, 1))
    await call(writer, "flush")
    assert sorted(len(json.loads(r.content)["batch"]) for r in server.requests) == [1, 3, 3]
    assert server.contexts == [{"ip": "0"}] * 3 and writer.result.sent == 7
    with pytest.raises(ValueError, match="needs 'userId'"):
        await call(writer, "add", {"type": "track", "event": "e"})


# -- raw client -----------------------------------------------------------------------------------


def test_raw_client_uses_the_same_transport() -> None:
    from customerio_pipelines_api.api.people import identify
    from customerio_pipelines_api.models.known_user import KnownUser

    server = Server()
    client = make("sync", server)
    identify.sync_detailed(client=client.raw, body=KnownUser.from_dict({"userId": "42"}))
    assert server.last.headers["Authorization"] == AUTH and server.last.headers["X-Strict-Mode"] == "1"
    assert server.last.url.raw_path == b"/v1/identify" and body(server.last)["userId"] == "42"


# -- against the spec-validating mock -------------------------------------------------------------


async def test_every_call_validates_against_the_pinned_spec(customerio_mock: Any, mode: str) -> None:
    cls = PipelinesClient if mode == "sync" else AsyncPipelinesClient
    client = cls("wk-1", base_url=customerio_mock.pipelines_url)
    await call(client, "identify", user_id="1", traits={"a": 1}, timestamp=WHEN, context={"ip": "1.1.1.1"})
    await call(client, "identify", anonymous_id="a")
    await call(client, "track", "e", user_id="1", properties={"a": 1})
    await call(client, "track", "e", group_id="g")
    await call(client, "page", "Home", user_id="1")
    await call(client, "screen", "S", anonymous_id="a")
    await call(client, "group", "g", user_id="1", traits={"n": 1})
    await call(client, "alias", "1", "0")
    calls = [
        track_call(1, 1),
        {"type": "identify", "anonymousId": "a", "traits": {}},
        {"type": "group", "userId": "1", "groupId": "g"},
    ]
    assert (await call(client, "batch", calls, context={"ip": "1.1.1.1"})).sent == 3
    assert customerio_mock.violations == [] and len(customerio_mock.requests) == 9


def test_message_ids_are_uuid4_text_with_122_random_bits() -> None:
    import uuid
    from collections import Counter

    from customerio_sdk._core.dedupe_ids import _draw_message_ids, message_id

    ids = [message_id() for _ in range(5_000)] + _draw_message_ids(1_000)
    assert len(set(ids)) == len(ids)
    parsed = [uuid.UUID(i) for i in ids]
    assert all(str(u) == i and u.version == 4 and u.variant == uuid.RFC_4122 for u, i in zip(parsed, ids))
    # every random digit position varies (no column copied from the wrong place or left fixed)
    for position in [p for p in range(36) if p not in (8, 13, 14, 18, 23)]:
        assert len(Counter(i[position] for i in ids)) == (4 if position == 19 else 16), position
