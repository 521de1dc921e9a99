"""Track API clients: send people, devices and events into Customer.io.

    from customerio_sdk import TrackClient

    with TrackClient(site_id="...", api_key="...") as track:   # or CUSTOMERIO_SITE_ID / CUSTOMERIO_API_KEY
        track.identify("user@example.com", plan="pro")
        track.track("user@example.com", "purchased", {"amount": 42})

Identifiers are sent as exactly one URL path segment whatever they contain ("a/b", "..", "100%").
Every event gets a dedupe id (a ULID) before the first attempt, so a retried request cannot count an
event twice. Errors are raised as :mod:`customerio_sdk.errors` exceptions; methods return ``None``.
:class:`AsyncTrackClient` has the same methods as coroutines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._core.argument_errors import explained
from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.config import DEFAULT_TIMEOUT, Secret, base_url_for, basic_auth, resolve_credential
from .._core.request_helpers import (
    DEFAULT_CONCURRENCY,
    RequestSpec,
    Timestamp,
    chunk_outcome,
    default_batch_limiter,
    share_docs,
)
from .._core.retry import RetryPolicy
from .._core.transport import RateLimiter
from . import _request_builders as build

if TYPE_CHECKING:
    # Imported where first used: the batch machinery (and asyncio, for the writers) is not needed
    # to import a client or make single calls.
    from typing_extensions import Unpack

    from .._core.batch_packing import BatchOutcome, BatchPacker, BatchResult, Chunk
    from .._core.batch_writer import AsyncBatchWriter, BatchWriter
    from ..types import TrackOperation, WriterOptions

__all__ = ["AsyncTrackClient", "TrackClient", "by_cio_id", "by_email", "by_id"]

_BATCH_PATH = "/api/v2/batch"
_ENTITY_PATH = "/api/v2/entity"


def by_id(id: str) -> dict[str, str]:
    """``{"id": id}``: a person by your ID, for :meth:`TrackClient.merge`."""
    return build.person({"id": id}, "id")


def by_email(email: str) -> dict[str, str]:
    """``{"email": email}``: a person by email address, for :meth:`TrackClient.merge`."""
    return build.person({"email": email}, "email")


def by_cio_id(cio_id: str) -> dict[str, str]:
    """``{"cio_id": cio_id}``: a person by Customer.io's own id, for :meth:`TrackClient.merge`."""
    return build.person({"cio_id": cio_id}, "cio_id")


