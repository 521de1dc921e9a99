"""``cio track ...`` and ``cio pipelines ...``: one command per public method of the clients.

A method's parameters become the command's: required positional ones arguments, the rest options
(``Mapping`` parameters take JSON, ``Iterable`` ones repeat, ``Literal`` ones list their choices,
timestamps take Unix seconds or ISO 8601); its docstring is the help. ``batch`` is the JSON Lines
streaming command of :mod:`._batch`.
"""

from __future__ import annotations

import functools
import inspect
import typing
from typing import Any

import click

from ._common import CREDENTIALS_HELP, connection_params, dashed, first_paragraph, make_client, reporting_errors
from ._lazy import LazyGroup
from ._params import kind_of

#: Methods that are not single calls: the batch writers (``batch`` has its own command).
_SKIP = frozenset({"batch", "batch_writer"})


def _client_class(api: str) -> type:
    if api == "track":
        from ..track import TrackClient

        return TrackClient
    from ..pipelines import PipelinesClient

    return PipelinesClient


def public_methods(api: str) -> dict[str, Any]:
    cls = _client_class(api)
    return {
        name: value
        for name, value in vars(cls).items()
        if not name.startswith("_") and name not in _SKIP and inspect.isfunction(value)
    }


def annotations_of(function: Any) -> dict[str, Any]:
    """The function's resolved annotations; one that names a type imported only for type checkers
    (a ``TypedDict`` under ``TYPE_CHECKING``) is ``Any`` here, which the command reads as JSON."""
    try:
        return typing.get_type_hints(function)
    except NameError:
        pass
    resolved: dict[str, Any] = {}
    for name, annotation in function.__annotations__.items():
        try:
            resolved[name] = eval(annotation, function.__globals__) if isinstance(annotation, str) else annotation
        except NameError:
            resolved[name] = Any
    return resolved


def method_command(api: str, name: str) -> click.Command:
    function = public_methods(api)[name]
    signature = inspect.signature(function)
    hints = annotations_of(function)
    params: list[click.Parameter] = []
    plan: list[tuple[str, str, Any, bool]] = []  # (parameter, click dest, kind, positional)
    for pname, param in signature.parameters.items():
        if pname == "self" or param.kind in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL):
            continue
        annotation = hints.get(pname, str)
        kind = kind_of(annotation)
        allows_none = type(None) in typing.get_args(annotation)
        required = param.default is inspect.Parameter.empty
        dest = pname.rstrip("_")
        if required and not allows_none and param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            params.append(click.Argument([dest], type=kind.type, nargs=-1 if kind.multiple else 1, required=True))
            plan.append((pname, dest, kind, True))
        else:
            params.append(click.Option([f"--{dashed(pname)}", dest], type=kind.type, multiple=kind.multiple))
            plan.append((pname, dest, kind, False))
    params.extend(connection_params(api))

    def callback(**values: Any) -> None:
        options = {k: values.pop(k, None) for k in ("region", "base_url", "dry_run")}
        args, kwargs = [], {}
        for pname, dest, kind, positional in plan:
            value = values.get(dest)
            if positional:
                args.append(kind.convert(value))
            elif value is not None and value != ():
                kwargs[pname] = kind.convert(value)
        with reporting_errors(), make_client(api, options) as client:
            getattr(client, name)(*args, **kwargs)

    doc = inspect.getdoc(function) or ""
    return click.Command(
        dashed(name),
        callback=callback,
        params=params,
        help=doc.replace("``", "`"),
        short_help=first_paragraph(doc).replace("``", "`"),
        epilog=f"Calls {_client_class(api).__name__}.{name}(). Prints nothing on success. " + CREDENTIALS_HELP[api],
    )


@functools.cache
def _table(api: str) -> dict[str, tuple[str, Any]]:
    table: dict[str, tuple[str, Any]] = {
        dashed(name): (
            first_paragraph(function.__doc__).replace("``", "`"),
            functools.partial(method_command, api, name),
        )
        for name, function in public_methods(api).items()
    }
    from ._batch import batch_command

    table["batch"] = (
        "Send a JSON Lines file (or - for stdin) through the batch endpoint; --failed-out keeps what failed.",
        functools.partial(batch_command, api),
    )
    from ._import import import_command

    table["import"] = (
        "Import a CSV, JSON Lines or Parquet file with a JSON --mapping: resumable, exactly-once.",
        functools.partial(import_command, api),
    )
    return table


_GROUP_HELP = {
    "track": "The Track API: people, devices and events into Customer.io.",
    "pipelines": "The Pipelines (Data Pipelines / CDP) API.",
}


def _group(api: str) -> click.Command:
    return LazyGroup(api, functools.partial(_table, api), help=_GROUP_HELP[api], epilog=CREDENTIALS_HELP[api])


def track_group() -> click.Command:
    return _group("track")


def pipelines_group() -> click.Command:
    return _group("pipelines")
