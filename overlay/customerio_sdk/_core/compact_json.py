"""The SDK's one JSON encoding: compact UTF-8, dates in each API's format, errors that name the field.

:func:`encode_json` is the reference: the standard library's encoder with compact separators,
non-ASCII kept as UTF-8, NaN and Infinity refused, aware datetimes as Unix seconds (Track, App) or
RFC 3339 text (Pipelines), ``uuid.UUID`` as its text and an ``Enum`` member as its value.

:func:`compact_dumps` gives the same JSON value, faster per call, for the batch paths that encode
100,000s of small operations:

* ``json.dumps`` builds a C encoder, a closure and a generator on every call; the same C encoder
  is built here once (for 100,000 small operations that set-up cost as much as the encoding).
* With the ``fast`` extra (``pip install 'customerio-sdk[fast]'``), orjson encodes, 3-4x faster
  again. Its output is the same JSON value as :func:`encode_json`'s: byte for byte, except that a
  number under 1e-4 in magnitude may be spelt differently (``0.00001`` for ``1e-05``, ``1e-7`` for
  ``1e-07``), which parses to the same float. orjson writes NaN and Infinity as ``null``, so any
  output holding ``null`` is re-encoded by the standard library, which refuses them (nothing is
  ever sent silently changed). orjson refuses 65-bit integers and non-string keys; those values
  are re-encoded by the standard library too, as are values only it can report on (errors always
  come from :func:`encode_json`, naming the field's path). ``CUSTOMERIO_JSON_ENCODER=stdlib`` turns
  orjson off; ``=orjson`` requires it.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import math
import os
import sys
from collections.abc import Callable
from enum import Enum
from json import encoder as _json_encoder
from typing import Any

from ..errors import ConfigurationError

__all__ = ["compact_dumps", "encode_json", "encode_many", "rfc3339"]


def _common(value: Any) -> Any:
    """What both date rules share: a UUID is its text, an Enum member its value; else refused."""
    if isinstance(value, Enum):
        return value.value
    uuid = sys.modules.get("uuid")  # a UUID can only exist once its module is imported
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError("not JSON")


def _unix_seconds(value: Any) -> Any:
    """``default`` of the Track/App encoder: an aware datetime is Unix seconds (the Track API's
    timestamp format, e.g. ``created_at``). Values JSON has no type for are refused (see
    :func:`_not_json`)."""
    if isinstance(value, _dt.datetime) and value.utcoffset() is not None:
        return math.floor(value.timestamp())
    return _common(value)


def _rfc3339(value: Any) -> Any:
    """``default`` of the Pipelines encoder: an aware datetime is RFC 3339 text (shortest form)."""
    if isinstance(value, _dt.datetime) and value.utcoffset() is not None:
        return rfc3339(value)
    return _common(value)


def rfc3339(value: _dt.datetime) -> str:
    """The shortest RFC 3339 text of an aware datetime: ``Z`` for UTC, milliseconds when the value
    has nothing finer, microseconds otherwise, no fraction when there is none
    (``2015-02-23T22:28:55.387Z``)."""
    text = value.replace(microsecond=0, tzinfo=None).isoformat()
    micro = value.microsecond
    if micro:
        text += f".{micro // 1000:03d}" if micro % 1000 == 0 else f".{micro:06d}"
    offset = value.utcoffset()
    if not offset:
        return text + "Z"
    return text + value.isoformat()[-6:]


# One shared encoder per date format: json.dumps() with non-default options builds a new encoder per
# call. ``default`` is only called for values JSON has no type for.
_ENCODER = _json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_unix_seconds)
_ISO_ENCODER = _json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_rfc3339)

# By type name: importing decimal just to name Decimal would cost every ``import customerio_sdk``.
_HINTS: dict[str, str] = {
    "set": "pass a list",
    "frozenset": "pass a list",
    "bytes": "decode it to a string",
    "bytearray": "decode it to a string",
    "date": "pass a datetime or an ISO 8601 string",
    "time": "pass a string",
    "Decimal": "convert it to float or str",
}


def _accepted(value: Any) -> bool:
    try:
        _common(value)
    except TypeError:
        return False
    return True


#: Deeper than this, a body is reported as circular or too deep (the C encoder stops near 1,000).
_MAX_DEPTH = 500


def _not_json(body: Any, iso: bool) -> BaseException:
    """The error for a body the encoder refused, naming the first offending field's path (the
    value itself is never shown: it may be personal data)."""
    stack: list[tuple[str, Any, int]] = [("", body, 0)]
    seen = 0
    while stack and seen < 100_000:
        path, value, depth = stack.pop()
        seen += 1
        where = f"field {path!r}" if path else "the body"
        if depth > _MAX_DEPTH:
            shown = path if len(path) <= 60 else path[:60] + "..."
            return ValueError(
                f"field {shown!r} is nested over {_MAX_DEPTH} levels deep: a circular reference, or data"
                " too deep to encode as JSON"
            )
        if isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    return TypeError(f"{where} has a key of type {type(key).__name__}; JSON keys are strings")
                stack.append((f"{path}.{key}" if path else str(key), item, depth + 1))
        elif isinstance(value, (list, tuple)):
            stack.extend((f"{path}[{i}]", item, depth + 1) for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, float) and not math.isfinite(value):
            return ValueError(f"{where} is {value!r}: NaN and Infinity are not JSON")
        elif isinstance(value, _dt.datetime):
            if value.utcoffset() is None:
                return ValueError(
                    f"{where} is a naive datetime; pass a timezone-aware one, e.g. datetime.now(timezone.utc)"
                )
        elif isinstance(value, Enum) and not isinstance(value, (str, int, float)):
            stack.append((path, value.value, depth))
        elif value is not None and not isinstance(value, (str, int, float, bool)) and not _accepted(value):
            hint = _HINTS.get(type(value).__name__, "convert it to a JSON type")
            sent_as = "RFC 3339 text" if iso else "Unix seconds"
            return TypeError(
                f"{where} is a {type(value).__name__}, which is not JSON: {hint}"
                f" (aware datetimes are sent as {sent_as})"
            )
    return ValueError("the body cannot be encoded as JSON (nested too deeply?)")


def encode_json(body: Any, *, iso_dates: bool = False) -> bytes:
    """Compact UTF-8 JSON, serialised once.

    Aware datetimes anywhere in ``body`` become Unix seconds (Track and App) or, with ``iso_dates``,
    shortest RFC 3339 text (Pipelines); a ``uuid.UUID`` its text, an ``Enum`` member its value.
    Anything else JSON has no type for (``Decimal``, ``set``, ``bytes``, naive datetimes), NaN and
    Infinity raise ``TypeError``/``ValueError`` naming the field's path (``data.price``), before
    anything is sent.
    """
    try:
        return (_ISO_ENCODER if iso_dates else _ENCODER).encode(body).encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        raise _not_json(body, iso_dates) from None


# -- compact_dumps: the batch paths' encoder ---------------------------------------------------------


def _c_encoder(default: Callable[[Any], Any]) -> Callable[[Any, int], Any] | None:
    make = getattr(_json_encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - Python builds without the C accelerator
        return None
    # No circular-reference markers (a shared markers dict is not safe across threads): a circular
    # structure still fails, with the ValueError json.dumps would raise (a RecursionError, caught).
    return make(None, default, _json_encoder.encode_basestring, None, ":", ",", False, False, False)


_C_ENCODE = _c_encoder(_unix_seconds)
_C_ENCODE_ISO = _c_encoder(_rfc3339)

ENCODER_VARIABLE = "CUSTOMERIO_JSON_ENCODER"


def _stdlib_encoder(iso_dates: bool) -> Callable[[Any], bytes]:
    encode = _C_ENCODE_ISO if iso_dates else _C_ENCODE

    def stdlib(value: Any) -> bytes:
        if encode is None:  # pragma: no cover - Python builds without the C accelerator
            return encode_json(value, iso_dates=iso_dates)
        try:
            return "".join(encode(value, 0)).encode()
        except (TypeError, ValueError, RecursionError):
            return encode_json(value, iso_dates=iso_dates)  # raises, naming the field

    return stdlib


Many = Callable[[list[Any]], "tuple[list[bytes], bytes] | None"]


def _stdlib_many(iso_dates: bool) -> Many:
    encode = _C_ENCODE_ISO if iso_dates else _C_ENCODE

    def stdlib_many(values: list[Any]) -> tuple[list[bytes], bytes] | None:
        if encode is None:  # pragma: no cover
            return None
        try:
            parts = ["".join(encode(value, 0)).encode() for value in values]
        except (TypeError, ValueError, RecursionError):
            return None
        return parts, b",".join(parts)

    return stdlib_many


def _orjson_many(dumps: Any, options: int, iso_dates: bool) -> Many:
    default = _rfc3339 if iso_dates else _unix_seconds
    stdlib_many = _stdlib_many(iso_dates)

    def fast_many(values: list[Any]) -> tuple[list[bytes], bytes] | None:
        try:
            parts = [dumps(value, default, options) for value in values]
        except TypeError:
            return None
        joined = b",".join(parts)
        if b"null" in joined:  # possibly a NaN or Infinity orjson wrote as null: one scan a group
            # The standard library settles it for the group at once (it refuses NaN: None), not one
            # operation at a time with orjson again first (an attribute set to None is common).
            return stdlib_many(values)
        return parts, joined

    return fast_many


def _orjson_encoder(dumps: Any, options: int, iso_dates: bool) -> Callable[[Any], bytes]:
    default = _rfc3339 if iso_dates else _unix_seconds
    stdlib = _stdlib_encoder(iso_dates)

    def fast(value: Any) -> bytes:
        try:
            out: bytes = dumps(value, default, options)
        except TypeError:  # orjson.JSONEncodeError: a value only the standard library handles or names
            return stdlib(value)
        if b"null" in out:  # possibly a NaN or Infinity orjson wrote as null
            return stdlib(value)
        return out

    return fast


_orjson_dumps: Any = None  # orjson.dumps when it is the encoder in use (for tests and benchmarks)


def use_encoder(choice: str, *, source: str = "encoder") -> Any:
    """Pick the encoder behind :func:`compact_dumps`: ``"auto"`` (orjson when installed),
    ``"orjson"`` or ``"stdlib"``; returns ``orjson.dumps`` or None. Read from the environment on
    first use; the tests and benchmarks call it to compare the two."""
    global _orjson_dumps, _encode_unix, _encode_iso, _many_unix, _many_iso
    choice = choice.strip().lower() or "auto"
    if choice not in ("auto", "orjson", "stdlib"):
        raise ConfigurationError(f"{source} must be 'auto', 'orjson' or 'stdlib', got {choice!r}")
    dumps = None
    if choice != "stdlib":
        try:
            import orjson
        except ImportError:
            if choice == "orjson":
                raise ConfigurationError(
                    f"{source}=orjson but orjson is not installed: pip install 'customerio-sdk[fast]'"
                ) from None
        else:
            dumps = orjson.dumps
    if dumps is None:
        _encode_unix, _encode_iso = _stdlib_encoder(False), _stdlib_encoder(True)
        _many_unix, _many_iso = _stdlib_many(False), _stdlib_many(True)
    else:
        # Datetimes and dataclasses go to our ``default`` (dates in the API's format; dataclasses
        # are refused, as the standard library does).
        options = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
        _encode_unix, _encode_iso = _orjson_encoder(dumps, options, False), _orjson_encoder(dumps, options, True)
        _many_unix, _many_iso = _orjson_many(dumps, options, False), _orjson_many(dumps, options, True)
    _orjson_dumps = dumps
    return dumps


def compact_dumps(value: Any, *, iso_dates: bool = False) -> bytes:
    """The JSON of ``encode_json(value, iso_dates=iso_dates)`` (see the module docstring for the one
    spelling orjson may change), and the same errors, naming the field."""
    return _encode_iso(value) if iso_dates else _encode_unix(value)


def encode_many(values: list[Any], *, iso_dates: bool = False) -> tuple[list[bytes], bytes] | None:
    """``([compact_dumps(v) for v in values], b",".join(those))`` in one go, for the batch packer's
    groups of operations (no per-value call layers, one NaN scan for the group); or None when a
    value needs :func:`compact_dumps`'s careful path (a NaN, a value only the standard library
    handles, an error to name): the caller then encodes them one by one."""
    return _many_iso(values) if iso_dates else _many_unix(values)


def _on_first_use(encode: Callable[..., Any], iso_dates: bool) -> Callable[[Any], Any]:
    """Stands in for an encoder until the first call picks them all from CUSTOMERIO_JSON_ENCODER
    (importing orjson then, not at ``import customerio_sdk``)."""

    def first_use(value: Any) -> Any:
        use_encoder(os.environ.get(ENCODER_VARIABLE, ""), source=ENCODER_VARIABLE)
        return encode(value, iso_dates=iso_dates)

    return first_use


# The encoders behind compact_dumps and encode_many, for each date rule (Unix seconds, RFC 3339).
_encode_unix: Callable[[Any], bytes] = _on_first_use(compact_dumps, False)
_encode_iso: Callable[[Any], bytes] = _on_first_use(compact_dumps, True)
_many_unix: Many = _on_first_use(encode_many, False)
_many_iso: Many = _on_first_use(encode_many, True)
