"""``BatchWriter`` / ``AsyncBatchWriter``: take operations one at a time, flush them as packed
chunks (by count, bytes, time and on exit) through a ``send_chunk`` callable, and never lose one:
on an unrecoverable error the unsent operations stay available in ``.unsent``.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic

from typing_extensions import TypeVar

from ._batching import (
    DEFAULT_MAX_OP_BYTES,
    DEFAULT_MAX_REQUEST_BYTES,
    ENVELOPE_PREFIX,
    ENVELOPE_SUFFIX,
    BatchOutcome,
    BatchResponseError,
    BatchResult,
    Chunk,
    OnOversize,
    Rejected,
    Serializer,
    _as_indices,  # the packer's own helpers: the writer packs with the same rules
    _Limits,
)
from .errors import ConfigurationError

if TYPE_CHECKING:
    from typing_extensions import Self

#: what ``add`` takes: ``TrackOperation`` / ``PipelinesCall`` (customerio_sdk.types) from the clients
OpT = TypeVar("OpT", default=Any)


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
    ) -> None:
        if max_count is not None and max_count < 1:
            raise ConfigurationError(f"max_count must be at least 1, got {max_count}")
        if flush_interval is not None and not flush_interval > 0:
            raise ConfigurationError(f"flush_interval must be positive, got {flush_interval}")
        self._limits = _Limits(envelope_prefix, envelope_suffix, max_bytes, max_op_bytes, on_oversize, serialize)
        self._max_count = max_count
        self._flush_interval = flush_interval
        self._clock = clock
        self._result = BatchResult()
        # (input index, original op, serialised op, time added) of every op added but not resolved.
        self._pending: deque[tuple[int, Any, bytes, float]] = deque()
        self._pending_bytes = 0
        self._next_index = 0

    @property
    def result(self) -> BatchResult:
        """Operations resolved so far (sent, rejected, failed). Buffered ones are in :attr:`unsent`."""
        return self._result

    @property
    def unsent(self) -> list[Any]:
        """Original operations added but not (confirmed) sent, in order: the buffer, including a chunk
        whose ``send_chunk`` raised. If that error came after the server got the request (a read
        timeout, say), some may have been delivered, and resending them may duplicate."""
        return [entry[1] for entry in self._pending]

    def _add(self, op: Any) -> None:
        index, limits = self._next_index, self._limits
        part = limits.encode(op, index)
        if len(part) > limits.op_limit:
            reason, error = limits.oversize(index, len(part))
            if not limits.collect:
                raise error  # refused outright: it never enters the writer's accounting
            self._result.total += 1
            self._result.rejected.append(Rejected(index, len(part), reason))
        else:
            self._pending.append((index, op, part, self._clock()))
            self._pending_bytes += len(part)
        self._next_index += 1

    def _due(self) -> bool:
        n = len(self._pending)
        if not n:
            return False
        if self._limits.overhead + self._pending_bytes + n - 1 > self._limits.max_request_bytes:
            return True
        if self._max_count is not None and n >= self._max_count:
            return True
        return self._flush_interval is not None and self._clock() - self._pending[0][3] >= self._flush_interval

    def _next_chunk(self, final: bool) -> Chunk | None:
        """The chunk to send now (the longest prefix of the buffer that fits), or None."""
        if not self._pending or not (final or self._due()):
            return None
        limits, parts, indices = self._limits, [], []
        size = limits.overhead - 1
        for index, _op, part, _t in self._pending:
            if parts and (size + 1 + len(part) > limits.max_request_bytes or len(parts) == self._max_count):
                break
            size += 1 + len(part)
            parts.append(part)
            indices.append(index)
        return Chunk(limits.prefix + b",".join(parts) + limits.suffix, _as_indices(indices))

    def _commit(self, chunk: Chunk, outcome: BatchOutcome | None) -> None:
        failed = list(outcome.failed) if outcome is not None else []
        failed_indices = {f.index for f in failed}
        if len(failed_indices) != len(failed) or not failed_indices <= set(chunk.indices):
            # Checked before touching state, so the chunk stays buffered and nothing is double-counted.
            raise BatchResponseError("send_chunk reported failures for operations that are not in the chunk")
        for _ in range(chunk.count):
            self._pending_bytes -= len(self._pending.popleft()[2])
        self._result.total += chunk.count
        self._result.sent += chunk.count - len(failed)
        self._result.failed.extend(failed)

    def _sending_failed(self, exc: BaseException) -> None:
        # The original exception propagates unchanged (callers may catch RateLimitError etc.); the
        # ops are attached so that a handler far from the writer can still recover them.
        try:
            exc.unsent = self.unsent  # type: ignore[attr-defined]
        except AttributeError:
            pass


class BatchWriter(_WriterBase, Generic[OpT]):
    """Collect operations and send them in as few chunks as the limits allow.

    Options: ``max_count``, ``max_bytes`` (request body), ``max_op_bytes``, ``flush_interval``
    (seconds), ``on_oversize``, ``envelope_prefix``/``envelope_suffix``, ``serialize``, ``clock``.

    A chunk is sent from :meth:`add` when the buffer reaches ``max_count`` operations, when the next
    operation would push the body over ``max_bytes``, or when the oldest buffered operation is
    ``flush_interval`` seconds old (checked on :meth:`add`; there is no background timer). Leaving the
    ``with`` block normally flushes; leaving it with an exception does not, so a half-built job is
    not sent behind the caller's back and its operations stay in :attr:`unsent`.

    If ``send_chunk`` raises, the exception propagates unchanged (with an ``unsent`` attribute added)
    and the operations stay buffered: :meth:`flush` (or the next :meth:`add`) retries them.
    Thread-safe; sends are serialised.
    """

    def __init__(self, send_chunk: Callable[[Chunk], BatchOutcome | None], **options: Any) -> None:
        super().__init__(**options)
        self._send_chunk = send_chunk
        self._lock = threading.RLock()

    def add(self, op: OpT) -> None:
        with self._lock:
            self._add(op)
            self._drain(final=False)

    def flush(self) -> None:
        with self._lock:
            self._drain(final=True)

    def _drain(self, final: bool) -> None:
        while (chunk := self._next_chunk(final)) is not None:
            try:
                outcome = self._send_chunk(chunk)
            except BaseException as exc:
                self._sending_failed(exc)
                raise
            self._commit(chunk, outcome)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            self.flush()


class AsyncBatchWriter(_WriterBase, Generic[OpT]):
    """:class:`BatchWriter` for ``async`` code: ``send_chunk`` is awaited, and ``add``/``flush`` are
    coroutines. Safe for concurrent tasks; sends are serialised by an ``asyncio.Lock``."""

    def __init__(self, send_chunk: Callable[[Chunk], Awaitable[BatchOutcome | None]], **options: Any) -> None:
        super().__init__(**options)
        self._send_chunk = send_chunk
        self._lock = asyncio.Lock()

    async def add(self, op: OpT) -> None:
        async with self._lock:
            self._add(op)
            await self._drain(final=False)

    async def flush(self) -> None:
        async with self._lock:
            await self._drain(final=True)

    async def _drain(self, final: bool) -> None:
        while (chunk := self._next_chunk(final)) is not None:
            try:
                outcome = await self._send_chunk(chunk)
            except BaseException as exc:
                self._sending_failed(exc)
                raise
            self._commit(chunk, outcome)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            await self.flush()
