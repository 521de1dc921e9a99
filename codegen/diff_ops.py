"""Per-operation and per-component comparison for ``codegen.diff``.

Every difference is a :class:`Change`: which part of the operation it is in (``section``), the
thing it concerns (``where``: a parameter, a request body media type, a response), the property
path inside that thing's schema (``path``, "" for the thing itself), a machine-readable ``kind``
and a human-readable ``detail``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.diff_schema import compare_schemas, resolve


@dataclass
class Change:
    section: str  # operation | parameters | requestBody | responses | schema
    where: str  # e.g. "parameter query:limit", "request body application/json", "response 200"
    path: str  # property path inside the schema, "" for `where` itself
    kind: str  # added | removed | type | enum | format | required | deprecated | security | partial
    detail: str

    def sign(self) -> str:
        return {"added": "+", "removed": "-"}.get(self.kind, "~")

    def text(self) -> str:
        subject = ": ".join(part for part in (self.where, self.path) if part)
        return f"{self.sign()} {subject}: {self.detail}" if subject else f"{self.sign()} {self.detail}"


@dataclass
class OperationDiff:
    method: str  # upper case
    path: str
    operation_id: str | None  # the new one
    changes: list[Change] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.method} {self.path}  ({self.operation_id or 'no operationId'})"


def _schema_changes(section: str, where: str, old_spec, old_schema, new_spec, new_schema) -> list[Change]:
    return [
        Change(section, where, d.path, d.kind, d.detail)
        for d in compare_schemas(old_spec, old_schema, new_spec, new_schema)
    ]


# --------------------------------------------------------------------------------------------------
# parameters


def _parameters(spec: dict, item_params: list, op: dict) -> dict[str, dict]:
    """Effective parameters keyed "in:name"; operation-level ones override path-level ones."""
    out: dict[str, dict] = {}
    for raw in [*item_params, *(op.get("parameters") or [])]:
        param = resolve(spec, raw)
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            out[f"{param.get('in', '?')}:{param['name']}"] = param
    return out


def _param_schema(param: dict) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in (param.get("content") or {}).values():
        if isinstance(media, dict):
            return media.get("schema")
    return None


def _type_summary(spec: dict, schema: Any) -> str:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return "any"
    kind = schema.get("type")
    text = "|".join(kind) if isinstance(kind, list) else str(kind or "any")
    if isinstance(schema.get("enum"), list):
        text += f" enum({len(schema['enum'])})"
    return text


def _compare_parameters(old_spec, old_params, new_spec, new_params) -> list[Change]:
    changes = []
    for key in sorted(new_params.keys() - old_params.keys()):
        p = new_params[key]
        required = "required" if p.get("required") else "optional"
        detail = f"added ({required}, {_type_summary(new_spec, _param_schema(p))})"
        changes.append(Change("parameters", f"parameter {key}", "", "added", detail))
    for key in sorted(old_params.keys() - new_params.keys()):
        changes.append(Change("parameters", f"parameter {key}", "", "removed", "removed"))
    for key in sorted(old_params.keys() & new_params.keys()):
        old, new = old_params[key], new_params[key]
        where = f"parameter {key}"
        if bool(old.get("required")) != bool(new.get("required")):
            detail = "now required" if new.get("required") else "no longer required"
            changes.append(Change("parameters", where, "", "required", detail))
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            detail = "now deprecated" if new.get("deprecated") else "no longer deprecated"
            changes.append(Change("parameters", where, "", "deprecated", detail))
        changes += _schema_changes("parameters", where, old_spec, _param_schema(old), new_spec, _param_schema(new))
    return changes


# --------------------------------------------------------------------------------------------------
# request bodies and responses


def _content(obj: Any) -> dict[str, Any]:
    content = obj.get("content") if isinstance(obj, dict) else None
    return {k: (v.get("schema") if isinstance(v, dict) else None) for k, v in (content or {}).items()}


def _compare_content(section: str, where: str, old_spec, old_obj, new_spec, new_obj) -> list[Change]:
    old_content, new_content = _content(old_obj), _content(new_obj)
    changes = []
    for media in sorted(new_content.keys() - old_content.keys()):
        changes.append(Change(section, f"{where} {media}", "", "added", "media type added"))
    for media in sorted(old_content.keys() - new_content.keys()):
        changes.append(Change(section, f"{where} {media}", "", "removed", "media type removed"))
    for media in sorted(old_content.keys() & new_content.keys()):
        changes += _schema_changes(
            section, f"{where} {media}", old_spec, old_content[media], new_spec, new_content[media]
        )
    return changes


def _compare_request_body(old_spec, old_op, new_spec, new_op) -> list[Change]:
    old = resolve(old_spec, old_op.get("requestBody"))
    new = resolve(new_spec, new_op.get("requestBody"))
    if old is None and new is None:
        return []
    if old is None:
        required = "required" if isinstance(new, dict) and new.get("required") else "optional"
        media = ", ".join(sorted(_content(new))) or "no content"
        return [Change("requestBody", "request body", "", "added", f"added ({required}; {media})")]
    if new is None:
        return [Change("requestBody", "request body", "", "removed", "removed")]
    changes = []
    if bool(old.get("required")) != bool(new.get("required")):
        detail = "now required" if new.get("required") else "no longer required"
        changes.append(Change("requestBody", "request body", "", "required", detail))
    return changes + _compare_content("requestBody", "request body", old_spec, old, new_spec, new)


def _compare_responses(old_spec, old_op, new_spec, new_op) -> list[Change]:
    old_responses = old_op.get("responses") if isinstance(old_op.get("responses"), dict) else {}
    new_responses = new_op.get("responses") if isinstance(new_op.get("responses"), dict) else {}
    old_codes = {str(k): v for k, v in old_responses.items()}
    new_codes = {str(k): v for k, v in new_responses.items()}
    changes = []
    for code in sorted(new_codes.keys() - old_codes.keys()):
        media = ", ".join(sorted(_content(resolve(new_spec, new_codes[code])))) or "no content"
        changes.append(Change("responses", f"response {code}", "", "added", f"added ({media})"))
    for code in sorted(old_codes.keys() - new_codes.keys()):
        changes.append(Change("responses", f"response {code}", "", "removed", "removed"))
    for code in sorted(old_codes.keys() & new_codes.keys()):
        old, new = resolve(old_spec, old_codes[code]), resolve(new_spec, new_codes[code])
        changes += _compare_content("responses", f"response {code}", old_spec, old, new_spec, new)
    return changes


# --------------------------------------------------------------------------------------------------
# operations


def _security(spec: dict, op: dict) -> list[str]:
    requirements = op["security"] if "security" in op else spec.get("security")
    names = set()
    for requirement in requirements or []:
        if isinstance(requirement, dict):
            names.add(" + ".join(sorted(requirement)) or "(none)")
    return sorted(names)


def compare_operation(old_spec, old_op, old_item_params, new_spec, new_op, new_item_params) -> list[Change]:
    """Every structural change between two versions of one operation (same method and path)."""
    changes = []
    if bool(old_op.get("deprecated")) != bool(new_op.get("deprecated")):
        detail = "now deprecated" if new_op.get("deprecated") else "no longer deprecated"
        changes.append(Change("operation", "operation", "", "deprecated", detail))
    old_security, new_security = _security(old_spec, old_op), _security(new_spec, new_op)
    if old_security != new_security:
        detail = f"security {', '.join(old_security) or 'none'} -> {', '.join(new_security) or 'none'}"
        changes.append(Change("operation", "operation", "", "security", detail))
    changes += _compare_parameters(
        old_spec,
        _parameters(old_spec, old_item_params, old_op),
        new_spec,
        _parameters(new_spec, new_item_params, new_op),
    )
    changes += _compare_request_body(old_spec, old_op, new_spec, new_op)
    changes += _compare_responses(old_spec, old_op, new_spec, new_op)
    return changes


# --------------------------------------------------------------------------------------------------
# component schemas


@dataclass
class SchemaComponents:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[Change]] = field(default_factory=dict)
    non_structural: list[str] = field(default_factory=list)


def _schemas(spec: dict) -> dict[str, Any]:
    components = spec.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return schemas if isinstance(schemas, dict) else {}


def compare_schema_components(old_spec: dict, new_spec: dict) -> SchemaComponents:
    """Component schemas added, removed, and changed.

    Only schemas whose own definition differs are compared (a schema that merely references a
    changed one is not listed again: the referenced one is, and the operations using either show
    the effect); a definition that differs without a structural change (descriptions, examples,
    moving an inline part into a ``$ref``) is listed as non-structural.
    """
    old, new = _schemas(old_spec), _schemas(new_spec)
    result = SchemaComponents(added=sorted(new.keys() - old.keys()), removed=sorted(old.keys() - new.keys()))
    for name in sorted(old.keys() & new.keys()):
        if old[name] == new[name]:
            continue
        ref = {"$ref": f"#/components/schemas/{name.replace('~', '~0').replace('/', '~1')}"}
        changes = _schema_changes("schema", "", old_spec, ref, new_spec, ref)
        if changes:
            result.changed[name] = changes
        else:
            result.non_structural.append(name)
    return result
