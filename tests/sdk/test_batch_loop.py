"""The pipelined batch loop behind Track/Pipelines ``batch()``: requests in flight, order with
``concurrency=1``, bounded read-ahead, accounting, and the shared rate limit (default limit, a 429
pausing every request). Synchronisation is by barriers and events, never sleeps."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import httpx
import pytest
from _helpers import no_sleep
from customerio_sdk import AsyncPipelinesClient, AsyncTrackClient, PipelinesClient, RateLimiter, TrackClient
from customerio_sdk._core.batch_loop import DEFAULT_CONCURRENCY
from customerio_sdk.errors import ConfigurationError

WAIT = 10.0
PAD = 4_900  # ~100 operations a request


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


def person(i: int, pad: int = PAD) -> dict:
    return {
        "type": "person",
        "identifiers": {"id": str(i)},
        "action": "event",
        "name": "e",
        "attributes": {"p": "x" * pad},
    }


def ids(request: httpx.Request) -> list[int]:
    return [int(op["identifiers"]["id"]) for op in json.loads(request.content)["batch"]]


def test_sync_batch_keeps_concurrency_requests_in_flight():
    # The first requests wait at a barrier for `concurrency` of them: the batch only completes if
    # that many are really in flight together.
    barrier = threading.Barrier(4, timeout=WAIT)
    received: list[int] = []
    arrivals = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            arrivals.append(request)
            first = len(arrivals) <= 4
        if first:
            barrier.wait()
        with lock:
            received.extend(ids(request))
        return httpx.Response(200, json={})

    with TrackClient("s", "k", transport=httpx.MockTransport(handler)) as track:
        result = track.batch([person(i) for i in range(800)], concurrency=4)
    assert result.sent == 800 and result.ok and sorted(received) == list(range(800))


async def test_async_batch_keeps_concurrency_requests_in_flight():
    in_flight, peak, everyone = 0, 0, asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 4:
            everyone.set()
        await asyncio.wait_for(everyone.wait(), WAIT)
        in_flight -= 1
        return httpx.Response(200, json={})

    async with AsyncPipelinesClient("wk", transport=httpx.MockTransport(handler)) as cdp:
        calls = [{"type": "track", "userId": str(i), "event": "e", "properties": {"p": "x" * PAD}} for i in range(800)]
        result = await cdp.batch(calls, concurrency=4)
    assert result.sent == 800 and peak == 4


@pytest.mark.parametrize("cls", [TrackClient, AsyncTrackClient])
async def test_concurrency_one_sends_in_input_order(cls: Any) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        requests.append(request)
        return httpx.Response(200, json={})

    client = cls("s", "k", transport=httpx.MockTransport(handler))
    result = client.batch([person(i) for i in range(500)], concurrency=1)
    result = await result if asyncio.iscoroutine(result) else result
    assert result.sent == 500 and len(requests) >= 5
    assert [i for r in requests for i in ids(r)] == list(range(500))


@pytest.mark.parametrize("cls", [TrackClient, AsyncTrackClient])
async def test_generator_is_read_at_most_concurrency_plus_one_chunks_ahead(cls: Any) -> None:
    read = 0
    done = 0
    ahead: list[int] = []
    sizes: list[int] = []
    lock = threading.Lock()

    def ops():
        nonlocal read
        for i in range(3000):
            read += 1
            yield person(i)

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal done
        with lock:
            ahead.append(read - done)  # read from the generator but not yet acknowledged
        n = len(ids(request))
        with lock:
            sizes.append(n)
            done += n
        return httpx.Response(200, json={})

    client = cls("s", "k", transport=httpx.MockTransport(handler))
    result = client.batch(ops(), concurrency=3)
    result = await result if asyncio.iscoroutine(result) else result
    assert result.sent == 3000 and len(sizes) > 20
    assert max(ahead) <= (3 + 1) * max(sizes) + 1  # 3 in flight, 1 packed, and the op that cut it


def test_unexpected_error_stops_the_run_after_in_flight_requests_and_says_what_was_done():
    calls = 0
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        with lock:
            calls += 1
            if calls == 2:
                raise RuntimeError("handler bug")  # not an HTTP outcome: the run cannot go on
        return httpx.Response(200, json={})

    with TrackClient("s", "k", transport=httpx.MockTransport(handler)) as track, pytest.raises(RuntimeError) as info:
        track.batch(iter([person(i) for i in range(3000)]), concurrency=2)
    result = info.value.result
    result.check()
    assert result.total < 3000 and len({f.index for f in result.failed}) > 0


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "8"])
def test_concurrency_must_be_a_positive_int(bad: Any) -> None:
    track = TrackClient("s", "k", transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(ConfigurationError, match="concurrency"):
        track.batch([person(0)], concurrency=bad)


def test_default_concurrency_is_documented_in_every_signature():
    import inspect

    for cls in (TrackClient, AsyncTrackClient, PipelinesClient, AsyncPipelinesClient):
        param = inspect.signature(cls.batch).parameters["concurrency"]
        assert param.default == DEFAULT_CONCURRENCY and param.kind is inspect.Parameter.KEYWORD_ONLY


# -- rate limit ------------------------------------------------------------------------------------


def request(operation_id: str, path: str) -> httpx.Request:
    return httpx.Request(
        "POST", f"https://track.customer.io{path}", extensions={"customerio": {"operation_id": operation_id}}
    )


def test_clients_limit_batch_requests_to_the_published_rate_by_default():
    for client in (TrackClient("s", "k"), PipelinesClient("wk")):
        limiter = client._transport._rate_limiter
        assert [r.rate for r in limiter.rules_for(request("batch", "/api/v2/batch"))] == [1000.0]  # 3000 per 3 s
        assert limiter.rules_for(request("identify", "/api/v1/customers/1")) == []  # single calls: unlimited
    mine = RateLimiter([])
    assert TrackClient("s", "k", rate_limiter=mine)._transport._rate_limiter is mine


def test_pause_holds_back_every_request_of_the_same_rules():
    now = [100.0]
    limiter = RateLimiter.batches(clock=lambda: now[0])
    batch = request("batch", "/api/v2/batch")
    assert limiter.reserve(batch) == 0.0
    limiter.pause(batch, 2.0)
    waits = [limiter.reserve(batch) for _ in range(3)]
    # Held until the pause ends, then at the limiter's pace (1 ms apart): no burst of retries.
    assert waits == pytest.approx([2.0, 2.001, 2.002])
    assert limiter.reserve(request("identify", "/api/v1/customers/1")) == 0.0


async def test_a_429_on_one_request_pauses_the_others(mode: str) -> None:
    now = [100.0]
    limiter = RateLimiter.batches(clock=lambda: now[0], sleep=lambda s: None)
    seen = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return httpx.Response(429, headers={"Retry-After": "3"}, json={})

    cls = TrackClient if mode == "sync" else AsyncTrackClient
    client = cls("s", "k", transport=httpx.MockTransport(handler), rate_limiter=limiter, max_retries=0)
    result = client.batch([person(0, 1)])
    result = await result if asyncio.iscoroutine(result) else result
    assert len(seen) == 1 and len(result.failed) == 1 and "429" in result.failed[0].error
    # The next batch request anywhere on this limiter waits out the server's Retry-After.
    assert limiter.reserve(request("batch", "/api/v2/batch")) == pytest.approx(3.0)


async def test_429_retries_go_through_the_shared_pause(mode: str) -> None:
    now = [0.0]
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        now[0] += seconds

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    limiter = RateLimiter.batches(clock=lambda: now[0], sleep=sleep, async_sleep=async_sleep)
    answers = [httpx.Response(429, headers={"Retry-After": "2"}, json={})]

    def handler(req: httpx.Request) -> httpx.Response:
        return answers.pop(0) if answers else httpx.Response(200, json={})

    cls = TrackClient if mode == "sync" else AsyncTrackClient
    client = cls("s", "k", transport=httpx.MockTransport(handler), rate_limiter=limiter, retry_policy=no_sleep())
    result = client.batch([person(0, 1)])
    result = await result if asyncio.iscoroutine(result) else result
    assert result.sent == 1 and waited == pytest.approx([2.0])  # the retry waited for the pause


def test_batch_refuses_an_outcome_naming_operations_not_in_the_chunk_like_the_writer():
    # One accounting rule for batch() and the writers (batch_loop.count_delivered).
    from customerio_sdk._core.batch_loop import run_batch
    from customerio_sdk._core.batch_packing import BatchOutcome, BatchPacker, BatchResponseError, Failed

    def send(chunk):
        return BatchOutcome((Failed(999, "refused"),))

    with pytest.raises(BatchResponseError, match="not in the chunk") as info:
        run_batch(BatchPacker([{"n": i} for i in range(5)]), send, 1)
    result = info.value.result
    assert result.sent == 0 and [f.index for f in result.failed] == [0, 1, 2, 3, 4]
