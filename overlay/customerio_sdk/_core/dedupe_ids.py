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
import weakref

__all__ = ["message_id", "ulid"]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RANDOM_BITS = 80
_RANDOM_MAX = (1 << _RANDOM_BITS) - 1
_TIME_MAX = (1 << 48) - 1


_GENERATORS: weakref.WeakSet[_UlidGenerator] = weakref.WeakSet()


def _forget_spares() -> None:
    """In a forked child: the parent's spare ids, and its random part counting up within the
    millisecond, would give both processes the same ids; the child draws its own."""
    for generator in list(_GENERATORS):
        generator._spares = []
        generator._last_ms = -1
        generator._lock = threading.Lock()  # a lock held by another parent thread stays held here


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_spares)


class _UlidGenerator:
    """Monotonic ULIDs: within one millisecond (or if the clock steps back) the random part is
    incremented instead of redrawn, so ids made by one process sort in creation order.

    Ids are made a few at a time, under one lock, and handed out while the clock still reads the
    millisecond they were made in: a batch packing 100,000 events a second takes ~100 ids a
    millisecond, each then costing a clock read and a list pop instead of a lock and an encoding.
    The number made at once doubles while they run out within their millisecond (up to 256) and
    halves when some are left over, so it settles near the caller's rate instead of climbing from
    one again every millisecond (a writer adding ~150 events a millisecond refilled ~8 times per
    millisecond that way); an occasional call soon makes one id at a time again.
    """

    def __init__(self, clock=time.time_ns, randbits=lambda: int.from_bytes(os.urandom(10), "big")) -> None:
        self._clock = clock
        self._randbits = randbits
        self._lock = threading.Lock()
        self._last_ms = -1
        self._last_random = 0
        self._prefix_key = -1  # random >> 10 of the cached first 24 characters
        self._prefix = ""
        self._spares: list[str] = []  # made ahead, in reverse order: pop() gives the next one
        self._spares_ms = -1  # the clock's millisecond when they were made
        self._size = 1
        _GENERATORS.add(self)

    def __call__(self) -> str:
        spares = self._spares  # read once: a refill by another thread replaces the list
        now_ms = self._clock() // 1_000_000
        if spares and now_ms <= self._spares_ms:
            try:
                return spares.pop()
            except IndexError:  # another thread took the last one
                pass
        return self._refill(now_ms)

    def _refill(self, now_ms: int) -> str:
        with self._lock:
            spares = self._spares
            if spares and now_ms <= self._spares_ms:  # another thread refilled while this one waited
                try:
                    return spares.pop()
                except IndexError:
                    pass
            self._size = min(self._size * 2, 256) if not self._spares else max(self._size // 2, 1)
            made = self._make(now_ms, self._size)
            made.reverse()
            first = made.pop()
            self._spares = made  # rebound, not mutated: a reader holding the old list sees only older ids
            self._spares_ms = now_ms
            return first

    def _make(self, now_ms: int, count: int) -> list[str]:
        """``count`` consecutive ids (caller holds the lock): after the first, whole runs that share
        the cached 24-character prefix are one list comprehension."""
        made = [self._next(now_ms)]
        while len(made) < count:
            random = self._last_random
            run = min(1023 - (random & 1023), _RANDOM_MAX - random, count - len(made))
            if run <= 0:  # the prefix changes (or the random part is exhausted) at the next id
                made.append(self._next(-1))
                continue
            low = (random & 1023) + 1
            prefix = self._prefix
            made.extend([prefix + pair for pair in _PAIRS[low : low + run]])
            self._last_random = random + run
        return made

    def _next(self, now_ms: int) -> str:
        """The next id (caller holds the lock); ``now_ms`` -1 means "the same millisecond"."""
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
        # so the first 24 are kept and rebuilt every 1024 ids.
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
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_SPARE_IDS.clear)

# A UUID's 36 characters from 32 hex digits: (text position, hex position) of every digit.
_TEXT_POSITIONS = [*range(8), *range(9, 13), *range(14, 18), *range(19, 23), *range(24, 36)]
_DIGITS = list(zip(_TEXT_POSITIONS, range(32)))
# The variant digit (text position 19) is 8, 9, a or b: its random low two bits are kept.
_VARIANT_DIGIT = bytes.maketrans(b"0123456789abcdef", b"89ab89ab89ab89ab")


def _draw_message_ids(count: int = 256) -> list[str]:
    """``count`` UUID4 texts from one ``os.urandom`` call. The text of all of them is assembled
    column by column (each digit position of every id is one strided slice copy, in C), then cut:
    ~180 ns an id instead of ~500 with an f-string of slices per id."""
    digits = os.urandom(16 * count).hex().encode()
    text = bytearray(36 * count)
    for position, digit in _DIGITS:
        text[position::36] = digits[digit::32]
    for position in (8, 13, 18, 23):
        text[position::36] = b"-" * count
    text[14::36] = b"4" * count  # version 4
    text[19::36] = digits[16::32].translate(_VARIANT_DIGIT)  # variant 10
    joined = text.decode()
    return [joined[i : i + 36] for i in range(0, 36 * count, 36)]


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
