from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.broadcast_messages_metric import BroadcastMessagesMetric
from ...models.broadcast_messages_response_200 import BroadcastMessagesResponse200
from ...models.broadcast_messages_state import BroadcastMessagesState
from ...models.broadcast_messages_type import BroadcastMessagesType
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["broadcast_messages"],
    "GET",
    "/v1/broadcasts/{broadcast_id}/messages",
)


def _get_kwargs(
    broadcast_id: int,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: BroadcastMessagesMetric | Unset = UNSET,
    state: BroadcastMessagesState | Unset = UNSET,
    type_: BroadcastMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric.value

    params["metric"] = json_metric

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/broadcasts/{broadcast_id}/messages".format(
            broadcast_id=path_segment(broadcast_id, "broadcast_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["broadcast_messages"],
                "method": "GET",
                "path_template": "/v1/broadcasts/{broadcast_id}/messages",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BroadcastMessagesResponse200 | None:
    if response.status_code == 200:
        response_200 = BroadcastMessagesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "messages",
                        "next",
                    )
                ),
                "BroadcastMessagesResponse200",
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
) -> Response[Any | BroadcastMessagesResponse200]:
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
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: BroadcastMessagesMetric | Unset = UNSET,
    state: BroadcastMessagesState | Unset = UNSET,
    type_: BroadcastMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | BroadcastMessagesResponse200]:
    """Get messages for a broadcast

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    an API-triggered broadcast. Provide query parameters to refine the metrics you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return results for the 1 month period after the
    first trigger. If your `start_ts` and `end_ts` range is more than 12 months, we'll return 12 months
    of data from the most recent timestamp in your request. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        broadcast_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (BroadcastMessagesMetric | Unset):
        state (BroadcastMessagesState | Unset):
        type_ (BroadcastMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastMessagesResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        start=start,
        limit=limit,
        metric=metric,
        state=state,
        type_=type_,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: BroadcastMessagesMetric | Unset = UNSET,
    state: BroadcastMessagesState | Unset = UNSET,
    type_: BroadcastMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | BroadcastMessagesResponse200 | None:
    """Get messages for a broadcast

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    an API-triggered broadcast. Provide query parameters to refine the metrics you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return results for the 1 month period after the
    first trigger. If your `start_ts` and `end_ts` range is more than 12 months, we'll return 12 months
    of data from the most recent timestamp in your request. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        broadcast_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (BroadcastMessagesMetric | Unset):
        state (BroadcastMessagesState | Unset):
        type_ (BroadcastMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastMessagesResponse200
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        client=client,
        start=start,
        limit=limit,
        metric=metric,
        state=state,
        type_=type_,
        start_ts=start_ts,
        end_ts=end_ts,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: BroadcastMessagesMetric | Unset = UNSET,
    state: BroadcastMessagesState | Unset = UNSET,
    type_: BroadcastMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | BroadcastMessagesResponse200]:
    """Get messages for a broadcast

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    an API-triggered broadcast. Provide query parameters to refine the metrics you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return results for the 1 month period after the
    first trigger. If your `start_ts` and `end_ts` range is more than 12 months, we'll return 12 months
    of data from the most recent timestamp in your request. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        broadcast_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (BroadcastMessagesMetric | Unset):
        state (BroadcastMessagesState | Unset):
        type_ (BroadcastMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastMessagesResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        start=start,
        limit=limit,
        metric=metric,
        state=state,
        type_=type_,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: BroadcastMessagesMetric | Unset = UNSET,
    state: BroadcastMessagesState | Unset = UNSET,
    type_: BroadcastMessagesType | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | BroadcastMessagesResponse200 | None:
    """Get messages for a broadcast

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    an API-triggered broadcast. Provide query parameters to refine the metrics you want to return.

    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return results for the 1 month period after the
    first trigger. If your `start_ts` and `end_ts` range is more than 12 months, we'll return 12 months
    of data from the most recent timestamp in your request. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        broadcast_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (BroadcastMessagesMetric | Unset):
        state (BroadcastMessagesState | Unset):
        type_ (BroadcastMessagesType | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastMessagesResponse200
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            client=client,
            start=start,
            limit=limit,
            metric=metric,
            state=state,
            type_=type_,
            start_ts=start_ts,
            end_ts=end_ts,
        )
    ).parsed
