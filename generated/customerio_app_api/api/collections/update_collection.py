from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_collection_data_by_url import UpdateCollectionDataByURL
from ...models.update_collection_local_data import UpdateCollectionLocalData
from ...models.update_collection_response_200 import UpdateCollectionResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["update_collection"],
    "PUT",
    "/v1/collections/{collection_id}",
)


def _get_kwargs(
    collection_id: int,
    *,
    body: Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/collections/{collection_id}".format(
            collection_id=path_segment(collection_id, "collection_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_collection"],
                "method": "PUT",
                "path_template": "/v1/collections/{collection_id}",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, UpdateCollectionLocalData):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateCollectionResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateCollectionResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("collection",)),
                "UpdateCollectionResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateCollectionResponse200]:
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
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData = UNSET,
) -> Response[Any | UpdateCollectionResponse200]:
    """Update a collection

     Update the `name` or replace the contents of a collection. Updating the `data` or `url` for your
    collection fully replaces the contents of the collection.

    **Note**:
    * If you reference your collection by name in active campaign messages, changing the name of the
    collection will cause references to the previous name to return an empty data set.
    * A collection cannot be more than 10 MB in size. No individual row in the collection can be more
    than 10 KB.

    Args:
        collection_id (int):
        body (Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateCollectionResponse200]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData = UNSET,
) -> Any | UpdateCollectionResponse200 | None:
    """Update a collection

     Update the `name` or replace the contents of a collection. Updating the `data` or `url` for your
    collection fully replaces the contents of the collection.

    **Note**:
    * If you reference your collection by name in active campaign messages, changing the name of the
    collection will cause references to the previous name to return an empty data set.
    * A collection cannot be more than 10 MB in size. No individual row in the collection can be more
    than 10 KB.

    Args:
        collection_id (int):
        body (Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateCollectionResponse200
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData = UNSET,
) -> Response[Any | UpdateCollectionResponse200]:
    """Update a collection

     Update the `name` or replace the contents of a collection. Updating the `data` or `url` for your
    collection fully replaces the contents of the collection.

    **Note**:
    * If you reference your collection by name in active campaign messages, changing the name of the
    collection will cause references to the previous name to return an empty data set.
    * A collection cannot be more than 10 MB in size. No individual row in the collection can be more
    than 10 KB.

    Args:
        collection_id (int):
        body (Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateCollectionResponse200]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: int,
    *,
    client: AuthenticatedClient,
    body: Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData = UNSET,
) -> Any | UpdateCollectionResponse200 | None:
    """Update a collection

     Update the `name` or replace the contents of a collection. Updating the `data` or `url` for your
    collection fully replaces the contents of the collection.

    **Note**:
    * If you reference your collection by name in active campaign messages, changing the name of the
    collection will cause references to the previous name to return an empty data set.
    * A collection cannot be more than 10 MB in size. No individual row in the collection can be more
    than 10 KB.

    Args:
        collection_id (int):
        body (Unset | UpdateCollectionDataByURL | UpdateCollectionLocalData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateCollectionResponse200
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
