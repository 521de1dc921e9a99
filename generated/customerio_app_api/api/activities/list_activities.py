from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_activities_id_type import ListActivitiesIdType
from ...models.list_activities_response_200 import ListActivitiesResponse200
from ...models.list_activities_type import ListActivitiesType
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["list_activities"], "GET", "/v1/activities")


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    type_: ListActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
    deleted: bool | Unset = False,
    customer_id: str | Unset = UNSET,
    id_type: ListActivitiesIdType | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["name"] = name

    params["deleted"] = deleted

    params["customer_id"] = customer_id

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/activities",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_activities"],
                "method": "GET",
                "path_template": "/v1/activities",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListActivitiesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListActivitiesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "activities",
                        "next",
                    )
                ),
                "ListActivitiesResponse200",
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
) -> Response[Any | ListActivitiesResponse200]:
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
    type_: ListActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
    deleted: bool | Unset = False,
    customer_id: str | Unset = UNSET,
    id_type: ListActivitiesIdType | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Any | ListActivitiesResponse200]:
    """List activities

     This endpoint returns a list of "activities" for people, similar to your workspace's Activity Logs.
    This endpoint is guaranteed to return activity history within the past 30 days. It _might_ return
    data older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        start (str | Unset):
        type_ (ListActivitiesType | Unset): The type of activity. Types with `_o:<object_type_id>`
            are for objects and types with `_r:<object_type_id>` are for relationships. Example:
            sent_email.
        name (str | Unset):  Example: something_happened.
        deleted (bool | Unset):  Default: False.
        customer_id (str | Unset):
        id_type (ListActivitiesIdType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListActivitiesResponse200]
    """

    kwargs = _get_kwargs(
        start=start,
        type_=type_,
        name=name,
        deleted=deleted,
        customer_id=customer_id,
        id_type=id_type,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    type_: ListActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
    deleted: bool | Unset = False,
    customer_id: str | Unset = UNSET,
    id_type: ListActivitiesIdType | Unset = UNSET,
    limit: int | Unset = 10,
) -> Any | ListActivitiesResponse200 | None:
    """List activities

     This endpoint returns a list of "activities" for people, similar to your workspace's Activity Logs.
    This endpoint is guaranteed to return activity history within the past 30 days. It _might_ return
    data older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        start (str | Unset):
        type_ (ListActivitiesType | Unset): The type of activity. Types with `_o:<object_type_id>`
            are for objects and types with `_r:<object_type_id>` are for relationships. Example:
            sent_email.
        name (str | Unset):  Example: something_happened.
        deleted (bool | Unset):  Default: False.
        customer_id (str | Unset):
        id_type (ListActivitiesIdType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListActivitiesResponse200
    """

    return sync_detailed(
        client=client,
        start=start,
        type_=type_,
        name=name,
        deleted=deleted,
        customer_id=customer_id,
        id_type=id_type,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    type_: ListActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
    deleted: bool | Unset = False,
    customer_id: str | Unset = UNSET,
    id_type: ListActivitiesIdType | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[Any | ListActivitiesResponse200]:
    """List activities

     This endpoint returns a list of "activities" for people, similar to your workspace's Activity Logs.
    This endpoint is guaranteed to return activity history within the past 30 days. It _might_ return
    data older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        start (str | Unset):
        type_ (ListActivitiesType | Unset): The type of activity. Types with `_o:<object_type_id>`
            are for objects and types with `_r:<object_type_id>` are for relationships. Example:
            sent_email.
        name (str | Unset):  Example: something_happened.
        deleted (bool | Unset):  Default: False.
        customer_id (str | Unset):
        id_type (ListActivitiesIdType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListActivitiesResponse200]
    """

    kwargs = _get_kwargs(
        start=start,
        type_=type_,
        name=name,
        deleted=deleted,
        customer_id=customer_id,
        id_type=id_type,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    type_: ListActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
    deleted: bool | Unset = False,
    customer_id: str | Unset = UNSET,
    id_type: ListActivitiesIdType | Unset = UNSET,
    limit: int | Unset = 10,
) -> Any | ListActivitiesResponse200 | None:
    """List activities

     This endpoint returns a list of "activities" for people, similar to your workspace's Activity Logs.
    This endpoint is guaranteed to return activity history within the past 30 days. It _might_ return
    data older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        start (str | Unset):
        type_ (ListActivitiesType | Unset): The type of activity. Types with `_o:<object_type_id>`
            are for objects and types with `_r:<object_type_id>` are for relationships. Example:
            sent_email.
        name (str | Unset):  Example: something_happened.
        deleted (bool | Unset):  Default: False.
        customer_id (str | Unset):
        id_type (ListActivitiesIdType | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListActivitiesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            type_=type_,
            name=name,
            deleted=deleted,
            customer_id=customer_id,
            id_type=id_type,
            limit=limit,
        )
    ).parsed
