"""Client-side rate limiting, so that bulk work stays under Customer.io's documented limits instead of
collecting 429s.

Customer.io's documented limits (see the API references' "limits" sections):

* App API: 10 requests/s, *except* transactional email (``POST /v1/send/email``, 100/s) and the
  API-triggered broadcast (``POST /v1/campaigns/{broadcast_id}/triggers``, 1 per 10 s).
* Track API: 3000 requests per 3 s (1000/s).
* Data Pipelines API: 3000 requests per 3 s (1000/s).

Track and Pipelines clients apply :meth:`RateLimiter.batches` unless given another limiter: their
batch requests (``batch()``, the batch writers) stay within that limit by default, and a 429 on one
request pauses every request the limiter governs (:meth:`RateLimiter.pause`), so a backfill with
several requests in flight backs off together instead of retrying in a storm.

A :class:`RateLimiter` holds :class:`Rule` s, each with its own :class:`TokenBucket`; a request waits
for every rule it matches. Waiting is by *reservation*: a caller takes the next free slot under a
lock and then sleeps until it, so many threads or tasks queue in arrival order without polling.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigurationError

__all__ = ["RateLimiter", "Rule", "TokenBucket"]

Clock = Callable[[], float]


class TokenBucket:
    """A token bucket: ``rate`` tokens per second, holding at most ``burst`` tokens; one per request.

    Implemented as GCRA (the same bucket expressed as a "theoretical arrival time"), which lets a
    caller reserve a slot in the future in O(1): :meth:`reserve` returns how long to wait.

    With ``burst=1`` requests are spaced exactly ``1/rate`` apart, so no window of one second ever
    holds more than ``rate`` of them. A larger burst allows that many back-to-back requests after an
    idle period, which a server measuring fixed one-second windows may count against you.
    """

    def __init__(self, rate: float, burst: float = 1.0, *, clock: Clock = time.monotonic) -> None:
        if not (rate > 0 and math.isfinite(rate)):
            raise ConfigurationError(f"rate must be a positive number of requests per second, got {rate!r}")
        if not (burst >= 1 and math.isfinite(burst)):
            # Below one token the bucket could never hold a whole request.
            raise ConfigurationError(f"burst must be at least 1, got {burst!r}")
        self.rate = float(rate)
        self.burst = float(burst)
        self._clock = clock
        self._interval = 1.0 / self.rate
        self._tolerance = (self.burst - 1.0) * self._interval
        self._tat = -math.inf  # a full bucket
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenBucket(rate={self.rate:g}, burst={self.burst:g})"

    # The two halves of a reservation, split so RateLimiter can reserve the *same* instant in several
    # buckets. Callers must hold self._lock.
    def _earliest(self, now: float) -> float:
        return max(now, self._tat - self._tolerance)

    def _commit(self, at: float) -> None:
        self._tat = max(self._tat, at) + self._interval

    def reserve(self) -> float:
        """Take the next token and return the seconds to wait before using it (0.0 if available now)."""
        with self._lock:
            now = self._clock()
            at = self._earliest(now)
            self._commit(at)
        return at - now


@functools.lru_cache(maxsize=256)
def _template_regex(template: str) -> re.Pattern[str]:
    # Suffix match so that a base URL with its own path (Pipelines' https://cdp.customer.io/v1) still
    # matches the spec's template ("/batch"); "{param}" matches exactly one path segment.
    parts = re.split(r"\{[^/{}]+\}", template)
    return re.compile(".*?" + "[^/]+".join(re.escape(p) for p in parts) + "/?")


@dataclass(frozen=True)
class Rule:
    """Which requests share a limit, and the limit.

    A rule matches requests whose ``operation_id`` or ``path_template`` (from the request extension
    ``customerio``) is listed; a rule listing neither matches every request (a catch-all).
    ``exclusive=True`` means that when this rule matches, catch-all rules do not apply: Customer.io
    documents some endpoints' limits *instead of* the API-wide one, not in addition to it.
    """

    rate: float
    burst: float = 1.0
    operation_ids: frozenset[str] = field(default_factory=frozenset)
    path_templates: frozenset[str] = field(default_factory=frozenset)
    exclusive: bool = False
    name: str = ""

    def __post_init__(self) -> None:
        # Accept any iterable (a list literal, a single tuple) but store something hashable.
        for attr in ("operation_ids", "path_templates"):
            value = getattr(self, attr)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, attr, frozenset(value))

    @classmethod
    def per(cls, count: float, seconds: float, **kwargs: Any) -> Rule:
        """``count`` requests every ``seconds``: ``Rule.per(1, 10)`` is one request per ten seconds."""
        return cls(rate=count / seconds, **kwargs)

    @property
    def catch_all(self) -> bool:
        return not self.operation_ids and not self.path_templates

    def matches(self, operation_id: str | None, path_template: str | None, url_path: str | None = None) -> bool:
        if self.catch_all:
            return True
        if operation_id is not None and operation_id in self.operation_ids:
            return True
        if path_template is not None:
            return path_template in self.path_templates
        # Only requests built without our extension (hand-made httpx requests) get here.
        if url_path is not None:
            return any(_template_regex(t).fullmatch(url_path) for t in self.path_templates)
        return False


def _request_keys(request: Any) -> tuple[str | None, str | None, str | None]:
    extensions = getattr(request, "extensions", None) or {}
    meta = extensions.get("customerio") or {}
    url = getattr(request, "url", None)
    url_path = getattr(url, "path", None)
    return meta.get("operation_id"), meta.get("path_template"), url_path


class RateLimiter:
    """Delays requests so each stays within every :class:`Rule` it matches.

    ``clock``, ``sleep`` and ``async_sleep`` are injectable for tests. Thread-safe, and safe for
    any number of concurrent asyncio tasks: the reservation happens under a ``threading.Lock`` that
    is never held across an ``await``. A task cancelled while waiting forfeits its slot (the limiter
    stays conservative rather than handing the slot back).
    """

    def __init__(
        self,
        rules: Iterable[Rule],
        *,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep  # None: asyncio.sleep, imported on first use (sync programs never load asyncio)
        self._buckets = [TokenBucket(r.rate, r.burst, clock=clock) for r in self.rules]

    def __repr__(self) -> str:
        return f"RateLimiter({list(self.rules)!r})"

    # -- presets ------------------------------------------------------------------------------------

    @classmethod
    def app(
        cls,
        *,
        burst: float = 1.0,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> RateLimiter:
        """Customer.io's App API limits.

        Transactional email and broadcast triggers get their own *exclusive* rules: Customer.io says
        the API is limited to 10/s "aside from" those endpoints, so counting them against the 10/s as
        well would cap transactional email at 10/s. Transactional push and SMS (``/v1/send/push``,
        ``/v1/send/sms``) have no documented separate limit and stay under the 10/s.

        ``burst`` applies to the per-second rules only; the broadcast trigger is always one request
        per 10 s, since any burst would exceed Customer.io's limit.
        """
        return cls(
            [
                Rule(
                    rate=100,
                    burst=burst,
                    operation_ids={"sendEmail"},
                    path_templates={"/v1/send/email"},
                    exclusive=True,
                    name="app:send_email",
                ),
                Rule.per(
                    1,
                    10,
                    operation_ids={"triggerBroadcast"},
                    path_templates={"/v1/campaigns/{broadcast_id}/triggers"},
                    exclusive=True,
                    name="app:trigger_broadcast",
                ),
                Rule(rate=10, burst=burst, name="app"),
            ],
            clock=clock,
            sleep=sleep,
            async_sleep=async_sleep,
        )

    @classmethod
    def track(
        cls,
        *,
        burst: float = 1.0,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> RateLimiter:
        """Customer.io's Track API limit: 3000 requests per 3 s, enforced here as 1000/s."""
        return cls([Rule(rate=1000, burst=burst, name="track")], clock=clock, sleep=sleep, async_sleep=async_sleep)

    @classmethod
    def pipelines(
        cls,
        *,
        burst: float = 1.0,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> RateLimiter:
        """Customer.io's Data Pipelines API limit: 3000 requests per 3 s, enforced here as 1000/s."""
        return cls([Rule(rate=1000, burst=burst, name="pipelines")], clock=clock, sleep=sleep, async_sleep=async_sleep)

    @classmethod
    def batches(
        cls,
        name: str = "batch",
        *,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> RateLimiter:
        """The Track and Pipelines clients' default: their batch requests (operation ``batch``) at
        Customer.io's published 3000 requests per 3 s, spaced 1 ms apart (no burst, so no window of
        any length holds more than the limit). Other calls are not limited: a single call waits for
        its response, so one caller cannot come near 1000 a second."""
        rule = Rule(
            rate=1000, operation_ids={"batch"}, path_templates={"/api/v2/batch", "/batch"}, name=f"{name}:batch"
        )
        return cls([rule], clock=clock, sleep=sleep, async_sleep=async_sleep)

    # -- use ----------------------------------------------------------------------------------------

    def rules_for(self, request: Any) -> list[Rule]:
        """The rules that apply to ``request`` (an ``httpx.Request``)."""
        return [self.rules[i] for i in self._matching(request)]

    def _matching(self, request: Any) -> list[int]:
        keys = _request_keys(request)
        specific = [i for i, r in enumerate(self.rules) if not r.catch_all and r.matches(*keys)]
        if any(self.rules[i].exclusive for i in specific):
            return specific
        return sorted(specific + [i for i, r in enumerate(self.rules) if r.catch_all])

    def reserve(self, request: Any) -> float:
        """Reserve a slot for ``request`` in every matching bucket; return the seconds to wait."""
        indices = self._matching(request)
        if not indices:
            return 0.0
        buckets = [self._buckets[i] for i in indices]
        # All matching buckets are locked (always in rule order, so never deadlocking) and charged for
        # the *same* instant. Reserving each separately and sleeping for the longest wait would send
        # some requests later than the slot their bucket recorded, letting a later window overfill.
        with contextlib.ExitStack() as stack:
            for bucket in buckets:
                stack.enter_context(bucket._lock)
            now = self._clock()
            at = max(bucket._earliest(now) for bucket in buckets)
            for bucket in buckets:
                bucket._commit(at)
        return at - now

    def acquire(self, request: Any) -> float:
        """Block until ``request`` may be sent; return the seconds waited."""
        wait = self.reserve(request)
        if wait > 0:
            self._sleep(wait)
        return wait

    async def acquire_async(self, request: Any) -> float:
        """Wait (without blocking the event loop) until ``request`` may be sent; return the seconds waited."""
        wait = self.reserve(request)
        if wait > 0:
            if self._async_sleep is None:
                import asyncio

                self._async_sleep = asyncio.sleep
            await self._async_sleep(wait)
        return wait

    def pause(self, request: Any, seconds: float) -> None:
        """Hold back every request sharing a rule with ``request`` for ``seconds`` from now.

        The transports call this when a request gets a 429 (with the ``Retry-After`` wait, or the
        backoff): the server's limit is shared by all requests in flight, so they all wait, and the
        retries then go out at the limiter's pace rather than together.
        """
        if not seconds > 0:
            return
        until = self._clock() + seconds
        for index in self._matching(request):
            bucket = self._buckets[index]
            with bucket._lock:
                # The next slot is at `until` at the earliest (see TokenBucket._earliest).
                bucket._tat = max(bucket._tat, until + bucket._tolerance)
