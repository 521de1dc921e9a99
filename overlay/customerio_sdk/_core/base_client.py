"""Base classes of the SDK clients: :class:`SyncAPIClient` and :class:`AsyncAPIClient`.

One shared core (:class:`_ClientCore`) owns the settings (base URL, auth header, timeout, retry policy,
default headers) and builds the transport; the two twins only differ in the httpx client they wrap
and in sync/async method signatures.

Subclasses resolve their credential/region (see :mod:`customerio_sdk._core.config`), call
``super().__init__(base_url=..., auth_header=...)`` and set ``_raw_module`` to the generated
package's ``client`` module. Resource objects should be created lazily (``functools.cached_property``):
:meth:`with_options` drops cached properties on the copy so they are rebuilt against it.

Importing this module never imports a generated package: :attr:`raw` imports it on first use.
"""

from __future__ import annotations

import base64
import copy
import functools
import importlib
import json as _json
import threading
import urllib.request
import weakref
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ..errors import (
    ClientClosedError,
    ConfigurationError,
    CustomerIOError,
    ResponseValidationError,
    response_validation_error,
)
from .compact_json import encode_json
from .config import DEFAULT_TIMEOUT, USER_AGENT, Secret
from .logs import register_host, setup_logging
from .raw_client import bound_raw_class
from .retry import RetryPolicy
from .transport import SOCKET_OPTIONS, AsyncCustomerIOTransport, CustomerIOTransport, RateLimiter

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncAPIClient", "SyncAPIClient"]


