"""AppClient and AsyncAppClient: the Customer.io App API (``https://api.customer.io``).

    from customerio_sdk import AppClient

    app = AppClient()                        # key from $CUSTOMERIO_APP_API_KEY; region from $CUSTOMERIO_REGION
    app.send.email(to="a@example.com", identifiers={"id": "42"}, transactional_message_id=3)
    for message in app.messages.list(limit=200):
        ...

Resources (``app.segments``, ``app.send``, ...) are created on first access, and a method imports
its generated module on first access: constructing a client imports no generated code.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._arguments import explained
from .._base import AsyncAPIClient, SyncAPIClient
from .._config import DEFAULT_TIMEOUT, Secret, base_url_for, bearer_auth, resolve_credential
from .._transport import origin_of
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from .._ratelimit import RateLimiter
    from .._retry import RetryPolicy
    from . import _resources as r
else:

    class _OnFirstUse:
        """The resource classes, imported when a resource is first used, not with the client
        (the tables and dispatcher cost as much to import as the rest of the client)."""

        def __getattr__(self, name: str) -> Any:
            from . import _resources

            return getattr(_resources, name)

    r = _OnFirstUse()

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

    _raw_module = "customerio_app_api.client"
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


class _Resources:
    """The resource namespaces, each created on first access (and rebuilt by ``with_options``)."""

    @functools.cached_property
    def activities(self) -> r.Activities:
        """Workspace activity log."""
        return r.Activities(self)

    @functools.cached_property
    def broadcasts(self) -> r.Broadcasts:
        """API-triggered broadcasts: ``trigger``, status, actions, metrics."""
        return r.Broadcasts(self)

    @functools.cached_property
    def campaigns(self) -> r.Campaigns:
        """Campaigns, their actions and metrics."""
        return r.Campaigns(self)

    @functools.cached_property
    def collections(self) -> r.Collections:
        """Collections and their contents."""
        return r.Collections(self)

    @functools.cached_property
    def customers(self) -> r.Customers:
        """People: search, attributes, segments, messages, activities."""
        return r.Customers(self)

    @functools.cached_property
    def data_index(self) -> r.DataIndex:
        """Attribute and event metadata."""
        return r.DataIndex(self)

    @functools.cached_property
    def esp_suppression(self) -> r.ESPSuppression:
        """ESP-suppressed addresses."""
        return r.ESPSuppression(self)

    @functools.cached_property
    def exports(self) -> r.Exports:
        """Customer and delivery exports."""
        return r.Exports(self)

    @functools.cached_property
    def imports(self) -> r.Imports:
        """Bulk imports."""
        return r.Imports(self)

    @functools.cached_property
    def info(self) -> r.Info:
        """Customer.io's IP addresses."""
        return r.Info(self)

    @functools.cached_property
    def messages(self) -> r.Messages:
        """Message deliveries."""
        return r.Messages(self)

    @functools.cached_property
    def newsletters(self) -> r.Newsletters:
        """Newsletters, variants, test groups, metrics."""
        return r.Newsletters(self)

    @functools.cached_property
    def objects(self) -> r.Objects:
        """Custom objects and relationships."""
        return r.Objects(self)

    @functools.cached_property
    def reporting_webhooks(self) -> r.ReportingWebhooks:
        """Reporting webhook configuration."""
        return r.ReportingWebhooks(self)

    @functools.cached_property
    def segments(self) -> r.Segments:
        """Segments and their members."""
        return r.Segments(self)

    @functools.cached_property
    def send(self) -> r.Send:
        """Transactional ``email``, ``push`` and ``sms``."""
        return r.Send(self)

    @functools.cached_property
    def sender_identities(self) -> r.SenderIdentities:
        """Sender identities."""
        return r.SenderIdentities(self)

    @functools.cached_property
    def snippets(self) -> r.Snippets:
        """Content snippets."""
        return r.Snippets(self)

    @functools.cached_property
    def subscription_center(self) -> r.SubscriptionCenter:
        """Subscription center topics."""
        return r.SubscriptionCenter(self)

    @functools.cached_property
    def transactional(self) -> r.Transactional:
        """Transactional message templates and their deliveries."""
        return r.Transactional(self)

    @functools.cached_property
    def workspaces(self) -> r.Workspaces:
        """Workspaces in the account."""
        return r.Workspaces(self)

    def paginate(
        self, operation_id: str, *args: Any, limit: int | None = None, page_size: int | None = None, **params: Any
    ) -> Any:
        """A paginator for any paginated App operation by its spec operationId, e.g.
        ``app.paginate("listMessages", metric="opened")`` or ``app.paginate("getPersonMessages", "42")``.

        Path parameters are positional, the rest keyword (as in the resource methods); ``limit``
        caps the number of items, ``page_size`` is the API's per-request ``limit``. An unknown or
        non-paginated operationId raises ``ValueError`` listing the paginated ones.
        """
        from ._dispatch import paginator_for

        return paginator_for(r.Resource(self), operation_id, args, params, limit=limit, page_size=page_size)


class AppClient(_AppCore, _Resources, SyncAPIClient):
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


class AsyncAppClient(_AppCore, _Resources, AsyncAPIClient):
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
