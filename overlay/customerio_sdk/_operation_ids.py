"""The operationId each hand-written Track and Pipelines method sends (method name -> operationId).

A plain literal table with no imports: the build step reads it without importing the SDK
(``codegen/declared_operations.py``) and fails ``generate``/``check`` naming the method when its
operation leaves the spec; ``customerio_sdk.testing`` uses it to route the contract suite.
The App resources declare theirs on each resource (``app/_resources.py``).
"""

TRACK_OPERATIONS: dict[str, str] = {
    "identify": "identify",
    "delete": "delete",
    "suppress": "suppress",
    "unsuppress": "unsuppress",
    "add_device": "add_device",
    "delete_device": "delete_device",
    "merge": "merge",
    "track": "track",
    "track_anonymous": "trackAnonymous",
    "track_metric": "metrics",
    "push_metric": "pushMetrics",
    "add_to_segment": "add_to_segment",
    "remove_from_segment": "remove_from_segment",
    "entity": "entity",
    "batch": "batch",
}

PIPELINES_OPERATIONS: dict[str, str] = {
    name: name for name in ("identify", "track", "page", "screen", "group", "alias", "batch")
}
