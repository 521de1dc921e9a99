"""Scripted, realistic changes to the pinned specs: the kinds of change a spec release brings.

Each :class:`Mutation` is a small function that edits a deep copy of one pinned spec in place,
the operations whose requests must still be valid afterwards, and the public-name changes it
should produce, as data (names relative to the generated package: ``models.AddDeviceBody``,
``api.track_region.get_region``). ``covers`` says which class of issue 10 (1-9) or which named
kind of change it stands for.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Spec = dict[str, Any]


@dataclass(frozen=True)
class Mutation:
    name: str
    api: str  # app | track | pipelines
    apply: Callable[[Spec], None]  # edits the copy in place
    operations: tuple[str, ...]  # operationIds whose generated requests the mock must accept
    covers: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (old, new)
    moved: tuple[tuple[str, str], ...] = ()
    gone: tuple[str, ...] = field(default=())  # operationIds that must no longer exist


def operation(spec: Spec, path: str, method: str) -> dict:
    return spec["paths"][path][method]


def body_schema(spec: Spec, path: str, method: str) -> dict:
    return operation(spec, path, method)["requestBody"]["content"]["application/json"]["schema"]


def schemas(spec: Spec) -> dict:
    return spec["components"]["schemas"]


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


# --- OpenAPI 3.0 -> 3.1, the way Customer.io converted their files --------------------------

_DATA_KEYS = ("example", "examples", "default", "enum", "const")


def to_openapi31(spec: Spec) -> Spec:
    """The whole document as OpenAPI 3.1: ``nullable`` -> ``type`` lists, schema ``example`` ->
    ``examples`` lists, boolean exclusive bounds -> numbers, and single-value string enums that pin
    a property (``type: {enum: [identify]}``) -> ``const``."""
    spec = copy.deepcopy(spec)
    spec["openapi"] = "3.1.0"

    def schema(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                schema(item)
            return
        if not isinstance(node, dict):
            return
        if node.pop("nullable", False) is True:
            kind = node.get("type")
            if isinstance(kind, str):
                node["type"] = [kind, "null"]
            elif "enum" in node and None not in node["enum"]:
                node["enum"] = [*node["enum"], None]
        if "example" in node and "examples" not in node:
            node["examples"] = [node.pop("example")]
        for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if node.get(exclusive) is True and inclusive in node:
                node[exclusive] = node.pop(inclusive)
            elif node.get(exclusive) is False:
                del node[exclusive]
        enum = node.get("enum")
        if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str) and node.get("type") == "string":
            node["const"] = enum[0]
            del node["enum"]
        for key in ("items", "additionalProperties", "not"):
            schema(node.get(key))
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key) or []:
                schema(sub)
        for sub in (node.get("properties") or {}).values():
            schema(sub)

    def document(node: Any) -> None:
        """Everything that is not a schema: find the schemas in it."""
        if isinstance(node, list):
            for item in node:
                document(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "schema":
                    schema(value)
                elif key not in _DATA_KEYS and not key.startswith("x-codeSamples"):
                    document(value)

    for value in (spec.get("components") or {}).get("schemas", {}).values():
        schema(value)
    for key in ("paths", "x-webhooks", "webhooks"):
        document(spec.get(key))
    for key, value in (spec.get("components") or {}).items():
        if key != "schemas":
            document(value)
    return spec


def _whole_file_to_31(spec: Spec) -> None:
    converted = to_openapi31(spec)
    spec.clear()
    spec.update(converted)


# --- Track -----------------------------------------------------------------------------------

DEVICES = "/api/v1/customers/{identifier}/devices"


def _device_platform(spec: Spec) -> dict:
    return body_schema(spec, DEVICES, "put")["properties"]["device"]["allOf"][1]["properties"]["platform"]


def every_copy(spec: Spec, schema: dict, edit: Callable[[dict], None]) -> int:
    """Apply ``edit`` to ``schema`` and to every copy of it in the document (the pinned files paste
    components inline; a release changes all copies alike). Returns how many were edited."""
    original = copy.deepcopy(schema)
    found: list[dict] = []
    stack: list[Any] = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node == original:
                found.append(node)
                continue
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    for node in found:
        edit(node)
    return len(found)


def track_new_enum_value(spec: Spec) -> None:
    every_copy(spec, _device_platform(spec), lambda platform: platform["enum"].append("web"))


def track_new_optional_property(spec: Spec) -> None:
    device = body_schema(spec, DEVICES, "put")["properties"]["device"]["allOf"][1]
    new = {"type": "string", "description": "The app version.", "example": "2.1.0"}
    every_copy(spec, device, lambda copy_: copy_["properties"].__setitem__("app_version", copy.deepcopy(new)))


def track_new_required_property(spec: Spec) -> None:
    """Every kind of anonymous event (wherever the file pastes it) gets a required ``source``."""

    def add_source(member: dict) -> None:
        member["properties"]["source"] = {"type": "string", "description": "Where the event came from."}
        member["required"].append("source")

    for member in copy.deepcopy(body_schema(spec, "/api/v1/events", "post")["oneOf"]):
        every_copy(spec, member, add_source)


def track_body_inline_to_ref(spec: Spec) -> None:
    media = operation(spec, DEVICES, "put")["requestBody"]["content"]["application/json"]
    schemas(spec)["AddDeviceRequest"] = media["schema"]
    media["schema"] = ref("AddDeviceRequest")


def track_new_operation_with_clashing_body(spec: Spec) -> None:
    """A v2 ``addDevice``: its inline body derives ``AddDeviceBody``, the name v1's body has."""
    new = copy.deepcopy(operation(spec, DEVICES, "put"))
    new.update(operationId="addDevice", tags=["Track Devices"], summary="Add a device (v2)")
    new["requestBody"]["content"]["application/json"]["schema"]["properties"]["primary"] = {"type": "boolean"}
    spec["paths"]["/api/v2/customers/{identifier}/devices"] = {
        "parameters": copy.deepcopy(spec["paths"][DEVICES]["parameters"]),
        "put": new,
    }


