"""TrackClient / AsyncTrackClient: configuration, exact requests (method, raw path, JSON body per the
pinned spec), identifier encoding, dedupe ids across retries, v2 entity and lossless batching.

Every request test runs against both twins (``mode`` is "sync" or "async").
"""

from __future__ import annotations

import base64
import inspect
import json
import random
import re
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from _helpers import Server, no_sleep
from customerio_sdk import AsyncTrackClient, TrackClient
from customerio_sdk._core.dedupe_ids import _UlidGenerator, encode, ulid
from customerio_sdk.errors import ConfigurationError, PayloadTooLargeError
from customerio_sdk.track import by_cio_id, by_email, by_id

ULID_RE = re.compile(r"^[0-7][0-9A-HJKMNP-TV-Z]{25}$")
TRICKY = ["a/b", "a@b.com", "a+b@c.com", "100%", "a b", "a?x=1", "a#b", "ü", ".", "..", "../v1/segments"]
AUTH = "Basic " + base64.b64encode(b"site-1:key-1").decode()


def make(mode: str, server: Server, **kwargs: Any) -> TrackClient | AsyncTrackClient:
    cls = TrackClient if mode == "sync" else AsyncTrackClient
    kwargs.setdefault("retry_policy", no_sleep())
    return cls("site-1", "key-1", transport=httpx.MockTransport(server), **kwargs)


