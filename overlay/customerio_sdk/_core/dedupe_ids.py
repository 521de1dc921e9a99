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
        self._prefix_key = -1  # random >> 10 of the cached first 24 characters
        self._prefix = ""

    def __call__(self) -> str:
        with self._lock:
            now_ms = self._clock() // 1_000_000
            if now_ms > self._last_ms:
                self._last_ms = now_ms
                self._last_random = self._randbits() & _RANDOM_MAX
                self._prefix_key = -1
            elif self._last_random < _RANDOM_MAX:
                self._last_random += 1
            else:
                # 2**80 ids in one millisecond cannot happen in practice; borrowing the next
                # millisecond keeps the order strict instead of failing.
                self._last_ms += 1
                self._last_random = self._randbits() & _RANDOM_MAX
                self._prefix_key = -1
            if self._last_ms > _TIME_MAX:  # pragma: no cover - year 10889
                raise OverflowError("ULID timestamp overflow")
            random = self._last_random
            # Within a millisecond only the last two characters change (the random part counts up),
            # so the first 24 are kept and rebuilt every 1024 ids: a batch of 100,000 events spends
            # well under a microsecond an id here instead of a base32 encoding each.
            if random >> 10 != self._prefix_key:
                self._prefix_key = random >> 10
                self._prefix = encode(self._last_ms, random)[:24]
            return self._prefix + _PAIRS[random & 1023]


_PAIRS = [a + b for a in _CROCKFORD for b in _CROCKFORD]  # 10 bits -> 2 characters
_SHIFTS = range(120, -1, -10)


def encode(ms: int, random: int) -> str:
    """The 26-character Crockford base32 text of a 128-bit ULID (time in the high 48 bits).

    26 characters hold 130 bits: 13 lookups of 10 bits each in a table of character pairs, twice as
    fast as ``base64.b32encode`` (pure Python before 3.13) and its alphabet translation.
    """
    value = (ms << _RANDOM_BITS) | random
    return "".join([_PAIRS[(value >> shift) & 1023] for shift in _SHIFTS])


ulid = _UlidGenerator()
"""``ulid()`` -> a new ULID string, e.g. ``"01HZY3K6Q4Q7Z9X8V2T1N0M5BC"``; thread-safe and monotonic."""


# Pipelines ids are drawn 256 at a time: one os.urandom call and one hex conversion instead of one
# each per call (a 100,000-call batch spent a fifth of its packing time here). The spare list is
# emptied in a forked child, so two processes never hand out the same ids.
_SPARE_IDS: list[str] = []
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_SPARE_IDS.clear)


def _draw_message_ids(count: int = 256) -> list[str]:
    h = os.urandom(16 * count).hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-{_VARIANT[h[i + 16]]}{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, len(h), 32)
    ]


def message_id() -> str:
    """A new Pipelines ``messageId``: UUID4 text (RFC 9562: 122 random bits, version 4, variant 10).

    Built directly from ``os.urandom`` -- what ``uuid.uuid4()`` does, without the UUID object
    (a batch assigns one per call, 100,000 at a time). Thread-safe: ``list.pop`` is atomic.
    """
    try:
        return _SPARE_IDS.pop()
    except IndexError:
        _SPARE_IDS.extend(_draw_message_ids())
        return message_id()
