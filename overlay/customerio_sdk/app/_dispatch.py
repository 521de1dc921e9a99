"""The one generic dispatcher behind every App resource method.

A resource class declares its methods as a table, ``list = Operation("listSegments")``. On first
access, the :class:`Operation` descriptor imports that operation's generated module and builds a
thin method (sync or async, following the client) whose ``__signature__`` and ``__doc__`` are the
generated function's minus ``client``, so ``help()``, ``inspect.signature`` and IPython/Jupyter show
the real parameters. Calling it calls the generated ``sync``/``asyncio`` with the caller's
arguments (path parameters positional, the rest keyword, typed bodies passed through) on the
client's raw client (our transport: auth, retries, typed errors) and returns the typed model.

Conveniences on top of the generated functions: a ``body`` may be a plain mapping (sent as JSON
as-is), an enum-typed parameter accepts its string value, and an ``int`` parameter (the ``*_ts``
timestamps) accepts a timezone-aware ``datetime``. Paginated operations (see
:mod:`customerio_sdk._pagination`) return a paginator instead: ``limit=`` caps the number of items
and ``page_size=`` is the API's own per-request ``limit``.

:class:`Handwritten` does the same for methods with a hand-written, Python-friendly signature
(``app.send.email(to=..., from_=...)``): the method builds the JSON body, the descriptor sends it
and parses the response with the generated model.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import importlib
import inspect
import operator
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._arguments import explain
from .._base import AsyncAPIClient
from .._pagination import APP_PAGINATED, AsyncPaginator, Paginated, SyncPaginator
from .._requests import unix_seconds as _unix_seconds

__all__ = ["Operation", "Resource", "operation_info", "paginator_for", "unix_seconds"]

GENERATED_PACKAGE = "customerio_app_api"
_ERROR_MODEL = re.compile(r"Response[45]\d\d")
_RAISES = """Raises:
    customerio_sdk.errors.APIStatusError: Customer.io answered 4xx/5xx (a subclass per status:
        NotFoundError, RateLimitError, ...), after the client's retries.
    customerio_sdk.errors.APIConnectionError: no response (APITimeoutError on timeouts)."""


@functools.cache
def _operations() -> dict[str, tuple[str, str, str]]:
    return importlib.import_module(f"{GENERATED_PACKAGE}._operations").OPERATIONS


def operation_info(operation_id: str) -> tuple[str, str, str]:
    """``(METHOD, path template, generated module)`` of an App operationId."""
    return _operations()[operation_id]


@functools.cache
def _module(operation_id: str) -> types.ModuleType:
    return importlib.import_module(f"{GENERATED_PACKAGE}.{operation_info(operation_id)[2]}")


class _JSONBody:
    """A plain mapping where the generated code expects a model: the generated functions only ever
    call ``body.to_dict()``, so this sends the mapping as-is."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def unix_seconds(value: Any, name: str) -> Any:
    """``datetime`` -> unix seconds (int, naive datetimes refused, as everywhere in the SDK);
    anything else unchanged, for the generated function to check."""
    return _unix_seconds(value, name) if isinstance(value, _dt.datetime) else value


def _annotation_members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _coerce(name: str, value: Any, annotation: Any) -> Any:
    if name == "body" and isinstance(value, Mapping):
        return _JSONBody(value)
    members = _annotation_members(annotation)
    if isinstance(value, str) and str not in members:
        for member in members:
            if isinstance(member, type) and issubclass(member, enum.Enum) and not isinstance(value, member):
                return member(value)
    if isinstance(value, _dt.datetime) and int in members:
        return unix_seconds(value, name)
    return value


