"""Declared mappings from columns to calls: which column is the person, the event name, the
timestamp, the data, and how each is typed.

    TrackEvent(identifier="email", id_type="email", name="event", timestamp="ts", key="event_id",
               types={"amount": "number"})

A mapping is checked against the file's columns before anything is sent (a typo is a
:class:`ConfigurationError`, not a million failed rows) and compiled into a function turning one
row into one batch operation in the spec's shape, with its deterministic dedupe id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from ..errors import ConfigurationError
from ._convert import (
    MISSING,
    ColumnType,
    Converter,
    RowError,
    _CellError,
    _is_empty,
    _to_string,
    convert,
    converter,
    iso_ms,
    timestamp_ms,
)
from ._ids import row_message_id, row_ulid

__all__ = ["Const", "PipelinesIdentify", "PipelinesTrack", "RowMapping", "TrackEvent", "TrackIdentify"]

#: Columns the failures file adds to each row; ignored when re-importing it (``cio_key`` is reused
#: as the row key, so a fixed row keeps the dedupe id it was first sent with).
FAILURE_COLUMNS = ("cio_error", "cio_row", "cio_key")
_ID_TYPES = ("id", "email", "cio_id")


@dataclass(frozen=True)
class Const:
    """A fixed value instead of a column, e.g. ``TrackEvent(..., name=Const("purchased"))``."""

    value: str


@dataclass(frozen=True)
class Row:
    """What a compiled mapping returns for one row: the operation and its stable key."""

    op: dict[str, Any]
    key: str


RowBuilder = Callable[[Mapping[str, Any], int], Row]


@dataclass(frozen=True)
class RowMapping:
    """Fields every mapping has. ``key``: the column holding a stable unique row key (recommended);
    without it the key is ``"<source>:<row number>"``, stable only while the file is unchanged.
    ``types``: declared column types (``string``, ``number``, ``integer``, ``boolean``,
    ``timestamp``, ``json``); undeclared CSV cells stay text. ``assume_utc``: read timestamps
    without a time zone as UTC instead of refusing them."""

    api: ClassVar[str]
    call: ClassVar[str]
    key: str | None = None
    types: Mapping[str, ColumnType] = field(default_factory=dict)
    assume_utc: bool = False

    # -- what subclasses declare ----------------------------------------------------------------

    def _named_columns(self) -> dict[str, str | Const | None]:
        """Role -> column of the mapping's fixed roles (identifier, name, timestamp, ...)."""
        raise NotImplementedError

    def _data_columns(self) -> Sequence[str] | None:
        return None

    def _build(self, values: dict[str, Any], data: dict[str, Any], ms: int | None, key: str, ns: str) -> dict[str, Any]:
        """The operation; ``key`` (already prefixed with the call) and ``ns`` derive its dedupe id."""
        raise NotImplementedError

    # -- shared machinery -------------------------------------------------------------------------

    def fingerprint(self) -> str:
        """A digest of the declaration: a checkpoint written under another mapping is refused."""
        text = repr((type(self).__name__, [(f.name, getattr(self, f.name)) for f in fields(self)]))
        text = text.replace("mappingproxy", "")
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def required_columns(self) -> list[str]:
        named = [c for c in self._named_columns().values() if isinstance(c, str)]
        return named + list(self._data_columns() or ()) + ([self.key] if self.key else [])

    def check_columns(self, columns: Sequence[str] | None, source: str) -> None:
        """Refuse a mapping naming a column the input does not have (``None``: columns unknown)."""
        for column in self.types:
            if not isinstance(column, str):
                raise ConfigurationError(f"types keys must be column names, got {column!r}")
        if columns is None:
            return
        missing = [c for c in self.required_columns() if c not in columns]
        if missing:
            raise ConfigurationError(
                f"the mapping names column(s) {', '.join(map(repr, missing))} that {source} does not have "
                f"(it has {', '.join(map(repr, columns))})"
            )

    def compile(self, columns: Sequence[str] | None, source: str, namespace: str) -> RowBuilder:
        """``build(row, row_number) -> Row``; raises :class:`RowError` for a row that cannot be mapped."""
        self.check_columns(columns, source)
        conv: dict[str, Converter] = {}

        def conv_for(column: str) -> Converter:
            if column not in conv:
                conv[column] = converter(self.types.get(column), self.api, self.assume_utc)
            return conv[column]

        named = {role: col for role, col in self._named_columns().items() if col is not None}
        used = {c for c in named.values() if isinstance(c, str)} | ({self.key} if self.key else set())
        listed = self._data_columns()
        fixed_data = list(listed) if listed is not None else None
        if columns is not None:
            for column in columns:
                conv_for(column)
        ts_column = named.pop("timestamp", None)
        if isinstance(ts_column, Const):
            raise ConfigurationError("timestamp must be a column name")
        call, assume_utc, key_column = f"{self.api}.{self.call}", self.assume_utc, self.key

        def build(row: Mapping[str, Any], number: int) -> Row:
            column: str | None = None
            try:
                values: dict[str, Any] = {}
                for role, col in named.items():
                    if isinstance(col, Const):
                        values[role] = col.value
                        continue
                    column = col
                    value = convert(row.get(col), conv_for(col) if role not in _TEXT_ROLES else _to_string)
                    if value is not MISSING:
                        values[role] = value
                ms: int | None = None
                if ts_column is not None:
                    column = ts_column
                    cell = row.get(ts_column)
                    if not _is_empty(cell):  # (not turned into text first: timestamp_ms reads the cell)
                        ms = timestamp_ms(cell, assume_utc)
                data: dict[str, Any] = {}
                for col in fixed_data if fixed_data is not None else row:
                    if fixed_data is None and (col in used or col in FAILURE_COLUMNS or col == ts_column):
                        continue
                    column = col
                    value = convert(row.get(col), conv_for(col))
                    if value is not MISSING:
                        data[col] = value
                column = key_column
                if key_column is not None:
                    key = convert(row.get(key_column), _to_string)
                    if key is MISSING:
                        raise _CellError("the key column is empty")
                else:
                    reused = row.get("cio_key")  # a row of a failures file keeps its first key
                    key = reused if isinstance(reused, str) and reused else f"{source}:{number}"
                column = None
                op = self._build(values, data, ms, f"{call}\x00{key}", namespace)
            except _CellError as exc:
                raise RowError(source, number, column, str(exc)) from None
            except ValueError as exc:  # a required value is missing (raised by _build)
                raise RowError(source, number, None, str(exc)) from None
            return Row(op, key)

        return build


