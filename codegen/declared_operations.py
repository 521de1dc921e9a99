"""Hand-written SDK methods whose operation left the spec.

The Track and Pipelines clients declare the operationId each method sends in their package's
``_operation_ids.py`` (``overlay/customerio_sdk/track/``, ``.../pipelines/``; a literal table, read
here without importing the SDK).
When a spec release removes or renames one of those operations, ``generate`` and ``check`` fail
naming the method and the operationId, instead of the method failing with a 404 in production.
"""

from __future__ import annotations

import ast
from pathlib import Path

from codegen.apis import APIS, ROOT
from codegen.public_names import read_inventory

SDK = Path("overlay") / "customerio_sdk"
#: table name -> (API, client class named in messages); each table is in ``<API package>/_operation_ids.py``
DECLARATIONS = {"TRACK_OPERATIONS": ("track", "TrackClient"), "PIPELINES_OPERATIONS": ("pipelines", "PipelinesClient")}


def table_path(api_name: str) -> Path:
    """Where an API's table lives, relative to the repository root."""
    return SDK / api_name / "_operation_ids.py"


def declared_operations(root: Path = ROOT) -> dict[str, dict[str, str]]:
    """Table name -> {method: operationId}, evaluated from the sources without running them."""
    tables: dict[str, dict[str, str]] = {}
    for api_name in sorted({api_name for api_name, _client in DECLARATIONS.values()}):
        tables.update(_read_tables(root / table_path(api_name)))
    return tables


def _read_tables(path: Path) -> dict[str, dict[str, str]]:
    module = ast.parse(path.read_text(encoding="utf-8"))
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
                    f"{table_path(api_name).as_posix()} and the request it builds), or remove the method; see README "
                    "'When Customer.io publishes a new spec'."
                )
    return problems
