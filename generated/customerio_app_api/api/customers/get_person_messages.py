from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_person_messages_id_type import GetPersonMessagesIdType
from ...models.get_person_messages_response_200 import GetPersonMessagesResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_person_messages"],
    "GET",
    "/v1/customers/{customer_id}/messages",
)


def _get_kwargs(
    customer_id: str,
    *,
    id_type: GetPersonMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params["start"] = start

    params["limit"] = limit

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/messages".format(
            customer_id=path_segment(customer_id, "customer_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_person_messages"],
                "method": "GET",
                "path_template": "/v1/customers/{customer_id}/messages",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetPersonMessagesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPersonMessagesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "messages",
                        "next",
                    )
                ),
                "GetPersonMessagesResponse200",
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
) -> Response[Any | GetPersonMessagesResponse200]:
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
    id_type: GetPersonMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | GetPersonMessagesResponse200]:
    """Lookup messages sent to a customer

     Returns information about the deliveries sent to a person. Provide query parameters to refine the
    data you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return the most recent 6 months of messages. If
    your `start_ts` and `end_ts` range is more than 6 months, we'll return 6 months of data from the
    most recent timestamp in your request. Timestamps reflect when deliveries were created in our
    system, not when they were actually sent to recipients. There may be a delay between creation and
    sending.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonMessagesResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        start=start,
        limit=limit,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | GetPersonMessagesResponse200 | None:
    """Lookup messages sent to a customer

     Returns information about the deliveries sent to a person. Provide query parameters to refine the
    data you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return the most recent 6 months of messages. If
    your `start_ts` and `end_ts` range is more than 6 months, we'll return 6 months of data from the
    most recent timestamp in your request. Timestamps reflect when deliveries were created in our
    system, not when they were actually sent to recipients. There may be a delay between creation and
    sending.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonMessagesResponse200
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        id_type=id_type,
        start=start,
        limit=limit,
        start_ts=start_ts,
        end_ts=end_ts,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | GetPersonMessagesResponse200]:
    """Lookup messages sent to a customer

     Returns information about the deliveries sent to a person. Provide query parameters to refine the
    data you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return the most recent 6 months of messages. If
    your `start_ts` and `end_ts` range is more than 6 months, we'll return 6 months of data from the
    most recent timestamp in your request. Timestamps reflect when deliveries were created in our
    system, not when they were actually sent to recipients. There may be a delay between creation and
    sending.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonMessagesResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        start=start,
        limit=limit,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonMessagesIdType | Unset = UNSET,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | GetPersonMessagesResponse200 | None:
    """Lookup messages sent to a customer

     Returns information about the deliveries sent to a person. Provide query parameters to refine the
    data you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return the most recent 6 months of messages. If
    your `start_ts` and `end_ts` range is more than 6 months, we'll return 6 months of data from the
    most recent timestamp in your request. Timestamps reflect when deliveries were created in our
    system, not when they were actually sent to recipients. There may be a delay between creation and
    sending.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonMessagesIdType | Unset):
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonMessagesResponse200
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            id_type=id_type,
            start=start,
            limit=limit,
            start_ts=start_ts,
            end_ts=end_ts,
        )
    ).parsed
