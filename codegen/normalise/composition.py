"""Composition (``allOf``/``oneOf``/``anyOf``) shapes openapi-python-client 0.29.1 mis-builds.

* An ``allOf``/``anyOf``/``oneOf`` holding exactly one ``$ref`` is "passed through" by the
  generator: it uses the referenced class and queues that class's model to be built again
  (``property_from_data``, "A union of a single reference"). Building it again builds every inline
  object inside it again, under the same name, and the generator aborts: ``Attempted to generate
  duplicate models with name "...Data"`` (upstream issue #1375), dropping the component and all
  that use it. It also ignores the wrapper's own ``properties``.
* A root union whose members are ``$ref``s to other root unions with inline members: the members of
  those must be hoisted too, and hoisting can create more (to a fixed point).
"""

from __future__ import annotations

import copy
from typing import Any

from .naming import _single_ref, named_schemas
from .passes import Spec, _components, _free_key, _retitle, _slug, walk_schemas

_OWN_SHAPE = ("properties", "required", "additionalProperties", "minProperties", "maxProperties")


def split_single_ref_allof(spec: Spec) -> Spec:
    """``{allOf: [$ref X], properties: {...}}`` -> ``{allOf: [$ref X, {properties: {...}}]}``.

    Both forms mean "X and these properties". The generator reads the first as X alone (the
    schema's own properties vanish from the model without a warning); the second it merges.
    """
    spec = copy.deepcopy(spec)
    for node in walk_schemas(spec):
        parts = node.get("allOf")
        if not (isinstance(parts, list) and _single_ref(node) and "oneOf" not in node and "anyOf" not in node):
            continue
        own = {k: node.pop(k) for k in _OWN_SHAPE if k in node}
        if own:
            own["type"] = "object"
            parts.append(own)
            node["x-split-allof"] = True
    return spec


def _ref_target(ref: str) -> str | None:
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if ref.startswith(prefix) and "/" not in ref[len(prefix) :] else None


def _passthrough_targets(spec: Spec) -> list[str]:
    """Components some single-``$ref`` composition points at (directly or through plain $refs)."""
    components = _components(spec)
    targets: list[str] = []
    for node in walk_schemas(spec):
        if isinstance(node, dict) and _single_ref(node):
            part = [*(node.get("allOf") or []), *(node.get("anyOf") or []), *(node.get("oneOf") or [])][0]
            key = _ref_target(part["$ref"])
            seen: set[str] = set()
            while key in components and key not in seen:  # a component that is itself a $ref
                seen.add(key)
                inner = components[key]
                if isinstance(inner, dict) and isinstance(inner.get("$ref"), str) and len(inner) == 1:
                    key = _ref_target(inner["$ref"])
                else:
                    break
            if key in components and key not in targets:
                targets.append(key)
    return targets


def hoist_models_of_passthrough_targets(spec: Spec) -> Spec:
    """Inline objects inside a component that a single-``$ref`` composition points at
    become components of their own, under the class name they already had.

    The generator builds such a component twice (see the module docstring), so every inline model
    in it is built twice and clashes with itself; as a component it is built once and referred
    to. (An inline enum built twice is one class: the generator reuses an enum of equal values,
    so enums stay where they are, and overlay targets inside them keep working.)
    The new component is keyed ``<component>_<property>`` and titled with the class name the
    inline schema had (``common_fields.data`` -> ``CommonFieldsData``), so no name users import
    changes; its content is unchanged and ``x-hoisted-from`` says where it was.
    """
    spec = copy.deepcopy(spec)
    components = _components(spec)
    for target in _passthrough_targets(spec):
        owner = components[target]
        found = named_schemas({"components": {"schemas": {target: owner}}})
        if not found or found[0].component != target or found[0].kind != "model":
            continue  # not a model: nothing of it is built twice
        for named in found[1:]:
            if named.parent != found[0].name or named.kind != "model":
                continue  # nested deeper: moves with its holder; an enum built twice is reused
            schema: dict[str, Any] = named.schema
            key = _free_key(components, f"{target}_{_slug(named.name)}")
            _retitle(schema, named.name)
            schema["x-hoisted-from"] = f"#/components/schemas/{target}"
            components[key] = schema
            named.container[named.key] = {"$ref": f"#/components/schemas/{key}"}
    return spec
