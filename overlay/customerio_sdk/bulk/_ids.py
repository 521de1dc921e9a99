"""Deterministic dedupe ids for imported rows: the same row always gets the same id.

Track v2 deduplicates person events by ``id``, which "must be a ULID" (48 bits of Unix
milliseconds, then 80 bits). Here the 48 time bits are the row's own timestamp (0 when the row has
none) and the 80 bits are a BLAKE2b hash of the row's stable key, so a re-run, or a resume after a
crash, sends every event under the id it had the first time and Customer.io drops the repeat.

Pipelines documents ``messageId`` as "a unique identifier for a Data Pipelines call" (a string,
no format). It gets the same two ingredients in UUID text: RFC 9562 version 8 (the layout for
application-defined UUIDs), 48 time bits, then hash bits around the version and variant fields.
"""

from __future__ import annotations

import hashlib

from .._core.dedupe_ids import _TIME_MAX
from .._core.dedupe_ids import encode as _ulid_text

__all__ = ["row_message_id", "row_ulid"]


def _digest(key: str, namespace: str) -> int:
    # The namespace keeps two different imports whose keys happen to collide (e.g. two files of the
    # same name, keyed by row number) from deduplicating each other's events.
    data = namespace.encode("utf-8") + b"\x00" + key.encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=10).digest(), "big")


def _clamp_ms(ms: int | None) -> int:
    if ms is None or ms < 0:
        return 0  # ULIDs cannot hold dates before 1970; the hash alone then tells rows apart
    return min(ms, _TIME_MAX)


def row_ulid(key: str, ms: int | None, namespace: str = "") -> str:
    """The ULID of the row keyed ``key`` whose timestamp is ``ms`` Unix milliseconds (or ``None``)."""
    return _ulid_text(_clamp_ms(ms), _digest(key, namespace))


def row_message_id(key: str, ms: int | None, namespace: str = "") -> str:
    """The Pipelines ``messageId`` of a row: UUID version 8 text from the time and the key's hash."""
    rand = _digest(key, namespace)  # 80 bits; 74 are used
    value = _clamp_ms(ms) << 80
    value |= 0x8 << 76  # version 8
    value |= ((rand >> 62) & 0xFFF) << 64  # 12 bits
    value |= 0b10 << 62  # RFC 9562 variant
    value |= rand & ((1 << 62) - 1)  # 62 bits
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
