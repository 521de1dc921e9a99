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

from .base_client import _ENCODER, _ISO_ENCODER, encode_json

__all__ = ["compact_dumps"]


def _c_encoder(default: Callable[[Any], Any]) -> Callable[[Any, int], Any] | None:
    make = getattr(_json_encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - Python builds without the C accelerator
        return None
    return make(None, default, _json_encoder.encode_basestring, None, ":", ",", False, False, False)


# One per date rule of encode_json: Unix seconds (Track, App) and RFC 3339 text (Pipelines).
_C_ENCODE = _c_encoder(_ENCODER.default)
_C_ENCODE_ISO = _c_encoder(_ISO_ENCODER.default)


def compact_dumps(value: Any, *, iso_dates: bool = False) -> bytes:
    """``encode_json(value, iso_dates=iso_dates)``, byte for byte, and the same errors: a value JSON
    has no type for is re-encoded by ``encode_json``, whose error names the field's path."""
    encode = _C_ENCODE_ISO if iso_dates else _C_ENCODE
    if encode is None:  # pragma: no cover
        return encode_json(value, iso_dates=iso_dates)
    try:
        return "".join(encode(value, 0)).encode()
    except (TypeError, ValueError, RecursionError):
        return encode_json(value, iso_dates=iso_dates)  # raises, naming the field