@dataclass(frozen=True)
class _Target:
    """What a built method calls: the generated function and how to read its result."""

    operation_id: str
    function: Callable[..., Any]
    detailed: bool  # the module has no `sync`/`asyncio` (no typed 2xx body): call *_detailed
    signature: inspect.Signature  # without `client`
    paginated: Paginated | None

    def coerce(self, args: tuple[Any, ...], kwargs: dict[str, Any], where: str) -> tuple[tuple, dict]:
        try:
            bound = self.signature.bind(*args, **kwargs)
        except TypeError as exc:
            raise TypeError(explain(where, self.signature, args, kwargs) or f"{where}(): {exc}") from None
        params = self.signature.parameters
        new_args = tuple(_coerce(n, v, params[n].annotation) for n, v in zip(params, bound.args))
        new_kwargs = {n: _coerce(n, v, params[n].annotation) for n, v in bound.kwargs.items()}
        return new_args, new_kwargs


@functools.cache
def _target(operation_id: str, is_async: bool) -> _Target:
    module = _module(operation_id)
    name = "asyncio" if is_async else "sync"
    detailed = not hasattr(module, name)
    function = getattr(module, f"{name}_detailed" if detailed else name)
    signature = inspect.signature(function)
    params = [p for n, p in signature.parameters.items() if n != "client"]
    return _Target(
        operation_id, function, detailed, signature.replace(parameters=params), APP_PAGINATED.get(operation_id)
    )


def _clean_return(annotation: Any) -> Any:
    """The generated ``Any | Model200 | Model400 | None`` as what a call can return: the 2xx models
    (>= 400 raises before parsing)."""
    members = [
        m
        for m in _annotation_members(annotation)
        if m is not Any and m is not type(None) and not _ERROR_MODEL.search(getattr(m, "__name__", ""))
    ]
    if not members:
        return None
    try:
        return functools.reduce(operator.or_, members)
    except TypeError:  # pragma: no cover - a string forward reference
        return annotation


def _drop_arg(doc: str, name: str) -> str:
    """``doc`` without the ``name (...)`` entry of its Args section (and the entry's continuation lines)."""
    lines, out, skipping = doc.split("\n"), [], False
    for line in lines:
        if line.startswith(f"    {name} ("):
            skipping = True
            continue
        if skipping and line.startswith("        "):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def _docstring(target: _Target, head: str, paginated_note: str = "") -> str:
    raw = inspect.getdoc(target.function) or ""
    body = re.split(r"\n(?:Raises|Returns):\n", raw)[0].rstrip()
    if paginated_note:
        body = _drop_arg(body, "limit")
    return f"{head}\n\n{body}\n{paginated_note}\n{_RAISES}\n"


def _paginated_signature(target: _Target, self_param: inspect.Parameter, is_async: bool) -> inspect.Signature:
    params = [self_param]
    for name, param in target.signature.parameters.items():
        if name == "limit":
            params.append(param.replace(name="page_size", default=None, annotation=int | None))
        else:
            params.append(param)
    params.append(inspect.Parameter("limit", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int | None))
    returns = AsyncPaginator if is_async else SyncPaginator
    return inspect.Signature(params, return_annotation=returns)


_PAGINATED_NOTE = """
Pagination:
    Returns a lazy paginator (no request until iterated). Iterate it for the items of every page
    (each page's ``{items}``); ``.pages()`` yields the typed page models, ``.first_page()`` one.

    limit (int | None): the most items to return in total (default: all).
    page_size (int | None): items per request (the API's own ``limit`` query parameter).
"""


