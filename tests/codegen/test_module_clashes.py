"""Two operationIds that name one module (``addDevice`` and ``add_device`` are both module
``add_device``): the generator alone writes the second over the first, silently. The module lock
(:func:`codegen.module_lock.pin`) gives the second a module of its own, ``add_device_2``, records it,
and keeps it there in every later generation.
"""

from __future__ import annotations

import copy
import importlib
import sys

import pytest

from codegen.apis import APIS
from codegen.module_lock import LockFileError, pin

CLASH = (
    "operation 'addDevice' (/paths/~1v2~1devices/put) names module api.devices.add_device, which operation "
    "'add_device' (/paths/~1v1~1devices/put) has: it gets api.devices.add_device_2"
)


def _op(operation_id: str, tag: str = "Devices") -> dict:
    body = {"type": "object", "properties": {"token": {"type": "string"}}}
    return {
        "operationId": operation_id,
        "tags": [tag],
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok"}},
    }


def spec(*operations: tuple[str, str]) -> dict:
    """One PUT per (path, operationId), in this order."""
    paths = {path: {"put": _op(operation_id)} for path, operation_id in operations}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}


SPEC = spec(("/v1/devices", "add_device"), ("/v2/devices", "addDevice"))


def modules(pinned) -> dict[str, str]:
    return pinned.entry["operations"]


def test_the_second_operation_gets_a_module_of_its_own_and_the_notes_name_both():
    pinned = pin(SPEC, None)
    assert modules(pinned) == {"add_device": "api.devices.add_device", "addDevice": "api.devices.add_device_2"}
    assert pinned.notes == [CLASH]
    second = pinned.spec["paths"]["/v2/devices"]["put"]
    assert second["operationId"] == "add_device_2" and second["x-original-operationId"] == "addDevice"
    assert "x-original-operationId" not in pinned.spec["paths"]["/v1/devices"]["put"]
    assert SPEC["paths"]["/v2/devices"]["put"]["operationId"] == "addDevice"  # the input is untouched


def test_the_lock_keeps_the_choice_when_the_spec_is_reordered_or_loses_the_other_operation():
    entry = pin(SPEC, None).entry
    assert pin(SPEC, entry).entry == entry and pin(SPEC, entry).notes == []  # check-stable
    reordered = spec(("/v2/devices", "addDevice"), ("/v1/devices", "add_device"))
    assert modules(pin(reordered, entry)) == modules(pin(SPEC, None))
    alone = spec(("/v2/devices", "addDevice"))
    assert modules(pin(alone, entry)) == {"addDevice": "api.devices.add_device_2"}  # no import path moves


def test_a_locked_operation_keeps_its_module_and_the_newcomer_is_numbered():
    entry = pin(spec(("/v2/devices", "addDevice")), None).entry  # the module add_device was addDevice's
    pinned = pin(SPEC, entry)  # add_device is new and comes first in the document
    assert modules(pinned) == {"add_device": "api.devices.add_device_2", "addDevice": "api.devices.add_device"}
    assert pinned.notes[0] == (
        "operation 'add_device' (/paths/~1v1~1devices/put) names module api.devices.add_device, which "
        "operation 'addDevice' (/paths/~1v2~1devices/put) has: it gets api.devices.add_device_2"
    )


def test_the_number_skips_names_other_operations_have():
    three = spec(("/v1/devices", "add_device"), ("/v2/devices", "addDevice"), ("/v3/devices", "add_device_2"))
    assert modules(pin(three, None)) == {
        "add_device": "api.devices.add_device",
        "addDevice": "api.devices.add_device_3",
        "add_device_2": "api.devices.add_device_2",
    }


def test_one_name_in_two_packages_is_no_clash():
    two_tags = copy.deepcopy(SPEC)
    two_tags["paths"]["/v2/devices"]["put"]["tags"] = ["Devices v2"]
    pinned = pin(two_tags, None)
    assert modules(pinned) == {"add_device": "api.devices.add_device", "addDevice": "api.devices_v_2.add_device"}
    assert pinned.notes == []


