"""``cio app <resource> <method>``: the App client's resources and their method tables.

Resources are the App client's resource attributes (``app.segments``), methods each resource
class's ``operations()`` (method name -> operationId), named with dashes (``find-by-email``).
"""

from __future__ import annotations

import functools
from typing import Any

import click

from ._common import CREDENTIALS_HELP, dashed, first_paragraph, inventory, summaries
from ._lazy import LazyGroup


@functools.cache
def resources() -> dict[str, Any]:
    """Client attribute -> resource class, read from a client that never sends anything."""
    from ..app import AppClient

    probe = AppClient(api_key="cio-introspection", base_url="http://127.0.0.1:9")
    try:
        found: dict[str, Any] = {}
        for klass in AppClient.__mro__:
            for name, value in vars(klass).items():
                if name.startswith("_") or not isinstance(value, functools.cached_property):
                    continue
                resource_class = type(getattr(probe, name))
                if callable(getattr(resource_class, "operations", None)):
                    found[name] = resource_class
        return found
    finally:
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
