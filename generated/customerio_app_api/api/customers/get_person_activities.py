from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_person_activities_id_type import GetPersonActivitiesIdType
from ...models.get_person_activities_response_200 import GetPersonActivitiesResponse200
from ...models.get_person_activities_type import GetPersonActivitiesType
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_person_activities"],
    "GET",
    "/v1/customers/{customer_id}/activities",
)


def _get_kwargs(
    customer_id: str,
    *,
    id_type: GetPersonActivitiesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 10,
    type_: GetPersonActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params["start"] = start

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/activities".format(
            customer_id=path_segment(customer_id, "customer_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_person_activities"],
                "method": "GET",
                "path_template": "/v1/customers/{customer_id}/activities",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetPersonActivitiesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPersonActivitiesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "activities",
                        "next",
                    )
                ),
                "GetPersonActivitiesResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | GetPersonActivitiesResponse200]:
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
    id_type: GetPersonActivitiesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 10,
    type_: GetPersonActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Any | GetPersonActivitiesResponse200]:
    """Lookup a customer's activities

     Return a list of activities performed by, or for, a customer. Activities are things like attribute
    changes and message sends.

    This endpoint is guaranteed to return activity history within the past 30 days. It might return data
    older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonActivitiesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 10.
        type_ (GetPersonActivitiesType | Unset): The type of activity. Types with
            `_o:<object_type_id>` are for objects and types with `_r:<object_type_id>` are for
            relationships. Example: sent_email.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonActivitiesResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        start=start,
        limit=limit,
        type_=type_,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonActivitiesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 10,
    type_: GetPersonActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Any | GetPersonActivitiesResponse200 | None:
    """Lookup a customer's activities

     Return a list of activities performed by, or for, a customer. Activities are things like attribute
    changes and message sends.

    This endpoint is guaranteed to return activity history within the past 30 days. It might return data
    older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonActivitiesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 10.
        type_ (GetPersonActivitiesType | Unset): The type of activity. Types with
            `_o:<object_type_id>` are for objects and types with `_r:<object_type_id>` are for
            relationships. Example: sent_email.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonActivitiesResponse200
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        id_type=id_type,
        start=start,
        limit=limit,
        type_=type_,
        name=name,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonActivitiesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 10,
    type_: GetPersonActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[Any | GetPersonActivitiesResponse200]:
    """Lookup a customer's activities

     Return a list of activities performed by, or for, a customer. Activities are things like attribute
    changes and message sends.

    This endpoint is guaranteed to return activity history within the past 30 days. It might return data
    older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonActivitiesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 10.
        type_ (GetPersonActivitiesType | Unset): The type of activity. Types with
            `_o:<object_type_id>` are for objects and types with `_r:<object_type_id>` are for
            relationships. Example: sent_email.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonActivitiesResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        start=start,
        limit=limit,
        type_=type_,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonActivitiesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 10,
    type_: GetPersonActivitiesType | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Any | GetPersonActivitiesResponse200 | None:
    """Lookup a customer's activities

     Return a list of activities performed by, or for, a customer. Activities are things like attribute
    changes and message sends.

    This endpoint is guaranteed to return activity history within the past 30 days. It might return data
    older than 30 days in some circumstances, but activites older than 30 days are not guaranteed.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonActivitiesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 10.
        type_ (GetPersonActivitiesType | Unset): The type of activity. Types with
            `_o:<object_type_id>` are for objects and types with `_r:<object_type_id>` are for
            relationships. Example: sent_email.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonActivitiesResponse200
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            id_type=id_type,
            start=start,
            limit=limit,
            type_=type_,
            name=name,
        )
    ).parsed
