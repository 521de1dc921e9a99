"""Request builders of the Track API wrapper: arguments in, :class:`RequestSpec` out, no I/O.

Body shapes follow the pinned spec (specs/journeys-track.json). Everything is validated here so a
bad argument raises before anything is sent, identically for :class:`TrackClient` and
:class:`AsyncTrackClient`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .._core.compact_json import compact_dumps, encode_json, encode_many
from .._core.dedupe_ids import ulid
from .._core.request_helpers import MAX_OP_BYTES, RequestSpec, check_size, require_text, unix_seconds
from ..errors import PayloadTooLargeError

# Enums of the spec, checked client-side so a typo fails here with the valid values listed.
PLATFORMS = ("ios", "android")
ID_TYPES = ("id", "email", "cio_id")
PERSON_IDENTIFIERS = ("id", "email", "cio_id")
METRICS = ("bounced", "clicked", "converted", "deferred", "delivered", "dropped", "opened", "spammed")
PUSH_EVENTS = ("opened", "converted", "delivered")
#: "You are limited to 1000 customer IDs per request" (add_customers / remove_customers).
MAX_SEGMENT_IDS = 1000
#: v2 person actions whose ``id`` deduplicates the event ("A valid ULID used to deduplicate events").
EVENT_ACTIONS = frozenset({"event", "screen", "page"})
#: The spec's "Track API Event limits" for ``/v1`` events and "Customer limits" for a person's ID,
#: in UTF-8 bytes: checked before sending (the server refuses more), like the v2 and Pipelines sizes.
MAX_EVENT_NAME_BYTES = 100
MAX_EVENT_DATA_BYTES = 100_000
MAX_IDENTIFIER_BYTES = 150

_ULID_RE = re.compile(r"[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}")


@functools.cache
def _path_segment() -> Any:
    # Imported on first use: the generated package is only loaded by clients that send something.
    from customerio_track_api.types import path_segment

    return path_segment


def segment(value: Any, name: str) -> str:
    """``value`` as exactly one percent-encoded path segment ("a/b", "..", "100%" stay one segment)."""
    return _path_segment()(require_text(value, name), name)


def _mapping(value: Any, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict, got {type(value).__name__}")
    return dict(value)


def _choice(value: Any, name: str, valid: tuple[str, ...]) -> str:
    if value not in valid:
        raise ValueError(f"{name} must be one of {', '.join(repr(v) for v in valid)}; got {value!r}")
    return value


def _event_id(value: Any) -> str:
    """The caller's ULID, or a new one: sent from the first attempt so a retry is deduplicated."""
    if value is None:
        return ulid()
    if not isinstance(value, str) or not _ULID_RE.fullmatch(value):
        raise ValueError("id must be a ULID (26 Crockford base32 characters); leave it out to get one generated")
    return value


def _within(text: str, limit: int, what: str) -> str:
    # len(text) * 4 bounds the UTF-8 size: most values skip the encode.
    if len(text) * 4 > limit and (size := len(text.encode("utf-8"))) > limit:
        raise PayloadTooLargeError(
            f"{what} is {size} bytes, over the Track API's {limit}-byte limit", size=size, limit=limit
        )
    return text


def _customer_path(identifier: Any, suffix: str = "") -> str:
    text = _within(require_text(identifier, "identifier"), MAX_IDENTIFIER_BYTES, "the identifier")
    return f"/api/v1/customers/{segment(text, 'identifier')}{suffix}"


def _drop_none(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}


def identify(identifier: Any, attributes: Mapping[str, Any] | None, attrs: Mapping[str, Any]) -> RequestSpec:
    body = {**_mapping(attributes, "attributes"), **attrs}
    return RequestSpec("PUT", _customer_path(identifier), "identify", "/api/v1/customers/{identifier}", json=body)


def delete(identifier: Any) -> RequestSpec:
    return RequestSpec("DELETE", _customer_path(identifier), "delete", "/api/v1/customers/{identifier}")


def suppress(identifier: Any, *, undo: bool = False) -> RequestSpec:
    action = "unsuppress" if undo else "suppress"
    return RequestSpec(
        "POST", _customer_path(identifier, f"/{action}"), action, f"/api/v1/customers/{{identifier}}/{action}"
    )


def _event_body(name: Any, data: Any, timestamp: Any, id: Any) -> dict[str, Any]:
    return _drop_none(
        {
            "name": _within(require_text(name, "name"), MAX_EVENT_NAME_BYTES, "the event name"),
            "id": _event_id(id),
            "timestamp": unix_seconds(timestamp),
            "data": _mapping(data, "data") if data is not None else None,
        }
    )