def track_new_operation_with_clashing_module(spec: Spec) -> None:
    """A v2 ``addDevice`` in v1 ``add_device``'s tag: both operationIds name module ``add_device``."""
    new = copy.deepcopy(operation(spec, DEVICES, "put"))
    new.update(operationId="addDevice", summary="Add a device (v2)")
    spec["paths"]["/api/v2/customers/{identifier}/devices"] = {
        "parameters": copy.deepcopy(spec["paths"][DEVICES]["parameters"]),
        "put": new,
    }


def track_dotted_path_parameter(spec: Spec) -> None:
    old = "/api/v1/customers/{identifier}/devices/{device_id}"
    item = spec["paths"].pop(old)
    for param in item["parameters"]:
        if param["name"] == "device_id":
            param["name"] = "device.id"
    spec["paths"]["/api/v1/customers/{identifier}/devices/{device.id}"] = item


def track_dashed_path_parameter_on_new_operation(spec: Spec) -> None:
    spec["paths"]["/api/v1/segments/{segment-id}/customer_count"] = {
        "get": {
            "operationId": "segmentCustomerCount",
            "tags": ["Track Segments"],
            "security": [{"Tracking-API-Key": []}],
            "parameters": [{"name": "segment-id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"count": {"type": "integer"}}}}
                    },
                }
            },
        }
    }


def track_shared_dotted_path_parameter(spec: Spec) -> None:
    """Both segment membership operations use one ``components.parameters`` entry by ``$ref``,
    and the shared parameter is now named ``segment.id``."""
    shared = spec["components"]["parameters"]["segment_id"]
    shared["name"] = "segment.id"
    for action in ("add_customers", "remove_customers"):
        item = spec["paths"].pop(f"/api/v1/segments/{{segment_id}}/{action}")
        item["parameters"] = [
            {"$ref": "#/components/parameters/segment_id"} if p.get("name") == "segment_id" else p
            for p in item["parameters"]
        ]
        spec["paths"][f"/api/v1/segments/{{segment.id}}/{action}"] = item


def track_shared_enum_parameter_with_clashing_schema(spec: Spec) -> None:
    """Both segment membership operations take ``id_type`` by ``$ref`` to ``components.parameters``,
    and a new component schema is named ``AddToSegmentIdType`` (the class the generator gives
    ``add_to_segment``'s ``id_type`` enum) with other values, used by a new body property."""
    for action in ("add_customers", "remove_customers"):
        item = spec["paths"][f"/api/v1/segments/{{segment_id}}/{action}"]  # path-level parameters
        item["parameters"] = [
            {"$ref": "#/components/parameters/id_type"} if p.get("name") == "id_type" else p for p in item["parameters"]
        ]
    schemas(spec)["AddToSegmentIdType"] = {"type": "string", "enum": ["person", "object"]}
    body = body_schema(spec, "/api/v1/segments/{segment_id}/add_customers", "post")
    body["properties"]["kind"] = ref("AddToSegmentIdType")


