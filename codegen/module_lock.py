"""Stable generated module paths: ``codegen/public_modules.lock.json``.

openapi-python-client puts an operation in ``api/<first tag>/<operationId>.py``, so a spec that
drops or renames a tag would move every module users import (``api.people.identify`` ->
``api.default.identify``). The lock records, per API, the module of every operationId; before the
generator runs, :func:`pin` rewrites each locked operation's ``tags`` (generator input only; the
original stays in ``x-original-tags``) so it lands where it was. The rules:

* a locked operation keeps its module, whatever its tags become;
* a new operation gets ``api.<first tag or "default">.<operationId>`` and is added to the lock;
* an operation whose operationId changed but whose ``METHOD path`` is a locked operation that
  disappeared is a rename: it goes next to the old module, and the old module is kept as an import
  alias (``ALIASES`` in ``_operations.py``), reported by ``generate`` and ``codegen diff``;
* a removed operation leaves the lock (its module is gone: reported as removed);
* two operationIds that name one module in one package (``addDevice`` and ``add_device`` are both
  ``add_device``; the generator would write one over the other) are told apart: a locked operation
  keeps its module, the other gets ``add_device_2`` (the first free number), reported and locked
  like any new module. The generator names a module after the operationId, so its input carries
  ``add_device_2`` as operationId (the original stays in ``x-original-operationId``; the inventory
  and every request keep the original). A lock putting two operations in one module stops the build.

Aliases stay in the lock until someone deletes them (a breaking release).
"""

from __future__ import annotations

import ast
import copy
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.apis import CODEGEN_DIR, iter_operations
from codegen.diff_schema import escape_token

LOCK_PATH = CODEGEN_DIR / "public_modules.lock.json"


@functools.cache  # pure, and asked for every operation each time normalisation predicts class names
def _python_identifier(value: str, prefix: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(value=value, prefix=prefix))


def module_leaf(operation_id: str) -> str:
    """The module name openapi-python-client gives an operationId."""
    return _python_identifier(operation_id, "field")


def tag_package(tag: str) -> str:
    return _python_identifier(tag, "tag")


@dataclass
class Pinned:
    spec: dict[str, Any]  # the generator's input: locked operations re-tagged
    entry: dict[str, Any]  # the API's new lock entry: {"operations": {...}, "aliases": {...}}
    notes: list[str] = field(default_factory=list)  # what moved, what is new


class LockFileError(ValueError):
    pass


def load(path: Path = LOCK_PATH) -> dict[str, Any]:
    """The lock ({} when there is none yet: module paths then follow today's tags)."""
    if not path.exists():
        return {}
    try:
        lock = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LockFileError(
            f"{path.name} is not valid JSON ({exc}): restore it from git; deleting it re-pins every module "
            "to today's tags, which can move public import paths"
        ) from None
    if not isinstance(lock, dict) or not all(isinstance(v, dict) for v in lock.values()):
        raise LockFileError(f"{path.name} must be an object of API name -> entry; restore it from git")
    return lock


def dump(lock: dict[str, Any]) -> str:
    text = json.dumps(lock, indent=2, sort_keys=True)
    # One line per model ([module, fingerprint, fingerprint]): a rename shows as one changed line.
    return re.sub(r"\[\n\s+(\"[^\"\n]*\"(?:,\n\s+\"[^\"\n]*\")*)\n\s+\]", _one_line, text) + "\n"


def _one_line(match: re.Match[str]) -> str:
    return "[" + re.sub(r",\n\s+", ", ", match.group(1)) + "]"


