from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_object_relationships_id_type import GetObjectRelationshipsIdType
from ...models.get_object_relationships_response_200 import (
    GetObjectRelationshipsResponse200,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_object_relationships"],
    "GET",
    "/v1/objects/{object_type_id}/{object_id}/relationships",
)


def _get_kwargs(
    object_type_id: int,
    object_id: str,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    id_type: GetObjectRelationshipsIdType
    | Unset = GetObjectRelationshipsIdType.OBJECT_ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/objects/{object_type_id}/{object_id}/relationships".format(
            object_type_id=path_segment(object_type_id, "object_type_id"),
            object_id=path_segment(object_id, "object_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_object_relationships"],
                "method": "GET",
                "path_template": "/v1/objects/{object_type_id}/{object_id}/relationships",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetObjectRelationshipsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetObjectRelationshipsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "cio_relationships",
                        "next",
                    )
                ),
                "GetObjectRelationshipsResponse200",
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
) -> Response[Any | GetObjectRelationshipsResponse200]:
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
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    id_type: GetObjectRelationshipsIdType
    | Unset = GetObjectRelationshipsIdType.OBJECT_ID,
) -> Response[Any | GetObjectRelationshipsResponse200]:
    """Get Object Relationships

     Get a list of people people related to an object.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        start (str | Unset):
        limit (int | Unset):
        id_type (GetObjectRelationshipsIdType | Unset):  Default:
            GetObjectRelationshipsIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectRelationshipsResponse200]
    """

    kwargs = _get_kwargs(
        object_type_id=object_type_id,
        object_id=object_id,
        start=start,
        limit=limit,
        id_type=id_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    id_type: GetObjectRelationshipsIdType
    | Unset = GetObjectRelationshipsIdType.OBJECT_ID,
) -> Any | GetObjectRelationshipsResponse200 | None:
    """Get Object Relationships

     Get a list of people people related to an object.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        start (str | Unset):
        limit (int | Unset):
        id_type (GetObjectRelationshipsIdType | Unset):  Default:
            GetObjectRelationshipsIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectRelationshipsResponse200
    """

    return sync_detailed(
        object_type_id=object_type_id,
        object_id=object_id,
        client=client,
        start=start,
        limit=limit,
        id_type=id_type,
    ).parsed


async def asyncio_detailed(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    id_type: GetObjectRelationshipsIdType
    | Unset = GetObjectRelationshipsIdType.OBJECT_ID,
) -> Response[Any | GetObjectRelationshipsResponse200]:
    """Get Object Relationships

     Get a list of people people related to an object.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        start (str | Unset):
        limit (int | Unset):
        id_type (GetObjectRelationshipsIdType | Unset):  Default:
            GetObjectRelationshipsIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectRelationshipsResponse200]
    """

    kwargs = _get_kwargs(
        object_type_id=object_type_id,
        object_id=object_id,
        start=start,
        limit=limit,
        id_type=id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    id_type: GetObjectRelationshipsIdType
    | Unset = GetObjectRelationshipsIdType.OBJECT_ID,
) -> Any | GetObjectRelationshipsResponse200 | None:
    """Get Object Relationships

     Get a list of people people related to an object.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        start (str | Unset):
        limit (int | Unset):
        id_type (GetObjectRelationshipsIdType | Unset):  Default:
            GetObjectRelationshipsIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectRelationshipsResponse200
    """

    return (
        await asyncio_detailed(
            object_type_id=object_type_id,
            object_id=object_id,
            client=client,
            start=start,
            limit=limit,
            id_type=id_type,
        )
    ).parsed
