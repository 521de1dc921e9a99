from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_suppression_by_type_response_200 import (
    GetSuppressionByTypeResponse200,
)
from ...models.get_suppression_by_type_suppression_type import (
    GetSuppressionByTypeSuppressionType,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_suppression_by_type"],
    "GET",
    "/v1/esp/suppression/{suppression_type}",
)


def _get_kwargs(
    suppression_type: GetSuppressionByTypeSuppressionType,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/esp/suppression/{suppression_type}".format(
            suppression_type=path_segment(suppression_type, "suppression_type"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_suppression_by_type"],
                "method": "GET",
                "path_template": "/v1/esp/suppression/{suppression_type}",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSuppressionByTypeResponse200 | None:
    if response.status_code == 200:
        response_200 = GetSuppressionByTypeResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "category",
                        "suppressions",
                    )
                ),
                "GetSuppressionByTypeResponse200",
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
) -> Response[Any | GetSuppressionByTypeResponse200]:
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
    suppression_type: GetSuppressionByTypeSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[Any | GetSuppressionByTypeResponse200]:
    """Get ESP-suppressed emails by type

     Find addresses suppressed by the Email Service Provider (ESP) for a particular reason—bounces,
    blocks, spam reports, or invalid email addresses.

    You can get up to 1000 addresses per request. Use the `offset` parameter to get addresses beyond the
    first 1000.

    Args:
        suppression_type (GetSuppressionByTypeSuppressionType):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSuppressionByTypeResponse200]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    suppression_type: GetSuppressionByTypeSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Any | GetSuppressionByTypeResponse200 | None:
    """Get ESP-suppressed emails by type

     Find addresses suppressed by the Email Service Provider (ESP) for a particular reason—bounces,
    blocks, spam reports, or invalid email addresses.

    You can get up to 1000 addresses per request. Use the `offset` parameter to get addresses beyond the
    first 1000.

    Args:
        suppression_type (GetSuppressionByTypeSuppressionType):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSuppressionByTypeResponse200
    """

    return sync_detailed(
        suppression_type=suppression_type,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    suppression_type: GetSuppressionByTypeSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[Any | GetSuppressionByTypeResponse200]:
    """Get ESP-suppressed emails by type

     Find addresses suppressed by the Email Service Provider (ESP) for a particular reason—bounces,
    blocks, spam reports, or invalid email addresses.

    You can get up to 1000 addresses per request. Use the `offset` parameter to get addresses beyond the
    first 1000.

    Args:
        suppression_type (GetSuppressionByTypeSuppressionType):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSuppressionByTypeResponse200]
    """

    kwargs = _get_kwargs(
        suppression_type=suppression_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    suppression_type: GetSuppressionByTypeSuppressionType,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Any | GetSuppressionByTypeResponse200 | None:
    """Get ESP-suppressed emails by type

     Find addresses suppressed by the Email Service Provider (ESP) for a particular reason—bounces,
    blocks, spam reports, or invalid email addresses.

    You can get up to 1000 addresses per request. Use the `offset` parameter to get addresses beyond the
    first 1000.

    Args:
        suppression_type (GetSuppressionByTypeSuppressionType):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSuppressionByTypeResponse200
    """

    return (
        await asyncio_detailed(
            suppression_type=suppression_type,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
