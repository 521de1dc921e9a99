"""codegen.module_lock: generated module paths do not follow tags that change or disappear."""

from __future__ import annotations

import copy
import importlib
import sys

import pytest

from codegen.apis import APIS
from codegen.module_lock import pin
from codegen.public_names import collect, compare

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/people/{id}": {
            "put": {
                "operationId": "identify",
                "tags": ["People"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/devices": {
            "delete": {
                "operationId": "delete_device",
                "tags": ["People"],
                "responses": {"204": {"description": "gone"}},
            }
        },
    },
}


def import_from(root, package: str, monkeypatch) -> None:
    """Make ``package`` import from ``root`` for this test (not the installed generated/)."""
    monkeypatch.syspath_prepend(str(root))
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        monkeypatch.delitem(sys.modules, name)


def ops(spec):
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}


def test_first_lock_records_every_module_from_the_tags():
    pinned = pin(SPEC, None)
    assert pinned.entry["operations"] == {
        "identify": "api.people.identify",
        "delete_device": "api.people.delete_device",
    }
    assert pinned.notes == [] and pinned.spec == SPEC


def test_locked_operation_keeps_its_module_when_tags_go():
    entry = pin(SPEC, None).entry
    untagged = copy.deepcopy(SPEC)
    for op in ops(untagged).values():
        del op["tags"]
    pinned = pin(untagged, entry)
    assert pinned.entry == entry
    assert ops(pinned.spec)["identify"]["tags"] == ["people"]
    assert ops(pinned.spec)["identify"]["x-original-tags"] == []


def test_renamed_operation_id_keeps_an_alias_and_new_operations_are_noted():
    entry = pin(SPEC, None).entry
    changed = copy.deepcopy(SPEC)
    ops(changed)["delete_device"]["operationId"] = "removeDevice"
    changed["paths"]["/segments"] = {
        "get": {"operationId": "listSegments", "responses": {"200": {"description": "ok"}}}
    }
    pinned = pin(changed, entry)
    assert pinned.entry["operations"]["removeDevice"] == "api.people.remove_device"
    assert pinned.entry["aliases"] == {"api.people.delete_device": "api.people.remove_device"}
    assert pinned.entry["operations"]["listSegments"] == "api.default.list_segments"
    assert any("'delete_device' is now 'removeDevice'" in n for n in pinned.notes)
    assert any("new operation 'listSegments'" in n for n in pinned.notes)
    assert pin(changed, pinned.entry).entry == pinned.entry  # stable: check reproduces it


def test_removed_operation_is_noted_and_leaves_the_lock():
    entry = pin(SPEC, None).entry
    smaller = copy.deepcopy(SPEC)
    del smaller["paths"]["/devices"]
    pinned = pin(smaller, entry)
    assert "delete_device" not in pinned.entry["operations"]
    assert pinned.notes == ["operation 'delete_device' left the spec: api.people.delete_device is removed"]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_generated_alias_module_imports_and_is_reported_as_moved(tmp_path, monkeypatch):
    from codegen.generate import generate_spec

    api = APIS["pipelines"]
    entry = pin(SPEC, None).entry
    generate_spec(api, SPEC, tmp_path / "old")
    changed = copy.deepcopy(SPEC)
    ops(changed)["delete_device"]["operationId"] = "removeDevice"
    for op in ops(changed).values():
        op["tags"] = ["Renamed tag"]
    pinned = pin(changed, entry)
    generate_spec(api, pinned.spec, tmp_path / "new", aliases=pinned.entry["aliases"])
    result = compare(collect(tmp_path / "old"), collect(tmp_path / "new"))
    p = api.package
    assert result.as_dict() == {
        "added": [],
        "removed": [],
        "renamed": [f"{p}.api.people.delete_device -> {p}.api.people.remove_device"],
        "moved": [],
    }
    import_from(tmp_path / "new", p, monkeypatch)
    old = importlib.import_module(f"{p}.api.people.delete_device")
    new = importlib.import_module(f"{p}.api.people.remove_device")
    assert old.sync_detailed is new.sync_detailed and old.__all__ == ["asyncio_detailed", "sync_detailed"]


BODY_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/devices": {
            "put": {
                "operationId": "add_device",
                "tags": ["devices"],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"id": {"type": "string"}, "last_used": {"type": "integer"}},
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_a_body_moved_to_a_ref_keeps_its_old_class_name_as_an_alias(tmp_path, monkeypatch):
    from codegen.build import generate_package

    api = APIS["pipelines"]
    first = generate_package(api, BODY_SPEC, tmp_path / "old", None)
    assert "AddDeviceBody" in first.entry["models"] and first.entry["model_aliases"] == {}
    moved = copy.deepcopy(BODY_SPEC)
    body = moved["paths"]["/devices"]["put"]["requestBody"]["content"]["application/json"]
    moved["components"] = {"schemas": {"AddDeviceRequest": body["schema"]}}
    body["schema"] = {"$ref": "#/components/schemas/AddDeviceRequest"}
    second = generate_package(api, moved, tmp_path / "new", first.entry)
    assert second.entry["model_aliases"] == {"AddDeviceBody": ["add_device_body", "AddDeviceRequest"]}
    assert second.notes == ["class AddDeviceBody is now AddDeviceRequest: models.AddDeviceBody kept as an alias"]
    assert generate_package(api, moved, tmp_path / "again", second.entry).entry == second.entry  # check-stable

    p = api.package
    result = compare(collect(tmp_path / "old"), collect(tmp_path / "new"))
    assert result.renamed == [f"{p}.models.AddDeviceBody -> {p}.models.AddDeviceRequest"]
    assert result.removed == result.added == []
    import_from(tmp_path / "new", p, monkeypatch)
    models = importlib.import_module(f"{p}.models")
    assert models.AddDeviceBody is models.AddDeviceRequest
    assert "AddDeviceBody" in models.__all__
    assert importlib.import_module(f"{p}.models.add_device_body").AddDeviceBody is models.AddDeviceRequest
