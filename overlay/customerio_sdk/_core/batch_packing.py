"""Lossless batch packing for Track v2 ``POST /api/v2/batch`` and Pipelines ``POST /batch``.

Customer.io documents both batch endpoints as "500KB per request, 32KB per operation" and handles
oversize data badly: Track rejects the request, Pipelines answers 200 and drops it. So every
operation is sized *before* sending, each request body is built to fit, and every operation ends up
accounted for exactly once: sent, rejected here (too large) or failed there (a 207 error entry).

Limits are in decimal units (500_000 and 32_000 bytes), which is under the limit whether
Customer.io means KB = 1000 or KiB = 1024 bytes.

:class:`BatchPacker` streams operations into request bodies (:class:`Chunk`);
:func:`parse_track_207` maps a Track 207 body to per-operation :class:`Failed` entries. The
buffering writers that take operations one at a time live in ``batch_writer``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal

from ..errors import ConfigurationError, CustomerIOError, PayloadTooLargeError
from .compact_json import compact_dumps
from .request_helpers import MAX_OP_BYTES

DEFAULT_MAX_REQUEST_BYTES = 500_000
DEFAULT_MAX_OP_BYTES = MAX_OP_BYTES
ENVELOPE_PREFIX = b'{"batch":['
ENVELOPE_SUFFIX = b"]}"

OnOversize = Literal["raise", "collect"]
Serializer = Callable[[Any], bytes]
#: Serialises a group of operations at once: each one's bytes and their comma-join, or None for
#: "use ``serialize`` on each" (see :class:`BatchPacker`).
GroupSerializer = Callable[[list[Any]], "tuple[list[bytes], bytes] | None"]
#: Operations read and serialised together by a packer given a ``serialize_group``.
GROUP_SIZE = 64


class BatchResponseError(CustomerIOError, ValueError):
    """A batch response (or a ``send_chunk`` outcome) names operations that are not in the chunk."""


def dumps(op: Any) -> bytes:
    """The default serialiser: the SDK's one compact JSON encoder (NaN/Infinity refused: one would
    make the server reject the whole batch); generated models are converted with ``to_dict()``."""
    if type(op) is not dict:
        to_dict = getattr(op, "to_dict", None)
        if callable(to_dict):
            op = to_dict()
    return compact_dumps(op)


def envelope(
    extra: Mapping[str, Any] | None = None, *, key: str = "batch", iso_dates: bool = False
) -> tuple[bytes, bytes]:
    """``(prefix, suffix)`` for a body ``{**extra, key: [ops]}``, e.g. Pipelines' shared ``context``
    (``iso_dates``: its datetimes as RFC 3339 text, as every Pipelines call sends them)."""
    members = [
        compact_dumps(k) + b":" + compact_dumps(v, iso_dates=iso_dates) for k, v in (extra or {}).items() if k != key
    ]
    return b"{" + b"".join(m + b"," for m in members) + compact_dumps(key) + b":[", b"]}"


@dataclass(frozen=True)
class Chunk:
    """One request body. ``indices[i]`` is the input index of the ``i``-th operation in ``body``."""

    body: bytes
    indices: Sequence[int]

    @property
    def count(self) -> int:
        return len(self.indices)


@dataclass(frozen=True)
class Rejected:
    """An operation not sent because it is too large."""

    index: int
    size: int
    reason: str


@dataclass(frozen=True)
class Failed:
    """An operation sent but refused by Customer.io (e.g. an entry of a Track 207 response)."""

    index: int
    error: str
    details: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class BatchOutcome:
    """What ``send_chunk`` reports for a chunk it sent: the operations that failed (input indices)."""

    failed: tuple[Failed, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "failed", tuple(self.failed))


@dataclass
class BatchResult:
    """Where every operation went. ``sent + len(rejected) + len(failed) == total`` (see :meth:`check`)."""

    total: int = 0
    sent: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.failed

    def check(self) -> None:
        """Raise ``AssertionError`` if the accounting does not add up (a bug, never a data problem)."""
        accounted = self.sent + len(self.rejected) + len(self.failed)
        if accounted != self.total or self.sent < 0:
            raise AssertionError(
                f"batch accounting broken: sent={self.sent} + rejected={len(self.rejected)} "
                f"+ failed={len(self.failed)} != total={self.total}"
            )
        bad = [r.index for r in self.rejected] + [f.index for f in self.failed]
        if len(set(bad)) != len(bad):
            raise AssertionError("batch accounting broken: an operation is both rejected and failed, or listed twice")


def _as_indices(indices: list[int]) -> Sequence[int]:
    # A range when contiguous (the usual case) keeps a chunk of many tiny ops from costing a list.
    if indices and indices[-1] - indices[0] + 1 == len(indices):
        return range(indices[0], indices[-1] + 1)
    return tuple(indices)


class _Limits:
    """Validated size limits plus the serialise-and-size step shared by the packer and the writers."""

    def __init__(
        self,
        prefix: bytes,
        suffix: bytes,
        max_request_bytes: int,
        max_op_bytes: int,
        on_oversize: OnOversize,
        serialize: Serializer | None,
    ) -> None:
        if on_oversize not in ("raise", "collect"):
            raise ConfigurationError(f"on_oversize must be 'raise' or 'collect', got {on_oversize!r}")
        self.collect = on_oversize == "collect"
        self.prefix, self.suffix = bytes(prefix), bytes(suffix)
        self.overhead = len(self.prefix) + len(self.suffix)
        if max_request_bytes <= self.overhead:
            raise ConfigurationError(f"max_request_bytes={max_request_bytes} leaves no room inside the envelope")
        if max_op_bytes < 1:
            raise ConfigurationError(f"max_op_bytes must be positive, got {max_op_bytes}")
        self.max_request_bytes = max_request_bytes
        self.max_op_bytes = max_op_bytes
        self.op_limit = min(max_op_bytes, max_request_bytes - self.overhead)
        self.serialize = serialize or dumps

    def encode(self, op: Any, index: int) -> bytes:
        try:
            part = self.serialize(op)
        except (TypeError, ValueError) as exc:
            raise self.unserialisable(index, exc) from exc
        return part if type(part) is bytes else self.as_bytes(part, index)

    @staticmethod
    def unserialisable(index: int, exc: Exception) -> Exception:
        # The index is what a caller needs to find the bad op; the value itself may be personal data.
        wrapper = TypeError if isinstance(exc, TypeError) else ValueError
        return wrapper(f"operation {index} cannot be serialised: {exc}")

    @staticmethod
    def as_bytes(part: Any, index: int) -> bytes:
        if not isinstance(part, (bytes, bytearray, memoryview)):
            raise TypeError(f"serialize() must return bytes, got {type(part).__name__} for operation {index}")
        return bytes(part)

    def oversize(self, index: int, size: int) -> tuple[str, PayloadTooLargeError]:
        """Why an operation over ``op_limit`` can't be sent, and the error for on_oversize="raise"."""
        if size > self.max_op_bytes:
            reason = f"operation is {size} bytes, over the {self.max_op_bytes}-byte limit per operation"
        else:
            reason = f"operation is {size} bytes and cannot fit in a {self.max_request_bytes}-byte request"
        return reason, PayloadTooLargeError(f"operation {index}: {reason}", index=index, size=size, limit=self.op_limit)


