"""The contract suite (issue 6): every operation of the three specs, called THROUGH THE SDK, sync and
async, against the spec-validating mock -- zero violations, the intended operation recorded, and a
parsed response.

The operations and the route to each come from ``customerio_sdk.testing._inventory`` (the generated
inventories of the normalised specs, checked here against the mock's own reading of the specs): the
overlay's ergonomic method where there is one (App resource methods by introspection, Track and
Pipelines methods by the inventory's explicit tables), otherwise the generated
``sync_detailed``/``asyncio_detailed`` on ``client.raw``. Test ids say which: ``app:listSegments[ergonomic]``.

Arguments come from the normalised spec alone: required path and query parameters and a request body
generated from the request schema by the mock's example generator (optional properties included),
turned into the generated body model with ``from_dict`` where the SDK takes a model, passed as
keyword arguments where an ergonomic method has Python-friendly ones.

Then the tricky-identifier set on every free-form (string) path parameter, through the same routes.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import pytest_asyncio
from customerio_sdk import (
    AppClient,
    AsyncAppClient,
    AsyncPipelinesClient,
    AsyncTrackClient,
    PipelinesClient,
    TrackClient,
)
from customerio_sdk._core.batch_packing import BatchResult
from customerio_sdk._core.pagination import AsyncPaginator, SyncPaginator
from customerio_sdk.testing import MockServer
from customerio_sdk.testing._examples import ExampleGenerator
from customerio_sdk.testing._inventory import APIS, OperationEntry, app_methods, operations
from customerio_sdk.testing._specs import MOUNTS, get_api

ENTRIES = operations()
TRICKY = ["a/b", "a@b.com", "a+b@c.com", "100%", "a b", "a?x=1", "a#b", "ü", ".", "..", "../v1/segments"]


# --- the inventory is the specs' -----------------------------------------------------------------


def test_the_inventory_is_every_operation_of_the_specs():
    from_specs = {(api, op_id) for api in MOUNTS for op_id in get_api(api).operations}
    from_inventory = {(e.api, e.operation_id) for e in ENTRIES}
    assert from_inventory == from_specs
    assert len(ENTRIES) == len(from_specs)  # no duplicates
    for entry in ENTRIES:
        op = get_api(entry.api).operations[entry.operation_id]
        assert (entry.method, entry.path) == (op.method, op.template), entry


def test_every_overlay_method_exists_sync_and_async():
    assert set(app_methods()) <= {e.operation_id for e in ENTRIES if e.api == "app"}
    classes = {"track": (TrackClient, AsyncTrackClient), "pipelines": (PipelinesClient, AsyncPipelinesClient)}
    for entry in ENTRIES:
        if entry.overlay is None:
            continue
        api, *rest = entry.overlay.split(".")
        for cls in classes.get(api, ()):
            assert callable(getattr(cls, rest[0], None)), (entry, cls)
        if api == "app":
            from customerio_sdk.app._resources import ASYNC_RESOURCES, RESOURCES

            for table in (RESOURCES, ASYNC_RESOURCES):
                assert callable(getattr(table[rest[0]], rest[1], None)), (entry, table)
                assert table[rest[0]].operations()[rest[1]] == entry.operation_id


# --- requests built from the spec -------------------------------------------------------------


@dataclass
class SpecRequest:
    path: dict[str, Any]  # spec name -> value
    query: dict[str, Any]  # required query parameters
    body: Any  # JSON value, or None when the operation takes none
    free: tuple[str, ...]  # free-form string path parameters


def _resolve(gen: ExampleGenerator, schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = gen.resolve(schema["$ref"])
    return schema


def _free_form(gen: ExampleGenerator, schema: Any) -> bool:
    """A string anyone can choose: no enum, format or pattern -- or one alternative of a union that
    is (a Track ``identifier`` is an ``id``, an ``email`` or a ``cio_id``: any string is an id)."""
    schema = _resolve(gen, schema)
    if not isinstance(schema, dict):
        return False
    for union in ("oneOf", "anyOf"):
        if schema.get(union):
            return any(_free_form(gen, branch) for branch in schema[union])
    return schema.get("type") == "string" and not any(k in schema for k in ("enum", "format", "pattern"))


def spec_request(entry: OperationEntry) -> SpecRequest:
    api = get_api(entry.api)
    gen = ExampleGenerator(api.spec, for_request=True)
    item = api.spec["paths"][entry.path]
    operation = item[entry.method.lower()]
    path, query, free = {}, {}, []
    for param in operation.get("parameters", []) + item.get("parameters", []):
        param = _resolve(gen, param)
        value = gen.example(param.get("schema", {}))
        if param["in"] == "path":
            path[param["name"]] = value
            if _free_form(gen, param.get("schema")):
                free.append(param["name"])
        elif param["in"] == "query" and param.get("required"):
            query[param["name"]] = value
        else:
            assert not param.get("required"), f"{entry.operation_id}: required {param['in']} parameter"
    body = None
    request_body = _resolve(gen, operation.get("requestBody"))
    if request_body:
        media = request_body["content"]["application/json"]
        body = gen.example(media.get("schema", {}), full=True)
    return SpecRequest(path, query, body, tuple(free))


def _json_response(entry: OperationEntry) -> bool:
    """Whether the spec documents a JSON body for the operation's success status."""
    api = get_api(entry.api)
    op = api.operations[entry.operation_id]
    response = _resolve(api.examples, op.responses.get(str(api.success_status(op))))
    return any("json" in media for media in ((response or {}).get("content") or {}))


