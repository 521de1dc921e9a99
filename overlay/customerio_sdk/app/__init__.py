"""The Customer.io App API client: :class:`AppClient` and :class:`AsyncAppClient`.

Importing this package imports no generated code; each resource method imports its generated
operation module the first time it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import AppClient, AsyncAppClient

if TYPE_CHECKING:
    from .._core.pagination import AsyncPaginator, SyncPaginator

__all__ = ["AppClient", "AsyncAppClient", "AsyncPaginator", "SyncPaginator"]


def __getattr__(name: str) -> Any:
    # The paginators load with the first list call, not with the client.
    if name in ("AsyncPaginator", "SyncPaginator"):
        from .._core import pagination as _pagination

        return getattr(_pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
