"""Inline copies of components recognised when they differ only in documentation.

Customer.io's files paste components inline (the Pipelines ``/batch`` body repeats every call type;
Track's v1 and v2 bodies repeat the device). ``share_identical_inline_schemas`` (``passes.py``)
turns an inline schema equal to a component into a ``$ref``, ignoring only its title. A release
that rewords one copy's description, adds an ``example`` or ``examples``, or a vendor key
(``x-...``) to it makes the copy "different": it becomes a model of its own under a derived name
(``BatchBodyKnownUser``...), public names appear and disappear, and copies of unions whose members
pin a ``type`` to different values clash (issue 10, class 3).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .passes import Spec, _components, _document_schema_slots, _is_shareable, _schema_slots

# Keys that only document a schema; what a value must look like does not depend on them.
DOC_KEYS = frozenset({"description", "title", "example", "examples", "externalDocs", "$comment"})
_DATA_KEYS = frozenset({"enum", "const", "default", "required"})


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


def share_documented_copies_of_components(spec: Spec) -> Spec:
    """An inline schema equal to exactly one component once documentation keys are ignored
    (``description``, ``title``, ``example(s)``, ``externalDocs``, ``x-*``, at every depth) becomes
    a ``$ref`` to that component.

    Lossless: the copy's own top-level documentation stays beside the ``$ref`` as
    ``x-original-<key>`` (3.0 tools ignore siblings of ``$ref``), and when it also differs deeper
    down the whole copy is kept in ``x-original-copy``. A component whose documentation-free form
    equals another component's is matched by neither (which one would be a guess).
    """
    spec = copy.deepcopy(spec)
    components = _components(spec)
    keys = {name: _key(schema) for name, schema in components.items() if _is_shareable(schema)}
    counts = Counter(keys.values())
    by_key = {key: name for name, key in keys.items() if counts[key] == 1}

    def slots() -> Iterator[tuple[Any, Any, str | None]]:
        for name, component in components.items():
            for container, key in _schema_slots(component):
                yield container, key, name
        for container, key in _document_schema_slots(spec.get("paths")):
            yield container, key, None
        for section in ("webhooks", "x-webhooks"):
            for container, key in _document_schema_slots(spec.get(section)):
                yield container, key, None

    pending = list(slots())
    while pending:
        container, key, owner = pending.pop()
        node = container[key]
        if _is_shareable(node):
            target = by_key.get(_key(node))
            if target is not None and target != owner:
                container[key] = _reference(node, components[target], target)
                continue
        pending.extend((c, k, owner) for c, k in _schema_slots(node))
    return spec


def _reference(copy_: dict, component: dict, target: str) -> dict:
    reference: dict[str, Any] = {"$ref": f"#/components/schemas/{target}"}
    for key, value in copy_.items():
        if _is_doc(key) and component.get(key) != value and not key.startswith("x-original-"):
            reference[f"x-original-{key.removeprefix('x-')}"] = value
    stripped_copy = {k: v for k, v in copy_.items() if not _is_doc(k)}
    stripped_component = {k: v for k, v in component.items() if not _is_doc(k)}
    if stripped_copy != stripped_component:  # documentation differs below the top level too
        reference["x-original-copy"] = copy_
    return reference
