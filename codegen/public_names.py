"""The public names a generated package exposes, and what changed between two generations.

Users import three kinds of generated names:

* operation modules, ``customerio_app_api.api.segments.list_segments`` (``sync``, ``asyncio``, …);
* model classes, ``customerio_app_api.models.Segment``;
* enum classes, ``customerio_app_api.models.SegmentType``.

:func:`collect` reads them from a generated tree (no import: the tree may be a failed or foreign
generation) together with an *identity* that survives a rename: the operationId, then
``METHOD path``, for operation modules; a structural fingerprint (field names and types, or enum
values) for models and enums, first exact, then with nested model names left out. :func:`compare` matches old and new names by identity, so a module
whose tag changed is reported as *moved* and a body class that became a ``$ref`` as *renamed*,
not as one removal plus one addition. Import aliases the build step keeps (see
:mod:`codegen.module_lock`) count as present, and a name that became an alias is reported as moved
or renamed to its target.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["NameChanges", "PublicName", "collect", "compare", "format_changes"]

_ENUM_BASES = {"Enum", "IntEnum", "StrEnum"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class PublicName:
    name: str  # dotted import name: package.api.tag.module or package.models.Class
    kind: str  # "operation", "model" or "enum"
    identity: str  # what stays the same across a rename (see the module docstring)
    fallback: str = ""  # a second identity: "METHOD path" for operations, the loose fingerprint for models
    alias_of: str | None = None  # set when this name is an import alias the build step keeps
    shape: str = ""  # models: the field names and types as written (to follow renamed nested classes)


@dataclass
class NameChanges:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)  # "old -> new": the last part of the name changed
    moved: list[str] = field(default_factory=list)  # "old -> new": same last part, different package path

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.moved)

    def summary(self) -> str:
        parts = [f"{len(v)} {k}" for k, v in self.as_dict().items() if v]
        return ", ".join(parts) if parts else "no public name changes"

    def as_dict(self) -> dict[str, list[str]]:
        return {"added": self.added, "removed": self.removed, "renamed": self.renamed, "moved": self.moved}


# --- reading a generated tree ------------------------------------------------------------------


def _literal_assignments(path: Path) -> dict[str, object]:
    """Top-level ``NAME: T = <literal>`` / ``NAME = <literal>`` of a module, evaluated safely."""
    values: dict[str, object] = {}
    if not path.exists():
        return values
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and node.value is not None:
            try:
                values[target.id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


def read_inventory(package_dir: Path) -> dict[str, tuple[str, str, str]]:
    """``OPERATIONS`` of a generated package's ``_operations.py`` (operationId -> method, path, module)."""
    operations = _literal_assignments(Path(package_dir) / "_operations.py").get("OPERATIONS") or {}
    assert isinstance(operations, dict)
    return operations


