"""Discriminators checked, and given the explicit mapping their members imply.

``discriminator: {propertyName: action}`` without a ``mapping`` means "the value of ``action`` is
the name of the component to use" (OpenAPI's implicit mapping). Customer.io's Track v2 bodies
point at components named ``identify_person``, ``person_delete``..., while ``action`` is
``identify``, ``delete``...: the implicit mapping matches nothing, and a validator that honours
the discriminator (the SDK's mock does) rejects every valid request
(``body.action: 'identify' is not one of []``).
"""

from __future__ import annotations

import copy
from typing import Any

from .passes import Spec, _components, _resolve, walk_schemas


def _pinned_value(spec: Spec, schema: Any, name: str, depth: int = 0) -> tuple[bool, Any]:
    """(True, value) when ``schema`` (own properties or allOf parts) pins ``name`` to one value."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return False, None
    prop = _resolve(spec, (schema.get("properties") or {}).get(name))
    if isinstance(prop, dict):
        if "const" in prop:
            return True, prop["const"]
        values = [v for v in prop.get("enum") or [] if v is not None]
        if len(values) == 1:
            return True, values[0]
    for part in schema.get("allOf") or []:
        found, value = _pinned_value(spec, part, name, depth + 1)
        if found:
            return True, value
    return False, None


def _resolves(spec: Spec, ref: Any) -> bool:
    return isinstance(ref, str) and isinstance(_resolve(spec, {"$ref": ref}), dict)


def _implied_mapping(spec: Spec, members: list, name: str) -> dict[str, str] | None:
    """``{pinned value: member $ref}``, or None when some member does not pin one distinct value."""
    wanted: dict[str, str] = {}
    for member in members:
        ref = member.get("$ref") if isinstance(member, dict) else None
        found, value = _pinned_value(spec, member, name) if isinstance(ref, str) else (False, None)
        if not found or not isinstance(value, str) or value in wanted:
            return None
        wanted[value] = ref
    return wanted


def explicit_discriminator_mappings(spec: Spec) -> Spec:
    """Write the mapping a discriminator's members imply; set aside one that cannot work.

    A written mapping whose every entry resolves is left as it is. Otherwise, for a
    ``oneOf``/``anyOf`` with a ``discriminator``: when every member is a ``$ref`` to a
    component that pins ``propertyName`` to one value (a one-value ``enum`` or ``const``), and the
    implicit mapping does not already lead each value to its member, the mapping
    ``{value: $ref}`` is written (the one there before, if any, is kept in
    ``x-original-mapping``). When that cannot be done (an inline member, a member that leaves the
    property open, two members pinning one value), the discriminator moves to
    ``x-original-discriminator``: the union still validates by its members, which is what the
    discriminator only abbreviates.
    """
    spec = copy.deepcopy(spec)
    components = _components(spec)
    for node in walk_schemas(spec):
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict):
            continue
        members = node.get("oneOf") or node.get("anyOf")
        name = discriminator.get("propertyName")
        if not isinstance(members, list) or not isinstance(name, str):
            continue
        mapping = discriminator.get("mapping")
        if isinstance(mapping, dict) and mapping and all(_resolves(spec, ref) for ref in mapping.values()):
            continue  # written by the spec and every entry leads somewhere: left as it is
        wanted = _implied_mapping(spec, members, name)
        implicit = {key: f"#/components/schemas/{key}" for key in components}
        if wanted is None:
            node["x-original-discriminator"] = node.pop("discriminator")
        elif any(implicit.get(value) != ref for value, ref in wanted.items()):
            if mapping:
                discriminator["x-original-mapping"] = mapping
            discriminator["mapping"] = wanted
    return spec
