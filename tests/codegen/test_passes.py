"""codegen.normalise.passes: one small synthetic spec per pass.

Each test checks the fix itself, that the pass left its input untouched (passes are pure), and,
where the pass renames or moves something, that the original is kept in an ``x-original-*`` key.
"""

from __future__ import annotations

import copy

import pytest

from codegen.normalise import PIPELINE
from codegen.normalise import passes as P


def run_pure(fix, spec: dict) -> dict:
    """Apply ``fix`` and assert it neither mutated nor returned its input."""
    before = copy.deepcopy(spec)
    result = fix(spec)
    assert spec == before, f"{fix.__name__} mutated its input"
    assert result is not spec
    return result


def wrap(schemas: dict, paths: dict | None = None) -> dict:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def json_body(schema: dict) -> dict:
    return {"requestBody": {"content": {"application/json": {"schema": schema}}}, "responses": {}}


# --- dedupe_enum_values ----------------------------------------------------------------------


def test_dedupe_enum_values_keeps_first_occurrence_order():
    spec = wrap(
        {
            "align": {"type": "string", "enum": ["start", "center", "end", "center"]},
            "level": {"type": "integer", "enum": [0, 1, 1, 0]},
            "clean": {"type": "string", "enum": ["a", "b"]},
        }
    )
    out = run_pure(P.dedupe_enum_values, spec)
    schemas = out["components"]["schemas"]
    assert schemas["align"]["enum"] == ["start", "center", "end"]
    assert schemas["level"]["enum"] == [0, 1]
    assert schemas["clean"] == spec["components"]["schemas"]["clean"]


def test_dedupe_enum_values_keeps_values_of_different_json_types():
    spec = wrap({"mixed": {"enum": ["1", 1, "1", None, None]}})
    out = run_pure(P.dedupe_enum_values, spec)
    assert out["components"]["schemas"]["mixed"]["enum"] == ["1", 1, None]


def test_dedupe_enum_values_keeps_booleans_next_to_numbers():
    # In Python True == 1 and False == 0; in JSON Schema true and 1 are different values.
    spec = wrap({"mixed": {"enum": [0, False, 1, True]}})
    out = run_pure(P.dedupe_enum_values, spec)
    assert out["components"]["schemas"]["mixed"]["enum"] == [0, False, 1, True]


# --- move_contradicting_defaults -------------------------------------------------------------


def test_move_contradicting_defaults_moves_only_what_does_not_fit():
    spec = wrap(
        {
            "ctx": {
                "type": "object",
                "properties": {
                    "wifi": {"type": "boolean", "default": "$.context.network.wifi"},
                    "count": {"type": "integer", "default": "$.properties.count"},
                    "ratio": {"type": "number", "default": True},
                    "when": {"type": "string", "format": "date-time", "default": "$.timestamp"},
                    "day": {"type": "string", "format": "date", "default": "not a date"},
                    # defaults that fit stay where they are
                    "ok_bool": {"type": "boolean", "default": False},
                    "ok_int": {"type": "integer", "default": 3},
                    "ok_num": {"type": "number", "default": 3},
                    "ok_when": {"type": "string", "format": "date-time", "default": "2024-01-02T03:04:05Z"},
                    "ok_null": {"type": "string", "nullable": True, "default": None},
                    "no_type": {"default": "$.anything"},
                },
            }
        }
    )
    out = run_pure(P.move_contradicting_defaults, spec)
    props = out["components"]["schemas"]["ctx"]["properties"]
    moved = {
        "wifi": "$.context.network.wifi",
        "count": "$.properties.count",
        "ratio": True,
        "when": "$.timestamp",
        "day": "not a date",
    }
    for name, value in moved.items():
        assert "default" not in props[name], name
        assert props[name]["x-original-default"] == value, name
    for name in ("ok_bool", "ok_int", "ok_num", "ok_when", "ok_null", "no_type"):
        assert props[name] == spec["components"]["schemas"]["ctx"]["properties"][name], name


# --- merge_allof_repeated_properties ---------------------------------------------------------