def test_a_lock_putting_two_operations_in_one_module_stops_with_both_named():
    broken = {"operations": {"add_device": "api.devices.add_device", "addDevice": "api.devices.add_device"}}
    with pytest.raises(LockFileError) as raised:
        pin(SPEC, broken)
    message = str(raised.value)
    assert "'add_device' (/paths/~1v1~1devices/put)" in message
    assert "'addDevice' (/paths/~1v2~1devices/put)" in message
    assert "api.devices.add_device" in message


def test_normalisation_prefixes_the_second_operations_classes_with_its_module():
    from codegen.normalise import normalise
    from codegen.normalise.naming import named_schemas

    names = [n.name for n in named_schemas(normalise(SPEC))]
    assert names == ["AddDeviceBody", "AddDevice2Body"]  # not AddDeviceBody2 under add_device_2: AddDevice2Body2


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_both_operations_are_generated_and_send_their_own_operation_id(tmp_path, monkeypatch):
    from codegen.build import generate_package
    from codegen.generate import generate_spec
    from codegen.normalise import normalise

    api = APIS["app"]
    package = api.package
    # Today's failure, the generator alone: one module, holding whichever operation came last.
    bodiless = copy.deepcopy(SPEC)
    for item in bodiless["paths"].values():
        del item["put"]["requestBody"]  # (with bodies, it stops at the second AddDeviceBody instead)
    raw = generate_spec(api, bodiless, tmp_path / "raw")
    assert sorted(p.name for p in (raw / "api" / "devices").glob("*.py")) == ["__init__.py", "add_device.py"]
    assert '"url": "/v2/devices"' in (raw / "api" / "devices" / "add_device.py").read_text(encoding="utf-8")

    pinned = generate_package(api, normalise(SPEC), tmp_path / "out", None)
    assert generate_package(api, normalise(SPEC), tmp_path / "again", pinned.entry).entry == pinned.entry
    monkeypatch.syspath_prepend(str(tmp_path / "out"))
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        monkeypatch.delitem(sys.modules, name)
    inventory = importlib.import_module(f"{package}._operations")
    assert inventory.OPERATIONS == {
        "add_device": ("PUT", "/v1/devices", "api.devices.add_device"),
        "addDevice": ("PUT", "/v2/devices", "api.devices.add_device_2"),
    }
    models = importlib.import_module(f"{package}.models")
    for module_name, url, operation_id, body in (
        ("add_device", "/v1/devices", "add_device", models.AddDeviceBody),
        ("add_device_2", "/v2/devices", "addDevice", models.AddDevice2Body),
    ):
        module = importlib.import_module(f"{package}.api.devices.{module_name}")
        call = module._get_kwargs(body=body(token="t"))
        assert (call["method"], call["url"], call["json"]) == ("put", url, {"token": "t"})
        assert call["extensions"]["customerio"]["operation_id"] == operation_id


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_class_names_follow_the_locked_modules_when_the_lock_disagrees_with_document_order(tmp_path):
    """Normalisation foresees module names from document order (add_device first keeps the name);
    the lock says the older addDevice keeps it. Class names follow the lock's modules, and a clash
    that only the lock's choice creates (with a component named AddDevice2Body) is numbered instead
    of stopping the generator ("duplicate models")."""
    from codegen.build import generate_package
    from codegen.normalise import normalise

    api = APIS["app"]
    entry = pin(spec(("/v2/devices", "addDevice")), None).entry
    document = copy.deepcopy(SPEC)
    document["components"] = {
        "schemas": {"AddDevice2Body": {"type": "object", "properties": {"n": {"type": "integer"}}}}
    }
    media = document["paths"]["/v2/devices"]["put"]["responses"]["200"]
    media["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/AddDevice2Body"}}}
    pinned = generate_package(api, normalise(document), tmp_path, entry)
    assert modules(pinned) == {"add_device": "api.devices.add_device_2", "addDevice": "api.devices.add_device"}
    # The component keeps AddDevice2Body; add_device's body, in module add_device_2, is numbered;
    # addDevice's kept the number normalisation gave it (it foresaw the component clash for it).
    assert sorted(pinned.entry["models"]) == ["AddDevice2Body", "AddDevice2Body2", "AddDeviceBody2"]
    source = (tmp_path / api.package / "api" / "devices" / "add_device_2.py").read_text(encoding="utf-8")
    assert "body: AddDevice2Body2" in source and '"url": "/v1/devices"' in source
