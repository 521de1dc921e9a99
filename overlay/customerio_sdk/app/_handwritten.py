"""Methods with a hand-written, Python-friendly signature (``app.send.email(to=..., from_=...)``).

The method itself only builds the request (:class:`Prepared`: the JSON body and path parameters);
the :class:`Handwritten` descriptor turns it into a sync or async method (following the client)
that sends it through the client's ``_request`` as a *non-idempotent* request (the transport
retries it only when it provably did not reach Customer.io, or on 429) and parses the 2xx body with
the generated response model's ``from_dict``. ``__signature__``/``__doc__`` are the builder's.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._dispatch import GENERATED_PACKAGE, Resource, operation_info

__all__ = ["Handwritten", "Prepared", "handwritten"]


@dataclass(frozen=True)
class Prepared:
    """What a hand-written method builds: the JSON body and the path parameters."""

    body: dict[str, Any]
    path_params: Mapping[str, Any] | None = None


def _format_path(path: str, params: Mapping[str, Any] | None) -> str:
    if not params:
        return path
    path_segment = importlib.import_module(f"{GENERATED_PACKAGE}.types").path_segment
    return path.format(**{k: path_segment(v, k) for k, v in params.items()})


class Handwritten:
    """Descriptor around a request-building method (see the module docstring)."""

    resource_method = True

    def __init__(self, builder: Callable[..., Prepared], operation_id: str, response_model: str) -> None:
        functools.update_wrapper(self, builder)  # type: ignore[arg-type]
        self.builder = builder
        self.operation_id = operation_id
        self.response_model = response_model  # "module:Class" under customerio_app_api.models
        self.name = builder.__name__
        self.owner_name = "Resource"
        self._built: dict[bool, Callable[..., Any]] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.owner_name = owner.__name__

    def __repr__(self) -> str:
        return f"Handwritten({self.operation_id!r})"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        is_async = instance._is_async
        function = self._built.get(is_async)
        if function is None:
            function = self._built[is_async] = self._build(is_async)
        return types.MethodType(function, instance)

    def request_args(self, prepared: Prepared) -> dict[str, Any]:
        """Keyword arguments for the base client's ``_request``."""
        method, path, _module = operation_info(self.operation_id)
        return {
            "method": method,
            "path": _format_path(path, prepared.path_params),
            "operation_id": self.operation_id,
            "path_template": path,
            "json": prepared.body,
            "idempotent": False,
        }

    def parse(self, data: Any) -> Any:
        """The decoded 2xx body as the generated response model (``None``/non-objects unchanged)."""
        module_name, _, class_name = self.response_model.partition(":")
        model = getattr(importlib.import_module(f"{GENERATED_PACKAGE}.models.{module_name}"), class_name)
        return model.from_dict(data) if isinstance(data, Mapping) else data

    def _build(self, is_async: bool) -> Callable[..., Any]:
        builder, descriptor = self.builder, self
        if is_async:

            async def send_async(self: Resource, *args: Any, **kwargs: Any) -> Any:
                prepared = builder(self, *args, **kwargs)
                return descriptor.parse(await self._client._request(**descriptor.request_args(prepared)))

            function: Callable[..., Any] = send_async
        else:

            def send(self: Resource, *args: Any, **kwargs: Any) -> Any:
                prepared = builder(self, *args, **kwargs)
                return descriptor.parse(self._client._request(**descriptor.request_args(prepared)))

            function = send
        functools.update_wrapper(function, builder)
        del function.__wrapped__  # inspect.signature must read __signature__, not the builder's
        function.__name__ = self.name
        function.__qualname__ = f"{self.owner_name}.{self.name}"
        returns = self.response_model.partition(":")[2]
        function.__signature__ = inspect.signature(builder).replace(return_annotation=returns)  # type: ignore[attr-defined]
        return function


def handwritten(operation_id: str, response_model: str) -> Callable[[Callable[..., Prepared]], Handwritten]:
    """Decorator: ``@handwritten("sendEmail", "send_email_response_200:SendEmailResponse200")``."""

    def wrap(builder: Callable[..., Prepared]) -> Handwritten:
        return Handwritten(builder, operation_id, response_model)

    return wrap
