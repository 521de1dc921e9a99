"""Inline copies of a schema recognised when they differ only in documentation.

Customer.io's files paste components inline (the Pipelines ``/batch`` body repeats the ``batch``
component and every call type; Track's v1 and v2 bodies repeat the device). The sharing pass
(``share_identical_inline_schemas`` in ``passes.py``) turns an inline schema *equal* to a
component into a ``$ref``, and a titled inline schema that occurs more than once into a new
component. A release that rewords one copy's description, or adds an ``example``, ``examples`` or
a vendor key (``x-...``) to it, makes that copy "different": it becomes models of its own under
derived names (``BatchBodyKnownUser``...), public names appear and disappear, other copies lose
the twin that made them a component, and unions whose members pin a ``type`` to different values
clash (issue 10, class 3).

:func:`align_documented_copies` runs before the sharing pass and makes such copies equal again,
so sharing decides exactly as it would without the documentation change.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from codegen.diff_schema import escape_token

from .passes import Spec, _components, _is_shareable

# Keys that only document a schema; what a value must look like does not depend on them.
DOC_KEYS = frozenset({"description", "title", "example", "examples", "externalDocs", "$comment"})
_DATA_KEYS = frozenset({"enum", "const", "default", "required"})
_SUBSCHEMA_KEYS = ("items", "additionalProperties", "not")
_UNION_KEYS = ("allOf", "oneOf", "anyOf")
RECORD = "x-documentation-of-copies"
_NAME_KEYS = ("title", "x-original-title")  # what share_identical_inline_schemas ignores


def _is_doc(key: str) -> bool:
    return key in DOC_KEYS or key.startswith("x-")


def without_docs(schema: Any) -> Any:
    """``schema`` without documentation keys, at any depth (property *names* are kept)."""
    if isinstance(schema, list):
        return [without_docs(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if _is_doc(key):
            continue
        if key in _DATA_KEYS:
            out[key] = value
        elif key in ("properties", "patternProperties") and isinstance(value, dict):
            out[key] = {name: without_docs(sub) for name, sub in value.items()}
        else:
            out[key] = without_docs(value)
    return out


def _key(schema: Any) -> str:
    return json.dumps(without_docs(schema), sort_keys=True)


def _slots(node: Any, pointer: str) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, JSON pointer) of each sub-schema directly inside the schema ``node``."""
    if not isinstance(node, dict):
        return
    for key in _SUBSCHEMA_KEYS:
        if isinstance(node.get(key), dict):
            yield node, key, f"{pointer}/{key}"
    for key in _UNION_KEYS:
        if isinstance(node.get(key), list):
            for index in range(len(node[key])):
                yield node[key], index, f"{pointer}/{key}/{index}"
    if isinstance(node.get("properties"), dict):
        for name in node["properties"]:
            yield node["properties"], name, f"{pointer}/properties/{escape_token(name)}"


def _document_slots(node: Any, pointer: str) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, pointer) of each ``schema`` in paths/webhooks (parameters, bodies, responses)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema" and isinstance(value, dict):
                yield node, key, f"{pointer}/schema"
            elif isinstance(value, (dict, list)) and key not in ("example", "examples") and not key.startswith("x-"):
                yield from _document_slots(value, f"{pointer}/{escape_token(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _document_slots(value, f"{pointer}/{index}")


def _documentation(schema: Any, pointer: str = "") -> dict[str, dict]:
    """The documentation keys of a schema at each depth: ``{relative pointer: {key: value}}``."""
    found: dict[str, dict] = {}
    if isinstance(schema, dict):
        docs = {k: v for k, v in schema.items() if _is_doc(k)}
        if docs:
            found[pointer] = docs
        for container, key, sub in _slots(schema, pointer):
            found.update(_documentation(container[key], sub))
    return found


def align_documented_copies(spec: Spec) -> Spec:
    """Copies that differ only in documentation (``description``, ``title``, ``example(s)``,
    ``externalDocs``, ``x-*``, at any depth) are made equal.

    An inline schema whose documentation-free form equals exactly one component's becomes an exact
    copy of that component, which the sharing pass that runs next turns into a ``$ref`` as if the
    documentation had never differed. (Inline copies of each other that match no component are
    left alone: aligning those would change which copies the sharing pass counts, and with it
    names that exist today.) Lossless: the documentation
    each rewritten copy had is kept in ``x-documentation-of-copies`` at the top of the document,
    ``{JSON pointer of the copy: {pointer inside it: {key: value}}}``, and the copy keeps its own
    title (which the sharing pass ignores and keeps beside the ``$ref`` as ``x-original-title``).
    """
    spec = copy.deepcopy(spec)
    components = _components(spec)
    component_keys = {name: _key(schema) for name, schema in components.items() if _is_shareable(schema)}
    counts = Counter(component_keys.values())
    by_key: dict[str, dict] = {key: components[name] for name, key in component_keys.items() if counts[key] == 1}

    slots: list[tuple[Any, Any, str]] = []
    for name, component in components.items():
        slots.extend(_slots(component, f"/components/schemas/{escape_token(name)}"))
    slots.extend(_document_slots(spec.get("paths"), "/paths"))
    for section in ("webhooks", "x-webhooks"):
        slots.extend(_document_slots(spec.get(section), f"/{section}"))

    record: dict[str, dict] = {}
    pending = list(reversed(slots))
    while pending:
        container, key, pointer = pending.pop()
        node = container[key]
        model = by_key.get(_key(node)) if _is_shareable(node) else None
        if model is not None:
            if model is not node and model != node:
                record[pointer] = _documentation(node)
                aligned = copy.deepcopy(model)
                for name_key in _NAME_KEYS:  # the sharing pass ignores names and keeps this one
                    aligned.pop(name_key, None)
                    if name_key in node:
                        aligned[name_key] = node[name_key]
                container[key] = aligned
            continue  # an exact copy of a component: the sharing pass makes it a $ref
        pending.extend(reversed(list(_slots(node, pointer))))
    if record:
        spec[RECORD] = {**spec.get(RECORD, {}), **record}
    return spec