def track_discriminators_without_mapping(spec: Spec) -> None:
    """Class 7: every Track v2 discriminator loses its mapping (the implicit one names nothing)."""
    stack: list[Any] = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("discriminator"), dict):
                node["discriminator"].pop("mapping", None)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def track_removed_operation(spec: Spec) -> None:
    del spec["paths"]["/unsubscribe/{delivery_id}"]


def track_renamed_operation(spec: Spec) -> None:
    operation(spec, "/api/v1/accounts/region", "get")["operationId"] = "getAccountRegion"


def track_new_path_parameter(spec: Spec) -> None:
    old = "/api/v1/forms/{form_id}/submit"
    item = spec["paths"].pop(old)
    item["post"]["parameters"].insert(
        0, {"name": "workspace_id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
    )
    spec["paths"]["/api/v1/workspaces/{workspace_id}/forms/{form_id}/submit"] = item


def track_new_security_scheme(spec: Spec) -> None:
    spec["components"]["securitySchemes"]["Track-Bearer"] = {"type": "http", "scheme": "bearer"}
    for path in ("/api/v1/customers/{identifier}", "/api/v1/events"):
        for op in spec["paths"][path].values():
            if isinstance(op, dict) and "security" in op:
                op["security"] = [{"Tracking-API-Key": []}, {"Track-Bearer": []}]


def track_204_only_response(spec: Spec) -> None:
    operation(spec, "/api/v1/customers/{identifier}/suppress", "post")["responses"] = {
        "204": {"description": "Suppressed; no content."}
    }


def track_new_operation(spec: Spec) -> None:
    spec["paths"]["/api/v1/customers/{identifier}/attributes"] = {
        "parameters": copy.deepcopy(spec["paths"]["/api/v1/customers/{identifier}/suppress"]["parameters"]),
        "patch": {
            "operationId": "updateAttributes",
            "tags": ["Track Customers"],
            "security": [{"Tracking-API-Key": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["attributes"],
                            "properties": {
                                "attributes": {"type": "object", "additionalProperties": True},
                                "mode": {"type": "string", "enum": ["merge", "replace"]},
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"description": "ok"}},
        },
    }


def track_whole_file_31(spec: Spec) -> None:
    _whole_file_to_31(spec)


# --- Pipelines -------------------------------------------------------------------------------


def _batch_items(spec: Spec) -> dict:
    return body_schema(spec, "/batch", "post")["properties"]["batch"]["items"]


def _call(kind: str, required: list[str], **props: Any) -> dict:
    """A call variant in the shape of the pinned file's: own fields, then the common ones by $ref."""
    own = {"type": {"type": "string", "enum": [kind]}, **props}
    return {"allOf": [{"type": "object", "required": ["type", *required], "properties": own}, ref("common_fields")]}


def pipelines_nested_union(spec: Spec) -> None:
    """Class 2: a new ``/calls`` body ``call`` is a root union whose members are a ``$ref`` to
    another root union with inline ``allOf: [{...}, $ref common_fields]`` members, and an inline
    union of such members: hoisting must reach every level."""
    user = {"userId": {"type": "string"}}
    schemas(spec)["person_calls"] = {
        "oneOf": [
            dict(_call("identify", ["userId"], **user, traits={"type": "object"}), title="identify"),
            dict(_call("alias", ["userId", "previousId"], **user, previousId={"type": "string"}), title="alias"),
        ]
    }
    events = {
        "title": "events",
        "oneOf": [
            dict(_call("track", ["userId", "event"], **user, event={"type": "string"}), title="track"),
            dict(_call("page", ["userId"], **user, name={"type": "string"}), title="page"),
        ],
    }
    schemas(spec)["call"] = {"oneOf": [ref("person_calls"), events]}
    spec["paths"]["/calls"] = {
        "post": {
            "operationId": "sendCall",
            "tags": ["Batch Operations"],
            "requestBody": {"required": True, "content": {"application/json": {"schema": ref("call")}}},
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
            },
        }
    }


def pipelines_single_ref_wrapper(spec: Spec) -> None:
    """Class 1: a property that is ``allOf: [$ref common_fields]`` plus a description: the generator
    builds common_fields' inline models (``CommonFieldsIntegrations``) a second time."""
    defaults = {
        "allOf": [ref("common_fields")],
        "description": "Fields applied to every call in the batch that does not set them.",
    }
    every_copy(spec, body_schema(spec, "/batch", "post"), lambda body: body["properties"].update(defaults=defaults))


def _component_named_for(spec: Spec, schema: dict, fallback: str) -> str:
    """The component equal to ``schema`` (the pinned file pastes components inline), or a new one."""
    for key, value in schemas(spec).items():
        if value == schema:
            return key
    schemas(spec)[fallback] = schema
    return fallback


def pipelines_own_properties_beside_single_ref(spec: Spec) -> None:
    """Class 1 (3.1 style): every call variant is ``{properties: ..., allOf: [$ref <common>]}``
    instead of a two-part ``allOf``; the generator would drop the variant's own properties."""
    common = body_schema(spec, "/identify", "post")["oneOf"][0]["allOf"][1]
    name = _component_named_for(spec, copy.deepcopy(common), "call_common")
    stack: list[Any] = [spec["paths"], {k: v for k, v in schemas(spec).items() if k != name}]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            parts = node.get("allOf")
            if isinstance(parts, list) and len(parts) == 2 and parts[1] == common and "properties" in parts[0]:
                own = node.pop("allOf")[0]
                node.update({k: v for k, v in own.items() if k in ("type", "required", "properties")})
                node["allOf"] = [ref(name)]
                continue
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def pipelines_sibling_union_enums(spec: Spec) -> None:
    """Class 3: the batch body (pasted twice: the ``batch`` component and the ``/batch`` body)
    drifts by documentation only in one copy (a reworded description, an example per member, a
    vendor key), so it is no longer an exact copy; each call type's "Known User" member would then
    derive one class name with a ``type`` enum of different values."""
    for kind in _batch_items(spec)["anyOf"]:
        kind["description"] = f"{kind.get('title')} call, as sent in a batch."
        kind["x-batch-only"] = True
        for member in kind.get("oneOf", []):
            member["example"] = {"type": str(kind.get("title", "")).lower()}


def pipelines_tags_removed(spec: Spec) -> None:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("tags", None)
    spec.pop("tags", None)


def pipelines_new_operation(spec: Spec) -> None:
    common_type = body_schema(spec, "/identify", "post")["oneOf"][0]["allOf"][1]["allOf"][0]["properties"]["type"]
    every_copy(spec, common_type, lambda kind: kind["enum"].append("merge"))  # a new call type
    identify = copy.deepcopy(body_schema(spec, "/identify", "post")["oneOf"][0])
    props = identify["allOf"][0]["properties"]
    props["type"] = {"type": "string", "enum": ["merge"]}
    props["previousId"] = {"type": "string", "description": "The identifier to merge into userId."}
    identify["allOf"][0]["required"] = ["userId", "previousId"]
    identify.pop("title", None)
    spec["paths"]["/merge"] = {
        "post": {
            "operationId": "merge",
            "tags": ["People"],
            "summary": "Merge two people",
            "requestBody": {"required": True, "content": {"application/json": {"schema": identify}}},
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
            },
        }
    }