def test_merge_allof_repeated_properties_keeps_one_merged_declaration():
    spec = wrap(
        {
            "order": {
                "allOf": [
                    {
                        "type": "object",
                        "required": ["products"],
                        "properties": {
                            "products": {
                                "type": "array",
                                "description": "first",
                                "items": {"type": "object", "properties": {"sku": {"type": "string"}}},
                            },
                            "total": {"type": "number"},
                        },
                    },
                    {
                        "type": "object",
                        "properties": {
                            "products": {
                                "type": "array",
                                "description": "second",
                                "items": {
                                    "type": "object",
                                    "required": ["price"],
                                    "properties": {"price": {"type": "number", "enum": [1, 2]}},
                                },
                            },
                            "currency": {"type": "string"},
                        },
                    },
                ]
            }
        }
    )
    out = run_pure(P.merge_allof_repeated_properties, spec)
    first, second = out["components"]["schemas"]["order"]["allOf"]
    assert set(first["properties"]) == {"products", "total"}
    assert set(second["properties"]) == {"currency"}, "the repeated property is declared once"
    products = first["properties"]["products"]
    assert set(products["items"]["properties"]) == {"sku", "price"}
    assert products["items"]["properties"]["price"]["enum"] == [1, 2]
    assert products["items"]["required"] == ["price"]
    # neither description is lost: the later one wins, both are listed
    assert products["description"] == "second"
    assert products["x-merged-descriptions"] == ["first", "second"]
    assert first["required"] == ["products"]


def test_merge_allof_repeated_properties_unions_scalar_lists():
    spec = wrap(
        {
            "s": {
                "allOf": [
                    {"properties": {"kind": {"type": "string", "enum": ["a", "b"]}}},
                    {"properties": {"kind": {"type": "string", "enum": ["b", "c"]}}},
                ]
            }
        }
    )
    out = run_pure(P.merge_allof_repeated_properties, spec)
    assert out["components"]["schemas"]["s"]["allOf"][0]["properties"]["kind"]["enum"] == ["a", "b", "c"]


# --- share_identical_inline_schemas ----------------------------------------------------------

ADDRESS = {
    "type": "object",
    "description": "A postal address.",
    "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
}


