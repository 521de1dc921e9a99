"""Client-generated ids that let Customer.io deduplicate a retried request.

The Track API deduplicates events by ``id``, which "must be a ULID" (https://github.com/ulid/spec):
48 bits of Unix milliseconds then 80 random bits, as 26 Crockford base32 characters. The SDK puts
one on every event *before* the first attempt, so a retry after a lost response carries the same id
and cannot be counted twice. Pipelines calls get a UUID4 ``messageId`` for the same reason.
"""

from __future__ import annotations

import os
import threading
import time

__all__ = ["message_id", "ulid"]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RANDOM_BITS = 80
_RANDOM_MAX = (1 << _RANDOM_BITS) - 1
_TIME_MAX = (1 << 48) - 1


class _UlidGenerator:
    """Monotonic ULIDs: within one millisecond (or if the clock steps back) the random part is
    incremented instead of redrawn, so ids made by one process sort in creation order."""

    def __init__(self, clock=time.time_ns, randbits=lambda: int.from_bytes(os.urandom(10), "big")) -> None:
        self._clock = clock
        self._randbits = randbits
        self._lock = threading.Lock()
        self._last_ms = -1
        self._last_random = 0

    def __call__(self) -> str:
        with self._lock:
            now_ms = self._clock() // 1_000_000
            if now_ms > self._last_ms:
                self._last_ms = now_ms
                self._last_random = self._randbits() & _RANDOM_MAX
            elif self._last_random < _RANDOM_MAX:
                self._last_random += 1
            else:
                # 2**80 ids in one millisecond cannot happen in practice; borrowing the next
                # millisecond keeps the order strict instead of failing.
                self._last_ms += 1
                self._last_random = self._randbits() & _RANDOM_MAX
            if self._last_ms > _TIME_MAX:  # pragma: no cover - year 10889
                raise OverflowError("ULID timestamp overflow")
            return encode(self._last_ms, self._last_random)


def encode(ms: int, random: int) -> str:
    """The 26-character Crockford base32 text of a 128-bit ULID (time in the high 48 bits)."""
    value = (ms << _RANDOM_BITS) | random
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


ulid = _UlidGenerator()
"""``ulid()`` -> a new ULID string, e.g. ``"01HZY3K6Q4Q7Z9X8V2T1N0M5BC"``; thread-safe and monotonic."""


def message_id() -> str:
    """A new Pipelines ``messageId`` (UUID4 text)."""
    import uuid  # on first use: importing uuid costs as much as the rest of this module

    return str(uuid.uuid4())
