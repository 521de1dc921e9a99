from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.delete_suppression_suppression_type import (
    DeleteSuppressionSuppressionType,
)
from ...types import Response, path_segment, status_of

_OPERATION = (
    OPERATION_ID["delete_suppression"],
    "DELETE",
    "/v1/esp/suppression/{suppression_type}/{email_address}",
)


def _get_kwargs(
    suppression_type: DeleteSuppressionSuppressionType,
    email_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/esp/suppression/{suppression_type}/{email_address}".format(
            suppression_type=path_segment(suppression_type, "suppression_type"),
            email_address=path_segment(email_address, "email_address"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["delete_suppression"],
                "method": "DELETE",
                "path_template": "/v1/esp/suppression/{suppression_type}/{email_address}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 429:
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
    suppression_type: DeleteSuppressionSuppressionType,
    email_address: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Un-suppress an ESP-suppressed address

     Remove an address from the ESP's suppression list.

    Args:
        suppression_type (DeleteSuppressionSuppressionType):
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        email_address=email_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    suppression_type: DeleteSuppressionSuppressionType,
    email_address: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Un-suppress an ESP-suppressed address

     Remove an address from the ESP's suppression list.

    Args:
        suppression_type (DeleteSuppressionSuppressionType):
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        email_address=email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