# --- calling through the SDK --------------------------------------------------------------------


def _members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _for_generated(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated function's parameter type: an enum member, a body model.
    An App resource method (string annotations) takes the JSON value itself: enum strings and
    plain mapping bodies are what it accepts, so the contract covers those conveniences."""
    if isinstance(annotation, str):
        return value
    for member in _members(annotation):
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return member(value)
    if isinstance(value, dict):
        errors = []
        for member in _members(annotation):
            if isinstance(member, type) and hasattr(member, "from_dict"):
                try:
                    return member.from_dict(value)
                except (KeyError, TypeError, ValueError) as exc:  # the next alternative of a union
                    errors.append(f"{member.__name__}: {exc!r}")
        raise AssertionError(f"no generated model takes the spec's body: {errors}")
    return value


def _py_name(parameters: Any, spec_name: str) -> str:
    wanted = re.sub(r"[^a-z0-9]", "", spec_name.lower())
    for name in parameters:
        if re.sub(r"[^a-z0-9]", "", name.lower()) == wanted:
            return name
    raise AssertionError(f"no parameter for {spec_name!r} in {list(parameters)}")


def _generated_kwargs(function: Callable[..., Any], req: SpecRequest) -> dict[str, Any]:
    """Keyword arguments for a generated function (or an App method with its signature)."""
    signature = inspect.signature(function)  # an App method's is the generated function's
    hints = {name: param.annotation for name, param in signature.parameters.items()}
    kwargs = {}
    for spec_name, value in {**req.path, **req.query}.items():
        name = _py_name(signature.parameters, spec_name)
        kwargs[name] = _for_generated(value, hints.get(name))
    if req.body is not None:
        kwargs["body"] = _for_generated(req.body, hints.get("body"))
    return kwargs


def _handwritten_kwargs(function: Callable[..., Any], req: SpecRequest) -> dict[str, Any]:
    """``app.send.email(to=..., from_=...)``: the body's fields as keyword arguments (``from`` is
    ``from_``); fields the method has no argument for go in ``extra_body``."""
    parameters = inspect.signature(function).parameters
    kwargs: dict[str, Any] = dict(req.path)
    extra = {}
    for key, value in (req.body or {}).items():
        name = key if key in parameters else f"{key}_"
        if name in parameters and name != "extra_body":
            kwargs[name] = value
        else:
            extra[key] = value
    if extra:
        kwargs["extra_body"] = extra
    return kwargs


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _pipelines_call(method: Callable[..., Any], req: SpecRequest) -> Any:
    """A Pipelines call: the spec body's fields (camelCase) as the method's snake_case arguments;
    ``type`` is the method itself, ``sentAt``/``receivedAt`` are set by the library."""
    body = dict(req.body)
    if "batch" in body:
        return method(body.pop("batch"), context=body.get("context"), integrations=body.get("integrations"))
    kwargs = {}
    for name in inspect.signature(method).parameters:
        key = {"message_id": "messageId"}.get(name, _camel(name))
        if key in body:
            kwargs[name] = body[key]
        elif name == "name" and "event" in body:
            kwargs[name] = body["event"]
    return method(**kwargs)


# Track methods take Python arguments; each line maps the spec's body (b), path (p) and query (q).
TRACK_CALLS: dict[str, Callable[[Any, dict, dict, Any], Any]] = {
    "identify": lambda m, p, q, b: m(p["identifier"], b),
    "delete": lambda m, p, q, b: m(p["identifier"]),
    "suppress": lambda m, p, q, b: m(p["identifier"]),
    "unsuppress": lambda m, p, q, b: m(p["identifier"]),
    "add_device": lambda m, p, q, b: m(
        p["identifier"],
        b["device"]["id"],
        b["device"]["platform"],
        last_used=b["device"].get("last_used"),
        attributes=b["device"].get("attributes"),
    ),
    "delete_device": lambda m, p, q, b: m(p["identifier"], p["device_id"]),
    "merge": lambda m, p, q, b: m(b["primary"], b["secondary"]),
    "track": lambda m, p, q, b: m(
        p["identifier"], b["name"], b.get("data"), timestamp=b.get("timestamp"), id=b.get("id")
    ),
    "trackAnonymous": lambda m, p, q, b: m(
        b.get("anonymous_id"), b["name"], b.get("data"), timestamp=b.get("timestamp"), id=b.get("id")
    ),
    "metrics": lambda m, p, q, b: m(
        b["delivery_id"],
        b["metric"],
        timestamp=b.get("timestamp"),
        recipient=b.get("recipient"),
        reason=b.get("reason"),
        href=b.get("href"),
    ),
    "pushMetrics": lambda m, p, q, b: m(
        b["delivery_id"], b["event"], device_id=b.get("device_id"), timestamp=b.get("timestamp")
    ),
    "add_to_segment": lambda m, p, q, b: m(p["segment_id"], b["ids"], id_type=q.get("id_type")),
    "remove_from_segment": lambda m, p, q, b: m(p["segment_id"], b["ids"], id_type=q.get("id_type")),
    "entity": lambda m, p, q, b: m(b),
    "batch": lambda m, p, q, b: m(b["batch"]),
}


def _call(entry: OperationEntry, client: Any, req: SpecRequest) -> Any:
    """Start the call (the result, or a coroutine/paginator for async)."""
    if entry.overlay is None:
        module = importlib.import_module(entry.module)
        function = module.asyncio_detailed if _is_async(client) else module.sync_detailed
        return function(client=client.raw, **_generated_kwargs(module.sync_detailed, req))
    _, *names = entry.overlay.split(".")
    method = client
    for name in names:
        method = getattr(method, name)
    if entry.api == "track":
        return TRACK_CALLS[entry.operation_id](method, req.path, req.query, req.body)
    if entry.api == "pipelines":
        return _pipelines_call(method, req)
    if hasattr(method, "operation_id"):  # a hand-written convenience (app.send.email, ...)
        return method(**_handwritten_kwargs(method, req))
    return method(**_generated_kwargs(method, req))


def _is_async(client: Any) -> bool:
    return type(client).__name__.startswith("Async")


def _finish_sync(result: Any) -> Any:
    return result.first_page() if isinstance(result, SyncPaginator) else result


async def _finish_async(result: Any) -> Any:
    if isinstance(result, AsyncPaginator):
        return await result.first_page()
    return await result


CREDENTIALS = {"app": ("app-api-key",), "track": ("site-id", "track-api-key"), "pipelines": ("write-key",)}
SYNC = {"app": AppClient, "track": TrackClient, "pipelines": PipelinesClient}
ASYNC = {"app": AsyncAppClient, "track": AsyncTrackClient, "pipelines": AsyncPipelinesClient}


@pytest.fixture(scope="module")
def mock():
    with MockServer() as server:
        yield server


@pytest.fixture(scope="module")
def sync_clients(mock):
    clients = {api: SYNC[api](*CREDENTIALS[api], base_url=mock.url_for(api), max_retries=0) for api in APIS}
    yield clients
    for client in clients.values():
        client.close()


@pytest_asyncio.fixture(scope="module", loop_scope="module")  # one event loop and one set of clients
async def async_clients(mock):
    clients = {api: ASYNC[api](*CREDENTIALS[api], base_url=mock.url_for(api), max_retries=0) for api in APIS}
    yield clients
    for client in clients.values():
        await client.aclose()


class Sent:
    """What the mock saw during one call through the SDK."""

    def __init__(self, mock: MockServer) -> None:
        self.mock = mock
        self.requests_before = len(mock.requests)
        self.violations_before = len(mock.violations)

    def failure(self, exc: BaseException) -> str:
        return f"{type(exc).__name__}: {exc}; violations: {[str(v) for v in self.violations]}"

    @property
    def requests(self) -> list:
        return self.mock.requests[self.requests_before :]

    @property
    def violations(self) -> list:
        return self.mock.violations[self.violations_before :]

    def check(self, entry: OperationEntry, error: BaseException | None = None) -> Any:
        """Zero violations, and every request was ``entry``'s operation and answered 2xx."""
        raised = "" if error is None else f" (the SDK raised {type(error).__name__}: {error})"
        assert [str(v) for v in self.violations] == [], raised
        assert self.requests, f"no request reached the mock{raised}"
        for request in self.requests:
            assert (request.api, request.operation_id) == (entry.api, entry.operation_id), raised
            assert request.status is not None and 200 <= request.status < 300, (request.status, raised)
        return self.requests[-1]


