"""``python -m codegen diff OLD NEW``: what changed between two versions of an OpenAPI spec.

Meant for deciding what to do after Customer.io publishes a new spec: which operations appeared,
disappeared or changed shape (parameters, request bodies, responses, schemas with ``$ref`` resolved),
which component schemas changed, and a one-line summary. ``--json`` prints the same as a JSON
object; ``--api NAME NEW`` compares NEW against the pinned spec of that API. Given two
directories (``diff generated/ OTHER/``) it compares two *generations* instead and lists the public
names added, removed, renamed and moved (:mod:`codegen.public_names`). The exit code is 0
whenever both inputs could be read (the diff is informational) and 2 when one could not.

:func:`diff_specs` is the pure comparison and :func:`format_report` renders its result; the
per-operation comparison lives in :mod:`codegen.diff_ops` and schema flattening in
:mod:`codegen.diff_schema`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from codegen.apis import APIS, HTTP_METHODS, get_api, iter_operations
from codegen.diff_ops import Change, OperationDiff, compare_operation, compare_schema_components
from codegen.diff_report import format_report

__all__ = [
    "Change",
    "OperationDiff",
    "OperationIdChange",
    "OperationRef",
    "SpecDiff",
    "SpecInfo",
    "SpecLoadError",
    "diff_specs",
    "format_report",
    "load_spec",
]


@dataclass
class SpecInfo:
    label: str  # file name (or "old"/"new" when compared in memory)
    openapi: str | None
    title: str | None
    version: str | None  # info.version
    operations: int
    sha256: str  # of the file's bytes; of the canonical JSON dump when compared in memory


@dataclass(frozen=True)
class OperationRef:
    method: str  # upper case
    path: str
    operation_id: str | None

    def label(self) -> str:
        return f"{self.method} {self.path}  ({self.operation_id or 'no operationId'})"


@dataclass
class OperationIdChange:
    method: str
    path: str
    old: str | None
    new: str | None


@dataclass
class SpecDiff:
    old: SpecInfo
    new: SpecInfo
    operations_added: list[OperationRef] = field(default_factory=list)
    operations_removed: list[OperationRef] = field(default_factory=list)
    operation_ids_changed: list[OperationIdChange] = field(default_factory=list)
    operations_changed: list[OperationDiff] = field(default_factory=list)
    # same method+path whose JSON differs only in descriptions, examples, ref layout...
    operations_non_structural: list[OperationRef] = field(default_factory=list)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    schemas_changed: dict[str, list[Change]] = field(default_factory=dict)
    schemas_non_structural: list[str] = field(default_factory=list)
    other_changes: list[str] = field(default_factory=list)  # e.g. "info", "servers", "components.parameters"
    byte_identical: bool = False

    def counts(self) -> dict[str, int]:
        return {
            "operations_added": len(self.operations_added),
            "operations_removed": len(self.operations_removed),
            "operation_ids_changed": len(self.operation_ids_changed),
            "operations_changed": len(self.operations_changed),
            "operations_non_structural": len(self.operations_non_structural),
            "schemas_added": len(self.schemas_added),
            "schemas_removed": len(self.schemas_removed),
            "schemas_changed": len(self.schemas_changed),
            "schemas_non_structural": len(self.schemas_non_structural),
            "other_changes": len(self.other_changes),
        }

    @property
    def identical(self) -> bool:
        """No difference of any kind (structural or not) was found."""
        return not any(self.counts().values())

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["counts"] = self.counts()
        data["identical"] = self.identical
        return data


# --------------------------------------------------------------------------------------------------
# comparison


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def describe(spec: dict, label: str, sha256: str | None = None) -> SpecInfo:
    info = spec.get("info") if isinstance(spec.get("info"), dict) else {}
    return SpecInfo(
        label=label,
        openapi=_as_text(spec.get("openapi") or spec.get("swagger")),
        title=_as_text(info.get("title")),
        version=_as_text(info.get("version")),
        operations=sum(1 for _ in iter_operations(spec)),
        sha256=sha256 or hashlib.sha256(_canonical(spec).encode()).hexdigest(),
    )


def _operations(spec: dict) -> dict[tuple[str, str], tuple[dict, list]]:
    """(method, path) -> (operation, path-level parameters)."""
    out = {}
    for method, path, op in iter_operations(spec):
        item_params = spec["paths"][path].get("parameters")
        out[(method, path)] = (op, item_params if isinstance(item_params, list) else [])
    return out


def _op_sort_key(key: tuple[str, str]) -> tuple[str, int]:
    method, path = key
    return path, HTTP_METHODS.index(method)


def _ref(key: tuple[str, str], op: dict) -> OperationRef:
    op_id = op.get("operationId")
    return OperationRef(key[0].upper(), key[1], op_id if isinstance(op_id, str) else None)


def diff_specs(
    old: dict,
    new: dict,
    *,
    old_label: str = "old",
    new_label: str = "new",
    old_sha256: str | None = None,
    new_sha256: str | None = None,
) -> SpecDiff:
    """Compare two parsed OpenAPI documents. Pure: reads its inputs, never changes them."""
    result = SpecDiff(old=describe(old, old_label, old_sha256), new=describe(new, new_label, new_sha256))
    result.byte_identical = old_sha256 is not None and old_sha256 == new_sha256
    if result.byte_identical or old == new:
        return result

    old_ops, new_ops = _operations(old), _operations(new)
    result.operations_added = [_ref(k, new_ops[k][0]) for k in sorted(new_ops.keys() - old_ops, key=_op_sort_key)]
    result.operations_removed = [_ref(k, old_ops[k][0]) for k in sorted(old_ops.keys() - new_ops, key=_op_sort_key)]
    for key in sorted(old_ops.keys() & new_ops.keys(), key=_op_sort_key):
        (old_op, old_item_params), (new_op, new_item_params) = old_ops[key], new_ops[key]
        before, after = _ref(key, old_op), _ref(key, new_op)
        if before.operation_id != after.operation_id:
            result.operation_ids_changed.append(
                OperationIdChange(after.method, after.path, before.operation_id, after.operation_id)
            )
        changes = compare_operation(old, old_op, old_item_params, new, new_op, new_item_params)
        if changes:
            result.operations_changed.append(OperationDiff(after.method, after.path, after.operation_id, changes))
        elif _canonical([old_op, old_item_params]) != _canonical([new_op, new_item_params]):
            result.operations_non_structural.append(after)

    old_components = old.get("components") if isinstance(old.get("components"), dict) else {}
    new_components = new.get("components") if isinstance(new.get("components"), dict) else {}
    schemas = compare_schema_components(old, new)
    result.schemas_added, result.schemas_removed = schemas.added, schemas.removed
    result.schemas_changed, result.schemas_non_structural = schemas.changed, schemas.non_structural

    for key in sorted((old.keys() | new.keys()) - {"paths", "components"}):
        if _canonical(old.get(key)) != _canonical(new.get(key)):
            result.other_changes.append(key)
    for key in sorted((old_components.keys() | new_components.keys()) - {"schemas"}):
        if _canonical(old_components.get(key)) != _canonical(new_components.get(key)):
            result.other_changes.append(f"components.{key}")
    old_paths, new_paths = old.get("paths") or {}, new.get("paths") or {}
    for path in sorted(old_paths.keys() & new_paths.keys()):
        old_rest = {k: v for k, v in (old_paths[path] or {}).items() if k not in HTTP_METHODS and k != "parameters"}
        new_rest = {k: v for k, v in (new_paths[path] or {}).items() if k not in HTTP_METHODS and k != "parameters"}
        if _canonical(old_rest) != _canonical(new_rest):
            result.other_changes.append(f"paths[{path}] (path item fields)")
    return result


# --------------------------------------------------------------------------------------------------
# loading and the command


class SpecLoadError(Exception):
    """A spec file is missing, unreadable, not JSON/YAML, or not an OpenAPI document."""


def _jsonable(value: Any) -> Any:
    """YAML may give int/bool keys and date values; make the document plain JSON data."""
    if isinstance(value, dict):
        return {(str(k).lower() if isinstance(k, bool) else str(k)): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_spec(path: str | Path) -> tuple[dict, bytes]:
    """Read a spec file (JSON, or YAML) and return (document, raw bytes)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecLoadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        doc = json.loads(raw)
    except ValueError:
        try:
            doc = _jsonable(yaml.safe_load(raw))
        except yaml.YAMLError as exc:
            raise SpecLoadError(f"{path} is neither JSON nor YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise SpecLoadError(f"{path} is not an OpenAPI document (top level is {type(doc).__name__}, not an object)")
    if "openapi" not in doc and "swagger" not in doc:
        raise SpecLoadError(f"{path} is not an OpenAPI document (no 'openapi' field)")
    return doc, raw


def add_arguments(parser) -> None:
    parser.add_argument("old", nargs="?", metavar="OLD", help="the older spec (JSON or YAML); omit with --api")
    parser.add_argument("new", nargs="?", metavar="NEW", help="the newer spec (JSON or YAML)")
    parser.add_argument("--api", choices=sorted(APIS), help="compare NEW against this API's pinned spec")
    parser.add_argument("--json", action="store_true", help="print the diff as a JSON object")
    parser.add_argument(
        "--names",
        action="store_true",
        help="with --api: also generate NEW into a temporary folder and report the public names that change",
    )


def run(args) -> int:
    if args.api:
        if args.old is None or args.new is not None:
            print("diff: with --api give exactly one file: python -m codegen diff --api NAME NEW", file=sys.stderr)
            return 2
        old_path, new_path = get_api(args.api).spec_path, Path(args.old)
    else:
        if args.old is None or args.new is None:
            print("diff: give two files (OLD NEW), or --api NAME NEW", file=sys.stderr)
            return 2
        old_path, new_path = Path(args.old), Path(args.new)
    if old_path.is_dir() and new_path.is_dir():
        return _diff_generations(old_path, new_path, as_json=args.json)
    try:
        old, old_raw = load_spec(old_path)
        new, new_raw = load_spec(new_path)
    except SpecLoadError as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 2
    old_label = f"{old_path.name} (pinned {args.api})" if args.api else str(old_path)
    result = diff_specs(
        old,
        new,
        old_label=old_label,
        new_label=str(new_path),
        old_sha256=hashlib.sha256(old_raw).hexdigest(),
        new_sha256=hashlib.sha256(new_raw).hexdigest(),
    )
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        print(format_report(result))
    if getattr(args, "names", False) and args.api:
        return _names_if_generated(get_api(args.api), new, str(new_path))
    return 0


def _names_if_generated(api, new: dict, label: str) -> int:
    """The public names a generation from ``new`` would change, against the committed package."""
    import tempfile

    from codegen.build import BuildFailed, preview_generation
    from codegen.public_names import format_changes

    with tempfile.TemporaryDirectory(prefix="codegen-diff-") as tmp:
        try:
            changes, notes = preview_generation(api, new, Path(tmp), label=label)
        except BuildFailed as exc:
            print("\n".join(exc.problems))
            return 1
    print()
    print(format_changes(changes, f"Public names of {api.package} if regenerated"))
    for note in notes:
        print(f"note: {note}")
    return 0


def _diff_generations(old_root: Path, new_root: Path, *, as_json: bool) -> int:
    from codegen.public_names import collect, compare, format_changes

    changes = compare(collect(old_root), collect(new_root))
    if as_json:
        print(json.dumps(changes.as_dict(), indent=2))
    else:
        print(format_changes(changes, f"Public names {old_root} -> {new_root}"))
    return 0
