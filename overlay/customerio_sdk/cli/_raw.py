"""``cio raw OPERATION_ID --param k=v ... [--body JSON|@file|-]``: any operation of the three specs.

One request, no pagination: the response body is printed as with the other commands. Parameters
are named as in the spec or as in the generated function (``id_type``, ``id-type``, ``type``).
"""

from __future__ import annotations

import inspect
import os
from typing import Any

import click

from . import _output
from ._common import BASE_URL_ENV, JSON, connection_params, inventory, make_client, reporting_errors

APIS = ("app", "track", "pipelines")


def _find(operation_id: str, api: str | None) -> str:
    found = [name for name in (APIS if api is None else (api,)) if operation_id in inventory(name)]
    if len(found) == 1:
        return found[0]
    if found:
        raise click.UsageError(
            f"{operation_id!r} exists in {' and '.join(found)}: pass --api {found[0]} or --api {found[1]}"
        )
    where = f"the {api} API" if api else "any API"
    raise click.UsageError(f"{operation_id!r} is not an operationId of {where} (see docs/operations.md)")


def _normal(name: str) -> str:
    return name.rstrip("_").replace("-", "_").lower()


def _arguments(op: Any, pairs: tuple[str, ...]) -> tuple[list[Any], dict[str, Any]]:
    from ._params import kind_of

    parameters = {_normal(n): p for n, p in op.signature.parameters.items() if n != "body"}
    given: dict[str, str] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        if _normal(key) not in parameters:
            valid = ", ".join(sorted(parameters)) or "none"
            raise click.BadParameter(
                f"{op.operation_id} has no parameter {key!r} (parameters: {valid})", param_hint="--param"
            )
        given[_normal(key)] = text
    args, kwargs = [], {}
    for normal, param in parameters.items():
        required = param.default is inspect.Parameter.empty
        if normal not in given:
            if required:
                raise click.BadParameter(f"{op.operation_id} needs {normal}=...", param_hint="--param")
            continue
        kind = kind_of(op.hints.get(param.name, str))
        value: Any = given[normal]
        try:
            value = kind.type.convert(value, None, None)
            value = kind.convert([value] if kind.multiple else value)
        except click.BadParameter as exc:
            raise click.BadParameter(f"{normal}: {exc.message}", param_hint="--param") from None
        if required and param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[param.name] = value
    return args, kwargs


def raw_command() -> click.Command:
    from ._operations import load

    def callback(
        operation_id: str, api: str | None, param: tuple[str, ...], body: Any, raw: bool, **options: Any
    ) -> None:
        api = _find(operation_id, api)
        op = load(api, operation_id)
        if body is not None and "body" not in op.signature.parameters:
            raise click.BadParameter(f"{operation_id} takes no request body", param_hint="--body")
        body_param = op.signature.parameters.get("body")
        if body is None and body_param is not None and body_param.default is inspect.Parameter.empty:
            raise click.BadParameter(f"{operation_id} needs a request body", param_hint="--body")
        args, kwargs = _arguments(op, param)
        if options.get("base_url") is None:
            options["base_url"] = os.environ.get(BASE_URL_ENV[api]) or None
        with reporting_errors(), make_client(api, options) as client:
            _output.emit_body(op.send(client, args, kwargs, body).content, raw=raw)

    params: list[click.Parameter] = [
        click.Argument(["operation_id"]),
        click.Option(
            ["--api"],
            type=click.Choice(APIS),
            default=None,
            help="Which API (needed when the operationId exists in several).",
        ),
        click.Option(
            ["--param", "-p", "param"],
            multiple=True,
            metavar="NAME=VALUE",
            help="A path, query or header parameter (repeatable).",
        ),
        click.Option(["--body"], type=JSON, default=None, help="Request body: JSON, @file.json or - for stdin."),
        click.Option(["--raw"], is_flag=True, help="Print the response body as received."),
    ]
    # The connection options of whichever API the operation belongs to (--workspace-id is App's);
    # --base-url defaults to that API's CIO_<API>_BASE_URL.
    params.extend(connection_params("app", base_url_env=False))
    command = click.Command(
        "raw",
        callback=callback,
        params=params,
        help="Call any operation by its spec operationId, e.g. `cio raw getSegment --param segment_id=7`.",
        epilog="Credentials from the environment of the operation's API (see `cio --help`).",
    )
    return command