class _TrackMixin:
    """Configuration shared by both twins: credentials, region, auth header, raw client module."""

    _raw_module = "customerio_track_api.client"
    by_id: staticmethod[[str], dict[str, str]] = staticmethod(by_id)
    by_email: staticmethod[[str], dict[str, str]] = staticmethod(by_email)
    by_cio_id: staticmethod[[str], dict[str, str]] = staticmethod(by_cio_id)

    @explained
    def __init__(
        self,
        site_id: str | Secret | None = None,
        api_key: str | Secret | None = None,
        *,
        region: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """``site_id`` / ``api_key`` default to ``$CUSTOMERIO_SITE_ID`` / ``$CUSTOMERIO_API_KEY``;
        ``region`` ("us" or "eu") to ``$CUSTOMERIO_REGION``, else "us". ``base_url`` overrides the
        region's host (a proxy, a mock server). ``max_retries`` (default 2) overrides
        ``retry_policy.max_retries``."""
        name = type(self).__name__
        site = resolve_credential(site_id, argument="site_id", env_var="CUSTOMERIO_SITE_ID", client=name)
        key = resolve_credential(api_key, argument="api_key", env_var="CUSTOMERIO_API_KEY", client=name)
        super().__init__(  # type: ignore[call-arg]
            base_url=base_url_for("track", region, base_url),
            auth_header=basic_auth(site, key),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            transport=transport,
            retry_policy=retry_policy,
            rate_limiter=rate_limiter if rate_limiter is not None else default_batch_limiter("track"),
            credential="site ID and Track API key (site_id=, api_key=; HTTP Basic)",
        )

    def _chunk_request(self, chunk: Chunk) -> httpx.Request:
        return self._build_request(  # type: ignore[attr-defined]
            "POST",
            _BATCH_PATH,
            operation_id="batch",
            path_template=_BATCH_PATH,
            content=chunk.body,
            idempotent=build.chunk_idempotent(chunk.body),
        )

    def _entity_request(self, operation: Mapping[str, Any]) -> httpx.Request:
        body, idempotent = build.entity(operation)
        return self._build_request(  # type: ignore[attr-defined]
            "POST", _ENTITY_PATH, operation_id="entity", path_template=_ENTITY_PATH, content=body, idempotent=idempotent
        )

    @staticmethod
    def _packer(operations: Iterable[Mapping[str, Any]], on_oversize: str) -> BatchPacker:
        from .._core.batch_packing import BatchPacker

        ops = build.prepare_ops(operations)
        return BatchPacker(
            ops,
            on_oversize=on_oversize,  # type: ignore[arg-type]
            serialize=build.serialize_op,
            serialize_group=build.serialize_ops,
        )


class TrackClient(_TrackMixin, SyncAPIClient):
    """Synchronous Track API client (HTTP Basic ``site_id:api_key``)."""

    def _send(self, spec: RequestSpec) -> None:
        # Track answers {} or nothing: the response body is not decoded.
        self._client.send(self._build_request(spec.method, spec.path, **spec.kwargs()))

    def identify(self, identifier: str, attributes: Mapping[str, Any] | None = None, **attrs: Any) -> None:
        """Add or update a person (``PUT /api/v1/customers/{identifier}``).

        ``identifier`` is their ID, email or ``cio_<cio_id>``; ``attributes`` and keyword arguments
        are merged into the body (keyword arguments win), e.g. ``identify("42", email="a@b.co")``.
        """
        self._send(build.identify(identifier, attributes, attrs))

    def track(
        self,
        identifier: str,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        id: str | None = None,
    ) -> None:
        """Send an event for a person (``POST /api/v1/customers/{identifier}/events``).

        ``timestamp``: Unix seconds or an aware ``datetime`` (naive datetimes are refused as
        ambiguous). ``id``: a ULID deduplicating the event; one is generated when omitted and kept
        across retries, so the event is never counted twice.
        """
        self._send(build.track(identifier, name, data, timestamp, id))

    def track_anonymous(
        self,
        anonymous_id: str | None,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        id: str | None = None,
    ) -> None:
        """Send an event not tied to a known person (``POST /api/v1/events``).

        Events with an ``anonymous_id`` are attributed to the person later identified with it;
        ``None`` sends none (e.g. an invite with ``data={"recipient": ...}``). See :meth:`track`.
        """
        self._send(build.track_anonymous(anonymous_id, name, data, timestamp, id))

    def delete(self, identifier: str) -> None:
        """Delete a person and all their data (``DELETE /api/v1/customers/{identifier}``)."""
        self._send(build.delete(identifier))

    def suppress(self, identifier: str) -> None:
        """Delete a person and stop them from being added again (``POST .../{identifier}/suppress``)."""
        self._send(build.suppress(identifier))

    def unsuppress(self, identifier: str) -> None:
        """Allow a suppressed person to be added again (``POST .../{identifier}/unsuppress``)."""
        self._send(build.suppress(identifier, undo=True))

    def add_device(
        self,
        identifier: str,
        device_id: str,
        platform: Literal["ios", "android"],
        *,
        last_used: Timestamp = None,
        attributes: Mapping[str, Any] | None = None,
    ) -> None:
        """Add or update a person's push device (``PUT /api/v1/customers/{identifier}/devices``).

        ``device_id`` is the device token; ``last_used`` is Unix seconds or an aware datetime.
        """
        self._send(build.add_device(identifier, device_id, platform, last_used, attributes))

    def delete_device(self, identifier: str, device_id: str) -> None:
        """Remove a device from a person (``DELETE .../{identifier}/devices/{device_id}``)."""
        self._send(build.delete_device(identifier, device_id))

    def merge(self, primary: Mapping[str, str], secondary: Mapping[str, str]) -> None:
        """Merge ``secondary`` into ``primary`` and delete ``secondary`` (``POST /api/v1/merge_customers``).

        Each side is ``{"id": ...}``, ``{"email": ...}`` or ``{"cio_id": ...}`` -- exactly one key;
        ``by_id()``, ``by_email()`` and ``by_cio_id()`` build them.
        """
        self._send(build.merge(primary, secondary))

    def add_to_segment(self, segment_id: int, ids: Iterable[str], *, id_type: str | None = None) -> None:
        """Add people to a manual segment (``POST /api/v1/segments/{segment_id}/add_customers``).

        ``id_type`` ("id" (the server's default), "email" or "cio_id") says what ``ids`` hold. More
        than 1000 ids (the per-request limit) are sent as several requests, in order; if one fails
        the error is raised and the earlier ones stay applied (calling again is safe).
        """
        for spec in build.segment_membership(segment_id, ids, id_type, remove=False):
            self._send(spec)

    def remove_from_segment(self, segment_id: int, ids: Iterable[str], *, id_type: str | None = None) -> None:
        """Remove people from a manual segment (``POST .../{segment_id}/remove_customers``); see
        :meth:`add_to_segment`."""
        for spec in build.segment_membership(segment_id, ids, id_type, remove=True):
            self._send(spec)

    def track_metric(
        self,
        delivery_id: str,
        metric: str,
        *,
        timestamp: Timestamp = None,
        recipient: str | int | None = None,
        reason: str | None = None,
        href: str | None = None,
    ) -> None:
        """Report a delivery metric, e.g. "opened" or "clicked" (``POST /api/v1/metrics``).

        Not retried once it may have reached the server: metrics have no dedupe id.
        """
        self._send(build.track_metric(delivery_id, metric, timestamp, recipient, reason, href))

    def push_metric(
        self, delivery_id: str, event: str, *, device_id: str | None = None, timestamp: Timestamp = None
    ) -> None:
        """Report a push event: "opened", "converted" or "delivered" (``POST /api/v1/push/events``)."""
        self._send(build.push_metric(delivery_id, event, device_id, timestamp))

    def entity(self, operation: TrackOperation) -> None:
        """Send one v2 operation (``POST /api/v2/entity``), e.g.
        ``{"type": "person", "identifiers": {"id": "42"}, "action": "event", "name": "signed_up"}``.

        Person events without an ``id`` get a ULID. Raises :class:`PayloadTooLargeError` before
        sending if the body exceeds 32 KB.
        """
        self._client.send(self._entity_request(operation))

    def _send_chunk(self, chunk: Chunk) -> BatchOutcome:
        return chunk_outcome(self._client.send(self._chunk_request(chunk)), chunk)

    def batch(
        self,
        operations: Iterable[TrackOperation],
        *,
        on_oversize: Literal["raise", "collect"] = "raise",
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BatchResult:
        """Send v2 operations in as few ``POST /api/v2/batch`` requests as the limits allow.

        Requests stay under 500 KB and operations under 32 KB. An operation over the limit raises
        :class:`PayloadTooLargeError` (``on_oversize="raise"``; chunks before it were sent, and the
        exception's ``result`` says what happened to them) or is skipped and listed in
        ``result.rejected`` (``"collect"``). Operations the server refuses (a 207 response), and
        those of a request that failed after retries, are in ``result.failed`` by input index; the
        other requests are still sent. ``sent + len(rejected) + len(failed) == total``.

        ``operations`` may be a generator of any length: it is read lazily, and up to
        ``concurrency`` requests (default 32) are in flight while the next one is packed, so memory
        stays at ``concurrency + 1`` request bodies. ``concurrency=1`` sends one request at a time,
        in input order. Requests go through the client's rate limiter (by default Customer.io's
        3000 requests per 3 s for batch requests).

        A non-dict operation in a list raises ``TypeError`` before anything is sent.
        """
        from .._core.batch_loop import run_batch

        return run_batch(self._packer(operations, on_oversize), self._send_chunk, concurrency)

    def batch_writer(self, **options: Unpack[WriterOptions]) -> BatchWriter[TrackOperation]:
        """A :class:`BatchWriter` sending v2 operations to this client's ``/api/v2/batch``.

        Options: ``max_count``, ``max_bytes``, ``max_op_bytes``, ``flush_interval`` (a timer),
        ``on_oversize``, ``concurrency`` (requests in flight, default 32). Use it as a context manager
        (``with track.batch_writer() as w: w.add(op)``) to close and flush it at the end;
        ``track.close()`` also closes it. ``add()`` takes the operation or raises without keeping it.
        """
        from .._core.batch_writer import BatchWriter

        return self._adopt_writer(BatchWriter(self._send_chunk, serialize=build.serialize_op, **options))


class AsyncTrackClient(_TrackMixin, AsyncAPIClient):
    """Asyncio Track API client: the methods of :class:`TrackClient`, as coroutines."""

    async def _send(self, spec: RequestSpec) -> None:
        await self._client.send(self._build_request(spec.method, spec.path, **spec.kwargs()))

    async def identify(self, identifier: str, attributes: Mapping[str, Any] | None = None, **attrs: Any) -> None:
        await self._send(build.identify(identifier, attributes, attrs))

    async def track(
        self,
        identifier: str,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        id: str | None = None,
    ) -> None:
        await self._send(build.track(identifier, name, data, timestamp, id))

    async def track_anonymous(
        self,
        anonymous_id: str | None,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        id: str | None = None,
    ) -> None:
        await self._send(build.track_anonymous(anonymous_id, name, data, timestamp, id))

    async def delete(self, identifier: str) -> None:
        await self._send(build.delete(identifier))

    async def suppress(self, identifier: str) -> None:
        await self._send(build.suppress(identifier))

    async def unsuppress(self, identifier: str) -> None:
        await self._send(build.suppress(identifier, undo=True))

    async def add_device(
        self,
        identifier: str,
        device_id: str,
        platform: Literal["ios", "android"],
        *,
        last_used: Timestamp = None,
        attributes: Mapping[str, Any] | None = None,
    ) -> None:
        await self._send(build.add_device(identifier, device_id, platform, last_used, attributes))

    async def delete_device(self, identifier: str, device_id: str) -> None:
        await self._send(build.delete_device(identifier, device_id))

    async def merge(self, primary: Mapping[str, str], secondary: Mapping[str, str]) -> None:
        await self._send(build.merge(primary, secondary))

    async def add_to_segment(self, segment_id: int, ids: Iterable[str], *, id_type: str | None = None) -> None:
        for spec in build.segment_membership(segment_id, ids, id_type, remove=False):
            await self._send(spec)

    async def remove_from_segment(self, segment_id: int, ids: Iterable[str], *, id_type: str | None = None) -> None:
        for spec in build.segment_membership(segment_id, ids, id_type, remove=True):
            await self._send(spec)

    async def track_metric(
        self,
        delivery_id: str,
        metric: str,
        *,
        timestamp: Timestamp = None,
        recipient: str | int | None = None,
        reason: str | None = None,
        href: str | None = None,
    ) -> None:
        await self._send(build.track_metric(delivery_id, metric, timestamp, recipient, reason, href))

    async def push_metric(
        self, delivery_id: str, event: str, *, device_id: str | None = None, timestamp: Timestamp = None
    ) -> None:
        await self._send(build.push_metric(delivery_id, event, device_id, timestamp))

    async def entity(self, operation: TrackOperation) -> None:
        await self._client.send(self._entity_request(operation))

    async def _send_chunk(self, chunk: Chunk) -> BatchOutcome:
        return chunk_outcome(await self._client.send(self._chunk_request(chunk)), chunk)

    async def batch(
        self,
        operations: Iterable[TrackOperation],
        *,
        on_oversize: Literal["raise", "collect"] = "raise",
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BatchResult:
        from .._core.batch_loop import run_batch_async

        return await run_batch_async(self._packer(operations, on_oversize), self._send_chunk, concurrency)

    def batch_writer(self, **options: Unpack[WriterOptions]) -> AsyncBatchWriter[TrackOperation]:
        from .._core.batch_writer import AsyncBatchWriter

        return self._adopt_writer(AsyncBatchWriter(self._send_chunk, serialize=build.serialize_op, **options))


share_docs(AsyncTrackClient, TrackClient)
