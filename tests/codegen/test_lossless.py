"""Normalisation is lossless on the three real specs.

Pinned spec vs ``codegen.normalise.load_normalised(api)`` (generic passes + overlay): the same
operations, the same parameters, and, following ``$ref``, every property name and enum value
reachable from an operation's request body and success responses is still reachable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest

from codegen.apis import APIS, HTTP_METHODS
from codegen.normalise import load_normalised

OpKey = tuple[str, str, str]  # (method, path, operationId)


@pytest.fixture(scope="module", params=sorted(APIS))
def specs(request) -> tuple[str, dict, dict]:
    api = APIS[request.param]
    pinned = json.loads(api.spec_path.read_text(encoding="utf-8"))
    return api.name, pinned, load_normalised(api)


def resolve(spec: dict, node):
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"external $ref not supported here: {ref}"
        assert ref not in seen, f"$ref cycle: {ref}"
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def operations(spec: dict) -> dict[OpKey, tuple[dict, dict]]:
    ops = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                ops[(method, path, op["operationId"])] = (item, op)
    return ops


def parameters(spec: dict, item: dict, op: dict) -> set[tuple[str, str, bool]]:
    """(name, in, required) of an operation's effective parameters (path-level ones included)."""
    merged = {}
    for raw in (item.get("parameters") or []) + (op.get("parameters") or []):
        param = resolve(spec, raw)
        merged[(param["name"], param["in"])] = bool(param.get("required", False))
    return {(name, where, required) for (name, where), required in merged.items()}


def root_schemas(spec: dict, op: dict) -> Iterator[dict]:
    body = resolve(spec, op.get("requestBody")) or {}
    for media in (body.get("content") or {}).values():
        if "schema" in media:
            yield media["schema"]
    for code, response in (op.get("responses") or {}).items():
        if str(code).startswith("2"):
            for media in (resolve(spec, response).get("content") or {}).values():
                if "schema" in media:
                    yield media["schema"]


