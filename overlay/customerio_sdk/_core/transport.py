"""The httpx transports every SDK request goes through: auth, default headers, retries, error mapping.

They are *transports* (not a wrapper around ``httpx.Client.send``) so that calls made through the
generated raw clients, which only see an ``httpx.Client``, get exactly the same behaviour.

Each generated operation passes a request extension::

    {"customerio": {"operation_id": "getCustomer", "path_template": "/v1/customers/{customer_id}",
                    "method": "get", "idempotent": True, "max_retries": 2, "stream": False}}

(only the first three are always present). Logs and exceptions use the path *template*; the real URL
(which carries identifiers and query strings) is never logged or put in a message.

A response < 400 is returned with its body already read (so a failure mid-body is retried/mapped like
any other), unless the extension says ``"stream": True``. Statuses >= 400 raise
:func:`customerio_sdk.errors.make_status_error`; transport failures raise
:class:`~customerio_sdk.errors.APITimeoutError` / :class:`~customerio_sdk.errors.APIConnectionError`.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

import httpx

from ..errors import APIConnectionError, APIStatusError, APITimeoutError, make_status_error
from .config import Secret
from .logs import logger
from .retry import RetryDecision, RetryPolicy, decide, parse_retry_after

__all__ = [
    "UNKNOWN_PATH",
    "AsyncCustomerIOTransport",
    "CustomerIOTransport",
    "RateLimiter",
    "RetryDecision",
    "RetryPolicy",
    "decide",
    "parse_retry_after",
]

EXTENSION = "customerio"
UNKNOWN_PATH = "<unknown path>"
SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Calls that send messages: a retry after the server may have acted would send twice, so these
# are retried only when the request provably never arrived (connect errors, 429). Keyed by path
# template so raw generated calls get the same protection as the overlay's methods.
NON_IDEMPOTENT: frozenset[tuple[str, str]] = frozenset(
    {
        ("POST", "/v1/send/email"),
        ("POST", "/v1/send/push"),
        ("POST", "/v1/send/sms"),
        ("POST", "/v1/campaigns/{broadcast_id}/triggers"),
    }
)


class RateLimiter(Protocol):
    """What the transports call before every attempt (implemented elsewhere; the result, e.g. the
    seconds waited, is ignored)."""

    def acquire(self, request: httpx.Request) -> object: ...

    async def acquire_async(self, request: httpx.Request) -> object: ...


class _Meta(NamedTuple):
    method: str
    path: str
    operation_id: str | None
    idempotent: bool
    max_retries: int | None
    stream: bool

    @property
    def where(self) -> str:
        text = f"{self.method} {self.path}"
        return f"{text} ({self.operation_id})" if self.operation_id else text


def _meta(request: httpx.Request) -> _Meta:
    ext = request.extensions.get(EXTENSION)
    if type(ext) is not dict:  # the SDK always passes a dict; the ABC check is the slow path
        ext = ext if isinstance(ext, Mapping) else {}
    max_retries = ext.get("max_retries")
    operation = ext.get("operation_id")
    method = str(ext.get("method") or request.method).upper()
    path = str(ext.get("path_template") or UNKNOWN_PATH)
    return _Meta(  # positional: this runs once per request
        method,
        path,
        str(operation) if operation else None,
        ext.get("idempotent", (method, path) not in NON_IDEMPOTENT) is not False,
        max_retries if isinstance(max_retries, int) and max_retries >= 0 else None,
        bool(ext.get("stream", False)),
    )


def origin_of(url: httpx.URL | str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with default ports made explicit, for same-origin checks."""
    if not isinstance(url, httpx.URL):  # parsing again costs more than the comparison
        url = httpx.URL(url)
    return (url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme))