def test_share_identical_inline_schemas_refs_a_matching_component():
    inline = dict(ADDRESS, title="Shipping address")  # same content, different name
    spec = wrap(
        {"Address": dict(ADDRESS, title="Address")},
        {"/v1/orders": {"post": json_body({"type": "object", "properties": {"ship_to": inline}})}},
    )
    out = run_pure(P.share_identical_inline_schemas, spec)
    body = out["paths"]["/v1/orders"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    # the copy's own name is kept next to the $ref (tools ignore $ref siblings)
    assert body["properties"]["ship_to"] == {
        "$ref": "#/components/schemas/Address",
        "x-original-title": "Shipping address",
    }
    assert out["components"]["schemas"]["Address"] == spec["components"]["schemas"]["Address"]


def test_share_identical_inline_schemas_promotes_repeated_titled_copies():
    filter_schema = {
        "title": "Audience Filter",
        "type": "object",
        "properties": {"and": {"type": "array", "items": {"type": "object"}}},
    }
    spec = wrap(
        {"Other": {"type": "object", "properties": {"x": {"type": "string"}}}},
        {
            "/v1/search": {
                "post": json_body({"type": "object", "properties": {"filter": copy.deepcopy(filter_schema)}})
            },
            "/v1/export": {
                "post": json_body({"type": "object", "properties": {"filter": copy.deepcopy(filter_schema)}})
            },
        },
    )
    out = run_pure(P.share_identical_inline_schemas, spec)
    components = out["components"]["schemas"]
    assert components["audience_filter"] == filter_schema
    for path in ("/v1/search", "/v1/export"):
        body = out["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert body["properties"]["filter"] == {"$ref": "#/components/schemas/audience_filter"}, path


def test_share_identical_inline_schemas_leaves_single_or_untitled_copies_inline():
    once = {"title": "Once", "type": "object", "properties": {"a": {"type": "string"}}}
    untitled = {"type": "object", "properties": {"b": {"type": "string"}}}
    spec = wrap(
        {},
        {
            "/v1/a": {"post": json_body({"type": "object", "properties": {"x": once, "y": untitled}})},
            "/v1/b": {"post": json_body({"type": "object", "properties": {"y": copy.deepcopy(untitled)}})},
        },
    )
    out = run_pure(P.share_identical_inline_schemas, spec)
    assert out == spec


# --- unique_component_titles -----------------------------------------------------------------


def test_unique_component_titles_renames_clashing_titles_and_keeps_originals():
    spec = wrap(
        {
            "email_failed": {"title": "failed", "type": "object"},
            "push_failed": {"title": "Failed", "type": "object"},  # clashes once turned into a class name
            "sent": {"title": "sent", "type": "object"},
            "untitled": {"type": "string"},
        }
    )
    out = run_pure(P.unique_component_titles, spec)
    schemas = out["components"]["schemas"]
    assert schemas["email_failed"]["title"] == "email_failed"
    assert schemas["email_failed"]["x-original-title"] == "failed"
    assert schemas["push_failed"]["title"] == "push_failed"
    assert schemas["push_failed"]["x-original-title"] == "Failed"
    assert schemas["sent"] == {"title": "sent", "type": "object"}
    assert schemas["untitled"] == {"type": "string"}


# --- hoist_root_union_members ----------------------------------------------------------------


def test_hoist_root_union_members_moves_inline_members_to_components():
    known_user = {"title": "Known User", "type": "object", "properties": {"userId": {"type": "string"}}}
    anonymous = {"type": "object", "properties": {"anonymousId": {"type": "string"}}}
    spec = wrap(
        {
            "identify": {"oneOf": [known_user, anonymous, {"$ref": "#/components/schemas/extra"}]},
            "page": {"anyOf": [copy.deepcopy(known_user)]},
            "extra": {"type": "object"},
            "identify_known_user": {"type": "string"},  # an existing key: the new one must not overwrite it
        }
    )
    out = run_pure(P.hoist_root_union_members, spec)
    schemas = out["components"]["schemas"]
    assert schemas["identify"]["oneOf"] == [
        {"$ref": "#/components/schemas/identify_known_user_2"},
        {"$ref": "#/components/schemas/identify_option_2"},
        {"$ref": "#/components/schemas/extra"},
    ]
    assert schemas["identify_known_user"] == {"type": "string"}
    hoisted = schemas["identify_known_user_2"]
    assert hoisted["title"] == "identify Known User"
    assert hoisted["x-original-title"] == "Known User"
    assert hoisted["properties"] == known_user["properties"]
    assert schemas["identify_option_2"]["title"] == "identify option 2"
    assert schemas["identify_option_2"]["properties"] == anonymous["properties"]
    # the same inline title under another union becomes a different class
    assert schemas["page"]["anyOf"] == [{"$ref": "#/components/schemas/page_known_user"}]
    assert schemas["page_known_user"]["title"] == "page Known User"
    assert schemas["page_known_user"]["x-original-title"] == "Known User"


def test_hoist_root_union_members_titles_are_letters_and_digits_only():
    spec = wrap({"batch": {"oneOf": [{"title": "Track / Event (v2)", "type": "object"}]}})
    out = run_pure(P.hoist_root_union_members, spec)
    (ref,) = out["components"]["schemas"]["batch"]["oneOf"]
    hoisted = out["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    assert hoisted["title"] == "batch Track Event v2"
    assert hoisted["x-original-title"] == "Track / Event (v2)"


# --- disambiguate_union_member_titles --------------------------------------------------------


def test_disambiguate_union_member_titles_numbers_clashing_members():
    union = {
        "oneOf": [
            {"title": "failed", "type": "object", "properties": {"a": {"type": "string"}}},
            {"title": "sent", "type": "object"},
            {"title": "Failed", "type": "object", "properties": {"b": {"type": "string"}}},
            {"$ref": "#/components/schemas/other"},
        ]
    }
    spec = wrap({"other": {"type": "object"}}, {"/v1/x": {"post": json_body(union)}})
    out = run_pure(P.disambiguate_union_member_titles, spec)
    members = out["paths"]["/v1/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]["oneOf"]
    assert [m.get("title") for m in members] == ["failed 1", "sent", "Failed 2", None]
    assert members[0]["x-original-title"] == "failed"
    assert members[2]["x-original-title"] == "Failed"
    assert "x-original-title" not in members[1]
    assert members[0]["properties"] == {"a": {"type": "string"}}


# --- the pipeline ----------------------------------------------------------------------------


def test_every_pass_is_listed_once():
    names = [fix.__name__ for fix in PIPELINE]
    assert names == [
        "downgrade_openapi31",
        "safe_path_parameter_names",
        "dedupe_enum_values",
        "move_contradicting_defaults",
        "merge_allof_repeated_properties",
        "split_single_ref_allof",
        "align_documented_copies",
        "share_identical_inline_schemas",
        "hoist_webhook_payloads",
        "unique_component_titles",
        "hoist_root_union_members",
        "disambiguate_union_member_titles",
        "explicit_discriminator_mappings",
        "overlapping_one_of_to_any_of",
        "hoist_models_of_passthrough_targets",
        "unique_inline_class_names",
    ]


IDEMPOTENCE_SPEC = wrap(
    {
        "email_failed": {"title": "failed", "type": "object"},
        "push_failed": {"title": "failed", "type": "object"},
        "identify": {"oneOf": [{"title": "Known User", "type": "object"}, {"title": "known user", "type": "object"}]},
        "e": {"enum": ["a", "a"], "type": "string", "default": 1},
    },
    {"/v1/x": {"post": json_body({"type": "object", "properties": {"a": dict(ADDRESS, title="A")}})}},
)


@pytest.mark.parametrize("fix", PIPELINE, ids=lambda f: f.__name__)
def test_pass_is_idempotent(fix):
    once = run_pure(fix, IDEMPOTENCE_SPEC)
    assert run_pure(fix, once) == once


# --- overlapping_one_of_to_any_of ------------------------------------------------------------


def body_schema(spec: dict, path: str = "/x") -> dict:
    return spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]


def one_of(*members: dict, **extra) -> dict:
    return wrap({}, {"/x": {"post": json_body({"oneOf": list(members), **extra})}})


def test_plain_strings_overlap_and_become_any_of():
    # Track's identifier: id, email and cio_id are all plain strings.
    spec = one_of({"title": "id", "type": "string"}, {"title": "email", "type": "string"})
    schema = body_schema(run_pure(P.overlapping_one_of_to_any_of, spec))
    assert "oneOf" not in schema
    assert schema["anyOf"] == body_schema(spec)["oneOf"], "the alternatives themselves are unchanged"
    assert schema["x-original-union"] == "oneOf"


def test_objects_without_required_properties_overlap():
    # App audience filters: {} fits "and", "or" and "segment".
    spec = one_of(
        {"type": "object", "properties": {"and": {"type": "array"}}},
        {"type": "object", "properties": {"or": {"type": "array"}}},
    )
    assert "anyOf" in body_schema(P.overlapping_one_of_to_any_of(spec))


def test_different_required_properties_still_overlap():
    # Pipelines: a call with both userId and anonymousId fits both alternatives.
    spec = one_of(
        {"type": "object", "required": ["userId"], "properties": {"userId": {"type": "string"}}},
        {"type": "object", "required": ["anonymousId"], "properties": {"anonymousId": {"type": "string"}}},
    )
    assert "anyOf" in body_schema(P.overlapping_one_of_to_any_of(spec))


def test_overlapping_enums_through_ref_and_all_of_overlap():
    # Track metrics: "bounced" is a metric of the email and of the SMS alternative.
    schemas = {
        "base": {"type": "object", "required": ["delivery_id"], "properties": {"delivery_id": {"type": "string"}}}
    }
    members = [
        {
            "allOf": [
                {"$ref": "#/components/schemas/base"},
                {"required": ["metric"], "properties": {"metric": {"enum": m}}},
            ]
        }
        for m in (["opened", "bounced"], ["bounced", "delivered"])
    ]
    spec = wrap(schemas, {"/x": {"post": json_body({"oneOf": members})}})
    assert "anyOf" in body_schema(P.overlapping_one_of_to_any_of(spec))


def test_exclusive_alternatives_stay_one_of():
    cases = [
        # different types
        [{"type": "string"}, {"type": "integer"}],
        # a required property with disjoint values (a discriminator in all but name), via allOf and $ref
        [
            {"allOf": [{"$ref": "#/components/schemas/kind_a"}, {"properties": {"x": {"type": "string"}}}]},
            {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "b"}}},
        ],
        # one requires a property the other forbids
        [
            {"type": "object", "required": ["a"], "properties": {"a": {}}},
            {"type": "object", "properties": {"b": {}}, "additionalProperties": False},
        ],
        # disjoint enums
        [{"enum": ["a", "b"]}, {"enum": ["c"]}],
    ]
    schemas = {
        "kind_a": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["a"]}}}
    }
    for members in cases:
        spec = wrap(schemas, {"/x": {"post": json_body({"oneOf": members})}})
        schema = body_schema(run_pure(P.overlapping_one_of_to_any_of, spec))
        assert schema.get("oneOf") == members, members
        assert "x-original-union" not in schema