_TEXT_ROLES = frozenset({"identifier", "name", "user_id", "anonymous_id", "event"})


def _require(values: dict[str, Any], role: str, what: str) -> Any:
    if role not in values:
        raise ValueError(f"{what} is empty")
    return values[role]


def _check_id_type(id_type: str) -> None:
    if id_type not in _ID_TYPES:
        raise ConfigurationError(f"id_type must be one of {', '.join(_ID_TYPES)}; got {id_type!r}")


@dataclass(frozen=True)
class TrackIdentify(RowMapping):
    """Rows -> Track v2 ``identify`` (add or update a person). ``identifier``: the column naming the
    person, as ``id_type`` ("id", "email" or "cio_id"); ``attributes``: the columns to set (default:
    every other column). Identify carries no dedupe id in the spec: sending it twice sets the same
    attributes twice, which changes nothing."""

    api: ClassVar[str] = "track"
    call: ClassVar[str] = "identify"
    identifier: str = ""
    id_type: str = "id"
    attributes: Sequence[str] | None = None

    def __post_init__(self) -> None:
        _check_id_type(self.id_type)
        if not self.identifier:
            raise ConfigurationError("TrackIdentify needs identifier=<column>")

    def _named_columns(self) -> dict[str, str | Const | None]:
        return {"identifier": self.identifier}

    def _data_columns(self) -> Sequence[str] | None:
        return self.attributes

    def _build(self, values: dict[str, Any], data: dict[str, Any], ms: int | None, key: str, ns: str) -> dict[str, Any]:
        ident = _require(values, "identifier", f"identifier column {self.identifier!r}")
        return {"type": "person", "identifiers": {self.id_type: ident}, "action": "identify", "attributes": data}


