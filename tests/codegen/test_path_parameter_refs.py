"""Path parameters defined once in ``components.parameters`` and used by ``$ref`` get safe names too.

A name like ``customer.id`` cannot be templated by the generator: before the pass renamed referenced
parameters, the path template became ``{customer_id}`` while the shared parameter stayed
``customer.id``, and the generator dropped every operation using it ("Incorrect path templating").
"""

from __future__ import annotations

import copy
import importlib
import json
import sys

import httpx
import pytest

from codegen.apis import APIS
from codegen.normalise import normalise
from codegen.normalise.parameters import safe_path_parameter_names

COMPONENT = "#/components/parameters/customer_id"


def _ok() -> dict:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}


def spec() -> dict:
    """``customer.id`` defined once, used by two operations (one path-level, one operation-level
    ``$ref``), and by a third path that already has an inline ``customer_id`` of its own."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/customers/{customer.id}": {
                "get": {
                    "operationId": "getCustomer",
                    "tags": ["Customers"],
                    "parameters": [{"$ref": COMPONENT}],
                    "responses": _ok(),
                }
            },
            "/customers/{customer.id}/devices": {
                "parameters": [{"$ref": COMPONENT}],
                "get": {"operationId": "listDevices", "tags": ["Customers"], "responses": _ok()},
            },
            "/accounts/{customer_id}/customers/{customer.id}": {
                "get": {
                    "operationId": "getAccountCustomer",
                    "tags": ["Customers"],
                    "parameters": [
                        {"name": "customer_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                        {"$ref": COMPONENT},
                    ],
                    "responses": _ok(),
                }
            },
        },
        "components": {
            "parameters": {
                "customer_id": {
                    "name": "customer.id",
                    "in": "path",
                    "required": True,
                    "description": "The customer.",
                    "schema": {"type": "string"},
                }
            },
            "schemas": {},
        },
    }


def test_the_shared_parameter_is_renamed_where_it_is_defined():
    before = spec()
    out = safe_path_parameter_names(before)
    assert before == spec(), "the pass mutated its input"
    assert list(out["paths"]) == [
        "/customers/{customer_id}",
        "/customers/{customer_id}/devices",
        "/accounts/{customer_id}/customers/{customer_id_2}",
    ]
    component = out["components"]["parameters"]["customer_id"]
    assert component["name"] == "customer_id" and component["x-original-name"] == "customer.id"
    assert out["paths"]["/customers/{customer_id}"]["get"]["parameters"] == [{"$ref": COMPONENT}]  # still shared
    assert out["paths"]["/customers/{customer_id}/devices"]["parameters"] == [{"$ref": COMPONENT}]
    # The third path has a customer_id already: its use becomes a copy under the name it needs.
    inline, copied = out["paths"]["/accounts/{customer_id}/customers/{customer_id_2}"]["get"]["parameters"]
    assert inline["name"] == "customer_id" and "x-original-name" not in inline
    assert copied == {
        **spec()["components"]["parameters"]["customer_id"],
        "name": "customer_id_2",
        "x-original-name": "customer.id",
        "x-original-ref": COMPONENT,
    }
    assert safe_path_parameter_names(out) == out  # idempotent


def test_a_ref_chain_and_query_parameters_and_safe_names_are_handled():
    document = spec()
    parameters = document["components"]["parameters"]
    parameters["alias"] = {"$ref": COMPONENT}  # a $ref to a $ref
    parameters["page.size"] = {"name": "page.size", "in": "query", "schema": {"type": "integer"}}
    item = document["paths"]["/customers/{customer.id}"]["get"]
    item["parameters"] = [{"$ref": "#/components/parameters/alias"}, {"$ref": "#/components/parameters/page.size"}]
    for other in ("/customers/{customer.id}/devices", "/accounts/{customer_id}/customers/{customer.id}"):
        del document["paths"][other]  # the alias is the component's only way in: the chain must be followed
    out = safe_path_parameter_names(document)
    assert out["components"]["parameters"]["customer_id"]["name"] == "customer_id"
    assert out["components"]["parameters"]["alias"] == {"$ref": COMPONENT}
    assert out["components"]["parameters"]["page.size"]["name"] == "page.size"  # query names are sent as they are


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")
def test_the_generated_function_takes_a_safe_name_and_fills_the_right_segment(tmp_path, monkeypatch):
    """End to end: the generator fails on the spec as published; normalised, every operation is
    generated with a ``customer_id`` argument whose value lands in the ``customer.id`` segment, and
    the mock built from the same normalised spec routes and accepts each request."""
    from customerio_sdk.testing._specs import ApiSpec

    from codegen.build import generate_package
    from codegen.generate import GenerationError

    api = APIS["app"]
    with pytest.raises(GenerationError, match="Incorrect path templating"):
        generate_package(api, spec(), tmp_path / "raw", None)
    normalised = normalise(copy.deepcopy(spec()))
    generate_package(api, normalised, tmp_path / "out", None)
    monkeypatch.syspath_prepend(str(tmp_path / "out"))
    for name in [m for m in sys.modules if m == api.package or m.startswith(api.package + ".")]:
        monkeypatch.delitem(sys.modules, name)

    mock = ApiSpec(api.name, json.loads(json.dumps(normalised)))
    value = "cust.1/ä"  # a dot, a slash and a non-ASCII letter: one segment, percent-encoded
    calls = {
        "get_customer": ({"customer_id": value}, f"/customers/{value}"),
        "list_devices": ({"customer_id": value}, f"/customers/{value}/devices"),
        "get_account_customer": ({"customer_id": 7, "customer_id_2": value}, f"/accounts/7/customers/{value}"),
    }
    for module_name, (kwargs, decoded) in calls.items():
        module = importlib.import_module(f"{api.package}.api.customers.{module_name}")
        request = httpx.Request(
            module._get_kwargs(**kwargs)["method"], "http://mock" + module._get_kwargs(**kwargs)["url"]
        )
        raw_path = request.url.raw_path.decode("ascii")
        assert "%2F" in raw_path and httpx.URL(raw_path).path == decoded, raw_path
        match = mock.router.match("GET", raw_path)
        assert match.route is not None and match.route.operation_id == module._OPERATION[0]
        problem = mock.checker(True).check(match.route.template, "GET", [], [], match.params, b"", [])
        assert problem is None, f"{module_name}: the mock rejects {raw_path}: {problem}"
