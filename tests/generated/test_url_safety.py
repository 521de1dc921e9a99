"""Every path parameter of all three APIs: any identifier reaches the server as exactly one path
segment that decodes to the original, through the generated code and the SDK transport.

httpx normalises dot segments, so without the template fix identifier ".." on
``/v1/customers/{customer_id}/attributes`` would be sent as ``/v1/attributes``.
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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from customerio_sdk._base import SyncAPIClient
from customerio_sdk._config import bearer_auth

PACKAGES = ("customerio_app_api", "customerio_track_api", "customerio_pipelines_api")
TRICKY = ["a/b", "a@b.com", "a+b@c.com", "100%", "a b", "a?x=1", "a#b", "ü", ".", "..", "../v1/segments", "%2F", "a;b"]


class _BodyStub:
    """Stands in for any request body model: only the URL matters here."""

    def to_dict(self):
        return {}

    def to_multipart(self):
        return []


def _operations_with_path_params():
    for package in PACKAGES:
        inventory = importlib.import_module(f"{package}._operations").OPERATIONS
        for operation_id, (method, path, module_name) in sorted(inventory.items()):
            names = re.findall(r"{([^}]+)}", path)
            if names:
                yield pytest.param(package, method, path, module_name, names, id=f"{package}:{operation_id}")


OPERATIONS = list(_operations_with_path_params())


def _sample(annotation):
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is bool:
        return True
    if annotation in (int, float):
        return 1
    return "x"


def _request_kwargs(package: str, module_name: str, path_values: dict[str, str]) -> dict:
    module = importlib.import_module(f"{package}.{module_name}")
    signature = inspect.signature(module._get_kwargs)
    hints = typing.get_type_hints(module._get_kwargs)
    args = {}
    positional = [p for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    for param, value in zip(positional, path_values.values()):
        args[param.name] = value
    for param in signature.parameters.values():
        if param.name in args or param.default is not inspect.Parameter.empty:
            continue
        if param.name == "body":
            args["body"] = _BodyStub()
        else:  # a required query/header parameter: any valid value serves for the URL's path
            args[param.name] = _sample(hints.get(param.name))
    return module._get_kwargs(**args)


class _Client(SyncAPIClient):
    _raw_module = "customerio_app_api.client"


@pytest.fixture(scope="module")
def recorder():
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.split(b"?", 1)[0])
        return httpx.Response(200, json={})

    client = _Client(base_url="https://example.test", auth_header=bearer_auth("k"), transport=httpx.MockTransport(handler))
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


@pytest.mark.parametrize(("package", "method", "path", "module_name", "names"), OPERATIONS)
def test_tricky_identifiers_are_one_segment(recorder, package, method, path, module_name, names):
    client, seen = recorder
    for value in TRICKY:
        _check(client, seen, package, method, path, module_name, names, [value] * len(names))


identifiers = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40)


@pytest.mark.parametrize(("package", "method", "path", "module_name", "names"), OPERATIONS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_identifier_round_trips(recorder, data, package, method, path, module_name, names):
    client, seen = recorder
    values = [data.draw(identifiers, label=name) for name in names]
    _check(client, seen, package, method, path, module_name, names, values)


@pytest.mark.parametrize(("package", "method", "path", "module_name", "names"), OPERATIONS[:3])
def test_empty_identifier_is_refused_before_sending(recorder, package, method, path, module_name, names):
    client, seen = recorder
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
    assert len(OPERATIONS) == expected > 50
