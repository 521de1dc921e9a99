"""BatchWriter / AsyncBatchWriter: flushing rules, pipelined sends, and the "never lose, never double"
contract (add() takes or raises without keeping, the flush_interval timer, client.close() flushing,
errors after close, interpreter exit). Synchronisation is by events and conditions, never sleeps."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from pathlib import Path

import httpx
import pytest
from customerio_sdk import AsyncPipelinesClient, AsyncTrackClient, PipelinesClient, TrackClient
from customerio_sdk._core.batch_packing import (
    BatchOutcome,
    BatchResponseError,
    BatchResult,
    Chunk,
    Failed,
    Rejected,
    parse_track_207,
)
from customerio_sdk._core.batch_writer import AsyncBatchWriter, BatchWriter
from customerio_sdk.errors import (
    BatchWriterClosedError,
    ClientClosedError,
    ConfigurationError,
    CustomerIOError,
    PayloadTooLargeError,
)
from test_batching import decode, op_of_size

WAIT = 10.0  # seconds an event may take before the test fails (never reached when things work)
OVERLAY = str(Path(__file__).resolve().parents[2] / "overlay")


class Sender:
    """A send_chunk that records chunks; fails the calls numbered in ``fail_on`` (0-based)."""

    def __init__(self, fail_on: set[int] | None = None, outcome=None):
        self.chunks: list[Chunk] = []
        self.calls = 0
        self.fail_on = set(fail_on or ())
        self.outcome = outcome
        self.changed = threading.Condition()

    def __call__(self, chunk: Chunk):
        with self.changed:
            call, self.calls = self.calls, self.calls + 1
            try:
                if call in self.fail_on:
                    raise ConnectionError("boom")
                self.chunks.append(chunk)
                return self.outcome(chunk) if self.outcome else BatchOutcome()
            finally:
                self.changed.notify_all()

    def wait_for_chunks(self, n: int) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: len(self.chunks) >= n, timeout=WAIT)

    def ops(self) -> list[int]:
        return [op["i"] for chunk in self.chunks for op in decode(chunk)]


# -- flushing rules ------------------------------------------------------------------------------


def test_writer_flushes_by_count_in_order_with_one_request_in_flight():
    send = Sender()
    with BatchWriter(send, max_count=3, concurrency=1) as writer:
        for i in range(7):
            writer.add(op_of_size(50, i))
        assert send.wait_for_chunks(2)
    assert [c.count for c in send.chunks] == [3, 3, 1]
    assert send.ops() == list(range(7))
    assert writer.result == BatchResult(total=7, sent=7)


def test_writer_flushes_by_bytes_greedily():
    send = Sender()
    with BatchWriter(send, max_bytes=1000) as writer:
        for i in range(10):
            writer.add(op_of_size(300, i))
    assert sorted(c.count for c in send.chunks) == [1, 3, 3, 3]  # 12 + 3*300 + 2 = 914; a 4th would be 1215
    assert all(len(c.body) <= 1000 for c in send.chunks)
    assert sorted(send.ops()) == list(range(10))


def test_writer_flushes_by_age_on_add():
    now = [0.0]
    send = Sender()
    writer = BatchWriter(send, flush_interval=3600.0, clock=lambda: now[0])
    writer.add(op_of_size(50, 0))
    now[0] = 3599.9
    writer.add(op_of_size(50, 1))
    assert send.chunks == []
    now[0] = 3600.0  # the oldest buffered op is now old enough: this add sends it, with the new op
    writer.add(op_of_size(50, 2))
    assert send.wait_for_chunks(1)
    assert [c.indices for c in send.chunks] == [range(3)]
    writer.close()


def test_writer_flushes_on_exit_only_without_exception():
    send = Sender()
    with pytest.raises(KeyError), BatchWriter(send) as writer:
        writer.add(op_of_size(50, 0))
        raise KeyError("caller bug")
    assert send.chunks == []
    assert [op["i"] for op in writer.unsent] == [0]
    writer.flush()
    assert send.ops() == [0]
    assert writer.unsent == []


def test_writer_records_207_failures_and_rejections():
    def outcome(chunk):
        return BatchOutcome(parse_track_207({"errors": [{"batch_index": 1, "reason": "invalid"}]}, chunk))

    send = Sender(outcome=outcome)
    with BatchWriter(send, max_count=3, on_oversize="collect", concurrency=1) as writer:
        for i, size in enumerate([50, 50, 40_000, 50, 50, 50, 50]):
            writer.add(op_of_size(size, i))
    result = writer.result
    assert [c.indices for c in send.chunks] == [(0, 1, 3), range(4, 7)]
    assert sorted(f.index for f in result.failed) == [1, 5]
    assert result.rejected == [Rejected(2, 40_000, result.rejected[0].reason)]
    assert (result.total, result.sent) == (7, 4)
    result.check()


def test_writer_oversize_raise_leaves_accounting_untouched():
    send = Sender()
    with BatchWriter(send) as writer:
        writer.add(op_of_size(50, 0))
        with pytest.raises(PayloadTooLargeError) as info:
            writer.add(op_of_size(40_000, 1))
        assert info.value.index == 1
        writer.add(op_of_size(50, 2))
    assert send.ops() == [0, 2]
    assert writer.result == BatchResult(total=2, sent=2)


def test_writer_refuses_outcome_naming_foreign_ops():
    send = Sender(outcome=lambda chunk: BatchOutcome([Failed(99, "?")]))
    writer = BatchWriter(send)
    writer.add(op_of_size(50, 0))
    with pytest.raises(BatchResponseError):
        writer.flush()
    assert len(writer.unsent) == 1 and writer.result.total == 0


def test_writer_invalid_options():
    with pytest.raises(ConfigurationError):
        BatchWriter(Sender(), max_count=0)
    with pytest.raises(ConfigurationError):
        BatchWriter(Sender(), flush_interval=0)
    with pytest.raises(ConfigurationError, match="concurrency"):
        BatchWriter(Sender(), concurrency=0)


def test_writer_keeps_several_requests_in_flight():
    # Each send waits until `concurrency` sends have started: that only returns if they overlap.
    started = threading.Barrier(4, timeout=WAIT)
    chunks: list[Chunk] = []

    def send(chunk: Chunk) -> None:
        started.wait()
        chunks.append(chunk)

    with BatchWriter(send, max_count=1, concurrency=4) as writer:
        for i in range(8):
            writer.add(op_of_size(50, i))
    assert sorted(c.indices[0] for c in chunks) == list(range(8))
    assert writer.result == BatchResult(total=8, sent=8)


# -- never lose, never double ----------------------------------------------------------------------


def test_retrying_add_after_an_error_never_sends_an_op_twice():
    # The first chunk's send fails. The error surfaces from a later add(), which does not take its
    # op; the caller's natural reaction (call add() again) must not double anything.
    send = Sender(fail_on={0})
    writer = BatchWriter(send, max_count=2, concurrency=1)
    raised: list[tuple[int, list[int]]] = []
    for i in range(7):
        op = op_of_size(50, i)
        for _attempt in range(2):  # a failed add() keeps nothing: the second one must take the op
            try:
                writer.add(op)
                break
            except ConnectionError as exc:
                raised.append((i, [u["i"] for u in exc.unsent]))
                assert op not in writer.unsent  # raised without keeping it
        else:
            pytest.fail("add() kept raising")
    writer.close()
    assert len(raised) == 1 and raised[0][1][:2] == [0, 1]  # the failed chunk's ops, kept for the retry
    assert Counter(send.ops()) == Counter(range(7))  # every op exactly once
    assert writer.result == BatchResult(total=7, sent=7)


def test_flush_retries_failed_chunk_with_the_same_bytes():
    send = Sender(fail_on={0})
    writer = BatchWriter(send, concurrency=1)
    writer.add(op_of_size(50, 0))
    with pytest.raises(ConnectionError) as info:
        writer.flush()
    assert [u["i"] for u in info.value.unsent] == [0] and writer.result.total == 0
    writer.flush()
    assert send.ops() == [0] and writer.result == BatchResult(total=1, sent=1)


def test_flush_interval_fires_on_an_idle_writer():
    send = Sender()
    writer = BatchWriter(send, flush_interval=0.01)
    writer.add(op_of_size(50, 0))
    assert send.wait_for_chunks(1)  # nobody calls add() or flush(): the timer sent it
    assert send.ops() == [0]
    writer.close()


async def test_async_flush_interval_fires_on_an_idle_writer():
    sent = asyncio.Event()
    chunks: list[Chunk] = []

    async def send(chunk: Chunk) -> None:
        chunks.append(chunk)
        sent.set()

    writer = AsyncBatchWriter(send, flush_interval=0.01)
    await writer.add(op_of_size(50, 0))
    await asyncio.wait_for(sent.wait(), WAIT)
    assert [c.indices for c in chunks] == [range(1)]
    await writer.close()
    assert writer.result == BatchResult(total=1, sent=1)


async def test_async_writer_add_takes_or_raises_without_keeping():
    chunks: list[Chunk] = []
    fail = [True]

    async def send(chunk: Chunk):
        if fail[0]:
            fail[0] = False
            raise TimeoutError("slow")
        chunks.append(chunk)

    ops = [op_of_size(50, i) for i in range(6)]
    raised = []
    async with AsyncBatchWriter(send, max_count=2, concurrency=1) as writer:
        for op in ops:
            for _attempt in range(2):  # a failed add() keeps nothing: the second one must take the op
                try:
                    await writer.add(op)
                    break
                except TimeoutError as exc:
                    raised.append([u["i"] for u in exc.unsent])
                    assert op not in writer.unsent
            else:
                pytest.fail("add() kept raising")
    assert len(raised) == 1 and raised[0][:2] == [0, 1]
    assert Counter(i for c in chunks for i in c.indices) == Counter(range(6))
    assert writer.result == BatchResult(total=6, sent=6)


def test_writer_after_close_raises_sdk_error():
    writer = BatchWriter(Sender())
    writer.close()
    for call in (lambda: writer.add(op_of_size(50, 0)), writer.flush):
        with pytest.raises(BatchWriterClosedError):
            call()


# -- with a client -------------------------------------------------------------------------------


def person(i: int) -> dict:
    return {"type": "person", "identifiers": {"id": str(i)}, "action": "event", "name": "e", "attributes": {}}


class Received:
    def __init__(self) -> None:
        self.ops: list[dict] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.ops.extend(json.loads(request.read())["batch"])
        return httpx.Response(200, json={})


@pytest.mark.parametrize("cls", [TrackClient, PipelinesClient])
def test_client_close_flushes_open_writers_then_refuses(cls):
    server = Received()
    if cls is TrackClient:
        client, ops = cls("s", "k", transport=httpx.MockTransport(server)), [person(i) for i in range(10)]
    else:
        client = cls("wk", transport=httpx.MockTransport(server))
        ops = [{"type": "track", "userId": str(i), "event": "e"} for i in range(10)]
    writer = client.batch_writer(max_count=1000)
    for op in ops:
        writer.add(op)
    assert server.ops == []
    client.close()
    assert len(server.ops) == 10 and writer.closed and writer.result.sent == 10
    with pytest.raises(BatchWriterClosedError):
        writer.flush()
    with pytest.raises(ClientClosedError) as info:
        client.batch(ops)
    assert isinstance(info.value, CustomerIOError)


@pytest.mark.parametrize("cls", [AsyncTrackClient, AsyncPipelinesClient])
async def test_async_client_close_flushes_open_writers_then_refuses(cls):
    server = Received()
    if cls is AsyncTrackClient:
        client, ops = cls("s", "k", transport=httpx.MockTransport(server)), [person(i) for i in range(10)]
    else:
        client = cls("wk", transport=httpx.MockTransport(server))
        ops = [{"type": "track", "userId": str(i), "event": "e"} for i in range(10)]
    writer = client.batch_writer(max_count=1000)
    for op in ops:
        await writer.add(op)
    await client.aclose()
    assert len(server.ops) == 10 and writer.closed
    with pytest.raises(BatchWriterClosedError):
        await writer.flush()
    with pytest.raises(ClientClosedError):
        await client.batch(ops)


# -- interpreter exit (a subprocess each) ------------------------------------------------------------

_EXIT_SCRIPT = """
import gc, json, sys, warnings
sys.path.insert(0, {overlay!r})
import httpx
from customerio_sdk import TrackClient, AsyncTrackClient

