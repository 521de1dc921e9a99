from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_export_response_200 import GetExportResponse200
from ...types import Response, path_segment, status_of


def _get_kwargs(
    export_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/exports/{export_id}".format(
            export_id=path_segment(export_id, "export_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_export"],
                "method": "GET",
                "path_template": "/v1/exports/{export_id}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetExportResponse200 | None:
    if response.status_code == 200:
        response_200 = GetExportResponse200.from_dict(response.json())

        return response_200

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
) -> Response[Any | GetExportResponse200]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    export_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetExportResponse200]:
    """Get an export

     Return information about a specific export.

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetExportResponse200]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | GetExportResponse200 | None:
    """Get an export

     Return information about a specific export.

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetExportResponse200
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    export_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetExportResponse200]:
    """Get an export

     Return information about a specific export.

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetExportResponse200]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | GetExportResponse200 | None:
    """Get an export

     Return information about a specific export.

    Args:
        export_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetExportResponse200
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
        )
    ).parsed
