from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_newsletters_response_200 import ListNewslettersResponse200
from ...models.list_newsletters_sort import ListNewslettersSort
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["list_newsletters"], "GET", "/v1/newsletters")


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
    start: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/newsletters",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_newsletters"],
                "method": "GET",
                "path_template": "/v1/newsletters",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListNewslettersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListNewslettersResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "newsletters",
                        "next",
                    )
                ),
                "ListNewslettersResponse200",
            )
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListNewslettersResponse200]:
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
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
    start: str | Unset = UNSET,
) -> Response[ListNewslettersResponse200]:
    """List newsletters

     Returns a list of your newsletters and associated metadata.

    Args:
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNewslettersResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort=sort,
        start=start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
    start: str | Unset = UNSET,
) -> ListNewslettersResponse200 | None:
    """List newsletters

     Returns a list of your newsletters and associated metadata.

    Args:
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNewslettersResponse200
    """

    return sync_detailed(
        client=client,
        limit=limit,
        sort=sort,
        start=start,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
    start: str | Unset = UNSET,
) -> Response[ListNewslettersResponse200]:
    """List newsletters

     Returns a list of your newsletters and associated metadata.

    Args:
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNewslettersResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        sort=sort,
        start=start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    sort: ListNewslettersSort | Unset = UNSET,
    start: str | Unset = UNSET,
) -> ListNewslettersResponse200 | None:
    """List newsletters

     Returns a list of your newsletters and associated metadata.

    Args:
        limit (int | Unset):
        sort (ListNewslettersSort | Unset):
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNewslettersResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            sort=sort,
            start=start,
        )
    ).parsed
