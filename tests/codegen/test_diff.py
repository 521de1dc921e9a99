"""``python -m codegen diff``: the pure comparison (diff_specs), the report, --json, --api and errors.

The realistic cases edit a copy of the pinned Track spec (loaded once per module; ~1.6 MB); the
finer points use small synthetic specs.
"""

from __future__ import annotations

import copy
import json

import pytest

from codegen.__main__ import main
from codegen.apis import APIS
from codegen.diff import diff_specs, format_report

TRACK_PATH = APIS["track"].spec_path
REMOVED = ("delete", "/api/v1/customers/{identifier}/devices/{device_id}")
PARAM_OP = ("get", "/api/v1/accounts/region")
BODY_OP = ("post", "/api/v1/metrics")


@pytest.fixture(scope="module")
def track() -> dict:
    return json.loads(TRACK_PATH.read_text(encoding="utf-8"))


def _first_enum(schema, spec, path=()):
    """Depth-first: the first (inline) schema object with an enum under ``schema``, and its property path."""
    if isinstance(schema, dict):
        if isinstance(schema.get("enum"), list) and len(schema["enum"]) > 1:
            return schema, path
        for key in ("properties", "allOf", "oneOf", "anyOf"):
            children = schema.get(key) or {}
            items = children.items() if isinstance(children, dict) else enumerate(children)
            for name, sub in items:
                found = _first_enum(sub, spec, (*path, name) if key == "properties" else path)
                if found:
                    return found
    return None


def _unreferenced_schema(spec: dict) -> str:
    text = json.dumps(spec)
    for name in spec["components"]["schemas"]:
        if f'"#/components/schemas/{name}"' not in text:
            return name
    raise AssertionError("every component schema is referenced")