class Operation:
    """Descriptor: a resource method calling the generated function of one App operation."""

    resource_method = True

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self.name = operation_id
        self.owner_name = ""
        self._built: dict[bool, Callable[..., Any]] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.owner_name = owner.__name__

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r})"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        is_async = instance._is_async
        function = self._built.get(is_async)
        if function is None:
            function = self._built[is_async] = self._build(is_async)
        return types.MethodType(function, instance)

    def _build(self, is_async: bool) -> Callable[..., Any]:
        target = _target(self.operation_id, is_async)
        where = f"{self.owner_name}.{self.name}"
        method, path, _module_name = operation_info(self.operation_id)
        head = f"{method} {path} (operationId ``{self.operation_id}``)."
        self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        spec = target.paginated
        if spec is not None:
            has_page_size = "limit" in target.signature.parameters

            def paginated(
                self: Resource, *args: Any, limit: int | None = None, page_size: int | None = None, **kw: Any
            ):
                return self._paginator(
                    target, where, args, kw, limit=limit, page_size=page_size, has_page_size=has_page_size
                )

            function: Callable[..., Any] = paginated
            signature = _paginated_signature(target, self_param, is_async)
            doc = _docstring(target, head, _PAGINATED_NOTE.format(items=spec.items))
        elif is_async:

            async def call_async(self: Resource, *args: Any, **kwargs: Any) -> Any:
                return await self._call_async(target, where, args, kwargs)

            function = call_async
            signature = inspect.Signature(
                [self_param, *target.signature.parameters.values()],
                return_annotation=None if target.detailed else _clean_return(target.signature.return_annotation),
            )
            doc = _docstring(target, head)
        else:

            def call(self: Resource, *args: Any, **kwargs: Any) -> Any:
                return self._call(target, where, args, kwargs)

            function = call
            signature = inspect.Signature(
                [self_param, *target.signature.parameters.values()],
                return_annotation=None if target.detailed else _clean_return(target.signature.return_annotation),
            )
            doc = _docstring(target, head)
        function.__name__ = self.name
        function.__qualname__ = where
        function.__doc__ = doc
        function.__signature__ = signature  # type: ignore[attr-defined]
        function.__module__ = __name__
        return function


class Resource:
    """Base of the App resource namespaces (``app.segments``, ``app.send``, ...)."""

    _is_async: bool

    def __init__(self, client: Any) -> None:
        self._client = client
        self._is_async = isinstance(client, AsyncAPIClient)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @classmethod
    def operations(cls) -> dict[str, str]:
        """Method name -> App operationId, for every method of this resource."""
        found: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if getattr(value, "resource_method", False):
                    found[name] = value.operation_id
        return found

    # -- generated operations -----------------------------------------------------------------

    def _call(self, target: _Target, where: str, args: tuple, kwargs: dict) -> Any:
        args, kwargs = target.coerce(args, kwargs, where)
        result = target.function(*args, client=self._client.raw, **kwargs)
        return result.parsed if target.detailed else result

    async def _call_async(self, target: _Target, where: str, args: tuple, kwargs: dict) -> Any:
        args, kwargs = target.coerce(args, kwargs, where)
        result = await target.function(*args, client=self._client.raw, **kwargs)
        return result.parsed if target.detailed else result

    def _paginator(
        self, target: _Target, where: str, args: tuple, kwargs: dict, **options: Any
    ) -> SyncPaginator | AsyncPaginator:
        assert target.paginated is not None
        args, kwargs = target.coerce(args, kwargs, where)
        if self._is_async:

            async def fetch_async(**page: Any) -> Any:
                return await target.function(*args, client=self._client.raw, **page)

            return AsyncPaginator(fetch_async, target.paginated, kwargs, **options)

        def fetch(**page: Any) -> Any:
            return target.function(*args, client=self._client.raw, **page)

        return SyncPaginator(fetch, target.paginated, kwargs, **options)


def paginator_for(resource: Resource, operation_id: str, args: tuple, kwargs: dict, **options: Any) -> Any:
    """A paginator for any paginated App operation (``app.paginate("listMessages")``)."""
    if operation_id not in APP_PAGINATED:
        valid = ", ".join(sorted(APP_PAGINATED))
        known = "is not paginated" if operation_id in _operations() else "is not an App API operationId"
        raise ValueError(f"{operation_id!r} {known}; paginated operations: {valid}")
    target = _target(operation_id, resource._is_async)
    has_page_size = "limit" in target.signature.parameters
    return resource._paginator(
        target, f"paginate[{operation_id}]", args, kwargs, has_page_size=has_page_size, **options
    )
