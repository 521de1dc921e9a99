"""Commands for generated operations, built from the operation's generated module on demand.

The parameters are ``sync_detailed``'s (path parameters become arguments, the rest options;
enums list their choices), the help text its docstring (the spec's summary and description), the
request its ``_get_kwargs`` (the generated URL building, with safe path-segment encoding) sent on
the SDK client's httpx client (auth, retries, typed errors). The response is printed as received,
not parsed into models: a command line shows the data, whatever the spec says about it.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
import types
import typing
from typing import Any

import click

from . import _output
from ._common import CREDENTIALS_HELP, JSON, connection_params, dashed, inventory, make_client, reporting_errors
from ._params import Kind, kind_of

#: Options every operation command has; a generated parameter with one of these names is renamed.
RESERVED = frozenset({"region", "base_url", "dry_run", "workspace_id", "raw", "limit", "page_size", "help"})


class GeneratedOperation:
    """One generated operation: its module, ``sync_detailed``'s signature (without ``client``),
    resolved annotations and docstring. (Plain classes here, not dataclasses: building a dataclass
    costs start-up time on every command.)"""

    __slots__ = ("api", "doc", "hints", "method", "module", "operation_id", "path", "signature")

    def __init__(
        self,
        api: str,
        operation_id: str,
        method: str,
        path: str,
        module: types.ModuleType,
        signature: inspect.Signature,
        hints: dict[str, Any],
        doc: str,
    ) -> None:
        self.api, self.operation_id, self.method, self.path = api, operation_id, method, path
        self.module, self.signature, self.hints, self.doc = module, signature, hints, doc

    @property
    def paginated(self) -> Any:
        if self.api != "app":
            return None
        from .._core.pagination import APP_PAGINATED

        return APP_PAGINATED.get(self.operation_id)

    def send(self, client: Any, args: list[Any], params: dict[str, Any], body: Any) -> Any:
        """One request through the client's transport; the httpx response (4xx/5xx raise typed errors)."""
        if body is not None:
            params = {**params, "body": _AsGiven(body)}
        kwargs = self.module._get_kwargs(*args, **params)
        if body is not None:
            kwargs["json"] = body  # the JSON given, not a model round-trip: nothing is dropped
        return client.raw.get_httpx_client().request(**kwargs)


