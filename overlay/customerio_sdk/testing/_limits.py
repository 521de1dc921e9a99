"""Customer.io's documented size limits, as the real services enforce them.

* Track ``POST /api/v2/batch``: at most 500 KB per request (else the request is refused: 413) and
  32 KB per operation (an oversize operation is reported in a 207, the others are accepted).
* Track ``POST /api/v2/entity``: at most 32 KB (else 413).
* Pipelines: a call over 32 KB, or a ``/batch`` over 500 KB, is answered ``200`` and silently
  dropped by Customer.io -- the mock answers 200 too, but records a violation, because that data
  would never arrive.

KB is read as 1000 bytes (500_000 and 32_000), the stricter reading, matching the SDK's batcher.
Operation sizes are measured as compact UTF-8 JSON, the way the SDK serialises them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

MAX_REQUEST_BYTES = 500_000
MAX_OPERATION_BYTES = 32_000

_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


@dataclass
class SizeProblem:
    status: int  # 413 refused, 207 partially accepted, 200 silently dropped
    messages: list[str]
    batch_errors: list[dict[str, Any]] = field(default_factory=list)  # Track 207 entries


def _op_size(op: Any) -> int:
    return len(_ENCODER.encode(op).encode("utf-8"))


def _oversize_ops(payload: Any) -> list[tuple[int, int]]:
    batch = payload.get("batch") if isinstance(payload, dict) else None
    if not isinstance(batch, list):
        return []
    return [(i, size) for i, op in enumerate(batch) if (size := _op_size(op)) > MAX_OPERATION_BYTES]


def check_size(api: str, operation_id: str, body: bytes, payload: Any) -> SizeProblem | None:
    size = len(body)
    if api == "track" and operation_id == "batch":
        if size > MAX_REQUEST_BYTES:
            return SizeProblem(413, [f"batch request is {size} bytes; Track accepts at most {MAX_REQUEST_BYTES}"])
        oversize = _oversize_ops(payload)
        if oversize:
            return SizeProblem(
                207,
                [
                    f"batch[{i}] is {n} bytes; Track accepts at most {MAX_OPERATION_BYTES} per operation"
                    for i, n in oversize
                ],
                [
                    {"batch_index": i, "reason": "too_large", "field": "", "message": f"operation is {n} bytes"}
                    for i, n in oversize
                ],
            )
        return None
    if api == "track" and operation_id == "entity" and size > MAX_OPERATION_BYTES:
        return SizeProblem(413, [f"entity request is {size} bytes; Track accepts at most {MAX_OPERATION_BYTES}"])
    if api == "pipelines":
        dropped = "answered 200 but silently dropped by Customer.io"
        if operation_id == "batch":
            if size > MAX_REQUEST_BYTES:
                return SizeProblem(200, [f"batch request is {size} bytes (limit {MAX_REQUEST_BYTES}): {dropped}"])
            oversize = _oversize_ops(payload)
            if oversize:
                return SizeProblem(
                    200, [f"batch[{i}] is {n} bytes (limit {MAX_OPERATION_BYTES}): {dropped}" for i, n in oversize]
                )
        elif size > MAX_OPERATION_BYTES:
            return SizeProblem(200, [f"{operation_id} call is {size} bytes (limit {MAX_OPERATION_BYTES}): {dropped}"])
    return None