def _coerce_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ConfigurationError("timeout must be a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(timeout))


def _secret_forms(header: Secret | None) -> tuple[str, ...]:
    """The strings a credential could appear as in a response body (the header value, its token,
    and for HTTP Basic the decoded user and password), to cut them out of kept bodies."""
    if header is None:
        return ()
    value = header.reveal()
    forms = [value]
    scheme, _, token = value.partition(" ")
    if token:
        forms.append(token)
        if scheme.lower() == "basic":
            try:
                forms.extend(base64.b64decode(token).decode("utf-8").split(":", 1))
            except ValueError:
                pass
    return tuple(f for f in forms if f)


def _env_proxy(base_url: httpx.URL) -> str | None:
    """The proxy the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY, ...) selects for ``base_url``.

    httpx ignores environment proxies once a custom transport is given, so the default inner
    transport applies them itself.
    """
    proxies = urllib.request.getproxies()
    proxy = proxies.get(base_url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(base_url.host):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def decode_body(response: httpx.Response) -> Any:
    """Decoded JSON body, ``None`` when empty, the text when it is not JSON."""
    content = response.content
    if not content.strip():
        return None
    try:
        return _json.loads(content)
    except ValueError:
        return response.text


class _WrongModeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Plugged into the raw client's unused (sync or async) slot so a call in the wrong mode fails
    clearly instead of silently creating a plain httpx client without auth or retries."""

    def __init__(self, message: str) -> None:
        self._message = message

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise CustomerIOError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise CustomerIOError(self._message)


def _closed_error(owner: str) -> ClientClosedError:
    return ClientClosedError(f"{owner} is closed: create a new client to send")


class _HttpClient(httpx.Client):
    """The SDK client's httpx client: every way of sending (the SDK's methods, ``client.raw``'s
    generated functions, a raw client derived with ``with_headers``) ends in :meth:`send`, where a
    closed client raises the SDK's :class:`ClientClosedError` instead of httpx's bare RuntimeError."""

    def __init__(self, owner: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owner = owner

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(request, **kwargs)
        except RuntimeError:
            # httpx's "client has been closed": caught rather than checked first, which also covers
            # a close() from another thread (a writer's sender racing client.close()).
            if self.is_closed:
                raise _closed_error(self._owner) from None
            raise


class _AsyncHttpClient(httpx.AsyncClient):
    """Async twin of :class:`_HttpClient`."""

    def __init__(self, owner: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owner = owner

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return await super().send(request, **kwargs)
        except RuntimeError:
            if self.is_closed:
                raise _closed_error(self._owner) from None
            raise


class _LazyTransport(httpx.BaseTransport):
    """The connection pool, built on the first request: building it imports httpcore and h11 and
    reads proxy settings, which would otherwise make constructing a client cost more than
    importing httpx. Shared by :meth:`with_options` copies like the pool it stands for."""

    def __init__(self, factory: Any) -> None:
        self._factory = factory
        self._inner: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        if self._inner is None:
            with self._lock:
                if self._inner is None:
                    self._inner = self._factory()
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._get().handle_request(request)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class _LazyAsyncTransport(_LazyTransport, httpx.AsyncBaseTransport):
    """Async twin of :class:`_LazyTransport` (building the pool never awaits, so the lock is fine)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._get().handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


class _ClientCore:
    """Settings and behaviour shared by the sync and async base clients."""

    #: dotted module of the generated raw client, e.g. ``"customerio_app_api.client"``.
    _raw_module: ClassVar[str | None] = None
    #: the generated client class the API declares (informational: :attr:`raw` always builds the
    #: unauthenticated ``Client`` because our transport adds the credential).
    _raw_class: ClassVar[str] = "Client"
    _transport_class: ClassVar[type[Any]]

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth_header: Secret | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        transport: Any = None,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        credential: str | None = None,
    ) -> None:
        """``credential`` names what the client authenticates with (e.g. "App API key (api_key=)"):
        a 401's message says so, never the value."""
        setup_logging()
        if auth_header is not None and not isinstance(auth_header, Secret):
            raise ConfigurationError("auth_header must be a customerio_sdk._core.config.Secret")
        self._base_url = httpx.URL(str(base_url).rstrip("/"))
        if self._base_url.scheme not in ("http", "https") or not self._base_url.host:
            raise ConfigurationError("base_url must be an absolute http:// or https:// URL")
        register_host(self._base_url.host)
        self._timeout = _coerce_timeout(timeout)
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        self._headers = {"User-Agent": USER_AGENT, **dict(default_headers or {})}
        self._auth_header = auth_header
        if transport is None:
            transport = self._default_inner()
        self._transport = self._transport_class(
            transport,
            policy=policy,
            auth_header=auth_header,
            origin=self._base_url,
            # No default_headers here: the httpx client below sends self._headers on every request
            # (raw generated calls included), so the transport need not check them again.
            rate_limiter=rate_limiter,
            owns_inner=True,
            auth_hint=self._auth_hint(credential) if credential else None,
        )
        self._client = self._make_http_client()
        self._raw: Any = None

    # -- construction helpers -------------------------------------------------------------------

    def _default_inner(self) -> Any:  # pragma: no cover - overridden by both twins
        raise NotImplementedError

    def _make_http_client(self) -> Any:  # pragma: no cover - overridden by both twins
        raise NotImplementedError

    def _http_client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "timeout": self._timeout,
            "transport": self._transport,
            "headers": self._headers,
            "follow_redirects": False,
        }

    # -- public surface -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._transport.policy.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._transport.policy

    def with_options(self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None) -> Self:
        """A copy with other retry/timeout settings that shares this client's connection pool.

        Closing the copy leaves the shared pool open; closing the original closes it.
        """
        new = copy.copy(self)
        for name in _cached_property_names(type(self)):
            new.__dict__.pop(name, None)
        policy = self._transport.policy
        if max_retries is not None:
            policy = replace(policy, max_retries=max_retries)
        if timeout is not None:
            new._timeout = _coerce_timeout(timeout)
        new._transport = self._transport.with_policy(policy)
        new._client = new._make_http_client()
        new._raw = None
        new.__dict__.pop("_batch_writers", None)  # the copy closes (and flushes) only its own writers
        return new

    def _auth_hint(self, credential: str) -> str:
        """What a 401 adds to its message: which credential was sent (by name) and the usual causes."""
        from .config import REGIONS

        host = self._base_url.host
        region = next((r for r, urls in REGIONS.items() for url in urls.values() if httpx.URL(url).host == host), None)
        other = {"us": "eu", "eu": "us"}.get(region or "")
        where = f" ({region.upper()} region)" if region else ""
        hint = (
            f"{type(self).__name__} sent its {credential} to {host}{where}. Usual causes: the wrong kind of key"
            " for this API (Track, App and Pipelines each have their own), or a workspace in another region"
        )
        return hint + (f" (pass region={other!r})" if other else "")

    def _response_error(self, error: Any, response: httpx.Response) -> ResponseValidationError:
        """The raw clients' ``response_error`` hook: a response that does not fit the spec."""
        return response_validation_error(error, response, secrets=_secret_forms(self._auth_header))

    def _adopt_writer(self, writer: Any) -> Any:
        """Remember a batch writer made from this client, so that closing the client closes (and so
        flushes) it first: a writer cannot send once the connection pool is gone."""
        writers = self.__dict__.setdefault("_batch_writers", weakref.WeakSet())
        writers.add(writer)
        return writer

    def _open_writers(self) -> list[Any]:
        return [w for w in self.__dict__.get("_batch_writers", ()) if not w.closed]

    def _build_raw(self) -> Any:
        if not self._raw_module:
            raise NotImplementedError(f"{type(self).__name__} has no generated raw client")
        module = importlib.import_module(self._raw_module)
        raw_class = bound_raw_class(module.Client, type(self).__name__)
        return raw_class(base_url=str(self._base_url), response_error=self._response_error)

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        operation_id: str,
        path_template: str,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
        content: bytes | None = None,
    ) -> httpx.Request:
        """``content`` is an already serialised JSON body (a batch chunk is sized as bytes, so it is
        sent as those exact bytes, not decoded and re-encoded); otherwise ``json`` is encoded once."""
        request_headers = dict(headers or {})
        if json is not None:
            content = encode_json(json)
        if content is not None:
            request_headers["Content-Type"] = "application/json"
        query = {k: v for k, v in params.items() if v is not None} if params else None
        extension = {"operation_id": operation_id, "path_template": path_template, "method": method.lower()}
        if not idempotent:
            extension["idempotent"] = False
        return self._client.build_request(
            method.upper(),
            path,
            params=query,
            content=content,
            headers=request_headers,
            extensions={"customerio": extension},
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._base_url)!r})"


