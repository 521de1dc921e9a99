"""Every operation of the three APIs and how the SDK reaches it: one table for docs and tests.

The operations come from the generated inventories (``customerio_<api>_api._operations``, written
from the normalised specs); the overlay method of each is found by introspection for the App
resources (each descriptor carries its ``operation_id``) and by the small explicit tables below for
the Track and Pipelines clients. ``docs/operations.md`` and ``tests/contract`` both read
:func:`operations`, so the reference and the contract suite cannot disagree.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass

from ..pipelines._operation_ids import PIPELINES_OPERATIONS
from ..track._operation_ids import TRACK_OPERATIONS

__all__ = ["APIS", "PIPELINES_METHODS", "TRACK_METHODS", "OperationEntry", "app_methods", "operations"]

#: API name -> generated package
APIS = {"app": "customerio_app_api", "track": "customerio_track_api", "pipelines": "customerio_pipelines_api"}

#: Track operationId -> TrackClient / AsyncTrackClient method (the rest are reached through ``raw``)
TRACK_METHODS = {operation_id: method for method, operation_id in TRACK_OPERATIONS.items()}

#: Pipelines operationId -> PipelinesClient / AsyncPipelinesClient method
PIPELINES_METHODS = {operation_id: method for method, operation_id in PIPELINES_OPERATIONS.items()}


@dataclass(frozen=True)
class OperationEntry:
    api: str  # "app", "track" or "pipelines"
    operation_id: str
    method: str  # upper case
    path: str  # the spec's path template
    module: str  # the generated module, e.g. "customerio_app_api.api.segments.list_segments"
    overlay: str | None  # e.g. "app.segments.list", "track.identify"; None: only through ``client.raw``

    @property
    def route(self) -> str:
        return "raw" if self.overlay is None else "ergonomic"


@functools.cache
def app_methods() -> dict[str, str]:
    """App operationId -> ``"<resource>.<method>"`` over every resource of the App clients."""
    from ..app._resources import RESOURCES

    found: dict[str, str] = {}
    for attribute, resource in RESOURCES.items():
        for name, operation_id in resource.operations().items():
            if operation_id in found:
                raise ValueError(f"{operation_id} is both app.{found[operation_id]} and app.{attribute}.{name}")
            found[operation_id] = f"{attribute}.{name}"
    return found


def _overlay_method(api: str, operation_id: str) -> str | None:
    table = {"app": app_methods(), "track": TRACK_METHODS, "pipelines": PIPELINES_METHODS}[api]
    name = table.get(operation_id)
    return None if name is None else f"{api}.{name}"


@functools.cache
def operations() -> tuple[OperationEntry, ...]:
    """All operations, API by API in the generated inventories' order."""
    entries = []
    for api, package in APIS.items():
        inventory = importlib.import_module(f"{package}._operations").OPERATIONS
        for operation_id, (method, path, module) in inventory.items():
            overlay = _overlay_method(api, operation_id)
            entries.append(OperationEntry(api, operation_id, method, path, f"{package}.{module}", overlay))
    return tuple(entries)