class BatchPacker(Iterator[Chunk]):
    """Iterate over request bodies packing ``ops`` greedily: a chunk is cut only when the next
    operation would push it over ``max_request_bytes``, which gives the fewest requests possible
    while keeping the input order.

    Each operation is serialised once; memory is bounded by the request size, not the number of
    operations, so ``ops`` can be a generator of millions. :attr:`total` counts operations read.

    ``serialize_group`` (optional) serialises :data:`GROUP_SIZE` operations of a list (or other
    sequence) at a time: each one's bytes and their comma-join, exactly what ``serialize`` would give
    one by one, or None to have ``serialize`` called on each. A group that fits the request whole is
    appended in one step; one that does not is packed operation by operation, so the chunks are the
    same either way. (The clients' batch paths spent half their time in per-operation call layers
    without it.) Other iterables are read one operation at a time: an error then has read nothing
    after the operation it names, so a generator can be resumed without losing any.

    Oversize operations: with ``on_oversize="raise"`` the chunk holding everything *before* the bad
    operation is yielded first, then the next ``next()`` raises :class:`PayloadTooLargeError` naming
    its index; nothing after it is read. Chunks already yielded may already have been sent: the
    error means "stopped here", not "nothing happened". With ``"collect"`` the operation is skipped
    and recorded in :attr:`rejected`. An operation that cannot be serialised stops the packer the
    same way, with a ``TypeError``/``ValueError`` naming its index.
    """

    def __init__(
        self,
        ops: Iterable[Any],
        *,
        envelope_prefix: bytes = ENVELOPE_PREFIX,
        envelope_suffix: bytes = ENVELOPE_SUFFIX,
        max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
        max_op_bytes: int = DEFAULT_MAX_OP_BYTES,
        on_oversize: OnOversize = "raise",
        serialize: Serializer | None = None,
        serialize_group: GroupSerializer | None = None,
    ) -> None:
        self._limits = _Limits(
            envelope_prefix, envelope_suffix, max_request_bytes, max_op_bytes, on_oversize, serialize
        )
        self._serialize_group = serialize_group
        self.rejected: list[Rejected] = []
        self.total = 0  # operations read from `ops` so far
        self._ops = iter(ops)
        self._is_sequence = isinstance(ops, Sequence)
        self._chunks: Iterator[Chunk | None] | None = None

    def __next__(self) -> Chunk:
        if self._chunks is None:
            self._chunks = self._generate(self._ops, 0)
        return next(self._chunks)  # type: ignore[return-value]  # no pauses: only chunks

    def steps(self, pause_every: int) -> Iterator[Chunk | None]:
        """The chunks, with a ``None`` after every ``pause_every`` operations read: the async batch
        loop packs on the event loop and lets it run at each ``None`` (instead of stalling the
        requests in flight for a whole chunk). Iterate either this or the packer, not both."""
        if self._chunks is not None:
            raise RuntimeError("BatchPacker.steps() after iteration started")
        self._chunks = self._generate(self._ops, pause_every)
        return self._chunks

    def _generate(self, ops: Iterator[Any], pause_every: int) -> Iterator[Chunk | None]:
        # The hot loop of a million-op job: no per-op bookkeeping beyond the body itself. A chunk's
        # indices are first..last minus the ops rejected in between (rare), worked out when it is cut.
        limits = self._limits
        prefix, suffix = limits.prefix, limits.suffix
        room = limits.max_request_bytes - len(suffix) - 1  # what body+op may reach, leaving the comma
        buf = bytearray(prefix)
        first = last = -1
        holes: list[int] = []

        def take() -> Chunk:
            nonlocal buf, first, holes
            buf += suffix
            span = range(first, last + 1)
            skipped = {h for h in holes if h < last}
            indices = span if not skipped else tuple(i for i in span if i not in skipped)
            chunk = Chunk(bytes(buf), indices)
            buf, first, holes = bytearray(prefix), -1, []
            return chunk

        serialize, serialize_group, op_limit = limits.serialize, self._serialize_group, limits.op_limit
        pause_at = pause_every or -1  # -1: never (index starts at 0)
        start = 0
        groups: Iterator[list[Any]] = (
            # A sequence was checked whole before packing, so reading ahead of a stop loses nothing.
            # Taken from the iterator, not sliced: a deque or a custom Sequence need not slice.
            iter(lambda: list(islice(ops, GROUP_SIZE)), [])
            if self._is_sequence and serialize_group is not None
            else ([op] for op in ops)  # one at a time: nothing is read past an operation that stops it
        )
        for group in groups:
            end = start + len(group)  # this group holds the operations start .. end - 1
            if pause_every and end > pause_at:
                pause_at += pause_every * ((end - pause_at) // pause_every + 1)
                yield None
            packed = serialize_group(group) if serialize_group is not None else None
            if packed is not None:
                parts, joined = packed
                if max(map(len, parts)) <= op_limit:  # no operation is too large: append it whole
                    if first < 0 and len(buf) + len(joined) <= room + 1:
                        first, last = start, end - 1
                        buf += joined
                        start = end
                        continue
                    if first >= 0 and len(buf) + 1 + len(joined) <= room + 1:
                        buf += b","
                        buf += joined
                        last = end - 1
                        start = end
                        continue
            for offset, op in enumerate(group):  # one at a time: a cut, an oversize op, an error
                index = start + offset
                error: Exception | None = None
                if packed is not None:
                    part = packed[0][offset]
                else:  # limits.encode(), inlined: this loop runs once per operation without groups
                    try:
                        part = serialize(op)
                    except (TypeError, ValueError) as exc:
                        error = limits.unserialisable(index, exc)
                        error.__cause__ = exc
                    else:
                        if type(part) is not bytes:
                            try:
                                part = limits.as_bytes(part, index)
                            except TypeError as exc:
                                error = exc
                if error is not None:
                    # Stop like an oversize op does: everything before it is yielded, nothing after is packed.
                    self.total = index + 1
                    if first >= 0:
                        yield take()
                    raise error
                size = len(part)
                if size > op_limit:
                    self.total = index + 1
                    reason, error = limits.oversize(index, size)
                    if not limits.collect:
                        if first >= 0:
                            yield take()
                        raise error
                    self.rejected.append(Rejected(index, size, reason))
                    if first >= 0:
                        holes.append(index)
                    continue
                if first < 0:
                    first = index
                    buf += part
                elif len(buf) + size > room:
                    self.total = index + 1
                    yield take()
                    first = index
                    buf += part
                else:
                    buf += b","
                    buf += part
                last = index
            start = end
            self.total = start
        self.total = start
        if first >= 0:
            yield take()


def pack(ops: Iterable[Any], **options: Any) -> BatchPacker:
    """``BatchPacker(ops, **options)``: iterate it for chunks, then read ``.rejected``."""
    return BatchPacker(ops, **options)


def _error_text(err: Mapping[str, Any]) -> str:
    return ": ".join(str(err[k]) for k in ("reason", "field", "message") if err.get(k) not in (None, ""))


def parse_track_207(body: Any, chunk: Chunk) -> list[Failed]:
    """Map a Track v2 ``POST /api/v2/batch`` 207 body to per-operation failures (input indices).

    ``{"errors": [{"batch_index": 3, "reason": ..., "field": ..., "message": ...}]}``: ``batch_index``
    is the position within *this* request. Several errors for one operation become one
    :class:`Failed` (so counts stay right), ordered by input index. A body whose errors can't be tied
    to operations raises :class:`BatchResponseError`: guessing would misreport what was delivered.
    """
    errors = body.get("errors") if isinstance(body, Mapping) else None
    if not isinstance(errors, list):
        raise BatchResponseError("207 response has no 'errors' list: cannot tell which operations failed")
    grouped: dict[int, list[Mapping[str, Any]]] = {}
    for err in errors:
        position = err.get("batch_index") if isinstance(err, Mapping) else None
        if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position < chunk.count:
            raise BatchResponseError(
                f"207 response names batch_index {position!r}, but the request held {chunk.count} operations"
            )
        grouped.setdefault(position, []).append(err)
    failed = [
        Failed(chunk.indices[pos], "; ".join(_error_text(e) for e in errs) or "rejected", tuple(errs))
        for pos, errs in grouped.items()
    ]
    return sorted(failed, key=lambda f: f.index)
