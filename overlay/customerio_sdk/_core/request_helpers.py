"""Pieces shared by the Track and Pipelines wrappers: the request spec both client twins send,
argument conversions, and the 207 mapping of a sent batch chunk.

The wrappers are "build, then send": a pure function turns the caller's arguments into a
:class:`RequestSpec` (validating everything before any I/O), and the sync and async clients only
differ in how they send it. So the two twins cannot drift apart in what they put on the wire.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import PayloadTooLargeError
from .base_client import decode_body
from .compact_json import rfc3339

if TYPE_CHECKING:
    from .batch_packing import BatchOutcome, Chunk
    from .rate_limit import RateLimiter

#: Requests in flight per ``batch()`` call or writer. Packing a 500 KB request (~850 events) takes
#: ~1.5 ms of CPU with orjson (~3 ms without), so a 50 ms round trip needs ~30 requests in flight to
#: keep the connection busy (`make bench`: 16 lost 24% of the 0 ms throughput at 50 ms, 32 lost
#: 12-24%); Customer.io's limit (3000 requests per 3 s) stays away (32 per 50 ms is 640 a second,
#: and the default rate limiter paces them anyway), and memory is at most 33 request bodies (16.5 MB).
DEFAULT_CONCURRENCY = 32


def default_batch_limiter(name: str) -> RateLimiter:
    """The Track and Pipelines clients' default limiter: batch requests at Customer.io's published
    limit, so a backfill never trips 429s (``rate_limiter=RateLimiter([])`` sends without one)."""
    from .rate_limit import RateLimiter as Limiter

    return Limiter.batches(name)


# Customer.io's limit for one operation or call ("32KB"), in decimal units like the batch limits.
MAX_OP_BYTES = 32_000

__all__ = [
    "RequestSpec",
    "Timestamp",
    "check_size",
    "iso8601",
    "require_text",
    "share_docs",
    "unix_seconds",
]

#: What ``timestamp=`` arguments accept: Unix seconds or an aware datetime.
Timestamp = float | datetime | None

# Larger than any plausible Unix time in seconds (year 5138): such a value is almost certainly in
# milliseconds, and sending it would date the event thousands of years in the future.
_MAX_UNIX_SECONDS = 100_000_000_000


@dataclass(slots=True)  # built once per call: slots, not frozen (frozen __init__ is several times slower)
class RequestSpec:
    """One request, fully built: what both client twins hand to ``_request``."""

    method: str
    path: str
    operation_id: str
    path_template: str
    json: Any = None
    params: Mapping[str, Any] | None = None
    idempotent: bool = True
    content: bytes | None = None  # the body already serialised (then ``json`` is unused)

    def kwargs(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "path_template": self.path_template,
            "json": self.json,
            "params": self.params,
            "idempotent": self.idempotent,
            "content": self.content,
        }


def require_text(value: Any, name: str) -> str:
    """``value`` as a non-empty string (ints are accepted and converted: ids are often numbers).

    An empty identifier would address the collection instead of one person, so it is refused here,
    before anything is sent.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    text = str(value)
    if not text:
        raise ValueError(f"{name} must not be empty")
    return text


def _check_aware(value: datetime, name: str) -> None:
    # A naive datetime is ambiguous (local time? UTC?); guessing would silently shift events by
    # hours, so it is refused rather than assumed to be UTC.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} is a naive datetime; pass a timezone-aware one, e.g. datetime.now(timezone.utc)")


def unix_seconds(value: Any, name: str = "timestamp") -> int | None:
    """int/float Unix seconds or an aware ``datetime`` -> whole Unix seconds (``None`` stays ``None``)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        _check_aware(value, name)
        return math.floor(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be Unix seconds (int/float) or a datetime, got {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number")
    if abs(value) >= _MAX_UNIX_SECONDS:
        raise ValueError(f"{name}={value} looks like milliseconds; pass Unix seconds")
    return math.floor(value)


def iso8601(value: Any, name: str = "timestamp") -> str | None:
    """An aware ``datetime`` or Unix seconds -> shortest RFC 3339 text (``2015-02-23T22:28:55.387Z``);
    a string is passed through unchanged (sent exactly as the caller gave it)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        _check_aware(value, name)
        return rfc3339(value)
    seconds = value
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise TypeError(f"{name} must be a datetime, an ISO 8601 string or Unix seconds, got {type(value).__name__}")
    if not math.isfinite(seconds) or abs(seconds) >= _MAX_UNIX_SECONDS:
        raise ValueError(f"{name}={value} is not a plausible Unix time in seconds")
    return rfc3339(datetime.fromtimestamp(seconds, timezone.utc))


def check_size(body: bytes, limit: int, what: str) -> None:
    """Refuse a body Customer.io would reject (Track) or silently drop (Pipelines), before sending."""
    if len(body) > limit:
        raise PayloadTooLargeError(
            f"{what} is {len(body)} bytes, over Customer.io's {limit}-byte limit", size=len(body), limit=limit
        )


def chunk_outcome(response: httpx.Response, chunk: Chunk) -> BatchOutcome:
    """Per-operation failures of a sent chunk: a Track 207 lists them; any other 2xx/3xx means all
    were accepted (errors >= 400 were already raised by the transport)."""
    from .batch_packing import BatchOutcome, BatchResponseError, Failed, parse_track_207

    if response.status_code != 207:
        return BatchOutcome()
    try:
        return BatchOutcome(parse_track_207(decode_body(response), chunk))
    except BatchResponseError as exc:
        # Unmappable: report the whole chunk as failed rather than guess which ops were accepted.
        return BatchOutcome(tuple(Failed(i, f"207 response could not be mapped: {exc}") for i in chunk.indices))


def share_docs(async_cls: type, sync_cls: type) -> None:
    """Give each undocumented public method of the async twin its sync twin's docstring: they do
    the same thing, and ``help()`` on either should say so."""
    for name, method in vars(async_cls).items():
        twin = getattr(sync_cls, name, None)
        if not name.startswith("_") and callable(method) and twin is not None and method.__doc__ is None:
            method.__doc__ = twin.__doc__
