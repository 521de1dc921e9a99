"""codegen.public_names: which public names a generation exposes, and renames/moves told apart
from removals and additions (hand-written trees, then two real generations of a synthetic spec)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import diff as diff_command
from codegen.apis import APIS
from codegen.public_names import NameChanges, collect, compare

PKG = "pkg_api"


def tree(root: Path, operations: dict, models: dict[str, str], aliases: dict | None = None) -> Path:
    """A minimal generated package: ``_operations.py`` plus one module per model class."""
    base = root / PKG
    (base / "models").mkdir(parents=True)
    (base / "__init__.py").write_text("")
    lines = [f"OPERATIONS: dict[str, tuple[str, str, str]] = {operations!r}"]
    if aliases:
        lines.append(f"ALIASES: dict[str, str] = {aliases!r}")
    (base / "_operations.py").write_text("\n".join(lines) + "\n")
    imports = []
    for class_name, source in models.items():
        module = class_name.lower()
        (base / "models" / f"{module}.py").write_text(source)
        imports.append(f"    from .{module} import {class_name}")
    (base / "models" / "__init__.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n" + "\n".join(imports or ["    pass"]) + "\n"
    )
    return root


def model(class_name: str, /, **fields: str) -> str:
    body = "\n".join(f"    {k}: {v}" for k, v in fields.items()) or "    pass"
    return f"@define\nclass {class_name}:\n{body}\n"


def enum(name: str, *values: str) -> str:
    body = "\n".join(f"    {v.upper()} = {v!r}" for v in values)
    return f"class {name}(str, Enum):\n{body}\n"


OPS = {
    "identify": ("PUT", "/people/{id}", "api.people.identify"),
    "list_segments": ("GET", "/segments", "api.segments.list_segments"),
}
MODELS = {
    "IdentifyBody": model("IdentifyBody", name="str", plan="IdentifyBodyPlan | Unset"),
    "IdentifyBodyPlan": enum("IdentifyBodyPlan", "free", "pro"),
    "Segment": model("Segment", id="int", name="str"),
}


def changes(tmp_path: Path, old: tuple, new: tuple) -> NameChanges:
    return compare(collect(tree(tmp_path / "old", *old)), collect(tree(tmp_path / "new", *new)))


def test_collect_reads_operations_models_and_enums(tmp_path):
    names = collect(tree(tmp_path, OPS, MODELS))
    assert {n: p.kind for n, p in names.items()} == {
        "pkg_api.api.people.identify": "operation",
        "pkg_api.api.segments.list_segments": "operation",
        "pkg_api.models.IdentifyBody": "model",
        "pkg_api.models.IdentifyBodyPlan": "enum",
        "pkg_api.models.Segment": "model",
    }
    assert names["pkg_api.api.people.identify"].identity == "op:identify"


def test_same_generation_has_no_changes(tmp_path):
    assert changes(tmp_path, (OPS, MODELS), (OPS, MODELS)).empty


def test_tag_change_is_a_move_and_operation_id_rename_a_rename(tmp_path):
    new_ops = {
        "identify": ("PUT", "/people/{id}", "api.default.identify"),
        "listSegments": ("GET", "/segments", "api.segments.list_segments_2"),
        "get_segment": ("GET", "/segments/{id}", "api.segments.get_segment"),
    }
    result = changes(tmp_path, (OPS, MODELS), (new_ops, MODELS))
    assert result.moved == ["pkg_api.api.people.identify -> pkg_api.api.default.identify"]
    assert result.renamed == ["pkg_api.api.segments.list_segments -> pkg_api.api.segments.list_segments_2"]
    assert result.added == ["pkg_api.api.segments.get_segment"]
    assert result.removed == []


def test_model_renamed_with_its_nested_enum(tmp_path):
    new_models = {
        "IdentifyRequest": model("IdentifyRequest", name="str", plan="IdentifyRequestPlan | Unset"),
        "IdentifyRequestPlan": enum("IdentifyRequestPlan", "free", "pro"),
        "Segment": MODELS["Segment"],
    }
    result = changes(tmp_path, (OPS, MODELS), (OPS, new_models))
    assert result.renamed == [
        "pkg_api.models.IdentifyBody -> pkg_api.models.IdentifyRequest",
        "pkg_api.models.IdentifyBodyPlan -> pkg_api.models.IdentifyRequestPlan",
    ]
    assert result.added == result.removed == []


def test_changed_shape_is_remove_plus_add_and_ambiguous_shapes_are_not_matched(tmp_path):
    old_models = {"A": model("A", x="int"), "B": model("B", x="int"), "C": model("C", y="str")}
    new_models = {"D": model("D", x="int"), "E": model("E", x="int"), "F": model("F", y="int")}
    result = changes(tmp_path, ({}, old_models), ({}, new_models))
    assert result.renamed == []  # two old and two new classes share x:int; C and F differ in type
    assert result.removed == ["pkg_api.models.A", "pkg_api.models.B", "pkg_api.models.C"]
    assert result.added == ["pkg_api.models.D", "pkg_api.models.E", "pkg_api.models.F"]


def test_new_enum_value_is_no_name_change_but_a_removed_operation_is(tmp_path):
    new_models = dict(MODELS, IdentifyBodyPlan=enum("IdentifyBodyPlan", "free", "pro", "team"))
    new_ops = {"identify": OPS["identify"]}
    result = changes(tmp_path, (OPS, MODELS), (new_ops, new_models))
    assert result.as_dict() == {
        "added": [],
        "removed": ["pkg_api.api.segments.list_segments"],
        "renamed": [],
        "moved": [],
    }


def test_a_name_kept_as_alias_is_reported_as_moved_not_removed(tmp_path):
    new_ops = {"identify": ("PUT", "/people/{id}", "api.default.identify"), "list_segments": OPS["list_segments"]}
    result = changes(tmp_path, (OPS, MODELS), (new_ops, MODELS, {"api.people.identify": "api.default.identify"}))
    assert result.moved == ["pkg_api.api.people.identify -> pkg_api.api.default.identify"]
    assert result.removed == result.added == []


def test_diff_command_on_two_directories(tmp_path, capsys):
    old = tree(tmp_path / "old", OPS, MODELS)
    new = tree(tmp_path / "new", {"identify": OPS["identify"]}, MODELS)
    args = diff_command_args(str(old), str(new), json=True)
    assert diff_command.run(args) == 0
    assert json.loads(capsys.readouterr().out)["removed"] == ["pkg_api.api.segments.list_segments"]


def diff_command_args(old: str, new: str, json: bool = False):
    import argparse

    return argparse.Namespace(old=old, new=new, api=None, json=json)


# --- two real generations of a synthetic spec -------------------------------------------------

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "synthetic", "version": "1"},
    "paths": {
        "/people/{id}": {
            "put": {
                "operationId": "identify",
                "tags": ["People"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "name": {"type": "string"},
                                    "plan": {"type": "string", "enum": ["free", "pro"]},
                                },
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/segments": {
            "get": {
                "operationId": "list_segments",
                "tags": ["Segments"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Segment"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Segment": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
        }
    },
}


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_generations_of_a_synthetic_spec(tmp_path):
    from codegen.generate import generate_spec

    api = APIS["pipelines"]
    mutated = copy.deepcopy(SPEC)
    identify = mutated["paths"]["/people/{id}"]["put"]
    del identify["tags"]  # the module would move to api.default
    body = identify["requestBody"]["content"]["application/json"]
    mutated["components"]["schemas"]["IdentifyRequest"] = body["schema"]  # inline -> $ref
    body["schema"] = {"$ref": "#/components/schemas/IdentifyRequest"}
    mutated["paths"]["/segments"]["get"]["operationId"] = "listAllSegments"
    generate_spec(api, SPEC, tmp_path / "old")
    generate_spec(api, mutated, tmp_path / "new")
    result = compare(collect(tmp_path / "old"), collect(tmp_path / "new"))
    p = api.package
    assert result.as_dict() == {
        "added": [],
        "removed": [],
        "renamed": [
            f"{p}.api.segments.list_segments -> {p}.api.segments.list_all_segments",
            f"{p}.models.IdentifyBody -> {p}.models.IdentifyRequest",
            f"{p}.models.IdentifyBodyPlan -> {p}.models.IdentifyRequestPlan",
        ],
        "moved": [f"{p}.api.people.identify -> {p}.api.default.identify"],
    }
    out = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", str(tmp_path / "old"), str(tmp_path / "new")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "1 moved" in out and "3 renamed" in out


def test_a_parent_is_matched_through_its_renamed_nested_class(tmp_path):
    old_models = {
        "MergeResponse400": model("MergeResponse400", meta="MergeResponse400Meta | Unset"),
        "MergeResponse400Meta": model("MergeResponse400Meta", code="int", errors="list[str]"),
        "DeleteDeviceResponse400": model("DeleteDeviceResponse400", meta="DeleteDeviceResponse400Meta | Unset"),
        "DeleteDeviceResponse400Meta": model("DeleteDeviceResponse400Meta", code="int", reason="bool"),
    }
    new_models = {
        "MergeCustomersResponse400": model("MergeCustomersResponse400", meta="MergeCustomersResponse400Meta | Unset"),
        "MergeCustomersResponse400Meta": model("MergeCustomersResponse400Meta", code="int", errors="list[str]"),
    }
    result = changes(tmp_path, ({}, old_models), ({}, new_models))
    assert result.renamed == [
        "pkg_api.models.MergeResponse400 -> pkg_api.models.MergeCustomersResponse400",
        "pkg_api.models.MergeResponse400Meta -> pkg_api.models.MergeCustomersResponse400Meta",
    ]
    assert result.removed == ["pkg_api.models.DeleteDeviceResponse400", "pkg_api.models.DeleteDeviceResponse400Meta"]
    assert result.added == []
