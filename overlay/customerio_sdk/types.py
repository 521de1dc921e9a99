"""The dicts users build for batch operations, as ``TypedDict``s: a type checker catches a misspelt
key or a wrong ``type`` before Customer.io does.

    from customerio_sdk.types import TrackOperation

    ops: list[TrackOperation] = [
        {"type": "person", "action": "identify", "identifiers": {"id": "42"}, "attributes": {"plan": "pro"}},
        {"type": "person", "action": "event", "identifiers": {"email": "a@example.com"}, "name": "purchased"},
    ]
    track.batch(ops)

At run time these are plain dicts (nothing is checked or converted beyond what the clients always do).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

__all__ = [
    "Identifiers",
    "PersonIdentifiers",
    "PipelinesCall",
    "TrackAction",
    "TrackDevice",
    "TrackOperation",
    "TrackOperationType",
    "WriterOptions",
]

#: ``type`` of a Track v2 operation (``/api/v2/entity``, ``/api/v2/batch``)
TrackOperationType = Literal["person", "object", "delivery"]
#: ``action`` of a Track v2 operation
TrackAction = Literal[
    "identify",
    "identify_anonymous",
    "delete",
    "event",
    "screen",
    "add_device",
    "delete_device",
    "add_relationships",
    "delete_relationships",
    "merge",
    "suppress",
    "unsuppress",
]


class Identifiers(TypedDict, total=False):
    """A person for the App API's sends and triggers: exactly one of ``id``, ``email``, ``cio_id``."""

    id: str | int
    email: str
    cio_id: str


class PersonIdentifiers(TypedDict, total=False):
    """Who an operation is about: exactly one of ``id``, ``email``, ``cio_id`` (for an object:
    ``object_type_id`` and ``object_id``)."""

    id: str | int
    email: str
    cio_id: str
    object_type_id: str
    object_id: str


class TrackDevice(TypedDict, total=False):
    """A device of an ``add_device`` / ``delete_device`` operation."""

    token: Required[str]
    platform: Literal["ios", "android"]
    last_used: int
    attributes: Mapping[str, Any]


class TrackOperation(TypedDict, total=False):
    """One Track v2 operation, for ``track.batch([...])``, ``track.entity(...)`` and the batch writer."""

    type: Required[TrackOperationType]
    action: Required[TrackAction]
    identifiers: PersonIdentifiers
    attributes: Mapping[str, Any]
    #: the event name (``action: "event"``) or screen/page name
    name: str
    #: the event's dedupe id (a ULID); added for you when missing
    id: str
    #: unix seconds
    timestamp: int
    anonymous_id: str
    device: TrackDevice
    cio_relationships: Sequence[Mapping[str, Any]]
    #: ``action: "merge"``: the person kept and the one merged into it
    primary: PersonIdentifiers
    secondary: PersonIdentifiers


class PipelinesCall(TypedDict, total=False):
    """One call of a Pipelines ``batch`` (the spec's shape: camelCase keys)."""

    type: Required[Literal["identify", "track", "page", "screen", "group", "alias"]]
    userId: str
    anonymousId: str
    groupId: str
    previousId: str
    event: str
    name: str
    properties: Mapping[str, Any]
    traits: Mapping[str, Any]
    context: Mapping[str, Any]
    integrations: Mapping[str, bool]
    #: ISO 8601; the client adds one when missing
    timestamp: str
    #: the dedupe id; the client adds one when missing
    messageId: str


class WriterOptions(TypedDict, total=False):
    """Options of ``track.batch_writer(...)`` / ``cdp.batch_writer(...)``: when a chunk is sent
    (``max_count`` operations, ``max_bytes`` of request body, ``flush_interval`` seconds after the
    oldest buffered one), the per-operation limit and what happens to an operation over it, and
    how many requests may be in flight."""

    max_count: int | None
    max_bytes: int
    max_op_bytes: int
    flush_interval: float | None
    on_oversize: Literal["raise", "collect"]
    concurrency: int
