"""The App operations as the resource layer needs them: Python parameters, types and docs.

Types come from openapi-python-client's own parser (the one that wrote the generated functions),
so a method's parameters and return type are exactly the generated function's; descriptions come
from the normalised spec (parameter descriptions, body property descriptions, the 2xx response's
description). Used by :mod:`codegen.app_layer`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from codegen.apis import get_api
from codegen.diff_schema import resolve

PACKAGE = "customerio_app_api"
DOCS_HOST = "https://docs.customer.io"


class AppLayerError(RuntimeError):
    """The resource table does not match the spec (names the method and operationId)."""


def paginated_operations() -> dict[str, Any]:
    """operationId -> ``Paginated``: the overlay's table (the SDK is installed in the build venv;
    tests/sdk/test_pagination.py checks that table against the spec)."""
    from customerio_sdk._core.pagination import APP_PAGINATED

    return dict(APP_PAGINATED)


@dataclass
class Param:
    name: str  # Python name
    spec_name: str
    where: str  # path, query, header, body
    type: str  # the annotation (without None/Unset)
    required: bool
    description: str
    enum_class: str | None = None  # coerce a string to this generated enum
    timestamp: bool = False  # also accepts an aware datetime


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    module: str  # e.g. "api.segments.list_segments"
    summary: str
    description: str
    params: list[Param]
    returns: str  # "None" or the 2xx model(s)
    returns_doc: str
    generated_returns: str = ""  # the generated function's ``Response[...]`` type argument
    imports: set[str] = field(default_factory=set)  # "module:Class" for TYPE_CHECKING imports
    item_type: str | None = None  # paginated: the items' type
    items_json: str | None = None
    has_page_size: bool = False
    paginated_style: str | None = None


def _generator_data(spec: dict[str, Any]) -> Any:
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    api = get_api("app")
    config = Config.from_sources(
        ConfigFile.load_from_path(api.config_path), MetaType.NONE, "spec.json", "utf-8", True, None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):  # pragma: no cover - generate fails earlier on this
        raise AppLayerError(f"the App spec does not parse: {data}")
    return data


def _code(value: Any) -> str:
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _model_imports(prop: Any) -> set[str]:
    found = set()
    for line in prop.get_imports(prefix=PACKAGE + ".") | (prop.get_lazy_imports(prefix=PACKAGE + ".") or set()):
        match = re.match(rf"from {PACKAGE}\.models\.(\w+) import (\w+)$", line.strip())
        if match:
            found.add(f"{match[1]}:{match[2]}")
    return found


def _spec_param_docs(spec: dict[str, Any], path: str, method: str) -> dict[tuple[str, str], str]:
    item = spec["paths"][path]
    docs = {}
    for param in list(item.get("parameters", [])) + list(item[method].get("parameters", [])):
        param = resolve(spec, param)
        schema = resolve(spec, param.get("schema") or {})
        text = param.get("description") or (schema.get("description") if isinstance(schema, dict) else "") or ""
        docs[(param["in"], param["name"])] = text
    return docs


def _body_fields(spec: dict[str, Any], path: str, method: str) -> list[tuple[str, bool, str]]:
    """(JSON name, required, description) of the JSON body's top-level properties."""
    body = resolve(spec, spec["paths"][path][method].get("requestBody") or {})
    content = body.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), {})
    schema = resolve(spec, media.get("schema") or {})
    fields: list[tuple[str, bool, str]] = []
    parts = [schema, *[resolve(spec, s) for s in schema.get("allOf", [])]] if isinstance(schema, dict) else []
    for part in parts:
        required = set(part.get("required") or [])
        for name, prop in (part.get("properties") or {}).items():
            prop = resolve(spec, prop)
            text = (prop.get("description") or prop.get("title") or "") if isinstance(prop, dict) else ""
            if not text and isinstance(prop, dict) and prop.get("properties"):
                keys = ", ".join(f"``{key}``" for key in prop["properties"])
                text = f"An object with {keys}."
            fields.append((name, name in required, text))
    return fields


def _body_doc(spec: dict[str, Any], path: str, method: str) -> str:
    body = resolve(spec, spec["paths"][path][method].get("requestBody") or {})
    head = body.get("description") or "The request body"
    text = f"{head.rstrip('.')}: the generated model or a plain mapping (sent as JSON as-is)."
    fields = _body_fields(spec, path, method)
    if fields:
        lines = [
            f"- ``{name}``{' (required)' if required else ''}: {_first_sentence(doc) or 'see the API reference'}"
            for name, required, doc in fields
        ]
        text += " Fields:\n" + "\n".join(lines)
    return text


def _first_sentence(text: str) -> str:
    text = " ".join(absolute_links(text).split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match[1] if match else text)[:400]


