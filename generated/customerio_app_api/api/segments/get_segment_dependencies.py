from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_segment_dependencies_response_200 import (
    GetSegmentDependenciesResponse200,
)
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_segment_dependencies"],
    "GET",
    "/v1/segments/{segment_id}/used_by",
)


def _get_kwargs(
    segment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/segments/{segment_id}/used_by".format(
            segment_id=path_segment(segment_id, "segment_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_segment_dependencies"],
                "method": "GET",
                "path_template": "/v1/segments/{segment_id}/used_by",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSegmentDependenciesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetSegmentDependenciesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "segment_id",
                        "used_by",
                    )
                ),
                "GetSegmentDependenciesResponse200",
            )
        )

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
) -> Response[Any | GetSegmentDependenciesResponse200]:
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
    segment_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetSegmentDependenciesResponse200]:
    """Get a segment's dependencies

     Use this endpoint to find out which campaigns and newsletters use a segment.

    Args:
        segment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSegmentDependenciesResponse200]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    segment_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | GetSegmentDependenciesResponse200 | None:
    """Get a segment's dependencies

     Use this endpoint to find out which campaigns and newsletters use a segment.

    Args:
        segment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSegmentDependenciesResponse200
    """

    return sync_detailed(
        segment_id=segment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    segment_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetSegmentDependenciesResponse200]:
    """Get a segment's dependencies

     Use this endpoint to find out which campaigns and newsletters use a segment.

    Args:
        segment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSegmentDependenciesResponse200]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | GetSegmentDependenciesResponse200 | None:
    """Get a segment's dependencies

     Use this endpoint to find out which campaigns and newsletters use a segment.

    Args:
        segment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSegmentDependenciesResponse200
    """

    return (
        await asyncio_detailed(
            segment_id=segment_id,
            client=client,
        )
    ).parsed