def _event_content(body: dict[str, Any]) -> bytes:
    """The event's exact bytes, serialised once; ``data`` is measured on its own only when the
    whole body is over the data limit (so it might be)."""
    content = encode_json(body)
    if len(content) > MAX_EVENT_DATA_BYTES and "data" in body:
        check_size(encode_json(body["data"]), MAX_EVENT_DATA_BYTES, "the event data")
    return content


def track(identifier: Any, name: Any, data: Any, timestamp: Any, id: Any) -> RequestSpec:
    # Validate the path first so an empty identifier is reported even when the event is also bad.
    path = _customer_path(identifier, "/events")
    body = _event_content(_event_body(name, data, timestamp, id))
    return RequestSpec("POST", path, "track", "/api/v1/customers/{identifier}/events", content=body)


def track_anonymous(anonymous_id: Any, name: Any, data: Any, timestamp: Any, id: Any) -> RequestSpec:
    body = _event_body(name, data, timestamp, id)
    # anonymous_id is optional in the spec ("If you provide an anonymous_id ..."): None leaves it
    # out (e.g. an invite event carrying data.recipient); an empty string is a mistake.
    if anonymous_id is not None:
        body = {"anonymous_id": require_text(anonymous_id, "anonymous_id"), **body}
    return RequestSpec("POST", "/api/v1/events", "trackAnonymous", "/api/v1/events", content=_event_content(body))


def add_device(
    identifier: Any, device_id: Any, platform: Any, last_used: Any, attributes: Mapping[str, Any] | None
) -> RequestSpec:
    path = _customer_path(identifier, "/devices")
    device = _drop_none(
        {
            "id": require_text(device_id, "device_id"),
            "platform": _choice(platform, "platform", PLATFORMS),
            "last_used": unix_seconds(last_used, "last_used"),
            "attributes": _mapping(attributes, "attributes") if attributes is not None else None,
        }
    )
    return RequestSpec("PUT", path, "add_device", "/api/v1/customers/{identifier}/devices", json={"device": device})


def delete_device(identifier: Any, device_id: Any) -> RequestSpec:
    path = _customer_path(identifier, f"/devices/{segment(device_id, 'device_id')}")
    return RequestSpec("DELETE", path, "delete_device", "/api/v1/customers/{identifier}/devices/{device_id}")


def person(value: Any, name: str) -> dict[str, str]:
    """Validate a merge side: a dict with exactly one of ``id`` / ``email`` / ``cio_id``."""
    if not isinstance(value, Mapping) or len(value) != 1 or next(iter(value)) not in PERSON_IDENTIFIERS:
        keys = sorted(value) if isinstance(value, Mapping) else type(value).__name__
        raise ValueError(
            f"{name} must identify one person by exactly one of 'id', 'email' or 'cio_id' "
            f"(e.g. by_email('a@example.com')); got {keys}"
        )
    key, raw = next(iter(value.items()))
    return {key: require_text(raw, f"{name}[{key!r}]")}


def merge(primary: Any, secondary: Any) -> RequestSpec:
    body = {"primary": person(primary, "primary"), "secondary": person(secondary, "secondary")}
    # Repeating a merge cannot merge twice (the secondary is gone), so retrying it is safe.
    return RequestSpec("POST", "/api/v1/merge_customers", "merge", "/api/v1/merge_customers", json=body)


def segment_membership(segment_id: Any, ids: Iterable[Any], id_type: Any, *, remove: bool) -> list[RequestSpec]:
    """One request per 1000 ids (the documented per-request limit), in order."""
    if isinstance(segment_id, bool) or not (
        isinstance(segment_id, int) or (isinstance(segment_id, str) and segment_id.isdigit())
    ):
        raise TypeError(f"segment_id must be an integer (the spec's type), got {segment_id!r}")
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Iterable):
        raise TypeError("ids must be a list of identifiers, not a single string")
    values = [require_text(v, f"ids[{i}]") for i, v in enumerate(ids)]
    if not values:
        raise ValueError("ids must not be empty (the spec requires at least one)")
    params = {"id_type": _choice(id_type, "id_type", ID_TYPES)} if id_type is not None else None
    action = "remove_customers" if remove else "add_customers"
    path = f"/api/v1/segments/{segment(segment_id, 'segment_id')}/{action}"
    template = f"/api/v1/segments/{{segment_id}}/{action}"
    op = "remove_from_segment" if remove else "add_to_segment"
    return [
        RequestSpec("POST", path, op, template, json={"ids": values[i : i + MAX_SEGMENT_IDS]}, params=params)
        for i in range(0, len(values), MAX_SEGMENT_IDS)
    ]


