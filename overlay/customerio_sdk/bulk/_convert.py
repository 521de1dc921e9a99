"""Cell conversion for imports: text (CSV) or native values (JSON Lines, Parquet, data frames) in,
JSON-ready values out. Every failure is a :class:`RowError` naming the file, row and column.

Empty cells (``""``, ``None``, a pandas ``NaN``/``NaT``) are *missing*: they are left out of the
call rather than sent as ``""`` or ``null``, which would overwrite an attribute already in
Customer.io with nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any, Literal

from .._core.iso8601 import parse_iso8601
from ..errors import ConfigurationError, CustomerIOError

__all__ = ["MISSING", "ColumnType", "RowError", "converter", "timestamp_ms"]

#: The declared type of a column (``types={"amount": "number"}`` in a mapping).
ColumnType = Literal["string", "number", "integer", "boolean", "timestamp", "json"]
COLUMN_TYPES: tuple[str, ...] = ("string", "number", "integer", "boolean", "timestamp", "json")

# Larger than any plausible Unix time in seconds (year 5138): such a number is milliseconds.
_MS_THRESHOLD = 100_000_000_000
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_INTEGER = re.compile(r"[+-]?\d+")
_TRUE = frozenset({"true", "t", "yes", "y", "1"})
_FALSE = frozenset({"false", "f", "no", "n", "0"})


class RowError(CustomerIOError, ValueError):
    """One row cannot become a call. The message names file, row and column, never the value
    (it may be personal data); the row itself goes to the failures file."""

    source: str
    row: int
    column: str | None
    reason: str

    def __init__(self, source: str, row: int, column: str | None, reason: str) -> None:
        self.source, self.row, self.column, self.reason = source, row, column, reason
        where = f"{source}, row {row}" + (f", column {column!r}" if column is not None else "")
        super().__init__(f"{where}: {reason}")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _CellError(ValueError):
    """Raised by a converter; the caller adds source, row and column."""


def _is_empty(value: Any) -> bool:
    if value is None or (isinstance(value, str) and not value):  # not `== ""`: pandas' NA refuses ==
        return True
    # pandas NaN / NaT and float('nan'): a data frame's way of saying "no value".
    return isinstance(value, float) and math.isnan(value) or type(value).__name__ in ("NaTType", "NAType")


def _native(value: Any) -> Any:
    # numpy scalars (from data frames) are not JSON; .item() gives the Python value.
    item = getattr(value, "item", None)
    if item is not None and type(value).__module__ == "numpy":
        return item()
    return value


def _aware(value: datetime, assume_utc: bool) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        if not assume_utc:
            raise _CellError("timestamp has no time zone (pass assume_utc=True to read it as UTC)")
        return value.replace(tzinfo=timezone.utc)
    return value


def _number_ms(number: float) -> int:
    if not math.isfinite(number):
        raise _CellError("timestamp is not a finite number")
    return int(number) if abs(number) >= _MS_THRESHOLD else round(number * 1000)


def timestamp_ms(value: Any, assume_utc: bool = False) -> int:
    """ISO 8601 text, Unix seconds or milliseconds (told apart by size), or a datetime -> Unix ms."""
    value = _native(value)
    if isinstance(value, datetime):
        return int(_aware(value, assume_utc).timestamp() * 1000)
    if isinstance(value, date):
        return int(_aware(datetime(value.year, value.month, value.day), assume_utc).timestamp() * 1000)
    if isinstance(value, bool):
        raise _CellError("timestamp is a boolean")
    if isinstance(value, (int, float)):
        return _number_ms(value)
    if not isinstance(value, str):
        raise _CellError(f"timestamp must be ISO 8601 text, Unix seconds or milliseconds, not {type(value).__name__}")
    text = value.strip()
    if _NUMBER.fullmatch(text):
        return _number_ms(float(text))
    try:
        parsed = parse_iso8601(text)
    except ValueError:
        raise _CellError("timestamp is not ISO 8601 text, Unix seconds or milliseconds") from None
    return int(_aware(parsed, assume_utc).timestamp() * 1000)


def iso_ms(ms: int) -> str:
    """Unix milliseconds -> ISO 8601 UTC text with millisecond precision (Pipelines' date format)."""
    whole, rest = divmod(ms, 1000)
    text = datetime.fromtimestamp(whole, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{rest:03d}Z"


def _to_string(value: Any) -> str:
    if type(value) is str:
        return value
    value = _native(value)
    if isinstance(value, (dict, list)):
        raise _CellError(f"expected text, got {type(value).__name__}")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id read as 42.0 by a data frame is "42", not "42.0"
    return value.isoformat() if isinstance(value, (datetime, date)) else str(value)


def _to_number(value: Any) -> int | float:
    value = _native(value)
    if isinstance(value, bool):
        raise _CellError("expected a number, got a boolean")
    if isinstance(value, str):
        text = value.strip()
        if _INTEGER.fullmatch(text):
            return int(text)
        if not _NUMBER.fullmatch(text):
            raise _CellError("not a number")
        value = float(text)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _CellError("not a finite number")
        return value
    raise _CellError(f"expected a number, got {type(value).__name__}")


def _to_integer(value: Any) -> int:
    number = _to_number(value)
    if isinstance(number, float):
        if not number.is_integer():
            raise _CellError("not a whole number")
        return int(number)
    return number


def _to_boolean(value: Any) -> bool:
    value = _native(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise _CellError("not a boolean (true/false, yes/no, 1/0)")


def _to_json(value: Any) -> Any:
    value = _native(value)
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        raise _CellError("not valid JSON") from None


Converter = Callable[[Any], Any]


def converter(kind: str | None, api: str, assume_utc: bool) -> Converter:
    """The function converting one non-empty cell of a column declared ``kind`` (``None``: as read).

    Timestamps become what each API expects of a date value: Unix seconds for Track, ISO 8601 text
    for Pipelines. A ``datetime`` read from Parquet or a data frame gets the same treatment even if
    the column is not declared.
    """
    if kind is not None and kind not in COLUMN_TYPES:
        raise ConfigurationError(f"unknown column type {kind!r}; use one of {', '.join(COLUMN_TYPES)}")

    def to_date(value: Any) -> Any:
        ms = timestamp_ms(value, assume_utc)
        return ms // 1000 if api == "track" else iso_ms(ms)

    if kind == "timestamp":
        return to_date
    if kind is None:

        def as_read(value: Any) -> Any:
            value = _native(value)
            if isinstance(value, (datetime, date)):
                return to_date(value)
            if isinstance(value, float) and not math.isfinite(value):
                raise _CellError("not a finite number")
            return value

        return as_read
    return {"string": _to_string, "number": _to_number, "integer": _to_integer, "boolean": _to_boolean}.get(
        kind, _to_json
    )


def convert(value: Any, convert_cell: Converter) -> Any:
    """``MISSING`` for an empty cell, else the converted value (a ``_CellError`` says why not)."""
    if type(value) is str:  # the CSV case, a million times per import: the cheapest test first
        return convert_cell(value) if value else MISSING
    if _is_empty(value):
        return MISSING
    return convert_cell(value)
