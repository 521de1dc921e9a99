from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.broadcast_actions_response_200 import BroadcastActionsResponse200
from ...types import Response, path_segment, status_of


def _get_kwargs(
    broadcast_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/broadcasts/{broadcast_id}/actions".format(
            broadcast_id=path_segment(broadcast_id, "broadcast_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["broadcast_actions"],
                "method": "GET",
                "path_template": "/v1/broadcasts/{broadcast_id}/actions",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BroadcastActionsResponse200 | None:
    if response.status_code == 200:
        response_200 = BroadcastActionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BroadcastActionsResponse200]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BroadcastActionsResponse200]:
    """List broadcast actions

     Returns the actions that occur as a part of a broadcast.

    Args:
        broadcast_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastActionsResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | BroadcastActionsResponse200 | None:
    """List broadcast actions

     Returns the actions that occur as a part of a broadcast.

    Args:
        broadcast_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastActionsResponse200
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BroadcastActionsResponse200]:
    """List broadcast actions

     Returns the actions that occur as a part of a broadcast.

    Args:
        broadcast_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastActionsResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | BroadcastActionsResponse200 | None:
    """List broadcast actions

     Returns the actions that occur as a part of a broadcast.

    Args:
        broadcast_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastActionsResponse200
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            client=client,
        )
    ).parsed
