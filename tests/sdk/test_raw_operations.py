"""All 140 generated operations are callable through the SDK's transport (``client.raw``),
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

import pytest

from customerio_sdk._base import AsyncAPIClient, SyncAPIClient
from customerio_sdk._config import bearer_auth

PACKAGES = ("customerio_app_api", "customerio_track_api", "customerio_pipelines_api")


def _inventory():
    for package in PACKAGES:
        for operation_id, (method, path, module) in sorted(
            importlib.import_module(f"{package}._operations").OPERATIONS.items()
        ):
            yield pytest.param(package, method, path, module, id=f"{package.split('_')[1]}:{operation_id}")


OPERATIONS = list(_inventory())


class _Body:
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


def _arguments(function) -> dict:
    hints = typing.get_type_hints(function)
    args = {}
    for param in inspect.signature(function).parameters.values():
        if param.name == "client" or param.default is not inspect.Parameter.empty:
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
    assert len(OPERATIONS) == sum(
        len(importlib.import_module(f"{p}._operations").OPERATIONS) for p in PACKAGES
    )


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