class _TransportCore:
    """State and helpers shared by the sync and async transports (everything except the loops)."""

    def __init__(
        self,
        inner: Any,
        *,
        policy: RetryPolicy | None = None,
        auth_header: Secret | None = None,
        origin: httpx.URL | str | None = None,
        default_headers: Mapping[str, str] | None = None,
        rate_limiter: RateLimiter | None = None,
        owns_inner: bool = True,
        auth_hint: str | None = None,
    ) -> None:
        if auth_header is not None and not isinstance(auth_header, Secret):
            raise TypeError("auth_header must be a Secret")
        if auth_header is not None and origin is None:
            raise ValueError("auth_header needs origin: credentials are only sent to the client's own origin")
        self._inner = inner
        self.policy = policy or RetryPolicy()
        self._auth_header = auth_header
        self._origin_url = origin
        self._origin = origin_of(origin) if origin is not None else None
        self._default_headers = dict(default_headers or {})
        self._rate_limiter = rate_limiter
        self._owns_inner = owns_inner
        self.auth_hint = auth_hint

    def _copy_kwargs(self) -> dict[str, Any]:
        return {
            "auth_header": self._auth_header,
            "origin": self._origin_url,
            "default_headers": self._default_headers,
            "rate_limiter": self._rate_limiter,
            "auth_hint": self.auth_hint,
        }

    def with_policy(self, policy: RetryPolicy) -> Any:
        """A transport with another retry policy sharing this one's inner transport (connection pool).

        Closing the copy does not close the shared inner transport.
        """
        return type(self)(self._inner, policy=policy, owns_inner=False, **self._copy_kwargs())

    def _prepare(self, request: httpx.Request) -> None:
        headers = request.headers
        if self._default_headers:
            # One pass over the request's headers (each Headers.get() scans and decodes them all);
            # the SDK's clients already send these, so normally nothing is added.
            present = {key.lower(): value for key, value in headers.items()}
            for name, value in self._default_headers.items():
                current = present.get(name.lower())
                if current is None or (name.lower() == "user-agent" and current.startswith("python-httpx/")):
                    headers[name] = value
        if self._origin is None:
            return
        if origin_of(request.url) == self._origin:
            if self._auth_header is not None:
                headers["Authorization"] = self._auth_header.reveal()
        elif "authorization" in headers:
            # Never send a credential to a host taken from a response (redirect, pagination URL, ...).
            del headers["authorization"]

    def _decide(self, meta: _Meta, retries: int, **outcome: Any) -> RetryDecision:
        decision = decide(
            self.policy, retries_done=retries, idempotent=meta.idempotent, max_retries=meta.max_retries, **outcome
        )
        limit = self.policy.max_retries if meta.max_retries is None else meta.max_retries
        if decision.retry:
            logger.info(
                "%s: %s on attempt %d; retrying in %.2fs (retry %d of %d)",
                meta.where,
                decision.reason,
                retries + 1,
                decision.delay,
                retries + 1,
                limit,
            )
        else:
            logger.info("%s: %s on attempt %d; giving up", meta.where, decision.reason, retries + 1)
        return decision

    def _rate_limited(self, request: httpx.Request, decision: RetryDecision) -> None:
        # A 429 is about every request sharing the limit, not only this one: the limiter (when it
        # can) holds them all back for the same wait, so requests in flight do not retry in a storm.
        pause = getattr(self._rate_limiter, "pause", None)
        if pause is None:
            return
        wait = decision.retry_after if decision.retry_after is not None else decision.delay
        pause(request, min(wait, self.policy.max_retry_after))

    @staticmethod
    def _log_ok(meta: _Meta, response: httpx.Response, retries: int) -> None:
        if not meta.stream:
            content = response.content
            # Every success response of the three specs is JSON or empty (tests/sdk check it), so
            # markup is a captive portal, proxy or load-balancer page: the call may not have
            # reached Customer.io although it "succeeded". One byte compared on the hot path.
            if content[:1] == b"<" or (content[:1].isspace() and content.lstrip()[:1] == b"<"):
                logger.warning(
                    "%s -> %d with an HTML/XML body instead of JSON or nothing: a proxy or captive portal"
                    " may have answered instead of Customer.io; the request may not have been processed",
                    meta.where,
                    response.status_code,
                )
        if logger.isEnabledFor(logging.DEBUG):  # skip building meta.where on the hot path
            logger.debug("%s -> %d (attempt %d)", meta.where, response.status_code, retries + 1)

    def _status_error(
        self, response: httpx.Response, request: httpx.Request, meta: _Meta, decision: RetryDecision
    ) -> APIStatusError:
        response.request = request
        return make_status_error(
            response,
            method=meta.method,
            path=meta.path,
            operation_id=meta.operation_id,
            retry_after=decision.retry_after,
            auth_hint=self.auth_hint,
        )

    @staticmethod
    def _connection_error(error: BaseException, meta: _Meta, attempts: int) -> APIConnectionError:
        kind = type(error).__name__
        tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{meta.where} timed out ({kind}) {tries}", method=meta.method, path=meta.path)
        return APIConnectionError(
            f"{meta.where}: connection failed ({kind}) {tries}", method=meta.method, path=meta.path
        )


