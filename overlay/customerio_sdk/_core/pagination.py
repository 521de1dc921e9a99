"""Iterating over paginated App API operations, sync and async.

Which operations are paginated, how, and which response property holds the items is a small
committed table (:data:`APP_PAGINATED`) derived from ``specs/journeys-app.json``; a test re-derives
it from the spec and fails when they disagree:

* **cursor** pagination: the operation takes a string ``start`` query parameter (the token from the
  previous page's ``next``); an integer ``start`` (a unix timestamp, as on the metrics endpoints)
  is not a cursor. The walk stops when ``next`` is missing or empty.
* **offset** pagination (the ESP suppression list): ``limit``/``offset``; the walk stops at an empty
  page or one shorter than the page size asked for.

A paginator is lazy (no request until it is iterated) and re-iterable (each iteration starts again
from the first page). It keeps no pages, and memory does not grow with the number of pages: a
cursor the server already returned is refused (:class:`~customerio_sdk.errors.PaginationError`)
instead of looping forever, using a bounded :class:`_CursorGuard`.

A cursor is only ever sent as the ``start`` query *value* of the same operation on the client's own
base URL: a ``next`` that looks like a URL is never followed.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal

from typing_extensions import TypeVar

from ..errors import PaginationError

__all__ = ["APP_PAGINATED", "AsyncPaginator", "Paginated", "SyncPaginator"]

#: what iterating a paginator yields (a page's items) and what ``.pages()`` yields (the page models)
ItemT = TypeVar("ItemT", default=Any)
PageT = TypeVar("PageT", default=Any)


@dataclass(frozen=True)
class Paginated:
    """How one operation paginates.

    ``items`` is the JSON name of the 200 response's array property holding a page's items;
    ``max_page_size``/``default_page_size`` are the spec's ``maximum``/``default`` of the ``limit``
    query parameter (``None`` when the spec gives none).
    """

    operation_id: str
    style: Literal["cursor", "offset"]
    items: str
    max_page_size: int | None = None
    default_page_size: int | None = None


# Derived from specs/journeys-app.json; tests/sdk/test_pagination.py checks it against the spec.
# Where a response has both ``identifiers`` and ``ids``, ``identifiers`` is the one the spec
# recommends ("In general, you should use the identifiers array").
APP_PAGINATED: dict[str, Paginated] = {
    p.operation_id: p
    for p in (
        Paginated("broadcastErrors", "cursor", "errors"),
        Paginated("broadcastMessages", "cursor", "messages"),
        Paginated("getCampaignMessages", "cursor", "messages", 1000, 50),
        Paginated("getNewsletterMsgMeta", "cursor", "messages"),
        Paginated("getObjectRelationships", "cursor", "cio_relationships"),
        Paginated("getObjectsFilter", "cursor", "identifiers"),
        Paginated("getPeopleFilter", "cursor", "identifiers", 1000, 50),
        Paginated("getPersonActivities", "cursor", "activities", 100, 10),
        Paginated("getPersonMessages", "cursor", "messages", 1000, 50),
        Paginated("getPersonRelationships", "cursor", "cio_relationships"),
        Paginated("getSegmentMembership", "cursor", "identifiers", 30000, 1000),
        Paginated("listActivities", "cursor", "activities", 100, 10),
        Paginated("listCampaignActions", "cursor", "actions"),
        Paginated("listMessages", "cursor", "messages", 1000, 50),
        Paginated("listNewsletters", "cursor", "newsletters"),
        Paginated("listSenders", "cursor", "sender_identities"),
        Paginated("transactionalMessages", "cursor", "messages"),
        Paginated("getSuppressionByType", "offset", "suppressions", 1000, 100),
    )
}


def _attr(model: Any, json_name: str) -> Any:
    """A generated model's property by its JSON name (``type`` is ``type_``, ``next`` is ``next_``),
    falling back to ``additional_properties`` (a property the spec does not declare)."""
    for name in (f"{json_name}_", json_name):
        value = getattr(model, name, None)
        if value is not None and type(value).__name__ != "Unset":
            return value
    extra = getattr(model, "additional_properties", None)
    if isinstance(extra, Mapping):
        return extra.get(json_name)
    if isinstance(model, Mapping):
        return model.get(json_name)
    return None


def _check_count(name: str, value: Any, minimum: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an int >= {minimum} or None, got {value!r}")
    return value


class _CursorGuard:
    """Refuses a cursor seen before, in constant memory.

    The last ``window`` cursors are remembered exactly (as 16-byte digests), so a server that sends
    a recent cursor again is stopped before any page repeats. A longer loop is still caught, a few
    pages later, by Brent's cycle detection: one checkpoint cursor, moved at doubling distances,
    must come round again if the cursors cycle.
    """

    WINDOW = 256

    def __init__(self) -> None:
        self._recent: deque[bytes] = deque(maxlen=self.WINDOW)
        self._recent_set: set[bytes] = set()
        self._checkpoint: bytes | None = None
        self._power = 1
        self._steps = 0

    def add(self, cursor: str) -> bool:
        """Remember ``cursor``; ``False`` if it was seen before (so following it would loop)."""
        digest = hashlib.blake2b(cursor.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in self._recent_set or digest == self._checkpoint:
            return False
        if len(self._recent) == self._recent.maxlen:
            self._recent_set.discard(self._recent[0])
        self._recent.append(digest)
        self._recent_set.add(digest)
        self._steps += 1
        if self._steps == self._power:
            self._checkpoint, self._power, self._steps = digest, self._power * 2, 0
        return True


class _Walk:
    """The state of one walk over the pages: what to send next and when to stop. No I/O."""

    def __init__(
        self,
        spec: Paginated,
        params: Mapping[str, Any],
        *,
        limit: int | None,
        page_size: int | None,
        has_page_size: bool,
    ) -> None:
        self.spec = spec
        self.params = dict(params)
        self.remaining = limit
        if page_size is not None and not has_page_size:
            raise TypeError(f"{spec.operation_id} has no page size parameter: page_size= is not supported")
        if page_size is None and limit is not None and spec.max_page_size is not None:
            page_size = min(max(limit, 1), spec.max_page_size)  # don't fetch 1000 items to return 5
        if page_size is None and spec.style == "offset":
            page_size = spec.default_page_size
        if page_size is not None and spec.max_page_size is not None:
            page_size = min(page_size, spec.max_page_size)
        self.page_size = page_size if has_page_size else None
        self.pages = 0
        self.done = limit == 0
        self.error: PaginationError | None = None
        self._seen = _CursorGuard()
        if spec.style == "cursor":
            self.cursor = self.params.pop("start", None) or None
            if self.cursor is not None:
                self._remember(str(self.cursor))
        else:
            self.offset = self.params.pop("offset", None) or 0

    def _remember(self, cursor: str) -> bool:
        return self._seen.add(cursor)

    def request(self) -> dict[str, Any]:
        if self.error is not None:
            raise self.error
        params = dict(self.params)
        if self.page_size is not None:
            params["limit"] = self.page_size
        if self.spec.style == "cursor":
            if self.cursor is not None:
                params["start"] = self.cursor
        else:
            params["offset"] = self.offset
        return params

    def advance(self, page: Any) -> list[Any]:
        """Record ``page``; return its items (cut to what ``limit`` still allows)."""
        self.pages += 1
        if page is None:
            self.done = True
            return []
        items = _attr(page, self.spec.items) or []
        items = list(items)
        received = len(items)
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
            if self.remaining <= 0:
                self.done = True
        if self.spec.style == "cursor":
            nxt = _attr(page, "next")
            if isinstance(nxt, int) and not isinstance(nxt, bool):
                nxt = str(nxt)
            if not isinstance(nxt, str) or not nxt.strip():
                self.done = True
            elif not self._remember(nxt):
                # This page's items are new; the error is raised instead of fetching the next page.
                self.error = PaginationError(
                    f"{self.spec.operation_id}: page {self.pages} returned a cursor the server had already"
                    " returned; stopping instead of fetching the same pages again"
                )
            else:
                self.cursor = nxt
        else:
            self.offset += received
            if received == 0 or (self.page_size is not None and received < self.page_size):
                self.done = True
        return items


class _PaginatorBase:
    def __init__(
        self,
        fetch: Callable[..., Any],
        spec: Paginated,
        params: Mapping[str, Any] | None = None,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        has_page_size: bool = True,
    ) -> None:
        self._fetch = fetch
        self._spec = spec
        self._params = dict(params or {})
        self._limit = _check_count("limit", limit, 0)
        self._page_size = _check_count("page_size", page_size, 1)
        self._has_page_size = has_page_size
        self._new_walk()  # validate the arguments now, not at the first iteration

    def _new_walk(self) -> _Walk:
        return _Walk(
            self._spec, self._params, limit=self._limit, page_size=self._page_size, has_page_size=self._has_page_size
        )

    @property
    def operation_id(self) -> str:
        return self._spec.operation_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._spec.operation_id!r}, limit={self._limit!r})"


class SyncPaginator(_PaginatorBase, Generic[ItemT, PageT]):
    """Iterate for the items of every page; :meth:`pages` for the typed page models.

    ``limit`` caps the number of items; ``page_size`` is the API's per-request ``limit``.
    ``SyncPaginator[Item, Page]``: iterating yields ``Item``, ``.pages()`` yields ``Page``.
    """

    _fetch: Callable[..., PageT | None]

    def _walk(self) -> Iterator[tuple[PageT | None, list[ItemT]]]:
        walk = self._new_walk()
        while not walk.done:
            page = self._fetch(**walk.request())
            yield page, walk.advance(page)

    def pages(self) -> Iterator[PageT]:
        """The typed page models, one request each (the last one is not cut to ``limit``)."""
        return self._pages()

    def _pages(self) -> Generator[PageT, None, None]:
        for page, _items in self._walk():
            if page is not None:
                yield page

    def __iter__(self) -> Iterator[ItemT]:
        for _page, items in self._walk():
            yield from items

    def first_page(self) -> PageT | None:
        """The first page's typed model (one request), or ``None`` when there is none."""
        with contextlib.closing(self._pages()) as pages:
            return next(pages, None)


class AsyncPaginator(_PaginatorBase, Generic[ItemT, PageT]):
    """``async for`` the items of every page; ``async for page in p.pages()`` for the page models.

    ``AsyncPaginator[Item, Page]``: iterating yields ``Item``, ``.pages()`` yields ``Page``.
    """

    _fetch: Callable[..., Awaitable[PageT | None]]

    async def _walk(self) -> AsyncIterator[tuple[PageT | None, list[ItemT]]]:
        walk = self._new_walk()
        while not walk.done:
            page = await self._fetch(**walk.request())
            yield page, walk.advance(page)

    def pages(self) -> AsyncIterator[PageT]:
        """The typed page models, one request each (the last one is not cut to ``limit``)."""
        return self._pages()

    async def _pages(self) -> AsyncGenerator[PageT, None]:
        async for page, _items in self._walk():
            if page is not None:
                yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for _page, items in self._walk():
            for item in items:
                yield item

    async def first_page(self) -> PageT | None:
        """The first page's typed model (one request), or ``None`` when there is none."""
        async with contextlib.aclosing(self._pages()) as pages:
            async for page in pages:
                return page
        return None
