"""The Customer.io App API client: :class:`AppClient` and :class:`AsyncAppClient`.

Importing this package imports no generated code; each resource method imports its generated
operation module the first time it is used.
"""

from __future__ import annotations

from .._pagination import AsyncPaginator, SyncPaginator
from ._client import AppClient, AsyncAppClient

__all__ = ["AppClient", "AsyncAppClient", "AsyncPaginator", "SyncPaginator"]
