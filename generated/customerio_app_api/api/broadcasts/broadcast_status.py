from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.broadcast_status_response_200 import BroadcastStatusResponse200
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["broadcast_status"],
    "GET",
    "/v1/campaigns/{broadcast_id}/triggers/{trigger_id}",
)


def _get_kwargs(
    broadcast_id: int,
    trigger_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{broadcast_id}/triggers/{trigger_id}".format(
            broadcast_id=path_segment(broadcast_id, "broadcast_id"),
            trigger_id=path_segment(trigger_id, "trigger_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["broadcast_status"],
                "method": "GET",
                "path_template": "/v1/campaigns/{broadcast_id}/triggers/{trigger_id}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BroadcastStatusResponse200 | None:
    if response.status_code == 200:
        response_200 = BroadcastStatusResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "broadcast_id",
                        "created_at",
                        "id",
                        "processed_at",
                    )
                ),
                "BroadcastStatusResponse200",
            )
        )

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
) -> Response[Any | BroadcastStatusResponse200]:
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
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BroadcastStatusResponse200]:
    """Get the status of a broadcast

     After triggering a broadcast you can retrieve the status of that broadcast using a GET of the
    `trigger_id`. You can retrieve the `trigger_id` from [Get broadcast
    triggers](/api/app/#operation/listBroadcastTriggers).

    Args:
        broadcast_id (int):
        trigger_id (int):  Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastStatusResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        trigger_id=trigger_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | BroadcastStatusResponse200 | None:
    """Get the status of a broadcast

     After triggering a broadcast you can retrieve the status of that broadcast using a GET of the
    `trigger_id`. You can retrieve the `trigger_id` from [Get broadcast
    triggers](/api/app/#operation/listBroadcastTriggers).

    Args:
        broadcast_id (int):
        trigger_id (int):  Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastStatusResponse200
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        trigger_id=trigger_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BroadcastStatusResponse200]:
    """Get the status of a broadcast

     After triggering a broadcast you can retrieve the status of that broadcast using a GET of the
    `trigger_id`. You can retrieve the `trigger_id` from [Get broadcast
    triggers](/api/app/#operation/listBroadcastTriggers).

    Args:
        broadcast_id (int):
        trigger_id (int):  Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastStatusResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        trigger_id=trigger_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    trigger_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | BroadcastStatusResponse200 | None:
    """Get the status of a broadcast

     After triggering a broadcast you can retrieve the status of that broadcast using a GET of the
    `trigger_id`. You can retrieve the `trigger_id` from [Get broadcast
    triggers](/api/app/#operation/listBroadcastTriggers).

    Args:
        broadcast_id (int):
        trigger_id (int):  Example: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastStatusResponse200
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            trigger_id=trigger_id,
            client=client,
        )
    ).parsed