def _check_result(entry: OperationEntry, result: Any) -> None:
    if entry.overlay is None:  # the generated Response
        assert 200 <= result.status_code < 300
        result = result.parsed
    if entry.overlay in ("track.batch", "pipelines.batch"):
        assert isinstance(result, BatchResult) and result.ok and result.sent == result.total == 1, result
    elif _json_response(entry):
        assert result is not None and type(result).__module__.startswith(APIS[entry.api]), result
    else:
        assert result is None, result


CASES = [pytest.param(e, id=f"{e.api}:{e.operation_id}[{e.route}]") for e in ENTRIES]


def _sync_outcome(entry: OperationEntry, client: Any, req: SpecRequest) -> tuple[Any, BaseException | None]:
    try:
        return _finish_sync(_call(entry, client, req)), None
    except Exception as exc:  # noqa: BLE001 -- checked after what reached the mock
        return None, exc


async def _async_outcome(entry: OperationEntry, client: Any, req: SpecRequest) -> tuple[Any, BaseException | None]:
    try:
        return await _finish_async(_call(entry, client, req)), None
    except Exception as exc:  # noqa: BLE001 -- checked after what reached the mock
        return None, exc


# Each test checks what reached the mock first (valid, the intended operation), then what the SDK
# made of the answer, so a failure says which side is wrong.


