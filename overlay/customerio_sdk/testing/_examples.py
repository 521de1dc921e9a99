"""Deterministic example values generated from an OpenAPI 3.0 or 3.1 schema.

Used for responses the spec gives no (valid) example for. The same schema always gives the same
value: required properties are always present; optional ones too while the value stays small
(``full=True``), enums give their first value, ``oneOf``/``anyOf`` their first alternative,
``allOf`` parts are merged, ``$ref`` is followed (a schema that refers back to itself stops at
the first repeat), and formats give a value of that format. OpenAPI 3.1 forms are read too:
``const``, ``type`` lists (``["string", "null"]``: the first non-null type), ``examples`` lists
and numeric ``exclusiveMinimum``/``exclusiveMaximum``.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 6  # object/array nesting below which optional properties are left out
_SKIP = object()  # "leave this property out" (only reachable for optional properties)

_STRING_FORMATS = {
    "date-time": "2024-01-15T10:30:00Z",
    "datetime": "2024-01-15T10:30:00Z",
    "date": "2024-01-15",
    "time": "10:30:00",
    "email": "person@example.com",
    "uuid": "3f0b6a8e-5d2c-4b7e-9a41-2c8d7e6f1a90",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "ipv4": "192.0.2.1",
    "ip address": "192.0.2.1",
    "ulid": "01ARZ3NDEKTSV4RRFFQ69G5FAV",
    "byte": "ZXhhbXBsZQ==",
    "base64": "ZXhhbXBsZQ==",
    "json": "{}",
}
_INTEGER_FORMATS = {"unix timestamp": 1705314600}


class ExampleGenerator:
    def __init__(self, spec: dict, *, for_request: bool = False) -> None:
        self.spec = spec
        # A response leaves out writeOnly properties, a request readOnly ones.
        self._skip = "readOnly" if for_request else "writeOnly"

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $ref is supported: {ref}")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def example(self, schema: Any, *, full: bool = True) -> Any:
        value = self._gen(schema, (), full, 0)
        return None if value is _SKIP else value

    def _gen(self, schema: Any, refs: tuple[str, ...], full: bool, depth: int, force: frozenset = frozenset()) -> Any:
        """``force``: property names an enclosing ``allOf`` requires, wherever they are declared."""
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in refs:
                return _SKIP
            return self._gen(self.resolve(ref), refs + (ref,), full, depth, force)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, refs, full, depth, force)
        for union in ("oneOf", "anyOf"):
            if isinstance(schema.get(union), list) and schema[union]:
                for branch in schema[union]:
                    value = self._gen(branch, refs, full, depth)
                    if value is not _SKIP:
                        return value
                return _SKIP
        kind = _kind(schema.get("type"))
        if kind == "null":
            return None
        if kind is None:
            kind = "object" if "properties" in schema or "additionalProperties" in schema else None
        if kind == "object":
            return self._object(schema, refs, full, depth, force)
        if kind == "array":
            return self._array(schema, refs, full, depth)
        for example in _examples(schema):
            if _fits(example, kind):
                return example
        if kind == "string":
            return _string(schema)
        if kind == "integer":
            return _number(schema, int)
        if kind == "number":
            return _number(schema, float)
        if kind == "boolean":
            return True
        if schema.get("nullable"):
            return None
        return next(iter(_examples(schema)), "example")

    def _all_of(self, schema: dict, refs: tuple[str, ...], full: bool, depth: int, force: frozenset) -> Any:
        merged: Any = _SKIP
        required = set(force) | set(schema.get("required") or ())
        for part in schema["allOf"]:
            while isinstance(part, dict) and "$ref" in part and part["$ref"] not in refs:
                part = self.resolve(part["$ref"])
            if isinstance(part, dict):
                required.update(part.get("required") or ())
        force = frozenset(required)
        for part in schema["allOf"]:
            value = self._gen(part, refs, full, depth, force)
            if value is _SKIP:
                continue
            if isinstance(merged, dict) and isinstance(value, dict):
                merged = {**merged, **value}
            else:
                merged = value
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if any(k in rest for k in ("properties", "required", "type")):
            value = self._gen(rest, refs, full, depth, force)
            if isinstance(merged, dict) and isinstance(value, dict):
                merged = {**merged, **value}
            elif merged is _SKIP:
                merged = value
        if isinstance(merged, dict):
            self._agree_on_enums(schema, refs, merged)
        return merged

    def _agree_on_enums(self, schema: dict, refs: tuple[str, ...], merged: dict) -> None:
        """A property several ``allOf`` parts restrict to an ``enum`` (Pipelines' ``type``: any call
        type in the common fields, ``track`` in the track call) takes a value all of them allow."""
        allowed: dict[str, list[list]] = {}
        for part in [schema, *schema["allOf"]]:
            while isinstance(part, dict) and "$ref" in part and part["$ref"] not in refs:
                part = self.resolve(part["$ref"])
            if not isinstance(part, dict):
                continue
            for name, prop in (part.get("properties") or {}).items():
                while isinstance(prop, dict) and "$ref" in prop and prop["$ref"] not in refs:
                    prop = self.resolve(prop["$ref"])
                if isinstance(prop, dict) and isinstance(prop.get("enum"), list):
                    allowed.setdefault(name, []).append(prop["enum"])
        for name, enums in allowed.items():
            if name in merged and not all(merged[name] in values for values in enums):
                common = [v for v in enums[0] if v is not None and all(v in values for values in enums[1:])]
                if common:
                    merged[name] = common[0]

    def _object(self, schema: dict, refs: tuple[str, ...], full: bool, depth: int, force: frozenset) -> Any:
        required = set(schema.get("required") or ()) | force
        out: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if name not in required and (not full or depth >= MAX_DEPTH):
                continue
            if isinstance(prop, dict) and prop.get(self._skip):
                continue
            value = self._gen(prop, refs, full, depth + 1)
            if value is _SKIP:
                if name in required:
                    value = _empty(prop, self)
                else:
                    continue
            out[name] = value
        return out

    def _array(self, schema: dict, refs: tuple[str, ...], full: bool, depth: int) -> Any:
        item = self._gen(schema.get("items") or {}, refs, full, depth + 1)
        if item is _SKIP:
            return []
        return [item] * max(1, int(schema.get("minItems") or 1))


def _kind(kind: Any) -> str | None:
    """The type to give a value of: 3.1 lists (``["string", "null"]``) give their first non-null type."""
    if isinstance(kind, list):
        real = [k for k in kind if isinstance(k, str) and k != "null"]
        return real[0] if real else ("null" if kind else None)
    return kind if isinstance(kind, str) else None


def _examples(schema: dict) -> list[Any]:
    """``example`` (3.0), then the values of ``examples`` (3.1, a list)."""
    found = [schema["example"]] if "example" in schema else []
    if isinstance(schema.get("examples"), list):
        found.extend(schema["examples"])
    return found


def _fits(value: Any, kind: Any) -> bool:
    if value is None:
        return False
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
    }
    return kind in checks and checks[kind](value)


def _string(schema: dict) -> str:
    fmt = str(schema.get("format") or "").lower()
    value = _STRING_FORMATS.get(fmt, "string")
    min_length, max_length = schema.get("minLength"), schema.get("maxLength")
    if isinstance(min_length, int) and len(value) < min_length:
        value = value + "x" * (min_length - len(value))
    if isinstance(max_length, int) and len(value) > max_length:
        value = value[:max_length]
    return value


def _number(schema: dict, kind: type) -> Any:
    fmt = str(schema.get("format") or "").lower()
    value = _INTEGER_FORMATS.get(fmt, 1)
    low, high = _bound(schema, "minimum", "exclusiveMinimum", 1), _bound(schema, "maximum", "exclusiveMaximum", -1)
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    return kind(value)


def _bound(schema: dict, inclusive: str, exclusive: str, step: int) -> int | float | None:
    """The closest allowed value: 3.0 says ``minimum: 5, exclusiveMinimum: true``, 3.1 ``exclusiveMinimum: 5``."""
    limit, flag = schema.get(inclusive), schema.get(exclusive)
    if isinstance(flag, (int, float)) and not isinstance(flag, bool):
        return flag + step
    if isinstance(limit, (int, float)) and not isinstance(limit, bool):
        return limit + step if flag is True else limit
    return None


def _empty(schema: Any, gen: ExampleGenerator) -> Any:
    """The smallest value for a required property whose schema recursed back on itself."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = gen.resolve(schema["$ref"])
    kind = _kind(schema.get("type")) if isinstance(schema, dict) else None
    return {"array": [], "string": "", "integer": 0, "number": 0, "boolean": False}.get(kind, {})