@functools.cache
def _cached_property_names(cls: type) -> tuple[str, ...]:
    names = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, functools.cached_property):
                names.add(value.attrname or name)
    return tuple(sorted(names))


class SyncAPIClient(_ClientCore):
    """Base of the synchronous clients (wraps an ``httpx.Client``)."""

    _transport_class = CustomerIOTransport
    _client: httpx.Client

    def _default_inner(self) -> httpx.BaseTransport:
        base_url = self._base_url
        return _LazyTransport(lambda: httpx.HTTPTransport(socket_options=SOCKET_OPTIONS, proxy=_env_proxy(base_url)))

    def _make_http_client(self) -> httpx.Client:
        return _HttpClient(type(self).__name__, **self._http_client_kwargs())

    @property
    def raw(self) -> Any:
        """The generated raw client, sending through this client's transport (auth, retries, errors);
        bound to this client (see :mod:`customerio_sdk._core.raw_client`)."""
        if self._raw is None:
            message = f"{type(self).__name__} is synchronous: use the async client for the raw asyncio functions"
            wrong_mode = httpx.AsyncClient(transport=_WrongModeTransport(message))
            self._raw = self._build_raw()._bind(self._client, wrong_mode)
        return self._raw

    def _request(
        self,
        method: str,
        path: str,
        *,
        operation_id: str,
        path_template: str,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
    ) -> Any:
        """Send a hand-built request; return the decoded JSON body (``None`` when empty).

        ``json`` is serialised once (compact UTF-8); ``path_template`` is what logs and errors show.
        """
        response = self._client.send(
            self._build_request(
                method,
                path,
                operation_id=operation_id,
                path_template=path_template,
                json=json,
                params=params,
                headers=headers,
                idempotent=idempotent,
            )
        )
        return decode_body(response)

    def close(self) -> None:
        """Close (and so flush) this client's open batch writers, then the connection pool (unless
        this is a :meth:`with_options` copy, which shares it). If a writer's flush fails, the pool is
        still closed and the error propagates with the operations in its ``unsent``."""
        try:
            errors = []
            for writer in self._open_writers():
                try:
                    writer.close()
                except Exception as exc:  # noqa: BLE001 - every writer gets its chance; the first error is raised
                    errors.append(exc)
            if errors:
                raise errors[0]
        finally:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """Base of the asyncio clients (wraps an ``httpx.AsyncClient``)."""

    _transport_class = AsyncCustomerIOTransport
    _client: httpx.AsyncClient

    def _default_inner(self) -> httpx.AsyncBaseTransport:
        base_url = self._base_url
        return _LazyAsyncTransport(
            lambda: httpx.AsyncHTTPTransport(socket_options=SOCKET_OPTIONS, proxy=_env_proxy(base_url))
        )

    def _make_http_client(self) -> httpx.AsyncClient:
        return _AsyncHttpClient(type(self).__name__, **self._http_client_kwargs())

    @property
    def raw(self) -> Any:
        """The generated raw client, sending through this client's transport (auth, retries, errors);
        bound to this client (see :mod:`customerio_sdk._core.raw_client`)."""
        if self._raw is None:
            message = f"{type(self).__name__} is asynchronous: use the sync client for the raw sync functions"
            wrong_mode = httpx.Client(transport=_WrongModeTransport(message))
            self._raw = self._build_raw()._bind(wrong_mode, self._client)
        return self._raw

    async def _request(
        self,
        method: str,
        path: str,
        *,
        operation_id: str,
        path_template: str,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
    ) -> Any:
        """Async twin of :meth:`SyncAPIClient._request`."""
        response = await self._client.send(
            self._build_request(
                method,
                path,
                operation_id=operation_id,
                path_template=path_template,
                json=json,
                params=params,
                headers=headers,
                idempotent=idempotent,
            )
        )
        return decode_body(response)

    async def aclose(self) -> None:
        """Close (and so flush) this client's open batch writers, then the connection pool (unless
        this is a :meth:`with_options` copy, which shares it); see :meth:`SyncAPIClient.close`."""
        try:
            errors = []
            for writer in self._open_writers():
                try:
                    await writer.close()
                except Exception as exc:  # noqa: BLE001 - every writer gets its chance; the first error is raised
                    errors.append(exc)
            if errors:
                raise errors[0]
        finally:
            await self._client.aclose()

    close = aclose  # ``await client.close()`` reads naturally too

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
