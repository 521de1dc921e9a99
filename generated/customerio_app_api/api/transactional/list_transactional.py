from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_transactional_response_200 import ListTransactionalResponse200
from ...types import Response, status_of


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactional",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_transactional"],
                "method": "GET",
                "path_template": "/v1/transactional",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListTransactionalResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTransactionalResponse200.from_dict(response.json())

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
) -> Response[Any | ListTransactionalResponse200]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ListTransactionalResponse200]:
    """List transactional messages

     Returns a list of your transactional messages—the transactional IDs that you use to trigger an
    individual transactional delivery. This endpoint does not return information about deliveries
    (instances of a message sent to a person) themselves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListTransactionalResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | ListTransactionalResponse200 | None:
    """List transactional messages

     Returns a list of your transactional messages—the transactional IDs that you use to trigger an
    individual transactional delivery. This endpoint does not return information about deliveries
    (instances of a message sent to a person) themselves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListTransactionalResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ListTransactionalResponse200]:
    """List transactional messages

     Returns a list of your transactional messages—the transactional IDs that you use to trigger an
    individual transactional delivery. This endpoint does not return information about deliveries
    (instances of a message sent to a person) themselves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListTransactionalResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | ListTransactionalResponse200 | None:
    """List transactional messages

     Returns a list of your transactional messages—the transactional IDs that you use to trigger an
    individual transactional delivery. This endpoint does not return information about deliveries
    (instances of a message sent to a person) themselves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListTransactionalResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
