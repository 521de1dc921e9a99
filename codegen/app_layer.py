"""The App API's resource layer, rendered as Python source (``overlay/customerio_sdk/app/_generated/``).

Inputs: the resource table (``codegen/app_resources.yaml``: attribute -> class, docstring, the
hand-written conveniences it mixes in, readable method name -> operationId), the normalised App
spec and its operation inventory (operationId -> method, path, generated module). Output: one
module per resource holding the sync class and its async twin, plus ``_namespaces.py`` (the
clients' resource attributes) and ``_index.py`` (the table as classes). :func:`render` is a pure
function of those inputs; ``codegen generate`` writes its result and ``codegen check`` compares.

Parsing lives in :mod:`codegen.app_operations`, source rendering in :mod:`codegen.app_render`.
Types come from openapi-python-client's own parser (the one that wrote the generated functions),
so a method's parameters and return type are exactly the generated function's, with three
conveniences: an enum parameter also takes its string values (``Literal``), an ``int`` parameter
named ``*_ts`` also takes a timezone-aware ``datetime``, a body may be a plain mapping. Paginated
operations (``customerio_sdk._core.pagination.APP_PAGINATED``) return a paginator typed by item and page.
Docstrings come from the spec: summary, description, every parameter (the spec's parameter and
body property descriptions), what the method returns, and the operation's API-reference link.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from codegen.apis import CODEGEN_DIR, ROOT
from codegen.app_operations import AppLayerError, parse_operations
from codegen.app_render import HEADER, render_index, render_namespaces, render_resource
from codegen.public_names import read_inventory

__all__ = ["AppLayerError", "check_table", "load_table", "render", "report"]

TABLE_PATH = CODEGEN_DIR / "app_resources.yaml"
OUT_DIR = Path("overlay") / "customerio_sdk" / "app" / "_generated"  # relative to the repository root


def load_table(path: Path = TABLE_PATH) -> dict[str, Any]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def format_source(files: Mapping[str, str]) -> dict[str, str]:
    """The files as the pinned ruff sorts and formats them (the repository's settings)."""
    import os
    import subprocess
    import sys

    ruff = [sys.executable, "-m", "ruff"]
    env = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    out = {}
    for path, text in files.items():
        for command in (["check", "--select", "I,F401,RUF022", "--fix-only", "--quiet"], ["format", "--quiet"]):
            result = subprocess.run(
                [*ruff, *command, "--no-cache", "--stdin-filename", path, "-"],
                check=False,
                input=text,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=env,
            )
            if result.returncode != 0:
                raise AppLayerError(f"ruff failed on {path}: {result.stderr.strip()}")
            text = result.stdout
        out[path] = text
    return out


def check_table(table: Mapping[str, Any], inventory: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(errors, App operationIds no resource method covers). An error names the method and the
    operationId the spec no longer has, or an operationId two methods claim."""
    errors, seen = [], {}
    for attribute, entry in table["resources"].items():
        for method, operation_id in (entry.get("methods") or {}).items():
            where = f"app.{attribute}.{method}"
            if operation_id not in inventory:
                errors.append(f"{where}: operationId {operation_id!r} is not in the App spec")
            elif operation_id in seen:
                errors.append(f"{where}: operationId {operation_id!r} is already {seen[operation_id]}")
            seen[operation_id] = where
        for operation_id in entry.get("convenience_operations") or []:
            seen[operation_id] = f"app.{attribute} (hand-written)"
    uncovered = sorted(set(inventory) - set(seen))
    return errors, uncovered


def render(
    spec: dict[str, Any], inventory: Mapping[str, tuple[str, str, str]], table: Mapping[str, Any] | None = None
) -> dict[str, str]:
    """The resource layer: relative path (from the repository root) -> file text."""
    table = table if table is not None else load_table()
    errors, _uncovered = check_table(table, inventory)
    if errors:
        raise AppLayerError("codegen/app_resources.yaml does not match the App spec:\n  " + "\n  ".join(errors))
    reference_url = table["reference_url"]
    wanted = {op for entry in table["resources"].values() for op in (entry.get("methods") or {}).values()}
    operations = parse_operations(spec, {k: v for k, v in inventory.items() if k in wanted}, reference_url)
    files = {
        str(OUT_DIR / "__init__.py"): HEADER
        + '"""The App resource classes, written by the build step from codegen/app_resources.yaml."""\n',
        str(OUT_DIR / "_namespaces.py"): render_namespaces(table),
        str(OUT_DIR / "_index.py"): render_index(table),
    }
    for attribute, entry in table["resources"].items():
        files[str(OUT_DIR / f"{attribute}.py")] = render_resource(attribute, entry, operations, reference_url)
    return format_source(files)


def method_count(table: Mapping[str, Any] | None = None) -> int:
    table = table if table is not None else load_table()
    return sum(len(entry.get("methods") or {}) for entry in table["resources"].values())


# -- the build step's hooks (codegen generate / check) ------------------------------------------------


def report(package_dir: Path) -> str:
    """One line for ``codegen generate``: methods rendered, App operations no method covers."""
    table = load_table()
    _errors, uncovered = check_table(table, read_inventory(package_dir))
    line = f"app resource layer: {method_count(table)} generated methods in {len(table['resources'])} resources"
    if uncovered:
        line += f"; not yet in a resource (still reachable via client.raw): {', '.join(uncovered)}"
    return line
