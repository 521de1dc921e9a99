from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_person_relationships_response_200 import (
    GetPersonRelationshipsResponse200,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_person_relationships"],
    "GET",
    "/v1/customers/{customer_id}/relationships",
)


def _get_kwargs(
    customer_id: str,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/relationships".format(
            customer_id=path_segment(customer_id, "customer_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_person_relationships"],
                "method": "GET",
                "path_template": "/v1/customers/{customer_id}/relationships",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetPersonRelationshipsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPersonRelationshipsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "cio_relationships",
                        "next",
                    )
                ),
                "GetPersonRelationshipsResponse200",
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
) -> Response[Any | GetPersonRelationshipsResponse200]:
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
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | GetPersonRelationshipsResponse200]:
    """Lookup a customer's relationships

     Return a list of objects that a person is related to.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        customer_id (str):  Example: 12345.
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonRelationshipsResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | GetPersonRelationshipsResponse200 | None:
    """Lookup a customer's relationships

     Return a list of objects that a person is related to.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        customer_id (str):  Example: 12345.
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonRelationshipsResponse200
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | GetPersonRelationshipsResponse200]:
    """Lookup a customer's relationships

     Return a list of objects that a person is related to.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        customer_id (str):  Example: 12345.
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonRelationshipsResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | GetPersonRelationshipsResponse200 | None:
    """Lookup a customer's relationships

     Return a list of objects that a person is related to.

    You can use the `start` parameter with the `next` property in responses to return pages of results.
    However, it's possible that you'll see duplicate entries across pages. If you want to export objects
    or relationships, you may want to use the export feature in our UI to return complete results.

    Args:
        customer_id (str):  Example: 12345.
        start (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonRelationshipsResponse200
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            start=start,
            limit=limit,
        )
    ).parsed
