"""codegen.overlay_doc: OpenAPI Overlay 1.0.0 application on small synthetic specs."""

from __future__ import annotations

import copy
import json

import pytest

from codegen.overlay_doc import OverlayError, apply_overlay, apply_overlay_file, load_overlay, validate_overlay


def make_spec() -> dict:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v1/customers": {
                "post": {
                    "operationId": "createCustomer",
                    "tags": ["Customers"],
                    "parameters": [
                        {"name": "a", "in": "query", "schema": {"type": "string"}},
                        {"name": "b", "in": "query", "schema": {"type": "string"}},
                        {"name": "c", "in": "query", "schema": {"type": "string"}},
                        {"name": "d", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": "ok"}},
                },
                "get": {"operationId": "listCustomers", "responses": {"200": {"description": "ok"}}},
            }
        },
        "components": {
            "schemas": {
                "Filter": {
                    "oneOf": [
                        {"title": "and", "type": "object", "properties": {"and": {"type": "array"}}},
                        {"title": "or", "type": "object", "properties": {"or": {"type": "array"}}},
                        {"title": "and", "type": "object", "properties": {"x": {"type": "string"}}},
                    ]
                },
                "Unused": {"type": "string"},
            }
        },
    }


def overlay(*actions: dict) -> dict:
    return {"overlay": "1.0.0", "info": {"title": "fixes", "version": "1.0.0"}, "actions": list(actions)}


def act(target: str, **kw) -> dict:
    return {"target": target, "description": "because the test says so", **kw}


# --------------------------------------------------------------------------------------------------
# update


def test_update_deep_merges_objects_and_replaces_primitives():
    spec = make_spec()
    out = apply_overlay(
        spec,
        overlay(
            act(
                "$.paths['/v1/customers'].post",
                update={
                    "summary": "Create a customer",
                    "operationId": "create_customer",
                    "responses": {"201": {"description": "created"}, "200": {"x-note": "kept"}},
                },
            )
        ),
    )
    post = out["paths"]["/v1/customers"]["post"]
    assert post["summary"] == "Create a customer"
    assert post["operationId"] == "create_customer"
    assert post["responses"] == {"200": {"description": "ok", "x-note": "kept"}, "201": {"description": "created"}}
    assert post["tags"] == ["Customers"]  # untouched siblings survive


def test_update_appends_to_nested_arrays():
    out = apply_overlay(
        make_spec(),
        overlay(act("$.paths['/v1/customers'].post", update={"tags": ["Extra"], "parameters": [{"name": "e"}]})),
    )
    post = out["paths"]["/v1/customers"]["post"]
    assert post["tags"] == ["Customers", "Extra"]
    assert [p["name"] for p in post["parameters"]] == ["a", "b", "c", "d", "e"]


def test_update_on_array_target_appends_one_entry():
    out = apply_overlay(
        make_spec(),
        overlay(act("$.paths['/v1/customers'].post.parameters", update={"name": "limit", "in": "query"})),
    )
    params = out["paths"]["/v1/customers"]["post"]["parameters"]
    assert params[-1] == {"name": "limit", "in": "query"}
    assert len(params) == 5


def test_update_every_match_of_a_wildcard_and_values_are_not_shared():
    out = apply_overlay(make_spec(), overlay(act("$.paths.*.*", update={"x-meta": {"n": 1}})))
    ops = out["paths"]["/v1/customers"]
    assert ops["post"]["x-meta"] == {"n": 1} and ops["get"]["x-meta"] == {"n": 1}
    assert ops["post"]["x-meta"] is not ops["get"]["x-meta"]


def test_filter_expression_with_descendant_segment():
    out = apply_overlay(make_spec(), overlay(act("$..[?@.title == 'and']", update={"x-and": True})))
    variants = out["components"]["schemas"]["Filter"]["oneOf"]
    assert [v.get("x-and") for v in variants] == [True, None, True]