class _AsGiven:
    """Stands in for the body model: the generated code only calls ``to_dict()`` on it."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def to_dict(self) -> Any:
        return self.value


@functools.cache
def load(api: str, operation_id: str) -> GeneratedOperation:
    method, path, module_name = inventory(api)[operation_id]
    module = importlib.import_module(f"customerio_{api}_api.{module_name}")
    function = module.sync_detailed
    signature = inspect.signature(function)
    params = [p for name, p in signature.parameters.items() if name != "client"]
    return GeneratedOperation(
        api,
        operation_id,
        method,
        path,
        module,
        signature.replace(parameters=params),
        typing.get_type_hints(function),
        inspect.getdoc(function) or "",
    )


def split_doc(doc: str) -> tuple[str, str, dict[str, str]]:
    """(summary, description, {parameter: its Args text}) of a generated docstring."""
    sections = re.split(r"\n(Args|Raises|Returns):\n", doc)
    text = sections[0].strip()
    summary, _, description = text.partition("\n\n")
    args: dict[str, str] = {}
    for index in range(1, len(sections) - 1, 2):
        if sections[index] != "Args":
            continue
        current = None
        for line in sections[index + 1].split("\n"):
            match = re.match(r"\s{0,4}(\w+) \(([^)]*)\):\s*(.*)", line)
            if match:
                current = match.group(1)
                args[current] = match.group(3).strip()
            elif current and line.strip():
                args[current] += " " + line.strip()
    return summary.strip(), description.strip(), args


def option_name(name: str) -> str:
    """The CLI spelling of a generated parameter: ``type_`` -> ``--type``, ``id_type`` -> ``--id-type``."""
    base = name.rstrip("_")
    return f"--{dashed('param_' + base if base in RESERVED else base)}"


class _Input:
    __slots__ = ("dest", "kind", "name", "positional")

    def __init__(self, name: str, dest: str, kind: Kind, positional: bool) -> None:
        self.name = name  # the generated function's parameter
        self.dest = dest  # click's destination name
        self.kind = kind
        self.positional = positional


def build_inputs(op: GeneratedOperation, arg_docs: dict[str, str]) -> tuple[list[click.Parameter], list[_Input]]:
    click_params: list[click.Parameter] = []
    inputs: list[_Input] = []
    paginated = op.paginated
    for name, param in op.signature.parameters.items():
        if name == "body":
            continue
        if paginated is not None and name in ("limit", "offset"):
            continue  # the paginator owns the page size (--page-size) and the offset
        kind = kind_of(op.hints.get(name, str))
        required = param.default is inspect.Parameter.empty
        help_text = arg_docs.get(name, "")
        if required and param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            dest = name.rstrip("_")
            click_params.append(click.Argument([dest], type=kind.type))
            inputs.append(_Input(name, dest, kind, True))
            continue
        flag = option_name(name)
        dest = flag[2:].replace("-", "_")
        if kind.flag:
            decl = [f"{flag}/--no-{flag[2:]}", dest]
            option = click.Option(decl, default=None, help=help_text)
        else:
            option = click.Option(
                [flag, dest], type=kind.type, required=required, multiple=kind.multiple, help=help_text
            )
        click_params.append(option)
        inputs.append(_Input(name, dest, kind, False))
    return click_params, inputs


def _body_help(op: GeneratedOperation) -> str | None:
    if "body" not in op.signature.parameters:
        return None
    from ._params import members

    models = ", ".join(getattr(m, "__name__", str(m)) for m in members(op.hints.get("body")))
    return f"Request body: JSON, @file.json or - for stdin ({models})."


def operation_command(api: str, operation_id: str, name: str | None = None) -> click.Command:
    """The command calling one generated operation (``cio app segments list``)."""
    op = load(api, operation_id)
    summary, description, arg_docs = split_doc(op.doc)
    params, inputs = build_inputs(op, arg_docs)
    body_help = _body_help(op)
    if body_help is not None:
        body_required = op.signature.parameters["body"].default is inspect.Parameter.empty
        params.append(click.Option(["--body"], type=JSON, default=None, required=body_required, help=body_help))
    paginated = op.paginated
    if paginated is not None:
        params.append(
            click.Option(
                ["--limit"], type=click.IntRange(min=0), default=None, help="Most items to print (default: all pages)."
            )
        )
        if "limit" in op.signature.parameters:
            params.append(
                click.Option(
                    ["--page-size"],
                    type=click.IntRange(min=1),
                    default=None,
                    help="Items per request (the API's limit).",
                )
            )
    raw_help = (
        "Print each page's body as received, one per line." if paginated else "Print the response body as received."
    )
    params.append(click.Option(["--raw"], is_flag=True, help=raw_help))
    params.extend(connection_params(api))
    epilog = f"{op.method} {op.path}  (operationId {operation_id})."
    if paginated is not None:
        epilog += f" Paginated: prints the items ('{paginated.items}') of every page as JSON Lines."
    epilog += " " + CREDENTIALS_HELP[api]

    def callback(**values: Any) -> None:
        options = {k: values.pop(k, None) for k in ("region", "base_url", "dry_run", "workspace_id")}
        raw, body = values.pop("raw"), values.pop("body", None)
        limit, page_size = values.pop("limit", None), values.pop("page_size", None)
        args, kwargs = [], {}
        for item in inputs:
            value = values.get(item.dest)
            if item.positional:
                args.append(item.kind.convert(value))
            elif value is not None and value != ():
                kwargs[item.name] = item.kind.convert(value)
        with reporting_errors(), make_client(api, options) as client:
            if paginated is None:
                response = op.send(client, args, kwargs, body)
                _output.emit_body(response.content, raw=raw)
            else:
                _paginate(op, client, args, kwargs, body, limit=limit, page_size=page_size, raw=raw)

    command = OperationCommand(
        api,
        operation_id,
        body_help is not None,
        name or dashed(operation_id),
        callback=callback,
        params=params,
        help=(summary + ("\n\n" + description if description else "")) or epilog,
        short_help=summary or f"{op.method} {op.path}",
        epilog=epilog,
    )
    return command


class OperationCommand(click.Command):
    """An operation's command; its ``--help`` ends with an example request body built from the
    spec (read only when help is shown, not when the command runs)."""

    def __init__(self, api: str, operation_id: str, has_body: bool, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.api, self.operation_id, self.has_body = api, operation_id, has_body

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        example = body_example(self.api, self.operation_id) if self.has_body else None
        if example is None:
            return
        with formatter.section("Example body (its required fields, from the spec's schema)"):
            for line in json.dumps(example, indent=2).splitlines():
                formatter.write(" " * formatter.current_indent + line + "\n")


def body_example(api: str, operation_id: str) -> Any:
    """A request body for the operation, generated from the spec's schema (the mock's generator)."""
    from ..testing._examples import ExampleGenerator
    from ._common import spec, spec_operation

    content = spec_operation(api, operation_id).get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return None
    return ExampleGenerator(spec(api), for_request=True).example(schema, full=False)


def _paginate(
    op: GeneratedOperation, client: Any, args: list[Any], params: dict[str, Any], body: Any, **how: Any
) -> None:
    """Every page's items as JSON Lines (or each page as received with ``raw``), through the SDK's
    paginator: its cursor handling, ``limit`` and loop guard."""
    from .._core.pagination import SyncPaginator

    last: dict[str, bytes] = {}

    def fetch(**page: Any) -> Any:
        content = op.send(client, args, page, body).content
        last["content"] = content
        return json.loads(content) if content else None

    pager = SyncPaginator(
        fetch,
        op.paginated,
        params,
        limit=how["limit"],
        page_size=how["page_size"],
        has_page_size="limit" in op.signature.parameters,
    )
    if how["raw"]:
        out = _output.stdout_bytes()
        for _page in pager.pages():
            out.write(last["content"].rstrip(b"\n") + b"\n")
            out.flush()
        return
    for item in pager:
        _output.emit_line(item)
    _output.stdout_bytes().flush()
