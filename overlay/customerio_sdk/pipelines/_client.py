"""Pipelines (Data Pipelines / CDP) API clients: identify, track, page, screen, group, alias, batch.

    from customerio_sdk import PipelinesClient

    with PipelinesClient(write_key="...") as cdp:   # or CUSTOMERIO_PIPELINES_WRITE_KEY
        cdp.identify(user_id="42", traits={"email": "a@example.com"})
        cdp.track("purchased", user_id="42", properties={"amount": 42})

Requests carry ``X-Strict-Mode: 1`` so Customer.io answers 400/401 for an invalid call instead of
200-and-drop; every call gets a ``messageId`` (UUID4) before the first attempt, so retries are
deduplicated; calls over 32 KB are refused before sending (Customer.io would drop them silently).
:class:`AsyncPipelinesClient` has the same methods as coroutines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._core.argument_errors import explained
from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.config import DEFAULT_TIMEOUT, Secret, base_url_for, basic_auth, resolve_credential
from .._core.request_helpers import DEFAULT_CONCURRENCY, Timestamp, chunk_outcome, default_batch_limiter, share_docs
from .._core.retry import RetryPolicy
from .._core.transport import RateLimiter
from . import _request_builders as build

if TYPE_CHECKING:
    # Imported where first used: the batch machinery (and asyncio, for the writers) is not needed
    # to import a client or make single calls.
    from typing_extensions import Unpack

    from .._core.batch_packing import BatchOutcome, BatchPacker, BatchResult, Chunk
    from .._core.batch_writer import AsyncBatchWriter, BatchWriter
    from ..types import PipelinesCall, WriterOptions

__all__ = ["AsyncPipelinesClient", "PipelinesClient"]


class _PipelinesMixin:
    """Configuration shared by both twins: write key, region, strict mode, raw client module."""

    _raw_module = "customerio_pipelines_api.client"

    @explained
    def __init__(
        self,
        write_key: str | Secret | None = None,
        *,
        region: str | None = None,
        base_url: str | httpx.URL | None = None,
        strict: bool = True,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """``write_key`` defaults to ``$CUSTOMERIO_PIPELINES_WRITE_KEY``; ``region`` ("us"/"eu") to
        ``$CUSTOMERIO_REGION``, else "us"; ``base_url`` overrides the host (include ``/v1``).
        ``strict=False`` drops the ``X-Strict-Mode: 1`` header (not recommended: invalid calls are
        then answered 200 and dropped)."""
        key = resolve_credential(
            write_key, argument="write_key", env_var="CUSTOMERIO_PIPELINES_WRITE_KEY", client=type(self).__name__
        )
        headers = {"X-Strict-Mode": "1"} if strict else {}
        super().__init__(  # type: ignore[call-arg]
            base_url=base_url_for("pipelines", region, base_url),
            auth_header=basic_auth(key, ""),  # the spec: "API key as the username and leave the password blank"
            timeout=timeout,
            max_retries=max_retries,
            default_headers={**headers, **dict(default_headers or {})},
            transport=transport,
            retry_policy=retry_policy,
            rate_limiter=rate_limiter if rate_limiter is not None else default_batch_limiter("pipelines"),
            credential="write key (write_key=; HTTP Basic username)",
        )

    def _call_request(self, call: str, fields: Mapping[str, Any], options: Mapping[str, Any]) -> httpx.Request:
        path, content = build.build_call(call, fields, options)
        return self._post(path, content, call)

    def _post(self, path: str, content: bytes, operation_id: str) -> httpx.Request:
        # Every call carries a messageId, so resending one that may have arrived is deduplicated.
        return self._build_request(  # type: ignore[attr-defined]
            "POST", path, operation_id=operation_id, path_template=path, content=content
        )

    def _chunk_request(self, chunk: Chunk) -> httpx.Request:
        return self._post("/batch", chunk.body, "batch")

    @staticmethod
    def _envelope(context: Any, integrations: Any) -> dict[str, bytes]:
        # The spec puts context/integrations on the batch request; each chunk repeats them.
        shared = {
            "context": build.as_dict(context, "context"),
            "integrations": build.as_dict(integrations, "integrations"),
        }
        from .._core.batch_packing import envelope

        prefix, suffix = envelope({k: v for k, v in shared.items() if v is not None}, iso_dates=True)
        return {"envelope_prefix": prefix, "envelope_suffix": suffix}

    def _packer(self, calls: Iterable[Any], context: Any, integrations: Any, on_oversize: str) -> BatchPacker:
        wrap = self._envelope(context, integrations)
        from .._core.batch_packing import BatchPacker

        ops, serialize, serialize_group = build.batch_calls(calls)
        return BatchPacker(
            ops,
            on_oversize=on_oversize,  # type: ignore[arg-type]
            serialize=serialize,
            serialize_group=serialize_group,
            **wrap,
        )

    def _writer_options(self, context: Any, integrations: Any, options: Mapping[str, Any]) -> dict[str, Any]:
        return {**self._envelope(context, integrations), "serialize": build.serialize_batch_call, **options}


class PipelinesClient(_PipelinesMixin, SyncAPIClient):
    """Synchronous Pipelines API client (HTTP Basic: write key as username, empty password).

    Common keyword arguments of every call: ``context`` and ``integrations`` (dicts),
    ``timestamp`` (an aware ``datetime``, ISO 8601 string or Unix seconds; sent as ISO 8601) and
    ``message_id`` (generated when omitted, so a retried call is deduplicated). Calls that need a
    person take ``user_id`` and/or ``anonymous_id`` (at least one).
    """

    def _call(self, call: str, fields: Mapping[str, Any], options: Mapping[str, Any]) -> None:
        self._client.send(self._call_request(call, fields, options))

    def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Identify a person and set their ``traits`` (``POST /identify``)."""
        fields = build.identify_fields(user_id, anonymous_id, traits)
        self._call("identify", fields, build.options(context, timestamp, message_id, integrations))

    def track(
        self,
        event: str,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Record an ``event`` a person (or, with only ``group_id``, a group) did (``POST /track``)."""
        fields = build.track_fields(event, user_id, anonymous_id, group_id, properties)
        self._call("track", fields, build.options(context, timestamp, message_id, integrations))

    def page(
        self,
        name: str | None = None,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Record a page view (``POST /page``)."""
        fields = build.view_fields("page", name, user_id, anonymous_id, properties)
        self._call("page", fields, build.options(context, timestamp, message_id, integrations))

    def screen(
        self,
        name: str | None = None,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Record a mobile screen view (``POST /screen``)."""
        fields = build.view_fields("screen", name, user_id, anonymous_id, properties)
        self._call("screen", fields, build.options(context, timestamp, message_id, integrations))

    def group(
        self,
        group_id: str,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Add a person to a group (a Customer.io object) with the group's ``traits`` (``POST /group``)."""
        fields = build.group_fields(group_id, user_id, anonymous_id, traits)
        self._call("group", fields, build.options(context, timestamp, message_id, integrations))

    def alias(
        self,
        user_id: str,
        previous_id: str,
        *,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        """Tell destinations that ``previous_id`` is now ``user_id`` (``POST /alias``)."""
        self._call(
            "alias",
            build.alias_fields(user_id, previous_id),
            build.options(context, timestamp, message_id, integrations),
        )

    def _send_chunk(self, chunk: Chunk) -> BatchOutcome:
        return chunk_outcome(self._client.send(self._chunk_request(chunk)), chunk)

    def batch(
        self,
        calls: Iterable[PipelinesCall],
        *,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        on_oversize: Literal["raise", "collect"] = "raise",
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BatchResult:
        """Send calls in as few ``POST /batch`` requests as the limits (500 KB, 32 KB a call) allow.

        Each call is a dict in the spec's shape: ``{"type": "track", "userId": "42", "event": ...}``
        (``type`` one of identify/track/page/screen/group; ``userId`` or ``anonymousId``). Calls get
        a ``messageId`` when they have none. ``context``/``integrations`` apply to every call (the
        spec puts them on the request). Oversize calls raise :class:`PayloadTooLargeError` or, with
        ``on_oversize="collect"``, are listed in ``result.rejected``; calls of a request that failed
        after retries are in ``result.failed`` and the other requests are still sent. An invalid call
        in a list raises before anything is sent; in a generator, when it is reached (the exception's
        ``result`` then says what was already sent).

        ``calls`` may be a generator of any length: it is read lazily, and up to ``concurrency``
        requests (default 32) are in flight while the next one is packed, so memory stays at
        ``concurrency + 1`` request bodies; ``concurrency=1`` sends one at a time, in input order.
        Requests go through the client's rate limiter (by default Customer.io's 3000 requests per
        3 s for batch requests).
        """
        from .._core.batch_loop import run_batch

        return run_batch(self._packer(calls, context, integrations, on_oversize), self._send_chunk, concurrency)

    def batch_writer(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        **options: Unpack[WriterOptions],
    ) -> BatchWriter[PipelinesCall]:
        """A :class:`BatchWriter` sending calls to ``POST /batch`` (options: ``max_count``,
        ``max_bytes``, ``max_op_bytes``, ``flush_interval``, ``on_oversize``, ``concurrency``);
        ``with`` (or ``client.close()``) closes and flushes it."""
        from .._core.batch_writer import BatchWriter

        writer = BatchWriter(self._send_chunk, **self._writer_options(context, integrations, options))
        return self._adopt_writer(writer)


class AsyncPipelinesClient(_PipelinesMixin, AsyncAPIClient):
    """Asyncio Pipelines API client: the methods of :class:`PipelinesClient`, as coroutines."""

    async def _call(self, call: str, fields: Mapping[str, Any], options: Mapping[str, Any]) -> None:
        await self._client.send(self._call_request(call, fields, options))

    async def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        fields = build.identify_fields(user_id, anonymous_id, traits)
        await self._call("identify", fields, build.options(context, timestamp, message_id, integrations))

    async def track(
        self,
        event: str,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        fields = build.track_fields(event, user_id, anonymous_id, group_id, properties)
        await self._call("track", fields, build.options(context, timestamp, message_id, integrations))

    async def page(
        self,
        name: str | None = None,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        fields = build.view_fields("page", name, user_id, anonymous_id, properties)
        await self._call("page", fields, build.options(context, timestamp, message_id, integrations))

    async def screen(
        self,
        name: str | None = None,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        fields = build.view_fields("screen", name, user_id, anonymous_id, properties)
        await self._call("screen", fields, build.options(context, timestamp, message_id, integrations))

    async def group(
        self,
        group_id: str,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        fields = build.group_fields(group_id, user_id, anonymous_id, traits)
        await self._call("group", fields, build.options(context, timestamp, message_id, integrations))

    async def alias(
        self,
        user_id: str,
        previous_id: str,
        *,
        context: Mapping[str, Any] | None = None,
        timestamp: Timestamp | str = None,
        message_id: str | None = None,
        integrations: Mapping[str, bool] | None = None,
    ) -> None:
        options = build.options(context, timestamp, message_id, integrations)
        await self._call("alias", build.alias_fields(user_id, previous_id), options)

    async def _send_chunk(self, chunk: Chunk) -> BatchOutcome:
        return chunk_outcome(await self._client.send(self._chunk_request(chunk)), chunk)

    async def batch(
        self,
        calls: Iterable[PipelinesCall],
        *,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        on_oversize: Literal["raise", "collect"] = "raise",
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BatchResult:
        from .._core.batch_loop import run_batch_async

        packer = self._packer(calls, context, integrations, on_oversize)
        return await run_batch_async(packer, self._send_chunk, concurrency)

    def batch_writer(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        **options: Unpack[WriterOptions],
    ) -> AsyncBatchWriter[PipelinesCall]:
        from .._core.batch_writer import AsyncBatchWriter

        writer = AsyncBatchWriter(self._send_chunk, **self._writer_options(context, integrations, options))
        return self._adopt_writer(writer)


share_docs(AsyncPipelinesClient, PipelinesClient)