@pytest.mark.parametrize("entry", CASES)
def test_sync(mock, sync_clients, entry):
    req, sent = spec_request(entry), Sent(mock)
    result, error = _sync_outcome(entry, sync_clients[entry.api], req)
    sent.check(entry, error)
    if error is not None:
        pytest.fail(f"valid request, but the SDK raised {sent.failure(error)}")
    _check_result(entry, result)


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("entry", CASES)
async def test_async(mock, async_clients, entry):
    req, sent = spec_request(entry), Sent(mock)
    result, error = await _async_outcome(entry, async_clients[entry.api], req)
    sent.check(entry, error)
    if error is not None:
        pytest.fail(f"valid request, but the SDK raised {sent.failure(error)}")
    _check_result(entry, result)


# --- tricky identifiers on every free-form path parameter ----------------------------------------

FREE_FORM = [pytest.param(e, id=f"{e.api}:{e.operation_id}[{e.route}]") for e in ENTRIES if spec_request(e).free]


def _tricky_request(entry: OperationEntry, identifier: str) -> SpecRequest:
    req = spec_request(entry)
    req.path.update(dict.fromkeys(req.free, identifier))
    return req


def _check_tricky(entry: OperationEntry, sent: Sent, req: SpecRequest, identifier: str, error: Any) -> str | None:
    """Assert the request; return the SDK's error on the answer, if any, for the caller to report."""
    request = sent.check(entry, error)
    assert request.path_template == entry.path
    assert {name: request.path_params[name] for name in req.free} == dict.fromkeys(req.free, identifier)
    assert request.path_params == {k: str(v) for k, v in req.path.items()}
    return None if error is None else f"{identifier!r}: {sent.failure(error)}"


@pytest.mark.parametrize("entry", FREE_FORM)
def test_tricky_identifiers_sync(mock, sync_clients, entry):
    errors = []
    for identifier in TRICKY:
        req, sent = _tricky_request(entry, identifier), Sent(mock)
        _, error = _sync_outcome(entry, sync_clients[entry.api], req)
        errors.append(_check_tricky(entry, sent, req, identifier, error))
    assert [e for e in errors if e] == [], "every identifier arrived intact, but the SDK raised on the answer"


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("entry", FREE_FORM)
async def test_tricky_identifiers_async(mock, async_clients, entry):
    errors = []
    for identifier in TRICKY:
        req, sent = _tricky_request(entry, identifier), Sent(mock)
        _, error = await _async_outcome(entry, async_clients[entry.api], req)
        errors.append(_check_tricky(entry, sent, req, identifier, error))
    assert [e for e in errors if e] == [], "every identifier arrived intact, but the SDK raised on the answer"


def test_counts():
    """140 operations; which route each takes is in the test ids (``[ergonomic]`` / ``[raw]``)."""
    routes = [e.route for e in ENTRIES]
    assert len(ENTRIES) == sum(len(get_api(api).operations) for api in MOUNTS)
    assert routes.count("ergonomic") + routes.count("raw") == len(ENTRIES)
    assert len(FREE_FORM) > 0
