"""The base of the App resource classes and the few helpers their generated methods call.

The resource classes themselves are written by the build step (``app/_generated/``, from
``codegen/app_resources.yaml``): each method is an ordinary function that imports its generated
operation module when called and passes its arguments through these helpers, which give the
generated functions what they expect: an enum member for its string value, unix seconds for an
aware ``datetime``, a model-like object for a plain mapping body.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, overload

from .._core.compact_json import encode_json
from .._core.request_helpers import unix_seconds as _unix_seconds

if TYPE_CHECKING:
    from .._core.pagination import AsyncPaginator, SyncPaginator

__all__ = ["Resource", "async_paginator", "enum_value", "json_body", "present", "sync_paginator", "timestamp"]

EnumT = TypeVar("EnumT", bound=enum.Enum)
PageT = TypeVar("PageT")


class Resource:
    """Base of the App resource namespaces (``app.segments``, ``app.send``, ...)."""

    #: method name -> operationId, declared by each class (generated and hand-written alike)
    _operations: ClassVar[Mapping[str, str]] = {}

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @classmethod
    def operations(cls) -> dict[str, str]:
        """Method name -> App operationId, for every method of this resource."""
        found: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            found.update(vars(klass).get("_operations", {}))
        return found

    @property
    def _raw(self) -> Any:
        """The client's generated raw client (our transport: auth, retries, typed errors)."""
        return self._client.raw


class _JSONBody:
    """A plain mapping where the generated code expects a model: the generated functions only ever
    call ``body.to_dict()``, so this sends the mapping's JSON. It goes through the SDK's encoder
    first (httpx would encode it later with no word of which field is wrong): aware datetimes become
    Unix seconds as everywhere in the App and Track APIs, and a value JSON has no type for raises a
    ``TypeError`` naming its field path before anything is sent."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = json.loads(encode_json(data))

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def json_body(value: Any) -> Any:
    """A body argument: a generated model passes through, a mapping is sent as JSON as-is."""
    if isinstance(value, Mapping):
        return _JSONBody(value)  # pyright: ignore[reportUnknownArgumentType]
    return value


@overload
def enum_value(cls: type[EnumT], value: EnumT | str, name: str) -> EnumT: ...
@overload
def enum_value(cls: type[EnumT], value: None, name: str) -> None: ...
@overload
def enum_value(cls: type[EnumT], value: EnumT | str | None, name: str) -> EnumT | None: ...
def enum_value(cls: type[EnumT], value: EnumT | str | None, name: str) -> EnumT | None:
    """An enum parameter given as a member or its string value (a wrong value names the valid ones)."""
    if value is None or isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        valid = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{name} must be one of {valid}; got {value!r}") from None


def timestamp(value: int | _dt.datetime | None, name: str) -> int | None:
    """A ``*_ts`` parameter: Unix seconds or an aware ``datetime`` (naive ones are refused), checked
    like every timestamp the SDK sends: milliseconds, booleans, text and NaN raise."""
    return _unix_seconds(value, name)


def present(**arguments: Any) -> dict[str, Any]:
    """The keyword arguments the caller gave (``None`` means "not given", as in the signatures)."""
    return {name: value for name, value in arguments.items() if value is not None}


def sync_paginator(
    fetch: Callable[..., PageT | None],
    operation_id: str,
    params: Mapping[str, Any],
    *,
    limit: int | None,
    page_size: int | None,
    has_page_size: bool,
) -> SyncPaginator[Any, PageT]:
    """A lazy paginator over ``fetch(**page_params)`` (see :mod:`customerio_sdk._core.pagination`)."""
    from .._core.pagination import APP_PAGINATED, SyncPaginator

    return SyncPaginator(
        fetch, APP_PAGINATED[operation_id], params, limit=limit, page_size=page_size, has_page_size=has_page_size
    )


def async_paginator(
    fetch: Callable[..., Awaitable[PageT | None]],
    operation_id: str,
    params: Mapping[str, Any],
    *,
    limit: int | None,
    page_size: int | None,
    has_page_size: bool,
) -> AsyncPaginator[Any, PageT]:
    """The asyncio twin of :func:`sync_paginator`."""
    from .._core.pagination import APP_PAGINATED, AsyncPaginator

    return AsyncPaginator(
        fetch, APP_PAGINATED[operation_id], params, limit=limit, page_size=page_size, has_page_size=has_page_size
    )
