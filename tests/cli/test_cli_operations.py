"""Every one of the 140 operations is reachable from ``cio``: its command's ``--help`` renders, and
a call with arguments taken from the normalised spec (the mock's example generator, as in the
contract suite) exits 0 against the spec-validating mock, which records the intended operation.

App operations go through ``cio app <resource> <method>``; Track and Pipelines operations through
``cio raw`` (their ergonomic commands take Python-friendly arguments, exercised in test_cli.py),
and the ergonomic command's ``--help`` is rendered too. One in-process click pass keeps this fast;
test_cli.py runs the real executable.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner
from customerio_sdk.cli._common import dashed
from customerio_sdk.cli._main import cli
from customerio_sdk.cli._operations import load, option_name
from customerio_sdk.testing._examples import ExampleGenerator
from customerio_sdk.testing._inventory import PIPELINES_METHODS, TRACK_METHODS, app_methods, operations
from customerio_sdk.testing._specs import get_api

ENTRIES = operations()


def _resolve(gen: ExampleGenerator, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = gen.resolve(node["$ref"])
    return node


def spec_arguments(api: str, method: str, path: str) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(path parameters, required query/header parameters, body) from the normalised spec's examples."""
    spec = get_api(api).spec
    gen = ExampleGenerator(spec, for_request=True)
    item = spec["paths"][path]
    operation = item[method.lower()]
    path_params, required = {}, {}
    for param in operation.get("parameters", []) + item.get("parameters", []):
        param = _resolve(gen, param)
        value = gen.example(param.get("schema", {}))
        if param["in"] == "path":
            path_params[param["name"]] = value
        elif param.get("required"):
            required[param["name"]] = value
    body = None
    request_body = _resolve(gen, operation.get("requestBody"))
    if request_body:
        body = gen.example(request_body["content"]["application/json"].get("schema", {}), full=True)
    return path_params, required, body


def _python_name(names: Any, spec_name: str) -> str:
    wanted = re.sub(r"[^a-z0-9]", "", spec_name.lower())
    return next(n for n in names if re.sub(r"[^a-z0-9]", "", n.lower()) == wanted)


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (dict, list, bool)) else str(value)


def command_for(entry: Any) -> tuple[list[str], list[str]]:
    """(the command's words for --help, the full call with the spec's example arguments)."""
    path_params, required, body = spec_arguments(entry.api, entry.method, entry.path)
    op = load(entry.api, entry.operation_id)
    names = list(op.signature.parameters)
    if entry.api == "app":
        resource, method = app_methods()[entry.operation_id].split(".")
        words = ["app", dashed(resource), dashed(method)]
        call = list(words)
        given = {_python_name(names, k): v for k, v in {**path_params, **required}.items()}
        for name, param in op.signature.parameters.items():
            if name in given and param.kind is param.POSITIONAL_OR_KEYWORD and param.default is param.empty:
                call.append(_text(given.pop(name)))
        for name, value in given.items():
            call += [option_name(name), _text(value)]
        if op.paginated is not None:
            call += ["--limit", "1"]
    else:
        table = TRACK_METHODS if entry.api == "track" else PIPELINES_METHODS
        words = [entry.api, dashed(table[entry.operation_id])] if entry.operation_id in table else ["raw"]
        call = ["raw", "--api", entry.api, entry.operation_id]
        for name, value in {**path_params, **required}.items():
            call += ["--param", f"{name}={_text(value)}"]
    if body is not None:
        call += ["--body", json.dumps(body)]
    return words, call


def test_every_operation_renders_help_and_answers_0_against_the_mock(mock, cio_env):
    assert len(ENTRIES) == 140
    mock.reset()
    runner = CliRunner()
    failures = []
    for entry in ENTRIES:
        words, call = command_for(entry)
        shown = runner.invoke(cli, [*words, "--help"], env=cio_env)
        if shown.exit_code != 0 or "Usage: cio" not in shown.output:
            failures.append(f"{entry.api}:{entry.operation_id} --help -> {shown.exit_code}: {shown.output[-300:]}")
        before = len(mock.requests)
        result = runner.invoke(cli, call, env=cio_env)
        recorded = [(r.api, r.operation_id) for r in mock.requests[before:]]
        if result.exit_code != 0 or (entry.api, entry.operation_id) not in recorded:
            failures.append(
                f"{entry.api}:{entry.operation_id} {call} -> {result.exit_code} {recorded}: {result.output[-300:]}"
            )
    assert failures == []
    mock.assert_no_violations()
    reached = {(r.api, r.operation_id) for r in mock.requests}
    assert reached == {(e.api, e.operation_id) for e in ENTRIES}


@pytest.mark.parametrize("api", ["app", "track", "pipelines"])
def test_every_group_lists_its_commands(api):
    result = CliRunner().invoke(cli, [api, "--help"])
    assert result.exit_code == 0
    if api == "app":
        resources = {name.split(".")[0] for name in app_methods().values()}
        for resource in resources:
            assert f"  {dashed(resource)}  " in result.output
    else:
        table = TRACK_METHODS if api == "track" else PIPELINES_METHODS
        for method in table.values():
            assert f"  {dashed(method)} " in result.output


def test_enum_parameters_list_their_choices_and_refuse_others(cio_env):
    runner = CliRunner()
    shown = runner.invoke(cli, ["app", "customers", "get-attributes", "--help"])
    assert "--id-type [cio_id|email|id]" in shown.output
    refused = runner.invoke(cli, ["app", "customers", "get-attributes", "42", "--id-type", "phone"], env=cio_env)
    assert refused.exit_code == 2
    assert "'phone' is not one of" in refused.output


def test_help_of_an_operation_with_a_body_shows_an_example_body_that_the_mock_accepts(mock, cio_env):
    shown = CliRunner().invoke(cli, ["app", "segments", "create", "--help"])
    example = shown.output.split("Example body (its required fields, from the spec's schema):\n", 1)[1]
    body = json.loads(example)
    assert body == {"segment": {"name": body["segment"]["name"]}}
    mock.reset()
    assert (
        CliRunner().invoke(cli, ["app", "segments", "create", "--body", json.dumps(body)], env=cio_env).exit_code == 0
    )
    mock.assert_no_violations()


def _entity(operation: OnlyForCheckers, note: str | None = None) -> None:  # noqa: F821 - on purpose
    """A method whose annotation names a type imported under TYPE_CHECKING only."""


def test_an_annotation_imported_only_for_type_checkers_reads_as_json():
    from typing import Any

    from customerio_sdk.cli._clients import annotations_of
    from customerio_sdk.cli._common import JSON
    from customerio_sdk.cli._params import kind_of

    hints = annotations_of(_entity)
    assert hints["operation"] is Any and hints["note"] == (str | None)
    assert kind_of(hints["operation"]).type is JSON
