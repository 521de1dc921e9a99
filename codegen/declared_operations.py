"""Hand-written SDK methods whose operation left the spec.

The Track and Pipelines clients declare the operationId each method sends in
``overlay/customerio_sdk/_operation_ids.py`` (a literal table, read here without importing the SDK).
When a spec release removes or renames one of those operations, ``generate`` and ``check`` fail
naming the method and the operationId, instead of the method failing with a 404 in production.
"""

from __future__ import annotations

import ast
from pathlib import Path

from codegen.apis import APIS, ROOT
from codegen.public_names import read_inventory

TABLE = Path("overlay") / "customerio_sdk" / "_operation_ids.py"
#: table in _operation_ids.py -> (API, client class named in messages)
DECLARATIONS = {"TRACK_OPERATIONS": ("track", "TrackClient"), "PIPELINES_OPERATIONS": ("pipelines", "PipelinesClient")}


def declared_operations(root: Path = ROOT) -> dict[str, dict[str, str]]:
    """Table name -> {method: operationId}, evaluated from the source without running it."""
    module = ast.parse((root / TABLE).read_text(encoding="utf-8"))
    tables: dict[str, dict[str, str]] = {}
    for node in module.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, value = node.target.id, node.value
            if isinstance(value, ast.DictComp):  # {name: name for name in (...)}
                tables[name] = {item: item for item in ast.literal_eval(value.generators[0].iter)}
            else:
                tables[name] = ast.literal_eval(value)
    return tables


def missing_operations(generated_root: Path, root: Path = ROOT) -> list[str]:
    """One problem per declared method whose operationId the generated package no longer has."""
    problems = []
    tables = declared_operations(root)
    for table, (api_name, client) in DECLARATIONS.items():
        package = APIS[api_name].package
        present = read_inventory(generated_root / package)
        for method, operation_id in sorted(tables.get(table, {}).items()):
            if operation_id not in present:
                problems.append(
                    f"{client}.{method} sends operationId {operation_id!r}, which the {api_name} spec no longer has "
                    f"(removed or renamed). Point the method at the operation that replaces it (new operationId in "
                    f"{TABLE.as_posix()} and the request it builds), or remove the method; see README "
                    "'When Customer.io publishes a new spec'."
                )
    return problems