class CustomerIOTransport(_TransportCore, httpx.BaseTransport):
    """Sync transport: wraps ``inner`` (default: an ``httpx.HTTPTransport`` with TCP_NODELAY)."""

    def __init__(self, inner: httpx.BaseTransport | None = None, **kwargs: Any) -> None:
        if inner is None:
            inner = httpx.HTTPTransport(socket_options=SOCKET_OPTIONS)
            kwargs["owns_inner"] = True
        super().__init__(inner, **kwargs)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        meta = _meta(request)
        self._prepare(request)
        request.read()  # make the body replayable for retries
        retries = 0
        while True:
            if self._rate_limiter is not None:
                self._rate_limiter.acquire(request)
            response: httpx.Response | None = None
            try:
                response = self._inner.handle_request(request)
                if not meta.stream or response.status_code >= 400:
                    response.read()
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                decision = self._decide(meta, retries, error=exc)
                if not decision.retry:
                    raise self._connection_error(exc, meta, retries + 1) from exc
            else:
                if response.status_code < 400:
                    self._log_ok(meta, response, retries)
                    return response
                decision = self._decide(meta, retries, status=response.status_code, headers=response.headers)
                if response.status_code == 429:
                    self._rate_limited(request, decision)
                response.close()
                if not decision.retry:
                    raise self._status_error(response, request, meta, decision)
            self.policy.sleep(decision.delay)
            retries += 1

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


class AsyncCustomerIOTransport(_TransportCore, httpx.AsyncBaseTransport):
    """Async twin of :class:`CustomerIOTransport` (default inner: ``httpx.AsyncHTTPTransport``)."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> None:
        if inner is None:
            inner = httpx.AsyncHTTPTransport(socket_options=SOCKET_OPTIONS)
            kwargs["owns_inner"] = True
        super().__init__(inner, **kwargs)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        meta = _meta(request)
        self._prepare(request)
        await request.aread()  # make the body replayable for retries
        retries = 0
        while True:
            if self._rate_limiter is not None:
                await self._rate_limiter.acquire_async(request)
            response: httpx.Response | None = None
            try:
                response = await self._inner.handle_async_request(request)
                if not meta.stream or response.status_code >= 400:
                    await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                decision = self._decide(meta, retries, error=exc)
                if not decision.retry:
                    raise self._connection_error(exc, meta, retries + 1) from exc
            else:
                if response.status_code < 400:
                    self._log_ok(meta, response, retries)
                    return response
                decision = self._decide(meta, retries, status=response.status_code, headers=response.headers)
                if response.status_code == 429:
                    self._rate_limited(request, decision)
                await response.aclose()
                if not decision.retry:
                    raise self._status_error(response, request, meta, decision)
            await self.policy.async_sleep(decision.delay)
            retries += 1

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()
