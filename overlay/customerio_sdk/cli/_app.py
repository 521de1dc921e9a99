"""``cio app <resource> <method>``: the App client's resources and their method tables.

Resources are the App client's resource attributes (``app.segments``), methods each resource
class's ``operations()`` (method name -> operationId), named with dashes (``find-by-email``).
"""

from __future__ import annotations

import functools
import typing
from typing import Any

import click

from ._common import CREDENTIALS_HELP, dashed, first_paragraph, inventory, summaries
from ._lazy import LazyGroup


def _declared_class(getter: Any) -> Any:
    """The class a resource attribute's getter is annotated to return, or None."""
    try:
        declared = typing.get_type_hints(getter).get("return")
    except (NameError, AttributeError, TypeError):  # not resolvable at run time: ask a client instead
        return None
    return declared if isinstance(declared, type) and declared is not typing.Any else None


@functools.cache
def resources() -> dict[str, Any]:
    """Client attribute -> resource class: every public property of ``AppClient`` whose class has
    ``operations()`` (method name -> operationId). Read from the annotations; where one does not
    resolve, from a client that never sends anything."""
    from ..app import AppClient

    found: dict[str, Any] = {}
    probe = None
    try:
        for klass in reversed(AppClient.__mro__):
            for name, value in vars(klass).items():
                getter = getattr(value, "func", None) or getattr(value, "fget", None)
                if name.startswith("_") or getter is None:
                    continue
                resource_class = _declared_class(getter)
                if resource_class is None and isinstance(value, functools.cached_property):
                    if probe is None:
                        probe = AppClient(api_key="cio-introspection", base_url="http://127.0.0.1:9")
                    resource_class = type(getattr(probe, name))
                if callable(getattr(resource_class, "operations", None)):
                    found[name] = resource_class
        return dict(sorted(found.items()))
    finally:
        if probe is not None:
            probe.close()


def _resource_table(attribute: str) -> dict[str, tuple[str, Any]]:
    from ._operations import operation_command

    operations = resources()[attribute].operations()
    app_inventory, app_summaries = inventory("app"), summaries("app")
    table = {}
    for method, operation_id in operations.items():
        verb, path, _module = app_inventory[operation_id]
        summary = app_summaries.get(operation_id)
        table[dashed(method)] = (
            summary or f"{verb} {path}",
            functools.partial(operation_command, "app", operation_id, dashed(method)),
        )
    return table


def _resource_group(attribute: str) -> click.Command:
    resource_class = resources()[attribute]
    return LazyGroup(
        dashed(attribute),
        functools.partial(_resource_table, attribute),
        help=first_paragraph(resource_class.__doc__),
        epilog=CREDENTIALS_HELP["app"],
    )


def _app_table() -> dict[str, tuple[str, Any]]:
    return {
        dashed(attribute): (first_paragraph(cls.__doc__), functools.partial(_resource_group, attribute))
        for attribute, cls in resources().items()
    }


def app_group() -> click.Command:
    return LazyGroup(
        "app",
        _app_table,
        help="The App API (messages out, data back): `cio app <resource> <method> --help`.",
        epilog=CREDENTIALS_HELP["app"],
    )