def track_metric(delivery_id: Any, metric: Any, timestamp: Any, recipient: Any, reason: Any, href: Any) -> RequestSpec:
    body = _drop_none(
        {
            "delivery_id": require_text(delivery_id, "delivery_id"),
            "metric": _choice(metric, "metric", METRICS),
            "timestamp": unix_seconds(timestamp),
            "recipient": recipient,
            "reason": reason,
            "href": href,
        }
    )
    # Metrics carry no dedupe id: a retry after a lost response could count an open twice.
    return RequestSpec("POST", "/api/v1/metrics", "metrics", "/api/v1/metrics", json=body, idempotent=False)


def push_metric(delivery_id: Any, event: Any, device_id: Any, timestamp: Any) -> RequestSpec:
    body = _drop_none(
        {
            "delivery_id": require_text(delivery_id, "delivery_id"),
            "event": _choice(event, "event", PUSH_EVENTS),
            "device_id": require_text(device_id, "device_id") if device_id is not None else None,
            "timestamp": unix_seconds(timestamp),
        }
    )
    return RequestSpec("POST", "/api/v1/push/events", "pushMetrics", "/api/v1/push/events", json=body, idempotent=False)


# -- v2 ------------------------------------------------------------------------------------------


def prepare_op(op: Any, index: int | None = None) -> dict[str, Any]:
    """A copy of a v2 entity operation with an ``id`` on person events that lack one.

    The caller's dict is not modified.
    """
    if type(op) is not dict and not isinstance(op, Mapping):  # the ABC check is the slow path
        where = f"operation {index}" if index is not None else "operation"
        raise TypeError(f"{where} must be a dict, got {type(op).__name__}")
    op = dict(op)
    if op.get("type") == "person" and op.get("action") in EVENT_ACTIONS and op.get("id") is None:
        op["id"] = ulid()
    return op


def prepare_ops(ops: Iterable[Any]) -> Iterable[Any]:
    """``ops`` for the batch packer with :func:`serialize_op`: a list is checked whole first, so a
    bad operation stops the batch before anything is sent; other iterables are read lazily (a bad
    operation then stops the batch where it is, naming its index)."""
    if isinstance(ops, Sequence):
        for index, op in enumerate(ops):
            if type(op) is not dict and not isinstance(op, Mapping):
                prepare_op(op, index)  # raises, naming the index
    return ops


def _wire_op(op: Any) -> dict[str, Any] | None:
    """What to encode for ``op`` without :func:`prepare_op`'s copy: the op itself, or a person event
    without an ``id`` copied with a new ULID last (where ``prepare_op`` puts it); None when
    ``prepare_op`` must do it (not a plain dict; an explicit ``"id": None`` is replaced where it
    stands)."""
    if type(op) is not dict:
        return None
    if "id" not in op:
        return {**op, "id": ulid()} if op.get("type") == "person" and op.get("action") in EVENT_ACTIONS else op
    return op if op["id"] is not None else None


def serialize_op(op: Any) -> bytes:
    """The exact bytes of ``prepare_op(op)``. Used by ``batch()`` and the batch writers (the id is
    assigned when the op is serialised, once, so a retried chunk resends the same ids)."""
    wire = _wire_op(op)
    return compact_dumps(wire if wire is not None else prepare_op(op))


def serialize_ops(ops: list[Any]) -> tuple[list[bytes], bytes] | None:
    """:func:`serialize_op` for a group of operations at once (the batch packer's fast path): the
    same bytes, or None when one of them needs ``serialize_op`` itself."""
    wire = [_wire_op(op) for op in ops]
    return None if None in wire else encode_many(wire)


def chunk_idempotent(body: bytes) -> bool:
    """Whether a v2 body may be resent after it possibly reached the server.

    Person events carry an id (deduplicated); ``delivery`` events have no id in the spec, so a
    request holding one is not retried after a possible delivery. The bytes test is exact for our
    compact serialiser and only errs on the safe side (a nested ``"type":"delivery"`` in attributes
    disables retries for that request).
    """
    return b'"type":"delivery"' not in body


def entity(op: Any) -> tuple[bytes, bool]:
    """The exact body of ``POST /api/v2/entity`` ("Your request must be smaller than 32kb")."""
    body = encode_json(prepare_op(op))
    check_size(body, MAX_OP_BYTES, "the entity operation")
    return body, chunk_idempotent(body)
