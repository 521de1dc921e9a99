from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_suppression_response_200 import GetSuppressionResponse200
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_suppression"],
    "GET",
    "/v1/esp/search_suppression/{email_address}",
)


def _get_kwargs(
    email_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/esp/search_suppression/{email_address}".format(
            email_address=path_segment(email_address, "email_address"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_suppression"],
                "method": "GET",
                "path_template": "/v1/esp/search_suppression/{email_address}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSuppressionResponse200 | None:
    if response.status_code == 200:
        response_200 = GetSuppressionResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "category",
                        "suppressions",
                    )
                ),
                "GetSuppressionResponse200",
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
) -> Response[Any | GetSuppressionResponse200]:
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
    email_address: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetSuppressionResponse200]:
    """Look up an ESP-suppressed address

     Look up an email address to learn if, and why, it was suppressed by the email service provider
    (ESP).

    Args:
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSuppressionResponse200]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_address: str,
    *,
    client: AuthenticatedClient,
) -> Any | GetSuppressionResponse200 | None:
    """Look up an ESP-suppressed address

     Look up an email address to learn if, and why, it was suppressed by the email service provider
    (ESP).

    Args:
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSuppressionResponse200
    """

    return sync_detailed(
        email_address=email_address,
        client=client,
    ).parsed


async def asyncio_detailed(
    email_address: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetSuppressionResponse200]:
    """Look up an ESP-suppressed address

     Look up an email address to learn if, and why, it was suppressed by the email service provider
    (ESP).

    Args:
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSuppressionResponse200]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_address: str,
    *,
    client: AuthenticatedClient,
) -> Any | GetSuppressionResponse200 | None:
    """Look up an ESP-suppressed address

     Look up an email address to learn if, and why, it was suppressed by the email service provider
    (ESP).

    Args:
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSuppressionResponse200
    """

    return (
        await asyncio_detailed(
            email_address=email_address,
            client=client,
        )
    ).parsed
