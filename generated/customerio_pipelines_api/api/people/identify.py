from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.anonymous_user import AnonymousUser
from ...models.identify_x_strict_mode import IdentifyXStrictMode
from ...models.known_user import KnownUser
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["identify"], "POST", "/identify")


def _get_kwargs(
    *,
    body: AnonymousUser | KnownUser | Unset = UNSET,
    x_strict_mode: IdentifyXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identify",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["identify"],
                "method": "POST",
                "path_template": "/identify",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, KnownUser):
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
    body: AnonymousUser | KnownUser | Unset = UNSET,
    x_strict_mode: IdentifyXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Add and Update People

     Identifies a person and assigns `traits` to them.

    In most cases, you'll identify people with a `userId` or an `anonymousId`. But when you use
    Customer.io as a destination, you can pass an empty `userId` or `anonymousId`, and identify people
    by their `email` trait.

    **When you use our libraries, you'll typically only provide an ID and `traits`. The libraries fill
    in the rest of the payload automatically.**

    Args:
        x_strict_mode (IdentifyXStrictMode | Unset):
        body (AnonymousUser | KnownUser | Unset):  Example: {'type': 'identify', 'traits':
            {'name': 'Cool Person', 'email': 'cool.person@example.com', 'likes_baseball': True,
            'games_attended': 5}, 'userId': '97980cfea0067'}.

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
    body: AnonymousUser | KnownUser | Unset = UNSET,
    x_strict_mode: IdentifyXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Add and Update People

     Identifies a person and assigns `traits` to them.

    In most cases, you'll identify people with a `userId` or an `anonymousId`. But when you use
    Customer.io as a destination, you can pass an empty `userId` or `anonymousId`, and identify people
    by their `email` trait.

    **When you use our libraries, you'll typically only provide an ID and `traits`. The libraries fill
    in the rest of the payload automatically.**

    Args:
        x_strict_mode (IdentifyXStrictMode | Unset):
        body (AnonymousUser | KnownUser | Unset):  Example: {'type': 'identify', 'traits':
            {'name': 'Cool Person', 'email': 'cool.person@example.com', 'likes_baseball': True,
            'games_attended': 5}, 'userId': '97980cfea0067'}.

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