@dataclass(frozen=True)
class TrackEvent(RowMapping):
    """Rows -> Track v2 person ``event``s. ``name``: the event-name column (or ``Const("x")``);
    ``timestamp``: when it happened (ISO 8601, Unix seconds or ms); ``data``: the columns sent as the
    event's attributes (default: every other column). Each event's ``id`` is a ULID made from its
    timestamp and a hash of its row key, so Customer.io drops a repeat."""

    api: ClassVar[str] = "track"
    call: ClassVar[str] = "event"
    identifier: str = ""
    name: str | Const = ""
    timestamp: str | None = None
    data: Sequence[str] | None = None
    id_type: str = "id"

    def __post_init__(self) -> None:
        _check_id_type(self.id_type)
        if not self.identifier or not self.name:
            raise ConfigurationError("TrackEvent needs identifier=<column> and name=<column or Const>")

    def _named_columns(self) -> dict[str, str | Const | None]:
        return {"identifier": self.identifier, "name": self.name, "timestamp": self.timestamp}

    def _data_columns(self) -> Sequence[str] | None:
        return self.data

    def _build(self, values: dict[str, Any], data: dict[str, Any], ms: int | None, key: str, ns: str) -> dict[str, Any]:
        op: dict[str, Any] = {
            "type": "person",
            "identifiers": {self.id_type: _require(values, "identifier", f"identifier column {self.identifier!r}")},
            "action": "event",
            "name": _require(values, "name", "the event name"),
            "id": row_ulid(key, ms, ns),
        }
        if ms is not None:
            op["timestamp"] = ms // 1000
        op["attributes"] = data
        return op


@dataclass(frozen=True)
class _PipelinesMapping(RowMapping):
    api: ClassVar[str] = "pipelines"
    user_id: str | None = None
    anonymous_id: str | None = None
    timestamp: str | None = None

    def _people(self, values: dict[str, Any]) -> dict[str, Any]:
        ids = {k: values[r] for r, k in (("user_id", "userId"), ("anonymous_id", "anonymousId")) if r in values}
        if not ids:
            raise ValueError("user_id and anonymous_id are both empty")
        return ids

    def _check_people(self) -> None:
        if not self.user_id and not self.anonymous_id:
            raise ConfigurationError(f"{type(self).__name__} needs user_id=<column> and/or anonymous_id=<column>")

    @staticmethod
    def _common(call: dict[str, Any], ms: int | None, key: str, ns: str) -> dict[str, Any]:
        if ms is not None:
            call["timestamp"] = iso_ms(ms)
        call["messageId"] = row_message_id(key, ms, ns)
        return call


@dataclass(frozen=True)
class PipelinesIdentify(_PipelinesMapping):
    """Rows -> Pipelines ``identify`` calls: ``user_id`` and/or ``anonymous_id`` columns, ``traits``
    columns (default: every other column), optional ``timestamp``. The ``messageId`` is derived from
    the timestamp and the row key."""

    call: ClassVar[str] = "identify"
    traits: Sequence[str] | None = None

    def __post_init__(self) -> None:
        self._check_people()

    def _named_columns(self) -> dict[str, str | Const | None]:
        return {"user_id": self.user_id, "anonymous_id": self.anonymous_id, "timestamp": self.timestamp}

    def _data_columns(self) -> Sequence[str] | None:
        return self.traits

    def _build(self, values: dict[str, Any], data: dict[str, Any], ms: int | None, key: str, ns: str) -> dict[str, Any]:
        return self._common({"type": "identify", **self._people(values), "traits": data}, ms, key, ns)


@dataclass(frozen=True)
class PipelinesTrack(_PipelinesMapping):
    """Rows -> Pipelines ``track`` calls: ``event`` (column or ``Const``), ``user_id`` and/or
    ``anonymous_id``, ``timestamp``, ``properties`` (default: every other column)."""

    call: ClassVar[str] = "track"
    event: str | Const = ""
    properties: Sequence[str] | None = None

    def __post_init__(self) -> None:
        self._check_people()
        if not self.event:
            raise ConfigurationError("PipelinesTrack needs event=<column or Const>")

    def _named_columns(self) -> dict[str, str | Const | None]:
        return {
            "user_id": self.user_id,
            "anonymous_id": self.anonymous_id,
            "event": self.event,
            "timestamp": self.timestamp,
        }

    def _data_columns(self) -> Sequence[str] | None:
        return self.properties

    def _build(self, values: dict[str, Any], data: dict[str, Any], ms: int | None, key: str, ns: str) -> dict[str, Any]:
        call = {"type": "track", **self._people(values), "event": _require(values, "event", "the event name")}
        return self._common({**call, "properties": data}, ms, key, ns)
