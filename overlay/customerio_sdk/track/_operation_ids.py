"""The operationId each hand-written Track method sends (method name -> operationId).

A plain literal table with no imports: the build step reads it without importing the SDK
(``codegen/declared_operations.py``) and fails ``generate``/``check`` naming the method when its
operation leaves the spec; ``customerio_sdk.testing`` uses it to route the contract suite.
Pipelines declares its own in ``pipelines/_operation_ids.py``, the App resources on each resource
(``app/_resources.py``).
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