def reachable(spec: dict, roots: Iterable, *keys: str) -> dict[str, set[str]]:
    """What an operation's schemas contain, following $ref, properties, items, additionalProperties
    and allOf/oneOf/anyOf (unions and allOf are transparent, so moving a property between allOf
    parts or behind a $ref changes nothing):

    * ``properties``: property names;
    * ``paths``: property paths from the root (``.messages[].type``), so a name that also occurs
      elsewhere cannot hide the loss of one occurrence;
    * ``enum``: ``<path>=<JSON value>`` for every enum value;
    * each of ``keys``: the string values of that keyword anywhere (descriptions, titles, …).

    Recursive schemas are cut where a schema reappears among its own ancestors.
    """
    found: dict[str, set[str]] = {"properties": set(), "paths": set(), "enum": set(), **{k: set() for k in keys}}
    stack: list[tuple[object, str, frozenset[int]]] = [(root, "", frozenset()) for root in roots]
    while stack:
        raw, path, ancestors = stack.pop()
        node = resolve(spec, raw)
        if not isinstance(node, dict) or id(node) in ancestors:
            continue
        ancestors = ancestors | {id(node)}
        if isinstance(raw, dict) and raw is not node:  # siblings of $ref (x-original-title) count too
            for key in keys:
                if isinstance(raw.get(key), str):
                    found[key].add(raw[key])
        if isinstance(node.get("enum"), list):
            found["enum"].update(f"{path}={json.dumps(v, sort_keys=True)}" for v in node["enum"])
        if isinstance(node.get("properties"), dict):
            for name, sub in node["properties"].items():
                found["properties"].add(name)
                found["paths"].add(f"{path}.{name}")
                stack.append((sub, f"{path}.{name}", ancestors))
        for key in keys:
            value = node.get(key)
            values = value if isinstance(value, list) else [value]
            found[key].update(v for v in values if isinstance(v, str))
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}"), ("not", "!")):
            if isinstance(node.get(key), dict):
                stack.append((node[key], path + suffix, ancestors))
        for key in ("allOf", "oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                stack.extend((member, path, ancestors) for member in node[key])
    return found


def test_same_operations(specs):
    name, pinned, normalised = specs
    before, after = set(operations(pinned)), set(operations(normalised))
    assert before, f"{name}: no operations found in the pinned spec"
    assert after == before, f"{name}: lost {sorted(before - after)}, gained {sorted(after - before)}"


def test_same_parameters(specs):
    name, pinned, normalised = specs
    after_ops = operations(normalised)
    problems = []
    for key, (item, op) in operations(pinned).items():
        want = parameters(pinned, item, op)
        have = parameters(normalised, *after_ops[key])
        if want != have:
            problems.append(f"{key}: lost {sorted(want - have)}, gained {sorted(have - want)}")
    assert not problems, f"{name}: parameters changed:\n" + "\n".join(problems)


def test_nothing_reachable_disappears(specs):
    name, pinned, normalised = specs
    after_ops = operations(normalised)
    problems = []
    checked = 0
    for key, (_, op) in operations(pinned).items():
        want = reachable(pinned, root_schemas(pinned, op))
        have = reachable(normalised, root_schemas(normalised, after_ops[key][1]))
        checked += len(want["paths"]) + len(want["enum"])
        for kind in ("properties", "paths", "enum"):
            if lost := want[kind] - have[kind]:
                problems.append(f"{key}: {kind} lost: {sorted(lost)[:10]}")
    assert checked > 0, f"{name}: the walk found nothing to compare (is it following $ref?)"
    assert not problems, f"{name}: normalisation lost data:\n" + "\n".join(problems)


def test_components_keep_their_content(specs):
    """Components are models too (the App spec's x-webhooks payloads are reachable from no
    operation), so every pinned component must still exist and reach at least what it did, unless
    codegen/normalise/prune.py dropped it because nothing reaches it (listed in x-pruned-schemas)."""
    name, pinned, normalised = specs
    problems = []
    pruned = set(normalised["components"].get("x-pruned-schemas", []))
    for key in pinned["components"]["schemas"]:
        if key in pruned and key not in normalised["components"]["schemas"]:
            continue
        if key not in normalised["components"]["schemas"]:
            problems.append(f"component {key} removed")
            continue
        root = [{"$ref": f"#/components/schemas/{key}"}]
        want = reachable(pinned, root, "title")
        have = reachable(normalised, root, "title", "x-original-title")
        for kind in ("paths", "enum"):
            if lost := want[kind] - have[kind]:
                problems.append(f"component {key}: {kind} lost: {sorted(lost)[:10]}")
        if lost := want["title"] - have["title"] - have["x-original-title"]:
            problems.append(f"component {key}: titles lost: {sorted(lost)}")
    assert not problems, f"{name}: normalisation lost data:\n" + "\n".join(problems)


def test_descriptions_and_defaults_are_kept(specs):
    """Descriptions may move to x-merged-descriptions and defaults to x-original-default, never vanish."""
    name, pinned, normalised = specs
    after_ops = operations(normalised)
    problems = []
    for key, (_, op) in operations(pinned).items():
        want = reachable(pinned, root_schemas(pinned, op), "description", "default")
        have = reachable(
            normalised,
            root_schemas(normalised, after_ops[key][1]),
            "description",
            "x-merged-descriptions",
            "default",
            "x-original-default",
        )
        if lost := want["description"] - have["description"] - have["x-merged-descriptions"]:
            problems.append(f"{key}: descriptions lost: {sorted(lost)[:3]}")
        if lost := want["default"] - have["default"] - have["x-original-default"]:
            problems.append(f"{key}: string defaults lost: {sorted(lost)[:3]}")
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_titles_are_kept(specs):
    """A title may be renamed (x-original-title keeps it); documentation in titles should not vanish."""
    name, pinned, normalised = specs
    after_ops = operations(normalised)
    problems = []
    for key, (_, op) in operations(pinned).items():
        want = reachable(pinned, root_schemas(pinned, op), "title")
        have = reachable(normalised, root_schemas(normalised, after_ops[key][1]), "title", "x-original-title")
        if lost := want["title"] - have["title"] - have["x-original-title"]:
            problems.append(f"{key}: titles lost: {sorted(lost)}")
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_reachable_walk_follows_refs_and_guards_cycles():
    spec = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": ["leaf", "branch"]},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    },
                },
            }
        }
    }
    found = reachable(spec, [{"$ref": "#/components/schemas/Node"}])
    assert found["properties"] == {"kind", "children"}
    assert found["paths"] == {".kind", ".children"}  # cut where Node reappears inside itself
    assert found["enum"] == {'.kind="leaf"', '.kind="branch"'}


def test_reachable_walk_sees_a_loss_hidden_by_a_common_name():
    """Dropping one ``type`` property must show even though other schemas also have a ``type``."""
    pinned = {
        "components": {
            "schemas": {
                "A": {"properties": {"type": {"type": "string"}, "b": {"$ref": "#/components/schemas/B"}}},
                "B": {"allOf": [{"properties": {"type": {"enum": ["x", "y"]}}}]},
            }
        }
    }
    lossy = json.loads(json.dumps(pinned))
    del lossy["components"]["schemas"]["B"]["allOf"][0]["properties"]["type"]
    want = reachable(pinned, [{"$ref": "#/components/schemas/A"}])
    have = reachable(lossy, [{"$ref": "#/components/schemas/A"}])
    assert want["properties"] == have["properties"] == {"type", "b"}
    assert want["paths"] - have["paths"] == {".b.type"}
    assert want["enum"] - have["enum"] == {'.b.type="x"', '.b.type="y"'}