def handler(request):
    ops = json.loads(request.read())["batch"]
    print("received", len(ops), flush=True)
    return httpx.Response(200, json={{}})

warnings.simplefilter("always")
op = {{"type": "person", "identifiers": {{"id": "1"}}, "action": "event", "name": "e", "attributes": {{}}}}
"""


def run_script(body: str) -> subprocess.CompletedProcess[str]:
    code = _EXIT_SCRIPT.format(overlay=OVERLAY) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)


def test_unclosed_writer_is_flushed_at_interpreter_exit_even_if_dropped():
    done = run_script(
        """
        track = TrackClient("s", "k", transport=httpx.MockTransport(handler))
        writer = track.batch_writer(max_count=1000)
        for _ in range(10):
            writer.add(op)
        del writer, track
        gc.collect()
        print("exiting", flush=True)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["exiting", "received 10"]


def test_async_writer_left_unflushed_is_reported_with_its_count_at_exit():
    done = run_script(
        """
        import asyncio
        async def main():
            track = AsyncTrackClient("s", "k", transport=httpx.MockTransport(handler))
            writer = track.batch_writer(max_count=1000)
            for _ in range(10):
                await writer.add(op)
        asyncio.run(main())
        """
    )
    assert done.returncode == 0, done.stderr
    assert "received" not in done.stdout
    assert "AsyncBatchWriter: 10 buffered operation(s) were never sent" in done.stderr
    assert "ResourceWarning" in done.stderr
