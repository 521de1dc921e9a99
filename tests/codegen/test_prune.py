"""codegen.normalise.prune: component schemas nothing reaches are dropped, nothing reachable is."""

from __future__ import annotations

from codegen.apis import APIS
from codegen.normalise import load_normalised
from codegen.normalise.prune import KEEP, prune_unreachable_schemas, reachable_schemas


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


SPEC = {
    "openapi": "3.0.3",
    "paths": {
        "/a": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": ref("Body")}}},
                "responses": {"200": {"$ref": "#/components/responses/Ok"}},
            }
        }
    },
    "x-webhooks": {"sent": {"post": {"requestBody": {"content": {"application/json": {"schema": ref("Hook")}}}}}},
    "components": {
        "responses": {"Ok": {"description": "ok", "content": {"application/json": {"schema": ref("Result")}}}},
        "schemas": {
            "Body": {"type": "object", "properties": {"item": {"type": "array", "items": ref("Item")}}},
            "Item": {"allOf": [ref("Base")]},
            "Base": {"type": "object", "properties": {"self": ref("Base")}},  # a cycle terminates
            "Result": {"type": "string"},
            "Hook": {"type": "object"},
            "Destination": {"type": "object", "properties": {"settings": ref("Settings")}},
            "Settings": {"type": "object"},
            "Declared": {"type": "object"},
        },
    },
}


def test_reachable_through_operations_shared_responses_webhooks_and_refs():
    assert reachable_schemas(SPEC) == {"Body", "Item", "Base", "Result", "Hook"}


def test_prune_drops_the_rest_and_lists_it():
    pruned = prune_unreachable_schemas(SPEC, keep=["Declared"])
    assert set(pruned["components"]["schemas"]) == {"Body", "Item", "Base", "Result", "Hook", "Declared"}
    assert pruned["components"]["x-pruned-schemas"] == ["Destination", "Settings"]
    assert pruned["components"]["schemas"]["Body"] == SPEC["components"]["schemas"]["Body"]  # untouched
    assert "Destination" in SPEC["components"]["schemas"]  # the input is not modified


def test_nothing_to_prune_returns_the_spec_unchanged():
    spec = prune_unreachable_schemas(SPEC)
    assert prune_unreachable_schemas(spec) is spec


def test_normalised_specs_keep_every_schema_an_operation_or_webhook_reaches():
    for api in APIS.values():
        spec = load_normalised(api)
        assert set(spec["components"]["schemas"]) == reachable_schemas(spec, KEEP.get(api.name, ()))
