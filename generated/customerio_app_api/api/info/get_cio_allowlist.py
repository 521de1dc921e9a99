from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_cio_allowlist_response_200 import GetCioAllowlistResponse200
from ...types import Response, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["get_cio_allowlist"], "GET", "/v1/info/ip_addresses")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/info/ip_addresses",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_cio_allowlist"],
                "method": "GET",
                "path_template": "/v1/info/ip_addresses",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetCioAllowlistResponse200 | None:
    if response.status_code == 200:
        response_200 = GetCioAllowlistResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("ip_addresses",)),
                "GetCioAllowlistResponse200",
            )
        )

        return response_200

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetCioAllowlistResponse200]:
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
    client: AuthenticatedClient | Client,
) -> Response[Any | GetCioAllowlistResponse200]:
    """List IP addresses

     Returns a list of IP addresses that you need to allowlist if you're using a firewall or [Custom
    SMTP](/use-your-smtp-server) provider's IP access management settings to deny access to unknown IP
    addresses.

    These addresses apply to all message types and webhooks, except push notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetCioAllowlistResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetCioAllowlistResponse200 | None:
    """List IP addresses

     Returns a list of IP addresses that you need to allowlist if you're using a firewall or [Custom
    SMTP](/use-your-smtp-server) provider's IP access management settings to deny access to unknown IP
    addresses.

    These addresses apply to all message types and webhooks, except push notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetCioAllowlistResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetCioAllowlistResponse200]:
    """List IP addresses

     Returns a list of IP addresses that you need to allowlist if you're using a firewall or [Custom
    SMTP](/use-your-smtp-server) provider's IP access management settings to deny access to unknown IP
    addresses.

    These addresses apply to all message types and webhooks, except push notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetCioAllowlistResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetCioAllowlistResponse200 | None:
    """List IP addresses

     Returns a list of IP addresses that you need to allowlist if you're using a firewall or [Custom
    SMTP](/use-your-smtp-server) provider's IP access management settings to deny access to unknown IP
    addresses.

    These addresses apply to all message types and webhooks, except push notifications.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetCioAllowlistResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
