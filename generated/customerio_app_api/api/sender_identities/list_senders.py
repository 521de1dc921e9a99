from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_senders_response_200 import ListSendersResponse200
from ...models.list_senders_sort import ListSendersSort
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["list_senders"], "GET", "/v1/sender_identities")


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListSendersSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sender_identities",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_senders"],
                "method": "GET",
                "path_template": "/v1/sender_identities",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListSendersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListSendersResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "next",
                        "sender_identities",
                    )
                ),
                "ListSendersResponse200",
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
) -> Response[Any | ListSendersResponse200]:
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
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListSendersSort | Unset = UNSET,
) -> Response[Any | ListSendersResponse200]:
    """List sender identities

     Returns a list of senders in your workspace. Senders are who your messages are "from".

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListSendersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListSendersResponse200]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListSendersSort | Unset = UNSET,
) -> Any | ListSendersResponse200 | None:
    """List sender identities

     Returns a list of senders in your workspace. Senders are who your messages are "from".

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListSendersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListSendersResponse200
    """

    return sync_detailed(
        client=client,
        start=start,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListSendersSort | Unset = UNSET,
) -> Response[Any | ListSendersResponse200]:
    """List sender identities

     Returns a list of senders in your workspace. Senders are who your messages are "from".

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListSendersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListSendersResponse200]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: ListSendersSort | Unset = UNSET,
) -> Any | ListSendersResponse200 | None:
    """List sender identities

     Returns a list of senders in your workspace. Senders are who your messages are "from".

    Args:
        start (str | Unset):
        limit (int | Unset):
        sort (ListSendersSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListSendersResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            limit=limit,
            sort=sort,
        )
    ).parsed