def pin(spec: dict[str, Any], entry: dict[str, Any] | None) -> Pinned:
    """Re-tag ``spec``'s operations so each keeps its locked module; return the updated lock entry.

    Raises :class:`LockFileError` when the lock puts two present operations in one module.
    """
    spec = copy.deepcopy(spec)
    locked: dict[str, str] = dict((entry or {}).get("operations") or {})
    aliases: dict[str, str] = dict((entry or {}).get("aliases") or {})
    routes: dict[str, str] = dict((entry or {}).get("routes") or {})  # operationId -> "METHOD path"
    operations = list(iter_operations(spec))
    present = {op["operationId"] for _, _, op in operations}
    vanished_by_route = {routes[o]: o for o in locked if o not in present and o in routes}
    notes: list[str] = []
    wanted: list[tuple[str, str, bool]] = []  # per operation: package, module leaf, locked
    renamed_from: dict[int, str] = {}  # operation index -> the vanished operationId it replaces
    for index, (method, path, op) in enumerate(operations):
        operation_id = op["operationId"]
        route = f"{method.upper()} {path}"
        if operation_id in locked:
            _, package, leaf = locked[operation_id].split(".")
            wanted.append((package, leaf, True))
            continue
        if route in vanished_by_route:
            renamed_from[index] = vanished_by_route.pop(route)
            package = locked[renamed_from[index]].split(".")[1]
        else:
            package = tag_package((op.get("tags") or ["default"])[0])
        wanted.append((package, module_leaf(operation_id), False))
    modules = _unique_modules(operations, wanted, notes)
    new_ops: dict[str, str] = {}
    new_routes: dict[str, str] = {}
    for index, ((method, path, op), module) in enumerate(zip(operations, modules)):
        operation_id = op["operationId"]
        route = f"{method.upper()} {path}"
        _, package, leaf = module.split(".")
        if index in renamed_from:
            old_id = renamed_from[index]
            if module != locked[old_id]:
                aliases[locked[old_id]] = module
                notes.append(f"operationId {old_id!r} is now {operation_id!r}: {locked[old_id]} kept as an alias")
        elif not wanted[index][2] and entry is not None:  # (a first lock records every operation: nothing to tell)
            notes.append(f"new operation {operation_id!r} ({route}): {module}")
        if tag_package((op.get("tags") or ["default"])[0]) != package:
            op.setdefault("x-original-tags", op.get("tags", []))
            op["tags"] = [package]
        if module_leaf(operation_id) != leaf:  # the generator names the module after the operationId
            op["x-original-operationId"] = operation_id
            op["operationId"] = leaf
        new_ops[operation_id] = module
        new_routes[operation_id] = route
    for operation_id in sorted(set(locked) - present):
        if locked[operation_id] not in aliases:
            notes.append(f"operation {operation_id!r} left the spec: {locked[operation_id]} is removed")
    taken = set(new_ops.values())
    # An alias lives while its target does (and never shadows a real module).
    aliases = {old: new for old, new in aliases.items() if new in taken and old not in taken}
    return Pinned(spec, {"aliases": aliases, "operations": new_ops, "routes": new_routes}, notes)


def _pointer(method: str, path: str) -> str:
    return f"/paths/{escape_token(path)}/{method}"


_Operation = tuple[str, str, dict[str, Any]]  # method, path, operation object (as iter_operations yields)


def _unique_modules(operations: list[_Operation], wanted: list[tuple[str, str, bool]], notes: list[str]) -> list[str]:
    """One module per operation, none shared. Two operationIds can name one module (``addDevice``
    and ``add_device`` are both ``add_device``), and the generator would write the second over the
    first. Locked operations keep their modules; every other operation, in document order, takes
    its own name if it is free, else the first free ``<name>_<n>`` (n = 2, 3, ...) that is no other
    operation's own name. The lock records the result, so the choice is made once: whichever
    operation keeps ``add_device`` keeps it in every later generation.
    """
    owner: dict[str, int] = {}  # module -> operation index
    for index, (package, leaf, is_locked) in enumerate(wanted):
        module = f"api.{package}.{leaf}"
        if is_locked and module in owner:
            first = owner[module]
            raise LockFileError(
                f"{LOCK_PATH.name} puts operations {operations[first][2]['operationId']!r} "
                f"({_pointer(*operations[first][:2])}) and {operations[index][2]['operationId']!r} "
                f"({_pointer(*operations[index][:2])}) in one module, {module}: delete the entry of the one that "
                "should move (it is then placed as a new operation, next to the other) and run `make generate`"
            )
        if is_locked:
            owner[module] = index
    own = {f"api.{package}.{leaf}" for package, leaf, _ in wanted}
    modules: list[str] = []
    for index, (package, leaf, is_locked) in enumerate(wanted):
        module = f"api.{package}.{leaf}"
        if not is_locked and owner.setdefault(module, index) != index:
            n = 2
            while f"{module}_{n}" in owner or f"{module}_{n}" in own:
                n += 1
            other = owner[module]
            notes.append(
                f"operation {operations[index][2]['operationId']!r} ({_pointer(*operations[index][:2])}) names "
                f"module {module}, which operation {operations[other][2]['operationId']!r} "
                f"({_pointer(*operations[other][:2])}) has: it gets {module}_{n}"
            )
            module = f"{module}_{n}"
            owner[module] = index
        modules.append(module)
    return modules