def test_yaml_integer_keys_become_strings():
    out = apply_overlay(
        make_spec(), overlay(act("$.paths['/v1/customers'].get.responses", update={404: {"description": "nf"}}))
    )
    assert json.loads(json.dumps(out))["paths"]["/v1/customers"]["get"]["responses"]["404"] == {"description": "nf"}


def test_update_on_primitive_node_is_an_error():
    with pytest.raises(OverlayError, match=r"actions\[0\].*cannot update .*operationId.*not an object"):
        apply_overlay(make_spec(), overlay(act("$.paths['/v1/customers'].post.operationId", update={"a": 1})))


def test_non_mapping_update_on_object_is_an_error():
    with pytest.raises(OverlayError, match="not a mapping"):
        apply_overlay(make_spec(), overlay(act("$.info", update="nope")))


def test_actions_apply_in_order():
    out = apply_overlay(
        make_spec(),
        overlay(
            act("$.components.schemas", update={"New": {"type": "object"}}),
            act("$.components.schemas.New", update={"title": "New"}),
        ),
    )
    assert out["components"]["schemas"]["New"] == {"type": "object", "title": "New"}


# --------------------------------------------------------------------------------------------------
# remove


def test_remove_from_object():
    out = apply_overlay(make_spec(), overlay(act("$.components.schemas.Unused", remove=True)))
    assert "Unused" not in out["components"]["schemas"]
    assert "Filter" in out["components"]["schemas"]


def test_remove_single_array_item():
    out = apply_overlay(make_spec(), overlay(act("$.paths['/v1/customers'].post.parameters[1]", remove=True)))
    assert [p["name"] for p in out["paths"]["/v1/customers"]["post"]["parameters"]] == ["a", "c", "d"]


def test_remove_multiple_array_items_without_index_shifting():
    target = "$.paths['/v1/customers'].post.parameters[?@.name == 'a' || @.name == 'c' || @.name == 'd']"
    out = apply_overlay(make_spec(), overlay(act(target, remove=True)))
    assert [p["name"] for p in out["paths"]["/v1/customers"]["post"]["parameters"]] == ["b"]


def test_remove_with_duplicate_matches_removes_each_node_once():
    out = apply_overlay(make_spec(), overlay(act("$.paths['/v1/customers'].post.parameters[0, 0, 2, -1]", remove=True)))
    assert [p["name"] for p in out["paths"]["/v1/customers"]["post"]["parameters"]] == ["b"]


def test_remove_matches_via_descendant_filter():
    out = apply_overlay(make_spec(), overlay(act("$..[?@.title == 'and']", remove=True)))
    assert [v["title"] for v in out["components"]["schemas"]["Filter"]["oneOf"]] == ["or"]


def test_remove_root_is_an_error():
    with pytest.raises(OverlayError, match="document root"):
        apply_overlay(make_spec(), overlay(act("$", remove=True)))


# --------------------------------------------------------------------------------------------------
# errors naming the action


def test_target_matching_nothing_names_source_index_description_and_target():
    doc = overlay(
        act("$.info", update={"x": 1}),
        {"target": "$.paths['/v1/gone'].post", "description": "fix the gone endpoint", "update": {"x": 1}},
    )
    with pytest.raises(OverlayError) as exc_info:
        apply_overlay(make_spec(), doc, source="overlays/track.yaml")
    message = str(exc_info.value)
    assert "overlays/track.yaml" in message
    assert "actions[1]" in message
    assert "fix the gone endpoint" in message
    assert "$.paths['/v1/gone'].post" in message
    assert "matched nothing" in message


