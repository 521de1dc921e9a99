"""codegen.generate_errors and codegen._generator_runner: every generator problem of an API is
reported with its real message, where it is in the spec as published, and what could fix it."""

from __future__ import annotations

import copy
import sys

import pytest

from codegen.apis import APIS
from codegen.generate_errors import explain_failure, published_pointers
from codegen.normalise.passes import hoist_root_union_members

API = APIS["pipelines"]

BROKEN = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/devices": {
            "put": {
                "operationId": "add_device",
                "tags": ["devices"],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Device"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            # the class name the generator derives for add_device's inline body
            "AddDeviceBody": {"type": "object", "properties": {"other": {"type": "integer"}}},
            "Device": {
                "type": "object",
                "properties": {"kind": {"oneOf": [{"enum": [1, "a"]}, {"type": "string"}]}},
            },
        }
    },
}


@pytest.fixture(scope="module")
def failure(tmp_path_factory):
    from codegen.generate import GenerationError, generate_spec

    with pytest.raises(GenerationError) as caught:
        generate_spec(API, BROKEN, tmp_path_factory.mktemp("gen"))
    return caught.value


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_the_generators_errors_are_recorded_with_the_union_members_real_cause(failure):
    details = [e["detail"] for e in failure.errors]
    assert len(details) == 2
    assert 'duplicate models with name "AddDeviceBody"' in details[0]
    assert details[1].startswith(
        "Invalid property in union 'kind': a member failed: Enum values must all be the same type"
    )
    assert "UntrustedString object" not in failure.output


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_every_problem_is_explained_with_location_and_fix(failure):
    text = explain_failure(API, failure, BROKEN, published=BROKEN)
    assert text.startswith("[pipelines] openapi-python-client could not generate customerio_pipelines_api")
    first, second = text.split("\n  2. ")
    assert "normalised spec: #/paths/~1devices/put" in first
    assert "published spec:  specs/pipelines.json#/paths/~1devices/put" in first
    assert "fix: two schemas get the same class name" in first
    assert "normalised spec: #/components/schemas/Device/properties/kind/oneOf/0" in second
    assert "fix: an enum mixes value types" in second


def test_a_schema_moved_by_normalisation_is_found_where_it_was_published():
    published = {
        "components": {
            "schemas": {
                "identify": {
                    "oneOf": [
                        {"title": "Known user", "type": "object", "properties": {"userId": {}, "traits": {}}},
                        {"$ref": "#/components/schemas/other"},
                    ]
                },
                "other": {"type": "object", "properties": {"anonymousId": {}}},
            }
        }
    }
    normalised = hoist_root_union_members(copy.deepcopy(published))
    assert "identify_known_user" in normalised["components"]["schemas"]
    assert published_pointers(published, normalised, "/components/schemas/identify_known_user") == [
        "/components/schemas/identify/oneOf/0"
    ]
    assert published_pointers(published, normalised, "/components/schemas/other") == ["/components/schemas/other"]


def test_without_structured_errors_the_output_is_shown_with_a_fix():
    class Crash(Exception):
        output = "Traceback ...\nValueError: something inside the generator"
        errors = ()

    text = explain_failure(API, Crash(), {}, published={})
    assert "ValueError: something inside the generator" in text
    assert "fix: write a generic pass" in text


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_one_build_reports_the_failures_of_every_api(tmp_path, monkeypatch):
    from codegen.build import Build, BuildFailed, build_all

    monkeypatch.setattr(Build, "spec", lambda self, api: copy.deepcopy(BROKEN))
    (tmp_path / "repo").mkdir()
    with pytest.raises(BuildFailed) as caught:
        build_all(tmp_path / "staging", ["track", "pipelines"], root=tmp_path / "repo")
    assert [p.split(" ", 1)[0] for p in caught.value.problems] == ["[track]", "[pipelines]"]
    assert all("2. [WARNING]" in p for p in caught.value.problems)
