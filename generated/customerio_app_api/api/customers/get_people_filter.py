from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_people_filter_body import GetPeopleFilterBody
from ...models.get_people_filter_response_200 import GetPeopleFilterResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["get_people_filter"], "POST", "/v1/customers")


def _get_kwargs(
    *,
    body: GetPeopleFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_people_filter"],
                "method": "POST",
                "path_template": "/v1/customers",
            }
        },
        "params": params,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetPeopleFilterResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPeopleFilterResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "identifiers",
                        "ids",
                        "next",
                    )
                ),
                "GetPeopleFilterResponse200",
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
) -> Response[Any | GetPeopleFilterResponse200]:
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
    body: GetPeopleFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Any | GetPeopleFilterResponse200]:
    """Search for customers

     Provide a filter to search for people in your workspace. Your filter can filter people by segment
    (using the Segment ID) and attribute values; when you filter by attributes, you can use `eq`
    (matching an attribute value) or `exists` (matching when a person has the attribute). Use the `and`
    array, `or` array, and `not` object to create a complex filter. The `not` selector is an object that
    takes a single filter.

    Returns arrays of `identifiers` and `ids`. In general, you should rely on the newer `identifiers`
    array, which contains more complete information about each person captured by the filter in your
    request, than the `ids` array, which only contains `id` values.

    You can return up to 1000 people per request. If you want to return a larger set of people in a
    single request, you may want to use the [`/exports`](#tag/Exports) API instead.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        body (GetPeopleFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPeopleFilterResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GetPeopleFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Any | GetPeopleFilterResponse200 | None:
    """Search for customers

     Provide a filter to search for people in your workspace. Your filter can filter people by segment
    (using the Segment ID) and attribute values; when you filter by attributes, you can use `eq`
    (matching an attribute value) or `exists` (matching when a person has the attribute). Use the `and`
    array, `or` array, and `not` object to create a complex filter. The `not` selector is an object that
    takes a single filter.

    Returns arrays of `identifiers` and `ids`. In general, you should rely on the newer `identifiers`
    array, which contains more complete information about each person captured by the filter in your
    request, than the `ids` array, which only contains `id` values.

    You can return up to 1000 people per request. If you want to return a larger set of people in a
    single request, you may want to use the [`/exports`](#tag/Exports) API instead.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        body (GetPeopleFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPeopleFilterResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPeopleFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Any | GetPeopleFilterResponse200]:
    """Search for customers

     Provide a filter to search for people in your workspace. Your filter can filter people by segment
    (using the Segment ID) and attribute values; when you filter by attributes, you can use `eq`
    (matching an attribute value) or `exists` (matching when a person has the attribute). Use the `and`
    array, `or` array, and `not` object to create a complex filter. The `not` selector is an object that
    takes a single filter.

    Returns arrays of `identifiers` and `ids`. In general, you should rely on the newer `identifiers`
    array, which contains more complete information about each person captured by the filter in your
    request, than the `ids` array, which only contains `id` values.

    You can return up to 1000 people per request. If you want to return a larger set of people in a
    single request, you may want to use the [`/exports`](#tag/Exports) API instead.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        body (GetPeopleFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPeopleFilterResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetPeopleFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Any | GetPeopleFilterResponse200 | None:
    """Search for customers

     Provide a filter to search for people in your workspace. Your filter can filter people by segment
    (using the Segment ID) and attribute values; when you filter by attributes, you can use `eq`
    (matching an attribute value) or `exists` (matching when a person has the attribute). Use the `and`
    array, `or` array, and `not` object to create a complex filter. The `not` selector is an object that
    takes a single filter.

    Returns arrays of `identifiers` and `ids`. In general, you should rely on the newer `identifiers`
    array, which contains more complete information about each person captured by the filter in your
    request, than the `ids` array, which only contains `id` values.

    You can return up to 1000 people per request. If you want to return a larger set of people in a
    single request, you may want to use the [`/exports`](#tag/Exports) API instead.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        body (GetPeopleFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPeopleFilterResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            start=start,
            limit=limit,
        )
    ).parsed
