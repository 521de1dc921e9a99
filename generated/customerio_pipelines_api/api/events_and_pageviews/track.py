from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.anonymous_user_2 import AnonymousUser2
from ...models.group_2 import Group2
from ...models.known_user_2 import KnownUser2
from ...models.track_x_strict_mode import TrackXStrictMode
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["track"], "POST", "/track")


def _get_kwargs(
    *,
    body: AnonymousUser2 | Group2 | KnownUser2 | Unset = UNSET,
    x_strict_mode: TrackXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/track",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["track"],
                "method": "POST",
                "path_template": "/track",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, KnownUser2) or isinstance(body, AnonymousUser2):
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
    body: AnonymousUser2 | Group2 | KnownUser2 | Unset = UNSET,
    x_strict_mode: TrackXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Track custom events

     Send an event associated with a person. The `track` call is how you record the things that people do
    on your website or in your app.

    With each event, you'll send an event name, and a dictionary of properties that you want to record
    for the event. For example, if someone added a product to a cart, you might call your event
    `added_to_cart` with properties about the item added the the cart, quantity, price, etc. We
    automatically trim leading and trailing spaces from event names.

    **When you use our libraries, you'll typically only provide an `event`, an ID for the person, and
    `properties`. The libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (TrackXStrictMode | Unset):
        body (AnonymousUser2 | Group2 | KnownUser2 | Unset):  Example: {'anonymousId':
            '23adfd82-aa0f-45a7-a756-24f2a7a4c895', 'context': {'library': {'name': 'analytics.js',
            'version': '2.11.1'}, 'page': {'path': '/', 'referrer': 'https://www.google.com/',
            'search': '?q=analytics', 'title': 'Customer.io Docs', 'url': 'https://docs.customer.io'},
            'userAgent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_0) AppleWebKit/537.36 (KHTML
            like Gecko) Chrome/46.0.2490.86 Safari/537.36', 'ip': '108.0.78.21'}, 'event': 'Course
            Started', 'integrations': None, 'messageId': 'ajs-f8ca1e4de5024d9430b3928bd8ac6b96',
            'properties': {'title': 'Intro to Customer.io'}, 'receivedAt': '2015-12-12T19:11:01.266Z',
            'sentAt': '2015-12-12T19:11:01.169Z', 'timestamp': '2015-12-12T19:11:01.249Z', 'type':
            'track', 'userId': 'AiUGstSDIg', 'originalTimestamp': '2015-12-12T19:11:01.152Z'}.

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
    body: AnonymousUser2 | Group2 | KnownUser2 | Unset = UNSET,
    x_strict_mode: TrackXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Track custom events

     Send an event associated with a person. The `track` call is how you record the things that people do
    on your website or in your app.

    With each event, you'll send an event name, and a dictionary of properties that you want to record
    for the event. For example, if someone added a product to a cart, you might call your event
    `added_to_cart` with properties about the item added the the cart, quantity, price, etc. We
    automatically trim leading and trailing spaces from event names.

    **When you use our libraries, you'll typically only provide an `event`, an ID for the person, and
    `properties`. The libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (TrackXStrictMode | Unset):
        body (AnonymousUser2 | Group2 | KnownUser2 | Unset):  Example: {'anonymousId':
            '23adfd82-aa0f-45a7-a756-24f2a7a4c895', 'context': {'library': {'name': 'analytics.js',
            'version': '2.11.1'}, 'page': {'path': '/', 'referrer': 'https://www.google.com/',
            'search': '?q=analytics', 'title': 'Customer.io Docs', 'url': 'https://docs.customer.io'},
            'userAgent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_0) AppleWebKit/537.36 (KHTML
            like Gecko) Chrome/46.0.2490.86 Safari/537.36', 'ip': '108.0.78.21'}, 'event': 'Course
            Started', 'integrations': None, 'messageId': 'ajs-f8ca1e4de5024d9430b3928bd8ac6b96',
            'properties': {'title': 'Intro to Customer.io'}, 'receivedAt': '2015-12-12T19:11:01.266Z',
            'sentAt': '2015-12-12T19:11:01.169Z', 'timestamp': '2015-12-12T19:11:01.249Z', 'type':
            'track', 'userId': 'AiUGstSDIg', 'originalTimestamp': '2015-12-12T19:11:01.152Z'}.

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