async def call(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(client, method)(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(mode: str, server: Server) -> Any:
    return make(mode, server)


def body(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


# -- configuration ----------------------------------------------------------------------------------


async def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    monkeypatch.setenv("CUSTOMERIO_SITE_ID", "env-site")
    monkeypatch.setenv("CUSTOMERIO_API_KEY", " env-key\n")  # a trailing newline from a .env file is fine
    cls = TrackClient if mode == "sync" else AsyncTrackClient
    server = Server()
    client = cls(transport=httpx.MockTransport(server))
    await call(client, "delete", "42")
    assert server.last.headers["Authorization"] == "Basic " + base64.b64encode(b"env-site:env-key").decode()


@pytest.mark.parametrize(
    ("missing", "variable"), [("site_id", "CUSTOMERIO_SITE_ID"), ("api_key", "CUSTOMERIO_API_KEY")]
)
def test_missing_credential_names_argument_and_variable(
    monkeypatch: pytest.MonkeyPatch, mode: str, missing: str, variable: str
) -> None:
    monkeypatch.delenv("CUSTOMERIO_SITE_ID", raising=False)
    monkeypatch.delenv("CUSTOMERIO_API_KEY", raising=False)
    cls = TrackClient if mode == "sync" else AsyncTrackClient
    kwargs = {"site_id": "s", "api_key": "k"}
    del kwargs[missing]
    with pytest.raises(ConfigurationError) as info:
        cls(**kwargs)
    assert missing in str(info.value) and variable in str(info.value)


@pytest.mark.parametrize(
    ("region", "env", "host"),
    [
        (None, None, "https://track.customer.io"),
        ("us", None, "https://track.customer.io"),
        ("eu", None, "https://track-eu.customer.io"),
        ("EU", None, "https://track-eu.customer.io"),
        (None, "eu", "https://track-eu.customer.io"),
    ],
)
def test_region_hosts(monkeypatch: pytest.MonkeyPatch, mode: str, region: Any, env: Any, host: str) -> None:
    monkeypatch.delenv("CUSTOMERIO_REGION", raising=False)
    if env:
        monkeypatch.setenv("CUSTOMERIO_REGION", env)
    server = Server()
    client = make(mode, server, region=region)
    assert client.base_url == host


def test_unknown_region_and_base_url_override(mode: str) -> None:
    with pytest.raises(ConfigurationError, match="unknown region 'mars'"):
        make(mode, Server(), region="mars")
    assert make(mode, Server(), base_url="http://127.0.0.1:9/").base_url == "http://127.0.0.1:9"


async def test_auth_header_is_byte_exact(client: Any, server: Server) -> None:
    await call(client, "delete", "42")
    assert server.last.headers["Authorization"] == AUTH
    assert server.last.url.host == "track.customer.io"


# -- every method: method, raw path, body -------------------------------------------------------------

FIXED_ID = "01HZY3K6Q4Q7Z9X8V2T1N0M5BC"
CASES: list[tuple[str, tuple, dict, str, str, Any]] = [
    (
        "identify",
        ("42",),
        {"email": "a@b.co", "plan": "pro"},
        "PUT",
        "/api/v1/customers/42",
        {"email": "a@b.co", "plan": "pro"},
    ),
    ("identify", ("42", {"a": 1}), {"a": 2, "b": True}, "PUT", "/api/v1/customers/42", {"a": 2, "b": True}),
    ("identify", ("42",), {}, "PUT", "/api/v1/customers/42", {}),
    ("delete", ("42",), {}, "DELETE", "/api/v1/customers/42", None),
    ("suppress", ("42",), {}, "POST", "/api/v1/customers/42/suppress", None),
    ("unsuppress", ("42",), {}, "POST", "/api/v1/customers/42/unsuppress", None),
    (
        "track",
        ("42", "purchased", {"amount": 5}),
        {"timestamp": 1700000000, "id": FIXED_ID},
        "POST",
        "/api/v1/customers/42/events",
        {"name": "purchased", "id": FIXED_ID, "timestamp": 1700000000, "data": {"amount": 5}},
    ),
    (
        "track_anonymous",
        ("anon-1", "viewed"),
        {"id": FIXED_ID},
        "POST",
        "/api/v1/events",
        {"anonymous_id": "anon-1", "name": "viewed", "id": FIXED_ID},
    ),
    (
        "track_anonymous",
        (None, "invite", {"recipient": "x@y.z"}),
        {"id": FIXED_ID},
        "POST",
        "/api/v1/events",
        {"name": "invite", "id": FIXED_ID, "data": {"recipient": "x@y.z"}},
    ),
    (
        "add_device",
        ("42", "tok", "ios"),
        {"last_used": 1700000000, "attributes": {"push_enabled": "true"}},
        "PUT",
        "/api/v1/customers/42/devices",
        {"device": {"id": "tok", "platform": "ios", "last_used": 1700000000, "attributes": {"push_enabled": "true"}}},
    ),
    (
        "add_device",
        ("42", "tok", "android"),
        {},
        "PUT",
        "/api/v1/customers/42/devices",
        {"device": {"id": "tok", "platform": "android"}},
    ),
    ("delete_device", ("42", "tok"), {}, "DELETE", "/api/v1/customers/42/devices/tok", None),
    (
        "merge",
        (by_email("a@b.co"), by_id("7")),
        {},
        "POST",
        "/api/v1/merge_customers",
        {"primary": {"email": "a@b.co"}, "secondary": {"id": "7"}},
    ),
    (
        "merge",
        ({"cio_id": "c1"}, by_cio_id("c2")),
        {},
        "POST",
        "/api/v1/merge_customers",
        {"primary": {"cio_id": "c1"}, "secondary": {"cio_id": "c2"}},
    ),
    ("add_to_segment", (3, ["a", "b"]), {}, "POST", "/api/v1/segments/3/add_customers", {"ids": ["a", "b"]}),
    (
        "remove_from_segment",
        (3, ["a@b.co"]),
        {"id_type": "email"},
        "POST",
        "/api/v1/segments/3/remove_customers?id_type=email",
        {"ids": ["a@b.co"]},
    ),
    (
        "track_metric",
        ("dlv-1", "clicked"),
        {"timestamp": 1700000000, "href": "https://x.y"},
        "POST",
        "/api/v1/metrics",
        {"delivery_id": "dlv-1", "metric": "clicked", "timestamp": 1700000000, "href": "https://x.y"},
    ),
    (
        "push_metric",
        ("dlv-1", "opened"),
        {"device_id": "tok"},
        "POST",
        "/api/v1/push/events",
        {"delivery_id": "dlv-1", "event": "opened", "device_id": "tok"},
    ),
    (
        "entity",
        ({"type": "person", "identifiers": {"id": "42"}, "action": "identify", "attributes": {"a": 1}},),
        {},
        "POST",
        "/api/v2/entity",
        {"type": "person", "identifiers": {"id": "42"}, "action": "identify", "attributes": {"a": 1}},
    ),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "http", "target", "expected"), CASES)
async def test_method_sends_spec_request(
    client: Any, server: Server, method: str, args: tuple, kwargs: dict, http: str, target: str, expected: Any
) -> None:
    assert await call(client, method, *args, **kwargs) is None
    request = server.last
    assert request.method == http
    assert request.url.raw_path.decode() == target
    assert body(request) == expected
    if expected is not None:
        assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Authorization"] == AUTH


async def test_track_assigns_ulid_and_converts_datetime(client: Any, server: Server) -> None:
    when = datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=timezone(timedelta(hours=2)))
    await call(client, "track", "42", "ev", timestamp=when)
    sent = body(server.last)
    assert ULID_RE.match(sent["id"])
    assert sent["timestamp"] == int(datetime(2024, 1, 2, 1, 4, 5, tzinfo=timezone.utc).timestamp())


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"timestamp": datetime(2024, 1, 1)}, "naive datetime"),
        ({"timestamp": 1_700_000_000_000}, "milliseconds"),
        ({"timestamp": True}, "Unix seconds"),
        ({"id": "not-a-ulid"}, "ULID"),
    ],
)
async def test_track_rejects_bad_arguments_before_sending(
    client: Any, server: Server, kwargs: dict, error: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=error):
        await call(client, "track", "42", "ev", **kwargs)
    assert server.requests == []


