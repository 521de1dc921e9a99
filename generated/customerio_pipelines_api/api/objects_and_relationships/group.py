from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.anonymous_user_5 import AnonymousUser5
from ...models.group_x_strict_mode import GroupXStrictMode
from ...models.known_user_5 import KnownUser5
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["group"], "POST", "/group")


def _get_kwargs(
    *,
    body: AnonymousUser5 | KnownUser5 | Unset = UNSET,
    x_strict_mode: GroupXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["group"],
                "method": "POST",
                "path_template": "/group",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, KnownUser5):
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
    body: AnonymousUser5 | KnownUser5 | Unset = UNSET,
    x_strict_mode: GroupXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Create objects and relationships

     Group calls add people to a group. Groups could be a companies, accounts, online classes, and so on.
    How groups are represented in your destination depends on the destination. Some destinations have
    concepts of "groups"; Customer.io's destination calls groups "objects."

    **When you use our libraries, you'll typically only provide an ID for the user, the `groupId`, and
    `traits`. The libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (GroupXStrictMode | Unset):
        body (AnonymousUser5 | KnownUser5 | Unset):  Example: {'anonymousId':
            '507f191e810c19729de860ea,', 'channel': 'browser,', 'context': {'ip': '8.8.8.8',
            'userAgent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_5) AppleWebKit/537.36 (KHTML,
            like Gecko) Chrome/40.0.2214.115 Safari/537.36'}, 'integrations': {'All': True,
            'Mixpanel': False, 'Salesforce': False}, 'messageId': '022bb90c-bbac-11e4-8dfc-
            aa07a5b093db,', 'receivedAt': '2015-02-23T22:28:55.387Z,', 'sentAt':
            '2015-02-23T22:28:55.111Z,', 'timestamp': '2015-02-23T22:28:55.111Z,', 'traits': {'name':
            'ACME, Inc.', 'industry': 'Technology', 'employees': 329, 'plan': 'enterprise', 'total
            billed': 830}, 'type': 'group', 'userId': '97980cfea0067', 'groupId':
            '0e8c78ea9d97a7b8185e8632,', 'version': 1.1}.

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
    body: AnonymousUser5 | KnownUser5 | Unset = UNSET,
    x_strict_mode: GroupXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Create objects and relationships

     Group calls add people to a group. Groups could be a companies, accounts, online classes, and so on.
    How groups are represented in your destination depends on the destination. Some destinations have
    concepts of "groups"; Customer.io's destination calls groups "objects."

    **When you use our libraries, you'll typically only provide an ID for the user, the `groupId`, and
    `traits`. The libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (GroupXStrictMode | Unset):
        body (AnonymousUser5 | KnownUser5 | Unset):  Example: {'anonymousId':
            '507f191e810c19729de860ea,', 'channel': 'browser,', 'context': {'ip': '8.8.8.8',
            'userAgent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_5) AppleWebKit/537.36 (KHTML,
            like Gecko) Chrome/40.0.2214.115 Safari/537.36'}, 'integrations': {'All': True,
            'Mixpanel': False, 'Salesforce': False}, 'messageId': '022bb90c-bbac-11e4-8dfc-
            aa07a5b093db,', 'receivedAt': '2015-02-23T22:28:55.387Z,', 'sentAt':
            '2015-02-23T22:28:55.111Z,', 'timestamp': '2015-02-23T22:28:55.111Z,', 'traits': {'name':
            'ACME, Inc.', 'industry': 'Technology', 'employees': 329, 'plan': 'enterprise', 'total
            billed': 830}, 'type': 'group', 'userId': '97980cfea0067', 'groupId':
            '0e8c78ea9d97a7b8185e8632,', 'version': 1.1}.

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
