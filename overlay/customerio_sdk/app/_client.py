"""AppClient and AsyncAppClient: the Customer.io App API (``https://api.customer.io``).

    from customerio_sdk import AppClient

    app = AppClient()                        # key from $CUSTOMERIO_APP_API_KEY; region from $CUSTOMERIO_REGION
    app.send.email(to="a@example.com", identifiers={"id": "42"}, transactional_message_id=3)
    for message in app.messages.list(limit=200):
        ...

Resources (``app.segments``, ``app.send``, ...) are created on first access (their classes are
written by the build step, ``app/_generated/``), and a method imports its generated operation module
when called: constructing a client imports no generated code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from .._core.argument_errors import explained
from .._core.base_client import AsyncAPIClient, SyncAPIClient
from .._core.config import DEFAULT_TIMEOUT, Secret, base_url_for, bearer_auth, resolve_credential
from .._core.transport import origin_of
from ..errors import ConfigurationError
from ._generated._namespaces import AsyncResourceNamespaces, ResourceNamespaces

if TYPE_CHECKING:
    from .._core.pagination import AsyncPaginator, SyncPaginator
    from .._core.rate_limit import RateLimiter
    from .._core.retry import RetryPolicy

__all__ = ["API_KEY_ENV_VAR", "SERVICE_ACCOUNT_PREFIX", "AppClient", "AsyncAppClient"]

API_KEY_ENV_VAR = "CUSTOMERIO_APP_API_KEY"
SERVICE_ACCOUNT_PREFIX = "sa_live_"
WORKSPACE_HEADER = "X-Workspace-Id"
SEND_PATH_PREFIX = "/v1/send/"


def _workspace_id(value: Any, is_service_account: bool, client: str) -> str | None:
    if value is None:
        if is_service_account:
            raise ConfigurationError(
                f"{client}: a service-account token ({SERVICE_ACCOUNT_PREFIX}...) is not tied to one workspace;"
                f" pass workspace_id=<the workspace's id> (sent as {WORKSPACE_HEADER} on /v1/send/* requests)"
            )
        return None
    if not is_service_account:
        raise ConfigurationError(
            f"{client}: workspace_id= only applies to service-account tokens ({SERVICE_ACCOUNT_PREFIX}...);"
            " an App API key already belongs to one workspace"
        )
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ConfigurationError(f"{client}: workspace_id must be an int or a string, got {type(value).__name__}")
    text = str(value).strip()
    if not text or not all("\x21" <= ch <= "\x7e" for ch in text):
        raise ConfigurationError(f"{client}: workspace_id must be non-empty printable ASCII without spaces")
    return text


class _AppCore:
    """Settings shared by the twins: credential, region/base URL, workspace, the request hook."""

    _raw_module: ClassVar[str | None] = "customerio_app_api.client"
    _workspace: str | None

    def _resolve(
        self, api_key: str | Secret | None, region: str | None, base_url: str | httpx.URL | None, workspace_id: Any
    ) -> dict[str, Any]:
        name = type(self).__name__
        key = resolve_credential(api_key, argument="api_key", env_var=API_KEY_ENV_VAR, client=name)
        self._workspace = _workspace_id(workspace_id, key.reveal().startswith(SERVICE_ACCOUNT_PREFIX), name)
        url = base_url_for("app", region, base_url)
        self._origin = origin_of(url)
        self._base_path = httpx.URL(url).path.rstrip("/")
        credential = (
            "service-account token (api_key=sa_live_...; Bearer)"
            if self._workspace
            else "App API key (api_key=; Bearer)"
        )
        return {"base_url": url, "auth_header": bearer_auth(key), "credential": credential}

    @property
    def workspace_id(self) -> str | None:
        """The workspace sent as ``X-Workspace-Id`` on send requests (service-account tokens only)."""
        return self._workspace

    def _prepare_request(self, request: httpx.Request) -> None:
        """httpx request hook (runs for wrapper and ``raw`` calls alike, before our transport)."""
        ext = request.extensions.get("customerio")
        template = None
        if isinstance(ext, Mapping):
            template = ext.get("path_template")
        if self._workspace is None or origin_of(request.url) != self._origin:
            return
        if template is None:
            path = request.url.path
            template = path.removeprefix(self._base_path)
        if str(template).startswith(SEND_PATH_PREFIX):
            request.headers[WORKSPACE_HEADER] = self._workspace


def _find_method(client: Any, operation_id: str) -> Any:
    """The resource method sending ``operation_id``, for :meth:`AppClient.paginate`."""
    from .._core.pagination import APP_PAGINATED
    from ._resources import RESOURCES

    if operation_id not in APP_PAGINATED:
        from customerio_app_api._operations import OPERATIONS

        valid = ", ".join(sorted(APP_PAGINATED))
        known = "is not paginated" if operation_id in OPERATIONS else "is not an App API operationId"
        raise ValueError(f"{operation_id!r} {known}; paginated operations: {valid}")
    for attribute, resource in RESOURCES.items():
        for name, candidate in resource.operations().items():
            if candidate == operation_id:
                return getattr(getattr(client, attribute), name)
    raise ValueError(f"{operation_id!r} has no resource method")  # pragma: no cover - a test checks every one has


_PAGINATE_DOC = """A paginator for any paginated App operation by its spec operationId, e.g.
        ``app.paginate("listMessages", metric="opened")`` or ``app.paginate("getPersonMessages", "42")``.

        The same as calling the resource method (``app.messages.list(...)``), whose typed signature
        an editor shows: path parameters positional, the rest keyword; ``limit`` caps the number
        of items, ``page_size`` is the API's per-request ``limit``. An unknown or non-paginated
        operationId raises ``ValueError`` listing the paginated ones.
        """


class AppClient(_AppCore, ResourceNamespaces, SyncAPIClient):
    """Synchronous client of the Customer.io App API.

    Args:
        api_key: App API key (Bearer), or a service-account token (``sa_live_...``, needs
            ``workspace_id``). Default: ``$CUSTOMERIO_APP_API_KEY``.
        region: ``"us"`` or ``"eu"`` (default ``$CUSTOMERIO_REGION``, else ``"us"``).
        base_url: overrides the region's URL (a proxy, a mock server).
        workspace_id: with a service-account token: the workspace, sent as ``X-Workspace-Id`` on
            ``/v1/send/*`` requests.
        timeout: seconds or an ``httpx.Timeout``. max_retries: retries of failed requests.
        rate_limiter: e.g. ``RateLimiter.app()`` to stay within Customer.io's limits.
        transport: the inner httpx transport (tests: ``httpx.MockTransport``).
        retry_policy: backoff and retry settings (``max_retries`` overrides its ``max_retries``).
        default_headers: headers sent with every request.
    """

    @explained
    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        region: str | None = None,
        base_url: str | httpx.URL | None = None,
        workspace_id: int | str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.BaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        settings = self._resolve(api_key, region, base_url, workspace_id)
        super().__init__(
            **settings,
            timeout=timeout,
            max_retries=max_retries,
            rate_limiter=rate_limiter,
            transport=transport,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )

    def _http_client_kwargs(self) -> dict[str, Any]:
        return {**super()._http_client_kwargs(), "event_hooks": {"request": [self._prepare_request]}}

    def paginate(
        self, operation_id: str, *args: Any, limit: int | None = None, page_size: int | None = None, **params: Any
    ) -> SyncPaginator[Any, Any]:
        method = _find_method(self, operation_id)
        if page_size is not None:
            params["page_size"] = page_size
        paginator: SyncPaginator[Any, Any] = method(*args, limit=limit, **params)
        return paginator

    paginate.__doc__ = _PAGINATE_DOC


class AsyncAppClient(_AppCore, AsyncResourceNamespaces, AsyncAPIClient):
    """asyncio client of the Customer.io App API: the same resources, with ``await`` (and
    ``async for`` over paginated methods). Arguments as :class:`AppClient`."""

    @explained
    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        region: str | None = None,
        base_url: str | httpx.URL | None = None,
        workspace_id: int | str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        settings = self._resolve(api_key, region, base_url, workspace_id)
        super().__init__(
            **settings,
            timeout=timeout,
            max_retries=max_retries,
            rate_limiter=rate_limiter,
            transport=transport,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )

    def _http_client_kwargs(self) -> dict[str, Any]:
        async def hook(request: httpx.Request) -> None:
            self._prepare_request(request)

        return {**super()._http_client_kwargs(), "event_hooks": {"request": [hook]}}

    def paginate(
        self, operation_id: str, *args: Any, limit: int | None = None, page_size: int | None = None, **params: Any
    ) -> AsyncPaginator[Any, Any]:
        method = _find_method(self, operation_id)
        if page_size is not None:
            params["page_size"] = page_size
        paginator: AsyncPaginator[Any, Any] = method(*args, limit=limit, **params)
        return paginator

    paginate.__doc__ = _PAGINATE_DOC