def test_invalid_jsonpath_is_reported():
    with pytest.raises(OverlayError, match=r"actions\[0\].*invalid JSONPath"):
        apply_overlay(make_spec(), overlay(act("$.paths[?@.x ==]", update={"x": 1})))


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            {"info": {"title": "t", "version": "1"}, "actions": [act("$", update={})]},
            "missing required field 'overlay'",
        ),
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": [act("$", update={})]}, "version"),
        ({"overlay": "1.0.0", "actions": [act("$", update={})]}, "missing required field 'info'"),
        ({"overlay": "1.0.0", "info": {"title": "t"}, "actions": [act("$", update={})]}, "info.version"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}}, "missing required field 'actions'"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "non-empty list"),
        (overlay({"description": "d", "update": {}}), r"actions\[0\]: missing 'target'"),
        (overlay(act("$")), "neither 'update' nor 'remove: true'"),
        (overlay(act("$.info", update={}, remove=True)), "both 'update' and 'remove: true'"),
        (overlay({"target": "$.info", "update": {}}), "missing 'description'"),
        (overlay({"target": "$.info", "description": "  ", "update": {}}), "missing 'description'"),
        (overlay(act("$.info", remove="yes")), "'remove' must be true or false"),
        (overlay("not a mapping"), "an action must be a mapping"),
    ],
)
def test_invalid_documents(doc, expected):
    with pytest.raises(OverlayError, match=expected):
        validate_overlay(doc)
    with pytest.raises(OverlayError, match=expected):
        apply_overlay(make_spec(), doc)


def test_validation_lists_every_problem():
    doc = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"update": {}}, act("$")]}
    with pytest.raises(OverlayError) as exc_info:
        validate_overlay(doc, source="x.yaml")
    message = str(exc_info.value)
    assert message.startswith("x.yaml: invalid overlay document")
    assert "actions[0]: missing 'target'" in message
    assert "actions[0]: missing 'description'" in message
    assert "actions[1]: has neither" in message


def test_valid_document_passes():
    validate_overlay(overlay(act("$.info", update={}), act("$.x", remove=True)))


# --------------------------------------------------------------------------------------------------
# purity and files


def test_input_spec_and_overlay_are_not_mutated():
    spec, doc = (
        make_spec(),
        overlay(
            act("$.paths['/v1/customers'].post", update={"tags": ["More"], "responses": {"201": {}}}),
            act("$.paths['/v1/customers'].post.parameters[0]", remove=True),
            act("$.components.schemas.Unused", remove=True),
        ),
    )
    spec_before, doc_before = copy.deepcopy(spec), copy.deepcopy(doc)
    out = apply_overlay(spec, doc)
    assert spec == spec_before
    assert doc == doc_before
    assert out != spec
    # the result shares no mutable containers with the input or the overlay
    out["paths"]["/v1/customers"]["post"]["tags"].append("later")
    out["paths"]["/v1/customers"]["post"]["responses"]["201"]["x"] = 1
    assert spec == spec_before and doc == doc_before


def test_apply_overlay_file_and_load_overlay(tmp_path):
    path = tmp_path / "track.yaml"
    path.write_text(
        "overlay: 1.0.0\n"
        "info: {title: fixes, version: 1.0.0}\n"
        "actions:\n"
        "  - target: $.paths['/v1/customers'].get\n"
        "    description: document the 404\n"
        "    update:\n"
        "      responses:\n"
        "        404: {description: not found}\n",
        encoding="utf-8",
    )
    assert load_overlay(path)["overlay"] == "1.0.0"
    out = apply_overlay_file(make_spec(), path)
    assert out["paths"]["/v1/customers"]["get"]["responses"]["404"] == {"description": "not found"}


def test_file_errors_name_the_file(tmp_path):
    path = tmp_path / "stale.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - {target: '$.nope', description: stale fix, remove: true}\n",
        encoding="utf-8",
    )
    with pytest.raises(OverlayError, match=r"stale\.yaml: actions\[0\] \('stale fix'"):
        apply_overlay_file(make_spec(), path)
    (tmp_path / "bad.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(OverlayError, match="must be a mapping"):
        load_overlay(tmp_path / "bad.yaml")
    with pytest.raises(OverlayError, match="cannot read"):
        load_overlay(tmp_path / "missing.yaml")
