"""Generic, lossless normalisation passes.

Each pass works around one structural limitation of openapi-python-client, not a quirk of one
endpoint (those live in the OpenAPI Overlay documents under ``codegen/overlays/``). Every pass is
a pure function ``spec -> spec``: it deep-copies its input and returns the fixed copy, so passes
compose, and each has its own test.

"Lossless" is the rule: no operation, parameter, property, enum value or description disappears.
Where a pass renames or moves something, the original is kept in an ``x-original-*`` extension.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Spec = dict[str, Any]

_UNION_KEYS = ("oneOf", "anyOf")


def walk_schemas(node: Any) -> Iterator[dict]:
    """Every dict in the document, depth first (schemas, and harmlessly some non-schemas)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def _components(spec: Spec) -> dict[str, Any]:
    return (spec.get("components") or {}).get("schemas") or {}


# --- enum values -----------------------------------------------------------------------------


def dedupe_enum_values(spec: Spec) -> Spec:
    """Drop repeated values from an ``enum`` (Track repeats ``center`` in widgetCrossAxisAlignment).

    The generator aborts on a duplicate enum key. The set of allowed values is unchanged.
    """
    spec = copy.deepcopy(spec)
    for node in walk_schemas(spec):
        values = node.get("enum")
        if isinstance(values, list):
            # Compare as JSON: in Python True == 1, but true and 1 are different enum values.
            seen: set[str] = set()
            unique: list[Any] = []
            for value in values:
                key = json.dumps(value, sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    unique.append(value)
            if len(unique) != len(values):
                node["enum"] = unique
    return spec


# --- defaults that contradict their type -----------------------------------------------------


def _is_datetime(value: str) -> bool:
    try:
        _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _default_fits(schema: dict, value: Any) -> bool:
    kind = schema.get("type")
    if value is None:
        return bool(schema.get("nullable"))
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        if not isinstance(value, str):
            return False
        if schema.get("format") == "date-time":
            return _is_datetime(value)
        if schema.get("format") == "date":
            try:
                _dt.date.fromisoformat(value)
            except ValueError:
                return False
        return True
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if "enum" in schema:
        return value in schema["enum"]
    return True


def move_contradicting_defaults(spec: Spec) -> Spec:
    """Move a ``default`` that does not fit its schema's ``type`` to ``x-original-default``.

    Pipelines documents where a value comes from with JSONPath strings in ``default`` (e.g. a
    boolean ``$.context.network.wifi``); the generator rejects the whole schema for it.
    """
    spec = copy.deepcopy(spec)
    for node in walk_schemas(spec):
        fits = "default" not in node or not isinstance(node.get("type"), str) or _default_fits(node, node["default"])
        if not fits:
            node["x-original-default"] = node.pop("default")
    return spec


# --- allOf parts repeating a property --------------------------------------------------------


def _deep_merge(base: Any, extra: Any) -> Any:
    """Merge ``extra`` into ``base`` (allOf semantics: both apply). Lists of names/values are
    unioned, dicts merged recursively; for differing scalars the later part wins, except that a
    differing description is kept in ``x-merged-descriptions`` rather than lost."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            if key not in merged:
                merged[key] = value
            elif key == "description" and merged[key] != value:
                merged.setdefault("x-merged-descriptions", [merged[key]]).append(value)
                merged[key] = value
            else:
                merged[key] = _deep_merge(merged[key], value)
        return merged
    if (
        isinstance(base, list)
        and isinstance(extra, list)
        and all(not isinstance(v, (dict, list)) for v in base + extra)
    ):
        return base + [v for v in extra if v not in base]
    return extra


def merge_allof_repeated_properties(spec: Spec) -> Spec:
    """When several ``allOf`` parts declare the same property, keep one merged declaration.

    The generator builds the property once per part; with an inline object (e.g. Pipelines'
    ``products`` items) that means two models with one name, and the whole schema is dropped.
    """
    spec = copy.deepcopy(spec)
    for node in walk_schemas(spec):
        parts = node.get("allOf")
        if not isinstance(parts, list):
            continue
        owner: dict[str, dict] = {}
        for part in parts:
            props = part.get("properties") if isinstance(part, dict) else None
            if not isinstance(props, dict):
                continue
            for name in list(props):
                if name in owner:
                    first = owner[name]["properties"]
                    first[name] = _deep_merge(first[name], props.pop(name))
                else:
                    owner[name] = part
    return spec


# --- titles the generator turns into clashing class names ------------------------------------


def _retitle(schema: dict, title: str) -> None:
    if schema.get("title") == title:
        return
    if "title" in schema:
        schema.setdefault("x-original-title", schema["title"])
    schema["title"] = title


def unique_component_titles(spec: Spec) -> Spec:
    """Components that share a ``title`` get their component name as title.

    The generator names a component's class after its title, so ``email_failed`` and
    ``push_failed`` (both titled "failed") would both be ``Failed``. They become
    ``EmailFailed``/``PushFailed``; the original title stays in ``x-original-title``.
    """
    spec = copy.deepcopy(spec)
    components = _components(spec)
    by_title: dict[str, list[str]] = defaultdict(list)
    for key, schema in components.items():
        if isinstance(schema, dict) and isinstance(schema.get("title"), str):
            by_title[_class_key(schema["title"])].append(key)
    for keys in by_title.values():
        if len(keys) > 1:
            for key in keys:
                _retitle(components[key], key)
    return spec


def _class_key(title: str) -> str:
    """What two titles collide on once the generator turns them into a class name."""
    return "".join(ch for ch in title.lower() if ch.isalnum())


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower() or "schema"


def _free_key(components: dict, wanted: str) -> str:
    key, n = wanted, 1
    while key in components:
        n += 1
        key = f"{wanted}_{n}"
    return key


def hoist_root_union_members(spec: Spec) -> Spec:
    """Move inline members of a component that *is* a ``oneOf``/``anyOf`` into components of their own.

    For a root-level union the generator names inline members by their title alone and builds
    them more than once (upstream issue #1375), so ``identify`` and ``page`` both produce
    ``KnownUser`` and clash. ``identify``'s member becomes component ``identify_known_user``
    (title "identify Known User" → class ``IdentifyKnownUser``, original title kept).

    Runs to a fixed point in one sweep: a hoisted member joins the work list, so a member that is
    itself a union with inline members (a batch item that is one of several call kinds, each
    ``allOf: [{...}, $ref common_fields]``) is hoisted too; left inline, the generator fails with
    ``Reference ... in allOf was not processed``.
    """
    spec = copy.deepcopy(spec)
    components = _components(spec)
    pending = deque(components)
    while pending:
        key = pending.popleft()
        schema = components[key]
        if not isinstance(schema, dict):
            continue
        for union_key in _UNION_KEYS:
            members = schema.get(union_key)
            if not isinstance(members, list):
                continue
            for index, member in enumerate(members):
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                title = member.get("title") or f"option {index + 1}"
                new_key = _free_key(components, f"{key}_{_slug(title)}")
                # Only letters and digits: the generator cuts a title at "/" when naming the class.
                _retitle(member, re.sub(r"[^0-9A-Za-z]+", " ", f"{key} {title}").strip())
                components[new_key] = member
                members[index] = {"$ref": f"#/components/schemas/{new_key}"}
                pending.append(new_key)
    return spec


# OpenAPI 3.1 webhooks, and the extension Customer.io's 3.0 specs use for the same thing.
_WEBHOOK_SECTIONS = ("webhooks", "x-webhooks")
_SCHEMA_SHAPE_KEYS = ("properties", "oneOf", "anyOf", "allOf")
_NAME_KEYS = ("title", "x-original-title")


def _fingerprint(schema: dict) -> str:
    """Identity of a schema for sharing: everything but its name."""
    return json.dumps({k: v for k, v in schema.items() if k not in _NAME_KEYS}, sort_keys=True)


def _is_shareable(node: Any) -> bool:
    return isinstance(node, dict) and "$ref" not in node and any(k in node for k in _SCHEMA_SHAPE_KEYS)


def _schema_slots(schema: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of each sub-schema directly inside ``schema`` (never a name map itself)."""
    if not isinstance(schema, dict):
        return
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield schema, key
    for key in ("allOf", "oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            for index in range(len(schema[key])):
                yield schema[key], index
    if isinstance(schema.get("properties"), dict):
        for name in schema["properties"]:
            yield schema["properties"], name


def _document_schema_slots(node: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of each schema in ``paths`` (parameters, bodies, responses, headers)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                if key == "schema" and isinstance(value, dict):
                    yield current, key
                elif isinstance(value, (dict, list)) and key not in ("example", "examples"):
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, (dict, list)))


def share_identical_inline_schemas(spec: Spec) -> Spec:
    """Replace inline copies of a schema by one shared component.

    Customer.io's specs paste the same schema in many places (the App audience filter sits inline
    in search, export and broadcast trigger; Pipelines' ``/batch`` repeats every call type).
    Each copy becomes its own set of models, so users get three ``AudienceFilter`` types and
    thousands of extra modules. Here an inline schema identical to a component (ignoring its
    title) becomes a ``$ref`` to it; an inline, titled schema that occurs more than once becomes
    a new component named after its title. Content is unchanged, only where it is written.
    """
    spec = copy.deepcopy(spec)
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    by_fingerprint = {_fingerprint(v): k for k, v in components.items() if isinstance(v, dict)}

    def all_slots() -> Iterator[tuple[Any, Any]]:
        for component in components.values():
            yield from _schema_slots(component)
        yield from _document_schema_slots(spec.get("paths"))
        for section in _WEBHOOK_SECTIONS:
            yield from _document_schema_slots(spec.get(section))

    counts: Counter[str] = Counter()
    stack = list(all_slots())
    while stack:
        container, key = stack.pop()
        node = container[key]
        if _is_shareable(node):
            counts[_fingerprint(node)] += 1
        stack.extend(_schema_slots(node))

    pending: list[tuple[Any, Any]] = []

    def visit(container: Any, key: Any) -> None:
        node = container[key]
        if _is_shareable(node):
            fingerprint = _fingerprint(node)
            target = by_fingerprint.get(fingerprint)
            if target is None and counts[fingerprint] > 1 and isinstance(node.get("title"), str):
                target = _free_key(components, _slug(node["title"]))
                components[target] = node
                by_fingerprint[fingerprint] = target
                pending.extend(_schema_slots(node))  # the new component's insides are shared too
            if target is not None:
                reference: dict[str, Any] = {"$ref": f"#/components/schemas/{target}"}
                title = node.get("x-original-title", node.get("title"))
                if title is not None and title != components[target].get("title"):
                    # The name this copy had; tools ignore siblings of $ref, so nothing changes.
                    reference["x-original-title"] = title
                container[key] = reference
                return
        pending.extend(_schema_slots(node))

    pending.extend(reversed(list(all_slots())))
    while pending:
        visit(*pending.pop())
    return spec


def disambiguate_union_member_titles(spec: Spec) -> Spec:
    """Inline members of one ``oneOf``/``anyOf`` that share a title get numbered titles.

    The generator derives each member's class from parent + title, so two members titled
    "failed" under one parent clash and the whole operation is dropped.
    """
    spec = copy.deepcopy(spec)
    for node in walk_schemas(spec):
        for union_key in _UNION_KEYS:
            members = node.get(union_key)
            if not isinstance(members, list):
                continue
            titled = [m for m in members if isinstance(m, dict) and isinstance(m.get("title"), str)]
            counts = Counter(_class_key(m["title"]) for m in titled)
            seen: Counter[str] = Counter()
            for member in titled:
                key = _class_key(member["title"])
                if counts[key] > 1:
                    seen[key] += 1
                    _retitle(member, f"{member['title']} {seen[key]}")
    return spec


# --- oneOf whose alternatives overlap --------------------------------------------------------


def _resolve(spec: Spec, node: Any) -> Any:
    """Follow local ``$ref`` chains (``#/...``); anything else is returned as it is."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref in seen:
            return {}
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    return node


@dataclass
class _Shape:
    """What a value must look like to match one alternative, as far as telling alternatives apart goes."""

    types: frozenset[str] | None = None  # None: any type
    values: tuple[Any, ...] | None = None  # enum (or const) values; None: unrestricted
    nullable: bool = False
    required: set[str] = field(default_factory=set)
    properties: dict[str, Any] = field(default_factory=dict)
    closed: bool = False  # additionalProperties: false


def _shape(spec: Spec, schema: Any, depth: int = 0) -> _Shape:
    schema = _resolve(spec, schema)
    shape = _Shape()
    if not isinstance(schema, dict) or depth > 8:
        return shape
    for part in [schema] + [p for p in schema.get("allOf") or [] if isinstance(p, dict)]:
        part = _resolve(spec, part) if part is not schema else part
        if not isinstance(part, dict):
            continue
        sub = shape if part is schema else _shape(spec, part, depth + 1)
        if part is not schema:  # allOf: every part applies, so the restrictions add up
            if sub.types is not None:
                shape.types = sub.types if shape.types is None else shape.types & sub.types
            if sub.values is not None:
                shape.values = sub.values
            shape.required |= sub.required
            for name, prop in sub.properties.items():
                shape.properties.setdefault(name, prop)
            shape.closed = shape.closed or sub.closed
            continue
        kind = part.get("type")
        if isinstance(kind, str):
            shape.types = frozenset({kind, "number"} if kind == "integer" else {kind})
        if isinstance(part.get("enum"), list):
            shape.values = tuple(part["enum"])
        if "const" in part:
            shape.values = (part["const"],)
        shape.nullable = part.get("nullable") is True
        if isinstance(part.get("required"), list):
            shape.required |= {r for r in part["required"] if isinstance(r, str)}
        if isinstance(part.get("properties"), dict):
            shape.properties.update(part["properties"])
        shape.closed = part.get("additionalProperties") is False
    return shape


def _same_json(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _values_disjoint(a: _Shape, b: _Shape) -> bool:
    if a.values is None or b.values is None:
        return False
    return not any(_same_json(x, y) for x in a.values for y in b.values)


def _exclusive(spec: Spec, first: Any, second: Any) -> bool:
    """True when no value can match both alternatives (judged conservatively: False when unsure)."""
    a, b = _shape(spec, first), _shape(spec, second)
    if a.nullable and b.nullable:
        return False
    if a.types is not None and b.types is not None and not (a.types & b.types):
        return True  # ("integer" counts as a "number" too, so those two overlap)
    if _values_disjoint(a, b):
        return True
    for name in a.required & b.required:
        if _values_disjoint(_shape(spec, a.properties.get(name)), _shape(spec, b.properties.get(name))):
            return True  # a required "kind" property whose values tell the alternatives apart
    if any(b.closed and name not in b.properties for name in a.required):
        return True
    return any(a.closed and name not in a.properties for name in b.required)


def overlapping_one_of_to_any_of(spec: Spec) -> Spec:
    """A ``oneOf`` whose alternatives can match the same value becomes ``anyOf`` (``x-original-union: oneOf``).

    ``oneOf`` means "exactly one alternative matches", but Customer.io uses it for "one of these
    shapes" where the shapes overlap: a Track ``identifier`` is ``id``, ``email`` or ``cio_id``,
    all plain strings; Track ``merge`` and ``metrics`` bodies and the App audience filters
    (``exportPeopleData``, ``getPeopleFilter``, ``getObjectsFilter``) have alternatives with no
    required property, so ``{}`` fits every one; a Pipelines call carrying both ``userId`` and
    ``anonymousId`` fits the known- and the anonymous-user alternative; App action updates fit
    the email, SMS and webhook bodies at once. Read literally, every real request is invalid
    (the spec-validating mock would reject it), so the spec is read the way it is meant: at
    least one alternative must match, which is ``anyOf``.

    Alternatives count as mutually exclusive only when that is provable: different types,
    disjoint ``enum``/``const`` values, a property required by both whose values are disjoint
    (a discriminator in all but name), or a required property the other alternative forbids
    (``additionalProperties: false``). A ``oneOf`` with a ``discriminator``, or with exclusive
    alternatives, is left alone. openapi-python-client builds the same ``Union`` for ``anyOf``
    and ``oneOf`` (it chains both lists), so the generated code does not change; the original
    keyword stays in ``x-original-union``.
    """
    spec = copy.deepcopy(spec)
    for node in walk_schemas(spec):
        members = node.get("oneOf")
        if not isinstance(members, list) or "discriminator" in node or "anyOf" in node:
            continue
        overlap = any(
            not _exclusive(spec, members[i], members[j])
            for i in range(len(members))
            for j in range(i + 1, len(members))
        )
        if overlap:
            node["anyOf"] = node.pop("oneOf")
            node["x-original-union"] = "oneOf"
    return spec


def _pinned_values(spec: Spec, schema: dict) -> list[str]:
    """Values of the properties a schema pins to a single enum value (own and allOf parts)."""
    values: list[str] = []
    for part in [schema, *(schema.get("allOf") or [])]:
        if isinstance(part, dict) and "$ref" in part:
            part = _components(spec).get(part["$ref"].rsplit("/", 1)[1], {})
        for prop in (part.get("properties") or {}).values() if isinstance(part, dict) else ():
            if isinstance(prop, dict) and isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
                values.append(str(prop["enum"][0]))
    return values


def hoist_webhook_payloads(spec: Spec) -> Spec:
    """Give every webhook payload (OpenAPI 3.1 ``webhooks`` or the ``x-webhooks`` extension) a component.

    The generator ignores webhooks, so a payload written inline there gets no model at all
    (Customer.io's reporting webhook: 55 of its payloads). Each inline leaf of the payload union
    becomes a component named after the values it pins (``object_type: email`` + ``metric: sent``
    -> ``email_sent``; with one pinned value the parent's title leads: ``customer_subscribed``), so
    ``<ObjectType><Metric>`` finds its model. Identical to an existing component -> a ``$ref`` to it.
    """
    spec = copy.deepcopy(spec)
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    by_fingerprint = {_fingerprint(v): k for k, v in components.items() if isinstance(v, dict)}

    def hoist(union_owner: dict, parent_title: str) -> None:
        for union_key in _UNION_KEYS:
            members = union_owner.get(union_key)
            for index, member in enumerate(members if isinstance(members, list) else []):
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                if any(k in member for k in _UNION_KEYS):
                    hoist(member, str(member.get("title") or parent_title))
                    continue
                pinned = _pinned_values(spec, member)
                words = (
                    pinned
                    if len(pinned) > 1
                    else [parent_title, *pinned]
                    if pinned
                    else [parent_title, str(member.get("title") or index)]
                )
                name = _slug(" ".join(words))
                target = by_fingerprint.get(_fingerprint(member))
                if target is None:
                    target = _free_key(components, name)
                    _retitle(member, target)
                    components[target] = member
                    by_fingerprint[_fingerprint(member)] = target
                members[index] = {"$ref": f"#/components/schemas/{target}"}

    for section in _WEBHOOK_SECTIONS:
        for hook in (spec.get(section) or {}).values():
            for operation in (hook or {}).values() if isinstance(hook, dict) else ():
                content = ((operation or {}).get("requestBody") or {}).get("content") or {}
                for media in content.values():
                    schema = media.get("schema") if isinstance(media, dict) else None
                    if isinstance(schema, dict):
                        hoist(schema, str(schema.get("title") or "webhook"))
    return spec
