"""Typed Python SDK for Customer.io: Track, App and Pipelines APIs.

    from customerio_sdk import TrackClient, AppClient, PipelinesClient

Names are resolved on first access (PEP 562) so ``import customerio_sdk`` stays cheap and never
imports the generated packages; a client imports what it needs when it is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from . import errors, webhooks
    from ._core.batch_packing import BatchResult
    from ._core.batch_writer import AsyncBatchWriter, BatchWriter
    from ._core.rate_limit import RateLimiter
    from ._core.retry import RetryPolicy
    from .app import AppClient, AsyncAppClient
    from .pipelines import AsyncPipelinesClient, PipelinesClient
    from .track import AsyncTrackClient, TrackClient

_EXPORTS: dict[str, str] = {
    "TrackClient": ".track",
    "AsyncTrackClient": ".track",
    "AppClient": ".app",
    "AsyncAppClient": ".app",
    "PipelinesClient": ".pipelines",
    "AsyncPipelinesClient": ".pipelines",
    "BatchResult": "._core.batch_packing",
    "BatchWriter": "._core.batch_writer",
    "AsyncBatchWriter": "._core.batch_writer",
    "RateLimiter": "._core.rate_limit",
    "RetryPolicy": "._core.retry",
}
_SUBMODULES = ("errors", "webhooks", "testing")

# A literal list, so type checkers and linters see the public names behind the lazy loading.
__all__ = [
    "AppClient",
    "AsyncAppClient",
    "AsyncBatchWriter",
    "AsyncPipelinesClient",
    "AsyncTrackClient",
    "BatchResult",
    "BatchWriter",
    "PipelinesClient",
    "RateLimiter",
    "RetryPolicy",
    "TrackClient",
    "__version__",
    "errors",
    "testing",
    "webhooks",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
