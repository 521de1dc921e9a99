from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_object_types_response_200 import GetObjectTypesResponse200
from ...types import Response, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["get_object_types"], "GET", "/v1/object_types")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/object_types",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_object_types"],
                "method": "GET",
                "path_template": "/v1/object_types",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetObjectTypesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetObjectTypesResponse200.from_dict(
            expect_some_keys(
                response.json(), frozenset(("types",)), "GetObjectTypesResponse200"
            )
        )

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetObjectTypesResponse200]:
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
) -> Response[Any | GetObjectTypesResponse200]:
    """List object types

     Returns a list of object types in your system. Because each object type is an incrementing ID, you
    may need to use this endpoint to find the ID of the object type you want to query, create, or
    modify.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectTypesResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | GetObjectTypesResponse200 | None:
    """List object types

     Returns a list of object types in your system. Because each object type is an incrementing ID, you
    may need to use this endpoint to find the ID of the object type you want to query, create, or
    modify.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectTypesResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetObjectTypesResponse200]:
    """List object types

     Returns a list of object types in your system. Because each object type is an incrementing ID, you
    may need to use this endpoint to find the ID of the object type you want to query, create, or
    modify.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectTypesResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | GetObjectTypesResponse200 | None:
    """List object types

     Returns a list of object types in your system. Because each object type is an incrementing ID, you
    may need to use this endpoint to find the ID of the object type you want to query, create, or
    modify.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectTypesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