async def test_event_id_is_kept_across_a_retry(client: Any, server: Server) -> None:
    server.script = [httpx.Response(503), httpx.Response(200, json={})]
    await call(client, "track", "42", "ev")
    first, second = (body(r) for r in server.requests)
    assert ULID_RE.match(first["id"]) and first == second
    server.script = [httpx.Response(503), httpx.Response(200, json={})]
    await call(client, "track_anonymous", "anon", "ev")
    assert body(server.requests[2])["id"] == body(server.requests[3])["id"]


# -- identifiers ----------------------------------------------------------------------------------


def one_segment(raw_path: bytes, prefix: str, suffix: str = "") -> str:
    path = raw_path.decode("ascii")
    assert path.startswith(prefix) and path.endswith(suffix), path
    segment = path[len(prefix) : len(path) - len(suffix)]
    assert "/" not in segment and "?" not in segment and "#" not in segment
    return unquote(segment)


@pytest.mark.parametrize("identifier", TRICKY)
async def test_tricky_identifiers_are_one_segment(client: Any, server: Server, identifier: str) -> None:
    for method, args, suffix in [
        ("identify", (identifier,), ""),
        ("delete", (identifier,), ""),
        ("track", (identifier, "ev"), "/events"),
        ("suppress", (identifier,), "/suppress"),
        ("add_device", (identifier, "tok", "ios"), "/devices"),
    ]:
        await call(client, method, *args)
        assert one_segment(server.last.url.raw_path, "/api/v1/customers/", suffix) == identifier
        assert server.last.url.query == b""
    await call(client, "delete_device", "42", identifier)
    assert one_segment(server.last.url.raw_path, "/api/v1/customers/42/devices/") == identifier


def test_tricky_identifiers_on_the_wire(loopback: Any) -> None:
    with TrackClient("site-1", "key-1", base_url=loopback.url) as client:
        for identifier in TRICKY:
            client.identify(identifier, plan="pro")
    for identifier, request in zip(TRICKY, loopback.requests):
        assert request.method == "PUT"
        assert one_segment(request.target.encode(), "/api/v1/customers/") == identifier
        assert request.header("Authorization") == AUTH
        assert request.json() == {"plan": "pro"}


