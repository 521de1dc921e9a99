from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_collection_contents_body import UpdateCollectionContentsBody
from ...models.update_collection_contents_response_200 import (
    UpdateCollectionContentsResponse200,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["update_collection_contents"],
    "PUT",
    "/v1/collections/{collection_id}/content",
)


def _get_kwargs(
    collection_id: int,
    *,
    body: UpdateCollectionContentsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/collections/{collection_id}/content".format(
            collection_id=path_segment(collection_id, "collection_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_collection_contents"],
                "method": "PUT",
                "path_template": "/v1/collections/{collection_id}/content",
            }
        },
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateCollectionContentsResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateCollectionContentsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("collection",)),
                "UpdateCollectionContentsResponse200",
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
) -> Response[Any | UpdateCollectionContentsResponse200]:
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
    body: UpdateCollectionContentsBody | Unset = UNSET,
) -> Response[Any | UpdateCollectionContentsResponse200]:
    """Update the contents of a collection

     Replace the contents of a collection (the `data` from when you created or updated a collection). The
    request is a free-form object containing the keys you want to reference from the collection and the
    corresponding values. This request replaces the current contents of the collection entirely.

    If you don't want to update the contents directly—you want to change the `name` or data `url` for
    your collection, use the [update a collection](#operation/updateCollection) endpoint.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        collection_id (int):
        body (UpdateCollectionContentsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateCollectionContentsResponse200]
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
    body: UpdateCollectionContentsBody | Unset = UNSET,
) -> Any | UpdateCollectionContentsResponse200 | None:
    """Update the contents of a collection

     Replace the contents of a collection (the `data` from when you created or updated a collection). The
    request is a free-form object containing the keys you want to reference from the collection and the
    corresponding values. This request replaces the current contents of the collection entirely.

    If you don't want to update the contents directly—you want to change the `name` or data `url` for
    your collection, use the [update a collection](#operation/updateCollection) endpoint.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        collection_id (int):
        body (UpdateCollectionContentsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateCollectionContentsResponse200
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
    body: UpdateCollectionContentsBody | Unset = UNSET,
) -> Response[Any | UpdateCollectionContentsResponse200]:
    """Update the contents of a collection

     Replace the contents of a collection (the `data` from when you created or updated a collection). The
    request is a free-form object containing the keys you want to reference from the collection and the
    corresponding values. This request replaces the current contents of the collection entirely.

    If you don't want to update the contents directly—you want to change the `name` or data `url` for
    your collection, use the [update a collection](#operation/updateCollection) endpoint.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        collection_id (int):
        body (UpdateCollectionContentsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateCollectionContentsResponse200]
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
    body: UpdateCollectionContentsBody | Unset = UNSET,
) -> Any | UpdateCollectionContentsResponse200 | None:
    """Update the contents of a collection

     Replace the contents of a collection (the `data` from when you created or updated a collection). The
    request is a free-form object containing the keys you want to reference from the collection and the
    corresponding values. This request replaces the current contents of the collection entirely.

    If you don't want to update the contents directly—you want to change the `name` or data `url` for
    your collection, use the [update a collection](#operation/updateCollection) endpoint.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        collection_id (int):
        body (UpdateCollectionContentsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateCollectionContentsResponse200
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
