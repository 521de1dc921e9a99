"""Request builders of the Pipelines API wrapper: arguments in, exact JSON bytes out, no I/O.

Body shapes follow the pinned spec (specs/pipelines.json): camelCase keys, ``type`` set to the call.
Everything is validated here, so both client twins refuse bad input identically and before sending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .._core.compact_json import compact_dumps, encode_json, encode_many
from .._core.dedupe_ids import message_id as new_message_id
from .._core.request_helpers import MAX_OP_BYTES, check_size, iso8601, require_text

#: Call types the spec's ``POST /batch`` accepts ("an array of identify, group, track, page and/or screen").
BATCH_TYPES = ("identify", "track", "page", "screen", "group")


def identity(call: str, user_id: Any, anonymous_id: Any, *, group_id: Any = None) -> dict[str, str]:
    """``userId`` / ``anonymousId``: at least one (a bare ``group_id`` also does for ``track``).

    The spec's variants are "Known User" (``userId`` required, ``anonymousId`` allowed alongside it
    to link earlier anonymous activity) and "Anonymous User" (``anonymousId`` required), so both may
    be sent together; neither is an error.
    """
    ids = {}
    if user_id is not None:
        ids["userId"] = require_text(user_id, "user_id")
    if anonymous_id is not None:
        ids["anonymousId"] = require_text(anonymous_id, "anonymous_id")
    if not ids and group_id is None:
        extra = " (or group_id)" if call == "track" else ""
        raise ValueError(f"{call}() needs user_id or anonymous_id{extra}")
    return ids


def as_dict(value: Any, name: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict, got {type(value).__name__}")
    return dict(value)


def options(context: Any, timestamp: Any, message_id: Any, integrations: Any) -> dict[str, Any]:
    """The keyword arguments every call shares, still as the caller gave them."""
    return {"context": context, "timestamp": timestamp, "message_id": message_id, "integrations": integrations}


def identify_fields(user_id: Any, anonymous_id: Any, traits: Any) -> dict[str, Any]:
    return {**identity("identify", user_id, anonymous_id), "traits": as_dict(traits, "traits")}


def track_fields(event: Any, user_id: Any, anonymous_id: Any, group_id: Any, properties: Any) -> dict[str, Any]:
    ids = identity("track", user_id, anonymous_id, group_id=group_id)
    group = {"groupId": require_text(group_id, "group_id")} if group_id is not None else {}
    return {**ids, **group, "event": require_text(event, "event"), "properties": as_dict(properties, "properties")}


def view_fields(call: str, name: Any, user_id: Any, anonymous_id: Any, properties: Any) -> dict[str, Any]:
    """Fields of ``page`` and ``screen`` (``name`` is optional in the spec)."""
    ids = identity(call, user_id, anonymous_id)
    name = require_text(name, "name") if name is not None else None
    return {**ids, "name": name, "properties": as_dict(properties, "properties")}


def group_fields(group_id: Any, user_id: Any, anonymous_id: Any, traits: Any) -> dict[str, Any]:
    # The /group schema lists no required field, but its variants are "Known User" / "Anonymous
    # User" and /batch requires one of them: a group call must say who joins the group.
    ids = identity("group", user_id, anonymous_id)
    return {**ids, "groupId": require_text(group_id, "group_id"), "traits": as_dict(traits, "traits")}


def alias_fields(user_id: Any, previous_id: Any) -> dict[str, Any]:
    return {"userId": require_text(user_id, "user_id"), "previousId": require_text(previous_id, "previous_id")}


def build_call(call: str, fields: Mapping[str, Any], opts: Mapping[str, Any]) -> tuple[str, bytes]:
    """(path, exact body) of one call: spec camelCase keys, ``messageId`` always set, <= 32 KB.

    ``alias``'s schema lists only ``type``/``userId``/``previousId`` but does not forbid more; it gets
    the common fields (``messageId`` above all) like every other call.
    """
    message_id = opts.get("message_id")
    body: dict[str, Any] = {
        "type": call,
        **fields,
        "context": as_dict(opts.get("context"), "context"),
        "integrations": as_dict(opts.get("integrations"), "integrations"),
        "timestamp": iso8601(opts.get("timestamp")),
        "messageId": require_text(message_id, "message_id") if message_id is not None else new_message_id(),
    }
    content = encode_json({k: v for k, v in body.items() if v is not None}, iso_dates=True)
    check_size(content, MAX_OP_BYTES, f"the {call} call")
    return f"/{call}", content


_REQUIRED = {"track": "event", "group": "groupId"}


def check_batch_call(call: Any, index: int | None) -> None:
    """Refuse a batch call the spec does not allow, naming its index (values are not echoed)."""
    if type(call) is not dict and not isinstance(call, Mapping):  # the ABC check is the slow path
        raise TypeError(f"{_where(index)} must be a dict, got {type(call).__name__}")
    kind = call.get("type")
    if kind not in BATCH_TYPES:
        raise ValueError(f"{_where(index)} needs 'type', one of {', '.join(BATCH_TYPES)}; got {kind!r}")
    if not call.get("userId") and not call.get("anonymousId") and not (kind == "track" and call.get("groupId")):
        raise ValueError(f"{_where(index)} ({kind}) needs 'userId' or 'anonymousId' (the spec's camelCase keys)")
    required = _REQUIRED.get(kind)
    if required and not call.get(required):
        raise ValueError(f"{_where(index)} ({kind}) needs {required!r}")


def _where(index: int | None) -> str:
    # Only built for an error message: a batch checks 100,000 calls that are fine.
    return "batch call" if index is None else f"batch call {index}"


def prepare_batch_call(call: Any, index: int | None = None) -> dict[str, Any]:
    """A validated copy with a ``messageId`` and an ISO 8601 ``timestamp``; the caller's dict is kept."""
    check_batch_call(call, index)
    return _with_ids(call)