@pytest.mark.parametrize(
    ("method", "args", "name"),
    [
        ("identify", ("",), "identifier"),
        ("delete", ("",), "identifier"),
        ("track", ("", "ev"), "identifier"),
        ("suppress", ("",), "identifier"),
        ("unsuppress", ("",), "identifier"),
        ("add_device", ("", "tok", "ios"), "identifier"),
        ("delete_device", ("42", ""), "device_id"),
        ("track", ("42", ""), "name"),
        ("track_anonymous", ("", "ev"), "anonymous_id"),
    ],
)
async def test_empty_identifier_rejected_before_sending(
    client: Any, server: Server, method: str, args: tuple, name: str
) -> None:
    with pytest.raises(ValueError, match=name):
        await call(client, method, *args)
    assert server.requests == []


@pytest.mark.parametrize(
    "side",
    [{}, {"id": "1", "email": "a@b.co"}, {"phone": "1"}, {"id": ""}, "a@b.co", None],
)
async def test_merge_needs_exactly_one_identifier(client: Any, server: Server, side: Any) -> None:
    with pytest.raises((ValueError, TypeError), match="primary"):
        await call(client, "merge", side, by_id("2"))
    assert server.requests == []


async def test_segment_ids_are_split_by_the_documented_limit(client: Any, server: Server) -> None:
    ids = [f"u{i}" for i in range(2500)]
    await call(client, "add_to_segment", 9, ids, id_type="id")
    assert [len(body(r)["ids"]) for r in server.requests] == [1000, 1000, 500]
    assert [i for r in server.requests for i in body(r)["ids"]] == ids
    assert all(r.url.params["id_type"] == "id" for r in server.requests)
    for bad, error in [((9, []), "empty"), ((9, "abc"), "list"), (("x", ["a"]), "integer")]:
        with pytest.raises((ValueError, TypeError), match=error):
            await call(client, "add_to_segment", *bad)
    with pytest.raises(ValueError, match="id_type"):
        await call(client, "add_to_segment", 9, ["a"], id_type="phone")


async def test_invalid_enums_rejected(client: Any, server: Server) -> None:
    with pytest.raises(ValueError, match="platform"):
        await call(client, "add_device", "42", "tok", "windows")
    with pytest.raises(ValueError, match="metric"):
        await call(client, "track_metric", "d", "liked")
    assert server.requests == []


# -- v2 entity ------------------------------------------------------------------------------------


async def test_entity_event_gets_an_id_and_caller_dict_is_untouched(client: Any, server: Server) -> None:
    op = {"type": "person", "identifiers": {"email": "a@b.co"}, "action": "event", "name": "signed_up"}
    await call(client, "entity", op)
    sent = body(server.last)
    assert ULID_RE.match(sent["id"]) and "id" not in op
    assert server.last.extensions["customerio"]["path_template"] == "/api/v2/entity"


async def test_entity_over_32kb_is_refused_before_sending(client: Any, server: Server) -> None:
    op = {"type": "object", "identifiers": {"object_type_id": "1", "object_id": "x"}, "action": "identify"}
    op["attributes"] = {"pad": "x" * 33_000}
    with pytest.raises(PayloadTooLargeError) as info:
        await call(client, "entity", op)
    assert info.value.limit == 32_000 and server.requests == []


# -- v2 batch -------------------------------------------------------------------------------------