def model_exports(models_init: Path) -> dict[str, str]:
    """Class name -> module (``.segment``) from ``models/__init__.py`` (eager or lazy layout)."""
    exports: dict[str, str] = {}
    if not models_init.exists():
        return exports
    for node in ast.walk(ast.parse(models_init.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                exports[alias.asname or alias.name] = node.module
    return exports


def _class_fingerprint(module: Path, class_name: str, model_names: set[str]) -> tuple[str, str, str, str]:
    """(kind, loose fingerprint, exact fingerprint, exact text) of a generated class.

    The loose fingerprint writes every model class named in a field type as ``Model``: a renamed
    nested class must not hide its renamed parent.
    """
    if not module.exists():
        return "model", "", "", ""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if bases & _ENUM_BASES:
                values = sorted(
                    repr(ast.literal_eval(stmt.value))
                    for stmt in node.body
                    if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant)
                )
                text = "enum:" + "|".join(values)
                return "enum", _digest(text), _digest(text), ""
            fields = sorted(
                (stmt.target.id, ast.unparse(stmt.annotation))
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            )
            exact = "model:" + "|".join(f"{name}:{annotation}" for name, annotation in fields)

            def loose_type(match: re.Match[str]) -> str:
                return "Model" if match.group(0) in model_names else match.group(0)

            loose = "model:" + "|".join(f"{name}:{_IDENTIFIER.sub(loose_type, ann)}" for name, ann in fields)
            return "model", _digest(loose), _digest(exact), exact
    return "model", "", "", ""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def collect(root: Path, packages: Iterable[str] | None = None) -> dict[str, PublicName]:
    """The public names of each generated package under ``root`` (default: every package in it).

    Reads ``<package>/_operations.py`` (the operation inventory, and ``ALIASES`` kept by the build
    step) and ``<package>/models/__init__.py`` plus each model module's source.
    """
    root = Path(root)
    if packages is None:
        packages = sorted(p.name for p in root.iterdir() if (p / "__init__.py").exists()) if root.exists() else []
    names: dict[str, PublicName] = {}
    for package in packages:
        base = root / package
        inventory = _literal_assignments(base / "_operations.py")
        operations = inventory.get("OPERATIONS") or {}
        assert isinstance(operations, dict)
        for operation_id, (method, path, module) in operations.items():
            dotted = f"{package}.{module}"
            names[dotted] = PublicName(dotted, "operation", f"op:{operation_id}", f"route:{method} {path}")
        exports = model_exports(base / "models" / "__init__.py")
        model_names = set(exports)
        for class_name, module in exports.items():
            kind, loose, exact, shape = _class_fingerprint(base / "models" / f"{module}.py", class_name, model_names)
            dotted = f"{package}.models.{class_name}"
            names[dotted] = PublicName(dotted, kind, f"{kind}:{exact}", f"{kind}:{loose}", shape=shape)
        aliases = inventory.get("ALIASES") or {}
        assert isinstance(aliases, dict)
        for old, new in aliases.items():
            dotted, target = f"{package}.{old}", f"{package}.{new}"
            if dotted not in names or not names[dotted].identity.split(":", 1)[1]:  # not a real class
                kind = names[target].kind if target in names else "operation"
                names[dotted] = PublicName(dotted, kind, f"alias:{target}", alias_of=target)
    return names


# --- comparing two generations -----------------------------------------------------------------


def _last(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _parent(name: str) -> str:
    return name.rsplit(".", 1)[0]


def _unique_matches(old: list[PublicName], new: list[PublicName], key) -> list[tuple[PublicName, PublicName]]:
    """Pairs whose key occurs exactly once on each side (an ambiguous key proves nothing)."""
    old_by: dict[str, list[PublicName]] = defaultdict(list)
    new_by: dict[str, list[PublicName]] = defaultdict(list)
    for item in old:
        if key(item):
            old_by[key(item)].append(item)
    for item in new:
        if key(item):
            new_by[key(item)].append(item)
    return [(o[0], new_by[k][0]) for k, o in old_by.items() if len(o) == 1 and len(new_by.get(k, ())) == 1]


def compare(old: Mapping[str, PublicName], new: Mapping[str, PublicName]) -> NameChanges:
    """Added, removed, renamed and moved public names between two :func:`collect` results."""
    changes = NameChanges()
    pairs: list[tuple[str, str]] = []
    # A name that is now an import alias still imports; report where it went.
    for name, item in new.items():
        if item.alias_of and name in old and not old[name].alias_of:
            pairs.append((name, item.alias_of))
    gone = [old[n] for n in sorted(set(old) - set(new))]
    targets = {after for _, after in pairs}
    fresh = [new[n] for n in sorted(set(new) - set(old)) if not new[n].alias_of and n not in targets]
    for key in (lambda p: p.identity, lambda p: p.fallback):
        for before, after in _unique_matches(gone, fresh, key):
            if before.kind == after.kind:
                pairs.append((before.name, after.name))
                gone.remove(before)
                fresh.remove(after)
    _match_through_renamed_fields(gone, fresh, pairs)
    for before, after in pairs:
        target = (
            changes.moved if _last(before) == _last(after) and _parent(before) != _parent(after) else changes.renamed
        )
        target.append(f"{before} -> {after}")
    changes.added = sorted(p.name for p in fresh)
    changes.removed = sorted(p.name for p in gone)
    changes.renamed.sort()
    changes.moved.sort()
    return changes


def _translate(renamed: dict[str, str], item: PublicName) -> str:
    return _IDENTIFIER.sub(lambda m: renamed.get(m.group(0), m.group(0)), item.shape) if item.shape else ""


def _match_through_renamed_fields(gone: list[PublicName], fresh: list[PublicName], pairs: list) -> None:
    """Models whose fields are the same once the classes they refer to are renamed as matched so
    far (``MergeResponse400{meta: MergeResponse400Meta}`` -> ``MergeCustomersResponse400{meta:
    MergeCustomersResponse400Meta}``); repeated while it finds more."""
    while True:
        translated = functools.partial(_translate, {_last(before): _last(after) for before, after in pairs})

        found = _unique_matches([g for g in gone if g.shape], [f for f in fresh if f.shape], translated)
        found = [(b, a) for b, a in found if translated(b) == a.shape]
        if not found:
            return
        for before, after in found:
            pairs.append((before.name, after.name))
            gone.remove(before)
            fresh.remove(after)


def format_changes(changes: NameChanges, title: str = "Public names") -> str:
    lines = [f"{title}: {changes.summary()}"]
    for label, items in changes.as_dict().items():
        if items:
            lines.append(f"  {label} ({len(items)}):")
            lines.extend(f"    {item}" for item in items)
    return "\n".join(lines)
