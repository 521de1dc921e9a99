"""No raw exception escapes the response path of any App operation (issue 12).

Every App operation's generated ``sync_detailed`` is called on ``app.raw`` (the path every App
method, paginator and raw call takes) behind an ``httpx.MockTransport`` answering:

* a fixed set of malformed bodies (HTML, truncated JSON, empty, JSON of every wrong top-level
  type, ``{}``, hostile nesting, bytes that are not UTF-8) and, for every top-level property of the
  operation's spec example, that property replaced by each JSON type: only
  :class:`~customerio_sdk.errors.CustomerIOError` subclasses (in practice
  ``ResponseValidationError``) may escape, and the bodies that cannot be what the spec promises
  must raise it;
* hypothesis' random JSON, random mutations deep inside the spec example, and random bytes.

Plus every JSON response example of all three specs parsed (the media type's ``example`` and
each of its ``examples``, the response schema's ``example``, and the value built from its
property examples).
"""

from __future__ import annotations

import functools
import inspect
import json
from typing import Any

import pytest
from _responses import Answer, all_response_examples, call, client, operations, undocumented
from customerio_sdk.errors import ResponseValidationError
from customerio_sdk.testing._specs import get_api
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

APP_OPERATIONS = operations("app")
_API = get_api("app")


def _success(operation_id: str) -> int:
    return _API.success_status(_API.operations[operation_id])


@functools.cache
def _examples() -> dict[str, Any]:
    """operationId -> the first example of its success response."""
    found: dict[str, Any] = {}
    for op, status, _name, value in all_response_examples("app"):
        if str(status).startswith("2"):
            found.setdefault(op, value)
    return found


def _example(operation_id: str) -> Any:
    return _examples().get(operation_id)


def _parses_json(module: Any) -> bool:
    """Whether the operation's success response is parsed as JSON (not ``None``/``Any`` passthrough)."""
    return "response.json()" in inspect.getsource(module._parse_response)


def _declares_properties(module: Any) -> bool:
    """Whether the success schema is a model (or union of models) declaring properties."""
    return "expect_some_keys(" in inspect.getsource(module._parse_response)


# Bodies no spec operation can accept as its JSON success body.
NEVER_VALID: dict[str, bytes] = {
    "html page": b"<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>",
    "html after whitespace": b"\n  <html></html>",
    "truncated json": b'{"segments": [{"id": 1, "name": "a',
    "empty": b"",
    "whitespace": b"  \n",
    "not utf-8": b'\xff\xfe{"a": 1}',
    "deep nesting": b"[" * 50_000 + b"]" * 50_000,
    "json null": b"null",
    "json string": b'"ok"',
    "json number": b"7",
    "json list": b"[1, 2]",
    "json list of strings": b'["a", "b"]',
}
# Bodies that are JSON objects but not what the operation's schema promises (when it declares properties).
WRONG_OBJECTS: dict[str, bytes] = {
    "empty object": b"{}",
    "error envelope": b'{"meta": {"error": "nope"}}',
}
REPLACEMENTS: dict[str, Any] = {
    "null": None,
    "object": {"x": 1},
    "list of strings": ["a"],
    "string": "seven",
    "integer": 7,
    "boolean": True,
}

TRIED: dict[str, int] = {"calls": 0, "raw": 0}


@pytest.fixture(scope="module")
def app_and_answer():
    answer = Answer()
    app = client("app", answer)
    yield app, answer
    app.close()


@pytest.mark.parametrize("operation_id", sorted(APP_OPERATIONS))
def test_malformed_bodies_raise_only_documented_errors(app_and_answer, operation_id):
    app, answer = app_and_answer
    module = APP_OPERATIONS[operation_id]
    status = _success(operation_id)
    parses = _parses_json(module)
    raw: list[str] = []

    def check(kind: str, content: bytes, must_raise: bool) -> None:
        answer.set(status, content)
        _result, error = call(module, app.raw)
        TRIED["calls"] += 1
        if undocumented(error):
            TRIED["raw"] += 1
            raw.append(f"{kind}: {type(error).__name__}: {error}")
        elif must_raise and parses and status != 204 and not isinstance(error, ResponseValidationError):
            raw.append(f"{kind}: accepted ({type(error).__name__ if error else 'no error'})")
        if isinstance(error, ResponseValidationError):
            assert error.operation_id == operation_id and error.status_code == status
            assert error.body == content[: len(error.body)] and error.body_size == len(content)

    for kind, content in NEVER_VALID.items():
        check(kind, content, must_raise=True)
    example = _example(operation_id)
    for kind, content in WRONG_OBJECTS.items():
        check(kind, content, must_raise=_declares_properties(module))
    if isinstance(example, dict):
        for key in example:
            for kind, value in REPLACEMENTS.items():
                check(f"{key} -> {kind}", json.dumps({**example, key: value}).encode(), must_raise=False)
    assert not raw, raw


