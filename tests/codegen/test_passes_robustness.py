"""The passes that make normalisation survive spec changes (issue 10), one synthetic spec each.

Each test checks the fix, that the pass is pure (input untouched), what it keeps in ``x-original-*``
keys, and that it leaves alone what it has no business with. The last tests run the generator on a
small spec that fails as published and passes normalised.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.apis import get_api
from codegen.generate import GenerationError, _run_generator
from codegen.normalise import PIPELINE, normalise
from codegen.normalise import passes as P
from codegen.normalise.composition import (
    hoist_models_of_passthrough_targets,
    split_single_ref_allof,
)
from codegen.normalise.discriminators import explicit_discriminator_mappings
from codegen.normalise.naming import named_schemas, unique_inline_class_names
from codegen.normalise.openapi31 import downgrade_openapi31
from codegen.normalise.parameters import safe_path_parameter_names


def run_pure(fix, spec: dict) -> dict:
    before = copy.deepcopy(spec)
    result = fix(spec)
    assert spec == before, f"{fix.__name__} mutated its input"
    assert result is not spec
    return result


def wrap(schemas: dict, paths: dict | None = None, version: str = "3.0.3") -> dict:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def post(schema: dict, operation_id: str = "x") -> dict:
    return {
        "post": {
            "operationId": operation_id,
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "ok"}},
        }
    }


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


# --- OpenAPI 3.1 -----------------------------------------------------------------------------


def test_downgrade_openapi31_rewrites_each_construct_and_keeps_the_original():
    props = {
        "a": {"type": ["string", "null"], "examples": ["x", "y"]},
        "b": {"type": ["string", "integer"]},
        "c": {"const": "fixed"},
        "d": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "maximum": 20},
        "e": {"$ref": "#/components/schemas/other", "nullable": True},
        "f": {"$ref": "#/components/schemas/other", "description": "docs only"},
        "g": {"anyOf": [ref("other"), {"type": "null"}]},
        "const": {"type": "string"},  # a property *named* const is not a const keyword
    }
    spec = wrap(
        {"s": {"type": "object", "properties": props, "example": {"type": ["not", "a", "schema"]}}}, version="3.1.0"
    )
    out = run_pure(downgrade_openapi31, spec)
    assert out["openapi"] == "3.0.3" and out["x-original-openapi"] == "3.1.0"
    got = out["components"]["schemas"]["s"]["properties"]
    assert (
        got["a"]["type"] == "string"
        and got["a"]["nullable"] is True
        and got["a"]["x-original-type"] == ["string", "null"]
    )
    assert got["a"]["example"] == "x" and got["a"]["examples"] == ["x", "y"]
    assert "type" not in got["b"] and got["b"]["anyOf"] == [{"type": "string"}, {"type": "integer"}]
    assert got["c"] == {"enum": ["fixed"], "type": "string", "x-original-const": "fixed"}
    assert (
        got["d"]["minimum"] == 0
        and got["d"]["exclusiveMinimum"] is True
        and got["d"]["x-original-exclusiveMinimum"] == 0
    )
    assert got["d"]["maximum"] == 10 and got["d"]["exclusiveMaximum"] is True and got["d"]["x-original-maximum"] == 20
    assert got["e"] == {"allOf": [ref("other")], "nullable": True, "x-original-ref-siblings": True}
    assert got["f"] == props["f"]  # documentation beside a $ref changes nothing
    assert got["g"]["anyOf"][1] == {"x-original-type": "null", "nullable": True, "enum": [None]}
    assert got["const"] == {"type": "string"}
    assert out["components"]["schemas"]["s"]["example"] == {"type": ["not", "a", "schema"]}  # data, not schema


def test_downgrade_openapi31_leaves_30_documents_alone():
    spec = wrap({"s": {"type": "object", "properties": {"c": {"const": "x"}}}})
    assert run_pure(downgrade_openapi31, spec) == spec


# --- path parameter names --------------------------------------------------------------------


def test_safe_path_parameter_names_renames_in_template_and_parameter():
    params = [
        {"name": "device.id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "seg-id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "page.size", "in": "query", "schema": {"type": "integer"}},
    ]
    paths = {
        "/a": {"get": {"responses": {}}},
        "/x/{device.id}/{seg-id}": {"get": {"parameters": params, "responses": {}}},
        "/z": {},
    }
    out = run_pure(safe_path_parameter_names, wrap({}, paths))
    assert list(out["paths"]) == ["/a", "/x/{device_id}/{seg_id}", "/z"]  # same place in the document
    item = out["paths"]["/x/{device_id}/{seg_id}"]
    got = item["get"]["parameters"]
    assert [p["name"] for p in got] == ["device_id", "seg_id", "page.size"]  # query names are sent as they are
    assert [p.get("x-original-name") for p in got] == ["device.id", "seg-id", None]
    assert item["x-original-path"] == "/x/{device.id}/{seg-id}"


# --- single-$ref compositions ----------------------------------------------------------------


def test_split_single_ref_allof_keeps_the_schemas_own_properties():
    own = {"allOf": [ref("base")], "required": ["b"], "properties": {"b": {"type": "string"}}}
    spec = wrap({"base": {"type": "object"}, "own": own, "plain": {"allOf": [ref("base")], "description": "d"}})
    out = run_pure(split_single_ref_allof, spec)
    got = out["components"]["schemas"]
    assert got["own"]["allOf"] == [
        ref("base"),
        {"required": ["b"], "properties": {"b": {"type": "string"}}, "type": "object"},
    ]
    assert "properties" not in got["own"]
    assert got["plain"] == spec["components"]["schemas"]["plain"]


COMMON = {
    "type": "object",
    "properties": {
        "data": {
            "type": "object",
            "properties": {"inner": {"type": "object", "properties": {"n": {"type": "string"}}}},
        },
        "kind": {"type": "string", "enum": ["p", "q"]},
        "items": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "string"}}}},
        "plain": {"type": "string"},
    },
}


def test_hoist_models_of_passthrough_targets_keeps_class_names():
    spec = wrap(
        {
            "common": COMMON,
            "v1": {"allOf": [ref("common")], "description": "one"},
            "v2": {"allOf": [ref("common"), {"type": "object", "properties": {"c": {"type": "string"}}}]},
        }
    )
    before = {n.name for n in named_schemas(spec)}
    out = run_pure(hoist_models_of_passthrough_targets, spec)
    got = out["components"]["schemas"]
    assert got["common"]["properties"]["data"] == ref("common_commondata")
    assert got["common"]["properties"]["kind"] == COMMON["properties"]["kind"]  # enums stay
    assert got["common"]["properties"]["items"]["items"] == ref("common_commonitemsitem")
    assert got["common"]["properties"]["plain"] == {"type": "string"}
    assert got["common_commondata"]["title"] == "CommonData"
    assert got["common_commondata"]["x-hoisted-from"] == "#/components/schemas/common"
    assert "inner" in got["common_commondata"]["properties"]  # nested schemas move with their holder
    assert {n.name for n in named_schemas(out)} == before  # the same classes, built once


def test_hoist_root_union_members_reaches_nested_unions_in_one_pass():
    member = {
        "title": "inner",
        "oneOf": [{"title": "a", "allOf": [{"type": "object"}, ref("common")]}, {"title": "b", "type": "object"}],
    }
    spec = wrap({"common": {"type": "object"}, "call": {"oneOf": [member, ref("common")]}})
    out = run_pure(P.hoist_root_union_members, spec)
    for key, schema in out["components"]["schemas"].items():
        for union in ("oneOf", "anyOf"):
            assert all("$ref" in m for m in schema.get(union, [])), (key, schema)
    assert len(out["components"]["schemas"]) == 5  # common, call, call_inner, call_inner_a, call_inner_b


# --- discriminators --------------------------------------------------------------------------


def _action(value: str, how: str = "enum") -> dict:
    pin = {"const": value} if how == "const" else {"type": "string", "enum": [value]}
    return {"type": "object", "required": ["action"], "properties": {"action": pin}}


def test_explicit_discriminator_mappings_from_pinned_members():
    schemas = {
        "person_identify": {"allOf": [{"type": "object"}, _action("identify")]},
        "person_delete": _action("delete", "const"),
        "ops": {"oneOf": [ref("person_identify"), ref("person_delete")], "discriminator": {"propertyName": "action"}},
    }
    out = run_pure(explicit_discriminator_mappings, wrap(schemas))
    assert out["components"]["schemas"]["ops"]["discriminator"]["mapping"] == {
        "identify": "#/components/schemas/person_identify",
        "delete": "#/components/schemas/person_delete",
    }


def test_explicit_discriminator_mappings_leaves_working_ones_and_sets_aside_broken_ones():
    schemas = {
        "identify": _action("identify"),
        "delete": _action("delete"),
        "open": {"type": "object", "properties": {"action": {"type": "string"}}},
        "implicit_ok": {"oneOf": [ref("identify"), ref("delete")], "discriminator": {"propertyName": "action"}},
        "written": {
            "oneOf": [ref("identify")],
            "discriminator": {"propertyName": "action", "mapping": {"x": "#/components/schemas/identify"}},
        },
        "unpinned": {"oneOf": [ref("identify"), ref("open")], "discriminator": {"propertyName": "action"}},
    }
    out = run_pure(explicit_discriminator_mappings, wrap(schemas))["components"]["schemas"]
    assert out["implicit_ok"] == schemas["implicit_ok"]
    assert out["written"] == schemas["written"]
    assert "discriminator" not in out["unpinned"]
    assert out["unpinned"]["x-original-discriminator"] == {"propertyName": "action"}


# --- clashing inline class names -------------------------------------------------------------


def _kinded(title: str, value: str) -> dict:
    return {"title": title, "type": "object", "properties": {"type": {"type": "string", "enum": [value]}}}


def test_unique_inline_class_names_sibling_unions_and_new_bodies():
    body = {
        "type": "object",
        "properties": {
            "people": {"type": "array", "items": {"oneOf": [_kinded("Item", "person"), {"type": "string"}]}},
            "objects": {"type": "array", "items": {"oneOf": [_kinded("Item", "object"), {"type": "string"}]}},
        },
    }
    schemas = {"AddDeviceBody": {"type": "object", "properties": {"a": {"type": "string"}}}}
    spec = wrap(schemas, {"/batch": post(body, "batch"), "/v2/device": post({"type": "object"}, "addDevice")})
    assert len({n.name for n in named_schemas(spec)}) < len(named_schemas(spec))
    out = run_pure(unique_inline_class_names, spec)
    names = [n.name for n in named_schemas(out)]
    assert len(names) == len(set(names)), names
    assert "AddDeviceBody" in names and "AddDeviceBody2" in names  # the component keeps its name
    assert "BatchBodyItem" in names and "BatchBodyItem2" in names
    second = out["paths"]["/batch"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert second["properties"]["objects"]["items"]["oneOf"][0]["x-original-title"] == "Item"


def test_unique_inline_class_names_lets_equal_enums_share_a_name():
    same = {"title": "Kind", "type": "string", "enum": ["a", "b"]}
    spec = wrap({}, {"/x": post({"type": "object", "properties": {"k1": same, "k2": same}})})
    assert run_pure(unique_inline_class_names, spec) == spec
    other = dict(same, enum=["c"])
    spec = wrap({}, {"/x": post({"type": "object", "properties": {"k1": same, "k2": other}})})
    names = sorted(n.name for n in named_schemas(run_pure(unique_inline_class_names, spec)))
    assert names == ["XBody", "XBodyKind", "XBodyKind2"]


def test_pipeline_is_idempotent():
    spec = wrap(
        {"common": COMMON, "v1": {"allOf": [ref("common")], "properties": {"b": {"type": "string"}}}},
        {
            "/x/{a.b}": {
                "get": {
                    "operationId": "g",
                    "parameters": [
                        {"name": "a.b", "in": "path", "required": True, "schema": {"type": ["string", "null"]}}
                    ],
                    "responses": {},
                }
            }
        },
        version="3.1.0",
    )
    once = normalise(spec)
    assert normalise(once) == once
    assert len({fix.__name__ for fix in PIPELINE}) == len(PIPELINE)


# --- the generator on specs that fail as published ------------------------------------------

FAILING = {
    "class 1: a component built twice through a single-$ref allOf": wrap(
        {
            "common": COMMON,
            "call": {"oneOf": [ref("v1"), ref("v2")]},
            "v1": {"allOf": [ref("common")], "properties": {"b": {"type": "string"}}},
            "v2": {"allOf": [ref("common")]},
        },
        {"/x": post(ref("call"))},
    ),
    "class 2: a nested root union": wrap(
        {
            "common": {"type": "object", "properties": {"t": {"type": "string"}}},
            "inner": {
                "oneOf": [
                    {
                        "title": "a",
                        "allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, ref("common")],
                    },
                    {
                        "title": "b",
                        "allOf": [{"type": "object", "properties": {"b": {"type": "string"}}}, ref("common")],
                    },
                ]
            },
            "call": {
                "oneOf": [
                    ref("inner"),
                    {
                        "title": "c",
                        "allOf": [{"type": "object", "properties": {"c": {"type": "integer"}}}, ref("common")],
                    },
                ]
            },
        },
        {"/x": post(ref("call"))},
    ),
    "class 3 and a clashing body": wrap(
        {"XBody": {"type": "object", "properties": {"a": {"type": "string"}}}},
        {
            "/x": post(
                {
                    "type": "object",
                    "properties": {
                        "p": {"oneOf": [_kinded("Item", "person"), {"type": "string"}]},
                        "o": {"oneOf": [_kinded("Item", "object"), {"type": "string"}]},
                    },
                }
            )
        },
    ),
    "a path parameter named with a dot": wrap(
        {},
        {
            "/x/{device.id}": {
                "get": {
                    "operationId": "g",
                    "parameters": [{"name": "device.id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    ),
}


def _generate(spec: dict, tmp_path: Path) -> None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    _run_generator(get_api("track"), path, tmp_path / "out")


@pytest.mark.parametrize("case", list(FAILING))
def test_the_generator_fails_on_the_published_spec_and_passes_normalised(case, tmp_path):
    with pytest.raises(GenerationError):
        _generate(FAILING[case], tmp_path / "raw")
    _generate(normalise(FAILING[case]), tmp_path / "normalised")
    result = subprocess.run(
        [sys.executable, "-c", "import out"], check=False, cwd=tmp_path / "normalised", capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


# --- documentation-only copies of components -------------------------------------------------


def test_align_documented_copies():
    from codegen.normalise.copies import RECORD, align_documented_copies

    device = {
        "type": "object",
        "description": "A device.",
        "properties": {"id": {"type": "string", "description": "Token."}, "description": {"type": "string"}},
    }
    reworded = copy.deepcopy(device)
    reworded.update(description="The device to add.", example={"id": "x"}, title="Device", **{"x-note": 1})
    reworded["properties"]["id"]["description"] = "The device token."
    different = copy.deepcopy(device)
    del different["properties"]["description"]  # a property named "description" is not documentation
    body = {"type": "object", "properties": {"a": reworded, "c": different, "d": copy.deepcopy(device)}}
    spec = wrap({"device": device}, {"/x": post(body)})
    out = run_pure(align_documented_copies, spec)
    got = out["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert got["a"] == dict(device, title="Device") and got["d"] == device and got["c"] == different
    pointer = "/paths/~1x/post/requestBody/content/application~1json/schema/properties/a"
    assert out[RECORD] == {
        pointer: {
            "": {"description": "The device to add.", "example": {"id": "x"}, "title": "Device", "x-note": 1},
            "/properties/id": {"description": "The device token."},
        }
    }
    shared = P.share_identical_inline_schemas(out)  # and the sharing pass now shares it
    props = shared["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert props["a"] == {"$ref": "#/components/schemas/device", "x-original-title": "Device"}


def test_align_documented_copies_skips_ambiguous_components():
    from codegen.normalise.copies import align_documented_copies

    one = {"type": "object", "description": "one", "properties": {"a": {"type": "string"}}}
    two = dict(one, description="two")
    spec = wrap({"one": one, "two": two}, {"/x": post(dict(one, description="three"))})
    assert run_pure(align_documented_copies, spec) == spec


def test_the_mock_accepts_discriminated_requests_only_once_the_mapping_is_explicit():
    """Class 7: with the implicit mapping (component names) the mock rejects every valid request."""
    import json as _json

    from customerio_sdk.testing._specs import ApiSpec

    schemas = {
        "person_identify": _action("identify"),
        "person_delete": _action("delete"),
        "ops": {"oneOf": [ref("person_identify"), ref("person_delete")], "discriminator": {"propertyName": "action"}},
    }
    spec = wrap(schemas, {"/entity": post(ref("ops"), "entity")})

    def problem(document: dict):
        checker = ApiSpec("track", document).checker(True)
        body = _json.dumps({"action": "delete"}).encode()
        return checker.check("/entity", "POST", [], [("Content-Type", "application/json")], {}, body, [])

    assert problem(spec) is not None
    assert problem(normalise(spec)) is None