class BatchServer(Server):
    """Decodes each /api/v2/batch body and remembers every operation it received."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[dict] = []
        self.sizes: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = super().__call__(request)
        assert request.url.raw_path == b"/api/v2/batch"
        self.sizes.append(len(request.content))
        if response.status_code < 400:
            self.received.extend(json.loads(request.content)["batch"])
        return response


def random_size(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.005:
        return rng.randint(32_500, 60_000)
    if roll < 0.02:
        return rng.randint(20_000, 31_800)
    return rng.randint(0, 400) if roll < 0.9 else rng.randint(400, 4000)


def person_op(i: int, pad: int) -> dict:
    return {
        "type": "person",
        "identifiers": {"id": str(i)},
        "action": "event",
        "name": "e",
        "attributes": {"p": "x" * pad},
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_batch_20000_ops_lossless(mode: str) -> None:
    rng = random.Random(1234)
    # Mostly small, some near the 32 KB limit, 0.5% over it (rejected), in random order.
    pads = [random_size(rng) for _ in range(20_000)]
    ops = [person_op(i, pad) for i, pad in enumerate(pads)]
    oversize = {i for i, op in enumerate(ops) if len(json.dumps(op, separators=(",", ":"))) > 32_000 - 40}
    server = BatchServer()
    client = make(mode, server)
    result = await call(client, "batch", ops, on_oversize="collect")
    assert result.total == 20_000 and result.failed == []
    assert result.sent + len(result.rejected) + len(result.failed) == result.total
    rejected = {r.index for r in result.rejected}
    assert oversize <= rejected and all(pads[i] >= 31_000 for i in rejected)
    received = [int(op["identifiers"]["id"]) for op in server.received]
    assert sorted(received) == [i for i in range(20_000) if i not in rejected]  # each accepted op exactly once
    assert max(server.sizes) <= 500_000 and len(server.sizes) > 10 and len(rejected) > 50
    assert all(ULID_RE.match(op["id"]) for op in server.received)
    assert len({op["id"] for op in server.received}) == len(server.received)


async def test_batch_207_maps_failures_to_input_indices(mode: str) -> None:
    server = BatchServer()
    client = make(mode, server)
    ops = [person_op(i, 20_000) for i in range(60)]  # ~24 per request: 3 requests
    server.script = [
        httpx.Response(200, json={}),
        httpx.Response(
            207,
            json={
                "errors": [
                    {"batch_index": 0, "reason": "invalid", "field": "name", "message": "bad"},
                    {"batch_index": 2, "reason": "x"},
                ]
            },
        ),
    ]
    result = await call(client, "batch", ops)
    # Requests are in flight together: the one that got the 207 is requests[1], whichever chunk it was.
    refused = json.loads(server.requests[1].content)["batch"]
    assert [f.index for f in result.failed] == [int(refused[p]["identifiers"]["id"]) for p in (0, 2)]
    assert result.failed[0].error == "invalid: name: bad"
    assert result.sent == 58 and result.total == 60 and len(server.requests) == 3


async def test_batch_chunk_error_marks_its_ops_failed_and_continues(mode: str) -> None:
    server = BatchServer()
    client = make(mode, server)
    ops = [person_op(i, 20_000) for i in range(60)]
    server.script = [httpx.Response(200, json={}), httpx.Response(400, json={"errors": [{"reason": "malformed"}]})]
    result = await call(client, "batch", ops)
    second = json.loads(server.requests[1].content)["batch"]
    assert [f.index for f in result.failed] == [int(op["identifiers"]["id"]) for op in second]
    assert "400" in result.failed[0].error and "/api/v2/batch" in result.failed[0].error
    assert len(server.requests) == 3 and result.sent == 60 - len(second)
    result.check()


async def test_batch_oversize_raise_reports_index_and_partial_result(mode: str) -> None:
    server = BatchServer()
    client = make(mode, server)
    ops = [person_op(i, 20_000) for i in range(30)] + [person_op(30, 40_000)] + [person_op(31, 10)]
    with pytest.raises(PayloadTooLargeError) as info:
        await call(client, "batch", ops)
    assert info.value.index == 30
    assert info.value.result.sent == 30 and len(server.received) == 30


async def test_batch_rejects_non_dict_before_sending(client: Any, server: Server) -> None:
    with pytest.raises(TypeError, match="operation 2"):
        await call(client, "batch", [person_op(0, 1), person_op(1, 1), "nope"])
    assert server.requests == []


async def test_batch_with_delivery_events_is_not_retried_after_possible_delivery(mode: str) -> None:
    server = BatchServer()
    client = make(mode, server)
    server.script = [httpx.Response(503)]
    delivery = {"type": "delivery", "identifiers": {"id": "d1"}, "action": "event", "name": "opened", "attributes": {}}
    result = await call(client, "batch", [delivery])
    assert len(server.requests) == 1 and [f.index for f in result.failed] == [0]
    assert server.requests[0].extensions["customerio"]["idempotent"] is False
    server.script = [httpx.Response(503)]
    result = await call(client, "batch", [person_op(0, 1)])
    assert len(server.requests) == 3 and result.sent == 1  # retried: events carry dedupe ids


async def test_batch_writer_sends_to_batch_endpoint(mode: str) -> None:
    server = BatchServer()
    client = make(mode, server)
    writer = client.batch_writer(max_count=2)
    for i in range(5):
        await call(writer, "add", person_op(i, 1))
    await call(writer, "flush")
    assert sorted(len(json.loads(r.content)["batch"]) for r in server.requests) == [1, 2, 2]
    assert writer.result.sent == 5 and all(ULID_RE.match(op["id"]) for op in server.received)


# -- raw client -----------------------------------------------------------------------------------


def test_raw_client_uses_the_same_transport() -> None:
    from customerio_track_api.api.track_customers import identify
    from customerio_track_api.models.identify_body import IdentifyBody

    server = Server()
    client = make("sync", server)
    response = identify.sync_detailed("a/b", client=client.raw, body=IdentifyBody.from_dict({"email": "a@b.co"}))
    assert response.status_code == 200
    assert server.last.headers["Authorization"] == AUTH
    assert server.last.url.raw_path == b"/api/v1/customers/a%2Fb"
    assert body(server.last) == {"email": "a@b.co"}


async def test_async_raw_client_uses_the_same_transport() -> None:
    from customerio_track_api.api.track_customers import delete

    server = Server()
    client = make("async", server)
    await delete.asyncio_detailed("x", client=client.raw)
    assert server.last.headers["Authorization"] == AUTH and server.last.method == "DELETE"


# -- ULIDs ----------------------------------------------------------------------------------------


def test_ulid_format_and_time_prefix() -> None:
    value = ulid()
    assert ULID_RE.match(value)
    assert encode(0, 0) == "0" * 26
    assert encode((1 << 48) - 1, (1 << 80) - 1) == "7" + "Z" * 25
    ms = 1_700_000_000_123
    gen = _UlidGenerator(clock=lambda: ms * 1_000_000, randbits=lambda: 5)
    assert gen()[:10] == encode(ms, 0)[:10] and gen().endswith("6")


def test_ulids_are_monotonic_within_a_millisecond_and_when_the_clock_steps_back() -> None:
    times = iter([10, 10, 10, 9, 11])
    gen = _UlidGenerator(clock=lambda: next(times) * 1_000_000, randbits=lambda: (1 << 80) - 2)
    ids = [gen() for _ in range(5)]
    assert ids == sorted(ids) and len(set(ids)) == 5
    many = [ulid() for _ in range(10_000)]
    assert many == sorted(many) and len(set(many)) == 10_000


def test_ulids_made_ahead_are_consecutive_and_exact_across_prefix_runs() -> None:
    ms, start = 1_700_000_000_123, (5 << 10) + 1000  # 24 ids before the cached prefix changes
    gen = _UlidGenerator(clock=lambda: ms * 1_000_000, randbits=lambda: start)
    ids = [gen() for _ in range(3_000)]
    assert ids == [encode(ms, start + i) for i in range(3_000)]
    assert gen._size == 256  # made ahead in growing blocks while they run out within the millisecond


def test_ulids_made_ahead_are_not_used_after_their_millisecond() -> None:
    now = [10]
    draws = iter(range(0, 1 << 40, 1 << 20))
    gen = _UlidGenerator(clock=lambda: now[0] * 1_000_000, randbits=lambda: next(draws))
    first = [gen() for _ in range(10)]  # some are made ahead and left over
    now[0] = 11
    later = gen()
    assert later[:10] == encode(11, 0)[:10] and later > max(first)  # the new millisecond's time
    assert gen._size == 4  # blocks of 1, 2, 4, 8 made 15 for the first 10: leftovers halve the block
    for ms in range(12, 20):  # then one call a millisecond: back to making one at a time
        now[0] = ms
        gen()
    assert gen._size == 1


def test_a_refill_that_waited_for_the_lock_takes_the_block_another_thread_made() -> None:
    # Two threads find no spare id; the second to get the lock must use the first one's block,
    # not throw it away and halve the block size (ids stayed unique, the size swung).
    gen = _UlidGenerator(clock=lambda: 10 * 1_000_000)
    first = [gen() for _ in range(4)]  # blocks of 1, 2 and 4: three spares left, block size 4
    size, spares = gen._size, len(gen._spares)
    late = gen._refill(10)  # as the waiting thread would, having seen no spares before the lock
    assert late > max(first)  # the next id of the same millisecond
    assert (gen._size, len(gen._spares)) == (size, spares - 1)


def test_ulid_blocks_settle_near_the_callers_rate() -> None:
    # 100 ids every millisecond: the block size stops climbing from one each millisecond (which
    # took 7 refills a millisecond) and settles where a millisecond needs one or two.
    now = [10]
    gen = _UlidGenerator(clock=lambda: now[0] * 1_000_000)
    refills = 0
    made = []
    original = gen._refill

    def counted(now_ms: int) -> str:
        nonlocal refills
        refills += 1
        return original(now_ms)

    gen._refill = counted  # type: ignore[method-assign]
    for ms in range(10, 60):
        now[0] = ms
        made.extend(gen() for _ in range(100))
    assert refills <= 7 + 2 * 49  # the first millisecond ramps up; each later one takes at most two
    assert made == sorted(made) and len(set(made)) == len(made)  # still strictly increasing


def test_a_forked_child_does_not_hand_out_its_parents_ulids() -> None:
    import os

    gen = _UlidGenerator(clock=lambda: 1_700_000_000_000_000_000)  # one millisecond: ids count up
    [gen() for _ in range(10)]  # leaves spares made ahead in the parent
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.write(write, "".join(gen() for _ in range(3)).encode())
        os._exit(0)
    os.close(write)
    child = os.read(read, 128).decode()
    os.waitpid(pid, 0)
    os.close(read)
    parent = {gen() for _ in range(300)}
    assert len(child) == 78 and not {child[i : i + 26] for i in (0, 26, 52)} & parent


# -- against the spec-validating mock -------------------------------------------------------------


async def test_every_method_validates_against_the_pinned_spec(customerio_mock: Any, mode: str) -> None:
    cls = TrackClient if mode == "sync" else AsyncTrackClient
    client = cls("site-1", "key-1", base_url=customerio_mock.track_url)
    when = datetime(2024, 1, 1, tzinfo=timezone.utc)
    event = {"type": "person", "identifiers": {"id": "1"}, "action": "event", "name": "x", "attributes": {}}
    for method, args, kwargs in [
        ("identify", ("a@b.co",), {"plan": "pro", "created_at": 1700000000}),
        ("track", ("a/b", "ev", {"x": 1}), {"timestamp": when}),
        ("track_anonymous", ("anon", "ev", {"x": 1}), {}),
        ("track_anonymous", (None, "invite", {"recipient": "a@b.co"}), {}),
        ("delete", ("x",), {}),
        ("suppress", ("x",), {}),
        ("unsuppress", ("x",), {}),
        ("add_device", ("x", "tok", "ios"), {"last_used": when, "attributes": {"a": "b"}}),
        ("delete_device", ("x", "tok"), {}),
        ("merge", (by_email("a@b.co"), by_id("1")), {}),
        ("add_to_segment", (3, ["a@b.co"]), {"id_type": "email"}),
        ("remove_from_segment", (3, ["1"]), {}),
        ("track_metric", ("d", "clicked"), {"href": "https://x.y", "timestamp": when}),
        ("push_metric", ("d", "opened"), {"device_id": "t"}),
        ("entity", (event,), {}),
    ]:
        await call(client, method, *args, **kwargs)
    result = await call(
        client,
        "batch",
        [event, {"type": "person", "identifiers": {"id": "1"}, "action": "identify", "attributes": {"a": 1}}],
    )
    assert result.sent == 2
    assert customerio_mock.violations == []
    assert len(customerio_mock.requests) == 16
