"""The operationId each hand-written Pipelines method sends (method name -> operationId).

A plain literal table with no imports, read by the build step without importing the SDK (see
``track/_operation_ids.py``).
"""

PIPELINES_OPERATIONS: dict[str, str] = {
    name: name for name in ("identify", "track", "page", "screen", "group", "alias", "batch")
}
