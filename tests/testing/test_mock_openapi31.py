"""The mock reads OpenAPI 3.1 documents as they are (issue 10, class 8): ``type`` lists, ``const``,
``examples`` lists and numeric exclusive bounds in the example generator and in validation.

The build step writes 3.0 forms into the shipped specs; these tests hand the mock a 3.1 document
directly, the way a newer upstream spec would reach it without normalisation.
"""

from __future__ import annotations

import json

from customerio_sdk.testing._examples import ExampleGenerator
from customerio_sdk.testing._specs import ApiSpec
from openapi_schema_validator import OAS31Validator

PERSON = {
    "type": "object",
    "required": ["kind", "name", "age"],
    "properties": {
        "kind": {"const": "person"},
        "name": {"type": ["string", "null"], "examples": ["Ada"]},
        "nickname": {"type": ["null", "string"]},
        "age": {"type": "integer", "exclusiveMinimum": 17, "exclusiveMaximum": 130},
        "score": {"type": ["number", "null"], "exclusiveMinimum": 0.5},
        "tags": {"type": ["array", "null"], "items": {"type": "string"}},
        "nothing": {"type": "null"},
    },
}

SPEC31 = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/people": {
            "post": {
                "operationId": "addPerson",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/person"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/person"}}},
                    }
                },
            }
        }
    },
    "components": {"schemas": {"person": PERSON}},
}


def test_example_generator_reads_31_forms():
    value = ExampleGenerator(SPEC31, for_request=True).example({"$ref": "#/components/schemas/person"})
    assert value["kind"] == "person"  # const, not the placeholder "string"
    assert value["name"] == "Ada"  # from the examples list
    assert value["nickname"] == "string"  # the first non-null type of a type list
    assert value["age"] == 18 and value["score"] == 1.5  # numeric exclusive bounds
    assert value["tags"] == ["string"] and value["nothing"] is None
    OAS31Validator(PERSON).validate(value)


def check(api: ApiSpec, body: dict):
    return api.checker(True).check(
        "/people", "POST", [], [("Content-Type", "application/json")], {}, json.dumps(body).encode(), []
    )


def test_a_31_document_validates_requests_with_31_semantics():
    api = ApiSpec("track", SPEC31)
    good = ExampleGenerator(SPEC31, for_request=True).example({"$ref": "#/components/schemas/person"})
    assert check(api, good) is None
    assert check(api, {**good, "name": None}) is None  # "null" in the type list allows it
    problem = check(api, {**good, "kind": "company"})
    assert problem is not None and problem.kind == "body"
    assert any("kind" in line for line in problem.messages), problem.messages
    problem = check(api, {**good, "age": 17})  # exclusiveMinimum: 17 is a number in 3.1
    assert problem is not None and any("age" in line for line in problem.messages), problem.messages


def test_a_31_document_gets_valid_responses():
    api = ApiSpec("track", SPEC31)
    response = api.response(api.operations["addPerson"])
    assert response.invalid_reason is None
    body = json.loads(response.body)
    assert body["kind"] == "person"
    OAS31Validator(PERSON).validate(body)