def test_integer_and_number_overlap_and_nullables_overlap():
    assert "anyOf" in body_schema(P.overlapping_one_of_to_any_of(one_of({"type": "integer"}, {"type": "number"})))
    nullable = one_of({"type": "string", "nullable": True}, {"type": "integer", "nullable": True})
    assert "anyOf" in body_schema(P.overlapping_one_of_to_any_of(nullable))


def test_a_discriminator_keeps_one_of():
    spec = one_of({"type": "string"}, {"type": "string"}, discriminator={"propertyName": "kind"})
    assert "oneOf" in body_schema(P.overlapping_one_of_to_any_of(spec))


def test_components_and_parameters_are_covered_and_the_pass_is_idempotent():
    schemas = {"ident": {"oneOf": [{"type": "string"}, {"type": "string", "format": "email"}]}}
    param = {"name": "identifier", "in": "path", "required": True, "schema": {"oneOf": [{"type": "string"}] * 2}}
    spec = wrap(schemas, {"/x/{identifier}": {"get": {"parameters": [param], "responses": {}}}})
    once = P.overlapping_one_of_to_any_of(spec)
    assert "anyOf" in once["components"]["schemas"]["ident"]
    assert "anyOf" in once["paths"]["/x/{identifier}"]["get"]["parameters"][0]["schema"]
    assert P.overlapping_one_of_to_any_of(once) == once


