"""Apply OpenAPI Overlay 1.0.0 documents (https://spec.openapis.org/overlay/v1.0.0) to a spec.

An overlay is a YAML document::

    overlay: 1.0.0
    info: {title: Track API fixes, version: 1.0.0}
    actions:
      - target: $.paths['/api/v1/metrics'].post
        description: why this correction is needed (required by this project)
        update: {deprecated: true}
      - target: $.components.schemas.Unused
        description: ...
        remove: true

Targets are RFC 9535 JSONPath queries (evaluated with ``jsonpath_rfc9535``). Actions are applied in
order, each to the result of the previous one. Semantics:

* ``update`` on an object node is deep-merged into it: nested objects merge recursively, nested
  arrays are extended with the update's items, anything else is replaced by the update's value.
* ``update`` on an array node appends the update value to the array as one new entry (per the
  spec: "the value of this field MUST be an entry to append to the array").
* ``update`` on a primitive node is an error (target its parent object instead).
* ``remove: true`` removes every matched node from its parent object or array.

Project rules on top of the spec: every action must have a ``description`` saying why it exists,
must have exactly one of ``update`` / ``remove: true``, and must match at least one node, so a fix
that has gone stale because Customer.io changed the spec fails loudly instead of silently doing
nothing. :func:`apply_overlay` never mutates its inputs.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml

SUPPORTED_VERSION = re.compile(r"^1\.0\.\d+$")


class OverlayError(ValueError):
    """An overlay document is invalid, or one of its actions cannot be applied."""


# --------------------------------------------------------------------------------------------------
# loading and validation


def load_overlay(path: str | Path) -> dict:
    """Parse an overlay YAML (or JSON) file; raise OverlayError if it is unreadable or not a mapping."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OverlayError(f"{path}: cannot read overlay: {exc}") from exc
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise OverlayError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise OverlayError(f"{path}: an overlay document must be a mapping, got {type(doc).__name__}")
    return doc


def validate_overlay(doc: Any, *, source: str = "overlay") -> None:
    """Raise OverlayError listing every structural problem in ``doc`` (returns None when valid)."""
    if not isinstance(doc, dict):
        raise OverlayError(f"{source}: an overlay document must be a mapping, got {type(doc).__name__}")
    problems: list[str] = []

    if "overlay" not in doc:
        problems.append("missing required field 'overlay' (expected 'overlay: 1.0.0')")
    elif not SUPPORTED_VERSION.match(str(doc["overlay"])):
        problems.append(f"unsupported overlay version {doc['overlay']!r} (only 1.0.x is supported)")

    info = doc.get("info")
    if "info" not in doc:
        problems.append("missing required field 'info' (with 'title' and 'version')")
    elif not isinstance(info, dict):
        problems.append("'info' must be a mapping with 'title' and 'version'")
    else:
        for field in ("title", "version"):
            if not isinstance(info.get(field), (str, int, float)) or str(info.get(field)).strip() == "":
                problems.append(f"'info.{field}' is required")

    actions = doc.get("actions")
    if "actions" not in doc:
        problems.append("missing required field 'actions'")
    elif not isinstance(actions, list) or not actions:
        problems.append("'actions' must be a non-empty list")
    else:
        for index, action in enumerate(actions):
            problems.extend(f"actions[{index}]: {p}" for p in _action_problems(action))

    if problems:
        raise OverlayError(f"{source}: invalid overlay document:\n  - " + "\n  - ".join(problems))


def _action_problems(action: Any) -> list[str]:
    if not isinstance(action, dict):
        return [f"an action must be a mapping, got {type(action).__name__}"]
    problems = []
    target = action.get("target")
    if not isinstance(target, str) or not target.strip():
        problems.append("missing 'target' (a JSONPath query string)")
    description = action.get("description")
    if not isinstance(description, str) or not description.strip():
        problems.append("missing 'description': every action must say why it is needed")
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        problems.append(f"'remove' must be true or false, got {remove!r}")
    has_update = "update" in action
    if has_update and remove is True:
        problems.append("has both 'update' and 'remove: true'; use one action for each")
    elif not has_update and remove is not True:
        problems.append("has neither 'update' nor 'remove: true', so it would do nothing")
    return problems


