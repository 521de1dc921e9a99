"""Enums of parameters shared through ``components.parameters`` take part in class naming.

The generator names the enum of a query parameter after its operation and the parameter
(``listThings`` + ``sort`` -> ``ListThingsSort``), whether the parameter is written inline or
used by ``$ref``. :func:`named_schemas` used to skip ``$ref`` parameters, so a clash between such an
enum and another class of that name went unseen: the generator then refused the spec ("Found
conflicting enums named ListThingsSort with incompatible values"). Now the clashing operation gets
its own copy of the parameter under a numbered title; the other users keep the shared ``$ref``.
"""

from __future__ import annotations

import copy
import sys

import pytest

from codegen.apis import APIS
from codegen.normalise import normalise
from codegen.normalise.naming import named_schemas, unique_inline_class_names

SORT = "#/components/parameters/sort"


def _ok(schema: dict) -> dict:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def spec() -> dict:
    """``sort`` (asc/desc) shared by two operations, one via the path item; a component enum
    ``ListThingsSort`` with other values, used by a response."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "parameters": [{"$ref": SORT}],
                    "responses": _ok(
                        {"type": "object", "properties": {"order": {"$ref": "#/components/schemas/ListThingsSort"}}}
                    ),
                }
            },
            "/others": {
                "parameters": [{"$ref": SORT}],
                "get": {"operationId": "listOthers", "tags": ["Things"], "responses": _ok({"type": "object"})},
            },
        },
        "components": {
            "parameters": {
                "sort": {
                    "name": "sort",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string", "enum": ["asc", "desc"]},
                }
            },
            "schemas": {"ListThingsSort": {"type": "string", "enum": ["newest", "oldest"]}},
        },
    }


def test_shared_parameter_enums_are_named_per_operation():
    names = [named.name for named in named_schemas(spec())]
    assert names.count("ListThingsSort") == 2  # the component, and listThings' sort
    assert names.count("ListOthersSort") == 1


def test_an_enum_nested_in_a_shared_parameter_is_renamed_for_its_operation_only():
    # An array query parameter whose items are an enum (ListThingsTypesItem): only listThings
    # clashes with the new component; listOthers' class keeps its name.
    document = spec()
    document["components"]["parameters"]["types"] = {
        "name": "types",
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
    }
    types = {"$ref": "#/components/parameters/types"}
    document["paths"]["/things"]["get"]["parameters"].append(types)
    document["paths"]["/others"]["parameters"].append(types)
    document["components"]["schemas"]["ListThingsTypesItem"] = {"type": "string", "enum": ["x"]}
    out = unique_inline_class_names(document)
    assert out["components"]["parameters"]["types"] == document["components"]["parameters"]["types"]
    assert out["paths"]["/others"]["parameters"] == [{"$ref": SORT}, types]
    names = [named.name for named in named_schemas(out)]
    assert "ListOthersTypesItem" in names and "ListOthersTypesItem2" not in names
    assert "ListThingsTypesItem2" in names and len(names) == len(set(names))
    (own,) = [p for p in out["paths"]["/things"]["get"]["parameters"] if p.get("name") == "types"]
    assert own["x-original-ref"] == "#/components/parameters/types"


def test_the_clashing_operation_gets_its_own_copy_and_the_others_keep_the_ref():
    before = spec()
    out = unique_inline_class_names(before)
    assert before == spec(), "the pass mutated its input"
    (own,) = out["paths"]["/things"]["get"]["parameters"]
    assert own["x-original-ref"] == SORT and own["name"] == "sort"
    assert own["schema"]["enum"] == ["asc", "desc"] and own["schema"]["title"] == "Sort 2"
    assert out["paths"]["/others"]["parameters"] == [{"$ref": SORT}]  # not clashing: still shared
    assert out["components"]["parameters"] == spec()["components"]["parameters"]
    names = [named.name for named in named_schemas(out)]
    assert "ListThingsSort2" in names and len(names) == len(set(names))
    assert unique_inline_class_names(out) == out  # idempotent


def test_a_path_level_ref_gets_an_operation_level_copy():
    document = spec()
    document["components"]["schemas"]["ListOthersSort"] = {"type": "string", "enum": ["a", "b"]}
    document["paths"]["/others"]["get"]["responses"] = _ok({"$ref": "#/components/schemas/ListOthersSort"})
    out = unique_inline_class_names(document)
    assert out["paths"]["/others"]["parameters"] == [{"$ref": SORT}]
    (own,) = out["paths"]["/others"]["get"]["parameters"]
    assert own["x-original-ref"] == SORT and own["schema"]["title"] == "Sort 2"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_the_generator_accepts_the_normalised_spec_and_keeps_both_enums(tmp_path):
    from codegen.build import generate_package
    from codegen.generate import GenerationError

    api = APIS["app"]
    with pytest.raises(GenerationError, match="ListThingsSort"):
        generate_package(api, spec(), tmp_path / "raw", None)
    generate_package(api, normalise(copy.deepcopy(spec())), tmp_path / "out", None)
    models = tmp_path / "out" / api.package / "models"
    assert 'NEWEST = "newest"' in (models / "list_things_sort.py").read_text()
    assert 'ASC = "asc"' in (models / "list_things_sort_2.py").read_text()
    assert 'ASC = "asc"' in (models / "list_others_sort.py").read_text()