def test_the_pass_runs_after_every_pass_that_builds_unions():
    names = [fix.__name__ for fix in PIPELINE]
    last_union_pass = max(names.index(n) for n in ("hoist_root_union_members", "disambiguate_union_member_titles"))
    assert names.index("overlapping_one_of_to_any_of") > last_union_pass


# --- webhooks --------------------------------------------------------------------------------


def _with_webhook(schemas: dict, payload: dict) -> dict:
    spec = wrap(schemas)
    spec["x-webhooks"] = {
        "reporting": {"post": {"requestBody": {"content": {"application/json": {"schema": payload}}}}}
    }
    return spec


def _pin(value: str) -> dict:
    return {"type": "string", "enum": [value]}


def _payload_ref(out: dict, *path: int) -> str:
    node = out["x-webhooks"]["reporting"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    for index in path:
        node = node["oneOf"][index]
    return node["$ref"]


def test_hoist_webhook_payloads_names_inline_payloads_after_their_pinned_values():
    sent = {"title": "sent", "type": "object", "properties": {"object_type": _pin("email"), "metric": _pin("sent")}}
    customer = {
        "title": "Customer",
        "oneOf": [{"title": "subscribed", "type": "object", "properties": {"metric": _pin("subscribed")}}],
    }
    spec = _with_webhook({}, {"oneOf": [sent, customer]})
    out = run_pure(P.hoist_webhook_payloads, spec)
    schemas = out["components"]["schemas"]
    assert _payload_ref(out, 0) == "#/components/schemas/email_sent"
    assert _payload_ref(out, 1, 0) == "#/components/schemas/customer_subscribed"
    assert schemas["email_sent"]["x-original-title"] == "sent"
    assert schemas["email_sent"]["properties"] == sent["properties"]


def test_hoist_webhook_payloads_refers_to_an_identical_component():
    sent = {"type": "object", "properties": {"object_type": _pin("email"), "metric": _pin("sent")}}
    spec = _with_webhook({"email_sent": copy.deepcopy(sent)}, {"oneOf": [copy.deepcopy(sent)]})
    out = run_pure(P.hoist_webhook_payloads, spec)
    assert _payload_ref(out, 0) == "#/components/schemas/email_sent"
    assert set(out["components"]["schemas"]) == {"email_sent"}


def test_share_identical_inline_schemas_covers_webhook_payloads():
    payload = {"type": "object", "properties": {"metric": _pin("sent")}}
    spec = _with_webhook({"email_sent": copy.deepcopy(payload)}, {"oneOf": [copy.deepcopy(payload)]})
    out = run_pure(P.share_identical_inline_schemas, spec)
    assert _payload_ref(out, 0) == "#/components/schemas/email_sent"
