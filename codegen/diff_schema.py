"""Structural comparison of JSON Schemas inside OpenAPI documents, for ``codegen.diff``.

A schema is *flattened* into a map ``property path -> facts`` after resolving every local
``$ref`` (so a schema moved into, out of, or between ``components`` compares equal to itself),
with a guard against recursive refs and a cap on the work done for huge schemas. Paths are tuples
of segments: a property name, ``[]`` for array items, ``{*}`` for additionalProperties values, and
``oneOf[label]`` / ``anyOf[label]`` for variants (label = the variant's ``title``, else its
position). ``allOf`` members are merged into the same path. Facts are the set of types (a 3.0
``nullable: true`` counts as type ``null`` so it compares equal to 3.1's ``type: [x, "null"]``),
the enum values, the format, and for properties whether the parent object requires them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

Path = tuple[str, ...]

MAX_NODES = 20_000  # per flattened schema; beyond this the comparison is reported as partial
MAX_DEPTH = 64
MAX_REF_HOPS = 32


@dataclass
class SchemaDelta:
    """One structural difference between two flattened schemas."""

    path: str  # display form of the property path, "" for the schema itself
    kind: str  # added | removed | type | enum | format | required | partial
    detail: str


# --------------------------------------------------------------------------------------------------
# $ref resolution


def resolve_pointer(spec: dict, ref: str) -> Any:
    """Return the value a local ``#/...`` ref points at, or None if it is external or dangling."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    return follow_pointer(spec, unquote(ref[1:]))