def test_every_operation_and_kind_was_tried():
    # The matrix above ran for every App operation (115 in the pinned spec).
    assert len(APP_OPERATIONS) == len(_API.operations) >= 115
    if TRIED["calls"]:  # when the matrix ran in this session
        assert TRIED["raw"] == 0


# -- hypothesis ----------------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _replace(value: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(copy[head], rest, new)
    return copy


FUZZ = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def _no_raw(app: Any, answer: Answer, operation_id: str, content: bytes) -> None:
    answer.set(_success(operation_id), content)
    _result, error = call(APP_OPERATIONS[operation_id], app.raw)
    assert not undocumented(error), f"{operation_id}: {type(error).__name__}: {error}"


@pytest.mark.parametrize("operation_id", sorted(APP_OPERATIONS))
def test_random_json_and_mutated_examples(app_and_answer, operation_id):
    app, answer = app_and_answer
    example = _example(operation_id)
    paths = _paths(example)

    @FUZZ
    @given(value=JSON, where=st.sampled_from(paths), mutate=st.booleans())
    def run(value: Any, where: tuple, mutate: bool) -> None:
        body = _replace(example, where, value) if mutate else value
        _no_raw(app, answer, operation_id, json.dumps(body).encode())

    run()


@pytest.mark.parametrize("operation_id", sorted(APP_OPERATIONS))
def test_random_bytes(app_and_answer, operation_id):
    app, answer = app_and_answer

    @settings(FUZZ, max_examples=3)
    @given(content=st.binary(max_size=64))
    def run(content: bytes) -> None:
        _no_raw(app, answer, operation_id, content)

    run()


# -- every response example of the three specs ---------------------------------------------------

# Examples that contradict their own schema: the documented rule is to raise, not to guess.
WRONG_EXAMPLES = {
    ("exportDeliveriesData", "schema example"): "ExportDeliveriesDataResponse200Export.id must be an integer",
}


def test_every_response_example_of_the_three_specs_parses():
    parsed, refused, raised = 0, 0, []
    for api in ("app", "track", "pipelines"):
        answer = Answer()
        sdk = client(api, answer)
        modules = operations(api)
        for operation_id, status, name, value in all_response_examples(api):
            code = int(status) if status.isdigit() else 200
            answer.set(code, json.dumps(value).encode())
            result, error = call(modules[operation_id], sdk.raw)
            wrong = WRONG_EXAMPLES.get((operation_id, name))
            if code >= 400:  # the transport raises the status error before any parsing
                assert error is not None and not undocumented(error) and result is None
                parsed += 1
            elif wrong is not None:
                assert isinstance(error, ResponseValidationError) and wrong in str(error)
                refused += 1
            elif error is not None:
                raised.append(f"{api}:{operation_id} {status} {name}: {error}")
            else:
                assert result.status_code == code
                parsed += 1
        sdk.close()
    assert not raised, raised
    assert parsed >= 145 and refused == len(WRONG_EXAMPLES)


# -- webhooks.parse ------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, database=None)
@given(content=st.binary(max_size=256) | JSON.map(lambda v: json.dumps(v).encode()))
def test_webhook_parse_of_random_bytes_and_json_raises_only_its_error(content):
    from customerio_sdk import webhooks

    try:
        event = webhooks.parse(content)
    except webhooks.WebhookPayloadError:
        return
    assert event.event_id and event.object_type and event.metric


@settings(max_examples=20, deadline=None, database=None)
@given(depth=st.integers(min_value=900, max_value=200_000), opener=st.sampled_from([b"[", b'{"a":']))
def test_webhook_parse_of_deep_nesting_raises_only_its_error(depth, opener):
    from customerio_sdk import webhooks

    closer = b"]" if opener == b"[" else b"}"
    with pytest.raises(webhooks.WebhookPayloadError):
        webhooks.parse(opener * depth + b"1" + closer * depth)