def _with_ids(call: Mapping[str, Any]) -> dict[str, Any]:
    call = dict(call)
    if not call.get("messageId"):
        call["messageId"] = new_message_id()
    if call.get("timestamp") is not None:
        call["timestamp"] = iso8601(call["timestamp"], "timestamp")
    return call


def batch_calls(calls: Iterable[Any]) -> tuple[Iterable[Any], Callable[[Any], bytes], Any]:
    """``calls``, the serialiser and the group serialiser for the batch packer. A list is checked
    whole first, so a bad call anywhere stops the batch before anything is sent (its calls are then
    serialised without a second check, in groups); other iterables are read lazily and each call is
    checked as it is serialised."""
    if isinstance(calls, Sequence):
        types, required = BATCH_TYPES, _REQUIRED
        for index, call in enumerate(calls):
            # check_batch_call's conditions for a valid dict, inline (100,000 calls: no call each);
            # anything else goes through it, which raises naming the problem or lets it pass.
            if (
                type(call) is dict
                and (kind := call.get("type")) in types
                and (call.get("userId") or call.get("anonymousId"))
                and ((field := required.get(kind)) is None or call.get(field))
            ):
                continue
            check_batch_call(call, index)
        return calls, _serialize_checked, _serialize_checked_group
    return calls, serialize_batch_call, None


def serialize_batch_call(call: Any) -> bytes:
    """Serialiser for the batch writers and ``batch()``: the messageId is fixed when the call is
    serialised (once), so a retried chunk resends the same ids."""
    check_batch_call(call, None)
    return _serialize_checked(call)


def _wire_call(call: Any) -> dict[str, Any] | None:
    # What to encode for a checked call without _with_ids' copy: the call itself, or a copy with a
    # new messageId last (where _with_ids puts it); None when _with_ids must do it (not a plain
    # dict, an empty messageId, a timestamp to convert to ISO 8601).
    if type(call) is not dict:
        return None
    timestamp = call.get("timestamp")
    if timestamp is not None and type(timestamp) is not str:
        return None
    if "messageId" not in call:
        return {**call, "messageId": new_message_id()}
    return call if call["messageId"] else None


def _serialize_checked(call: Any) -> bytes:
    # The bytes of encode_json(_with_ids(call)).
    wire = _wire_call(call)
    return compact_dumps(wire if wire is not None else _with_ids(call), iso_dates=True)


def _serialize_checked_group(calls: list[Any]) -> tuple[list[bytes], bytes] | None:
    # _serialize_checked for a group at once (the packer's fast path): the same bytes, or None when
    # one call needs _with_ids.
    wire = [_wire_call(call) for call in calls]
    return None if None in wire else encode_many(wire, iso_dates=True)
