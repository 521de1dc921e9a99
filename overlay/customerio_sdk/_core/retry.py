"""Retry policy and the pure retry decision shared by the sync and async transports.

One design, two thin loops: :func:`decide` looks at one attempt's outcome (a status + headers, or a
transport exception) and returns "retry after N seconds" or "stop". It has no I/O; time and
randomness come from the (injectable) :class:`RetryPolicy`, so tests are instant and deterministic.
"""

from __future__ import annotations

import email.utils
import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

import httpx

__all__ = ["RetryDecision", "RetryPolicy", "classify_error", "decide", "parse_retry_after"]


async def _default_async_sleep(seconds: float) -> None:
    import anyio  # httpx's own dependency; works under asyncio and trio

    await anyio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long to wait.

    Backoff before retry ``n`` (0-based) is ``min(initial_backoff * 2**n, max_backoff)`` minus up to
    ``jitter`` of itself. A ``Retry-After`` header, when present, is used as-is instead; one longer
    than ``max_retry_after`` stops retrying (the error carries ``retry_after``).
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    sleep: Callable[[float], object] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[object]] = field(default=_default_async_sleep, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number >= 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")

    def backoff(self, retries_done: int) -> float:
        """Delay before the next retry when the server gave no ``Retry-After``."""
        base = min(self.initial_backoff * 2.0 ** min(retries_done, 64), self.max_backoff)
        return base * (1.0 - self.jitter * self.random())


@dataclass(frozen=True)
class RetryDecision:
    retry: bool
    delay: float
    reason: str  # what happened, for logs: "status 503", "ConnectError", ... (never a URL)
    retry_after: float | None = None  # the server's Retry-After, in seconds, when it sent a valid one


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP-date (relative to ``now``)."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:  # pragma: no cover - older Pythons returned None
        return None
    return max(0.0, when.timestamp() - now)


# Errors raised before the request left the client: safe to retry even for non-idempotent operations.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors that another attempt cannot fix.
_FATAL = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


def classify_error(error: BaseException) -> str:
    """``"not_sent"``, ``"sent"`` (may have reached the server) or ``"fatal"`` (never retried)."""
    if isinstance(error, _NOT_SENT):
        return "not_sent"
    if isinstance(error, _FATAL) or not isinstance(error, httpx.TransportError):
        return "fatal"
    return "sent"


def is_retryable_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


def decide(
    policy: RetryPolicy,
    *,
    retries_done: int,
    idempotent: bool = True,
    max_retries: int | None = None,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    error: BaseException | None = None,
) -> RetryDecision:
    """Retry or stop after an attempt that failed with ``status`` (+ ``headers``) or ``error``.

    Connection errors, timeouts, 408, 429 and 5xx are retried. A non-idempotent operation is retried
    only when the request provably did not reach the server (connect errors, pool timeout) or on 429.
    """
    limit = policy.max_retries if max_retries is None else max_retries
    retry_after: float | None = None
    if error is not None:
        reason = type(error).__name__
        kind = classify_error(error)
        if kind == "fatal":
            return RetryDecision(False, 0.0, f"{reason} (not retryable)")
        allowed = idempotent or kind == "not_sent"
    else:
        if status is None:
            raise TypeError("decide() needs a status or an error")
        reason = f"status {status}"
        if headers is not None:
            retry_after = parse_retry_after(headers.get("retry-after"), policy.clock())
        if not is_retryable_status(status):
            return RetryDecision(False, 0.0, f"{reason} (not retryable)", retry_after)
        allowed = idempotent or status == 429
    if not allowed:
        return RetryDecision(False, 0.0, f"{reason} (operation is not idempotent)", retry_after)
    if retries_done >= limit:
        return RetryDecision(False, 0.0, f"{reason} (no retries left)", retry_after)
    if retry_after is not None:
        if retry_after > policy.max_retry_after:
            return RetryDecision(
                False, 0.0, f"{reason} (Retry-After {retry_after:g}s exceeds {policy.max_retry_after:g}s)", retry_after
            )
        return RetryDecision(True, retry_after, reason, retry_after)
    return RetryDecision(True, policy.backoff(retries_done), reason)
