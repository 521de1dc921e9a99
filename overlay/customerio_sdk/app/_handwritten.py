"""Methods with a hand-written, Python-friendly signature (``app.send.email(to=..., from_=...)``).

A *builder* (a plain function with the method's signature, minus ``self``) only builds the request
(:class:`Prepared`: the JSON body and path parameters). :func:`sync_method` and :func:`async_method`
turn one builder into the sync and the async method: the method sends the request through the
client's ``_request`` as a *non-idempotent* request (the transport retries it only when it provably
did not reach Customer.io, or on 429) and parses the 2xx body with the generated response model.
The builder's parameters are the method's (``ParamSpec``), so a type checker sees the same
signature on both twins, and ``help()`` shows it.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any, Concatenate, TypeVar

from typing_extensions import ParamSpec

from ._resource import Resource

__all__ = ["Prepared", "async_method", "sync_method"]

GENERATED_PACKAGE = "customerio_app_api"

P = ParamSpec("P")
ModelT = TypeVar("ModelT")


@dataclass(frozen=True)
class Prepared:
    """What a builder returns: the JSON body and the path parameters."""

    body: dict[str, Any]
    path_params: Mapping[str, Any] | None = None


@functools.cache
def _operation(operation_id: str) -> tuple[str, str]:
    method, path, _module = importlib.import_module(f"{GENERATED_PACKAGE}._operations").OPERATIONS[operation_id]
    return method, path


def _request_args(operation_id: str, prepared: Prepared) -> dict[str, Any]:
    """Keyword arguments for the base client's ``_request``."""
    method, path = _operation(operation_id)
    url = path
    if prepared.path_params:
        path_segment = importlib.import_module(f"{GENERATED_PACKAGE}.types").path_segment
        url = path.format(**{k: path_segment(v, k) for k, v in prepared.path_params.items()})
    return {
        "method": method,
        "path": url,
        "operation_id": operation_id,
        "path_template": path,
        "json": prepared.body,
        "idempotent": False,
    }


def _parse(model: Callable[[], type[ModelT]], data: Any) -> ModelT:
    """The decoded 2xx body as the generated response model (``None``/non-objects unchanged)."""
    cls: Any = model()
    parsed: ModelT = cls.from_dict(data) if isinstance(data, Mapping) else data
    return parsed


def _model_name(model: Callable[..., Any]) -> str:
    """``"SendEmailResponse200"`` from a loader annotated ``-> type[SendEmailResponse200]``."""
    annotation = str(model.__annotations__.get("return", ""))
    return annotation.removeprefix("type[").removesuffix("]")


def _describe(method: Callable[..., Any], builder: Callable[..., Prepared], operation_id: str, returns: str) -> None:
    """``help()`` and ``inspect.signature`` show the builder's parameters and docstring."""
    method.__name__ = builder.__name__.lstrip("_")
    method.__qualname__ = method.__name__
    method.__doc__ = builder.__doc__
    method.__module__ = builder.__module__
    params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)]
    params += inspect.signature(builder).parameters.values()
    method.__signature__ = inspect.Signature(params, return_annotation=returns)  # type: ignore[attr-defined]
    method.__dict__["operation_id"] = operation_id  # what Resource tools and tests look for


def sync_method(
    builder: Callable[P, Prepared], operation_id: str, model: Callable[[], type[ModelT]]
) -> Callable[Concatenate[Resource, P], ModelT]:
    """The synchronous method sending what ``builder`` prepares; returns ``model()``'s instance."""

    def method(self: Resource, /, *args: P.args, **kwargs: P.kwargs) -> ModelT:
        prepared = builder(*args, **kwargs)
        return _parse(model, self._client._request(**_request_args(operation_id, prepared)))

    _describe(method, builder, operation_id, _model_name(model))
    return method


def async_method(
    builder: Callable[P, Prepared], operation_id: str, model: Callable[[], type[ModelT]]
) -> Callable[Concatenate[Resource, P], Coroutine[Any, Any, ModelT]]:
    """The asyncio twin of :func:`sync_method`."""

    async def method(self: Resource, /, *args: P.args, **kwargs: P.kwargs) -> ModelT:
        prepared = builder(*args, **kwargs)
        return _parse(model, await self._client._request(**_request_args(operation_id, prepared)))

    _describe(method, builder, operation_id, _model_name(model))
    return method
