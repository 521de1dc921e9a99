"""codegen.declared_operations: a hand-written method whose operation left the spec fails the build."""

from __future__ import annotations

import ast
import inspect
import shutil

from codegen.apis import GENERATED_DIR, ROOT
from codegen.declared_operations import declared_operations, missing_operations


def test_the_declared_tables_match_the_sdk_and_today_nothing_is_missing():
    from customerio_sdk.pipelines._operation_ids import PIPELINES_OPERATIONS
    from customerio_sdk.track._operation_ids import TRACK_OPERATIONS

    tables = declared_operations()
    assert tables == {"TRACK_OPERATIONS": TRACK_OPERATIONS, "PIPELINES_OPERATIONS": PIPELINES_OPERATIONS}
    assert missing_operations(GENERATED_DIR) == []


def test_every_declared_method_exists_on_both_clients():
    from customerio_sdk import AsyncPipelinesClient, AsyncTrackClient, PipelinesClient, TrackClient
    from customerio_sdk.pipelines._operation_ids import PIPELINES_OPERATIONS
    from customerio_sdk.track._operation_ids import TRACK_OPERATIONS

    for clients, table in (
        ((TrackClient, AsyncTrackClient), TRACK_OPERATIONS),
        ((PipelinesClient, AsyncPipelinesClient), PIPELINES_OPERATIONS),
    ):
        for client in clients:
            for method in table:
                assert inspect.isfunction(getattr(client, method)), f"{client.__name__}.{method}"


def test_track_request_builders_send_only_declared_operation_ids():
    from customerio_sdk.track._operation_ids import TRACK_OPERATIONS

    source = (ROOT / "overlay" / "customerio_sdk" / "track" / "_request_builders.py").read_text(encoding="utf-8")
    sent = {
        node.args[2].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "RequestSpec"
        and len(node.args) > 2
        and isinstance(node.args[2], ast.Constant)
    }
    assert sent and sent <= set(TRACK_OPERATIONS.values())


def test_a_removed_operation_names_the_method_and_the_operation_id(tmp_path):
    generated = tmp_path / "generated"
    for package in ("customerio_track_api", "customerio_pipelines_api"):
        (generated / package).mkdir(parents=True)
        shutil.copy(GENERATED_DIR / package / "_operations.py", generated / package / "_operations.py")
    inventory = generated / "customerio_track_api" / "_operations.py"
    text = inventory.read_text(encoding="utf-8")
    inventory.write_text("\n".join(line for line in text.splitlines() if "'delete_device':" not in line) + "\n")
    problems = missing_operations(generated)
    assert len(problems) == 1
    assert problems[0].startswith(
        "TrackClient.delete_device sends operationId 'delete_device', which the track spec no longer has"
    )