def escape_token(token: Any) -> str:
    """One JSON pointer token (RFC 6901): ``~`` as ``~0``, ``/`` as ``~1``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def follow_pointer(doc: Any, pointer: str) -> Any:
    """The value at a JSON pointer (RFC 6901, ``/a/b~1c``) in ``doc``, or None if nothing is there."""
    node: Any = doc
    for raw in pointer.split("/")[1:] if pointer else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def resolve(spec: dict, obj: Any) -> Any:
    """Follow ``$ref`` chains (of parameters, request bodies, responses...) to the target object."""
    for _ in range(MAX_REF_HOPS):
        if not (isinstance(obj, dict) and isinstance(obj.get("$ref"), str)):
            return obj
        target = resolve_pointer(spec, obj["$ref"])
        if target is None:
            return obj
        obj = target
    return obj


# --------------------------------------------------------------------------------------------------
# flattening


class _Flattener:
    def __init__(self, spec: dict):
        self.spec = spec
        self.nodes: dict[Path, dict] = {}
        self.partial = False

    def node(self, path: Path) -> dict:
        found = self.nodes.get(path)
        if found is None:
            found = self.nodes[path] = {"types": set(), "enum": None, "format": None, "required_names": set()}
        return found

    def walk(self, schema: Any, path: Path, stack: tuple[str, ...]) -> None:
        if len(self.nodes) >= MAX_NODES or len(path) > MAX_DEPTH:
            self.partial = True
            return
        node = self.node(path)
        if not isinstance(schema, dict):
            return  # boolean schemas (3.1) carry no structure worth comparing
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in stack:
                return  # recursive schema: its structure is already being described above
            target = resolve_pointer(self.spec, ref)
            if not isinstance(target, dict):
                node["types"].add(f"$ref {ref}")  # external or dangling: compare by reference
                return
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            self.walk({**target, **siblings}, path, (*stack, ref))
            return

        types = schema.get("type")
        if isinstance(types, str):
            node["types"].add(types)
        elif isinstance(types, list):
            node["types"].update(t for t in types if isinstance(t, str))
        if schema.get("nullable") is True:
            node["types"].add("null")
        values = schema["enum"] if isinstance(schema.get("enum"), list) else None
        if "const" in schema:
            values = [schema["const"]]
        if values is not None:
            encoded = {json.dumps(v, sort_keys=True) for v in values}
            node["enum"] = encoded if node["enum"] is None else node["enum"] | encoded
        if isinstance(schema.get("format"), str):
            node["format"] = schema["format"]
        if isinstance(schema.get("required"), list):
            node["required_names"].update(r for r in schema["required"] if isinstance(r, str))

        for name, sub in (schema.get("properties") or {}).items():
            self.walk(sub, (*path, name), stack)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            self.walk(extra, (*path, "{*}"), stack)
        items = schema.get("items")
        if isinstance(items, dict):
            self.walk(items, (*path, "[]"), stack)
        for sub in schema.get("allOf") or []:
            self.walk(sub, path, stack)
        for keyword in ("oneOf", "anyOf"):
            for index, sub in enumerate(schema.get(keyword) or []):
                self.walk(sub, (*path, f"{keyword}[{self.label(sub, index)}]"), stack)

    def label(self, variant: Any, index: int) -> str:
        if isinstance(variant, dict):
            for candidate in (variant, resolve(self.spec, variant)):
                title = candidate.get("title") if isinstance(candidate, dict) else None
                if isinstance(title, str) and title:
                    return title
        return str(index)


def flatten_schema(spec: dict, schema: Any) -> tuple[dict[Path, dict], bool]:
    """Flatten ``schema`` (resolving refs against ``spec``); returns (facts by path, partial?)."""
    flattener = _Flattener(spec)
    flattener.walk(schema, (), ())
    nodes = flattener.nodes
    for path, facts in nodes.items():
        is_property = bool(path) and path[-1] != "[]" and path[-1] != "{*}" and not _is_variant(path[-1])
        parent = nodes.get(path[:-1]) if is_property else None
        facts["required"] = path[-1] in parent["required_names"] if parent is not None else None
    return nodes, flattener.partial


def _is_variant(segment: str) -> bool:
    return segment.startswith(("oneOf[", "anyOf[")) and segment.endswith("]")


def display_path(path: Path) -> str:
    out = ""
    for segment in path:
        out += segment if segment == "[]" or not out else f".{segment}"
    return out


# --------------------------------------------------------------------------------------------------
# comparison


def compare_schemas(old_spec: dict, old_schema: Any, new_spec: dict, new_schema: Any) -> list[SchemaDelta]:
    """Structural differences between two schemas, each resolved against its own spec."""
    old, old_partial = flatten_schema(old_spec, old_schema)
    new, new_partial = flatten_schema(new_spec, new_schema)
    deltas: list[SchemaDelta] = []
    added = set(new) - set(old)
    removed = set(old) - set(new)
    for path in sorted(added):
        if not _has_ancestor_in(path, added):
            deltas.append(SchemaDelta(display_path(path), "added", f"added{_summary(new[path])}"))
    for path in sorted(removed):
        if not _has_ancestor_in(path, removed):
            deltas.append(SchemaDelta(display_path(path), "removed", "removed"))
    for path in sorted(set(old) & set(new)):
        deltas.extend(_compare_facts(display_path(path), old[path], new[path]))
    if old_partial or new_partial:
        deltas.append(SchemaDelta("", "partial", f"schema too large: compared only the first {MAX_NODES} nodes"))
    return deltas


def _has_ancestor_in(path: Path, paths: set[Path]) -> bool:
    return any(path[:i] in paths for i in range(len(path)))


def _summary(facts: dict) -> str:
    bits = []
    if facts["types"]:
        bits.append("|".join(sorted(facts["types"])))
    if facts["required"]:
        bits.append("required")
    return f" ({', '.join(bits)})" if bits else ""


def _compare_facts(path: str, old: dict, new: dict) -> list[SchemaDelta]:
    out = []
    if old["types"] != new["types"]:
        before = "|".join(sorted(old["types"])) or "any"
        after = "|".join(sorted(new["types"])) or "any"
        out.append(SchemaDelta(path, "type", f"type {before} -> {after}"))
    if old["enum"] != new["enum"]:
        if old["enum"] is None:
            out.append(SchemaDelta(path, "enum", f"enum added: {_values(new['enum'])}"))
        elif new["enum"] is None:
            out.append(SchemaDelta(path, "enum", "enum removed (any value now allowed)"))
        else:
            parts = []
            if new["enum"] - old["enum"]:
                parts.append(f"added {_values(new['enum'] - old['enum'])}")
            if old["enum"] - new["enum"]:
                parts.append(f"removed {_values(old['enum'] - new['enum'])}")
            out.append(SchemaDelta(path, "enum", "enum " + "; ".join(parts)))
    if old["format"] != new["format"]:
        out.append(SchemaDelta(path, "format", f"format {old['format'] or 'none'} -> {new['format'] or 'none'}"))
    if old["required"] is not None and new["required"] is not None and old["required"] != new["required"]:
        out.append(SchemaDelta(path, "required", "now required" if new["required"] else "no longer required"))
    return out


def _values(encoded: set[str], limit: int = 12) -> str:
    shown = sorted(encoded)
    text = ", ".join(shown[:limit])
    return text + (f", ... (+{len(shown) - limit} more)" if len(shown) > limit else "")
