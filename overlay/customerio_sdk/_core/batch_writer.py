"""``BatchWriter`` / ``AsyncBatchWriter``: take operations one at a time, send them as packed chunks
(by count, bytes, time and on close) with up to ``concurrency`` requests in flight, and never lose or
double one.

The contract, for both twins:

* :meth:`add` either **takes** the operation (from then on the writer answers for it: it is sent, or
  listed in ``result.failed``, or kept in :attr:`unsent` for a retry) or **raises without keeping
  it** (a bad or oversize operation, a closed writer, or the error of an earlier send that failed).
  A send started by ``add`` runs in the background and never raises from that ``add``: its error is
  raised by the *next* call, before that call takes anything. So calling ``add(op)`` again after an
  exception never sends ``op`` twice.
* A failed chunk keeps its operations (same bytes, same dedupe ids) in :attr:`unsent`;
  :meth:`flush` (and :meth:`close`) sends them again before the rest.
* ``flush_interval`` is a timer: an idle writer still sends its buffer once the oldest operation is
  that old.
* Nothing is dropped silently: a sync writer still holding operations when the interpreter exits is
  flushed then; an async writer (whose event loop is gone by then) logs a warning and emits a
  ``ResourceWarning`` naming how many operations were never sent. ``client.close()`` closes (and
  so flushes) the writers made from that client.
* After :meth:`close`, ``add``/``flush`` raise :class:`~customerio_sdk.errors.BatchWriterClosedError`.
"""

from __future__ import annotations

import asyncio
import atexit
import threading
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic

from typing_extensions import TypeVar

from ..errors import BatchWriterClosedError, ConfigurationError
from .batch_loop import DEFAULT_CONCURRENCY, AsyncChunkSender, ChunkSender, Done, check_concurrency, count_delivered
from .batch_packing import (
    DEFAULT_MAX_OP_BYTES,
    DEFAULT_MAX_REQUEST_BYTES,
    ENVELOPE_PREFIX,
    ENVELOPE_SUFFIX,
    BatchOutcome,
    BatchResult,
    Chunk,
    OnOversize,
    Rejected,
    Serializer,
    _as_indices,  # the packer's own helpers: the writer packs with the same rules
    _Limits,
)
from .logs import logger

if TYPE_CHECKING:
    from typing_extensions import Self

#: what ``add`` takes: ``TrackOperation`` / ``PipelinesCall`` (customerio_sdk.types) from the clients
OpT = TypeVar("OpT", default=Any)

# Writers holding operations not yet confirmed sent. A strong reference: a writer the program has
# dropped is still flushed (sync) or reported (async) at exit instead of being collected with its
# buffer. Entries leave when the writer is empty again or closed.
_HOLDING: set[_WriterBase] = set()
_EXIT_LOCK_TIMEOUT = 30.0


class _Pending:
    """An operation taken by a writer: input index, the caller's object, its bytes, when added."""

    __slots__ = ("added", "index", "op", "part")

    def __init__(self, index: int, op: Any, part: bytes, added: float) -> None:
        self.index, self.op, self.part, self.added = index, op, part, added


