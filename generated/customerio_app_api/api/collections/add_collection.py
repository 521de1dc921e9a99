from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.add_collection_data_by_url import AddCollectionDataByURL
from ...models.add_collection_local_data import AddCollectionLocalData
from ...models.add_collection_response_200 import AddCollectionResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["add_collection"], "POST", "/v1/collections")


def _get_kwargs(
    *,
    body: AddCollectionDataByURL | AddCollectionLocalData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/collections",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["add_collection"],
                "method": "POST",
                "path_template": "/v1/collections",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, AddCollectionLocalData):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddCollectionResponse200 | Any | None:
    if response.status_code == 200:
        response_200 = AddCollectionResponse200.from_dict(
            expect_some_keys(
                response.json(), frozenset(("collection",)), "AddCollectionResponse200"
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
) -> Response[AddCollectionResponse200 | Any]:
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
    body: AddCollectionDataByURL | AddCollectionLocalData | Unset = UNSET,
) -> Response[AddCollectionResponse200 | Any]:
    """Create a collection

     Create a new collection and provide the `data` that you'll access from the collection or the `url`
    that you'll download CSV or JSON data from.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        body (AddCollectionDataByURL | AddCollectionLocalData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCollectionResponse200 | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AddCollectionDataByURL | AddCollectionLocalData | Unset = UNSET,
) -> AddCollectionResponse200 | Any | None:
    """Create a collection

     Create a new collection and provide the `data` that you'll access from the collection or the `url`
    that you'll download CSV or JSON data from.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        body (AddCollectionDataByURL | AddCollectionLocalData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCollectionResponse200 | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddCollectionDataByURL | AddCollectionLocalData | Unset = UNSET,
) -> Response[AddCollectionResponse200 | Any]:
    """Create a collection

     Create a new collection and provide the `data` that you'll access from the collection or the `url`
    that you'll download CSV or JSON data from.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        body (AddCollectionDataByURL | AddCollectionLocalData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCollectionResponse200 | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddCollectionDataByURL | AddCollectionLocalData | Unset = UNSET,
) -> AddCollectionResponse200 | Any | None:
    """Create a collection

     Create a new collection and provide the `data` that you'll access from the collection or the `url`
    that you'll download CSV or JSON data from.

    **Note**: A collection cannot be more than 10 MB in size. No individual row in the collection can be
    more than 10 KB.

    Args:
        body (AddCollectionDataByURL | AddCollectionLocalData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCollectionResponse200 | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
