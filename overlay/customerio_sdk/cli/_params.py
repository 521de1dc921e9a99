"""Python annotations -> click parameter types, for generated functions and client methods alike."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import click

from .._core.iso8601 import parse_iso8601
from ._common import JSON


def members(annotation: Any) -> tuple[Any, ...]:
    """The alternatives of a union, without ``None`` and the generated ``Unset``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        found = typing.get_args(annotation)
    else:
        found = (annotation,)
    return tuple(m for m in found if m is not type(None) and getattr(m, "__name__", "") != "Unset")


class Timestamp(click.ParamType[Any, Any]):
    """Unix seconds, or an ISO 8601 time with a UTC offset (``2024-05-01T12:00:00Z``)."""

    name = "UNIX|ISO8601"

    def __init__(self, keep_text: bool) -> None:
        self.keep_text = keep_text  # the method takes ISO text itself (Pipelines)

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return int(value)
        except ValueError:
            pass
        try:
            parsed = parse_iso8601(value)
        except ValueError:
            self.fail(f"{value!r} is neither Unix seconds nor an ISO 8601 time", param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} has no UTC offset (add Z or +HH:MM): the time would be ambiguous", param, ctx)
        return value if self.keep_text else parsed


def _unchanged(value: Any) -> Any:
    return value


class Kind:
    """How one parameter is read from the command line: its click type, the conversion of the
    parsed value for the Python call, whether it repeats, whether it is an on/off flag."""

    __slots__ = ("convert", "flag", "multiple", "type")

    def __init__(
        self, type: Any, convert: Callable[[Any], Any] = _unchanged, multiple: bool = False, flag: bool = False
    ) -> None:
        self.type, self.convert, self.multiple, self.flag = type, convert, multiple, flag


def _enum_kind(enum_cls: type[enum.Enum]) -> Kind:
    by_text = {str(member.value): member for member in enum_cls}
    return Kind(click.Choice(list(by_text)), by_text.__getitem__)


def kind_of(annotation: Any) -> Kind:
    """The click type for a parameter annotated ``annotation``."""
    alternatives = members(annotation)
    if len(alternatives) == 1:
        only = alternatives[0]
        origin = typing.get_origin(only)
        if isinstance(only, type) and issubclass(only, enum.Enum):
            return _enum_kind(only)
        if only is bool:
            return Kind(click.BOOL, flag=True)
        if only is int:
            return Kind(click.INT)
        if only is float:
            return Kind(click.FLOAT)
        if only is str:
            return Kind(click.STRING)
        if origin is typing.Literal:
            return Kind(click.Choice([str(v) for v in typing.get_args(only)]))
        if origin in (list, tuple, Iterable, typing.Sequence) or only in (list, tuple):
            args = typing.get_args(only)
            inner = kind_of(args[0]) if args else Kind(click.STRING)
            return Kind(inner.type, lambda values: [inner.convert(v) for v in values], multiple=True)
        if origin in (dict, Mapping) or only in (dict, Mapping):
            return Kind(JSON)
    if dt.datetime in alternatives:
        return Kind(Timestamp(keep_text=str in alternatives))
    if all(m in (str, int, float) for m in alternatives) and alternatives:
        return Kind(click.STRING)
    return Kind(JSON)