class _WriterBase:
    """Buffering and accounting shared by the writers; the subclasses add the sending."""

    def __init__(
        self,
        *,
        max_count: int | None = None,
        max_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
        max_op_bytes: int = DEFAULT_MAX_OP_BYTES,
        flush_interval: float | None = None,
        on_oversize: OnOversize = "raise",
        envelope_prefix: bytes = ENVELOPE_PREFIX,
        envelope_suffix: bytes = ENVELOPE_SUFFIX,
        serialize: Serializer | None = None,
        clock: Callable[[], float] = time.monotonic,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        if max_count is not None and max_count < 1:
            raise ConfigurationError(f"max_count must be at least 1, got {max_count}")
        if flush_interval is not None and not flush_interval > 0:
            raise ConfigurationError(f"flush_interval must be positive, got {flush_interval}")
        self._limits = _Limits(envelope_prefix, envelope_suffix, max_bytes, max_op_bytes, on_oversize, serialize)
        self._max_count = max_count
        self._flush_interval = flush_interval
        self._clock = clock
        self._concurrency = check_concurrency(concurrency)
        self._result = BatchResult()
        self._pending: deque[_Pending] = deque()  # taken, not yet in a chunk
        self._pending_bytes = 0
        self._retry: list[list[_Pending]] = []  # chunks whose send failed, to send again
        self._error: BaseException | None = None  # an earlier send's error, raised by the next call
        self._next_index = 0
        self._closed = False
        self._held = False  # left a `with` block by an exception: not sent behind the caller's back

    # -- state ------------------------------------------------------------------------------------

    @property
    def result(self) -> BatchResult:
        """Operations resolved so far (sent, rejected, failed). The others are in :attr:`unsent`."""
        return self._result

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def unsent(self) -> list[Any]:
        """Original operations taken but not (confirmed) sent, in input order: the buffer, chunks in
        flight and chunks whose send failed. If a send failed after the server got the request (a
        read timeout, say), some may have been delivered; resending them is deduplicated by their
        ids (Track events, Pipelines calls), not for operations without one."""
        entries = [e for chunk in self._retry for e in chunk] + list(self._pending)
        entries += [e for chunk in self._sender_tags() for e in chunk]
        return [e.op for e in sorted(entries, key=lambda e: e.index)]

    def _sender_tags(self) -> list[list[_Pending]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def _holds_anything(self) -> bool:
        return bool(self._pending or self._retry or self._sender_tags())

    def _track_holding(self) -> None:
        if self._holds_anything() and not self._closed:
            _HOLDING.add(self)
        else:
            _HOLDING.discard(self)

    # -- the steps of add/flush (no I/O) ----------------------------------------------------------

    def _check_usable(self) -> None:
        if self._closed:
            raise BatchWriterClosedError(f"{type(self).__name__} is closed: it takes and sends nothing more")
        error, self._error = self._error, None
        if error is not None:
            # Raised once, by the call after the failed send, before that call takes anything.
            self._attach_unsent(error)
            raise error

    def _take(self, op: Any) -> None:
        index, limits = self._next_index, self._limits
        part = limits.encode(op, index)
        if len(part) > limits.op_limit:
            reason, error = limits.oversize(index, len(part))
            if not limits.collect:
                raise error  # refused outright: it never enters the writer's accounting
            self._result.total += 1
            self._result.rejected.append(Rejected(index, len(part), reason))
        else:
            self._pending.append(_Pending(index, op, part, self._clock() if self._flush_interval else 0.0))
            self._pending_bytes += len(part)
        self._next_index += 1
        self._held = False

    def _due(self) -> bool:
        n = len(self._pending)
        if not n:
            return False
        if self._limits.overhead + self._pending_bytes + n - 1 > self._limits.max_request_bytes:
            return True
        if self._max_count is not None and n >= self._max_count:
            return True
        return self._flush_interval is not None and self._clock() - self._pending[0].added >= self._flush_interval

    def _cut(self, final: bool) -> list[_Pending] | None:
        """The next chunk's entries (the longest prefix of the buffer that fits), or None."""
        if not self._pending or not (final or self._due()):
            return None
        limits, entries = self._limits, []
        size = limits.overhead - 1
        while self._pending:
            entry = self._pending[0]
            if entries and (size + 1 + len(entry.part) > limits.max_request_bytes or len(entries) == self._max_count):
                break
            size += 1 + len(entry.part)
            entries.append(self._pending.popleft())
            self._pending_bytes -= len(entry.part)
        return entries

    def _chunk(self, entries: list[_Pending]) -> Chunk:
        limits = self._limits
        body = limits.prefix + b",".join(e.part for e in entries) + limits.suffix
        return Chunk(body, _as_indices([e.index for e in entries]))

    def _settle(self, finished: list[Done]) -> BaseException | None:
        """Account for finished sends; a failed one goes back for a retry. Returns the first error."""
        first: BaseException | None = None
        for done in finished:
            entries: list[_Pending] = done.tag
            error = done.error if done.error is not None else count_delivered(self._result, done)
            if error is None:
                self._result.total += done.chunk.count
                continue
            self._retry.append(entries)
            first = first or error
        if first is not None and self._error is None:
            self._error = first
        return first

    def _take_retries(self) -> list[list[_Pending]]:
        retry, self._retry = sorted(self._retry, key=lambda entries: entries[0].index), []
        return retry

    def _attach_unsent(self, exc: BaseException) -> None:
        # The original exception propagates unchanged (callers may catch RateLimitError etc.); the
        # ops are attached so that a handler far from the writer can still recover them.
        try:
            exc.unsent = self.unsent  # type: ignore[attr-defined]
        except AttributeError:
            pass

    def _timer_delay(self) -> float | None:
        if self._flush_interval is None or not self._pending:
            return None
        return max(0.0, self._pending[0].added + self._flush_interval - self._clock())

    def _timed_flush_failed(self, exc: BaseException) -> None:
        # Raised by the next add()/flush(); the operations stay in unsent for that retry.
        self._error = exc
        name, kind, count = type(self).__name__, type(exc).__name__, len(self.unsent)
        logger.warning("%s: timed flush failed (%s); %d operation(s) kept for retry", name, kind, count)

    def _exit_report(self) -> None:
        count = len(self.unsent)
        if not count:
            return
        reason = "its with-block ended with an exception" if self._held else "it was never flushed or closed"
        message = (
            f"{type(self).__name__}: {count} buffered operation(s) were never sent ({reason}); "
            "flush() or close() the writer before the program exits"
        )
        logger.warning("%s", message)
        warnings.warn(message, ResourceWarning, stacklevel=1)


class BatchWriter(_WriterBase, Generic[OpT]):
    """Collect operations and send them in as few chunks as the limits allow (see the module doc).

    Options: ``max_count``, ``max_bytes`` (request body), ``max_op_bytes``, ``flush_interval``
    (seconds; a timer thread sends an idle buffer), ``on_oversize``, ``concurrency`` (requests in
    flight, default 32; 1 sends chunks one at a time, in order), ``envelope_prefix``/``envelope_suffix``,
    ``serialize``, ``clock``.

    A chunk is started when the buffer reaches ``max_count`` operations, when the next operation
    would push the body over ``max_bytes``, or when the oldest buffered operation is
    ``flush_interval`` seconds old. Leaving the ``with`` block normally closes the writer (flushing
    it); leaving it with an exception does not, so a half-built job is not sent behind the caller's
    back: its operations stay in :attr:`unsent` (and are reported, not sent, at interpreter exit).
    Thread-safe.
    """

    def __init__(self, send_chunk: Callable[[Chunk], BatchOutcome | None], **options: Any) -> None:
        super().__init__(**options)
        self._sender = ChunkSender(send_chunk, self._concurrency)
        self._lock = threading.RLock()
        self._timer: threading.Timer | None = None

    def _sender_tags(self) -> list[list[_Pending]]:
        return self._sender.in_flight()

    def add(self, op: OpT) -> None:
        """Take ``op`` (sending a chunk in the background when one is due), or raise without taking it."""
        with self._lock:
            self._settle(self._sender.reap())
            self._check_usable()
            self._take(op)
            if self._due():  # checked here first: on most adds nothing is due
                while (entries := self._cut(final=False)) is not None:
                    self._settle(self._sender.submit(self._chunk(entries), entries))
            if self._flush_interval is not None:
                self._arm_timer()
            _HOLDING.add(self)  # it holds something now (emptied and dropped again by flush/close)

    def flush(self) -> None:
        """Send everything taken (failed chunks first) and wait for it; raise the first send error,
        with ``unsent`` attached, if any chunk still fails."""
        with self._lock:
            if self._closed:
                raise BatchWriterClosedError(f"{type(self).__name__} is closed: nothing left to flush")
            self._flush_locked()

    def _flush_locked(self) -> None:
        self._error = None  # superseded: everything is retried now
        for entries in self._take_retries():
            self._settle(self._sender.submit(self._chunk(entries), entries))
        while (entries := self._cut(final=True)) is not None:
            self._settle(self._sender.submit(self._chunk(entries), entries))
        error = self._settle(self._sender.wait_all())
        self._track_holding()
        if error is not None:
            self._error = None  # raised here, not again by the next call
            self._attach_unsent(error)
            raise error

    def close(self) -> None:
        """Flush, then refuse further use. If the flush fails the writer is still closed and the error
        (with ``unsent``) propagates: the operations are in it, not lost."""
        with self._lock:
            if self._closed:
                return
            try:
                self._flush_locked()
            finally:
                self._closed = True
                self._cancel_timer()
                self._sender.close()
                _HOLDING.discard(self)

    # -- flush_interval timer ----------------------------------------------------------------------

    def _arm_timer(self) -> None:
        delay = self._timer_delay()
        if delay is None or self._timer is not None:
            return
        self._timer = threading.Timer(delay, self._on_timer)
        self._timer.daemon = True  # never keeps the interpreter alive; exit flushes anyway
        self._timer.start()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
            if self._closed:
                return
            if self._due():
                try:
                    self._flush_locked()
                except Exception as exc:  # noqa: BLE001 - a timer thread has no caller: report, keep for retry
                    self._timed_flush_failed(exc)
            self._arm_timer()

    # -- interpreter exit --------------------------------------------------------------------------

    def _flush_at_exit(self) -> None:
        if not self._lock.acquire(timeout=_EXIT_LOCK_TIMEOUT):
            self._exit_report()
            return
        try:
            if self._held:
                self._exit_report()
                return
            try:
                self._flush_locked()
            except Exception as exc:  # noqa: BLE001 - what is left is reported below, with the count
                logger.warning("%s: flush at interpreter exit failed (%s)", type(self).__name__, type(exc).__name__)
            self._exit_report()
        finally:
            self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            self.close()
        else:
            self._held = True


class AsyncBatchWriter(_WriterBase, Generic[OpT]):
    """:class:`BatchWriter` for ``async`` code: ``send_chunk`` is awaited, ``add``/``flush``/``close``
    are coroutines, sends are tasks and the ``flush_interval`` timer is ``loop.call_later``. Safe for
    concurrent tasks. An async writer cannot be flushed at interpreter exit (its loop is gone): one
    still holding operations then is reported with a warning naming the count."""

    def __init__(self, send_chunk: Callable[[Chunk], Awaitable[BatchOutcome | None]], **options: Any) -> None:
        super().__init__(**options)
        self._sender = AsyncChunkSender(send_chunk, self._concurrency)
        self._lock = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_task: asyncio.Task[None] | None = None

    def _sender_tags(self) -> list[list[_Pending]]:
        return self._sender.in_flight()

    async def add(self, op: OpT) -> None:
        async with self._lock:
            self._settle(await self._sender.reap())
            self._check_usable()
            self._take(op)
            if self._due():  # checked here first: on most adds nothing is due
                while (entries := self._cut(final=False)) is not None:
                    self._settle(await self._sender.submit(self._chunk(entries), entries))
            if self._flush_interval is not None:
                self._arm_timer()
            _HOLDING.add(self)  # it holds something now (emptied and dropped again by flush/close)

    async def flush(self) -> None:
        async with self._lock:
            if self._closed:
                raise BatchWriterClosedError(f"{type(self).__name__} is closed: nothing left to flush")
            await self._flush_locked()

    async def _flush_locked(self) -> None:
        self._error = None
        for entries in self._take_retries():
            self._settle(await self._sender.submit(self._chunk(entries), entries))
        while (entries := self._cut(final=True)) is not None:
            self._settle(await self._sender.submit(self._chunk(entries), entries))
        error = self._settle(await self._sender.wait_all())
        self._track_holding()
        if error is not None:
            self._error = None
            self._attach_unsent(error)
            raise error

    async def close(self) -> None:
        async with self._lock:
            if self._closed:
                return
            try:
                await self._flush_locked()
            finally:
                self._closed = True
                self._cancel_timer()
                _HOLDING.discard(self)

    aclose = close

    def _arm_timer(self) -> None:
        delay = self._timer_delay()
        if delay is None or self._timer is not None:
            return
        self._timer = asyncio.get_running_loop().call_later(delay, self._on_timer)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_timer(self) -> None:
        self._timer = None
        self._timer_task = asyncio.ensure_future(self._timed_flush())

    async def _timed_flush(self) -> None:
        async with self._lock:
            if self._closed:
                return
            if self._due():
                try:
                    await self._flush_locked()
                except Exception as exc:  # noqa: BLE001 - no caller to raise to: report, keep for retry
                    self._timed_flush_failed(exc)
            self._arm_timer()

    def _flush_at_exit(self) -> None:
        self._exit_report()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            await self.close()
        else:
            self._held = True


@atexit.register
def _flush_writers_at_exit() -> None:
    for writer in list(_HOLDING):
        writer._flush_at_exit()
    _HOLDING.clear()
