"""The class names openapi-python-client will give a spec's schemas, predicted, and a pass that
keeps them unique.

The generator names a class after where its schema sits: a component after its ``title`` or key;
an inline object or enum after its parent's class plus its own ``title`` or property name
(``AddDevice`` + ``body`` -> ``AddDeviceBody``; array items add ``_item``, union members
``_<title>`` or ``_type_<i>``). Two different schemas that land on one name abort the schema that
comes second ("Attempted to generate duplicate models", "Found conflicting enums named ... with
incompatible values"), and with it every operation using it. :func:`named_schemas` walks the
document the way the generator does and says which class each schema becomes, so passes can hoist
a schema under the very name it already had, or rename only what would clash.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .parameters import resolved_parameter
from .passes import Spec, _retitle


def class_name(text: str) -> str:
    """The class name the generator makes of ``text`` (its own function; a ``/`` cuts the text)."""
    from openapi_python_client.strings import ClassName

    return str(ClassName(text.rsplit("/", 1)[-1], "field_"))


def _pascal(text: str) -> str:
    from openapi_python_client.strings import pascal_case

    return pascal_case(text)


def derived_name(parent: str, title_or_name: str) -> str:
    """``parent`` + ``title_or_name`` as the generator joins them (no parent: the name alone)."""
    return class_name(f"{_pascal(parent)}{_pascal(title_or_name)}" if parent else title_or_name)


@dataclass
class Named:
    """A schema that becomes a class: where it sits, and the class name it gets."""

    container: Any  # the dict/list holding the schema ...
    key: Any  # ... under this key/index
    name: str  # predicted class name
    kind: str  # "model" or "enum"
    parent: str  # the class (or operation) whose name prefixes this one; "" for a component
    component: str | None  # the component key, when the schema is a component itself
    #: a schema in a parameter reached through a ``$ref`` to ``components.parameters`` (so shared):
    #: the operation, the parameter list holding that ``$ref``, its index, and the shared parameter
    ref_site: tuple[dict, list, int, dict] | None = None

    @property
    def schema(self) -> dict:
        return self.container[self.key]

    def values(self) -> str:
        return json.dumps([v for v in self.schema.get("enum") or [] if v is not None], sort_keys=True)


def _single_ref(schema: dict) -> bool:
    """``allOf``/``anyOf``/``oneOf`` with one ``$ref`` in all: the generator uses the referenced class."""
    parts = [*(schema.get("allOf") or []), *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    return len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]


def _is_model(schema: dict) -> bool:
    kind = schema.get("type")
    return kind == "object" or bool(schema.get("allOf")) or (kind is None and "properties" in schema)


def _walk(container: Any, key: Any, name: str, parent: str, component: str | None) -> Iterator[Named]:
    schema = container[key]
    if not isinstance(schema, dict) or "$ref" in schema or _single_ref(schema):
        return
    title = schema.get("title") if isinstance(schema.get("title"), str) else None
    if any(v is not None for v in schema.get("enum") or []):
        yield Named(container, key, derived_name(parent, title or name), "enum", parent, component)
        return
    for union_key in ("anyOf", "oneOf"):
        members = schema.get(union_key)
        if not isinstance(members, list):
            continue
        for index, member in enumerate(members):
            own = member.get("title") if isinstance(member, dict) and "$ref" not in member else None
            subscript = own if isinstance(own, str) and own != title else f"type_{index}"
            yield from _walk(members, index, f"{name}_{subscript}", parent, None)
    if schema.get("anyOf") or schema.get("oneOf"):
        return
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        yield from _walk(schema, "items", f"{name}_item", parent, None)
        return
    if not _is_model(schema):
        return
    own_name = derived_name(parent, title or name)
    yield Named(container, key, own_name, "model", parent, component)
    holders = [schema, *(p for p in schema.get("allOf") or [] if isinstance(p, dict) and "$ref" not in p)]
    for holder in holders:
        for prop in list(holder.get("properties") or {}):
            yield from _walk(holder["properties"], prop, prop, own_name, None)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        yield from _walk(schema, "additionalProperties", "AdditionalProperty", own_name, None)


def named_schemas(spec: Spec, leaves: dict[tuple[str, str], str] | None = None) -> list[Named]:
    """Every schema that becomes a class, components first (the generator builds those first).
    ``leaves``: each operation's module name (:func:`codegen.module_lock.generator_module_leaves`),
    for a caller that walks one spec many times while only its schemas change."""
    from codegen.apis import iter_operations
    from codegen.module_lock import generator_module_leaves

    found: list[Named] = []
    components = (spec.get("components") or {}).get("schemas") or {}
    for key in list(components):
        found.extend(_walk(components, key, key, "", key))
    # An operation's classes are prefixed with its module name: its operationId's, made unique
    # within its package (``addDevice`` beside ``add_device`` is module ``add_device_2``).
    leaves = leaves if leaves is not None else generator_module_leaves(spec)
    for method, path, operation in iter_operations(spec):
        if not isinstance(operation.get("operationId"), str):
            continue
        item = spec["paths"][path]
        endpoint = leaves[(path, method)]
        own_params = operation.get("parameters") if isinstance(operation.get("parameters"), list) else []
        overridden = {_parameter_key(resolved_parameter(spec, p)) for p in own_params}
        for params in (item.get("parameters"), own_params):
            for index, param in enumerate(params if isinstance(params, list) else []):
                # The generator names a shared parameter's enum per operation too (ListThingsSort).
                target = resolved_parameter(spec, param)
                if not isinstance(target.get("schema"), dict):
                    continue
                if params is not own_params and _parameter_key(target) in overridden:
                    continue  # the operation's own parameter of that name replaces the path's
                for named in _walk(target, "schema", str(target.get("name")), endpoint, None):
                    if target is not param:  # every class in it, the enum of an array's items too
                        named.ref_site = (operation, params, index, target)
                    found.append(named)
        body = operation.get("requestBody")
        for media in ((body or {}).get("content") or {}).values() if isinstance(body, dict) else ():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                found.extend(_walk(media, "schema", "body", endpoint, None))
        for status, response in (operation.get("responses") or {}).items():
            for media in ((response or {}).get("content") or {}).values() if isinstance(response, dict) else ():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    found.extend(_walk(media, "schema", f"response_{status}", endpoint, None))
    return found


def _parameter_key(param: dict) -> tuple[Any, Any]:
    return param.get("name"), param.get("in")


def _own_copy(named: Named) -> None:
    """Give the operation of a clashing schema inside a shared parameter its own copy of the
    parameter (marked ``x-original-ref``), so that renaming it renames that operation's class only,
    not every user's: the copy replaces an operation-level ``$ref`` and overrides a path-level one.
    The next round of the caller's loop finds the schema in the copy and renames it there. Does
    nothing if the operation already has its copy (several of its classes clashed this round)."""
    assert named.ref_site is not None
    operation, params, index, shared = named.ref_site
    own_params = operation.setdefault("parameters", [])
    if params is own_params:
        if "$ref" in params[index]:
            params[index] = {**copy.deepcopy(shared), "x-original-ref": params[index]["$ref"]}
    elif not any(isinstance(p, dict) and _parameter_key(p) == _parameter_key(shared) for p in own_params):
        own_params.append({**copy.deepcopy(shared), "x-original-ref": params[index]["$ref"]})


def _clashes(found: list[Named]) -> list[list[Named]]:
    """Groups of schemas that would get one class name and cannot share it."""
    by_name: dict[str, list[Named]] = defaultdict(list)
    for named in found:
        by_name[named.name].append(named)
    groups = []
    for group in by_name.values():
        if len(group) < 2:
            continue
        # Enums with equal values under one name are one class (the generator reuses it).
        if all(n.kind == "enum" for n in group) and len({n.values() for n in group}) == 1:
            continue
        groups.append(group)
    return groups


def unique_inline_class_names(spec: Spec) -> Spec:
    """Inline objects and enums whose derived class names clash get numbered titles.

    Two inline schemas can derive one class name: sibling unions whose members carry a ``type``
    enum with different values under the same title (``BatchItemType``), a new operation whose
    inline body is named like an existing class (``AddDeviceBody``), two properties titled alike.
    The generator drops the second schema. Here a component keeps its name, then the first schema
    in document order does; each other one gets ``<title or name> <n>`` as title (``AddDeviceBody2``),
    the smallest ``n`` that is free, and its original title in ``x-original-title``. Enums of equal
    values sharing a name are one class and are left alone. A clashing enum of a parameter shared
    by ``$ref`` (``components.parameters``) is renamed in a copy of the parameter owned by that one
    operation, so the other operations' classes keep their names.
    """
    from codegen.module_lock import generator_module_leaves

    spec = copy.deepcopy(spec)
    leaves = generator_module_leaves(spec)  # renames change titles and parameters, not operations
    for _ in range(50):  # a rename can only make names longer; stop when nothing clashes
        found = named_schemas(spec, leaves)
        taken = {n.name for n in found}
        groups = _clashes(found)
        if not groups:
            break
        for group in groups:
            group.sort(key=lambda n: n.component is None)  # stable: components first, then document order
        renaming = {n.name for group in groups for n in group[1:]}
        for group in groups:
            for named in group[1:]:
                if named.component is not None and group[0].component is not None:
                    continue  # two components: unique_component_titles' job
                if named.parent in renaming:
                    continue  # its parent gets a new name this round, and it a new prefix with it
                if named.ref_site is not None:
                    _own_copy(named)  # renamed in the copy next round
                    continue
                schema = named.schema
                base = schema.get("title") if isinstance(schema.get("title"), str) else _base_name(named)
                n = 2
                while derived_name(named.parent, f"{base} {n}") in taken:
                    n += 1
                _retitle(schema, f"{base} {n}")
                taken.add(derived_name(named.parent, f"{base} {n}"))
    return spec


def _base_name(named: Named) -> str:
    """The name part the generator adds to the parent's (the class name minus the parent prefix)."""
    prefix = _pascal(named.parent) if named.parent else ""
    return named.name[len(prefix) :] if prefix and named.name.startswith(prefix) else named.name