def generator_module_leaves(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(path, method) -> the module name :func:`pin` gives each operation when nothing is locked
    (the generator also prefixes the operation's inline classes with it)."""
    operations = [(m, p, op) for m, p, op in iter_operations(spec) if isinstance(op.get("operationId"), str)]
    wanted = [
        (tag_package((op.get("tags") or ["default"])[0]), module_leaf(op["operationId"]), False)
        for _, _, op in operations
    ]
    modules = _unique_modules(operations, wanted, [])
    return {(path, method): module.rsplit(".", 1)[1] for (method, path, _), module in zip(operations, modules)}


def render_alias(package: str, old: str, new: str, functions: list[str]) -> str:
    """The module kept at an old path: re-exports the operation's functions from the new one."""
    names = ", ".join(functions)
    return (
        f'"""Generated by `python -m codegen generate`: import alias; `{package}.{old}` moved to\n'
        f"`{package}.{new}` (see codegen/public_modules.lock.json). Do not edit.\n"
        '"""\n\n'
        f"from {package}.{new} import {names}\n\n"
        f"__all__ = {functions!r}\n".replace("'", '"')
    )


def write_aliases(package_dir: Path, aliases: dict[str, str]) -> None:
    package = package_dir.name
    for old, new in sorted(aliases.items()):
        target = package_dir / (old.replace(".", "/") + ".py")
        target.parent.mkdir(parents=True, exist_ok=True)
        init = target.parent / "__init__.py"
        if not init.exists():
            init.write_text('"""Contains endpoint functions for accessing the API"""\n', encoding="utf-8")
        source = (package_dir / (new.replace(".", "/") + ".py")).read_text(encoding="utf-8")
        functions = sorted(
            node.name
            for node in ast.parse(source).body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_")
        )
        target.write_text(render_alias(package, old, new, functions), encoding="utf-8")


# --- model classes -----------------------------------------------------------------------------
#
# The lock also records every model class (module and structural fingerprint, see
# codegen.public_names). A class the new generation no longer has, but whose structure a new class
# has (an inline body moved to a $ref: AddDeviceBody -> AddDeviceRequest), keeps its old name as an
# alias of the new class in ``models`` (and its old module, when free). Aliases live in the lock
# under "model_aliases" while their target exists.

_MODEL_ALIAS_HEADER = (
    "# Import aliases for renamed classes (codegen/public_modules.lock.json): old name -> current class."
)


def alias_renamed_models(api, package_dir: Path, pinned: Pinned, previous: dict[str, Any] | None) -> list[str]:
    """Record the fresh generation's models in ``pinned.entry``, alias renamed ones; return notes."""
    from codegen.generate import _render_inventory, operation_inventory
    from codegen.public_names import PublicName, collect, compare, model_exports

    package = package_dir.name
    exports = model_exports(package_dir / "models" / "__init__.py")
    names = collect(package_dir.parent, [package])
    current = {
        dotted.rsplit(".", 1)[1]: item
        for dotted, item in names.items()
        if dotted.startswith(f"{package}.models.") and item.identity.split(":", 1)[1]
    }
    pinned.entry["models"] = {
        cls: [exports[cls], item.identity, item.fallback] for cls, item in sorted(current.items())
    }
    locked = (previous or {}).get("models") or {}
    aliases: dict[str, list[str]] = dict((previous or {}).get("model_aliases") or {})
    notes = []
    if locked:
        old = {
            f"{package}.models.{cls}": PublicName(
                f"{package}.models.{cls}", identity.split(":", 1)[0], identity, fallback
            )
            for cls, (_, identity, fallback) in locked.items()
        }
        new = {f"{package}.models.{cls}": item for cls, item in current.items()}
        for line in compare(old, new).renamed:
            before, after = (part.rsplit(".", 1)[1] for part in line.split(" -> "))
            aliases[before] = [locked[before][0], after]
            notes.append(f"class {before} is now {after}: models.{before} kept as an alias")
    aliases = {old: value for old, value in sorted(aliases.items()) if value[1] in current and old not in current}
    pinned.entry["model_aliases"] = aliases
    if aliases:
        _write_model_aliases(package_dir, aliases, exports)
    every_alias = dict(pinned.entry["aliases"])
    every_alias.update({f"models.{old}": f"models.{target}" for old, (_, target) in aliases.items()})
    inventory = _render_inventory(api, operation_inventory(pinned.spec), every_alias)
    (package_dir / "_operations.py").write_text(inventory, encoding="utf-8")
    return notes


def _write_model_aliases(package_dir: Path, aliases: dict[str, list[str]], exports: dict[str, str]) -> None:
    models = package_dir / "models"
    lines = ["", "", _MODEL_ALIAS_HEADER, "if TYPE_CHECKING:"]
    lines += [f"    from .{exports[target]} import {target} as {old}" for old, (_, target) in aliases.items()]
    lines += [
        "",
        "_ALIASES: dict[str, str] = {",
        *(f'    "{old}": "{target}",' for old, (_, target) in aliases.items()),
        "}",
        "_class_getattr = __getattr__",
        "",
        "",
        "def __getattr__(name: str) -> Any:  # noqa: F811",
        "    if name in _ALIASES:",
        "        value = _class_getattr(_ALIASES[name])",
        "        globals()[name] = value",
        "        return value",
        "    return _class_getattr(name)",
        "",
        "",
        "__all__ += (" + " ".join(f'"{old}",' for old in aliases) + ")",
    ]
    init = models / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").rstrip("\n") + "\n".join(lines) + "\n", encoding="utf-8")
    for old, (module, target) in aliases.items():
        path = models / f"{module}.py"
        if not path.exists():  # the old module path keeps working too, unless a current class took it
            path.write_text(
                f'"""Generated by `python -m codegen generate`: import alias; {old} is now {target}. Do not edit."""\n\n'
                f"from .{exports[target]} import {target} as {old}\n\n"
                f'__all__ = ["{old}"]\n',
                encoding="utf-8",
            )
