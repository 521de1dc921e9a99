"""``compact_dumps``: the SDK's compact JSON encoding (as ``_base.encode_json``), faster per call.

``json.dumps``/``JSONEncoder.encode`` build a C encoder, a closure and a generator on every call;
for 100,000 small batch operations that set-up costs about as much as the encoding itself. The
same C encoder built once gives the same bytes (compact separators, UTF-8, NaN/Infinity refused).
It keeps no circular-reference markers (a shared markers dict is not safe across threads): a
circular structure still fails, with the ``ValueError`` ``json.dumps`` would raise.
"""

from __future__ import annotations

from collections.abc import Callable
from json import encoder as _json_encoder
from typing import Any

from ._base import _ENCODER, encode_json

__all__ = ["compact_dumps"]


def _c_encoder() -> Callable[[Any, int], Any] | None:
    make = getattr(_json_encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - Python builds without the C accelerator
        return None
    return make(None, _ENCODER.default, _json_encoder.encode_basestring, None, ":", ",", False, False, False)


_C_ENCODE = _c_encoder()


def compact_dumps(value: Any) -> bytes:
    """``encode_json(value)``, byte for byte."""
    if _C_ENCODE is None:  # pragma: no cover
        return encode_json(value)
    try:
        return "".join(_C_ENCODE(value, 0)).encode()
    except RecursionError:
        raise ValueError("nested too deeply, or a circular reference") from None
