"""docs/operations.md is the rendering of today's inventory (``python -m codegen operations-doc``)."""

from __future__ import annotations

import pytest
from customerio_sdk.testing._inventory import operations


def test_committed_operations_doc_is_current():
    doc = pytest.importorskip("codegen.operations_doc", reason="needs the repository's build step")
    committed = doc.DOC_PATH.read_text(encoding="utf-8")
    assert committed == doc.render(), "docs/operations.md is stale: run python -m codegen operations-doc"


def test_every_operation_has_one_row():
    doc = pytest.importorskip("codegen.operations_doc", reason="needs the repository's build step")
    rows = [line for line in doc.render().splitlines() if line.startswith("| `")]
    assert len(rows) == len(operations())
    for entry in operations():
        overlay = f"`{entry.overlay}`" if entry.overlay else f"`{entry.api}.raw`"
        assert any(f"| `{entry.operation_id}` | {entry.method} | `{entry.path}` |" in r and overlay in r for r in rows)