@pytest.fixture(scope="module")
def edited(track) -> tuple[dict, dict]:
    """A NEW Track spec with one of each kind of change, and facts about what was changed."""
    new = copy.deepcopy(track)
    paths = new["paths"]
    removed_id = paths[REMOVED[1]].pop(REMOVED[0])["operationId"]
    paths["/api/v1/widgets"] = {
        "post": {"operationId": "createWidget", "responses": {"201": {"description": "created"}}}
    }
    paths[PARAM_OP[1]][PARAM_OP[0]].setdefault("parameters", []).append(
        {"name": "dry_run", "in": "query", "required": True, "schema": {"type": "boolean"}}
    )
    body = paths[BODY_OP[1]][BODY_OP[0]]
    enum_schema, enum_path = _first_enum(body["requestBody"]["content"]["application/json"]["schema"], new)
    dropped = enum_schema["enum"][0]
    enum_schema["enum"] = enum_schema["enum"][1:] + ["complained"]
    body["responses"]["202"] = {"description": "accepted"}
    gone = _unreferenced_schema(new)
    del new["components"]["schemas"][gone]
    new["components"]["schemas"]["WidgetV2"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    facts = {"removed_id": removed_id, "enum_prop": enum_path[-1], "dropped": dropped, "gone_schema": gone}
    return new, facts


def _write(tmp_path, name: str, spec: dict):
    path = tmp_path / name
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------
# the real Track spec, edited


def test_report_text_lists_every_edit(track, edited, tmp_path, capsys):
    new, facts = edited
    new_path = _write(tmp_path, "new.json", new)
    assert main(["diff", str(TRACK_PATH), str(new_path)]) == 0
    out = capsys.readouterr().out

    assert "old: " in out and f"openapi {track['openapi']}" in out and "18 operations" in out and "sha256 " in out
    assert "Operations added (1):\n  + POST /api/v1/widgets  (createWidget)" in out
    assert f"  - DELETE {REMOVED[1]}  ({facts['removed_id']})" in out
    assert "~ GET /api/v1/accounts/region  (getRegion)" in out
    assert "+ parameter query:dry_run: added (required, boolean)" in out
    assert "~ POST /api/v1/metrics  (metrics)" in out
    enum_line = next(line for line in out.splitlines() if "enum added" in line)
    assert enum_line.strip().startswith("~ request body application/json:")
    assert f'.{facts["enum_prop"]}: enum added "complained"; removed {json.dumps(facts["dropped"])}' in enum_line
    assert "+ response 202: added (no content)" in out
    assert "Component schemas added (1):\n  + WidgetV2" in out
    assert f"Component schemas removed (1):\n  - {facts['gone_schema']}" in out
    assert out.rstrip().splitlines()[-1] == (
        "Summary: 1 operation added, 1 operation removed, 2 operations changed, "
        "1 component schema added, 1 component schema removed"
    )


def test_json_output_has_the_same_content(track, edited, tmp_path, capsys):
    new, facts = edited
    assert main(["diff", "--json", str(TRACK_PATH), str(_write(tmp_path, "new.json", new))]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["identical"] is False
    assert data["old"]["operations"] == 18 and data["new"]["operations"] == 18
    assert len(data["old"]["sha256"]) == 64 and data["old"]["sha256"] != data["new"]["sha256"]
    assert data["operations_added"] == [{"method": "POST", "path": "/api/v1/widgets", "operation_id": "createWidget"}]
    assert data["operations_removed"][0]["operation_id"] == facts["removed_id"]
    changed = {(op["method"], op["path"]): op["changes"] for op in data["operations_changed"]}
    assert set(changed) == {("GET", PARAM_OP[1]), ("POST", BODY_OP[1])}
    [param] = changed[("GET", PARAM_OP[1])]
    assert param == {
        "section": "parameters",
        "where": "parameter query:dry_run",
        "path": "",
        "kind": "added",
        "detail": "added (required, boolean)",
    }
    kinds = {(c["section"], c["kind"]) for c in changed[("POST", BODY_OP[1])]}
    assert kinds == {("requestBody", "enum"), ("responses", "added")}
    assert data["schemas_added"] == ["WidgetV2"] and data["schemas_removed"] == [facts["gone_schema"]]
    assert data["counts"]["operations_changed"] == 2


def test_identical_specs_report_no_differences(track, tmp_path, capsys):
    diff = diff_specs(track, copy.deepcopy(track))
    assert diff.identical
    assert format_report(diff).endswith("Summary: no differences")
    # same document, different formatting: still no differences, and the report says why
    assert main(["diff", str(TRACK_PATH), str(_write(tmp_path, "compact.json", track))]) == 0
    out = capsys.readouterr().out
    assert "differ only in formatting" in out and out.rstrip().endswith("Summary: no differences")


def test_api_option_compares_against_the_pinned_spec(edited, tmp_path, capsys):
    new, _ = edited
    assert main(["diff", "--api", "track", str(_write(tmp_path, "new.json", new))]) == 0
    out = capsys.readouterr().out
    assert "journeys-track.json (pinned track)" in out and "+ POST /api/v1/widgets" in out


def test_diff_specs_does_not_mutate_inputs(track, edited):
    new, _ = edited
    before_old, before_new = json.dumps(track), json.dumps(new)
    diff_specs(track, new)
    assert json.dumps(track) == before_old and json.dumps(new) == before_new


# --------------------------------------------------------------------------------------------------
# synthetic specs


def spec(paths: dict, schemas: dict | None = None, **top) -> dict:
    return {
        "openapi": "3.0.3",
        "info": {"title": "s", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
        **top,
    }


def op(**kw) -> dict:
    return {"operationId": "op", "responses": {"200": {"description": "ok"}}, **kw}


def json_body(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def changes_of(old: dict, new: dict) -> list[str]:
    diff = diff_specs(old, new)
    return [c.text() for o in diff.operations_changed for c in o.changes]


def test_moving_an_inline_schema_into_components_is_not_a_structural_change():
    inline = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    old = spec({"/x": {"post": op(requestBody=json_body(inline))}})
    new = spec({"/x": {"post": op(requestBody=json_body({"$ref": "#/components/schemas/X"}))}}, {"X": inline})
    diff = diff_specs(old, new)
    assert diff.operations_changed == []
    assert [o.path for o in diff.operations_non_structural] == ["/x"]
    assert diff.schemas_added == ["X"]


def test_component_change_shows_on_the_operations_that_use_it():
    def make(props, required):
        schema = {"type": "object", "required": required, "properties": props}
        body = {
            "200": {"description": "ok", **json_body({"type": "array", "items": {"$ref": "#/components/schemas/C"}})}
        }
        return spec({"/c": {"get": op(responses=body)}}, {"C": schema})

    old = make({"id": {"type": "string"}, "old": {"type": "string"}, "n": {"type": "integer"}}, ["id"])
    new = make(
        {"id": {"type": "integer"}, "new": {"type": "string", "nullable": True}, "n": {"type": "integer"}}, ["n"]
    )
    assert changes_of(old, new) == [
        "+ response 200 application/json: [].new: added (null|string)",
        "- response 200 application/json: [].old: removed",
        "~ response 200 application/json: [].id: type string -> integer",
        "~ response 200 application/json: [].id: no longer required",
        "~ response 200 application/json: [].n: now required",
    ]
    diff = diff_specs(old, new)
    assert list(diff.schemas_changed) == ["C"]
    assert "  ~ C (5 changes)" in format_report(diff)


def test_recursive_refs_terminate_and_still_compare():
    def make(extra):
        node = {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}, **extra},
        }
        return spec(
            {
                "/t": {
                    "get": op(
                        responses={"200": {"description": "ok", **json_body({"$ref": "#/components/schemas/Node"})}}
                    )
                }
            },
            {"Node": node},
        )

    assert changes_of(make({}), make({"label": {"type": "string"}})) == [
        "+ response 200 application/json: label: added (string)"
    ]


def test_parameters_operation_ids_and_flags():
    shared = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    old = spec(
        {
            "/p/{id}": {
                "parameters": [shared],
                "get": op(
                    parameters=[
                        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                        {"name": "gone", "in": "header", "schema": {"type": "string"}},
                    ]
                ),
            }
        }
    )
    new = spec(
        {
            "/p/{id}": {
                "parameters": [{**shared, "schema": {"type": "integer"}}],
                "get": op(
                    operationId="op2",
                    deprecated=True,
                    security=[{"key": []}],
                    parameters=[
                        {"name": "sort", "in": "query", "required": True, "schema": {"type": "string", "enum": ["asc"]}}
                    ],
                ),
            }
        }
    )
    diff = diff_specs(old, new)
    assert [(c.old, c.new) for c in diff.operation_ids_changed] == [("op", "op2")]
    assert changes_of(old, new) == [
        "~ operation: now deprecated",
        "~ operation: security none -> key",
        "- parameter header:gone: removed",
        "~ parameter path:id: type string -> integer",
        "~ parameter query:sort: now required",
        '~ parameter query:sort: enum removed "desc"',
    ]
    assert "  ~ GET /p/{id}  op -> op2" in format_report(diff)


def variant(title: str, props: dict) -> dict:
    return {"title": title, "type": "object", "properties": props}


def test_request_body_and_response_media_types_and_variants():
    old = spec(
        {
            "/b": {
                "post": op(
                    responses={
                        "200": {"description": "ok", "content": {"text/plain": {}}},
                        "404": {"description": "nf"},
                    },
                    requestBody=json_body({"oneOf": [variant("A", {"a": {"type": "string"}})]}),
                )
            },
            "/n": {"post": op()},
        }
    )
    new = spec(
        {
            "/b": {
                "post": op(
                    responses={"200": {"description": "ok", **json_body({"type": "object"})}},
                    requestBody={
                        **json_body(
                            {"oneOf": [variant("A", {"a": {"type": "string", "format": "email"}}), variant("B", {})]}
                        ),
                        "required": True,
                    },
                )
            },
            "/n": {"post": op(requestBody=json_body({"type": "object"}))},
        }
    )
    assert changes_of(old, new) == [
        "~ request body: now required",
        "+ request body application/json: oneOf[B]: added (object)",
        "~ request body application/json: oneOf[A].a: format none -> email",
        "- response 404: removed",
        "+ response 200 application/json: media type added",
        "- response 200 text/plain: media type removed",
        "+ request body: added (optional; application/json)",
    ]


def test_nullable_and_openapi_31_null_type_compare_equal():
    old = spec(
        {"/z": {"get": op(parameters=[{"name": "q", "in": "query", "schema": {"type": "string", "nullable": True}}])}}
    )
    new = spec({"/z": {"get": op(parameters=[{"name": "q", "in": "query", "schema": {"type": ["string", "null"]}}])}})
    assert changes_of(old, new) == []


def test_other_sections_and_docs_only_schema_changes():
    old = spec({}, {"S": {"type": "string", "description": "old"}}, servers=[{"url": "https://a"}])
    new = spec({}, {"S": {"type": "string", "description": "new"}}, servers=[{"url": "https://b"}])
    diff = diff_specs(old, new)
    assert diff.other_changes == ["servers"] and diff.schemas_non_structural == ["S"]
    report = format_report(diff)
    assert "Other changed sections (1):\n  ~ servers" in report
    assert report.endswith("Summary: 1 component schema with non-structural changes, 1 other change")


# --------------------------------------------------------------------------------------------------
# inputs and errors


def test_yaml_input_is_accepted(tmp_path, capsys):
    (tmp_path / "old.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: y, version: 1}\npaths:\n  /y:\n    get:\n      operationId: y\n"
        "      responses:\n        200: {description: ok}\n",
        encoding="utf-8",
    )
    new = spec(
        {"/y": {"get": {"operationId": "y", "responses": {"200": {"description": "ok"}, "500": {"description": "e"}}}}}
    )
    assert main(["diff", str(tmp_path / "old.yaml"), str(_write(tmp_path, "new.json", new))]) == 0
    out = capsys.readouterr().out
    assert "+ response 500: added (no content)" in out and "response 200" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json: [", "neither JSON nor YAML"),
        ("[1, 2]", "not an OpenAPI document"),
        ('{"swagger_not": 1}', "no 'openapi' field"),
    ],
)
def test_unreadable_input_exits_2_with_a_clear_message(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    assert main(["diff", str(TRACK_PATH), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err and "bad.json" in captured.err


@pytest.mark.parametrize(
    "argv", [["diff", "only-one.json"], ["diff", "--api", "track"], ["diff", "--api", "track", "a", "b"]]
)
def test_wrong_number_of_files_exits_2(argv, capsys):
    assert main(argv) == 2
    assert "diff:" in capsys.readouterr().err
