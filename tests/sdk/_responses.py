"""Driving every generated operation's response path with a canned answer (an ``httpx.MockTransport``
behind the SDK client), for the response-validation tests.

:func:`call` calls an operation's generated ``sync_detailed`` on ``client.raw`` with placeholder
arguments (the response path does not depend on them) and returns what it returned or raised.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from customerio_sdk import AppClient, PipelinesClient, TrackClient
from customerio_sdk.errors import CustomerIOError
from customerio_sdk.testing._specs import load_spec

PACKAGES = {"app": "customerio_app_api", "track": "customerio_track_api", "pipelines": "customerio_pipelines_api"}


class Answer:
    """MockTransport handler answering whatever ``status``/``content`` currently hold."""

    def __init__(self) -> None:
        self.status = 200
        self.content = b"{}"
        self.headers: dict[str, str] = {"content-type": "application/json"}

    def set(self, status: int, content: bytes, headers: dict[str, str] | None = None) -> None:
        self.status, self.content = status, content
        self.headers = {"content-type": "application/json"} if headers is None else headers

    def set_json(self, status: int, value: Any) -> None:
        self.set(status, json.dumps(value).encode())

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, content=self.content, headers=self.headers)


def client(api: str, answer: Answer) -> Any:
    transport = httpx.MockTransport(answer)
    if api == "app":
        return AppClient("app-key-123456", transport=transport, max_retries=0)
    if api == "track":
        return TrackClient("site-1234", "track-key-123456", transport=transport, max_retries=0)
    return PipelinesClient("write-key-123456", transport=transport, max_retries=0)


def operations(api: str) -> dict[str, types.ModuleType]:
    """operationId -> generated module, for every operation of ``api``."""
    package = PACKAGES[api]
    inventory = importlib.import_module(f"{package}._operations").OPERATIONS
    return {op: importlib.import_module(f"{package}.{row[2]}") for op, row in sorted(inventory.items())}


class _Body:
    """Stands for any JSON body model: the generated functions only call ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _placeholder(annotation: Any) -> Any:
    members = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return next(iter(member))
    if int in members:
        return 1
    if bool in members:
        return True
    return "x"


def arguments(function: Callable[..., Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(function).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        kwargs[name] = _Body() if name == "body" else _placeholder(param.annotation)
    return kwargs


def call(module: types.ModuleType, raw: Any) -> tuple[Any, BaseException | None]:
    """(result, None) or (None, the exception) of one generated call on ``raw``."""
    try:
        return module.sync_detailed(client=raw, **arguments(module.sync_detailed)), None
    except Exception as exc:  # noqa: BLE001 - sorted out by the caller: documented or not
        return None, exc


def undocumented(error: BaseException | None) -> bool:
    """An exception a user catching ``CustomerIOError`` would not catch."""
    return error is not None and not isinstance(error, CustomerIOError)


def response_examples(api: str) -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, status, example name, value) for every JSON response example of the spec:
    the media type's ``example`` and each of its ``examples``."""
    spec = load_spec(api)

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                for media_type, media in (resolve(response).get("content") or {}).items():
                    if "json" not in media_type:
                        continue
                    if "example" in media:
                        yield operation["operationId"], status, "example", media["example"]
                    for name, example in (media.get("examples") or {}).items():
                        example = resolve(example)
                        if "value" in example:
                            yield operation["operationId"], status, name, example["value"]


def all_response_examples(api: str) -> Iterator[tuple[str, str, str, Any]]:
    """:func:`response_examples`, plus each response schema's own ``example`` and the values the
    mock builds from the schema's property examples (every optional property included)."""
    from customerio_sdk.testing._examples import ExampleGenerator

    yield from response_examples(api)
    spec = load_spec(api)
    generator = ExampleGenerator(spec)
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    response = generator.resolve(response["$ref"])
                for media_type, media in (response.get("content") or {}).items():
                    if "json" not in media_type or "schema" not in media:
                        continue
                    schema = media["schema"]
                    resolved = generator.resolve(schema["$ref"]) if "$ref" in schema else schema
                    if isinstance(resolved, dict) and "example" in resolved:
                        yield operation["operationId"], status, "schema example", resolved["example"]
                    yield operation["operationId"], status, "from property examples", generator.example(schema)
