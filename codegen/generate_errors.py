"""Generator failures turned into messages a user can act on.

For each error or warning openapi-python-client collected (recorded as JSON by
:mod:`codegen._generator_runner`), :func:`explain_failure` prints:

* the API and the generator's own message (with a union member's real cause, not an object repr);
* where it is: the JSON pointer in the normalised spec the generator saw, and the pointer(s) of the
  same schema in the spec *as published* (``specs/<file>``). Normalisation moves and renames
  schemas (hoisted union members, shared inline copies), so the published location is found by
  content: the schema whose property names, enum values or member list match;
* which normalisation pass or overlay could fix it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from codegen.apis import Api
from codegen.diff_schema import escape_token, follow_pointer

# (pattern in header/detail, what could fix it). First match wins; the last is the fallback.
HINTS: tuple[tuple[str, str], ...] = (
    (
        r"duplicate models with name",
        (
            "two schemas get the same class name: the naming passes in codegen/normalise/ "
            "(unique_component_titles, unique_inline_class_names) should give them distinct titles; if the two "
            "are copies of one schema, share_identical_inline_schemas should make them one component"
        ),
    ),
    (
        r"in allOf was not processed",
        (
            "an allOf refers to a component the generator could not build first, usually a union nested in a "
            "union: union hoisting in codegen/normalise/ (hoist_root_union_members, run to a fixed point) "
            "must reach it"
        ),
    ),
    (
        r"conflicting enums|Conflicting",
        (
            "several enums derive the same class name with different values: give them distinct titles with a "
            "generic pass (disambiguate_union_member_titles) in codegen/normalise/passes.py"
        ),
    ),
    (
        r"Invalid property in union",
        (
            "a union member cannot be built (its own error is quoted above): fix that member's class, or hoist "
            "inline members (hoist_root_union_members) in codegen/normalise/passes.py"
        ),
    ),
    (
        r"path templating|path parameter",
        (
            "a path parameter's name is not a usable identifier or does not match the path template: "
            "the parameter renaming pass in codegen/normalise/ (safe_path_parameter_names) should cover it"
        ),
    ),
    (
        r"Enum values must all be the same type|Unsupported enum type",
        "an enum mixes value types: split it with a pass, or correct it in codegen/overlays/{api}.yaml",
    ),
    (
        r"ruff|failed$",
        "a post-generation hook failed: check codegen/templates/ (our overrides) and the ruff version",
    ),
    (
        r"",
        (
            "write a generic pass in codegen/normalise/passes.py for this class of schema (with a test on a "
            "synthetic spec); a targeted action in codegen/overlays/{api}.yaml is the last resort"
        ),
    ),
)

_SCHEMA_HEADER = re.compile(r"Unable to process schema (?P<name>.+?):?$")
_ENDPOINT_HEADER = re.compile(r"WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within")


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    stack = [(pointer, node)]
    while stack:
        where, current = stack.pop()
        if isinstance(current, dict):
            yield where, current
            for key in reversed(list(current)):
                if key not in ("example", "examples"):
                    stack.append((f"{where}/{escape_token(str(key))}", current[key]))
        elif isinstance(current, list):
            for index in reversed(range(len(current))):
                stack.append((f"{where}/{index}", current[index]))


def signature(schema: Any) -> str | None:
    """What identifies a schema across normalisation (names and documentation may change)."""
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("properties"), dict) and schema["properties"]:
        return "properties:" + ",".join(sorted(schema["properties"]))
    if isinstance(schema.get("enum"), list):
        return "enum:" + json.dumps(sorted(map(json.dumps, schema["enum"])))
    for key in ("oneOf", "anyOf", "allOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            return f"{key}:{len(members)}"
    return None


def published_pointers(published: dict, normalised: dict, pointer: str, limit: int = 3) -> list[str]:
    """Where the schema at ``pointer`` of the normalised spec sits in the published spec."""
    node = follow_pointer(normalised, pointer)
    same_place = follow_pointer(published, pointer)
    if node is not None and same_place is not None and signature(same_place) == signature(node):
        return [pointer]
    wanted = signature(node)
    if wanted is None or wanted.startswith(("oneOf:", "anyOf:", "allOf:")):
        return []  # too little to go on: better no location than a wrong one
    return [where for where, candidate in _walk(published) if signature(candidate) == wanted][:limit]


def _locate(error: dict, normalised: dict) -> str | None:
    """The JSON pointer (normalised spec) of the schema or operation an error is about."""
    header = error.get("header") or ""
    base = None
    match = _SCHEMA_HEADER.search(header)
    if match:
        name = match["name"].strip()
        base = name if name.startswith("/") else f"/components/schemas/{escape_token(name)}"
    match = _ENDPOINT_HEADER.search(header)
    if match:
        base = f"/paths/{escape_token(match['path'])}/{match['method'].lower()}"
    if base is not None and follow_pointer(normalised, base) is None:
        base = None
    wanted = signature(error.get("data"))
    if wanted is not None:  # the schema the generator quoted, inside what the header names
        scope, where = (
            (follow_pointer(normalised, base), base) if base else (normalised.get("components") or {}, "/components")
        )
        for pointer, candidate in _walk(scope, where):
            if signature(candidate) == wanted:
                return pointer
    return base


def hint_for(api: Api, text: str) -> str:
    # A union member's own error is the cause worth fixing.
    text = text.split("a member failed:", 1)[-1]
    for pattern, hint in HINTS:
        if re.search(pattern, text, re.IGNORECASE):
            return hint.format(api=api.name)
    raise AssertionError("unreachable: the last hint matches everything")


def explain_failure(
    api: Api, error: Any, normalised: dict, published: dict | None = None, published_label: str | None = None
) -> str:
    """One block of text per API: every problem with its message, location and a possible fix.

    ``published`` defaults to the pinned spec (``specs/<file>``); pass ``published_label`` with another.
    """
    label = published_label or f"specs/{api.spec_file}"
    if published is None:
        published = json.loads(api.spec_path.read_text(encoding="utf-8"))
    records: list[dict] = list(getattr(error, "errors", None) or [])
    lines = [f"[{api.name}] openapi-python-client could not generate {api.package} cleanly:"]
    if not records:
        output = getattr(error, "output", "") or str(error)
        lines.append("  " + "\n  ".join(output.strip().splitlines()[-30:]))
        lines.append(f"  fix: {hint_for(api, output)}")
        return "\n".join(lines)
    for number, record in enumerate(records, 1):
        header = (record.get("header") or "").strip()
        detail = (record.get("detail") or "").strip()
        message = " ".join(part for part in (header, detail.splitlines()[0] if detail else "") if part)
        lines.append(f"  {number}. [{record.get('level', 'error')}] {message}")
        for extra in detail.splitlines()[1:]:
            if extra.strip():
                lines.append(f"     {extra.strip()}")
        pointer = _locate(record, normalised)
        if pointer is not None:
            lines.append(f"     normalised spec: #{pointer}")
            places = published_pointers(published, normalised, pointer)
            if places:
                lines.append(f"     published spec:  {label}#" + ", #".join(places))
            else:
                lines.append(f"     published spec:  {label} (made by normalisation; no single source)")
        lines.append(f"     fix: {hint_for(api, header + ' ' + detail)}")
    return "\n".join(lines)