# --------------------------------------------------------------------------------------------------
# application


def apply_overlay(spec: dict, overlay: dict, *, source: str = "overlay") -> dict:
    """Return a new spec with every action of ``overlay`` applied; ``spec`` is left untouched."""
    validate_overlay(overlay, source=source)
    result = copy.deepcopy(spec)
    for index, action in enumerate(overlay["actions"]):
        result = _apply_action(result, action, index, source)
    return result


def apply_overlay_file(spec: dict, path: str | Path) -> dict:
    """Load the overlay at ``path`` and apply it to (a copy of) ``spec``."""
    path = Path(path)
    return apply_overlay(spec, load_overlay(path), source=str(path))


def _where(source: str, index: int, action: dict) -> str:
    return f"{source}: actions[{index}] ({action.get('description', '').strip()!r}, target {action['target']!r})"


def _apply_action(doc: Any, action: dict, index: int, source: str) -> Any:
    target = action["target"]
    try:
        nodes = jsonpath_rfc9535.compile(target).find(doc)
    except jsonpath_rfc9535.JSONPathError as exc:
        raise OverlayError(f"{_where(source, index, action)}: invalid JSONPath: {exc}") from exc
    if not nodes:
        raise OverlayError(
            f"{_where(source, index, action)}: target matched nothing; "
            "the spec has probably changed, so review or delete this action"
        )
    if action.get("remove") is True:
        return _remove_nodes(doc, nodes, lambda msg: OverlayError(f"{_where(source, index, action)}: {msg}"))
    update = action["update"]
    for node in nodes:
        value = node.value
        if isinstance(value, dict):
            if not isinstance(update, dict):
                raise OverlayError(
                    f"{_where(source, index, action)}: matched object at {node.path()} "
                    f"but 'update' is a {type(update).__name__}, not a mapping"
                )
            _merge(value, update)
        elif isinstance(value, list):
            value.append(_json_copy(update))
        else:
            raise OverlayError(
                f"{_where(source, index, action)}: cannot update {node.path()}: it is a "
                f"{type(value).__name__} ({value!r}), not an object or array; target its parent object instead"
            )
    return doc


def _remove_nodes(doc: Any, nodes, error) -> Any:
    """Remove every matched node from its parent.

    All nodes were located before anything is removed, so array removals are grouped per array
    and done from the highest index down; otherwise removing item 1 would shift item 3 to index 2
    and the wrong item (or nothing) would be removed next. Duplicate matches are removed once.
    """
    dict_removals: list[tuple[dict, str]] = []
    list_removals: dict[int, tuple[list, set[int]]] = {}
    for node in nodes:
        if node.parent is None or not node.location:
            raise error("cannot remove the document root")
        parent, key = node.parent.value, node.location[-1]
        if isinstance(parent, list):
            key = key + len(parent) if key < 0 else key  # the library normalises, but be safe
            list_removals.setdefault(id(parent), (parent, set()))[1].add(key)
        else:
            dict_removals.append((parent, key))
    for parent, key in dict_removals:
        parent.pop(key, None)
    for parent, indexes in list_removals.values():
        for i in sorted(indexes, reverse=True):
            del parent[i]
    return doc


def _merge(target: dict, update: dict) -> None:
    """Deep-merge ``update`` into ``target`` in place (update values are copied, never shared)."""
    for raw_key, new in update.items():
        key = _json_key(raw_key)
        old = target.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            _merge(old, new)
        elif isinstance(old, list) and isinstance(new, list):
            old.extend(_json_copy(item) for item in new)
        else:
            target[key] = _json_copy(new)


def _json_key(key: Any) -> str:
    """JSON object keys are strings; YAML turns ``200:`` into an int and ``true:`` into a bool."""
    if isinstance(key, bool):
        return "true" if key else "false"
    return key if isinstance(key, str) else str(key)


def _json_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {_json_key(k): _json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    return copy.deepcopy(value)
