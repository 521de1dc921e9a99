"""Client-generated ids that let Customer.io deduplicate a retried request.

The Track API deduplicates events by ``id``, which "must be a ULID" (https://github.com/ulid/spec):
48 bits of Unix milliseconds then 80 random bits, as 26 Crockford base32 characters. The SDK puts
one on every event *before* the first attempt, so a retry after a lost response carries the same id
and cannot be counted twice. Pipelines calls get a UUID4 ``messageId`` for the same reason.
"""

from __future__ import annotations

import base64
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


_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_RFC4648, _CROCKFORD)


def encode(ms: int, random: int) -> str:
    """The 26-character Crockford base32 text of a 128-bit ULID (time in the high 48 bits).

    26 characters hold 130 bits; as 20 bytes the value has 30 leading zero bits, so the C base32
    encoder's last 26 characters are the ULID, once its alphabet is mapped to Crockford's.
    """
    value = (ms << _RANDOM_BITS) | random
    return base64.b32encode(value.to_bytes(20, "big"))[6:].decode("ascii").translate(_TO_CROCKFORD)


ulid = _UlidGenerator()
"""``ulid()`` -> a new ULID string, e.g. ``"01HZY3K6Q4Q7Z9X8V2T1N0M5BC"``; thread-safe and monotonic."""


def message_id() -> str:
    """A new Pipelines ``messageId``: UUID4 text (RFC 9562: 122 random bits, version 4, variant 10).

    Built directly from ``os.urandom`` -- what ``uuid.uuid4()`` does, without the UUID object
    (a batch assigns one per call, 100,000 at a time).
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