def pipelines_ref_to_inline(spec: Spec) -> None:
    """The file's one ``$ref`` (email_properties in email_event_unsubscribed) replaced by a pasted,
    reworded copy of the component."""
    parts = schemas(spec)["email_event_unsubscribed"]["properties"]["properties"]["allOf"]
    pasted = copy.deepcopy(schemas(spec)["email_properties"])
    pasted["description"] = "Pasted here from email_properties, then reworded."
    pasted["example"] = {"email_id": "RPILAgABcRhIBqSp7kiPekGBIeVh"}
    parts[0] = pasted


def pipelines_whole_file_31(spec: Spec) -> None:
    _whole_file_to_31(spec)


# --- App -------------------------------------------------------------------------------------


def app_new_paginated_operation(spec: Spec) -> None:
    sender = operation(spec, "/v1/sender_identities", "get")
    item = sender["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["sender_identities"][
        "items"
    ]
    domain = {
        "type": "object",
        "properties": {
            "domain": {"type": "string", "example": "example.com"},
            "verified": {"type": "boolean"},
            "sender": copy.deepcopy(item),
        },
    }
    spec["paths"]["/v1/sender_domains"] = {
        "get": {
            "operationId": "listSenderDomains",
            "tags": ["Sender Identities"],
            "security": [{"Bearer-Auth": []}],
            "parameters": [
                {
                    "name": "start",
                    "in": "query",
                    "description": "The `next` of the previous page.",
                    "schema": {"type": "string"},
                },
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
                },
            ],
            "responses": {
                "200": {
                    "description": "A page of sending domains.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "domains": {"type": "array", "items": domain},
                                    "next": {"type": "string", "description": "Pass as `start` for the next page."},
                                },
                            }
                        }
                    },
                }
            },
        }
    }


