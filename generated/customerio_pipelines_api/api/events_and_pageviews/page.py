from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.anonymous_user_3 import AnonymousUser3
from ...models.known_user_3 import KnownUser3
from ...models.page_x_strict_mode import PageXStrictMode
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["page"], "POST", "/page")


def _get_kwargs(
    *,
    body: AnonymousUser3 | KnownUser3 | Unset = UNSET,
    x_strict_mode: PageXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/page",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["page"],
                "method": "POST",
                "path_template": "/page",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, KnownUser3):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    parsed = None
    if 300 <= response.status_code < 400:
        # Never followed (a redirect could send the credential elsewhere) and never documented.
        where = (
            "a Location header"
            if "location" in response.headers
            else "no Location header"
        )
        reason = f"an unexpected redirect ({where}); the SDK does not follow redirects"
        raise client.unexpected_response(_OPERATION, response, reason)
    if client.parse_responses:
        try:
            parsed = _parse_response(client=client, response=response)
        except errors.UnexpectedStatus:
            raise
        except Exception as exc:
            # The seam: whatever the body did to the parser becomes one typed error.
            raise client.unexpected_response(_OPERATION, response, exc) from exc
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnonymousUser3 | KnownUser3 | Unset = UNSET,
    x_strict_mode: PageXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Track pageviews

     Sends a page view event. If you use our JavaScript source, it automatically records `page` events
    whenever it loads (every page). If you use a single-page app, you'll need to call the `page` method
    people change routes.

    The request consists of the page `name` and additional properties about the page.

    If you use our JavaScript library, the page name and URL are automatically gathered and passed as
    event properties.

    **When you use our libraries, you'll typically only provide a user ID/anonymous ID and the `name` of
    the page. The libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (PageXStrictMode | Unset):
        body (AnonymousUser3 | KnownUser3 | Unset):  Example: {'anonymousId':
            '507f191e810c19729de860ea', 'channel': 'browser', 'context': {'ip': '8.8.8.8',
            'userAgent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_5) AppleWebKit/537.36 (KHTML
            like Gecko) Chrome/40.0.2214.115 Safari/537.36'}, 'integrations': {'All': True,
            'Mixpanel': False, 'Salesforce': False}, 'messageId': '022bb90c-bbac-11e4-8dfc-
            aa07a5b093db', 'name': 'Home', 'properties': {'title': 'Welcome | ACME, Inc.', 'url':
            'https://www.example.com'}, 'receivedAt': '2015-02-23T22:28:55.387Z', 'sentAt':
            '2015-02-23T22:28:55.111Z', 'timestamp': '2015-02-23T22:28:55.111Z', 'type': 'page',
            'userId': '97980cfea0067', 'version': 1.1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnonymousUser3 | KnownUser3 | Unset = UNSET,
    x_strict_mode: PageXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Track pageviews

     Sends a page view event. If you use our JavaScript source, it automatically records `page` events
    whenever it loads (every page). If you use a single-page app, you'll need to call the `page` method
    people change routes.

    The request consists of the page `name` and additional properties about the page.

    If you use our JavaScript library, the page name and URL are automatically gathered and passed as
    event properties.

    **When you use our libraries, you'll typically only provide a user ID/anonymous ID and the `name` of
    the page. The libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (PageXStrictMode | Unset):
        body (AnonymousUser3 | KnownUser3 | Unset):  Example: {'anonymousId':
            '507f191e810c19729de860ea', 'channel': 'browser', 'context': {'ip': '8.8.8.8',
            'userAgent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_5) AppleWebKit/537.36 (KHTML
            like Gecko) Chrome/40.0.2214.115 Safari/537.36'}, 'integrations': {'All': True,
            'Mixpanel': False, 'Salesforce': False}, 'messageId': '022bb90c-bbac-11e4-8dfc-
            aa07a5b093db', 'name': 'Home', 'properties': {'title': 'Welcome | ACME, Inc.', 'url':
            'https://www.example.com'}, 'receivedAt': '2015-02-23T22:28:55.387Z', 'sentAt':
            '2015-02-23T22:28:55.111Z', 'timestamp': '2015-02-23T22:28:55.111Z', 'type': 'page',
            'userId': '97980cfea0067', 'version': 1.1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
