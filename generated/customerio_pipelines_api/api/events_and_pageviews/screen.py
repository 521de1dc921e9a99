from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.anonymous_user_4 import AnonymousUser4
from ...models.known_user_4 import KnownUser4
from ...models.screen_x_strict_mode import ScreenXStrictMode
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["screen"], "POST", "/screen")


def _get_kwargs(
    *,
    body: AnonymousUser4 | KnownUser4 | Unset = UNSET,
    x_strict_mode: ScreenXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/screen",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["screen"],
                "method": "POST",
                "path_template": "/screen",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, KnownUser4):
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
    body: AnonymousUser4 | KnownUser4 | Unset = UNSET,
    x_strict_mode: ScreenXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Track mobile screenviews

     Sends a screen view event for mobile devices. Screen events help you understand the screens that
    people use in your app. You should send a screen call whenever a user requests a page of your app.

    Args:
        x_strict_mode (ScreenXStrictMode | Unset):
        body (AnonymousUser4 | KnownUser4 | Unset):  Example: {'anonymousId':
            '507f191e810c19729de860ea', 'context': {'ip': '8.8.8.8'}, 'integrations': {'All': True,
            'Salesforce': False}, 'messageId': '022bb90c-bbac-11e4-8dfc-aa07a5b093db', 'name': 'feed',
            'properties': {'subscriptions': ['baseball', 'basketball']}, 'receivedAt':
            '2015-02-23T22:28:55.387Z', 'sentAt': '2015-02-23T22:28:55.111Z', 'timestamp':
            '2015-02-23T22:28:55.111Z', 'type': 'screen', 'userId': '97980cfea0067', 'version': 1.1}.

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
    body: AnonymousUser4 | KnownUser4 | Unset = UNSET,
    x_strict_mode: ScreenXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Track mobile screenviews

     Sends a screen view event for mobile devices. Screen events help you understand the screens that
    people use in your app. You should send a screen call whenever a user requests a page of your app.

    Args:
        x_strict_mode (ScreenXStrictMode | Unset):
        body (AnonymousUser4 | KnownUser4 | Unset):  Example: {'anonymousId':
            '507f191e810c19729de860ea', 'context': {'ip': '8.8.8.8'}, 'integrations': {'All': True,
            'Salesforce': False}, 'messageId': '022bb90c-bbac-11e4-8dfc-aa07a5b093db', 'name': 'feed',
            'properties': {'subscriptions': ['baseball', 'basketball']}, 'receivedAt':
            '2015-02-23T22:28:55.387Z', 'sentAt': '2015-02-23T22:28:55.111Z', 'timestamp':
            '2015-02-23T22:28:55.111Z', 'type': 'screen', 'userId': '97980cfea0067', 'version': 1.1}.

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
