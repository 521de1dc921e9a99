from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_objects_filter_body import GetObjectsFilterBody
from ...models.get_objects_filter_response_200 import GetObjectsFilterResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["get_objects_filter"], "POST", "/v1/objects")


def _get_kwargs(
    *,
    body: GetObjectsFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/objects",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_objects_filter"],
                "method": "POST",
                "path_template": "/v1/objects",
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
) -> Any | GetObjectsFilterResponse200 | None:
    if response.status_code == 200:
        response_200 = GetObjectsFilterResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "identifiers",
                        "ids",
                        "next",
                    )
                ),
                "GetObjectsFilterResponse200",
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
) -> Response[Any | GetObjectsFilterResponse200]:
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
    body: GetObjectsFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | GetObjectsFilterResponse200]:
    """Find objects

     Use a set of filter conditions to find objects in your workspace. Returns a list of object IDs that
    you can use to look up object attributes, or to create or modify objects.

    The list is paged if you have a large number of objects. You can set the `limit` for the number of
    objects returned, and use the `start` to page through the results. It's possible that you'll see
    duplicate entries across pages. If you want to export objects or relationships, you may want to use
    the export feature in our UI to return complete results.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (GetObjectsFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectsFilterResponse200]
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
    body: GetObjectsFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | GetObjectsFilterResponse200 | None:
    """Find objects

     Use a set of filter conditions to find objects in your workspace. Returns a list of object IDs that
    you can use to look up object attributes, or to create or modify objects.

    The list is paged if you have a large number of objects. You can set the `limit` for the number of
    objects returned, and use the `start` to page through the results. It's possible that you'll see
    duplicate entries across pages. If you want to export objects or relationships, you may want to use
    the export feature in our UI to return complete results.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (GetObjectsFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectsFilterResponse200
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
    body: GetObjectsFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | GetObjectsFilterResponse200]:
    """Find objects

     Use a set of filter conditions to find objects in your workspace. Returns a list of object IDs that
    you can use to look up object attributes, or to create or modify objects.

    The list is paged if you have a large number of objects. You can set the `limit` for the number of
    objects returned, and use the `start` to page through the results. It's possible that you'll see
    duplicate entries across pages. If you want to export objects or relationships, you may want to use
    the export feature in our UI to return complete results.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (GetObjectsFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectsFilterResponse200]
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
    body: GetObjectsFilterBody | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | GetObjectsFilterResponse200 | None:
    """Find objects

     Use a set of filter conditions to find objects in your workspace. Returns a list of object IDs that
    you can use to look up object attributes, or to create or modify objects.

    The list is paged if you have a large number of objects. You can set the `limit` for the number of
    objects returned, and use the `start` to page through the results. It's possible that you'll see
    duplicate entries across pages. If you want to export objects or relationships, you may want to use
    the export feature in our UI to return complete results.

    Args:
        start (str | Unset):
        limit (int | Unset):
        body (GetObjectsFilterBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectsFilterResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            start=start,
            limit=limit,
        )
    ).parsed
