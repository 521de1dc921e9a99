"""Plain-text rendering of a :class:`codegen.diff.SpecDiff` (``format_report``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codegen.diff import SpecDiff, SpecInfo

MAX_CHANGES_PER_OPERATION = 40
MAX_CHANGES_PER_SCHEMA = 8

_SUMMARY_NAMES = (
    ("operations_added", "operation added", "operations added"),
    ("operations_removed", "operation removed", "operations removed"),
    ("operations_changed", "operation changed", "operations changed"),
    ("operation_ids_changed", "operationId changed", "operationIds changed"),
    ("operations_non_structural", "operation with non-structural changes", "operations with non-structural changes"),
    ("schemas_added", "component schema added", "component schemas added"),
    ("schemas_removed", "component schema removed", "component schemas removed"),
    ("schemas_changed", "component schema changed", "component schemas changed"),
    (
        "schemas_non_structural",
        "component schema with non-structural changes",
        "component schemas with non-structural changes",
    ),
    ("other_changes", "other change", "other changes"),
)


def _header_line(role: str, info: SpecInfo, width: int) -> str:
    title = f'"{info.title}"' if info.title else "untitled"
    version = f" v{info.version}" if info.version else ""
    return (
        f"  {role}: {info.label:<{width}}  openapi {info.openapi or '?'}, {title}{version}, "
        f"{info.operations} operations, sha256 {info.sha256[:12]}"
    )


def _section(lines: list[str], title: str, items: list[str]) -> None:
    if items:
        lines.append("")
        lines.append(f"{title} ({len(items)}):")
        lines.extend(items)


def summary_line(diff: SpecDiff) -> str:
    if diff.identical:
        return "Summary: no differences"
    counts = diff.counts()
    parts = [f"{counts[key]} {one if counts[key] == 1 else many}" for key, one, many in _SUMMARY_NAMES if counts[key]]
    return "Summary: " + ", ".join(parts)


def format_report(diff: SpecDiff) -> str:
    width = max(len(diff.old.label), len(diff.new.label))
    lines = ["OpenAPI spec diff", _header_line("old", diff.old, width), _header_line("new", diff.new, width)]

    if diff.identical:
        lines.append("")
        if diff.byte_identical or diff.old.sha256 == diff.new.sha256:
            lines.append("The two files are byte-for-byte identical.")
        else:
            lines.append("The two documents are equal; the files differ only in formatting.")
        lines.append("")
        lines.append(summary_line(diff))
        return "\n".join(lines)

    _section(lines, "Operations added", [f"  + {op.label()}" for op in diff.operations_added])
    _section(lines, "Operations removed", [f"  - {op.label()}" for op in diff.operations_removed])
    _section(
        lines,
        "operationId changed",
        [f"  ~ {c.method} {c.path}  {c.old or '(none)'} -> {c.new or '(none)'}" for c in diff.operation_ids_changed],
    )

    changed = []
    for op in diff.operations_changed:
        changed.append(f"  ~ {op.label()}")
        shown = op.changes[:MAX_CHANGES_PER_OPERATION]
        changed.extend(f"      {change.text()}" for change in shown)
        if len(op.changes) > len(shown):
            changed.append(f"      ... {len(op.changes) - len(shown)} more (use --json to see all)")
    if diff.operations_changed:
        lines.append("")
        lines.append(f"Operations changed ({len(diff.operations_changed)}):")
        lines.extend(changed)
    _section(
        lines,
        "Operations with only non-structural changes (descriptions, examples, $ref layout)",
        [f"  ~ {op.label()}" for op in diff.operations_non_structural],
    )

    _section(lines, "Component schemas added", [f"  + {name}" for name in diff.schemas_added])
    _section(lines, "Component schemas removed", [f"  - {name}" for name in diff.schemas_removed])
    schema_lines = []
    for name, changes in diff.schemas_changed.items():
        schema_lines.append(f"  ~ {name} ({len(changes)} change{'s' if len(changes) != 1 else ''})")
        schema_lines.extend(f"      {change.text()}" for change in changes[:MAX_CHANGES_PER_SCHEMA])
        if len(changes) > MAX_CHANGES_PER_SCHEMA:
            schema_lines.append(f"      ... {len(changes) - MAX_CHANGES_PER_SCHEMA} more (use --json to see all)")
    if diff.schemas_changed:
        lines.append("")
        lines.append(f"Component schemas changed ({len(diff.schemas_changed)}):")
        lines.extend(schema_lines)
    _section(
        lines,
        "Component schemas with only non-structural changes",
        [f"  ~ {name}" for name in diff.schemas_non_structural],
    )
    _section(lines, "Other changed sections", [f"  ~ {name}" for name in diff.other_changes])

    lines.append("")
    lines.append(summary_line(diff))
    return "\n".join(lines)