def app_parameters_to_components(spec: Spec) -> None:
    """Every parameter (225: path, query, enums among them) moved to ``components.parameters`` and
    used by ``$ref``: a refactor a spec release may bring, which must change no public name."""
    shared = spec.setdefault("components", {}).setdefault("parameters", {})
    for item in spec["paths"].values():
        holders = [item, *(op for key, op in item.items() if key != "parameters" and isinstance(op, dict))]
        for holder in holders:
            for index, param in enumerate(holder.get("parameters") or []):
                key = f"{param['in']}_{param['name']}"
                while key in shared and shared[key] != param:
                    key += "_"
                shared[key] = copy.deepcopy(param)
                holder["parameters"][index] = {"$ref": f"#/components/parameters/{key}"}


def app_whole_file_31(spec: Spec) -> None:
    _whole_file_to_31(spec)


def _m(name: str, api: str, operations: tuple[str, ...], covers: str, **changes: Any) -> Mutation:
    return Mutation(name, api, globals()[name], operations, covers, **changes)


MUTATIONS: tuple[Mutation, ...] = (
    _m("track_new_enum_value", "track", ("add_device",), "a new enum value"),
    _m("track_new_optional_property", "track", ("add_device",), "a new optional property"),
    _m("track_new_required_property", "track", ("trackAnonymous",), "a new required property"),
    _m(
        "track_body_inline_to_ref",
        "track",
        ("add_device",),
        "a schema moved inline -> $ref",
        renamed=(("models.AddDeviceBody", "models.AddDeviceRequest"),),  # the old name stays as an alias
    ),
    _m(
        "track_new_operation_with_clashing_body",
        "track",
        ("addDevice", "add_device"),
        "a new operation whose body name clashes",
        added=(
            "api.track_devices.add_device",
            "models.AddDeviceBody2",
            "models.AddDeviceResponse4002",
            "models.AddDeviceResponse4002Meta",
        ),
    ),
    _m(
        "track_new_operation_with_clashing_module",
        "track",
        ("addDevice", "add_device"),
        "a new operationId naming an existing module (addDevice beside add_device)",
        added=(
            "api.track_customers.add_device_2",
            "models.AddDevice2Body",
            "models.AddDevice2Response400",
            "models.AddDevice2Response400Meta",
        ),
    ),
    _m("track_dotted_path_parameter", "track", ("delete_device",), "a path parameter named with '.'"),
    _m(
        "track_dashed_path_parameter_on_new_operation",
        "track",
        ("segmentCustomerCount",),
        "a path parameter named with '-'",
        added=("api.track_segments.segment_customer_count", "models.SegmentCustomerCountResponse200"),
    ),
    _m(
        "track_shared_dotted_path_parameter",
        "track",
        ("add_to_segment", "remove_from_segment"),
        "a path parameter named with '.' shared through components.parameters",
    ),
    _m(
        "track_shared_enum_parameter_with_clashing_schema",
        "track",
        ("add_to_segment", "remove_from_segment"),
        "an enum parameter shared through components.parameters whose class name a new schema takes",
        # The component keeps its name; add_to_segment's id_type enum (id/email/cio_id) moves to a
        # numbered class (remove_from_segment's is unchanged).
        added=("models.AddToSegmentIdType2",),
    ),
    _m("track_discriminators_without_mapping", "track", ("entity", "batch"), "class 7"),
    _m(
        "track_removed_operation",
        "track",
        ("suppress",),
        "a removed operation",
        removed=("api.track_customers.unsubscribe", "models.UnsubscribeBody"),
        gone=("unsubscribe",),
    ),
    _m(
        "track_renamed_operation",
        "track",
        ("getAccountRegion",),
        "a renamed operationId",
        renamed=(  # the module keeps its old path as an alias (codegen/public_modules.lock.json)
            ("api.track_region.get_region", "api.track_region.get_account_region"),
            ("models.GetRegionResponse200", "models.GetAccountRegionResponse200"),
            ("models.GetRegionResponse200Region", "models.GetAccountRegionResponse200Region"),
            ("models.GetRegionResponse200Url", "models.GetAccountRegionResponse200Url"),
        ),
        gone=("getRegion",),
    ),
    _m("track_new_path_parameter", "track", ("submitForm",), "a new path parameter"),
    _m("track_new_security_scheme", "track", ("identify", "trackAnonymous"), "a new security scheme"),
    _m("track_204_only_response", "track", ("suppress",), "a 204-only response"),
    _m(
        "track_new_operation",
        "track",
        ("updateAttributes",),
        "a new operation (Track)",
        added=(
            "api.track_customers.update_attributes",
            "models.UpdateAttributesBody",
            "models.UpdateAttributesBodyAttributes",
            "models.UpdateAttributesBodyMode",
        ),
    ),
    _m("track_whole_file_31", "track", ("add_device", "entity", "batch", "identify"), "3.0 -> 3.1, class 8"),
    _m(
        "pipelines_nested_union",
        "pipelines",
        ("sendCall",),
        "class 2 (and the class-4 message it hid)",
        added=(
            "api.batch_operations.send_call",
            "models.CallEventsPage",
            "models.CallEventsPageType",
            "models.CallEventsTrack",
            "models.CallEventsTrackType",
            "models.PersonCallsAlias",
            "models.PersonCallsAliasType",
            "models.PersonCallsIdentify",
            "models.PersonCallsIdentifyTraits",
            "models.PersonCallsIdentifyType",
            "models.SendCallResponse200",
        ),
    ),
    _m("pipelines_single_ref_wrapper", "pipelines", ("batch",), "class 1"),
    _m("pipelines_own_properties_beside_single_ref", "pipelines", ("identify", "track"), "class 1 (own properties)"),
    _m("pipelines_sibling_union_enums", "pipelines", ("batch",), "class 3 (documentation-only copies)"),
    _m("pipelines_tags_removed", "pipelines", ("identify",), "class 6: tags removed (module paths are locked)"),
    _m(
        "pipelines_new_operation",
        "pipelines",
        ("merge",),
        "a new operation (Pipelines)",
        added=(
            "api.people.merge",
            "models.MergeBody",
            "models.MergeBodyTraits",
            "models.MergeBodyTraitsCioSubscriptionPreferences",
            "models.MergeBodyTraitsCioSubscriptionPreferencesTopics",
            "models.MergeBodyType",
            "models.MergeResponse200",
        ),
    ),
    _m("pipelines_ref_to_inline", "pipelines", ("batch",), "a schema moved $ref -> inline (reworded copy)"),
    _m("pipelines_whole_file_31", "pipelines", ("identify", "batch", "track"), "3.0 -> 3.1, class 8"),
    _m(
        "app_parameters_to_components",
        "app",
        ("listSenders", "getPersonMessages", "listNewsletters", "listMessages"),
        "every parameter moved to components.parameters and used by $ref (no public name changes)",
    ),
    _m(
        "app_new_paginated_operation",
        "app",
        ("listSenderDomains",),
        "a new paginated operation (App)",
        added=(
            "api.sender_identities.list_sender_domains",
            "models.ListSenderDomainsResponse200",
            "models.ListSenderDomainsResponse200DomainsItem",
            "models.ListSenderDomainsResponse200DomainsItemSender",
            "models.ListSenderDomainsResponse200DomainsItemSenderTemplateType",
        ),
    ),
    _m("app_whole_file_31", "app", ("listSenders", "sendEmail", "getPeopleFilter"), "3.0 -> 3.1, class 8"),
)
