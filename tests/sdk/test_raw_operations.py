"""Generated operations through the SDK transport (``client.raw``).

All 140 generated operations are callable through the SDK's transport (``client.raw``),
sync and async, against a loopback server: each sends the spec's method to the spec's path.

Request bodies are stand-ins here (the contract suite against the mock sends valid ones); what
this proves is that every generated module works with the overlay's wiring.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import typing
from urllib.parse import unquote

import httpx
import pytest
from customerio_sdk._core.base_client import AsyncAPIClient, SyncAPIClient
from customerio_sdk._core.config import bearer_auth
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PACKAGES = ("customerio_app_api", "customerio_track_api", "customerio_pipelines_api")


def _inventory():
    for package in PACKAGES:
        for operation_id, (method, path, module) in sorted(
            importlib.import_module(f"{package}._operations").OPERATIONS.items()
        ):
            yield pytest.param(package, method, path, module, id=f"{package.split('_')[1]}:{operation_id}")


OPERATIONS = list(_inventory())


class _Body:
    """Stands in for any request body model (the contract suite against the mock sends real ones)."""

    def to_dict(self):
        return {"stand_in": True}


def _sample(annotation):
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is bool:
        return True
    if annotation in (int, float):
        return 7
    return "id-1"


def _arguments(function, path_values: dict | None = None) -> dict:
    """Required arguments of a generated function: ``path_values`` for its path parameters (in
    order), a stand-in body, and a valid sample for other required parameters."""
    hints = typing.get_type_hints(function)
    params = [p for p in inspect.signature(function).parameters.values() if p.name != "client"]
    args = dict(zip((p.name for p in params), (path_values or {}).values()))
    for param in params:
        if param.name in args or param.default is not inspect.Parameter.empty:
            continue
        args[param.name] = _Body() if param.name == "body" else _sample(hints.get(param.name))
    return args


def _expected_path(path: str, args: dict) -> str:
    return re.sub(r"{([^}]+)}", lambda m: str(args.get(m.group(1), "id-1")), path)


def _clients(package: str):
    class Sync(SyncAPIClient):
        _raw_module = f"{package}.client"

    class Async(AsyncAPIClient):
        _raw_module = f"{package}.client"

    return Sync, Async


def test_inventory_is_complete():
    # 115 + 18 + 7 on the pinned specs; the completeness test derives this from the spec files.
    assert len(OPERATIONS) == sum(len(importlib.import_module(f"{p}._operations").OPERATIONS) for p in PACKAGES)


@pytest.mark.parametrize(("package", "method", "path", "module_name"), OPERATIONS)
def test_sync_raw_call(loopback, package, method, path, module_name):
    loopback.default = type(loopback.default)(204)
    module = importlib.import_module(f"{package}.{module_name}")
    Sync, _ = _clients(package)
    with Sync(base_url=loopback.url, auth_header=bearer_auth("test-key")) as client:
        args = _arguments(module.sync_detailed)
        response = module.sync_detailed(client=client.raw, **args)
    assert response.status_code == 204
    [sent] = loopback.requests
    assert sent.method == method
    assert sent.path == _expected_path(path, args)
    assert sent.header("authorization") == "Bearer test-key"


@pytest.mark.parametrize(("package", "method", "path", "module_name"), OPERATIONS)
async def test_async_raw_call(loopback, package, method, path, module_name):
    loopback.default = type(loopback.default)(204)
    module = importlib.import_module(f"{package}.{module_name}")
    _, Async = _clients(package)
    async with Async(base_url=loopback.url, auth_header=bearer_auth("test-key")) as client:
        args = _arguments(module.asyncio_detailed)
        response = await module.asyncio_detailed(client=client.raw, **args)
    assert response.status_code == 204
    [sent] = loopback.requests
    assert sent.method == method
    assert sent.path == _expected_path(path, args)


# --- URL safety ------------------------------------------------------------------------------
# Every path parameter of all three APIs: any identifier reaches the server as exactly one path
# segment that decodes to the original. httpx normalises dot segments, so without the template fix
# identifier ".." on /v1/customers/{customer_id}/attributes would be sent as /v1/attributes.

TRICKY = ["a/b", "a@b.com", "a+b@c.com", "100%", "a b", "a?x=1", "a#b", "ü", ".", "..", "../v1/segments", "%2F", "a;b"]


def _operations_with_path_params():
    for package in PACKAGES:
        inventory = importlib.import_module(f"{package}._operations").OPERATIONS
        for operation_id, (method, path, module_name) in sorted(inventory.items()):
            names = re.findall(r"{([^}]+)}", path)
            if names:
                yield pytest.param(package, method, path, module_name, names, id=f"{package}:{operation_id}")


PATH_OPERATIONS = list(_operations_with_path_params())


def _request_kwargs(package: str, module_name: str, path_values: dict[str, str]) -> dict:
    module = importlib.import_module(f"{package}.{module_name}")
    return module._get_kwargs(**_arguments(module._get_kwargs, path_values))


@pytest.fixture(scope="module")
def recorder():
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.split(b"?", 1)[0])
        return httpx.Response(200, json={})

    Sync, _ = _clients("customerio_app_api")
    client = Sync(base_url="https://example.test", auth_header=bearer_auth("k"), transport=httpx.MockTransport(handler))
    yield client, seen
    client.close()


def _check(client, seen, package, method, path, module_name, names, values):
    kwargs = _request_kwargs(package, module_name, dict(zip(names, values)))
    assert kwargs["method"].upper() == method
    seen.clear()
    client._client.request(**kwargs)
    raw_path = seen[-1].decode("ascii")
    template_segments = path.strip("/").split("/")
    sent_segments = raw_path.strip("/").split("/")
    assert len(sent_segments) == len(template_segments), (path, values, raw_path)
    decoded = {}
    for template_segment, sent in zip(template_segments, sent_segments):
        match = re.fullmatch(r"{([^}]+)}", template_segment)
        if match:
            decoded[match.group(1)] = unquote(sent)
        else:
            assert sent == template_segment, (path, raw_path)
    assert decoded == dict(zip(names, values))


@pytest.mark.parametrize(("package", "method", "path", "module_name", "names"), PATH_OPERATIONS)
def test_tricky_identifiers_are_one_segment(recorder, package, method, path, module_name, names):
    client, seen = recorder
    for value in TRICKY:
        _check(client, seen, package, method, path, module_name, names, [value] * len(names))


identifiers = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40)


@pytest.mark.parametrize(("package", "method", "path", "module_name", "names"), PATH_OPERATIONS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_identifier_round_trips(recorder, data, package, method, path, module_name, names):
    client, seen = recorder
    values = [data.draw(identifiers, label=name) for name in names]
    _check(client, seen, package, method, path, module_name, names, values)


@pytest.mark.parametrize(("package", "method", "path", "module_name", "names"), PATH_OPERATIONS[:3])
def test_empty_identifier_is_refused_before_sending(recorder, package, method, path, module_name, names):
    _client, seen = recorder
    seen.clear()
    with pytest.raises(ValueError, match=names[0]):
        _request_kwargs(package, module_name, dict.fromkeys(names, ""))
    assert seen == []


def test_every_operation_with_a_path_parameter_is_covered():
    expected = sum(
        1
        for package in PACKAGES
        for _, path, _ in importlib.import_module(f"{package}._operations").OPERATIONS.values()
        if "{" in path
    )
    assert len(PATH_OPERATIONS) == expected > 50