def absolute_links(text: str, reference: str = "") -> str:
    """Spec markdown links as absolute URLs: ``(#operation/x)``/``(#tag/x)`` point into the API
    reference, ``(/path)`` into Customer.io's docs site."""
    if reference:
        text = re.sub(r"\]\((#(?:operation|tag)/[^)\s]+)\)", lambda m: f"]({reference}{m[1]})", text)
        # a bare ``(#getImport)`` names an operation of the same page
        text = re.sub(r"\]\(#(\w+)\)", lambda m: f"]({reference}#operation/{m[1]})", text)
    return re.sub(r"\]\((/[^)\s]*)\)", lambda m: f"]({DOCS_HOST}{m[1]})", text)


def _enum_literal(prop: Any) -> str | None:
    values = getattr(prop, "values", None)
    class_info = getattr(prop, "class_info", None)
    if not isinstance(values, dict) or class_info is None:
        return None
    literal = ", ".join(repr(v) for v in values.values())
    return f"Literal[{literal}]"


def _return_type(endpoint: Any) -> tuple[str, set[str]]:
    types, imports = [], set()
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if not (200 <= low and high <= 299):
            continue
        type_string = _code(response.prop.get_type_string(no_optional=True))
        if type_string in ("Any", "None"):
            continue
        types.append(type_string)
        imports |= _model_imports(response.prop)
    return (" | ".join(dict.fromkeys(types)) or "None"), imports


def _items_type(endpoint: Any, items_json: str) -> tuple[str, set[str]]:
    """The type of the 200 response's ``items_json`` array items (a union over a union response)."""
    types: list[str] = []
    imports: set[str] = set()
    for response in endpoint.responses.patterns:
        if response.status_code.range[0] != 200:
            continue
        models = getattr(response.prop, "inner_properties", None) or [response.prop]
        for model in models:
            for candidate in (model.required_properties or []) + (model.optional_properties or []):
                if _text(candidate.name) == items_json:
                    inner = candidate.inner_property
                    types.append(_code(inner.get_type_string(no_optional=True)))
                    imports |= _model_imports(inner)
    return (" | ".join(dict.fromkeys(types)) or "Any"), imports


def parse_operations(
    spec: dict[str, Any], inventory: Mapping[str, tuple[str, str, str]], reference_url: str
) -> dict[str, Operation]:
    """Every App operation of ``inventory`` with its Python parameters, types and docs."""
    data = _generator_data(spec)
    by_route = {
        (_text(e.method).upper(), _text(e.path)): e
        for collection in data.endpoint_collections_by_tag.values()
        for e in collection.endpoints
    }
    paginated = paginated_operations()
    operations = {}
    for operation_id, (method, path, module) in inventory.items():
        endpoint = by_route[(method, path)]
        spec_op = spec["paths"][path][method.lower()]
        docs = _spec_param_docs(spec, path, method.lower())
        params: list[Param] = []
        imports: set[str] = set()
        where_of = [
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ]
        for where, props in where_of:
            for prop in props:
                type_string = _code(prop.get_type_string(no_optional=True))
                imports |= _model_imports(prop)
                literal = _enum_literal(prop)
                enum_class = None
                if literal:
                    enum_class = prop.class_info.name
                    type_string = f"{type_string} | {literal}"
                timestamp = type_string == "int" and prop.python_name.endswith("_ts")
                if timestamp:
                    type_string = "int | datetime.datetime"
                spec_name = _text(prop.name)
                params.append(
                    Param(
                        str(prop.python_name),
                        spec_name,
                        where,
                        type_string,
                        bool(prop.required),
                        docs.get((where, spec_name), ""),
                        enum_class,
                        timestamp,
                    )
                )
        if endpoint.bodies:
            body_types = []
            for body in endpoint.bodies:
                body_types.append(_code(body.prop.get_type_string(no_optional=True)))
                imports |= _model_imports(body.prop)
            required = all(body.prop.required for body in endpoint.bodies)
            body_type = " | ".join(dict.fromkeys(body_types)) + " | Mapping[str, Any]"
            params.append(Param("body", "body", "body", body_type, required, _body_doc(spec, path, method.lower())))
        returns, return_imports = _return_type(endpoint)
        generated_returns = _code(endpoint.response_type())
        imports |= return_imports
        responses = spec_op.get("responses") or {}
        ok = next((str(code) for code in responses if str(code).startswith("2")), None)
        returns_doc = (resolve(spec, responses[ok]).get("description") or "") if ok else ""
        op = Operation(
            operation_id,
            method,
            path,
            module,
            _text(spec_op.get("summary")),
            absolute_links(_text(spec_op.get("description")), reference_url),
            params,
            returns,
            returns_doc,
            generated_returns,
            imports,
        )
        pagination = paginated.get(operation_id)
        if pagination is not None:
            op.paginated_style = pagination.style
            op.items_json = pagination.items
            op.item_type, item_imports = _items_type(endpoint, pagination.items)
            op.imports |= item_imports
            op.has_page_size = any(p.name == "limit" and p.where == "query" for p in params)
        operations[operation_id] = op
    return operations
