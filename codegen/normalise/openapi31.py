"""OpenAPI 3.1 schema constructs rewritten to the 3.0 forms openapi-python-client 0.29.1 reads well.

Customer.io's newer specs are OpenAPI 3.1.0. The generator accepts 3.1 documents, but it reads
several 3.1 constructs differently from their 3.0 equivalents, and that changes or loses public
names and docs:

* ``type: ["string", "null"]`` becomes a ``Union[str, None]`` built from a list, and a type list
  with an ``enum`` or an object becomes a union of copies; ``type: string, nullable: true`` is the
  form every existing model was generated from.
* ``const: "x"`` becomes a ``Literal["x"]`` where the 3.0 spec had ``enum: ["x"]`` and an enum class
  (59 of them in the pinned specs), and the mock's example generator knows nothing of ``const``.
* ``examples: [...]`` (JSON Schema's list) is not read at all: every example disappears from the
  model docstrings; ``example`` is.
* ``exclusiveMinimum: 5`` (a number in 3.1, a boolean beside ``minimum`` in 3.0).
* ``$ref`` with sibling keywords: 3.0 tools ignore the siblings; in 3.1 they apply.

:func:`downgrade_openapi31` writes the 3.0 form next to (or instead of) each construct; what it
replaces is kept in ``x-original-*`` keys, so nothing is lost. A 3.0 document passes through
unchanged. After it, the document says ``openapi: 3.0.3`` (the original version is kept in
``x-original-openapi``), so the mock validates it with 3.0 semantics, which is what it now is.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from .passes import Spec

# Keywords that only document a schema: beside a $ref they change nothing a tool checks.
DOC_KEYS = frozenset({"description", "title", "example", "examples", "summary", "deprecated", "$comment"})


# Values that are data, not schemas: never rewritten.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# Maps from names to schemas: the map itself is not a schema (a property may be called "const").
_NAME_MAPS = frozenset({"properties", "patternProperties", "schemas", "definitions", "$defs"})


def _is_doc_key(key: str) -> bool:
    return key in DOC_KEYS or key.startswith("x-")


def schema_nodes(node: Any) -> Iterator[dict]:
    """Every dict of the document that can be a schema: example and default values, vendor
    extensions and name maps (``properties``...) are stepped over, not yielded."""
    stack: list[Any] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            for key, value in reversed(list(current.items())):
                if key in _DATA_KEYS or key == "mapping" or (key.startswith("x-") and key != "x-webhooks"):
                    continue
                if key in _NAME_MAPS and isinstance(value, dict):
                    stack.extend(reversed(list(value.values())))
                else:
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(reversed(current))


def _json_type(value: Any) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else None


def _downgrade_type_list(node: dict) -> None:
    """``type: [a, "null"]`` -> ``type: a, nullable: true``; several non-null types -> ``anyOf``."""
    kinds = node["type"]
    others = [k for k in kinds if k != "null"]
    nullable = len(others) < len(kinds)
    node["x-original-type"] = kinds
    del node["type"]
    if nullable:
        node["nullable"] = True
    if len(others) == 1:
        node["type"] = others[0]
    elif not others:  # only "null"
        node["enum"] = [None]
    else:
        node["anyOf"] = [{"type": kind} for kind in others]


def _downgrade_null_type(node: dict) -> None:
    """``type: "null"`` (a union member saying "or null") -> ``enum: [null], nullable: true``."""
    node["x-original-type"] = node.pop("type")
    node["nullable"] = True
    node.setdefault("enum", [None])


def _downgrade_bounds(node: dict) -> None:
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = node.get(exclusive)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            node[f"x-original-{exclusive}"] = value
            limit = node.get(inclusive)
            stricter = exclusive == "exclusiveMinimum" and (limit is None or value >= limit)
            stricter = stricter or (exclusive == "exclusiveMaximum" and (limit is None or value <= limit))
            if stricter:  # both given: the tighter bound wins (both apply in 3.1)
                if limit is not None:
                    node[f"x-original-{inclusive}"] = limit
                node[inclusive] = value
                node[exclusive] = True
            else:
                del node[exclusive]


def _wrap_ref_with_siblings(node: dict) -> None:
    """``{$ref, nullable/default/readOnly...}`` -> ``{allOf: [{$ref}], ...}``: the siblings apply."""
    ref = node.pop("$ref")
    node["allOf"] = [{"$ref": ref}]
    node["x-original-ref-siblings"] = True


def downgrade_openapi31(spec: Spec) -> Spec:
    """Rewrite OpenAPI 3.1 schema constructs to their 3.0 equivalents (see the module docstring)."""
    spec = copy.deepcopy(spec)
    version = str(spec.get("openapi") or "")
    if not version.startswith("3.1"):
        return spec
    for node in schema_nodes({k: v for k, v in spec.items() if k not in ("openapi", "info")}):
        if isinstance(node.get("type"), list):
            _downgrade_type_list(node)
        elif node.get("type") == "null":
            _downgrade_null_type(node)
        if "const" in node and "enum" not in node:
            node["enum"] = [node["const"]]
            node["x-original-const"] = node.pop("const")
            if "type" not in node and _json_type(node["enum"][0]):
                node["type"] = _json_type(node["enum"][0])  # what the value already implies
        examples = node.get("examples")
        if isinstance(examples, list) and examples and "example" not in node:
            node["example"] = examples[0]
        _downgrade_bounds(node)
        if isinstance(node.get("$ref"), str) and any(not _is_doc_key(k) for k in node if k != "$ref"):
            _wrap_ref_with_siblings(node)
    spec["x-original-openapi"] = version
    spec["openapi"] = "3.0.3"
    return spec
