from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from . import errors

if TYPE_CHECKING:
    from typing_extensions import Self

import httpx
from attrs import define, evolve, field


class _SendThrough(httpx.BaseTransport):
    """The transport of a client made by ``with_headers``/``with_cookies``/``with_timeout`` from one
    whose httpx.Client was already set or built: each request is sent by that httpx.Client (its auth,
    event hooks and transport), so deriving never drops them. Closing it leaves that client open."""

    _client: httpx.Client

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # stream=True: the deriving client reads (or streams) the body as it was asked to.
        return self._client.send(request, stream=True)


class _AsyncSendThrough(httpx.AsyncBaseTransport):
    """Async twin of :class:`_SendThrough`."""

    _client: httpx.AsyncClient

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)


_C = TypeVar("_C", httpx.Client, httpx.AsyncClient)


def _like(
    derived: _C,
    original: httpx.Client | httpx.AsyncClient,
    headers: dict[str, str],
    cookies: dict[str, str],
    timeout: httpx.Timeout | None,
) -> _C:
    """Make ``derived`` build requests as ``original`` does (base URL, params, headers, cookies,
    timeout), plus ``headers`` and ``cookies`` and with ``timeout`` if given. Redirects are left to
    ``original``, which follows them (or not) as it was configured when it sends."""
    derived.base_url = original.base_url
    derived.params = original.params
    derived.timeout = original.timeout if timeout is None else timeout
    # httpx adds its default headers to every new client; ``original`` may have removed some.
    derived.headers = original.headers
    for name in derived.headers.keys() - original.headers.keys():
        del derived.headers[name]
    derived.headers.update(headers)
    derived.cookies = original.cookies
    derived.cookies.update(cookies)
    return derived


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    parse_responses: bool = field(default=True, kw_only=True)
    """False: API functions do not parse bodies (``.parsed`` is None; ``Response.json()`` gives the JSON)."""
    response_error: (
        Callable[[errors.UnexpectedResponse, httpx.Response], Exception] | None
    ) = field(default=None, kw_only=True)
    """Turns the errors.UnexpectedResponse of a response that does not fit the spec into the exception raised."""

    def with_headers(self, headers: dict[str, str]) -> Client:
        """A new client like this one that also sends ``headers``; this one is unchanged.

        httpx clients this one already has are not modified: the new client sends through them
        (their auth, event hooks and transport), adding ``headers`` to each request."""
        return self._derive(
            evolve(self, headers={**self._headers, **headers}), headers=headers
        )

    def with_cookies(self, cookies: dict[str, str]) -> Client:
        """A new client like this one that also sends ``cookies``; this one is unchanged (see
        :meth:`with_headers`)."""
        return self._derive(
            evolve(self, cookies={**self._cookies, **cookies}), cookies=cookies
        )

    def with_timeout(self, timeout: httpx.Timeout) -> Client:
        """A new client like this one with another timeout; this one is unchanged (see
        :meth:`with_headers`)."""
        return self._derive(evolve(self, timeout=timeout), timeout=timeout)

    def _derive(
        self,
        new: Client,
        *,
        headers: dict[str, str] | None = None,
        cookies: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> Client:
        """Give ``new`` (an evolved copy, which has no httpx clients) clients that send through this
        one's. A slot this one has not filled yet stays empty: ``new`` builds its own from its settings."""
        if self._client is not None:
            client = httpx.Client(transport=_SendThrough(self._client))
            new._client = _like(
                client, self._client, headers or {}, cookies or {}, timeout
            )
        if self._async_client is not None:
            async_client = httpx.AsyncClient(
                transport=_AsyncSendThrough(self._async_client)
            )
            new._async_client = _like(
                async_client, self._async_client, headers or {}, cookies or {}, timeout
            )
        return new

    def without_parsing(self) -> Client:
        """A client sharing this one's httpx clients whose API functions return the raw Response
        without parsing it (``sync_detailed(...).json()`` is the body as the server sent it)."""
        new = evolve(self, parse_responses=False)
        new._client = self._client
        new._async_client = self._async_client
        return new

    def unexpected_response(
        self,
        operation: tuple[str, str, str],
        response: httpx.Response,
        cause: BaseException | str,
    ) -> Exception:
        """The exception for a response of ``operation`` (operationId, METHOD, path template) that
        does not fit the spec; ``cause`` is what parsing raised, or the reason as text."""
        content = response.content
        error = errors.UnexpectedResponse(
            cause if isinstance(cause, str) else errors.describe(cause, content),
            operation_id=operation[0],
            method=operation[1],
            path_template=operation[2],
            status_code=response.status_code,
            body=content[: errors.MAX_BODY_BYTES],
            body_size=len(content),
        )
        if self.response_error is None:
            return error
        return self.response_error(error, response)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    parse_responses: bool = field(default=True, kw_only=True)
    """False: API functions do not parse bodies (``.parsed`` is None; ``Response.json()`` gives the JSON)."""
    response_error: (
        Callable[[errors.UnexpectedResponse, httpx.Response], Exception] | None
    ) = field(default=None, kw_only=True)
    """Turns the errors.UnexpectedResponse of a response that does not fit the spec into the exception raised."""

    token: str
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        """A new client like this one that also sends ``headers``; this one is unchanged.

        httpx clients this one already has are not modified: the new client sends through them
        (their auth, event hooks and transport), adding ``headers`` to each request."""
        return self._derive(
            evolve(self, headers={**self._headers, **headers}), headers=headers
        )

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        """A new client like this one that also sends ``cookies``; this one is unchanged (see
        :meth:`with_headers`)."""
        return self._derive(
            evolve(self, cookies={**self._cookies, **cookies}), cookies=cookies
        )

    def with_timeout(self, timeout: httpx.Timeout) -> AuthenticatedClient:
        """A new client like this one with another timeout; this one is unchanged (see
        :meth:`with_headers`)."""
        return self._derive(evolve(self, timeout=timeout), timeout=timeout)

    def _derive(
        self,
        new: AuthenticatedClient,
        *,
        headers: dict[str, str] | None = None,
        cookies: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> AuthenticatedClient:
        """Give ``new`` (an evolved copy, which has no httpx clients) clients that send through this
        one's. A slot this one has not filled yet stays empty: ``new`` builds its own from its settings."""
        if self._client is not None:
            client = httpx.Client(transport=_SendThrough(self._client))
            new._client = _like(
                client, self._client, headers or {}, cookies or {}, timeout
            )
        if self._async_client is not None:
            async_client = httpx.AsyncClient(
                transport=_AsyncSendThrough(self._async_client)
            )
            new._async_client = _like(
                async_client, self._async_client, headers or {}, cookies or {}, timeout
            )
        return new

    def without_parsing(self) -> AuthenticatedClient:
        """A client sharing this one's httpx clients whose API functions return the raw Response
        without parsing it (``sync_detailed(...).json()`` is the body as the server sent it)."""
        new = evolve(self, parse_responses=False)
        new._client = self._client
        new._async_client = self._async_client
        return new

    def unexpected_response(
        self,
        operation: tuple[str, str, str],
        response: httpx.Response,
        cause: BaseException | str,
    ) -> Exception:
        """The exception for a response of ``operation`` (operationId, METHOD, path template) that
        does not fit the spec; ``cause`` is what parsing raised, or the reason as text."""
        content = response.content
        error = errors.UnexpectedResponse(
            cause if isinstance(cause, str) else errors.describe(cause, content),
            operation_id=operation[0],
            method=operation[1],
            path_template=operation[2],
            status_code=response.status_code,
            body=content[: errors.MAX_BODY_BYTES],
            body_size=len(content),
        )
        if self.response_error is None:
            return error
        return self.response_error(error, response)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
