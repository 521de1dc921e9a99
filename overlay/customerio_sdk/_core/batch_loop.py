"""The one batch loop behind ``batch()`` and the batch writers, sync and async.

Packing is CPU work and sending is mostly waiting for the network, so they overlap: the next chunk
is packed (by the caller's thread; in the async twin on the event loop, which it lets run every
few operations) while up to ``concurrency`` earlier chunks are on the wire.
Memory stays bounded by ``concurrency + 1`` packed chunks (each at most 500 KB), whatever the
number of operations. The sync twin sends from a small thread pool over the client's shared
connection pool; the async twin uses tasks. Completed sends are handed back to the caller's thread
or task (:class:`Done`), so all accounting happens in one place and needs no lock of its own.

Rate limits are not handled here: every request goes through the client's transport, whose rate
limiter is shared by all requests in flight (a 429 on one pauses the others; see ``rate_limit``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, NamedTuple

from ..errors import APIConnectionError, APIStatusError, ConfigurationError
from .batch_packing import BatchOutcome, BatchPacker, BatchResponseError, BatchResult, Chunk, Failed
from .request_helpers import DEFAULT_CONCURRENCY

__all__ = ["DEFAULT_CONCURRENCY", "AsyncChunkSender", "BatchRun", "ChunkSender", "run_batch", "run_batch_async"]


SendChunk = Callable[[Chunk], BatchOutcome | None]
AsyncSendChunk = Callable[[Chunk], Awaitable[BatchOutcome | None]]


def check_concurrency(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"concurrency must be a whole number of requests, at least 1; got {value!r}")
    return value


class Done(NamedTuple):
    """A finished send: its outcome, or the exception it raised."""

    chunk: Chunk
    tag: Any
    outcome: BatchOutcome | None
    error: BaseException | None


class ChunkSender:
    """Up to ``concurrency`` ``send_chunk`` calls at once on a thread pool (made on first use).

    :meth:`submit` waits for a free slot, so the caller never runs ahead by more than one chunk;
    it returns the sends that finished meanwhile. Not thread-safe: one owner (a ``batch()`` call, or
    a writer under its lock) submits and reaps.
    """

    def __init__(self, send_chunk: SendChunk, concurrency: int) -> None:
        self._send = send_chunk
        self._limit = check_concurrency(concurrency)
        self._pool: ThreadPoolExecutor | None = None
        self._in_flight: dict[Future[Any], tuple[Chunk, Any]] = {}
        self._finished = False  # set by a send's completion: a non-blocking reap() has work

    def __len__(self) -> int:
        return len(self._in_flight)

    def in_flight(self) -> list[Any]:
        return [tag for _chunk, tag in self._in_flight.values()]

    def submit(self, chunk: Chunk, tag: Any = None) -> list[Done]:
        done = self.reap(block=len(self._in_flight) >= self._limit)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._limit, thread_name_prefix="customerio-batch")
        try:
            future = self._pool.submit(self._send, chunk)
        except RuntimeError:
            # The interpreter is exiting (concurrent.futures refuses new work then): an atexit flush
            # still gets its chunks out, one at a time, from this thread.
            done.append(self.call(chunk, tag))
            return done
        self._in_flight[future] = (chunk, tag)
        future.add_done_callback(self._mark_finished)
        return done

    def _mark_finished(self, _: Any) -> None:
        self._finished = True

    def call(self, chunk: Chunk, tag: Any = None) -> Done:
        try:
            return Done(chunk, tag, self._send(chunk), None)
        except Exception as exc:  # noqa: BLE001 - handed back like a pool thread's exception
            return Done(chunk, tag, None, exc)

    def reap(self, block: bool = False) -> list[Done]:
        """The sends that have finished (waiting for one if ``block``). Cheap when none has: a
        writer calls this on every ``add()``."""
        if not self._in_flight:
            return []
        if block:
            wait(self._in_flight, return_when=FIRST_COMPLETED)
        elif not self._finished:
            return []
        self._finished = False  # cleared before the scan: a send finishing during it sets it again
        done = []
        for future in [f for f in self._in_flight if f.done()]:
            chunk, tag = self._in_flight.pop(future)
            error = future.exception()
            done.append(Done(chunk, tag, None if error else future.result(), error))
        return done

    def wait_all(self) -> list[Done]:
        if self._in_flight:
            wait(self._in_flight)
        return self.reap()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class AsyncChunkSender:
    """:class:`ChunkSender` for asyncio: each send is a task; the same one-owner rule applies."""

    def __init__(self, send_chunk: AsyncSendChunk, concurrency: int) -> None:
        self._send = send_chunk
        self._limit = check_concurrency(concurrency)
        self._in_flight: dict[asyncio.Future[Any], tuple[Chunk, Any]] = {}
        self._finished = False

    def __len__(self) -> int:
        return len(self._in_flight)

    def in_flight(self) -> list[Any]:
        return [tag for _chunk, tag in self._in_flight.values()]

    async def submit(self, chunk: Chunk, tag: Any = None) -> list[Done]:
        done = await self.reap(block=len(self._in_flight) >= self._limit)
        task = asyncio.ensure_future(self._send(chunk))
        self._in_flight[task] = (chunk, tag)
        task.add_done_callback(self._mark_finished)
        # Let the new task start writing its request before the caller packs the next chunk (packing
        # does not await, so without this the request would wait behind it).
        await asyncio.sleep(0)
        return done

    def _mark_finished(self, _: Any) -> None:
        self._finished = True

    async def reap(self, block: bool = False) -> list[Done]:
        if not self._in_flight:
            return []
        if block:
            await asyncio.wait(self._in_flight, return_when=asyncio.FIRST_COMPLETED)
        elif not self._finished:
            return []
        self._finished = False
        done = []
        for task in [t for t in self._in_flight if t.done()]:
            chunk, tag = self._in_flight.pop(task)
            error = task.exception() if not task.cancelled() else asyncio.CancelledError()
            done.append(Done(chunk, tag, None if error else task.result(), error))
        return done

    async def wait_all(self) -> list[Done]:
        if self._in_flight:
            await asyncio.wait(self._in_flight)
        return await self.reap()

    async def cancel(self) -> None:
        """Cancel what is in flight (the caller was cancelled) and wait for the tasks to end."""
        tasks = list(self._in_flight)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._in_flight.clear()


def count_delivered(result: BatchResult, done: Done) -> BaseException | None:
    """Add a send that came back (``done.error`` is None) to ``result``: its reported failures, the
    rest sent. If the outcome names operations that are not in the chunk, nothing is counted and
    the :class:`BatchResponseError` is returned: guessing would misreport what was delivered."""
    failed = done.outcome.failed if done.outcome is not None else ()
    if failed:
        indices = {f.index for f in failed}
        if len(indices) != len(failed) or not indices <= set(done.chunk.indices):
            return BatchResponseError("send_chunk reported failures for operations that are not in the chunk")
    result.sent += done.chunk.count - len(failed)
    result.failed.extend(failed)
    return None


class BatchRun:
    """Accounting of one ``batch()`` call: every operation ends up sent, rejected or failed."""

    #: What ends one chunk but not the run: the other chunks are still sent, so nothing else is lost.
    CHUNK_ERRORS = (APIStatusError, APIConnectionError)

    def __init__(self) -> None:
        self.result = BatchResult()
        self.fatal: BaseException | None = None  # an unexpected error: stop packing, raise it at the end

    def record(self, finished: list[Done]) -> None:
        for done in finished:
            error = done.error if done.error is not None else count_delivered(self.result, done)
            if error is None:
                continue
            # str(error) names the path template and status, never the URL, body or credential.
            self.result.failed.extend(Failed(i, str(error)) for i in done.chunk.indices)
            if not isinstance(error, self.CHUNK_ERRORS) and self.fatal is None:
                self.fatal = error

    def finish(self, packer: Any) -> BatchResult:
        """The result of a run that went through, or raise the unexpected error that stopped it."""
        if self.fatal is not None:
            self.stopped(packer, self.fatal)
            raise self.fatal
        result = self.result
        result.total = packer.total
        result.rejected = list(packer.rejected)
        result.failed.sort(key=lambda f: f.index)
        result.check()
        return result

    def stopped(self, packer: Any, exc: BaseException) -> None:
        """The run stopped early (an oversize or invalid operation with ``on_oversize="raise"``, or an
        unexpected error): attach what was already done to the exception."""
        result = self.result
        result.total = result.sent + len(result.failed)
        result.rejected = list(packer.rejected)
        result.failed.sort(key=lambda f: f.index)
        exc.result = result  # type: ignore[attr-defined]


def run_batch(packer: Iterator[Chunk], send_chunk: SendChunk, concurrency: int) -> BatchResult:
    """Send every chunk of ``packer`` with up to ``concurrency`` requests in flight.

    A chunk whose request fails (status or connection error after retries) is recorded as failed
    and the others still go. The packer stopping (``PayloadTooLargeError``, an invalid operation) or
    an unexpected error ends the run once the requests in flight are back; the exception carries
    ``result`` (what was done). With ``concurrency=1`` requests go one at a time, in input order.
    """
    run, sender = BatchRun(), ChunkSender(send_chunk, concurrency)
    try:
        try:
            for chunk in packer:
                run.record(sender.submit(chunk))
                if run.fatal is not None:
                    break
        finally:
            # Whatever stopped the loop, every request on the wire is waited for and accounted for.
            run.record(sender.wait_all())
            sender.close()
    except (TypeError, ValueError) as exc:  # PayloadTooLargeError, or a bad op in a generator
        run.stopped(packer, exc)
        raise
    return run.finish(packer)


#: Operations packed between two turns of the event loop in the async loop (~1 ms of packing).
PAUSE_EVERY = 128


async def run_batch_async(packer: Iterator[Chunk], send_chunk: AsyncSendChunk, concurrency: int) -> BatchResult:
    """Async twin of :func:`run_batch`. If the calling task is cancelled, requests in flight are too.

    Packing is pure Python work on the event loop: it lets the loop run every ``PAUSE_EVERY``
    operations, so the requests in flight keep moving while a chunk is packed. (A packing thread
    was tried: under the GIL every socket call of the loop then waits for the packer's switch
    interval, and it measured slower.)
    """
    run, sender = BatchRun(), AsyncChunkSender(send_chunk, concurrency)
    steps = packer.steps(PAUSE_EVERY) if isinstance(packer, BatchPacker) else iter(packer)
    try:
        try:
            for chunk in steps:
                if chunk is None:
                    await asyncio.sleep(0)
                    continue
                run.record(await sender.submit(chunk))
                if run.fatal is not None:
                    break
        except asyncio.CancelledError:
            await sender.cancel()
            raise
        finally:
            run.record(await sender.wait_all())
    except (TypeError, ValueError) as exc:
        run.stopped(packer, exc)
        raise
    return run.finish(packer)
